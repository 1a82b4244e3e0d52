"""``partner import PATH FILE [--dry-run]`` and ``assessment import`` of an .xlsx file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fieldpartner.cli import main
from spreadsheet_files import write_xlsx as xlsx

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def vault(vault_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FIELDPARTNER_PASSPHRASE", PASSPHRASE)
    return vault_path


def partner_names(vault: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    capsys.readouterr()
    assert main(["partner", "list", str(vault), "--json"]) == 0
    return [p["name"] for p in json.loads(capsys.readouterr().out)]


def test_dry_run_names_refused_rows_and_changes_nothing(
    vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = xlsx(
        tmp_path / "partners.xlsx",
        [["Name", "Country", "Email"], ["Legal Aid", "KE", ""], ["Bad", "Narnia", ""]],
    )
    capsys.readouterr()
    assert main(["partner", "import", str(vault), str(sheet), "--dry-run"]) == 4
    out = capsys.readouterr().out
    assert "column 'Email' -> contact_email" in out
    assert "refused row 3: country: 'Narnia' is not an ISO 3166-1 alpha-2" in out
    assert "2 rows: 1 new partners, 0 contacts, 1 rows refused" in out
    assert partner_names(vault, capsys) == []


def test_import_is_all_or_nothing(
    vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "partners.csv"
    bad.write_text("Name,Country\nLegal Aid,KE\nBad,Narnia\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["partner", "import", str(vault), str(bad)]) == 4
    err = capsys.readouterr().err
    assert err.strip().splitlines() == ["fieldpartner-cli: 1 rows refused; nothing was imported"]
    assert partner_names(vault, capsys) == []
    bad.write_text("Name,Country\nLegal Aid,KE\nGood,Sudan\n", encoding="utf-8")
    assert main(["partner", "import", str(vault), str(bad)]) == 0
    assert "imported 2 partners and 0 contacts" in capsys.readouterr().out
    assert partner_names(vault, capsys) == ["Good", "Legal Aid"]


def test_column_option_changes_the_mapping(
    vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "p.csv"
    sheet.write_text("Organisation,Focal person\nLegal Aid,Amina\n", encoding="utf-8")
    args = ["partner", "import", str(vault), str(sheet)]
    assert main([*args, "--column", "Focal person=contact_name"]) == 0
    assert "imported 1 partners and 1 contacts" in capsys.readouterr().out
    assert main([*args, "--column", "Nowhere=name"]) == 2
    assert "no column is headed 'Nowhere'" in capsys.readouterr().err
    assert main([*args, "--column", "Organisation=-"]) == 4
    assert "no column is mapped to the partner's name" in capsys.readouterr().err


def test_unreadable_spreadsheet_is_invalid_input(
    vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = tmp_path / "p.xlsx"
    fake.write_text("not a workbook")
    assert main(["partner", "import", str(vault), str(fake)]) == 4
    assert capsys.readouterr().err.strip() == (
        "fieldpartner-cli: p.xlsx is not an XLSX file (not a zip archive)"
    )
