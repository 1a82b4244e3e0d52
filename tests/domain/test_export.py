"""Plaintext exports: complete, deterministic, spreadsheet-friendly, written safely."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import insert, select

import fieldpartner.domain.export as export_module
from fieldpartner.domain.export import (
    ExportError,
    csv_cell,
    export_records,
    iter_records,
    record_columns,
)
from fieldpartner.domain.models import SYNCED_MODELS, Attachment, Blob, Partner, Project
from fieldpartner.domain.partners import add_contact, add_partner, delete_partner
from fieldpartner.domain.revisions import body_value
from fieldpartner.vault import Vault


@pytest.fixture
def filled(vault: Vault) -> Vault:
    with vault.transaction() as s:
        centre = add_partner(
            s,
            name="Centre for Legal Aid",
            country="KE",
            tags=["legal aid"],
            notes='=HYPERLINK("http://example.org")',
        )
        arabic = add_partner(
            s, name="\u062c\u0645\u0639\u064a\u0629 \u062d\u0642\u0648\u0642", country="JO"
        )
        add_contact(
            s, centre, name="Amina Otieno", channels=[{"kind": "email", "value": "a@example.org"}]
        )
        delete_partner(s, arabic)
        data = b"%PDF-1.4 fictional"
        digest = "7c0e1b8a2b3e3f7b0b5f6d1c2a9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f10"
        s.execute(insert(Blob), [{"sha256": digest, "size": len(data), "data": data}])
        s.add(
            Attachment(
                filename="agreement.pdf",
                media_type="application/pdf",
                size=len(data),
                sha256=digest,
                partner_id=centre.id,
            )
        )
    return vault


def export(vault: Vault, target: Path, fmt: str) -> None:
    with vault.session() as s:
        export_records(s, target, fmt)


def test_json_export_is_byte_identical_for_the_same_content(filled: Vault, tmp_path: Path) -> None:
    export(filled, tmp_path / "a.json", "json")
    export(filled, tmp_path / "b.json", "json")
    first = (tmp_path / "a.json").read_bytes()
    assert first == (tmp_path / "b.json").read_bytes()
    assert (tmp_path / "a.json").stat().st_mode & 0o777 == 0o600


def test_json_export_holds_every_kind_sorted_with_metadata_and_tombstones(
    filled: Vault, tmp_path: Path
) -> None:
    target = tmp_path / "export.json"
    export(filled, target, "json")
    text = target.read_text(encoding="utf-8")
    document = json.loads(text)
    assert document["format"] == "fieldpartner-export"
    assert document["format_version"] == 1
    records = document["records"]
    assert list(records) == sorted(m.kind for m in SYNCED_MODELS)
    partners = records["partner"]
    assert [p["id"] for p in partners] == sorted(p["id"] for p in partners)
    assert {p["deleted"] for p in partners} == {True, False}
    assert all(p["rev"].startswith(("1-", "2-")) for p in partners)
    assert "\u062c\u0645\u0639\u064a\u0629" in text  # Arabic kept as text, not escaped
    [attachment] = records["attachment"]
    assert attachment["sha256"] and "data" not in attachment
    # Keys are sorted everywhere, so re-serialising sorted gives the same document.
    assert json.dumps(document, sort_keys=True) == json.dumps(json.loads(text), sort_keys=True)
    for record in partners:
        assert list(record) == sorted(record)


def test_csv_folder_has_one_file_per_kind_with_bom_and_safe_cells(
    filled: Vault, tmp_path: Path
) -> None:
    folder = tmp_path / "csv"
    export(filled, folder, "csv")
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        f"{m.kind}.csv" for m in SYNCED_MODELS
    )
    raw = (folder / "partner.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == 2
    centre = next(r for r in rows if r["name"] == "Centre for Legal Aid")
    assert centre["notes"].startswith("'=")  # not run as a formula by a spreadsheet
    assert centre["tags"] == '["legal aid"]'
    assert {r["deleted"] for r in rows} == {"true", "false"}
    assert (folder / "partner.csv").stat().st_mode & 0o777 == 0o600


def test_csv_zip_is_deterministic_and_matches_the_folder(filled: Vault, tmp_path: Path) -> None:
    export(filled, tmp_path / "one.zip", "csv")
    export(filled, tmp_path / "two.zip", "csv")
    export(filled, tmp_path / "folder", "csv")
    assert (tmp_path / "one.zip").read_bytes() == (tmp_path / "two.zip").read_bytes()
    with zipfile.ZipFile(tmp_path / "one.zip") as archive:
        for name in archive.namelist():
            assert archive.read(name) == (tmp_path / "folder" / name).read_bytes()


def test_csv_to_an_existing_file_that_is_not_a_zip_is_refused(
    filled: Vault, tmp_path: Path
) -> None:
    target = tmp_path / "taken"
    target.write_text("mine", encoding="utf-8")
    with pytest.raises(ExportError, match="is a file"):
        export(filled, target, "csv")
    assert target.read_text(encoding="utf-8") == "mine"


def test_unknown_format_is_refused(filled: Vault, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="xml"):
        export(filled, tmp_path / "x.xml", "xml")


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        (None, ""),
        (True, "true"),
        (3, "3"),
        ("-5 days", "'-5 days"),
        ("@sum", "'@sum"),
        ("plain", "plain"),
        ({"b": 1, "a": [2]}, '{"a":[2],"b":1}'),
    ],
)
def test_csv_cells(value: object, cell: str) -> None:
    assert csv_cell(value) == cell


def test_records_read_as_stored_text_equal_their_revision_body_values(
    filled: Vault,
) -> None:
    with filled.transaction() as s:
        partner = s.scalars(select(Partner).where(Partner.deleted.is_(False))).one()
        s.add(
            Project(
                partner_id=partner.id,
                title="Legal aid",
                amount=Decimal("12500.50"),
                start_date=date(2026, 2, 1),
                end_date=date(2027, 1, 31),
            )
        )
    with filled.session() as s:
        for model in SYNCED_MODELS:
            exported = {r["id"]: r for r in iter_records(s, model)}
            for record in s.scalars(select(model)):
                expected = {
                    name: body_value(getattr(record, name)) for name in record_columns(model)
                }
                assert exported[record.id] == expected


@pytest.mark.parametrize("earlier", [False, True])
def test_a_csv_folder_export_that_fails_midway_leaves_no_partial_plaintext(
    filled: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, earlier: bool
) -> None:
    # A damaged page found while reading the seventh kind (or a full disk) must not leave
    # the first kinds' plaintext behind, nor mix an earlier export with half of this one.
    folder = tmp_path / "csv"
    if earlier:
        export(filled, folder, "csv")
        with filled.transaction() as s:
            add_partner(s, name="Added after the first export", country="KE")
    before = {p.name: p.read_bytes() for p in folder.iterdir()} if earlier else None
    written = []
    real_write_csv = export_module.write_csv

    def failing(session: object, model: type[Partner], handle: object) -> int:
        if len(written) == 6:  # action … partner written, project fails
            raise OSError(28, "No space left on device")
        written.append(model.kind)
        return real_write_csv(session, model, handle)

    monkeypatch.setattr(export_module, "write_csv", failing)
    with pytest.raises(OSError, match="No space"):
        export(filled, folder, "csv")
    if earlier:
        assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    else:
        assert not folder.exists() or list(folder.iterdir()) == []
