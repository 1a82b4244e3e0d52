"""The sync state a vault keeps about itself, in the encrypted ``vault_settings`` table.

Keys (JSON values), all local to this vault and never synced:

``sync.identity``     this device's secret keys (``identity``)
``sync.org``          the organisation: id, name, this vault's role (hq|device), HQ's public identity
``sync.devices``      HQ: enrolled devices by id (public identity, status active|revoked, times)
``sync.assignments``  HQ: partner ids assigned to each device
``sync.sent``         per recipient: the last bundle sent, the highest sequence sent, and (HQ)
                      the partners sent whole and those not yet acknowledged
``sync.received``     per sender: bundle ids imported, sequence ranges received, gaps
``sync.acks``         per peer: how far it acknowledged receiving this vault's sequence; the
                      starting point of the next incremental export to it
``sync.conflicts``    conflicts found by merges, open or resolved
``sync.history``      every bundle exported or imported, oldest first (``service.BundleEvent``)

They are read and written through a session so that an import's bookkeeping commits in
the same transaction as its records: all or nothing.
"""

from __future__ import annotations

import copy
from typing import Any

from sqlalchemy.orm import Session

from fieldpartner.domain.models import VaultSetting

ORG = "sync.org"
DEVICES = "sync.devices"
ASSIGNMENTS = "sync.assignments"
SENT = "sync.sent"
RECEIVED = "sync.received"
ACKS = "sync.acks"
CONFLICTS = "sync.conflicts"
HISTORY = "sync.history"

ALL_KEYS = (ORG, DEVICES, ASSIGNMENTS, SENT, RECEIVED, ACKS, CONFLICTS, HISTORY)


def read(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(VaultSetting, key)
    if row is None or row.value is None:
        return copy.deepcopy(default)
    # A copy, so that changing the result and writing it back is seen as a change.
    return copy.deepcopy(row.value)


def write(session: Session, key: str, value: Any) -> None:
    row = session.get(VaultSetting, key)
    if row is None:
        session.add(VaultSetting(key=key, value=value))
    else:
        row.value = value
    session.flush()


def coverage(ranges: list[list[int]]) -> int:
    """How far a sender's sequence has been received without a gap (``sync.received``
    ranges of (after, through))."""
    through = 0
    for after, end in sorted(ranges):
        if after > through:
            break
        through = max(through, end)
    return through


def gaps(ranges: list[list[int]]) -> list[tuple[int, int]]:
    """Missing (first, last) sequence numbers between received ranges."""
    missing = []
    through = 0
    for after, end in sorted(ranges):
        if after > through:
            missing.append((through + 1, after))
        through = max(through, end)
    return missing
