"""Border mode: the bundle for HQ is written and read back, then what HQ holds (or
everything) leaves the laptop, and a full bundle from HQ fills the vault again."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sync_helpers import World, import_bundle

from fieldpartner.domain.attachments import add_attachment
from fieldpartner.domain.models import Attachment, Blob, Contact, Partner, RecordRevision, Template
from fieldpartner.domain.partners import add_contact, add_partner, edit_partner, find_partner
from fieldpartner.domain.templates.store import ensure_builtin_templates
from fieldpartner.sync import export_bundle
from fieldpartner.sync.border import PURGE_ALL, cross_border, describe
from fieldpartner.sync.errors import BundleInvalid, Cancelled, SyncError

CANARY = "BORDER-CANARY-0b7d21"
PHOTO = b"%PDF-1.7 scanned registration " + CANARY.encode() + b" " * 64


def _names(vault) -> set[str]:  # type: ignore[no-untyped-def]
    with vault.session() as session:
        return set(session.scalars(select(Partner.name)))


def _history_mentions(vault, text: str) -> int:  # type: ignore[no-untyped-def]
    with vault.session() as session:
        return sum(text in str(body) for body in session.scalars(select(RecordRevision.body)))


def _acknowledged_and_fresh(world: World) -> None:
    """d0 holds a partner (with a contact and a file) that HQ has acknowledged, and a
    partner made since that HQ has not seen."""
    d0 = world.devices[0]
    with d0.transaction() as session:
        partner = add_partner(session, name=f"Acked Partner {CANARY}", country="KE")
        add_contact(session, partner, name=f"Witness {CANARY}", role="Director")
        add_attachment(session, PHOTO, "registration.pdf", partner=partner)
    import_bundle(world.hq, world.send_to_hq(d0))
    import_bundle(d0, world.send_to_device(d0))  # carries HQ's acknowledgement
    with d0.transaction() as session:
        add_partner(session, name="Fresh Partner", country="UG")


def test_border_keeps_what_hq_has_not_acknowledged_and_hq_refills_the_rest(
    world: World, tmp_path: Path
) -> None:
    _acknowledged_and_fresh(world)
    d0 = world.devices[0]
    before = _names(d0)
    assert {f"Acked Partner {CANARY}", "Fresh Partner", "Kenya Rights Watch"} <= before

    stages: list[str] = []
    result = cross_border(
        d0, tmp_path / "border.fpbundle", progress=lambda s, d, t: stages.append(s) or None
    )

    assert _names(d0) == {"Fresh Partner"}
    assert result.removed["partner"] == len(before) - 1
    assert result.removed["contact"] == 1 and result.removed["attachment"] == 1
    assert result.kept == {"partner": 1}
    assert result.export.records == {"partner": 1}
    assert {"verifying", "removing", "compacting"} <= set(stages)
    with d0.session() as session:
        assert session.scalar(select(func.count()).select_from(Contact)) == 0
        assert session.scalar(select(func.count()).select_from(Blob)) == 0
    assert _history_mentions(d0, CANARY) == 0
    lines = describe(result)
    assert any(line.startswith("removed from this laptop:") for line in lines)
    assert any("Fresh" not in line and "kept" in line for line in lines)

    # HQ takes the border bundle, then refills the device with a full bundle for it.
    assert import_bundle(world.hq, result.export.path).applied
    assert "Fresh Partner" in _names(world.hq)
    refill = world.bundle_path("refill")
    export_bundle(world.hq, refill, to=d0.device_id, full=True)
    import_bundle(d0, refill)
    assert _names(d0) == before
    with d0.session() as session:
        contact = session.scalars(select(Contact)).one()
        assert contact.name == f"Witness {CANARY}"
        data = session.scalar(select(Blob.data))
        assert (
            data is not None
            and hashlib.sha256(data).hexdigest() == hashlib.sha256(PHOTO).hexdigest()
        )


def test_border_all_removes_every_record_and_new_changes_still_reach_hq(
    world: World, tmp_path: Path
) -> None:
    with world.hq.transaction() as session:
        ensure_builtin_templates(session)  # as every HQ made by the application holds them
    _acknowledged_and_fresh(world)
    d0 = world.devices[0]
    before = _names(d0)
    with d0.session() as session:
        high = session.scalar(select(func.max(RecordRevision.seq)))

    result = cross_border(d0, tmp_path / "border.fpbundle", purge=PURGE_ALL)

    assert _names(d0) == set()
    assert result.kept == {}
    with d0.session() as session:
        # The change sequence does not go back: HQ was sent numbers up to ``high``.
        assert session.scalar(select(func.max(RecordRevision.seq))) >= high
        assert session.scalar(select(func.count()).select_from(Template)) > 0  # kept to work
    assert any("only copy" in line for line in describe(result))

    # A change made after the crossing reaches HQ even once HQ acknowledged the border
    # bundle (its number is above everything HQ was sent).
    import_bundle(world.hq, result.export.path)
    with d0.transaction() as session:
        add_partner(session, name="Met After The Border", country="TZ")
    refill = world.bundle_path("refill")
    export_bundle(world.hq, refill, to=d0.device_id, full=True)
    import_bundle(d0, refill)
    assert _names(d0) == before | {"Met After The Border"}
    import_bundle(world.hq, world.send_to_hq(d0))
    assert "Met After The Border" in _names(world.hq)


def test_a_border_bundle_that_does_not_read_back_removes_nothing(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _acknowledged_and_fresh(world)
    d0 = world.devices[0]
    before = _names(d0)
    from fieldpartner.sync import border

    real_export = border.export_bundle

    def export_then_damage(vault, out_path, **kwargs):  # type: ignore[no-untyped-def]
        result = real_export(vault, out_path, **kwargs)
        data = bytearray(Path(out_path).read_bytes())
        data[len(data) // 2] ^= 0x40
        Path(out_path).write_bytes(bytes(data))
        return result

    monkeypatch.setattr(border, "export_bundle", export_then_damage)
    with pytest.raises(BundleInvalid, match="nothing was removed"):
        cross_border(d0, tmp_path / "border.fpbundle", purge=PURGE_ALL)
    assert _names(d0) == before


def test_cancelling_before_the_removal_removes_nothing(world: World, tmp_path: Path) -> None:
    _acknowledged_and_fresh(world)
    d0 = world.devices[0]
    before = _names(d0)
    with pytest.raises(Cancelled):
        cross_border(d0, tmp_path / "border.fpbundle", progress=lambda s, d, t: s != "verifying")
    assert _names(d0) == before


def test_a_cancel_after_the_removal_committed_is_ignored(world: World, tmp_path: Path) -> None:
    _acknowledged_and_fresh(world)
    d0 = world.devices[0]
    result = cross_border(
        d0, tmp_path / "border.fpbundle", progress=lambda s, d, t: s != "compacting"
    )
    assert result.removed["partner"] >= 1
    assert _names(d0) == {"Fresh Partner"}


def test_an_open_conflict_keeps_its_record_on_the_laptop(world: World, tmp_path: Path) -> None:
    d0 = world.devices[0]
    # Both sides edit the shared partner: d0's import of HQ's edit finds a conflict.
    with d0.transaction() as session:
        edit_partner(session, find_partner(session, "Kenya Rights Watch"), notes="field view")
    import_bundle(world.hq, world.send_to_hq(d0))
    with world.hq.transaction() as session:
        edit_partner(session, find_partner(session, "Kenya Rights Watch"), notes="HQ view")
    with d0.transaction() as session:
        edit_partner(session, find_partner(session, "Kenya Rights Watch"), notes="later field")
    import_bundle(d0, world.send_to_device(d0))
    import_bundle(world.hq, world.send_to_hq(d0))
    import_bundle(d0, world.send_to_device(d0))
    result = cross_border(d0, tmp_path / "border.fpbundle")
    assert "Kenya Rights Watch" in _names(d0)
    assert "Sudan Monitors" not in _names(d0)
    assert result.kept.get("partner") == 1


def test_border_mode_refuses_an_hq_vault_and_an_unknown_purge(world: World, tmp_path: Path) -> None:
    with pytest.raises(SyncError, match="field vault"):
        cross_border(world.hq, tmp_path / "x.fpbundle")
    with pytest.raises(SyncError, match="acknowledged or all"):
        cross_border(world.devices[0], tmp_path / "x.fpbundle", purge="some")
    assert not (tmp_path / "x.fpbundle").exists()


def test_no_canary_in_the_border_bundle_or_the_vault_folder_after_it(
    world: World, tmp_path: Path
) -> None:
    _acknowledged_and_fresh(world)
    d0 = world.devices[0]
    with d0.transaction() as session:
        add_partner(session, name=f"Unacknowledged {CANARY}", country="KE")
    out = tmp_path / "border.fpbundle"
    cross_border(d0, out)
    needles = [CANARY.encode("utf-8"), CANARY.encode("utf-16-le"), b"scanned registration"]
    files = [out, *(p for p in d0.path.rglob("*") if p.is_file())]
    assert [(f.name, n) for f in files for n in needles if n in f.read_bytes()] == []
    with d0.session() as session:
        assert session.scalar(select(func.count()).select_from(Attachment)) == 0
        # Rebuilt: no free page still holds a removed row, and the log is empty.
        assert session.execute(text("PRAGMA freelist_count")).scalar() == 0
    wal = d0.path / "vault.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0
