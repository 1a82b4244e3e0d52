"""Revisions as they travel in bundles: one JSON object per line, checked field by field.

A line is one revision of one synced record::

    {"kind": "partner", "id": "<uuid>", "rev": "2-<hash>", "parents": ["1-<hash>"],
     "deleted": false, "body": {...every body column...}, "changed_fields": [...],
     "device_id": "<uuid>", "author": "...", "changed_at": "<RFC 3339 UTC>", "head": true}

``head`` marks the sender's current revision of the record. Reading checks the kind, every
required field and its type (from the models, so a new column is checked without code
here), and that ``rev`` is the hash of its parents, deleted flag and body: a revision whose
content was changed cannot keep its name.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Integer, String

from fieldpartner.domain.models import MODEL_BY_KIND, RecordRevision, SyncedRecord
from fieldpartner.domain.revisions import canonical_json, generation_of, make_rev
from fieldpartner.domain.types import DecimalText, UTCDateTime, parse_utc_text, utc_text
from fieldpartner.sync.errors import BundleInvalid

LINE_FIELDS = frozenset(
    {
        "kind",
        "id",
        "rev",
        "parents",
        "deleted",
        "body",
        "changed_fields",
        "device_id",
        "author",
        "changed_at",
        "head",
    }
)
MAX_PARENTS = 2


@dataclass(frozen=True)
class Revision:
    """One revision of one record, as stored in ``record_revisions`` and sent in bundles."""

    kind: str
    record_id: str
    rev: str
    parents: tuple[str, ...]
    deleted: bool
    body: dict[str, Any]
    changed_fields: tuple[str, ...]
    device_id: str
    author: str
    changed_at: str

    @property
    def generation(self) -> int:
        return generation_of(self.rev)

    def to_line(self, head: bool) -> bytes:
        return canonical_json(
            {
                "kind": self.kind,
                "id": self.record_id,
                "rev": self.rev,
                "parents": list(self.parents),
                "deleted": self.deleted,
                "body": self.body,
                "changed_fields": list(self.changed_fields),
                "device_id": self.device_id,
                "author": self.author,
                "changed_at": self.changed_at,
                "head": head,
            }
        )

    def row(self) -> dict[str, Any]:
        """Values for a ``record_revisions`` insert."""
        return {
            "record_kind": self.kind,
            "record_id": self.record_id,
            "rev": self.rev,
            "generation": self.generation,
            "parents": list(self.parents),
            "deleted": self.deleted,
            "body": self.body,
            "changed_fields": list(self.changed_fields),
            "device_id": self.device_id,
            "author": self.author,
            "changed_at": parse_utc_text(self.changed_at),
        }


def from_stored(row: RecordRevision) -> Revision:
    return Revision(
        kind=row.record_kind,
        record_id=row.record_id,
        rev=row.rev,
        parents=tuple(row.parents),
        deleted=bool(row.deleted),
        body=dict(row.body),
        changed_fields=tuple(row.changed_fields),
        device_id=row.device_id,
        author=row.author,
        changed_at=utc_text(row.changed_at),
    )


# --- checking bodies against the models ------------------------------------------------


@dataclass(frozen=True)
class _ColumnRule:
    name: str
    kind: str  # text|integer|boolean|date|datetime|decimal|list|dict|any
    nullable: bool
    max_length: int | None


def _rule(column: Any) -> _ColumnRule:
    ctype = column.type
    max_length = None
    if isinstance(ctype, UTCDateTime):
        kind = "datetime"
    elif isinstance(ctype, DecimalText):
        kind = "decimal"
    elif isinstance(ctype, Boolean):
        kind = "boolean"
    elif isinstance(ctype, Integer):
        kind = "integer"
    elif isinstance(ctype, Date):
        kind = "date"
    elif isinstance(ctype, JSON):
        default = column.default
        sample = default.arg(None) if default is not None and callable(default.arg) else None
        kind = "list" if isinstance(sample, list) else "dict" if isinstance(sample, dict) else "any"
    elif isinstance(ctype, String):
        kind = "text"
        max_length = ctype.length
    else:  # pragma: no cover - a new column type must be taught here
        raise TypeError(f"no bundle rule for column {column.key} of type {ctype!r}")
    return _ColumnRule(column.key, kind, bool(column.nullable), max_length)


def _rules(model: type[SyncedRecord]) -> dict[str, _ColumnRule]:
    columns = model.__table__.columns  # type: ignore[attr-defined]
    return {c.key: _rule(c) for c in columns if c.key not in model.META_COLUMNS}


BODY_RULES: dict[str, dict[str, _ColumnRule]] = {
    kind: _rules(model) for kind, model in MODEL_BY_KIND.items()
}


def check_value(rule: _ColumnRule, value: Any) -> str | None:
    """What is wrong with ``value`` for this column, or None."""
    if value is None:
        return None if rule.nullable or rule.kind == "any" else "must not be null"
    if rule.kind == "text":
        if not isinstance(value, str):
            return "must be text"
        if rule.max_length is not None and len(value) > rule.max_length:
            return f"is longer than {rule.max_length} characters"
    elif rule.kind == "integer":
        if not isinstance(value, int) or isinstance(value, bool):
            return "must be an integer"
        if not -(2**63) <= value < 2**63:
            return "is out of range"
    elif rule.kind == "boolean":
        if not isinstance(value, bool):
            return "must be true or false"
    elif rule.kind == "date":
        try:
            if not isinstance(value, str) or len(value) != 10:
                raise ValueError
            date.fromisoformat(value)
        except ValueError:
            return "must be a date YYYY-MM-DD"
    elif rule.kind == "datetime":
        try:
            if not isinstance(value, str) or utc_text(parse_utc_text(value)) != value:
                raise ValueError
        except ValueError:
            return "must be a UTC timestamp"
    elif rule.kind == "decimal":
        try:
            if not isinstance(value, str) or len(value) > 40:
                raise ValueError
            number = Decimal(value)
            if not number.is_finite() or abs(number.adjusted()) > 30:
                raise ValueError
        except (InvalidOperation, ValueError):
            return "must be a decimal number as text"
    elif rule.kind == "list":
        if not isinstance(value, list):
            return "must be a list"
    elif rule.kind == "dict" and not isinstance(value, dict):
        return "must be an object"
    return None


def _is_uuid(value: Any) -> bool:
    if not isinstance(value, str) or len(value) != 36:
        return False
    try:
        return str(uuid.UUID(value)) == value
    except ValueError:
        return False


def _is_rev(value: Any) -> bool:
    if not isinstance(value, str) or len(value) > 48:
        return False
    generation, _, digest = value.partition("-")
    return (
        generation.isdigit()
        and not generation.startswith("0")
        and len(digest) == 32
        and all(c in "0123456789abcdef" for c in digest)
    )


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def load_json(raw: bytes, where: str) -> Any:
    """Strict JSON: UTF-8 without lone surrogates, no NaN or Infinity, bounded nesting."""
    try:
        data = json.loads(raw.decode("utf-8"), parse_constant=_no_constants)
        canonical_json(data).decode("utf-8")
    except (UnicodeError, ValueError, RecursionError):
        raise BundleInvalid(f"{where}: not valid JSON") from None
    return data


def parse_line(raw: bytes, where: str) -> tuple[Revision, bool]:
    """One revision line, checked; returns it and whether it is the sender's head."""
    try:
        return _parse_line(raw, where)
    except (RecursionError, OverflowError, UnicodeError):
        raise BundleInvalid(f"{where}: a value cannot be stored") from None


