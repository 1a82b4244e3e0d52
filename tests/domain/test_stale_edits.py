"""Every service that changes a record a second person could change takes the version the
form was opened on (``based_on``): a save based on a stale version is refused naming who
changed the record, nothing of it is written, and a save from the current version lands.

Two sessions on one vault stand for two people (tests/hq/ does the same on PostgreSQL)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from sqlalchemy.orm import Session

from fieldpartner.domain.actions import add_action, delete_action, edit_action, mark_done
from fieldpartner.domain.models import (
    Action,
    Contact,
    Partner,
    Project,
    SyncedRecord,
    Workshop,
    WorkshopParticipant,
)
from fieldpartner.domain.partners import (
    add_contact,
    add_partner,
    delete_contact,
    edit_contact,
    edit_partner,
)
from fieldpartner.domain.plans import accept_action, drop_proposed_action
from fieldpartner.domain.projects import add_project, edit_project
from fieldpartner.domain.revisions import EditConflict, history
from fieldpartner.domain.workshops import (
    add_participant,
    add_workshop,
    delete_workshop,
    edit_participant,
    edit_workshop,
    remove_participant,
    review_follow_up,
)
from fieldpartner.vault import Vault


@dataclass(frozen=True)
class Case:
    """A record kind: how to make one, another person's change, and the change of the
    person whose form was opened on version ``base``."""

    model: type[SyncedRecord]
    make: Callable[[Session, Partner], SyncedRecord]
    mine: Callable[[Session, Any, str | None], object]
    others: Callable[[Session, Any], object]


def _action(session: Session, partner: Partner) -> SyncedRecord:
    return add_action(session, partner=partner, title="Train the board")


def _proposed(session: Session, partner: Partner) -> SyncedRecord:
    return add_action(session, partner=partner, title="Write a policy", status="proposed")


def _workshop(session: Session, partner: Partner) -> SyncedRecord:
    workshop = add_workshop(session, title="Documentation", start_date=date(2026, 3, 2))
    add_participant(session, workshop, partner=partner)
    return workshop


def _participant(session: Session, partner: Partner) -> SyncedRecord:
    workshop = add_workshop(session, title="Safety", start_date=date(2026, 3, 2))
    return add_participant(session, workshop, partner=None, name="Amina", role="lawyer")


def _contact(session: Session, partner: Partner) -> SyncedRecord:
    return add_contact(session, partner, name="Amina")


def _bruno_edits_contact(session: Session, contact: Any) -> object:
    return edit_contact(session, contact, role="bruno's")


def _bruno_edits_action(session: Session, action: Any) -> object:
    return edit_action(session, action, owner="bruno")


def _bruno_edits_participant(session: Session, participant: Any) -> object:
    return edit_participant(session, participant, role="bruno's")


CASES = {
    "contact": Case(
        Contact,
        _contact,
        lambda s, r, base: edit_contact(s, r, based_on=base, role="mine"),
        _bruno_edits_contact,
    ),
    "contact deleted": Case(
        Contact,
        _contact,
        lambda s, r, base: delete_contact(s, r, based_on=base),
        _bruno_edits_contact,
    ),
    "partner": Case(
        Partner,
        lambda s, p: p,
        lambda s, r, base: edit_partner(s, r, based_on=base, region="mine"),
        lambda s, r: edit_partner(s, r, region="bruno's"),
    ),
    "action": Case(
        Action,
        _action,
        lambda s, r, base: edit_action(s, r, based_on=base, owner="mine"),
        _bruno_edits_action,
    ),
    "action done": Case(
        Action,
        _action,
        lambda s, r, base: mark_done(s, r, "finished", based_on=base),
        _bruno_edits_action,
    ),
    "action deleted": Case(
        Action, _action, lambda s, r, base: delete_action(s, r, based_on=base), _bruno_edits_action
    ),
    "follow-up reviewed": Case(
        Action,
        _action,
        lambda s, r, base: review_follow_up(s, r, "in_progress", "begun", based_on=base),
        _bruno_edits_action,
    ),
    "proposed action accepted": Case(
        Action,
        _proposed,
        lambda s, r, base: accept_action(s, r, based_on=base, owner="mine"),
        _bruno_edits_action,
    ),
    "proposed action dropped": Case(
        Action,
        _proposed,
        lambda s, r, base: drop_proposed_action(s, r, "not now", based_on=base),
        _bruno_edits_action,
    ),
    "workshop": Case(
        Workshop,
        _workshop,
        lambda s, r, base: edit_workshop(s, r, based_on=base, place="mine"),
        lambda s, r: edit_workshop(s, r, place="bruno's"),
    ),
    "workshop deleted": Case(
        Workshop,
        _workshop,
        lambda s, r, base: delete_workshop(s, r, based_on=base),
        lambda s, r: edit_workshop(s, r, place="bruno's"),
    ),
    "participant": Case(
        WorkshopParticipant,
        _participant,
        lambda s, r, base: edit_participant(s, r, based_on=base, role="mine"),
        _bruno_edits_participant,
    ),
    "participant removed": Case(
        WorkshopParticipant,
        _participant,
        lambda s, r, base: remove_participant(s, r, based_on=base),
        _bruno_edits_participant,
    ),
    "project": Case(
        Project,
        lambda s, p: add_project(s, p, title="Legal aid 2026"),
        lambda s, r, base: edit_project(s, r, based_on=base, back_donor="mine"),
        lambda s, r: edit_project(s, r, back_donor="bruno's"),
    ),
}


def _setup(vault: Vault, case: Case) -> tuple[str, str]:
    """The record made, and the revision a form opened on it reads."""
    with vault.transaction() as session:
        partner = add_partner(session, name="Sudan Monitors", country="SD")
        record_id = str(case.make(session, partner).id)
    with vault.session() as session:
        record = session.get(case.model, record_id)
        assert record is not None
        return record_id, record.rev


@pytest.mark.parametrize("kind", sorted(CASES))
def test_a_change_from_a_stale_version_is_refused_naming_who_changed_it(
    vault: Vault, kind: str
) -> None:
    case = CASES[kind]
    record_id, base = _setup(vault, case)
    with vault.transaction(author="bruno") as session:  # bruno saves meanwhile
        case.others(session, session.get(case.model, record_id))
    with vault.session() as session:
        before = len(history(session, record_id))
    with (
        pytest.raises(EditConflict, match=r"changed by bruno at .* nothing was saved"),
        vault.transaction(author="amina") as session,
    ):
        case.mine(session, session.get(case.model, record_id), base)
    with vault.session() as session:
        revisions = history(session, record_id)
        assert len(revisions) == before and revisions[-1].author == "bruno"


@pytest.mark.parametrize("kind", sorted(CASES))
def test_a_change_from_the_current_version_is_saved(vault: Vault, kind: str) -> None:
    case = CASES[kind]
    record_id, base = _setup(vault, case)
    with vault.transaction(author="amina") as session:
        case.mine(session, session.get(case.model, record_id), base)
    with vault.session() as session:
        assert history(session, record_id)[-1].author == "amina"


def test_without_a_based_on_version_a_change_is_checked_against_what_it_read(
    vault: Vault,
) -> None:
    """The command line reads and changes in one transaction: no version to declare."""
    case = CASES["contact"]
    record_id, _base = _setup(vault, case)
    with vault.transaction(author="bruno") as session:
        case.others(session, session.get(Contact, record_id))
    with vault.transaction(author="amina") as session:
        case.mine(session, session.get(Contact, record_id), None)
    with vault.session() as session:
        contact = session.get(Contact, record_id)
        assert contact is not None and contact.role == "mine"
