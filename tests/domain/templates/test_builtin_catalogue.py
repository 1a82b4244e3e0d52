"""Every shipped template, built-in or in the library, is valid and says what it is
modelled on; library templates also state the source's terms."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fieldpartner.domain.templates import LANGUAGES, validate_template
from fieldpartner.domain.templates.resources import builtin_dir, library_dir

BUILTIN = sorted(builtin_dir().glob("*.json"))
LIBRARY = sorted(library_dir().glob("*.json"))


def test_the_catalogue_holds_the_expected_templates() -> None:
    assert [p.stem for p in BUILTIN] == [
        "capacity",
        "due-diligence",
        "partner-selection",
        "partnership-dialogue",
        "two-way",
        "workshop-review",
    ]
    assert [p.stem for p in LIBRARY] == [
        "chs-self-assessment",
        "un-hact-micro-2016",
        "unicef-psea-cso",
        "usaid-oca",
    ]


@pytest.mark.parametrize("path", BUILTIN + LIBRARY, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_shipped_template_is_valid_and_says_what_it_is_modelled_on(path: Path) -> None:
    body = json.loads(path.read_text(encoding="utf-8"))
    assert validate_template(body) == []
    modelled_on = body["modelled_on"]
    assert modelled_on["name"] and modelled_on["sources"]
    assert all(modelled_on["note"][lang] for lang in LANGUAGES)


@pytest.mark.parametrize("path", LIBRARY, ids=lambda p: p.name)
def test_library_templates_state_attribution_and_terms(path: Path) -> None:
    note = json.loads(path.read_text(encoding="utf-8"))["modelled_on"]["note"]["en"]
    assert "Attribution" in note
    assert "Terms" in note
    assert body_id_prefix(path) == "lib."


def body_id_prefix(path: Path) -> str:
    return str(json.loads(path.read_text(encoding="utf-8"))["id"])[:4]
