"""Shows an attachment inside the application, from memory only.

Images are decoded with ``QImage.fromData``; PDFs are loaded by ``QPdfDocument`` from a
``QBuffer`` over the bytes. No temporary file, thumbnail or cache is ever written: the
bytes live in this widget until ``clear`` (called on lock) drops them.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

try:  # QtPdf ships in the pyside6-pdf wheel; without it PDFs are listed, not previewed.
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

    HAVE_PDF = True
except ImportError:  # pragma: no cover - depends on the installed wheels
    HAVE_PDF = False


class AttachmentPreview(QWidget):
    MESSAGE, IMAGE, PDF = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentPreview")
        self._image = QImage()
        self._bytes = QByteArray()
        self._buffer: QBuffer | None = None
        self.pdf_document = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("previewStack")
        layout.addWidget(self.stack)

        self.message = QLabel(self)
        self.message.setObjectName("previewMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.stack.addWidget(self.message)

        self.image_scroll = QScrollArea(self)
        self.image_scroll.setObjectName("previewImageScroll")
        self.image_scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_label = QLabel(self.image_scroll)
        self.image_label.setObjectName("previewImage")
        self.image_label.setAccessibleName(self.tr("Image preview"))
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_scroll.setWidget(self.image_label)
        self.image_scroll.setWidgetResizable(True)
        self.stack.addWidget(self.image_scroll)

        self.pdf_view = None
        if HAVE_PDF:
            self.pdf_document = QPdfDocument(self)
            self.pdf_document.setObjectName("previewPdfDocument")
            self.pdf_view = QPdfView(self)
            self.pdf_view.setObjectName("previewPdf")
            self.pdf_view.setAccessibleName(self.tr("PDF preview"))
            self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.pdf_view.setDocument(self.pdf_document)
            self.stack.addWidget(self.pdf_view)
        self.clear()

    @property
    def mode(self) -> int:
        return self.stack.currentIndex()

    @property
    def image(self) -> QImage:
        return self._image

    def show_bytes(self, data: bytes, media_type: str) -> bool:
        """Preview ``data``; returns False (and says so) for a type it cannot show."""
        self.clear()
        if media_type.startswith("image/"):
            image = QImage.fromData(data)
            if image.isNull():
                self._say(self.tr("This image cannot be shown (damaged or unknown format)."))
                return False
            self._image = image
            self._fit_image()
            self.stack.setCurrentIndex(self.IMAGE)
            return True
        if media_type == "application/pdf":
            if not HAVE_PDF or self.pdf_document is None:
                self._say(self.tr("PDF preview is not available in this installation."))
                return False
            self._bytes = QByteArray(data)
            self._buffer = QBuffer(self._bytes, self)
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.pdf_document.load(self._buffer)
            if self.pdf_document.status() != QPdfDocument.Status.Ready:
                self.clear()
                self._say(self.tr("This PDF cannot be shown (damaged or protected)."))
                return False
            self.stack.setCurrentIndex(self.PDF)
            return True
        self._say(self.tr("No preview for this kind of file. Use “Save a copy…” to open it."))
        return False

    def page_count(self) -> int:
        return self.pdf_document.pageCount() if self.pdf_document is not None else 0

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentIndex(self.MESSAGE)

    def _fit_image(self) -> None:
        if self._image.isNull():
            self.image_label.clear()
            return
        area = self.image_scroll.viewport().size()
        pixmap = QPixmap.fromImage(self._image)
        ratio = self.devicePixelRatioF()
        if pixmap.width() > area.width() * ratio or pixmap.height() > area.height() * ratio:
            pixmap = pixmap.scaled(
                area * ratio,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        pixmap.setDevicePixelRatio(ratio)
        self.image_label.setPixmap(pixmap)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.mode == self.IMAGE:
            self._fit_image()

    def clear(self) -> None:
        """Drop every byte and decoded pixel of the previewed file."""
        self._image = QImage()
        self.image_label.clear()
        if self.pdf_document is not None:
            self.pdf_document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
        self._bytes = QByteArray()
        self._say(self.tr("Select a file to preview it."))
