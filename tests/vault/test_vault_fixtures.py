"""Vaults saved by earlier versions, kept under tests/fixtures/ and opened by every version.

``vault-format1-schema0001.tar.gz`` is a vault of format 1 at schema migration 0001, with two
partners (one with an Arabic name). Its passphrase is "fixture passphrase"; its recovery key
is in the file beside it.
"""

from __future__ import annotations

import tarfile
from pathlib import Path

from sqlalchemy import select

from fieldpartner.domain.models import Partner
from fieldpartner.vault import Vault
from fieldpartner.vault.migrate import current_revision, head_revision

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
ARABIC_NAME = "\u0645\u0631\u0643\u0632 \u0627\u0644\u0639\u062f\u0627\u0644\u0629"


def _extract(tmp_path: Path) -> Path:
    with tarfile.open(FIXTURES / "vault-format1-schema0001.tar.gz") as archive:
        archive.extractall(tmp_path, filter="data")
    return tmp_path / "schema-0001.fpvault"


def test_schema_0001_vault_is_migrated_to_head_after_a_backup(tmp_path: Path) -> None:
    path = _extract(tmp_path)
    vault = Vault.unlock(path, "fixture passphrase")
    try:
        assert current_revision(vault.engine) == head_revision()  # type: ignore[arg-type]
        backups = list((path / "backups").iterdir())
        assert len(backups) == 1 and backups[0].name.startswith("vault-0001-")
        with vault.session() as session:
            names = sorted(session.scalars(select(Partner.name)))
        assert names == sorted(["Centre for Legal Aid", ARABIC_NAME])
        assert vault.verify().ok
    finally:
        vault.lock()
    # The backup is the untouched old database: it still opens at its old schema.
    reopened = Vault.unlock(path, "fixture passphrase")
    try:
        assert not list((path / "backups").glob("vault-0002-*"))
    finally:
        reopened.lock()


def test_schema_0001_vault_opens_with_its_recovery_key(tmp_path: Path) -> None:
    path = _extract(tmp_path)
    recovery = (FIXTURES / "vault-format1-schema0001.recovery-key.txt").read_text().strip()
    vault = Vault.unlock_with_recovery_key(path, recovery)
    try:
        with vault.session() as session:
            assert session.scalar(select(Partner).where(Partner.country == "KE")) is not None
    finally:
        vault.lock()
