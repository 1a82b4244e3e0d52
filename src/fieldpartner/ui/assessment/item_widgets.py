"""One template item on screen: the question, its answer controls, evidence and files.

An ``ItemWidget`` shows an ``AnswerState`` and reports what the person changed as a new
``AnswerState`` (``state_edited``); it never writes to the vault itself. Scored items show
every level with its descriptor, the chosen one highlighted. Keys, when the item (not a
text field) has the focus: 1-9 choose a level or option, 0 not applicable, Delete clears,
Up/Down move to the previous/next item, Left/Right step through the answers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QDate, QLocale, QObject, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QDoubleValidator,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from fieldpartner.domain.assessments import AnswerState
from fieldpartner.domain.templates import ItemRef, TemplateDocument, text_of
from fieldpartner.domain.templates.answers import CheckedAnswer, evidence_needed
from fieldpartner.domain.templates.document import is_state
from fieldpartner.ui.assessment.labels import checklist_label
from fieldpartner.ui.assessment.loading import AttachmentInfo
from fieldpartner.ui.common.numbers import format_outline
from fieldpartner.ui.common.stale import StaleNotice
from fieldpartner.ui.common.unsaved import UnsavedNotice

TYPING_DELAY_MS = 600
NO_DATE = QDate(1900, 1, 1)
CHECKLIST_VALUES = ("yes", "partly", "no")
YES_NO_VALUES = ("yes", "no")


def bold(label: QLabel) -> None:
    font = label.font()
    font.setBold(True)
    label.setFont(font)


def muted(label: QLabel) -> None:
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)


def mark_checked(button: QPushButton, checked: bool) -> None:
    """Make a checked answer button stand out in every style (painted, not a style sheet:
    style sheets make every item widget several times slower to build)."""
    button.setChecked(checked)
    parent = button.parentWidget()
    palette = parent.palette() if parent is not None else QPalette()
    if checked:
        palette.setColor(QPalette.ColorRole.Button, palette.color(QPalette.ColorRole.Highlight))
        palette.setColor(
            QPalette.ColorRole.ButtonText, palette.color(QPalette.ColorRole.HighlightedText)
        )
    button.setPalette(palette)


class OptionCard(QFrame):
    """A level of a scale (number, label, descriptor) or a choice option, as a card that
    is clicked (or pressed with Space) to choose it; the chosen one is highlighted."""

    clicked = Signal()

    def __init__(self, heading: str, descriptor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._selected = False
        self._read_only = False
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(2)
        self.heading = QLabel(heading, self)
        self.heading.setObjectName("cardHeading")
        self.heading.setWordWrap(True)
        bold(self.heading)
        layout.addWidget(self.heading)
        self.descriptor = QLabel(descriptor, self)
        self.descriptor.setObjectName("cardDescriptor")
        self.descriptor.setWordWrap(True)
        self.descriptor.setVisible(bool(descriptor))
        layout.addWidget(self.descriptor)
        self.setAccessibleName(heading)
        self.setAccessibleDescription(descriptor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    @property
    def selected(self) -> bool:
        return self._selected

    def set_read_only(self, read_only: bool) -> None:
        """A final assessment's levels stay readable (not greyed out) but cannot be chosen."""
        self._read_only = read_only
        self.setCursor(
            Qt.CursorShape.ArrowCursor if read_only else Qt.CursorShape.PointingHandCursor
        )

    @property
    def read_only(self) -> bool:
        return self._read_only

    def set_selected(self, selected: bool) -> None:
        if self._selected != selected:
            self._selected = selected
            role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.WindowText
            self.heading.setForegroundRole(role)
            self.descriptor.setForegroundRole(role)
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        if self._selected:
            fill = palette.color(QPalette.ColorRole.Highlight)
            border = QPen(fill, 2)
        else:
            fill = palette.color(QPalette.ColorRole.Base)
            border = QPen(palette.color(QPalette.ColorRole.Mid), 1)
        if self.hasFocus():
            border = QPen(palette.color(QPalette.ColorRole.Highlight).darker(140), 2)
        painter.setPen(border)
        painter.setBrush(fill)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 4, 4)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and not self._read_only:
            self.clicked.emit()
            event.accept()
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not self._read_only
        ):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


