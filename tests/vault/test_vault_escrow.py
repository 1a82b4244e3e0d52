"""The optional HQ escrow slot: written by ``Vault.set_escrow``, kept through passphrase
changes, and enough for HQ's age identity alone to recover a key that opens vault.db, as
docs/vault-format.md says.
"""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path

import pytest
from vault_helpers import PASSPHRASE, add_partners, file_digest, floor_kdf, partner_names

from fieldpartner.vault import Vault, VaultHeaderError, WrongPassphrase, change_passphrase
from fieldpartner.vault.engine import check_key, open_engine
from fieldpartner.vault.header import read_header

# pyrage arrives with the sync work (bundles); until it is a dependency, skip without it.
pyrage = pytest.importorskip("pyrage")


@pytest.fixture
def hq_identity() -> pyrage.x25519.Identity:
    return pyrage.x25519.Identity.generate()


@pytest.fixture
def escrowed_path(vault_path: Path, hq_identity: pyrage.x25519.Identity) -> Path:
    with Vault.unlock(vault_path, PASSPHRASE) as opened:
        add_partners(opened, "Escrowed partner")
        opened.set_escrow(str(hq_identity.to_public()))
        assert opened.header.escrow is not None
    return vault_path


def test_escrow_slot_is_written_as_documented(
    escrowed_path: Path, hq_identity: pyrage.x25519.Identity
) -> None:
    slot = json.loads((escrowed_path / "vault.json").read_text())["keys"]["escrow"]
    assert slot["recipient"] == str(hq_identity.to_public())
    assert base64.b64decode(slot["age"], validate=True).startswith(b"age-encryption.org/v1\n")


def test_escrow_slot_survives_a_passphrase_change(escrowed_path: Path) -> None:
    before = read_header(escrowed_path).escrow
    change_passphrase(escrowed_path, PASSPHRASE, "after escrow", kdf=floor_kdf())
    assert read_header(escrowed_path).escrow == before
    with Vault.unlock(escrowed_path, "after escrow") as opened:
        assert partner_names(opened) == {"Escrowed partner"}


def test_hq_identity_alone_recovers_a_key_that_opens_the_database(
    escrowed_path: Path, hq_identity: pyrage.x25519.Identity
) -> None:
    slot = json.loads((escrowed_path / "vault.json").read_text())["keys"]["escrow"]
    database_key = pyrage.decrypt(base64.b64decode(slot["age"]), [hq_identity])
    assert len(database_key) == 32
    assert database_key != bytes(32)
    engine = open_engine(escrowed_path / "vault.db", bytearray(database_key))
    try:
        check_key(engine)
    finally:
        engine.dispose()


def test_escrow_to_another_recipient_does_not_open_for_hq(escrowed_path: Path) -> None:
    slot = json.loads((escrowed_path / "vault.json").read_text())["keys"]["escrow"]
    stranger = pyrage.x25519.Identity.generate()
    with pytest.raises(pyrage.DecryptError):
        pyrage.decrypt(base64.b64decode(slot["age"]), [stranger])


def test_escrow_slot_without_its_age_file_is_refused(escrowed_path: Path) -> None:
    header = json.loads((escrowed_path / "vault.json").read_text())
    del header["keys"]["escrow"]["age"]
    (escrowed_path / "vault.json").write_text(json.dumps(header))
    with pytest.raises(VaultHeaderError, match=r"\$\.keys\.escrow\.age is missing"):
        Vault.unlock(escrowed_path, PASSPHRASE)


def test_the_escrowed_key_sets_a_new_passphrase_and_leaves_the_database_alone(
    escrowed_path: Path, hq_identity: pyrage.x25519.Identity
) -> None:
    from fieldpartner.vault import recover_with_database_key

    slot = json.loads((escrowed_path / "vault.json").read_text())["keys"]["escrow"]
    database_key = pyrage.decrypt(base64.b64decode(slot["age"]), [hq_identity])
    database = file_digest(escrowed_path / "vault.db")
    escrow = read_header(escrowed_path).escrow
    recover_with_database_key(escrowed_path, database_key, "set by HQ", kdf=floor_kdf())
    assert file_digest(escrowed_path / "vault.db") == database
    assert read_header(escrowed_path).escrow == escrow
    with Vault.unlock(escrowed_path, "set by HQ") as opened:
        assert partner_names(opened) == {"Escrowed partner"}
    with pytest.raises(WrongPassphrase):
        Vault.unlock(escrowed_path, PASSPHRASE)


def test_a_key_that_does_not_open_the_database_changes_nothing(escrowed_path: Path) -> None:
    from fieldpartner.vault import recover_with_database_key

    header = (escrowed_path / "vault.json").read_bytes()
    for wrong in (os.urandom(32), bytes(32), b"short"):
        with pytest.raises(WrongPassphrase):
            recover_with_database_key(escrowed_path, wrong, "never set by anyone", kdf=floor_kdf())
    assert (escrowed_path / "vault.json").read_bytes() == header
