"""How the Conflicts tab names record kinds and fields and shows their values (vocabulary
words translated, dates in the user's locale, long text cut)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
)

from fieldpartner.domain.rules import COLUMNS
from fieldpartner.ui.common import vocabulary
from fieldpartner.ui.common.dates import format_date
from fieldpartner.ui.sync.labels import format_time

LOCAL, INCOMING, EDIT = "local", "incoming", "edit"
# Column types (domain.rules) whose value travels as text; the others as JSON.
TEXT_KINDS = ("text", "date", "datetime", "decimal")
# Text fields that hold a vocabulary value (``national_ngo``) rather than free text.
VOCABULARY_FIELDS = frozenset(
    {"type", "phase", "category", "modality", "sensitivity", "status", "rating"}
)
SHOWN_CHARACTERS = 400
RESOLVED_SHOWN = 500


def field_kind(kind: str, name: str) -> str:
    column = COLUMNS.get(kind, {}).get(name)
    return column.type if column is not None else "any"


def _compact_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "), sort_keys=True)


def display_value(kind: str, name: str, value: Any) -> str:
    """A stored value as a person reads it: dates and numbers in the user's locale,
    vocabulary by its label, lists as items, other structures as compact JSON."""
    if value is None or value == "" or value == [] or value == {}:
        return QCoreApplication.translate("ConflictsPanel", "(empty)")
    rule_kind = field_kind(kind, name)
    try:
        if rule_kind == "date" and isinstance(value, str):
            return format_date(date.fromisoformat(value))
        if rule_kind == "datetime" and isinstance(value, str):
            return format_time(value)
    except ValueError:
        return str(value)
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("ConflictsPanel", "Yes")
            if value
            else QCoreApplication.translate("ConflictsPanel", "No")
        )
    if isinstance(value, int):
        return QLocale().toString(value)
    if isinstance(value, str):
        if name in VOCABULARY_FIELDS:
            return vocabulary.labels().get(value, value)
        return value
    if isinstance(value, list) and all(
        isinstance(v, str | int | float) and not isinstance(v, bool) for v in value
    ):
        return ", ".join(str(v) for v in value)
    return _compact_json(value)


def value_text(kind: str, name: str, value: Any) -> str | None:
    """The text ``resolve_conflict`` takes for ``value`` (None: it cannot be given).
    An empty optional field (a date, an amount, a link) is given as empty text, which
    clears it."""
    if field_kind(kind, name) in TEXT_KINDS:
        if value is None:
            column = COLUMNS.get(kind, {}).get(name)
            return "" if column is not None and column.nullable else None
        return str(value)
    return _compact_json(value)


def elided(text: str) -> str:
    return text if len(text) <= SHOWN_CHARACTERS else text[:SHOWN_CHARACTERS] + "…"
