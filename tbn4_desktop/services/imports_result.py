"""What a bundle import answers: its result, the refusal that asks to add an
unknown subordinate, and the plan the store check hands to the writer."""

from __future__ import annotations

from dataclasses import dataclass

from tbn4_desktop.i18n import tr
from tbn4_desktop.services.import_staging import ImportError_


class UnknownSubordinate(ImportError_):
    """The bundle's organisation is not in the store yet; the caller may ask
    the user and import again with add_unknown_subordinate=True."""

    def __init__(self, message: str, name: str, bin_: str):
        super().__init__(message)
        self.name = name
        self.bin = bin_


@dataclass(frozen=True)
class ImportResult:
    organization: str
    bin: str
    year: int
    items: int
    files: int  # attachments taken in
    bytes: int
    already_imported: bool = False
    replaced_older: bool = False
    added_subordinate: bool = False
    old_format: bool = False  # a format 1 bundle, sorted into document slots on import

    @property
    def message(self) -> str:
        if self.already_imported:
            return tr("Пакет «{name}» за {year} год уже принят ранее; данные не изменились.").format(
                name=self.organization, year=self.year
            )
        if self.replaced_older:
            text = tr(
                "Пакет «{name}» за {year} год заменил ранее принятый: подзадач и периодов {items}, файлов {files}."
            )
        else:
            text = tr("Пакет «{name}» за {year} год принят: подзадач и периодов {items}, файлов {files}.")
        sentences = [text.format(name=self.organization, year=self.year, items=self.items, files=self.files)]
        if self.added_subordinate:
            sentences.append(tr("Организация добавлена как подведомственная."))
        if self.old_format:
            sentences.append(
                tr(
                    "Пакет прежнего формата (без документов подзадач): файлы, ссылки и подписант "
                    "распределены по документам автоматически; то, что нельзя отнести к одному "
                    "документу, — в «Не распределено»."
                )
            )
        return " ".join(sentences)


@dataclass
class ImportPlan:
    """What the store check found: whom the bundle is written to, and what it replaces."""

    org_id: int | None  # None: to be created as a subordinate
    current_id: int
    live: int | None  # the live ImportedBundle of this organisation and year
    already: ImportResult | None = None
