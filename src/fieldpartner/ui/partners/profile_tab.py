"""A partner's profile: every field of DESIGN.md's partner, saved as soon as the user
leaves a field, checked by ``domain.partners.edit_partner`` (its problems are shown next to
the fields they name), and undoable through the tab's ``QUndoStack``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QPalette, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fieldpartner.domain.partners import edit_partner, get_partner
from fieldpartner.domain.revisions import EditConflict, edit_based_on
from fieldpartner.domain.staff import NotPermitted
from fieldpartner.domain.validation import ValidationError, clean_tags
from fieldpartner.ui.common import vocabulary
from fieldpartner.ui.common.stale import StaleNotice
from fieldpartner.ui.common.unsaved import UnsavedNotice
from fieldpartner.ui.operations import change
from fieldpartner.ui.problems import problem_text, refusal_text
from fieldpartner.vault import Vault

LINE_FIELDS = ("name", "acronym", "region", "relationship_owner", "tags")
TEXT_FIELDS = (
    "mandate",
    "history",
    "governance",
    "local_anchoring",
    "affiliations",
    "exit_criteria",
    "notes",
)
CHOICE_FIELDS = ("type", "category", "modality", "phase", "sensitivity")
# The order of the form.
FIELD_ORDER = (
    "name",
    "acronym",
    "country",
    "region",
    "type",
    "category",
    "modality",
    "phase",
    "sensitivity",
    "relationship_owner",
    "tags",
    "mandate",
    "history",
    "governance",
    "local_anchoring",
    "affiliations",
    "exit_criteria",
    "notes",
)


class PlainTextField(QPlainTextEdit):
    """A multi-line field that, like QLineEdit, says when the user has finished editing."""

    editingFinished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()


class FieldEdit(QUndoCommand):
    """One saved change of one profile field; undo and redo save again."""

    def __init__(self, tab: ProfileTab, field: str, old: Any, new: Any, label: str) -> None:
        super().__init__(label)
        self._tab = tab
        self.field = field
        self._old = old
        self._new = new
        self._first = True  # the change is already saved when the command is pushed

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._tab.apply(self.field, self._new)

    def undo(self) -> None:
        self._tab.apply(self.field, self._old)


class ProfileTab(QWidget):
    status_message = Signal(str)
    saved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileTab")
        self.vault: Vault | None = None
        self.partner_id = ""
        self._base: dict[str, str] = {"rev": ""}
        self._values: dict[str, Any] = {}
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setObjectName("profileUndoStack")
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        # Values queued on the vault's writer, by field; and fields whose write failed.
        self._writing: dict[str, Any] = {}
        self.unsaved_fields: set[str] = set()

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.unsaved = UnsavedNotice(self)
        self.unsaved.setObjectName("profileUnsaved")
        outer.addWidget(self.unsaved)
        self.stale = StaleNotice(self)
        self.stale.setObjectName("profileStale")
        outer.addWidget(self.stale)
        scroll = QScrollArea(self)
        scroll.setObjectName("profileScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget(scroll)
        body.setObjectName("profileBody")
        form = QFormLayout(body)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        scroll.setWidget(body)

        labels = self._labels()
        for field in FIELD_ORDER:
            widget = self._make_field(field, body)
            widget.setObjectName(f"profile_{field}")
            widget.setAccessibleName(labels[field].replace("&", ""))
            self.fields[field] = widget
            error = QLabel(body)
            error.setObjectName(f"profile_{field}_error")
            error.setWordWrap(True)
            error.setTextFormat(Qt.TextFormat.PlainText)
            error.setForegroundRole(QPalette.ColorRole.BrightText)
            error.hide()
            self.errors[field] = error
            cell = QVBoxLayout()
            cell.setSpacing(2)
            cell.addWidget(widget)
            cell.addWidget(error)
            label = QLabel(labels[field], body)
            label.setBuddy(widget)
            form.addRow(label, cell)

    def _labels(self) -> dict[str, str]:
        return {
            "name": self.tr("&Name:"),
            "acronym": self.tr("A&cronym:"),
            "country": self.tr("C&ountry:"),
            "region": self.tr("&Region:"),
            "type": self.tr("&Type:"),
            "mandate": self.tr("&Mandate:"),
            "history": self.tr("&History:"),
            "governance": self.tr("&Governance:"),
            "local_anchoring": self.tr("&Local anchoring:"),
            "affiliations": self.tr("A&ffiliations:"),
            "category": self.tr("Partnership c&ategory:"),
            "modality": self.tr("Mo&dality:"),
            "phase": self.tr("&Phase:"),
            "exit_criteria": self.tr("&Exit criteria:"),
            "relationship_owner": self.tr("Relationship &owner:"),
            "sensitivity": self.tr("&Sensitivity:"),
            "tags": self.tr("Ta&gs:"),
            "notes": self.tr("N&otes:"),
        }

    def _make_field(self, field: str, parent: QWidget) -> QWidget:
        commit: Callable[[], None] = lambda: self.commit(field)  # noqa: E731
        if field in LINE_FIELDS:
            line = QLineEdit(parent)
            if field == "tags":
                line.setPlaceholderText(self.tr("Comma-separated, e.g. detention, women's rights"))
            line.editingFinished.connect(commit)
            return line
        if field in TEXT_FIELDS:
            text = PlainTextField(parent)
            text.setTabChangesFocus(True)
            text.setMinimumHeight(text.fontMetrics().lineSpacing() * 4)
            text.setMaximumHeight(text.fontMetrics().lineSpacing() * 8)
            text.editingFinished.connect(commit)
            return text
        combo = QComboBox(parent)
        if field == "country":
            # Editable, so a code can be typed; a code that is not a country is refused
            # by the partner service and the problem shown below the field.
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            vocabulary.fill_countries(combo, any_label=self.tr("(not set)"))
            typed = combo.lineEdit()
            assert typed is not None  # an editable combo box has its line edit
            typed.setObjectName("profile_country_text")
            typed.setAccessibleName(self.tr("Country"))
            typed.editingFinished.connect(commit)
            combo.activated.connect(commit)
        else:
            vocabulary.fill_choices(combo, field)
            combo.activated.connect(commit)
        return combo

    # --- reading and writing widgets ---------------------------------------------------

    def _widget_value(self, field: str) -> Any:
        widget = self.fields[field]
        if isinstance(widget, QLineEdit):
            if field == "tags":
                return clean_tags(widget.text().split(","))
            return widget.text()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        assert isinstance(widget, QComboBox)
        if field == "country":
            text = widget.currentText().strip()
            index = widget.findText(text, Qt.MatchFlag.MatchFixedString)
            if index >= 0:
                return widget.itemData(index) or ""
            # "Kenya (KE)" typed by hand, or a bare code.
            if text.endswith(")") and "(" in text:
                text = text.rsplit("(", 1)[1].rstrip(")")
            return text.upper()
        return widget.currentData()

    def _show_value(self, field: str, value: Any) -> None:
        widget = self.fields[field]
        widget.blockSignals(True)
        try:
            if isinstance(widget, QLineEdit):
                widget.setText(", ".join(value) if field == "tags" else str(value or ""))
                widget.setCursorPosition(0)
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(str(value or ""))
            elif isinstance(widget, QComboBox):
                index = widget.findData(value or "")
                if index >= 0:
                    widget.setCurrentIndex(index)
                else:
                    widget.setCurrentIndex(0)
                    if widget.isEditable():
                        widget.setEditText(str(value or ""))
        finally:
            widget.blockSignals(False)

    # --- the partner -------------------------------------------------------------------

    def load(self, vault: Vault, partner_id: str) -> None:
        """Show ``partner_id``'s profile; raises ``NotFound`` (changing nothing) if it is
        gone."""
        with vault.session() as session:
            partner = get_partner(session, partner_id)
            values = {field: getattr(partner, field) for field in FIELD_ORDER}
            values["tags"] = list(partner.tags or [])
            # The revision this form edits from: a save finding another (someone else's
            # change meanwhile, another window's) is refused, never written over it.
            self._base = {"rev": partner.rev}
        self.vault = vault
        self.partner_id = partner_id
        self.undo_stack.clear()
        self._writing.clear()
        self.unsaved_fields.clear()
        self.unsaved.clear()
        self.stale.clear()
        self._values = values
        for field, value in self._values.items():
            self._show_value(field, value)
            self._show_error(field, "")

    def commit(self, field: str) -> None:
        """Save the field's widget value if it changed (editingFinished / activated)."""
        if self.vault is None or self.vault.is_locked or not self.partner_id:
            return
        new = self._widget_value(field)
        if field in self._writing:
            if self._writing[field] == new:
                return  # already on its way to the vault
        elif new == self._values.get(field) and field not in self.unsaved_fields:
            self._show_error(field, "")
            return
        self._save(field, new, undoable=True)

    def apply(self, field: str, value: Any) -> None:
        """Save ``value`` (from undo or redo) and show it."""
        self._show_value(field, value)
        self._save(field, value, undoable=False)

    def _save(self, field: str, value: Any, *, undoable: bool) -> None:
        """Queue the change on the vault's writer; the field shows what became of it."""
        assert self.vault is not None
        partner_id = self.partner_id
        self._writing[field] = value
        base = self._base  # read and moved on by the writer's one thread, in order

        def edit(session: Any) -> Any:
            edit_based_on(session, partner_id, base["rev"])
            partner = get_partner(session, partner_id)
            edit_partner(session, partner, **{field: value})
            session.flush()
            base["rev"] = partner.rev
            saved = getattr(partner, field)
            return list(saved) if field == "tags" else saved

        change(
            self,
            self.vault,
            edit,
            on_saved=lambda saved: self._saved(partner_id, field, value, saved, undoable),
            on_failed=lambda message, exc: self._not_saved(partner_id, field, value, message, exc),
        )

    def _saved(self, partner_id: str, field: str, value: Any, saved: Any, undoable: bool) -> None:
        if partner_id != self.partner_id:
            return  # another partner is shown now; this one's change is in the vault
        old = self._values.get(field)
        self._values[field] = saved
        if self._writing.get(field) == value:
            del self._writing[field]
            self._show_error(field, "")
            self._mark_saved(field)
            if field in ("country", "tags") or saved != value:
                self._show_value(field, saved)
        if undoable and old != saved:
            label = self.tr("Edit {field}").format(
                field=self._labels()[field].replace("&", "").rstrip(":")
            )
            self.undo_stack.push(FieldEdit(self, field, old, saved, label))
        self.status_message.emit(self.tr("Saved"))
        self.saved.emit()

    def _not_saved(
        self, partner_id: str, field: str, value: Any, message: str, exc: BaseException
    ) -> None:
        if partner_id != self.partner_id:
            self.status_message.emit(self.tr("Not saved: {problem}").format(problem=message))
            return
        if self._writing.get(field) != value:
            return  # a later change of the field is on its way
        del self._writing[field]
        if isinstance(exc, EditConflict) and self.vault is not None:
            # Changed meanwhile by someone else: what was typed stays, with why it was not
            # saved; Reload shows the partner as it is now (a retry would be refused again).
            vault = self.vault
            self._show_error(field, message)
            self.stale.show_conflict(message, lambda: self.load(vault, partner_id))
            self.status_message.emit(self.tr("Not saved: {problem}").format(problem=message))
            return
        if isinstance(exc, NotPermitted) and self.vault is not None:
            # Not this person's to change: show the record as it is, and say why.
            self.load(self.vault, partner_id)
            self._show_error(field, message)
            self.status_message.emit(self.tr("Not saved: {problem}").format(problem=message))
            return
        if isinstance(exc, ValidationError):
            for problem_field, text in exc.problems:
                shown = problem_field if problem_field in self.fields else field
                self._show_error(shown, problem_text(text))
            self.status_message.emit(
                self.tr("Not saved: {problem}").format(problem=refusal_text(exc))
            )
            return
        # The vault could not take it (busy too long, disk full): the field keeps what was
        # typed, marked, and Retry writes it again.
        self.unsaved_fields.add(field)
        self._show_error(field, self.tr("Not saved: {reason}").format(reason=message))
        self.unsaved.show_failure(message, self.retry)
        self.status_message.emit(self.tr("Not saved: {problem}").format(problem=message))

    def _mark_saved(self, field: str) -> None:
        self.unsaved_fields.discard(field)
        if not self.unsaved_fields:
            self.unsaved.clear()

    def retry(self) -> None:
        """Write every field whose write failed again, as it is shown now."""
        for field in list(self.unsaved_fields):
            self.commit(field)

    def _show_error(self, field: str, message: str) -> None:
        label = self.errors.get(field)
        if label is None:
            return
        label.setText(message)
        label.setVisible(bool(message))
        if message:
            dark = self.palette().window().color().lightness() < 128
            label.setStyleSheet("color: #ff8a80;" if dark else "color: #b00020;")

    def error_text(self, field: str) -> str:
        return self.errors[field].text()

    def value(self, field: str) -> Any:
        """The saved value of ``field`` (as last read or written)."""
        return self._values.get(field)

    def forget(self) -> None:
        # Typing that was not yet saved (the lock came while a field had focus) is kept.
        if self.vault is not None and not self.vault.is_locked and self.partner_id:
            for field in FIELD_ORDER:
                self.commit(field)
        self.undo_stack.clear()
        self._values = {}
        self._writing.clear()
        self.unsaved_fields.clear()
        self.unsaved.clear()
        self.partner_id = ""
        self.vault = None
        for field in FIELD_ORDER:
            self._show_value(field, "" if field != "tags" else [])
            self._show_error(field, "")
        country = self.fields["country"]
        assert isinstance(country, QComboBox)
        country.setCurrentIndex(0)
        line = country.lineEdit()
        assert line is not None  # the country field is editable
        line.blockSignals(True)
        line.setText("")
        line.setText(country.itemText(0))
        line.blockSignals(False)
