"""A partner's files: add by file dialog or drag and drop, preview inside the application
from memory (``ui/attachment_preview``), save a copy outside the vault after a warning.

Reading a chosen file and storing it in the vault run through the background helper.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QStandardPaths, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QSplitter,
    QTreeWidgetItem,
    QWidget,
)

from fieldpartner.domain.attachments import (
    add_attachment,
    attachments_of,
    delete_attachment,
    read_attachment,
)
from fieldpartner.domain.models import Attachment
from fieldpartner.domain.partners import get_partner
from fieldpartner.files import write_atomic
from fieldpartner.ui.attachment_preview import AttachmentPreview
from fieldpartner.ui.common.dates import format_moment
from fieldpartner.ui.common.photo_details import KeepPhotoDetails
from fieldpartner.ui.operations import change, writer_of
from fieldpartner.ui.partners.record_tabs import RecordListTab, make_button
from fieldpartner.ui.worker import BackgroundTask, TaskControl, describe_failure
from fieldpartner.vault import Vault

TYPE_ROLE = Qt.ItemDataRole.UserRole + 2


class AttachmentsTab(RecordListTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "attachments",
            self.tr("Files of this partner"),
            [self.tr("File"), self.tr("Type"), self.tr("Size"), self.tr("Added")],
            parent,
        )
        self.setAcceptDrops(True)
        self.tree.setAcceptDrops(False)
        self.tree.setToolTip(self.tr("Drop files here to add them to the vault"))
        # The list and the preview side by side (mirrored in right-to-left layouts).
        self.layout_.removeWidget(self.tree)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("attachmentsSplitter")
        splitter.addWidget(self.tree)
        self.preview = AttachmentPreview(splitter)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        self.layout_.insertWidget(0, splitter, 1)
        self.tree.currentItemChanged.connect(self._preview_current)

        buttons = QHBoxLayout()
        self.add_button = make_button(
            self, self.tr("&Add files…"), "addAttachment", self.tr("Add files")
        )
        self.save_button = make_button(
            self,
            self.tr("&Save a copy…"),
            "saveAttachmentCopy",
            self.tr("Save a copy outside the vault"),
        )
        self.delete_button = make_button(
            self, self.tr("&Delete…"), "deleteAttachment", self.tr("Delete file")
        )
        self.add_button.clicked.connect(self.choose_files)
        self.save_button.clicked.connect(self.save_copy)
        self.delete_button.clicked.connect(self.delete)
        for button in (self.add_button, self.save_button, self.delete_button):
            buttons.addWidget(button)
        self.keep_metadata = KeepPhotoDetails(self)
        buttons.addWidget(self.keep_metadata)
        buttons.addStretch(1)
        self.layout_.addLayout(buttons)
        self._task: BackgroundTask | None = None
        self._box: QMessageBox | None = None

    def read(self, session: Any, partner_id: str) -> list[tuple[str, list[str]]]:
        partner = get_partner(session, partner_id)
        locale = QLocale()
        return [
            (
                a.id,
                [
                    a.filename,
                    a.media_type,
                    locale.formattedDataSize(a.size),
                    format_moment(a.created_at),
                ],
            )
            for a in attachments_of(session, partner=partner)
        ]

    def load(self, vault: Vault, partner_id: str, *, read: bool = True) -> None:
        self.preview.clear()  # another partner's file must not stay on show
        super().load(vault, partner_id, read=read)

    def reload(self, select: str = "") -> None:
        self.preview.clear()
        super().reload(select)

    def _rows_arrived(self, rows: list[tuple[str, list[str]]]) -> None:
        self.preview.clear()  # the rows are made again: none is current
        super()._rows_arrived(rows)
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if item is not None:
                item.setData(0, TYPE_ROLE, item.text(1))  # the file's media type

    # --- adding ------------------------------------------------------------------------

    def add_bytes(self, data: bytes, filename: str) -> None:
        """Store ``data`` as a file of the partner (queued on the vault's writer), then
        select it."""
        assert self.vault is not None
        partner_id = self.partner_id
        keep = self.keep_metadata.isChecked()

        def edit(session: Any) -> str:
            partner = get_partner(session, partner_id)
            return add_attachment(session, data, filename, partner=partner, keep_metadata=keep).id

        def added(new_id: str) -> None:
            if self.partner_id != partner_id:
                return
            self.reload(select=new_id)
            self.status_message.emit(self.tr("Added {file}").format(file=filename))

        change(self, self.vault, edit, on_saved=added, on_failed=self._add_failed)

    def choose_files(self) -> None:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        files, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Add files to the vault"), start
        )
        self.add_files([Path(f) for f in files])

    def add_files(self, paths: list[Path]) -> None:
        """Read and store files off the UI thread; the list refreshes when done."""
        if not paths or self.vault is None or self.vault.is_locked:
            return
        vault, partner_id = self.vault, self.partner_id
        keep = self.keep_metadata.isChecked()

        def work(control: TaskControl) -> int:
            for done, path in enumerate(paths):
                control.progress(done, len(paths))
                data = path.read_bytes()
                with vault.transaction() as session:
                    add_attachment(
                        session,
                        data,
                        path.name,
                        partner=get_partner(session, partner_id),
                        keep_metadata=keep,
                    )
            return len(paths)

        self._task = writer_of(vault).submit(
            work,
            owner=self,
            on_success=self._files_added,
            on_failure=self._add_failed,
            progress_label=self.tr("Adding files to the vault…"),
            cancellable=True,
            parent=self,
        )

    def _files_added(self, count: int) -> None:
        self._task = None
        self.reload()
        self.status_message.emit(self.tr("%Ln file(s) added", "", count))

    def _add_failed(self, message: str, _exc: BaseException) -> None:
        self._task = None
        self.reload()
        self._inform(self.tr("The file was not added: {reason}").format(reason=message))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        files = [p for p in paths if p.is_file()]
        if files:
            event.acceptProposedAction()
            self.add_files(files)

    # --- the selected file -------------------------------------------------------------

    def _read_current(self) -> tuple[Attachment, bytes] | None:
        attachment_id = self.current_id()
        if not attachment_id or self.vault is None or self.vault.is_locked:
            return None
        with self.vault.session() as session:
            attachment = session.get(Attachment, attachment_id)
            if attachment is None:
                return None
            return attachment, read_attachment(session, attachment)

    def _preview_current(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        self.preview.clear()
        if item is None:
            return
        try:
            found = self._read_current()
        except Exception as exc:  # a damaged attachment: say so, keep the tab usable
            self.preview._say(describe_failure(exc))
            return
        if found is not None:
            attachment, data = found
            self.preview.show_bytes(data, attachment.media_type)

    def save_copy(self) -> None:
        if not self.current_id():
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Save a copy outside the vault"),
            self.tr(
                "The copy will not be encrypted: anyone with access to this computer or to "
                "where you save it can read it. Save it only where it is safe, and delete it "
                "when you no longer need it."
            ),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("saveCopyWarning")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(self._save_copy_answered)
        self._box = box
        box.open()

    def _save_copy_answered(self, result: int) -> None:
        self._box = None
        if result != QMessageBox.StandardButton.Save:
            return
        found = self._read_current()
        if found is None:
            return
        attachment, data = found
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        target, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy"), str(Path(start) / attachment.filename)
        )
        if target:
            self.write_copy(Path(target), data)

    def write_copy(self, target: Path, data: bytes) -> None:
        write_atomic(target, data)
        self.status_message.emit(self.tr("Copy saved outside the vault"))

    def delete(self) -> None:
        attachment_id = self.current_id()
        if not attachment_id or self.vault is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete file"),
            self.tr("Delete this file from the partner? Earlier revisions keep a record of it."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("confirmDeleteAttachment")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(lambda result: self._delete_answered(attachment_id, result))
        self._box = box
        box.open()

    def _delete_answered(self, attachment_id: str, result: int) -> None:
        self._box = None
        if result != QMessageBox.StandardButton.Yes or self.vault is None or self.vault.is_locked:
            return

        def edit(session: Any) -> None:
            attachment = session.get(Attachment, attachment_id)
            if attachment is not None:
                delete_attachment(session, attachment)

        change(
            self,
            self.vault,
            edit,
            on_saved=lambda _none: self.reload(),
            on_failed=lambda message, _exc: self._inform(
                self.tr("The file was not deleted: {reason}").format(reason=message)
            ),
        )

    def _inform(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Files"), text, parent=self)
        box.setObjectName("attachmentMessage")
        self._box = box
        box.open()

    def forget(self) -> None:
        if self._task is not None and self._task.is_running:
            self._task.cancel()
        if self._box is not None:
            self._box.reject()
            self._box = None
        self.preview.clear()
        super().forget()
