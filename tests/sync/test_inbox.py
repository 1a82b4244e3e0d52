"""HQ's bundle inbox drained in this process: where each file goes, reason files, order,
idempotence, claims left by a drainer that died, files still being written, and the import
transaction holding the write lock. Several drainer processes: tests/cli/test_hq_drain_cli.py."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from bundle_crafting import decrypt, encrypt, members_of, resign, tar_of
from sqlalchemy.exc import OperationalError
from sync_helpers import World, content_snapshot, open_copy, reopen, vault_snapshot

from fieldpartner.domain.partners import edit_partner, find_partner
from fieldpartner.sync import import_bundle
from fieldpartner.sync import inbox as inbox_module
from fieldpartner.sync.identity import ensure_device_identity
from fieldpartner.sync.inbox import (
    APPLIED,
    DONE,
    DUPLICATE,
    PROCESSING,
    REFUSED,
    REFUSED_OUTCOME,
    Drainer,
    DrainFailure,
    Inbox,
    Outcome,
    drain,
    move_without_replacing,
)
from fieldpartner.vault import Vault, VaultBusy, VaultUnavailable
from fieldpartner.vault.engine import WRITE_LOCK


def _edit_and_send(
    world: World, device: Vault, region: str, name: str, partner: str = "Kenya Rights Watch"
) -> Path:
    with device.transaction() as session:
        edit_partner(session, find_partner(session, partner), region=region)
    return shutil.move(world.send_to_hq(device), world.folder / "bundles" / name)


def _tampered(source: Path, target: Path) -> Path:
    data = bytearray(source.read_bytes())
    data[len(data) // 2] ^= 0x20
    target.write_bytes(bytes(data))
    return target


def _resigned(world: World, source: Path, target: Path, changes: dict[str, str]) -> Path:
    """``source`` with its manifest changed, signed again by the device that sent it."""
    members = members_of(decrypt(source, ensure_device_identity(world.hq)))
    sender = ensure_device_identity(world.devices[0])
    hq = ensure_device_identity(world.hq).public
    target.write_bytes(encrypt(tar_of(resign(members, sender, changes)), [hq, sender.public]))
    return target


def _foreign(world: World, source: Path, target: Path) -> Path:
    """A bundle signed by an enrolled device for another organisation."""
    return _resigned(world, source, target, {"org_id": "01a20000-0000-7000-8000-000000000000"})


def _drain(world: World, folder: Path, **options: object) -> list[Outcome]:
    seen: list[Outcome] = []
    drain(world.hq, folder, settle=0, report=seen.append, **options)  # type: ignore[arg-type]
    return seen


def _names(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()} if folder.is_dir() else set()


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    return folder


def test_a_drain_sorts_good_repeated_tampered_and_foreign_bundles(
    world: World, inbox: Path, tmp_path: Path
) -> None:
    first, second = world.devices[0], world.devices[1]
    # Names that sort against the order of the changes: the drain follows the changes.
    a1 = _edit_and_send(world, first, "Turkana", "z-a1.fpbundle")
    a2 = _edit_and_send(world, first, "Marsabit", "a-a2.fpbundle")
    # Another partner: concurrent edits of one partner make merges at HQ whose revisions
    # depend on the order the devices' bundles arrive in, which drainers choose.
    b1 = _edit_and_send(world, second, "Darfur", "m-b1.fpbundle", partner="Sudan Monitors")
    good = [a1, a2, b1]
    for path in good:
        shutil.copy(path, inbox / path.name)
    shutil.copy(a1, inbox / "copy-of-a1.fpbundle")
    _tampered(b1, inbox / "tampered.fpbundle")
    _foreign(world, a1, inbox / "foreign.fpbundle")
    (inbox / "garbage.fpbundle").write_bytes(b"not a bundle at all")
    (inbox / "notes.txt").write_text("left alone")
    shutil.copy(a1, inbox / ".uploading.fpbundle")

    world.hq.lock()
    reference = open_copy(world.hq.path, tmp_path / "reference.fpvault")
    for path in good:
        assert import_bundle(reference, path).applied
    world.hq = reopen(world.hq.path)

    seen = _drain(world, inbox)
    outcomes = {o.name: o.outcome for o in seen}
    # Of two files holding the same bundle, one is applied and the other is its duplicate.
    copies = ("copy-of-a1.fpbundle", "z-a1.fpbundle")
    [repeat] = [name for name in copies if outcomes.pop(name) == DUPLICATE]
    [original] = [name for name in copies if name != repeat]
    assert outcomes == {
        "a-a2.fpbundle": APPLIED,
        "m-b1.fpbundle": APPLIED,
        "tampered.fpbundle": REFUSED_OUTCOME,
        "foreign.fpbundle": REFUSED_OUTCOME,
        "garbage.fpbundle": REFUSED_OUTCOME,
    }
    order = [o.name for o in seen]
    assert order.index(original) < order.index("a-a2.fpbundle")  # the device's changes' order
    assert all(o.revisions > 0 for o in seen if o.outcome == APPLIED)

    assert _names(inbox) == {"notes.txt", ".uploading.fpbundle", PROCESSING, DONE, REFUSED}
    assert _names(inbox / PROCESSING) == set()
    assert _names(inbox / DONE) == {
        "z-a1.fpbundle",
        "a-a2.fpbundle",
        "m-b1.fpbundle",
        "copy-of-a1.fpbundle",
        f"{repeat}.note",
    }
    assert "already imported" in (inbox / DONE / f"{repeat}.note").read_text()
    bad = ("tampered.fpbundle", "foreign.fpbundle", "garbage.fpbundle")
    assert _names(inbox / REFUSED) == {*bad, *(f"{name}.reason" for name in bad)}
    for name in bad:
        reason = (inbox / REFUSED / f"{name}.reason").read_text()
        assert reason.endswith("\n") and reason.count("\n") == 1 and len(reason) > 10
        assert "Turkana" not in reason and "Kenya" not in reason  # no record content
    assert "another organisation" in (inbox / REFUSED / "foreign.fpbundle.reason").read_text()
    assert (inbox / DONE / "z-a1.fpbundle").read_bytes() == a1.read_bytes()

    assert content_snapshot(world.hq) == content_snapshot(reference)
    reference.lock()


def test_draining_again_changes_nothing_and_a_bundle_dropped_again_is_a_duplicate(
    world: World, inbox: Path
) -> None:
    bundle = _edit_and_send(world, world.devices[0], "Turkana", "b.fpbundle")
    shutil.copy(bundle, inbox / bundle.name)
    assert [o.outcome for o in _drain(world, inbox)] == [APPLIED]
    before = vault_snapshot(world.hq)
    assert _drain(world, inbox) == []
    shutil.copy(bundle, inbox / bundle.name)  # the same file, dropped again
    [again] = _drain(world, inbox)
    assert again.outcome == DUPLICATE and again.revisions == 0
    assert vault_snapshot(world.hq) == before
    # The repeat did not replace the first file in done/.
    assert _names(inbox / DONE) == {"b.fpbundle", "b-2.fpbundle", "b-2.fpbundle.note"}


def test_another_bundle_under_an_id_already_received_is_refused(world: World, inbox: Path) -> None:
    bundle = _edit_and_send(world, world.devices[0], "Turkana", "first.fpbundle")
    shutil.copy(bundle, inbox / bundle.name)
    assert [o.outcome for o in _drain(world, inbox)] == [APPLIED]
    before = vault_snapshot(world.hq)
    _resigned(
        world, bundle, inbox / "same-id.fpbundle", {"created_at": "2026-01-02T03:04:05.000000Z"}
    )
    [refused] = _drain(world, inbox)
    assert refused.outcome == REFUSED_OUTCOME and "another bundle with the id" in refused.detail
    assert "same-id.fpbundle.reason" in _names(inbox / REFUSED)
    assert vault_snapshot(world.hq) == before


def _dead_pid() -> int:
    finished = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    return int(finished.stdout)


def _leave_claim(inbox: Path, source: Path, host: str, pid: int, claimed_at: int) -> Path:
    (inbox / PROCESSING).mkdir(exist_ok=True)
    claim = inbox / PROCESSING / f"{source.name}~{host}~{pid}~{claimed_at}~0123abcd"
    shutil.copy(source, claim)
    return claim


def test_a_claim_whose_drainer_died_is_taken_back_and_applied_once(
    world: World, inbox: Path
) -> None:
    applied = _edit_and_send(world, world.devices[0], "Turkana", "applied-then-killed.fpbundle")
    waiting = _edit_and_send(world, world.devices[1], "Darfur", "killed-before.fpbundle")
    # Killed after the commit, before the move: the database has it, the file is claimed.
    assert import_bundle(world.hq, applied).applied
    host = Inbox(inbox).host
    now = int(Inbox(inbox).now())
    _leave_claim(inbox, applied, host, _dead_pid(), now)
    _leave_claim(inbox, waiting, host, _dead_pid(), now)
    before_second = content_snapshot(world.hq)

    outcomes = {o.name: o.outcome for o in _drain(world, inbox)}
    assert outcomes == {
        "applied-then-killed.fpbundle": DUPLICATE,
        "killed-before.fpbundle": APPLIED,
    }
    assert _names(inbox / PROCESSING) == set()
    assert content_snapshot(world.hq) != before_second
    assert {"applied-then-killed.fpbundle", "killed-before.fpbundle"} <= _names(inbox / DONE)


def test_a_claim_the_drainer_lost_track_of_is_retaken_by_its_next_pass(
    world: World, inbox: Path
) -> None:
    bundle = _edit_and_send(world, world.devices[0], "Turkana", "lost.fpbundle")
    here = Inbox(inbox)
    _leave_claim(inbox, bundle, here.host, here.pid, int(here.now()))
    assert [(o.name, o.outcome) for o in _drain(world, inbox)] == [("lost.fpbundle", APPLIED)]
    assert _names(inbox / PROCESSING) == set()


def test_a_live_drainers_claim_is_left_alone_until_it_is_stale(world: World, inbox: Path) -> None:
    bundle = _edit_and_send(world, world.devices[0], "Turkana", "busy.fpbundle")
    inbox_here = Inbox(inbox)
    # A live process on this host (this test's parent), and a drainer of another machine.
    live = _leave_claim(inbox, bundle, inbox_here.host, os.getppid(), int(inbox_here.now()))
    elsewhere = _leave_claim(inbox, bundle, "other-host", 4242, int(inbox_here.now()) - 30)
    assert _drain(world, inbox, stale_after=60) == []
    assert _names(inbox / PROCESSING) == {live.name, elsewhere.name}
    outcomes = sorted(o.outcome for o in _drain(world, inbox, stale_after=20))
    assert outcomes == [APPLIED]  # the other machine's claim, now stale; never applied twice
    assert _names(inbox / PROCESSING) == {live.name}


def test_a_file_still_changing_waits_until_it_has_settled(world: World, inbox: Path) -> None:
    bundle = _edit_and_send(world, world.devices[0], "Turkana", "copying.fpbundle")
    target = inbox / bundle.name
    shutil.copy(bundle, target)
    mtime = target.stat().st_mtime
    clock = {"now": mtime + 1.0, "monotonic": 100.0}
    seen: list[Outcome] = []
    drainer = Drainer(
        world.hq,
        Inbox(inbox, settle=10, now=lambda: clock["now"], monotonic=lambda: clock["monotonic"]),
        report=seen.append,
    )
    drainer.inbox.prepare()
    assert drainer.drain_once() == (False, 1)
    clock["monotonic"] += 5
    assert drainer.drain_once() == (False, 1)
    # The copy went on: its size changed, so the wait starts again.
    with target.open("ab") as handle:
        handle.write(b"")
    os.utime(target, (mtime + 2, mtime + 2))
    clock["monotonic"] += 6
    assert drainer.drain_once() == (False, 1)
    clock["monotonic"] += 10
    assert drainer.drain_once() == (True, 0)
    assert [o.outcome for o in seen] == [APPLIED]


def test_a_failure_of_the_database_puts_the_bundle_back_untouched(
    world: World, inbox: Path
) -> None:
    bundle = _edit_and_send(world, world.devices[0], "Turkana", "back.fpbundle")
    shutil.copy(bundle, inbox / bundle.name)
    drainer = Drainer(world.hq, Inbox(inbox, settle=0))
    drainer.inbox.prepare()
    world.hq.lock()  # the database can no longer be used: the bundle is not to blame
    with pytest.raises(DrainFailure, match=r"back\.fpbundle went back to the inbox"):
        drainer.drain_once()
    assert (inbox / bundle.name).read_bytes() == bundle.read_bytes()
    assert _names(inbox / PROCESSING) == _names(inbox / DONE) == _names(inbox / REFUSED) == set()


def test_a_repeat_whose_check_loses_the_database_goes_back_untouched(
    world: World, inbox: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The database going away between the import and the check of a repeat is not the
    bundle's fault either: the file goes back, the drain stops with a plain failure."""
    bundle = _edit_and_send(world, world.devices[0], "Turkana", "again.fpbundle")
    assert import_bundle(world.hq, bundle).applied
    shutil.copy(bundle, inbox / bundle.name)
    imported = inbox_module.import_bundle

    def then_gone(vault: Vault, path: Path, **options: object) -> object:
        result = imported(vault, path, **options)  # type: ignore[arg-type]
        vault.lock()
        return result

    monkeypatch.setattr(inbox_module, "import_bundle", then_gone)
    drainer = Drainer(world.hq, Inbox(inbox, settle=0))
    drainer.inbox.prepare()
    with pytest.raises(DrainFailure, match=r"again\.fpbundle went back to the inbox"):
        drainer.drain_once()
    assert (inbox / bundle.name).read_bytes() == bundle.read_bytes()
    assert _names(inbox / PROCESSING) == _names(inbox / DONE) == _names(inbox / REFUSED) == set()


