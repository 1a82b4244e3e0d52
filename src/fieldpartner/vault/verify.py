"""What ``vault verify`` checks in vault.db, and the report it gives.

The checks run in the order the database is read: every page's authentication (SQLCipher's
HMAC), SQLite's structure, foreign keys, the schema's migration, the device identity. A
damaged database never makes a check raise: the report says what failed or could not be
read, each line starting with what it is about (``page 7 …``, ``structure: …``,
``schema: …``). Nothing is written to the vault.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine

from fieldpartner.vault.engine import PAGE_SIZE, close_all, open_engine, unauthenticated_pages
from fieldpartner.vault.errors import VaultDamaged, VaultError
from fieldpartner.vault.migrate import current_revision, head_revision, known_revisions


@dataclass
class VerifyReport:
    """What was checked; ``problems`` is empty when the vault is sound."""

    checks: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_database(
    db_path: Path, key: bytearray, report: VerifyReport, engine: Engine | None = None
) -> None:
    """Add the checks of vault.db under ``key`` to ``report``.

    ``engine`` is the open vault's, if there is one; otherwise a temporary one is made and
    closed again.
    """
    if not db_path.is_file():
        report.problems.append(f"database: {db_path.name} is missing")
        return
    try:
        failed, total = unauthenticated_pages(db_path, key)
    except VaultDamaged as exc:
        report.problems.append(f"pages: cipher_integrity_check could not run ({exc.reason})")
        return
    report.checks.append(
        f"pages: SQLCipher authentication of {total} pages (cipher_integrity_check)"
    )
    if failed and len(failed) == total:
        report.problems.append(
            f"key: the database key opens none of the {total} pages of {db_path.name} (it "
            "belongs to another vault.json, or its first 16 bytes, the salt, are damaged)"
        )
        return
    report.problems += [
        f"page {page} fails authentication: bytes {(page - 1) * PAGE_SIZE}-"
        f"{page * PAGE_SIZE - 1} of {db_path.name} are damaged"
        for page in failed
    ]
    own_engine = engine is None
    engine = engine if engine is not None else open_engine(db_path, key)
    try:
        for name, check in _CONTENT_CHECKS:
            try:
                check(engine, report)
            except VaultDamaged as exc:
                # The damage (named by page above) stops the remaining checks.
                report.problems.append(f"{name} could not run ({exc.reason})")
                return
            except VaultError as exc:
                report.problems.append(f"{name} could not run: {exc}")
                return
    finally:
        if own_engine:
            close_all(engine)


def _integrity(engine: Engine, report: VerifyReport) -> None:
    with engine.connect() as conn:
        lines = [
            line
            for row in conn.exec_driver_sql("PRAGMA integrity_check")
            for line in str(row[0]).splitlines()
            if line.strip() and not line.startswith("***")  # "*** in database main ***"
        ]
    report.checks.append("SQLite structure (integrity_check)")
    if lines != ["ok"]:
        report.problems += [f"structure: integrity_check: {line}" for line in lines]


def _foreign_keys(engine: Engine, report: VerifyReport) -> None:
    with engine.connect() as conn:
        rows = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    report.checks.append("foreign keys (foreign_key_check)")
    report.problems += [
        f"structure: foreign_key_check: row {row[1]} of {row[0]} refers to a missing row "
        f"of {row[2]}"
        for row in rows
    ]


def _schema(engine: Engine, report: VerifyReport) -> None:
    current = current_revision(engine)
    head = head_revision()
    if current is None:
        report.checks.append("schema migration")
        report.problems.append("schema: vault.db records no schema migration")
    elif current not in known_revisions():
        report.checks.append(f"schema at migration {current}")
        report.problems.append(
            f"schema: vault.db's schema is at migration {current!r}, which this FieldPartner "
            "does not know (the vault was opened by a newer version, or it is damaged)"
        )
    elif current != head:
        report.checks.append(
            f"schema at migration {current} (unlocking upgrades it to {head}, after a backup)"
        )
    else:
        report.checks.append(f"schema at migration {current}")


def _device_identity(engine: Engine, report: VerifyReport) -> None:
    with engine.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT value FROM vault_settings WHERE key = 'device_id'"
        ).fetchone()
    report.checks.append("device identity present")
    if row is None or not _json_text(row[0]):
        report.problems.append("the vault has no device id")


# After page authentication, in order; each adds its check line once it has run.
_CONTENT_CHECKS: tuple[tuple[str, Callable[[Engine, VerifyReport], None]], ...] = (
    ("structure: integrity_check", _integrity),
    ("structure: foreign_key_check", _foreign_keys),
    ("schema: alembic_version", _schema),
    ("device identity", _device_identity),
)


def _json_text(value: object) -> str:
    if not isinstance(value, str):
        return ""
    try:
        decoded = json.loads(value)
    except ValueError:
        return ""
    return decoded if isinstance(decoded, str) else ""
