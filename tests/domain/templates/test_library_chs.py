"""The CHS self-assessment in the library: nine commitments on the CHS 0-4 grid.

CHS Alliance's rule: each requirement is scored 0 (contradicts it) to 4 (goes beyond
it), 3 meaning the requirement is met; a commitment's score is the mean of its scores
and the overall picture the mean of the nine commitments; not applicable drops out.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from answer_sets import every_item, score, score_with, shipped

from fieldpartner.domain.scoring import AssessmentFacts
from fieldpartner.domain.templates import TemplateDocument, validate_template


@pytest.fixture(scope="module")
def template() -> dict[str, Any]:
    return shipped("library", "chs-self-assessment")


def test_the_library_template_is_valid_with_nine_commitments_on_a_0_to_4_grid(
    template: dict[str, Any],
) -> None:
    assert validate_template(template) == []
    doc = TemplateDocument(template)
    assert [s.id for s in doc.top_sections()] == [f"chs.c{n}" for n in range(1, 10)]
    assert [lv["value"] for lv in template["scales"]["chs5"]["levels"]] == [0, 1, 2, 3, 4]


def test_commitment_and_overall_means_computed_by_hand(template: dict[str, Any]) -> None:
    answers = every_item(template, 3)
    answers.update(
        {
            "chs.c5.ka": 1,  # Complaints: (1 + 2) / 2 = 1.5
            "chs.c5.or": 2,
            "chs.c6.ka": 4,  # Coordination: (4 + 4) / 2 = 4.0
            "chs.c6.or": 4,
            "chs.c9.or": "n/a",  # Resources: only key actions count: 0
            "chs.c9.ka": 0,
        }
    )
    results = score(template, answers)
    commitments = {s["id"]: s for s in results["sections"]}
    assert commitments["chs.c5"]["score"] == 1.5
    assert commitments["chs.c6"]["score"] == 4.0
    assert commitments["chs.c9"]["score"] == 0.0
    assert (commitments["chs.c9"]["min"], commitments["chs.c9"]["max"]) == (0.0, 4.0)
    # Overall: (3 x 6 + 1.5 + 4 + 0) / 9 = 23.5 / 9 = 2.611111.
    assert results["overall"]["score"] == 2.611111
    assert results["rating"] is None


def test_scores_below_three_are_gaps_for_the_improvement_plan(template: dict[str, Any]) -> None:
    answers = every_item(template, 3)
    answers["chs.c4.ka"] = 2
    gaps = score(template, answers)["gaps"]
    assert [g["item_id"] for g in gaps] == ["chs.c4.ka"]


def test_the_next_self_assessment_is_due_four_years_on(template: dict[str, Any]) -> None:
    facts = AssessmentFacts(assessed_on=date(2026, 5, 4))
    assert score_with(template, every_item(template, 3), facts)["next_review"] == "2030-05-04"
