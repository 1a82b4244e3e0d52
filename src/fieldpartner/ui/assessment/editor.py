"""The answers of one assessment: sections on one side, the items of the chosen section on
the other, every change written to the vault at once and undoable.

Item widgets are built per section the first time it is shown, so opening a template of a
hundred items builds only the first section's. Completeness and which items apply (tier,
conditions on other answers) are recomputed by ``domain.scoring`` after every change, on a
worker thread from a copy of the answers as shown; the newest change's results are shown.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldpartner.domain.assessments import (
    AnswerState,
    AssessmentError,
    answer_state_of,
    get_assessment,
    set_answer_state,
)
from fieldpartner.domain.attachments import add_attachment, attachments_of, delete_attachment
from fieldpartner.domain.results import Completeness, Results
from fieldpartner.domain.templates import ItemRef, TemplateDocument, text_of
from fieldpartner.domain.templates.answers import AnswerRejected, check_answer
from fieldpartner.ui.assessment.item_widgets import ItemWidget, item_widget_of
from fieldpartner.ui.assessment.labels import content_language
from fieldpartner.ui.assessment.loading import AssessmentData, AttachmentInfo, live_results
from fieldpartner.ui.common.numbers import format_fraction, format_number, format_outline
from fieldpartner.ui.common.photo_details import KeepPhotoDetails
from fieldpartner.ui.common.stale import is_stale
from fieldpartner.ui.idle_lock import input_watch_paused
from fieldpartner.ui.operations import OwnedReads, change, writer_of
from fieldpartner.ui.problems import refusal_text
from fieldpartner.ui.worker import BackgroundTask, TaskControl
from fieldpartner.vault import Vault

SECTION_ROLE = Qt.ItemDataRole.UserRole + 1
TYPED_KINDS = ("text", "number", "date")
# Items built at once when a section opens, then per event-loop turn: each costs a few
# milliseconds (10-20 under load, with its four level cards), and the interface must not
# stall for 100 ms. Two items fill the first screen of a section.
FIRST_CHUNK = 2
LATER_CHUNK = 2


class AnswerChange(QUndoCommand):
    """One change of one item's answer; undo and redo write to the vault at once."""

    def __init__(
        self,
        editor: AssessmentEditor,
        item_id: str,
        before: AnswerState,
        after: AnswerState,
        typed: bool,
    ) -> None:
        super().__init__(editor.tr("Answer to {item}").format(item=item_id))
        self.editor = editor
        self.item_id = item_id
        self.before = before
        self.after = after
        self.typed = typed
        self._already_done = True  # pushed after the change was written

    def redo(self) -> None:
        if self._already_done:
            self._already_done = False
            return
        self.editor.apply_state(self.item_id, self.after)

    def undo(self) -> None:
        self.editor.apply_state(self.item_id, self.before)

    def id(self) -> int:
        return 1

    def mergeWith(self, other: QUndoCommand) -> bool:
        # Typing in one field is one step to undo, not one per pause.
        if (
            isinstance(other, AnswerChange)
            and other.item_id == self.item_id
            and self.typed
            and other.typed
        ):
            self.after = other.after
            return True
        return False


