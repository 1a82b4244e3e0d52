"""``vault policy``: security settings need the passphrase; wrong passphrases are slowed
down and, when the policy says so, wipe the vault; run as a subprocess."""

from __future__ import annotations

import json
from pathlib import Path

from clirunner import Cli

from fieldpartner.cli.common import PASSPHRASE_ENV, RECOVERY_KEY_ENV
from fieldpartner.vault.guessing import ATTEMPTS_NAME

TEST_PASSPHRASE = "correct horse battery staple"  # tests/conftest.py
RIGHT = {PASSPHRASE_ENV: TEST_PASSPHRASE}
WRONG = {PASSPHRASE_ENV: "not the passphrase at all"}


def _let_the_delay_pass(vault: Path) -> None:
    """Move the last failure an hour back, as if the user had waited (no sleeping)."""
    attempts = vault / ATTEMPTS_NAME
    data = json.loads(attempts.read_text(encoding="utf-8"))
    data["last_failure"] = "2000-01-01T00:00:00.000000Z"
    attempts.write_text(json.dumps(data), encoding="utf-8")


def test_policy_shows_and_changes_the_settings_only_with_the_passphrase(
    cli: Cli, vault_path: Path
) -> None:
    shown = cli("vault", "policy", vault_path, env=RIGHT)
    assert shown.code == 0, shown.err
    assert shown.out.splitlines() == ["wipe: off", "lock-after: 5 minutes"]

    refused = cli("vault", "policy", vault_path, "--wipe-after", "5", env=WRONG)
    assert refused.code == 3 and len(refused.error_lines) == 1
    assert "wipe: off" in cli("vault", "policy", vault_path, env=RIGHT).out

    changed = cli(
        "vault", "policy", vault_path, "--wipe-after", "7", "--lock-after", "15", env=RIGHT
    )
    assert changed.code == 0, changed.err
    assert "wipe: after 7 wrong passphrases" in changed.out
    assert "lock-after: 15 minutes" in changed.out
    off = cli("vault", "policy", vault_path, "--wipe-after", "off", env=RIGHT)
    assert "wipe: off" in off.out and "lock-after: 15 minutes" in off.out


def test_policy_values_out_of_range_are_usage_errors_before_the_passphrase(
    cli: Cli, vault_path: Path
) -> None:
    for argv in (["--wipe-after", "3"], ["--wipe-after", "21"], ["--lock-after", "0"]):
        result = cli("vault", "policy", vault_path, *argv)  # no passphrase given at all
        assert result.code == 2, (argv, result.err)
        assert "choose" in result.err
    assert cli("vault", "policy", vault_path, "--wipe-after", "never").code == 2
    assert not (vault_path / ATTEMPTS_NAME).exists()


def _as_if_it_just_failed(vault: Path) -> None:
    """Put the last failure ahead of the clock, which the counter reads as "just now" (a
    clock set back): the next process, however slowly a loaded machine starts it, comes
    within the first delay (5 s)."""
    attempts = vault / ATTEMPTS_NAME
    data = json.loads(attempts.read_text(encoding="utf-8"))
    data["last_failure"] = "2999-01-01T00:00:00.000000Z"
    attempts.write_text(json.dumps(data), encoding="utf-8")


def test_the_fourth_wrong_passphrase_in_a_row_must_wait(cli: Cli, vault_path: Path) -> None:
    for _ in range(3):
        assert cli("partner", "list", vault_path, env=WRONG).code == 3
    _as_if_it_just_failed(vault_path)
    delayed = cli("partner", "list", vault_path, env=RIGHT)
    assert delayed.code == 3
    assert "3 wrong passphrases in a row: wait" in delayed.err
    _let_the_delay_pass(vault_path)
    assert cli("partner", "list", vault_path, env=RIGHT).code == 0


def test_wipe_after_5_leaves_nothing_the_passphrase_or_recovery_key_opens(
    cli: Cli, vault_path: Path, recovery_key: str
) -> None:
    assert cli("vault", "policy", vault_path, "--wipe-after", "5", env=RIGHT).code == 0
    for _ in range(4):
        assert cli("partner", "list", vault_path, env=WRONG).code == 3
        _let_the_delay_pass(vault_path)
    assert (vault_path / "vault.json").is_file()
    last = cli("partner", "list", vault_path, env=WRONG)
    assert last.code == 3 and "wiped" in last.err

    assert not (vault_path / "vault.json").exists() and not (vault_path / "vault.db").exists()
    assert cli("partner", "list", vault_path, env=RIGHT).code != 0
    cli.secrets.add(recovery_key)
    recovered = cli(
        "vault",
        "recover",
        vault_path,
        env={RECOVERY_KEY_ENV: recovery_key, "FIELDPARTNER_NEW_PASSPHRASE": "a fresh start now"},
    )
    assert recovered.code == 4  # no vault left to recover
