"""The dialog in which an assessor overrides a computed result, with the justification the
results keep and the report prints."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from fieldpartner.domain.assessments import OverrideRequest
from fieldpartner.domain.results import Results, ScoredPart
from fieldpartner.domain.templates.vocabulary import VOCABULARIES
from fieldpartner.ui.assessment.labels import level_label
from fieldpartner.ui.common.stale import SavedInPlace


class OverrideDialog(SavedInPlace, QDialog):
    """Choose a result, its new rating or level, and say why; with ``save_with`` the
    dialog stays open until the override is written (``SavedInPlace``)."""

    def __init__(self, results: Results, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overrideDialog")
        self.setWindowTitle(self.tr("Override a result"))
        self._parts: list[ScoredPart] = [results.overall, *results.named]
        self._current = {
            "overall": results.rating if results.overall.vocabulary == "risk" else results.level
        }
        self._current.update({part.id: part.word for part in results.named})
        form = QFormLayout(self)
        self.result_choice = QComboBox(self)
        self.result_choice.setObjectName("overrideResult")
        self.result_choice.setAccessibleName(self.tr("Result to override"))
        for part in self._parts:
            name = self.tr("Overall result") if part.id == "overall" else part.title or part.id
            self.result_choice.addItem(name, part.id)
        form.addRow(self.tr("&Result:"), self.result_choice)
        self.computed = QLabel(self)
        self.computed.setObjectName("overrideComputed")
        form.addRow(self.tr("Computed:"), self.computed)
        self.value = QComboBox(self)
        self.value.setObjectName("overrideValue")
        self.value.setAccessibleName(self.tr("New rating or level"))
        form.addRow(self.tr("&Set to:"), self.value)
        self.justification = QPlainTextEdit(self)
        self.justification.setObjectName("overrideJustification")
        self.justification.setAccessibleName(self.tr("Why the result is overridden"))
        self.justification.setTabChangesFocus(True)
        form.addRow(self.tr("&Justification:"), self.justification)
        self.error_label, stale = self.make_feedback("overrideError")
        form.addRow(self.error_label)
        form.addRow(stale)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("overrideButtons")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setObjectName("overrideOk")
        ok.setAccessibleName(self.tr("Override the result"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("overrideCancel")
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.init_saving(ok, self.error_label)
        self.result_choice.currentIndexChanged.connect(self._result_chosen)
        self.justification.textChanged.connect(self._update_ok)
        self._result_chosen()

    def _part(self) -> ScoredPart:
        return self._parts[max(0, self.result_choice.currentIndex())]

    def _result_chosen(self) -> None:
        part = self._part()
        words = VOCABULARIES.get(part.vocabulary, ())
        self.value.clear()
        # Best first, as people read a scale.
        for word in reversed(words):
            self.value.addItem(level_label(part.vocabulary, word), word)
        current = self._current.get(part.id)
        self.computed.setText(level_label(part.vocabulary, current) or "—")
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.justification.toPlainText().strip()))

    def request(self) -> OverrideRequest:
        return OverrideRequest(
            str(self.result_choice.currentData()),
            str(self.value.currentData()),
            self.justification.toPlainText().strip(),
        )
