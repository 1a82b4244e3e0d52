"""Answer sets for testing shipped templates the way a practitioner tries them.

``best_answers`` answers every item that applies to a tier with its lowest-risk answer,
so a test can change one answer and see what that single answer does to the result.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from fieldpartner.domain.scoring import AssessmentFacts, GivenAnswer, compute_results
from fieldpartner.domain.templates.document import RATING_ORDER, ItemRef, TemplateDocument
from fieldpartner.domain.templates.resources import templates_dir

DECISION_ORDER = {"approve": 0, "approve_with_conditions": 1, "decline": 2, "stop": 3}


def shipped(folder: str, name: str) -> dict[str, Any]:
    """A template shipped under ``resources/templates/<folder>/<name>.json``."""
    path: Path = templates_dir() / folder / f"{name}.json"
    body: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return body


def applicable_items(body: Mapping[str, Any], tier: str = "") -> list[ItemRef]:
    """Items that exist for ``tier`` whatever the answers (tier and section filters only)."""
    doc = TemplateDocument(body)
    found = []
    for ref in doc.item_order:
        nodes = [doc.sections[s].section for s in ref.sections] + [ref.item]
        if all(not n.get("applies_to_tiers") or tier in n["applies_to_tiers"] for n in nodes):
            found.append(ref)
    return found


def _best(doc: TemplateDocument, ref: ItemRef) -> Any:
    if ref.type == "number":
        return 1
    if ref.type == "date":
        return "2026-01-15"
    if ref.type in ("text", "file"):
        return "seen"
    values = doc.answer_values(ref)
    ranked = sorted(
        values,
        key=lambda v: RATING_ORDER.get(doc.answer_risk(ref, v) or "low", 0),
    )
    best = ranked[0] if ranked else None
    return [best] if ref.type == "multiple_choice" else best


def best_answers(body: Mapping[str, Any], tier: str = "") -> dict[str, Any]:
    """Every applicable item answered with the answer carrying the least risk."""
    doc = TemplateDocument(body)
    return {ref.id: _best(doc, ref) for ref in applicable_items(body, tier)}


def score(body: Mapping[str, Any], answers: Mapping[str, Any], tier: str = "") -> dict[str, Any]:
    """Results of answers given as plain values (``"n/a"`` for not applicable)."""
    return score_with(body, answers, AssessmentFacts(), tier)


def risky_answers(body: Mapping[str, Any], tier: str, risks: set[str]) -> Iterator[tuple[str, Any]]:
    """(item id, answer) for every answer of an applicable item carrying one of ``risks``."""
    doc = TemplateDocument(body)
    for ref in applicable_items(body, tier):
        for value in doc.answer_values(ref):
            if doc.answer_risk(ref, value) in risks:
                yield ref.id, value


def at_least(decision: str | None, floor: str) -> bool:
    return decision is not None and DECISION_ORDER[decision] >= DECISION_ORDER[floor]


def every_item(body: Mapping[str, Any], answer: Any) -> dict[str, Any]:
    """Every item of a template given the same answer."""
    return {ref.id: answer for ref in TemplateDocument(body).item_order}


def score_with(
    body: Mapping[str, Any], answers: Mapping[str, Any], facts: AssessmentFacts, tier: str = ""
) -> dict[str, Any]:
    """Results of answers with what the engine reads besides them (date, actions, amount)."""
    given = {
        item: GivenAnswer(None, True) if value == "n/a" else GivenAnswer(value)
        for item, value in answers.items()
    }
    return compute_results(body, given, tier=tier, facts=facts).to_json()
