"""Errors of the store, apart from store.py so that code which only needs
to catch them (the UI) does not load SQLAlchemy."""


class StoreError(Exception):
    """A database problem explained in Russian for the user."""


class ConcurrentEditError(StoreError):
    """Somebody else saved the same record first (shared office database)."""
