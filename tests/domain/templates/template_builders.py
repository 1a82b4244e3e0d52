"""Small templates built in code for tests, so each test shows the rules it relies on."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

EXAMPLE = (
    Path(__file__).resolve().parents[3]
    / "resources"
    / "templates"
    / "examples"
    / "example-due-diligence.json"
)

# "Text" in Arabic, written as escapes (no right-to-left characters in source files).
ARABIC_TEXT = "\u0646\u0635"


def tr(en: str) -> dict[str, str]:
    """A label in all four languages."""
    return {"en": en, "fr": f"{en} (fr)", "es": f"{en} (es)", "ar": f"{ARABIC_TEXT} {en}"}


def example_template() -> dict[str, Any]:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


def scale4(target: int | None = None) -> dict[str, Any]:
    scale: dict[str, Any] = {
        "levels": [
            {"value": v, "label": tr(f"Level {v}"), "descriptor": tr(f"Descriptor {v}")}
            for v in (1, 2, 3, 4)
        ]
    }
    if target is not None:
        scale["target"] = target
    return scale


def scored(item_id: str, **extra: Any) -> dict[str, Any]:
    return {"id": item_id, "type": "scored", "scale": "s4", "text": tr(item_id), **extra}


def checklist(item_id: str, **extra: Any) -> dict[str, Any]:
    return {"id": item_id, "type": "checklist", "text": tr(item_id), **extra}


def choice(item_id: str, options: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    return {
        "id": item_id,
        "type": "single_choice",
        "text": tr(item_id),
        "options": [{"label": tr(str(o["value"])), **o} for o in options],
        **extra,
    }


def section(section_id: str, items: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    return {"id": section_id, "title": tr(section_id), "items": items, **extra}


def template(
    sections: list[dict[str, Any]],
    scoring: dict[str, Any] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "format": "fieldpartner-template",
        "format_version": 1,
        "id": "test.template",
        "version": 1,
        "kind": "capacity",
        "title": tr("Test template"),
        "respondent": "assessor",
        "modelled_on": {"name": "Tests", "sources": [{"title": "Tests", "publisher": "Us"}]},
        "scales": {"s4": scale4()},
        "sections": sections,
        "scoring": scoring or {"method": "weighted_mean"},
    }
    body.update(copy.deepcopy(extra))
    return body


RISK_OPTIONS = [
    {"value": "low", "risk": "low"},
    {"value": "moderate", "risk": "moderate"},
    {"value": "significant", "risk": "significant"},
    {"value": "high", "risk": "high"},
]


def hact_like() -> dict[str, Any]:
    """Risk points per question (low 1 .. high 4), key questions count double,
    area and overall rating from points as a fraction of the possible range."""
    bands = [
        {"from_fraction": 0, "rating": "low"},
        {"from_fraction": 0.25, "rating": "moderate"},
        {"from_fraction": 0.5, "rating": "significant"},
        {"from_fraction": 0.75, "rating": "high"},
    ]
    scoring = {"method": "points", "points_from": "risk", "key_multiplier": 2, "bands": bands}
    return template(
        [
            section(
                "funds",
                [
                    choice("funds.q1", RISK_OPTIONS, key=True),
                    choice("funds.q2", RISK_OPTIONS),
                    choice("funds.q3", RISK_OPTIONS),
                ],
                scoring=scoring,
            ),
            section(
                "procurement",
                [choice("proc.q1", RISK_OPTIONS), choice("proc.q2", RISK_OPTIONS, key=True)],
                scoring=scoring,
            ),
        ],
        scoring,
        kind="due_diligence",
        decisions={
            "low": "approve",
            "moderate": "approve_with_conditions",
            "significant": "approve_with_conditions",
            "high": "decline",
        },
    )


def psea_like(standards: int = 8) -> dict[str, Any]:
    """Core standards met or not; capacity rating from how many are met."""
    items = [
        checklist(f"cs{n}", allow_na=False, risk={"yes": "low", "no": "high"})
        for n in range(1, standards + 1)
    ]
    return template(
        [section("core", items, scoring={"method": "count", "values": ["yes"]})],
        {
            "method": "count",
            "values": ["yes"],
            "min_completeness": 1,
            "bands": [
                {"from": 0, "rating": "high", "label": tr("Low capacity")},
                {"from": 6, "rating": "moderate", "label": tr("Medium capacity")},
                {"from": 8, "rating": "low", "label": tr("Full capacity")},
            ],
        },
        kind="due_diligence",
        respondent="both",
    )
