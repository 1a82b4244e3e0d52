"""Workshops: dates and details, who took part, the follow-up plan, and reviewing an
earlier workshop's plan months later."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from fieldpartner.domain.actions import delete_action
from fieldpartner.domain.models import Action, Partner, Workshop
from fieldpartner.domain.partners import NotFound, add_partner, delete_partner
from fieldpartner.domain.revisions import RecordSession, history
from fieldpartner.domain.validation import ValidationError
from fieldpartner.domain.workshops import (
    add_follow_up,
    add_participant,
    add_workshop,
    delete_workshop,
    earlier_plan,
    edit_participant,
    edit_workshop,
    follow_up_plan,
    get_workshop,
    list_workshops,
    participants_of,
    remove_participant,
    review_follow_up,
    workshops_of_partner,
)
from fieldpartner.vault import Vault

ARABIC_PERSON = "\u0641\u0627\u0637\u0645\u0629"  # Fatima


@pytest.fixture
def workshop(session: RecordSession) -> Workshop:
    return add_workshop(
        session,
        title="Safeguarding in practice",
        topic="Safeguarding",
        start_date=date(2026, 2, 10),
        end_date=date(2026, 2, 12),
        place="Nairobi",
    )


# --- workshops -------------------------------------------------------------------------


def test_workshop_details_are_read_back_after_reopening(vault: Vault) -> None:
    with vault.transaction() as session:
        workshop_id = add_workshop(
            session,
            title=" Safeguarding in practice ",
            start_date=date(2026, 2, 10),
            end_date=date(2026, 2, 12),
            facilitators=["Amina", " amina", "", "Jorge"],
            co_design_input="Partners asked for a session on reporting channels.",
        ).id
    with vault.session() as session:
        workshop = get_workshop(session, workshop_id)
        assert workshop.title == "Safeguarding in practice"
        assert workshop.facilitators == ["Amina", "Jorge"]
        assert (workshop.start_date, workshop.end_date) == (date(2026, 2, 10), date(2026, 2, 12))
        assert workshop.co_design_input.startswith("Partners asked")


def test_workshop_end_before_start_is_rejected_naming_both_dates(
    session: RecordSession,
) -> None:
    with pytest.raises(ValidationError) as caught:
        add_workshop(
            session, title="Safeguarding", start_date=date(2026, 2, 12), end_date=date(2026, 2, 10)
        )
    assert caught.value.problems == [("end_date", "2026-02-10 is before start_date 2026-02-12")]


def test_edit_moving_the_end_before_the_start_is_rejected(
    session: RecordSession, workshop: Workshop
) -> None:
    with pytest.raises(
        ValidationError, match="end_date: 2026-02-01 is before start_date 2026-02-10"
    ):
        edit_workshop(session, workshop, end_date=date(2026, 2, 1))
    assert workshop.end_date == date(2026, 2, 12)


def test_every_bad_workshop_field_is_named(session: RecordSession) -> None:
    with pytest.raises(ValidationError) as caught:
        add_workshop(
            session,
            title="",
            place=42,
            start_date="2026-02-10",
            facilitators="Amina",
            budget="500",
        )
    assert caught.value.problems == [
        ("budget", "is not a workshop field"),
        ("title", "must not be empty"),
        ("start_date", "'2026-02-10' is not a date"),
        ("place", "must be text, not int"),
        ("facilitators", "must be a list of text"),
    ]


def test_workshop_reviewing_an_unknown_or_its_own_plan_is_rejected(
    session: RecordSession, workshop: Workshop
) -> None:
    with pytest.raises(ValidationError) as caught:
        add_workshop(session, title="Follow-up", reviews_workshop_id="no-such-id")
    assert caught.value.problems == [
        ("reviews_workshop_id", "'no-such-id' is not the id of a record")
    ]
    with pytest.raises(ValidationError) as caught:
        add_workshop(session, title="Follow-up", reviews_workshop_id=str(uuid.UUID(int=7)))
    assert caught.value.problems == [
        ("reviews_workshop_id", f"{str(uuid.UUID(int=7))!r} is not a workshop in this vault")
    ]
    with pytest.raises(ValidationError, match="cannot review its own follow-up plan"):
        edit_workshop(session, workshop, reviews_workshop_id=workshop.id)


def test_workshops_are_listed_most_recent_first_and_deleted_ones_hidden(
    session: RecordSession, workshop: Workshop
) -> None:
    later = add_workshop(session, title="Review", start_date=date(2026, 8, 1))
    undated = add_workshop(session, title="To be planned")
    gone = add_workshop(session, title="Cancelled", start_date=date(2026, 5, 1))
    delete_workshop(session, gone)
    assert list_workshops(session) == [later, workshop, undated]
    with pytest.raises(NotFound):
        get_workshop(session, gone.id)
    with pytest.raises(ValidationError, match="workshop: 'Cancelled' has been deleted"):
        edit_workshop(session, gone, notes="late")


# --- participants ----------------------------------------------------------------------


def test_participants_are_partners_or_named_people(
    session: RecordSession, workshop: Workshop, partner: Partner
) -> None:
    organisation = add_participant(session, workshop, partner=partner)
    person = add_participant(
        session, workshop, name=f" {ARABIC_PERSON} ", role="Lawyer", organisation="Bar association"
    )
    staff = add_participant(session, workshop, partner=partner, name="Wanjiru", role="Director")
    assert organisation.partner_id == partner.id and organisation.name == ""
    assert person.name == ARABIC_PERSON and person.partner_id is None
    # Sorted by the person's name, or the partner's name for an organisation.
    assert participants_of(session, workshop) == [organisation, staff, person]
    remove_participant(session, staff)
    assert participants_of(session, workshop) == [organisation, person]
    with pytest.raises(ValidationError, match="participant: has been removed"):
        edit_participant(session, staff, role="Chair")


def test_participant_needs_a_partner_or_a_name(session: RecordSession, workshop: Workshop) -> None:
    with pytest.raises(ValidationError) as caught:
        add_participant(session, workshop, name="  ", role="Observer")
    assert caught.value.problems == [("name", "give a participating partner or the person's name")]


def test_same_partner_is_not_listed_twice(
    session: RecordSession, workshop: Workshop, partner: Partner
) -> None:
    add_participant(session, workshop, partner=partner)
    with pytest.raises(ValidationError) as caught:
        add_participant(session, workshop, partner=partner)
    assert caught.value.problems == [
        ("partner", "'Legal Aid Centre' is already listed as taking part")
    ]


def test_deleted_partner_cannot_take_part(
    session: RecordSession, workshop: Workshop, partner: Partner
) -> None:
    delete_partner(session, partner)
    with pytest.raises(ValidationError, match="partner: 'Legal Aid Centre' has been deleted"):
        add_participant(session, workshop, partner=partner)


def test_participant_fields_are_checked(session: RecordSession, workshop: Workshop) -> None:
    with pytest.raises(ValidationError) as caught:
        add_participant(session, workshop, name="Jorge", email="j@example.org", role="R" * 201)
    assert caught.value.problems == [
        ("email", "is not a participant field"),
        ("role", "is 201 characters long; the limit is 200"),
    ]


def test_named_person_cannot_lose_their_name(session: RecordSession, workshop: Workshop) -> None:
    person = add_participant(session, workshop, name="Jorge")
    with pytest.raises(ValidationError, match="name: give a participating partner"):
        edit_participant(session, person, name=" ")
    edit_participant(session, person, role="Journalist")
    assert (person.name, person.role) == ("Jorge", "Journalist")


def test_workshops_of_a_partner_are_those_it_took_part_in(
    session: RecordSession, workshop: Workshop, partner: Partner
) -> None:
    add_workshop(session, title="Without them")
    later = add_workshop(session, title="Review", start_date=date(2026, 8, 1))
    add_participant(session, workshop, partner=partner)
    add_participant(session, later, partner=partner, name="Wanjiru")
    assert workshops_of_partner(session, partner) == [later, workshop]


# --- follow-up plan and its review ------------------------------------------------------


def test_follow_up_plan_holds_the_workshops_actions_by_due_date(
    session: RecordSession, workshop: Workshop, partner: Partner
) -> None:
    undated = add_follow_up(session, workshop, title="Circulate the notes")
    policy = add_follow_up(
        session,
        workshop,
        partner=partner,
        title="Draft a safeguarding policy",
        owner="Wanjiru",
        due_date=date(2026, 5, 31),
    )
    focal = add_follow_up(session, workshop, title="Name a focal point", due_date=date(2026, 3, 1))
    dropped = add_follow_up(session, workshop, title="Translate the handbook")
    delete_action(session, dropped)
    add_follow_up(session, add_workshop(session, title="Another"), title="Not this plan")

    assert follow_up_plan(session, workshop) == [focal, policy, undated]
    assert {a.source for a in follow_up_plan(session, workshop)} == {"workshop"}
    assert (policy.workshop_id, policy.partner_id) == (workshop.id, partner.id)


def test_follow_up_without_a_title_is_rejected(session: RecordSession, workshop: Workshop) -> None:
    with pytest.raises(ValidationError, match="title: must not be empty"):
        add_follow_up(session, workshop, title="", owner="Amina")
    assert follow_up_plan(session, workshop) == []


def test_later_workshop_reviews_the_earlier_plan(
    vault: Vault, session: RecordSession, workshop: Workshop, partner: Partner
) -> None:
    policy = add_follow_up(session, workshop, partner=partner, title="Draft a safeguarding policy")
    focal = add_follow_up(session, workshop, title="Name a focal point")
    review = add_workshop(
        session,
        title="Six months on",
        start_date=date(2026, 8, 10),
        reviews_workshop_id=workshop.id,
    )
    assert earlier_plan(session, review) == [policy, focal]
    assert earlier_plan(session, workshop) == []

    review_follow_up(session, policy, "done", "Adopted by the board", "Amina", date(2026, 8, 10))
    review_follow_up(
        session, focal, "in_progress", "Candidate identified", "Amina", date(2026, 8, 10)
    )
    session.commit()

    with vault.session() as fresh:
        stored = {a.title: a for a in fresh.query(Action).filter(Action.workshop_id == workshop.id)}
        done = stored["Draft a safeguarding policy"]
        assert (done.status, done.completed_on) == ("done", date(2026, 8, 10))
        assert done.review_notes == [
            {"date": "2026-08-10", "status": "done", "note": "Adopted by the board", "by": "Amina"}
        ]
        ongoing = stored["Name a focal point"]
        assert (ongoing.status, ongoing.completed_on) == ("in_progress", None)
        assert history(fresh, done.id)[-1].changed_fields == [
            "completed_on",
            "review_notes",
            "status",
        ]


def test_review_of_a_deleted_earlier_workshop_shows_no_plan(
    session: RecordSession, workshop: Workshop
) -> None:
    add_follow_up(session, workshop, title="Circulate the notes")
    review = add_workshop(session, title="Six months on", reviews_workshop_id=workshop.id)
    delete_workshop(session, workshop)
    assert earlier_plan(session, review) == []


def test_follow_up_for_a_deleted_workshop_is_rejected(
    session: RecordSession, workshop: Workshop
) -> None:
    delete_workshop(session, workshop)
    with pytest.raises(
        ValidationError, match="workshop: 'Safeguarding in practice' has been deleted"
    ):
        add_follow_up(session, workshop, title="Circulate the notes")


def test_a_second_partner_of_the_same_name_is_a_different_participant(
    session: RecordSession, workshop: Workshop
) -> None:
    first = add_partner(session, name="Justice Network", country="KE")
    second = add_partner(session, name="Justice Network", country="UG")
    add_participant(session, workshop, partner=first)
    add_participant(session, workshop, partner=second)
    assert {p.partner_id for p in participants_of(session, workshop)} == {first.id, second.id}
