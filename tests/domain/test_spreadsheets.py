"""Reading spreadsheets someone brings: values as a person sees them, hostile files refused."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest

from fieldpartner.domain import spreadsheets
from fieldpartner.domain.spreadsheets import (
    SpreadsheetError,
    column_letter,
    fold,
    match_headers,
    read_table,
)
from spreadsheet_files import write_xlsx


def test_xlsx_values_read_as_text_a_person_would_read(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "p.xlsx",
        [
            ["Name", "Founded", "Staff", "Budget"],
            [None, None, None, None],
            ["Legal Aid Centre", datetime(2019, 4, 1), 12.0, 1500.5],
        ],
    )
    table = read_table(path)
    assert table.headers == ("Name", "Founded", "Staff", "Budget")
    assert table.sheets == ("Sheet",)
    # The blank row is left out; the row keeps the number the spreadsheet shows.
    assert [(r.number, r.cells) for r in table.rows] == [
        (3, ("Legal Aid Centre", "2019-04-01", "12", "1500.5"))
    ]
    assert date(2019, 4, 1).isoformat() in table.rows[0].cells


def test_formula_with_a_saved_value_is_read_as_that_value(tmp_path: Path) -> None:
    # openpyxl does not compute formulas; write the saved value into the sheet XML by hand.
    path = write_xlsx(tmp_path / "f.xlsx", [["Name", "Acronym"], ["Legal Aid", "=LEFT(A2,3)"]])
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    assert "<f>LEFT(A2,3)</f><v></v>" in sheet or "<f>LEFT(A2,3)</f><v />" in sheet
    sheet = sheet.replace("<f>LEFT(A2,3)</f><v></v>", "<f>LEFT(A2,3)</f><v>Leg</v>")
    sheet = sheet.replace("<f>LEFT(A2,3)</f><v />", "<f>LEFT(A2,3)</f><v>Leg</v>")
    sheet = sheet.replace('<c r="B2">', '<c r="B2" t="str">')
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    path.write_bytes(buffer.getvalue())
    assert read_table(path).rows[0].cells == ("Legal Aid", "Leg")


def test_formula_never_computed_is_refused_with_its_cell(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "f.xlsx", [["Name", "Acronym"], ["Legal Aid", "=LEFT(A2,3)"]])
    with pytest.raises(SpreadsheetError, match=r"cell B2 holds a formula"):
        read_table(path)


def test_csv_with_semicolons_and_a_bom_as_french_spreadsheets_save_it(tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    path.write_bytes("\ufeffNom;Pays\nAsociaci\u00f3n;CO\n".encode())
    table = read_table(path)
    assert table.headers == ("Nom", "Pays")
    assert table.rows[0].cells == ("Asociaci\u00f3n", "CO")


def test_utf16_csv_is_read(tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    path.write_bytes("Name\tCountry\nLegal Aid\tKE\n".encode("utf-16"))
    assert read_table(path).rows[0].cells == ("Legal Aid", "KE")


def test_csv_that_is_not_utf8_is_refused_with_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    path.write_bytes("Name\nAsociaci\u00f3n\n".encode("cp1252"))
    with pytest.raises(SpreadsheetError, match="save it again as 'CSV UTF-8'"):
        read_table(path)


def test_unknown_suffix_and_fake_xlsx_are_refused(tmp_path: Path) -> None:
    (tmp_path / "p.ods").write_bytes(b"x")
    with pytest.raises(SpreadsheetError, match=r"\.xlsx or \.csv"):
        read_table(tmp_path / "p.ods")
    (tmp_path / "p.xlsx").write_text("Name\nA\n")
    with pytest.raises(SpreadsheetError, match="not an XLSX file"):
        read_table(tmp_path / "p.xlsx")


def test_size_bounds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(spreadsheets, "MAX_FILE_BYTES", 100)
    big = tmp_path / "big.csv"
    big.write_text("Name\n" + "x\n" * 100)
    with pytest.raises(SpreadsheetError, match="larger than"):
        read_table(big)
    monkeypatch.setattr(spreadsheets, "MAX_FILE_BYTES", 10**6)
    monkeypatch.setattr(spreadsheets, "MAX_ROWS", 3)
    with pytest.raises(SpreadsheetError, match="more than 3 rows"):
        read_table(big)
    monkeypatch.setattr(spreadsheets, "MAX_CELL_CHARS", 5)
    (tmp_path / "cell.csv").write_text("Name\nabcdefgh\n")
    with pytest.raises(SpreadsheetError, match="cell A2 is longer than 5"):
        read_table(tmp_path / "cell.csv")


def test_decompression_bomb_is_refused_before_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_xlsx(tmp_path / "p.xlsx", [["Name"], ["x" * 5000]])
    monkeypatch.setattr(spreadsheets, "MAX_UNPACKED_BYTES", 1000)
    with pytest.raises(SpreadsheetError, match="unpacks to more than"):
        read_table(path)


def test_reading_writes_no_file(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "p.xlsx", [["Name"], ["Legal Aid"]])
    before = sorted(tmp_path.rglob("*"))
    read_table(path)
    assert sorted(tmp_path.rglob("*")) == before


def test_headers_match_without_case_accents_or_punctuation() -> None:
    words = {"name": ["Nom de l'organisation"], "country": ["Pa\u00eds"]}
    headers = ["NOM DE L\u2019ORGANISATION", "pais", "Pa\u00eds", "Other"]
    # The second column headed with the country takes nothing: a field has one column.
    assert match_headers(headers, words) == {0: "name", 1: "country"}
    assert fold("\u0627\u0644\u0628\u064e\u0644\u064e\u062f") == fold(
        "\u0627\u0644\u0628\u0644\u062f"
    )
    assert column_letter(0) == "A" and column_letter(27) == "AB"
