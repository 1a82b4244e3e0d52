"""Setting up sync in the application, never needing the command line: a field vault joins
HQ's organisation (HQ's profile file, and HQ's fingerprint read over the phone, checked), or
HQ's vault creates the organisation (the profile file to hand out, HQ's identity backup for
offline safekeeping, and HQ's fingerprint to read to field officers).

File choices go through replaceable hooks (``ask_profile_path``, ``ask_profile_save_path``,
``ask_backup_save_path``) so tests can answer them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldpartner.sync import TrustRefused, create_organisation, join_organisation, read_profile
from fieldpartner.sync.identity import ensure_device_identity, normalise_fingerprint
from fieldpartner.sync.org import OrgProfile
from fieldpartner.ui.operations import OwnedReads
from fieldpartner.ui.sync.bundle_dialogs import fingerprint_font
from fieldpartner.ui.sync.labels import failure_text, file_slug, format_time
from fieldpartner.ui.worker import BackgroundTask, TaskControl
from fieldpartner.vault import Vault

PROFILE_SUFFIX = ".fporg"
BACKUP_SUFFIX = ".txt"


def _plain_label(parent: QWidget, name: str, text: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _button(parent: QWidget, text: str, name: str, accessible: str) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    return button


def _path_row(parent: QWidget, edit: QLineEdit, button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    edit.setReadOnly(True)
    row.addWidget(edit, 1)
    row.addWidget(button)
    return row


def _with_suffix(path: str, suffix: str) -> Path:
    target = Path(path)
    return target if target.suffix.lower() == suffix else target.with_name(target.name + suffix)


def _error_palette(label: QLabel) -> None:
    palette = label.palette()
    palette.setColor(label.foregroundRole(), Qt.GlobalColor.darkRed)
    label.setPalette(palette)


class SetupPanel(QWidget):
    """Shown while the vault belongs to no organisation: join one, or become its HQ."""

    join_requested = Signal()
    create_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncSetup")
        layout = QVBoxLayout(self)
        layout.addWidget(
            _plain_label(
                self,
                "syncSetupExplanation",
                self.tr(
                    "This vault does not belong to an organisation yet. Sync moves data "
                    "between the field and headquarters as encrypted bundle files, on a USB "
                    "stick or as an attachment.\n\n"
                    "Field officer: join your organisation with the profile file HQ gave you "
                    "and HQ's fingerprint, which HQ reads to you over the phone.\n\n"
                    "Headquarters: set up this vault as the organisation's HQ once; you then "
                    "hand the profile file to every field officer."
                ),
            )
        )
        row = QHBoxLayout()
        self.join_button = _button(
            self,
            self.tr("&Join an organisation…"),
            "syncJoinButton",
            self.tr("Join an organisation with HQ's profile file"),
        )
        self.create_button = _button(
            self,
            self.tr("Set up this vault as &HQ…"),
            "syncCreateButton",
            self.tr("Set up this vault as the organisation's HQ"),
        )
        self.join_button.clicked.connect(self.join_requested)
        self.create_button.clicked.connect(self.create_requested)
        row.addWidget(self.join_button)
        row.addWidget(self.create_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)


class _OrganisationDialog(QDialog):
    """What the two set-up dialogs share: the vault they work on, and their one background
    task, owned by the dialog (a dialog closed meanwhile is not told); setting up writes to
    the vault, so it is queued on the vault's writer."""

    def __init__(
        self,
        vault: Vault,
        parent: QWidget | None,
        name: str,
        size: tuple[int, int],
    ) -> None:
        super().__init__(parent)
        self.operations = OwnedReads(self)
        self.setObjectName(name)
        self.resize(*size)
        self.vault = vault
        self.task: BackgroundTask | None = None

    def _busy(self) -> bool:
        return self.task is not None and self.task.is_running


