"""The encrypted vault (format 1): keys, header, SQLCipher engine, migrations, wipe."""

from fieldpartner.vault.engine import database_failure
from fieldpartner.vault.errors import (
    VaultDamaged,
    VaultDatabaseError,
    VaultError,
    VaultExists,
    VaultHeaderError,
    VaultUnavailable,
    WrongPassphrase,
)
from fieldpartner.vault.passphrase_policy import WeakPassphrase
from fieldpartner.vault.vault import (
    Vault,
    change_passphrase,
    is_vault,
    recover,
    recover_with_database_key,
    verify_vault,
    wipe,
)

__all__ = [
    "Vault",
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
