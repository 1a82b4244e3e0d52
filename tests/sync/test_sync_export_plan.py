"""``plan_export``: what the next bundle would hold, computed without writing anything,
and always the same selection ``export_bundle`` then writes."""

from __future__ import annotations

import hashlib

from sync_helpers import World, vault_snapshot

from fieldpartner.domain.models import Attachment, Blob
from fieldpartner.domain.partners import add_partner, edit_partner, find_partner
from fieldpartner.sync import ExportSummary, export_bundle, plan_export


def _matches(summary: ExportSummary, vault, out, **kwargs) -> None:  # type: ignore[no-untyped-def]
    result = export_bundle(vault, out, **kwargs)
    assert (
        summary.recipient,
        summary.revisions,
        summary.records,
        summary.attachments,
        summary.sequence,
        summary.full,
    ) == (
        result.recipient,
        result.revisions,
        result.records,
        result.attachments,
        result.sequence,
        result.full,
    )


def test_plan_export_writes_nothing_and_matches_the_bundle(world: World) -> None:
    d0 = world.devices[0]
    data = b"%PDF-1.4 scan of a registration certificate " * 64
    with d0.transaction() as session:
        partner = add_partner(session, name="Planned Partner")
        sha = hashlib.sha256(data).hexdigest()
        session.add(Blob(sha256=sha, size=len(data), data=data))
        session.flush()
        session.add(
            Attachment(
                filename="cert.pdf",
                media_type="application/pdf",
                size=len(data),
                sha256=sha,
                partner_id=partner.id,
            )
        )
    before = vault_snapshot(d0)
    files_before = sorted(world.folder.rglob("*"))
    summary = plan_export(d0)
    assert vault_snapshot(d0) == before
    assert sorted(world.folder.rglob("*")) == files_before
    assert summary.recipient == world.hq.device_id and summary.recipient_role == "hq"
    assert summary.records["partner"] >= 1 and summary.records["attachment"] == 1
    assert (summary.attachments, summary.attachment_bytes) == (1, len(data))
    assert not summary.nothing_new
    _matches(summary, d0, world.folder / "planned.fpbundle")


def test_plan_export_from_hq_names_the_device_and_honours_full(world: World) -> None:
    d0 = world.devices[0]
    with world.hq.transaction() as session:
        edit_partner(session, find_partner(session, "Sudan Monitors"), region="Darfur")
    incremental = plan_export(world.hq, to=d0.device_id)
    full = plan_export(world.hq, to=d0.device_id, full=True)
    assert incremental.recipient == d0.device_id and incremental.recipient_role == "device"
    assert full.full and full.sequence[0] == 0
    assert full.revisions >= incremental.revisions > 0
    _matches(full, world.hq, world.folder / "full.fpbundle", to=d0.device_id, full=True)


def test_hq_does_not_echo_a_devices_own_records_back_to_it(world: World) -> None:
    from sync_helpers import import_bundle

    d0 = world.devices[0]
    with d0.transaction() as session:
        add_partner(session, name="Only Written On The Device")
    import_bundle(world.hq, world.send_to_hq(d0))
    reply = plan_export(world.hq, to=d0.device_id)
    assert "partner" not in reply.records  # the device wrote every revision of it
    # A full export still carries it (a device restored from a backup asks for one).
    assert plan_export(world.hq, to=d0.device_id, full=True).records.get("partner", 0) >= 1
    # Once HQ edits it, HQ's revision goes back to the device.
    with world.hq.transaction() as session:
        edit_partner(session, find_partner(session, "Only Written On The Device"), region="Coast")
    assert plan_export(world.hq, to=d0.device_id).records.get("partner") == 1
