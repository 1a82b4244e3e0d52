"""Template format 2: overrides, outcomes that lower a result, named results and their
vocabularies, tier thresholds, answer states, yes/no and computed items, validity and
review, languages. Each test fails on an engine that knows only format 1."""

from __future__ import annotations

import copy
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from template_builders import checklist, scored, section, template, tr

from fieldpartner.domain.assessments import (
    AssessmentError,
    FinaliseRefused,
    OverrideRequest,
    create_assessment,
    finalise,
    override_result,
    results_of,
    set_answer,
)
from fieldpartner.domain.models import Partner
from fieldpartner.domain.partners import last_rating_column
from fieldpartner.domain.projects import add_project, edit_project
from fieldpartner.domain.results import Results
from fieldpartner.domain.revisions import RecordSession, history
from fieldpartner.domain.scoring import (
    ActionFact,
    AssessmentFacts,
    GivenAnswer,
    OverrideRefused,
    apply_override,
    compute_results,
)
from fieldpartner.domain.templates import TemplateDocument, store_template, validate_template
from fieldpartner.domain.templates.answers import AnswerRejected, answer_from_text, check_answer


def v2(sections: list[dict[str, Any]], scoring: dict[str, Any] | None = None, **extra: Any):
    body = template(sections, scoring, **extra)
    body["format_version"] = 2
    return body


def answers(**values: Any) -> dict[str, GivenAnswer]:
    return {k.replace("_", ".", 1): GivenAnswer(v) for k, v in values.items()}


def messages(body: dict[str, Any]) -> list[str]:
    return [str(p) for p in validate_template(body)]


CAPACITY_BANDS = [
    {"from": 0, "level": "weak"},
    {"from": 2, "level": "developing"},
    {"from": 3, "level": "established"},
    {"from": 3.5, "level": "strong"},
]


def capacity_body(**extra: Any) -> dict[str, Any]:
    return v2(
        [section("gov", [scored("a"), scored("b")]), section("asi", [checklist("c1")])],
        {
            "method": "weighted_mean",
            "vocabulary": "capacity",
            "bands": copy.deepcopy(CAPACITY_BANDS),
        },
        **extra,
    )


# --- format versions ---------------------------------------------------------------------


def test_format_2_fields_are_refused_in_a_format_1_template() -> None:
    body = template([section("s", [scored("a", allow_dont_know=True)])])
    body["feeds_risk_rating"] = False
    found = messages(body)
    assert "$.feeds_risk_rating: 'feeds_risk_rating' needs format_version 2" in found
    assert "$.sections[0].items[0].allow_dont_know: 'allow_dont_know' needs format_version 2" in (
        found
    )


def test_a_format_1_template_reads_as_before() -> None:
    body = template([section("s", [scored("a")])])
    doc = TemplateDocument(body)
    assert doc.languages == ("en", "fr", "es", "ar")
    assert doc.feeds_risk_rating and doc.descriptors_required and doc.allow_override


# --- vocabularies, named results and outcomes --------------------------------------------


def test_a_weak_capacity_is_a_capacity_level_not_a_high_risk() -> None:
    body = capacity_body()
    assert messages(body) == []
    results = compute_results(body, answers(a=3, b=3, c1="no"))  # (3 + 3 + 0) / 3 = 2
    assert (results.overall.level, results.overall.vocabulary) == ("developing", "capacity")
    assert results.rating is None  # no risk word for a capacity
    assert results.word == "developing"
    assert results.feeds_risk_rating is False  # format 2 capacity: a level, not a risk


def test_a_risk_band_in_a_capacity_scoring_is_refused() -> None:
    body = capacity_body()
    body["scoring"]["bands"][0] = {"from": 0, "rating": "high"}
    assert (
        "$.scoring.bands[0].rating: a capacity scoring's bands give a level "
        "(weak, developing, established, strong), not a risk rating" in messages(body)
    )


