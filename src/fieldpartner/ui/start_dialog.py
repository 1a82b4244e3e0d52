"""The first window: open and unlock an existing vault, or create a new one.

Key derivation runs through the background helper so the window stays responsive. A new
vault's recovery key is shown once, on a page the user leaves only after confirming it was
written down. Recent vaults are remembered as folder paths only (never data), and the user
can clear the list or turn it off: on a laptop that may be searched, even a path can say
too much.
"""

from __future__ import annotations

import html
import re
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, QSettings, QStandardPaths, Qt, Signal
from PySide6.QtGui import (
    QFontDatabase,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QTextDocument,
)
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
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

from fieldpartner.ui.worker import BackgroundTask, TaskControl, run_in_background
from fieldpartner.vault import VaultHeaderError, WrongPassphrase, is_vault
from fieldpartner.vault.header import VAULT_SUFFIX
from fieldpartner.vault.keys import KdfParams

if TYPE_CHECKING:
    from fieldpartner.vault import Vault

RECENT_KEY = "vaults/recent"
REMEMBER_KEY = "vaults/remember_recent"
MAX_RECENT = 8
MIN_PASSPHRASE_LENGTH = 8

# Characters that cannot appear in a folder name on at least one of our platforms.
_UNSAFE_NAME = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


def forget_recent(settings: QSettings, path: Path) -> None:
    """Drop one vault from the recent list (after it was wiped, its path must not linger)."""
    value = settings.value(RECENT_KEY, [])
    paths = [value] if isinstance(value, str) else [str(v) for v in value or []]
    kept = [p for p in paths if p and Path(p) != Path(path)]
    if kept:
        settings.setValue(RECENT_KEY, kept)
    else:
        settings.remove(RECENT_KEY)
    settings.sync()


def normalise_key_group(text: str) -> str:
    """A typed group of the recovery key as Crockford base32 reads it: case, spaces and
    dashes ignored, O read as 0 and I or L as 1."""
    cleaned = re.sub(r"[\s-]", "", text).upper()
    return cleaned.translate(str.maketrans("OIL", "011"))


