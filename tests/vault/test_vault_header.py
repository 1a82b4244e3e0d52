"""A wrong passphrase, a damaged or edited vault.json, a missing or foreign vault.db.

Every failure must name what is wrong and leave the vault's files exactly as they were.
"""

from __future__ import annotations

import base64
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from vault_helpers import PASSPHRASE, file_digest, floor_kdf, folder_digests

from fieldpartner.vault import (
    Vault,
    VaultDamaged,
    VaultDatabaseError,
    VaultHeaderError,
    WrongPassphrase,
    change_passphrase,
)


def _edit(vault_path: Path, change: Callable[[dict[str, Any]], None]) -> None:
    header = json.loads((vault_path / "vault.json").read_text())
    change(header)
    (vault_path / "vault.json").write_text(json.dumps(header, indent=2))


def test_wrong_passphrase_names_the_passphrase_and_changes_no_file(vault_path: Path) -> None:
    before = folder_digests(vault_path)
    with pytest.raises(WrongPassphrase, match="passphrase does not open this vault"):
        Vault.unlock(vault_path, PASSPHRASE + " ")
    after = folder_digests(vault_path)
    # Only the count of wrong passphrases is written (vault/guessing.py).
    assert after.pop("attempts.json")
    assert after == before
    assert sorted(before) == ["vault.db", "vault.json"]


def test_wrong_passphrase_is_reported_before_the_database_is_touched(
    vault_path: Path,
) -> None:
    (vault_path / "vault.db").unlink()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_path, "guess")


# --- damaged vault.json ----------------------------------------------------------------


@pytest.mark.parametrize("fraction", [0.0, 0.01, 0.25, 0.5, 0.9, 0.99])
def test_truncated_header_is_refused_as_damaged(vault_path: Path, fraction: float) -> None:
    raw = (vault_path / "vault.json").read_bytes()
    cut = int(len(raw.rstrip()) * fraction)
    (vault_path / "vault.json").write_bytes(raw[:cut])
    db_before = file_digest(vault_path / "vault.db")
    with pytest.raises(VaultHeaderError, match=r"empty|damaged or truncated"):
        Vault.unlock(vault_path, PASSPHRASE)
    assert file_digest(vault_path / "vault.db") == db_before


def test_truncated_header_at_every_length_is_refused(vault_path: Path) -> None:
    from fieldpartner.vault.header import parse_header

    raw = (vault_path / "vault.json").read_bytes().rstrip()
    for cut in range(len(raw)):
        with pytest.raises(VaultHeaderError):
            parse_header(raw[:cut])


def test_empty_header_is_refused(vault_path: Path) -> None:
    (vault_path / "vault.json").write_bytes(b"")
    with pytest.raises(VaultHeaderError, match=r"vault\.json is empty"):
        Vault.unlock(vault_path, PASSPHRASE)


def test_header_that_is_not_utf8_is_refused(vault_path: Path) -> None:
    (vault_path / "vault.json").write_bytes(b"\xff\xfe{" + b"\x00" * 40)
    with pytest.raises(VaultHeaderError, match="damaged"):
        Vault.unlock(vault_path, PASSPHRASE)


def _set(path: tuple[str, ...], value: Any) -> Callable[[dict[str, Any]], None]:
    def change(header: dict[str, Any]) -> None:
        node = header
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value

    return change


def _drop(path: tuple[str, ...]) -> Callable[[dict[str, Any]], None]:
    def change(header: dict[str, Any]) -> None:
        node = header
        for key in path[:-1]:
            node = node[key]
        del node[path[-1]]

    return change


