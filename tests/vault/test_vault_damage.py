"""A damaged vault.db surfaces as one plain error, VaultDamaged, wherever it is read.

The application and the command line show ``str(error)`` for every VaultError, so a page
that fails SQLCipher's authentication must never reach them as the driver's own error.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from vault_helpers import PASSPHRASE, add_partners, folder_digests

from fieldpartner.domain.models import Partner
from fieldpartner.vault import Vault, VaultBusy, VaultDamaged, database_failure, verify_vault
from fieldpartner.vault.engine import PAGE_SIZE


def _flip(db: Path, page: int, offset: int = 1000) -> None:
    data = bytearray(db.read_bytes())
    data[(page - 1) * PAGE_SIZE + offset] ^= 0x01
    db.write_bytes(bytes(data))


def _partners_root_page(vault: Vault) -> int:
    assert vault.engine is not None
    with vault.engine.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = 'partners'"
        ).one()
    return int(row[0])


def test_a_damaged_first_page_refuses_unlock_as_damaged_and_changes_nothing(
    vault_path: Path,
) -> None:
    _flip(vault_path / "vault.db", 1)
    before = folder_digests(vault_path)
    with pytest.raises(VaultDamaged) as caught:
        Vault.unlock(vault_path, PASSPHRASE)
    assert str(caught.value) == (
        "vault.db is damaged (file is not a database); restore the vault from a copy"
    )
    assert folder_digests(vault_path) == before


def test_reading_a_damaged_page_raises_vault_damaged_in_one_line(vault: Vault) -> None:
    add_partners(vault, *(f"Partner {n}" for n in range(60)))
    page = _partners_root_page(vault)
    path = vault.path
    vault.lock()
    _flip(path / "vault.db", page)
    with (
        Vault.unlock(path, PASSPHRASE) as opened,
        opened.session() as session,
        pytest.raises(VaultDamaged) as caught,
    ):
        session.scalars(select(Partner)).all()
    assert "\n" not in str(caught.value)
    assert caught.value.reason == "database disk image is malformed"
    report = verify_vault(path, PASSPHRASE)
    assert report.problems[0] == (
        f"page {page} fails authentication: bytes {(page - 1) * PAGE_SIZE}-"
        f"{page * PAGE_SIZE - 1} of vault.db are damaged"
    )


def test_verify_of_a_sound_locked_vault_names_header_and_key_first(vault_path: Path) -> None:
    report = verify_vault(vault_path, PASSPHRASE)
    assert report.ok, report.problems
    assert report.checks[:2] == [
        "header: vault.json, vault format 1",
        "key: the passphrase slot opens the database key",
    ]


def _driver_error(kind: type[Exception], message: str, code: int) -> Exception:
    error = kind(message)
    error.sqlite_errorcode = code  # type: ignore[attr-defined]  # as the driver sets it
    return error


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (
            _driver_error(sqlcipher.DatabaseError, "database disk image is malformed", 11),
            "vault.db is damaged (database disk image is malformed); restore the vault from a copy",
        ),
        (
            _driver_error(sqlcipher.OperationalError, "database is locked", 5),
            "vault.db cannot be used: database is locked",
        ),
        (
            _driver_error(sqlcipher.OperationalError, "disk I/O error", 10 | (3 << 8)),
            "vault.db cannot be used: disk I/O error",
        ),
        (_driver_error(sqlcipher.IntegrityError, "UNIQUE constraint failed: x.y", 19), None),
        (ValueError("not from the driver"), None),
    ],
)
def test_driver_errors_become_one_plain_vault_error_or_stay_bugs(
    error: Exception, expected: str | None
) -> None:
    failure = database_failure(error)
    assert (None if failure is None else str(failure)) == expected
    # Only a lock held by other writers is worth trying again (``hq drain`` does).
    assert isinstance(failure, VaultBusy) == (
        expected == "vault.db cannot be used: database is locked"
    )
    wrapped = DBAPIError.instance("SELECT 1", None, error, sqlcipher.Error)
    assert (None if (f := database_failure(wrapped)) is None else str(f)) == expected
