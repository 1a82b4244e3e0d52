"""Helper process for test_vault_crash_safety: writers that commit partners until killed.

Usage: python crash_writer.py VAULT_PATH, with the passphrase in FIELDPARTNER_TEST_PASSPHRASE.

This process imports FieldPartner once, prints ``zygote``, then for every line on stdin
forks a writer and prints ``pid N``. The writer unlocks the vault, prints ``ready``, then
commits one partner per transaction and prints its id after the commit returns, until it
is killed. When the writer is dead this process prints ``dead N SIGNAL``. Forking after the
imports (and before any database is opened) keeps each round of the test cheap.
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


def main() -> None:
    path, passphrase = sys.argv[1], os.environ["FIELDPARTNER_TEST_PASSPHRASE"]
    print("zygote", flush=True)
    for _line in sys.stdin:
        pid = os.fork()
        if pid == 0:
            try:
                write_until_killed(path, passphrase)
            except BaseException:
                # Say why on stderr (the test shows it) before leaving without cleanup.
                import traceback

                traceback.print_exc()
                sys.stderr.flush()
            finally:
                os._exit(1)
        print(f"pid {pid}", flush=True)
        _, status = os.waitpid(pid, 0)
        signal_number = os.WTERMSIG(status) if os.WIFSIGNALED(status) else 0
        print(f"dead {pid} {signal_number}", flush=True)


if __name__ == "__main__":
    main()
