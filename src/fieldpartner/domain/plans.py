"""Partnership development plans: from assessment gaps to agreed actions, and what is due.

An assessment's gaps (see ``domain.scoring``) become *proposed* actions. A person then
accepts each one — as it is or edited — into the partner's development plan (status
``open``), or drops it. Upcoming and overdue actions are ``domain.actions
.upcoming_and_overdue``; this module adds the yearly partnership dialogue that is due.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, NamedTuple, Protocol

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from fieldpartner.domain.actions import (
    OPEN_STATUSES,
    add_action,
    edit_action,
    upcoming_and_overdue_query,
)
from fieldpartner.domain.assessments import results_of
from fieldpartner.domain.models import (
    Action,
    ActionSource,
    ActionStatus,
    Assessment,
    AssessmentKind,
    AssessmentStatus,
    Partner,
    Phase,
    Project,
    ScheduledReport,
    next_review_column,
)
from fieldpartner.domain.partners import last_rating_column, overdue_count_column
from fieldpartner.domain.problems import Message
from fieldpartner.domain.projects import reports_due_query
from fieldpartner.domain.results import Gap
from fieldpartner.domain.revisions import context_of, edit_from
from fieldpartner.domain.scoring import add_months

# Key items are the ones a partnership cannot do without: their actions are due sooner.
DEFAULT_DUE_DAYS = 90
KEY_ITEM_DUE_DAYS = 30
PLAN_STATUSES = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS, ActionStatus.DONE)


class PlanError(ValueError):
    exit_code = 4


def _title_for(gap: Gap) -> str:
    title = gap.action_title or f"Strengthen: {gap.text or gap.item_id}"
    return str(title)[:300]


def propose_actions(
    session: Session,
    assessment: Assessment,
    *,
    owner: str = "",
    today: date | None = None,
    due_in_days: int = DEFAULT_DUE_DAYS,
    key_due_in_days: int = KEY_ITEM_DUE_DAYS,
) -> list[Action]:
    """Proposed actions for the assessment's gaps that have none yet (running it again
    proposes only for new gaps). Key items come first and are due sooner."""
    if assessment.deleted:
        raise PlanError(
            Message("assessment_deleted", "assessment {id} has been deleted", id=assessment.id)
        )
    today = today or context_of(session).clock.now().date()
    results = results_of(session, assessment)
    covered = set(
        session.scalars(
            select(Action.item_id).where(
                Action.assessment_id == assessment.id, Action.deleted.is_(False)
            )
        )
    )
    gaps = sorted(results.gaps, key=lambda g: not g.key)
    proposed = []
    for gap in gaps:
        if gap.item_id in covered:
            continue
        days = key_due_in_days if gap.key else due_in_days
        proposed.append(
            add_action(
                session,
                assessment=assessment,
                title=_title_for(gap),
                description=f"{gap.text}\n{gap.reason}".strip(),
                owner=owner,
                due_date=today + timedelta(days=days),
                status=ActionStatus.PROPOSED.value,
                source=ActionSource.ASSESSMENT.value,
                item_id=gap.item_id,
            )
        )
    return proposed


def accept_action(
    session: Session, action: Action, *, based_on: str | None = None, **changes: Any
) -> Action:
    """Take a proposed action into the development plan, with any edits (title, owner,
    due date, description): its status becomes open. ``based_on``: see ``edit_action``."""
    edit_from(session, action, based_on)
    if action.status != ActionStatus.PROPOSED:
        raise PlanError(
            Message(
                "action_not_proposed",
                "action {title!r} is {status}, not proposed",
                title=action.title,
                status=action.status,
            )
        )
    return edit_action(session, action, **changes, status=ActionStatus.OPEN.value)


def drop_proposed_action(
    session: Session, action: Action, note: str = "", *, based_on: str | None = None
) -> Action:
    """Decide not to take up a proposed action; it stays on record as dropped.
    ``based_on``: see ``edit_action``."""
    edit_from(session, action, based_on)
    if action.status != ActionStatus.PROPOSED:
        raise PlanError(
            Message(
                "action_not_proposed",
                "action {title!r} is {status}, not proposed",
                title=action.title,
                status=action.status,
            )
        )
    changes: dict[str, Any] = {"status": ActionStatus.DROPPED.value}
    if note:
        changes["description"] = f"{action.description}\nDropped: {note}".strip()
    return edit_action(session, action, **changes)


def proposed_actions(session: Session, partner: Partner) -> list[Action]:
    return _actions(session, partner, (ActionStatus.PROPOSED,))


def development_plan(session: Session, partner: Partner) -> list[Action]:
    """The partner's agreed actions (open, in progress, done), by due date."""
    return _actions(session, partner, PLAN_STATUSES)


