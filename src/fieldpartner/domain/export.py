"""Plaintext exports of a whole vault, for archives, audits and spreadsheets.

Two formats, both covering every synced record kind (``models.SYNCED_MODELS``) with its
sync metadata (id, revision, origin device, deleted flag, timestamps):

- **JSON** (format ``fieldpartner-export`` version 1): one document
  ``{"format": ..., "format_version": 1, "records": {"<kind>": [record, ...]}}`` with kinds
  and record keys sorted and records sorted by id, one record per line. Nothing in it
  depends on when or where it was made, so two vaults holding the same records export the
  same bytes (sync tests compare replicas this way).
- **CSV**: one ``<kind>.csv`` per kind, UTF-8 with a byte-order mark so spreadsheet programs
  read accents and Arabic correctly; lists and objects are compact JSON in their cell; a
  text cell starting with ``= + - @`` gets a leading apostrophe so a spreadsheet does not run
  it as a formula. Written into a folder, or into a zip when the target ends in ``.zip``.

Attachments are exported as metadata with their SHA-256, never their bytes. Every file is
written with ``files.atomic_writer`` (owner-only permissions). The export leaves the
vault's protection: callers must warn the user first.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import shutil
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Date, String, func, select, type_coerce
from sqlalchemy.orm import Session

from fieldpartner.domain.models import SYNCED_MODELS, SyncedRecord
from fieldpartner.domain.problems import Message
from fieldpartner.domain.revisions import body_value
from fieldpartner.domain.types import DecimalText, UTCDateTime
from fieldpartner.files import atomic_writer, fsync_dir

EXPORT_FORMAT = "fieldpartner-export"
EXPORT_VERSION = 1
FORMATS = ("json", "csv")
# A fixed timestamp for zip members, so the same records give the same zip.
ZIP_DATE = (1980, 1, 1, 0, 0, 0)
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

Progress = Callable[[int, int], None]


class ExportError(ValueError):
    """The export cannot be written where asked (e.g. a CSV folder path that is a file)."""


@dataclass(frozen=True)
class ExportResult:
    """What was written: the target, its format, records per kind and the files made."""

    path: Path
    format: str
    counts: dict[str, int]
    files: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def export_kinds() -> list[type[SyncedRecord]]:
    """Synced models in export order (by kind name)."""
    return sorted(SYNCED_MODELS, key=lambda model: model.kind)


def count_records(session: Session) -> dict[str, int]:
    counts = {}
    for model in export_kinds():
        table = model.__table__  # type: ignore[attr-defined]
        counts[model.kind] = int(session.scalar(select(func.count()).select_from(table)) or 0)
    return counts


def record_columns(model: type[SyncedRecord]) -> list[str]:
    """Column names of a kind: ``id`` first, then the table's own order."""
    names = [c.key for c in model.__table__.columns]  # type: ignore[attr-defined]
    return ["id", *(n for n in names if n != "id")]


def iter_records(session: Session, model: type[SyncedRecord]) -> Iterator[dict[str, Any]]:
    """Every record of one kind (deleted ones too) as JSON-safe values, sorted by id."""
    table = model.__table__  # type: ignore[attr-defined]
    names = record_columns(model)
    # Timestamps, amounts and dates are stored as exactly the text a revision body holds
    # (``body_value``); reading that text back skips a parse and a re-format per cell.
    columns = [
        type_coerce(table.c[name], String()).label(name)
        if isinstance(table.c[name].type, (UTCDateTime, DecimalText, Date))
        else table.c[name]
        for name in names
    ]
    result = session.execute(
        select(*columns).order_by(table.c.id).execution_options(yield_per=2000)
    )
    for row in result:
        yield {name: body_value(value) for name, value in zip(names, row, strict=True)}


