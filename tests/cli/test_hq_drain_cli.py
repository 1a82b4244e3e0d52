"""``fieldpartner-cli hq drain`` as real processes: several drainers at once on one HQ vault,
a drainer killed mid-way, ``--watch`` picking up a file dropped later and stopping on SIGTERM.

Every good bundle must be applied exactly once (HQ's bundle history holds one reception
per bundle), every bad one end in refused/, and the final export equal a single drainer's.
"""

from __future__ import annotations

import json
import os
import queue
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

_SYNC_TESTS = Path(__file__).resolve().parents[1] / "sync"
if str(_SYNC_TESTS) not in sys.path:
    sys.path.insert(0, str(_SYNC_TESTS))

from sync_helpers import PASSPHRASE, build_world  # noqa: E402

from fieldpartner.domain.partners import add_partner, edit_partner, find_partner  # noqa: E402
from fieldpartner.sync.inbox import DONE, PROCESSING, REFUSED  # noqa: E402
from fieldpartner.vault import Vault  # noqa: E402
from fieldpartner.vault.engine import WRITE_LOCK  # noqa: E402

ENV = {**os.environ, "FIELDPARTNER_PASSPHRASE": PASSPHRASE, "PYTHONDONTWRITEBYTECODE": "1"}
DEVICES, PER_DEVICE = 4, 10


@dataclass
class Org:
    """A locked HQ vault with enrolled devices, and the bundles those devices sent it."""

    hq: Path
    bundles: list[Path]  # in the order each device made them


def _build_org(template: Path, folder: Path, per_device: int) -> Org:
    world = build_world(template, folder, n_devices=DEVICES)
    bundles: list[Path] = []
    for number, device in enumerate(world.devices):
        name = f"Partner of device {number}"
        with device.transaction() as session:
            add_partner(session, name=name, country="KE")
        bundles.append(world.send_to_hq(device))
        for edit in range(per_device - 1):
            with device.transaction() as session:
                edit_partner(session, find_partner(session, name), region=f"Region {edit}")
            bundles.append(world.send_to_hq(device))
    world.lock()
    return Org(world.hq.path, bundles)


@pytest.fixture(scope="module")
def org(_template_vault: tuple[Path, str], tmp_path_factory: pytest.TempPathFactory) -> Org:
    return _build_org(_template_vault[0], tmp_path_factory.mktemp("org"), PER_DEVICE)


def _cli(*args: object, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "fieldpartner.cli", *map(str, args)],
        env=ENV,
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


def _drainer(hq: Path, inbox: Path, *options: str) -> subprocess.Popen[str]:
    command = ["hq", "drain", str(hq), "--inbox", str(inbox), "--settle", "0", *options]
    return subprocess.Popen(
        [sys.executable, "-m", "fieldpartner.cli", *command],
        env=ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
    )


def _outcomes(output: str) -> list[tuple[str, str]]:
    """(file name, outcome) of each bundle line a drainer printed."""
    found = []
    for line in output.splitlines():
        outcome, sep, rest = line.partition(": ")
        if sep and outcome in ("applied", "duplicate", "refused"):
            found.append((rest.split(" (", 1)[0], outcome))
    return found


def _hq_copy(org: Org, target: Path) -> Path:
    shutil.copytree(org.hq, target)
    return target


def _received(hq: Path) -> Counter[str]:
    """How many times HQ recorded receiving each bundle."""
    shown = _cli("bundle", "history", hq, "--json")
    assert shown.returncode == 0, shown.stderr
    return Counter(e["bundle_id"] for e in json.loads(shown.stdout) if e["direction"] == "received")


def _exported(hq: Path, out: Path) -> dict[str, object]:
    done = _cli("export", hq, "--format", "json", "-o", out, "--yes")
    assert done.returncode == 0, done.stderr
    return json.loads(out.read_text(encoding="utf-8"))


@dataclass
class Drop:
    """An inbox's files: good bundles, repeats of some, tampered copies, non-bundles."""

    good: dict[str, Path]  # inbox name -> the device's file
    repeats: dict[str, str]  # inbox name -> the inbox name it repeats
    bad: list[str]


