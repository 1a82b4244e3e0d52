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

import hashlib
import json
from typing import Annotated, Any

import msgspec

from fieldpartner.domain.models import RecordRevision
from fieldpartner.domain.problems import Message
from fieldpartner.domain.revisions import canonical_json, generation_of
from fieldpartner.domain.rules import (
    COLUMNS,
    CONVERTED,
    Column,
    column_value,
    is_utc_text,
    type_problem,
)
from fieldpartner.domain.types import parse_utc_text, utc_text
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


class Revision(msgspec.Struct, frozen=True):
    """One revision of one record, as stored in ``record_revisions`` and sent in bundles.

    A frozen msgspec struct rather than a frozen dataclass: an import or an export makes
    one per revision, and a frozen dataclass takes ten times as long to build."""

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
        """The bundle line: sorted keys, no spaces (what ``canonical_json`` writes, but for
        how floats spell an exponent), by msgspec."""
        return _LINE_ENCODER.encode(
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


# Column types come from the rule book (``domain.rules.COLUMNS``, derived from the models):
# the decoder below turns each into a msgspec type, so a new column is checked without
# code here.
_LINE_ENCODER = msgspec.json.Encoder(order="sorted")


UUID_PATTERN = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
REV_PATTERN = "^[1-9][0-9]{0,14}-[0-9a-f]{32}$"
# A revision's time: this exact form, from 2000 to 2099 (a device clock reset to 1970 or a
# fuzzed "1e999" is not a time anyone made a change at).
CHANGED_AT_PATTERN = r"^20[0-9]{2}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}Z$"
# Authors are people's names: bounded, and no control or bidi override characters that
# could disguise a name on screen.
AUTHOR_PATTERN = "^[^\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]*$"
MAX_AUTHOR = 200
MAX_FIELD_NAME = 64

_Uuid = Annotated[str, msgspec.Meta(pattern=UUID_PATTERN)]
_Rev = Annotated[str, msgspec.Meta(pattern=REV_PATTERN)]


class _Line(msgspec.Struct, forbid_unknown_fields=True):
    """A record line's outer shape; the body is decoded by its kind's own struct."""

    kind: str
    id: _Uuid
    rev: _Rev
    parents: Annotated[list[_Rev], msgspec.Meta(max_length=MAX_PARENTS)]
    deleted: bool
    body: msgspec.Raw
    changed_fields: Annotated[
        list[Annotated[str, msgspec.Meta(max_length=MAX_FIELD_NAME)]],
        msgspec.Meta(max_length=256),
    ]
    device_id: _Uuid
    author: Annotated[str, msgspec.Meta(max_length=MAX_AUTHOR, pattern=AUTHOR_PATTERN)]
    changed_at: Annotated[str, msgspec.Meta(pattern=CHANGED_AT_PATTERN)]
    head: bool


_DATE = Annotated[str, msgspec.Meta(pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
_DATETIME = Annotated[
    str, msgspec.Meta(pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}Z$")
]
_DECIMAL = Annotated[str, msgspec.Meta(max_length=40)]
_INTEGER = Annotated[int, msgspec.Meta(ge=-(2**63), le=2**63 - 1)]


def _field_type(rule: Column) -> Any:
    base: Any
    if rule.type == "text":
        base = (
            str
            if rule.max_length is None
            else Annotated[str, msgspec.Meta(max_length=rule.max_length)]
        )
    elif rule.type == "integer":
        base = _INTEGER
    elif rule.type == "boolean":
        base = bool
    elif rule.type == "date":
        base = _DATE
    elif rule.type == "datetime":
        base = _DATETIME
    elif rule.type == "decimal":
        base = _DECIMAL
    elif rule.type == "list":
        base = list[Any]
    elif rule.type == "dict":
        base = dict[str, Any]
    else:
        return Any
    return base | None if rule.nullable else base


def _body_decoder(kind: str, rules: dict[str, Column]) -> msgspec.json.Decoder[Any]:
    struct = msgspec.defstruct(
        f"{kind}_body",
        [(name, _field_type(rule)) for name, rule in rules.items()],
        forbid_unknown_fields=True,
    )
    return msgspec.json.Decoder(struct)


_LINE_DECODER = msgspec.json.Decoder(_Line)
_BODY_DECODERS = {kind: _body_decoder(kind, columns) for kind, columns in COLUMNS.items()}
# Fields whose text form passes the pattern but may still name no real date or amount.
_ENCODER = msgspec.json.Encoder(order="sorted")


def _no_constants(name: str) -> Any:
    raise ValueError(Message("not_json_number", "{name} is not a JSON number", name=name))


def load_json(raw: bytes, where: str) -> Any:
    """Strict JSON: UTF-8 without lone surrogates, no NaN or Infinity, bounded nesting."""
    try:
        data = json.loads(raw.decode("utf-8"), parse_constant=_no_constants)
        canonical_json(data).decode("utf-8")
    except (UnicodeError, ValueError, RecursionError):
        raise BundleInvalid(
            Message("record_not_json", "{where}: not valid JSON", where=where)
        ) from None
    return data


def _problem(error: msgspec.DecodeError) -> str:
    """msgspec's message, with its ``$.body.name`` path made readable."""
    text = str(error)
    return (
        text.replace("`$.body.", "`").replace("`$.", "`").replace("$.body.", "").replace("$.", "")
    )


def _rev_matches(rev: str, parents: list[str], deleted: bool, body: dict[str, Any]) -> bool:
    payload = {"parents": parents, "deleted": deleted, "body": body}
    generation = max((generation_of(p) for p in parents), default=0) + 1
    if generation_of(rev) != generation:
        return False
    digest = rev.partition("-")[2]
    # The sorted msgspec encoding is the canonical JSON except for how floats write an
    # exponent (1e16 against 1e+16); a body with such a float falls back to the exact form.
    if hashlib.sha256(_ENCODER.encode(payload)).hexdigest()[:32] == digest:
        return True
    return hashlib.sha256(canonical_json(payload)).hexdigest()[:32] == digest


def parse_line(raw: bytes, where: str) -> tuple[Revision, bool]:
    """One revision line, checked; returns it and whether it is the sender's head."""
    try:
        line = _LINE_DECODER.decode(raw)
    except msgspec.DecodeError as exc:
        raise BundleInvalid(
            Message("record_invalid", "{where}: {problem}", where=where, problem=_problem(exc))
        ) from None
    except (RecursionError, UnicodeError):
        raise BundleInvalid(
            Message("record_not_json", "{where}: not valid JSON", where=where)
        ) from None
    kind = line.kind
    decoder = _BODY_DECODERS.get(kind)
    if decoder is None:
        raise BundleInvalid(
            Message(
                "unknown_record_kind",
                "{where}: unknown record kind {kind!r}",
                where=where,
                kind=kind[:40],
            )
        )
    where = f"{where} ({kind} {line.id})"
    try:
        body = msgspec.structs.asdict(decoder.decode(line.body))
    except msgspec.DecodeError as exc:
        raise BundleInvalid(
            Message("record_invalid", "{where}: {problem}", where=where, problem=_problem(exc))
        ) from None
    except (RecursionError, UnicodeError):
        raise BundleInvalid(
            Message("record_not_json", "{where}: not valid JSON", where=where)
        ) from None
    for name, column in _CONVERTED[kind]:
        problem = type_problem(column, column_value(column, body[name]))
        if problem:
            raise BundleInvalid(
                Message(
                    "record_field_invalid",
                    "{where}: {field} {problem}",
                    where=where,
                    field=name,
                    problem=problem,
                )
            )
    parents = line.parents
    if len(set(parents)) != len(parents) or parents != sorted(parents):
        raise BundleInvalid(
            Message(
                "revision_parents",
                "{where}: parents must be a sorted list of at most two revisions",
                where=where,
            )
        )
    if not is_utc_text(line.changed_at):
        raise BundleInvalid(
            Message(
                "revision_time_not_utc",
                "{where}: changed_at {changed_at!r} is not a UTC time",
                where=where,
                changed_at=line.changed_at,
            )
        )
    try:
        rev_ok = _rev_matches(line.rev, parents, line.deleted, body)
    except (UnicodeError, RecursionError, OverflowError):
        raise BundleInvalid(
            Message("record_value_not_storable", "{where}: a value cannot be stored", where=where)
        ) from None
    if not rev_ok:
        raise BundleInvalid(
            Message(
                "revision_hash_mismatch",
                "{where}: revision {rev!r} does not match its content",
                where=where,
                rev=line.rev,
            )
        )
    revision = Revision(
        kind=kind,
        record_id=line.id,
        rev=line.rev,
        parents=tuple(parents),
        deleted=line.deleted,
        body=body,
        changed_fields=tuple(line.changed_fields),
        device_id=line.device_id,
        author=line.author,
        changed_at=line.changed_at,
    )
    return revision, line.head


# --- record rows from revisions ----------------------------------------------------------


# Per kind, the body fields whose column form differs from their text (dates, times, amounts).
_CONVERTED = {kind: [(c.name, c) for c in columns] for kind, columns in CONVERTED.items()}


def record_row(revision: Revision) -> dict[str, Any]:
    """The full record row whose current revision is ``revision``."""
    row = dict(revision.body)
    for name, column in _CONVERTED[revision.kind]:
        if row[name] is not None:
            row[name] = column_value(column, row[name])
    row.update(
        id=revision.record_id,
        rev=revision.rev,
        deleted=revision.deleted,
        origin_device=revision.device_id,
        updated_at=parse_utc_text(revision.changed_at),
    )
    return row
