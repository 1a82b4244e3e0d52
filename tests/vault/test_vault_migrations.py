"""Schema migrations agree with the models; verify() reports what it checked and found."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import MetaData, inspect
from vault_helpers import PASSPHRASE, file_digest

from fieldpartner.domain.models import Base
from fieldpartner.vault import Vault, VaultDatabaseError
from fieldpartner.vault import vault as vault_module
from fieldpartner.vault.migrate import (
    current_revision,
    head_revision,
    known_revisions,
    upgrade_to_head,
)


def _set_schema_revision(vault: Vault, revision: str) -> None:
    assert vault.engine is not None
    with vault.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = ?", (revision,))


def test_empty_database_migrated_to_head_has_exactly_the_model_tables(tmp_path: Path) -> None:
    from fieldpartner.vault.engine import open_engine

    key = bytearray(b"\x42" * 32)
    engine = open_engine(tmp_path / "vault.db", key)
    try:
        upgrade_to_head(engine)
        tables = set(inspect(engine).get_table_names())
        assert tables - {"alembic_version"} == set(Base.metadata.tables)
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()


def test_migrations_and_models_do_not_differ(vault: Vault) -> None:
    assert vault.engine is not None
    with vault.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "render_as_batch": True}
        )
        differences = compare_metadata(context, Base.metadata)
        # The comparison does see the database: against no models, every table differs.
        against_nothing = compare_metadata(context, MetaData())
    assert differences == []
    removed = {diff[1].name for diff in against_nothing if diff[0] == "remove_table"}
    assert removed == set(Base.metadata.tables)


def test_verify_of_a_sound_vault_is_ok_and_lists_its_checks(vault: Vault) -> None:
    report = vault.verify()
    assert report.ok, report.problems
    assert report.problems == []
    text = "\n".join(report.checks)
    for check in ("cipher_integrity_check", "integrity_check", "foreign_key_check"):
        assert check in text
    assert f"schema at migration {head_revision()}" in text
    assert "device identity present" in text


def test_verify_reports_a_schema_at_an_unknown_migration(vault: Vault) -> None:
    _set_schema_revision(vault, "bogus99")
    report = vault.verify()
    assert not report.ok
    assert any("bogus99" in problem for problem in report.problems)


def test_verify_reports_a_missing_device_identity(vault: Vault) -> None:
    assert vault.engine is not None
    with vault.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM vault_settings WHERE key = 'device_id'")
    vault._settings_cache.clear()
    report = vault.verify()
    assert report.problems == ["the vault has no device id"]


def test_unlock_refuses_a_schema_from_a_newer_version_without_backup_or_change(
    vault: Vault,
) -> None:
    path = vault.path
    _set_schema_revision(vault, "0099_from_the_future")
    vault.lock()
    before = file_digest(path / "vault.db")
    with pytest.raises(VaultDatabaseError, match=r"0099_from_the_future.*newer version"):
        Vault.unlock(path, PASSPHRASE)
    assert not (path / "backups").exists()
    assert file_digest(path / "vault.db") == before
    # Opened without migrating (as verify does from the CLI), it says the same.
    with Vault.unlock(path, PASSPHRASE, migrate=False) as opened:
        assert not opened.verify().ok


def test_an_older_schema_is_backed_up_encrypted_before_it_is_migrated(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Pretend the program's head is one migration later than the vault's.
    path = vault.path
    vault.lock()
    db_before = (path / "vault.db").read_bytes()
    upgraded: list[str] = []
    current = head_revision()
    later = f"{int(current) + 1:04d}"
    monkeypatch.setattr(vault_module, "head_revision", lambda: later)
    monkeypatch.setattr(vault_module, "known_revisions", lambda: {*known_revisions(), later})
    monkeypatch.setattr(vault_module, "upgrade_to_head", lambda engine: upgraded.append("x"))

    Vault.unlock(path, PASSPHRASE).lock()

    assert upgraded == ["x"]
    backups = list((path / "backups").iterdir())
    assert len(backups) == 1 and backups[0].name.startswith(f"vault-{current}-")
    assert backups[0].read_bytes() == db_before
    assert not db_before.startswith(b"SQLite format 3")
