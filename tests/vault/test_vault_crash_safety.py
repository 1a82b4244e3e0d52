"""A process killed at any moment while writing loses no committed transaction.

Writer processes (forked by tests/vault/crash_writer.py) commit partners one transaction at
a time and print each id after its commit returns; each is SIGKILLed at a different moment
(while unlocking, and after 0 to 250 ms of writing). Afterwards the vault opens, passes
verify(), and holds every partner whose id was printed.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import select
from vault_helpers import PASSPHRASE

from fieldpartner.domain.models import Partner
from fieldpartner.vault import Vault

WRITER = Path(__file__).with_name("crash_writer.py")
ROUNDS = 20
WATCHDOG_SECONDS = 300


class Writers:
    """The crash_writer process: starts one writer per round and reports its output."""

    def __init__(self, vault_path: Path) -> None:
        env = {**os.environ, "FIELDPARTNER_TEST_PASSPHRASE": PASSPHRASE}
        self.process = subprocess.Popen(
            [sys.executable, str(WRITER), str(vault_path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            text=True,
        )
        # Should anything hang, kill the whole helper so every readline returns. Generous:
        # a SIGKILLed writer inside fsync dies only when the disk answers, which on a busy
        # virtual disk (a CI machine just after installing its environment) can take minutes.
        self.watchdog = threading.Timer(WATCHDOG_SECONDS, self.process.kill)
        self.watchdog.start()
        assert self.readline() == "zygote", self.errors()

    def readline(self) -> str:
        assert self.process.stdout is not None
        return self.process.stdout.readline().strip()

    def errors(self) -> str:
        self.process.kill()
        return self.process.communicate()[1]

    def round(self, delay: float, after_ready: bool) -> tuple[list[str], float]:
        """Start a writer and SIGKILL it ``delay`` s after it is ready (or after it was
        started); returns the ids it printed and how long it took to become ready."""
        assert self.process.stdin is not None
        self.process.stdin.write("go\n")
        self.process.stdin.flush()
        word, pid_text = self.readline().split()
        assert word == "pid", self.errors()
        pid = int(pid_text)
        started = time.perf_counter()
        ready_after = 0.0
        if after_ready:
            assert self.readline() == "ready", self.errors()
            ready_after = time.perf_counter() - started
        time.sleep(delay)
        os.kill(pid, signal.SIGKILL)
        ids = []
        while (line := self.readline()) != f"dead {pid} {int(signal.SIGKILL)}":
            assert line, (
                f"writer {pid} did not report its death within "
                f"{time.perf_counter() - started:.0f} s of the kill: {self.errors()}"
            )
            assert not line.startswith("dead"), f"writer {pid} died on its own: {line}"
            if line != "ready":
                ids.append(line)
        return ids, ready_after

    def close(self) -> None:
        self.watchdog.cancel()
        if self.process.stdin is not None:
            self.process.stdin.close()
        self.process.wait(timeout=10)


@pytest.mark.timeout(WATCHDOG_SECONDS + 120)
def test_committed_partners_survive_repeated_kills(vault_path: Path) -> None:
    writers = Writers(vault_path)
    printed: list[str] = []
    startup = 0.5
    try:
        for round_number in range(ROUNDS):
            if round_number % 5 == 4:
                # Killed while still unlocking: deriving the key, opening, checking the schema.
                fraction = (0.3, 0.7, 0.95)[round_number % 3]
                ids, _ = writers.round(startup * fraction, after_ready=False)
            else:
                ids, startup = writers.round(0.013 * round_number, after_ready=True)
            printed += ids
    finally:
        writers.close()

    assert len(printed) > ROUNDS, "the writers should have committed in most rounds"
    with Vault.unlock(vault_path, PASSPHRASE) as vault:
        report = vault.verify()
        assert report.ok, report.problems
        with vault.session() as session:
            stored = set(session.scalars(select(Partner.id)))
    missing = [partner_id for partner_id in printed if partner_id not in stored]
    assert missing == []