def test_other_writers_are_waited_out_and_a_database_gone_is_not(
    world: World, inbox: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = _edit_and_send(world, world.devices[0], "Turkana", "busy.fpbundle")
    shutil.copy(bundle, inbox / bundle.name)
    imported = inbox_module.import_bundle
    failures: list[Exception] = [
        VaultBusy("HQ's database is busy: deadlock detected"),
        VaultBusy("vault.db cannot be used: database is locked"),
    ]
    tries: list[str] = []

    def busy_first(vault: Vault, path: Path, **options: object) -> object:
        tries.append(path.name.split("~")[0])  # the name it was dropped under
        if failures:
            raise failures.pop(0)
        return imported(vault, path, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(inbox_module, "import_bundle", busy_first)
    waits: list[float] = []
    seen: list[Outcome] = []
    drain(world.hq, inbox, settle=0, report=seen.append, wait=waits.append)
    assert [o.outcome for o in seen] == [APPLIED] and len(tries) == 3 and len(waits) == 2

    again = _edit_and_send(world, world.devices[0], "Marsabit", "gone.fpbundle")
    shutil.copy(again, inbox / again.name)
    tries.clear()
    failures.append(VaultUnavailable("HQ's database cannot be used: terminating connection"))
    with pytest.raises(DrainFailure, match=r"gone\.fpbundle went back to the inbox: HQ's database"):
        drain(world.hq, inbox, settle=0, wait=waits.append)
    assert tries == ["gone.fpbundle"] and len(waits) == 2  # not tried again
    assert (inbox / again.name).read_bytes() == again.read_bytes()


def test_a_field_vault_is_refused_before_anything_is_taken(world: World, inbox: Path) -> None:
    bundle = _edit_and_send(world, world.devices[0], "Turkana", "for-hq.fpbundle")
    shutil.copy(bundle, inbox / bundle.name)
    with pytest.raises(DrainFailure, match="not its HQ"):
        drain(world.devices[1], inbox, settle=0)
    assert _names(inbox) == {bundle.name}


def test_a_move_never_replaces_a_file_already_there(tmp_path: Path) -> None:
    (tmp_path / "done").mkdir()
    (tmp_path / "done" / "x.fpbundle").write_text("first")
    source = tmp_path / "x.fpbundle"
    source.write_text("second")
    moved = move_without_replacing(source, tmp_path / "done", "x.fpbundle")
    assert moved.name == "x-2.fpbundle" and moved.read_text() == "second"
    assert (tmp_path / "done" / "x.fpbundle").read_text() == "first" and not source.exists()


def test_the_import_holds_the_write_lock_while_it_checks_and_plans(world: World) -> None:
    """The received-bundle check and the apply are one transaction that no other writer can
    enter: another connection cannot write while the plan is being made."""
    bundle = _edit_and_send(world, world.devices[0], "Turkana", "locked.fpbundle")
    other = Vault._open(world.hq.path, world.hq.header, bytearray(world.hq._key), None, False)
    tried: list[str] = []

    def approve(_plan: object) -> bool:
        engine = other.engine
        assert engine is not None
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA busy_timeout = 0")
            conn.commit()
            with (
                pytest.raises(OperationalError, match="locked"),
                conn.execution_options(**{WRITE_LOCK: True}).begin(),
            ):
                pass
            tried.append("refused")
        return True

    try:
        assert import_bundle(world.hq, bundle, approve=approve).applied
    finally:
        other.lock()
    assert tried == ["refused"]
