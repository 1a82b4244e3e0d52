"""The first window: open and unlock an existing vault, or create a new one.

Key derivation runs through the background helper so the window stays responsive. A new
vault's recovery key is shown once, on a page the user leaves only after confirming it was
written down. Recent vaults are remembered as folder paths only (never data), and the user
can clear the list or turn it off: on a laptop that may be searched, even a path can say
too much.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fieldpartner.ui.common.numbers import format_number
from fieldpartner.ui.common.passphrase_fields import ShowPassphrase, strength_word
from fieldpartner.ui.common.passphrases import (
    MIN_PASSPHRASE_LENGTH,
    passphrase_acceptable,
    passphrase_feedback,
    passphrase_strength,
)
from fieldpartner.ui.common.preferences import (
    add_recent,
    clear_recent,
    recent_paths,
    remembers_recent,
    set_remember_recent,
)
from fieldpartner.ui.problem_report_dialog import ProblemReportDialog, default_log_folder
from fieldpartner.ui.recovery_key_page import RecoveryKeyPage
from fieldpartner.ui.vault.recovery_unlock_dialog import RecoveryUnlockDialog
from fieldpartner.ui.vault.restore_dialog import RestoreDialog
from fieldpartner.ui.worker import BackgroundTask, TaskControl, run_in_background
from fieldpartner.vault import VaultHeaderError, WrongPassphrase, is_vault
from fieldpartner.vault.guessing import (
    UnlockDelayed,
    WipedAfterFailures,
    seconds_before_next_try,
)
from fieldpartner.vault.header import VAULT_SUFFIX
from fieldpartner.vault.keys import KdfParams

if TYPE_CHECKING:
    from fieldpartner.vault import Vault

# Characters that cannot appear in a folder name on at least one of our platforms.
_UNSAFE_NAME = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


def unlock_vault(path: Path, passphrase: str) -> Vault:
    """Run off the interface thread. The database code is imported here, not with this
    module, so that the dialog shows before it (app.py loads it while the user types)."""
    from fieldpartner.vault.vault import Vault

    return Vault.unlock(path, passphrase)


def vault_folder_name(name: str) -> str:
    """The folder a vault called ``name`` is created in, e.g. ``Field-2026.fpvault``."""
    cleaned = _UNSAFE_NAME.sub("-", name.strip()).strip(". ")
    if not cleaned:
        cleaned = "Vault"
    if not cleaned.endswith(VAULT_SUFFIX):
        cleaned += VAULT_SUFFIX
    return cleaned


class StartDialog(QDialog):
    """Open/unlock or create a vault; emits ``vault_opened`` with the unlocked vault."""

    vault_opened = Signal(object)

    OPEN_PAGE, CREATE_PAGE, RECOVERY_PAGE = range(3)

    def __init__(
        self,
        settings: QSettings,
        *,
        vault_path: Path | None = None,
        kdf: Callable[[], KdfParams] | None = None,
        parent: QWidget | None = None,
        log_folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._log_folder = log_folder if log_folder is not None else default_log_folder()
        self._kdf = kdf
        self._task: BackgroundTask | None = None
        self._created: Vault | None = None
        self.vault: Vault | None = None

        # During a guessing delay: counts the seconds down, then gives Unlock back.
        self._delay_timer = QTimer(self)
        self._delay_timer.setObjectName("unlockDelayTimer")
        self._delay_timer.setInterval(250)
        self._delay_timer.timeout.connect(self._delay_tick)
        self._delay_path: Path | None = None
        self._delay_unchecked = False  # the try that met the delay was not checked

        self.setObjectName("startDialog")
        self.setWindowTitle(self.tr("FieldPartner"))
        self.setMinimumWidth(520)

        self.pages = QStackedWidget(self)
        self.pages.setObjectName("startPages")
        self.pages.addWidget(self._build_open_page())
        self.pages.addWidget(self._build_create_page())
        self.recovery = RecoveryKeyPage(settings, self)
        self.recovery.confirmed.connect(self._finish_creation)
        self.pages.addWidget(self.recovery)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

        self._load_recent()
        self._choose_start_page(vault_path)

    # --- building the pages -------------------------------------------------------------

    def _name(self, widget: QWidget, object_name: str, accessible: str) -> None:
        widget.setObjectName(object_name)
        widget.setAccessibleName(accessible)

    def _feedback_label(self, object_name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(object_name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.hide()
        return label

    def _busy_bar(self, object_name: str, accessible: str) -> QProgressBar:
        bar = QProgressBar(self)
        bar.setRange(0, 0)  # indeterminate: the KDF gives no progress
        bar.setTextVisible(False)
        self._name(bar, object_name, accessible)
        bar.hide()
        return bar

    def _build_open_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("openPage")
        layout = QVBoxLayout(page)

        heading = QLabel(self.tr("<h2>Open a vault</h2>"), page)
        layout.addWidget(heading)

        self.recent_label = QLabel(self.tr("Recent vaults:"), page)
        self.recent_list = QListWidget(page)
        self._name(self.recent_list, "recentVaults", self.tr("Recent vaults"))
        self.recent_list.setMaximumHeight(120)
        self.recent_list.currentItemChanged.connect(self._recent_chosen)
        self.recent_list.itemActivated.connect(self._recent_activated)
        self.recent_label.setBuddy(self.recent_list)
        layout.addWidget(self.recent_label)
        layout.addWidget(self.recent_list)

        recent_row = QHBoxLayout()
        self.remember_recent = QCheckBox(self.tr("Remember recent vaults on this computer"), page)
        self._name(self.remember_recent, "rememberRecent", self.tr("Remember recent vaults"))
        self.remember_recent.toggled.connect(self._remember_toggled)
        self.clear_recent = QPushButton(self.tr("Clear list"), page)
        self._name(self.clear_recent, "clearRecent", self.tr("Clear the list of recent vaults"))
        self.clear_recent.clicked.connect(self._clear_recent)
        recent_row.addWidget(self.remember_recent)
        recent_row.addStretch(1)
        recent_row.addWidget(self.clear_recent)
        layout.addLayout(recent_row)

        form = QFormLayout()
        path_row = QHBoxLayout()
        self.vault_path = QLineEdit(page)
        self._name(self.vault_path, "vaultPath", self.tr("Vault folder"))
        self.vault_path.setPlaceholderText(self.tr("Folder ending in .fpvault"))
        self.vault_path.textChanged.connect(self._vault_path_changed)
        self.browse_vault = QPushButton(self.tr("Browse…"), page)
        self._name(self.browse_vault, "browseVault", self.tr("Choose the vault folder"))
        self.browse_vault.clicked.connect(self._browse_vault)
        path_row.addWidget(self.vault_path, 1)
        path_row.addWidget(self.browse_vault)
        vault_label = QLabel(self.tr("&Vault:"), page)
        vault_label.setBuddy(self.vault_path)
        form.addRow(vault_label, path_row)

        self.passphrase = QLineEdit(page)
        self._name(self.passphrase, "passphrase", self.tr("Passphrase"))
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.textChanged.connect(self._update_open_buttons)
        self.passphrase.returnPressed.connect(self.unlock)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        self.show_passphrase = ShowPassphrase([self.passphrase], page)
        self.use_recovery_key = QPushButton(self.tr("Forgot it? Use the &recovery key…"), page)
        self._name(
            self.use_recovery_key,
            "useRecoveryKey",
            self.tr("Open the vault with the recovery key and choose a new passphrase"),
        )
        self.use_recovery_key.clicked.connect(self.ask_recovery_key)
        passphrase_tools = QHBoxLayout()
        passphrase_tools.addWidget(self.show_passphrase)
        passphrase_tools.addStretch(1)
        passphrase_tools.addWidget(self.use_recovery_key)
        form.addRow("", passphrase_tools)
        layout.addLayout(form)

        self.unlock_feedback = self._feedback_label("unlockFeedback")
        self.unlock_busy = self._busy_bar("unlockBusy", self.tr("Unlocking"))
        layout.addWidget(self.unlock_feedback)
        layout.addWidget(self.unlock_busy)
        layout.addStretch(1)

        buttons = QHBoxLayout()
        self.show_create = QPushButton(self.tr("Create a new vault…"), page)
        self._name(self.show_create, "showCreate", self.tr("Create a new vault"))
        self.show_create.clicked.connect(lambda: self._go(self.CREATE_PAGE))
        self.problem_report = QPushButton(self.tr("Problem report…"), page)
        self._name(
            self.problem_report,
            "startProblemReport",
            self.tr("What went wrong recently, to copy for whoever supports FieldPartner"),
        )
        self.problem_report.clicked.connect(self.show_problem_report)
        self.close_button = QPushButton(self.tr("Close"), page)
        self._name(self.close_button, "closeStart", self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        self.unlock_button = QPushButton(self.tr("Unlock"), page)
        self._name(self.unlock_button, "unlockButton", self.tr("Unlock the vault"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        self.restore_backup = QPushButton(self.tr("Restore a &backup…"), page)
        self._name(
            self.restore_backup,
            "restoreBackup",
            self.tr("Put a backup made with File, Back up, back as a vault"),
        )
        self.restore_backup.clicked.connect(self.ask_restore)
        buttons.addWidget(self.show_create)
        buttons.addWidget(self.restore_backup)
        buttons.addWidget(self.problem_report)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.unlock_button)
        layout.addLayout(buttons)
        self._open_inputs: list[QWidget] = [
            self.recent_list,
            self.remember_recent,
            self.clear_recent,
            self.vault_path,
            self.browse_vault,
            self.passphrase,
            self.show_passphrase,
            self.use_recovery_key,
            self.show_create,
            self.restore_backup,
            self.problem_report,
            self.close_button,
            self.unlock_button,
        ]
        return page

    def _build_create_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("createPage")
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("<h2>Create a new vault</h2>"), page))
        intro = QLabel(
            self.tr(
                "Everything you record is kept encrypted in the vault. Without the passphrase "
                "or the recovery key, nobody can open it, including you."
            ),
            page,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.vault_name = QLineEdit(page)
        self._name(self.vault_name, "vaultName", self.tr("Vault name"))
        self.vault_name.setPlaceholderText(self.tr("e.g. Field 2026"))
        self.vault_name.textChanged.connect(self._update_create_state)
        form.addRow(self.tr("&Name:"), self.vault_name)

        location_row = QHBoxLayout()
        self.create_location = QLineEdit(page)
        self._name(self.create_location, "createLocation", self.tr("Folder for the new vault"))
        self.create_location.setText(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        self.create_location.textChanged.connect(self._update_create_state)
        self.browse_location = QPushButton(self.tr("Browse…"), page)
        self._name(self.browse_location, "browseLocation", self.tr("Choose where to create"))
        self.browse_location.clicked.connect(self._browse_location)
        location_row.addWidget(self.create_location, 1)
        location_row.addWidget(self.browse_location)
        location_label = QLabel(self.tr("&Location:"), page)
        location_label.setBuddy(self.create_location)
        form.addRow(location_label, location_row)

        self.create_target = QLabel(page)
        self.create_target.setObjectName("createTarget")
        self.create_target.setWordWrap(True)
        self.create_target.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self.tr("Will be created as:"), self.create_target)

        self.new_passphrase = QLineEdit(page)
        self._name(self.new_passphrase, "newPassphrase", self.tr("New passphrase"))
        self.new_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_passphrase.textChanged.connect(self._update_create_state)
        form.addRow(self.tr("&Passphrase:"), self.new_passphrase)

        self.confirm_passphrase = QLineEdit(page)
        self._name(self.confirm_passphrase, "confirmPassphrase", self.tr("Repeat the passphrase"))
        self.confirm_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_passphrase.textChanged.connect(self._update_create_state)
        self.confirm_passphrase.returnPressed.connect(self.create_vault)
        form.addRow(self.tr("&Repeat:"), self.confirm_passphrase)
        self.show_new_passphrase = ShowPassphrase(
            [self.new_passphrase, self.confirm_passphrase], page
        )
        self.show_new_passphrase.setObjectName("showNewPassphrase")
        form.addRow("", self.show_new_passphrase)

        strength_row = QHBoxLayout()
        self.strength_bar = QProgressBar(page)
        self._name(self.strength_bar, "passphraseStrength", self.tr("Passphrase strength"))
        self.strength_bar.setRange(0, 4)
        self.strength_bar.setTextVisible(False)
        self.strength_bar.setMaximumHeight(10)
        self.strength_label = QLabel(page)
        self.strength_label.setObjectName("strengthLabel")
        strength_row.addWidget(self.strength_bar, 1)
        strength_row.addWidget(self.strength_label)
        form.addRow(self.tr("Strength:"), strength_row)

        # A weak passphrase is taken only after the user types that they accept it.
        self.weak_warning = QLabel(page)
        self.weak_warning.setObjectName("weakPassphraseWarning")
        self.weak_warning.setWordWrap(True)
        self.weak_warning.setTextFormat(Qt.TextFormat.PlainText)
        self.weak_acknowledgement = QLineEdit(page)
        self._name(
            self.weak_acknowledgement,
            "weakAcknowledgement",
            self.tr("Type the words to accept a weak passphrase"),
        )
        self.weak_acknowledgement.textChanged.connect(self._update_create_state)
        self.weak_accept_label = QLabel(self.tr("&Accept:"), page)
        self.weak_accept_label.setBuddy(self.weak_acknowledgement)
        form.addRow(self.weak_warning)
        form.addRow(self.weak_accept_label, self.weak_acknowledgement)
        self._weak_rows = (self.weak_warning, self.weak_accept_label, self.weak_acknowledgement)
        layout.addLayout(form)

        hint = QLabel(
            self.tr(
                "Use at least {n} characters; a few unrelated words make a passphrase that is "
                "long and easy to remember."
            ).format(n=format_number(MIN_PASSPHRASE_LENGTH)),
            page,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)

        self.create_feedback = self._feedback_label("createFeedback")
        self.create_busy = self._busy_bar("createBusy", self.tr("Creating the vault"))
        layout.addWidget(self.create_feedback)
        layout.addWidget(self.create_busy)
        layout.addStretch(1)

        buttons = QHBoxLayout()
        self.back_button = QPushButton(self.tr("Back"), page)
        self._name(self.back_button, "backToOpen", self.tr("Back to opening a vault"))
        self.back_button.clicked.connect(lambda: self._go(self.OPEN_PAGE))
        self.create_button = QPushButton(self.tr("Create vault"), page)
        self._name(self.create_button, "createButton", self.tr("Create the vault"))
        self.create_button.clicked.connect(self.create_vault)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        layout.addLayout(buttons)
        self._create_inputs: list[QWidget] = [
            self.vault_name,
            self.create_location,
            self.browse_location,
            self.new_passphrase,
            self.confirm_passphrase,
            self.weak_acknowledgement,
            self.show_new_passphrase,
            self.back_button,
            self.create_button,
        ]
        self._show_weak_rows(False)
        return page

    def _show_weak_rows(self, visible: bool) -> None:
        for widget in self._weak_rows:
            widget.setVisible(visible)

    def weak_acknowledgement_words(self) -> str:
        """What the user types to accept a weak passphrase, in the interface's language."""
        return self.tr("I accept a weak passphrase")

    def _weak_acknowledged(self) -> bool:
        typed = " ".join(self.weak_acknowledgement.text().split()).casefold()
        return typed == self.weak_acknowledgement_words().casefold()

    # --- navigation ---------------------------------------------------------------------

    def _choose_start_page(self, vault_path: Path | None) -> None:
        if vault_path is not None and not is_vault(vault_path) and not vault_path.exists():
            # A path that does not exist yet: offer to create the vault there.
            self.create_location.setText(str(vault_path.parent))
            self.vault_name.setText(vault_path.stem)
            self._go(self.CREATE_PAGE)
            return
        if vault_path is not None:
            self.vault_path.setText(str(vault_path))
        elif self.recent_list.count():
            self.recent_list.setCurrentRow(0)
        self._go(self.OPEN_PAGE)

    def _go(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self._update_open_buttons()
        self._update_create_state()
        if page == self.OPEN_PAGE:
            (self.passphrase if self.vault_path.text() else self.vault_path).setFocus()
        elif page == self.CREATE_PAGE:
            self.vault_name.setFocus()

    @property
    def busy(self) -> bool:
        return self._task is not None and self._task.is_running

    def reject(self) -> None:
        # Key derivation cannot be interrupted, and the recovery key must be confirmed
        # before the user leaves: closing is refused at those moments.
        if self.busy or self.pages.currentIndex() == self.RECOVERY_PAGE:
            return
        self.passphrase.setText("")
        self.new_passphrase.setText("")
        self.confirm_passphrase.setText("")
        super().reject()

    def show_problem_report(self) -> ProblemReportDialog:
        """The log of recent failures, also before any vault is open (an unlock that fails
        for a reason the person cannot act on)."""
        dialog = ProblemReportDialog(self._log_folder, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- recent vaults ------------------------------------------------------------------

    def _load_recent(self) -> None:
        self.remember_recent.blockSignals(True)
        self.remember_recent.setChecked(remembers_recent(self._settings))
        self.remember_recent.blockSignals(False)
        self.recent_list.clear()
        for text in recent_paths(self._settings):
            path = Path(text)
            item = QListWidgetItem(path.name, self.recent_list)
            item.setToolTip(text)
            item.setData(Qt.ItemDataRole.UserRole, text)
        has_recent = self.recent_list.count() > 0
        self.recent_label.setVisible(has_recent)
        self.recent_list.setVisible(has_recent)
        self.clear_recent.setEnabled(has_recent)

    def _add_recent(self, path: Path) -> None:
        # Turning remembering on is a security setting: it takes effect with the passphrase,
        # at the unlock or creation that follows, never from the checkbox alone.
        if self.remember_recent.isChecked() and not remembers_recent(self._settings):
            set_remember_recent(self._settings, True)
        add_recent(self._settings, path)

    def _clear_recent(self) -> None:
        clear_recent(self._settings)
        self._load_recent()

    def _remember_toggled(self, remember: bool) -> None:
        if remember:
            return  # applied by the next unlock or creation (``_add_recent``)
        set_remember_recent(self._settings, False)  # forgetting needs no passphrase
        self._load_recent()

    def _recent_chosen(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is not None:
            self.vault_path.setText(str(item.data(Qt.ItemDataRole.UserRole)))

    def _recent_activated(self, _item: QListWidgetItem) -> None:
        self.passphrase.setFocus()

    def _browse_vault(self) -> None:
        start = self.vault_path.text() or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the vault folder"), start)
        if folder:
            self.vault_path.setText(folder)
            self.passphrase.setFocus()

    def _browse_location(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose where to create the vault"), self.create_location.text()
        )
        if folder:
            self.create_location.setText(folder)

    # --- unlocking ----------------------------------------------------------------------

    def _update_open_buttons(self) -> None:
        self.unlock_button.setEnabled(
            not self.busy
            and not self._delay_timer.isActive()
            and bool(self.vault_path.text().strip())
            and bool(self.passphrase.text())
        )

    def _vault_path_changed(self, text: str) -> None:
        path = Path(text.strip()).expanduser() if text.strip() else None
        if path != self._delay_path:
            if self._delay_timer.isActive():
                self._delay_timer.stop()
                self._show_feedback(self.unlock_feedback, "")
            self._delay_path = None
            if path is not None and is_vault(path):
                self._start_delay(path, unchecked=False)
        self._update_open_buttons()

    # --- the delay after wrong passphrases (vault/guessing.py decides it) --------------

    def _start_delay(self, path: Path, *, unchecked: bool) -> None:
        """Count down the wait the vault imposes before its next try, if any."""
        self._delay_path = path
        self._delay_unchecked = unchecked
        if seconds_before_next_try(path)[0] > 0:
            self._delay_timer.start()
            self._delay_tick()
        elif unchecked:
            self._delay_tick()  # the wait ended meanwhile: say the next try will be checked
        self._update_open_buttons()

    def _delay_tick(self) -> None:
        if self._delay_path is None:
            self._delay_timer.stop()
            return
        seconds, failures = seconds_before_next_try(self._delay_path)
        if seconds <= 0:
            self._delay_timer.stop()
            self._update_open_buttons()
            self._show_feedback(
                self.unlock_feedback,
                self.tr("You can try the passphrase again now."),
                error=False,
            )
            return
        whole = max(1, math.ceil(seconds))
        if self._delay_unchecked:
            text = self.tr(
                "Too many wrong passphrases in a row ({n}). Wait {seconds} seconds before the "
                "next try; this try was not checked."
            )
        else:
            text = self.tr(
                "Too many wrong passphrases in a row ({n}). Wait {seconds} seconds before the "
                "next try."
            )
        self._show_feedback(
            self.unlock_feedback,
            text.format(n=format_number(failures), seconds=format_number(whole)),
        )

    def _show_feedback(self, label: QLabel, text: str, *, error: bool = True) -> None:
        label.setText(text)
        if error:
            # A red that reads on both light and dark system palettes.
            dark = self.palette().window().color().lightness() < 128
            label.setStyleSheet("color: #ff8a80;" if dark else "color: #b00020;")
        else:
            label.setStyleSheet("")
        label.setVisible(bool(text))

    def _set_busy(self, inputs: list[QWidget], bar: QProgressBar, busy: bool) -> None:
        for widget in inputs:
            widget.setEnabled(not busy)
        bar.setVisible(busy)
        if not busy:
            self._update_open_buttons()
            self._update_create_state()

    def unlock(self) -> None:
        """Unlock the chosen vault with the typed passphrase, off the UI thread."""
        if self.busy or self._delay_timer.isActive():
            return
        text = self.vault_path.text().strip()
        passphrase = self.passphrase.text()
        if not text:
            self._show_feedback(self.unlock_feedback, self.tr("Choose the vault folder."))
            return
        path = Path(text).expanduser()
        if not is_vault(path):
            self._show_feedback(
                self.unlock_feedback,
                self.tr("This folder is not a FieldPartner vault (it has no vault.json)."),
            )
            return
        if not passphrase:
            self._show_feedback(self.unlock_feedback, self.tr("Enter the passphrase."))
            return
        self._show_feedback(self.unlock_feedback, self.tr("Unlocking…"), error=False)
        self._task = run_in_background(
            lambda _control: unlock_vault(path, passphrase),
            on_success=lambda vault: self._unlocked(path, vault),
            on_failure=lambda message, exc: self._unlock_failed(path, message, exc),
            parent=self,
        )
        self._set_busy(self._open_inputs, self.unlock_busy, True)

    def ask_recovery_key(self) -> RecoveryUnlockDialog | None:
        """Open the chosen vault with its recovery key, setting a new passphrase."""
        text = self.vault_path.text().strip()
        path = Path(text).expanduser() if text else None
        if path is None or not is_vault(path):
            self._show_feedback(
                self.unlock_feedback,
                self.tr("Choose the vault folder first, then use its recovery key."),
            )
            return None
        dialog = RecoveryUnlockDialog(path, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.unlocked.connect(lambda vault: self._unlocked(path, vault))
        dialog.open()
        return dialog

    def ask_restore(self) -> RestoreDialog:
        """Restore a backup; the vault it becomes is then chosen here, ready to unlock."""
        text = self.vault_path.text().strip()
        target = Path(text).expanduser() if text and is_vault(Path(text).expanduser()) else None
        dialog = RestoreDialog(target, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(lambda path: self._restored(path, dialog.set_aside))
        dialog.open()
        return dialog

    def _restored(self, path: Path, set_aside: Path | None) -> None:
        self.vault_path.setText(str(path))
        message = self.tr("The backup is restored. Unlock it with its passphrase.")
        if set_aside is not None:
            message += " " + self.tr("The vault that was there is kept as {folder}.").format(
                folder=set_aside
            )
        self._show_feedback(self.unlock_feedback, message, error=False)
        self.passphrase.setFocus()

    def _unlocked(self, path: Path, vault: Vault) -> None:
        self._set_busy(self._open_inputs, self.unlock_busy, False)
        self.passphrase.setText("")
        self._show_feedback(self.unlock_feedback, "")
        self._add_recent(path)
        self._hand_over(vault)

    def _unlock_failed(self, path: Path, message: str, exc: BaseException) -> None:
        self._set_busy(self._open_inputs, self.unlock_busy, False)
        self.passphrase.setText("")
        if isinstance(exc, WipedAfterFailures):
            message = self.tr(
                "That was wrong passphrase {n} in a row. As this vault's security settings "
                "ask, the vault has been wiped: it can no longer be opened, with any "
                "passphrase or the recovery key."
            ).format(n=format_number(exc.failures))
        elif isinstance(exc, UnlockDelayed):
            self._start_delay(path, unchecked=True)
            self.passphrase.setFocus()
            return
        elif isinstance(exc, WrongPassphrase):
            message = self.tr("The passphrase does not open this vault.")
        elif isinstance(exc, VaultHeaderError):
            message = self.tr("The vault cannot be opened: {reason}").format(reason=message)
        self._show_feedback(self.unlock_feedback, message)
        self.passphrase.setFocus()
        if isinstance(exc, WrongPassphrase) and not isinstance(exc, WipedAfterFailures):
            self._start_delay(path, unchecked=False)  # a wrong one may have earned a wait

    # --- creating -----------------------------------------------------------------------

    def _target_path(self) -> Path | None:
        location = self.create_location.text().strip()
        if not location or not self.vault_name.text().strip():
            return None
        return Path(location).expanduser() / vault_folder_name(self.vault_name.text())

    def _update_create_state(self) -> None:
        target = self._target_path()
        self.create_target.setText(str(target) if target else "")
        passphrase = self.new_passphrase.text()
        strength = passphrase_strength(passphrase, [self.vault_name.text()])
        self.strength_bar.setValue(strength)
        self.strength_label.setText(strength_word(strength) if passphrase else "")
        self.strength_bar.setAccessibleDescription(self.strength_label.text())
        matches = passphrase == self.confirm_passphrase.text()
        weak = bool(passphrase) and not passphrase_acceptable(strength)
        self._show_weak_rows(weak)
        if weak:
            advice = passphrase_feedback(passphrase, [self.vault_name.text()])
            self.weak_warning.setText(
                self.tr(
                    "This passphrase is weak: someone who gets the laptop could guess it. "
                    "{advice} To use it anyway, type \u201c{words}\u201d below."
                ).format(advice=advice, words=self.weak_acknowledgement_words())
            )
        self.create_button.setEnabled(
            not self.busy
            and target is not None
            and (not weak or self._weak_acknowledged())
            and bool(passphrase)
            and matches
        )
        if self.confirm_passphrase.text() and not matches:
            self._show_feedback(self.create_feedback, self.tr("The two passphrases differ."))
        elif self.create_feedback.text() == self.tr("The two passphrases differ."):
            self._show_feedback(self.create_feedback, "")

    def create_vault(self) -> None:
        """Create the vault off the UI thread, then show its recovery key."""
        if self.busy or not self.create_button.isEnabled():
            return
        target = self._target_path()
        assert target is not None
        name = self.vault_name.text().strip()
        passphrase = self.new_passphrase.text()
        kdf_factory = self._kdf
        # Only reached with a weak passphrase once the user typed the acknowledgement.
        accept_weak = self._weak_acknowledged()

        def work(_control: TaskControl) -> tuple[Vault, str]:
            kdf = kdf_factory() if kdf_factory is not None else None
            from fieldpartner.new_vault import create_vault  # see unlock_vault

            return create_vault(
                target, passphrase, name=name, kdf=kdf, accept_weak_passphrase=accept_weak
            )

        self._show_feedback(self.create_feedback, self.tr("Creating the vault…"), error=False)
        self._task = run_in_background(
            work,
            on_success=lambda result: self._created_vault(target, *result),
            on_failure=self._create_failed,
            parent=self,
        )
        self._set_busy(self._create_inputs, self.create_busy, True)

    def _created_vault(self, path: Path, vault: Vault, recovery: str) -> None:
        self._set_busy(self._create_inputs, self.create_busy, False)
        self.new_passphrase.setText("")
        self.confirm_passphrase.setText("")
        self.weak_acknowledgement.setText("")
        self._show_feedback(self.create_feedback, "")
        self._add_recent(path)
        self._created = vault
        self.recovery.show_key(recovery, vault.name)
        self._go(self.RECOVERY_PAGE)
        # The dialog's fixed minimum width does not grow with the key field by itself.
        self.resize(max(self.width(), self.minimumSizeHint().width()), self.height())
        self.recovery.recovery_field.setFocus()

    def _create_failed(self, message: str, _exc: BaseException) -> None:
        self._set_busy(self._create_inputs, self.create_busy, False)
        self._show_feedback(
            self.create_feedback,
            self.tr("The vault was not created: {reason}").format(reason=message),
        )

    def _finish_creation(self) -> None:
        if not self.recovery.recovery_confirmed() or self._created is None:
            return
        self.recovery.forget()
        vault, self._created = self._created, None
        self._hand_over(vault)

    # --- the result ---------------------------------------------------------------------

    def _hand_over(self, vault: Vault) -> None:
        self.vault = vault
        # Announced before the dialog hides, so the next window is already showing and
        # Qt never sees a moment with no window open (it would quit).
        self.vault_opened.emit(vault)
        self.accept()

    def abandon(self) -> None:
        """Close without handing over (the application is quitting): lock what was opened."""
        if self._created is not None:
            self._created.lock()
            self._created = None
        self.recovery.forget()
        self.passphrase.setText("")
        self.new_passphrase.setText("")
        self.confirm_passphrase.setText("")
        self.hide()
        self.deleteLater()
