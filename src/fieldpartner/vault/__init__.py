"""The encrypted vault (format 1): keys, header, SQLCipher engine, migrations, wipe.

The errors and ``is_vault`` (the header's code) are imported with the package; ``Vault`` and
the operations on an open database load SQLAlchemy, SQLCipher and the migrations, so they are
imported on first use: the start dialog shows before them (docs/performance.md).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from fieldpartner.vault.errors import (
    VaultDatabaseError,
    VaultError,
    VaultExists,
    VaultHeaderError,
    WrongPassphrase,
)
from fieldpartner.vault.header import is_vault

if TYPE_CHECKING:
    from fieldpartner.vault.vault import (
        Vault,
        change_passphrase,
        recover,
        recover_with_database_key,
        wipe,
    )

_FROM_VAULT_MODULE = frozenset(
    {"Vault", "change_passphrase", "recover", "recover_with_database_key", "wipe"}
)

__all__ = [
    "Vault",
    "VaultDatabaseError",
    "VaultError",
    "VaultExists",
    "VaultHeaderError",
    "WrongPassphrase",
    "change_passphrase",
    "is_vault",
    "recover",
    "recover_with_database_key",
    "wipe",
]


def __getattr__(name: str) -> Any:
    if name in _FROM_VAULT_MODULE:
        from fieldpartner.vault import vault

        return getattr(vault, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
