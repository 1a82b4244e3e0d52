"""The results of scoring one assessment, as types: what the UI, reports and CLI render.

``domain.scoring`` produces a ``Results``; a final assessment stores ``to_json()`` of it
and ``Results.from_json`` reads it back (results stored before format 2 lack the newer
fields and read with their defaults). The JSON keeps the keys documented in
docs/template-format.md, so ``assessment show --json`` and stored results stay one shape.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from fieldpartner.domain.templates.vocabulary import RISK


def _float(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _str(value: Any) -> str | None:
    return str(value) if isinstance(value, str) and value else None


@dataclass(frozen=True)
class Completeness:
    """How much of what applies is answered. Not applicable, "don't know" and "covered"
    count as answered (they are answers); ``not_verified`` and ``covered`` say how many."""

    applicable: int = 0
    required: int = 0
    answered: int = 0
    not_applicable: int = 0
    ratio: float = 1.0
    not_verified: int = 0
    covered: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "applicable": self.applicable,
            "required": self.required,
            "answered": self.answered,
            "not_applicable": self.not_applicable,
            "ratio": self.ratio,
            "not_verified": self.not_verified,
            "covered": self.covered,
        }

    @classmethod
    def from_json(cls, data: Any) -> Completeness:
        data = data if isinstance(data, Mapping) else {}
        counts = {
            key: int(data.get(key) or 0)
            for key in (
                "applicable",
                "required",
                "answered",
                "not_applicable",
                "not_verified",
                "covered",
            )
        }
        ratio = _float(data.get("ratio"))
        return cls(ratio=1.0 if ratio is None else ratio, **counts)


@dataclass(frozen=True)
class ScoredPart:
    """One scored part of an assessment: a section, the overall result or a named result.

    ``rating`` is a risk rating (risk vocabulary); ``level`` a word of another vocabulary
    (capacity, fit, verification); a part has at most one of them.
    """

    id: str
    title: str = ""
    method: str = "none"
    parent: str | None = None
    score: float | None = None
    min: float | None = None
    max: float | None = None
    percent: float | None = None
    rating: str | None = None
    level: str | None = None
    vocabulary: str = RISK
    decision: str | None = None
    label: str | None = None
    completeness: Completeness = field(default_factory=Completeness)
    applicable: bool = True
    withheld: str | None = None

    @property
    def word(self) -> str | None:
        """The rating or level, whichever this part's vocabulary gives."""
        return self.rating if self.vocabulary == RISK else self.level

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "parent": self.parent,
            "title": self.title,
            "method": self.method,
            "score": self.score,
            "min": self.min,
            "max": self.max,
            "percent": self.percent,
            "rating": self.rating,
            "level": self.level,
            "vocabulary": self.vocabulary,
            "decision": self.decision,
            "label": self.label,
            "completeness": self.completeness.to_json(),
        }
        if not self.applicable:
            data["applicable"] = False
        if self.withheld:
            data["withheld"] = self.withheld
        return data

    @classmethod
    def from_json(cls, data: Any, default_id: str = "") -> ScoredPart:
        data = data if isinstance(data, Mapping) else {}
        return cls(
            id=str(data.get("id") or default_id),
            title=str(data.get("title") or ""),
            method=str(data.get("method") or "none"),
            parent=_str(data.get("parent")),
            score=_float(data.get("score")),
            min=_float(data.get("min")),
            max=_float(data.get("max")),
            percent=_float(data.get("percent")),
            rating=_str(data.get("rating")),
            level=_str(data.get("level")),
            vocabulary=str(data.get("vocabulary") or RISK),
            decision=_str(data.get("decision")),
            label=_str(data.get("label")),
            completeness=Completeness.from_json(data.get("completeness")),
            applicable=data.get("applicable", True) is not False,
            withheld=_str(data.get("withheld")),
        )


@dataclass(frozen=True)
class AppliedRule:
    """A risk rule (outcome) whose condition held, and what it did to which result."""

    id: str
    result: str = "overall"
    rating: str | None = None
    level: str | None = None
    decision: str | None = None
    reason: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "result": self.result,
            "rating": self.rating,
            "level": self.level,
            "decision": self.decision,
            "reason": self.reason,
        }

    @classmethod
    def from_json(cls, data: Any) -> AppliedRule:
        data = data if isinstance(data, Mapping) else {}
        return cls(
            id=str(data.get("id") or ""),
            result=str(data.get("result") or "overall"),
            rating=_str(data.get("rating")),
            level=_str(data.get("level")),
            decision=_str(data.get("decision")),
            reason=str(data.get("reason") or ""),
        )


@dataclass(frozen=True)
class Gap:
    """An answer that falls short and proposes an action for the development plan."""

    item_id: str
    section_id: str = ""
    answer: Any = None
    risk: str | None = None
    key: bool = False
    reason: str = ""
    text: str = ""
    action_title: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "item_id": self.item_id,
            "section_id": self.section_id,
            "answer": self.answer,
            "risk": self.risk,
            "key": self.key,
            "reason": self.reason,
            "text": self.text,
            "action_title": self.action_title,
        }

    @classmethod
    def from_json(cls, data: Any) -> Gap:
        data = data if isinstance(data, Mapping) else {}
        return cls(
            item_id=str(data.get("item_id") or ""),
            section_id=str(data.get("section_id") or ""),
            answer=data.get("answer"),
            risk=_str(data.get("risk")),
            key=bool(data.get("key")),
            reason=str(data.get("reason") or ""),
            text=str(data.get("text") or ""),
            action_title=str(data.get("action_title") or ""),
        )


