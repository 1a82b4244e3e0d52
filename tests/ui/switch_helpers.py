"""Opening dialogs, typing into them and switching the language with them open
(tests/ui/test_language_switch_dialogs.py, tests/ui/sync/test_devices_language_switch.py)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)
from pytestqt.exceptions import TimeoutError

from fieldpartner.ui.common.carry_over import belongs_to
from fieldpartner.ui.common.preferences import LANGUAGE_KEY

WAIT = 15_000


def open_dialogs(window) -> dict[str, QDialog]:
    return {
        type(w).__name__: w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QDialog) and w.isVisible() and belongs_to(window, w)
    }


def words(dialog: QDialog) -> list[str]:
    """The dialog's own wording: title, labels, buttons, group titles."""
    found = [dialog.windowTitle()]
    for widget in dialog.findChildren(QLabel):
        found.append(widget.text())
    for widget in dialog.findChildren(QAbstractButton):
        found.append(widget.text())
    for widget in dialog.findChildren(QGroupBox):
        found.append(widget.title())
    return found


def text_fields(dialog: QDialog) -> list:
    return [
        field
        for kind in (QLineEdit, QPlainTextEdit, QTextEdit)
        for field in dialog.findChildren(kind)
    ]


def type_into(dialog: QDialog) -> dict[str, str]:
    """Type into every named, editable text field; returns what each then holds."""
    typed = {}
    for field in text_fields(dialog):
        name = field.objectName()
        if not name or name.startswith("qt_") or field.isReadOnly():
            continue
        text = f"typed into {type(dialog).__name__} {name}"
        if isinstance(field, QLineEdit):
            field.setText(text)
            typed[name] = field.text()
        else:
            field.setPlainText(text)
            typed[name] = field.toPlainText()
    return typed


def held(dialog: QDialog, name: str) -> str:
    field = next((f for f in text_fields(dialog) if f.objectName() == name), None)
    assert field is not None, f"{type(dialog).__name__} has no field {name}"
    return field.text() if isinstance(field, QLineEdit) else field.toPlainText()


def switch_with_dialogs_open(qtbot, shell, settings, language, place, openers) -> None:
    """At ``place``, open ``openers``' dialogs and type into them; switch to ``language``;
    each dialog is open again in the new window, holding what was typed, in new words."""
    window = shell.main_window
    key, record = place
    window._navigate(key, record)
    if key == "workshops":
        editor = window.page("workshops").editor
        qtbot.waitUntil(lambda: editor.details is not None, timeout=WAIT)
    if key == "assessment":
        view = window.page("assessment").view
        qtbot.waitUntil(lambda: view.editor.data is not None, timeout=WAIT)
    typed: dict[str, dict[str, str]] = {}
    wording: dict[str, list[str]] = {}
    for name, open_it in openers.items():
        open_it(window)
        (
            qtbot.waitUntil(lambda name=name: name in open_dialogs(window), timeout=WAIT),
            f"{name} did not open",
        )
        dialog = open_dialogs(window)[name]
        typed[name] = type_into(dialog)
        wording[name] = words(dialog)

    settings.setValue(LANGUAGE_KEY, language)
    window.apply_settings()  # what Settings → OK does
    switched = shell.main_window
    assert switched is not None and switched is not window
    try:
        qtbot.waitUntil(lambda: set(openers) <= set(open_dialogs(switched)), timeout=WAIT)
    except TimeoutError:
        pytest.fail(f"not open again: {sorted(set(openers) - set(open_dialogs(switched)))}")
    reopened = open_dialogs(switched)
    for name in openers:
        dialog = reopened[name]
        for field, text in typed[name].items():
            assert held(dialog, field) == text, f"{name}: {field} lost what was typed"
        assert words(dialog) != wording[name], f"{name} did not change language"
        print("TYPED", name, sorted(typed[name]))
    for dialog in reopened.values():
        dialog.close()
