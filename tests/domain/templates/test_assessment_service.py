"""The assessment service: answering, checking answers, finalising, reopening, comparing."""

from __future__ import annotations

import pytest
from template_builders import example_template

from fieldpartner.domain.assessments import (
    AnswerImportRejected,
    AnswerRow,
    AssessmentError,
    AssessmentLocked,
    answers_of,
    approve,
    clear_answer,
    compare_with_previous,
    compute_assessment,
    create_assessment,
    finalise,
    import_answers,
    reopen,
    results_of,
    set_answer,
)
from fieldpartner.domain.ids import answer_id
from fieldpartner.domain.models import Partner, Template
from fieldpartner.domain.revisions import RecordSession, history
from fieldpartner.domain.templates import store_template
from fieldpartner.domain.templates.answers import AnswerRejected


@pytest.fixture
def template(session: RecordSession) -> Template:
    return store_template(session, example_template()).template


def test_due_diligence_needs_a_declared_tier(
    session: RecordSession, partner: Partner, template: Template
) -> None:
    with pytest.raises(AssessmentError, match="needs a tier"):
        create_assessment(session, partner, template)
    with pytest.raises(AssessmentError, match="'huge' is not one of"):
        create_assessment(session, partner, template, tier="huge")
    assessment = create_assessment(session, partner, template, tier="medium")
    assert (assessment.template_key, assessment.template_version) == (
        "fp.example.due-diligence",
        1,
    )
    assert assessment.status == "draft"


def test_answers_are_checked_against_the_item(
    session: RecordSession, partner: Partner, template: Template
) -> None:
    assessment = create_assessment(session, partner, template, tier="large")
    row = set_answer(session, assessment, "finance.procedures", 3)
    assert row.id == answer_id(assessment.id, "finance.procedures")
    with pytest.raises(AnswerRejected, match="expected a level of 1, 2, 3, 4"):
        set_answer(session, assessment, "finance.procedures", 5)
    with pytest.raises(AnswerRejected, match=r"no item 'finance\.nothing'"):
        set_answer(session, assessment, "finance.nothing", 1)
    with pytest.raises(AnswerRejected, match="cannot be answered not applicable"):
        set_answer(session, assessment, "legal.registered", "not_applicable")
    with pytest.raises(AnswerRejected, match="below the minimum"):
        set_answer(session, assessment, "finance.turnover", -5)
    set_answer(session, assessment, "finance.procedures", 2)
    assert answers_of(session, assessment)["finance.procedures"].value == 2


def test_finalising_stores_results_and_locks_answers(
    session: RecordSession, partner: Partner, template: Template
) -> None:
    assessment = create_assessment(session, partner, template, tier="large")
    set_answer(session, assessment, "legal.registered", "yes")
    with pytest.raises(AssessmentError, match="needs evidence"):
        finalise(session, assessment)
    set_answer(session, assessment, "legal.registered", "yes", evidence_note="Cert. 2019/44")
    set_answer(session, assessment, "legal.bank_account", "yes")
    set_answer(session, assessment, "finance.procedures", 4)
    set_answer(session, assessment, "finance.audit", 1)
    finalise(session, assessment)
    # finance: (2*4 + 1) / 3 = 3, (3 - 1) / 3 = 0.67 of the range: moderate
    assert assessment.status == "final"
    assert assessment.results["rating"] == "moderate"
    assert assessment.recommended_decision == "approve_with_conditions"
    with pytest.raises(AssessmentLocked, match="locked"):
        set_answer(session, assessment, "finance.audit", 4)
    with pytest.raises(AssessmentLocked):
        import_answers(session, assessment, [AnswerRow(2, "finance.audit", "4")])

    reopen(session, assessment)
    set_answer(session, assessment, "finance.audit", 4)
    finalise(session, assessment)
    assert assessment.results["rating"] == "low"
    statuses = [r.body["status"] for r in history(session, assessment.id)]
    assert statuses == ["draft", "final", "draft", "final"]