def _actions(
    session: Session, partner: Partner, statuses: tuple[ActionStatus, ...]
) -> list[Action]:
    return list(
        session.scalars(
            select(Action)
            .where(
                Action.partner_id == partner.id,
                Action.deleted.is_(False),
                Action.status.in_([s.value for s in statuses]),
            )
            .order_by(Action.due_date.is_(None), Action.due_date, Action.title)
        )
    )


# --- the yearly partnership dialogue ----------------------------------------------------


@dataclass(frozen=True)
class DialogueDue:
    partner: Partner
    last_dialogue: date | None  # None: never held
    due_since: date | None  # None: never held


def dialogues_due(
    session: Session, today: date, *, months: int = 12, include_never_held: bool = True
) -> list[DialogueDue]:
    """Partners whose next partnership dialogue is due before ``today``, oldest first;
    then, if asked, active partners that never had one. Partners in the ended phase are
    left out.

    The next dialogue is due on the date agreed at the last one (final or approved),
    which its results keep as ``next_review`` (the template's agreed-date item, else its
    review cadence); results without one (older templates) fall back to ``months``
    after the last dialogue.
    """
    return [
        DialogueDue(partner, held, due_since)
        for (partner,), held, due_since in _dialogues_due(
            session, today, months, include_never_held, Partner
        )
    ]


def _next_dialogue_on(held: date, agreed: Any, months: int) -> date:
    """The date agreed at a dialogue held on ``held`` (its results' ``next_review``), else
    ``months`` after it."""
    if isinstance(agreed, str):
        with contextlib.suppress(ValueError):
            return date.fromisoformat(agreed)
    return add_months(held, months)


def held_dialogues_query() -> Select[Any]:
    """Every partnership dialogue held (final or approved), oldest first: its partner, its
    date and the date agreed there for the next one (read from the index alone)."""
    return (
        select(Assessment.partner_id, Assessment.assessed_on, next_review_column())
        .where(
            Assessment.assessment_kind == AssessmentKind.PARTNERSHIP_DIALOGUE.value,
            Assessment.deleted.is_(False),
            Assessment.status.in_([AssessmentStatus.FINAL.value, AssessmentStatus.APPROVED.value]),
            Assessment.assessed_on.is_not(None),
        )
        .order_by(Assessment.assessed_on, Assessment.id)
    )


def live_partners_query(*columns: Any) -> Select[Any]:
    """``columns`` of every partner not deleted and not ended, by name."""
    return (
        select(*columns)
        .where(Partner.deleted.is_(False), Partner.phase != Phase.ENDED.value)
        .order_by(Partner.name, Partner.id)
    )


def _dialogues_due(
    session: Session, today: date, months: int, include_never_held: bool, *columns: Any
) -> list[tuple[tuple[Any, ...], date | None, date | None]]:
    """``dialogues_due`` as (the ``columns`` selected of the partner, last dialogue, due
    since), so that a long overview reads only the columns it shows."""
    # The last dialogue of each partner (rows come oldest first) and the date agreed there.
    last = {
        partner_id: (held, _next_dialogue_on(held, agreed, months))
        for partner_id, held, agreed in session.execute(held_dialogues_query())
    }
    rows = session.execute(live_partners_query(Partner.id, *columns))
    due: list[tuple[tuple[Any, ...], date | None, date | None]] = []
    never: list[tuple[tuple[Any, ...], date | None, date | None]] = []
    for partner_id, *selected in rows:
        if partner_id not in last:
            if include_never_held:
                never.append((tuple(selected), None, None))
            continue
        held, due_on = last[partner_id]
        if due_on < today:
            due.append((tuple(selected), held, due_on))
    # Oldest dialogue first; the rows came by name, and the sort keeps that order for ties.
    due.sort(key=lambda d: d[1] or date.min)
    return [*due, *never]


