"""Headquarters' database on PostgreSQL (psycopg 3): what differs from a SQLCipher vault.

Everything engine-specific for PostgreSQL lives here, reached through ``vault.sql`` (the
seam) and ``vault.hq`` (the HQ database object); ``engine`` is its SQLite counterpart. The
models, the migrations and the services are the same.

- The SQL functions a vault's connection defines in Python (``casefold``, ``fold``) and the
  SQLite built-ins the domain's queries name (``json_extract``, ``instr``) are SQL functions
  of the same name and result in the database (``install_functions``), so the queries and
  the expression indexes of the migrations are written once.
- Foreign keys are made ``DEFERRABLE`` after each migration (``make_deferrable``): an import
  writes rows in any order and they are checked at commit, as SQLite's ``defer_foreign_keys``.
- A driver failure the user can act on (the server gone, other writers holding rows) is
  the vault's plain error (``driver_failure``, reached through ``engine.database_failure``).
- Imports from one device are serialised by a transaction-level advisory lock keyed on the
  device id (``lock_sender``).
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import unicodedata
from functools import cache
from typing import Any

from sqlalchemy import ARRAY, ColumnElement, Connection, Engine, String, any_, bindparam, text
from sqlalchemy import create_engine as sa_create_engine
from sqlalchemy.engine import make_url

from fieldpartner.domain.problems import Message
from fieldpartner.vault.errors import VaultBusy, VaultDatabaseError, VaultError, VaultUnavailable

SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")
IN_LIST = "= ANY(?)"
ADVISORY_NAMESPACE = b"fieldpartner-import-from:"


def is_database_url(text_: str) -> bool:
    return text_.startswith(SCHEMES)


def sqlalchemy_url(url: str) -> str:
    """A ``postgresql://`` URL (libpq's form) as SQLAlchemy's URL for psycopg 3."""
    if not is_database_url(url):
        raise VaultDatabaseError(
            Message("hq_url_expected", "an HQ database is named by a postgresql://… URL")
        )
    rest = url.split("://", 1)[1]
    return f"postgresql+psycopg://{rest}"


def display_url(url: str) -> str:
    """The URL without its password, for messages."""
    try:
        return (
            make_url(sqlalchemy_url(url))
            .render_as_string(hide_password=True)
            .replace("postgresql+psycopg://", "postgresql://", 1)
        )
    except Exception:
        return "the database URL"


def open_engine(url: str) -> Engine:
    """An engine over HQ's database. The connection's options (TLS, certificates) come
    from the URL's query, as libpq reads them (``sslmode=verify-full&sslrootcert=…``)."""
    try:
        return sa_create_engine(
            sqlalchemy_url(url),
            pool_size=4,
            max_overflow=4,
            pool_pre_ping=True,
            # As the vault: non-Latin text kept as itself in JSON (see engine.open_engine).
            json_serializer=lambda value: json.dumps(value, ensure_ascii=False),
        )
    except ImportError:
        raise VaultDatabaseError(
            Message(
                "hq_needs_psycopg", "HQ on PostgreSQL needs psycopg: pip install 'fieldpartner[hq]'"
            )
        ) from None
    except Exception as exc:  # a malformed URL: say so without echoing a password
        raise VaultDatabaseError(
            Message(
                "hq_url_unusable",
                "cannot use {url}: {reason}",
                url=display_url(url),
                reason=type(exc).__name__,
            )
        ) from None


def list_parameter(values: list[str]) -> list[str]:
    return list(values)


def any_of(column: Any, values: list[str]) -> ColumnElement[bool]:
    """``column = ANY(array)``: the values bound as one array parameter."""
    array = bindparam(None, list(values), type_=ARRAY(String()))
    return column == any_(array)


def _ranges(codes: list[int]) -> str:
    parts: list[str] = []
    start = prev = codes[0]
    for code in [*codes[1:], -1]:
        if code == prev + 1:
            prev = code
            continue
        parts.append(chr(start) if start == prev else f"{chr(start)}-{chr(prev)}")
        start = prev = code
    return "".join(parts)


