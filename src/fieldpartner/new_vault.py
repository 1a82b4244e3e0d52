"""Making a new vault ready for work: the vault itself, its device identity for bundles,
and the built-in assessment templates. Every way of creating a vault goes through here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fieldpartner.domain.templates.store import ensure_builtin_templates
from fieldpartner.sync.identity import ensure_device_identity
from fieldpartner.vault import Vault


def create_vault(path: Path, passphrase: str, **options: Any) -> tuple[Vault, str]:
    """``Vault.create`` plus what a usable vault holds; returns it unlocked with the
    recovery key. If preparing it fails, the half-made vault is wiped."""
    vault, recovery_key = Vault.create(path, passphrase, **options)
    try:
        ensure_device_identity(vault)
        with vault.transaction() as session:
            ensure_builtin_templates(session)
    except BaseException:
        from fieldpartner.vault import wipe

        vault.lock()
        wipe(path)
        raise
    return vault, recovery_key