def actions_of_assessment(
    session: Session, assessment: Assessment, statuses: tuple[ActionStatus, ...] | None = None
) -> list[Action]:
    """The live actions that came from one assessment (optionally only some statuses),
    key gaps' (soonest due) first, then by title."""
    query = select(Action).where(Action.assessment_id == assessment.id, Action.deleted.is_(False))
    if statuses is not None:
        query = query.where(Action.status.in_([s.value for s in statuses]))
    return list(
        session.scalars(
            query.order_by(Action.due_date.is_(None), Action.due_date, Action.title, Action.id)
        )
    )


# --- what is due across partners (the "Upcoming" overview) ----------------------------------


@dataclass(frozen=True)
class DueItem:
    """One thing due, as plain values: safe to hand from a worker thread to the interface.

    ``kind`` is ``action``, ``dialogue`` or ``report``; ``detail`` is the action's owner,
    the report's kind (narrative, financial, ...) or empty; ``due`` is None for a dialogue
    that was never held.
    """

    kind: str
    record_id: str
    title: str
    partner_id: str
    partner_name: str
    due: date | None
    overdue: bool
    detail: str = ""


@dataclass(frozen=True)
class UpcomingOverview:
    today: date
    within_days: int
    actions: list[DueItem]
    dialogues: list[DueItem]
    reports: list[DueItem]


def upcoming_overview(session: Session, today: date, within_days: int = 30) -> UpcomingOverview:
    """Everything due by ``today + within_days`` across partners, overdue included: open
    actions (``upcoming_and_overdue``), yearly dialogues (``dialogues_due``: overdue ones,
    those falling due in the window, and never-held ones) and project reports, visits and
    audits (``projects.reports_due``), each in its service's order.

    The lists run to thousands on a large vault, so each service's query reads only the
    columns shown (partner names joined in), not whole records. Each list can also be read
    on its own and page by page, with its counts (``DUE_LISTS``)."""
    actions, dialogues, reports = (
        read(session, today, within_days).items for read in DUE_LISTS.values()
    )
    return UpcomingOverview(today, within_days, actions, dialogues, reports)


class DueList(NamedTuple):
    """A page of one of Upcoming's lists: ``items`` from ``offset`` on, and how many
    things the whole list holds and how many of them are overdue."""

    items: list[DueItem]
    total: int
    overdue: int


def _due_list(
    session: Session,
    query: Select[Any],
    dates: Select[Any],
    today: date,
    offset: int,
    limit: int | None,
    item: Callable[..., DueItem],
) -> DueList:
    """``limit`` rows of ``query`` from ``offset``, each made an item by ``item``; the
    counts of the whole list are those of ``dates`` (the same query selecting only its due
    date), counted by SQLite: no other row leaves the database."""
    items = [item(*row) for row in session.execute(query.offset(offset or None).limit(limit))]
    if limit is None and not offset:
        return DueList(items, len(items), sum(1 for entry in items if entry.overdue))
    listed = dates.order_by(None).subquery()
    due = next(iter(listed.c))
    total, overdue = session.execute(select(func.count(), func.count().filter(due < today))).one()
    return DueList(items, total, overdue)


def due_actions(
    session: Session, today: date, within_days: int, offset: int = 0, limit: int | None = None
) -> DueList:
    """The open actions of ``upcoming_overview``: ``limit`` of them from ``offset``."""
    query = upcoming_and_overdue_query(
        today,
        within_days,
        Action.id,
        Action.title,
        Action.partner_id,
        Partner.name,
        Action.due_date,
        Action.owner,
    )
    dates = upcoming_and_overdue_query(today, within_days, Action.due_date)

    def item(
        action_id: str, title: str, partner_id: str | None, name: str | None, due: date, owner: str
    ) -> DueItem:
        return DueItem(
            "action", action_id, title, partner_id or "", name or "", due, due < today, owner
        )

    return _due_list(session, query, dates, today, offset, limit, item)


