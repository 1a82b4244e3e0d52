"""The sync state a vault keeps about itself, in the encrypted ``vault_settings`` table.

Keys (JSON values), all local to this vault and never synced:

``sync.identity``     this device's secret keys (``identity``)
``sync.org``          the organisation: id, name, this vault's role (hq|device), HQ's public identity
``sync.devices``      HQ: enrolled devices by id (public identity, status active|revoked, times)
``sync.assignments``  HQ: partner ids assigned to each device
``sync.sent``         highest change sequence exported to each recipient (incremental export)
``sync.received``     per sender: bundle ids imported, sequence ranges received, gaps
``sync.acks``         what HQ acknowledged having received from this device
``sync.conflicts``    conflicts found by merges, open or resolved

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

ALL_KEYS = (ORG, DEVICES, ASSIGNMENTS, SENT, RECEIVED, ACKS, CONFLICTS)


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
