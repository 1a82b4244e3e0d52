"""Nothing written to the vault can be read from disk without the key.

Canaries go into a partner's name and notes and into an attachment's bytes; then every
file of the vault folder (database, write-ahead log and shared memory while open, and
what is left after lock) and every file that appeared in the system temp folder during
the test is searched for them in UTF-8 and UTF-16.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

import pytest
from vault_helpers import PASSPHRASE, floor_kdf

from fieldpartner.domain.models import Attachment, Blob
from fieldpartner.domain.partners import add_partner
from fieldpartner.vault import Vault
from fieldpartner.vault.backup import make_backup, restore_backup
from fieldpartner.vault.security import enable_duress

CANARY = "CANARY-7f3a9c"
# "a secret witness" in Arabic, with the canary's tag so it cannot occur by chance.
ARABIC_CANARY = "\u0634\u0627\u0647\u062f \u0633\u0631\u064a 7f3a9c"
ATTACHMENT_CANARY = b"%PDF-1.7 registration certificate ATTACH-CANARY-51d2e0 "


def _needles() -> list[bytes]:
    needles = [ATTACHMENT_CANARY.strip()]
    for text in (CANARY, ARABIC_CANARY):
        needles += [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]
    return needles


def _leaks(path: Path) -> list[str]:
    try:
        data = path.read_bytes()
    except OSError:  # vanished or unreadable (another process's scratch)
        return []
    return [f"{path}: {needle!r}" for needle in _needles() if needle in data]


def _temp_snapshot() -> dict[Path, tuple[int, int]]:
    """Every file under the system temp folder with its (mtime, size)."""
    found: dict[Path, tuple[int, int]] = {}
    root = Path(tempfile.gettempdir())
    for folder, dirs, files in os.walk(root):
        if Path(folder) == root:
            # The tool runner's own job logs live here; they are not ours to read.
            dirs[:] = [d for d in dirs if not d.startswith(("bash_jobs", "bash_tool"))]
        for name in files:
            path = Path(folder) / name
            try:
                stat = path.stat()
            except OSError:
                continue
            found[path] = (stat.st_mtime_ns, stat.st_size)
    return found


def _write_canaries(vault: Vault) -> None:
    notes = f"Met the director; {CANARY}; {ARABIC_CANARY}. " * 20
    data = ATTACHMENT_CANARY * 200
    with vault.transaction() as session:
        partner = add_partner(session, name=f"{CANARY} {ARABIC_CANARY}", notes=notes)
        digest = hashlib.sha256(data).hexdigest()
        session.add(Blob(sha256=digest, size=len(data), data=data))
        session.flush()  # the blob row first: attachments refer to it by hash
        session.add(
            Attachment(
                filename="registration.pdf",
                media_type="application/pdf",
                size=len(data),
                sha256=digest,
                partner_id=partner.id,
                description=CANARY,
            )
        )


def test_database_file_does_not_look_like_sqlite(vault_path: Path) -> None:
    head = (vault_path / "vault.db").read_bytes()[:16]
    assert not head.startswith(b"SQLite format 3")


def test_canaries_are_not_on_disk_while_open_after_lock_or_in_temp_files(
    tmp_path: Path,
) -> None:
    before = _temp_snapshot()
    path = tmp_path / "Canary.fpvault"
    vault, _ = Vault.create(path, PASSPHRASE, kdf=floor_kdf())
    try:
        _write_canaries(vault)
        # Read them back so that any cache or sort spill would have happened.
        with vault.session() as session:
            assert session.query(Attachment).filter(Attachment.description == CANARY).count()
        open_files = sorted(p.name for p in path.iterdir())
        assert "vault.db-wal" in open_files, "the write-ahead log should exist while open"
        leaks = [leak for p in path.rglob("*") if p.is_file() for leak in _leaks(p)]
        assert leaks == []
    finally:
        vault.lock()

    leaks = [leak for p in path.rglob("*") if p.is_file() for leak in _leaks(p)]
    assert leaks == []
    with Vault.unlock(path, PASSPHRASE) as reopened, reopened.session() as session:
        blob = session.query(Blob).one()
        assert ATTACHMENT_CANARY in blob.data

    after = _temp_snapshot()
    changed = [p for p, stamp in after.items() if before.get(p) != stamp]
    assert any(p.is_relative_to(path) for p in changed)  # the search did reach the vault
    leaks = [leak for p in changed for leak in _leaks(p)]
    assert leaks == []


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16-le"])
def test_canary_search_finds_plaintext_when_it_is_there(tmp_path: Path, encoding: str) -> None:
    # The search above is only worth something if it would find a leak.
    leaked = tmp_path / "leak.bin"
    leaked.write_bytes(b"\x00junk" + ARABIC_CANARY.encode(encoding) + b"junk")
    assert _leaks(leaked)


def test_every_connection_uses_the_pragmas_that_keep_data_off_the_disk(vault: Vault) -> None:
    assert vault.engine is not None
    with vault.engine.connect() as conn:
        pragma = conn.exec_driver_sql
        assert pragma("PRAGMA secure_delete").scalar() == 1
        assert pragma("PRAGMA temp_store").scalar() == 2  # MEMORY: no plaintext temp files
        assert pragma("PRAGMA journal_mode").scalar() == "wal"
        assert pragma("PRAGMA foreign_keys").scalar() == 1
        assert pragma("PRAGMA synchronous").scalar() == 2  # FULL
        assert str(pragma("PRAGMA cipher_memory_security").scalar()) == "1"
        assert pragma("PRAGMA cipher_version").scalar().startswith("4.")


def test_vault_files_are_readable_by_their_owner_only(tmp_path) -> None:
    import stat

    from vault_helpers import floor_kdf

    from fieldpartner.vault import Vault

    folder = tmp_path / "Perms.fpvault"
    vault, _ = Vault.create(folder, "a passphrase", kdf=floor_kdf())
    try:
        for name in ("vault.json", "vault.db"):
            mode = stat.S_IMODE((folder / name).stat().st_mode)
            assert mode & 0o077 == 0, f"{name} has mode {oct(mode)}"
    finally:
        vault.lock()


def test_canaries_stay_off_the_disk_through_duress_on_and_the_decoy_taking_over(
    tmp_path: Path,
) -> None:
    before = _temp_snapshot()
    path = tmp_path / "Duress.fpvault"
    vault, _ = Vault.create(path, PASSPHRASE, kdf=floor_kdf())
    try:
        _write_canaries(vault)
        # The decoy's own content must be encrypted too: give it a canary to look for.
        enable_duress(vault, "lemon tree by the old station", decoy_partners=(CANARY,))
        assert len(list((path / "backups").glob("vault-*.db"))) == 1
        assert [leak for p in path.rglob("*") if p.is_file() for leak in _leaks(p)] == []
    finally:
        vault.lock()
    with Vault.unlock(path, "lemon tree by the old station") as decoy:
        with decoy.session() as session:
            assert session.query(Blob).count() == 0  # the real attachment is not in the decoy
        assert [leak for p in path.rglob("*") if p.is_file() for leak in _leaks(p)] == []

    after = _temp_snapshot()
    changed = [p for p, stamp in after.items() if before.get(p) != stamp]
    assert any(p.is_relative_to(path) for p in changed)
    assert [leak for p in changed for leak in _leaks(p)] == []


def test_canaries_stay_off_the_disk_through_a_backup_and_its_restore(tmp_path: Path) -> None:
    before = _temp_snapshot()
    path = tmp_path / "Field.fpvault"
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    vault, _ = Vault.create(path, PASSPHRASE, kdf=floor_kdf())
    try:
        _write_canaries(vault)
        made = make_backup(vault, stick)
    finally:
        vault.lock()
    written = [p for p in stick.rglob("*") if p.is_file()]
    assert written, "the backup wrote nothing"
    assert [leak for p in written for leak in _leaks(p)] == []

    restored = restore_backup(made.path, tmp_path / "Restored.fpvault", PASSPHRASE)
    with Vault.unlock(restored.path, PASSPHRASE) as reopened, reopened.session() as session:
        assert ATTACHMENT_CANARY in session.query(Blob).one().data  # the canaries came back
    assert [leak for p in restored.path.rglob("*") if p.is_file() for leak in _leaks(p)] == []

    after = _temp_snapshot()
    changed = [p for p, stamp in after.items() if before.get(p) != stamp]
    assert any(p.is_relative_to(stick) for p in changed)  # the search did reach the backup
    assert [leak for p in changed for leak in _leaks(p)] == []
