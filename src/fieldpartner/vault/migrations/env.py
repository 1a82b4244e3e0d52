"""Alembic environment: migrations always run on a connection the vault opened (with its key)."""

from __future__ import annotations

from alembic import context

from fieldpartner.domain.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("vault migrations run only through fieldpartner.vault (they need the key)")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
