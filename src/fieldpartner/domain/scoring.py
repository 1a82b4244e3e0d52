"""The scoring engine: from a template and its answers to scores, ratings and gaps.

Plain Python over plain data, so the same rules score an assessment in the application,
in the CLI, in a report and in tests. Every rule comes from the template: which items
apply (tier, expressions), how a section is scored (weighted mean, sum, points, count,
highest risk), where bands start (absolute, or as a fraction of the range the answered
items make possible), which risk rules escalate the rating, which decision follows.

Conventions (documented for template authors in docs/template-format.md):

- Scores use only answers that count: applicable, given, not "not applicable". A
  partially answered assessment is scored on what is answered; ``completeness`` says how
  much that is, and ``min_completeness`` withholds a rating until enough is answered.
- The possible range (for ``from_fraction`` bands and for ``percent``) is the range of
  those same counted items: not-applicable items shrink it instead of scoring zero.
- "Don't know" and "covered" (format 2) are answers for completeness but not for
  scores, unless the template gives "don't know" points or a risk.
- A rule (outcome) only ever makes its result worse: a higher risk rating, or a lower
  capacity, fit or verification level. An assessor may then override a result, with a
  justification that the results keep (``apply_override``).

The results are a ``domain.results.Results``; the UI, reports and CLI render it.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from fieldpartner.domain.problems import Message
from fieldpartner.domain.results import (
    AppliedRule,
    Completeness,
    Gap,
    ItemResult,
    RatingOverride,
    Results,
    ScoredPart,
)
from fieldpartner.domain.templates.document import (
    COVERED,
    DEFAULT_RISK_POINTS,
    DONT_KNOW,
    NOT_APPLICABLE,
    RATED_TYPES,
    RATING_ORDER,
    ItemRef,
    TemplateDocument,
    is_state,
)
from fieldpartner.domain.templates.expressions import ExpressionContext, evaluate
from fieldpartner.domain.templates.vocabulary import RISK, VOCABULARIES, worst

DECISION_ORDER = {"approve": 0, "approve_with_conditions": 1, "decline": 2, "stop": 3}
EPSILON = 1e-9
DIGITS = 6


@dataclass(frozen=True)
class GivenAnswer:
    """An answer as the engine reads it."""

    value: Any = None
    not_applicable: bool = False


@dataclass(frozen=True)
class ActionFact:
    """One of the partner's actions, as computed items count them."""

    status: str
    source: str = ""
    due_date: date | None = None


@dataclass(frozen=True)
class AssessmentFacts:
    """What the engine reads besides the answers: the project's amount (for rules on it),
    the partner's actions (for computed counts) and the assessment's date (for validity
    and the next review)."""

    project_amount: float | None = None
    actions: tuple[ActionFact, ...] = ()
    assessed_on: date | None = None


class OverrideRefused(ValueError):
    """An override the template or its vocabulary does not allow, or without a reason."""

    exit_code = 4


def _worst(values: list[str | None], order: Mapping[str, int]) -> str | None:
    known = [v for v in values if v is not None and v in order]
    return max(known, key=order.__getitem__) if known else None


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, DIGITS)


