"""Helpers for the UI tests: a plain module (not a conftest) so tests import it by name."""

from __future__ import annotations

import os

from fieldpartner.vault.keys import KdfParams

# The passphrase of the vaults made by tests/conftest.py's fixtures.
PASSPHRASE = "correct horse battery staple"


def floor_kdf() -> KdfParams:
    """Argon2id at DESIGN.md's floor: fast enough for tests, never weaker than a real vault."""
    return KdfParams(salt=os.urandom(16))
