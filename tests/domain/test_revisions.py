"""Revisions: every change to a synced record keeps the earlier body, who made it and when."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select

from fieldpartner.domain.clock import FixedClock
from fieldpartner.domain.ids import uuid7
from fieldpartner.domain.models import Action, Partner, Project, RecordRevision
from fieldpartner.domain.partners import add_partner, delete_partner, edit_partner
from fieldpartner.domain.revisions import (
    HistoryError,
    RecordContext,
    RecordSession,
    bulk_create,
    history,
    record_body,
    revision_body,
)
from fieldpartner.vault import Vault


def test_new_record_gets_generation_one_with_no_parents(
    session: RecordSession, vault: Vault, clock: FixedClock
) -> None:
    partner = add_partner(session, name="Legal Aid Centre", country="KE")
    [first] = history(session, partner.id)
    assert partner.rev.startswith("1-") and first.rev == partner.rev
    assert first.generation == 1
    assert first.parents == []
    assert first.deleted is False
    assert first.body["name"] == "Legal Aid Centre"
    assert first.device_id == vault.device_id == partner.origin_device
    assert first.author == "Tester"
    assert first.changed_at == clock.now() == partner.created_at == partner.updated_at


def test_edit_gets_generation_two_and_keeps_the_previous_body(
    session: RecordSession, clock: FixedClock
) -> None:
    partner = add_partner(session, name="Legal Aid Centre", country="KE")
    first_rev = partner.rev
    clock.advance(hours=2)
    edit_partner(session, partner, name="Legal Aid Centre Kenya", phase="implementing")
    first, second = history(session, partner.id)
    assert second.generation == 2 and partner.rev == second.rev
    assert second.parents == [first_rev]
    assert second.body["name"] == "Legal Aid Centre Kenya"
    assert revision_body(session, partner.id, first_rev) == first.body
    assert first.body["name"] == "Legal Aid Centre"
    assert first.body["phase"] == "preparing"
    assert second.changed_at == clock.now() == partner.updated_at
    assert partner.created_at == first.changed_at  # creation time does not move


def test_changed_fields_name_exactly_what_changed(session: RecordSession) -> None:
    partner = add_partner(session, name="Legal Aid Centre", country="KE")
    edit_partner(session, partner, phase="implementing", country="KE", tags=["litigation"])
    first, second = history(session, partner.id)
    assert second.changed_fields == ["phase", "tags"]
    # A creation lists every field of the body.
    assert first.changed_fields == sorted(first.body)


def test_author_device_and_time_come_from_the_record_context(vault: Vault) -> None:
    other_clock = FixedClock(datetime(2026, 3, 1, 12, 30, tzinfo=UTC))
    with vault.session(author="Amina") as session:
        session.info["record_context"] = RecordContext(
            device_id="device-of-amina", author="Amina", clock=other_clock
        )
        partner = add_partner(session, name="Legal Aid Centre")
        [revision] = history(session, partner.id)
    assert revision.author == "Amina"
    assert revision.device_id == "device-of-amina"
    assert revision.changed_at == datetime(2026, 3, 1, 12, 30, tzinfo=UTC)


def test_session_author_is_recorded(vault: Vault) -> None:
    with vault.transaction(author="Field officer 7") as session:
        partner_id = add_partner(session, name="Legal Aid Centre").id
    with vault.session() as session:
        assert [r.author for r in history(session, partner_id)] == ["Field officer 7"]


def test_editing_nothing_makes_no_revision(session: RecordSession, partner: Partner) -> None:
    rev = partner.rev
    edit_partner(session, partner)
    edit_partner(session, partner, name="Legal Aid Centre", country="KE")
    assert partner.rev == rev
    assert len(history(session, partner.id)) == 1


def test_removing_a_synced_record_raises_history_error(
    session: RecordSession, partner: Partner
) -> None:
    session.delete(partner)
    with pytest.raises(HistoryError, match="mark it deleted"):
        session.flush()


def test_marking_deleted_makes_a_revision_with_deleted_set(
    session: RecordSession, partner: Partner
) -> None:
    delete_partner(session, partner)
    first, second = history(session, partner.id)
    assert second.deleted is True and first.deleted is False
    assert second.parents == [first.rev]
    assert second.changed_fields == ["deleted"]
    assert second.body == first.body  # the content is kept, only flagged


def test_same_change_from_the_same_parent_gives_the_same_rev(session: RecordSession) -> None:
    # Two records with the same content at the same time have the same first revision,
    # as two devices replaying one change do; the id is not part of the body.
    first = add_partner(session, name="Legal Aid Centre", country="KE")
    second = add_partner(session, name="Legal Aid Centre", country="KE")
    assert first.rev == second.rev
    edit_partner(session, first, phase="implementing")
    edit_partner(session, second, phase="implementing")
    assert first.rev == second.rev
    edit_partner(session, second, phase="ended")
    assert first.rev != second.rev


def test_different_parent_gives_a_different_rev_for_the_same_body(
    session: RecordSession,
) -> None:
    partner = add_partner(session, name="Legal Aid Centre")
    original = partner.rev
    edit_partner(session, partner, phase="implementing")
    edit_partner(session, partner, phase="preparing")
    # Back to the first body, but with history behind it.
    assert partner.rev != original
    assert partner.rev.startswith("3-")


def test_session_without_a_record_context_refuses_to_record(
    session: RecordSession,
) -> None:
    del session.info["record_context"]
    session.add(Partner(name="Legal Aid Centre"))
    with pytest.raises(HistoryError, match="no record context"):
        session.flush()


def test_history_survives_reopening_the_vault(vault: Vault) -> None:
    with vault.transaction() as session:
        partner = add_partner(session, name="Legal Aid Centre")
        edit_partner(session, partner, notes="Met the board in March.")
        partner_id = partner.id
    with vault.session() as session:
        revisions = history(session, partner_id)
        assert [r.generation for r in revisions] == [1, 2]
        assert revisions[1].body["notes"] == "Met the board in March."


# --- bulk_create -----------------------------------------------------------------------


def _stored(session: RecordSession, model: type[Any], record_id: str) -> dict[str, Any]:
    record = session.get(model, record_id)
    assert record is not None
    columns = {c.key: getattr(record, c.key) for c in record.__table__.columns}
    return {**columns, "_body": record_body(record)}


def _revision(session: RecordSession, record_id: str) -> dict[str, Any]:
    [revision] = session.scalars(
        select(RecordRevision).where(RecordRevision.record_id == record_id)
    ).all()
    return {
        key: getattr(revision, key)
        for key in (
            "record_kind",
            "rev",
            "generation",
            "parents",
            "deleted",
            "body",
            "changed_fields",
            "device_id",
            "author",
            "changed_at",
        )
    }


def test_bulk_create_stores_what_adding_one_by_one_stores(
    session: RecordSession, vault: Vault
) -> None:
    rows: list[dict[str, Any]] = [
        {"name": "Legal Aid Centre", "country": "KE", "tags": ["litigation"]},
        {"name": "\u0645\u0631\u0643\u0632 \u0627\u0644\u0639\u062f\u0627\u0644\u0629"},
    ]
    one_by_one = [add_partner(session, **row).id for row in rows]
    bulk_ids = [uuid7() for _ in rows]
    bulk_create(
        session,
        Partner,
        [{"id": record_id, **row} for record_id, row in zip(bulk_ids, rows, strict=True)],
        vault.record_context(),
    )
    session.expire_all()
    for single_id, bulk_id in zip(one_by_one, bulk_ids, strict=True):
        single, bulk = _stored(session, Partner, single_id), _stored(session, Partner, bulk_id)
        assert {**single, "id": None} == {**bulk, "id": None}
        assert _revision(session, single_id) == _revision(session, bulk_id)


def test_bulk_create_of_projects_and_actions_matches_one_by_one(
    session: RecordSession, vault: Vault, partner: Partner
) -> None:
    project_row: dict[str, Any] = {
        "partner_id": partner.id,
        "title": "Strategic litigation",
        "amount": Decimal("8500.50"),
        "start_date": date(2026, 2, 1),
    }
    action_row: dict[str, Any] = {"partner_id": partner.id, "title": "Write a safeguarding policy"}
    single_project = Project(**project_row)
    single_action = Action(**action_row)
    session.add_all([single_project, single_action])
    session.flush()
    project_id, action_id = uuid7(), uuid7()
    context = vault.record_context()
    bulk_create(session, Project, [{"id": project_id, **project_row}], context)
    bulk_create(session, Action, [{"id": action_id, **action_row}], context)
    session.expire_all()
    for model, single_id, bulk_id in (
        (Project, single_project.id, project_id),
        (Action, single_action.id, action_id),
    ):
        single, bulk = _stored(session, model, single_id), _stored(session, model, bulk_id)
        assert {**single, "id": None} == {**bulk, "id": None}
        assert _revision(session, single_id) == _revision(session, bulk_id)


def test_bulk_created_record_can_be_edited_with_history(
    session: RecordSession, vault: Vault
) -> None:
    record_id = uuid7()
    bulk_create(session, Partner, [{"id": record_id, "name": "Demo"}], vault.record_context())
    partner = session.get(Partner, record_id)
    assert partner is not None
    first_rev = partner.rev
    edit_partner(session, partner, name="Demo partner")
    assert [r.parents for r in history(session, record_id)] == [[], [first_rev]]
