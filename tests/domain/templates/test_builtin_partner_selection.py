"""Preparing a partnership: DIGNITY's preparation criteria and Anti-Slavery
International's criteria for new partners give a fit, never a risk rating."""

from __future__ import annotations

from typing import Any

import pytest
from answer_sets import score, shipped

from fieldpartner.domain.templates import TemplateDocument, validate_template

ASI = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi"]
DIGNITY = [
    "history",
    "mandate",
    "governance",
    "anchoring",
    "affiliations",
    "finance",
    "access",
    "long_term",
    "change_agent",
]


@pytest.fixture(scope="module")
def template() -> dict[str, Any]:
    return shipped("builtin", "partner-selection")


def criteria(answers: dict[str, str]) -> dict[str, str]:
    """Every criterion met, except those given."""
    every = {f"asi.{n}": "yes" for n in ASI} | {f"prep.{n}": "yes" for n in DIGNITY}
    return every | answers


def results_named(results: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {r["id"]: r for r in results["results"]}


def test_the_template_is_valid_and_feeds_no_risk_rating(template: dict[str, Any]) -> None:
    assert validate_template(template) == []
    # Its own kind, which can never feed the partner's risk rating.
    assert template["kind"] == "partner_selection"
    assert template["feeds_risk_rating"] is False
    doc = TemplateDocument(template)
    assert [r.id for r in doc.items_under("asi")] == [f"asi.{n}" for n in ASI]
    assert [r.id for r in doc.items_under("prep")] == [f"prep.{n}" for n in DIGNITY]
    assert "DIGNITY" in template["modelled_on"]["name"]
    assert "Anti-Slavery International" in template["modelled_on"]["name"]


def test_eight_of_eight_applicable_criteria_met_is_a_good_fit(template: dict[str, Any]) -> None:
    answers = criteria({"asi.ix": "n/a", "asi.x": "n/a", "asi.xi": "n/a"})
    results = score(template, answers)
    fit = results_named(results)["criteria-fit"]
    # 8 met of 8 applicable: 8 / 8 = 1.0 of the range -> good.
    assert (fit["score"], fit["level"]) == (1.0, "good")
    assert results["rating"] is None


def test_partly_met_criteria_count(template: dict[str, Any]) -> None:
    # Six met, five partly: (6 + 5 x 0.5) / 11 = 0.773 -> good (from 0.75).
    partly = {f"asi.{n}": "partly" for n in ASI[6:]}
    fit = results_named(score(template, criteria(partly)))["criteria-fit"]
    assert fit["score"] == 0.772727
    assert fit["level"] == "good"
    # Had "partly" counted for nothing, 6 / 11 = 0.545 would have been only partial.


def test_failing_every_criterion_is_a_poor_fit_not_a_risk(template: dict[str, Any]) -> None:
    results = score(template, criteria({f"asi.{n}": "no" for n in ASI}))
    fit = results_named(results)["criteria-fit"]
    assert (fit["score"], fit["level"]) == (0.0, "poor")
    assert results["rating"] is None
    assert results["recommended_decision"] is None


def test_no_legitimate_access_to_the_people_served_is_a_poor_fit(template: dict[str, Any]) -> None:
    results = score(template, criteria({"prep.access": "no"}))
    assert results["level"] == "poor"
    assert [r["id"] for r in results["rules_applied"]] == ["no-legitimate-access"]


def test_the_preparation_criteria_have_their_own_result(template: dict[str, Any]) -> None:
    # Seven met, two not: 7 / 9 = 0.778 -> good; the criteria for new partners all met.
    answers = criteria({"prep.affiliations": "no", "prep.finance": "no"})
    named = results_named(score(template, answers))
    assert (named["preparation-fit"]["score"], named["preparation-fit"]["level"]) == (
        0.777778,
        "good",
    )
    assert named["criteria-fit"]["score"] == 1.0