@dataclass(frozen=True)
class ItemResult:
    """One item: whether it applies, and the points and risk of a counted answer.
    ``state`` is ``dont_know`` or ``covered``; ``value`` the value of a computed item."""

    applicable: bool = True
    points: float | None = None
    risk: str | None = None
    not_applicable: bool = False
    state: str | None = None
    value: float | None = None
    counted: bool = False

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"applicable": self.applicable}
        if self.counted:
            data["points"] = self.points
            data["risk"] = self.risk
        if self.not_applicable:
            data["not_applicable"] = True
        if self.state:
            data["state"] = self.state
        if self.value is not None:
            data["value"] = self.value
        return data

    @classmethod
    def from_json(cls, data: Any) -> ItemResult:
        data = data if isinstance(data, Mapping) else {}
        return cls(
            applicable=data.get("applicable", True) is not False,
            points=_float(data.get("points")),
            risk=_str(data.get("risk")),
            not_applicable=bool(data.get("not_applicable")),
            state=_str(data.get("state")),
            value=_float(data.get("value")),
            counted="points" in data or "risk" in data,
        )


@dataclass(frozen=True)
class RatingOverride:
    """An assessor's override of a computed rating or level, with the justification."""

    result: str
    computed: str | None
    value: str
    justification: str
    by: str = ""
    at: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "result": self.result,
            "computed": self.computed,
            "value": self.value,
            "justification": self.justification,
            "by": self.by,
            "at": self.at,
        }

    @classmethod
    def from_json(cls, data: Any) -> RatingOverride:
        data = data if isinstance(data, Mapping) else {}
        return cls(
            result=str(data.get("result") or "overall"),
            computed=_str(data.get("computed")),
            value=str(data.get("value") or ""),
            justification=str(data.get("justification") or ""),
            by=str(data.get("by") or ""),
            at=str(data.get("at") or ""),
        )


@dataclass(frozen=True)
class Results:
    """Everything computed for one assessment."""

    template_key: str = ""
    template_version: int = 0
    tier: str = ""
    completeness: Completeness = field(default_factory=Completeness)
    sections: tuple[ScoredPart, ...] = ()
    overall: ScoredPart = field(default_factory=lambda: ScoredPart("overall"))
    rating: str | None = None  # the overall risk rating after rules and overrides
    recommended_decision: str | None = None
    rules_applied: tuple[AppliedRule, ...] = ()
    gaps: tuple[Gap, ...] = ()
    items: Mapping[str, ItemResult] = field(default_factory=dict)
    named: tuple[ScoredPart, ...] = ()
    overrides: tuple[RatingOverride, ...] = ()
    feeds_risk_rating: bool = True
    valid_until: str | None = None
    next_review: str | None = None

    @property
    def level(self) -> str | None:
        """The overall level, when the overall result is not a risk rating."""
        return self.overall.level

    @property
    def word(self) -> str | None:
        """The overall rating or level, whichever the template's vocabulary gives."""
        return self.overall.word if self.overall.vocabulary != RISK else self.rating

    def section(self, section_id: str) -> ScoredPart | None:
        return next((s for s in self.sections if s.id == section_id), None)

    def result(self, result_id: str) -> ScoredPart | None:
        """The overall result (``"overall"``) or a named one."""
        if result_id == "overall":
            return self.overall
        return next((r for r in self.named if r.id == result_id), None)

    def with_result(self, part: ScoredPart) -> Results:
        if part.id == "overall":
            return replace(self, overall=part)
        return replace(self, named=tuple(part if r.id == part.id else r for r in self.named))

    def to_json(self) -> dict[str, Any]:
        return {
            "template": {"id": self.template_key, "version": self.template_version},
            "tier": self.tier,
            "completeness": self.completeness.to_json(),
            "sections": [s.to_json() for s in self.sections],
            "overall": self.overall.to_json(),
            "rating": self.rating,
            "level": self.level,
            "recommended_decision": self.recommended_decision,
            "rules_applied": [r.to_json() for r in self.rules_applied],
            "gaps": [g.to_json() for g in self.gaps],
            "items": {k: v.to_json() for k, v in self.items.items()},
            "results": [r.to_json() for r in self.named],
            "overrides": [o.to_json() for o in self.overrides],
            "feeds_risk_rating": self.feeds_risk_rating,
            "valid_until": self.valid_until,
            "next_review": self.next_review,
        }

    @classmethod
    def from_json(cls, data: Any) -> Results:
        data = data if isinstance(data, Mapping) else {}
        template = data.get("template") if isinstance(data.get("template"), Mapping) else {}
        items = data.get("items") if isinstance(data.get("items"), Mapping) else {}
        return cls(
            template_key=str(template.get("id") or ""),
            template_version=int(template.get("version") or 0),
            tier=str(data.get("tier") or ""),
            completeness=Completeness.from_json(data.get("completeness")),
            sections=tuple(ScoredPart.from_json(s) for s in data.get("sections") or []),
            overall=ScoredPart.from_json(data.get("overall"), "overall"),
            rating=_str(data.get("rating")),
            recommended_decision=_str(data.get("recommended_decision")),
            rules_applied=tuple(AppliedRule.from_json(r) for r in data.get("rules_applied") or []),
            gaps=tuple(Gap.from_json(g) for g in data.get("gaps") or []),
            items={str(k): ItemResult.from_json(v) for k, v in items.items()},
            named=tuple(ScoredPart.from_json(r) for r in data.get("results") or []),
            overrides=tuple(RatingOverride.from_json(o) for o in data.get("overrides") or []),
            feeds_risk_rating=data.get("feeds_risk_rating", True) is not False,
            valid_until=_str(data.get("valid_until")),
            next_review=_str(data.get("next_review")),
        )