class _Scorer:
    def __init__(
        self,
        doc: TemplateDocument,
        answers: Mapping[str, GivenAnswer],
        tier: str,
        respondent: str = "",
        facts: AssessmentFacts | None = None,
    ) -> None:
        self.doc = doc
        self.facts = facts or AssessmentFacts()
        self.given = dict(answers)
        self.tier = tier
        self.respondent = respondent
        self._applicable: dict[str, bool] = {}
        self._section_applicable: dict[str, bool] = {}
        # Computed items get their value before anything reads answers: actions counts
        # first, then ratios of the answers given by hand.
        for ref in doc.item_order:
            compute = ref.item.get("compute") if ref.type == "computed" else None
            if isinstance(compute, Mapping) and "actions" in compute:
                self.given[ref.id] = GivenAnswer(self._count_actions(compute["actions"]))
        for ref in doc.item_order:
            compute = ref.item.get("compute") if ref.type == "computed" else None
            if isinstance(compute, Mapping) and "ratio" in compute:
                self.given[ref.id] = GivenAnswer(self._ratio(compute["ratio"]))
        # Answers that count, for expressions; filled lazily while applicability resolves.
        self.counting: dict[str, Any] = {}
        for ref in doc.item_order:
            if self.item_applies(ref):
                answer = self.given.get(ref.id)
                if answer is not None and not answer.not_applicable and answer.value is not None:
                    self.counting[ref.id] = answer.value
        self.item_risks = {
            item_id: risk
            for item_id, value in self.counting.items()
            if (risk := doc.answer_risk(doc.items[item_id], value)) is not None
        }
        self.sections: dict[str, dict[str, Any]] = {}

    def _count_actions(self, spec: Mapping[str, Any]) -> float:
        statuses = set(spec.get("status") or [])
        sources = set(spec.get("source") or [])
        today = self.facts.assessed_on
        count = 0
        for action in self.facts.actions:
            overdue = (
                action.status in ("open", "in_progress")
                and action.due_date is not None
                and today is not None
                and action.due_date < today
            )
            if (
                statuses
                and action.status not in statuses
                and not ("overdue" in statuses and overdue)
            ):
                continue
            if sources and action.source not in sources:
                continue
            count += 1
        return float(count)

    def _ratio(self, spec: Mapping[str, Any]) -> float | None:
        """The share of the counted answers among the items that are one of ``in``."""
        if "section" in spec:
            refs = [r for r in self.doc.items_under(spec["section"]) if r.type != "computed"]
        else:
            refs = [self.doc.items[i] for i in spec.get("items") or [] if i in self.doc.items]
        wanted = {str(v) for v in spec.get("in") or []}
        values = []
        for ref in refs:
            answer = self.given.get(ref.id)
            if answer is None or answer.not_applicable or answer.value is None:
                continue
            if answer.value == COVERED:
                continue
            values.append(answer.value)
        if not values:
            return None
        hits = sum(
            any(str(v) in wanted for v in (value if isinstance(value, list) else [value]))
            for value in values
        )
        return _round(hits / len(values))

    # --- applicability ---------------------------------------------------------------

    def _context(self) -> ExpressionContext:
        return ExpressionContext(
            answers=_LazyAnswers(self), tier=self.tier, project_amount=self.facts.project_amount
        )

    def _applies(self, node: Mapping[str, Any]) -> bool:
        tiers = node.get("applies_to_tiers")
        if tiers and self.tier not in tiers:
            return False
        # In a template answered by both sides, some items are for one side only.
        asked = node.get("respondent")
        if self.respondent and asked not in (None, "both", self.respondent):
            return False
        condition = node.get("applies_if")
        return condition is None or evaluate(condition, self._context())

    def section_applies(self, section_id: str) -> bool:
        if section_id not in self._section_applicable:
            self._section_applicable[section_id] = True  # guards re-entry; cycles are invalid
            self._section_applicable[section_id] = self._applies(
                self.doc.sections[section_id].section
            )
        return self._section_applicable[section_id]

    def item_applies(self, ref: ItemRef) -> bool:
        if ref.id not in self._applicable:
            self._applicable[ref.id] = False
            self._applicable[ref.id] = all(
                self.section_applies(s) for s in ref.sections
            ) and self._applies(ref.item)
        return self._applicable[ref.id]

    def counting_value(self, item_id: str) -> Any:
        ref = self.doc.items.get(item_id)
        if ref is None or not self.item_applies(ref):
            return _MISSING
        answer = self.given.get(item_id)
        if answer is None or answer.not_applicable or answer.value is None:
            return _MISSING
        return answer.value

    # --- items -----------------------------------------------------------------------

    def completeness(self, refs: list[ItemRef]) -> dict[str, Any]:
        applicable = [r for r in refs if self.item_applies(r) and r.answered_by_hand]
        required = [r for r in applicable if r.required]
        answered = [r for r in required if self._answered(r)]
        not_applicable = [
            r for r in applicable if (a := self.given.get(r.id)) is not None and a.not_applicable
        ]
        states = [
            a.value
            for r in applicable
            if (a := self.given.get(r.id)) is not None and not a.not_applicable
        ]
        ratio = len(answered) / len(required) if required else 1.0
        return {
            "applicable": len(applicable),
            "required": len(required),
            "answered": len(answered),
            "not_applicable": len(not_applicable),
            "ratio": _round(ratio),
            "not_verified": states.count(DONT_KNOW),
            "covered": states.count(COVERED),
        }

    def _answered(self, ref: ItemRef) -> bool:
        answer = self.given.get(ref.id)
        return answer is not None and (answer.not_applicable or answer.value is not None)

    # --- sections --------------------------------------------------------------------

    def default_scoring(self, section_id: str | None) -> dict[str, Any]:
        refs = list(self.doc.items_under(section_id))
        if any(self.doc.points_range(r) is not None for r in refs):
            return {"method": "weighted_mean"}
        if any(self.doc.can_carry_risk(r) for r in refs):
            return {"method": "highest_risk"}
        return {"method": "none"}

    def score(
        self,
        section_id: str | None,
        scoring: Mapping[str, Any],
        under: list[str] | None = None,
    ) -> dict[str, Any]:
        """One section's (or the overall's) result; ``under`` limits a named result to
        the items of some sections (and, over sections, to those sections)."""
        method = scoring.get("method", "none")
        all_refs = self.doc.items_scored(section_id, under)
        refs = [r for r in all_refs if self.item_applies(r)]
        result: dict[str, Any] = {
            "method": method,
            "score": None,
            "min": None,
            "max": None,
            "percent": None,
            "rating": None,
            "level": None,
            "vocabulary": scoring.get("vocabulary", RISK),
            "decision": None,
            "label": None,
            "completeness": self.completeness(all_refs),
        }
        if section_id is not None and not self.section_applies(section_id):
            result["applicable"] = False
            return result
        over_sections = scoring.get("over") == "sections"
        children = self.doc.sections_below(section_id, under)
        child_results = [
            self.sections[c.id]
            for c in children
            if c.id in self.sections and self.sections[c.id].get("applicable", True)
        ]
        if method == "highest_risk":
            if over_sections:
                rating = _worst([r["rating"] for r in child_results], RATING_ORDER)
            else:
                rating = _worst([self.item_risks.get(r.id) for r in refs], RATING_ORDER)
            result["rating"] = rating
        elif method in ("weighted_mean", "sum", "points", "count"):
            if over_sections:
                parts = [
                    (float(c.section.get("weight", 1)), self.sections[c.id])
                    for c in children
                    if c.id in self.sections and self.sections[c.id]["score"] is not None
                ]
                total = sum(w for w, _ in parts)
                if parts and total > 0:
                    result["score"] = sum(w * r["score"] for w, r in parts) / total
                    result["min"] = sum(w * r["min"] for w, r in parts) / total
                    result["max"] = sum(w * r["max"] for w, r in parts) / total
            else:
                self._score_items(method, scoring, refs, result)
            self._band(scoring, result)
        minimum = scoring.get("min_completeness")
        if isinstance(minimum, int | float) and result["completeness"]["ratio"] < minimum - EPSILON:
            result["rating"] = result["level"] = result["decision"] = result["label"] = None
            result["withheld"] = f"less than {minimum:.0%} answered"
        for key in ("score", "min", "max", "percent"):
            result[key] = _round(result[key])
        return result

    def _score_items(
        self, method: str, scoring: Mapping[str, Any], refs: list[ItemRef], result: dict[str, Any]
    ) -> None:
        counted = [r for r in refs if r.id in self.counting]
        if method == "count":
            wanted = {str(v) for v in scoring.get("values") or []}
            # An answer state counts only where the template gives it points.
            rated = [
                r
                for r in counted
                if r.type in RATED_TYPES
                and (
                    not is_state(self.counting[r.id])
                    or self.doc.answer_points(r, self.counting[r.id]) is not None
                )
            ]
            if rated:
                hits = 0
                for ref in rated:
                    value = self.counting[ref.id]
                    values = value if isinstance(value, list) else [value]
                    hits += any(str(v) in wanted for v in values)
                result.update(score=float(hits), min=0.0, max=float(len(rated)))
            return
        from_risk = method == "points" and scoring.get("points_from", "answer") == "risk"
        table = {**DEFAULT_RISK_POINTS, **(scoring.get("risk_points") or {})}
        multiplier = float(scoring.get("key_multiplier", 1)) if method == "points" else 1.0
        parts: list[tuple[float, float, float, float]] = []  # weight, points, low, high
        for ref in counted:
            if from_risk:
                risk = self.item_risks.get(ref.id)
                if risk is None:
                    continue
                points, low, high = (
                    float(table[risk]),
                    float(min(table.values())),
                    float(max(table.values())),
                )
            else:
                given = self.doc.answer_points(ref, self.counting[ref.id])
                bounds = self.doc.points_range(ref)
                if given is None or bounds is None:
                    continue
                points, (low, high) = given, bounds
            weight = ref.weight * (multiplier if ref.key else 1.0)
            parts.append((weight, points, low, high))
        if not parts:
            return
        if method == "weighted_mean":
            total = sum(w for w, *_ in parts)
            if total <= 0:
                return
            result["score"] = sum(w * p for w, p, _, _ in parts) / total
            result["min"] = sum(w * lo for w, _, lo, _ in parts) / total
            result["max"] = sum(w * hi for w, _, _, hi in parts) / total
        else:
            result["score"] = sum(w * p for w, p, _, _ in parts)
            result["min"] = sum(w * lo for w, _, lo, _ in parts)
            result["max"] = sum(w * hi for w, _, _, hi in parts)

    def _band(self, scoring: Mapping[str, Any], result: dict[str, Any]) -> None:
        score, low, high = result["score"], result["min"], result["max"]
        if score is None:
            return
        if high is not None and low is not None and high > low:
            result["percent"] = 100.0 * (score - low) / (high - low)
        chosen = None
        for band in scoring.get("bands") or []:
            if "from_fraction" in band:
                start = low + band["from_fraction"] * (high - low)
            else:
                start = band["from"]
            if score >= start - EPSILON:
                chosen = band
        if chosen is not None:
            result["rating"] = chosen.get("rating")
            result["level"] = chosen.get("level")
            result["decision"] = chosen.get("decision")
            result["label"] = chosen.get("label")


