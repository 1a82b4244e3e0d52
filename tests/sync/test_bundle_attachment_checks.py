"""Attachments arriving in a bundle pass the checks a file attached in the window passes
(domain/attachments.py, ``check_incoming``): the size limit and type sniffing. A device
whose vault was altered to hold what the window refuses cannot pass it on to HQ: the
bundle is refused with one line naming the attachment's record, and nothing changes."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from bundle_crafting import decrypt, encrypt, members_of, resign, tar_of
from sync_helpers import World, content_snapshot, vault_snapshot

from fieldpartner.domain.attachments import DEFAULT_LIMIT, add_attachment
from fieldpartner.domain.models import Attachment, Blob, Partner
from fieldpartner.domain.partners import add_partner
from fieldpartner.sync.bundle_v1 import BundleReaderV1
from fieldpartner.sync.errors import BundleInvalid
from fieldpartner.sync.identity import ensure_device_identity
from fieldpartner.sync.importer import _AttachmentsAsRead, import_bundle, preview_bundle
from fieldpartner.vault import Vault

PDF = b"%PDF-1.7\n" + b"1 0 obj << >> endobj\n" * 40 + b"%%EOF\n"
WINDOWS_PROGRAM = b"MZ" + b"\0" * 58 + (64).to_bytes(4, "little") + b"PE\0\0" + b"\0" * 200


def _smuggle(vault: Vault, data: bytes, filename: str, partner_name: str) -> str:
    """Keep ``data`` as an attachment the way an altered copy of the application would:
    straight into the tables, past ``add_attachment``'s checks. Returns the record's id."""
    digest = hashlib.sha256(data).hexdigest()
    with vault.transaction() as session:
        partner = add_partner(session, name=partner_name, country="KE")
        if session.get(Blob, digest) is None:
            session.add(Blob(sha256=digest, size=len(data), data=data))
            session.flush()
        record = Attachment(
            filename=filename,
            media_type="image/jpeg",
            size=len(data),
            sha256=digest,
            partner_id=partner.id,
        )
        session.add(record)
        session.flush()
        return record.id


def _refused(world: World, bundle, record_id: str) -> str:  # type: ignore[no-untyped-def]
    before = vault_snapshot(world.hq)
    with pytest.raises(BundleInvalid) as caught:
        import_bundle(world.hq, bundle)
    message = str(caught.value)
    assert "\n" not in message and f"attachment {record_id}" in message
    assert "nothing was imported" in message
    assert vault_snapshot(world.hq) == before  # all or nothing
    return message


def test_a_pdf_named_as_a_photo_is_refused_with_the_whole_bundle(world: World) -> None:
    d0 = world.devices[0]
    record_id = _smuggle(d0, PDF, "registration.jpg", "Smuggled Partner")
    bundle = world.send_to_hq(d0)
    message = _refused(world, bundle, record_id)
    assert "'registration.jpg' is named as a JPEG image but its content is a PDF" in message
    with world.hq.session() as session:
        assert session.query(Partner).filter_by(name="Smuggled Partner").count() == 0


def test_a_program_is_refused_whatever_its_name(world: World) -> None:
    d0 = world.devices[0]
    record_id = _smuggle(d0, WINDOWS_PROGRAM, "minutes.txt", "Program Partner")
    message = _refused(world, world.send_to_hq(d0), record_id)
    assert "'minutes.txt' is a Windows program" in message


def test_an_attachment_over_the_size_limit_is_refused_before_it_is_read(world: World) -> None:
    d0 = world.devices[0]
    big = b"%PDF-1.7\n" + b"0" * DEFAULT_LIMIT
    record_id = _smuggle(d0, big, "audit.pdf", "Large Partner")
    bundle = world.send_to_hq(d0)
    with pytest.raises(BundleInvalid) as caught:
        preview_bundle(world.hq, bundle)  # the preview already says so
    assert f"attachment {record_id}: 'audit.pdf' is {len(big):,} bytes" in str(caught.value)
    message = _refused(world, bundle, record_id)
    assert "the limit is 25 MB" in message


def _send_audit(world: World, partner_name: str) -> None:
    """A PDF attached the ordinary way, sent to HQ and imported there."""
    d0 = world.devices[0]
    with d0.transaction() as session:
        partner = add_partner(session, name=partner_name, country="KE")
        add_attachment(session, PDF, "audit.pdf", partner=partner)
    assert import_bundle(world.hq, world.send_to_hq(d0)).applied


def test_bytes_already_here_are_checked_under_a_new_name(world: World) -> None:
    d0 = world.devices[0]
    _send_audit(world, "Audited Partner")
    record_id = _smuggle(d0, PDF, "photo.jpg", "Renaming Partner")
    before = content_snapshot(world.hq)
    message = _refused(world, world.send_to_hq(d0), record_id)
    assert "'photo.jpg' is named as a JPEG image" in message
    assert content_snapshot(world.hq) == before


def test_attachments_that_pass_the_checks_arrive(world: World) -> None:
    _send_audit(world, "Honest Partner")
    with world.hq.session() as session:
        stored = session.query(Attachment).filter_by(filename="audit.pdf").one()
        assert session.get(Blob, stored.sha256).data == PDF


def _count_passes(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """One entry for each pass over a bundle's decrypted archive."""
    passes: list[int] = []
    original = BundleReaderV1._stream

    def counting(reader: BundleReaderV1, source: Any, consume: Any) -> Any:
        passes.append(1)
        return original(reader, source, consume)

    monkeypatch.setattr(BundleReaderV1, "_stream", counting)
    return passes


