"""The encrypted vault (format 1): keys, header, SQLCipher engine, migrations, wipe.

The errors and ``is_vault`` (the header's code) are imported with the package; ``Vault``,
``Database`` (what a vault and HQ's PostgreSQL database both offer) and the operations on
an open database load SQLAlchemy, SQLCipher and the migrations, so they are imported on
first use: the start dialog shows before them (docs/performance.md).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from fieldpartner.vault.errors import (
    VaultBusy,
    VaultDamaged,
    VaultDatabaseError,
    VaultError,
    VaultExists,
    VaultHeaderError,
    VaultUnavailable,
    WrongPassphrase,
)
from fieldpartner.vault.header import is_vault

if TYPE_CHECKING:
    from fieldpartner.vault.database import Database
    from fieldpartner.vault.engine import database_failure
    from fieldpartner.vault.passphrase_policy import WeakPassphrase
    from fieldpartner.vault.vault import (
        Vault,
        change_passphrase,
        recover,
        recover_with_database_key,
        verify_vault,
        wipe,
    )

_FROM_VAULT_MODULE = frozenset(
    {"Vault", "change_passphrase", "recover", "recover_with_database_key", "verify_vault", "wipe"}
)

__all__ = [
    "Database",
    "Vault",
    "VaultBusy",
    "VaultDamaged",
    "VaultDatabaseError",
    "VaultError",
    "VaultExists",
    "VaultHeaderError",
    "VaultUnavailable",
    "WeakPassphrase",
    "WrongPassphrase",
    "change_passphrase",
    "database_failure",
    "is_vault",
    "recover",
    "recover_with_database_key",
    "verify_vault",
    "wipe",
]


def __getattr__(name: str) -> Any:
    if name in _FROM_VAULT_MODULE:
        from fieldpartner.vault import vault

        return getattr(vault, name)
    if name == "Database":
        from fieldpartner.vault import database

        return database.Database
    if name == "WeakPassphrase":  # the estimator loads only when a passphrase is judged
        from fieldpartner.vault import passphrase_policy

        return passphrase_policy.WeakPassphrase
    if name == "database_failure":
        from fieldpartner.vault import engine

        return engine.database_failure
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
