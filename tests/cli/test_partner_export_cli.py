"""``partner add | list | edit`` errors and ``export`` safeguards, as a subprocess."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from clirunner import Cli

from fieldpartner.cli import main
from fieldpartner.cli.common import PASSPHRASE_ENV

TEST_PASSPHRASE = "correct horse battery staple"
ENV = {PASSPHRASE_ENV: TEST_PASSPHRASE}


def test_an_invalid_country_exits_4_naming_field_and_value(cli: Cli, vault_path: Path) -> None:
    result = cli("partner", "add", vault_path, "--name", "Observatoire", "--country", "XQ", env=ENV)
    assert result.code == 4
    assert len(result.error_lines) == 1
    assert "country" in result.err and "'XQ'" in result.err


@pytest.fixture
def with_passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, TEST_PASSPHRASE)


def run(argv: list[object]) -> int:
    return main([str(a) for a in argv])


@pytest.mark.usefixtures("with_passphrase")
def test_partner_add_edit_list_in_process(
    vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["partner", "add", vault_path, "--name", "Red de Defensoras", "--country", "CO",
                "--type", "network", "--category", "advocacy", "--acronym", "RDD"]) == 0  # fmt: skip
    partner_id = capsys.readouterr().out.strip()
    assert run(["partner", "edit", vault_path, "RDD", "--set", "sensitivity=high_risk",
                "--set", "tags=gender,rural"]) == 0  # fmt: skip
    capsys.readouterr()
    assert run(["partner", "list", vault_path, "--json", "--search", "defensoras"]) == 0
    [partner] = json.loads(capsys.readouterr().out)
    assert partner["id"] == partner_id
    assert partner["sensitivity"] == "high_risk"
    assert partner["tags"] == ["gender", "rural"]
    assert run(["partner", "list", vault_path, "--search", "nothing like it"]) == 0
    assert "0 partners" in capsys.readouterr().out


@pytest.mark.usefixtures("with_passphrase")
def test_bad_edits_and_unknown_or_ambiguous_partners_exit_4(
    vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for _ in range(2):
        assert run(["partner", "add", vault_path, "--name", "Twin Centre"]) == 0
    capsys.readouterr()
    assert run(["partner", "edit", vault_path, "Twin Centre", "--set", "phase=done"]) == 4
    assert "2 partners are named" in capsys.readouterr().err
    assert run(["partner", "edit", vault_path, "Nobody", "--set", "phase=ended"]) == 4
    assert "Nobody" in capsys.readouterr().err
    assert run(["partner", "add", vault_path, "--name", "Solo", "--phase", "halfway"]) == 4
    err = capsys.readouterr().err
    assert "phase" in err and "'halfway'" in err
    assert run(["partner", "edit", vault_path, "Solo", "--set", "colour=blue"]) == 4


def test_export_without_yes_off_a_terminal_refuses_after_warning(
    cli: Cli, vault_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "export.json"
    result = cli("export", vault_path, "--format", "json", "-o", out, env=ENV)
    assert result.code == 2
    assert "plain text" in result.err and "--yes" in result.err
    assert not out.exists()


@pytest.mark.usefixtures("with_passphrase")
def test_export_into_the_vault_folder_is_refused(
    vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = vault_path / "copy.json"
    assert run(["export", vault_path, "--format", "json", "-o", out, "--yes"]) == 2
    assert "inside the vault folder" in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.usefixtures("with_passphrase")
def test_csv_export_to_a_folder_and_to_a_zip(
    vault_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        run(["partner", "add", vault_path, "--name", "Centre Ibn Khaldoun", "--country", "TN"]) == 0
    )
    folder, archive = tmp_path / "csv", tmp_path / "export.zip"
    assert run(["export", vault_path, "--format", "csv", "-o", folder, "--yes"]) == 0
    assert run(["export", vault_path, "--format", "csv", "-o", archive, "--yes"]) == 0
    err = capsys.readouterr().err
    assert err.count("warning") == 2
    partner_csv = (folder / "partner.csv").read_bytes()
    assert partner_csv.startswith(b"\xef\xbb\xbfid,")
    assert "Centre Ibn Khaldoun" in partner_csv.decode("utf-8-sig")
    with zipfile.ZipFile(archive) as opened:
        assert opened.read("partner.csv") == partner_csv
    assert (folder / "partner.csv").stat().st_mode & 0o077 == 0
    assert archive.stat().st_mode & 0o077 == 0