def _parse_line(raw: bytes, where: str) -> tuple[Revision, bool]:
    data = load_json(raw, where)
    if not isinstance(data, dict):
        raise BundleInvalid(f"{where}: a record line must be a JSON object")
    missing = sorted(LINE_FIELDS - set(data))
    if missing:
        raise BundleInvalid(f"{where}: missing {', '.join(missing)}")
    unknown = sorted(set(data) - LINE_FIELDS)
    if unknown:
        raise BundleInvalid(f"{where}: unknown fields {', '.join(unknown)}")
    kind = data["kind"]
    if not isinstance(kind, str) or kind not in BODY_RULES:
        raise BundleInvalid(f"{where}: unknown record kind {kind!r}")
    record_id = data["id"]
    if not _is_uuid(record_id):
        raise BundleInvalid(f"{where}: id {record_id!r} is not a UUID")
    where = f"{where} ({kind} {record_id})"
    parents = data["parents"]
    if (
        not isinstance(parents, list)
        or len(parents) > MAX_PARENTS
        or not all(_is_rev(p) for p in parents)
        or len(set(parents)) != len(parents)
        or parents != sorted(parents)
    ):
        raise BundleInvalid(f"{where}: parents must be a sorted list of at most two revisions")
    deleted, body = data["deleted"], data["body"]
    if not isinstance(deleted, bool):
        raise BundleInvalid(f"{where}: deleted must be true or false")
    if not isinstance(body, dict):
        raise BundleInvalid(f"{where}: body must be an object")
    rules = BODY_RULES[kind]
    if set(body) != set(rules):
        wrong = sorted(set(body) ^ set(rules))
        raise BundleInvalid(
            f"{where}: body fields differ from a {kind} record's: {', '.join(wrong)}"
        )
    for name, rule in rules.items():
        problem = check_value(rule, body[name])
        if problem:
            raise BundleInvalid(f"{where}: {name} {problem}")
    rev = data["rev"]
    if not _is_rev(rev) or rev != make_rev(parents, deleted, body):
        raise BundleInvalid(f"{where}: revision {rev!r} does not match its content")
    changed = data["changed_fields"]
    if not isinstance(changed, list) or not all(isinstance(c, str) for c in changed):
        raise BundleInvalid(f"{where}: changed_fields must be a list of field names")
    device_id, author, changed_at, head = (
        data["device_id"],
        data["author"],
        data["changed_at"],
        data["head"],
    )
    if not isinstance(device_id, str) or len(device_id) > 36:
        raise BundleInvalid(f"{where}: device_id must be an id")
    if not isinstance(author, str) or len(author) > 200:
        raise BundleInvalid(f"{where}: author must be text of at most 200 characters")
    if check_value(_ColumnRule("changed_at", "datetime", False, None), changed_at):
        raise BundleInvalid(f"{where}: changed_at must be a UTC timestamp")
    if not isinstance(head, bool):
        raise BundleInvalid(f"{where}: head must be true or false")
    revision = Revision(
        kind=kind,
        record_id=record_id,
        rev=rev,
        parents=tuple(parents),
        deleted=deleted,
        body=body,
        changed_fields=tuple(changed),
        device_id=device_id,
        author=author,
        changed_at=changed_at,
    )
    return revision, head


# --- record rows from revisions ----------------------------------------------------------


def column_value(kind: str, name: str, value: Any) -> Any:
    """A body value converted back to what the model's column takes."""
    if value is None:
        return None
    rule = BODY_RULES[kind][name]
    if rule.kind == "date":
        return date.fromisoformat(value)
    if rule.kind == "datetime":
        return parse_utc_text(value)
    if rule.kind == "decimal":
        return Decimal(value)
    return value


def record_row(revision: Revision) -> dict[str, Any]:
    """The full record row whose current revision is ``revision``."""
    row = {name: column_value(revision.kind, name, value) for name, value in revision.body.items()}
    row.update(
        id=revision.record_id,
        rev=revision.rev,
        deleted=revision.deleted,
        origin_device=revision.device_id,
        updated_at=parse_utc_text(revision.changed_at),
    )
    return row
