"""The format 2 example template shipped for authors scores as docs/template-format.md says."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from answer_sets import score_with, shipped

from fieldpartner.domain.scoring import AssessmentFacts
from fieldpartner.domain.templates import validate_template


@pytest.fixture(scope="module")
def template() -> dict[str, Any]:
    return shipped("examples", "example-format-2")


def test_the_example_is_valid(template: dict[str, Any]) -> None:
    assert validate_template(template) == []


def test_the_example_computed_by_hand(template: dict[str, Any]) -> None:
    answers = {
        "finance.records": "dont_know",  # answered, not scored, a gap: "not verified"
        "finance.controls": 2,
        "fit.values": "yes",
        "fit.priorities": "no",
    }
    results = score_with(template, answers, AssessmentFacts(assessed_on=date(2026, 1, 31)))
    # Capacity: only controls counts: 2 on 1..4 is (2 - 1) / 3 = 0.333 of the range,
    # at the 0.33 band -> developing. The fit section has weight 0 in the overall level.
    assert (results["overall"]["score"], results["level"]) == (2.0, "developing")
    # Fit: yes 1 + no 0 over 2 questions = 0.5 -> partial (good needs every one).
    fit = {r["id"]: r for r in results["results"]}["fit"]
    assert (fit["score"], fit["level"]) == (0.5, "partial")
    assert results["items"]["fit.share"]["value"] == 0.5
    assert results["completeness"]["not_verified"] == 1
    assert [g["item_id"] for g in results["gaps"]] == [
        "finance.records",
        "finance.controls",
        "fit.priorities",
    ]
    # Reviewed every 12 months.
    assert results["next_review"] == "2027-01-31"


def test_a_rule_lowers_the_named_result_only(template: dict[str, Any]) -> None:
    answers = {
        "finance.records": 4,
        "finance.controls": 4,
        "fit.values": "no",
        "fit.priorities": "yes",
    }
    results = score_with(template, answers, AssessmentFacts())
    assert results["level"] == "strong"
    fit = {r["id"]: r for r in results["results"]}["fit"]
    # 0.5 would be partial; without shared values the rule makes it poor.
    assert fit["level"] == "poor"
    assert [r["id"] for r in results["rules_applied"]] == ["no-shared-values"]