class _Missing:
    pass


_MISSING = _Missing()


class _LazyAnswers(Mapping[str, Any]):
    """Answers seen by applicability expressions, resolving applicability on demand."""

    def __init__(self, scorer: _Scorer) -> None:
        self.scorer = scorer

    def __getitem__(self, key: str) -> Any:
        value = self.scorer.counting_value(key)
        if value is _MISSING:
            raise KeyError(key)
        return value

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.scorer.counting_value(key) is not _MISSING

    def __iter__(self) -> Any:
        return iter(k for k in self.scorer.doc.items if k in self)

    def __len__(self) -> int:
        return sum(1 for _ in self)


def _is_gap(
    doc: TemplateDocument, ref: ItemRef, value: Any, risk: str | None, context: ExpressionContext
) -> str | None:
    """Why an answer is a gap, or None. A template's ``gap_if`` replaces the defaults."""
    if "gap_if" in ref.item:
        return (
            "meets the template's gap condition" if evaluate(ref.item["gap_if"], context) else None
        )
    if ref.type == "scored":
        scale = doc.scale(ref) or {}
        target = scale.get("target")
        if isinstance(target, int | float) and isinstance(value, int | float) and value < target:
            return f"level {value} is below the target level {target:g}"
    if value == DONT_KNOW:
        return "not verified"
    if value == COVERED:
        return None
    if ref.type in ("checklist", "yes_no") and value in ("no", "partly"):
        return f"answered {value}"
    if ref.type in ("single_choice", "multiple_choice"):
        chosen = value if isinstance(value, list) else [value]
        for option in doc.options(ref):
            if option.get("gap") and option.get("value") in chosen:
                return f"answered {option.get('value')}"
    if risk in ("significant", "high"):
        return f"{risk} risk"
    return None


