"""Refusals: every damaged, foreign, revoked or misaddressed bundle is refused with the
documented exit code and a plain message, and the vault is exactly as it was."""

from __future__ import annotations

import hashlib
import json
import random
import subprocess
from pathlib import Path

import pytest
from bundle_crafting import (
    decrypt,
    encrypt,
    manifest_of,
    members_of,
    record_lines,
    resign,
    tar_of,
    with_record_lines,
)
from sync_helpers import World, vault_snapshot

from fieldpartner.domain.models import Attachment, Blob
from fieldpartner.domain.partners import edit_partner, find_partner
from fieldpartner.domain.revisions import make_rev
from fieldpartner.sync import import_bundle
from fieldpartner.sync.errors import SyncError
from fieldpartner.sync.identity import ensure_device_identity
from fieldpartner.sync.org import revoke_device


def _device_bundle(world: World) -> Path:
    device = world.devices[0]
    # What a JPEG starts with: bundles carry only what the name says (check_incoming).
    data = b"\xff\xd8\xff\xe0" + b"scan of the registration certificate " * 50
    sha = hashlib.sha256(data).hexdigest()
    with device.transaction() as session:
        partner = find_partner(session, "Kenya Rights Watch")
        edit_partner(session, partner, region="Turkana", notes="due diligence visit")
        session.add(Blob(sha256=sha, size=len(data), data=data))
        session.flush()
        session.add(
            Attachment(
                filename="certificate.jpg",
                media_type="image/jpeg",
                size=len(data),
                sha256=sha,
                partner_id=partner.id,
            )
        )
    return world.send_to_hq(device)


def _refused(world: World, path: Path) -> SyncError:
    with pytest.raises(SyncError) as caught:
        import_bundle(world.hq, path)
    error = caught.value
    assert str(error) and "\n" not in str(error)
    return error


def _age_header_end(data: bytes) -> int:
    return data.index(b"\n---") + 1


