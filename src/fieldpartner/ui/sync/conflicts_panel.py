"""Conflicting edits found by merges, and settling them field by field.

A conflict is a field two replicas changed differently (DESIGN.md "Sync by bundles",
merge). The list comes from ``sync.conflicts.list_conflicts``; selecting one shows, for each
conflicting field, this vault's value, the incoming one and a choice: keep local, take
incoming, or edit. ``sync.conflicts.resolve_conflict`` holds the settled record to the rule
book (``domain.rules``), as an edit in the application would be, and makes the revision
that settles the conflict; a refused value changes nothing.
Reads and the resolution run in the background.
"""

from __future__ import annotations

from PySide6.QtCore import (
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fieldpartner.sync import resolve_conflict
from fieldpartner.ui.common.colours import overdue_colour
from fieldpartner.ui.common.numbers import format_number
from fieldpartner.ui.names import field_label
from fieldpartner.ui.operations import OwnedReads
from fieldpartner.ui.problems import refusal_text
from fieldpartner.ui.sync.conflict_choice import FieldChoice
from fieldpartner.ui.sync.conflict_model import ConflictTableModel
from fieldpartner.ui.sync.conflict_rows import ConflictList, ConflictRow, read_conflicts
from fieldpartner.ui.sync.conflict_values import (
    INCOMING,
    LOCAL,
)
from fieldpartner.ui.sync.labels import failure_text, format_time
from fieldpartner.ui.tables import record_table
from fieldpartner.ui.worker import TaskControl
from fieldpartner.vault import Vault


class ConflictsPanel(QWidget):
    """Open (and optionally resolved) conflicts; the selected one settled field by field."""

    status_message = Signal(str)
    # The list has been read (or reading failed); tests and the sync page wait for it.
    reloaded = Signal()
    # A resolution ended (successfully or not).
    resolution_finished = Signal(bool)

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsPanel")
        self.vault: Vault | None = vault
        self.model = ConflictTableModel(self)
        self.choices: list[FieldChoice] = []
        self._shown: tuple[str, str] | None = None  # conflict id and status on show
        self.reads = OwnedReads(self)
        self._loading = False
        self._resolving = False
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        self.include_resolved = QCheckBox(self.tr("Show &resolved conflicts too"), self)
        self.include_resolved.setObjectName("conflictsIncludeResolved")
        self.include_resolved.setAccessibleName(self.tr("Show resolved conflicts too"))
        self.include_resolved.toggled.connect(self.reload)
        top.addWidget(self.include_resolved)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("conflictsCount")
        top.addWidget(self.count_label, 1)
        self.refresh_button = QPushButton(self.tr("Re&fresh"), self)
        self.refresh_button.setObjectName("conflictsRefresh")
        self.refresh_button.setAccessibleName(self.tr("Read the conflicts again"))
        self.refresh_button.clicked.connect(self.reload)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("conflictsSplitter")
        self.table = record_table(
            self.splitter,
            "conflictsTable",
            self.tr("Conflicts"),
            self.model,
            (120, 220, 220, 140, 180),
        )
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self.splitter.addWidget(self.table)

        self.detail = QWidget(self.splitter)
        self.detail.setObjectName("conflictDetail")
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self.detail)
        self.title.setObjectName("conflictTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        detail_layout.addWidget(self.title)
        self.sides = QLabel(self.detail)
        self.sides.setObjectName("conflictSides")
        self.sides.setTextFormat(Qt.TextFormat.PlainText)
        self.sides.setWordWrap(True)
        detail_layout.addWidget(self.sides)
        self.fields_area = QScrollArea(self.detail)
        self.fields_area.setObjectName("conflictFieldsArea")
        self.fields_area.setWidgetResizable(True)
        self.fields_area.setFrameShape(QFrame.Shape.NoFrame)
        self.fields_widget = QWidget()
        self.fields_widget.setObjectName("conflictFields")
        self.grid = QGridLayout(self.fields_widget)
        self.grid.setColumnStretch(1, 2)
        self.grid.setColumnStretch(2, 2)
        self.grid.setColumnStretch(4, 3)
        self.fields_area.setWidget(self.fields_widget)
        detail_layout.addWidget(self.fields_area, 1)
        self.feedback = QLabel(self.detail)
        self.feedback.setObjectName("conflictFeedback")
        self.feedback.setTextFormat(Qt.TextFormat.PlainText)
        self.feedback.setWordWrap(True)
        self.feedback.hide()
        detail_layout.addWidget(self.feedback)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.take_local_button = self._button(
            "conflictTakeLocal",
            self.tr("Take all &local"),
            self.tr("Resolve the conflict with this vault's values"),
        )
        self.take_local_button.clicked.connect(lambda: self.resolve_selected(LOCAL))
        self.take_incoming_button = self._button(
            "conflictTakeIncoming",
            self.tr("Take all &incoming"),
            self.tr("Resolve the conflict with the incoming values"),
        )
        self.take_incoming_button.clicked.connect(lambda: self.resolve_selected(INCOMING))
        self.resolve_button = self._button(
            "conflictResolve",
            self.tr("Resolve with &these values"),
            self.tr("Resolve the conflict with the values chosen for each field"),
        )
        self.resolve_button.clicked.connect(lambda: self.resolve_selected(None))
        for button in (self.take_local_button, self.take_incoming_button, self.resolve_button):
            buttons.addWidget(button)
        detail_layout.addLayout(buttons)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([220, 380])
        layout.addWidget(self.splitter, 1)
        self._show_conflict(None)

    def _button(self, name: str, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text, self.detail)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        return button

    # --- reading ------------------------------------------------------------------------

    @property
    def is_loading(self) -> bool:
        return self._loading

    @property
    def is_resolving(self) -> bool:
        return self._resolving

    def reload(self) -> None:
        """Read the conflicts again (in the background), keeping the selection."""
        vault = self.vault
        if vault is None or vault.is_locked:
            return
        include = self.include_resolved.isChecked()
        self._loading = True

        def work(_control: TaskControl) -> ConflictList:
            return read_conflicts(vault, include)

        self.reads.run("conflicts", work, self._show_list, self._read_failed)

    def _show_list(self, found: ConflictList) -> None:
        if self.vault is None:
            return
        chosen = self.selected_id()
        self._loading = False
        self.model.set_conflicts(found)
        open_count = sum(1 for row in found.rows if row.is_open)
        text = self.tr("%Ln open conflict(s)", "", open_count)
        if found.resolved_total > found.resolved_shown:
            text += " " + self.tr(
                "Showing the latest {shown} of {total} resolved conflicts."
            ).format(
                shown=format_number(found.resolved_shown),
                total=format_number(found.resolved_total),
            )
        self.count_label.setText(text)
        if not (chosen and self.select_conflict(chosen)) and found.rows:
            self.table.selectRow(0)
        self.reloaded.emit()

    def _read_failed(self, message: str, exc: BaseException) -> None:
        self._loading = False
        self._show_feedback(failure_text(message, exc))
        self.reloaded.emit()

    # --- selection and detail -----------------------------------------------------------

    def selected_id(self) -> str:
        row = self.selected_row()
        return row.id if row is not None else ""

    def selected_row(self) -> ConflictRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_conflict(self, conflict_id: str) -> bool:
        row = self.model.row_of(conflict_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        return True

    def _selection_changed(self) -> None:
        row = self.selected_row()
        shown = (row.id, row.status) if row is not None else None
        if shown != self._shown:  # a reload that keeps the conflict keeps the edits too
            self._show_conflict(row)

    def _clear_fields(self) -> None:
        for choice in self.choices:
            choice.deleteLater()
        self.choices = []
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is None:
                continue
            # Emptied now: deletion waits for the event loop, and on lock nothing may linger.
            if isinstance(widget, QLabel):
                widget.clear()
            elif isinstance(widget, QLineEdit):
                widget.setText("")
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText("")
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
        for row in range(self.grid.rowCount()):
            self.grid.setRowStretch(row, 0)

    def _show_conflict(self, row: ConflictRow | None) -> None:
        self._clear_fields()
        self._show_feedback("")
        self._shown = (row.id, row.status) if row is not None else None
        if row is None:
            self.title.setText(
                self.tr("Select a conflict to settle it field by field.")
                if self.model.rowCount()
                else ""
            )
            self.sides.clear()
            self.fields_area.hide()
            self._update_buttons()
            return
        self.title.setText(
            self.tr(
                "{kind} \u201c{record}\u201d: %Ln conflicting field(s)", "", len(row.fields)
            ).format(kind=self.model.kind_label(row.kind), record=row.label or row.record_id)
        )
        sides = self.tr(
            "Local: changed on {local} by {local_author}. Incoming: changed on {incoming} by "
            "{incoming_author}. Found {found}."
        ).format(
            local=self.model.device_name(row.local_device),
            local_author=row.local_author or self.tr("unknown"),
            incoming=self.model.device_name(row.incoming_device),
            incoming_author=row.incoming_author or self.tr("unknown"),
            found=format_time(row.found_at),
        )
        if not row.is_open:
            sides += " " + self.tr("Resolved {when} ({how}).").format(
                when=format_time(row.resolved_at), how=row.resolution
            )
        self.sides.setText(sides)
        headers = [self.tr("Field"), self.tr("Local"), self.tr("Incoming"), self.tr("Choice")]
        if row.is_open:
            headers.append(self.tr("Value to keep"))
        for column, text in enumerate(headers):
            header = QLabel(text, self.fields_widget)
            bold = header.font()
            bold.setBold(True)
            header.setFont(bold)
            self.grid.addWidget(header, 0, column, Qt.AlignmentFlag.AlignTop)
        for number, field in enumerate(row.fields, start=1):
            choice = FieldChoice(row, field, self.fields_widget)
            for column, widget in enumerate(choice.widgets()):
                self.grid.addWidget(widget, number, column, Qt.AlignmentFlag.AlignTop)
            self.choices.append(choice)
        self.grid.setRowStretch(len(row.fields) + 1, 1)
        self.fields_area.show()
        self._update_buttons()

    def choice_for(self, field: str) -> FieldChoice | None:
        return next((c for c in self.choices if c.name == field), None)

    def _update_buttons(self) -> None:
        row = self.selected_row()
        usable = row is not None and row.is_open and not self._resolving
        for button in (self.take_local_button, self.take_incoming_button, self.resolve_button):
            button.setEnabled(usable)

    def _show_feedback(self, text: str) -> None:
        self.feedback.setText(text)
        self.feedback.setVisible(bool(text))
        if text:
            self.feedback.setStyleSheet(f"color: {overdue_colour().name()};")

    # --- resolving ----------------------------------------------------------------------

    def chosen_take(self) -> str | dict[str, str]:
        """What the field choices ask of ``resolve_conflict``; raises ``ValueError`` with
        a message when a choice cannot be given as a value."""
        picks = {c.chosen() for c in self.choices}
        if picks in ({LOCAL}, {INCOMING}):
            return picks.pop()
        take: dict[str, str] = {}
        for choice in self.choices:
            text = choice.take_text()
            if text is None:
                side = choice.chosen()
                if side == choice.winner:
                    continue  # the record holds that value already
                raise ValueError(
                    self.tr(
                        "{field}: an empty value cannot be chosen field by field; use "
                        "\u201cTake all local\u201d or \u201cTake all incoming\u201d."
                    ).format(field=field_label(choice.name))
                )
            take[choice.name] = text
        return take

    def resolve_selected(self, take: str | None) -> None:
        """Settle the selected conflict: ``local``, ``incoming`` or (None) the values
        chosen field by field. Runs in the background; a refused value changes nothing."""
        row = self.selected_row()
        vault = self.vault
        if row is None or not row.is_open or vault is None or vault.is_locked:
            return
        if self._resolving:
            return
        chosen: str | dict[str, str]
        if take is None:
            try:
                chosen = self.chosen_take()
            except ValueError as exc:
                self._show_feedback(refusal_text(exc))
                self.resolution_finished.emit(False)
                return
        else:
            chosen = take
        self._resolving = True
        self._show_feedback("")
        self._update_buttons()
        if chosen == LOCAL:
            how = self.tr("kept the local values")
        elif chosen == INCOMING:
            how = self.tr("took the incoming values")
        else:
            how = self.tr("chose %Ln field(s) one by one", "", len(self.choices))
        done = self.tr("Conflict on {kind} \u201c{record}\u201d resolved: {how}.").format(
            kind=self.model.kind_label(row.kind), record=row.label or row.record_id, how=how
        )

        def work(_control: TaskControl) -> None:
            resolve_conflict(vault, row.id, chosen)

        self.reads.queue_write(
            "resolve", vault, work, lambda _result: self._resolved(done), self._refused
        )

    def _resolved(self, message: str) -> None:
        if self.vault is None:
            return
        self._resolving = False
        self.status_message.emit(message)
        self.reload()
        self.resolution_finished.emit(True)

    def _refused(self, message: str, exc: BaseException) -> None:
        if self.vault is None:
            return
        self._resolving = False
        text = failure_text(message, exc)
        self._show_feedback(
            self.tr("Not resolved: {reason}. Nothing was changed.").format(reason=text)
        )
        for choice in self.choices:
            if text.startswith(f"{choice.name} ") or text.startswith(f"{choice.name}:"):
                choice.editor.setFocus()
        self._update_buttons()
        self.status_message.emit(self.tr("The conflict was not resolved."))
        self.resolution_finished.emit(False)

    # --- lock ---------------------------------------------------------------------------

    def forget(self) -> None:
        """Empty every widget and model (on lock); waits for work on its way."""
        self.reads.drop()
        self._loading = False
        self._resolving = False
        self.table.clearSelection()
        self.model.clear()
        self._show_conflict(None)
        self.title.clear()
        self.count_label.clear()
        self.reads.forget()
