"""The bundle history (``sync.history``, the ``sync_bundle_events`` table): every bundle sent or imported, newest first,
written in the same transaction as the export's or import's bookkeeping."""

from __future__ import annotations

import pytest
from sync_helpers import World, vault_snapshot

from fieldpartner.domain.models import SYNCED_MODELS
from fieldpartner.domain.partners import edit_partner, find_partner
from fieldpartner.sync import BundleEvent, bundle_history, export_bundle, import_bundle
from fieldpartner.sync.errors import Cancelled
from fieldpartner.sync.history import count_bundle_events


def _edit(vault, name: str, **changes) -> None:  # type: ignore[no-untyped-def]
    with vault.transaction() as session:
        edit_partner(session, find_partner(session, name), **changes)


def _new_events(vault, before: list[BundleEvent]) -> list[BundleEvent]:  # type: ignore[no-untyped-def]
    now = bundle_history(vault)
    assert now[len(now) - len(before) :] == before, "older events never change"
    return now[: len(now) - len(before)]


def test_export_to_hq_and_back_appear_on_both_sides(world: World) -> None:
    d0 = world.devices[0]
    device_before, hq_before = bundle_history(d0), bundle_history(world.hq)
    _edit(d0, "Kenya Rights Watch", region="Rift Valley")
    to_hq = world.folder / "bundles" / "to-hq.fpbundle"
    sent = export_bundle(d0, to_hq)
    import_bundle(world.hq, to_hq)
    back = world.send_to_device(d0)
    import_bundle(d0, back)

    received_back, sent_to_hq = _new_events(d0, device_before)
    assert sent_to_hq == BundleEvent(
        direction="sent",
        bundle_id=sent.bundle_id,
        peer=world.hq.device_id,
        peer_role="hq",
        at=sent_to_hq.at,
        created_at=sent_to_hq.created_at,
        sequence=sent.sequence,
        full=sent.full,
        revisions=sent.revisions,
        records=sent.records,
        attachments=0,
        conflicts=0,
        file_name="to-hq.fpbundle",
    )
    assert sent_to_hq.at and sent_to_hq.created_at
    assert received_back.direction == "received"
    assert (received_back.peer, received_back.peer_role) == (world.hq.device_id, "hq")
    assert received_back.file_name == back.name and "/" not in received_back.file_name

    hq_sent, hq_received = _new_events(world.hq, hq_before)
    assert (hq_received.direction, hq_received.bundle_id) == ("received", sent.bundle_id)
    assert (hq_received.peer, hq_received.peer_role) == (d0.device_id, "device")
    assert hq_received.records == sent.records
    assert hq_received.revisions == sent.revisions
    assert hq_received.sequence == sent.sequence
    assert (hq_sent.direction, hq_sent.peer, hq_sent.peer_role) == (
        "sent",
        d0.device_id,
        "device",
    )
    assert hq_sent.bundle_id == received_back.bundle_id


def test_reimport_and_declined_preview_are_not_recorded(world: World) -> None:
    d0 = world.devices[0]
    _edit(d0, "Kenya Rights Watch", region="Nyanza")
    bundle = world.send_to_hq(d0)
    before = bundle_history(world.hq)
    assert not import_bundle(world.hq, bundle, approve=lambda plan: False).applied
    assert bundle_history(world.hq) == before
    assert import_bundle(world.hq, bundle).applied
    after_first = bundle_history(world.hq)
    assert len(after_first) == len(before) + 1
    assert not import_bundle(world.hq, bundle).applied
    assert bundle_history(world.hq) == after_first


def test_a_received_event_counts_the_conflicts_it_recorded(world: World) -> None:
    d0 = world.devices[0]
    _edit(world.hq, "Kenya Rights Watch", region="HQ says")
    _edit(d0, "Kenya Rights Watch", region="Field says")
    import_bundle(world.hq, world.send_to_hq(d0))
    latest = bundle_history(world.hq)[0]
    assert (latest.direction, latest.conflicts) == ("received", 1)


def test_a_cancelled_export_or_import_leaves_no_history(world: World) -> None:
    d0 = world.devices[0]
    before = vault_snapshot(d0)
    with pytest.raises(Cancelled):
        export_bundle(d0, world.folder / "x.fpbundle", full=True, progress=lambda *a: False)
    assert vault_snapshot(d0) == before
    bundle = world.send_to_hq(d0)
    hq_before = bundle_history(world.hq)
    with pytest.raises(Cancelled):
        import_bundle(world.hq, bundle, progress=lambda *a: False)
    assert bundle_history(world.hq) == hq_before


def test_history_is_local_state_read_page_by_page(world: World) -> None:
    """History rows live in a table of this vault only (never a synced kind), and an
    import adds a row instead of rewriting the history."""
    assert "sync_bundle_events" not in {m.__tablename__ for m in SYNCED_MODELS}
    everything = bundle_history(world.hq)
    assert count_bundle_events(world.hq) == len(everything) >= 3
    first, rest = bundle_history(world.hq, limit=2), bundle_history(world.hq, offset=2)
    assert first + rest == everything
    import_bundle(world.hq, world.send_to_hq(world.devices[0]))
    assert bundle_history(world.hq)[1:] == everything
