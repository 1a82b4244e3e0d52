"""docs/vault-format.md is enough to open a vault without FieldPartner.

This module imports nothing from ``fieldpartner``: FieldPartner runs only in a subprocess
that makes the vault. The reader here is written from the document alone, with ``json``,
``base64``, ``unicodedata``, ``cryptography`` and ``apsw`` (apsw-sqlite3mc); a second test
runs the worked example printed in the document itself.
"""

from __future__ import annotations

import base64
import json
import re
import shutil
import subprocess
import sys
import textwrap
import unicodedata
from pathlib import Path
from typing import Any

import apsw
import pytest
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

DOC = Path(__file__).resolve().parents[2] / "docs" / "vault-format.md"

# Made in FieldPartner with the precomposed form; the reader is given the decomposed one,
# so the NFC step of the document is exercised.
PASSPHRASE_COMPOSED = "L\u00e9a's caf\u00e9 passphrase"
PASSPHRASE_DECOMPOSED = "Le\u0301a's cafe\u0301 passphrase"
ARABIC_PARTNER = "\u0645\u0631\u0643\u0632 \u0627\u0644\u0639\u062f\u0627\u0644\u0629"
PARTNERS = ["Legal Aid Centre", ARABIC_PARTNER, "R\u00e9seau des d\u00e9fenseurs"]
OPEN_PARTNER = "Written while open"

# Runs FieldPartner in a child process: make a vault, add partners, lock it; then open it
# again, add one more partner, and wait (unlocked) until told to exit on stdin.
MAKER = textwrap.dedent(
    """
    import json, os, sys
    from fieldpartner.domain.partners import add_partner
    from fieldpartner.vault import Vault
    from fieldpartner.vault.keys import KdfParams

    path, passphrase, names, extra = sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), sys.argv[4]
    vault, recovery = Vault.create(path, passphrase, kdf=KdfParams(salt=os.urandom(16)))
    with vault.transaction() as session:
        for name in names:
            add_partner(session, name=name)
    vault.lock()
    print(json.dumps({"recovery": recovery}), flush=True)
    vault = Vault.unlock(path, passphrase)
    with vault.transaction() as session:
        add_partner(session, name=extra)
    print("open", flush=True)
    sys.stdin.readline()
    vault.lock()
    """
)

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


# --- the reader, written from the document -----------------------------------------------


def read_header(folder: Path) -> dict[str, Any]:
    header = json.loads((folder / "vault.json").read_text(encoding="utf-8"))
    assert header["format"] == "fieldpartner-vault"
    assert header["version"] == 1
    assert header["cipher"] == "sqlcipher4-raw-key"
    assert header["kdf"]["name"] == "argon2id"
    assert header["kdf"]["memory_kib"] >= 65536 and header["kdf"]["iterations"] >= 3
    return header


def b64(value: str) -> bytes:
    return base64.b64decode(value, validate=True)


def associated_data(header: dict[str, Any], slot: str) -> bytes:
    return ("fieldpartner-vault:1:" + header["vault_id"] + ":" + slot).encode("utf-8")


def unwrap(wrapping_key: bytes, slot_json: dict[str, Any], ad: bytes) -> bytes:
    assert slot_json["aead"] == "chacha20poly1305"
    nonce, ciphertext = b64(slot_json["nonce"]), b64(slot_json["ciphertext"])
    assert len(nonce) == 12 and len(ciphertext) == 48
    database_key = ChaCha20Poly1305(wrapping_key).decrypt(nonce, ciphertext, ad)
    assert len(database_key) == 32
    return database_key


def database_key_from_passphrase(header: dict[str, Any], passphrase: str) -> bytes:
    kdf = header["kdf"]
    password = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    salt = b64(kdf["salt"])
    assert len(salt) == 16
    passphrase_key = Argon2id(
        salt=salt,
        length=32,
        iterations=kdf["iterations"],
        lanes=kdf["lanes"],
        memory_cost=kdf["memory_kib"],
    ).derive(password)
    return unwrap(
        passphrase_key, header["keys"]["passphrase"], associated_data(header, "passphrase")
    )


