"""TBN-4 Desktop: execution of the anti-corruption projects of «ТБН №4»."""

__version__ = "0.1.0"

APP_NAME = "TBN4"
APP_TITLE = "ТБН-4: исполнение проектов"
ORG_DOMAIN = "tbn4.kz"
