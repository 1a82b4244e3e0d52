"""Help → Guide: the short offline user guide, in the interface's language.

The guide is shipped as one HTML page per language (``resources/guide/guide_<lang>.html``);
a language without its own page shows the English one.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from fieldpartner.resources import ResourceMissing, resource_path
from fieldpartner.ui.common.vocabulary import reader_language

GUIDE_LANGUAGES = ("en", "fr", "es", "ar")


def guide_html(language: str) -> str:
    """The guide's page in ``language`` (English when the guide is not in it)."""
    chosen = language if language in GUIDE_LANGUAGES else "en"
    try:
        path = resource_path("guide", f"guide_{chosen}.html")
    except ResourceMissing:
        if chosen == "en":
            raise
        path = resource_path("guide", "guide_en.html")
    return path.read_text(encoding="utf-8")


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(self.tr("FieldPartner guide"))
        layout = QVBoxLayout(self)
        self.text = QTextBrowser(self)
        self.text.setObjectName("guideText")
        self.text.setAccessibleName(self.tr("User guide"))
        self.text.setOpenLinks(False)
        self.text.setHtml(guide_html(reader_language()))
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("guideButtons")
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("guideClose")
        close.setAccessibleName(self.tr("Close the guide"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 560)
