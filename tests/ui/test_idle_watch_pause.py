"""Building widgets leaves the idle lock's application-wide event filter out (each event it
sees calls into Python), and puts it back afterwards unless the lock was stopped."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from fieldpartner.ui.idle_lock import IdleLock, input_watch_paused


class CountingLock(IdleLock):
    def __init__(self) -> None:
        super().__init__(60_000)
        self.seen: list[QEvent.Type] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        self.seen.append(event.type())
        return super().eventFilter(watched, event)


def _move() -> None:
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(1, 1),
        QPointF(1, 1),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(QApplication.instance(), event)


def _build() -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    for number in range(20):
        layout.addWidget(QLabel(f"Item {number}", page))
    return page


def test_the_filter_is_out_while_widgets_are_built_and_back_afterwards(qtbot):
    lock = CountingLock()
    lock.start()
    try:
        page = _build()
        qtbot.addWidget(page)
        assert lock.seen, "building widgets sends events through the filter"
        lock.seen.clear()

        with input_watch_paused():
            other = _build()
            qtbot.addWidget(other)
            _move()
        assert lock.seen == []

        _move()
        assert QEvent.Type.MouseMove in lock.seen  # input reaches it again
    finally:
        lock.stop()


def test_a_lock_stopped_while_paused_stays_out(qtbot):
    lock = CountingLock()
    lock.start()
    with input_watch_paused():
        lock.stop()
    _move()
    assert lock.seen == [] and not lock.active


def test_blocks_nest_and_only_the_outermost_puts_the_filter_back(qtbot):
    lock = CountingLock()
    lock.start()
    try:
        with input_watch_paused():
            with input_watch_paused():
                _move()
            _move()  # still inside the outer block: the filter stays out
            assert lock.seen == []
        _move()
        assert QEvent.Type.MouseMove in lock.seen
    finally:
        lock.stop()