def test_named_fit_result_scores_only_its_sections() -> None:
    body = capacity_body(
        results=[
            {
                "id": "asi-fit",
                "label": tr("Fit with the partner criteria"),
                "sections": ["asi"],
                "scoring": {
                    "method": "weighted_mean",
                    "vocabulary": "fit",
                    "bands": [
                        {"from_fraction": 0, "level": "poor"},
                        {"from_fraction": 0.5, "level": "partial"},
                        {"from_fraction": 0.9, "level": "good"},
                    ],
                },
            }
        ]
    )
    assert messages(body) == []
    results = compute_results(body, answers(a=4, b=4, c1="partly"))
    fit = results.result("asi-fit")
    assert fit is not None
    assert (fit.score, fit.level, fit.title) == (0.5, "partial", "Fit with the partner criteria")
    assert results.overall.level == "developing"  # (4 + 4 + 0.5) / 3
    assert Results.from_json(results.to_json()) == results


def test_an_outcome_lowers_a_level_and_never_raises_it() -> None:
    body = capacity_body(
        risk_rules=[
            {
                "id": "emergency",
                "if": {"answer": "c1", "in": ["no"]},
                "level": "weak",
                "reason": tr("Low capacity assumed: emergency"),
            },
            {"id": "never-up", "if": {"answer": "c1", "in": ["no"]}, "level": "strong"},
        ]
    )
    assert messages(body) == []
    results = compute_results(body, answers(a=4, b=4, c1="no"))
    assert results.overall.level == "weak"
    assert [r.id for r in results.rules_applied] == ["emergency", "never-up"]
    assert results.rules_applied[0].reason == "Low capacity assumed: emergency"


def test_a_rule_level_outside_the_results_vocabulary_is_refused() -> None:
    body = capacity_body(
        risk_rules=[{"id": "x", "if": {"answer": "c1", "in": ["no"]}, "level": "good"}]
    )
    assert (
        "$.risk_rules[0].level: 'good' is not a level of overall "
        "(weak, developing, established, strong)" in messages(body)
    )
    body = capacity_body(
        risk_rules=[
            {"id": "x", "if": {"answer": "c1", "in": ["no"]}, "result": "nope", "level": "weak"}
        ]
    )
    assert "$.risk_rules[0].result: refers to unknown result 'nope'" in messages(body)


# --- overrides ----------------------------------------------------------------------------


def risk_body(**extra: Any) -> dict[str, Any]:
    return v2(
        [section("s", [checklist("a", risk={"yes": "low", "no": "high"})])],
        {"method": "highest_risk"},
        kind="due_diligence",
        decisions={"low": "approve", "high": "decline"},
        **extra,
    )


def test_an_override_needs_a_justification_and_keeps_the_computed_rating() -> None:
    body = risk_body()
    computed = compute_results(body, answers(a="no"))
    assert (computed.rating, computed.recommended_decision) == ("high", "decline")
    with pytest.raises(OverrideRefused, match="justification"):
        apply_override(body, computed, "overall", "low", "  ")
    with pytest.raises(OverrideRefused, match="'medium' is not a risk word"):
        apply_override(body, computed, "overall", "medium", "because")
    changed = apply_override(body, computed, "overall", "low", "Bank letter seen", by="Amina")
    assert (changed.rating, changed.recommended_decision) == ("low", "approve")
    assert [(o.computed, o.value, o.justification, o.by) for o in changed.overrides] == [
        ("high", "low", "Bank letter seen", "Amina")
    ]


def test_a_template_can_forbid_overrides() -> None:
    body = risk_body(allow_override=False)
    with pytest.raises(OverrideRefused, match="does not allow"):
        apply_override(body, compute_results(body, answers(a="no")), "overall", "low", "x")
    v1 = template([section("s", [checklist("a", risk={"yes": "low", "no": "high"})])])
    assert (
        apply_override(v1, compute_results(v1, answers(a="no")), "overall", "low", "x").rating
        == "low"
    )


def test_finalising_with_an_override_keeps_it_in_the_stored_results(
    session: RecordSession, partner: Partner
) -> None:
    stored = store_template(session, risk_body()).template
    assessment = create_assessment(session, partner, stored)
    set_answer(session, assessment, "a", "no")
    finalise(
        session,
        assessment,
        overrides=[OverrideRequest("overall", "low", "Registration confirmed by phone")],
    )
    results = results_of(session, assessment)
    assert results.rating == "low"
    assert results.overrides[0].computed == "high"
    assert assessment.results["overrides"][0]["justification"] == "Registration confirmed by phone"


# --- feeding the partner's risk rating -----------------------------------------------------