def _part(data: Mapping[str, Any], doc: TemplateDocument, **extra: Any) -> ScoredPart:
    label = data.get("label")
    return ScoredPart(
        method=str(data.get("method") or "none"),
        score=data.get("score"),
        min=data.get("min"),
        max=data.get("max"),
        percent=data.get("percent"),
        rating=data.get("rating"),
        level=data.get("level"),
        vocabulary=str(data.get("vocabulary") or RISK),
        decision=data.get("decision"),
        label=doc.text(label) if label else None,
        completeness=Completeness(**data["completeness"]),
        applicable=data.get("applicable", True),
        withheld=data.get("withheld"),
        **extra,
    )


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, or the month's last day if it has fewer days."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def compute_results(
    body: Mapping[str, Any],
    answers: Mapping[str, GivenAnswer],
    *,
    tier: str = "",
    respondent: str = "",
    facts: AssessmentFacts | None = None,
) -> Results:
    """Every computed result of one assessment.

    ``tier`` is the assessment's due-diligence tier; ``respondent`` (assessor or
    partner_self) leaves out items meant only for the other side; ``facts`` gives the
    project amount, the partner's actions and the assessment date.
    """
    facts = facts or AssessmentFacts()
    answers = {
        item_id: GivenAnswer(None, True) if a.value == NOT_APPLICABLE else a
        for item_id, a in answers.items()
    }
    doc = TemplateDocument(body)
    scorer = _Scorer(doc, answers, tier, respondent, facts)
    # Innermost sections first, so a section combining its sub-sections finds them scored.
    for section_ref in sorted(doc.section_order, key=lambda s: -len(s.ancestors)):
        scoring = section_ref.section.get("scoring") or scorer.default_scoring(section_ref.id)
        scorer.sections[section_ref.id] = scorer.score(section_ref.id, scoring)
    overall = scorer.score(None, body.get("scoring") or scorer.default_scoring(None))
    named: dict[str, dict[str, Any]] = {}
    for spec in doc.named_results():
        under = spec.get("sections")
        if not isinstance(under, list):
            under = [s.id for s in doc.top_sections()]
        named[str(spec["id"])] = scorer.score(None, spec["scoring"], [str(s) for s in under])

    key_items = frozenset(r.id for r in doc.item_order if r.key)
    words = {"overall": overall, **named}
    context = ExpressionContext(
        answers=dict(scorer.counting),
        tier=tier,
        item_risks=scorer.item_risks,
        key_items=key_items,
        ratings={
            "overall": overall["rating"],
            **{k: v["rating"] for k, v in scorer.sections.items()},
        },
        scores={"overall": overall["score"], **{k: v["score"] for k, v in scorer.sections.items()}},
        project_amount=facts.project_amount,
        results={
            k: (v["rating"] if v["vocabulary"] == RISK else v["level"]) for k, v in words.items()
        },
    )
    rating = overall["rating"]
    decisions: list[str | None] = [overall["decision"]]
    applied = []
    for rule in body.get("risk_rules") or []:
        if not evaluate(rule["if"], context):
            continue
        target = str(rule.get("result", "overall"))
        applied.append(
            AppliedRule(
                id=rule["id"],
                result=target,
                rating=rule.get("rating"),
                level=rule.get("level"),
                decision=rule.get("decision"),
                reason=doc.text(rule.get("reason")),
            )
        )
        if target == "overall":
            rating = _worst([rating, rule.get("rating")], RATING_ORDER)
            if overall["vocabulary"] != RISK and rule.get("level"):
                overall["level"] = worst(overall["vocabulary"], [overall["level"], rule["level"]])
        elif target in named and rule.get("level"):
            part = named[target]
            part["level"] = worst(part["vocabulary"], [part["level"], rule["level"]])
        elif target in named and rule.get("rating"):
            part = named[target]
            part["rating"] = _worst([part["rating"], rule["rating"]], RATING_ORDER)
        if target == "overall":
            decisions.append(rule.get("decision"))
    decision_map = body.get("decisions") or {}
    if rating is not None:
        decisions.append(decision_map.get(rating))
    decision = _worst(decisions, DECISION_ORDER)

    gaps = []
    for ref in doc.item_order:
        if ref.id not in scorer.counting or (ref.type == "computed" and "gap_if" not in ref.item):
            continue
        value = scorer.counting[ref.id]
        risk = scorer.item_risks.get(ref.id)
        reason = _is_gap(doc, ref, value, risk, context)
        if reason:
            action = ref.item.get("action") or {}
            gaps.append(
                Gap(
                    item_id=ref.id,
                    section_id=ref.sections[-1] if ref.sections else "",
                    answer=value,
                    risk=risk,
                    key=ref.key,
                    reason=reason,
                    text=doc.text(ref.item.get("text")),
                    action_title=doc.text(action.get("title")),
                )
            )

    items = {}
    for ref in doc.item_order:
        applies = scorer.item_applies(ref)
        answer = scorer.given.get(ref.id)
        value = scorer.counting.get(ref.id) if applies else None
        computed = (
            float(value) if ref.type == "computed" and isinstance(value, int | float) else None
        )
        if applies and ref.id in scorer.counting:
            items[ref.id] = ItemResult(
                applicable=True,
                points=_round(doc.answer_points(ref, value)),
                risk=scorer.item_risks.get(ref.id),
                state=value if is_state(value) else None,
                value=computed,
                counted=True,
            )
        else:
            items[ref.id] = ItemResult(
                applicable=applies,
                not_applicable=applies and answer is not None and answer.not_applicable,
            )

    sections = tuple(
        _part(
            scorer.sections[ref.id],
            doc,
            id=ref.id,
            parent=ref.ancestors[-1] if ref.ancestors else None,
            title=doc.text(ref.section.get("title")),
        )
        for ref in doc.section_order
    )
    named_parts = tuple(
        _part(named[str(spec["id"])], doc, id=str(spec["id"]), title=doc.text(spec.get("label")))
        for spec in doc.named_results()
    )
    valid_until = next_review = None
    if facts.assessed_on is not None:
        validity = doc.months("validity_months")
        if validity:
            valid_until = add_months(facts.assessed_on, validity).isoformat()
        cadence = doc.months("review_every_months")
        agreed = scorer.counting.get(str(body.get("next_review_item") or ""))
        if isinstance(agreed, str) and not is_state(agreed):
            next_review = agreed
        elif cadence:
            next_review = add_months(facts.assessed_on, cadence).isoformat()
    return Results(
        template_key=doc.key,
        template_version=doc.version,
        tier=tier,
        completeness=Completeness(**overall["completeness"]),
        sections=sections,
        overall=_part(overall, doc, id="overall"),
        rating=rating,
        recommended_decision=decision,
        rules_applied=tuple(applied),
        gaps=tuple(gaps),
        items=items,
        named=named_parts,
        feeds_risk_rating=doc.feeds_risk_rating,
        valid_until=valid_until,
        next_review=next_review,
    )


