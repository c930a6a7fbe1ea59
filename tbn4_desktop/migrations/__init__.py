"""Alembic migrations, shipped inside the package so frozen builds have them.

SCHEMA_HEAD lets start-up skip importing Alembic when the database is already
current; tests/services/test_store.py checks it equals Alembic's real head.
"""

SCHEMA_HEAD = "0009"
