"""The sync state a vault keeps about itself, local to it and never synced.

Small values that change rarely and are read whole stay JSON in the encrypted
``vault_settings`` table:

``sync.identity``     this device's secret keys (``identity``)
``sync.org``          the organisation: id, name, this vault's role (hq|device), HQ's public identity
``sync.assignments``  HQ: partner ids assigned to each device
``sync.sent``         per recipient: the last bundle sent, the highest sequence sent, and (HQ)
                      the partners sent whole and those not yet acknowledged

What grows with every bundle has typed tables (``domain.models``, migration 0003): enrolled
devices (``org``), bundles and sequence ranges received and the bundle history
(``history``), conflicts (``conflicts``), and the acknowledgements below, from which the next
incremental export to a peer starts.

Everything is read and written through a session, so that an import's bookkeeping commits
in the same transaction as its records: all or nothing.
"""

from __future__ import annotations

import copy
from typing import Any

from sqlalchemy.orm import Session

from fieldpartner.domain.models import SyncAcknowledgement, VaultSetting

ORG = "sync.org"
ASSIGNMENTS = "sync.assignments"
SENT = "sync.sent"

ALL_KEYS = (ORG, ASSIGNMENTS, SENT)


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


def acknowledged(session: Session, device_id: str) -> int:
    """How far ``device_id`` acknowledged receiving this vault's change sequence (0: never)."""
    row = session.get(SyncAcknowledgement, device_id)
    return row.through if row is not None else 0


def record_acknowledgement(session: Session, device_id: str, through: int) -> None:
    """Note that ``device_id`` received this vault's changes through ``through``; an older
    acknowledgement arriving late never moves it back."""
    row = session.get(SyncAcknowledgement, device_id)
    if row is None:
        session.add(SyncAcknowledgement(device_id=device_id, through=through))
    elif through > row.through:
        row.through = through
    session.flush()


def coverage(ranges: list[list[int]]) -> int:
    """How far a sender's sequence has been received without a gap (ranges of
    (after, through))."""
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
