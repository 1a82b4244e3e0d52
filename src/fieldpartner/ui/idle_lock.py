"""Locking when the user walks away: an idle timer reset by any user input anywhere in the
application, and the system's own signals for suspend and screen lock.

``IdleLock`` filters every event of the application (it never consumes one) and restarts
its timer on keyboard, mouse, wheel, touch and tablet input; when the timer runs out it
emits ``timed_out``. The timeout is the vault's lock-after time (``vault.security``,
minutes, default ``DEFAULT_IDLE_MINUTES``), changed in Settings after the passphrase or with
``fieldpartner-cli vault policy --lock-after``.

``SystemLockWatcher`` listens on D-Bus, where there is one, for logind's
``PrepareForSleep(true)`` (suspend or hibernate) and the freedesktop / GNOME screen savers'
``ActiveChanged(true)`` (screen locked), and emits ``lock_requested``. Without a bus, or
on a platform without these services, it simply never fires: the idle timer still locks.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import (
    QCoreApplication,
    QElapsedTimer,
    QEvent,
    QObject,
    QTimer,
    Signal,
    Slot,
)

from fieldpartner.vault.security import (
    DEFAULT_LOCK_AFTER_MINUTES,
    MAX_LOCK_AFTER_MINUTES,
    MIN_LOCK_AFTER_MINUTES,
)

logger = logging.getLogger(__name__)

# The range is the vault's security rule (vault/security.py), so the CLI and this agree.
DEFAULT_IDLE_MINUTES = DEFAULT_LOCK_AFTER_MINUTES
MIN_IDLE_MINUTES = MIN_LOCK_AFTER_MINUTES
MAX_IDLE_MINUTES = MAX_LOCK_AFTER_MINUTES

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
        QEvent.Type.InputMethod,
    }
)


# The idle locks watching the application's events now (see ``input_watch_paused``).
_WATCHING: weakref.WeakSet[IdleLock] = weakref.WeakSet()
# One entry per ``input_watch_paused`` block running (blocks nest: only the outermost
# takes the filter out and puts it back).
_PAUSED: list[bool] = []


@contextmanager
def input_watch_paused() -> Iterator[None]:
    """Leave the idle locks' event filter out while a block builds widgets.

    The filter sees every event of the application, and each one calls into Python:
    building a page or an assessment's items sends thousands (child added, polish,
    layout), which made building them two to three times as long (the partner page
    61-109 ms with the filter, 28-49 ms without). No input can arrive during such a
    block, which runs without returning to the event loop: input waits in the event
    queue and reaches the filter once the block has ended."""
    app = QCoreApplication.instance()
    outermost = not _PAUSED
    paused = [lock for lock in _WATCHING if lock._installed] if app and outermost else []
    for lock in paused:
        app.removeEventFilter(lock)  # type: ignore[union-attr]
    _PAUSED.append(True)
    try:
        yield
    finally:
        _PAUSED.pop()
        for lock in paused:
            if lock._installed:  # not stopped meanwhile
                app.installEventFilter(lock)  # type: ignore[union-attr]


class IdleLock(QObject):
    """Emits ``timed_out`` after ``timeout_ms`` without user input in the application."""

    timed_out = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("idleLock")
        self._timeout_ms = timeout_ms
        self._timer = QTimer(self)
        self._timer.setObjectName("idleTimer")
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.timed_out)
        # Restarting the timer on every mouse move would be wasteful: at most every 250 ms.
        self._since_reset = QElapsedTimer()
        self._installed = False

    @property
    def timeout_ms(self) -> int:
        return self._timeout_ms

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self._timeout_ms = max(1, int(timeout_ms))
        if self._timer.isActive():
            self.reset()

    def start(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True
            _WATCHING.add(self)
        self.reset()

    def stop(self) -> None:
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False
            _WATCHING.discard(self)

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def reset(self) -> None:
        self._timer.start(self._timeout_ms)
        self._since_reset.start()

    def remaining_ms(self) -> int:
        """Milliseconds until the lock, or -1 when not running."""
        return self._timer.remainingTime() if self._timer.isActive() else -1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() in _INPUT_EVENTS
            and self._timer.isActive()
            and (not self._since_reset.isValid() or self._since_reset.elapsed() >= 250)
        ):
            self.reset()
        return False


class SystemLockWatcher(QObject):
    """Emits ``lock_requested`` when the system suspends or the screen locks (D-Bus)."""

    lock_requested = Signal(str)  # the reason: "sleep" or "screen-lock"

    # (bus, service, path, interface, signal, slot)
    _SOURCES = (
        (
            "system",
            "org.freedesktop.login1",
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            "PrepareForSleep",
            "prepare_for_sleep(bool)",
        ),
        (
            "session",
            "org.freedesktop.ScreenSaver",
            "/org/freedesktop/ScreenSaver",
            "org.freedesktop.ScreenSaver",
            "ActiveChanged",
            "screen_saver_changed(bool)",
        ),
        (
            "session",
            "org.gnome.ScreenSaver",
            "/org/gnome/ScreenSaver",
            "org.gnome.ScreenSaver",
            "ActiveChanged",
            "screen_saver_changed(bool)",
        ),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("systemLockWatcher")
        self.connected: list[str] = []
        # Connecting to the buses takes 20-30 ms: done in the next turn of the event loop,
        # not while the main window is being built.
        QTimer.singleShot(0, self, self._connect)

    def _connect(self) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return
        for bus_name, _service, path, interface, signal, slot in self._SOURCES:
            try:
                bus = (
                    QDBusConnection.systemBus()
                    if bus_name == "system"
                    else QDBusConnection.sessionBus()
                )
                if not bus.isConnected():
                    continue
                # Any sender: the screen saver may start after us or under another name,
                # and a spurious signal can only lock the vault, which is always safe.
                # "1" marks a slot signature, as Qt's SLOT() macro does. (The bindings
                # take it as str as well as the bytes their stubs name.)
                slot_signature = f"1{slot}"
                if bus.connect("", path, interface, signal, self, slot_signature):  # type: ignore[call-overload]
                    self.connected.append(f"{interface}.{signal}")
            except Exception:  # no bus, no permission: the idle timer still locks
                logger.info("cannot listen for %s.%s", interface, signal)

    @Slot(bool)
    def prepare_for_sleep(self, sleeping: bool) -> None:
        if sleeping:
            self.lock_requested.emit("sleep")

    @Slot(bool)
    def screen_saver_changed(self, active: bool) -> None:
        if active:
            self.lock_requested.emit("screen-lock")