def apply_override(
    body: Mapping[str, Any],
    results: Results,
    result_id: str,
    value: str,
    justification: str,
    *,
    by: str = "",
    at: str = "",
) -> Results:
    """``results`` with one result's rating (or level) overridden by an assessor.

    Refused (OverrideRefused) when the template does not allow overrides, the result is
    unknown, the value is not a word of its vocabulary, or the justification is empty.
    Overriding the overall rating recommends the decision that rating maps to (and any
    stricter decision a rule gave); the computed value is kept beside the new one.
    """
    doc = TemplateDocument(body)
    if not doc.allow_override:
        raise OverrideRefused(
            Message(
                "override_not_allowed",
                "template {template} does not allow overriding its results",
                template=doc.key,
            )
        )
    if not justification.strip():
        raise OverrideRefused(
            Message("override_needs_justification", "an override needs a justification")
        )
    part = results.result(result_id)
    if part is None:
        known = ", ".join(["overall", *(r.id for r in results.named)])
        raise OverrideRefused(
            Message(
                "no_result_to_override",
                "no result {result!r} to override ({known})",
                result=result_id,
                known=known,
            )
        )
    words = VOCABULARIES.get(part.vocabulary, ())
    if value not in words:
        raise OverrideRefused(
            Message(
                "not_a_vocabulary_word",
                "{value!r} is not a {vocabulary} word ({words})",
                value=value,
                vocabulary=part.vocabulary,
                words=", ".join(reversed(words)),
            )
        )
    computed = results.rating if result_id == "overall" and part.vocabulary == RISK else part.word
    override = RatingOverride(result_id, computed, value, justification.strip(), by, at)
    overrides = (*(o for o in results.overrides if o.result != result_id), override)
    if part.vocabulary == RISK:
        updated = results.with_result(replace(part, rating=value))
    else:
        updated = results.with_result(replace(part, level=value))
    if result_id != "overall" or part.vocabulary != RISK:
        return replace(updated, overrides=overrides)
    rule_decisions = [r.decision for r in results.rules_applied if r.result == "overall"]
    mapped = (body.get("decisions") or {}).get(value)
    return replace(
        updated,
        rating=value,
        recommended_decision=_worst([*rule_decisions, mapped], DECISION_ORDER),
        overrides=overrides,
    )