def _json_line(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def write_json(
    session: Session, handle: IO[bytes], progress: Progress | None = None
) -> dict[str, int]:
    """Stream the JSON document into ``handle``; returns records written per kind."""
    total = sum(count_records(session).values())
    done = 0
    counts: dict[str, int] = {}
    head = {"format": EXPORT_FORMAT, "format_version": EXPORT_VERSION}
    # The head's keys sort before "records", so the whole document has sorted keys.
    handle.write(_json_line(head)[:-1] + b',"records":{')
    for index, model in enumerate(export_kinds()):
        handle.write(b"," if index else b"")
        handle.write(b"\n" + _json_line(model.kind) + b":[")
        counts[model.kind] = 0
        for number, record in enumerate(iter_records(session, model)):
            handle.write((b",\n" if number else b"\n") + _json_line(record))
            counts[model.kind] += 1
            done += 1
            if progress is not None and done % 5000 == 0:
                progress(done, total)
        handle.write(b"]")
    handle.write(b"\n}}\n")
    if progress is not None:
        progress(total, total)
    return counts


def csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, dict)):
        return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    if isinstance(value, str):
        return "'" + value if value.startswith(_FORMULA_STARTS) else value
    return str(value)


def write_csv(session: Session, model: type[SyncedRecord], handle: IO[bytes]) -> int:
    """One kind as CSV (UTF-8 with BOM, CRLF rows as spreadsheets expect); returns rows."""
    text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="", write_through=True)
    try:
        writer = csv.writer(text)
        columns = record_columns(model)
        writer.writerow(columns)
        rows = 0
        for record in iter_records(session, model):
            writer.writerow([csv_cell(record[name]) for name in columns])
            rows += 1
        text.flush()
    finally:
        text.detach()  # the caller owns ``handle``
    return rows


def export_json(session: Session, target: Path, progress: Progress | None = None) -> ExportResult:
    target = Path(target)
    with atomic_writer(target) as handle:
        counts = write_json(session, handle, progress)
    return ExportResult(path=target, format="json", counts=counts, files=[target.name])


def export_csv(session: Session, target: Path, progress: Progress | None = None) -> ExportResult:
    """CSV files into the folder ``target``, or into a zip when ``target`` ends in .zip."""
    target = Path(target)
    models = export_kinds()
    counts: dict[str, int] = {}
    names = [f"{model.kind}.csv" for model in models]
    if target.suffix.lower() == ".zip":
        with atomic_writer(target) as handle, zipfile.ZipFile(handle, "w") as archive:
            for index, (model, name) in enumerate(zip(models, names, strict=True)):
                info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o600 << 16
                with archive.open(info, "w", force_zip64=True) as member:
                    counts[model.kind] = write_csv(session, model, member)
                if progress is not None:
                    progress(index + 1, len(models))
        return ExportResult(path=target, format="csv", counts=counts, files=names)
    if target.exists() and not target.is_dir():
        raise ExportError(
            Message(
                "export_target_is_a_file",
                "{target} is a file; a CSV export needs a folder (or a name ending in .zip)",
                target=target,
            )
        )
    made = not target.exists()
    target.mkdir(mode=0o700, parents=False, exist_ok=True)
    # Every file is written into a hidden folder first and moved into place only once all
    # of them are whole: a failure halfway (a damaged page, a full disk) leaves neither
    # part of the plaintext nor an earlier export mixed with part of this one.
    staging = target / f".export.{os.getpid()}.{os.urandom(4).hex()}.tmp"
    staging.mkdir(mode=0o700)
    try:
        for index, (model, name) in enumerate(zip(models, names, strict=True)):
            with atomic_writer(staging / name) as handle:
                counts[model.kind] = write_csv(session, model, handle)
            if progress is not None:
                progress(index + 1, len(models))
        for name in names:
            os.replace(staging / name, target / name)
        fsync_dir(target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        if made:
            with contextlib.suppress(OSError):
                target.rmdir()
        raise
    staging.rmdir()
    return ExportResult(path=target, format="csv", counts=counts, files=names)


def export_records(
    session: Session, target: Path, fmt: str, progress: Progress | None = None
) -> ExportResult:
    """Export every synced record to ``target`` in ``fmt`` (``json`` or ``csv``).

    Reads in one transaction, so the export is a consistent snapshot even if another
    window edits the vault meanwhile.
    """
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; use one of: {', '.join(FORMATS)}")
    with session.begin():
        if fmt == "json":
            return export_json(session, target, progress)
        return export_csv(session, target, progress)