class ItemWidget(QFrame):
    """One item: question, guidance, answer controls, evidence note and attachments."""

    state_edited = Signal(str, object)  # item id, the new AnswerState
    move_requested = Signal(str, int)  # item id, -1 (previous) or +1 (next)
    attach_requested = Signal(str)  # item id
    remove_attachment_requested = Signal(str, str)  # item id, attachment id

    def __init__(
        self,
        doc: TemplateDocument,
        ref: ItemRef,
        number: str,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.doc = doc
        self.ref = ref
        self.item_id = ref.id
        self.language = language
        self._state = AnswerState()
        self._updating = False
        self._read_only = False
        self._attachments: list[AttachmentInfo] = []
        self.setObjectName(f"item:{ref.id}")
        self._current = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        question = text_of(ref.item.get("text"), language)
        self.setAccessibleName(
            self.tr("Question {number}: {text}").format(
                number=format_outline(number), text=question
            )
        )

        self._typing_timer = QTimer(self)
        self._typing_timer.setSingleShot(True)
        self._typing_timer.setInterval(TYPING_DELAY_MS)
        self._typing_timer.timeout.connect(self.commit_typing)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        header = QHBoxLayout()
        self.question = QLabel(f"{format_outline(number)}  {question}", self)
        self.question.setObjectName("itemQuestion")
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        bold(self.question)
        header.addWidget(self.question, 1)
        if not ref.required:
            optional = QLabel(self.tr("Optional"), self)
            optional.setObjectName("optionalBadge")
            optional.setToolTip(self.tr("Does not count towards completeness"))
            muted(optional)
            header.addWidget(optional, 0, Qt.AlignmentFlag.AlignTop)
        if ref.key:
            badge = QLabel(self.tr("Key question"), self)
            badge.setObjectName("keyBadge")
            badge.setAutoFillBackground(True)
            badge.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
            badge.setForegroundRole(QPalette.ColorRole.ToolTipText)
            badge.setContentsMargins(6, 1, 6, 1)
            badge.setToolTip(self.tr("A key question counts more and can decide the rating"))
            header.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(header)
        guidance = text_of(ref.item.get("guidance"), language)
        if guidance:
            hint = QLabel(guidance, self)
            hint.setObjectName("itemGuidance")
            muted(hint)
            hint.setWordWrap(True)
            hint.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(hint)

        self.cards: list[tuple[Any, OptionCard]] = []
        self.checklist_buttons: dict[str, QPushButton] = {}
        self.checkboxes: list[tuple[Any, QCheckBox]] = []
        self.text_edit: QPlainTextEdit | None = None
        self.number_edit: QLineEdit | None = None
        self.date_edit: QDateEdit | None = None
        self.na_button: QPushButton | None = None
        self._build_answer(layout)
        self._build_evidence(layout)
        self.unsaved: UnsavedNotice | None = None  # made when a change fails to be written
        self.stale: StaleNotice | None = None  # made when a change is refused as stale

    # --- building --------------------------------------------------------------------

    def _build_answer(self, layout: QVBoxLayout) -> None:
        kind = self.ref.type
        if kind == "scored":
            for level in self.doc.levels(self.ref):
                value = level.get("value")
                heading = (
                    f"{format_outline(str(value))} · {text_of(level.get('label'), self.language)}"
                )
                descriptor = self.doc.descriptor(self.ref, value, self.language)
                self._add_card(layout, value, heading, descriptor)
        elif kind == "single_choice":
            for option in self.doc.options(self.ref):
                self._add_card(
                    layout, option.get("value"), text_of(option.get("label"), self.language), ""
                )
        elif kind in ("checklist", "yes_no"):
            words = CHECKLIST_VALUES if kind == "checklist" else YES_NO_VALUES
            values = [*words, *(["not_applicable"] if self.ref.allow_na else [])]
            self._add_word_buttons(layout, values, "check")
        elif kind == "multiple_choice":
            for option in self.doc.options(self.ref):
                box = QCheckBox(text_of(option.get("label"), self.language), self)
                box.setObjectName(f"option:{option.get('value')}")
                box.setAccessibleName(box.text())
                box.toggled.connect(self._multiple_changed)
                layout.addWidget(box)
                self.checkboxes.append((option.get("value"), box))
        elif kind == "text":
            self.text_edit = QPlainTextEdit(self)
            self.text_edit.setObjectName("answerText")
            self.text_edit.setAccessibleName(self.tr("Answer"))
            self.text_edit.setTabChangesFocus(True)
            self.text_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
            self.text_edit.textChanged.connect(self._typing)
            layout.addWidget(self.text_edit)
        elif kind == "number":
            row = QHBoxLayout()
            self.number_edit = QLineEdit(self)
            self.number_edit.setObjectName("answerNumber")
            self.number_edit.setAccessibleName(self.tr("Answer (a number)"))
            validator = QDoubleValidator(self.number_edit)
            validator.setNotation(QDoubleValidator.Notation.StandardNotation)
            self.number_edit.setValidator(validator)
            self.number_edit.setMaximumWidth(220)
            self.number_edit.editingFinished.connect(self.commit_typing)
            self.number_edit.textEdited.connect(self._typing)
            row.addWidget(self.number_edit)
            unit = str(self.ref.item.get("unit") or "")
            if unit:
                row.addWidget(QLabel(unit, self))
            row.addStretch(1)
            layout.addLayout(row)
        elif kind == "date":
            row = QHBoxLayout()
            self.date_edit = QDateEdit(self)
            self.date_edit.setObjectName("answerDate")
            self.date_edit.setAccessibleName(self.tr("Answer (a date)"))
            self.date_edit.setCalendarPopup(True)
            self.date_edit.setMinimumDate(NO_DATE)
            self.date_edit.setSpecialValueText(self.tr("No date"))
            self.date_edit.setDate(NO_DATE)
            self.date_edit.dateChanged.connect(self._typing)
            row.addWidget(self.date_edit)
            row.addStretch(1)
            layout.addLayout(row)
        elif kind == "computed":
            hint = QLabel(
                self.tr("Worked out by the application from the partner's records."), self
            )
            hint.setObjectName("computedHint")
            muted(hint)
            layout.addWidget(hint)
        elif kind == "file":
            hint = QLabel(self.tr("Answer by attaching the files below."), self)
            hint.setObjectName("fileHint")
            muted(hint)
            layout.addWidget(hint)
        self._build_states(layout)
        if kind not in ("checklist", "yes_no", "text") and self.ref.allow_na:
            row = QHBoxLayout()
            self.na_button = QPushButton(self.tr("Not applicable"), self)
            self.na_button.setObjectName("notApplicable")
            self.na_button.setAccessibleName(self.tr("Not applicable"))
            self.na_button.setCheckable(True)
            self.na_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            self.na_button.clicked.connect(self._toggle_na)
            row.addWidget(self.na_button)
            row.addStretch(1)
            layout.addLayout(row)

    def _build_states(self, layout: QVBoxLayout) -> None:
        """Buttons for "don't know / not verified" and "covered by an earlier assessment",
        where the template allows them (they are answers, not "not applicable")."""
        states = self.ref.allowed_states()
        if states:
            self._add_word_buttons(layout, list(states), "state")

    def _add_word_buttons(self, layout: QVBoxLayout, values: list[str], prefix: str) -> None:
        """A row of toggle buttons, one per answer word (yes, no, n/a, don't know...)."""
        row = QHBoxLayout()
        for value in values:
            button = QPushButton(checklist_label(value), self)
            button.setObjectName(f"{prefix}:{value}")
            button.setAccessibleName(checklist_label(value))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(lambda _=False, v=value: self._choose(v))
            row.addWidget(button)
            self.checklist_buttons[value] = button
        row.addStretch(1)
        layout.addLayout(row)

    def _add_card(self, layout: QVBoxLayout, value: Any, heading: str, descriptor: str) -> None:
        card = OptionCard(heading, descriptor, self)
        card.setObjectName(f"card:{value}")
        card.clicked.connect(lambda v=value: self._card_clicked(v))
        layout.addWidget(card)
        self.cards.append((value, card))

    def _build_evidence(self, layout: QVBoxLayout) -> None:
        evidence = self.ref.item.get("evidence")
        needs = ""
        if isinstance(evidence, dict):
            kind = evidence.get("kind", "note_or_file")
            needs = {
                "note": self.tr("Evidence needed: a note"),
                "file": self.tr("Evidence needed: an attached file"),
            }.get(kind, self.tr("Evidence needed: a note or an attached file"))
            described = text_of(evidence.get("description"), self.language)
            if described:
                needs = f"{needs} — {described}"
        self.evidence_hint = QLabel(needs, self)
        self.evidence_hint.setObjectName("evidenceHint")
        muted(self.evidence_hint)
        self.evidence_hint.setWordWrap(True)
        self.evidence_hint.setVisible(bool(needs))
        layout.addWidget(self.evidence_hint)
        self.evidence_missing = QLabel(self.tr("Evidence is still missing for this answer."), self)
        self.evidence_missing.setObjectName("evidenceMissing")
        warning = self.evidence_missing.palette()
        warning.setColor(QPalette.ColorRole.WindowText, QColor("#b3261e"))
        self.evidence_missing.setPalette(warning)
        self.evidence_missing.setVisible(False)
        layout.addWidget(self.evidence_missing)

        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setObjectName("evidenceNote")
        self.note_edit.setAccessibleName(self.tr("Evidence note"))
        self.note_edit.setPlaceholderText(self.tr("Evidence note: what you saw, who said it"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 14)
        self.note_edit.textChanged.connect(self._typing)
        layout.addWidget(self.note_edit)

        self.attachment_list = QListWidget(self)
        self.attachment_list.setObjectName("attachmentList")
        self.attachment_list.setAccessibleName(self.tr("Attached files"))
        self.attachment_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 3 + 10)
        self.attachment_list.setVisible(False)
        layout.addWidget(self.attachment_list)
        buttons = QHBoxLayout()
        self.attach_button = QPushButton(self.tr("Attach file…"), self)
        self.attach_button.setObjectName("attachFile")
        self.attach_button.setAccessibleName(self.tr("Attach a file as evidence"))
        self.attach_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.attach_button.clicked.connect(lambda: self.attach_requested.emit(self.item_id))
        buttons.addWidget(self.attach_button)
        self.remove_button = QPushButton(self.tr("Remove file"), self)
        self.remove_button.setObjectName("removeFile")
        self.remove_button.setAccessibleName(self.tr("Remove the selected file"))
        self.remove_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.remove_button.setVisible(False)
        self.remove_button.clicked.connect(self._remove_selected)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    # --- showing a state -------------------------------------------------------------

    @property
    def state(self) -> AnswerState:
        return self._state

    def set_state(self, state: AnswerState) -> None:
        """Show ``state`` (from the vault or an undo) without reporting it as an edit."""
        self._typing_timer.stop()
        self._state = state
        self._updating = True
        try:
            chosen = "not_applicable" if state.not_applicable else state.value
            # A state (don't know, covered) is shown by its button, not in the answer.
            value = None if state.not_applicable or is_state(state.value) else state.value
            for card_value, card in self.cards:
                card.set_selected(value is not None and card_value == value)
            for word, button in self.checklist_buttons.items():
                mark_checked(button, word == chosen)
            for option, box in self.checkboxes:
                box.setChecked(isinstance(value, list) and option in value)
            if self.text_edit is not None and self.text_edit.toPlainText() != (value or ""):
                self.text_edit.setPlainText(value or "")
            if self.number_edit is not None:
                self.number_edit.setText("" if value is None else QLocale().toString(value))
            if self.date_edit is not None:
                parsed = QDate.fromString(str(value), Qt.DateFormat.ISODate) if value else NO_DATE
                self.date_edit.setDate(parsed if parsed.isValid() else NO_DATE)
            if self.na_button is not None:
                mark_checked(self.na_button, state.not_applicable)
            if self.note_edit.toPlainText() != state.evidence_note:
                self.note_edit.setPlainText(state.evidence_note)
        finally:
            self._updating = False
        self._update_evidence_warning()

    def set_attachments(self, attachments: Sequence[AttachmentInfo]) -> None:
        self._attachments = list(attachments)
        self.attachment_list.clear()
        for info in self._attachments:
            entry = QListWidgetItem(
                self.tr("{name} ({size})").format(
                    name=info.filename, size=QLocale().formattedDataSize(info.size)
                )
            )
            entry.setData(Qt.ItemDataRole.UserRole, info.id)
            self.attachment_list.addItem(entry)
        self.attachment_list.setVisible(bool(self._attachments))
        self.remove_button.setVisible(bool(self._attachments))
        self._update_evidence_warning()

    @property
    def attachments(self) -> list[AttachmentInfo]:
        return list(self._attachments)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for _, card in self.cards:
            card.set_read_only(read_only)
        for button in self.checklist_buttons.values():
            button.setEnabled(not read_only)
        for _, box in self.checkboxes:
            box.setEnabled(not read_only)
        for edit in (self.text_edit, self.note_edit):
            if edit is not None:
                edit.setReadOnly(read_only)
        for widget in (self.number_edit, self.date_edit, self.na_button):
            if widget is not None:
                widget.setEnabled(not read_only)
        self.attach_button.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only)

    @property
    def read_only(self) -> bool:
        return self._read_only

    def set_current(self, current: bool) -> None:
        if self._current != current:
            self._current = current
            self.update()

    @property
    def is_current(self) -> bool:
        return self._current

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        if self._current:
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 2)
        else:
            pen = QPen(palette.color(QPalette.ColorRole.Mid), 1)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 4, 4)
        painter.end()

    def forget(self) -> None:
        """Show nothing (before the widget is deleted on lock: until Qt deletes it, its
        Python side would otherwise keep the answer and note)."""
        if self._state != AnswerState():
            self.set_state(AnswerState())
        if self._attachments:
            self.set_attachments([])
        self.clear_unsaved()

    def show_unsaved(self, message: str, retry: Callable[[], None]) -> None:
        """The answer shown could not be written: say why, offer to write it again."""
        if self.unsaved is None:
            self.unsaved = UnsavedNotice(self)
            layout = self.layout()
            assert layout is not None
            layout.addWidget(self.unsaved)
        self.unsaved.show_failure(message, retry)

    def clear_unsaved(self) -> None:
        if self.unsaved is not None:
            self.unsaved.clear()

    def show_stale(self, message: str, reload: Callable[[], None]) -> None:
        """The answer shown was refused: someone else changed it since it was read."""
        if self.stale is None:
            self.stale = StaleNotice(self)
            layout = self.layout()
            assert layout is not None
            layout.addWidget(self.stale)
        self.clear_unsaved()
        self.stale.show_conflict(message, reload)

    @property
    def is_stale(self) -> bool:
        return self.stale is not None and self.stale.is_stale

    @property
    def is_unsaved(self) -> bool:
        return self.unsaved is not None and self.unsaved.is_unsaved

    def _update_evidence_warning(self) -> None:
        state = self._state
        needed = None
        if state.answered:
            needed = evidence_needed(self.ref, CheckedAnswer(state.value, state.not_applicable))
        has_note = bool(state.evidence_note.strip())
        has_file = bool(self._attachments)
        missing = (
            (needed == "note" and not has_note)
            or (needed == "file" and not has_file)
            or (needed == "note_or_file" and not (has_note or has_file))
        )
        self.evidence_missing.setVisible(bool(missing))

    # --- reporting edits -------------------------------------------------------------

    def _emit(self, value: Any, not_applicable: bool = False) -> None:
        """Report a new answer, with the note as typed so far (one change, not two)."""
        if self._updating or self._read_only:
            return
        self._typing_timer.stop()
        note = self.note_edit.toPlainText()
        new = AnswerState(None if not_applicable else value, not_applicable, note)
        if new != self._state:
            self.state_edited.emit(self.item_id, new)

    def _card_clicked(self, value: Any) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        current = None if self._state.not_applicable else self._state.value
        # Clicking the chosen answer again takes it back.
        self._emit(None if current == value else value)

    def _choose(self, value: Any) -> None:
        if value == "not_applicable":
            self._emit(None, not self._state.not_applicable)
        elif self._state.value == value and not self._state.not_applicable:
            self._emit(None)
        else:
            self._emit(value)
        # A click unchecks a checked button before we decide; show the stored state.
        self.set_state(self._state)

    def _toggle_na(self) -> None:
        self._emit(
            self._state.value if self._state.not_applicable else None,
            not self._state.not_applicable,
        )
        self.set_state(self._state)

    def _multiple_changed(self) -> None:
        chosen = [option for option, box in self.checkboxes if box.isChecked()]
        self._emit(chosen or None)

    def _typing(self) -> None:
        if not self._updating and not self._read_only:
            self._typing_timer.start()

    def typed_value(self) -> Any:
        """The answer the typing controls hold now (text, number, date), else the state's."""
        if self.text_edit is not None:
            return self.text_edit.toPlainText() or None
        if self.number_edit is not None:
            raw = self.number_edit.text().strip()
            if not raw:
                return None
            number, ok = QLocale().toDouble(raw)
            if not ok:
                return raw  # the domain check names what is wrong with it
            return int(number) if number.is_integer() else number
        if self.date_edit is not None:
            chosen = self.date_edit.date()
            return None if chosen == NO_DATE else chosen.toString(Qt.DateFormat.ISODate)
        return None if self._state.not_applicable else self._state.value

    def has_pending_typing(self) -> bool:
        return self._typing_timer.isActive()

    def commit_typing(self) -> None:
        """Report what was typed (after a pause, on leaving the field, or before locking)."""
        self._typing_timer.stop()
        if self._updating or self._read_only:
            return
        value = self.typed_value()
        not_applicable = self._state.not_applicable and value is None
        note = self.note_edit.toPlainText()
        new = AnswerState(value, not_applicable, note)
        if new != self._state:
            self.state_edited.emit(self.item_id, new)

    def _remove_selected(self) -> None:
        entry = self.attachment_list.currentItem()
        if entry is None and self.attachment_list.count():
            entry = self.attachment_list.item(0)
        if entry is not None and not self._read_only:
            self.remove_attachment_requested.emit(
                self.item_id, entry.data(Qt.ItemDataRole.UserRole)
            )

    # --- keys ------------------------------------------------------------------------

    def answer_values(self) -> list[Any]:
        if self.ref.type == "checklist":
            return list(CHECKLIST_VALUES)
        if self.ref.type == "yes_no":
            return list(YES_NO_VALUES)
        return [value for value, _ in self.cards]

    def answer_for_digit(self, digit: int) -> Any:
        """The answer a digit key chooses: the level with that value, else the n-th."""
        values = self.answer_values()
        if self.ref.type == "scored" and digit in values:
            return digit
        if 1 <= digit <= len(values):
            return values[digit - 1]
        return None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        text = event.text()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers not in (Qt.KeyboardModifier.NoModifier,):
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit(self.item_id, -1 if key == Qt.Key.Key_Up else 1)
            return
        if self._read_only:
            super().keyPressEvent(event)
            return
        if text.isdigit() and len(text) == 1:
            digit = int(text)
            if digit == 0:
                if self.ref.allow_na:
                    self._emit(None, True)
            else:
                value = self.answer_for_digit(digit)
                if value is not None:
                    self._emit(value)
            self.set_state(self._state)
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._emit(None)
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self._step(key)
            return
        if self.ref.type in ("checklist", "yes_no") and text.lower() in ("y", "n") + (
            ("p",) if self.ref.type == "checklist" else ()
        ):
            self._emit({"y": "yes", "p": "partly", "n": "no"}[text.lower()])
            self.set_state(self._state)
            return
        super().keyPressEvent(event)

    def _step(self, key: int) -> None:
        values = self.answer_values()
        if not values:
            return
        forward = key == Qt.Key.Key_Right
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            forward = not forward
        current = None if self._state.not_applicable else self._state.value
        if current in values:
            index = values.index(current) + (1 if forward else -1)
            index = max(0, min(len(values) - 1, index))
        else:
            index = 0 if forward else len(values) - 1
        self._emit(values[index])

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)


def item_widget_of(widget: QObject | None) -> ItemWidget | None:
    """The item a widget (e.g. the one with the focus) belongs to, if any."""
    while widget is not None:
        if isinstance(widget, ItemWidget):
            return widget
        widget = widget.parent()
    return None
