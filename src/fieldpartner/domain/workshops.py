"""Workshops: their dates and place, who took part, the follow-up plan agreed there, and
the review of an earlier workshop's plan months later.

A follow-up plan is a set of actions (see ``domain.actions``) whose source is
``workshop`` and which carry the workshop's id; reviewing them appends dated notes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from fieldpartner.domain import rules
from fieldpartner.domain.actions import OPEN_STATUSES, add_action, review_action
from fieldpartner.domain.models import (
    Action,
    ActionSource,
    ActionStatus,
    Partner,
    Workshop,
    WorkshopParticipant,
)
from fieldpartner.domain.problems import Message
from fieldpartner.domain.revisions import edit_from
from fieldpartner.domain.search import text_matches
from fieldpartner.domain.validation import Checker, NotFound, ValidationError, clean_tags

WORKSHOP_TEXT_FIELDS = ("title", "topic", "place", "co_design_input", "notes")
WORKSHOP_FIELDS = frozenset(
    {*WORKSHOP_TEXT_FIELDS, "start_date", "end_date", "facilitators", "reviews_workshop_id"}
)
PARTICIPANT_FIELDS = frozenset({"name", "role", "organisation"})


def _is_date(value: Any) -> bool:
    return isinstance(value, date) and not isinstance(value, datetime)


def _normalise(values: Mapping[str, Any]) -> dict[str, Any]:
    cleaned = dict(values)
    for key in WORKSHOP_TEXT_FIELDS:
        if isinstance(cleaned.get(key), str):
            cleaned[key] = cleaned[key].strip()
    if isinstance(cleaned.get("facilitators"), list) and all(
        isinstance(f, str) for f in cleaned["facilitators"]
    ):
        cleaned["facilitators"] = clean_tags(cleaned["facilitators"])
    if cleaned.get("reviews_workshop_id") == "":
        cleaned["reviews_workshop_id"] = None
    return cleaned


def check_workshop_values(
    session: Session, values: Mapping[str, Any], current: Workshop | None
) -> None:
    """Check new values for a workshop (``current`` is None when creating one)."""
    check = Checker()
    check.problems += rules.unknown_fields(values, WORKSHOP_FIELDS, "is not a workshop field")
    check.problems += rules.check_changes("workshop", values, current)
    reviewed_id = values.get("reviews_workshop_id")
    if reviewed_id is not None and not any(f == "reviews_workshop_id" for f, _ in check.problems):
        reviewed = session.get(Workshop, reviewed_id) if isinstance(reviewed_id, str) else None
        if reviewed is None or reviewed.deleted:
            check.fail("reviews_workshop_id", f"{reviewed_id!r} is not a workshop in this vault")
        elif current is not None and reviewed.id == current.id:
            check.fail("reviews_workshop_id", "a workshop cannot review its own follow-up plan")
    check.done()


def add_workshop(session: Session, **values: Any) -> Workshop:
    """Create a workshop; raises ValidationError naming every bad field.

    ``reviews_workshop_id`` names the earlier workshop whose follow-up plan this one
    reviews (see ``earlier_plan``).
    """
    values = _normalise(values)
    check_workshop_values(session, values, None)
    workshop = Workshop(**values)
    session.add(workshop)
    session.flush()
    return workshop


def edit_workshop(
    session: Session, workshop: Workshop, *, based_on: str | None = None, **changes: Any
) -> Workshop:
    """Change a workshop's fields; ``based_on`` is the revision the form was opened on (a
    change made meanwhile refuses this one: ``revisions.EditConflict``)."""
    edit_from(session, workshop, based_on)
    changes = _normalise(changes)
    check_workshop_values(session, changes, workshop)
    if workshop.deleted:
        raise ValidationError(
            [
                (
                    "workshop",
                    Message("record_deleted", "{name!r} has been deleted", name=workshop.title),
                )
            ]
        )
    for key, value in changes.items():
        setattr(workshop, key, value)
    session.flush()
    return workshop


def delete_workshop(session: Session, workshop: Workshop, *, based_on: str | None = None) -> None:
    """Mark a workshop deleted; its follow-up actions drop out of the due lists.
    ``based_on``: see ``edit_workshop``."""
    edit_from(session, workshop, based_on)
    workshop.deleted = True
    session.flush()


def get_workshop(session: Session, workshop_id: str) -> Workshop:
    workshop = session.get(Workshop, workshop_id)
    if workshop is None or workshop.deleted:
        raise NotFound(Message("no_workshop", "no workshop with id {id}", id=workshop_id))
    return workshop


def list_workshops(session: Session) -> list[Workshop]:
    """Live workshops, most recent first (undated last)."""
    return list(
        session.scalars(
            select(Workshop)
            .where(Workshop.deleted.is_(False))
            .order_by(Workshop.start_date.is_(None), Workshop.start_date.desc(), Workshop.title)
        )
    )


# --- participants --------------------------------------------------------------------------


def _check_participant(
    values: Mapping[str, Any], partner: Partner | None, current: WorkshopParticipant | None
) -> None:
    check = Checker()
    check.problems += rules.unknown_fields(values, PARTICIPANT_FIELDS, "is not a participant field")
    links: dict[str, str | None] = {"partner_id": partner.id} if partner is not None else {}
    if current is None:
        links = {"partner_id": None, **links}
    check.problems += rules.check_changes("workshop_participant", {**values, **links}, current)
    if partner is not None and partner.deleted:
        check.fail("partner", f"{partner.name!r} has been deleted")
    check.done()


def add_participant(
    session: Session,
    workshop: Workshop,
    *,
    partner: Partner | None = None,
    **values: Any,
) -> WorkshopParticipant:
    """Record who took part: a partner organisation, or a named person with role and
    organisation (or a named person from a partner). One of partner or name is needed."""
    values = {k: v.strip() if isinstance(v, str) else v for k, v in values.items()}
    _check_participant(values, partner, None)
    if workshop.deleted:
        raise ValidationError(
            [
                (
                    "workshop",
                    Message("record_deleted", "{name!r} has been deleted", name=workshop.title),
                )
            ]
        )
    if partner is not None and not values.get("name"):
        already = session.scalar(
            select(WorkshopParticipant.id).where(
                WorkshopParticipant.workshop_id == workshop.id,
                WorkshopParticipant.partner_id == partner.id,
                WorkshopParticipant.name == "",
                WorkshopParticipant.deleted.is_(False),
            )
        )
        if already is not None:
            raise ValidationError(
                [
                    (
                        "partner",
                        Message(
                            "already_taking_part",
                            "{name!r} is already listed as taking part",
                            name=partner.name,
                        ),
                    )
                ]
            )
    participant = WorkshopParticipant(
        workshop_id=workshop.id,
        partner_id=partner.id if partner is not None else None,
        **values,
    )
    session.add(participant)
    session.flush()
    return participant


def edit_participant(
    session: Session,
    participant: WorkshopParticipant,
    *,
    based_on: str | None = None,
    **changes: Any,
) -> WorkshopParticipant:
    edit_from(session, participant, based_on)
    changes = {k: v.strip() if isinstance(v, str) else v for k, v in changes.items()}
    _check_participant(changes, None, participant)
    if participant.deleted:
        raise ValidationError(
            [
                (
                    "participant",
                    Message("participant_removed", "has been removed from the workshop"),
                )
            ]
        )
    for key, value in changes.items():
        setattr(participant, key, value)
    session.flush()
    return participant


def remove_participant(
    session: Session, participant: WorkshopParticipant, *, based_on: str | None = None
) -> None:
    edit_from(session, participant, based_on)
    participant.deleted = True
    session.flush()


def participants_of(session: Session, workshop: Workshop) -> list[WorkshopParticipant]:
    """Who took part, sorted by the person's name or else the partner's name."""
    shown_name = func.lower(func.coalesce(func.nullif(WorkshopParticipant.name, ""), Partner.name))
    return list(
        session.scalars(
            select(WorkshopParticipant)
            .outerjoin(Partner, Partner.id == WorkshopParticipant.partner_id)
            .where(
                WorkshopParticipant.workshop_id == workshop.id,
                WorkshopParticipant.deleted.is_(False),
            )
            .order_by(shown_name, WorkshopParticipant.id)
        )
    )


def workshops_of_partner(session: Session, partner: Partner) -> list[Workshop]:
    """Live workshops the partner (or someone from it) took part in, most recent first."""
    took_part = select(WorkshopParticipant.workshop_id).where(
        WorkshopParticipant.partner_id == partner.id, WorkshopParticipant.deleted.is_(False)
    )
    return list(
        session.scalars(
            select(Workshop)
            .where(Workshop.id.in_(took_part), Workshop.deleted.is_(False))
            .order_by(Workshop.start_date.is_(None), Workshop.start_date.desc(), Workshop.title)
        )
    )


# --- follow-up plan ------------------------------------------------------------------------


def add_follow_up(
    session: Session, workshop: Workshop, *, partner: Partner | None = None, **values: Any
) -> Action:
    """Add an action to the workshop's follow-up plan (optionally for one partner)."""
    values.setdefault("source", ActionSource.WORKSHOP.value)
    return add_action(session, partner=partner, workshop=workshop, **values)