def test_a_two_way_assessment_never_rates_the_partner(
    session: RecordSession, partner: Partner
) -> None:
    body = risk_body()
    body["kind"] = "two_way"
    body["id"] = "test.two-way"
    body.pop("decisions")
    stored = store_template(session, body).template
    assessment = create_assessment(session, partner, stored)
    set_answer(session, assessment, "a", "no")  # the partner rates US badly
    finalise(session, assessment)
    assert assessment.results["rating"] == "high"
    assert assessment.results["feeds_risk_rating"] is False
    from sqlalchemy import select

    assert session.scalar(select(last_rating_column()).where(Partner.id == partner.id)) is None
    body["feeds_risk_rating"] = True
    assert "$.feeds_risk_rating: a two_way template never feeds the partner's risk rating" in (
        messages(body)
    )


# --- tiers and the project amount ----------------------------------------------------------


def tiered(**extra: Any) -> dict[str, Any]:
    return v2(
        [
            section(
                "s",
                [
                    checklist("a", risk={"yes": "low", "no": "high"}),
                    checklist(
                        "b",
                        evidence={"kind": "note", "tiers": ["large"]},
                        applies_to_tiers=["medium", "large"],
                    ),
                ],
            )
        ],
        {"method": "highest_risk"},
        kind="due_diligence",
        tiers=[
            {"id": "small", "label": tr("Light review"), "up_to": 2000},
            {"id": "medium", "label": tr("Standard review"), "up_to": 10000},
            {"id": "large", "label": tr("Full review")},
        ],
        tier_currency="GBP",
        **extra,
    )


def test_tier_thresholds_live_in_the_template() -> None:
    body = tiered()
    assert messages(body) == []
    doc = TemplateDocument(body)
    assert [doc.tier_for_amount(a) for a in (2000, 2000.01, 10000, 50000)] == [
        "small",
        "medium",
        "medium",
        "large",
    ]
    body["tiers"][1]["up_to"] = 1000
    assert "$.tiers: up_to amounts must increase from tier to tier" in messages(body)


def test_an_assessment_cannot_quietly_take_a_lighter_tier_than_its_project(
    session: RecordSession, partner: Partner
) -> None:
    stored = store_template(session, tiered()).template
    project = add_project(session, partner, title="Big grant", amount=Decimal("50000"))
    with pytest.raises(AssessmentError, match="lower the project's tier and give the reason"):
        create_assessment(session, partner, stored, tier="small", project=project)
    assert create_assessment(session, partner, stored, project=project).tier == "large"
    edit_project(session, project, due_diligence_tier="small", tier_reason="Pass-through grant")
    assert create_assessment(session, partner, stored, project=project).tier == "small"


def test_a_rule_reads_the_project_amount() -> None:
    body = tiered(
        risk_rules=[
            {
                "id": "big-grant-no-bank",
                "if": {
                    "all": [{"project_amount": True, "gt": 50000}, {"answer": "a", "in": ["no"]}]
                },
                "decision": "stop",
            }
        ]
    )
    assert messages(body) == []
    big = compute_results(body, answers(a="no"), tier="large", facts=AssessmentFacts(60000))
    small = compute_results(body, answers(a="no"), tier="large", facts=AssessmentFacts(900))
    assert (big.recommended_decision, small.recommended_decision) == ("stop", None)


def test_evidence_can_be_required_in_some_tiers_only(
    session: RecordSession, partner: Partner
) -> None:
    stored = store_template(session, tiered()).template
    medium = create_assessment(session, partner, stored, tier="medium")
    large = create_assessment(session, partner, stored, tier="large")
    for assessment in (medium, large):
        set_answer(session, assessment, "a", "yes")
        set_answer(session, assessment, "b", "yes")
    finalise(session, medium)
    with pytest.raises(
        FinaliseRefused, match="question 2 \\(b\\) 'b': answered 'yes' needs an evidence note"
    ):
        finalise(session, large)


# --- answer states -----------------------------------------------------------------------------


def states_body(**item: Any) -> dict[str, Any]:
    return v2(
        [
            section(
                "s",
                [
                    scored("a", allow_dont_know=True, allow_covered=True, **item),
                    scored("b"),
                ],
            )
        ],
        {"method": "weighted_mean"},
    )


