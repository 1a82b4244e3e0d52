"""Actions: adding and editing them, their links, marking them done with review notes, and
the list of upcoming and overdue actions across partners."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from fieldpartner.domain.actions import (
    actions_of_partner,
    add_action,
    delete_action,
    edit_action,
    is_overdue,
    mark_done,
    review_action,
    upcoming_and_overdue,
)
from fieldpartner.domain.clock import FixedClock
from fieldpartner.domain.models import Action, Assessment, Partner, Workshop
from fieldpartner.domain.partners import add_partner, delete_partner
from fieldpartner.domain.revisions import RecordSession, history
from fieldpartner.domain.validation import ValidationError
from fieldpartner.vault import Vault

TODAY = date(2026, 1, 15)  # the FixedClock's day


@pytest.fixture
def assessment(session: RecordSession, partner: Partner) -> Assessment:
    made = Assessment(
        partner_id=partner.id,
        assessment_kind="capacity",
        template_key="capacity",
        template_version=1,
        title="Capacity 2026",
    )
    session.add(made)
    session.flush()
    return made


@pytest.fixture
def workshop(session: RecordSession) -> Workshop:
    made = Workshop(title="Safeguarding workshop")
    session.add(made)
    session.flush()
    return made


# --- adding ----------------------------------------------------------------------------


def test_new_action_is_open_and_belongs_to_its_partner(
    session: RecordSession, partner: Partner
) -> None:
    action = add_action(
        session,
        partner=partner,
        title=" Write a safeguarding policy ",
        owner="Wanjiru",
        due_date=date(2026, 3, 31),
    )
    assert action.title == "Write a safeguarding policy"
    assert (action.status, action.source) == ("open", "other")
    assert action.partner_id == partner.id
    assert action.completed_on is None
    assert action.review_notes == []


def test_action_of_an_assessment_gap_belongs_to_the_assessed_partner(
    session: RecordSession, partner: Partner, assessment: Assessment
) -> None:
    action = add_action(
        session, assessment=assessment, item_id="safeguarding.policy", title="Draft the policy"
    )
    assert action.partner_id == partner.id
    assert action.assessment_id == assessment.id
    assert action.item_id == "safeguarding.policy"
    assert action.source == "assessment"


def test_action_of_a_workshop_has_workshop_as_its_source(
    session: RecordSession, workshop: Workshop
) -> None:
    action = add_action(session, workshop=workshop, title="Share the session notes")
    assert (action.source, action.workshop_id, action.partner_id) == (
        "workshop",
        workshop.id,
        None,
    )


def test_action_created_done_is_completed_today(session: RecordSession, partner: Partner) -> None:
    action = add_action(session, partner=partner, title="Board meeting held", status="done")
    assert action.completed_on == TODAY


def test_every_bad_action_field_is_named_with_its_value(
    session: RecordSession, partner: Partner
) -> None:
    with pytest.raises(ValidationError) as caught:
        add_action(
            session,
            partner=partner,
            title="",
            status="blocked",
            source="email",
            due_date="next week",
            priority="high",
        )
    assert caught.value.problems == [
        ("priority", "is not an action field"),
        ("title", "must not be empty"),
        ("due_date", "'next week' is not a date"),
        ("status", "'blocked' is not one of: proposed, open, in_progress, done, dropped"),
        ("source", "'email' is not one of: assessment, workshop, dialogue, monitoring, other"),
    ]


def test_item_without_an_assessment_is_rejected(session: RecordSession, partner: Partner) -> None:
    with pytest.raises(ValidationError) as caught:
        add_action(session, partner=partner, title="Policy", item_id="safeguarding.policy")
    assert caught.value.problems == [
        ("item_id", "'safeguarding.policy' names a template item, so it needs an assessment")
    ]


def test_action_linking_another_partners_assessment_is_rejected(
    session: RecordSession, assessment: Assessment
) -> None:
    other = add_partner(session, name="Women's Rights Forum")
    with pytest.raises(ValidationError) as caught:
        add_action(session, partner=other, assessment=assessment, title="Policy")
    assert caught.value.problems == [
        (
            "partner",
            f'"Women\'s Rights Forum" is not the partner assessed in assessment {assessment.id}',
        )
    ]


def test_action_for_a_deleted_partner_is_rejected(session: RecordSession, partner: Partner) -> None:
    delete_partner(session, partner)
    with pytest.raises(ValidationError, match="partner: 'Legal Aid Centre' has been deleted"):
        add_action(session, partner=partner, title="Policy")


def test_completion_date_on_an_open_action_is_rejected(
    session: RecordSession, partner: Partner
) -> None:
    with pytest.raises(
        ValidationError, match="completed_on: 2026-01-10 is set but the status is 'open'"
    ):
        add_action(session, partner=partner, title="Policy", completed_on=date(2026, 1, 10))


# --- editing ---------------------------------------------------------------------------


def test_setting_done_completes_today_and_reopening_clears_it(
    session: RecordSession, partner: Partner
) -> None:
    action = add_action(session, partner=partner, title="Policy")
    edit_action(session, action, status="done")
    assert action.completed_on == TODAY
    edit_action(session, action, status="in_progress")
    assert action.completed_on is None


def test_edit_can_move_and_unlink_an_action(
    session: RecordSession, partner: Partner, workshop: Workshop
) -> None:
    other = add_partner(session, name="Women's Rights Forum")
    action = add_action(session, partner=partner, title="Policy")
    edit_action(session, action, partner=other, workshop=workshop, owner="Amina")
    assert (action.partner_id, action.workshop_id, action.owner) == (other.id, workshop.id, "Amina")
    edit_action(session, action, workshop=None)
    assert action.workshop_id is None
    assert action.partner_id == other.id  # a link left out is kept


def test_edit_is_validated_and_leaves_the_action_unchanged(
    session: RecordSession, partner: Partner
) -> None:
    action = add_action(session, partner=partner, title="Policy")
    with pytest.raises(ValidationError, match="title: must not be empty"):
        edit_action(session, action, title="  ", owner="Amina")
    assert (action.title, action.owner) == ("Policy", "")


def test_edit_linking_an_item_needs_the_assessment(
    session: RecordSession, partner: Partner, assessment: Assessment
) -> None:
    action = add_action(session, partner=partner, title="Policy")
    with pytest.raises(
        ValidationError, match=re.escape("item_id: 'hr.contracts' names a template item")
    ):
        edit_action(session, action, item_id="hr.contracts")
    edit_action(session, action, assessment=assessment, item_id="hr.contracts")
    assert (action.assessment_id, action.item_id) == (assessment.id, "hr.contracts")


def test_deleted_action_cannot_be_edited_and_drops_out_of_lists(
    session: RecordSession, partner: Partner
) -> None:
    action = add_action(session, partner=partner, title="Policy", due_date=TODAY)
    delete_action(session, action)
    with pytest.raises(ValidationError, match="action: 'Policy' has been deleted"):
        edit_action(session, action, owner="Amina")
    assert actions_of_partner(session, partner) == []
    assert upcoming_and_overdue(session, TODAY) == []
    assert session.get(Action, action.id) is not None


# --- reviews and marking done ----------------------------------------------------------


def test_mark_done_completes_the_action_and_keeps_a_review_note(
    session: RecordSession, partner: Partner
) -> None:
    action = add_action(session, partner=partner, title="Policy", due_date=date(2026, 3, 31))
    mark_done(session, action, "Board adopted it", "Amina", date(2026, 3, 20))
    assert action.status == "done"
    assert action.completed_on == date(2026, 3, 20)
    assert action.review_notes == [
        {"date": "2026-03-20", "status": "done", "note": "Board adopted it", "by": "Amina"}
    ]


def test_review_note_defaults_to_the_session_author_and_today(
    session: RecordSession, partner: Partner
) -> None:
    action = add_action(session, partner=partner, title="Policy")
    mark_done(session, action)
    assert action.review_notes == [
        {"date": "2026-01-15", "status": "done", "note": "", "by": "Tester"}
    ]


def test_review_notes_accumulate_and_are_saved_with_a_revision(
    vault: Vault, clock: FixedClock
) -> None:
    with vault.transaction() as session:
        partner = add_partner(session, name="Legal Aid Centre")
        action_id = add_action(session, partner=partner, title="Policy").id
    with vault.transaction() as session:
        action = session.get(Action, action_id)
        assert action is not None
        review_action(session, action, "in_progress", "Draft shared", "Amina", date(2026, 2, 1))
    clock.advance(days=30)
    with vault.transaction() as session:
        action = session.get(Action, action_id)
        assert action is not None
        mark_done(session, action, "Adopted", "Amina", date(2026, 3, 1))
    with vault.session() as session:
        action = session.get(Action, action_id)
        assert action is not None
        assert [(n["date"], n["status"]) for n in action.review_notes] == [
            ("2026-02-01", "in_progress"),
            ("2026-03-01", "done"),
        ]
        revisions = history(session, action_id)
        assert [r.generation for r in revisions] == [1, 2, 3]
        assert revisions[2].changed_fields == ["completed_on", "review_notes", "status"]
        assert len(revisions[1].body["review_notes"]) == 1  # the earlier list is kept


def test_reopening_in_a_review_clears_the_completion_date(
    session: RecordSession, partner: Partner
) -> None:
    action = add_action(session, partner=partner, title="Policy")
    mark_done(session, action, on_date=date(2026, 2, 1))
    review_action(session, action, "open", "Not adopted after all", on_date=date(2026, 2, 10))
    assert (action.status, action.completed_on) == ("open", None)
    assert len(action.review_notes) == 2


def test_review_with_an_unknown_status_is_rejected(
    session: RecordSession, partner: Partner
) -> None:
    action = add_action(session, partner=partner, title="Policy")
    with pytest.raises(ValidationError) as caught:
        review_action(session, action, "finished", "note", "Amina", date(2026, 2, 1))
    assert caught.value.problems == [
        ("status", "'finished' is not one of: proposed, open, in_progress, done, dropped")
    ]
    assert action.review_notes == []


# --- lists -----------------------------------------------------------------------------


def test_upcoming_and_overdue_lists_overdue_first_then_by_due_date(
    session: RecordSession, partner: Partner, workshop: Workshop
) -> None:
    other = add_partner(session, name="Women's Rights Forum")

    def due(title: str, days: int, **values: object) -> Action:
        values.setdefault("partner", partner)
        return add_action(session, title=title, due_date=TODAY + timedelta(days=days), **values)  # type: ignore[arg-type]

    long_overdue = due("Long overdue", -40, partner=other)
    overdue = due("Overdue", -1, status="in_progress")
    today = due("Due today", 0, partner=None, workshop=workshop)
    proposed = due("Proposed", 10, status="proposed", partner=other)
    last_day = due("Last day", 30)
    due("Too far", 31)
    due("Done", -5, status="done")
    due("Dropped", -5, status="dropped")
    add_action(session, partner=partner, title="Undated")
    gone = add_partner(session, name="Gone partner")
    due("Of a deleted partner", -2, partner=gone)
    delete_partner(session, gone)

    found = upcoming_and_overdue(session, TODAY)
    assert found == [long_overdue, overdue, today, proposed, last_day]
    assert [is_overdue(a, TODAY) for a in found] == [True, True, False, False, False]
    assert upcoming_and_overdue(session, TODAY, within_days=0) == [long_overdue, overdue, today]


def test_upcoming_and_overdue_leaves_out_actions_of_deleted_workshops(
    session: RecordSession, workshop: Workshop
) -> None:
    add_action(session, workshop=workshop, title="Share notes", due_date=TODAY)
    workshop.deleted = True
    session.flush()
    assert upcoming_and_overdue(session, TODAY) == []


def test_upcoming_and_overdue_refuses_a_negative_window(session: RecordSession) -> None:
    with pytest.raises(ValueError, match="within_days"):
        upcoming_and_overdue(session, TODAY, within_days=-3)


def test_actions_of_partner_by_due_date_with_undated_last(
    session: RecordSession, partner: Partner
) -> None:
    undated = add_action(session, partner=partner, title="A: undated")
    later = add_action(session, partner=partner, title="B: later", due_date=date(2026, 6, 1))
    sooner = add_action(session, partner=partner, title="C: sooner", due_date=date(2026, 2, 1))
    done = add_action(session, partner=partner, title="D: done", status="done")
    add_action(session, partner=add_partner(session, name="Other"), title="Not theirs")
    assert actions_of_partner(session, partner) == [sooner, later, undated, done]
    assert actions_of_partner(session, partner, open_only=True) == [sooner, later, undated]