def follow_up_plan(session: Session, workshop: Workshop) -> list[Action]:
    """The workshop's live follow-up actions by due date (undated last), then title."""
    return list(
        session.scalars(
            select(Action)
            .where(Action.workshop_id == workshop.id, Action.deleted.is_(False))
            .order_by(Action.due_date.is_(None), Action.due_date, Action.title, Action.id)
        )
    )


def earlier_plan(session: Session, workshop: Workshop) -> list[Action]:
    """The follow-up plan of the workshop this one reviews, or [] if it reviews none."""
    if workshop.reviews_workshop_id is None:
        return []
    earlier = session.get(Workshop, workshop.reviews_workshop_id)
    if earlier is None or earlier.deleted:
        return []
    return follow_up_plan(session, earlier)


def review_follow_up(
    session: Session,
    action: Action,
    status: ActionStatus | str,
    note: str = "",
    by: str | None = None,
    on_date: date | None = None,
    *,
    based_on: str | None = None,
) -> Action:
    """Review one action of an earlier plan: append ``{date, status, note, by}`` to its
    review notes and set its status (done completes it on ``on_date``)."""
    return review_action(session, action, status, note, by, on_date, based_on=based_on)


# --- the list of workshops and the review of an earlier plan -------------------------------


@dataclass(frozen=True)
class WorkshopSummary:
    """One row of the workshop list: the workshop, how many partner organisations took
    part, and how many of its follow-up actions are still open."""

    workshop: Workshop
    partners: int
    open_follow_ups: int


