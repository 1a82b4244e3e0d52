"""What the workshop editor shows, read in one session and copied into plain values, so
no ORM object outlives the read (and ``forget`` can drop everything)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from fieldpartner.domain.models import Partner
from fieldpartner.domain.workshops import (
    follow_up_plan,
    get_workshop,
    participants_of,
    plan_review,
)


@dataclass(frozen=True)
class ParticipantRow:
    id: str
    partner_id: str
    partner_name: str
    name: str
    role: str
    organisation: str
    rev: str = ""  # the version read: a change from it is refused if another came meanwhile


@dataclass(frozen=True)
class PlanRow:
    id: str
    title: str
    partner_id: str
    partner_name: str
    owner: str
    due: date | None
    status: str
    description: str
    rev: str = ""


@dataclass(frozen=True)
class ReviewRow:
    id: str
    title: str
    partner_name: str
    owner: str
    due: date | None
    status: str
    review: dict[str, Any] | None
    history: list[dict[str, Any]]
    rev: str = ""

    @property
    def reviewed(self) -> bool:
        return self.review is not None


@dataclass(frozen=True)
class WorkshopDetails:
    id: str
    title: str
    topic: str
    start: date | None
    end: date | None
    place: str
    facilitators: list[str]
    co_design_input: str
    notes: str
    reviews_workshop_id: str
    reviews_title: str
    participants: list[ParticipantRow] = field(default_factory=list)
    plan: list[PlanRow] = field(default_factory=list)
    review: list[ReviewRow] = field(default_factory=list)
    rev: str = ""


def read_details(session: Any, workshop_id: str) -> WorkshopDetails:
    workshop = get_workshop(session, workshop_id)
    names: dict[str, str] = {}

    def partner_name(partner_id: str | None) -> str:
        if not partner_id:
            return ""
        if partner_id not in names:
            partner = session.get(Partner, partner_id)
            names[partner_id] = partner.name if partner is not None else ""
        return names[partner_id]

    reviewed_title = ""
    if workshop.reviews_workshop_id:
        try:
            reviewed_title = get_workshop(session, workshop.reviews_workshop_id).title
        except LookupError:
            reviewed_title = ""
    return WorkshopDetails(
        id=workshop.id,
        title=workshop.title,
        topic=workshop.topic,
        start=workshop.start_date,
        end=workshop.end_date,
        place=workshop.place,
        facilitators=list(workshop.facilitators or []),
        co_design_input=workshop.co_design_input,
        notes=workshop.notes,
        reviews_workshop_id=workshop.reviews_workshop_id or "",
        reviews_title=reviewed_title,
        rev=workshop.rev,
        participants=[
            ParticipantRow(
                p.id,
                p.partner_id or "",
                partner_name(p.partner_id),
                p.name,
                p.role,
                p.organisation,
                p.rev,
            )
            for p in participants_of(session, workshop)
        ],
        plan=[
            PlanRow(
                a.id,
                a.title,
                a.partner_id or "",
                partner_name(a.partner_id),
                a.owner,
                a.due_date,
                a.status,
                a.description,
                a.rev,
            )
            for a in follow_up_plan(session, workshop)
        ],
        review=[
            ReviewRow(
                item.action.id,
                item.action.title,
                partner_name(item.action.partner_id),
                item.action.owner,
                item.action.due_date,
                item.action.status,
                dict(item.review) if item.review is not None else None,
                [dict(entry) for entry in item.action.review_notes or []],
                item.action.rev,
            )
            for item in plan_review(session, workshop)
        ],
    )
