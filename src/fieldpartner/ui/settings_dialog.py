"""File → Settings: preferences, and the vault's security settings.

Preferences (paper size, interface language, applied at once by rebuilding the main window)
are kept in QSettings, which never holds record data. The security settings (lock after minutes without use, wipe after N wrong
passphrases, the duress passphrase, remembering recent vaults on this computer) change only
after the vault's passphrase is typed again: someone at an unlocked laptop cannot turn the
protections off. The lock-after time, the wipe-after limit and duress are the vault's own
(``vault.security``, the same as ``fieldpartner-cli vault policy`` and ``vault duress``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fieldpartner.ui.common.numbers import format_number
from fieldpartner.ui.common.preferences import (
    LANGUAGE_KEY,
    LANGUAGES,
    PAPER_KEY,
    language,
    paper_size,
    remembers_recent,
    set_remember_recent,
)
from fieldpartner.ui.idle_lock import MAX_IDLE_MINUTES, MIN_IDLE_MINUTES
from fieldpartner.ui.operations import writer_of
from fieldpartner.ui.worker import BackgroundTask, TaskControl
from fieldpartner.vault.errors import WrongPassphrase
from fieldpartner.vault.guessing import (
    MAX_WIPE_AFTER,
    MIN_WIPE_AFTER,
    UnlockDelayed,
    WipedAfterFailures,
)
from fieldpartner.vault.security import (
    SecurityPolicy,
    disable_duress,
    duress_enabled,
    enable_duress,
    security_policy,
    set_security_policy,
)

if TYPE_CHECKING:
    from fieldpartner.vault import Vault


@dataclass(frozen=True)
class SecurityChoice:
    """The security settings as the dialog holds them."""

    lock_after_minutes: int
    wipe_after: int | None
    duress: bool
    remember_recent: bool


class SettingsDialog(QDialog):
    # The vault was wiped: the passphrase typed here was the last wrong one its policy allows.
    vault_wiped = Signal()

    def __init__(
        self, settings: QSettings, parent: QWidget | None = None, *, vault: Vault | None = None
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._vault = vault
        self._task: BackgroundTask | None = None
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_security())
        layout.addLayout(self._build_preferences())

        self.feedback = QLabel(self)
        self.feedback.setObjectName("settingsFeedback")
        self.feedback.setWordWrap(True)
        self.feedback.setTextFormat(Qt.TextFormat.PlainText)
        self.feedback.setVisible(False)
        layout.addWidget(self.feedback)
        self.busy = QProgressBar(self)
        self.busy.setObjectName("settingsBusy")
        self.busy.setAccessibleName(self.tr("Changing the security settings"))
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        layout.addWidget(self.busy)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setObjectName("settingsButtons")
        for which, name, accessible in (
            (QDialogButtonBox.StandardButton.Ok, "settingsOk", self.tr("Save the settings")),
            (QDialogButtonBox.StandardButton.Cancel, "settingsCancel", self.tr("Cancel")),
        ):
            button = buttons.button(which)
            button.setObjectName(name)
            button.setAccessibleName(accessible)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._update_security_state()

    # --- building -----------------------------------------------------------------------

    def _build_security(self) -> QGroupBox:
        box = QGroupBox(self.tr("Security"), self)
        box.setObjectName("securitySettings")
        form = QFormLayout(box)
        self._initial = self._current_choice()

        self.idle_minutes = QSpinBox(box)
        self.idle_minutes.setObjectName("idleMinutes")
        self.idle_minutes.setAccessibleName(self.tr("Lock after minutes without use"))
        self.idle_minutes.setRange(MIN_IDLE_MINUTES, MAX_IDLE_MINUTES)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setValue(self._initial.lock_after_minutes)
        self.idle_minutes.valueChanged.connect(self._update_security_state)
        form.addRow(self.tr("&Lock after no use for:"), self.idle_minutes)

        wipe_row = QHBoxLayout()
        self.wipe_enabled = QCheckBox(self.tr("Wipe the vault after"), box)
        self.wipe_enabled.setObjectName("wipeAfterEnabled")
        self.wipe_enabled.setAccessibleName(self.tr("Wipe the vault after wrong passphrases"))
        self.wipe_after = QSpinBox(box)
        self.wipe_after.setObjectName("wipeAfter")
        self.wipe_after.setAccessibleName(self.tr("Wrong passphrases in a row before the wipe"))
        self.wipe_after.setRange(MIN_WIPE_AFTER, MAX_WIPE_AFTER)
        self.wipe_after.setValue(self._initial.wipe_after or 10)
        self.wipe_enabled.setChecked(self._initial.wipe_after is not None)
        wipe_row.addWidget(self.wipe_enabled)
        wipe_row.addWidget(self.wipe_after)
        wipe_row.addWidget(QLabel(self.tr("wrong passphrases in a row"), box), 1)
        self.wipe_enabled.toggled.connect(self._update_security_state)
        self.wipe_after.valueChanged.connect(self._update_security_state)
        form.addRow(wipe_row)

        self.duress_enabled = QCheckBox(self.tr("Duress passphrase"), box)
        self.duress_enabled.setObjectName("duressEnabled")
        self.duress_enabled.setAccessibleName(self.tr("Use a duress passphrase"))
        self.duress_enabled.setChecked(self._initial.duress)
        self.duress_enabled.toggled.connect(self._update_security_state)
        form.addRow(self.duress_enabled)
        self.duress_note = QLabel(
            self.tr(
                "Typed instead of the passphrase, the duress passphrase destroys this vault "
                "without a word and opens a small harmless vault in its place. A copy of the "
                "disk taken before it is typed still holds the real vault."
            ),
            box,
        )
        self.duress_note.setObjectName("duressNote")
        self.duress_note.setWordWrap(True)
        form.addRow(self.duress_note)
        self.duress_passphrase = QLineEdit(box)
        self.duress_passphrase.setObjectName("duressPassphrase")
        self.duress_passphrase.setAccessibleName(self.tr("New duress passphrase"))
        self.duress_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.duress_repeat = QLineEdit(box)
        self.duress_repeat.setObjectName("duressRepeat")
        self.duress_repeat.setAccessibleName(self.tr("Repeat the duress passphrase"))
        self.duress_repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.duress_label = QLabel(self.tr("D&uress passphrase:"), box)
        self.duress_label.setBuddy(self.duress_passphrase)
        self.duress_repeat_label = QLabel(self.tr("Re&peat it:"), box)
        self.duress_repeat_label.setBuddy(self.duress_repeat)
        form.addRow(self.duress_label, self.duress_passphrase)
        form.addRow(self.duress_repeat_label, self.duress_repeat)
        for field in (self.duress_passphrase, self.duress_repeat):
            field.textChanged.connect(self._update_security_state)

        self.remember_recent = QCheckBox(self.tr("Remember recent vaults on this computer"), box)
        self.remember_recent.setObjectName("settingsRememberRecent")
        self.remember_recent.setAccessibleName(self.tr("Remember recent vaults"))
        self.remember_recent.setChecked(self._initial.remember_recent)
        self.remember_recent.toggled.connect(self._update_security_state)
        form.addRow(self.remember_recent)

        self.passphrase = QLineEdit(box)
        self.passphrase.setObjectName("settingsPassphrase")
        self.passphrase.setAccessibleName(self.tr("The vault's passphrase, to change these"))
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_label = QLabel(self.tr("Pa&ssphrase:"), box)
        self.passphrase_label.setBuddy(self.passphrase)
        form.addRow(self.passphrase_label, self.passphrase)
        self.passphrase_note = QLabel(
            self.tr("Changing a security setting needs the vault's passphrase again."), box
        )
        self.passphrase_note.setObjectName("securityPassphraseNote")
        self.passphrase_note.setWordWrap(True)
        form.addRow(self.passphrase_note)
        self.hq_security_note = QLabel(
            self.tr(
                "HQ's database is protected by its server (access, backups, encryption: see "
                "the operator's guide). Locking after no use, wiping and a duress passphrase "
                "are for a vault on this computer."
            ),
            box,
        )
        self.hq_security_note.setObjectName("hqSecurityNote")
        self.hq_security_note.setWordWrap(True)
        form.addRow(self.hq_security_note)
        on_hq = self._vault is not None and not self._vault.local_security
        self.hq_security_note.setVisible(on_hq)
        if on_hq:
            reason = self.tr("Only for a vault on this computer, not HQ's database")
            for widget in (
                self.idle_minutes,
                self.wipe_enabled,
                self.wipe_after,
                self.duress_enabled,
            ):
                widget.setEnabled(False)
                widget.setToolTip(reason)
            self.duress_note.setVisible(False)
        box.setEnabled(self._vault is not None)
        return box

    def _build_preferences(self) -> QFormLayout:
        form = QFormLayout()
        self.paper = QComboBox(self)
        self.paper.setObjectName("paperSize")
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.paper.addItem(self.tr("A4"), "A4")
        self.paper.addItem(self.tr("US Letter"), "Letter")
        self.paper.setCurrentIndex(self.paper.findData(paper_size(self._settings)))
        form.addRow(self.tr("&Paper size:"), self.paper)

        self.language = QComboBox(self)
        self.language.setObjectName("language")
        self.language.setAccessibleName(self.tr("Language"))
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(language(self._settings)))
        form.addRow(self.tr("&Language:"), self.language)
        note = QLabel(
            self.tr("A new language applies at once; what you are typing is saved first."),
            self,
        )
        note.setObjectName("languageNote")
        note.setWordWrap(True)
        form.addRow("", note)
        return form

    # --- state --------------------------------------------------------------------------

    def _current_choice(self) -> SecurityChoice:
        remember = remembers_recent(self._settings)
        if self._vault is None or self._vault.is_locked:
            return SecurityChoice(5, None, False, remember)
        policy: SecurityPolicy = security_policy(self._vault)
        return SecurityChoice(
            policy.lock_after_minutes, policy.wipe_after, duress_enabled(self._vault), remember
        )

    def choice(self) -> SecurityChoice:
        return SecurityChoice(
            self.idle_minutes.value(),
            self.wipe_after.value() if self.wipe_enabled.isChecked() else None,
            self.duress_enabled.isChecked(),
            self.remember_recent.isChecked(),
        )

    def security_changed(self) -> bool:
        return self.choice() != self._initial

    def _turning_duress_on(self) -> bool:
        return self.duress_enabled.isChecked() and not self._initial.duress

    def _update_security_state(self) -> None:
        local = self._vault is None or self._vault.local_security
        self.wipe_after.setEnabled(local and self.wipe_enabled.isChecked())
        asking = self._turning_duress_on()
        for widget in (
            self.duress_label,
            self.duress_passphrase,
            self.duress_repeat_label,
            self.duress_repeat,
        ):
            widget.setVisible(asking)
        changed = self.security_changed()
        self.passphrase_label.setEnabled(changed)
        self.passphrase.setEnabled(changed)

    def _show(self, text: str) -> None:
        self.feedback.setText(text)
        self.feedback.setVisible(bool(text))

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.ok_button.setEnabled(not busy)
        for widget in self.findChildren(QGroupBox):
            widget.setEnabled(not busy and self._vault is not None)

    # --- saving -------------------------------------------------------------------------

    def accept(self) -> None:
        if self._task is not None:
            return
        if not self.security_changed():
            self._save_preferences()
            super().accept()
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self._show(self.tr("Type the vault's passphrase to change the security settings."))
            self.passphrase.setFocus()
            return
        duress_passphrase = ""
        if self._turning_duress_on():
            duress_passphrase = self.duress_passphrase.text()
            if not duress_passphrase:
                self._show(self.tr("Type the duress passphrase twice."))
                return
            if duress_passphrase != self.duress_repeat.text():
                self._show(self.tr("The two duress passphrases differ."))
                return
        vault = self._vault
        assert vault is not None
        before, wanted = self._initial, self.choice()

        def work(_control: TaskControl) -> SecurityChoice:
            vault.confirm_passphrase(passphrase)
            if not vault.local_security:
                return wanted  # only this computer's preference (recent vaults) changed
            if (wanted.lock_after_minutes, wanted.wipe_after) != (
                before.lock_after_minutes,
                before.wipe_after,
            ):
                set_security_policy(
                    vault,
                    wipe_after=wanted.wipe_after,
                    lock_after_minutes=wanted.lock_after_minutes,
                )
            if wanted.duress and not before.duress:
                enable_duress(vault, duress_passphrase)
            elif before.duress and not wanted.duress:
                disable_duress(vault)
            return wanted

        self._show(self.tr("Checking the passphrase…"))
        self._set_busy(True)
        self._task = writer_of(vault).submit(
            work, owner=self, on_success=self._saved, on_failure=self._failed, long=True
        )

    def _saved(self, wanted: SecurityChoice) -> None:
        self._task = None
        self._set_busy(False)
        self.passphrase.clear()
        self.duress_passphrase.clear()
        self.duress_repeat.clear()
        set_remember_recent(self._settings, wanted.remember_recent)
        self._save_preferences()
        self._show("")
        super().accept()

    def _failed(self, message: str, exc: BaseException) -> None:
        self._task = None
        self._set_busy(False)
        self.passphrase.clear()
        if isinstance(exc, WipedAfterFailures):
            self.reject()  # first: the window closes its dialogs as it wipes
            self.vault_wiped.emit()
            return
        if isinstance(exc, UnlockDelayed):
            message = self.tr(
                "Too many wrong passphrases in a row ({n}). Wait {seconds} seconds before "
                "the next try. Nothing was changed."
            ).format(
                n=format_number(exc.failures),
                seconds=format_number(max(1, int(exc.seconds + 0.999))),
            )
        elif isinstance(exc, WrongPassphrase):
            message = self.tr("That is not the vault's passphrase. Nothing was changed.")
        else:
            message = self.tr("The security settings were not changed: {reason}").format(
                reason=message
            )
        self._show(message)
        self.passphrase.setFocus()

    def _save_preferences(self) -> None:
        settings = self._settings
        settings.setValue(PAPER_KEY, self.paper.currentData())
        settings.setValue(LANGUAGE_KEY, self.language.currentData())
        settings.sync()
