"""Send and receive: export a bundle (to HQ from the field, to a chosen device from HQ) and
import many bundles at once.

Export: the summary of what goes (``sync.plan_export``) → a folder (e.g. a USB stick) →
the bundle written in the background under a name that never overwrites a file.
Import: the files → every one previewed in the background → HQ confirms each unknown
device by its fingerprint → the preview of every bundle → each applied, whole or not at
all → what happened to each file. File choices go through replaceable hooks
(``ask_export_folder``, ``ask_bundle_files``) so tests can answer them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldpartner.domain.staff import Action as StaffAction
from fieldpartner.sync import ExportResult, export_bundle, list_devices, plan_export
from fieldpartner.sync.file_names import free_bundle_path
from fieldpartner.ui.operations import OwnedReads
from fieldpartner.ui.roles import EVERYTHING
from fieldpartner.ui.sync.batch import (
    BundleOutcome,
    BundlePreview,
    apply_batch,
    preview_batch,
    unknown_devices,
)
from fieldpartner.ui.sync.bundle_dialogs import (
    DeviceConfirmDialog,
    ExportSummaryDialog,
    ImportPreviewDialog,
    count_text,
)
from fieldpartner.ui.sync.labels import (
    failure_text,
    kind_label,
    peer_name,
    sequence_text,
    short_device,
    sync_progress,
)
from fieldpartner.ui.worker import BackgroundTask, TaskControl
from fieldpartner.vault import Vault


class ExchangePanel(QWidget):
    """The "Send and receive" tab of the Sync page."""

    status_message = Signal(str)
    # Bundles were imported or exported: the history, devices and conflicts are stale.
    changed = Signal()

    def __init__(
        self,
        vault: Vault,
        *,
        is_hq: bool,
        org_name: str,
        device_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("syncExchange")
        self.vault: Vault | None = vault
        self.is_hq = is_hq
        self.permissions = EVERYTHING  # what the person may do (the Sync page's)
        self._org_name = org_name
        self._device_id = device_id
        self.reads = OwnedReads(self)
        self.task: BackgroundTask | None = None
        self.dialog: QDialog | None = None
        self._previews: list[BundlePreview] = []
        self._to_confirm: list[tuple[str, str, list[str]]] = []
        self._last_folder = ""
        # Hooks for the file choices (replaced by tests).
        self.ask_export_folder: Callable[[], str | None] = self._ask_export_folder
        self.ask_bundle_files: Callable[[], list[str]] = self._ask_bundle_files

        layout = QVBoxLayout(self)
        layout.addWidget(self._build_export())
        layout.addWidget(self._build_import(), 1)

    # --- building ---------------------------------------------------------------------------

    def _build_export(self) -> QGroupBox:
        box = QGroupBox(self.tr("Send"), self)
        box.setObjectName("syncSendGroup")
        inner = QVBoxLayout(box)
        explanation = QLabel(box)
        explanation.setObjectName("syncSendExplanation")
        explanation.setWordWrap(True)
        row = QHBoxLayout()
        self.device_combo = QComboBox(box)
        self.device_combo.setObjectName("syncExportDevice")
        self.device_combo.setAccessibleName(self.tr("Device to send the bundle to"))
        self.device_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.full_check = QCheckBox(self.tr("&Full export (everything, not only changes)"), box)
        self.full_check.setObjectName("syncFullExport")
        self.full_check.setAccessibleName(self.tr("Full export: everything, not only changes"))
        self.export_button = QPushButton(box)
        self.export_button.setObjectName("syncExportButton")
        self.export_button.clicked.connect(self.start_export)
        if self.is_hq:
            explanation.setText(
                self.tr(
                    "Send a device the templates, the partners assigned to it and what "
                    "changed at HQ. Only that device (and this vault) can open the bundle."
                )
            )
            device_label = QLabel(self.tr("&Device:"), box)
            device_label.setBuddy(self.device_combo)
            row.addWidget(device_label)
            row.addWidget(self.device_combo, 1)
            self.export_button.setText(self.tr("&Export for the device…"))
            self.export_button.setAccessibleName(self.tr("Export a bundle for the chosen device"))
        else:
            explanation.setText(
                self.tr(
                    "Send HQ everything you changed since your last bundle. Only HQ (and "
                    "this vault) can open it; carry it on a USB stick or send it as an "
                    "attachment."
                )
            )
            self.device_combo.hide()
            self.export_button.setText(self.tr("&Send to HQ…"))
            self.export_button.setAccessibleName(self.tr("Export a bundle for HQ"))
        row.addWidget(self.full_check)
        row.addStretch(1)
        row.addWidget(self.export_button)
        inner.addWidget(explanation)
        inner.addLayout(row)
        self.export_result = QLabel(box)
        self.export_result.setObjectName("syncExportResult")
        self.export_result.setWordWrap(True)
        self.export_result.setTextFormat(Qt.TextFormat.PlainText)
        self.export_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        inner.addWidget(self.export_result)
        return box

    def _build_import(self) -> QGroupBox:
        box = QGroupBox(self.tr("Receive"), self)
        box.setObjectName("syncReceiveGroup")
        inner = QVBoxLayout(box)
        explanation = QLabel(box)
        explanation.setObjectName("syncReceiveExplanation")
        explanation.setWordWrap(True)
        explanation.setText(
            self.tr(
                "Import bundles from the field devices. Choose as many files as you have; "
                "you see what each will change before anything is applied."
            )
            if self.is_hq
            else self.tr(
                "Import the bundles HQ sent you. You see what each will change before "
                "anything is applied."
            )
        )
        row = QHBoxLayout()
        self.import_button = QPushButton(self.tr("&Import bundles…"), box)
        self.import_button.setObjectName("syncImportButton")
        self.import_button.setAccessibleName(self.tr("Choose bundle files to import"))
        self.import_button.clicked.connect(self.start_import)
        row.addWidget(explanation, 1)
        row.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignTop)
        inner.addLayout(row)
        self.import_result = QLabel(box)
        self.import_result.setObjectName("syncImportResult")
        self.import_result.setWordWrap(True)
        self.import_result.setTextFormat(Qt.TextFormat.PlainText)
        inner.addWidget(self.import_result)
        self.results = QTreeWidget(box)
        self.results.setObjectName("syncImportResults")
        self.results.setAccessibleName(self.tr("What happened to each imported bundle"))
        self.results.setHeaderLabels([self.tr("Bundle"), self.tr("Result")])
        self.results.setColumnWidth(0, 300)
        inner.addWidget(self.results, 1)
        return box

    # --- loading ----------------------------------------------------------------------------

    def reload(self) -> None:
        """HQ: re-read the devices a bundle can be sent to (active ones only)."""
        vault = self.vault
        if not self.is_hq:
            self._update_buttons()
            return
        if vault is None or vault.is_locked:
            return

        def work(_control: Any) -> list[tuple[str, str]]:
            return [
                (d.device_id, d.fingerprint) for d in list_devices(vault) if d.status == "active"
            ]

        def done(devices: list[tuple[str, str]]) -> None:
            chosen = self.device_combo.currentData()
            self.device_combo.clear()
            for device_id, fingerprint in devices:
                self.device_combo.addItem(
                    self.tr("Device {id} \u00b7 {fingerprint}").format(
                        id=short_device(device_id), fingerprint=fingerprint
                    ),
                    device_id,
                )
            if chosen is not None and self.device_combo.findData(chosen) >= 0:
                self.device_combo.setCurrentIndex(self.device_combo.findData(chosen))
            self._update_buttons()
            no_device = self.tr(
                "No device is enrolled yet: a device is enrolled when you import its first "
                "bundle and confirm its fingerprint."
            )
            if not devices:
                self.export_result.setText(no_device)
            elif self.export_result.text() == no_device:
                self.export_result.clear()

        self.reads.run("devices", work, done, self._failed)

    def _busy(self) -> bool:
        return (self.task is not None and self.task.is_running) or self.dialog is not None

    def _update_buttons(self) -> None:
        busy = self._busy()
        has_recipient = not self.is_hq or self.device_combo.count() > 0
        self.export_button.setEnabled(not busy and has_recipient)
        self.import_button.setEnabled(not busy)
        self.device_combo.setEnabled(not busy and self.device_combo.count() > 0)
        self.full_check.setEnabled(not busy)

    def _failed(self, message: str, exc: BaseException) -> None:
        self.status_message.emit(failure_text(message, exc))

    def _open(
        self,
        dialog: QDialog,
        on_accept: Callable[[], None],
        on_reject: Callable[[], None] | None = None,
    ) -> None:
        """Show one question at a time (window-modal, not blocking) and go on from its answer."""
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def finished(result: int) -> None:
            if self.dialog is not dialog:
                return  # forgotten (a lock closed it)
            self.dialog = None
            if result == QDialog.DialogCode.Accepted:
                on_accept()
            elif on_reject is not None:
                on_reject()
            self._update_buttons()

        dialog.finished.connect(finished)
        self._update_buttons()
        dialog.open()

    # --- export -----------------------------------------------------------------------------

    def recipient(self) -> str:
        if not self.is_hq:
            return "hq"
        return str(self.device_combo.currentData() or "")

    def start_export(self) -> None:
        vault = self.vault
        to = self.recipient()
        if vault is None or self._busy() or not to:
            return
        full = self.full_check.isChecked()
        self.export_result.setText(self.tr("Looking at what to send…"))

        def work(_control: Any) -> Any:
            return plan_export(vault, to=to, full=full)

        def done(summary: Any) -> None:
            self.export_result.clear()
            who = peer_name(summary.recipient, summary.recipient_role)
            dialog = ExportSummaryDialog(summary, who, self)
            self._open(dialog, lambda: self._choose_folder(to, full, who))

        self.task = self.reads.run("export", work, done, self._export_failed)
        self._update_buttons()

    def _ask_export_folder(self) -> str | None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose where to save the bundle (e.g. a USB stick)"), self._last_folder
        )
        return folder or None

    def _choose_folder(self, to: str, full: bool, who: str) -> None:
        folder = self.ask_export_folder()
        if not folder:
            self.export_result.setText(self.tr("Not sent: no folder chosen."))
            return
        self._last_folder = folder
        self._write_bundle(Path(folder), to, full, who)

    def _write_bundle(self, folder: Path, to: str, full: bool, who: str) -> None:
        vault = self.vault
        if vault is None:
            return
        day = vault.clock.now().date()
        missing = self.tr("The folder is not there (was the stick removed?)")

        def work(control: TaskControl) -> ExportResult:
            if not folder.is_dir():
                raise OSError(2, missing, str(folder))
            path = free_bundle_path(folder, day)
            return export_bundle(vault, path, to=to, full=full, progress=sync_progress(control))

        def done(result: ExportResult) -> None:
            records = sum(result.records.values())
            text = self.tr("Saved {file} for {who}: ").format(file=str(result.path), who=who)
            text += self.tr("%Ln record(s), ", "", records)
            text += self.tr("%Ln attachment(s).", "", result.attachments)
            self.export_result.setText(text)
            self.status_message.emit(self.tr("Bundle saved: {file}").format(file=result.path.name))
            self._update_buttons()
            self.changed.emit()

        # Writing a bundle records what was sent: a write, queued like every other.
        self.task = self.reads.queue_write(
            "export",
            vault,
            work,
            done,
            self._export_failed,
            progress_label=self.tr("Writing the bundle…"),
            cancellable=True,
            long=True,
            parent=self,
        )
        self._update_buttons()

    def _export_failed(self, message: str, exc: BaseException) -> None:
        self.export_result.setText(
            self.tr("Not sent: {reason}").format(reason=failure_text(message, exc))
        )
        self._update_buttons()

    # --- import -----------------------------------------------------------------------------

    def _ask_bundle_files(self) -> list[str]:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose the bundles to import"),
            self._last_folder,
            self.tr("FieldPartner bundles (*.fpbundle);;All files (*)"),
        )
        return list(files)

    def start_import(self) -> None:
        vault = self.vault
        if vault is None or self._busy():
            return
        paths = [Path(p) for p in self.ask_bundle_files() if p]
        if not paths:
            return
        self._last_folder = str(paths[0].parent)
        is_hq = self.is_hq
        self.results.clear()
        self.import_result.setText(self.tr("Checking the bundles…"))

        def work(control: TaskControl) -> list[BundlePreview]:
            return preview_batch(vault, paths, is_hq=is_hq, control=control)

        def done(previews: list[BundlePreview]) -> None:
            self.import_result.clear()
            self._previews = previews
            self._to_confirm = unknown_devices(previews)
            self._confirm_next_device()

        self.task = self.reads.run(
            "import",
            work,
            done,
            self._import_failed,
            progress_label=self.tr("Checking the bundles…"),
            parent=self,
        )
        self._update_buttons()

    def _confirm_next_device(self) -> None:
        """HQ: ask about each unknown device, one at a time, then show the preview."""
        if not self._to_confirm:
            self._show_preview()
            return
        device_id, fingerprint, files = self._to_confirm.pop(0)
        dialog = DeviceConfirmDialog(device_id, fingerprint, files, self)
        # Enrolling a device is an administrator's: others may only leave its bundle out.
        self.permissions.gate(dialog.enrol_button, StaffAction.MANAGE_DEVICES)

        def declined() -> None:
            for preview in self._previews:
                if preview.sender_id == device_id and preview.fingerprint == fingerprint:
                    preview.declined = True
            self._confirm_next_device()

        self._open(dialog, self._confirm_next_device, declined)

    def _show_preview(self) -> None:
        dialog = ImportPreviewDialog(self._previews, self)
        self._open(dialog, self._apply, self._import_cancelled)

    def _import_cancelled(self) -> None:
        self._previews = []
        self.import_result.setText(self.tr("Nothing imported."))

    def _apply(self) -> None:
        vault = self.vault
        previews, self._previews = self._previews, []
        if vault is None:
            return
        self.import_result.setText(self.tr("Importing…"))

        def work(control: TaskControl) -> list[BundleOutcome]:
            return apply_batch(vault, previews, control=control)

        # The import holds the vault's writer: changes made meanwhile land after it.
        self.task = self.reads.queue_write(
            "import",
            vault,
            work,
            self._show_outcomes,
            self._import_failed,
            progress_label=self.tr("Importing the bundles…"),
            cancellable=True,
            long=True,
            parent=self,
        )
        self._update_buttons()

    def _show_outcomes(self, outcomes: list[BundleOutcome]) -> None:
        self.results.clear()
        applied = sum(1 for o in outcomes if o.status == "applied")
        already = sum(1 for o in outcomes if o.status == "already")
        not_imported = len(outcomes) - applied - already
        for outcome in outcomes:
            self.results.addTopLevelItem(self._outcome_item(outcome))
        self.results.expandAll()
        text = (
            self.tr("%Ln bundle(s) imported", "", applied)
            + ", "
            + self.tr("%Ln already imported", "", already)
            + ", "
            + self.tr("%Ln not imported", "", not_imported)
            + "."
        )
        self.import_result.setText(text)
        self.status_message.emit(text)
        self._update_buttons()
        if applied:
            self.changed.emit()

    def _outcome_item(self, outcome: BundleOutcome) -> QTreeWidgetItem:
        status = {
            "applied": self.tr("Imported"),
            "already": self.tr("Already imported; nothing changed"),
            "skipped": self.tr("Not imported"),
            "refused": self.tr("Refused; nothing changed"),
            "cancelled": self.tr("Cancelled; nothing changed"),
        }.get(outcome.status, outcome.status)
        item = QTreeWidgetItem([outcome.path.name, status])

        def add(name: str, value: str) -> None:
            child = QTreeWidgetItem([name, value])
            child.setToolTip(1, value)
            item.addChild(child)

        if outcome.message and outcome.status != "already":
            add(self.tr("Why"), outcome.message)
        if outcome.status == "applied":
            add(self.tr("From"), peer_name(outcome.sender_id, outcome.sender_role))
            if outcome.enrolled:
                add(
                    self.tr("Enrolled"),
                    self.tr("the new device with fingerprint {fingerprint}").format(
                        fingerprint=outcome.enrolled
                    ),
                )
            for kind, actions in outcome.counts.items():
                add(kind_label(kind), count_text(actions))
            if outcome.conflicts:
                add(
                    self.tr("Conflicts"),
                    self.tr("%Ln to resolve on the Conflicts tab", "", outcome.conflicts),
                )
            for first, last in outcome.gaps:
                add(
                    self.tr("Missing"),
                    self.tr(
                        "changes {range} of this sender never arrived: ask for the missing "
                        "bundle or a full export"
                    ).format(range=sequence_text(first - 1, last)),
                )
        return item

    def _import_failed(self, message: str, exc: BaseException) -> None:
        self._previews = []
        self.import_result.setText(
            self.tr("Nothing imported: {reason}").format(reason=failure_text(message, exc))
        )
        self._update_buttons()

    # --- lock -------------------------------------------------------------------------------

    def forget(self) -> None:
        self.reads.drop()
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            clear = getattr(dialog, "clear", None)
            if clear is not None:
                clear()
            dialog.close()
        self._previews = []
        self._to_confirm = []
        self.results.clear()
        self.import_result.clear()
        self.export_result.clear()
        self.device_combo.clear()
        self.full_check.setChecked(False)
        self.reads.forget()
        self._update_buttons()