class AssessmentEditor(QWidget):
    """Answers of one assessment. Needs ``load(vault, data)``; ``clear()`` forgets all."""

    answers_changed = Signal()  # a change was saved (results are out of date)
    problem = Signal(str)  # a change was refused; the message says why
    saved = Signal(str)  # a short status message

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentEditor")
        self._vault: Vault | None = None
        self._data: AssessmentData | None = None
        self._doc: TemplateDocument | None = None
        self._language = content_language()
        self._read_only = False
        self.results = Results()
        # Results are recomputed off the interface thread after each change (7 ms for a
        # 123-item template); the newest change's results are the ones shown.
        self._results_reads = OwnedReads(self)
        self.widgets: dict[str, ItemWidget] = {}
        self._pages: dict[str, QWidget] = {}
        self._unbuilt: dict[str, list[tuple[ItemRef, str]]] = {}
        self._build_timer = QTimer(self)
        self._build_timer.setObjectName("itemBuildTimer")
        self._build_timer.setSingleShot(True)
        self._build_timer.setInterval(0)
        self._build_timer.timeout.connect(self._build_more)
        self._section_items: dict[str, list[ItemRef]] = {}
        self._section_numbers: dict[str, str] = {}
        self._tree_items: dict[str, QTreeWidgetItem] = {}
        self._current_section: str | None = None
        self._current_item: str | None = None
        # Tests replace this to answer the file dialog.
        self.choose_files: Callable[[str], list[str]] = self._ask_for_files
        self._attach_task: BackgroundTask | None = None
        # Answers queued on the writer and not yet reported written, by item.
        self._writing: dict[str, AnswerState] = {}

        self.undo_stack = QUndoStack(self)
        self.undo_stack.setObjectName("answerUndoStack")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.completeness_label = QLabel(self)
        self.completeness_label.setObjectName("completenessLabel")
        top.addWidget(self.completeness_label)
        self.completeness_bar = QProgressBar(self)
        self.completeness_bar.setObjectName("completenessBar")
        self.completeness_bar.setAccessibleName(self.tr("Completeness"))
        self.completeness_bar.setRange(0, 100)
        self.completeness_bar.setMaximumWidth(240)
        top.addWidget(self.completeness_bar)
        self.next_unanswered_button = QPushButton(self.tr("Next unanswered"), self)
        self.next_unanswered_button.setObjectName("nextUnanswered")
        self.next_unanswered_button.setAccessibleName(
            self.tr("Go to the next question without an answer")
        )
        self.next_unanswered_button.clicked.connect(self.next_unanswered)
        top.addWidget(self.next_unanswered_button)
        self.only_unanswered = QCheckBox(self.tr("Show only unanswered"), self)
        self.only_unanswered.setObjectName("onlyUnanswered")
        self.only_unanswered.setAccessibleName(self.tr("Show only questions without an answer"))
        self.only_unanswered.toggled.connect(lambda _on: self._update_progress())
        top.addWidget(self.only_unanswered)
        # Photos attached as evidence: location and camera details removed unless kept.
        self.keep_metadata = KeepPhotoDetails(self)
        self.keep_metadata.setObjectName("keepEvidencePhotoMetadata")  # unique in the window
        top.addWidget(self.keep_metadata)
        top.addStretch(1)
        self.keys_hint = QLabel(
            self.tr(
                "Keys: 1–9 choose the answer · 0 not applicable · ↑ ↓ previous/next question · Del clear"
            ),
            self,
        )
        self.keys_hint.setObjectName("keysHint")
        # Wrapped rather than widening the window past a laptop screen.
        self.keys_hint.setWordWrap(True)
        self.keys_hint.setMinimumWidth(self.keys_hint.fontMetrics().averageCharWidth() * 30)
        top.addWidget(self.keys_hint)
        layout.addLayout(top)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("editorSplitter")
        self.section_tree = QTreeWidget(splitter)
        self.section_tree.setObjectName("sectionTree")
        self.section_tree.setAccessibleName(self.tr("Sections"))
        self.section_tree.setColumnCount(2)
        self.section_tree.setHeaderLabels([self.tr("Section"), self.tr("Answered")])
        self.section_tree.header().setStretchLastSection(False)
        self.section_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.section_tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.section_tree.currentItemChanged.connect(self._section_chosen)
        self.item_scroll = QScrollArea(splitter)
        self.item_scroll.setObjectName("itemScroll")
        self.item_scroll.setAccessibleName(self.tr("Questions"))
        self.item_scroll.setWidgetResizable(True)
        self._holder = QWidget(self)  # keeps built section pages while not shown
        self._holder.setObjectName("sectionPageHolder")
        self._holder.hide()
        splitter.addWidget(self.section_tree)
        splitter.addWidget(self.item_scroll)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 700])
        layout.addWidget(splitter, 1)

        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    # --- loading and forgetting ------------------------------------------------------

    @property
    def data(self) -> AssessmentData | None:
        return self._data

    @property
    def current_section(self) -> str | None:
        return self._current_section

    @property
    def current_item(self) -> str | None:
        return self._current_item

    def load(self, vault: Vault, data: AssessmentData) -> None:
        self.clear()
        self._vault = vault
        self._data = data
        self._doc = TemplateDocument(data.body)
        self._read_only = not data.is_draft
        for ref in self._doc.item_order:
            section_id = ref.sections[-1] if ref.sections else ""
            self._section_items.setdefault(section_id, []).append(ref)
        self.results = data.results or live_results(data, data.states)
        self._build_tree()
        self._update_progress()
        first = next(iter(self._visible_sections()), None)
        if first is not None:
            self.show_section(first)

    def clear(self) -> None:
        """Forget the assessment: widgets, answers, undo history."""
        self.undo_stack.clear()
        self.section_tree.blockSignals(True)
        self.section_tree.clear()
        self.section_tree.blockSignals(False)
        shown = self.item_scroll.takeWidget()
        if shown is not None:
            shown.deleteLater()
        for widget in self.widgets.values():
            widget.forget()
        for page in self._pages.values():
            page.deleteLater()
        self._pages.clear()
        self.widgets.clear()
        self._build_timer.stop()
        self._unbuilt.clear()
        self._section_items.clear()
        self._section_numbers.clear()
        self._tree_items.clear()
        self._current_section = self._current_item = None
        self._data = self._doc = None
        self._vault = None
        self._writing.clear()
        self._results_reads.drop()
        self.results = Results()
        self.completeness_label.clear()
        self.completeness_bar.setValue(0)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for widget in self.widgets.values():
            widget.set_read_only(read_only)

    @property
    def read_only(self) -> bool:
        return self._read_only

    # --- sections --------------------------------------------------------------------

    def _build_tree(self) -> None:
        assert self._doc is not None
        self.section_tree.blockSignals(True)
        numbers: dict[str, int] = {}
        for ref in self._doc.section_order:
            parent_id = ref.ancestors[-1] if ref.ancestors else ""
            numbers[parent_id] = numbers.get(parent_id, 0) + 1
            prefix = self._section_numbers.get(parent_id, "")
            # "4" and "4.1": digits joined by dots stay in order in right-to-left text,
            # where "4." would show as ".4".
            number = f"{prefix}.{numbers[parent_id]}" if prefix else str(numbers[parent_id])
            self._section_numbers[ref.id] = number
            title = text_of(ref.section.get("title"), self._language)
            entry = QTreeWidgetItem([f"{format_outline(number)}  {title}", ""])
            entry.setData(0, SECTION_ROLE, ref.id)
            entry.setToolTip(0, title)
            parent = self._tree_items.get(parent_id)
            if parent is None:
                self.section_tree.addTopLevelItem(entry)
            else:
                parent.addChild(entry)
            self._tree_items[ref.id] = entry
        self.section_tree.expandAll()
        self.section_tree.blockSignals(False)

    def _visible_sections(self) -> list[str]:
        """Sections, in order, that hold at least one applicable item of their own."""
        assert self._doc is not None
        return [
            ref.id
            for ref in self._doc.section_order
            if any(self._applies(i.id) for i in self._section_items.get(ref.id, []))
        ]

    def _section_chosen(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.show_section(current.data(0, SECTION_ROLE))

    def show_section(self, section_id: str) -> None:
        if self._doc is None or section_id == self._current_section:
            return
        self.commit_pending()
        page = self._pages.get(section_id)
        if page is None:
            page = self._build_page(section_id)
        shown = self.item_scroll.takeWidget()
        if shown is not None:
            shown.setParent(self._holder)
        self.item_scroll.setWidget(page)
        page.show()
        self._current_section = section_id
        entry = self._tree_items.get(section_id)
        if entry is not None and self.section_tree.currentItem() is not entry:
            self.section_tree.blockSignals(True)
            self.section_tree.setCurrentItem(entry)
            self.section_tree.blockSignals(False)
        self.item_scroll.verticalScrollBar().setValue(0)

    def _build_page(self, section_id: str) -> QWidget:
        """A section's page; its items are added a few at a time (see ``_build_more``)."""
        assert self._doc is not None and self._data is not None
        page = QWidget(self._holder)
        page.setObjectName(f"sectionPage:{section_id}")
        layout = QVBoxLayout(page)
        layout.setSpacing(10)
        ref = self._doc.sections.get(section_id)
        if ref is not None:
            description = text_of(ref.section.get("description"), self._language)
            if description:
                about = QLabel(description, page)
                about.setObjectName("sectionDescription")
                about.setWordWrap(True)
                layout.addWidget(about)
        layout.addStretch(1)
        self._pages[section_id] = page
        number = self._section_numbers.get(section_id, "")
        index = 0
        pending = []
        for item in self._section_items.get(section_id, []):
            # Items of another tier or the other side never show, so they take no number.
            index += self._can_apply(item)
            pending.append((item, f"{number}.{index}"))
        self._unbuilt[section_id] = pending
        self._build_items(section_id, FIRST_CHUNK)
        return page

    def _build_items(self, section_id: str, count: int | None = None, upto: str = "") -> None:
        """Build the next ``count`` items of a section (all with None), or up to ``upto``."""
        assert self._doc is not None and self._data is not None
        pending = self._unbuilt.get(section_id)
        page = self._pages.get(section_id)
        if not pending or page is None:
            return
        layout = page.layout()
        assert isinstance(layout, QVBoxLayout)  # made by _build_page
        with input_watch_paused():
            self._build_widgets(section_id, pending, layout, count, upto)
        if not pending:
            self._unbuilt.pop(section_id, None)
        elif not self._build_timer.isActive():
            self._build_timer.start()

    def _build_widgets(
        self,
        section_id: str,
        pending: list[tuple[ItemRef, str]],
        layout: QVBoxLayout,
        count: int | None,
        upto: str,
    ) -> None:
        assert self._data is not None and self._doc is not None
        page = self._pages[section_id]
        built = 0
        while pending and (count is None or built < count or upto):
            item, number = pending.pop(0)
            widget = ItemWidget(self._doc, item, number, self._language, page)
            widget.set_state(self._data.states.get(item.id, AnswerState()))
            widget.set_attachments(self._data.attachments.get(item.id, []))
            widget.set_read_only(self._read_only)
            widget.setVisible(self._shown(item.id))
            widget.state_edited.connect(self._state_edited)
            widget.move_requested.connect(self.move_focus)
            widget.attach_requested.connect(self._attach_requested)
            widget.remove_attachment_requested.connect(self.remove_attachment)
            layout.insertWidget(layout.count() - 1, widget)  # before the stretch
            self.widgets[item.id] = widget
            built += 1
            if upto and item.id == upto:
                break

    def _build_more(self) -> None:
        """Add the next few items of the shown section, one event-loop turn at a time, so
        a long section never holds the interface up."""
        if self._current_section in self._unbuilt:
            self._build_items(self._current_section, LATER_CHUNK)

    def item_widget(self, item_id: str) -> ItemWidget | None:
        """The item's widget, building its section (up to it) if need be."""
        if self._doc is None or item_id not in self._doc.items:
            return None
        ref = self._doc.items[item_id]
        section_id = ref.sections[-1] if ref.sections else ""
        if section_id not in self._pages:
            self._build_page(section_id)
        if item_id not in self.widgets:
            self._build_items(section_id, upto=item_id)
        return self.widgets.get(item_id)

    def _can_apply(self, ref: ItemRef) -> bool:
        """Whether the item can apply at all to this assessment's tier and respondent
        (conditions on other answers aside)."""
        assert self._doc is not None and self._data is not None
        nodes = [self._doc.sections[s].section for s in ref.sections if s in self._doc.sections]
        for node in [*nodes, ref.item]:
            tiers = node.get("applies_to_tiers")
            if tiers and self._data.tier not in tiers:
                return False
            asked = node.get("respondent")
            if asked not in (None, "both", self._data.respondent):
                return False
        return True

    # --- moving between items --------------------------------------------------------

    def _applies(self, item_id: str) -> bool:
        item = self.results.items.get(item_id)
        return item is not None and item.applicable

    def _answered(self, item_id: str) -> bool:
        state = self._data.states.get(item_id) if self._data is not None else None
        return state is not None and state.answered

    def _shown(self, item_id: str) -> bool:
        """Whether an item's widget shows: it applies, and, with "show only unanswered",
        it has no answer yet (the current item stays while it is being answered)."""
        if not self._applies(item_id):
            return False
        if not self.only_unanswered.isChecked() or item_id == self._current_item:
            return True
        return not self._answered(item_id)

    def unanswered_items(self) -> list[str]:
        """Items that apply, are asked and have no answer, in the template's order."""
        if self._doc is None:
            return []
        return [
            ref.id
            for ref in self._doc.item_order
            if ref.answered_by_hand and self._applies(ref.id) and not self._answered(ref.id)
        ]

    def next_unanswered(self) -> None:
        """Go to the first unanswered item after the current one (wrapping round)."""
        if self._doc is None:
            return
        waiting = self.unanswered_items()
        if not waiting:
            self.saved.emit(self.tr("Every question is answered"))
            return
        order = [ref.id for ref in self._doc.item_order]
        here = order.index(self._current_item) if self._current_item in order else -1
        later = [i for i in waiting if order.index(i) > here]
        self.focus_item((later or waiting)[0])

    def _visible_items(self, section_id: str) -> list[str]:
        return [ref.id for ref in self._section_items.get(section_id, []) if self._applies(ref.id)]

    def focus_item(self, item_id: str) -> None:
        """Show the item's section, scroll to the item and give it the keyboard."""
        assert self._doc is not None
        ref = self._doc.items.get(item_id)
        if ref is None:
            return
        self.show_section(ref.sections[-1] if ref.sections else "")
        widget = self.item_widget(item_id)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            self._set_current(item_id)
            self.item_scroll.ensureWidgetVisible(widget, 0, 40)
            # A section just shown is laid out in the next turn of the event loop: until
            # then the item's place is not known, so scroll to it again after that.
            QTimer.singleShot(
                0, widget, lambda: self.item_scroll.ensureWidgetVisible(widget, 0, 40)
            )

    def move_focus(self, item_id: str, step: int) -> None:
        """The previous or next applicable item, crossing into the next section."""
        if self._current_section is None:
            return
        items = self._visible_items(self._current_section)
        position = items.index(item_id) if item_id in items else -1
        target = position + step
        if 0 <= target < len(items):
            self.focus_item(items[target])
            return
        sections = self._visible_sections()
        if self._current_section not in sections:
            return
        index = sections.index(self._current_section) + step
        if 0 <= index < len(sections):
            others = self._visible_items(sections[index])
            self.focus_item(others[0] if step > 0 else others[-1])

    def _set_current(self, item_id: str | None) -> None:
        if item_id == self._current_item:
            return
        previous = self.widgets.get(self._current_item or "")
        if previous is not None:
            previous.set_current(False)
        self._current_item = item_id
        widget = self.widgets.get(item_id or "")
        if widget is not None:
            widget.set_current(True)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        before, after = item_widget_of(old), item_widget_of(new)
        if (
            before is not None
            and before is not after
            and self.widgets.get(before.item_id) is before
            and before.has_pending_typing()
        ):
            before.commit_typing()
        if after is not None and self.widgets.get(after.item_id) is after:
            self._set_current(after.item_id)

    # --- changing answers ------------------------------------------------------------

    def commit_pending(self) -> None:
        """Save what is being typed now (before leaving a section, finalising, locking)."""
        for widget in list(self.widgets.values()):
            if widget.has_pending_typing():
                widget.commit_typing()

    def _refusal(self, item_id: str, state: AnswerState) -> str:
        """Why ``state`` does not fit the item (checked here, before it is queued), or ""."""
        if self._doc is None or not state.answered:
            return ""
        try:
            check_answer(
                self._doc,
                self._doc.items[item_id],
                state.value,
                not_applicable=state.not_applicable,
            )
        except AnswerRejected as exc:
            return refusal_text(exc)
        return ""

    def _write(self, item_id: str, state: AnswerState) -> None:
        """Queue the item's answer on the vault's writer; the mark of the outcome comes back
        to the item (written, or not written with a Retry)."""
        assert self._vault is not None and self._data is not None
        data, assessment_id = self._data, self._data.id
        self._writing[item_id] = state
        revs = data.answer_revs

        def edit(session: Any) -> None:
            row = set_answer_state(
                session,
                get_assessment(session, assessment_id),
                item_id,
                state,
                based_on=revs.get(item_id, ""),
            )
            revs[item_id] = row.rev

        change(
            self,
            self._vault,
            edit,
            on_saved=lambda _none: self._written(data, item_id, state),
            on_failed=lambda message, exc: self._not_written(data, item_id, state, message, exc),
        )

    def _written(self, data: AssessmentData, item_id: str, state: AnswerState) -> None:
        if data is not self._data:
            return  # another assessment is open now; this one's answer is in the vault
        if self._writing.get(item_id) == state:
            del self._writing[item_id]
            widget = self.widgets.get(item_id)
            if widget is not None:
                widget.clear_unsaved()
        self.saved.emit(self.tr("Saved"))
        self.answers_changed.emit()

    def _not_written(
        self,
        data: AssessmentData,
        item_id: str,
        state: AnswerState,
        message: str,
        exc: BaseException,
    ) -> None:
        if data is not self._data:
            # The assessment was closed meanwhile: say so where answers are shown.
            self.problem.emit(self.tr("An answer was not saved: {reason}").format(reason=message))
            return
        if self._writing.get(item_id) != state:
            return  # a later change of the item is on its way and carries the answer
        widget = self.widgets.get(item_id)
        if is_stale(exc):
            # Someone else answered meanwhile: theirs stays, this one is shown as typed
            # until Reload shows theirs.
            del self._writing[item_id]
            if widget is not None:
                widget.show_stale(message, lambda: self.reload_answer(item_id))
            self.saved.emit(self.tr("Not saved"))
            return
        if isinstance(exc, AnswerRejected | AssessmentError):
            del self._writing[item_id]
            self.problem.emit(refusal_text(exc))
        if widget is not None:
            widget.show_unsaved(message, lambda: self.retry(item_id))
        self.saved.emit(self.tr("Not saved"))

    def reload_answer(self, item_id: str) -> None:
        """Show the item's answer as stored now (someone else's), edited from there. The
        undo history goes: undoing would write an earlier answer over theirs."""
        if self._data is None or self._vault is None or self._vault.is_locked:
            return
        with self._vault.session() as session:
            state, rev = answer_state_of(session, get_assessment(session, self._data.id), item_id)
        self._data.answer_revs[item_id] = rev
        self.undo_stack.clear()
        self._store(item_id, state)
        self.answers_changed.emit()

    def retry(self, item_id: str) -> None:
        """Write the item's answer as shown again (after a failed write)."""
        if self._data is None or self._vault is None or self._read_only:
            return
        self._write(item_id, self._data.states.get(item_id, AnswerState()))

    @property
    def unsaved_items(self) -> list[str]:
        """Items whose answer as shown is not (yet) in the vault."""
        return list(self._writing)

    def set_answer(self, item_id: str, state: AnswerState) -> bool:
        """Save a person's change to one item and make it undoable; False if refused.

        The answer is checked at once and shown; it is written by the vault's writer, so
        a long import holding the database delays it but never loses it."""
        if self._data is None or self._read_only:
            return False
        before = self._data.states.get(item_id, AnswerState())
        if state == before:
            return True
        refusal = self._refusal(item_id, state)
        if refusal:
            self.problem.emit(refusal)
            widget = self.widgets.get(item_id)
            if widget is not None:
                widget.set_state(before)
            return False
        self._write(item_id, state)
        self._store(item_id, state)
        ref = self._doc.items[item_id] if self._doc is not None else None
        typed = ref is not None and (
            ref.type in TYPED_KINDS
            or (before.value, before.not_applicable) == (state.value, state.not_applicable)
        )
        self.undo_stack.push(AnswerChange(self, item_id, before, state, typed))
        return True

    def _state_edited(self, item_id: str, state: AnswerState) -> None:
        self.set_answer(item_id, state)

    def apply_state(self, item_id: str, state: AnswerState) -> None:
        """Put an item back in ``state`` (undo or redo): queued for writing, then shown."""
        if self._data is None or self._vault is None:
            return
        refusal = self._refusal(item_id, state)
        if refusal:
            self.problem.emit(refusal)
            return
        self._write(item_id, state)
        self._store(item_id, state)
        self.focus_item(item_id)

    def _store(self, item_id: str, state: AnswerState) -> None:
        assert self._data is not None
        if state == AnswerState():
            self._data.states.pop(item_id, None)
        else:
            self._data.states[item_id] = state
        widget = self.widgets.get(item_id)
        if widget is not None:
            widget.set_state(state)
        self._recompute()

    # --- completeness ----------------------------------------------------------------

    def _recompute(self) -> None:
        """Score the answers as shown on a worker thread; completeness and which items
        apply are updated when the newest change's results arrive."""
        assert self._data is not None
        data, states = self._data, dict(self._data.states)
        self._results_reads.run(
            "results",
            lambda _control: live_results(data, states),
            lambda results: self._results_ready(data, results),
            lambda message, _exc: self.problem.emit(message),
        )

    def _results_ready(self, data: AssessmentData, results: Results) -> None:
        if data is not self._data:
            return
        self.results = results
        self._update_progress()

    @property
    def results_pending(self) -> bool:
        """True while the results of the latest change are being computed."""
        return self._results_reads.current("results") is not None

    def _update_progress(self) -> None:
        completeness = self.results.completeness
        answered, required = completeness.answered, completeness.required
        ratio = completeness.ratio
        self.completeness_label.setText(
            self.tr("{answered} of {required} required questions answered").format(
                answered=format_number(answered), required=format_number(required)
            )
        )
        self.completeness_bar.setValue(round(ratio * 100))
        by_id = {s.id: s for s in self.results.sections}
        for section_id, entry in self._tree_items.items():
            section = by_id.get(section_id)
            done = section.completeness if section is not None else Completeness()
            own = self._visible_items(section_id)
            hidden = not own and not any(
                self._applies(r.id)
                for r in (self._doc.items_under(section_id) if self._doc else [])
            )
            if entry.isHidden() != hidden:
                entry.setHidden(hidden)
            text = format_fraction(done.answered, done.required) if done.required else ""
            if entry.text(1) != text:
                entry.setText(1, text)
        for item_id, widget in self.widgets.items():
            wanted = self._shown(item_id)
            if widget.isHidden() == wanted:
                widget.setVisible(wanted)

    # --- files -----------------------------------------------------------------------

    def _ask_for_files(self, _item_id: str) -> list[str]:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files as evidence"))
        return paths

    def _attach_requested(self, item_id: str) -> None:
        paths = self.choose_files(item_id)
        if paths:
            self.attach_files(item_id, paths)

    def attach_files(self, item_id: str, paths: list[str]) -> None:
        """Read the files and keep them in the vault as the item's evidence (off the UI
        thread); a file item's answer becomes its files."""
        if self._vault is None or self._data is None or self._read_only:
            return
        vault, assessment_id = self._vault, self._data.id
        keep = self.keep_metadata.isChecked()

        def work(control: TaskControl) -> list[AttachmentInfo]:
            added = []
            with vault.transaction() as session:
                assessment = get_assessment(session, assessment_id)
                for done, path in enumerate(paths):
                    control.progress(done, len(paths))
                    data = Path(path).read_bytes()
                    record = add_attachment(
                        session,
                        data,
                        Path(path).name,
                        assessment=assessment,
                        item_id=item_id,
                        keep_metadata=keep,
                    )
                    added.append(AttachmentInfo(record.id, record.filename, record.size))
            return added

        def done(added: list[AttachmentInfo]) -> None:
            if self._data is None or self._data.id != assessment_id:
                return
            self._set_files(item_id, [*self._data.attachments.get(item_id, []), *added])

        self._attach_task = writer_of(vault).submit(
            work,
            owner=self,
            on_success=done,
            on_failure=lambda message, _exc: self.problem.emit(message),
            progress_label=self.tr("Attaching files…"),
            cancellable=True,
            parent=self,
        )

    def remove_attachment(self, item_id: str, attachment_id: str) -> None:
        if self._vault is None or self._data is None or self._read_only:
            return
        assessment_id = self._data.id

        def edit(session: Any) -> None:
            assessment = get_assessment(session, assessment_id)
            for record in attachments_of(session, assessment=assessment, item_id=item_id):
                if record.id == attachment_id:
                    delete_attachment(session, record)

        def removed(_none: None) -> None:
            if self._data is None or self._data.id != assessment_id:
                return
            remaining = [
                a for a in self._data.attachments.get(item_id, []) if a.id != attachment_id
            ]
            self._set_files(item_id, remaining)

        change(
            self,
            self._vault,
            edit,
            on_saved=removed,
            on_failed=lambda message, _exc: self.problem.emit(message),
        )

    def _set_files(self, item_id: str, files: list[AttachmentInfo]) -> None:
        assert self._data is not None and self._doc is not None
        if files:
            self._data.attachments[item_id] = files
        else:
            self._data.attachments.pop(item_id, None)
        widget = self.widgets.get(item_id)
        if widget is not None:
            widget.set_attachments(files)
        if self._doc.items[item_id].type == "file":
            before = self._data.states.get(item_id, AnswerState())
            ids = [f.id for f in files] or None
            self.set_answer(item_id, AnswerState(ids, False, before.evidence_note))
        else:
            self.answers_changed.emit()
