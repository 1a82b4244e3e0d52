"""The encrypted vault (format 1): keys, header, SQLCipher engine, migrations, wipe."""

from fieldpartner.vault.errors import (
    VaultDatabaseError,
    VaultError,
    VaultExists,
    VaultHeaderError,
    WrongPassphrase,
)
from fieldpartner.vault.vault import (
    Vault,
    change_passphrase,
    is_vault,
    recover,
    recover_with_database_key,
    wipe,
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