def test_dont_know_is_answered_but_not_scored_and_is_a_gap() -> None:
    body = states_body()
    assert messages(body) == []
    results = compute_results(body, answers(a="dont_know", b=4))
    assert results.completeness.answered == 2 and results.completeness.not_verified == 1
    assert results.overall.score == 4.0
    assert [(g.item_id, g.reason) for g in results.gaps] == [("a", "not verified")]
    assert results.items["a"].state == "dont_know"


def test_dont_know_can_carry_points_and_risk() -> None:
    body = states_body(points={"dont_know": 1}, risk={"dont_know": "high"})
    assert messages(body) == []
    results = compute_results(body, answers(a="dont_know", b=4))
    assert results.overall.score == 2.5
    assert results.items["a"].risk == "high"


def test_covered_needs_a_note_and_is_neither_scored_nor_a_gap(
    session: RecordSession, partner: Partner
) -> None:
    body = states_body()
    results = compute_results(body, answers(a="covered", b=4))
    assert (results.overall.score, results.gaps, results.completeness.covered) == (4.0, (), 1)
    stored = store_template(session, body).template
    assessment = create_assessment(session, partner, stored)
    set_answer(session, assessment, "a", "covered")
    set_answer(session, assessment, "b", 3)
    with pytest.raises(FinaliseRefused, match="needs a note naming the earlier assessment"):
        finalise(session, assessment)
    set_answer(session, assessment, "a", "covered", evidence_note="Due diligence of March 2026")
    finalise(session, assessment)


def test_states_are_refused_where_the_item_does_not_allow_them() -> None:
    body = states_body()
    doc = TemplateDocument(body)
    with pytest.raises(AnswerRejected, match='cannot be answered "don\'t know"'):
        check_answer(doc, doc.items["b"], "dont_know")
    assert answer_from_text(doc, doc.items["a"], "not verified").value == "dont_know"


def test_not_applicable_needs_a_justification_where_the_template_says_so(
    session: RecordSession, partner: Partner
) -> None:
    body = states_body()
    body["na_needs_justification"] = True
    stored = store_template(session, body).template
    assessment = create_assessment(session, partner, stored)
    set_answer(session, assessment, "a", 2)
    set_answer(session, assessment, "b", None, not_applicable=True)
    with pytest.raises(
        FinaliseRefused, match="question 2 \\(b\\) 'b': answered not applicable needs a note"
    ):
        finalise(session, assessment)
    set_answer(session, assessment, "b", None, not_applicable=True, evidence_note="No staff yet")
    finalise(session, assessment)


# --- yes/no and computed items -----------------------------------------------------------------


def test_a_plain_yes_no_item() -> None:
    body = v2(
        [
            section(
                "s", [{"id": "a", "type": "yes_no", "text": tr("Audited?"), "risk": {"no": "high"}}]
            )
        ],
        {"method": "highest_risk"},
    )
    assert messages(body) == []
    doc = TemplateDocument(body)
    with pytest.raises(AnswerRejected, match="expected yes or no"):
        check_answer(doc, doc.items["a"], "partly")
    results = compute_results(body, answers(a="no"))
    assert (results.rating, results.items["a"].points) == ("high", 0.0)


def workshop_body() -> dict[str, Any]:
    return v2(
        [
            section(
                "follow",
                [
                    {
                        "id": "done",
                        "type": "computed",
                        "text": tr("Actions done"),
                        "compute": {"actions": {"status": ["done"], "source": ["workshop"]}},
                    },
                    {
                        "id": "overdue",
                        "type": "computed",
                        "text": tr("Actions overdue"),
                        "compute": {"actions": {"status": ["overdue"]}},
                        "risk_bands": [{"from": 0, "rating": "low"}, {"from": 2, "rating": "high"}],
                    },
                    checklist("q1"),
                    checklist("q2"),
                    {
                        "id": "met",
                        "type": "computed",
                        "text": tr("Share met"),
                        "compute": {"ratio": {"items": ["q1", "q2"], "in": ["yes"]}},
                    },
                ],
            )
        ],
        {"method": "highest_risk"},
        kind="workshop_review",
    )


