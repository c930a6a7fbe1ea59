"""Errors of the store, apart from store.py so that code which only needs
to catch them (the UI) does not load SQLAlchemy."""

from tbn4_desktop.i18n import N_


class StoreError(Exception):
    """A database problem explained in Russian for the user."""


class ConcurrentEditError(StoreError):
    """Somebody else saved the same record first (shared office database)."""


# What the UI says after a ConcurrentEditError, once it has re-read the subtask
# (shown as tr(SUBTASK_RELOADED_MESSAGE)).
SUBTASK_RELOADED_MESSAGE = N_(
    "Эту подзадачу только что изменил другой пользователь. "
    "Ваши изменения не сохранены; данные перечитаны — проверьте их и повторите."
)
