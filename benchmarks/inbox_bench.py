"""Inbox benchmark: HQ draining bundles from many devices with one drainer and with four.

    .venv/bin/python benchmarks/inbox_bench.py [--devices 50] [--drainers 4]

Builds an HQ vault and ``--devices`` field devices in a temporary folder (never the user's
home), each enrolled at HQ and then filled with the device data of the sync benchmark's fleet
mode (20 partners with contacts, 400 answers), and writes each device's full bundle. Then:

1. baseline: ``import_bundles`` of every bundle in this process, into a copy of HQ;
2. ``fieldpartner-cli hq drain`` as one process, into a second copy;
3. ``--drainers`` processes at once on the same inbox, into a third copy;
4. and 5. the same two into HQ moved to PostgreSQL (``hq init URL --from-vault``), on a
   throw-away cluster the benchmark starts and stops itself (tests/pg_server.py), unless
   ``--no-postgresql``.

Each prints its wall time, revisions/s and its ratio to the baseline. The drainers run with
``--watch`` and are timed from the moment the bundles are renamed into the inbox, all of
them started and waiting, until every bundle is settled: starting a process and unlocking
the vault are left out. All three copies must end with the same export (checked). On an HQ vault (SQLCipher) imports are serialised by the database's write
lock, so several drainers are not expected to be faster than one (docs/hq-inbox.md).
"""

from __future__ import annotations

import argparse
import os
import queue
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from sync_bench import PASSPHRASE, _fill

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from fieldpartner.domain.clock import FixedClock
from fieldpartner.domain.export import export_json
from fieldpartner.sync import export_bundle, import_bundle, import_bundles
from fieldpartner.sync.identity import ensure_device_identity
from fieldpartner.sync.org import create_organisation, join_organisation
from fieldpartner.vault import Vault
from fieldpartner.vault.hq import HqDatabase
from fieldpartner.vault.keys import KdfParams


def _make_fleet(folder: Path, devices: int) -> tuple[Path, list[Path], int]:
    clock = FixedClock()
    hq, _ = Vault.create(
        folder / "HQ.fpvault", PASSPHRASE, kdf=KdfParams(os.urandom(16)), clock=clock
    )
    create_organisation(hq, "Fleet Org", folder / "org.fporg", folder / "hq.txt")
    hq_fingerprint = ensure_device_identity(hq).fingerprint
    bundles: list[Path] = []
    revisions = 0
    for number in range(devices):
        device, _ = Vault.create(
            folder / f"D{number}.fpvault", PASSPHRASE, kdf=KdfParams(os.urandom(16)), clock=clock
        )
        join_organisation(device, folder / "org.fporg", hq_fingerprint)
        first = folder / f"D{number}-enrol.fpbundle"
        export_bundle(device, first)
        import_bundle(hq, first, confirm=lambda _device: True)
        _fill(device, 20, 400, 0)
        bundles.append(folder / "bundles" / f"D{number}.fpbundle")
        revisions += export_bundle(device, bundles[-1]).revisions
        device.lock()
    hq.lock()
    return folder / "HQ.fpvault", bundles, revisions


def _export(hq: Path | str, out: Path) -> bytes:
    opened = (
        HqDatabase.open(hq, PASSPHRASE) if isinstance(hq, str) else Vault.unlock(hq, PASSPHRASE)
    )
    with opened as vault, vault.session() as session:
        export_json(session, out)
    return out.read_bytes()


