"""Identities, organisation profiles, bundles between HQ and devices, merge outcomes."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sync_helpers import World, content_snapshot, vault_snapshot

from fieldpartner.domain.models import Attachment, Blob, Partner, RecordRevision
from fieldpartner.domain.partners import add_partner, delete_partner, edit_partner, find_partner
from fieldpartner.sync import (
    export_bundle,
    import_bundle,
    list_conflicts,
    preview_bundle,
    resolve_conflict,
    state,
)
from fieldpartner.sync.errors import BundleInvalid, Cancelled, SyncError, TrustRefused
from fieldpartner.sync.identity import (
    ensure_device_identity,
    fingerprint,
    normalise_fingerprint,
)
from fieldpartner.sync.org import join_organisation, list_devices, read_profile, revoke_device


def _edit(vault, name: str, **changes) -> None:  # type: ignore[no-untyped-def]
    with vault.transaction() as session:
        edit_partner(session, find_partner(session, name), **changes)


def _partner(vault, name: str) -> Partner:  # type: ignore[no-untyped-def]
    with vault.session() as session:
        return session.scalars(select(Partner).where(Partner.name == name)).one()


def test_identity_is_made_once_and_fingerprint_reads_aloud(world: World) -> None:
    first = ensure_device_identity(world.hq)
    again = ensure_device_identity(world.hq)
    assert first == again
    fp = first.fingerprint
    assert len(fp) == 24 and fp.count("-") == 4
    assert normalise_fingerprint(fp.lower().replace("-", " ")) == fp
    assert fingerprint(first.public.recipient, first.public.verify_key) == fp
    assert first.public.recipient.startswith("age1")


def test_profile_is_signed_and_a_wrong_fingerprint_refuses_to_join(
    world: World, tmp_path: Path
) -> None:
    profile = read_profile(world.profile)
    assert profile.hq.fingerprint == ensure_device_identity(world.hq).fingerprint
    tampered = tmp_path / "tampered.fporg"
    tampered.write_text(world.profile.read_text().replace("Test Org", "Evil Org"))
    with pytest.raises(BundleInvalid):
        read_profile(tampered)
    with pytest.raises(TrustRefused) as refused:
        join_organisation(world.devices[0], world.profile, "AAAA-BBBB-CCCC-DDDD-EEEE")
    assert refused.value.exit_code == 5


def test_identity_backup_opens_bundles_with_the_age_tool(world: World) -> None:
    device = world.devices[0]
    _edit(device, "Kenya Rights Watch", region="Turkana")
    bundle = world.send_to_hq(device)
    listing = subprocess.run(
        ["age", "-d", "-i", str(world.backup), str(bundle)], capture_output=True, check=True
    )
    tar = subprocess.run(["tar", "tf", "-"], input=listing.stdout, capture_output=True, check=True)
    names = tar.stdout.decode().split()
    assert "manifest.json" in names and "manifest.sig" in names
    assert any(n.startswith("records/") for n in names)


def test_edits_on_different_fields_merge_without_conflict(world: World) -> None:
    d0 = world.devices[0]
    _edit(world.hq, "Kenya Rights Watch", acronym="KRW")
    _edit(d0, "Kenya Rights Watch", region="Turkana")
    result = import_bundle(world.hq, world.send_to_hq(d0))
    assert [c.action for c in result.plan.changes if c.changes_record] == ["merge"]
    assert not result.plan.conflicts
    import_bundle(d0, world.send_to_device(d0))
    for vault in (world.hq, d0):
        partner = _partner(vault, "Kenya Rights Watch")
        assert (partner.acronym, partner.region) == ("KRW", "Turkana")
    assert _partner(world.hq, "Kenya Rights Watch").rev == _partner(d0, "Kenya Rights Watch").rev
    assert list_conflicts(world.hq) == []


def test_same_field_edited_on_two_devices_is_a_conflict_everywhere(world: World) -> None:
    d0, d1 = world.devices[:2]
    _edit(d0, "Sudan Monitors", region="Khartoum")
    _edit(d1, "Sudan Monitors", region="Darfur")
    import_bundle(world.hq, world.send_to_hq(d0))
    result = import_bundle(world.hq, world.send_to_hq(d1))
    assert len(result.plan.conflicts) == 1
    (conflict,) = list_conflicts(world.hq)
    values = {conflict.fields[0].local, conflict.fields[0].incoming}
    assert values == {"Khartoum", "Darfur"}
    # Devices learn the conflict from the merge revision and hold the same value.
    for device in (d0, d1):
        import_bundle(device, world.send_to_device(device))
        assert [c.id for c in list_conflicts(device)] == [conflict.id]
    regions = {_partner(v, "Sudan Monitors").region for v in (world.hq, d0, d1)}
    assert len(regions) == 1
    # A person settles it at HQ; the settlement reaches the devices and closes it there.
    resolve_conflict(world.hq, conflict.id, {"region": "North Darfur"})
    assert list_conflicts(world.hq) == []
    import_bundle(d0, world.send_to_device(d0))
    assert _partner(d0, "Sudan Monitors").region == "North Darfur"
    assert list_conflicts(d0) == []


def test_resolve_take_local_makes_a_revision_descending_from_both(world: World) -> None:
    d0 = world.devices[0]
    _edit(world.hq, "Sudan Monitors", notes="HQ view")
    _edit(d0, "Sudan Monitors", notes="field view")
    import_bundle(world.hq, world.send_to_hq(d0))
    (conflict,) = list_conflicts(world.hq)
    revision = resolve_conflict(world.hq, conflict.id, "local")
    assert revision.parents == (conflict.merge_rev,)
    assert _partner(world.hq, "Sudan Monitors").notes == "HQ view"
    with pytest.raises(SyncError):
        resolve_conflict(world.hq, conflict.id, "incoming")


def test_edit_after_deletion_revives_the_record(world: World) -> None:
    d0 = world.devices[0]
    with world.hq.transaction() as session:
        delete_partner(session, find_partner(session, "Kenya Rights Watch"))
    _edit(d0, "Kenya Rights Watch", notes="still active, met them today")
    result = import_bundle(world.hq, world.send_to_hq(d0))
    assert result.plan.changes[0].revived
    partner = _partner(world.hq, "Kenya Rights Watch")
    assert not partner.deleted
    assert partner.notes == "still active, met them today"


def test_deletion_without_concurrent_edit_syncs(world: World) -> None:
    d0 = world.devices[0]
    with d0.transaction() as session:
        delete_partner(session, find_partner(session, "Sudan Monitors"))
    import_bundle(world.hq, world.send_to_hq(d0))
    assert _partner(world.hq, "Sudan Monitors").deleted


def test_importing_twice_or_replaying_an_old_bundle_changes_nothing(world: World) -> None:
    d0 = world.devices[0]
    _edit(d0, "Kenya Rights Watch", region="A")
    first = world.send_to_hq(d0)
    _edit(d0, "Kenya Rights Watch", region="B")
    second = world.send_to_hq(d0)
    import_bundle(world.hq, first)
    import_bundle(world.hq, second)
    before = vault_snapshot(world.hq)
    again = import_bundle(world.hq, first)
    assert again.plan.already_imported and not again.applied
    assert vault_snapshot(world.hq) == before
    assert _partner(world.hq, "Kenya Rights Watch").region == "B"


def test_bundles_in_reverse_order_give_the_same_result(world: World) -> None:
    d0 = world.devices[0]
    with d0.transaction() as session:
        partner = add_partner(session, name="New Partner")
    first = world.send_to_hq(d0)
    _edit(d0, "New Partner", region="East")
    second = world.send_to_hq(d0)
    import_bundle(world.hq, second)
    import_bundle(world.hq, first)
    assert _partner(world.hq, "New Partner").region == "East"
    assert _partner(world.hq, "New Partner").id == partner.id


def test_sequence_gaps_are_reported(world: World) -> None:
    # A lost bundle leaves no gap (the next one starts from HQ's acknowledgement), but HQ
    # restored from an older copy has acknowledged more than it now holds: that is a gap.
    d0 = world.devices[0]
    _edit(d0, "Kenya Rights Watch", region="A")
    with d0.transaction() as session:
        latest = int(session.scalar(select(func.max(RecordRevision.seq))) or 0)
        state.record_acknowledgement(session, world.hq.device_id, latest)
    _edit(d0, "Kenya Rights Watch", region="B")
    result = import_bundle(world.hq, world.send_to_hq(d0))
    assert result.plan.gaps, "changes HQ never received must show as a gap"
    assert _partner(world.hq, "Kenya Rights Watch").region == "B"


def test_preview_shows_counts_and_conflicts_and_changes_nothing(world: World) -> None:
    d0 = world.devices[0]
    _edit(world.hq, "Kenya Rights Watch", region="HQ")
    _edit(d0, "Kenya Rights Watch", region="Field")
    with d0.transaction() as session:
        add_partner(session, name="Third")
    bundle = world.send_to_hq(d0)
    before = vault_snapshot(world.hq)
    plan = preview_bundle(world.hq, bundle)
    counts = plan.counts()["partner"]
    assert (counts["merge"], counts["create"]) == (1, 1)
    assert len(plan.conflicts) == 1
    assert vault_snapshot(world.hq) == before
    declined = import_bundle(world.hq, bundle, approve=lambda plan: False)
    assert not declined.applied
    assert vault_snapshot(world.hq) == before


def test_hq_sends_a_device_only_its_assigned_partners(world: World) -> None:
    from fieldpartner.sync.org import assign_partner

    d0 = world.devices[0]
    with world.hq.transaction() as session:
        add_partner(session, name="Assigned One")
        add_partner(session, name="Not For You")
    assign_partner(world.hq, "Assigned One", d0.device_id)
    bundle = world.folder / "scoped.fpbundle"
    export_bundle(world.hq, bundle, to=d0.device_id)
    import_bundle(d0, bundle)
    with d0.session() as session:
        names = set(session.scalars(select(Partner.name)))
    assert "Assigned One" in names and "Not For You" not in names


def test_attachments_travel_by_hash(world: World) -> None:
    d0 = world.devices[0]
    data = b"%PDF-1.4 registration certificate" * 100
    import hashlib

    sha = hashlib.sha256(data).hexdigest()
    with d0.transaction() as session:
        partner = find_partner(session, "Kenya Rights Watch")
        session.add(Blob(sha256=sha, size=len(data), data=data))
        session.flush()
        session.add(
            Attachment(
                filename="registration.pdf",
                media_type="application/pdf",
                size=len(data),
                sha256=sha,
                partner_id=partner.id,
            )
        )
    result = import_bundle(world.hq, world.send_to_hq(d0))
    assert result.applied
    with world.hq.session() as session:
        assert session.get(Blob, sha).data == data


def test_revoked_device_is_refused_and_vault_unchanged(world: World) -> None:
    d0 = world.devices[0]
    revoke_device(world.hq, d0.device_id)
    assert [d.status for d in list_devices(world.hq) if d.device_id == d0.device_id] == ["revoked"]
    _edit(d0, "Kenya Rights Watch", region="X")
    bundle = world.send_to_hq(d0)
    before = vault_snapshot(world.hq)
    with pytest.raises(TrustRefused) as refused:
        import_bundle(world.hq, bundle)
    assert refused.value.exit_code == 5 and "revoked" in str(refused.value)
    assert vault_snapshot(world.hq) == before


def test_cancelled_export_leaves_no_file(world: World) -> None:
    out = world.folder / "cancelled.fpbundle"
    with pytest.raises(Cancelled):
        export_bundle(world.devices[0], out, full=True, progress=lambda *a: False)
    assert not out.exists()
    assert not [p for p in world.folder.iterdir() if p.name.endswith(".tmp")]


def test_full_export_rebuilds_a_device(world: World) -> None:
    d0 = world.devices[0]
    bundle = world.folder / "full.fpbundle"
    export_bundle(world.hq, bundle, to=d0.device_id, full=True)
    result = import_bundle(d0, bundle)
    assert result.applied
    assert (
        content_snapshot(d0)["records"]["partner"]
        == content_snapshot(world.hq)["records"]["partner"]
    )


def test_escrow_lets_hq_open_a_device_vault(world: World) -> None:
    from fieldpartner.sync.escrow import escrow_to_hq, open_escrow
    from fieldpartner.vault.header import read_header

    d0 = world.devices[0]
    escrow_to_hq(d0)
    header = read_header(d0.path)
    assert header.escrow is not None
    key = open_escrow(header.escrow.age, ensure_device_identity(world.hq))
    assert key == bytes(d0._key)


def test_state_of_other_vault_keys_is_not_synced(world: World) -> None:
    with world.hq.session() as session:
        assert state.read(session, state.ORG)["role"] == "hq"
    with world.devices[0].session() as session:
        assert state.read(session, state.ORG)["role"] == "device"


def test_cancelled_import_changes_nothing(world: World) -> None:
    d0 = world.devices[0]
    _edit(d0, "Kenya Rights Watch", region="Cancelled")
    bundle = world.send_to_hq(d0)
    before = vault_snapshot(world.hq)
    with pytest.raises(Cancelled):
        import_bundle(world.hq, bundle, progress=lambda *a: False)
    assert vault_snapshot(world.hq) == before
    assert import_bundle(world.hq, bundle).applied


def test_built_in_templates_held_by_both_sides_do_not_block_sync(world: World) -> None:
    from fieldpartner.domain.models import Template
    from fieldpartner.domain.templates import ensure_builtin_templates

    d0 = world.devices[0]
    for vault in (world.hq, d0):
        with vault.transaction() as session:
            ensure_builtin_templates(session)
    with world.hq.session() as session:
        held = session.scalars(select(Template.template_key)).all()
    assert held, "every build ships built-in templates"
    _edit(d0, "Kenya Rights Watch", region="Turkana")
    assert import_bundle(world.hq, world.send_to_hq(d0)).applied
    assert import_bundle(d0, world.send_to_device(d0)).applied
    with d0.session() as session:
        assert sorted(session.scalars(select(Template.template_key)).all()) == sorted(held)


def test_profile_templates_reach_a_joining_vault(
    _template_vault: tuple[Path, str], tmp_path: Path
) -> None:
    from sync_helpers import new_device

    from fieldpartner.domain.models import Template
    from fieldpartner.domain.templates import ensure_builtin_templates
    from fieldpartner.sync.org import create_organisation

    hq = new_device(_template_vault[0], tmp_path / "HQ.fpvault")
    device = new_device(_template_vault[0], tmp_path / "D.fpvault")
    try:
        for vault in (hq, device):
            with vault.transaction() as session:
                ensure_builtin_templates(session)
        profile = tmp_path / "org.fporg"
        create_organisation(hq, "Org", profile, tmp_path / "hq.txt")
        join_organisation(device, profile, ensure_device_identity(hq).fingerprint)
        with hq.session() as session:
            keys = sorted(session.scalars(select(Template.template_key)))
        with device.session() as session:
            assert sorted(session.scalars(select(Template.template_key))) == keys
    finally:
        hq.lock()
        device.lock()


def test_a_field_by_field_resolution_can_clear_an_optional_date_or_amount() -> None:
    from fieldpartner.domain.rules import check_changes
    from fieldpartner.sync.conflicts import typed_value

    assert typed_value("action", "due_date", "") is None
    assert typed_value("project", "amount", "  ") is None
    assert typed_value("action", "due_date", "2027-01-31") == "2027-01-31"
    assert typed_value("action", "assessment_id", "") is None  # an optional link is cleared
    assert typed_value("partner", "region", "") == ""  # text: empty text, not null
    # A report is always due: empty text is no date, and the rule book says so.
    assert typed_value("scheduled_report", "due_date", "") == ""
    assert check_changes("scheduled_report", {"due_date": ""}, {}) == [
        ("due_date", "'' is not a date")
    ]


def test_a_typed_resolution_is_checked_like_an_edit_in_the_application(world: World) -> None:
    d0 = world.devices[0]
    _edit(world.hq, "Sudan Monitors", region="Khartoum")
    _edit(d0, "Sudan Monitors", region="Darfur")
    import_bundle(world.hq, world.send_to_hq(d0))
    (conflict,) = list_conflicts(world.hq)
    with pytest.raises(SyncError, match="type"):
        resolve_conflict(world.hq, conflict.id, {"region": "Kassala", "type": "bogus"})
    assert [c.id for c in list_conflicts(world.hq)] == [conflict.id]  # still open
    resolve_conflict(world.hq, conflict.id, {"region": "Kassala"})
    assert _partner(world.hq, "Sudan Monitors").region == "Kassala"