def _fill(org: Org, inbox: Path, rng: random.Random, repeats: int, tampered: int) -> Drop:
    inbox.mkdir()
    good: dict[str, Path] = {}
    # Names in no particular order: the drain follows each device's changes, not names.
    for index, bundle in enumerate(org.bundles):
        name = f"{rng.getrandbits(32):08x}-{index}.fpbundle"
        shutil.copy(bundle, inbox / name)
        good[name] = bundle
    repeated = {}
    for number, original in enumerate(rng.sample(sorted(good), repeats)):
        name = f"again-{number}.fpbundle"
        shutil.copy(inbox / original, inbox / name)
        repeated[name] = original
    bad = []
    for number, source in enumerate(rng.sample(org.bundles, tampered)):
        data = bytearray(source.read_bytes())
        data[rng.randrange(len(data) // 4, len(data))] ^= 1 << rng.randrange(8)
        name = f"tampered-{number}.fpbundle"
        (inbox / name).write_bytes(bytes(data))
        bad.append(name)
    (inbox / "empty.fpbundle").write_bytes(b"")
    (inbox / "text.fpbundle").write_text("not a bundle")
    bad += ["empty.fpbundle", "text.fpbundle"]
    return Drop(good, repeated, bad)


def _check_drained(inbox: Path, drop: Drop, results: dict[str, str]) -> None:
    """Where every file went, against what was dropped."""
    for name in drop.bad:
        assert results[name] == "refused", name
        reason = (inbox / REFUSED / f"{name}.reason").read_text()
        assert reason.count("\n") == 1 and reason.strip(), name
    groups: dict[str, list[str]] = {name: [name] for name in drop.good}
    for repeat, original in drop.repeats.items():
        groups[original].append(repeat)
    for names in groups.values():
        outcomes = sorted(results[name] for name in names)
        assert outcomes == ["applied"] + ["duplicate"] * (len(names) - 1), names
    assert set(results) == set(drop.good) | set(drop.repeats) | set(drop.bad)
    assert not list(inbox.glob("*.fpbundle")) and not list((inbox / PROCESSING).iterdir())
    assert {p.name for p in (inbox / DONE).glob("*.fpbundle")} == set(drop.good) | set(drop.repeats)


def test_four_drainers_at_once_apply_each_bundle_once_like_a_single_drainer(
    org: Org, tmp_path: Path
) -> None:
    _four_drainers_then_one(org, tmp_path, repeats=8, tampered=6)


@pytest.mark.slow
def test_four_drainers_with_two_hundred_bundles(
    _template_vault: tuple[Path, str], tmp_path: Path
) -> None:
    big = _build_org(_template_vault[0], tmp_path / "org", per_device=50)
    assert len(big.bundles) == 200
    _four_drainers_then_one(big, tmp_path, repeats=30, tampered=20)


def _four_drainers_then_one(org: Org, tmp_path: Path, *, repeats: int, tampered: int) -> None:
    rng = random.Random(16)
    inbox, alone = tmp_path / "inbox", tmp_path / "alone"
    drop = _fill(org, inbox, rng, repeats=repeats, tampered=tampered)
    shutil.copytree(inbox, alone)
    hq, reference = _hq_copy(org, tmp_path / "HQ.fpvault"), _hq_copy(org, tmp_path / "Ref.fpvault")
    before = _received(hq)

    drainers = [_drainer(hq, inbox) for _ in range(4)]
    outputs = [proc.communicate(timeout=600) for proc in drainers]
    for proc, (out, err) in zip(drainers, outputs, strict=True):
        assert proc.returncode in (0, 4), err
        assert out.splitlines()[-1].startswith("drained: "), out
    lines = [pair for out, _err in outputs for pair in _outcomes(out)]
    names = [name for name, _outcome in lines]
    assert len(names) == len(set(names)), "a file was handled by two drainers"
    results = dict(lines)
    _check_drained(inbox, drop, results)

    received = _received(hq) - before
    assert len(received) == len(org.bundles) and set(received.values()) == {1}

    single = _drainer(reference, alone)
    out, err = single.communicate(timeout=600)
    assert single.returncode == 4, err  # some bundles refused
    assert Counter(outcome for _name, outcome in _outcomes(out)) == Counter(results.values())
    assert _exported(hq, tmp_path / "four.json") == _exported(reference, tmp_path / "one.json")


def _wait_for(
    proc: subprocess.Popen[str], condition: object, what: str, timeout: float = 120
) -> None:
    """Wait for a condition ``proc`` makes true (a file appearing), checked between short
    waits on the process's exit, so a process that ends first is seen at once."""
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        try:
            proc.wait(timeout=0.02)
        except subprocess.TimeoutExpired:
            continue
        raise AssertionError(f"the process ended (exit {proc.returncode}) before {what}")


class _Lines:
    """A process's stdout lines as they come, read by a thread (never blocking the test)."""

    def __init__(self, proc: subprocess.Popen[str]) -> None:
        self.queue: queue.Queue[str | None] = queue.Queue()
        self.seen: list[str] = []
        assert proc.stdout is not None
        stream = proc.stdout

        def pump() -> None:
            for line in stream:
                self.queue.put(line.rstrip("\n"))
            self.queue.put(None)

        threading.Thread(target=pump, daemon=True).start()

    def until(self, prefix: str, timeout: float = 120) -> str:
        deadline = time.monotonic() + timeout
        while True:
            line = self.queue.get(timeout=max(0.1, deadline - time.monotonic()))
            assert line is not None, f"the process ended before printing {prefix!r}: {self.seen}"
            self.seen.append(line)
            if line.startswith(prefix):
                return line


def test_a_drainer_killed_mid_way_leaves_nothing_lost_or_applied_twice(
    org: Org, tmp_path: Path
) -> None:
    rng = random.Random(7)
    inbox = tmp_path / "inbox"
    drop = _fill(org, inbox, rng, repeats=2, tampered=1)
    hq = _hq_copy(org, tmp_path / "HQ.fpvault")
    before = _received(hq)

    # The first drainer claims a device's bundles and waits for the database's write lock,
    # held here: killed there, its claims stay in processing/ and the database is untouched.
    with Vault.unlock(hq, PASSPHRASE) as holder:
        engine = holder.engine
        assert engine is not None
        with engine.connect() as conn, conn.execution_options(**{WRITE_LOCK: True}).begin():
            first = _drainer(hq, inbox)
            _wait_for(first, lambda: any((inbox / PROCESSING).glob("*~*")), "a claim")
            first.kill()
            first.communicate(timeout=60)
    assert list((inbox / PROCESSING).iterdir())
    assert _received(hq) == before

    # The second takes the dead drainer's claims back; it is killed after its first bundle,
    # somewhere in the next one.
    second = _drainer(hq, inbox)
    lines = _Lines(second)
    lines.until("applied: ")
    second.kill()
    second.wait(timeout=60)

    third = _drainer(hq, inbox)
    out, err = third.communicate(timeout=600)
    assert third.returncode == 4, err
    results = dict(_outcomes("\n".join(lines.seen)) + _outcomes(out))
    # A bundle the killed drainer applied but did not move is a duplicate for the next one:
    # the bundle history, not the lines, says how often each was applied.
    for name in drop.bad:
        assert results[name] == "refused", name
    assert set(results) == set(drop.good) | set(drop.repeats) | set(drop.bad)
    assert {results[name] for name in [*drop.good, *drop.repeats]} <= {"applied", "duplicate"}
    assert not list(inbox.glob("*.fpbundle")) and not list((inbox / PROCESSING).iterdir())
    received = _received(hq) - before
    assert len(received) == len(org.bundles) and set(received.values()) == {1}


def test_watch_picks_up_a_file_dropped_later_and_stops_on_sigterm(org: Org, tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    hq = _hq_copy(org, tmp_path / "HQ.fpvault")
    proc = _drainer(hq, inbox, "--watch", "--interval", "0.1")
    lines = _Lines(proc)
    try:
        lines.until("watching: ")
        # Uploaded under a hidden name, renamed when complete: the sender's convention.
        shutil.copy(org.bundles[0], inbox / ".upload.part")
        os.rename(inbox / ".upload.part", inbox / "late.fpbundle")
        assert lines.until("applied: ").startswith("applied: late.fpbundle (")
        shutil.copy(org.bundles[0], inbox / "late-again.fpbundle")
        assert lines.until("duplicate: ").startswith("duplicate: late-again.fpbundle (")
        proc.send_signal(signal.SIGTERM)
        assert lines.until("drained: ") == "drained: 1 applied, 1 duplicate, 0 refused"
        assert proc.wait(timeout=60) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert {p.name for p in (inbox / DONE).iterdir()} == {
        "late.fpbundle",
        "late-again.fpbundle",
        "late-again.fpbundle.note",
    }


def test_an_empty_inbox_drains_to_a_zero_summary_and_a_missing_one_is_refused(
    org: Org, tmp_path: Path
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    hq = _hq_copy(org, tmp_path / "HQ.fpvault")
    empty = _cli("hq", "drain", hq, "--inbox", inbox, "--settle", "0")
    assert empty.returncode == 0, empty.stderr
    assert empty.stdout == "drained: 0 applied, 0 duplicate, 0 refused\n"
    assert {p.name for p in inbox.iterdir()} == {DONE, PROCESSING, REFUSED}
    missing = _cli("hq", "drain", hq, "--inbox", tmp_path / "nowhere")
    assert missing.returncode == 4 and missing.stdout == ""
    assert missing.stderr.count("\n") == 1 and "nowhere is not a folder" in missing.stderr