# --- comparisons ------------------------------------------------------------------------


def _delta(before: float | None, after: float | None) -> float | None:
    return None if before is None or after is None else _round(after - before)


def compare_results(before: Results, after: Results) -> dict[str, Any]:
    """How a partner moved between two assessments (earlier first), section by section.

    Sections are matched by id, so two versions of a template compare where they share
    sections; a section in only one of them shows with the other side empty.
    """
    earlier = {s.id: s for s in before.sections}
    later = {s.id: s for s in after.sections}
    order = [*earlier, *(k for k in later if k not in earlier)]
    sections = []
    for section_id in order:
        b, a = earlier.get(section_id), later.get(section_id)
        sections.append(
            {
                "id": section_id,
                "title": (a.title if a else "") or (b.title if b else ""),
                "before": b.score if b else None,
                "after": a.score if a else None,
                "change": _delta(b.score if b else None, a.score if a else None),
                "rating_before": b.word if b else None,
                "rating_after": a.word if a else None,
            }
        )
    gaps_before = {g.item_id for g in before.gaps}
    gaps_after = {g.item_id for g in after.gaps}
    ob, oa = before.overall, after.overall
    return {
        "sections": sections,
        "overall": {
            "before": ob.score,
            "after": oa.score,
            "change": _delta(ob.score, oa.score),
            "rating_before": before.word,
            "rating_after": after.word,
        },
        "gaps_closed": sorted(gaps_before - gaps_after),
        "gaps_new": sorted(gaps_after - gaps_before),
        "gaps_remaining": sorted(gaps_before & gaps_after),
    }


