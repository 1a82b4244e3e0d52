"""The main window of an unlocked vault: navigation between pages, lock and quit.

It receives the opened vault and keeps no global state. Each section of the application is
a ``Page`` (ui/page.py) listed in ``page_classes``; locking asks every page to forget what
it shows before the vault's key is zeroed, then the window closes and emits ``locked``
with the vault's folder so the caller can offer to unlock it again.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QKeySequence,
    QUndoGroup,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QWidget,
)

from fieldpartner.domain.staff import Action, Staff
from fieldpartner.hardening import forget_record_caches
from fieldpartner.ui.about_dialog import AboutDialog
from fieldpartner.ui.assessment.page import AssessmentPage
from fieldpartner.ui.common.carry_over import (
    OpenDialog,
    belongs_to,
    open_dialogs,
    opens_dialog,
)
from fieldpartner.ui.common.clipboard import ClipboardGuard
from fieldpartner.ui.common.icons import SECTION_ICONS, icon
from fieldpartner.ui.common.numbers import format_minutes_seconds
from fieldpartner.ui.common.preferences import language
from fieldpartner.ui.guide_dialog import GuideDialog
from fieldpartner.ui.hq_connect_dialog import HqConnectDialog
from fieldpartner.ui.idle_lock import (
    DEFAULT_IDLE_MINUTES,
    IdleLock,
    SystemLockWatcher,
    input_watch_paused,
)
from fieldpartner.ui.operations import close_writer, writer_of
from fieldpartner.ui.organisation_dialog import OrganisationDialog
from fieldpartner.ui.page import Page
from fieldpartner.ui.partners.import_dialog import PartnerImportDialog
from fieldpartner.ui.partners.list_page import PartnerListPage
from fieldpartner.ui.partners.partner_model import PartnerTableModel
from fieldpartner.ui.partners.partner_page import PartnerPage
from fieldpartner.ui.plan.plan_page import PlanPage
from fieldpartner.ui.plan.upcoming_page import UpcomingPage
from fieldpartner.ui.problem_report_dialog import ProblemReportDialog, default_log_folder
from fieldpartner.ui.roles import Permissions, role_name
from fieldpartner.ui.settings_dialog import SettingsDialog
from fieldpartner.ui.shortcuts_dialog import ShortcutsDialog
from fieldpartner.ui.sync.border_dialog import BorderDialog
from fieldpartner.ui.sync.sync_page import SyncPage
from fieldpartner.ui.templates.import_dialog import TemplateImportDialog
from fieldpartner.ui.vault.backup_dialog import BackupDialog, BackupReminder
from fieldpartner.ui.vault.change_passphrase_dialog import ChangePassphraseDialog
from fieldpartner.ui.wipe_dialog import WipeDialog
from fieldpartner.ui.workshops.workshops_page import WorkshopsPage
from fieldpartner.vault import Vault, wipe
from fieldpartner.vault.security import security_policy

# Pages after the first are built this far apart, so that each build (20-70 ms, the most
# the first time in a process) is a turn of the event loop of its own, after the first paint.
PAGE_BUILD_SPACING_MS = 30
# Preferences of the window's layout (QSettings): never a record or an id.
GEOMETRY_KEY = "window/geometry"
SPLITTER_KEY = "window/splitter"
SECTION_KEY = "window/section"


def page_classes() -> list[type[Page]]:
    """The pages of the main window, in navigation order."""
    return [
        PartnerListPage,
        PartnerPage,
        AssessmentPage,
        WorkshopsPage,
        PlanPage,
        UpcomingPage,
        SyncPage,
    ]


class MainWindow(QMainWindow):
    """One unlocked vault. Emits ``locked(path)`` after the user locks it, and
    ``wiped(path)`` after an emergency wipe destroyed it."""

    locked = Signal(object)
    wiped = Signal(object)
    # The language was changed in Settings: the caller rebuilds the window in it.
    language_changed = Signal(str)

    def __init__(
        self,
        vault: Vault,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
        log_folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault: Vault | None = vault
        self._vault_path = Path(vault.path)
        # HQ's shared database (vault.hq.HqDatabase): the connected person and their role.
        staff = getattr(vault, "staff", None)
        self.staff: Staff | None = staff() if callable(staff) else None
        # What the person's role allows, asked of the domain (ui/roles.py).
        self.permissions = Permissions(self.staff)
        self.hq_windows: list[MainWindow] = []
        self._settings = settings if settings is not None else QSettings()
        self._language = language(self._settings)
        self._log_folder = log_folder if log_folder is not None else default_log_folder()
        # Every change made in this window goes through the vault's one writer.
        self.writer = writer_of(vault)
        self._dialog: QDialog | None = None
        self._closing: threading.Thread | None = None
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("{name} — FieldPartner").format(name=vault.name))

        # Pages are built one per turn of the event loop after the first (see _build_page).
        self._page_classes = page_classes()
        self.page_list: list[Page] = []
        self.undo_group = QUndoGroup(self)
        self.undo_group.setObjectName("undoGroup")
        # The section the window was left on, brought forward once built (``_arrive``).
        self._restore_section = ""
        self._build_menus()
        self._build_status_bar()
        self._build_toolbar()
        self._build_central()
        self.partner_model.modelReset.connect(self._update_count)
        self.partner_model.rowsInserted.connect(self._update_count)
        self._update_count()
        self.writer.backlog_changed.connect(self._show_backlog)

        # Record text copied from this window leaves the clipboard after 30 s and on lock.
        self.clipboard_guard = ClipboardGuard(self)
        self.idle_lock = IdleLock(self._lock_after_minutes() * 60_000, self)
        self.idle_lock.timed_out.connect(self._idle_timed_out)
        self.idle_lock.start()
        self.system_lock = SystemLockWatcher(self)
        self.system_lock.lock_requested.connect(self._system_lock)
        self._countdown = QTimer(self)
        self._countdown.setObjectName("lockCountdownTimer")
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._update_countdown)
        self._countdown.start()
        self._update_countdown()
        self._apply_hq_mode()
        self._restore_layout()
        # Where the user was when the vault locked (kept in memory by the caller).
        self.left_at: tuple[str, str, int] = ("", "", -1)
        # The dialogs open when the window was handed over (a language switch).
        self.dialogs_left_open: list[OpenDialog] = []
        # A timer of its own, stopped by a lock: a zero single shot would be a queued call,
        # which the lock's delivery of the writer's reports (close_writer) would run.
        self._reading_timer = QTimer(self)
        self._reading_timer.setObjectName("firstReadsTimer")
        self._reading_timer.setSingleShot(True)
        self._reading_timer.setInterval(0)
        self._reading_timer.timeout.connect(self._start_reading)
        self._reading_timer.start()

    def _start_reading(self) -> None:
        """After the window's first turn: the backup reminder reads, and the other pages
        are built once the partner list's first page is on screen.

        Reads started while the window was built took the interpreter from the interface
        thread in the middle of that turn, the longest of opening a vault (the partner
        list starts its own read in the next turn: ``PagedTableModel.reload``); pages
        built while the list was read took turns with the read, and both took longer."""
        if self._vault is None:
            return
        if self.backup_reminder is not None:
            self.backup_reminder.refresh()
        if self.partner_model.is_loading and not self._restore_section:
            self.partner_model.reloaded.connect(
                self._build_pages_later, Qt.ConnectionType.SingleShotConnection
            )
        else:
            self._build_pages_later()

    def _build_pages_later(self) -> None:
        QTimer.singleShot(PAGE_BUILD_SPACING_MS, self, self._build_next_page)

    # The partner list is the first page; these names keep callers short.
    @property
    def partner_page(self) -> PartnerListPage:
        return self.page("partners")  # type: ignore[return-value]

    @property
    def partner_model(self) -> PartnerTableModel:
        return self.partner_page.model

    @property
    def partner_table(self) -> QTableView:
        return self.partner_page.table

    @property
    def search(self) -> QLineEdit:
        return self.partner_page.search

    def page(self, key: str) -> Page:
        """The page with this key, built now if it was not built yet."""
        while True:
            for candidate in self.page_list:
                if candidate.key == key:
                    return candidate
            if not self._build_page():
                raise KeyError(key)

    def _build_page(self) -> bool:
        """Build the next page in navigation order; False when all are built.

        Only the partner list is built with the window: each other page is built in its
        own turn of the event loop (or at once when something asks for it), so that no
        single step of opening the vault holds the interface thread for long."""
        if len(self.page_list) >= len(self._page_classes) or self._vault is None:
            return False
        with input_watch_paused():
            page = self._page_classes[len(self.page_list)](self._vault, self)
            page.apply_permissions(self.permissions)
        self.page_list.append(page)
        if page.title():
            item = QListWidgetItem(page.title())
            if page.key in SECTION_ICONS:
                item.setIcon(icon(SECTION_ICONS[page.key]))
            self.navigation.addItem(item)
            self.navigation_pages.append(page)
            self._add_section_action(page)
        self.pages.addWidget(page)
        page.navigate.connect(self._navigate)
        page.start_work.connect(self._start_work)
        page.status_message.connect(self._show_status)
        for stack in page.findChildren(QUndoStack):
            self.undo_group.addStack(stack)
        self._fit_navigation_width()
        return True

    def _build_next_page(self) -> None:
        if self._build_page():
            self._arrive()
            QTimer.singleShot(PAGE_BUILD_SPACING_MS, self, self._build_next_page)

    def build_all_pages(self) -> None:
        """Build every page now (tests and screenshots that walk all of them)."""
        while self._build_page():
            pass
        self._arrive()

    @property
    def vault(self) -> Vault | None:
        return self._vault

    # --- building -----------------------------------------------------------------------

    def _action(
        self, text: str, name: str, slot: Callable[[], object], shortcut: Any = None
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.setObjectName("fileMenu")
        self.lock_action = self._action(self.tr("&Lock"), "lockAction", self.lock, "Ctrl+L")
        self.lock_action.setStatusTip(self.tr("Lock the vault and close this window"))
        file_menu.addAction(self.lock_action)
        self.border_action = self._action(
            self.tr("Before a &border crossing…"), "borderAction", self.ask_border
        )
        self.border_action.setStatusTip(
            self.tr("Send HQ what it lacks, then remove records from this laptop")
        )
        file_menu.addAction(self.border_action)
        self.wipe_action = self._action(self.tr("Emergency &wipe…"), "wipeAction", self.ask_wipe)
        self.wipe_action.setStatusTip(self.tr("Destroy this vault on this computer"))
        file_menu.addAction(self.wipe_action)
        self.change_passphrase_action = self._action(
            self.tr("Change &passphrase…"), "changePassphraseAction", self.show_change_passphrase
        )
        file_menu.addAction(self.change_passphrase_action)
        self.backup_action = self._action(
            self.tr("&Back up…"), "backupAction", self.show_backup, "Ctrl+Shift+B"
        )
        self.backup_action.setStatusTip(
            self.tr("An encrypted copy of the vault for a USB stick or another disk")
        )
        file_menu.addAction(self.backup_action)
        self.connect_hq_action = self._action(
            self.tr("Connect to &HQ database…"), "connectHqAction", self.ask_hq_connection
        )
        self.connect_hq_action.setStatusTip(
            self.tr("Open headquarters' shared database in a window of its own")
        )
        file_menu.addAction(self.connect_hq_action)
        file_menu.addSeparator()
        self.settings_action = self._action(
            self.tr("&Settings…"),
            "settingsAction",
            self.show_settings,
            QKeySequence.StandardKey.Preferences,
        )
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        file_menu.addAction(self.settings_action)
        self.organisation_action = self._action(
            self.tr("&Organisation…"), "organisationAction", self.show_organisation
        )
        self.organisation_action.setStatusTip(
            self.tr("The organisation name and logo printed on reports")
        )
        file_menu.addAction(self.organisation_action)
        file_menu.addSeparator()
        self.import_partners_action = self._action(
            self.tr("&Import partners from a spreadsheet…"),
            "importPartnersAction",
            self.show_partner_import,
        )
        self.import_partners_action.setStatusTip(
            self.tr(
                "Partners and contacts from an .xlsx or .csv file, checked before anything is saved"
            )
        )
        file_menu.addAction(self.import_partners_action)
        self.import_template_action = self._action(
            self.tr("Import an assessment &template…"),
            "importTemplateAction",
            self.show_template_import,
        )
        self.import_template_action.setStatusTip(
            self.tr("Check a template file, preview it, then add it to the vault")
        )
        file_menu.addAction(self.import_template_action)
        file_menu.addSeparator()
        self.quit_action = self._action(
            self.tr("&Quit"), "quitAction", self.close, QKeySequence.StandardKey.Quit
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addAction(self.quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.setObjectName("editMenu")
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setObjectName("redoAction")
        self.redo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.find_action = self._action(
            self.tr("&Find…"), "findAction", self.find_in_page, QKeySequence.StandardKey.Find
        )
        self.find_action.setStatusTip(
            self.tr("Search this page's list, or the partners from a page without one")
        )
        edit_menu.addAction(self.find_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.setObjectName("helpMenu")
        self.guide_action = self._action(self.tr("&Guide"), "guideAction", self.show_guide)
        self.guide_action.setStatusTip(self.tr("A short guide to FieldPartner's first steps"))
        help_menu.addAction(self.guide_action)
        self.shortcuts_action = self._action(
            self.tr("&Keyboard shortcuts…"),
            "shortcutsAction",
            self.show_shortcuts,
            QKeySequence.StandardKey.HelpContents,
        )
        help_menu.addAction(self.shortcuts_action)
        self.problem_report_action = self._action(
            self.tr("&Problem report…"), "problemReportAction", self.show_problem_report
        )
        self.problem_report_action.setStatusTip(
            self.tr("What went wrong recently, to copy for whoever supports FieldPartner")
        )
        help_menu.addAction(self.problem_report_action)
        self.about_action = self._action(
            self.tr("&About FieldPartner"), "aboutAction", self.show_about
        )
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        """The sections, Find and Lock, each with its icon (KeePassXC's main toolbar)."""
        self.toolbar = QToolBar(self.tr("Main toolbar"), self)
        self.toolbar.setObjectName("mainToolBar")
        self.toolbar.setMovable(False)
        self.toolbar.setIconSize(QSize(22, 22))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.section_actions = QActionGroup(self)
        self.section_actions.setExclusive(True)
        self._tools_separator = self.toolbar.addSeparator()
        self.find_action.setIcon(icon("find"))
        self.lock_action.setIcon(icon("lock"))
        self.guide_action.setIcon(icon("guide"))
        self.toolbar.addAction(self.find_action)
        self.toolbar.addAction(self.lock_action)
        for action in (self.find_action, self.lock_action):
            self._name_tool_button(action)

    def _add_section_action(self, page: Page) -> None:
        # "Plan & follow-ups": a tool button reads "&" as a mnemonic, "&&" as the sign.
        action = QAction(page.title().replace("&", "&&"), self)
        action.setObjectName(f"{page.key}SectionAction")
        action.setCheckable(True)
        if page.key in SECTION_ICONS:
            action.setIcon(icon(SECTION_ICONS[page.key]))
        action.triggered.connect(lambda: self._navigate(page.key, ""))
        self.section_actions.addAction(action)
        self.toolbar.insertAction(self._tools_separator, action)
        self._name_tool_button(action)

    def _name_tool_button(self, action: QAction) -> None:
        button = self.toolbar.widgetForAction(action)
        if button is not None:
            button.setObjectName(action.objectName().replace("Action", "Button"))
            button.setAccessibleName(action.text().replace("&", ""))

    def _mark_section(self, page: Page) -> None:
        section = page if page in self.navigation_pages else self._section_of(page)
        for action in self.section_actions.actions():
            action.setChecked(
                section is not None and action.objectName() == f"{section.key}SectionAction"
            )

    def _build_central(self) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("mainSplitter")

        self.navigation = QListWidget(splitter)
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.pages = QStackedWidget(splitter)
        self.pages.setObjectName("pages")
        # Pages without a title (a partner's page) are reached by navigation requests only.
        self.navigation_pages: list[Page] = []
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._build_page()  # the partner list, shown first
        self.navigation.currentRowChanged.connect(self._show_page)
        # Clicking the current section (Partners, while a partner's page is in front)
        # goes back to it too.
        self.navigation.itemClicked.connect(lambda item: self._show_page(self.navigation.row(item)))
        self.navigation.setCurrentRow(0)
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([self.navigation.minimumWidth(), 940])
        self.splitter = splitter
        self.setCentralWidget(splitter)

    def _fit_navigation_width(self) -> None:
        """As wide as the longest section name (in any language), never scrolling sideways."""
        widest = (
            max((self.navigation.sizeHintForColumn(0), 120), default=120)
            + 2 * self.navigation.frameWidth()
            + 16
        )
        self.navigation.setMinimumWidth(min(widest, 260))
        self.navigation.setMaximumWidth(max(260, widest))

    def _build_status_bar(self) -> None:
        self.vault_label = QLabel(self)
        self.vault_label.setObjectName("vaultNameLabel")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("partnerCountLabel")
        self.saving_label = QLabel(self)
        self.saving_label.setObjectName("savingLabel")
        self.countdown_label = QLabel(self)
        self.countdown_label.setObjectName("lockCountdown")
        self.countdown_label.setToolTip(
            self.tr("The vault locks itself after this time without use (see Settings)")
        )
        if self._vault is not None:
            self.vault_label.setText(self.tr("Vault: {name}").format(name=self._vault.name))
            self.vault_label.setToolTip(str(self._vault_path))
        self.statusBar().addWidget(self.vault_label)
        self.statusBar().addPermanentWidget(self.saving_label)
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.countdown_label)
        # No reminder on HQ's shared database: a vault's backup is of its own file.
        self.backup_reminder: BackupReminder | None = None
        if self._vault is not None and self.staff is None:
            self.backup_reminder = BackupReminder(self._vault, self)
            self.backup_reminder.clicked.connect(self.show_backup)
            self.statusBar().addPermanentWidget(self.backup_reminder)

    # --- HQ's shared database -----------------------------------------------------------

    def _apply_hq_mode(self) -> None:
        """On HQ's database: the person and role in the status bar; what only a vault
        has (lock, border, wipe, passphrase, backups) and what the role does not allow,
        disabled with the reason."""
        self.role_label = QLabel(self)
        self.role_label.setObjectName("hqRoleLabel")
        if self.staff is None:
            self.role_label.hide()
            return
        staff = self.staff
        self.role_label.setText(
            self.tr("HQ database · {person} ({role})").format(
                person=staff.person, role=role_name(staff.role)
            )
        )
        self.statusBar().insertPermanentWidget(0, self.role_label)
        self.countdown_label.hide()
        vault_only = self.tr(
            "Only for a vault on this computer: HQ's database is kept by its server "
            "(backups, access and encryption: see the operator's guide)"
        )
        for action in (
            self.lock_action,
            self.border_action,
            self.wipe_action,
            self.change_passphrase_action,
            self.backup_action,
            self.connect_hq_action,
        ):
            action.setEnabled(False)
            action.setStatusTip(vault_only)
            action.setToolTip(vault_only)
        # The pages gate their own controls as they are built (``Page.apply_permissions``).
        self.permissions.gate_all(
            [
                (self.import_partners_action, Action.EDIT_RECORDS),
                (self.import_template_action, Action.MANAGE_TEMPLATES),
                (self.organisation_action, Action.ORGANISATION_SETTINGS),
            ]
        )
        if self.permissions.read_only:
            self.role_label.setToolTip(
                self.tr("Read only: you may look at everything, not change it")
            )

    @opens_dialog
    def ask_hq_connection(self) -> HqConnectDialog:
        """File → Connect to HQ database…: the database opens in a window of its own."""
        dialog = HqConnectDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.connected.connect(self.open_hq_window)
        dialog.open()
        return dialog

    def open_hq_window(self, hq: Vault) -> MainWindow:
        window = MainWindow(hq, settings=self._settings, log_folder=self._log_folder)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.hq_windows.append(window)
        window.destroyed.connect(lambda *_: self._forget_hq_window(window))
        window.show()
        return window

    def _forget_hq_window(self, window: MainWindow) -> None:
        if window in self.hq_windows:
            self.hq_windows.remove(window)

    # --- behaviour ----------------------------------------------------------------------

    def _show_page(self, row: int) -> None:
        if 0 <= row < len(self.navigation_pages):
            self._bring_forward(self.navigation_pages[row])

    def _bring_forward(self, page: Page) -> None:
        with input_watch_paused():  # showing a page shows each of its widgets
            self.pages.setCurrentWidget(page)
        self._mark_section(page)
        # The partner count describes the partner list: on another page it would read as
        # a count of what that page shows.
        self.count_label.setVisible(page is self.page_list[0])
        # Undo and Redo act on the page in front; new stacks (made later by a page) join.
        stacks = page.findChildren(QUndoStack)
        for stack in stacks:
            if stack not in self.undo_group.stacks():
                self.undo_group.addStack(stack)
        # None (no page stack) empties Undo and Redo; the bindings' stubs leave it out.
        self.undo_group.setActiveStack(stacks[0] if stacks else None)  # type: ignore[arg-type]
        if self._vault is not None:
            page.activated()

    def _navigate(self, key: str, record_id: str) -> None:
        """Route a page's request to show another page (and maybe one record there)."""
        if self._vault is None or key not in {cls.key for cls in self._page_classes}:
            return
        self._restore_section = ""  # gone somewhere: no longer brought back to it
        page = self.page(key)
        # Hiding the page that had the focus may hand it to the navigation list, which then
        # makes its first row current: set the row after the switch, with signals blocked.
        self.navigation.blockSignals(True)
        self._bring_forward(page)
        # A page without an entry shows the one it belongs under: a list without a current
        # row would make its first row current as soon as it took the focus (a dialog
        # opening is enough), and switch pages under the user.
        section = page if page in self.navigation_pages else self._section_of(page)
        self.navigation.setCurrentRow(
            self.navigation_pages.index(section) if section is not None else -1
        )
        self.navigation.blockSignals(False)
        if record_id:
            page.show_record(record_id)

    def _start_work(self, key: str, partner_id: str) -> None:
        """A page asks another to start a new record for a partner (the partner's page
        asking for a new assessment): the other page starts it where the user is."""
        if self._vault is None or key not in {cls.key for cls in self._page_classes}:
            return
        self.page(key).start_new(partner_id)

    def _section_of(self, page: Page) -> Page | None:
        for candidate in self.navigation_pages:
            if candidate.key == page.section:
                return candidate
        return None

    def _show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, 4000)

    def _update_count(self) -> None:
        total = self.partner_model.total_count
        if self._vault is None:
            self.count_label.clear()
        elif self.partner_model.filter_text.strip():
            self.count_label.setText(self.tr("%Ln partner(s) found", "", total))
        else:
            self.count_label.setText(self.tr("%Ln partner(s)", "", total))

    def _show_backlog(self, waiting: int) -> None:
        """Say when changes wait behind a long write (an import): they land after it."""
        if waiting and self.writer.long_write_running:
            self.saving_label.setText(
                self.tr("%Ln change(s) waiting for the import to finish", "", waiting - 1)
                if waiting > 1
                else self.tr("Importing: changes you make now are saved after it")
            )
        elif waiting:
            self.saving_label.setText(self.tr("Saving…"))
        else:
            self.saving_label.clear()

    def _update_countdown(self) -> None:
        remaining = self.idle_lock.remaining_ms()
        if self._vault is None or remaining < 0:
            self.countdown_label.clear()
            return
        seconds = min((remaining + 999) // 1000, self.idle_lock.timeout_ms // 1000)
        self.countdown_label.setText(
            self.tr("Locks in {time}").format(time=format_minutes_seconds(seconds))
        )

    def _idle_timed_out(self) -> None:
        if self._vault is not None:
            self.lock()

    def _system_lock(self, _reason: str) -> None:
        if self._vault is not None:
            self.lock()

    def _lock_after_minutes(self) -> int:
        """The vault's own lock-after time (``vault.security``; also ``vault policy``)."""
        if self._vault is None:
            return DEFAULT_IDLE_MINUTES
        return security_policy(self._vault).lock_after_minutes

    def apply_settings(self) -> None:
        """Take changed settings into use (the idle timeout at once)."""
        self.idle_lock.set_timeout_ms(self._lock_after_minutes() * 60_000)
        self._update_countdown()
        chosen = language(self._settings)
        if chosen != self._language:
            self._language = chosen
            self.language_changed.emit(chosen)

    # --- dialogs ------------------------------------------------------------------------

    def _open_dialog(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialog = dialog
        dialog.destroyed.connect(self._dialog_gone)
        dialog.open()
        return dialog

    def _dialog_gone(self) -> None:
        self._dialog = None

    def find_in_page(self) -> None:
        """Ctrl+F from anywhere: the search of the page in front, else the partner search."""
        if self._vault is None:
            return
        current = self.pages.currentWidget()
        field = current.search_field() if isinstance(current, Page) else None
        if field is None:
            self._navigate("partners", "")
            field = self.partner_page.search_field()
        if field is not None:
            field.setFocus(Qt.FocusReason.ShortcutFocusReason)
            field.selectAll()

    def show_guide(self) -> None:
        self._open_dialog(GuideDialog(self))

    def show_about(self) -> None:
        self._open_dialog(AboutDialog(self))

    def show_shortcuts(self) -> None:
        self._open_dialog(ShortcutsDialog(self))

    @opens_dialog
    def show_problem_report(self) -> ProblemReportDialog:
        dialog = ProblemReportDialog(self._log_folder, self)
        self._open_dialog(dialog)
        return dialog

    @opens_dialog
    def show_organisation(self) -> OrganisationDialog | None:
        if self._vault is None:
            return None
        dialog = OrganisationDialog(self._vault, self)
        self._open_dialog(dialog)
        return dialog

    @opens_dialog
    def show_partner_import(self) -> PartnerImportDialog | None:
        if self._vault is None:
            return None
        dialog = PartnerImportDialog(self._vault, self)
        dialog.imported.connect(lambda _result: self.partner_model.reload())
        self._open_dialog(dialog)
        return dialog

    @opens_dialog
    def show_change_passphrase(self) -> ChangePassphraseDialog | None:
        if self._vault is None:
            return None
        dialog = ChangePassphraseDialog(self._vault_path, self._vault.name, self)
        dialog.accepted.connect(self._passphrase_changed)
        self._open_dialog(dialog)
        return dialog

    def _passphrase_changed(self) -> None:
        if self._vault is not None:
            # The change turned duress off in the database (vault.change_passphrase).
            self._vault.refresh_settings()
        self.statusBar().showMessage(
            self.tr(
                "The passphrase was changed. Backups made before still open with the old "
                "one: make a new backup."
            ),
            15_000,
        )

    @opens_dialog
    def show_backup(self) -> BackupDialog | None:
        if self._vault is None:
            return None
        dialog = BackupDialog(self._vault, self)
        reminder = self.backup_reminder
        if reminder is not None:
            dialog.backed_up.connect(lambda _result: reminder.refresh())
        self._open_dialog(dialog)
        return dialog

    @opens_dialog
    def show_template_import(self) -> TemplateImportDialog | None:
        if self._vault is None:
            return None
        dialog = TemplateImportDialog(self._vault, self)
        self._open_dialog(dialog)
        return dialog

    def show_settings(self) -> None:
        dialog = SettingsDialog(self._settings, self, vault=self._vault)
        dialog.accepted.connect(self.apply_settings)
        # The passphrase typed there was the last wrong one the vault's policy allows.
        dialog.vault_wiped.connect(self.wipe_vault)
        self._open_dialog(dialog)

    @opens_dialog
    def ask_border(self) -> BorderDialog | None:
        if self._vault is None:
            return None
        dialog = BorderDialog(self._vault, self)
        # What the window shows is stale once records left: it locks after the summary
        # (in the next turn of the event loop: a lock may be what is closing the dialog).
        dialog.finished.connect(
            lambda _code: QTimer.singleShot(0, self.lock) if dialog.crossed else None
        )
        self._open_dialog(dialog)
        return dialog

    @opens_dialog
    def ask_wipe(self) -> WipeDialog | None:
        if self._vault is None:
            return None
        dialog = WipeDialog(self._vault.name, self._vault_path, self)
        dialog.accepted.connect(self.wipe_vault)
        self._open_dialog(dialog)
        return dialog

    def wipe_vault(self) -> None:
        """Forget the screen, lock, destroy the vault's files, close and emit ``wiped``."""
        path = self._vault_path
        self._close_vault()
        self.wait_closed()  # no connection may write to the files being destroyed
        wipe(path)
        self.wiped.emit(path)
        self.close()

    # --- locking ------------------------------------------------------------------------

    def _forget_record_data(self) -> None:
        """Empty every widget that shows data read from the vault."""
        for page in self.page_list:
            page.forget()
        for stack in self.undo_group.stacks():
            stack.clear()  # a page that forgot its own stack loses nothing here
        self.statusBar().clearMessage()
        self.vault_label.clear()
        self.count_label.clear()
        self.countdown_label.clear()
        if self.backup_reminder is not None:
            self.backup_reminder.reads.forget()
            self.backup_reminder.hide()
        self.setWindowTitle(self.tr("FieldPartner"))
        self.clipboard_guard.clear_if_ours()
        # Dialogs are windows of their own: the application's list of windows is short,
        # where a search of this window's children walks every widget of every page.
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and belongs_to(self, widget):
                widget.close()

    def lock(self) -> None:
        """Forget what is on screen, lock the vault, close, and emit ``locked``."""
        if self._vault is None:
            return
        self._close_vault()
        self.locked.emit(self._vault_path)
        self.close()

    # --- the window's layout, and where the user was ----------------------------------

    def _restore_layout(self) -> None:
        """Size, splitter and section as the user left them (preferences only: no record,
        no id); the first time, most of the screen, centred."""
        geometry = self._settings.value(GEOMETRY_KEY)
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            screen = self.screen().availableGeometry()
            width = min(int(screen.width() * 0.85), 1400)
            height = min(int(screen.height() * 0.85), 900)
            self.resize(width, height)
            self.move(screen.center() - self.rect().center())
        splitter = self._settings.value(SPLITTER_KEY)
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        section = str(self._settings.value(SECTION_KEY, "") or "")
        if section and section != "partners" and section in {c.key for c in self._page_classes}:
            # Brought forward once built (``_arrive``): building every page up to it here
            # made the window's first turn 2-3 times longer.
            self._restore_section = section

    def _arrive(self) -> None:
        """Back on the section the window was left on, once its page is built, unless the
        user went somewhere else meanwhile."""
        key = self._restore_section
        if not key or not any(page.key == key for page in self.page_list):
            return
        self._restore_section = ""
        if self.pages.currentWidget() is self.page_list[0] and key in {
            page.key for page in self.navigation_pages
        }:
            self._navigate(key, "")

    def _save_layout(self) -> None:
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self._settings.setValue(SPLITTER_KEY, self.splitter.saveState())
        current = self.pages.currentWidget()
        if isinstance(current, Page):
            section = current.key if current in self.navigation_pages else current.section
            self._settings.setValue(SECTION_KEY, section or "partners")

    def hand_over(self) -> Vault | None:
        """Give the open vault to a new window (after a language switch): what is being
        typed is saved as on lock, the layout and the place are kept (``left_at``), open
        dialogs are noted with their values (``dialogs_left_open``), this window closes,
        and the vault stays unlocked."""
        vault = self._vault
        if vault is None:
            return None
        # Open dialogs are opened again, with what they hold, in the new window.
        self.dialogs_left_open = open_dialogs(self)
        self._leave()
        # The new window reads the record shown from the vault: what was typed lands first.
        self.writer.wait_landed()
        self._vault = None
        for page in self.page_list:
            page.vault_locked()
        self.close()
        return vault

    def resume(self, key: str, record_id: str, view: int = -1) -> None:
        """Back where the user was before the vault locked: that page, record and tab."""
        if key and self._vault is not None:
            self._navigate(key, record_id)
            if record_id:
                self.page(key).show_view(view)

    def _leave(self) -> None:
        """Keep the layout and the place (``left_at``), stop the timers and empty the
        screen (pages save a field still being typed)."""
        if self._vault is not None:
            self._save_layout()
            current = self.pages.currentWidget()
            if isinstance(current, Page):
                self.left_at = (current.key, current.current_record(), current.current_view())
        self.idle_lock.stop()
        self._countdown.stop()
        self._reading_timer.stop()
        self._forget_record_data()

    def _close_vault(self) -> None:
        if self._vault is None:
            return  # already locked: the screen was emptied then
        self._leave()
        # Changes already made (a field left as the lock came) land before the key goes.
        close_writer(self._vault)
        # Locked at once (every statement refused, the key zeroed); SQLCipher closes its
        # connections and wipes their memory on a thread of its own, which took 30-120 ms
        # of the interface thread on a large vault.
        self._closing = self._vault.lock(wait=False)
        self._vault = None
        for page in self.page_list:
            page.vault_locked()
        forget_record_caches(collect=False)
        # Cycles still holding records are freed in the next turn of the event loop.
        QTimer.singleShot(0, gc.collect)

    def wait_closed(self, timeout: float | None = None) -> bool:
        """Wait until the locked vault's connections are closed; True when they are."""
        closing = self._closing
        if closing is not None:
            closing.join(timeout)
            if closing.is_alive():
                return False
            self._closing = None
        return True

    def setVisible(self, visible: bool) -> None:
        # Showing the window shows, polishes and lays out every widget built so far.
        with input_watch_paused():
            super().setVisible(visible)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._close_vault()
        super().closeEvent(event)