def _drain(hq: Path | str, inbox: Path, bundles: list[Path], processes: int) -> float:
    """Seconds from dropping the bundles into the inbox until ``processes`` drainers, all
    started and waiting (``--watch``), have settled every one: starting a process and
    unlocking the vault (seconds each on a loaded machine) are left out."""
    env = {**os.environ, "FIELDPARTNER_PASSPHRASE": PASSPHRASE}
    command = [sys.executable, "-m", "fieldpartner.cli", "hq", "drain", str(hq)]
    options = ["--inbox", str(inbox), "--settle", "0", "--watch", "--interval", "0.05"]
    lines: queue.Queue[str] = queue.Queue()
    running = []
    for _ in range(processes):
        proc = subprocess.Popen([*command, *options], env=env, stdout=subprocess.PIPE, text=True)
        running.append(proc)
        stream = proc.stdout
        assert stream is not None
        threading.Thread(target=lambda s=stream: [lines.put(x) for x in s], daemon=True).start()
    ready = 0
    while ready < processes:
        ready += lines.get(timeout=300).startswith("watching: ")
    staging = inbox.parent / f"{inbox.name}-staging"
    staging.mkdir()
    for bundle in bundles:
        shutil.copy(bundle, staging / bundle.name)
    start = time.perf_counter()
    for bundle in bundles:
        os.rename(staging / bundle.name, inbox / bundle.name)
    settled = 0
    while settled < len(bundles):
        line = lines.get(timeout=600)
        assert not line.startswith(("refused: ", "duplicate: ")), line
        settled += line.startswith("applied: ")
    elapsed = time.perf_counter() - start
    for proc in running:
        proc.send_signal(signal.SIGTERM)
    for proc in running:
        assert proc.wait(timeout=120) == 0
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devices", type=int, default=50)
    parser.add_argument("--drainers", type=int, default=4)
    parser.add_argument("--no-postgresql", action="store_true", help="HQ vault only")
    parser.add_argument(
        "--profile",
        action="store_true",
        help="then profile one drain into PostgreSQL, in this process (cProfile)",
    )
    args = parser.parse_args()
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    with tempfile.TemporaryDirectory(prefix="fp-inbox-bench-") as name:
        folder = Path(name)
        (folder / "bundles").mkdir()
        start = time.perf_counter()
        hq, bundles, revisions = _make_fleet(folder, args.devices)
        print(f"making {args.devices} devices' bundles took {time.perf_counter() - start:.1f} s")
        print(f"{len(bundles)} bundles, {revisions:,} revisions")

        base = shutil.copytree(hq, folder / "base.fpvault")
        with Vault.unlock(base, PASSPHRASE) as vault:
            start = time.perf_counter()
            results, _ = import_bundles(vault, bundles)
            baseline = time.perf_counter() - start
        assert all(result.applied for _path, result in results)
        print(
            f"{'baseline: import_bundles in-process':<44} {baseline:7.2f} s  "
            f"{revisions / baseline:10,.0f} revisions/s"
        )
        expected = _export(base, folder / "base.json")

        for processes in (1, args.drainers):
            copy = shutil.copytree(hq, folder / f"drain{processes}.fpvault")
            inbox = folder / f"inbox{processes}"
            inbox.mkdir()
            elapsed = _drain(copy, inbox, bundles, processes)
            label = f"hq drain, {processes} process{'es' if processes > 1 else ''}"
            print(
                f"{label:<44} {elapsed:7.2f} s  {revisions / elapsed:10,.0f} revisions/s  "
                f"ratio to baseline {baseline / elapsed:.2f}"
            )
            assert _export(copy, folder / f"drain{processes}.json") == expected
        if not args.no_postgresql:
            _postgresql(
                folder, hq, bundles, revisions, baseline, expected, args.drainers, args.profile
            )
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


def _postgresql(
    folder: Path,
    hq: Path,
    bundles: list[Path],
    revisions: int,
    baseline: float,
    expected: bytes,
    drainers: int,
    profile: bool,
) -> None:
    """The drains of ``main`` into HQ moved to a throw-away PostgreSQL cluster."""
    import pg_server

    server = pg_server.start()
    try:
        moved = shutil.copytree(hq, folder / "pg-source.fpvault")
        url = server.new_database()
        done = subprocess.run(
            [sys.executable, "-m", "fieldpartner.cli", "hq", "init", url, "--from-vault", moved],
            env={**os.environ, "FIELDPARTNER_PASSPHRASE": PASSPHRASE},
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0, done.stderr
        one_drainer = 0.0
        for processes in (1, drainers):
            copy = server.new_database(template=server.database_of(url))
            inbox = folder / f"pg-inbox{processes}"
            inbox.mkdir()
            elapsed = _drain(copy, inbox, bundles, processes)
            one_drainer = one_drainer or elapsed
            label = f"PostgreSQL: hq drain, {processes} process{'es' if processes > 1 else ''}"
            print(
                f"{label:<44} {elapsed:7.2f} s  {revisions / elapsed:10,.0f} revisions/s  "
                f"ratio to baseline {baseline / elapsed:.2f}  to 1 drainer {one_drainer / elapsed:.2f}"
            )
            assert _export(copy, folder / f"pg-drain{processes}.json") == expected
        if profile:
            _profile(server.new_database(template=server.database_of(url)), folder, bundles)
    finally:
        server.stop()


def _profile(url: str, folder: Path, bundles: list[Path]) -> None:
    """One drain of every bundle into ``url`` in this process, under cProfile."""
    import cProfile
    import pstats

    from fieldpartner.sync.inbox import drain

    inbox = folder / "pg-profiled"
    inbox.mkdir()
    for bundle in bundles:
        shutil.copy(bundle, inbox / bundle.name)
    with HqDatabase.open(url, PASSPHRASE) as hq:
        profiler = cProfile.Profile()
        start = time.perf_counter()
        profiler.enable()
        summary = drain(hq, inbox, settle=0)
        profiler.disable()
        elapsed = time.perf_counter() - start
    print(f"profiled drain into PostgreSQL: {summary}, {elapsed:.2f} s (with cProfile)")
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
    pstats.Stats(profiler).sort_stats("tottime").print_stats(20)


if __name__ == "__main__":
    main()