def recovery_key_bytes(text: str) -> bytes:
    cleaned = text.strip().upper().replace("-", "").replace(" ", "")
    cleaned = cleaned.replace("O", "0").replace("I", "1").replace("L", "1")
    assert len(cleaned) == 52
    number = 0
    for char in cleaned:
        number = number * 32 + ALPHABET.index(char)
    assert number < 2**256
    return number.to_bytes(32, "big")


def database_key_from_recovery_key(header: dict[str, Any], text: str) -> bytes:
    slot = header["keys"]["recovery"]
    assert slot["kdf"]["name"] == "hkdf-sha256"
    wrapping_key = HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=b64(slot["kdf"]["salt"]),
        info=b"fieldpartner-vault recovery",
    ).derive(recovery_key_bytes(text))
    return unwrap(wrapping_key, slot, associated_data(header, "recovery"))


def open_database(db_path: Path, database_key: bytes) -> apsw.Connection:
    connection = apsw.Connection(str(db_path))
    connection.execute("PRAGMA cipher = 'sqlcipher'")
    connection.execute("PRAGMA legacy = 4")
    connection.execute(f"PRAGMA key = \"x'{database_key.hex()}'\"")
    return connection


def partner_names(db_path: Path, database_key: bytes) -> list[str]:
    connection = open_database(db_path, database_key)
    try:
        return [row[0] for row in connection.execute("SELECT name FROM partners ORDER BY name")]
    finally:
        connection.close()


# --- fixtures ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def made_by_fieldpartner(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A vault made by FieldPartner: a locked copy, a copy taken while open, the recovery key."""
    root = tmp_path_factory.mktemp("independent")
    path = root / "Made.fpvault"
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            MAKER,
            str(path),
            PASSPHRASE_COMPOSED,
            json.dumps(PARTNERS),
            OPEN_PARTNER,
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdin is not None and child.stdout is not None
    try:
        first = child.stdout.readline()
        if not first:
            pytest.fail(child.communicate()[1])
        recovery = json.loads(first)["recovery"]
        assert child.stdout.readline().strip() == "open"
        # The vault is unlocked in the child: copy it with its write-ahead log, as the
        # document tells HQ to.
        open_copy = root / "Open-copy.fpvault"
        shutil.copytree(path, open_copy)
        child.stdin.write("\n")
        child.stdin.flush()
        child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == 0
    closed_copy = root / "Closed-copy.fpvault"
    shutil.copytree(path, closed_copy)
    return {"closed": closed_copy, "open": open_copy, "recovery": recovery}


@pytest.fixture(scope="module")
def database_key(made_by_fieldpartner: dict[str, Any]) -> bytes:
    """The key as this reader derives it from the passphrase (Argon2id once per module)."""
    header = read_header(made_by_fieldpartner["closed"])
    return database_key_from_passphrase(header, PASSPHRASE_COMPOSED)


# --- tests -------------------------------------------------------------------------------


def test_independent_reader_opens_the_vault_with_the_passphrase(
    made_by_fieldpartner: dict[str, Any],
) -> None:
    folder = made_by_fieldpartner["closed"]
    assert sorted(p.name for p in folder.iterdir()) == ["vault.db", "vault.json"]
    header = read_header(folder)
    key = database_key_from_passphrase(header, PASSPHRASE_DECOMPOSED)
    names = partner_names(folder / "vault.db", key)
    assert names == sorted([*PARTNERS, OPEN_PARTNER])
    assert ARABIC_PARTNER in names


def test_independent_reader_opens_the_vault_with_the_recovery_key(
    made_by_fieldpartner: dict[str, Any], database_key: bytes
) -> None:
    folder = made_by_fieldpartner["closed"]
    header = read_header(folder)
    typed = made_by_fieldpartner["recovery"].lower().replace("-", " ")
    key = database_key_from_recovery_key(header, typed)
    assert key == database_key
    assert ARABIC_PARTNER in partner_names(folder / "vault.db", key)


