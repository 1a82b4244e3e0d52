"""Who may do what in HQ's shared database: the role rules, in one place.

HQ's database (``vault.hq``) is used by several people at once. Each connects as a
PostgreSQL login role; that login name is the *person*, written as the author of every
revision they make. Each person holds one role:

- ``viewer``: reads everything, changes nothing;
- ``programme-officer``: edits records, resolves conflicts, imports and exports bundles,
  assigns partners to devices;
- ``administrator``: all of that, and enrols or revokes devices, publishes or changes
  templates, changes the organisation's settings and assigns roles.

The roles are stored in the database (the setting ``hq.staff``, a ``{person: role}``
object, written by ``set_role``); the database's owner is always an administrator, and a
person not listed is a viewer. An open HQ database puts the connected person's ``Staff``
in every session's ``info`` (``STAFF_KEY``); the services call ``require(session,
action)`` before they change anything, so the command line and the window obey the same
rules. A vault on one laptop has no ``Staff``: its one user may do everything.

The database refuses too: docs/hq-server.md gives each role's PostgreSQL grants (a viewer's
login may be given SELECT only).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldpartner.domain.models import VaultSetting
from fieldpartner.domain.problems import Message

STAFF_KEY = "staff"  # Session.info key of the connected person's Staff
STAFF_SETTING = "hq.staff"  # {person: role}

VIEWER = "viewer"
OFFICER = "programme-officer"
ADMINISTRATOR = "administrator"
ROLES = (VIEWER, OFFICER, ADMINISTRATOR)


class Action(StrEnum):
    """What a service is about to do; the value reads after "may not …"."""

    EDIT_RECORDS = "edit records"
    RESOLVE_CONFLICTS = "resolve conflicts"
    IMPORT_BUNDLES = "import bundles"
    EXPORT_BUNDLES = "export bundles"
    ASSIGN_PARTNERS = "assign partners to devices"
    MANAGE_DEVICES = "enrol or revoke devices"
    MANAGE_TEMPLATES = "publish or change templates"
    ORGANISATION_SETTINGS = "change the organisation's settings"
    ASSIGN_ROLES = "assign staff roles"


_OFFICER_ACTIONS = frozenset(
    {
        Action.EDIT_RECORDS,
        Action.RESOLVE_CONFLICTS,
        Action.IMPORT_BUNDLES,
        Action.EXPORT_BUNDLES,
        Action.ASSIGN_PARTNERS,
    }
)
ALLOWED: dict[str, frozenset[Action]] = {
    VIEWER: frozenset(),
    OFFICER: _OFFICER_ACTIONS,
    ADMINISTRATOR: frozenset(Action),
}


class NotPermitted(ValueError):
    """The connected person's role does not allow what was asked; nothing was changed.
    A ValueError: a refusal whose message is for the person (``ui.worker.is_refusal``)."""

    exit_code = 1  # fieldpartner-cli's exit code

    def __init__(self, staff: Staff, action: Action) -> None:
        self.person, self.role, self.action = staff.person, staff.role, action
        needed = " or ".join(r for r in ROLES if action in ALLOWED[r])
        super().__init__(
            Message(
                "not_permitted",
                "{person} is a {role} in HQ's database and may not {action} (only a {needed} "
                "may); nothing was changed",
                person=staff.person,
                role=staff.role,
                action=action.value,
                needed=needed,
            )
        )


class RoleError(ValueError):
    """A role or a person's name that cannot be assigned."""

    exit_code = 4  # fieldpartner-cli's exit code: invalid input


@dataclass(frozen=True)
class Staff:
    """The person connected to HQ's database and their role."""

    person: str
    role: str

    def may(self, action: Action) -> bool:
        return action in ALLOWED.get(self.role, frozenset())


def permitted_actions(staff: Staff | None) -> frozenset[Action]:
    """What the connected person may do (the window enables its controls from this): every
    action in a vault (no ``Staff``), else what their role allows."""
    if staff is None:
        return frozenset(Action)
    return ALLOWED.get(staff.role, frozenset())


def staff_of(session: Session) -> Staff | None:
    """The connected person, or None in a vault (one user, every right)."""
    staff = session.info.get(STAFF_KEY)
    return staff if isinstance(staff, Staff) else None


def may(session: Session, action: Action) -> bool:
    staff = staff_of(session)
    return staff is None or staff.may(action)


def require(session: Session, action: Action) -> None:
    """Refuse (``NotPermitted``) unless the connected person's role allows ``action``."""
    staff = staff_of(session)
    if staff is not None and not staff.may(action):
        raise NotPermitted(staff, action)


def roles(session: Session) -> dict[str, str]:
    """The roles assigned, ``{person: role}`` (the owner's is implied, not listed)."""
    value = session.scalar(select(VaultSetting.value).where(VaultSetting.key == STAFF_SETTING))
    if not isinstance(value, dict):
        return {}
    return {str(k): str(v) for k, v in value.items() if v in ROLES}


def role_of(session: Session, person: str, owner: str) -> str:
    """``person``'s role: the database's ``owner`` is an administrator, anyone not listed a
    viewer."""
    if person == owner:
        return ADMINISTRATOR
    return roles(session).get(person, VIEWER)


def check_role(role: Any) -> str:
    if role not in ROLES:
        raise RoleError(f"{role!r} is not a role; the roles are {', '.join(ROLES)}")
    return str(role)


def set_role(session: Session, person: str, role: str) -> None:
    """Give ``person`` a ``role`` (an administrator's action)."""
    require(session, Action.ASSIGN_ROLES)
    role = check_role(role)
    person = person.strip()
    if not person:
        raise RoleError("the person's name (their PostgreSQL login) is empty")
    current = roles(session)
    current[person] = role
    row = session.get(VaultSetting, STAFF_SETTING)
    if row is None:
        session.add(VaultSetting(key=STAFF_SETTING, value=current))
    else:
        row.value = current
    session.flush()


__all__ = [
    "ADMINISTRATOR",
    "OFFICER",
    "ROLES",
    "VIEWER",
    "Action",
    "NotPermitted",
    "RoleError",
    "Staff",
    "may",
    "permitted_actions",
    "require",
    "role_of",
    "roles",
    "set_role",
    "staff_of",
]