def _audit_bundle(world: World) -> Path:
    d0 = world.devices[0]
    with d0.transaction() as session:
        partner = add_partner(session, name="Audited Partner", country="KE")
        add_attachment(session, PDF, "audit.pdf", partner=partner)
    return world.send_to_hq(d0)


def _audit_stored(world: World) -> bool:
    with world.hq.session() as session:
        blob = session.get(Blob, hashlib.sha256(PDF).hexdigest())
        return blob is not None and blob.data == PDF


def test_an_import_stores_attachments_in_its_decoding_pass(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = _audit_bundle(world)
    passes = _count_passes(monkeypatch)
    assert import_bundle(world.hq, bundle).applied
    assert len(passes) == 2  # the signed manifest, then records and attachments together
    assert _audit_stored(world)


def test_attachments_before_the_records_are_stored_in_a_pass_of_their_own(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bundle written in another order (the format lists members in any order) is read
    once more for the attachments that came before the records that name them."""
    bundle = _audit_bundle(world)
    sender, hq = ensure_device_identity(world.devices[0]), ensure_device_identity(world.hq)
    members = members_of(decrypt(bundle, sender))
    reordered = sorted(members, key=lambda m: not m[0].startswith("attachments/"))
    assert reordered[0][0].startswith("attachments/")
    bundle.write_bytes(encrypt(tar_of(resign(reordered, sender)), [hq.public, sender.public]))
    passes = _count_passes(monkeypatch)
    assert import_bundle(world.hq, bundle).applied
    assert len(passes) == 3
    assert _audit_stored(world)


def test_a_failure_storing_an_attachment_while_decoding_changes_nothing(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The vault's own failure while the decoding pass stores an attachment is reported as
    itself (not as a damaged bundle), and the import is rolled back whole."""
    bundle = _audit_bundle(world)
    before = vault_snapshot(world.hq)

    def full_disk(*_args: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(_AttachmentsAsRead, "__call__", full_disk)
    with pytest.raises(OSError, match="No space left"):
        import_bundle(world.hq, bundle)
    assert vault_snapshot(world.hq) == before
    monkeypatch.undo()
    assert import_bundle(world.hq, bundle).applied and _audit_stored(world)
