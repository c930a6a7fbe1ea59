"""The forms' names: which forms there are (`tbn4 form NAME`, the «Формы»
menu) and the quarters of Appendix 2, without the view-model and the
builders — the menu is made on the window's first paint."""

from __future__ import annotations

from enum import StrEnum

from tbn4_desktop.i18n import N_, tr

#: The act is made for one quarter: the note says «проводится ежеквартально».
APP2_QUARTERS = ("Q1", "Q2", "Q3", "Q4")


class FormName(StrEnum):
    """The forms `tbn4 form NAME` knows."""

    APP1 = "app1"
    APP2 = "app2"
    APP3 = "app3"
    APP4 = "app4"
    APP5 = "app5"
    INVENTORY = "inventory"

    @property
    def label(self) -> str:
        """The form's name in the interface language (menus, messages)."""
        return tr(_LABELS[self])

    @property
    def label_ru(self) -> str:
        """The form's name as documents carry it (properties, file names)."""
        return _LABELS[self]


_LABELS = {
    FormName.APP1: N_("Приложение №1. Отчёт (справка) о соблюдении норм антикоррупционного законодательства"),
    FormName.APP2: N_("Приложение №2. Акт сверки правонарушений"),
    FormName.APP3: N_("Приложение №3. Реестр антикоррупционных комплаенс-служб"),
    FormName.APP4: N_("Приложение №4. Координация ГСЗ на антикоррупционную тематику"),
    FormName.APP5: N_("Приложение №5. Отчёт о системной профилактической работе"),
    FormName.INVENTORY: N_("Опись документов"),
}