def compare_perspectives(
    body: Mapping[str, Any],
    self_answers: Mapping[str, GivenAnswer],
    assessor_answers: Mapping[str, GivenAnswer],
    *,
    tier: str = "",
) -> dict[str, Any]:
    """A partner's self-assessment beside the assessor's view of the same items.

    ``difference`` is self minus assessor in points, so a positive number means the
    partner rates itself higher than the assessor does.
    """
    doc = TemplateDocument(body)
    items: list[dict[str, Any]] = []
    for ref in doc.item_order:
        mine, theirs = self_answers.get(ref.id), assessor_answers.get(ref.id)
        if mine is None and theirs is None:
            continue
        self_value = None if mine is None or mine.not_applicable else mine.value
        assessor_value = None if theirs is None or theirs.not_applicable else theirs.value
        self_points = doc.answer_points(ref, self_value) if self_value is not None else None
        assessor_points = (
            doc.answer_points(ref, assessor_value) if assessor_value is not None else None
        )
        items.append(
            {
                "item_id": ref.id,
                "section_id": ref.sections[-1] if ref.sections else "",
                "self": self_value,
                "assessor": assessor_value,
                "agree": self_value == assessor_value
                and (mine is not None and theirs is not None)
                and mine.not_applicable == theirs.not_applicable,
                "difference": _delta(assessor_points, self_points),
            }
        )
    self_results = compute_results(body, self_answers, tier=tier, respondent="partner_self")
    assessor_results = compute_results(body, assessor_answers, tier=tier, respondent="assessor")
    sections = [
        {
            "id": s.id,
            "title": s.title,
            "self": s.score,
            "assessor": a.score,
            "difference": _delta(a.score, s.score),
        }
        for s, a in zip(self_results.sections, assessor_results.sections, strict=True)
    ]
    compared = [i for i in items if i["self"] is not None and i["assessor"] is not None]
    return {
        "items": items,
        "sections": sections,
        "agreement": _round(sum(i["agree"] for i in compared) / len(compared))
        if compared
        else None,
        "largest_differences": sorted(
            (i for i in compared if i["difference"]),
            key=lambda i: -abs(i["difference"]),
        )[:10],
    }