def passphrase_strength(passphrase: str) -> int:
    """A plain heuristic from 0 (too short) to 4 (strong): length and character classes.

    It cannot know whether a passphrase is guessable; it nudges towards long ones.
    """
    length = len(passphrase)
    if length < MIN_PASSPHRASE_LENGTH:
        return 0
    classes = sum(
        (
            any(c.islower() for c in passphrase),
            any(c.isupper() for c in passphrase),
            any(c.isdigit() for c in passphrase),
            any(not c.isalnum() for c in passphrase),
        )
    )
    score = 1
    if length >= 12:
        score += 1
    if length >= 20:
        score += 1
    if classes >= 3 or (length >= 16 and classes >= 2):
        score += 1
    return min(score, 4)


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
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._kdf = kdf
        self._task: BackgroundTask | None = None
        self._created: Vault | None = None
        self._recovery_text = ""
        self._printer: QPrinter | None = None
        self.vault: Vault | None = None

        self.setObjectName("startDialog")
        self.setWindowTitle(self.tr("FieldPartner"))
        self.setMinimumWidth(520)

        self.pages = QStackedWidget(self)
        self.pages.setObjectName("startPages")
        self.pages.addWidget(self._build_open_page())
        self.pages.addWidget(self._build_create_page())
        self.pages.addWidget(self._build_recovery_page())
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
        self.vault_path.textChanged.connect(self._update_open_buttons)
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
        self.close_button = QPushButton(self.tr("Close"), page)
        self._name(self.close_button, "closeStart", self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        self.unlock_button = QPushButton(self.tr("Unlock"), page)
        self._name(self.unlock_button, "unlockButton", self.tr("Unlock the vault"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        buttons.addWidget(self.show_create)
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
            self.show_create,
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
        layout.addLayout(form)

        hint = QLabel(
            self.tr(
                "Use at least {n} characters; a few unrelated words make a passphrase that is "
                "long and easy to remember."
            ).format(n=MIN_PASSPHRASE_LENGTH),
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
            self.back_button,
            self.create_button,
        ]
        return page

    def _build_recovery_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("recoveryPage")
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("<h2>Your recovery key</h2>"), page))
        explain = QLabel(
            self.tr(
                "If you forget the passphrase, this key is the only way to open the vault. "
                "Write it down now and keep it apart from this computer. "
                "It will not be shown again."
            ),
            page,
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)

        key_row = QHBoxLayout()
        self.recovery_field = QLineEdit(page)
        self._name(self.recovery_field, "recoveryKey", self.tr("Recovery key"))
        self.recovery_field.setReadOnly(True)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.recovery_field.setFont(font)
        # The key is Latin letters and digits in groups: keep it left-to-right in any UI.
        self.recovery_field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.recovery_field.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.copy_recovery = QPushButton(self.tr("Copy"), page)
        self._name(self.copy_recovery, "copyRecoveryKey", self.tr("Copy the recovery key"))
        self.copy_recovery.clicked.connect(self._copy_recovery_key)
        self.print_recovery = QPushButton(self.tr("Print…"), page)
        self._name(self.print_recovery, "printRecoveryKey", self.tr("Print the recovery key"))
        self.print_recovery.clicked.connect(self._ask_print)
        # The key on its own line, its buttons below it: the key needs the whole width.
        layout.addWidget(self.recovery_field)
        key_row.addWidget(self.copy_recovery)
        key_row.addWidget(self.print_recovery)
        key_row.addStretch(1)
        layout.addLayout(key_row)

        # Proof that the key was written down: the user types back one group of it.
        self.check_label = QLabel(page)
        self.check_label.setObjectName("recoveryCheckLabel")
        self.check_label.setWordWrap(True)
        layout.addWidget(self.check_label)
        self.recovery_check = QLineEdit(page)
        self._name(
            self.recovery_check,
            "recoveryCheck",
            self.tr("The requested group of the recovery key"),
        )
        self.recovery_check.setMaxLength(6)
        self.recovery_check.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.recovery_check.setFont(font)
        self.recovery_check.setMaximumWidth(
            self.recovery_check.fontMetrics().horizontalAdvance("MMMMMMM")
        )
        self.recovery_check.textChanged.connect(self._update_continue)
        self.check_label.setBuddy(self.recovery_check)
        layout.addWidget(self.recovery_check)
        self.check_group = 0

        self.recovery_written = QCheckBox(self.tr("I have written down the recovery key"), page)
        self._name(
            self.recovery_written,
            "recoveryWrittenDown",
            self.tr("I have written down the recovery key"),
        )
        self.recovery_written.toggled.connect(self._update_continue)
        self.recovery_written.setToolTip(
            self.tr("Also type the requested group of the key above, from what you wrote.")
        )
        layout.addWidget(self.recovery_written)
        layout.addStretch(1)

        buttons = QHBoxLayout()
        self.continue_button = QPushButton(self.tr("Continue"), page)
        self._name(self.continue_button, "continueButton", self.tr("Continue to the vault"))
        self.continue_button.setEnabled(False)
        self.continue_button.clicked.connect(self._finish_creation)
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)
        layout.addLayout(buttons)
        return page

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

    # --- recent vaults ------------------------------------------------------------------

    def _remember(self) -> bool:
        value = self._settings.value(REMEMBER_KEY, True)
        return value not in (False, "false", "0", 0)

    def _recent_paths(self) -> list[str]:
        value = self._settings.value(RECENT_KEY, [])
        # INI files give back a one-item list as a plain string.
        if isinstance(value, str):
            return [value] if value else []
        if isinstance(value, list | tuple):
            return [str(v) for v in value]
        return []

    def _load_recent(self) -> None:
        remember = self._remember()
        self.remember_recent.blockSignals(True)
        self.remember_recent.setChecked(remember)
        self.remember_recent.blockSignals(False)
        self.recent_list.clear()
        for text in self._recent_paths() if remember else []:
            path = Path(text)
            item = QListWidgetItem(path.name, self.recent_list)
            item.setToolTip(text)
            item.setData(Qt.ItemDataRole.UserRole, text)
        has_recent = self.recent_list.count() > 0
        self.recent_label.setVisible(has_recent)
        self.recent_list.setVisible(has_recent)
        self.clear_recent.setEnabled(has_recent)

    def _add_recent(self, path: Path) -> None:
        if not self._remember():
            return
        text = str(path)
        paths = [text, *(p for p in self._recent_paths() if p != text)][:MAX_RECENT]
        self._settings.setValue(RECENT_KEY, paths)
        self._settings.sync()

    def _clear_recent(self) -> None:
        self._settings.remove(RECENT_KEY)
        self._settings.sync()
        self._load_recent()

    def _remember_toggled(self, remember: bool) -> None:
        self._settings.setValue(REMEMBER_KEY, remember)
        if not remember:
            self._settings.remove(RECENT_KEY)
        self._settings.sync()
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
            not self.busy and bool(self.vault_path.text().strip()) and bool(self.passphrase.text())
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
        if self.busy:
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
            on_failure=self._unlock_failed,
            parent=self,
        )
        self._set_busy(self._open_inputs, self.unlock_busy, True)

    def _unlocked(self, path: Path, vault: Vault) -> None:
        self._set_busy(self._open_inputs, self.unlock_busy, False)
        self.passphrase.setText("")
        self._show_feedback(self.unlock_feedback, "")
        self._add_recent(path)
        self._hand_over(vault)

    def _unlock_failed(self, message: str, exc: BaseException) -> None:
        self._set_busy(self._open_inputs, self.unlock_busy, False)
        self.passphrase.setText("")
        if isinstance(exc, WrongPassphrase):
            message = self.tr("The passphrase does not open this vault.")
        elif isinstance(exc, VaultHeaderError):
            message = self.tr("The vault cannot be opened: {reason}").format(reason=message)
        self._show_feedback(self.unlock_feedback, message)
        self.passphrase.setFocus()

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
        strength = passphrase_strength(passphrase)
        self.strength_bar.setValue(strength)
        words = (
            self.tr("Too short"),
            self.tr("Weak"),
            self.tr("Fair"),
            self.tr("Good"),
            self.tr("Strong"),
        )
        self.strength_label.setText(words[strength] if passphrase else "")
        self.strength_bar.setAccessibleDescription(self.strength_label.text())
        matches = passphrase == self.confirm_passphrase.text()
        self.create_button.setEnabled(
            not self.busy and target is not None and strength > 0 and matches
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

        def work(_control: TaskControl) -> tuple[Vault, str]:
            kdf = kdf_factory() if kdf_factory is not None else None
            from fieldpartner.new_vault import create_vault  # see unlock_vault

            return create_vault(target, passphrase, name=name, kdf=kdf)

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
        self._show_feedback(self.create_feedback, "")
        self._add_recent(path)
        self._created = vault
        self._recovery_text = recovery
        self.recovery_field.setText(recovery)
        self.recovery_field.setCursorPosition(0)
        # Wide enough to read the whole key at once; it is copied by hand.
        metrics = self.recovery_field.fontMetrics()
        self.recovery_field.setMinimumWidth(metrics.horizontalAdvance(recovery + "MM"))
        self.recovery_written.setChecked(False)
        groups = recovery.split("-")
        self.check_group = secrets.randbelow(len(groups))
        self.recovery_check.setText("")
        self.check_label.setText(
            self.tr(
                "From what you wrote down (not from the screen), type group {number} of "
                "{count} of the key:"
            ).format(number=self.check_group + 1, count=len(groups))
        )
        self._go(self.RECOVERY_PAGE)
        # The dialog's fixed minimum width does not grow with the key field by itself.
        self.resize(max(self.width(), self.minimumSizeHint().width()), self.height())
        self.recovery_field.setFocus()

    def _create_failed(self, message: str, _exc: BaseException) -> None:
        self._set_busy(self._create_inputs, self.create_busy, False)
        self._show_feedback(
            self.create_feedback,
            self.tr("The vault was not created: {reason}").format(reason=message),
        )

    def _copy_recovery_key(self) -> None:
        QGuiApplication.clipboard().setText(self._recovery_text)

    def recovery_confirmed(self) -> bool:
        """The box is ticked and the requested group was typed back correctly."""
        groups = self._recovery_text.split("-") if self._recovery_text else []
        if not groups or not self.recovery_written.isChecked():
            return False
        return normalise_key_group(self.recovery_check.text()) == groups[self.check_group]

    def _update_continue(self, *_args: object) -> None:
        self.continue_button.setEnabled(self.recovery_confirmed())

    # --- printing the recovery key -----------------------------------------------------

    def _ask_print(self) -> None:
        """Straight to a printer: printing to a file is not offered (it would put the key
        on disk outside the vault)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("printRecoveryDialog")
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
        dialog.setWindowTitle(self.tr("Print the recovery key"))
        self._printer = printer
        dialog.accepted.connect(lambda: self._print_accepted(printer))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _print_accepted(self, printer: QPrinter) -> None:
        self._printer = None
        if printer.outputFormat() != QPrinter.OutputFormat.NativeFormat or printer.outputFileName():
            self._show_feedback(
                self.create_feedback,
                self.tr("The key was not printed: choose a printer, not a file."),
            )
            return
        self.print_recovery_key(printer)

    def recovery_document(self) -> QTextDocument:
        """The printed page: vault, date, the key in large fixed-width type, advice."""
        key = html.escape(self._recovery_text)
        name = html.escape(self._created.name if self._created is not None else "")
        when = QLocale().toString(QDateTime.currentDateTime(), QLocale.FormatType.LongFormat)
        doc = QTextDocument(self)
        doc.setObjectName("recoveryDocument")
        doc.setHtml(
            "<h1>"
            + html.escape(self.tr("FieldPartner recovery key"))
            + "</h1><p>"
            + html.escape(self.tr("Vault: {name}").format(name=name), quote=False)
            + "<br>"
            + html.escape(self.tr("Printed: {when}").format(when=when))
            + '</p><p dir="ltr" style="font-family: monospace; font-size: 20pt;">'
            + key
            + "</p><p>"
            + html.escape(
                self.tr(
                    "Anyone holding this key can open the vault. Keep this sheet apart from "
                    "the computer, somewhere safe, and destroy it if the vault is wiped."
                )
            )
            + "</p>"
        )
        return doc

    def print_recovery_key(self, device: QPagedPaintDevice) -> None:
        """Print the key on ``device`` (a printer; tests pass an in-memory PDF writer)."""
        from fieldpartner.ui.settings_dialog import PAPER_KEY  # imports this module

        size = (
            QPageSize.PageSizeId.Letter
            if self._settings.value(PAPER_KEY, "A4") == "Letter"
            else QPageSize.PageSizeId.A4
        )
        device.setPageSize(QPageSize(size))
        device.setPageOrientation(QPageLayout.Orientation.Portrait)
        document = self.recovery_document()
        try:
            document.print_(device)
        finally:
            document.clear()
            document.deleteLater()

    def _finish_creation(self) -> None:
        if not self.recovery_confirmed() or self._created is None:
            return
        clipboard = QGuiApplication.clipboard()
        if clipboard.text() == self._recovery_text:
            clipboard.clear()  # the key should not linger where any program can read it
        self.recovery_field.setText("")
        self.recovery_check.setText("")
        self._recovery_text = ""
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
        self.recovery_field.setText("")
        self._recovery_text = ""
        self.passphrase.setText("")
        self.new_passphrase.setText("")
        self.confirm_passphrase.setText("")
        self.hide()
        self.deleteLater()
