"""The main window of an unlocked vault: navigation, the partner list, lock and quit.

It receives the opened vault and keeps no global state. Locking empties every widget that
shows record data before the vault's key is zeroed, then the window closes and emits
``locked`` with the vault's folder so the caller can offer to unlock it again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldpartner.ui.about_dialog import AboutDialog
from fieldpartner.ui.partner_model import PartnerTableModel
from fieldpartner.vault import Vault

SEARCH_DELAY_MS = 250


class MainWindow(QMainWindow):
    """One unlocked vault. Emits ``locked(path)`` after the user locks it."""

    locked = Signal(object)

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault: Vault | None = vault
        self._vault_path = Path(vault.path)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("{name} — FieldPartner").format(name=vault.name))
        self.resize(1100, 700)

        self.partner_model = PartnerTableModel(vault, self)
        self._build_menus()
        self._build_central()
        self._build_status_bar()
        self.partner_model.modelReset.connect(self._update_count)
        self.partner_model.rowsInserted.connect(self._update_count)
        self._update_count()

    @property
    def vault(self) -> Vault | None:
        return self._vault

    # --- building -----------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.setObjectName("fileMenu")
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setObjectName("lockAction")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setStatusTip(self.tr("Lock the vault and close this window"))
        self.lock_action.triggered.connect(self.lock)
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setObjectName("quitAction")
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.setObjectName("helpMenu")
        self.about_action = QAction(self.tr("&About FieldPartner"), self)
        self.about_action.setObjectName("aboutAction")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

    def _build_central(self) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("mainSplitter")

        # Sections of the application; later features add entries and pages here.
        self.navigation = QListWidget(splitter)
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.addItem(self.tr("Partners"))
        self.navigation.setMaximumWidth(220)
        self.pages = QStackedWidget(splitter)
        self.pages.setObjectName("pages")
        self.pages.addWidget(self._build_partner_page())
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.navigation.setCurrentRow(0)
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([160, 940])
        self.setCentralWidget(splitter)

    def _build_partner_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("partnersPage")
        layout = QVBoxLayout(page)

        self.search = QLineEdit(page)
        self.search.setObjectName("partnerSearch")
        self.search.setAccessibleName(self.tr("Search partners"))
        self.search.setPlaceholderText(self.tr("Search by name, acronym, region, country or tag"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setObjectName("searchDebounce")
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(self._search_timer.start)
        layout.addWidget(self.search)

        self.partner_table = QTableView(page)
        self.partner_table.setObjectName("partnerTable")
        self.partner_table.setAccessibleName(self.tr("Partners"))
        self.partner_table.setModel(self.partner_model)
        self.partner_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.partner_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.partner_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.partner_table.setAlternatingRowColors(True)
        self.partner_table.setWordWrap(False)
        rows = self.partner_table.verticalHeader()
        rows.hide()
        rows.setDefaultSectionSize(self.partner_table.fontMetrics().height() + 10)
        header = self.partner_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # Widths that fit typical values; rows load lazily, so measuring content would lie.
        for column, width in enumerate((270, 70, 64, 170, 100, 140, 90)):
            header.resizeSection(column, width)
        layout.addWidget(self.partner_table, 1)
        return page

    def _build_status_bar(self) -> None:
        self.vault_label = QLabel(self)
        self.vault_label.setObjectName("vaultNameLabel")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("partnerCountLabel")
        if self._vault is not None:
            self.vault_label.setText(self.tr("Vault: {name}").format(name=self._vault.name))
            self.vault_label.setToolTip(str(self._vault_path))
        self.statusBar().addWidget(self.vault_label)
        self.statusBar().addPermanentWidget(self.count_label)

    # --- behaviour ----------------------------------------------------------------------

    def _apply_search(self) -> None:
        if self._vault is not None and not self._vault.is_locked:
            self.partner_model.set_filter(self.search.text())

    def _update_count(self) -> None:
        total = self.partner_model.total_count
        if self._vault is None:
            self.count_label.clear()
        elif self.partner_model.filter_text.strip():
            self.count_label.setText(self.tr("%n partner(s) found", "", total))
        else:
            self.count_label.setText(self.tr("%n partner(s)", "", total))

    def show_about(self) -> None:
        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _forget_record_data(self) -> None:
        """Empty every widget that shows data read from the vault."""
        self._search_timer.stop()
        self.search.blockSignals(True)
        self.search.setText("")  # unlike clear(), also empties the undo history
        self.search.blockSignals(False)
        self.partner_table.clearSelection()
        self.partner_model.clear()
        self.vault_label.clear()
        self.count_label.clear()
        self.setWindowTitle(self.tr("FieldPartner"))
        for dialog in self.findChildren(QDialog):
            dialog.close()

    def lock(self) -> None:
        """Forget what is on screen, lock the vault, close, and emit ``locked``."""
        self._close_vault()
        self.locked.emit(self._vault_path)
        self.close()

    def _close_vault(self) -> None:
        self._forget_record_data()
        if self._vault is not None:
            self._vault.lock()
            self._vault = None

    def closeEvent(self, event: QCloseEvent) -> None:
        self._close_vault()
        super().closeEvent(event)
