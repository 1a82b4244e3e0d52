"""Incremental export starts from what the recipient acknowledged, not from what was
sent: a bundle lost on the way is made good by the next one, in both directions."""

from __future__ import annotations

from sqlalchemy import select
from sync_helpers import World

from fieldpartner.domain.models import Partner
from fieldpartner.domain.partners import add_partner, edit_partner, find_partner
from fieldpartner.sync import export_bundle, import_bundle, plan_export
from fieldpartner.sync.org import assign_partner


def _edit(vault, name: str, **changes) -> None:  # type: ignore[no-untyped-def]
    with vault.transaction() as session:
        edit_partner(session, find_partner(session, name), **changes)


def _partners(vault) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    with vault.session() as session:
        return {p.name: p.region for p in session.scalars(select(Partner))}


def test_a_lost_bundles_changes_arrive_with_the_next_one(world: World) -> None:
    d0 = world.devices[0]
    with d0.transaction() as session:
        add_partner(session, name="Only In The Lost Bundle")
    _edit(d0, "Kenya Rights Watch", region="Lost region")
    lost = world.send_to_hq(d0)
    lost.unlink()  # the USB stick went missing
    _edit(d0, "Sudan Monitors", region="Second bundle")
    result = import_bundle(world.hq, world.send_to_hq(d0))
    assert result.applied and not result.plan.gaps
    at_hq = _partners(world.hq)
    assert "Only In The Lost Bundle" in at_hq
    assert at_hq["Kenya Rights Watch"] == "Lost region"
    assert at_hq["Sudan Monitors"] == "Second bundle"


def test_once_hq_acknowledges_the_next_export_is_empty(world: World) -> None:
    d0 = world.devices[0]
    _edit(d0, "Kenya Rights Watch", region="Acknowledged")
    world.send_to_hq(d0).unlink()
    assert not plan_export(d0).nothing_new, "unacknowledged changes are sent again"
    import_bundle(world.hq, world.send_to_hq(d0))
    assert not plan_export(d0).nothing_new, "HQ's acknowledgement has not arrived yet"
    import_bundle(d0, world.send_to_device(d0))
    summary = plan_export(d0)
    assert summary.nothing_new and summary.revisions == 0
    assert summary.sequence[0] == summary.sequence[1]
    assert plan_export(d0, full=True).revisions > 0, "--full still sends everything"


def test_hq_resends_what_a_device_has_not_acknowledged(world: World) -> None:
    d0 = world.devices[0]
    import_bundle(world.hq, world.send_to_hq(d0))  # HQ learns what d0 already holds
    assert plan_export(world.hq, to=d0.device_id).nothing_new
    _edit(world.hq, "Kenya Rights Watch", region="From HQ, lost")
    world.send_to_device(d0).unlink()
    _edit(world.hq, "Sudan Monitors", region="From HQ, second")
    assert import_bundle(d0, world.send_to_device(d0)).applied
    on_device = _partners(d0)
    assert on_device["Kenya Rights Watch"] == "From HQ, lost"
    assert on_device["Sudan Monitors"] == "From HQ, second"
    # The device's next bundle carries its acknowledgement; then HQ has nothing to resend.
    import_bundle(world.hq, world.send_to_hq(d0))
    assert plan_export(world.hq, to=d0.device_id).nothing_new


def test_a_newly_assigned_partner_is_resent_until_acknowledged(world: World) -> None:
    d0 = world.devices[0]
    with world.hq.transaction() as session:
        add_partner(session, name="Assigned Later")
    # The partner exists at HQ and the device acknowledges HQ's sequence past it...
    sync = world.folder / "sync.fpbundle"
    export_bundle(world.hq, sync, to=d0.device_id)
    import_bundle(d0, sync)
    import_bundle(world.hq, world.send_to_hq(d0))
    assert "Assigned Later" not in _partners(d0)
    # ...before it is assigned, so only the assignment sends it; that bundle is lost.
    assign_partner(world.hq, "Assigned Later", d0.device_id)
    lost = world.folder / "lost.fpbundle"
    assert export_bundle(world.hq, lost, to=d0.device_id).records.get("partner", 0) >= 1
    lost.unlink()
    _edit(world.hq, "Sudan Monitors", region="Meanwhile at HQ")
    second = world.folder / "second.fpbundle"
    export_bundle(world.hq, second, to=d0.device_id)
    import_bundle(d0, second)
    assert "Assigned Later" in _partners(d0)
    import_bundle(world.hq, world.send_to_hq(d0))
    assert plan_export(world.hq, to=d0.device_id).records.get("partner", 0) == 0
