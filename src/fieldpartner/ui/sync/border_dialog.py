"""Sync → Before a border crossing: one action that sends HQ everything it has not
acknowledged, checks the bundle reads back, then removes from this laptop what HQ holds
(or everything), with a progress view and a summary of what left the laptop
(``sync.border``; the command line's ``vault border``).

The window locks when the dialog closes after a crossing: what it showed before is gone, and
the next unlock shows the minimal vault a bundle from HQ can fill again.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fieldpartner.sync.errors import Cancelled as SyncCancelled
from fieldpartner.sync.file_names import free_bundle_path
from fieldpartner.ui.common.numbers import format_number
from fieldpartner.ui.operations import writer_of
from fieldpartner.ui.sync.labels import failure_text, format_size, kind_label, sync_progress
from fieldpartner.ui.worker import BackgroundTask, Cancelled, TaskControl

if TYPE_CHECKING:
    from fieldpartner.sync.border import BorderResult
    from fieldpartner.vault import Vault


class BorderDialog(QDialog):
    CHOOSE_PAGE, RUNNING_PAGE, SUMMARY_PAGE = range(3)

    # (stage, done, total) from the writer's thread, shown on the interface thread.
    stage_reached = Signal(str, int, int)

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._task: BackgroundTask | None = None
        self.result_: BorderResult | None = None
        self.setObjectName("borderDialog")
        self.setWindowTitle(self.tr("Before a border crossing"))
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("borderPages")
        self.pages.addWidget(self._build_choose_page())
        self.pages.addWidget(self._build_running_page())
        self.pages.addWidget(self._build_summary_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.stage_reached.connect(self._show_stage)

    # --- pages --------------------------------------------------------------------------

    def _build_choose_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        intro = QLabel(
            self.tr(
                "Everything HQ has not yet confirmed receiving is written to a bundle for HQ. "
                "Once the bundle is checked, records are removed from this laptop. The vault "
                "keeps its keys and templates; a bundle from HQ fills it again later."
            ),
            page,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.keep_unacknowledged = QRadioButton(
            self.tr("Remove what HQ has confirmed receiving (recommended)"), page
        )
        self.keep_unacknowledged.setObjectName("borderPurgeAcknowledged")
        self.keep_unacknowledged.setChecked(True)
        self.remove_everything = QRadioButton(self.tr("Remove every record"), page)
        self.remove_everything.setObjectName("borderPurgeAll")
        layout.addWidget(self.keep_unacknowledged)
        layout.addWidget(self.remove_everything)
        warning = QLabel(
            self.tr(
                "With every record removed, the bundle holds the only copy of changes HQ has "
                "not confirmed: carry or send it separately from the laptop."
            ),
            page,
        )
        warning.setObjectName("borderAllWarning")
        warning.setWordWrap(True)
        layout.addWidget(warning)

        row = QHBoxLayout()
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        self.bundle_path = QLineEdit(str(free_bundle_path(Path(folder), date.today())), page)
        self.bundle_path.setObjectName("borderBundlePath")
        self.bundle_path.setAccessibleName(self.tr("Where the bundle for HQ is written"))
        browse = QPushButton(self.tr("Browse…"), page)
        browse.setObjectName("borderBrowse")
        browse.setAccessibleName(self.tr("Choose where the bundle is written"))
        browse.clicked.connect(self._browse)
        label = QLabel(self.tr("&Bundle:"), page)
        label.setBuddy(self.bundle_path)
        row.addWidget(label)
        row.addWidget(self.bundle_path, 1)
        row.addWidget(browse)
        layout.addLayout(row)

        self.choose_feedback = QLabel(page)
        self.choose_feedback.setObjectName("borderFeedback")
        self.choose_feedback.setWordWrap(True)
        self.choose_feedback.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.choose_feedback)

        buttons = QHBoxLayout()
        cancel = QPushButton(self.tr("Cancel"), page)
        cancel.setObjectName("borderCancel")
        cancel.clicked.connect(self.reject)
        self.start_button = QPushButton(self.tr("Send and remove"), page)
        self.start_button.setObjectName("borderStart")
        self.start_button.setAccessibleName(
            self.tr("Write the bundle for HQ, then remove records from this laptop")
        )
        self.start_button.clicked.connect(self.start)
        buttons.addWidget(cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        layout.addLayout(buttons)
        return page

    def _build_running_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.stage_label = QLabel(page)
        self.stage_label.setObjectName("borderStage")
        layout.addWidget(self.stage_label)
        self.progress = QProgressBar(page)
        self.progress.setObjectName("borderProgress")
        self.progress.setAccessibleName(self.tr("Progress of the border crossing"))
        layout.addWidget(self.progress)
        layout.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"), page)
        self.cancel_button.setObjectName("borderCancelRunning")
        self.cancel_button.setAccessibleName(
            self.tr("Stop before anything is removed from this laptop")
        )
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        return page

    def cancel(self) -> None:
        """Stop the crossing. Until the removal is committed nothing leaves the laptop;
        after that the crossing finishes."""
        if self._task is not None:
            self._task.cancel()
            self.cancel_button.setEnabled(False)

    def _build_summary_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.summary = QLabel(page)
        self.summary.setObjectName("borderSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        close = QPushButton(self.tr("Lock the vault"), page)
        close.setObjectName("borderDone")
        close.clicked.connect(self._done)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        return page

    # --- running ------------------------------------------------------------------------

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Bundle for HQ"), self.bundle_path.text(), self.tr("Bundles (*.fpbundle)")
        )
        if path:
            self.bundle_path.setText(path)

    def purge(self) -> str:
        return "all" if self.remove_everything.isChecked() else "acknowledged"

    def start(self) -> None:
        if self._task is not None:
            return
        text = self.bundle_path.text().strip()
        out = Path(text).expanduser() if text else None
        if out is None or not out.parent.is_dir():
            self.choose_feedback.setText(self.tr("Choose a folder that exists for the bundle."))
            return
        if out.exists():
            self.choose_feedback.setText(
                self.tr("{name} exists already; choose another name.").format(name=out.name)
            )
            return
        vault, purge = self._vault, self.purge()
        emit = self.stage_reached.emit

        def work(control: TaskControl) -> BorderResult:
            from fieldpartner.sync.border import cross_border

            report = sync_progress(control)

            def progress(stage: str, done: int, total: int) -> bool:
                emit(stage, done, total)
                return report(stage, done, total)

            return cross_border(vault, out, purge=purge, progress=progress)

        self.pages.setCurrentIndex(self.RUNNING_PAGE)
        self.cancel_button.setEnabled(True)
        self._show_stage("records", 0, 0)
        self._task = writer_of(vault).submit(
            work, owner=self, on_success=self._crossed, on_failure=self._failed, long=True
        )

    def _show_stage(self, stage: str, done: int, total: int) -> None:
        words = {
            "verifying": self.tr("Checking that the bundle reads back…"),
            "removing": self.tr("Removing records from this laptop…"),
            "compacting": self.tr("Rewriting the vault without them…"),
        }
        self.stage_label.setText(words.get(stage, self.tr("Writing the bundle for HQ…")))
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(min(done, total) if total else 0)

    def _crossed(self, result: BorderResult) -> None:
        self._task = None
        self.result_ = result
        self.summary.setText(self.summary_text(result))
        self.pages.setCurrentIndex(self.SUMMARY_PAGE)

    def _failed(self, message: str, exc: BaseException) -> None:
        self._task = None
        self.cancel_button.setEnabled(True)
        self.pages.setCurrentIndex(self.CHOOSE_PAGE)
        if isinstance(exc, Cancelled | SyncCancelled):
            reason = self.tr("cancelled")
        else:
            reason = failure_text(message, exc)
        self.choose_feedback.setText(
            self.tr("Nothing was removed from this laptop: {reason}").format(reason=reason)
        )

    def summary_text(self, result: BorderResult) -> str:
        export = result.export
        lines = [
            self.tr("Written for HQ: {file}").format(file=export.path),
            self.tr("It holds {revisions} changes to {records} records and {files} files.").format(
                revisions=format_number(export.revisions),
                records=format_number(sum(export.records.values())),
                files=format_number(export.attachments),
            ),
        ]
        if result.removed:
            gone = ", ".join(
                f"{kind_label(kind)}: {format_number(count)}"
                for kind, count in sorted(result.removed.items())
            )
            lines.append(self.tr("Removed from this laptop: {what}").format(what=gone))
        else:
            lines.append(self.tr("Nothing was removed from this laptop."))
        if result.removed_attachment_bytes:
            lines.append(
                self.tr("Files removed: {size}").format(
                    size=format_size(result.removed_attachment_bytes)
                )
            )
        if result.kept:
            kept = ", ".join(
                f"{kind_label(kind)}: {format_number(count)}"
                for kind, count in sorted(result.kept.items())
            )
            lines.append(
                self.tr("Still on this laptop (HQ has not confirmed them yet): {what}").format(
                    what=kept
                )
            )
        if result.purge == "all" and export.revisions:
            lines.append(
                self.tr(
                    "The bundle holds the only copy of changes HQ has not confirmed: keep it "
                    "safe until HQ has imported it."
                )
            )
        return "\n".join(lines)

    @property
    def crossed(self) -> bool:
        """Whether records left the laptop (the window locks when the dialog closes)."""
        return self.result_ is not None

    def _done(self) -> None:
        self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Escape does not hide a crossing under way (locking the window still closes it;
        # the crossing is then cancelled, all or nothing, like every long write).
        if self._task is not None and event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)
