"""Migration steps that can run again over a half-applied schema.

Builds before the one-transaction run (runner.py) committed each step of a
migration on its own and wrote the version last, so a crash could leave a
database at revision N holding some of N+1's tables, indexes or columns.
Migrations 0001–0006 use these steps: each one skips what already exists and
otherwise does exactly what the Alembic operation does, so a finished run
gives the same schema whatever state it started from. CREATE TABLE (with its
constraints) is atomic in SQLite, so an existing table is always complete.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


def _inspector() -> sa.Inspector:
    return sa.inspect(op.get_bind())


def has_table(name: str) -> bool:
    return _inspector().has_table(name)


def create_table(name: str, *columns: sa.schema.SchemaItem) -> None:
    if not has_table(name):
        op.create_table(name, *columns)


def create_index(table: str, name: str, columns: list[str], *, unique: bool = False) -> None:
    if name not in {ix["name"] for ix in _inspector().get_indexes(table)}:
        op.create_index(op.f(name), table, columns, unique=unique)


def add_column(table: str, column: sa.Column) -> None:
    if column.name not in {c["name"] for c in _inspector().get_columns(table)}:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(column)
