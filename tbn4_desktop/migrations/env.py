"""Alembic environment: runs on the connection the store hands over."""

from __future__ import annotations

from alembic import context

from tbn4_desktop.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reached by a bare `alembic` CLI call
    raise RuntimeError("Migrations run through tbn4_desktop.store.migrate(), not the alembic CLI")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
