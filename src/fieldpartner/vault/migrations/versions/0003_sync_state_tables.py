"""sync state in tables

The sync state that grew with every bundle (devices, received bundles and sequence ranges,
acknowledgements, conflicts, bundle history) moves out of JSON values in ``vault_settings``,
which were read and rewritten whole per bundle, into tables of their own. Every entry is
carried over; the downgrade writes them back as they were.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

KEYS = ("sync.devices", "sync.received", "sync.acks", "sync.conflicts", "sync.history")


NAMES = {
    "devices": "sync_devices",
    "bundles": "sync_received_bundles",
    "ranges": "sync_received_ranges",
    "acks": "sync_acknowledgements",
    "conflicts": "sync_conflicts",
    "events": "sync_bundle_events",
}


def _tables(connection: sa.Connection) -> dict[str, sa.Table]:
    meta = sa.MetaData()
    return {key: sa.Table(name, meta, autoload_with=connection) for key, name in NAMES.items()}


def _create_tables() -> None:
    op.create_table(
        "sync_devices",
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("recipient", sa.String(length=100), nullable=False),
        sa.Column("signing_key", sa.String(length=60), nullable=False),
        sa.Column("fingerprint", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("enrolled_at", sa.String(length=30), nullable=False),
        sa.Column("revoked_at", sa.String(length=30), nullable=False),
        sa.PrimaryKeyConstraint("device_id", name=op.f("pk_sync_devices")),
    )
    op.create_table(
        "sync_received_bundles",
        sa.Column("sender", sa.String(length=36), nullable=False),
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("imported_at", sa.String(length=30), nullable=False),
        sa.PrimaryKeyConstraint("sender", "bundle_id", name=op.f("pk_sync_received_bundles")),
    )
    op.create_table(
        "sync_received_ranges",
        sa.Column("sender", sa.String(length=36), nullable=False),
        sa.Column("after", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("through", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("sender", "after", name=op.f("pk_sync_received_ranges")),
    )
    op.create_table(
        "sync_acknowledgements",
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("through", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("device_id", name=op.f("pk_sync_acknowledgements")),
    )
    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("record_kind", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("label", sa.String(length=300), nullable=False),
        sa.Column("merge_rev", sa.String(length=48), nullable=False),
        sa.Column("local_rev", sa.String(length=48), nullable=False),
        sa.Column("incoming_rev", sa.String(length=48), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("resolution", sa.Text(), nullable=False),
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("found_at", sa.String(length=30), nullable=False),
        sa.Column("resolved_at", sa.String(length=30), nullable=False),
        sa.Column("resolved_rev", sa.String(length=48), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflicts")),
    )
    with op.batch_alter_table("sync_conflicts", schema=None) as batch_op:
        batch_op.create_index(
            "ix_sync_conflicts_status_found", ["status", "found_at", "id"], unique=False
        )
    op.create_table(
        "sync_bundle_events",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("direction", sa.String(length=10), nullable=False),
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("peer", sa.String(length=36), nullable=False),
        sa.Column("peer_role", sa.String(length=10), nullable=False),
        sa.Column("at", sa.String(length=30), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("sequence_after", sa.Integer(), nullable=False),
        sa.Column("sequence_through", sa.Integer(), nullable=False),
        sa.Column("full", sa.Boolean(), nullable=False),
        sa.Column("revisions", sa.Integer(), nullable=False),
        sa.Column("records", sa.JSON(), nullable=False),
        sa.Column("attachments", sa.Integer(), nullable=False),
        sa.Column("conflicts", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_bundle_events")),
    )


def _setting(connection: sa.Connection, key: str, default: Any) -> Any:
    raw = connection.execute(
        sa.text("SELECT value FROM vault_settings WHERE key = :key"), {"key": key}
    ).scalar()
    return default if raw is None else json.loads(raw)


def upgrade() -> None:
    _create_tables()
    connection = op.get_bind()
    t = _tables(connection)
    devices = _setting(connection, "sync.devices", {})
    rows: list[dict[str, Any]] = [
        {
            "device_id": device_id,
            "recipient": entry["recipient"],
            "signing_key": entry["signing_key"],
            "fingerprint": entry["fingerprint"],
            "status": entry.get("status", "active"),
            "enrolled_at": entry.get("enrolled_at", ""),
            "revoked_at": entry.get("revoked_at", ""),
        }
        for device_id, entry in devices.items()
    ]
    if rows:
        connection.execute(sa.insert(t["devices"]), rows)
    received = _setting(connection, "sync.received", {})
    bundles = [
        {
            "sender": sender,
            "bundle_id": bundle_id,
            "created_at": str(info.get("created_at", "")),
            "imported_at": str(info.get("imported_at", "")),
        }
        for sender, entry in received.items()
        for bundle_id, info in entry.get("bundles", {}).items()
    ]
    if bundles:
        connection.execute(sa.insert(t["bundles"]), bundles)
    ranges = [
        {"sender": sender, "after": int(after), "through": int(through)}
        for sender, entry in received.items()
        for after, through in entry.get("ranges", [])
    ]
    if ranges:
        connection.execute(sa.insert(t["ranges"]), ranges)
    acks = _setting(connection, "sync.acks", {})
    if acks:
        connection.execute(
            sa.insert(t["acks"]),
            [{"device_id": d, "through": int(n)} for d, n in acks.items()],
        )
    conflicts = _setting(connection, "sync.conflicts", {})
    if conflicts:
        connection.execute(
            sa.insert(t["conflicts"]),
            [
                {
                    "id": c["id"],
                    "record_kind": c["kind"],
                    "record_id": c["record_id"],
                    "label": c.get("label", ""),
                    "merge_rev": c["merge_rev"],
                    "local_rev": c["local_rev"],
                    "incoming_rev": c["incoming_rev"],
                    "fields": c["fields"],
                    "status": c["status"],
                    "resolution": c.get("resolution", ""),
                    "bundle_id": c.get("bundle_id", ""),
                    "found_at": c["found_at"],
                    "resolved_at": c.get("resolved_at", ""),
                    "resolved_rev": c.get("resolved_rev", ""),
                }
                for c in conflicts.values()
            ],
        )
    history = _setting(connection, "sync.history", [])
    if history:
        connection.execute(
            sa.insert(t["events"]),
            [
                {
                    **{k: v for k, v in e.items() if k != "sequence"},
                    "sequence_after": int(e["sequence"][0]),
                    "sequence_through": int(e["sequence"][1]),
                }
                for e in history
            ],
        )
    connection.execute(
        sa.text("DELETE FROM vault_settings WHERE key IN :keys").bindparams(
            sa.bindparam("keys", expanding=True)
        ),
        {"keys": list(KEYS)},
    )


def downgrade() -> None:
    connection = op.get_bind()
    t = _tables(connection)
    state: dict[str, Any] = {}
    state["sync.devices"] = {
        row.device_id: {
            "device_id": row.device_id,
            "recipient": row.recipient,
            "signing_key": row.signing_key,
            "fingerprint": row.fingerprint,
            "status": row.status,
            "enrolled_at": row.enrolled_at,
            "revoked_at": row.revoked_at,
        }
        for row in connection.execute(sa.select(t["devices"]))
    }
    received: dict[str, Any] = {}
    for row in connection.execute(sa.select(t["bundles"])):
        entry = received.setdefault(row.sender, {"bundles": {}, "ranges": []})
        entry["bundles"][row.bundle_id] = {
            "created_at": row.created_at,
            "imported_at": row.imported_at,
        }
    for row in connection.execute(sa.select(t["ranges"]).order_by("sender", "after")):
        entry = received.setdefault(row.sender, {"bundles": {}, "ranges": []})
        entry["ranges"].append([row.after, row.through])
    state["sync.received"] = received
    state["sync.acks"] = {
        row.device_id: row.through for row in connection.execute(sa.select(t["acks"]))
    }
    conflicts = {}
    for row in connection.execute(sa.select(t["conflicts"])):
        entry = {
            "id": row.id,
            "kind": row.record_kind,
            "record_id": row.record_id,
            "label": row.label,
            "merge_rev": row.merge_rev,
            "local_rev": row.local_rev,
            "incoming_rev": row.incoming_rev,
            "fields": row.fields,
            "status": row.status,
            "resolution": row.resolution,
            "bundle_id": row.bundle_id,
            "found_at": row.found_at,
        }
        if row.status == "resolved":
            entry["resolved_at"] = row.resolved_at
            if row.resolved_rev:
                entry["resolved_rev"] = row.resolved_rev
        conflicts[row.id] = entry
    state["sync.conflicts"] = conflicts
    state["sync.history"] = [
        {
            "direction": row.direction,
            "bundle_id": row.bundle_id,
            "peer": row.peer,
            "peer_role": row.peer_role,
            "at": row.at,
            "created_at": row.created_at,
            "sequence": [row.sequence_after, row.sequence_through],
            "full": bool(row.full),
            "revisions": row.revisions,
            "records": row.records,
            "attachments": row.attachments,
            "conflicts": row.conflicts,
            "file_name": row.file_name,
        }
        for row in connection.execute(sa.select(t["events"]).order_by("seq"))
    ]
    for key, value in state.items():
        if value:
            connection.execute(sa.text("DELETE FROM vault_settings WHERE key = :k"), {"k": key})
            connection.execute(
                sa.text("INSERT INTO vault_settings (key, value) VALUES (:k, :v)"),
                {"k": key, "v": json.dumps(value)},
            )
    with op.batch_alter_table("sync_conflicts", schema=None) as batch_op:
        batch_op.drop_index("ix_sync_conflicts_status_found")
    for table in (
        "sync_bundle_events",
        "sync_conflicts",
        "sync_acknowledgements",
        "sync_received_ranges",
        "sync_received_bundles",
        "sync_devices",
    ):
        op.drop_table(table)
