"""Actions: the follow-up and capacity-strengthening steps of a partnership development
plan, who owns them, when they are due, and the dated review notes that track them.

An action may hang off a partner, an assessment (and one of its template items), a
workshop's follow-up plan, or several of these. Reviews append to ``review_notes`` so a
later visit or workshop can see how the action went, not only where it stands.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, or_, select
from sqlalchemy.orm import Session

from fieldpartner.domain import rules
from fieldpartner.domain.models import (
    Action,
    ActionSource,
    ActionStatus,
    Assessment,
    Partner,
    Workshop,
)
from fieldpartner.domain.problems import Message
from fieldpartner.domain.revisions import context_of, edit_from
from fieldpartner.domain.search import text_matches
from fieldpartner.domain.validation import Checker, NotFound, ValidationError

ACTION_TEXT_FIELDS = ("title", "description", "owner", "item_id")
ACTION_FIELDS = frozenset({*ACTION_TEXT_FIELDS, "due_date", "status", "source", "completed_on"})
# Proposed actions are included: a date someone wrote down is worth a reminder even
# before the plan is agreed.
OPEN_STATUSES = (ActionStatus.PROPOSED, ActionStatus.OPEN, ActionStatus.IN_PROGRESS)


class _Keep(enum.Enum):
    """Marks a link that an edit leaves as it is (None would mean "unlink")."""

    KEEP = enum.auto()


KEEP = _Keep.KEEP


def today_in(session: Session) -> date:
    """Today's date by the session's clock (UTC), so tests that fix the clock fix today."""
    return context_of(session).clock.now().date()


def _normalise(values: Mapping[str, Any]) -> dict[str, Any]:
    cleaned = dict(values)
    for key in ACTION_TEXT_FIELDS:
        if isinstance(cleaned.get(key), str):
            cleaned[key] = cleaned[key].strip()
    return cleaned


def _check_fields(
    check: Checker, values: Mapping[str, Any], links: Mapping[str, Any], current: Action | None
) -> None:
    """The rule book's checks of the fields and links being set (links by id)."""
    check.problems += rules.unknown_fields(values, ACTION_FIELDS, "is not an action field")
    check.problems += rules.check_changes("action", {**values, **links}, current)


def _check_live(
    check: Checker,
    partner: Partner | None,
    assessment: Assessment | None,
    workshop: Workshop | None,
) -> None:
    if partner is not None and partner.deleted:
        check.fail("partner", f"{partner.name!r} has been deleted")
    if assessment is not None and assessment.deleted:
        check.fail("assessment", f"{assessment.title or assessment.id!r} has been deleted")
    if workshop is not None and workshop.deleted:
        check.fail("workshop", f"{workshop.title!r} has been deleted")


def _check_consistent(
    check: Checker, partner: Partner | None, assessment: Assessment | None
) -> None:
    if partner is not None and assessment is not None and assessment.partner_id != partner.id:
        check.fail(
            "partner",
            f"{partner.name!r} is not the partner assessed in assessment {assessment.id}",
        )


def add_action(
    session: Session,
    *,
    partner: Partner | None = None,
    assessment: Assessment | None = None,
    workshop: Workshop | None = None,
    **values: Any,
) -> Action:
    """Create an action; raises ValidationError naming every bad field.

    An action of an assessment belongs to the assessed partner unless told otherwise.
    Its source follows from what it hangs off (workshop, then assessment) unless given.
    An action created as done is completed today unless ``completed_on`` says when.
    """
    values = _normalise(values)
    partner_id = partner.id if partner is not None else None
    if partner_id is None and assessment is not None:
        partner_id = assessment.partner_id
    links = {
        "partner_id": partner_id,
        "assessment_id": assessment.id if assessment is not None else None,
        "workshop_id": workshop.id if workshop is not None else None,
    }
    if values.get("status") == ActionStatus.DONE and values.get("completed_on") is None:
        values["completed_on"] = today_in(session)
    check = Checker()
    _check_fields(check, values, links, None)
    _check_live(check, partner, assessment, workshop)
    _check_consistent(check, partner, assessment)
    check.done()
    if "source" not in values:
        if workshop is not None:
            values["source"] = ActionSource.WORKSHOP.value
        elif assessment is not None:
            values["source"] = ActionSource.ASSESSMENT.value
    action = Action(**links, **values)
    session.add(action)
    session.flush()
    return action