def test_independent_reader_sees_commits_still_in_the_write_ahead_log(
    made_by_fieldpartner: dict[str, Any], database_key: bytes
) -> None:
    folder = made_by_fieldpartner["open"]
    assert (folder / "vault.db-wal").exists()
    assert (folder / "vault.json").read_bytes() == (
        made_by_fieldpartner["closed"] / "vault.json"
    ).read_bytes()
    assert OPEN_PARTNER in partner_names(folder / "vault.db", database_key)


def test_independent_reader_reads_the_schema_revision_and_revision_history(
    made_by_fieldpartner: dict[str, Any], database_key: bytes
) -> None:
    folder = made_by_fieldpartner["closed"]
    connection = open_database(folder / "vault.db", database_key)
    try:
        # Migration ids are four digits (docs/vault-format.md, "Schema").
        [(version,)] = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        assert len(version) == 4 and version.isdigit()
        bodies = [
            json.loads(row[0])
            for row in connection.execute(
                "SELECT body FROM record_revisions WHERE record_kind = 'partner'"
            )
        ]
        assert ARABIC_PARTNER in {body["name"] for body in bodies}
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        assert {"partners", "blobs", "record_revisions", "vault_settings"} <= tables
    finally:
        connection.close()


def test_wrong_passphrase_or_wrong_key_fails_as_the_document_says(
    made_by_fieldpartner: dict[str, Any],
) -> None:
    folder = made_by_fieldpartner["closed"]
    header = read_header(folder)
    with pytest.raises(InvalidTag):
        database_key_from_passphrase(header, PASSPHRASE_COMPOSED + "!")
    connection = open_database(folder / "vault.db", bytes(32))
    with pytest.raises(apsw.NotADBError):
        connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
    connection.close()


def test_hexkey_pragma_is_not_a_raw_key_as_the_document_warns(
    made_by_fieldpartner: dict[str, Any], database_key: bytes
) -> None:
    folder = made_by_fieldpartner["closed"]
    key = database_key
    connection = apsw.Connection(str(folder / "vault.db"))
    connection.execute("PRAGMA cipher = 'sqlcipher'")
    connection.execute("PRAGMA legacy = 4")
    connection.execute(f"PRAGMA hexkey = '{key.hex()}'")
    with pytest.raises(apsw.NotADBError):
        connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
    connection.close()


def test_the_worked_example_printed_in_the_document_runs(
    made_by_fieldpartner: dict[str, Any],
) -> None:
    text = DOC.read_text(encoding="utf-8")
    section = text[text.index("### 6.2") : text.index("## 7.")]
    code = re.search(r"```python\n(.*?)```", section, re.S)
    assert code is not None
    example = code.group(1)
    assert "fieldpartner" not in example.replace("fieldpartner-vault", "")
    # Keep the definitions; the last lines use example paths and a placeholder passphrase.
    definitions = example[: example.index("header = json.load(")]
    namespace: dict[str, Any] = {}
    exec(compile(definitions, str(DOC), "exec"), namespace)

    folder = made_by_fieldpartner["closed"]
    header = json.loads((folder / "vault.json").read_text(encoding="utf-8"))
    by_passphrase = namespace["key_from_passphrase"](header, PASSPHRASE_DECOMPOSED)
    by_recovery = namespace["key_from_recovery_key"](header, made_by_fieldpartner["recovery"])
    assert by_passphrase == by_recovery
    db = namespace["open_database"](folder / "vault.db", by_passphrase)
    names = [row[0] for row in db.execute("SELECT name FROM partners WHERE deleted = 0")]
    db.close()
    assert ARABIC_PARTNER in names


def test_document_states_the_constants_the_reader_relies_on() -> None:
    text = DOC.read_text(encoding="utf-8")
    for fact in (
        "fieldpartner-vault:1:",
        "fieldpartner-vault recovery",
        "0123456789ABCDEFGHJKMNPQRSTVWXYZ",
        "PRAGMA key = \"x'",
        "PRAGMA legacy = 4",
        "65536",
    ):
        assert fact in text, fact
