"""``vault create | verify | passwd | recover | wipe`` and the partner and export commands
around them, run as a subprocess the way HQ automation runs them."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from clirunner import RECOVERY_KEY, Cli, run_on_tty

from fieldpartner.cli import main
from fieldpartner.cli.common import NEW_PASSPHRASE_ENV, PASSPHRASE_ENV, RECOVERY_KEY_ENV

# The passphrase of the shared test vault (tests/conftest.py).
TEST_PASSPHRASE = "correct horse battery staple"
FIRST = "first passphrase, long enough"
SECOND = "second passphrase, also long"
THIRD = "third passphrase after recovery"


def test_life_of_a_vault_from_create_to_wipe(cli: Cli, tmp_path: Path) -> None:
    vault = tmp_path / "Field-2026.fpvault"
    first = {PASSPHRASE_ENV: FIRST}

    created = cli("vault", "create", vault, "--name", "Field 2026", env=first)
    assert created.code == 0, created.err
    match = RECOVERY_KEY.search(created.out)
    assert match is not None, created.out
    recovery_key = match.group(0)
    cli.secrets.add(recovery_key)
    assert "write it down" in created.out.lower()
    assert (vault / "vault.json").is_file() and (vault / "vault.db").is_file()

    verified = cli("vault", "verify", vault, env=first)
    assert verified.code == 0, verified.err
    assert "SQLCipher" in verified.out and "sound" in verified.out

    added = cli(
        "partner", "add", vault, "--name", "Centre for Legal Aid", "--country", "ke",
        "--type", "national_ngo", "--tag", "legal aid", env=first,
    )  # fmt: skip
    assert added.code == 0, added.err
    partner_id = added.out.strip()
    assert re.fullmatch(r"[0-9a-f-]{36}", partner_id)

    edited = cli(
        "partner", "edit", vault, "centre for legal aid",
        "--set", "phase=implementing", "--set", "tags=legal aid, detention", env=first,
    )  # fmt: skip
    assert edited.code == 0, edited.err
    listed = cli("partner", "list", vault, "--json", env=first)
    assert listed.code == 0, listed.err
    [partner] = json.loads(listed.out)
    assert partner["id"] == partner_id
    assert partner["country"] == "KE"
    assert partner["phase"] == "implementing"
    assert partner["tags"] == ["legal aid", "detention"]

    exports = []
    for name in ("one.json", "two.json"):
        out = tmp_path / name
        result = cli("export", vault, "--format", "json", "-o", out, "--yes", env=first)
        assert result.code == 0, result.err
        assert "plain text" in result.err
        exports.append(out.read_bytes())
    assert exports[0] == exports[1]
    assert partner_id in exports[0].decode()

    database_before = (vault / "vault.db").read_bytes()
    changed = cli("vault", "passwd", vault, env={**first, NEW_PASSPHRASE_ENV: SECOND})
    assert changed.code == 0, changed.err
    assert (vault / "vault.db").read_bytes() == database_before  # only the key was rewrapped

    header = (vault / "vault.json").read_bytes()
    refused = cli("partner", "list", vault, env=first)
    assert refused.code == 3
    assert len(refused.error_lines) == 1 and "passphrase" in refused.err
    assert (vault / "vault.json").read_bytes() == header
    assert cli("partner", "list", vault, env={PASSPHRASE_ENV: SECOND}).code == 0

    recovered = cli(
        "vault", "recover", vault, env={RECOVERY_KEY_ENV: recovery_key, NEW_PASSPHRASE_ENV: THIRD}
    )
    assert recovered.code == 0, recovered.err
    after = cli("partner", "list", vault, env={PASSPHRASE_ENV: THIRD})
    assert after.code == 0 and "Centre for Legal Aid" in after.out

    wiped = cli("vault", "wipe", vault, "--yes")
    assert wiped.code == 0, wiped.err
    assert not vault.exists()
    took = re.search(r"in (\d+\.\d+) s", wiped.out)
    assert took is not None and float(took.group(1)) < 1.0


def test_wrong_passphrase_exits_3_with_one_line_naming_it(cli: Cli, vault_path: Path) -> None:
    header = (vault_path / "vault.json").read_bytes()
    result = cli("vault", "verify", vault_path, env={PASSPHRASE_ENV: "not the passphrase"})
    assert result.code == 3
    assert len(result.error_lines) == 1
    assert "passphrase" in result.err
    assert (vault_path / "vault.json").read_bytes() == header


def test_passphrase_file_is_read_and_trailing_newline_ignored(
    cli: Cli, vault_path: Path, tmp_path: Path
) -> None:
    secret = tmp_path / "passphrase.txt"
    secret.write_text(TEST_PASSPHRASE + "\n", encoding="utf-8")
    result = cli("vault", "verify", vault_path, "--passphrase-file", secret)
    assert result.code == 0, result.err


def test_without_a_terminal_or_environment_the_passphrase_is_a_usage_error(
    cli: Cli, vault_path: Path
) -> None:
    result = cli("partner", "list", vault_path)
    assert result.code == 2
    assert "FIELDPARTNER_PASSPHRASE" in result.err


def test_usage_errors_exit_2(cli: Cli) -> None:
    assert cli().code == 2
    assert cli("vault", "create").code == 2


@pytest.mark.parametrize(
    "argv",
    [
        ["vault"],
        ["vault", "frobnicate", "V.fpvault"],
        ["partner", "add", "V.fpvault"],  # --name is required
        ["export", "V.fpvault", "--format", "xml", "-o", "x"],
        ["demo", "V.fpvault", "--size", "huge"],
        # There is no way to give the passphrase as an argument, not even abbreviated.
        ["partner", "list", "V.fpvault", "--passphrase", "whatever"],
    ],
)
def test_usage_errors_exit_2_in_process(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    assert "usage" in capsys.readouterr().err


def test_a_set_without_equals_sign_is_a_usage_error(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, TEST_PASSPHRASE)
    assert main(["partner", "edit", str(vault_path), "x", "--set", "no-equals-sign"]) == 2
    assert "FIELD=VALUE" in capsys.readouterr().err


def test_create_refuses_a_folder_that_is_not_empty(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "busy"
    folder.mkdir()
    (folder / "notes.txt").write_text("keep me", encoding="utf-8")
    result = cli("vault", "create", folder, env={PASSPHRASE_ENV: FIRST})
    assert result.code == 1
    assert "not empty" in result.err
    assert (folder / "notes.txt").read_text(encoding="utf-8") == "keep me"


def test_verify_of_a_damaged_header_exits_4(cli: Cli, vault_path: Path) -> None:
    (vault_path / "vault.json").write_text("{not json", encoding="utf-8")
    result = cli("vault", "verify", vault_path, env={PASSPHRASE_ENV: TEST_PASSPHRASE})
    assert result.code == 4
    assert len(result.error_lines) == 1


def test_wrong_recovery_key_exits_3_and_changes_nothing(cli: Cli, vault_path: Path) -> None:
    header = (vault_path / "vault.json").read_bytes()
    wrong = "-".join(["ABCD"] * 13)
    result = cli(
        "vault", "recover", vault_path, env={RECOVERY_KEY_ENV: wrong, NEW_PASSPHRASE_ENV: THIRD}
    )
    assert result.code == 3
    assert "recovery key" in result.err
    assert (vault_path / "vault.json").read_bytes() == header


def test_wipe_without_yes_and_without_a_terminal_refuses(cli: Cli, vault_path: Path) -> None:
    result = cli("vault", "wipe", vault_path)
    assert result.code == 2
    assert "--yes" in result.err
    assert (vault_path / "vault.json").is_file()


def test_wipe_refuses_a_folder_that_is_not_a_vault(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "photos"
    folder.mkdir()
    (folder / "a.jpg").write_bytes(b"x")
    result = cli("vault", "wipe", folder, "--yes")
    assert result.code == 4
    assert (folder / "a.jpg").exists()


def test_on_a_terminal_create_asks_twice_and_wipe_asks_for_the_word(
    cli: Cli, tmp_path: Path
) -> None:
    vault = tmp_path / "Typed.fpvault"
    code, output = run_on_tty(
        cli,
        "vault", "create", vault,
        replies=[("New passphrase:", FIRST), ("Repeat:", FIRST + " typo")],
    )  # fmt: skip
    assert code == 2, output
    assert "differ" in output and not vault.exists()
    assert FIRST not in output  # nothing typed is echoed

    code, output = run_on_tty(
        cli,
        "vault", "create", vault,
        replies=[("New passphrase:", FIRST), ("Repeat:", FIRST)],
    )  # fmt: skip
    assert code == 0, output
    assert RECOVERY_KEY.search(output)

    code, output = run_on_tty(cli, "vault", "wipe", vault, replies=[("Type WIPE", "wipe")])
    assert code == 1 and (vault / "vault.json").is_file()
    code, output = run_on_tty(cli, "vault", "wipe", vault, replies=[("Type WIPE", "WIPE")])
    assert code == 0, output
    assert not vault.exists()


# --- the passphrase policy ---------------------------------------------------------------


def test_create_refuses_a_weak_passphrase_with_exit_4(cli: Cli, tmp_path: Path) -> None:
    vault = tmp_path / "Weak.fpvault"
    weak = {PASSPHRASE_ENV: "qwertyuiop"}
    result = cli("vault", "create", vault, env=weak)
    assert result.code == 4
    assert len(result.error_lines) == 1
    assert "--accept-weak-passphrase" in result.err and "score 0" in result.err
    assert "common password" in result.err  # zxcvbn's own feedback
    assert not vault.exists()

    accepted = cli("vault", "create", vault, "--accept-weak-passphrase", env=weak)
    assert accepted.code == 0, accepted.err
    assert cli("partner", "list", vault, env=weak).code == 0


def test_passwd_refuses_a_weak_new_passphrase_with_exit_4(cli: Cli, vault_path: Path) -> None:
    header = (vault_path / "vault.json").read_bytes()
    env = {PASSPHRASE_ENV: TEST_PASSPHRASE, NEW_PASSPHRASE_ENV: "aaaaaaaaaaaaaaaaaaaa"}
    result = cli("vault", "passwd", vault_path, env=env)
    assert result.code == 4
    assert "Repeats" in result.err
    assert (vault_path / "vault.json").read_bytes() == header

    accepted = cli("vault", "passwd", vault_path, "--accept-weak-passphrase", env=env)
    assert accepted.code == 0, accepted.err
    opened = cli("partner", "list", vault_path, env={PASSPHRASE_ENV: "aaaaaaaaaaaaaaaaaaaa"})
    assert opened.code == 0, opened.err
