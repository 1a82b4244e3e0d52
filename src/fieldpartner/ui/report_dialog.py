"""The report dialog: choose language, paper and marking, generate a report off the UI
thread (with progress and Cancel: a long partner dossier never freezes the window), preview
it from memory, print it, or save it as a PDF after a warning.

The PDF never touches the disk unless the user saves it: it is rendered into bytes
(``reports.render_report``), previewed by ``QPdfDocument`` over a ``QBuffer`` (the
``AttachmentPreview`` widget) and printed by painting its pages onto a ``QPrinter``.
Modal questions go through replaceable hooks (``confirm_leaving_vault``,
``ask_save_path``) so tests can answer them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QRect, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldpartner.reports import ReportCancelled, ReportParams, save_pdf
from fieldpartner.ui.attachment_preview import AttachmentPreview
from fieldpartner.ui.problems import refusal_text
from fieldpartner.ui.worker import BackgroundTask, Cancelled, TaskControl, run_in_background
from fieldpartner.vault import Vault

# Each language by its own name (escaped: STYLE.md keeps non-English text out of sources).
LANGUAGES = (
    ("en", "English"),
    ("fr", "Fran\u00e7ais"),
    ("es", "Espa\u00f1ol"),
    ("ar", "\u0627\u0644\u0639\u0631\u0628\u064a\u0629"),
)
PAPERS = ("A4", "Letter")
# Pages are printed as images (QtPdf renders pixels). At 200 dpi the smallest report text
# (8 pt) is over 20 pixels high. Rendering a page and painting it onto the printer hold the
# interpreter (the bindings do not release it there), so each page goes in 8 horizontal
# bands: the window's longest wait while a dossier prints fell from 208-238 ms (whole
# pages) to 42-49 ms (benchmarks/report_bench.py), for 15 % more printing time.
PRINT_DPI = 200
PRINT_BANDS = 8


class ReportDialog(QDialog):
    """Generate, preview, print and save one report of one partner."""

    def __init__(
        self,
        vault: Vault,
        kind: str,
        partner_id: str,
        *,
        assessment_id: str | None = None,
        workshop_id: str | None = None,
        lang: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self.setWindowTitle(self.tr("Report"))
        self.resize(900, 760)
        self._vault = vault
        self._kind = kind
        self._partner_id = partner_id
        self._assessment_id = assessment_id
        self._workshop_id = workshop_id
        self._data: bytes | None = None
        self._params: ReportParams | None = None
        self.task: BackgroundTask | None = None
        # Hooks for the modal questions (replaced by tests).
        self.confirm_leaving_vault: Callable[[], bool] = self._confirm_leaving_vault
        self.ask_save_path: Callable[[], str | None] = self._ask_save_path

        self.language = QComboBox(self)
        self.language.setObjectName("reportLanguage")
        self.language.setAccessibleName(self.tr("Report language"))
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        self.paper = QComboBox(self)
        self.paper.setObjectName("reportPaper")
        self.paper.setAccessibleName(self.tr("Paper size"))
        for paper in PAPERS:
            self.paper.addItem(paper, paper)
        self.marking = QLineEdit(self.tr("CONFIDENTIAL"), self)
        self.marking.setObjectName("reportMarking")
        self.marking.setAccessibleName(self.tr("Marking on every page"))
        self.marking.setToolTip(self.tr("Printed at the top and foot of every page; may be empty."))
        self.latest_only = QCheckBox(self.tr("Only the latest assessment of each kind"), self)
        self.latest_only.setObjectName("reportLatestOnly")
        self.latest_only.setAccessibleName(self.tr("Only the latest assessment of each kind"))
        self.latest_only.setToolTip(
            self.tr(
                "Full reports of the latest assessment of each kind and of the latest "
                "workshop only. Otherwise the dossier has every assessment (drafts marked "
                "as drafts) and every workshop."
            )
        )
        self.latest_only.setVisible(kind == "dossier")
        self.keep_photo_metadata = QCheckBox(
            self.tr("Keep location and camera details in photos"), self
        )
        self.keep_photo_metadata.setObjectName("reportKeepPhotoMetadata")
        self.keep_photo_metadata.setAccessibleName(
            self.tr("Keep location and camera details in photos")
        )
        self.keep_photo_metadata.setToolTip(
            self.tr(
                "Off: photos and the logo go into the report without their GPS position, "
                "camera and time taken. A report leaves the vault's protection."
            )
        )

        self.generate_button = QPushButton(self.tr("Generate"), self)
        self.generate_button.setObjectName("generateReport")
        self.generate_button.setAccessibleName(self.tr("Generate the report"))
        self.generate_button.clicked.connect(self.generate)

        options = QFormLayout()
        options.addRow(self.tr("Language:"), self.language)
        options.addRow(self.tr("Paper:"), self.paper)
        options.addRow(self.tr("Marking:"), self.marking)
        if kind == "dossier":
            options.addRow("", self.latest_only)
        options.addRow("", self.keep_photo_metadata)

        self.status = QLabel(self)
        self.status.setObjectName("reportStatus")
        self.preview = AttachmentPreview(self)
        self.preview.message.setText(self.tr("Press Generate to see the report."))

        self.protect = QCheckBox(self.tr("Protect the saved PDF with a password"), self)
        self.protect.setObjectName("reportProtect")
        self.protect.setAccessibleName(self.tr("Protect the saved PDF with a password"))
        self.password = QLineEdit(self)
        self.password.setObjectName("reportPassword")
        self.password.setAccessibleName(self.tr("Password for the PDF"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password for the PDF"))
        self.password.setEnabled(False)
        self.protect.toggled.connect(self.password.setEnabled)

        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setObjectName("printReport")
        self.print_button.setAccessibleName(self.tr("Print the report"))
        self.print_button.clicked.connect(self.print_report)
        self.save_button = QPushButton(self.tr("Save as PDF…"), self)
        self.save_button.setObjectName("saveReport")
        self.save_button.setAccessibleName(self.tr("Save the report as a PDF file"))
        self.save_button.clicked.connect(self.save_report)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("closeReport")
        self.close_button.setAccessibleName(self.tr("Close the report"))
        self.close_button.clicked.connect(self.reject)

        top = QHBoxLayout()
        top.addLayout(options)
        top.addWidget(self.generate_button, 0, Qt.AlignmentFlag.AlignBottom)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.protect)
        bottom.addWidget(self.password)
        bottom.addStretch(1)
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.preview, 1)
        layout.addLayout(bottom)
        self._set_ready(False)

    # --- generating -------------------------------------------------------------------

    def params(self) -> ReportParams:
        return ReportParams(
            self._vault,
            self._kind,
            self._partner_id,
            assessment_id=self._assessment_id,
            workshop_id=self._workshop_id,
            lang=str(self.language.currentData()),
            paper=str(self.paper.currentData()),
            marking=self.marking.text().strip(),
            latest_only=self._kind == "dossier" and self.latest_only.isChecked(),
            keep_photo_metadata=self.keep_photo_metadata.isChecked(),
        )

    def generate(self) -> None:
        params = self.params()
        self._params = None
        self._data = None
        self.preview.clear()
        self._set_ready(False)
        self.generate_button.setEnabled(False)
        self.status.setText(self.tr("Generating the report…"))

        def work(control: TaskControl) -> bytes:
            return params.render(progress=control.progress, cancel=lambda: control.cancelled)

        def done(data: bytes) -> None:
            self._params, self._data = params, data
            self.generate_button.setEnabled(True)
            shown = self.preview.show_bytes(data, "application/pdf")
            pages = self.preview.page_count()
            self.status.setText(self.tr("%Ln page(s).", "", pages) if shown else "")
            self._set_ready(shown)

        def failed(message: str, exc: BaseException) -> None:
            self.generate_button.setEnabled(True)
            if isinstance(exc, Cancelled | ReportCancelled):
                self.status.setText(self.tr("Cancelled: no report was kept."))
                return
            self.status.setText(
                self.tr("The report was not made: {reason}").format(
                    reason=refusal_text(exc) or message
                )
            )

        self.task = run_in_background(
            work,
            on_success=done,
            on_failure=failed,
            progress_label=self.tr("Generating the report…"),
            parent=self,
            owner=self,
        )

    def _set_ready(self, ready: bool) -> None:
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    @property
    def report_bytes(self) -> bytes | None:
        return self._data

    # --- printing: straight from memory to the printer ----------------------------------

    def print_report(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if self._data is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
        printer.setDocName(self.windowTitle())
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("reportPrintDialog")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_pages(printer)

    def print_pages(self, printer: object) -> BackgroundTask | None:
        """Paint the report onto ``printer`` off the UI thread, with progress and Cancel:
        a page takes tens of milliseconds, seconds for a dossier."""
        data = self._data
        if data is None:
            return None

        def work(control: TaskControl) -> int:
            return paint_pdf_pages(data, printer, control.progress)

        def done(pages: int) -> None:
            self.status.setText(self.tr("Sent %Ln page(s) to the printer.", "", pages))

        def failed(message: str, exc: BaseException) -> None:
            if isinstance(exc, Cancelled):
                self.status.setText(self.tr("Printing cancelled."))
            else:
                self.status.setText(self.tr("Not printed: {reason}").format(reason=message))

        self.task = run_in_background(
            work,
            on_success=done,
            on_failure=failed,
            progress_label=self.tr("Printing the report…"),
            parent=self,
            owner=self,
        )
        return self.task

    # --- saving: only after a warning ----------------------------------------------------

    def _confirm_leaving_vault(self) -> bool:
        answer = QMessageBox.warning(
            self,
            self.tr("Save outside the vault?"),
            self.tr(
                "The PDF will be a copy outside the vault's encryption: anyone who gets the "
                "file can read it unless you protect it with a password. Keep it safe and "
                "delete it when it is no longer needed."
            ),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Save

    def _ask_save_path(self) -> str | None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save report as PDF"), "report.pdf", self.tr("PDF files (*.pdf)")
        )
        return path or None

    def save_report(self) -> None:
        if self._data is None or self._params is None:
            return
        password = self.password.text() if self.protect.isChecked() else ""
        if self.protect.isChecked() and not password:
            self.status.setText(self.tr("Enter a password for the PDF, or untick the box."))
            return
        if not self.confirm_leaving_vault():
            return
        path = self.ask_save_path()
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        # The previewed bytes themselves: a password encrypts them (AES-256) in memory.
        source = self._data

        def work(control: TaskControl) -> Path:
            control.progress(0, 1)
            return save_pdf(source, target, password or None)

        def done(saved: Path) -> None:
            self.status.setText(self.tr("Saved {file}").format(file=str(saved)))

        def failed(message: str, exc: BaseException) -> None:
            self.status.setText(self.tr("Not saved: {reason}").format(reason=message))

        self.task = run_in_background(
            work,
            on_success=done,
            on_failure=failed,
            progress_label=self.tr("Saving the report…"),
            parent=self,
            owner=self,
        )

    # --- leaving ------------------------------------------------------------------------

    def done(self, result: int) -> None:
        if self.task is not None and self.task.is_running:
            self.task.cancel()
        self.preview.clear()
        self._data = None
        super().done(result)


def paint_pdf_pages(
    data: bytes, printer: object, progress: Callable[[int, int], None] | None = None
) -> int:
    """Paint every page of the PDF ``data`` onto ``printer`` (a QPagedPaintDevice); returns
    the number of pages. Safe off the UI thread, as QPdfPageRenderer renders: its own
    QPdfDocument over its own copy of the bytes (the preview's may be closed meanwhile),
    and a painter on a printer. ``progress(done, total)`` may raise to stop; a QPrinter's
    job is then aborted."""
    from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions

    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready:
        raise ValueError("the report cannot be read back for printing")
    pages = document.pageCount()
    painter = QPainter(printer)  # type: ignore[call-overload]
    try:
        target = painter.viewport()
        for page in range(pages):
            if progress is not None:
                progress(page, pages)
            if page:
                printer.newPage()  # type: ignore[attr-defined]
            points = document.pagePointSize(page)
            size = points.toSize().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            # Rendered at most at PRINT_DPI and scaled onto the page: a printer's (or
            # QPdfWriter's) 1200 dpi would make each A4 page a 140-megapixel image.
            scale = min(1.0, PRINT_DPI / 72 * points.width() / max(size.width(), 1))
            pixels = QSize(round(size.width() * scale), round(size.height() * scale))
            # In horizontal bands (see PRINT_BANDS), each rendered and painted on its own.
            for band in range(PRINT_BANDS):
                top = band * pixels.height() // PRINT_BANDS
                bottom = (band + 1) * pixels.height() // PRINT_BANDS
                options = QPdfDocumentRenderOptions()
                options.setScaledSize(pixels)
                options.setScaledClipRect(QRect(0, top, pixels.width(), bottom - top))
                band_size = QSize(pixels.width(), bottom - top)
                # QtPdf leaves the paper transparent: laid on white, so the printer gets
                # an opaque image (no soft mask) of a white page, not a black one.
                image = QImage(band_size, QImage.Format.Format_RGB32)
                image.fill(Qt.GlobalColor.white)
                paper = QPainter(image)
                paper.drawImage(0, 0, document.render(page, band_size, options))
                paper.end()
                painter.drawImage(
                    QRect(
                        0,
                        round(top / scale),
                        size.width(),
                        round(bottom / scale) - round(top / scale),
                    ),
                    image,
                )
    except BaseException:
        abort = getattr(printer, "abort", None)
        if abort is not None:
            abort()
        raise
    finally:
        painter.end()
        document.close()
        # Qt objects made on this thread end on it, even when a cancel's traceback (which
        # holds this frame) is handed to the interface thread.
        del document, buffer
    if progress is not None:
        progress(pages, pages)
    return pages


def open_report_dialog(
    parent: QWidget,
    vault: Vault,
    kind: str,
    partner_id: str,
    *,
    assessment_id: str | None = None,
    workshop_id: str | None = None,
) -> ReportDialog:
    """Open the report dialog (non-modal) in the interface's language, if it is one of
    the report languages; the caller's view stays usable. The caller keeps the dialog and
    closes it when it forgets its records (lock): closing drops the PDF bytes."""
    lang = QLocale().name().split("_")[0]
    dialog = ReportDialog(
        vault,
        kind,
        partner_id,
        assessment_id=assessment_id,
        workshop_id=workshop_id,
        lang=lang if lang in dict(LANGUAGES) else "en",
        parent=parent,
    )
    dialog.show()
    return dialog
