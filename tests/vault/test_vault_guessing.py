"""Guessing: the growing delay after wrong passphrases, kept across restarts in
attempts.json, and the optional wipe after N wrong passphrases in a row. Time comes from a
FixedClock, so the delays are exact and nothing sleeps."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from vault_helpers import PASSPHRASE, add_partners, floor_kdf, partner_names, spy_on_derivations

from fieldpartner.domain.clock import FixedClock
from fieldpartner.vault import (
    Vault,
    VaultError,
    VaultHeaderError,
    WrongPassphrase,
    change_passphrase,
    verify_vault,
)
from fieldpartner.vault.guessing import (
    ATTEMPTS_NAME,
    MAX_DELAY_SECONDS,
    UnlockDelayed,
    WipedAfterFailures,
    delay_after,
    read_attempts,
)
from fieldpartner.vault.security import security_policy, set_security_policy

WRONG = "not the passphrase at all"


def _wrong(path: Path, clock: FixedClock) -> None:
    with pytest.raises(WrongPassphrase):
        Vault.unlock(path, WRONG, clock=clock)


def test_the_delay_is_free_for_three_mistakes_then_doubles_up_to_a_cap() -> None:
    assert [delay_after(n) for n in range(8)] == [0, 0, 0, 5, 10, 20, 40, 80]
    assert delay_after(40) == MAX_DELAY_SECONDS == 900


def test_a_try_inside_the_delay_is_refused_without_deriving_a_key(
    vault_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    for _ in range(3):
        _wrong(vault_path, clock)
    derivations = spy_on_derivations(monkeypatch)
    clock.advance(seconds=4)
    with pytest.raises(UnlockDelayed, match="3 wrong passphrases in a row: wait 1 s") as early:
        Vault.unlock(vault_path, PASSPHRASE, clock=clock)  # even the right one waits
    assert early.value.seconds == pytest.approx(1.0)
    assert derivations == []
    assert read_attempts(vault_path).failures == 3  # a refused try is not counted

    clock.advance(seconds=1)
    _wrong(vault_path, clock)
    assert derivations == [WRONG]
    with pytest.raises(UnlockDelayed) as longer:
        Vault.unlock(vault_path, PASSPHRASE, clock=clock)
    assert longer.value.seconds == pytest.approx(10.0)


def test_the_count_survives_a_restart_and_the_right_passphrase_resets_it(
    vault_path: Path,
) -> None:
    first_run = FixedClock()
    for _ in range(4):
        first_run.advance(minutes=1)
        _wrong(vault_path, first_run)
    saved = json.loads((vault_path / ATTEMPTS_NAME).read_text(encoding="utf-8"))
    assert saved["format"] == "fieldpartner-attempts" and saved["failures"] == 4
    assert (vault_path / ATTEMPTS_NAME).stat().st_mode & 0o777 == 0o600

    # A new process reads the same file: the delay after four failures still applies.
    second_run = FixedClock(first_run.now())
    with pytest.raises(UnlockDelayed):
        Vault.unlock(vault_path, PASSPHRASE, clock=second_run)
    second_run.advance(seconds=10)
    Vault.unlock(vault_path, PASSPHRASE, clock=second_run).lock()
    assert read_attempts(vault_path).failures == 0


def test_a_clock_set_back_waits_the_delay_from_now_and_no_longer(vault_path: Path) -> None:
    clock = FixedClock()
    for _ in range(3):
        _wrong(vault_path, clock)
    clock.advance(days=-30)
    with pytest.raises(UnlockDelayed) as refused:
        Vault.unlock(vault_path, PASSPHRASE, clock=clock)
    assert refused.value.seconds == 5.0


def test_verify_and_passwd_count_wrong_passphrases_too(vault_path: Path, clock: FixedClock) -> None:
    with pytest.raises(WrongPassphrase):
        verify_vault(vault_path, WRONG, clock=clock)
    with pytest.raises(WrongPassphrase):
        change_passphrase(vault_path, WRONG, "a new one, long enough", kdf=floor_kdf(), clock=clock)
    _wrong(vault_path, clock)
    with pytest.raises(UnlockDelayed):
        verify_vault(vault_path, PASSPHRASE, clock=clock)


def test_wipe_after_is_off_by_default_and_kept_within_5_to_20(vault: Vault) -> None:
    assert security_policy(vault).wipe_after is None
    for bad in (4, 21, 0, True):
        with pytest.raises(VaultError, match="choose 5 to 20"):
            set_security_policy(vault, wipe_after=bad)
    assert security_policy(vault).wipe_after is None
    assert set_security_policy(vault, wipe_after=5).wipe_after == 5
    assert set_security_policy(vault, wipe_after=None).wipe_after is None


def test_lock_after_is_kept_in_the_vault_within_1_to_240_minutes(vault: Vault) -> None:
    assert security_policy(vault).lock_after_minutes == 5
    with pytest.raises(VaultError, match="choose 1 to 240"):
        set_security_policy(vault, lock_after_minutes=0, wipe_after=7)
    assert security_policy(vault).wipe_after is None  # a bad value changed nothing
    assert set_security_policy(vault, lock_after_minutes=30).lock_after_minutes == 30


def test_the_nth_wrong_passphrase_shreds_the_vault_for_passphrase_and_recovery_key(
    vault_path: Path, recovery_key: str, clock: FixedClock
) -> None:
    with Vault.unlock(vault_path, PASSPHRASE, clock=clock) as opened:
        add_partners(opened, "Held before the wipe")
        set_security_policy(opened, wipe_after=5)
    header_before = (vault_path / "vault.json").read_bytes()
    for _ in range(4):
        _wrong(vault_path, clock)
        clock.advance(hours=1)
    assert (vault_path / "vault.json").read_bytes() == header_before  # 4 of 5: nothing yet

    with pytest.raises(WipedAfterFailures, match="wrong passphrase 5 in a row"):
        Vault.unlock(vault_path, WRONG, clock=clock)

    assert not (vault_path / "vault.json").exists()
    assert not (vault_path / "vault.db").exists()
    assert not (vault_path / ATTEMPTS_NAME).exists()
    with pytest.raises(VaultHeaderError):
        Vault.unlock(vault_path, PASSPHRASE, clock=clock)
    with pytest.raises(VaultHeaderError):
        Vault.unlock_with_recovery_key(vault_path, recovery_key)


def test_the_right_passphrase_before_the_limit_starts_the_count_again(
    vault_path: Path, clock: FixedClock
) -> None:
    with Vault.unlock(vault_path, PASSPHRASE, clock=clock) as opened:
        set_security_policy(opened, wipe_after=5)
    for _ in range(4):
        _wrong(vault_path, clock)
        clock.advance(hours=1)
    with Vault.unlock(vault_path, PASSPHRASE, clock=clock) as opened:
        assert partner_names(opened) == set()
    for _ in range(4):
        _wrong(vault_path, clock)
        clock.advance(hours=1)
    assert (vault_path / "vault.json").is_file()
    assert read_attempts(vault_path).wipe_after == 5


def test_a_damaged_attempts_file_counts_as_none(vault_path: Path, clock: FixedClock) -> None:
    (vault_path / ATTEMPTS_NAME).write_text('{"format": "fieldpartner-attempts", "vers', "utf-8")
    assert read_attempts(vault_path).failures == 0
    _wrong(vault_path, clock)
    assert read_attempts(vault_path).failures == 1
