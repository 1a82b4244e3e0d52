"""The bundle history: every bundle this vault exported or imported (the History screen)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy.orm import Session

from fieldpartner.sync import state
from fieldpartner.vault import Vault


@dataclass(frozen=True)
class BundleEvent:
    """One bundle this vault exported or imported (the History screen's rows)."""

    direction: str  # "sent" | "received"
    bundle_id: str
    peer: str  # the recipient's device id when sent, the sender's when received
    peer_role: str  # "hq" | "device"
    at: str  # when this vault exported or imported it (UTC text)
    created_at: str  # the bundle manifest's created_at
    sequence: tuple[int, int]
    full: bool
    revisions: int
    records: dict[str, int]
    attachments: int
    conflicts: int  # conflicts this import recorded; 0 for a sent bundle
    file_name: str  # the file's name, never its folder

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "sequence": list(self.sequence)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> BundleEvent:
        after, through = data["sequence"]
        return cls(
            **{
                **data,
                "sequence": (int(after), int(through)),
                "records": dict(data["records"]),
            }
        )


def record_event(session: Session, event: BundleEvent) -> None:
    """Append to ``sync.history`` inside the caller's transaction."""
    history = state.read(session, state.HISTORY, [])
    history.append(event.to_json())
    state.write(session, state.HISTORY, history)


def bundle_history(vault: Vault) -> list[BundleEvent]:
    """Every bundle this vault sent or imported, newest first."""
    with vault.session() as session:
        stored = state.read(session, state.HISTORY, [])
    return [BundleEvent.from_json(entry) for entry in reversed(stored)]


def record_received(
    session: Session,
    sender: str,
    bundle_id: str,
    created_at: str,
    sequence: tuple[int, int],
    now: str,
) -> None:
    """Note a bundle imported from ``sender`` and the sequence range it covered."""
    received = state.read(session, state.RECEIVED, {})
    entry = received.setdefault(sender, {"bundles": {}, "ranges": []})
    entry["bundles"][bundle_id] = {"created_at": created_at, "imported_at": now}
    entry["ranges"] = _merge_ranges([*entry["ranges"], list(sequence)])
    state.write(session, state.RECEIVED, received)


def _merge_ranges(ranges: list[list[int]]) -> list[list[int]]:
    merged: list[list[int]] = []
    for after, through in sorted(ranges):
        if merged and after <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], through)
        else:
            merged.append([after, through])
    return merged
