"""First start: which organisation this data folder works for.

The user either describes the organisation (name, BIN, level, supervising
body, signatories) or fills the folder with the demonstration data. Every
refusal of the service is shown at the field it concerns.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRegularExpression, QSize, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tbn4_desktop import APP_TITLE
from tbn4_desktop.core.catalog import Catalog
from tbn4_desktop.core.signer_rules import (
    offered_roles,
    signing_hint,
    suggested_roles,
    unsigned_documents,
)
from tbn4_desktop.core.validation import ValidationError, bin_error
from tbn4_desktop.core.vocabulary import OrgLevel, SignerRole
from tbn4_desktop.i18n import tr
from tbn4_desktop.services.context import AppContext
from tbn4_desktop.services.organizations import create_organization, get_current_organization
from tbn4_desktop.services.records import OrganizationInfo, OrganizationInput, SignatoryInput
from tbn4_desktop.ui import errors
from tbn4_desktop.ui.icons import app_icon
from tbn4_desktop.ui.jobs import Job
from tbn4_desktop.ui.widgets import (
    FieldError,
    buddy_label,
    heading,
    mark_invalid,
    with_error,
    wrapped,
)
from tbn4_desktop.ui.window_fit import fit_window

#: Rows shown at start (more are added with «Добавить подписанта»).
START_ROWS = 2


class SignatoryRow:
    """One signatory: Ф.И.О., должность, role, «Убрать», and its error line
    below. The widgets live in the dialog's grid, aligned with the header.
    The role list offers only the roles that sign something at the level."""

    def __init__(self, parent: QWidget):
        self.full_name = QLineEdit(parent)
        self.full_name.setPlaceholderText(tr("Фамилия Имя Отчество"))
        self.full_name.setAccessibleName(tr("Ф.И.О. подписанта"))
        self.position = QLineEdit(parent)
        self.position.setPlaceholderText(tr("Должность полностью"))
        self.position.setAccessibleName(tr("Должность подписанта"))
        self.role = QComboBox(parent)
        self.role.setAccessibleName(tr("Роль подписанта"))
        self.remove_button = QPushButton(tr("Убрать"), parent)
        self.remove_button.setToolTip(tr("Убрать этого подписанта из списка"))
        self.error = FieldError(parent)

    def offer(self, roles: list[SignerRole], default: SignerRole) -> None:
        """Fill the role list; keep the chosen role when it is still offered."""
        current = self.role.currentData() if self.role.currentData() in {r.value for r in roles} else None
        self.role.blockSignals(True)
        self.role.clear()
        for role in roles:
            self.role.addItem(role.label, role.value)
        index = self.role.findData(current) if current is not None else -1
        self.role.setCurrentIndex(index if index >= 0 else max(0, self.role.findData(default.value)))
        self.role.blockSignals(False)

    def place(self, grid: QGridLayout, row: int) -> None:
        for col, widget in enumerate((self.full_name, self.position, self.role, self.remove_button)):
            grid.addWidget(widget, row, col)
        grid.addWidget(self.error, row + 1, 0, 1, 4)

    def delete(self) -> None:
        for widget in (self.full_name, self.position, self.role, self.remove_button, self.error):
            widget.hide()
            widget.deleteLater()

    def value(self) -> SignatoryInput:
        return SignatoryInput(
            full_name=self.full_name.text(), position=self.position.text(), role=SignerRole(self.role.currentData())
        )

    def is_blank(self) -> bool:
        return not self.full_name.text().strip() and not self.position.text().strip()


class FirstStartDialog(QDialog):
    """Asks for the organisation. After `accept()`, `organization` holds it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, year: int | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.year = year or date.today().year
        self.organization: OrganizationInfo | None = None
        self.catalog: Catalog | None = self._catalog()
        self._demo_job: Job | None = None
        self._progress: QProgressDialog | None = None
        self.setWindowTitle(tr("{app} — первый запуск").format(app=tr(APP_TITLE)))
        self.setWindowIcon(app_icon())
        self.setObjectName("firstStartDialog")
        self._build()
        fit_window(self, QSize(860, 640))

    def _catalog(self) -> Catalog | None:
        try:
            return self.ctx.catalog_for_year(self.year)
        except Exception:  # noqa: BLE001 - no catalog: every role is offered, the wizard will say more
            return None

    # ---------------------------------------------------------------- layout
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        # Everything but the buttons scrolls: at 1280×720 and 125 % the form is taller than the screen.
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(heading(tr("Добро пожаловать! Укажите организацию"), self))
        layout.addWidget(
            wrapped(
                tr(
                    "Программа ведёт исполнение проектов ТБН №4 «Предупреждение и противодействие коррупции» "
                    "для одной организации. Заполните сведения о ней и о тех, кто подписывает подтверждающие "
                    "документы. Их можно будет изменить позже: «Файл → Организация и подписанты…»."
                ),
                self,
            )
        )

        demo_box = QGroupBox(tr("Хотите сначала посмотреть, как всё устроено?"), self)
        demo_layout = QHBoxLayout(demo_box)
        self.demo_button = QPushButton(tr("Заполнить демонстрационными данными"), demo_box)
        self.demo_button.setObjectName("demoButton")
        self.demo_button.setMinimumHeight(40)
        font = self.demo_button.font()
        font.setBold(True)
        self.demo_button.setFont(font)
        self.demo_button.clicked.connect(self.fill_demo)
        demo_layout.addWidget(self.demo_button)
        demo_layout.addWidget(
            wrapped(
                tr(
                    "Будет создана учебная организация с подписантами и частично выполненными подзадачами {year} года."
                ).format(year=self.year),
                demo_box,
            ),
            1,
        )
        layout.addWidget(demo_box)

        org_box = QGroupBox(tr("Организация"), self)
        form = QFormLayout(org_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.name_edit = QLineEdit(org_box)
        self.name_edit.setPlaceholderText(tr("например: ГУ «Аппарат акима Каратальского района»"))
        self.name_error = FieldError(org_box)
        form.addRow(
            buddy_label(tr("&Наименование:"), self.name_edit, org_box), with_error(self.name_edit, self.name_error)
        )
        self.bin_edit = QLineEdit(org_box)
        self.bin_edit.setMaxLength(12)
        self.bin_edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,12}"), self.bin_edit))
        self.bin_edit.setPlaceholderText(tr("12 цифр"))
        self.bin_edit.editingFinished.connect(self._check_bin_now)
        self.bin_error = FieldError(org_box)
        form.addRow(buddy_label(tr("&БИН:"), self.bin_edit, org_box), with_error(self.bin_edit, self.bin_error))
        self.level_combo = QComboBox(org_box)
        for level in OrgLevel:
            self.level_combo.addItem(level.label, level.value)
        self.level_combo.setCurrentIndex(self.level_combo.findData(OrgLevel.DISTRICT.value))
        self.level_combo.currentIndexChanged.connect(self._level_changed)
        form.addRow(buddy_label(tr("&Уровень:"), self.level_combo, org_box), self.level_combo)
        self.parent_edit = QLineEdit(org_box)
        self.parent_edit.setPlaceholderText(tr("например: ГУ «Аппарат акима Алматинской области»"))
        self.parent_error = FieldError(org_box)
        self.parent_label = buddy_label("", self.parent_edit, org_box)
        form.addRow(self.parent_label, with_error(self.parent_edit, self.parent_error))
        layout.addWidget(org_box)

        sign_box = QGroupBox(tr("Подписанты подтверждающих документов"), self)
        sign_layout = QVBoxLayout(sign_box)
        # Who signs what at the chosen level, from the catalog (set by _level_changed).
        self.signing_hint = wrapped("", sign_box)
        self.signing_hint.setObjectName("signingHint")
        sign_layout.addWidget(self.signing_hint)
        self._rows_host = QWidget(sign_box)
        self._grid = QGridLayout(self._rows_host)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(6)
        self._grid.setVerticalSpacing(3)
        for col, text in enumerate((tr("Ф.И.О."), tr("Должность"), tr("Роль"))):
            self._grid.addWidget(QLabel(f"<b>{text}</b>", self._rows_host), 0, col)
        self._grid.setColumnStretch(0, 3)
        self._grid.setColumnStretch(1, 4)
        self._grid.setColumnStretch(2, 2)
        self._next_grid_row = 1
        rows_outer = QWidget(sign_box)
        outer_layout = QVBoxLayout(rows_outer)
        outer_layout.setContentsMargins(0, 0, 0, 0)
        outer_layout.addWidget(self._rows_host)
        outer_layout.addStretch(1)
        scroll = QScrollArea(sign_box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(rows_outer)
        scroll.setMinimumHeight(110)
        sign_layout.addWidget(scroll, 1)
        self.signatories_error = FieldError(sign_box)
        sign_layout.addWidget(self.signatories_error)
        # Documents nobody listed may sign: a warning, not a refusal (signatories can be added later).
        self.coverage_warning = wrapped("", sign_box)
        self.coverage_warning.setObjectName("coverageWarning")
        self.coverage_warning.setStyleSheet("color: #8a5300;")
        self.coverage_warning.hide()
        sign_layout.addWidget(self.coverage_warning)
        self.add_signatory_button = QPushButton(tr("Добавить подписанта"), sign_box)
        self.add_signatory_button.clicked.connect(lambda: self.add_signatory_row(focus=True))
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_signatory_button)
        add_row.addStretch(1)
        sign_layout.addLayout(add_row)
        layout.addWidget(sign_box, 1)

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            tr("Сохранить и начать работу"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        page = QScrollArea(self)
        page.setWidgetResizable(True)
        page.setFrameShape(QScrollArea.Shape.NoFrame)
        page.setWidget(body)
        outer.addWidget(page, 1)
        outer.addWidget(self.buttons)

        self.signatory_rows: list[SignatoryRow] = []
        for _ in range(START_ROWS):
            self.add_signatory_row()
        self._level_changed()
        self.name_edit.setFocus()

    # ------------------------------------------------------------ signatories
    def add_signatory_row(self, *, focus: bool = False) -> SignatoryRow:
        row = SignatoryRow(self._rows_host)
        row.offer(self.offered_roles(), self._next_default_role())
        row.remove_button.clicked.connect(lambda: self.remove_signatory_row(row))
        row.role.currentIndexChanged.connect(self._update_coverage)
        row.full_name.textChanged.connect(self._update_coverage)
        row.position.textChanged.connect(self._update_coverage)
        row.place(self._grid, self._next_grid_row)
        self._next_grid_row += 2
        self.signatory_rows.append(row)
        if len(self.signatory_rows) > 1:
            QWidget.setTabOrder(self.signatory_rows[-2].remove_button, row.full_name)
        self._update_remove_buttons()
        if focus:
            row.full_name.setFocus()
        return row

    def remove_signatory_row(self, row: SignatoryRow) -> None:
        if len(self.signatory_rows) <= 1:
            return
        self.signatory_rows.remove(row)
        row.delete()
        self._update_remove_buttons()
        self._update_coverage()

    def _update_remove_buttons(self) -> None:
        for row in self.signatory_rows:
            row.remove_button.setEnabled(len(self.signatory_rows) > 1)

    def offered_roles(self) -> list[SignerRole]:
        """The roles that sign something at the chosen level (every role without a catalog)."""
        roles = offered_roles(self.catalog, self.selected_level()) if self.catalog is not None else []
        return roles or list(SignerRole)

    def suggested_roles(self) -> list[SignerRole]:
        roles = suggested_roles(self.catalog, self.selected_level()) if self.catalog is not None else []
        return roles or self.offered_roles()[:1]

    def _next_default_role(self, rows: list[SignatoryRow] | None = None) -> SignerRole:
        """The first suggested role no earlier row has chosen, else the first offered."""
        taken = {row.role.currentData() for row in (self.signatory_rows if rows is None else rows)}
        return next((r for r in self.suggested_roles() if r.value not in taken), self.offered_roles()[0])

    def _update_coverage(self) -> None:
        """Warn about documents none of the filled-in signatories may sign."""
        filled = [row for row in self.signatory_rows if not row.is_blank()]
        lines = (
            unsigned_documents(self.catalog, self.selected_level(), {row.value().role for row in filled})
            if self.catalog is not None and filled
            else []
        )
        self.coverage_warning.setText(" ".join(lines))
        self.coverage_warning.setVisible(bool(lines))

    # ------------------------------------------------------------- behaviour
    def selected_level(self) -> OrgLevel:
        return OrgLevel(self.level_combo.currentData())

    def _level_changed(self) -> None:
        central = self.selected_level() is OrgLevel.CENTRAL
        self.parent_edit.setEnabled(not central)
        self.parent_label.setText(tr("&Вышестоящий орган:\n(не требуется)") if central else tr("&Вышестоящий орган:"))
        if central:
            self._show_errors_for({"parent_name"}, {})
        # Roles that sign nothing at the new level leave the rows; each row gets the next suggestion.
        offered = self.offered_roles()
        for i, row in enumerate(getattr(self, "signatory_rows", [])):
            row.offer(offered, self._next_default_role(self.signatory_rows[:i]))
        hint = signing_hint(self.catalog, self.selected_level()) if self.catalog is not None else ""
        self.signing_hint.setText(
            tr("Кто что подписывает на уровне «{level}»: {hint}").format(level=self.selected_level().label, hint=hint)
            if hint
            else ""
        )
        self._update_coverage()

    def _check_bin_now(self) -> None:
        text = self.bin_edit.text()
        message = bin_error(text) if text else None
        self.bin_error.set_message(message)
        mark_invalid(self.bin_edit, bool(message))

    def organization_input(self) -> OrganizationInput:
        return OrganizationInput(
            name=self.name_edit.text(),
            bin=self.bin_edit.text(),
            level=self.selected_level(),
            parent_name="" if self.selected_level() is OrgLevel.CENTRAL else self.parent_edit.text(),
        )

    def signatory_inputs(self) -> list[SignatoryInput]:
        return [row.value() for row in self.signatory_rows if not row.is_blank()]

    def save(self) -> None:
        rows = [row for row in self.signatory_rows if not row.is_blank()]
        try:
            with self.ctx.store.session() as session:
                self.organization = create_organization(
                    session, self.organization_input(), [row.value() for row in rows]
                )
        except ValidationError as exc:
            self.show_validation(exc.errors, rows)
            return
        except Exception as exc:  # noqa: BLE001 - StoreError and the unexpected alike
            errors.show_error(
                self, errors.user_message(exc), errors.format_exception(type(exc), exc, exc.__traceback__)
            )
            return
        self.accept()

    def show_validation(self, field_errors: dict[str, str], rows: list[SignatoryRow] | None = None) -> None:
        """Show each message at its field; focus the first refused field."""
        rows = rows if rows is not None else self.signatory_rows
        keys = {"name", "bin", "parent_name", "signatories"} | {
            f"signatories[{i}]" for i in range(len(self.signatory_rows))
        }
        self._show_errors_for(keys, field_errors, rows)
        first = next(
            (
                w
                for key, w in (("name", self.name_edit), ("bin", self.bin_edit), ("parent_name", self.parent_edit))
                if key in field_errors
            ),
            None,
        )
        if first is None:
            for i, row in enumerate(rows):
                if f"signatories[{i}]" in field_errors:
                    first = row.full_name if not row.full_name.text().strip() else row.position
                    break
        if first is None and "signatories" in field_errors and self.signatory_rows:
            first = self.signatory_rows[0].full_name
        if first is not None:
            first.setFocus()

    def _show_errors_for(
        self, keys: set[str], field_errors: dict[str, str], rows: list[SignatoryRow] | None = None
    ) -> None:
        for key, edit, error in (
            ("name", self.name_edit, self.name_error),
            ("bin", self.bin_edit, self.bin_error),
            ("parent_name", self.parent_edit, self.parent_error),
        ):
            if key in keys:
                error.set_message(field_errors.get(key))
                mark_invalid(edit, key in field_errors)
        if "signatories" in keys:
            self.signatories_error.set_message(field_errors.get("signatories"))
        for row in self.signatory_rows:
            row.error.set_message(None)
        for row in self.signatory_rows:
            mark_invalid(row.full_name, False)
            mark_invalid(row.position, False)
        for i, row in enumerate(rows or []):
            message = field_errors.get(f"signatories[{i}]")
            row.error.set_message(message)
            if message:
                mark_invalid(row.full_name, not row.full_name.text().strip())
                mark_invalid(row.position, not row.position.text().strip())

    # ------------------------------------------------------------------ demo
    def fill_demo(self) -> None:
        """Run services.demo.create_demo in the background, then accept."""
        try:
            from tbn4_desktop.services.demo import create_demo
        except ImportError as exc:
            errors.show_error(
                self,
                tr("Демонстрационные данные недоступны в этой сборке программы."),
                errors.format_exception(type(exc), exc, exc.__traceback__),
            )
            return
        ctx, year = self.ctx, self.year
        self.setEnabled(False)
        progress = QProgressDialog(tr("Создаются демонстрационные данные…"), "", 0, 0, self)
        progress.setWindowTitle(tr(APP_TITLE))
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        self._progress = progress
        job = Job(lambda _progress, _cancelled: create_demo(ctx, year), self)
        job.signals.succeeded.connect(self._demo_done)
        job.signals.failed.connect(self._demo_failed)
        self._demo_job = job
        job.start()

    def _finish_demo(self) -> None:
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None
        self.setEnabled(True)

    def _demo_done(self, _result: object) -> None:
        self._finish_demo()
        with self.ctx.store.session() as session:
            self.organization = get_current_organization(session)
        if self.organization is None:
            errors.show_error(
                self,
                tr(
                    "Демонстрационные данные созданы, но организация не выбрана. "
                    "Заполните сведения об организации вручную."
                ),
            )
            return
        self.accept()

    def _demo_failed(self, exc: BaseException, details: str) -> None:
        self._finish_demo()
        if errors.user_message(exc) != tr(errors.UNEXPECTED_MESSAGE):
            message = tr("Не удалось создать демонстрационные данные. {reason}").format(reason=exc)
        else:
            message = tr(
                "Не удалось создать демонстрационные данные. "
                "Попробуйте ещё раз или заполните сведения об организации вручную."
            )
        errors.show_error(self, message, details)
