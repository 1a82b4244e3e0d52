"""Helpers shared by the vault tests: reading back partners and hashing a vault's files.

A plain module, not a conftest, so test files can import it by name.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from sqlalchemy import select

from fieldpartner.domain.models import Partner
from fieldpartner.domain.partners import add_partner
from fieldpartner.vault import Vault
from fieldpartner.vault import keys as vault_keys
from fieldpartner.vault.keys import KdfParams

# The passphrase of the shared test vault (tests/conftest.py makes it with this one).
PASSPHRASE = "correct horse battery staple"


def floor_kdf() -> KdfParams:
    """The weakest parameters a vault may have: fast enough for tests."""
    return KdfParams(salt=os.urandom(16))


def spy_on_derivations(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """From now on, the passphrases a key is derived from, in order (the derivation runs)."""
    derivations: list[str] = []
    real_derive = vault_keys.derive_passphrase_key
    monkeypatch.setattr(
        vault_keys,
        "derive_passphrase_key",
        lambda p, params: derivations.append(p) or real_derive(p, params),
    )
    return derivations


def add_partners(vault: Vault, *names: str) -> list[str]:
    """Add partners by name in one transaction; returns their ids."""
    with vault.transaction() as session:
        return [add_partner(session, name=name).id for name in names]


def partner_names(vault: Vault) -> set[str]:
    with vault.session() as session:
        return set(session.scalars(select(Partner.name)))


def file_digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def folder_digests(folder: Path) -> dict[str, str]:
    """SHA-256 of every file under ``folder``, by relative path."""
    return {
        str(p.relative_to(folder)): file_digest(p)
        for p in sorted(Path(folder).rglob("*"))
        if p.is_file()
    }
