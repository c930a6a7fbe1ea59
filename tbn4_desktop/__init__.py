"""TBN-4 Desktop: execution of the anti-corruption projects of «ТБН №4»."""

from tbn4_desktop.i18n import N_

__version__ = "0.1.0"
APP_NAME = "TBN4"
# Shown as tr(APP_TITLE).
APP_TITLE = N_("ТБН-4: исполнение проектов")
ORG_DOMAIN = "tbn4.kz"
