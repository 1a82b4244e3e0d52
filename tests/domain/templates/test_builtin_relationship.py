"""The built-in two-way assessment, partnership dialogue and workshop review: none of
them rates the partner, the dialogue is due when the partners agreed, and the workshop
review counts the actions the application holds."""

from __future__ import annotations

from datetime import date

import pytest
from answer_sets import best_answers, every_item, score, score_with, shipped

from fieldpartner.domain.scoring import ActionFact, AssessmentFacts
from fieldpartner.domain.templates import TemplateDocument, validate_template

RELATIONSHIP = ("two-way", "partnership-dialogue", "workshop-review")


@pytest.mark.parametrize("name", RELATIONSHIP)
def test_the_template_is_valid_and_never_feeds_the_risk_rating(name: str) -> None:
    body = shipped("builtin", name)
    assert validate_template(body) == []
    assert body["feeds_risk_rating"] is False
    # No answer carries a risk, so nothing in it can read as "high risk" anywhere.
    doc = TemplateDocument(body)
    risky = [
        (ref.id, value)
        for ref in doc.item_order
        for value in doc.answer_values(ref)
        if doc.answer_risk(ref, value) is not None
    ]
    assert risky == []


@pytest.mark.parametrize("name", RELATIONSHIP)
def test_the_worst_answers_give_no_risk_rating_and_no_decision(name: str) -> None:
    body = shipped("builtin", name)
    doc = TemplateDocument(body)
    answers = best_answers(body)
    for ref in doc.item_order:
        if ref.type == "scored":
            answers[ref.id] = min(doc.answer_values(ref))
    results = score(body, answers)
    assert (results["rating"], results["recommended_decision"]) == (None, None)
    assert all(s["rating"] is None for s in results["sections"])


def test_a_partner_that_strongly_disagrees_with_us_is_not_a_high_risk_partner() -> None:
    body = shipped("builtin", "two-way")
    results = score(body, every_item(body, 1))
    assert results["rating"] is None
    # What it says stays: the lowest possible score, and the statements as gaps for us.
    assert results["overall"]["score"] == 1.0
    assert results["gaps"]


def test_the_next_dialogue_is_due_on_the_date_the_partners_agreed() -> None:
    body = shipped("builtin", "partnership-dialogue")
    held = AssessmentFacts(assessed_on=date(2026, 3, 10))
    agreed = score_with(body, {"pri.next_date": "2026-09-15"}, held)
    assert agreed["next_review"] == "2026-09-15"
    # Without an agreed date, a year after this dialogue.
    assert score_with(body, {}, held)["next_review"] == "2027-03-10"


def test_the_workshop_review_counts_the_actions_of_the_action_list() -> None:
    body = shipped("builtin", "workshop-review")
    actions = (
        ActionFact("done", "workshop"),
        ActionFact("done", "workshop"),
        ActionFact("in_progress", "workshop", date(2027, 1, 1)),
        ActionFact("open", "workshop", date(2026, 1, 1)),  # past due on the review day
        ActionFact("dropped", "workshop"),
        ActionFact("done", "assessment"),  # not from a workshop
    )
    facts = AssessmentFacts(actions=actions, assessed_on=date(2026, 6, 1))
    items = score_with(body, {}, facts)["items"]
    counts = {
        k: items[k].get("value") for k in items if k.startswith("wr.plan.") and "value" in items[k]
    }
    assert counts == {
        "wr.plan.done": 2,
        "wr.plan.in_progress": 1,
        "wr.plan.not_started": 1,
        "wr.plan.dropped": 1,
        "wr.plan.overdue": 1,
    }
    doc = TemplateDocument(body)
    assert {doc.items[k].type for k in counts} == {"computed"}