EDITS = {
    "bad base64 salt": (_set(("kdf", "salt"), "not*base64!"), r"\$\.kdf\.salt is not valid base64"),
    "bad base64 nonce": (
        _set(("keys", "passphrase", "nonce"), "%%%%"),
        r"\$\.keys\.passphrase\.nonce is not valid base64",
    ),
    "short nonce": (
        _set(("keys", "passphrase", "nonce"), base64.b64encode(bytes(8)).decode()),
        r"\$\.keys\.passphrase\.nonce must decode to 12 bytes, not 8",
    ),
    "short recovery nonce": (
        _set(("keys", "recovery", "nonce"), base64.b64encode(bytes(24)).decode()),
        r"\$\.keys\.recovery\.nonce must decode to 12 bytes, not 24",
    ),
    "short salt": (
        _set(("kdf", "salt"), base64.b64encode(bytes(4)).decode()),
        r"\$\.kdf\.salt must decode to 16 bytes, not 4",
    ),
    "truncated ciphertext": (
        _set(("keys", "passphrase", "ciphertext"), base64.b64encode(bytes(32)).decode()),
        r"\$\.keys\.passphrase\.ciphertext must decode to 48 bytes, not 32",
    ),
    "memory as text": (
        _set(("kdf", "memory_kib"), "65536"),
        r"\$\.kdf\.memory_kib must be an integer, not '65536'",
    ),
    "memory as float": (
        _set(("kdf", "memory_kib"), 65536.5),
        r"\$\.kdf\.memory_kib must be an integer",
    ),
    "iterations as bool": (
        _set(("kdf", "iterations"), True),
        r"\$\.kdf\.iterations must be an integer",
    ),
    "missing kdf": (_drop(("kdf",)), r"\$\.kdf is missing"),
    "missing lanes": (_drop(("kdf", "lanes")), r"\$\.kdf\.lanes is missing"),
    "missing passphrase slot": (
        _drop(("keys", "passphrase")),
        r"\$\.keys\.passphrase is missing",
    ),
    "missing recovery salt": (
        _drop(("keys", "recovery", "kdf", "salt")),
        r"\$\.keys\.recovery\.kdf\.salt is missing",
    ),
    "missing vault id": (_drop(("vault_id",)), r"\$\.vault_id is missing"),
    "vault id not a uuid": (_set(("vault_id",), "vault-7"), "'vault-7' is not a UUID"),
    "wrong cipher": (
        _set(("cipher",), "sqlcipher3-passphrase"),
        r"\$\.cipher is 'sqlcipher3-passphrase'; expected 'sqlcipher4-raw-key'",
    ),
    "wrong kdf": (_set(("kdf", "name"), "scrypt"), r"\$\.kdf\.name is 'scrypt'"),
    "wrong aead": (
        _set(("keys", "passphrase", "aead"), "aes-gcm"),
        r"\$\.keys\.passphrase\.aead is 'aes-gcm'",
    ),
    "keys not an object": (_set(("keys",), []), r"\$\.keys must be an object"),
    "lanes out of range": (_set(("kdf", "lanes"), 0), "lanes 0 is outside"),
    "wrong format": (_set(("format",), "keepass"), "not a FieldPartner vault"),
    "escrow not age": (
        _set(("keys", "escrow"), {"recipient": "ssh-ed25519 AAAA", "age": "AAAA"}),
        r"\$\.keys\.escrow\.recipient is not an age recipient",
    ),
}


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_edited_header_is_refused_naming_the_field(vault_path: Path, edit: str) -> None:
    change, message = EDITS[edit]
    _edit(vault_path, change)
    before = folder_digests(vault_path)
    with pytest.raises(VaultHeaderError, match=message):
        Vault.unlock(vault_path, PASSPHRASE)
    assert folder_digests(vault_path) == before


@pytest.mark.parametrize(
    ("version", "message"),
    [
        (2, "version 2; this FieldPartner reads vault format 1 .*made by a newer version"),
        ("1", 'version "1"; this FieldPartner reads vault format 1$'),
        (None, "version null; this FieldPartner reads vault format 1$"),
        (0, "version 0; this FieldPartner reads vault format 1$"),
        # Python's True == 1 and 1.0 == 1, but neither is the JSON integer 1.
        (True, "version true; this FieldPartner reads vault format 1$"),
        (1.0, r"version 1\.0; this FieldPartner reads vault format 1$"),
        (2.0, r"version 2\.0; this FieldPartner reads vault format 1$"),
    ],
)
def test_unknown_header_version_is_refused(vault_path: Path, version: Any, message: str) -> None:
    _edit(vault_path, _set(("version",), version))
    before = folder_digests(vault_path)
    with pytest.raises(VaultHeaderError, match=message):
        Vault.unlock(vault_path, PASSPHRASE)
    assert folder_digests(vault_path) == before


def test_missing_header_version_is_refused(vault_path: Path) -> None:
    _edit(vault_path, _drop(("version",)))
    with pytest.raises(VaultHeaderError, match=r"vault\.json: \$\.version is missing"):
        Vault.unlock(vault_path, PASSPHRASE)


def test_changed_salt_fails_as_a_wrong_passphrase_that_may_be_an_altered_slot(
    vault_path: Path,
) -> None:
    _edit(vault_path, _set(("kdf", "salt"), base64.b64encode(bytes(16)).decode()))
    with pytest.raises(WrongPassphrase, match="passphrase slot was altered"):
        Vault.unlock(vault_path, PASSPHRASE)


def test_changed_vault_id_breaks_both_slots(vault_path: Path, recovery_key: str) -> None:
    # The vault id is bound into each slot's associated data: a copied slot does not open.
    _edit(vault_path, _set(("vault_id",), "00000000-0000-4000-8000-000000000000"))
    with pytest.raises(WrongPassphrase, match="passphrase slot was altered"):
        Vault.unlock(vault_path, PASSPHRASE)
    with pytest.raises(WrongPassphrase, match="recovery slot was altered"):
        Vault.unlock_with_recovery_key(vault_path, recovery_key)


