"""How partners, together, see the organisation: two-way assessments combined.

A two-way assessment is a partner's view of *us*. It never rates the partner; what it
says is read combined across partners, and only when at least ``minimum`` partners'
final assessments are in the combination, so that no partner's answers can be read
back from the figures. The threshold is the vault setting
``two_way_anonymity_threshold`` (default 5): below it, every mean is withheld, and so
is any section fewer partners scored.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldpartner.domain.models import Assessment, AssessmentStatus, VaultSetting
from fieldpartner.domain.problems import Message
from fieldpartner.domain.results import Results
from fieldpartner.domain.staff import Action, require
from fieldpartner.domain.validation import ValidationError

ANONYMITY_SETTING = "two_way_anonymity_threshold"
DEFAULT_ANONYMITY_THRESHOLD = 5
MINIMUM_ANONYMITY_THRESHOLD = 2
TWO_WAY = "two_way"


@dataclass(frozen=True)
class CombinedPart:
    """One section (or the whole assessment) combined across partners."""

    id: str
    title: str
    partners: int  # partners whose assessment scored this part
    mean: float | None  # None while fewer than the threshold scored it


@dataclass(frozen=True)
class CombinedTwoWay:
    partners: int  # partners whose latest final two-way assessment is combined
    minimum: int
    overall: CombinedPart
    sections: tuple[CombinedPart, ...]

    @property
    def withheld(self) -> bool:
        return self.partners < self.minimum


def anonymity_threshold(source: Session | Mapping[str, Any]) -> int:
    """The vault's threshold (at least 2: one partner's answers are never "combined")."""
    if isinstance(source, Session):
        raw = source.scalar(select(VaultSetting.value).where(VaultSetting.key == ANONYMITY_SETTING))
    else:
        raw = source.get(ANONYMITY_SETTING)
    if raw is None:
        return DEFAULT_ANONYMITY_THRESHOLD
    if isinstance(raw, bool) or not isinstance(raw, int):
        raise ValueError(
            Message(
                "setting_not_whole_number",
                "{setting}: {raw!r} is not a whole number",
                setting=ANONYMITY_SETTING,
                raw=raw,
            )
        )
    return max(raw, MINIMUM_ANONYMITY_THRESHOLD)


def set_anonymity_threshold(session: Session, value: object) -> int:
    """Store the vault's threshold; anything but a whole number of at least 2 is refused
    (and nothing is changed). On HQ's database, an administrator's (an organisation
    setting)."""
    require(session, Action.ORGANISATION_SETTINGS)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(
            [
                (
                    ANONYMITY_SETTING,
                    Message("not_whole_number", "{value!r} is not a whole number", value=value),
                )
            ]
        )
    if value < MINIMUM_ANONYMITY_THRESHOLD:
        raise ValidationError(
            [
                (
                    ANONYMITY_SETTING,
                    Message(
                        "anonymity_threshold_too_low",
                        "{value} is below {minimum}: one partner's answers would be shown as they are",
                        value=value,
                        minimum=MINIMUM_ANONYMITY_THRESHOLD,
                    ),
                )
            ]
        )
    row = session.get(VaultSetting, ANONYMITY_SETTING)
    if row is None:
        session.add(VaultSetting(key=ANONYMITY_SETTING, value=value))
    else:
        row.value = value
    return value


def latest_two_way_results(session: Session, template_key: str | None = None) -> list[Results]:
    """The stored results of each partner's latest final (or approved) two-way assessment."""
    query = select(Assessment).where(
        Assessment.assessment_kind == TWO_WAY,
        Assessment.deleted.is_(False),
        Assessment.status.in_([AssessmentStatus.FINAL.value, AssessmentStatus.APPROVED.value]),
    )
    if template_key is not None:
        query = query.where(Assessment.template_key == template_key)
    latest: dict[str, Assessment] = {}
    for assessment in session.scalars(query):
        known = latest.get(assessment.partner_id)
        if known is None or _when(assessment) > _when(known):
            latest[assessment.partner_id] = assessment
    return [Results.from_json(a.results or {}) for a in latest.values()]


def _when(assessment: Assessment) -> tuple[str, str, str]:
    return (
        assessment.assessed_on.isoformat() if assessment.assessed_on else "",
        assessment.finalised_at.isoformat() if assessment.finalised_at else "",
        assessment.id,
    )


def combine_two_way(
    session: Session, *, template_key: str | None = None, minimum: int | None = None
) -> CombinedTwoWay:
    """Mean scores per section across partners, withheld below the anonymity threshold.

    Sections are matched by id, so assessments made with different versions of a
    template combine where they share sections.
    """
    minimum = (
        anonymity_threshold(session)
        if minimum is None
        else max(minimum, MINIMUM_ANONYMITY_THRESHOLD)
    )
    every = latest_two_way_results(session, template_key)
    order: list[str] = []
    titles: dict[str, str] = {}
    scores: dict[str, list[float]] = {}
    for results in every:
        for section in results.sections:
            if section.id not in titles:
                order.append(section.id)
                titles[section.id] = section.title
            if section.score is not None:
                scores.setdefault(section.id, []).append(section.score)
    overall_scores = [r.overall.score for r in every if r.overall.score is not None]
    enough = len(every) >= minimum
    return CombinedTwoWay(
        partners=len(every),
        minimum=minimum,
        overall=_part("overall", "", overall_scores, minimum, enough),
        sections=tuple(_part(s, titles[s], scores.get(s, []), minimum, enough) for s in order),
    )


def _part(
    part_id: str, title: str, scores: list[float], minimum: int, enough: bool
) -> CombinedPart:
    shown = enough and len(scores) >= minimum
    mean = round(sum(scores) / len(scores), 6) if shown else None
    return CombinedPart(id=part_id, title=title, partners=len(scores), mean=mean)
