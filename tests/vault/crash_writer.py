"""Helper process for test_vault_crash_safety: a writer that commits partners until killed.

Usage: python crash_writer.py VAULT_PATH, with the passphrase in FIELDPARTNER_TEST_PASSPHRASE.

It unlocks the vault, prints ``ready``, then commits one partner per transaction and prints
its id after the commit returns, until it is killed.
"""

from __future__ import annotations

import os
import sys

from fieldpartner.domain.partners import add_partner
from fieldpartner.vault import Vault


def write_until_killed(path: str, passphrase: str) -> None:
    vault = Vault.unlock(path, passphrase)
    print("ready", flush=True)
    notes = "Field notes from the visit. " * 200  # several pages per commit
    number = 0
    while True:
        number += 1
        with vault.transaction() as session:
            partner = add_partner(
                session, name=f"Crash partner {os.getpid()}-{number}", notes=notes
            )
            partner_id = partner.id
        print(partner_id, flush=True)


if __name__ == "__main__":
    write_until_killed(sys.argv[1], os.environ["FIELDPARTNER_TEST_PASSPHRASE"])