def test_passphrase_slot_swapped_into_the_recovery_slot_does_not_open(
    vault_path: Path, recovery_key: str
) -> None:
    def swap(header: dict[str, Any]) -> None:
        p = header["keys"]["passphrase"]
        header["keys"]["recovery"]["nonce"] = p["nonce"]
        header["keys"]["recovery"]["ciphertext"] = p["ciphertext"]

    _edit(vault_path, swap)
    with pytest.raises(WrongPassphrase, match="recovery"):
        Vault.unlock_with_recovery_key(vault_path, recovery_key)


def test_unknown_top_level_fields_are_kept_through_a_passphrase_change(
    vault_path: Path,
) -> None:
    _edit(vault_path, _set(("note",), "added by a later minor version"))
    change_passphrase(vault_path, PASSPHRASE, "the next passphrase", kdf=floor_kdf())
    assert json.loads((vault_path / "vault.json").read_text())["note"] == (
        "added by a later minor version"
    )


# --- missing or foreign files ------------------------------------------------------------


def test_missing_header_says_not_a_vault_or_wiped(vault_path: Path) -> None:
    (vault_path / "vault.json").unlink()
    with pytest.raises(VaultHeaderError, match="not a vault, or the vault was wiped"):
        Vault.unlock(vault_path, PASSPHRASE)
    assert [p.name for p in vault_path.iterdir()] == ["vault.db"]


def test_missing_folder_says_not_a_vault(tmp_path: Path) -> None:
    with pytest.raises(VaultHeaderError, match="not a vault"):
        Vault.unlock(tmp_path / "Nowhere.fpvault", PASSPHRASE)


def test_missing_database_is_a_clear_database_error(vault_path: Path) -> None:
    (vault_path / "vault.db").unlink()
    with pytest.raises(VaultDatabaseError, match=r"vault\.db is missing"):
        Vault.unlock(vault_path, PASSPHRASE)
    assert [p.name for p in vault_path.iterdir()] == ["vault.json"]


def test_database_of_another_vault_is_refused_as_not_belonging(
    vault_path: Path, tmp_path: Path
) -> None:
    other = tmp_path / "Other.fpvault"
    Vault.create(other, PASSPHRASE, kdf=floor_kdf())[0].lock()
    shutil.copy2(other / "vault.db", vault_path / "vault.db")
    before = folder_digests(vault_path)
    with pytest.raises(WrongPassphrase, match=r"does not belong to this vault\.json"):
        Vault.unlock(vault_path, PASSPHRASE)
    assert folder_digests(vault_path) == before


def test_damaged_database_is_refused_without_changing_it(vault_path: Path) -> None:
    db = vault_path / "vault.db"
    data = bytearray(db.read_bytes())
    data[100:140] = bytes(40)  # inside page 1, covered by its HMAC
    db.write_bytes(bytes(data))
    before = folder_digests(vault_path)
    with pytest.raises(VaultDamaged, match=r"vault\.db is damaged"):
        Vault.unlock(vault_path, PASSPHRASE)
    assert folder_digests(vault_path) == before


def test_a_file_given_instead_of_a_vault_folder_says_not_a_vault(tmp_path: Path) -> None:
    document = tmp_path / "report.pdf"
    document.write_bytes(b"%PDF-1.7")
    with pytest.raises(VaultHeaderError, match="not a vault"):
        Vault.unlock(document, PASSPHRASE)


def test_header_asking_for_unbounded_argon2_memory_is_refused_before_deriving() -> None:
    import base64
    import json as _json

    from fieldpartner.vault.errors import VaultHeaderError
    from fieldpartner.vault.header import parse_header

    header = {
        "format": "fieldpartner-vault",
        "version": 1,
        "vault_id": "0b6f2a55-0f4f-4a55-9f37-3c2b1d0e9a11",
        "created_at": "2026-01-01T00:00:00Z",
        "cipher": "sqlcipher4-raw-key",
        "kdf": {
            "name": "argon2id",
            "salt": base64.b64encode(bytes(16)).decode(),
            "memory_kib": 64 * 1024 * 1024,
            "iterations": 3,
            "lanes": 4,
        },
        "keys": {},
    }
    with pytest.raises(VaultHeaderError, match="above the limit"):
        parse_header(_json.dumps(header).encode())


def test_recovery_key_pasted_across_lines_is_read() -> None:
    from fieldpartner.vault.keys import format_recovery_key, parse_recovery_key

    key = bytes(range(32))
    text = format_recovery_key(key)
    assert parse_recovery_key(text[:20] + "\n" + text[20:] + "\t") == key