class JoinOrganisationDialog(_OrganisationDialog):
    """Join HQ's organisation: the profile file, then HQ's fingerprint as read over the phone.

    HQ's fingerprint is deliberately not shown before it is typed: a person asked to copy
    what is on the screen would not notice a replaced profile."""

    def __init__(
        self,
        vault: Vault,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(vault, parent, "joinOrganisationDialog", (560, 380))
        self.setWindowTitle(self.tr("Join an organisation"))
        self.profile: OrgProfile | None = None
        self._profile_path: Path | None = None
        self.joined: OrgProfile | None = None
        self.own_fingerprint = ""
        self.ask_profile_path: Callable[[], str | None] = self._ask_profile_path

        layout = QVBoxLayout(self)
        layout.addWidget(
            _plain_label(
                self,
                "joinExplanation",
                self.tr(
                    "1. Choose the organisation profile file HQ gave you (*.fporg).\n"
                    "2. Call HQ. Type the fingerprint HQ reads to you, character by character."
                ),
            )
        )
        form = QFormLayout()
        self.profile_edit = QLineEdit(self)
        self.profile_edit.setObjectName("joinProfilePath")
        self.profile_edit.setAccessibleName(self.tr("Organisation profile file"))
        self.choose_button = _button(
            self,
            self.tr("&Choose…"),
            "joinChooseProfile",
            self.tr("Choose the organisation profile file"),
        )
        self.choose_button.clicked.connect(self.choose_profile)
        form.addRow(
            self.tr("Profile file:"), _path_row(self, self.profile_edit, self.choose_button)
        )
        self.organisation_label = _plain_label(self, "joinOrganisationName")
        form.addRow(self.tr("Organisation:"), self.organisation_label)
        self.fingerprint_edit = QLineEdit(self)
        self.fingerprint_edit.setObjectName("joinFingerprint")
        self.fingerprint_edit.setAccessibleName(self.tr("HQ's fingerprint, as read to you by HQ"))
        self.fingerprint_edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX")
        self.fingerprint_edit.setFont(fingerprint_font())
        self.fingerprint_edit.textChanged.connect(self._update)
        fingerprint_label = QLabel(self.tr("HQ's &fingerprint:"), self)
        fingerprint_label.setBuddy(self.fingerprint_edit)
        form.addRow(fingerprint_label, self.fingerprint_edit)
        layout.addLayout(form)
        self.escrow_check = QCheckBox(
            self.tr("Let HQ open this vault if the passphrase and recovery key are both lost"),
            self,
        )
        self.escrow_check.setObjectName("joinEscrow")
        self.escrow_check.setAccessibleName(self.tr("HQ escrow of this vault's key"))
        self.escrow_check.setToolTip(
            self.tr(
                "Stores this vault's key encrypted to HQ in the vault's header, so HQ can "
                "recover the vault with its identity backup."
            )
        )
        layout.addWidget(self.escrow_check)
        self.message = _plain_label(self, "joinMessage")
        layout.addWidget(self.message)
        layout.addStretch(1)

        self.buttons = QDialogButtonBox(self)
        self.buttons.setObjectName("joinButtons")
        self.join_button = self.buttons.addButton(
            self.tr("&Join"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.join_button.setObjectName("joinAccept")
        self.join_button.setAccessibleName(self.tr("Join the organisation"))
        self.cancel_button = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.setObjectName("joinCancel")
        self.cancel_button.setAccessibleName(self.tr("Cancel joining"))
        self.buttons.accepted.connect(self.join)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update()

    def clear(self) -> None:
        """Forget what the dialog shows (on lock)."""
        self.operations.drop()
        self.profile = None
        self._profile_path = None
        for edit in (self.profile_edit, self.fingerprint_edit):
            edit.clear()
        self.organisation_label.clear()
        self.message.clear()

    def _ask_profile_path(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the organisation profile"),
            "",
            self.tr("Organisation profiles (*.fporg);;All files (*)"),
        )
        return path or None

    def _update(self) -> None:
        ready = (
            self.profile is not None
            and bool(normalise_fingerprint(self.fingerprint_edit.text()))
            and not self._busy()
        )
        self.join_button.setEnabled(ready)
        self.choose_button.setEnabled(not self._busy())

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        if error:
            _error_palette(self.message)
        else:
            self.message.setPalette(self.palette())

    def choose_profile(self) -> None:
        chosen = self.ask_profile_path()
        if not chosen:
            return
        path = Path(chosen)
        self.profile = None
        self._profile_path = path
        self.profile_edit.setText(str(path))
        self.organisation_label.clear()
        self._say(self.tr("Reading the profile…"))

        def work(_control: Any) -> OrgProfile:
            return read_profile(path)

        def done(profile: OrgProfile) -> None:
            if self._profile_path != path:
                return
            self.profile = profile
            self.organisation_label.setText(
                self.tr("{name} (profile made {time})").format(
                    name=profile.name, time=format_time(profile.created_at)
                )
            )
            self._say(self.tr("Now type the fingerprint HQ reads to you."))
            self._update()
            self.fingerprint_edit.setFocus()

        def failed(message: str, exc: BaseException) -> None:
            self._say(
                self.tr("This file cannot be used: {reason}").format(
                    reason=failure_text(message, exc)
                ),
                error=True,
            )
            self._update()

        self.task = self.operations.run("profile", work, done, failed)
        self._update()

    def join(self) -> None:
        profile, path = self.profile, self._profile_path
        if profile is None or path is None or self._busy():
            return
        typed = self.fingerprint_edit.text()
        escrow = self.escrow_check.isChecked()
        vault = self.vault

        def work(_control: TaskControl) -> tuple[OrgProfile, str]:
            joined = join_organisation(vault, path, typed)
            if escrow:
                from fieldpartner.sync.escrow import escrow_to_hq

                escrow_to_hq(vault)
            return joined, ensure_device_identity(vault).fingerprint

        def done(result: tuple[OrgProfile, str]) -> None:
            self.joined, self.own_fingerprint = result
            self.accept()

        def failed(message: str, exc: BaseException) -> None:
            if isinstance(exc, TrustRefused) and normalise_fingerprint(typed) != (
                profile.hq.fingerprint
            ):
                # sync's message names the right fingerprint: not shown, so that nobody
                # copies it from the screen instead of checking with HQ.
                text = self.tr(
                    "This is not the fingerprint in the profile. Do not join: call HQ again "
                    "and check it. If HQ reads the same fingerprint, the profile file may "
                    "have been replaced; ask HQ for a new copy."
                )
            else:
                text = self.tr("Not joined: {reason}").format(reason=failure_text(message, exc))
            self._say(text, error=True)
            self._update()

        self._say(self.tr("Joining…"))
        self.task = self.operations.queue_write(
            "join",
            vault,
            work,
            done,
            failed,
            progress_label=self.tr("Joining the organisation…"),
            parent=self,
        )
        self._update()


class CreateOrganisationDialog(_OrganisationDialog):
    """Make this vault the HQ of a new organisation: the profile file to hand out and HQ's
    identity backup to keep offline, then HQ's fingerprint to read to field officers."""

    def __init__(
        self,
        vault: Vault,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(vault, parent, "createOrganisationDialog", (600, 460))
        self.setWindowTitle(self.tr("Set up this vault as HQ"))
        self.created: OrgProfile | None = None
        self.ask_profile_save_path: Callable[[str], str | None] = self._ask_profile_save_path
        self.ask_backup_save_path: Callable[[str], str | None] = self._ask_backup_save_path

        layout = QVBoxLayout(self)
        self.form_widget = QWidget(self)
        form = QFormLayout(self.form_widget)
        form.setContentsMargins(0, 0, 0, 0)
        self.name_edit = QLineEdit(self.form_widget)
        self.name_edit.setObjectName("createOrgName")
        self.name_edit.setAccessibleName(self.tr("Organisation name"))
        self.name_edit.textChanged.connect(self._update)
        name_label = QLabel(self.tr("Organisation &name:"), self.form_widget)
        name_label.setBuddy(self.name_edit)
        form.addRow(name_label, self.name_edit)

        self.profile_edit = QLineEdit(self.form_widget)
        self.profile_edit.setObjectName("createProfilePath")
        self.profile_edit.setAccessibleName(self.tr("Where to save the profile file"))
        self.profile_button = _button(
            self.form_widget,
            self.tr("Choose…"),
            "createChooseProfile",
            self.tr("Choose where to save the profile file"),
        )
        self.profile_button.clicked.connect(self.choose_profile)
        form.addRow(
            self.tr("Profile file:"), _path_row(self, self.profile_edit, self.profile_button)
        )
        form.addRow(
            "",
            _plain_label(
                self.form_widget,
                "createProfileNote",
                self.tr(
                    "Hand this file to every field officer (it holds no secret). They join "
                    "with it and with HQ's fingerprint, which you read to them by phone."
                ),
            ),
        )
        self.backup_edit = QLineEdit(self.form_widget)
        self.backup_edit.setObjectName("createBackupPath")
        self.backup_edit.setAccessibleName(self.tr("Where to save HQ's identity backup"))
        self.backup_button = _button(
            self.form_widget,
            self.tr("Choose…"),
            "createChooseBackup",
            self.tr("Choose where to save HQ's identity backup"),
        )
        self.backup_button.clicked.connect(self.choose_backup)
        form.addRow(
            self.tr("Identity backup:"), _path_row(self, self.backup_edit, self.backup_button)
        )
        warning = _plain_label(
            self.form_widget,
            "createBackupWarning",
            self.tr(
                "The identity backup is HQ's secret key: with it anyone can read every bundle "
                "sent to HQ, and without it HQ cannot open them if this vault is lost. Save it "
                "on a removable medium, keep that offline and locked away, and delete any "
                "other copy."
            ),
        )
        _error_palette(warning)
        form.addRow("", warning)
        self.understood = QCheckBox(
            self.tr("I will keep the identity backup offline and safe"), self.form_widget
        )
        self.understood.setObjectName("createBackupUnderstood")
        self.understood.setAccessibleName(self.tr("I will keep the identity backup offline"))
        self.understood.toggled.connect(self._update)
        form.addRow("", self.understood)
        layout.addWidget(self.form_widget)

        self.message = _plain_label(self, "createMessage")
        layout.addWidget(self.message)
        self.fingerprint_label = _plain_label(self, "createFingerprint")
        self.fingerprint_label.setFont(fingerprint_font())
        self.fingerprint_label.setAccessibleName(self.tr("HQ's fingerprint"))
        self.fingerprint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fingerprint_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.fingerprint_label.hide()
        layout.addWidget(self.fingerprint_label)
        layout.addStretch(1)

        self.buttons = QDialogButtonBox(self)
        self.buttons.setObjectName("createButtons")
        self.create_button = self.buttons.addButton(
            self.tr("&Create the organisation"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.create_button.setObjectName("createAccept")
        self.create_button.setAccessibleName(self.tr("Create the organisation"))
        self.create_button.clicked.connect(self.submit)
        self.cancel_button = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.setObjectName("createCancel")
        self.cancel_button.setAccessibleName(self.tr("Cancel setting up HQ"))
        self.close_button = self.buttons.addButton(
            self.tr("Done"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button.setObjectName("createDone")
        self.close_button.setAccessibleName(self.tr("Close: the organisation is set up"))
        self.close_button.hide()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update()

    def clear(self) -> None:
        """Forget what the dialog shows (on lock)."""
        self.operations.drop()
        for edit in (self.name_edit, self.profile_edit, self.backup_edit):
            edit.clear()
        self.message.clear()
        self.fingerprint_label.clear()

    def _ask_profile_save_path(self, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the organisation profile"),
            suggested,
            self.tr("Organisation profiles (*.fporg)"),
        )
        return path or None

    def _ask_backup_save_path(self, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save HQ's identity backup (keep it offline)"),
            suggested,
            self.tr("Identity backups (*.txt)"),
        )
        return path or None

    def _slug(self) -> str:
        return file_slug(self.name_edit.text(), "organisation")

    def choose_profile(self) -> None:
        chosen = self.ask_profile_save_path(self._slug() + PROFILE_SUFFIX)
        if chosen:
            self.profile_edit.setText(str(_with_suffix(chosen, PROFILE_SUFFIX)))
            self._update()

    def choose_backup(self) -> None:
        chosen = self.ask_backup_save_path(self._slug() + "-hq-identity" + BACKUP_SUFFIX)
        if chosen:
            self.backup_edit.setText(str(_with_suffix(chosen, BACKUP_SUFFIX)))
            self._update()

    def _problem(self) -> str:
        profile, backup = self.profile_edit.text(), self.backup_edit.text()
        if profile and backup and Path(profile).resolve() == Path(backup).resolve():
            return self.tr("The profile and the identity backup must be two different files.")
        return ""

    def _update(self) -> None:
        busy = self._busy()
        problem = self._problem()
        if problem:
            self.message.setText(problem)
        ready = (
            self.created is None
            and not busy
            and not problem
            and bool(self.name_edit.text().strip())
            and bool(self.profile_edit.text())
            and bool(self.backup_edit.text())
            and self.understood.isChecked()
        )
        self.create_button.setEnabled(ready)

    def submit(self) -> None:
        if not self.create_button.isEnabled():
            return
        vault = self.vault
        name = self.name_edit.text().strip()
        profile_path = Path(self.profile_edit.text())
        backup_path = Path(self.backup_edit.text())

        def work(_control: TaskControl) -> OrgProfile:
            return create_organisation(vault, name, profile_path, backup_path)

        def done(profile: OrgProfile) -> None:
            self.created = profile
            self.form_widget.setEnabled(False)
            self.message.setText(
                self.tr(
                    "{name} is set up and this vault is its HQ. The profile is saved as {profile}; "
                    "move the identity backup {backup} offline now.\n\nHQ's fingerprint, to read "
                    "to each field officer when they join:"
                ).format(name=profile.name, profile=profile_path.name, backup=backup_path.name)
            )
            self.fingerprint_label.setText(profile.hq.fingerprint)
            self.fingerprint_label.show()
            self.create_button.hide()
            self.cancel_button.hide()
            self.close_button.show()
            self.close_button.setDefault(True)
            self._update()

        def failed(message: str, exc: BaseException) -> None:
            self.message.setText(
                self.tr("Not set up: {reason}").format(reason=failure_text(message, exc))
            )
            self._update()

        self.message.setText(self.tr("Setting up…"))
        self.task = self.operations.queue_write(
            "create",
            vault,
            work,
            done,
            failed,
            progress_label=self.tr("Setting up the organisation…"),
            parent=self,
        )
        self._update()
