"""Gaps become proposed actions, accepted into the development plan; dialogues falling due."""

from __future__ import annotations

from datetime import date

import pytest
from template_builders import example_template, section, template, tr

from fieldpartner.domain.assessments import (
    AnswerRow,
    create_assessment,
    finalise,
    import_answers,
    set_answer,
)
from fieldpartner.domain.models import Partner
from fieldpartner.domain.partners import add_partner, edit_partner
from fieldpartner.domain.plans import (
    PlanError,
    accept_action,
    add_months,
    development_plan,
    dialogues_due,
    drop_proposed_action,
    propose_actions,
    proposed_actions,
)
from fieldpartner.domain.revisions import RecordSession
from fieldpartner.domain.templates import store_template


def test_gaps_become_proposed_actions_once(session: RecordSession, partner: Partner) -> None:
    stored = store_template(session, example_template()).template
    assessment = create_assessment(session, partner, stored, tier="large")
    import_answers(
        session,
        assessment,
        [
            AnswerRow(1, "legal.registered", "partly", "Registration pending"),
            AnswerRow(2, "finance.procedures", "4"),
            AnswerRow(3, "finance.audit", "1"),
            AnswerRow(4, "legal.bank_account", "yes"),
        ],
    )
    finalise(session, assessment)
    proposed = propose_actions(session, assessment, owner="Amina", today=date(2026, 1, 15))
    # The key item comes first and is due sooner.
    assert [(a.item_id, a.due_date, a.status) for a in proposed] == [
        ("legal.registered", date(2026, 2, 14), "proposed"),
        ("finance.audit", date(2026, 4, 15), "proposed"),
    ]
    audit = proposed[1]
    assert audit.title == "Arrange an independent examination of the accounts"
    assert (audit.source, audit.assessment_id, audit.partner_id, audit.owner) == (
        "assessment",
        assessment.id,
        partner.id,
        "Amina",
    )
    assert propose_actions(session, assessment) == []
    assert development_plan(session, partner) == []

    accept_action(session, audit, due_date=date(2026, 6, 30), owner="Finance officer")
    assert audit.status == "open"
    drop_proposed_action(session, proposed[0], note="Registration is not possible in country")
    assert [a.title for a in development_plan(session, partner)] == [audit.title]
    assert proposed_actions(session, partner) == []
    with pytest.raises(PlanError):
        accept_action(session, audit)


def dialogue_template() -> dict:
    body = template(
        [section("meap", [{"id": "m1", "type": "text", "text": tr("Mutuality")}])],
        {"method": "none"},
        kind="partnership_dialogue",
        id="test.dialogue",
    )
    return body


def test_yearly_dialogue_due(session: RecordSession, partner: Partner) -> None:
    stored = store_template(session, dialogue_template()).template
    recent = add_partner(session, name="Recent Partner")
    never = add_partner(session, name="Never Met")
    ended = add_partner(session, name="Ended Partner")
    edit_partner(session, ended, phase="ended")
    for who, held in ((partner, date(2024, 11, 30)), (recent, date(2025, 6, 1))):
        dialogue = create_assessment(session, who, stored, assessed_on=held)
        set_answer(session, dialogue, "m1", "Both sides keep their word")
        finalise(session, dialogue)
    draft = create_assessment(session, never, stored, assessed_on=date(2026, 1, 2))
    assert draft.status == "draft"  # a dialogue not yet finalised does not count

    due = dialogues_due(session, date(2026, 1, 15))
    assert [(d.partner.name, d.last_dialogue, d.due_since) for d in due] == [
        ("Legal Aid Centre", date(2024, 11, 30), date(2025, 11, 30)),
        ("Never Met", None, None),
    ]
    assert [
        d.partner.name for d in dialogues_due(session, date(2026, 1, 15), include_never_held=False)
    ] == ["Legal Aid Centre"]


def test_next_dialogue_is_due_on_the_date_agreed_at_the_last_one(
    session: RecordSession, partner: Partner
) -> None:
    body = dialogue_template()
    body["format_version"] = 2
    body["review_every_months"] = 12
    body["next_review_item"] = "next"
    body["sections"][0]["items"].append(
        {"id": "next", "type": "date", "required": False, "text": tr("Next dialogue")}
    )
    stored = store_template(session, body).template
    agreed = create_assessment(session, partner, stored, assessed_on=date(2025, 6, 1))
    set_answer(session, agreed, "m1", "Both sides keep their word")
    set_answer(session, agreed, "next", "2025-09-01")
    finalise(session, agreed)
    other = add_partner(session, name="Cadence Partner")
    by_cadence = create_assessment(session, other, stored, assessed_on=date(2025, 6, 1))
    set_answer(session, by_cadence, "m1", "Fine")
    finalise(session, by_cadence)

    # The agreed date (1 September), not 12 months after the dialogue, makes it due.
    due = dialogues_due(session, date(2025, 10, 1), include_never_held=False)
    assert [(d.partner.name, d.due_since) for d in due] == [("Legal Aid Centre", date(2025, 9, 1))]
    later = dialogues_due(session, date(2026, 6, 2), include_never_held=False)
    assert [(d.partner.name, d.due_since) for d in later] == [
        ("Cadence Partner", date(2026, 6, 1)),
        ("Legal Aid Centre", date(2025, 9, 1)),
    ]


def test_add_months_keeps_the_end_of_short_months() -> None:
    assert add_months(date(2025, 1, 31), 1) == date(2025, 2, 28)
    assert add_months(date(2024, 2, 29), 12) == date(2025, 2, 28)
    assert add_months(date(2025, 11, 30), 3) == date(2026, 2, 28)
