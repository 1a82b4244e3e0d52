"""HQ: the field devices this vault enrolled, what arrived from each, revoking a lost or
seized laptop, and assigning partners to a device.

Everything is read through ``sync.org.list_devices`` in the background; revoking and
assigning go through ``sync.org`` (``revoke_device``, ``assign_partner``) in the
background too, and the list is read again afterwards.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldpartner.sync.org import (
    EnrolledDevice,
    assign_partner,
    list_devices,
    organisation,
    revoke_device,
    unassign_partner,
)
from fieldpartner.ui.common.carry_over import opens_dialog
from fieldpartner.ui.common.colours import done_colour, overdue_colour
from fieldpartner.ui.operations import OwnedReads
from fieldpartner.ui.roles import as_button
from fieldpartner.ui.sync.assign_dialog import AssignPartnersDialog
from fieldpartner.ui.sync.labels import failure_text, format_time, short_device
from fieldpartner.ui.tables import HeadedTableModel, record_table
from fieldpartner.ui.worker import BackgroundTask, TaskControl
from fieldpartner.vault import Vault

AnyIndex = QModelIndex | QPersistentModelIndex


# --- shared formatting (the conflicts panel uses these too) -------------------------------


def fixed_font() -> QFont:
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)


# --- the table --------------------------------------------------------------------------


class DeviceTableModel(HeadedTableModel):
    """Enrolled devices, one per row, with what arrived from each (last bundle, the
    sequence received through, and the changes that never arrived)."""

    COLUMNS = (
        "device",
        "fingerprint",
        "status",
        "enrolled",
        "revoked",
        "partners",
        "last_bundle",
        "sequence",
        "gaps",
    )
    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._devices: list[EnrolledDevice] = []
        self._headers = [
            self.tr("Device"),
            self.tr("Fingerprint"),
            self.tr("Status"),
            self.tr("Enrolled"),
            self.tr("Revoked"),
            self.tr("Partners"),
            self.tr("Last bundle"),
            self.tr("Received through"),
            self.tr("Missing changes"),
        ]

    def set_devices(self, devices: Sequence[EnrolledDevice]) -> None:
        self.beginResetModel()
        self._devices = list(devices)
        self.endResetModel()

    def clear(self) -> None:
        self.set_devices([])

    def device_at(self, row: int) -> EnrolledDevice | None:
        return self._devices[row] if 0 <= row < len(self._devices) else None

    def row_of(self, device_id: str) -> int:
        for row, device in enumerate(self._devices):
            if device.device_id == device_id:
                return row
        return -1

    def headers(self) -> list[str]:
        return self._headers

    def shown_rows(self) -> int:
        return len(self._devices)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        device = self.device_at(index.row()) if index.isValid() else None
        if device is None:
            return None
        if role == self.ID_ROLE:
            return device.device_id
        name = self.COLUMNS[index.column()]
        gaps = device.gaps
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(device, name, gaps)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(device, name, gaps)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._text(device, name, gaps)
        if role == Qt.ItemDataRole.FontRole:
            if name == "fingerprint":
                return fixed_font()
            if name == "gaps" and gaps:
                font = QFont()
                font.setBold(True)
                return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if (name == "gaps" and gaps) or (name == "status" and device.status != "active"):
                return QBrush(overdue_colour())
            if name == "status":
                return QBrush(done_colour())
        return None

    def _text(self, device: EnrolledDevice, name: str, gaps: list[tuple[int, int]]) -> str:
        if name == "device":
            return short_device(device.device_id)
        if name == "fingerprint":
            return device.fingerprint
        if name == "status":
            return self.tr("Active") if device.status == "active" else self.tr("Revoked")
        if name == "enrolled":
            return format_time(device.enrolled_at)
        if name == "revoked":
            return format_time(device.revoked_at)
        if name == "partners":
            return QLocale().toString(len(device.assigned_partners))
        if name == "last_bundle":
            return format_time(device.last_bundle_at)
        if name == "sequence":
            sequence = device.last_sequence
            return QLocale().toString(sequence) if sequence else ""
        if name == "gaps":
            return self.gaps_text(gaps)
        return ""

    def gaps_text(self, gaps: Sequence[tuple[int, int]]) -> str:
        if not gaps:
            return ""
        locale = QLocale()
        spans = [
            locale.toString(first)
            if first == last
            else self.tr("{first}\u2013{last}").format(
                first=locale.toString(first), last=locale.toString(last)
            )
            for first, last in gaps
        ]
        return self.tr("missing {changes}").format(changes=", ".join(spans))

    def _tooltip(self, device: EnrolledDevice, name: str, gaps: list[tuple[int, int]]) -> str:
        if name == "device":
            return device.device_id
        if name == "gaps" and gaps:
            return self.tr(
                "Changes {changes} from this device never arrived. Ask its user to export "
                "a full bundle."
            ).format(changes=self.gaps_text(gaps))
        if name == "sequence" and device.bundles_received:
            return self.tr("%Ln bundle(s) received", "", device.bundles_received)
        if name == "fingerprint":
            return self.tr("Read it aloud with the device's user to check it is theirs.")
        return self._text(device, name, gaps)


# --- revoking ---------------------------------------------------------------------------


class RevokeDeviceDialog(QDialog):
    """Says what revoking does and asks for the device's short id before it is done."""

    def __init__(self, device: EnrolledDevice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.short_id = short_device(device.device_id)
        self.setObjectName("revokeDeviceDialog")
        self.setWindowTitle(self.tr("Revoke device {device}?").format(device=self.short_id))
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        explanation = QLabel(
            self.tr(
                "Revoke a device that is lost, seized or no longer used. From now on every "
                "bundle from it is refused, including changes made on it that have not "
                "reached HQ yet, and HQ sends it nothing more. The device itself is not "
                "wiped. This cannot be undone here."
            ),
            self,
        )
        explanation.setObjectName("revokeExplanation")
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        fingerprint = QLabel(
            self.tr("Fingerprint: {fingerprint}").format(fingerprint=device.fingerprint), self
        )
        fingerprint.setObjectName("revokeFingerprint")
        fingerprint.setTextFormat(Qt.TextFormat.PlainText)
        fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(fingerprint)
        prompt = QLabel(
            self.tr("Type the device's short id, {device}, to confirm:").format(
                device=self.short_id
            ),
            self,
        )
        prompt.setObjectName("revokePrompt")
        prompt.setWordWrap(True)
        layout.addWidget(prompt)
        self.confirm_id = QLineEdit(self)
        self.confirm_id.setObjectName("revokeConfirmId")
        self.confirm_id.setAccessibleName(self.tr("The device's short id, to confirm"))
        self.confirm_id.setPlaceholderText(self.short_id)
        self.confirm_id.setFont(fixed_font())
        prompt.setBuddy(self.confirm_id)
        layout.addWidget(self.confirm_id)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.setObjectName("revokeButtons")
        self.revoke_button = self.buttons.addButton(
            self.tr("&Revoke device"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.revoke_button.setObjectName("revokeConfirm")
        self.revoke_button.setAccessibleName(self.tr("Revoke the device"))
        self.revoke_button.setEnabled(False)
        self.revoke_button.clicked.connect(self.accept)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("revokeCancel")
        cancel.setAccessibleName(self.tr("Keep the device"))
        cancel.setDefault(True)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.confirm_id.textChanged.connect(self._check)

    def confirmed(self) -> bool:
        return self.confirm_id.text().strip().lower() == self.short_id.lower()

    def _check(self) -> None:
        self.revoke_button.setEnabled(self.confirmed())

    def accept(self) -> None:
        if self.confirmed():
            super().accept()


# --- the panel --------------------------------------------------------------------------


class DevicesPanel(QWidget):
    """HQ's enrolled devices: what arrived from each, revoke, assign partners."""

    status_message = Signal(str)
    # The list has been read (or reading failed); tests and the sync page wait for it.
    reloaded = Signal()

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("devicesPanel")
        self.vault: Vault | None = vault
        self.model = DeviceTableModel(self)
        self.dialog: QDialog | None = None
        self.reads = OwnedReads(self)
        self._loading = False
        self._is_hq = True
        self._writing: BackgroundTask | None = None
        layout = QVBoxLayout(self)

        self.hint = QLabel(self)
        self.hint.setObjectName("devicesHint")
        self.hint.setWordWrap(True)
        self.hint.hide()
        layout.addWidget(self.hint)

        self.table = record_table(
            self,
            "devicesTable",
            self.tr("Enrolled devices"),
            self.model,
            (90, 230, 80, 140, 140, 70, 140, 110),
        )
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        layout.addWidget(self.table, 1)

        self.feedback = QLabel(self)
        self.feedback.setObjectName("devicesFeedback")
        self.feedback.setWordWrap(True)
        self.feedback.setTextFormat(Qt.TextFormat.PlainText)
        self.feedback.hide()
        layout.addWidget(self.feedback)

        buttons = QHBoxLayout()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("devicesCount")
        buttons.addWidget(self.count_label, 1)
        self.refresh_button = self._button(
            "devicesRefresh", self.tr("Re&fresh"), self.tr("Read the device list again")
        )
        self.refresh_button.clicked.connect(self.reload)
        self.assign_button = self._button(
            "devicesAssign",
            self.tr("&Assign partners…"),
            self.tr("Assign partners to the selected device"),
        )
        self.assign_button.clicked.connect(self.assign_selected)
        # A double-click assigns as the button does (not for a role that may not).
        self.table.doubleClicked.connect(as_button(self.assign_button, self.assign_selected))
        self.revoke_button = self._button(
            "devicesRevoke", self.tr("&Revoke…"), self.tr("Revoke the selected device")
        )
        self.revoke_button.clicked.connect(self.revoke_selected)
        for button in (self.refresh_button, self.assign_button, self.revoke_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self._update_buttons()

    def _button(self, name: str, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        return button

    # --- reading ------------------------------------------------------------------------

    @property
    def is_loading(self) -> bool:
        return self._loading

    def reload(self) -> None:
        """Read the enrolled devices again (in the background), keeping the selection."""
        vault = self.vault
        if vault is None or vault.is_locked:
            return
        self._loading = True

        def work(_control: TaskControl) -> tuple[bool, list[EnrolledDevice]]:
            with vault.session() as session:
                org = organisation(session)
            return (org is not None and org.is_hq), list_devices(vault)

        self.reads.run("devices", work, lambda result: self._show(*result), self._read_failed)

    def _show(self, is_hq: bool, devices: list[EnrolledDevice]) -> None:
        if self.vault is None:
            return
        chosen = self.selected_id()
        self._loading = False
        self._is_hq = is_hq
        self.model.set_devices(devices)
        if not is_hq:
            self.hint.setText(
                self.tr(
                    "Only HQ's vault enrols field devices. This vault is not an "
                    "organisation's HQ, so it has no devices to show."
                )
            )
        elif not devices:
            self.hint.setText(
                self.tr(
                    "No device is enrolled yet. A device is enrolled when HQ imports its "
                    "first bundle and confirms its fingerprint."
                )
            )
        self.hint.setVisible(not is_hq or not devices)
        revoked = sum(1 for d in devices if d.status != "active")
        self.count_label.setText(
            self.tr("%Ln device(s)", "", len(devices))
            + (self.tr(", %Ln revoked", "", revoked) if revoked else "")
        )
        if chosen:
            self.select_device(chosen)
        self.reloaded.emit()

    def _read_failed(self, message: str, exc: BaseException) -> None:
        self._loading = False
        self._show_feedback(failure_text(message, exc))
        self.reloaded.emit()

    def _show_feedback(self, text: str) -> None:
        self.feedback.setText(text)
        self.feedback.setVisible(bool(text))

    # --- selection ----------------------------------------------------------------------

    def selected_id(self) -> str:
        rows = self.table.selectionModel().selectedRows()
        device = self.model.device_at(rows[0].row()) if rows else None
        return device.device_id if device is not None else ""

    def selected_device(self) -> EnrolledDevice | None:
        return self.model.device_at(self.model.row_of(self.selected_id()))

    def select_device(self, device_id: str) -> bool:
        row = self.model.row_of(device_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        return True

    def _update_buttons(self) -> None:
        device = self.selected_device()
        active = device is not None and device.status == "active" and self._is_hq
        busy = self.dialog is not None
        self.assign_button.setEnabled(active and not busy)
        self.revoke_button.setEnabled(active and not busy)

    # --- acting -------------------------------------------------------------------------

    def revoke_selected(self) -> None:
        self.ask_revoke(self.selected_id())

    def ready_for_dialogs(self) -> bool:
        """Whether the devices are read (its dialogs act on one; ``reloaded`` says when)."""
        return self.model.rowCount() > 0 and not self._loading

    @opens_dialog
    def ask_revoke(self, device_id: str) -> None:
        """Ask to confirm (``self.dialog``), then revoke the device."""
        device = self.model.device_at(self.model.row_of(device_id))
        if device is None or device.status != "active" or self.vault is None:
            return
        if self.dialog is not None:
            return
        dialog = RevokeDeviceDialog(device, self)
        dialog.accepted.connect(lambda: self._revoke(device))
        self._open(dialog)

    def _revoke(self, device: EnrolledDevice) -> None:
        short = short_device(device.device_id)
        self._write(
            lambda vault, _control: revoke_device(vault, device.device_id),
            lambda _result: self.tr(
                "Device {device} revoked: its bundles are refused from now on."
            ).format(device=short),
        )

    def assign_selected(self) -> None:
        self.ask_assign(self.selected_id())

    @opens_dialog
    def ask_assign(self, device_id: str) -> None:
        """Open the partner chooser (``self.dialog``) for the device."""
        device = self.model.device_at(self.model.row_of(device_id))
        vault = self.vault
        if device is None or device.status != "active" or vault is None or not self._is_hq:
            return
        if self.dialog is not None:
            return
        dialog = AssignPartnersDialog(
            vault, short_device(device.device_id), device.assigned_partners, self
        )
        dialog.accepted.connect(
            lambda: self._assign(device, dialog.added_ids(), dialog.removed_ids())
        )
        self._open(dialog)

    def _assign(
        self, device: EnrolledDevice, partner_ids: list[str], removed_ids: Sequence[str] = ()
    ) -> None:
        removed = list(removed_ids)
        if not partner_ids and not removed:
            return
        short = short_device(device.device_id)
        total = len(partner_ids) + len(removed)

        def work(vault: Vault, control: TaskControl) -> tuple[int, int]:
            for done, partner_id in enumerate(partner_ids):
                control.progress(done, total)
                assign_partner(vault, partner_id, device.device_id)
            for done, partner_id in enumerate(removed, start=len(partner_ids)):
                control.progress(done, total)
                unassign_partner(vault, partner_id, device.device_id)
            return len(partner_ids), len(removed)

        def message(counts: tuple[int, int]) -> str:
            added, taken_back = counts
            parts = []
            if added:
                parts.append(
                    self.tr(
                        "%Ln partner(s) assigned to device {device}; they go with HQ's next "
                        "bundle to it.",
                        "",
                        added,
                    ).format(device=short)
                )
            if taken_back:
                parts.append(
                    self.tr(
                        "%Ln partner(s) no longer sent to device {device}; it keeps the copies "
                        "it has.",
                        "",
                        taken_back,
                    ).format(device=short)
                )
            return " ".join(parts)

        self._write(
            work,
            message,
            progress_label=self.tr("Assigning partners…") if total > 20 else None,
        )

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(self._dialog_closed)
        self._update_buttons()
        dialog.open()

    def _dialog_closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
        self._update_buttons()

    def _write(
        self,
        change: Callable[[Vault, TaskControl], Any],
        done_message: Callable[[Any], str],
        progress_label: str | None = None,
    ) -> None:
        vault = self.vault
        if vault is None or vault.is_locked:
            return
        self._show_feedback("")

        def finished(result: Any) -> None:
            if self.vault is not None:
                self.status_message.emit(done_message(result))
                self.reload()

        def failed(message: str, exc: BaseException) -> None:
            if self.vault is not None:
                text = failure_text(message, exc)
                self._show_feedback(text)
                self.status_message.emit(text)
                self.reload()

        self._writing = self.reads.queue_write(
            "write",
            vault,
            lambda control: change(vault, control),
            finished,
            failed,
            progress_label=progress_label,
            cancellable=progress_label is not None,
            parent=self,
        )

    # --- lock ---------------------------------------------------------------------------

    def forget(self) -> None:
        """Empty every widget and model (on lock); waits for reads on their way."""
        self.reads.drop()  # assigning many partners stops at the next one; those done stay
        self._loading = False
        dialog = self.dialog
        if dialog is not None:
            dialog.reject()
            if isinstance(dialog, AssignPartnersDialog):
                dialog.reads.forget()
        self._writing = None
        self.table.clearSelection()
        self.model.clear()
        self.count_label.clear()
        self.hint.clear()
        self.hint.hide()
        self._show_feedback("")
        self.reads.forget()