def _workshop_query(text: str = "", exclude_id: str | None = None) -> Select[Workshop]:
    query = select(Workshop).where(Workshop.deleted.is_(False))
    text = text.strip()
    if text:
        query = query.where(text_matches((Workshop.title, Workshop.topic, Workshop.place), text))
    if exclude_id is not None:
        query = query.where(Workshop.id != exclude_id)
    return query


def list_workshop_summaries(
    session: Session,
    text: str = "",
    *,
    exclude_id: str | None = None,
    offset: int = 0,
    limit: int | None = None,
) -> list[WorkshopSummary]:
    """Live workshops whose title, topic or place contains ``text`` (any script, any case),
    most recent first (undated last), with their partner and open follow-up counts."""
    page = (
        _workshop_query(text, exclude_id)
        .order_by(
            Workshop.start_date.is_(None), Workshop.start_date.desc(), Workshop.title, Workshop.id
        )
        .offset(offset)
    )
    if limit is not None:
        page = page.limit(limit)
    workshops = list(session.scalars(page))
    ids = [w.id for w in workshops]
    if not ids:
        return []
    # Counted for this page's workshops only, in one query each.
    partners: dict[str | None, int] = {
        workshop_id: count
        for workshop_id, count in session.execute(
            select(
                WorkshopParticipant.workshop_id,
                func.count(func.distinct(WorkshopParticipant.partner_id)),
            )
            .where(
                WorkshopParticipant.workshop_id.in_(ids),
                WorkshopParticipant.deleted.is_(False),
                WorkshopParticipant.partner_id.is_not(None),
            )
            .group_by(WorkshopParticipant.workshop_id)
        )
    }
    open_follow_ups: dict[str | None, int] = {
        workshop_id: count
        for workshop_id, count in session.execute(
            select(Action.workshop_id, func.count())
            .where(
                Action.workshop_id.in_(ids),
                Action.deleted.is_(False),
                Action.status.in_([s.value for s in OPEN_STATUSES]),
            )
            .group_by(Action.workshop_id)
        )
    }
    return [
        WorkshopSummary(w, int(partners.get(w.id, 0)), int(open_follow_ups.get(w.id, 0)))
        for w in workshops
    ]


def count_workshops(session: Session, text: str = "", *, exclude_id: str | None = None) -> int:
    subquery = _workshop_query(text, exclude_id).subquery()
    return int(session.scalar(select(func.count()).select_from(subquery)) or 0)


@dataclass(frozen=True)
class PlanReviewItem:
    """One action of the earlier plan under review and, if it has been reviewed since the
    reviewing workshop began, the latest such review entry (``{date, status, note, by}``)."""

    action: Action
    review: dict[str, Any] | None

    @property
    def reviewed(self) -> bool:
        return self.review is not None


def review_since(workshop: Workshop) -> date:
    """From which day a review note counts as made for ``workshop``: its start, or the day
    it was recorded if that is earlier (a workshop planned ahead may review before it)."""
    recorded = workshop.created_at.date() if workshop.created_at is not None else date.min
    if workshop.start_date is None:
        return recorded
    return min(workshop.start_date, recorded)


def plan_review(session: Session, workshop: Workshop) -> list[PlanReviewItem]:
    """The earlier plan that ``workshop`` reviews, item by item, with what has been
    reviewed so far (see ``review_since``); [] if it reviews no workshop."""
    since = review_since(workshop).isoformat()
    items = []
    for action in earlier_plan(session, workshop):
        latest = None
        for entry in action.review_notes or []:
            if isinstance(entry, dict) and str(entry.get("date", "")) >= since:
                latest = entry
        items.append(PlanReviewItem(action, latest))
    return items
