"""The Qt bindings keep the reference counts of None, True and False.

PySide6 6.12.0 on CPython 3.11 lost one reference to None on every call of a method that
returns nothing (``update()``, ``processEvents()``, ``setText()``...) and one to True on every
signal emitted. None's count reached zero after some tens of thousands of calls and the
application aborted ("Fatal Python error: none_dealloc"). From CPython 3.12 these objects are
immortal and the counts never move, so this test then passes whatever the bindings do.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

CALLS = 300  # few enough that a leaking binding fails the test rather than aborting it
# Unrelated code may take or drop a few references meanwhile; a binding bug moves the count
# by one per call.
TOLERANCE = 50


class _Emitter(QObject):
    flag = Signal(bool)
    bare = Signal()
    value = Signal(object)


def _counts() -> tuple[int, int, int]:
    return sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)


def test_void_calls_and_signals_keep_the_reference_counts_of_none_and_booleans(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    line = QLineEdit(widget)
    timer = QTimer(widget)
    emitter = _Emitter()
    received: list[object] = []
    emitter.flag.connect(received.append)
    emitter.bare.connect(lambda: received.append(None))
    emitter.value.connect(received.append)
    before = _counts()
    for _ in range(CALLS):
        widget.update()
        line.setText("x")
        line.setEnabled(True)
        timer.start(1000)
        timer.stop()
        QCoreApplication.processEvents()
        emitter.flag.emit(True)
        emitter.flag.emit(False)
        emitter.bare.emit()
        emitter.value.emit(None)
    received.clear()
    after = _counts()
    drift = [a - b for a, b in zip(after, before, strict=True)]
    assert all(abs(d) < TOLERANCE for d in drift), (
        f"reference counts of None, True, False moved by {drift} over {CALLS} calls: "
        "the Qt bindings drop references (see pyproject.toml)"
    )
