"""Slowing down passphrase guessing: the count of wrong passphrases, the growing delay
between tries, and the optional wipe after too many (docs/vault-format.md, section 11).

The count lives in ``attempts.json`` beside ``vault.json``, written atomically, so closing
the application does not reset it. It is a speed bump for someone at the keyboard, not a
defence against someone who copies the folder: a copy (or an edited or deleted
``attempts.json``) starts from zero, and Argon2id's cost per guess remains the real defence.
Every try with a passphrase (unlocking, verifying, changing the passphrase) goes through
``vault.vault._try_passphrase``, which applies the rules of this module. HQ's database on
PostgreSQL applies the same rule (``hq._try_passphrase``), its count kept in the database per
login (docs/hq-server.md, "Wrong HQ passphrases").
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fieldpartner.domain.problems import Message
from fieldpartner.files import write_atomic
from fieldpartner.vault.errors import VaultError, WrongPassphrase

ATTEMPTS_NAME = "attempts.json"
FORMAT = "fieldpartner-attempts"
VERSION = 1

# Three free tries for typing mistakes; then 5 s, doubling with every further wrong
# passphrase, up to 15 minutes between tries.
FREE_FAILURES = 3
FIRST_DELAY_SECONDS = 5.0
MAX_DELAY_SECONDS = 15 * 60.0
# Wipe after N wrong passphrases in a row: off by default; when on, between 5 and 20.
MIN_WIPE_AFTER = 5
MAX_WIPE_AFTER = 20


class UnlockDelayed(VaultError):
    """A passphrase was tried before the delay earned by earlier wrong ones had passed.
    Nothing was derived and nothing was counted."""

    exit_code = 3  # the wrong-passphrase family, for the command line

    def __init__(self, seconds: float, failures: int) -> None:
        whole = max(1, int(seconds + 0.999))
        super().__init__(
            f"{failures} wrong passphrases in a row: wait {whole} s before the next try"
        )
        self.seconds = seconds
        self.failures = failures


class WipedAfterFailures(WrongPassphrase):
    """The wrong passphrase that reached the vault's wipe-after limit; the vault is gone."""

    def __init__(self, failures: int) -> None:
        super().__init__(
            f"the passphrase does not open this vault; that was wrong passphrase {failures} "
            f"in a row, and the vault was wiped as its policy asks"
        )
        self.failures = failures


def delay_after(failures: int) -> float:
    """Seconds to wait before the next try after ``failures`` wrong passphrases in a row."""
    if failures < FREE_FAILURES:
        return 0.0
    return min(MAX_DELAY_SECONDS, FIRST_DELAY_SECONDS * 2.0 ** (failures - FREE_FAILURES))


def check_wipe_after(value: int | None) -> int | None:
    """The wipe-after setting, refused outside ``MIN_WIPE_AFTER``..``MAX_WIPE_AFTER``."""
    if value is None:
        return None
    if isinstance(value, bool) or not MIN_WIPE_AFTER <= value <= MAX_WIPE_AFTER:
        raise VaultError(
            Message(
                "wipe_after_out_of_range",
                "wipe after {value!r} wrong passphrases: choose {low} to {high}, or off",
                value=value,
                low=MIN_WIPE_AFTER,
                high=MAX_WIPE_AFTER,
            )
        )
    return value


@dataclass(frozen=True)
class Attempts:
    """What attempts.json holds: the run of wrong passphrases and the wipe-after setting."""

    failures: int = 0
    last_failure: datetime | None = None
    wipe_after: int | None = None

    def seconds_to_wait(self, now: datetime) -> float:
        """How long before the next try is allowed. A clock set back before the last
        failure waits the whole delay from now, never longer."""
        delay = delay_after(self.failures)
        if delay == 0 or self.last_failure is None:
            return 0.0
        elapsed = (now - self.last_failure).total_seconds()
        if elapsed < 0:
            return delay
        return max(0.0, delay - elapsed)

    def failed(self, now: datetime) -> Attempts:
        return replace(self, failures=self.failures + 1, last_failure=now)

    def reached_wipe_limit(self) -> bool:
        return self.wipe_after is not None and self.failures >= self.wipe_after

    def succeeded(self) -> Attempts:
        return replace(self, failures=0, last_failure=None)

    def with_wipe_after(self, wipe_after: int | None) -> Attempts:
        return replace(self, wipe_after=check_wipe_after(wipe_after))

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "failures": self.failures,
            "last_failure": None
            if self.last_failure is None
            else self.last_failure.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
            "wipe_after": self.wipe_after,
        }


def _parse(data: Any) -> Attempts:
    if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("version") != 1:
        raise ValueError("not an attempts file of version 1")
    failures = data.get("failures")
    if type(failures) is not int or failures < 0:
        raise ValueError("failures")
    last_text = data.get("last_failure")
    last = None
    if last_text is not None:
        last = datetime.strptime(str(last_text), "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    wipe_after = data.get("wipe_after")
    if wipe_after is not None and type(wipe_after) is not int:
        raise ValueError("wipe_after")
    try:
        check_wipe_after(wipe_after)
    except VaultError:
        raise ValueError("wipe_after") from None
    return Attempts(failures, last, wipe_after)


def attempts_from_json(data: Any) -> Attempts:
    """Attempts from the JSON ``Attempts.to_json`` wrote; anything else counts as none."""
    try:
        return _parse(data)
    except ValueError:
        return Attempts()


def read_attempts(folder: Path) -> Attempts:
    """The vault's attempts; a missing or unreadable file counts as none (the documented
    limit: removing the file resets the count, as copying the folder would)."""
    try:
        raw = (Path(folder) / ATTEMPTS_NAME).read_bytes()
        return attempts_from_json(json.loads(raw.decode("utf-8")))
    except (OSError, ValueError, UnicodeDecodeError):
        return Attempts()


def write_attempts(folder: Path, attempts: Attempts) -> None:
    text = json.dumps(attempts.to_json(), indent=2) + "\n"
    write_atomic(Path(folder) / ATTEMPTS_NAME, text.encode("utf-8"))


def seconds_before_next_try(folder: Path, now: datetime | None = None) -> tuple[float, int]:
    """How long before the vault in ``folder`` takes another passphrase, and the run of
    wrong ones that earned the wait: what the start dialog counts down (the same rule
    ``vault._try_passphrase`` enforces)."""
    attempts = read_attempts(folder)
    return attempts.seconds_to_wait(now or datetime.now(UTC)), attempts.failures
