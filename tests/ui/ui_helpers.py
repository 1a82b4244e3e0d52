"""Helpers for the UI tests: a plain module (not a conftest) so tests import it by name."""

from __future__ import annotations

import os

from fieldpartner.vault.keys import KdfParams

# The passphrase of the vaults made by tests/conftest.py's fixtures.
PASSPHRASE = "correct horse battery staple"


def floor_kdf() -> KdfParams:
    """Argon2id at DESIGN.md's floor: fast enough for tests, never weaker than a real vault."""
    return KdfParams(salt=os.urandom(16))


def create_through_start_dialog(qtbot, dialog, name: str, folder, timeout: int = 20_000) -> None:
    """Fill the start dialog's create page and confirm the recovery key as written down,
    up to the last click (on ``dialog.recovery.continue_button``), left to the caller."""
    from PySide6.QtCore import Qt

    qtbot.mouseClick(dialog.show_create, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.vault_name, name)
    dialog.create_location.setText(str(folder))
    qtbot.keyClicks(dialog.new_passphrase, PASSPHRASE)
    qtbot.keyClicks(dialog.confirm_passphrase, PASSPHRASE)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.RECOVERY_PAGE, timeout=timeout)
    group = dialog.recovery.recovery_field.text().split("-")[dialog.recovery.check_group]
    dialog.recovery.recovery_written.setChecked(True)
    qtbot.keyClicks(dialog.recovery.recovery_check, group)


def interactive_widgets(root):
    """The widgets under ``root`` a user can operate, without Qt's own inner parts
    (a combo box's line edit, a spin box's editor, a table's headers and corner button)."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QHeaderView,
        QLineEdit,
        QPlainTextEdit,
        QTabBar,
        QTextEdit,
    )

    kinds = (
        QAbstractButton,
        QLineEdit,
        QComboBox,
        QAbstractItemView,
        QPlainTextEdit,
        QTextEdit,
        QAbstractSpinBox,
    )
    found = []
    for widget in root.findChildren(QWidget_type()):
        if not isinstance(widget, kinds) or isinstance(widget, QHeaderView):
            continue
        if widget.objectName().startswith("qt_"):
            continue
        parent = widget.parentWidget()
        if isinstance(
            parent, QComboBox | QAbstractSpinBox | QTabBar | QAbstractItemView | QLineEdit
        ):
            continue
        if parent is not None and parent.objectName().startswith("qt_"):
            continue  # e.g. a QScrollArea's or QAbstractItemView's own viewport parts
        ancestor = parent
        while ancestor is not None and not isinstance(ancestor, QComboBox):
            ancestor = ancestor.parentWidget()
        if ancestor is not None:
            continue  # a combo box's popup list
        found.append(widget)
    return found


def QWidget_type():
    from PySide6.QtWidgets import QWidget

    return QWidget


def texts_showing(root, canary: str) -> list[str]:
    """Where under ``root`` the ``canary`` text is still visible or held: line and text
    edits, labels, item views' models (every cell), combo boxes' items, window titles."""
    from PySide6.QtCore import QModelIndex
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QComboBox,
        QLabel,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
        QWidget,
    )

    found = []
    if canary in root.windowTitle():
        found.append("window title")
    for widget in [root, *root.findChildren(QWidget)]:
        name = f"{type(widget).__name__} {widget.objectName()!r}"
        if (
            (isinstance(widget, QLineEdit) and canary in widget.text())
            or (isinstance(widget, QPlainTextEdit) and canary in widget.toPlainText())
            or (isinstance(widget, QTextEdit) and canary in widget.toPlainText())
            or (isinstance(widget, QLabel) and canary in widget.text())
            or (
                isinstance(widget, QComboBox)
                and any(canary in widget.itemText(i) for i in range(widget.count()))
            )
        ):
            found.append(name)
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()

            def walk(parent=QModelIndex(), model=model, name=name) -> None:  # noqa: B008
                try:
                    columns = model.columnCount(parent)
                except TypeError:  # list models keep columnCount private
                    columns = 1
                for row in range(model.rowCount(parent)):
                    for column in range(columns):
                        index = model.index(row, column, parent)
                        if canary in str(index.data() or ""):
                            found.append(f"{name} row {row}")
                            return
                    walk(model.index(row, 0, parent))

            walk()
    return found


def wait_for_writes(qtbot, vault, timeout: int = 15_000) -> None:
    """Wait until every change queued on the vault's writer has landed (and been reported)."""
    from fieldpartner.ui.operations import writer_of

    writer = writer_of(vault)
    qtbot.waitUntil(lambda: writer.backlog == 0, timeout=timeout)


def answer_the_rest(vault, assessment_id: str, note: str = "Seen during the visit.") -> None:
    """Answer, in the vault, every required question the assessment still lacks (a good
    answer, with a note as evidence), so that finalising is allowed: finalising refuses
    an assessment with unanswered required questions."""
    from fieldpartner.domain.assessments import get_assessment

    with vault.transaction() as session:
        answer_the_rest_in(session, get_assessment(session, assessment_id), note)


def answer_the_rest_in(
    session, assessment, note: str = "Seen during the visit.", *, not_applicable: bool = False
) -> None:
    """``answer_the_rest`` in an open session. Answers that would need an attached file
    as evidence are avoided (another answer, else not applicable); ``not_applicable``
    answers every question that allows it "not applicable", leaving the scores as they
    are."""
    from fieldpartner.domain.assessments import finalise_problems, set_answer, template_of
    from fieldpartner.domain.templates import TemplateDocument
    from fieldpartner.domain.templates.answers import CheckedAnswer, evidence_needed

    doc = TemplateDocument(template_of(session, assessment).body)
    for _ in range(len(doc.item_order)):
        missing = [m for m in finalise_problems(session, assessment) if m.reason == "not answered"]
        if not missing:
            return
        for item in missing:
            ref = doc.items[item.item_id]
            usable = [
                value
                for value in _good_answers(doc, ref)
                if evidence_needed(ref, CheckedAnswer(value), assessment.tier) != "file"
            ]
            if not_applicable and ref.allow_na:
                set_answer(
                    session, assessment, ref.id, None, not_applicable=True, evidence_note=note
                )
            elif usable:
                set_answer(session, assessment, ref.id, usable[0], evidence_note=note)
            else:
                set_answer(
                    session, assessment, ref.id, None, not_applicable=True, evidence_note=note
                )


def _good_answers(doc, ref):
    """Answers to try, best first."""
    values = doc.answer_values(ref)
    if ref.type == "scored":
        return sorted(values, reverse=True)
    if ref.type == "checklist":
        return ["yes", "partly", "no"]
    if ref.type == "yes_no":
        return ["yes", "no"]
    if ref.type == "single_choice":
        return values
    if ref.type == "multiple_choice":
        return [[v] for v in values]
    if ref.type == "number":
        low = ref.item.get("min")
        return [low if isinstance(low, int | float) else 1]
    if ref.type == "date":
        return ["2026-01-15"]
    return ["Seen during the visit."]
