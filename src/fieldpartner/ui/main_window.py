"""The main window of an unlocked vault: navigation between pages, lock and quit.

It receives the opened vault and keeps no global state. Each section of the application is
a ``Page`` (ui/page.py) listed in ``page_classes``; locking asks every page to forget what
it shows before the vault's key is zeroed, then the window closes and emits ``locked``
with the vault's folder so the caller can offer to unlock it again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTableView,
    QWidget,
)

from fieldpartner.ui.about_dialog import AboutDialog
from fieldpartner.ui.page import Page
from fieldpartner.ui.partners.list_page import PartnerListPage
from fieldpartner.vault import Vault


def page_classes() -> list[type[Page]]:
    """The pages of the main window, in navigation order."""
    return [PartnerListPage]


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

        self.page_list: list[Page] = [cls(vault, self) for cls in page_classes()]
        self._build_menus()
        self._build_central()
        self._build_status_bar()
        self.partner_model.modelReset.connect(self._update_count)
        self.partner_model.rowsInserted.connect(self._update_count)
        self._update_count()

    # The partner list is the first page; these names keep callers short.
    @property
    def partner_page(self) -> PartnerListPage:
        return self.page("partners")  # type: ignore[return-value]

    @property
    def partner_model(self):  # type: ignore[no-untyped-def]
        return self.partner_page.model

    @property
    def partner_table(self) -> QTableView:
        return self.partner_page.table

    @property
    def search(self) -> QLineEdit:
        return self.partner_page.search

    def page(self, key: str) -> Page:
        for candidate in self.page_list:
            if candidate.key == key:
                return candidate
        raise KeyError(key)

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

        self.navigation = QListWidget(splitter)
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.setMaximumWidth(220)
        self.pages = QStackedWidget(splitter)
        self.pages.setObjectName("pages")
        for page in self.page_list:
            if page.title():
                self.navigation.addItem(page.title())
            self.pages.addWidget(page)
            page.navigate.connect(self._navigate)
            page.status_message.connect(self._show_status)
        self.navigation.currentRowChanged.connect(self._show_page)
        self.navigation.setCurrentRow(0)
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([160, 940])
        self.setCentralWidget(splitter)

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

    def _show_page(self, row: int) -> None:
        if 0 <= row < len(self.page_list):
            page = self.page_list[row]
            self.pages.setCurrentWidget(page)
            if self._vault is not None:
                page.activated()

    def _navigate(self, key: str, record_id: str) -> None:
        """Route a page's request to show another page (and maybe one record there)."""
        if self._vault is None or key not in {p.key for p in self.page_list}:
            return
        page = self.page(key)
        self.pages.setCurrentWidget(page)
        if page in self.page_list and page.title():
            self.navigation.blockSignals(True)
            self.navigation.setCurrentRow([p for p in self.page_list if p.title()].index(page))
            self.navigation.blockSignals(False)
        page.activated()
        if record_id:
            page.show_record(record_id)

    def _show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, 4000)

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
        for page in self.page_list:
            page.forget()
        self.statusBar().clearMessage()
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
            for page in self.page_list:
                page.vault_locked()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._close_vault()
        super().closeEvent(event)