def edit_action(
    session: Session,
    action: Action,
    *,
    partner: Partner | _Keep | None = KEEP,
    assessment: Assessment | _Keep | None = KEEP,
    workshop: Workshop | _Keep | None = KEEP,
    based_on: str | None = None,
    **changes: Any,
) -> Action:
    """Change an action's fields or links (None unlinks; leaving a link out keeps it).

    Setting the status to done completes the action today unless ``completed_on`` is
    given; moving it away from done clears the completion date. ``based_on`` is the
    revision the form was opened on (a change made meanwhile refuses this one:
    ``revisions.EditConflict``).
    """
    edit_from(session, action, based_on)
    changes = _normalise(changes)
    links: dict[str, Any] = {}
    if not isinstance(partner, _Keep):
        links["partner_id"] = partner.id if partner is not None else None
    if not isinstance(assessment, _Keep):
        links["assessment_id"] = assessment.id if assessment is not None else None
        if assessment is not None and isinstance(partner, _Keep) and action.partner_id is None:
            links["partner_id"] = assessment.partner_id
    if not isinstance(workshop, _Keep):
        links["workshop_id"] = workshop.id if workshop is not None else None
    if "status" in changes and "completed_on" not in changes:
        if changes["status"] == ActionStatus.DONE and action.completed_on is None:
            changes["completed_on"] = today_in(session)
        elif changes["status"] != ActionStatus.DONE:
            changes["completed_on"] = None
    check = Checker()
    # Rules across fields run only when one of their fields or links changes, and only
    # the links being changed must be live: an old link to a since-deleted record, or an
    # odd pair merged in from elsewhere, should not block correcting a title.
    _check_fields(check, changes, links, action)
    _check_live(
        check,
        None if isinstance(partner, _Keep) else partner,
        None if isinstance(assessment, _Keep) else assessment,
        None if isinstance(workshop, _Keep) else workshop,
    )
    if not isinstance(partner, _Keep) or not isinstance(assessment, _Keep):
        new_partner = _resolve(session, Partner, action.partner_id) if partner is KEEP else partner
        new_assessment = (
            _resolve(session, Assessment, action.assessment_id)
            if assessment is KEEP
            else assessment
        )
        _check_consistent(check, new_partner, new_assessment)
    check.done()
    if action.deleted:
        raise ValidationError(
            [
                (
                    "action",
                    Message("record_deleted", "{name!r} has been deleted", name=action.title),
                )
            ]
        )
    for key, value in {**changes, **links}.items():
        setattr(action, key, value)
    session.flush()
    return action


def _resolve(session: Session, model: type[Any], record_id: str | None) -> Any:
    return session.get(model, record_id) if record_id is not None else None


def delete_action(session: Session, action: Action, *, based_on: str | None = None) -> None:
    edit_from(session, action, based_on)
    action.deleted = True
    session.flush()


def review_action(
    session: Session,
    action: Action,
    status: ActionStatus | str,
    note: str = "",
    by: str | None = None,
    on_date: date | None = None,
    *,
    based_on: str | None = None,
) -> Action:
    """Record a review of an action: its new status, what was found, by whom and when.

    The entry ``{"date", "status", "note", "by"}`` is appended to ``review_notes``. The
    action is completed on ``on_date`` when the status is done; any other status clears
    the completion date. ``by`` defaults to the session's author, ``on_date`` to today.
    ``based_on``: the revision the review was begun on (see ``edit_action``).
    """
    edit_from(session, action, based_on)
    by = context_of(session).author if by is None else by
    on_date = today_in(session) if on_date is None else on_date
    check = Checker()
    check.text("note", note)
    check.text("by", by)
    check.date_value("on_date", on_date)
    check.done()
    entry = {"date": on_date.isoformat(), "status": str(status), "note": note.strip(), "by": by}
    changes = {
        "status": str(status),
        "completed_on": on_date if status == ActionStatus.DONE else None,
        # A new list, not append(): the ORM sees a JSON column change only on assignment.
        "review_notes": [*action.review_notes, entry],
    }
    # The status first: the new review note repeats it, and one message is enough.
    first = {k: changes[k] for k in ("status", "completed_on")}
    rules.require(rules.check_changes("action", first, action))
    rules.require(rules.check_changes("action", changes, action))
    if action.deleted:
        raise ValidationError(
            [
                (
                    "action",
                    Message("record_deleted", "{name!r} has been deleted", name=action.title),
                )
            ]
        )
    for key, value in changes.items():
        setattr(action, key, value)
    session.flush()
    return action


def mark_done(
    session: Session,
    action: Action,
    note: str = "",
    by: str | None = None,
    on_date: date | None = None,
    *,
    based_on: str | None = None,
) -> Action:
    """Complete an action, keeping a review note of it (see ``review_action``)."""
    return review_action(session, action, ActionStatus.DONE, note, by, on_date, based_on=based_on)


def upcoming_and_overdue(session: Session, today: date, within_days: int = 30) -> list[Action]:
    """Open actions due by ``today + within_days`` across all partners: overdue ones first,
    then by due date. Actions of deleted partners or workshops are left out."""
    return list(session.scalars(upcoming_and_overdue_query(today, within_days, Action)))


def upcoming_and_overdue_query(today: date, within_days: int, *columns: Any) -> Select[Any]:
    """The query of ``upcoming_and_overdue`` selecting ``columns`` (a list of thousands
    reads only the columns it shows)."""
    if within_days < 0:
        raise ValueError(f"within_days is {within_days}; it must be 0 or more")
    horizon = today + timedelta(days=within_days)
    return (
        select(*columns)
        .select_from(Action)
        .outerjoin(Partner, Partner.id == Action.partner_id)
        .outerjoin(Workshop, Workshop.id == Action.workshop_id)
        .where(
            Action.deleted.is_(False),
            Action.status.in_([s.value for s in OPEN_STATUSES]),
            Action.due_date.is_not(None),
            Action.due_date <= horizon,
            or_(Action.partner_id.is_(None), Partner.deleted.is_(False)),
            or_(Action.workshop_id.is_(None), Workshop.deleted.is_(False)),
        )
        # Ascending due dates put every overdue action before every upcoming one.
        .order_by(Action.due_date, Action.title, Action.id)
    )