def test_computed_items_count_actions_and_share_of_answers() -> None:
    body = workshop_body()
    assert messages(body) == []
    facts = AssessmentFacts(
        actions=(
            ActionFact("done", "workshop"),
            ActionFact("done", "assessment"),
            ActionFact("open", "workshop", date(2026, 1, 1)),
            ActionFact("in_progress", "workshop", date(2026, 2, 1)),
            ActionFact("open", "workshop", date(2026, 9, 1)),
        ),
        assessed_on=date(2026, 3, 1),
    )
    results = compute_results(body, answers(q1="yes", q2="no"), facts=facts)
    assert results.items["done"].value == 1.0
    assert (results.items["overdue"].value, results.items["overdue"].risk) == (2.0, "high")
    assert results.items["met"].value == 0.5
    assert results.completeness.required == 2  # computed items are never asked
    doc = TemplateDocument(body)
    with pytest.raises(AnswerRejected, match="computed by the application"):
        check_answer(doc, doc.items["done"], 3)


# --- validity, review, languages -------------------------------------------------------------


def test_validity_and_next_review_follow_the_template_and_the_agreed_date() -> None:
    body = v2(
        [
            section(
                "s",
                [
                    scored("a"),
                    {"id": "next", "type": "date", "text": tr("Next"), "required": False},
                ],
            )
        ],
        validity_months=24,
        review_every_months=12,
        next_review_item="next",
    )
    assert messages(body) == []
    facts = AssessmentFacts(assessed_on=date(2026, 2, 28))
    results = compute_results(body, answers(a=3), facts=facts)
    assert (results.valid_until, results.next_review) == ("2028-02-28", "2027-02-28")
    agreed = compute_results(body, answers(a=3, next="2026-09-15"), facts=facts)
    assert agreed.next_review == "2026-09-15"
    body["next_review_item"] = "a"
    assert "$.next_review_item: a is a scored item, not a date" in messages(body)


def test_a_template_in_two_languages_falls_back_to_its_first() -> None:
    body = v2([section("s", [scored("a")])], languages=["fr", "en"])

    def strip(node: Any) -> Any:
        if isinstance(node, dict):
            if set(node) == {"en", "fr", "es", "ar"}:
                return {"fr": node["fr"], "en": node["en"]}
            return {k: strip(v) for k, v in node.items()}
        if isinstance(node, list):
            return [strip(v) for v in node]
        return node

    body = strip(body)
    assert messages(body) == []
    doc = TemplateDocument(body)
    assert doc.text(body["title"], "ar") == "Test template (fr)"
    del body["title"]["en"]
    assert "$.title: the en translation is missing" in messages(body)


def test_level_descriptors_are_optional_in_format_2() -> None:
    body = v2([section("s", [scored("a")])])
    for level in body["scales"]["s4"]["levels"]:
        del level["descriptor"]
    assert messages(body) == []
    body["format_version"] = 1
    assert any("no descriptor for level" in m for m in messages(body))


# --- finalising ----------------------------------------------------------------------------------


def test_a_refusal_lists_each_missing_answer_by_number_and_title(
    session: RecordSession, partner: Partner
) -> None:
    body = v2([section("s", [scored("a"), scored("b"), scored("c", required=False), scored("d")])])
    stored = store_template(session, body).template
    assessment = create_assessment(session, partner, stored)
    set_answer(session, assessment, "b", 2)
    with pytest.raises(FinaliseRefused) as refused:
        finalise(session, assessment)
    assert [(m.number, m.item_id, m.title, m.reason) for m in refused.value.missing] == [
        (1, "a", "a", "not answered"),
        (4, "d", "d", "not answered"),
    ]
    assert assessment.status == "draft"


def test_a_final_result_can_be_overridden_with_a_reason_and_the_history_keeps_both(
    session: RecordSession, partner: Partner
) -> None:
    stored = store_template(session, risk_body()).template
    assessment = create_assessment(session, partner, stored)
    set_answer(session, assessment, "a", "no")
    with pytest.raises(AssessmentError, match="only a final assessment"):
        override_result(session, assessment, OverrideRequest("overall", "low", "Seen"))
    finalise(session, assessment)
    with pytest.raises(AssessmentError, match="justification"):
        override_result(session, assessment, OverrideRequest("overall", "low", " "))
    override_result(session, assessment, OverrideRequest("overall", "moderate", "Bank letter"))
    assert (assessment.results["rating"], assessment.recommended_decision) == ("moderate", "")
    bodies = [r.body["results"].get("rating") for r in history(session, assessment.id)]
    assert bodies[-2:] == ["high", "moderate"]
