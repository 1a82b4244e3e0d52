"""``list_devices`` tells HQ, per device, what it has received: how many bundles, the
newest one, how far the device's sequence reached and which parts never arrived."""

from __future__ import annotations

from sqlalchemy import func, select
from sync_helpers import World

from fieldpartner.domain.models import RecordRevision
from fieldpartner.domain.partners import edit_partner, find_partner
from fieldpartner.sync import import_bundle, list_devices, state


def _device(world: World, device_id: str):  # type: ignore[no-untyped-def]
    return next(d for d in list_devices(world.hq) if d.device_id == device_id)


def test_devices_show_bundles_received_last_sequence_and_gaps(world: World) -> None:
    d0, d1 = world.devices[0], world.devices[1]
    before = _device(world, d0.device_id)
    assert before.bundles_received == 1 and before.gaps == [] and before.last_bundle_at
    with d0.transaction() as session:
        edit_partner(session, find_partner(session, "Kenya Rights Watch"), region="Coast")
        # As if HQ had acknowledged more than it holds (HQ restored from an older copy).
        seq = int(session.scalar(select(func.max(RecordRevision.seq))) or 0)
        state.record_acknowledgement(session, world.hq.device_id, seq)
    with d0.transaction() as session:
        edit_partner(session, find_partner(session, "Kenya Rights Watch"), region="Lake")
    result = import_bundle(world.hq, world.send_to_hq(d0))
    after = _device(world, d0.device_id)
    assert after.bundles_received == 2
    assert after.last_sequence == result.plan.sequence[1] > before.last_sequence
    assert after.last_bundle_at == result.plan.created_at
    assert after.gaps == [(before.last_sequence + 1, seq)]
    untouched = _device(world, d1.device_id)
    assert untouched.bundles_received == 1 and untouched.gaps == []


def test_a_device_is_named_by_its_full_id_or_eight_characters_from_either_end(
    world: World,
) -> None:
    import pytest

    from fieldpartner.sync import TrustRefused
    from fieldpartner.sync.org import find_device_id

    devices = {d.device_id: {} for d in list_devices(world.hq)}
    target = world.devices[1].device_id
    assert find_device_id(devices, target.upper()) == target
    assert find_device_id(devices, target[-8:]) == target  # what the Devices tab shows
    assert find_device_id(devices, target[:13]) == target
    with pytest.raises(TrustRefused, match="no enrolled device"):
        find_device_id(devices, target[-7:])  # too short to be trusted alone
    # UUIDv7 ids made in the same millisecond share their start: a prefix names both.
    twins = {"01a20a94-29c3-7abb-aaba-000000000001": {}, "01a20a94-29c3-7abb-aaba-000000000002": {}}
    with pytest.raises(TrustRefused, match="more than one device"):
        find_device_id(twins, "01a20a94-29c3")
    assert find_device_id(twins, "00000002") == "01a20a94-29c3-7abb-aaba-000000000002"


def test_unassigning_a_partner_stops_sending_it_and_assigning_again_sends_it_whole(
    world: World,
) -> None:
    import pytest

    from fieldpartner.sync import SyncError, assign_partner, plan_export, unassign_partner

    d0 = world.devices[0]
    assign_partner(world.hq, "Sudan Monitors", d0.device_id)
    import_bundle(d0, world.send_to_device(d0))
    import_bundle(world.hq, world.send_to_hq(d0))  # acknowledges HQ's bundle
    unassign_partner(world.hq, "Sudan Monitors", d0.device_id)
    with world.hq.transaction() as session:
        sudan = find_partner(session, "Sudan Monitors")
        edit_partner(session, sudan, region="Darfur")
        sudan_id = sudan.id
    assert sudan_id not in _device(world, d0.device_id).assigned_partners
    assert "partner" not in plan_export(world.hq, to=d0.device_id).records
    with pytest.raises(SyncError, match="not assigned"):
        unassign_partner(world.hq, "Sudan Monitors", d0.device_id)
    assign_partner(world.hq, "Sudan Monitors", d0.device_id)
    assert plan_export(world.hq, to=d0.device_id).records.get("partner") == 1
