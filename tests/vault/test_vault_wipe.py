"""Emergency wipe: fast, header first, nothing left that opens the data."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from vault_helpers import PASSPHRASE, add_partners

from fieldpartner.vault import Vault, VaultHeaderError, wipe


def test_wipe_takes_well_under_a_second(vault: Vault) -> None:
    add_partners(vault, *(f"Partner {i}" for i in range(200)))
    path = vault.path
    vault.lock()
    start = time.perf_counter()
    wipe(path)
    elapsed = time.perf_counter() - start
    assert elapsed < 1.0, f"wipe took {elapsed:.3f} s"
    assert not path.exists()


def test_wipe_destroys_the_header_before_any_database_file(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_partners(vault, "Open while wiped")  # so the write-ahead log exists
    path = vault.path
    original_header = (path / "vault.json").read_bytes()
    order: list[str] = []
    header_at_unlink: list[bytes] = []
    real_unlink = Path.unlink

    def spy(self: Path, missing_ok: bool = False) -> None:
        if self.name == "vault.json":
            header_at_unlink.append(self.read_bytes())
        order.append(self.name)
        real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", spy)
    removed = wipe(path)
    monkeypatch.undo()
    vault.lock()

    assert order[0] == "vault.json"
    assert {"vault.db", "vault.db-wal"} <= set(order[1:])
    assert removed[0] == "vault.json"
    # Overwritten in place before the unlink: the freed blocks hold no wrapped key.
    assert len(header_at_unlink[0]) == len(original_header)
    assert header_at_unlink[0] != original_header
    assert b"passphrase" not in header_at_unlink[0]


def test_wipe_interrupted_after_the_header_leaves_the_database_unopenable(
    vault_path: Path, recovery_key: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_unlink = Path.unlink

    def power_cut_after_header(self: Path, missing_ok: bool = False) -> None:
        real_unlink(self, missing_ok=missing_ok)
        if self.name == "vault.json":
            raise KeyboardInterrupt("power cut")

    monkeypatch.setattr(Path, "unlink", power_cut_after_header)
    with pytest.raises(KeyboardInterrupt):
        wipe(vault_path)
    monkeypatch.undo()

    assert (vault_path / "vault.db").exists()
    assert not (vault_path / "vault.json").exists()
    with pytest.raises(VaultHeaderError, match="wiped"):
        Vault.unlock(vault_path, PASSPHRASE)
    with pytest.raises(VaultHeaderError, match="wiped"):
        Vault.unlock_with_recovery_key(vault_path, recovery_key)
    # Running the wipe again finishes the job.
    wipe(vault_path)
    assert not vault_path.exists()


def test_wipe_while_unlocked_in_this_process_leaves_nothing(vault: Vault) -> None:
    add_partners(vault, "Secret partner")
    path = vault.path
    key = vault._key
    assert (path / "vault.db-wal").exists()

    removed = wipe(path)

    assert set(removed) >= {"vault.json", "vault.db", "vault.db-wal", "vault.db-shm"}
    assert not path.exists()
    vault.lock()
    assert key == bytearray(len(key))
    assert not path.exists(), "closing the last connection must not recreate any file"


def test_wipe_removes_backups_and_leaves_other_files_of_the_user(vault_path: Path) -> None:
    (vault_path / "backups").mkdir()
    (vault_path / "backups" / "vault-0001-20260101T000000Z.db").write_bytes(b"x" * 4096)
    (vault_path / "README.txt").write_text("not ours")
    removed = wipe(vault_path)
    assert "backups" in removed
    assert sorted(p.name for p in vault_path.iterdir()) == ["README.txt"]


def test_wipe_also_shreds_a_header_left_half_written_by_a_crash(vault_path: Path) -> None:
    # write_atomic's temp file survives a power cut during a passphrase change; it holds
    # a complete header, which with the passphrase would open an undeleted database.
    leftover = vault_path / ".vault.json.4242.0badc0de.tmp"
    leftover.write_bytes((vault_path / "vault.json").read_bytes())
    wipe(vault_path)
    assert not leftover.exists()
    assert not vault_path.exists()


def test_wipe_of_a_folder_that_is_not_a_vault_touches_nothing_else(tmp_path: Path) -> None:
    folder = tmp_path / "Photos"
    folder.mkdir()
    (folder / "holiday.jpg").write_bytes(b"\xff\xd8")
    assert wipe(folder) == []
    assert [p.name for p in folder.iterdir()] == ["holiday.jpg"]


def test_wiped_vault_header_is_not_json(vault_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Even if the unlink were lost (a crash before the folder's metadata reached disk),
    # what remains under the name vault.json is noise.
    monkeypatch.setattr(Path, "unlink", lambda self, missing_ok=False: None)
    wipe(vault_path)
    monkeypatch.undo()
    raw = (vault_path / "vault.json").read_bytes()
    with pytest.raises((ValueError, UnicodeDecodeError)):
        json.loads(raw)
    with pytest.raises(VaultHeaderError):
        Vault.unlock(vault_path, PASSPHRASE)


def test_wipe_still_deletes_a_header_it_cannot_overwrite(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fieldpartner.vault import vault as vault_module

    def read_only(*args: object, **kwargs: object) -> None:
        raise PermissionError("read-only file")

    monkeypatch.setattr(vault_module, "open", read_only, raising=False)
    removed = wipe(vault_path)
    assert removed[:2] == ["vault.json", "vault.db"]
    assert not vault_path.exists()
