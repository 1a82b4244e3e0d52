"""Provenance: a revision's device, author and time are evidence.

HQ accepts from a device only the revisions that device wrote (or ones HQ holds unchanged),
never rewrites the audit data of a revision it holds, and only HQ publishes or changes
organisation templates; a template's (key, version) never changes body on any replica.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from bundle_crafting import (
    decrypt,
    encrypt,
    members_of,
    record_lines,
    resign,
    tar_of,
    with_record_lines,
)
from sync_helpers import PASSPHRASE, World, reopen, vault_snapshot

from fieldpartner.domain.models import RecordRevision, Template
from fieldpartner.domain.partners import edit_partner, find_partner
from fieldpartner.domain.templates.store import (
    builtin_template_files,
    load_template_file,
    store_template,
)
from fieldpartner.sync import import_bundle
from fieldpartner.sync.errors import SyncError
from fieldpartner.sync.identity import ensure_device_identity
from fieldpartner.sync.merge import MERGE_DEVICE
from fieldpartner.vault import Vault


def _edit(vault: Vault, name: str, **changes: Any) -> None:
    with vault.transaction() as session:
        edit_partner(session, find_partner(session, name), **changes)


def _crafted(world: World, device: Vault, lines: list[dict[str, Any]], name: str) -> Path:
    """A bundle from ``device`` (signed with its own key) carrying ``lines``."""
    bundle = world.send_to_hq(device)
    identity = ensure_device_identity(device)
    members = with_record_lines(members_of(decrypt(bundle, identity)), lines)
    path = world.folder / name
    hq = ensure_device_identity(world.hq).public
    path.write_bytes(encrypt(tar_of(resign(members, identity)), [hq, identity.public]))
    return path


def _lines_of(world: World, device: Vault) -> list[dict[str, Any]]:
    bundle = world.send_to_hq(device)
    return record_lines(members_of(decrypt(bundle, ensure_device_identity(device))))


def _refused(vault: Vault, path: Path) -> SyncError:
    before = vault_snapshot(vault)
    with pytest.raises(SyncError) as caught:
        import_bundle(vault, path)
    assert str(caught.value) and "\n" not in str(caught.value)
    assert vault_snapshot(vault) == before
    return caught.value


def _audit(vault: Vault, record_id: str) -> list[tuple[str, str, str, str]]:
    with vault.session() as session:
        return sorted(
            (r.rev, r.device_id, r.author, str(r.changed_at))
            for r in session.query(RecordRevision).filter(RecordRevision.record_id == record_id)
        )


def _partner_head(lines: list[dict[str, Any]], name: str) -> dict[str, Any]:
    return next(
        line
        for line in lines
        if line["kind"] == "partner" and line["head"] and line["body"]["name"] == name
    )


def test_a_forged_author_is_refused_with_exit_5_and_hq_unchanged(world: World) -> None:
    d0 = world.devices[0]
    _edit(d0, "Kenya Rights Watch", region="Turkana")
    lines = _lines_of(world, d0)
    head = _partner_head(lines, "Kenya Rights Watch")
    assert head["device_id"] == d0.device_id
    head["device_id"] = world.hq.device_id  # "HQ wrote this"
    head["author"] = "HQ Programme Director"
    forged = _crafted(world, d0, lines, "forged.fpbundle")
    before = vault_snapshot(world.hq)
    hq_path, hq_id = world.hq.path, world.hq.device_id
    world.hq.lock()
    env = {**os.environ, "FIELDPARTNER_PASSPHRASE": PASSPHRASE}
    done = subprocess.run(
        [sys.executable, "-m", "fieldpartner.cli", "bundle", "import", str(hq_path), str(forged)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 5, done.stderr
    assert done.stderr.count("\n") == 1
    assert hq_id in done.stderr and d0.device_id in done.stderr
    world.hq = reopen(hq_path)
    assert vault_snapshot(world.hq) == before


def test_a_resent_revision_never_relabels(world: World) -> None:
    d0 = world.devices[0]
    _edit(d0, "Kenya Rights Watch", region="Turkana")
    lines = _lines_of(world, d0)
    assert import_bundle(world.hq, world.send_to_hq(d0)).applied
    head = _partner_head(lines, "Kenya Rights Watch")
    held = _audit(world.hq, head["id"])
    # The same revision again, claiming an earlier time and another author.
    head["changed_at"] = "2001-01-01T00:00:00.000000Z"
    head["author"] = "Someone Else"
    resent = _crafted(world, d0, lines, "resent.fpbundle")
    # The device did write this revision, so the bundle imports; HQ keeps what it holds.
    import_bundle(world.hq, resent)
    assert _audit(world.hq, head["id"]) == held
    # Claiming another device for a revision HQ holds is refused outright.
    head["device_id"] = world.devices[1].device_id
    error = _refused(world.hq, _crafted(world, d0, lines, "resent2.fpbundle"))
    assert error.exit_code == 5
    assert _audit(world.hq, head["id"]) == held


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("device_id", ""),
        ("device_id", "\u0000"),
        ("device_id", "1e999"),
        ("device_id", "0000000000000000000000000000000000001"),
        ("author", "x" * 201),
        ("author", "Ali\u0000"),
        ("author", "\u202eevil"),
        ("changed_at", "1e999"),
        ("changed_at", ""),
        ("changed_at", "\u0000"),
        ("changed_at", "1970-01-01T00:00:00.000000Z"),
        ("changed_at", "2026-02-30T00:00:00.000000Z"),
    ],
)
def test_audit_fields_are_validated(world: World, field: str, value: str) -> None:
    d0 = world.devices[0]
    _edit(d0, "Kenya Rights Watch", region="Turkana")
    lines = _lines_of(world, d0)
    _partner_head(lines, "Kenya Rights Watch")[field] = value
    error = _refused(world.hq, _crafted(world, d0, lines, "bad.fpbundle"))
    assert error.exit_code == 4
    assert field in str(error)


def test_a_made_up_merge_revision_is_refused(world: World) -> None:
    d0 = world.devices[0]
    _edit(d0, "Kenya Rights Watch", region="Turkana")
    lines = _lines_of(world, d0)
    head = _partner_head(lines, "Kenya Rights Watch")
    # A "merge" that merged nothing: an automatic merge's audit data on a device's edit.
    head["device_id"] = MERGE_DEVICE
    head["author"] = "FieldPartner merge"
    error = _refused(world.hq, _crafted(world, d0, lines, "merge.fpbundle"))
    assert error.exit_code == 5


def test_a_device_reading_its_own_bundle_takes_no_relayed_revision(world: World) -> None:
    d0, d1 = world.devices[0], world.devices[1]
    _edit(d0, "Kenya Rights Watch", region="Turkana")
    lines = _lines_of(world, d0)
    _partner_head(lines, "Kenya Rights Watch")["device_id"] = d1.device_id
    error = _refused(d0, _crafted(world, d0, lines, "own.fpbundle"))
    assert error.exit_code == 5


def _add_template(vault: Vault, key: str) -> None:
    """A valid template (a built-in one under another key) stored in ``vault``."""
    body = {**load_template_file(builtin_template_files()[0]), "id": key, "version": 1}
    with vault.transaction() as session:
        store_template(session, body, origin="imported")


def _change_template(vault: Vault, key: str) -> str:
    """Give a held template a different body under the same key and version."""
    with vault.transaction() as session:
        template = session.query(Template).filter(Template.template_key == key).one()
        changed = dict(template.body)
        changed["title"] = {**changed["title"], "en": "Another title, same key and version"}
        template.body = changed
        return f"{template.template_key} version {template.version}"


def _published(world: World) -> Vault:
    """The first device, holding a template HQ published."""
    d0 = world.devices[0]
    _add_template(world.hq, "org.capacity")
    assert import_bundle(d0, world.send_to_device(d0)).applied
    return d0


def test_a_device_cannot_change_an_organisation_template(world: World) -> None:
    d0 = _published(world)
    name = _change_template(d0, "org.capacity")
    error = _refused(world.hq, world.send_to_hq(d0))
    assert name in str(error)


def test_a_rewritten_template_is_refused_even_from_hq(world: World) -> None:
    d0 = _published(world)
    name = _change_template(world.hq, "org.capacity")
    error = _refused(d0, world.send_to_device(d0))
    assert error.exit_code == 4
    assert name in str(error)


def test_a_device_cannot_publish_a_template(world: World) -> None:
    d0 = world.devices[0]
    _add_template(d0, "device.own")
    error = _refused(world.hq, world.send_to_hq(d0))
    assert error.exit_code == 5
    assert "device.own" in str(error)


def test_identical_edits_made_on_two_devices_both_import(world: World) -> None:
    d0, d1 = world.devices[0], world.devices[1]
    _edit(d0, "Sudan Monitors", region="Darfur")
    _edit(d1, "Sudan Monitors", region="Darfur")  # the same revision, made independently
    assert import_bundle(world.hq, world.send_to_hq(d0)).applied
    with world.hq.session() as session:
        partner = find_partner(session, "Sudan Monitors")
        record_id = partner.id
    held = _audit(world.hq, record_id)
    assert held[-1][1] == d0.device_id
    assert import_bundle(world.hq, world.send_to_hq(d1)).applied
    assert _audit(world.hq, record_id) == held  # the first attribution stays