def test_approval_records_the_decision_people_took(
    session: RecordSession, partner: Partner, template: Template
) -> None:
    assessment = create_assessment(session, partner, template, tier="small")
    set_answer(session, assessment, "legal.registered", "partly", evidence_note="Pending")
    set_answer(session, assessment, "legal.bank_account", "yes")
    set_answer(session, assessment, "finance.procedures", 3)
    finalise(session, assessment)
    with pytest.raises(
        AssessmentError, match="conditions: must be given when approving with conditions"
    ):
        approve(session, assessment, "approve_with_conditions")
    approve(session, assessment, "approve_with_conditions", conditions="Register within 6 months")
    assert assessment.status == "approved"


def test_import_is_all_or_nothing_and_names_every_bad_row(
    session: RecordSession, partner: Partner, template: Template
) -> None:
    assessment = create_assessment(session, partner, template, tier="small")
    rows = [
        AnswerRow(2, "finance.procedures", "3"),
        AnswerRow(3, "finance.ghost", "1"),
        AnswerRow(4, "legal.registered", "yes"),
        AnswerRow(5, "finance.audit", "2"),
        AnswerRow(6, "finance.procedures", "4"),
        AnswerRow(7, "legal.bank_account", "maybe"),
    ]
    with pytest.raises(AnswerImportRejected) as caught:
        import_answers(session, assessment, rows)
    assert caught.value.problems == [
        "row 3 (finance.ghost): unknown item id 'finance.ghost'",
        "row 4 (legal.registered): item legal.registered answered 'yes' needs evidence (a note or an attached file)",
        "row 5 (finance.audit): finance.audit does not apply to the small tier",
        "row 6 (finance.procedures): finance.procedures is already answered in row 2",
        "row 7 (legal.bank_account): 'maybe' is not an answer to legal.bank_account: expected yes, no, partly or not_applicable",
    ]
    assert answers_of(session, assessment) == {}


def test_comparison_with_the_previous_assessment(
    session: RecordSession, partner: Partner, template: Template
) -> None:
    from datetime import date

    first = create_assessment(
        session, partner, template, tier="large", assessed_on=date(2025, 3, 1)
    )
    import_answers(
        session,
        first,
        [
            AnswerRow(1, "finance.procedures", "2"),
            AnswerRow(2, "finance.audit", "1"),
            AnswerRow(3, "legal.registered", "yes", "Certificate 2019/44"),
            AnswerRow(4, "legal.bank_account", "yes"),
        ],
    )
    finalise(session, first)
    second = create_assessment(
        session, partner, template, tier="large", assessed_on=date(2026, 3, 1)
    )
    import_answers(
        session,
        second,
        [AnswerRow(1, "finance.procedures", "4"), AnswerRow(2, "finance.audit", "3")],
    )
    comparison = compare_with_previous(session, second)
    assert comparison is not None
    finance = next(s for s in comparison["sections"] if s["id"] == "finance")
    # before (2*2 + 1) / 3 = 1.6667, after (2*4 + 3) / 3 = 3.6667
    assert finance["change"] == pytest.approx(2.0, abs=1e-6)
    assert comparison["gaps_closed"] == ["finance.audit", "finance.procedures"]
    assert results_of(session, first).to_json() == first.results


def test_clearing_an_answer_makes_the_item_unanswered(
    session: RecordSession, partner: Partner, template: Template
) -> None:
    assessment = create_assessment(session, partner, template, tier="small")
    set_answer(session, assessment, "finance.procedures", 3)
    clear_answer(session, assessment, "finance.procedures")
    assert compute_assessment(session, assessment).completeness.answered == 0
    set_answer(session, assessment, "finance.procedures", "not_applicable")
    results = compute_assessment(session, assessment)
    assert results.completeness.not_applicable == 1
    assert results.items["finance.procedures"].to_json() == {
        "applicable": True,
        "not_applicable": True,
    }
