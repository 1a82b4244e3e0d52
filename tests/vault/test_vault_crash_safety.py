"""A process killed at any moment while writing loses no committed transaction.

Writer processes (tests/vault/crash_writer.py) commit partners one transaction at a time and
print each id after its commit returns; each is SIGKILLed at a different moment (while
unlocking, and after 0 to 250 ms of writing). Afterwards the vault opens, passes verify(),
and holds every partner whose id was printed.
"""

from __future__ import annotations

import contextlib
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from sqlalchemy import select
from vault_helpers import PASSPHRASE

from fieldpartner.domain.models import Partner
from fieldpartner.vault import Vault

WRITER = Path(__file__).with_name("crash_writer.py")
ROUNDS = 20


def _run_writer(vault_path: Path, delay: float, after_ready: bool) -> tuple[list[str], float]:
    """Start a writer and SIGKILL it ``delay`` s after it is ready (or after it started);
    returns the ids it printed before dying and how long it took to become ready."""
    env = {**os.environ, "FIELDPARTNER_TEST_PASSPHRASE": PASSPHRASE}
    process = subprocess.Popen(
        [sys.executable, str(WRITER), str(vault_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        text=True,
    )
    lines: queue.Queue[str | None] = queue.Queue()

    def pump() -> None:  # reads every line, so the writer never blocks on a full pipe
        assert process.stdout is not None
        for line in process.stdout:
            lines.put(line.strip())
        lines.put(None)

    reader = threading.Thread(target=pump, daemon=True)
    reader.start()
    started = time.perf_counter()
    ready_after = 0.0
    ids: list[str] = []
    try:
        if after_ready:
            first = lines.get(timeout=120)
            assert first == "ready", f"the writer did not start: {first!r}"
            ready_after = time.perf_counter() - started
        # The writer never ends by itself: waiting on its exit for ``delay`` is the moment
        # to kill it, and a writer that died earlier is seen at once.
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=delay)
        process.send_signal(signal.SIGKILL)
        returncode = process.wait(timeout=120)
        assert returncode == -signal.SIGKILL, f"the writer ended on its own ({returncode})"
        reader.join(timeout=30)
        while (line := lines.get(timeout=5)) is not None:
            if line != "ready":
                ids.append(line)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    return ids, ready_after


def test_committed_partners_survive_repeated_kills(vault_path: Path) -> None:
    printed: list[str] = []
    startup = 0.5
    for round_number in range(ROUNDS):
        if round_number % 5 == 4:
            # Killed while still unlocking: deriving the key, opening, checking the schema.
            fraction = (0.3, 0.7, 0.95)[round_number % 3]
            ids, _ = _run_writer(vault_path, startup * fraction, after_ready=False)
        else:
            ids, startup = _run_writer(vault_path, 0.013 * round_number, after_ready=True)
        printed += ids

    assert len(printed) > ROUNDS, "the writers should have committed in most rounds"
    with Vault.unlock(vault_path, PASSPHRASE) as vault:
        report = vault.verify()
        assert report.ok, report.problems
        with vault.session() as session:
            stored = set(session.scalars(select(Partner.id)))
    missing = [partner_id for partner_id in printed if partner_id not in stored]
    assert missing == []
