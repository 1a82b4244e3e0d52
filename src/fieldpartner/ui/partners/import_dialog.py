"""File → Import partners: partners and contacts from an XLSX or CSV spreadsheet.

Three steps in one dialog: choose the file (and the sheet), check the column mapping the
import matched from the headers (each column's field can be changed), then **Check**, the
dry run, which lists every refused row and why. **Import** is offered only when the check
refused nothing for the mapping shown; it checks again and writes everything in one
transaction on the vault's writer, or nothing. The reading, checking and writing are
``domain.partner_import``'s; the dialog only shows them. The file question goes through a
replaceable hook (``ask_file_path``) so tests can answer it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldpartner.domain.partner_import import (
    IMPORT_FIELDS,
    ImportPlan,
    ImportRefused,
    ImportResult,
    apply_import,
    automatic_mapping,
    check_mapping,
    plan_import,
)
from fieldpartner.domain.revisions import RecordSession
from fieldpartner.domain.spreadsheets import Table, read_table
from fieldpartner.ui.common.numbers import format_number
from fieldpartner.ui.names import field_labels
from fieldpartner.ui.operations import OwnedReads, change
from fieldpartner.ui.problems import problem_text, refusal_text
from fieldpartner.ui.worker import TaskControl
from fieldpartner.vault import Vault

SAMPLE_ROWS = 3  # values shown beside each column, to recognise it


class PartnerImportDialog(QDialog):
    """Choose, map, check, import. ``imported`` carries the result once it is written."""

    imported = Signal(object)

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._table: Table | None = None
        self._plan: ImportPlan | None = None
        self._checked_mapping: dict[int, str] | None = None
        self.result_value: ImportResult | None = None
        self.ask_file_path: Callable[[], str | None] = self._ask_file_path
        self.reads = OwnedReads(self)
        self.setObjectName("partnerImportDialog")
        self.setWindowTitle(self.tr("Import partners from a spreadsheet"))
        self.setAccessibleName(self.windowTitle())

        intro = QLabel(
            self.tr(
                "Partners and their contacts from an .xlsx or .csv file: one row per partner, "
                "or one row per contact with the partner's name repeated. Nothing is imported "
                "until every row passes the checks."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setObjectName("importIntro")

        self.file_edit = QLineEdit(self)
        self.file_edit.setObjectName("importFile")
        self.file_edit.setAccessibleName(self.tr("Spreadsheet file"))
        self.file_edit.setReadOnly(True)
        self.choose_button = QPushButton(self.tr("&Choose file…"), self)
        self.choose_button.setObjectName("importChooseFile")
        self.choose_button.setAccessibleName(self.tr("Choose the spreadsheet"))
        self.choose_button.clicked.connect(self.choose_file)
        self.sheet_combo = QComboBox(self)
        self.sheet_combo.setObjectName("importSheet")
        self.sheet_combo.setAccessibleName(self.tr("Sheet"))
        self.sheet_combo.setEnabled(False)
        self.sheet_combo.activated.connect(self._sheet_chosen)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.sheet_combo)
        file_row.addWidget(self.choose_button)

        self.mapping_table = QTableWidget(0, 3, self)
        self.mapping_table.setObjectName("importMapping")
        self.mapping_table.setAccessibleName(self.tr("Column mapping"))
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("First values"), self.tr("Imported as")]
        )
        self.mapping_table.verticalHeader().hide()
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.mapping_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)

        self.refused_table = QTableWidget(0, 2, self)
        self.refused_table.setObjectName("importRefusedRows")
        self.refused_table.setAccessibleName(self.tr("Refused rows"))
        self.refused_table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Why refused")])
        self.refused_table.verticalHeader().hide()
        self.refused_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.refused_table.setWordWrap(True)
        self.refused_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.refused_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch
        )

        self.status = QLabel(self)
        self.status.setObjectName("importStatus")
        self.status.setAccessibleName(self.tr("Import status"))
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        self.buttons = QDialogButtonBox(self)
        self.buttons.setObjectName("importButtons")
        self.check_button = self.buttons.addButton(
            self.tr("C&heck"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.check_button.setObjectName("importCheck")
        self.check_button.setAccessibleName(self.tr("Check every row without importing"))
        self.check_button.clicked.connect(self.check)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("importConfirm")
        self.import_button.setAccessibleName(self.tr("Import every row"))
        self.import_button.clicked.connect(self.start_import)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("importClose")
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(file_row)
        mapping_label = QLabel(self.tr("&Columns:"), self)
        mapping_label.setBuddy(self.mapping_table)
        layout.addWidget(mapping_label)
        layout.addWidget(self.mapping_table, 2)
        refused_label = QLabel(self.tr("&Refused rows:"), self)
        refused_label.setBuddy(self.refused_table)
        layout.addWidget(refused_label)
        layout.addWidget(self.refused_table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._update_buttons()
        self.resize(900, 600)  # fits a 1366x768 screen with the window frame

    # --- choosing the file ---------------------------------------------------------------

    def _ask_file_path(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a spreadsheet"),
            "",
            self.tr("Spreadsheets (*.xlsx *.csv)"),
        )
        return path or None

    def choose_file(self) -> None:
        path = self.ask_file_path()
        if path:
            self.load(Path(path))

    def load(self, path: Path, sheet: str | None = None) -> None:
        """Read ``path`` off the interface thread, then show its columns."""
        self.file_edit.setText(str(path))
        self._table = None
        self._forget_plan()
        self.mapping_table.setRowCount(0)
        self.status.setText(self.tr("Reading {file}…").format(file=path.name))

        def work(_control: TaskControl) -> Table:
            return read_table(path, sheet)

        self.reads.run("read", work, self._show_table, self._failed)

    def _sheet_chosen(self, _index: int) -> None:
        if self.file_edit.text():
            self.load(Path(self.file_edit.text()), self.sheet_combo.currentText())

    def _show_table(self, table: Table) -> None:
        self._table = table
        self.sheet_combo.clear()
        self.sheet_combo.addItems(list(table.sheets))
        self.sheet_combo.setCurrentText(table.sheet)
        self.sheet_combo.setEnabled(len(table.sheets) > 1)
        mapping = automatic_mapping(table.headers)
        labels = field_labels()
        self.mapping_table.setRowCount(len(table.headers))
        for column, header in enumerate(table.headers):
            self.mapping_table.setItem(column, 0, QTableWidgetItem(header))
            samples = [row.cell(column) for row in table.rows[:SAMPLE_ROWS]]
            self.mapping_table.setItem(
                column, 1, QTableWidgetItem(" | ".join(s for s in samples if s))
            )
            combo = QComboBox(self.mapping_table)
            combo.setObjectName(f"importField{column}")
            combo.setAccessibleName(self.tr("Field for column {header}").format(header=header))
            combo.addItem(self.tr("(not imported)"), "")
            for name in IMPORT_FIELDS:
                combo.addItem(labels[name], name)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(column, ""))))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.mapping_table.setCellWidget(column, 2, combo)
        self.status.setText(
            self.tr("{rows} rows read from {file}. Check the columns, then press Check.").format(
                rows=format_number(len(table.rows)), file=table.source
            )
        )
        self._update_buttons()

    # --- the mapping and the dry run -----------------------------------------------------

    def field_combo(self, column: int) -> QComboBox:
        widget = self.mapping_table.cellWidget(column, 2)
        assert isinstance(widget, QComboBox)
        return widget

    def mapping(self) -> dict[int, str]:
        chosen = {}
        for column in range(self.mapping_table.rowCount()):
            name = self.field_combo(column).currentData()
            if name:
                chosen[column] = name
        return chosen

    def _mapping_changed(self) -> None:
        self._forget_plan()
        self.status.setText(self.tr("The columns changed: press Check again."))

    def _forget_plan(self) -> None:
        self._plan = None
        self._checked_mapping = None
        self.refused_table.setRowCount(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.check_button.setEnabled(self._table is not None)
        self.import_button.setEnabled(
            self._plan is not None
            and self._plan.accepted
            and self._checked_mapping == self.mapping()
            and bool(self._plan.partners)
        )

    def check(self) -> None:
        """The dry run: every row checked off the interface thread, nothing written."""
        table = self._table
        if table is None:
            return
        mapping = self.mapping()
        try:
            check_mapping(mapping)
        except ValueError as exc:
            self._forget_plan()
            self.status.setText(self.tr("Cannot check: {reason}").format(reason=refusal_text(exc)))
            return
        vault = self._vault

        def work(_control: TaskControl) -> ImportPlan:
            with vault.session() as session:
                return plan_import(session, table, mapping)

        self.status.setText(
            self.tr("Checking {rows} rows…").format(rows=format_number(len(table.rows)))
        )
        self.reads.run("check", work, lambda plan: self._show_plan(plan, mapping), self._failed)

    def _show_plan(self, plan: ImportPlan, mapping: dict[int, str]) -> None:
        self._plan = plan
        self._checked_mapping = mapping
        self.refused_table.setRowCount(len(plan.refused))
        for index, row in enumerate(plan.refused):
            number = QTableWidgetItem(format_number(row.row))
            number.setData(Qt.ItemDataRole.UserRole, row.row)
            self.refused_table.setItem(index, 0, number)
            self.refused_table.setItem(
                index,
                1,
                QTableWidgetItem("\n".join(problem_text(reason) for reason in row.reasons)),
            )
        self.refused_table.resizeRowsToContents()
        if plan.refused:
            self.status.setText(
                self.tr(
                    "{refused} of {rows} rows refused: nothing can be imported until they are "
                    "corrected in the spreadsheet (or their columns mapped differently)."
                ).format(refused=format_number(len(plan.refused)), rows=format_number(plan.rows))
            )
        elif not plan.partners:
            self.status.setText(self.tr("The file has no rows to import."))
        else:
            self.status.setText(
                self.tr(
                    "Every row passed: {partners} new partners and {contacts} contacts will "
                    "be imported."
                ).format(
                    partners=format_number(plan.new_partners),
                    contacts=format_number(plan.contacts),
                )
            )
        self._update_buttons()

    # --- importing -----------------------------------------------------------------------

    def start_import(self) -> None:
        """Check again and write everything in one transaction on the vault's writer."""
        table, mapping = self._table, self._checked_mapping
        if table is None or mapping is None or not self.import_button.isEnabled():
            return

        def edit(session: RecordSession) -> ImportResult:
            return apply_import(session, plan_import(session, table, mapping))

        self.import_button.setEnabled(False)
        self.check_button.setEnabled(False)
        self.status.setText(self.tr("Importing…"))
        change(self, self._vault, edit, on_saved=self._imported, on_failed=self._failed)

    def _imported(self, result: ImportResult) -> None:
        self.result_value = result
        self._plan = None
        self._update_buttons()
        self.status.setText(
            self.tr("Imported {partners} new partners and {contacts} contacts.").format(
                partners=format_number(len(result.partner_ids)),
                contacts=format_number(len(result.contact_ids)),
            )
        )
        self.imported.emit(result)

    def _failed(self, message: str, exc: BaseException) -> None:
        if isinstance(exc, ImportRefused):  # the vault changed since the check
            self._show_plan(exc.plan, self._checked_mapping or self.mapping())
            return
        self.status.setText(self.tr("Nothing was imported: {reason}").format(reason=message))
        self._update_buttons()