@cache
def _marks_class() -> str:
    """A regular-expression class of every non-spacing mark (Unicode category Mn), as
    ``domain.search.fold`` removes them."""
    codes = [c for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Mn"]
    return f"[{_ranges(codes)}]"


# ``domain.search._ARABIC_LETTERS``: the letters folded into one, and tatweel removed
# (translate() drops a character of its second argument that has none in its third).
_ARABIC_FROM = "\u0623\u0625\u0622\u0671\u0649\u0640"
_ARABIC_TO = "\u0627\u0627\u0627\u0627\u064a"


def _functions() -> list[str]:
    marks = _marks_class()
    assert "$" not in marks and "'" not in marks
    return [
        # Python's casefold; PostgreSQL's lower() folds every script under a UTF-8 locale
        # (it keeps ß and a few others that casefold expands).
        "CREATE OR REPLACE FUNCTION casefold(value text) RETURNS text "
        "LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT lower(value) $$",
        # domain.search.fold: Arabic letters, NFKD, marks removed, case folded, NFC.
        "CREATE OR REPLACE FUNCTION fold(value text) RETURNS text "
        "LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT normalize(lower("
        f"regexp_replace(normalize(translate(value, '{_ARABIC_FROM}', '{_ARABIC_TO}'), NFKD), "
        f"'{marks}', '', 'g')), NFC) $$",
        # A JSON column (a list of tags) is searched as its text, as SQLite does.
        "CREATE OR REPLACE FUNCTION fold(value json) RETURNS text "
        "LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT fold(value::text) $$",
        # SQLite's json_extract with a path of its form ('$.a.b'), as text.
        "CREATE OR REPLACE FUNCTION json_extract(value json, path text) RETURNS text "
        "LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS "
        "$$ SELECT jsonb_path_query_first(value::jsonb, path::jsonpath) #>> '{}' $$",
        "CREATE OR REPLACE FUNCTION instr(value text, part text) RETURNS integer "
        "LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT strpos(value, part) $$",
    ]


def install_functions(connection: Connection) -> None:
    """The SQL functions the queries and indexes use (see the module docstring)."""
    for statement in _functions():
        connection.exec_driver_sql(statement)


def make_deferrable(connection: Connection) -> None:
    """Every foreign key of the schema checked at commit when a transaction asks
    (``SET CONSTRAINTS ALL DEFERRED``), at each statement otherwise."""
    rows = connection.execute(
        text(
            "SELECT c.conname, cl.relname FROM pg_constraint c "
            "JOIN pg_class cl ON cl.oid = c.conrelid "
            "JOIN pg_namespace n ON n.oid = c.connamespace "
            "WHERE c.contype = 'f' AND NOT c.condeferrable AND n.nspname = current_schema()"
        )
    ).all()
    for name, table in rows:
        connection.exec_driver_sql(
            f'ALTER TABLE "{table}" ALTER CONSTRAINT "{name}" DEFERRABLE INITIALLY IMMEDIATE'
        )


def reset_sequences(connection: Connection) -> None:
    """Each serial column's sequence after the largest value in its table (after rows were
    copied in with their own values)."""
    rows = connection.execute(
        text(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND column_default LIKE 'nextval(%'"
        )
    ).all()
    for table, column in rows:
        if not re.fullmatch(r"[a-z_]+", table + column):
            continue
        connection.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'), "
            f'coalesce(max("{column}"), 0) + 1, false) FROM "{table}"'
        )


def lock_key(device_id: str) -> int:
    """The advisory lock's 64-bit key for imports from ``device_id``."""
    digest = hashlib.sha256(ADVISORY_NAMESPACE + device_id.encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


def lock_sender(connection: Connection, device_id: str) -> None:
    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": lock_key(device_id)})


# SQLSTATEs of a transaction ended because other writers held what it needed:
# serialization_failure, deadlock_detected, lock_not_available (NOWAIT, lock_timeout).
_BUSY_STATES = frozenset({"40001", "40P01", "55P03"})
# Classes of a server that cannot be used now: connection exception, insufficient
# resources (a full disk), operator intervention (a shutdown), system error.
_UNAVAILABLE_CLASSES = frozenset({"08", "53", "57", "58"})


def driver_failure(original: BaseException) -> VaultError | None:
    """The plain vault error for a psycopg failure, or None (a bug: bad SQL, a refused
    constraint). Only the first line of the server's message is kept: its detail lines
    can quote a row's values."""
    import psycopg

    if not isinstance(original, psycopg.Error):
        return None
    state = original.sqlstate or ""
    reason = (str(original).strip().splitlines() or [type(original).__name__])[0]
    if state in _BUSY_STATES:
        return VaultBusy(f"HQ's database is busy: {reason}")
    if isinstance(original, psycopg.OperationalError) or state[:2] in _UNAVAILABLE_CLASSES:
        return VaultUnavailable(f"HQ's database cannot be used: {reason}")
    return None