def is_overdue(action: Action, today: date) -> bool:
    return (
        action.status in OPEN_STATUSES and action.due_date is not None and action.due_date < today
    )


def actions_of_partner(
    session: Session, partner: Partner, *, open_only: bool = False
) -> list[Action]:
    """A partner's live actions by due date (undated last), then title."""
    query = select(Action).where(Action.partner_id == partner.id, Action.deleted.is_(False))
    if open_only:
        query = query.where(Action.status.in_([s.value for s in OPEN_STATUSES]))
    query = query.order_by(Action.due_date.is_(None), Action.due_date, Action.title, Action.id)
    return list(session.scalars(query))


# --- the plan across partners (the "Plan & follow-ups" list) -------------------------------


@dataclass(frozen=True)
class ActionFilter:
    """What the list of actions across partners shows; every part is optional.

    ``statuses`` empty means any status. ``partner_text`` matches the partner's name or
    acronym in any script, ignoring case; ``owner`` and ``source`` match exactly.
    """

    statuses: tuple[str, ...] = ()
    partner_id: str = ""
    partner_text: str = ""
    owner: str = ""
    source: str = ""
    text: str = ""


def _overdue_clause(today: date) -> ColumnElement[bool]:
    return and_(
        Action.status.in_([s.value for s in OPEN_STATUSES]),
        Action.due_date.is_not(None),
        Action.due_date < today,
    )


def action_query(flt: ActionFilter, today: date) -> Select[Action, str, bool]:
    """Live actions matching ``flt`` with their partner's name and whether they are
    overdue: overdue ones first, then by due date (undated last), then title.

    Actions of deleted partners or workshops are left out, as in ``upcoming_and_overdue``.
    """
    overdue = _overdue_clause(today)
    query = (
        select(Action, Partner.name, overdue.label("overdue"))
        .outerjoin(Partner, Partner.id == Action.partner_id)
        .outerjoin(Workshop, Workshop.id == Action.workshop_id)
        .where(
            Action.deleted.is_(False),
            or_(Action.partner_id.is_(None), Partner.deleted.is_(False)),
            or_(Action.workshop_id.is_(None), Workshop.deleted.is_(False)),
        )
    )
    if flt.statuses:
        query = query.where(Action.status.in_(list(flt.statuses)))
    if flt.partner_id:
        query = query.where(Action.partner_id == flt.partner_id)
    if flt.partner_text.strip():
        query = query.where(text_matches((Partner.name, Partner.acronym), flt.partner_text))
    if flt.owner:
        query = query.where(Action.owner == flt.owner)
    if flt.source:
        query = query.where(Action.source == flt.source)
    if flt.text.strip():
        query = query.where(text_matches((Action.title,), flt.text))
    return query.order_by(
        case((overdue, 0), else_=1),
        Action.due_date.is_(None),
        Action.due_date,
        Action.title,
        Action.id,
    )


def list_actions(
    session: Session,
    flt: ActionFilter,
    today: date,
    *,
    offset: int = 0,
    limit: int | None = None,
) -> list[tuple[Action, str | None, bool]]:
    """One page of ``action_query``: (action, partner name or None, overdue) rows.

    The page's ids are sorted first and the rows read after: sorting only the ids keeps a
    page deep in a long list as quick as the first one.
    """
    ids_query = action_query(flt, today).with_only_columns(Action.id).offset(offset)
    if limit is not None:
        ids_query = ids_query.limit(limit)
    ids = list(session.scalars(ids_query))
    if not ids:
        return []
    overdue = _overdue_clause(today)
    rows = session.execute(
        select(Action, Partner.name, overdue.label("overdue"))
        .outerjoin(Partner, Partner.id == Action.partner_id)
        .where(Action.id.in_(ids))
    )
    found = {row[0].id: (row[0], row[1], bool(row[2])) for row in rows}
    return [found[i] for i in ids if i in found]


def count_actions(session: Session, flt: ActionFilter, today: date) -> int:
    subquery = action_query(flt, today).order_by(None).subquery()
    return int(session.scalar(select(func.count()).select_from(subquery)) or 0)


def action_owners(session: Session) -> list[str]:
    """The distinct owners named on live actions, sorted ignoring case."""
    owners = session.scalars(
        select(Action.owner).where(Action.deleted.is_(False), Action.owner != "").distinct()
    )
    return sorted(owners, key=str.casefold)


def get_action(session: Session, action_id: str) -> Action:
    """A live action by id; raises ``NotFound`` if there is none."""
    action = session.get(Action, action_id)
    if action is None or action.deleted:
        raise NotFound(Message("no_action", "no action with id {id}", id=action_id))
    return action
