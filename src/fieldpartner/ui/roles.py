"""What the person connected to HQ's database may do, as the window shows it.

The rule (which role may which action) lives in ``domain.staff``; this module only asks
it (``permitted_actions``) and keeps each editing control the role does not allow
disabled, with a tooltip saying why: disabled for good, so a page that enables its
buttons as the selection changes cannot enable one again. In a vault on one laptop every
action is allowed and nothing is touched.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from fieldpartner.domain.staff import ADMINISTRATOR, OFFICER, VIEWER, Action, Staff
from fieldpartner.domain.staff import permitted_actions as domain_permitted_actions

Control = QWidget | QAction


def role_name(role: str) -> str:
    names = {
        VIEWER: QCoreApplication.translate("Roles", "viewer"),
        OFFICER: QCoreApplication.translate("Roles", "programme officer"),
        ADMINISTRATOR: QCoreApplication.translate("Roles", "administrator"),
    }
    return names.get(role, role)


class _KeptDisabled(QObject):
    """Turns a gated widget off again whenever something enables it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.EnabledChange
            and isinstance(watched, QWidget)
            and watched.isEnabled()
        ):
            watched.setEnabled(False)
        return False


class Permissions:
    """The connected person's allowed actions (``staff`` None: a vault, all of them)."""

    def __init__(self, staff: Staff | None = None) -> None:
        self.staff = staff
        self._allowed = domain_permitted_actions(staff)
        self._keeper: _KeptDisabled | None = None

    def may(self, action: Action) -> bool:
        return action in self._allowed

    @property
    def read_only(self) -> bool:
        """The person may change no record (a viewer)."""
        return not self.may(Action.EDIT_RECORDS)

    def reason(self) -> str:
        role = role_name(self.staff.role) if self.staff is not None else ""
        return QCoreApplication.translate(
            "Roles", "Your role in HQ's database ({role}) does not allow this"
        ).format(role=role)

    def gate(self, control: Control, action: Action) -> bool:
        """Keep ``control`` disabled, saying why, unless the person may ``action``; True
        when it is allowed."""
        if self.may(action):
            return True
        reason = self.reason()
        control.setEnabled(False)
        control.setToolTip(reason)
        control.setStatusTip(reason)
        if isinstance(control, QAction):
            action_control = control

            def keep_disabled() -> None:
                if action_control.isEnabled():
                    action_control.setEnabled(False)

            control.changed.connect(keep_disabled)
        else:
            if self._keeper is None:
                self._keeper = _KeptDisabled()
            control.installEventFilter(self._keeper)
        return False

    def gate_all(self, controls: list[tuple[Control, Action]]) -> None:
        for control, action in controls:
            self.gate(control, action)


EVERYTHING = Permissions()


def as_button(button: QWidget, slot: Callable[[], object]) -> Callable[..., None]:
    """``slot`` for a double-click that does what ``button`` does: only while the button
    is enabled (not for a role that may not)."""

    def run(*_args: object) -> None:
        if button.isEnabled():
            slot()

    return run