def test_flipped_bytes_anywhere_are_refused_and_change_nothing(world: World) -> None:
    bundle = _device_bundle(world)
    data = bundle.read_bytes()
    before = vault_snapshot(world.hq)
    header_end = _age_header_end(data)
    rng = random.Random(5)
    positions = sorted(
        {*range(0, len(data), max(1, len(data) // 120)), *rng.sample(range(len(data)), 60)}
        | {0, header_end, header_end + 60, len(data) - 1}
    )
    target = world.folder / "flipped.fpbundle"
    for position in positions:
        mutated = bytearray(data)
        mutated[position] ^= 1 << rng.randrange(8)
        target.write_bytes(bytes(mutated))
        error = _refused(world, target)
        # A changed X25519 stanza no longer unwraps with this vault's key: that reads as
        # "not addressed to this vault" (age cannot tell the two apart).
        allowed = {3, 4} if position < header_end else {4}
        assert error.exit_code in allowed, (position, error)
    assert vault_snapshot(world.hq) == before


def test_truncated_bundles_are_refused(world: World) -> None:
    bundle = _device_bundle(world)
    data = bundle.read_bytes()
    before = vault_snapshot(world.hq)
    header_end = _age_header_end(data)
    target = world.folder / "truncated.fpbundle"
    for length in (0, 1, 30, header_end - 1, header_end + 20, len(data) // 2, len(data) - 1):
        target.write_bytes(data[:length])
        assert _refused(world, target).exit_code == 4, length
    assert vault_snapshot(world.hq) == before
    # The intact file still imports.
    assert import_bundle(world.hq, bundle).applied


def _rebuilt(world: World, members, name: str) -> Path:  # type: ignore[no-untyped-def]
    hq = ensure_device_identity(world.hq).public
    sender = ensure_device_identity(world.devices[0]).public
    path = world.folder / name
    path.write_bytes(encrypt(tar_of(members), [hq, sender]))
    return path


def test_another_organisations_bundle_is_refused(world: World) -> None:
    members = members_of(decrypt(_device_bundle(world), ensure_device_identity(world.hq)))
    sender = ensure_device_identity(world.devices[0])
    forged = resign(members, sender, {"org_id": "01a20000-0000-7000-8000-000000000000"})
    before = vault_snapshot(world.hq)
    error = _refused(world, _rebuilt(world, forged, "other-org.fpbundle"))
    assert error.exit_code == 5 and "another organisation" in str(error)
    assert vault_snapshot(world.hq) == before


def test_unknown_format_version_is_refused(world: World) -> None:
    members = members_of(decrypt(_device_bundle(world), ensure_device_identity(world.hq)))
    newer = resign(members, ensure_device_identity(world.devices[0]), {"version": 2})
    error = _refused(world, _rebuilt(world, newer, "v2.fpbundle"))
    assert error.exit_code == 4 and "version 2" in str(error) and "newer" in str(error)


def test_a_changed_member_without_a_new_signature_is_refused(world: World) -> None:
    members = members_of(decrypt(_device_bundle(world), ensure_device_identity(world.hq)))
    lines = record_lines(members)
    lines[0]["body"]["notes"] = "changed in transit"
    changed = with_record_lines(members, lines)
    error = _refused(world, _rebuilt(world, changed, "changed.fpbundle"))
    assert error.exit_code == 4


def test_a_record_whose_content_does_not_match_its_revision_is_refused(world: World) -> None:
    members = members_of(decrypt(_device_bundle(world), ensure_device_identity(world.hq)))
    lines = record_lines(members)
    partner_line = next(line for line in lines if line["kind"] == "partner")
    partner_line["body"]["notes"] = "edited but not re-hashed"
    changed = resign(with_record_lines(members, lines), ensure_device_identity(world.devices[0]))
    error = _refused(world, _rebuilt(world, changed, "rehash.fpbundle"))
    assert error.exit_code == 4 and "does not match its content" in str(error)


def test_a_record_referring_to_a_missing_record_is_refused_whole(world: World) -> None:
    members = members_of(decrypt(_device_bundle(world), ensure_device_identity(world.hq)))
    lines = record_lines(members)
    contact_body = {
        "partner_id": "01a20000-0000-7000-8000-00000000dead",
        "name": "Nobody",
        "role": "",
        "channels": [],
        "notes": "",
        "created_at": "2026-01-15T09:00:00.000000Z",
    }
    rev = make_rev([], False, contact_body)
    lines.append(
        {
            "kind": "contact",
            "id": "01a20000-0000-7000-8000-00000000c0de",
            "rev": rev,
            "parents": [],
            "deleted": False,
            "body": contact_body,
            "changed_fields": sorted(contact_body),
            "device_id": world.devices[0].device_id,
            "author": "",
            "changed_at": "2026-01-15T09:00:00.000000Z",
            "head": True,
        }
    )
    changed = resign(with_record_lines(members, lines), ensure_device_identity(world.devices[0]))
    before = vault_snapshot(world.hq)
    error = _refused(world, _rebuilt(world, changed, "dangling.fpbundle"))
    assert error.exit_code == 4 and "refer to records" in str(error)
    assert vault_snapshot(world.hq) == before


def test_bundle_for_someone_else_is_not_addressed_here(world: World) -> None:
    bundle = world.send_to_hq(world.devices[1])
    before = vault_snapshot(world.devices[0])
    with pytest.raises(SyncError) as caught:
        import_bundle(world.devices[0], bundle)
    assert caught.value.exit_code == 3 and "not addressed" in str(caught.value)
    assert vault_snapshot(world.devices[0]) == before


def test_a_device_refuses_bundles_not_from_hq(world: World) -> None:
    d0, d1 = world.devices[:2]
    members = members_of(decrypt(world.send_to_hq(d1), ensure_device_identity(world.hq)))
    signer = ensure_device_identity(d1)
    forged = resign(members, signer)
    path = world.folder / "d1-to-d0.fpbundle"
    path.write_bytes(encrypt(tar_of(forged), [ensure_device_identity(d0).public, signer.public]))
    with pytest.raises(SyncError) as caught:
        import_bundle(d0, path)
    assert caught.value.exit_code == 5 and "HQ" in str(caught.value)


def test_a_device_impersonated_with_another_key_is_refused(world: World) -> None:
    d0, d1 = world.devices[:2]
    members = members_of(decrypt(_device_bundle(world), ensure_device_identity(world.hq)))
    manifest = manifest_of(members)
    impostor = ensure_device_identity(d1)
    sender = {**impostor.public.to_json(), "device_id": manifest["sender"]["device_id"]}
    sender["fingerprint"] = impostor.public.fingerprint
    forged = resign(members, impostor, {"sender": {**sender, "role": "device"}})
    error = _refused(world, _rebuilt(world, forged, "impostor.fpbundle"))
    assert error.exit_code == 5 and "different key" in str(error)
    _ = d0


def test_revoked_device_bundle_is_refused(world: World) -> None:
    bundle = _device_bundle(world)
    revoke_device(world.hq, world.devices[0].device_id)
    before = vault_snapshot(world.hq)
    error = _refused(world, bundle)
    assert error.exit_code == 5 and "revoked" in str(error)
    assert vault_snapshot(world.hq) == before


def test_replayed_old_bundle_changes_nothing(world: World) -> None:
    old = _device_bundle(world)
    import_bundle(world.hq, old)
    with world.devices[0].transaction() as session:
        edit_partner(session, find_partner(session, "Kenya Rights Watch"), region="Garissa")
    import_bundle(world.hq, world.send_to_hq(world.devices[0]))
    before = vault_snapshot(world.hq)
    result = import_bundle(world.hq, old)
    assert result.plan.already_imported and not result.applied
    assert vault_snapshot(world.hq) == before


def test_age_cli_decrypts_and_encrypts_bundles(world: World) -> None:
    bundle = _device_bundle(world)
    plain = subprocess.run(
        ["age", "-d", "-i", str(world.backup), str(bundle)], capture_output=True, check=True
    ).stdout
    manifest = json.loads(dict(members_of(plain))["manifest.json"])
    assert manifest["format"] == "fieldpartner-bundle"
    # The same archive encrypted by the age tool is read like our own.
    hq = ensure_device_identity(world.hq).public.recipient
    rebuilt = world.folder / "by-age.fpbundle"
    subprocess.run(
        ["age", "-r", hq, "-o", str(rebuilt)], input=plain, capture_output=True, check=True
    )
    result = import_bundle(world.hq, rebuilt)
    assert result.applied
    assert result.plan.counts()["partner"]["fast_forward"] == 1