def due_dialogues(
    session: Session, today: date, within_days: int, offset: int = 0, limit: int | None = None
) -> DueList:
    """The yearly dialogues of ``upcoming_overview``: ``limit`` of them from ``offset``
    (the list is worked out whole: one row per live partner)."""
    # dialogues_due lists those already due; asking with the horizon adds those falling
    # due within the window.
    horizon = today + timedelta(days=within_days)
    items = [
        DueItem(
            "dialogue",
            partner_id,
            name,
            partner_id,
            name,
            due_since,
            due_since is not None and due_since < today,
        )
        for (partner_id, name), _held, due_since in _dialogues_due(
            session, horizon, 12, True, Partner.id, Partner.name
        )
    ]
    end = None if limit is None else offset + limit
    return DueList(items[offset:end], len(items), sum(1 for item in items if item.overdue))


def due_reports(
    session: Session, today: date, within_days: int, offset: int = 0, limit: int | None = None
) -> DueList:
    """The project reports, visits and audits of ``upcoming_overview``: ``limit`` of them
    from ``offset``."""
    query = reports_due_query(
        today,
        within_days,
        ScheduledReport.id,
        Project.title,
        Project.partner_id,
        Partner.name,
        ScheduledReport.due_date,
        ScheduledReport.schedule_kind,
    )
    dates = reports_due_query(today, within_days, ScheduledReport.due_date)

    def item(
        report_id: str, title: str, partner_id: str, name: str, due: date, kind: str
    ) -> DueItem:
        return DueItem("report", report_id, title, partner_id, name, due, due < today, kind)

    return _due_list(session, query, dates, today, offset, limit, item)


class DueListReader(Protocol):
    def __call__(
        self,
        session: Session,
        today: date,
        within_days: int,
        offset: int = 0,
        limit: int | None = None,
    ) -> DueList: ...


# The three lists of ``upcoming_overview``, in its order.
DUE_LISTS: dict[str, DueListReader] = {
    "actions": due_actions,
    "dialogues": due_dialogues,
    "reports": due_reports,
}


# --- one partner at a glance -----------------------------------------------------------


@dataclass(frozen=True)
class PartnerOverview:
    """What a partner's page shows above its tabs."""

    last_rating: str | None  # the rating that feeds the partner's risk (``last_rating_column``)
    last_assessment_on: date | None
    last_assessment_kind: str  # "" when the partner was never assessed
    last_assessment_status: str
    open_actions: int
    overdue_actions: int
    last_dialogue: date | None  # None: never held
    next_dialogue: date | None


def partner_overview(
    session: Session, partner_id: str, today: date, *, months: int = 12
) -> PartnerOverview:
    """The partner's last risk rating, last assessment, open and overdue actions and next
    partnership dialogue, by the rules the lists and Upcoming use."""
    rating, overdue, open_count = session.execute(
        select(
            last_rating_column(),
            overdue_count_column(today),
            select(func.count(Action.id))
            .where(
                Action.partner_id == Partner.id,
                Action.deleted.is_(False),
                Action.status.in_([status.value for status in OPEN_STATUSES]),
            )
            .correlate(Partner)
            .scalar_subquery(),
        ).where(Partner.id == partner_id)
    ).one()
    last = session.execute(
        select(Assessment.assessed_on, Assessment.assessment_kind, Assessment.status)
        .where(Assessment.partner_id == partner_id, Assessment.deleted.is_(False))
        .order_by(Assessment.assessed_on.desc(), Assessment.id.desc())
        .limit(1)
    ).first()
    held = session.execute(held_dialogues_query().where(Assessment.partner_id == partner_id)).all()
    last_held = held[-1] if held else None
    return PartnerOverview(
        last_rating=rating,
        last_assessment_on=last[0] if last else None,
        last_assessment_kind=last[1] if last else "",
        last_assessment_status=last[2] if last else "",
        open_actions=int(open_count or 0),
        overdue_actions=int(overdue or 0),
        last_dialogue=last_held[1] if last_held else None,
        next_dialogue=_next_dialogue_on(last_held[1], last_held[2], months) if last_held else None,
    )
