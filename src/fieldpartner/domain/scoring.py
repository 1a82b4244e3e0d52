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
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from fieldpartner.domain.templates.document import (
    DEFAULT_RISK_POINTS,
    NOT_APPLICABLE,
    RATED_TYPES,
    RATING_ORDER,
    ItemRef,
    TemplateDocument,
    text_of,
)
from fieldpartner.domain.templates.expressions import ExpressionContext, evaluate

DECISION_ORDER = {"approve": 0, "approve_with_conditions": 1, "decline": 2, "stop": 3}
EPSILON = 1e-9
DIGITS = 6


@dataclass(frozen=True)
class GivenAnswer:
    """An answer as the engine reads it."""

    value: Any = None
    not_applicable: bool = False


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
    ) -> None:
        self.doc = doc
        self.given = answers
        self.tier = tier
        self.respondent = respondent
        self._applicable: dict[str, bool] = {}
        self._section_applicable: dict[str, bool] = {}
        # Answers that count, for expressions; filled lazily while applicability resolves.
        self.counting: dict[str, Any] = {}
        for ref in doc.item_order:
            if self.item_applies(ref):
                answer = answers.get(ref.id)
                if answer is not None and not answer.not_applicable and answer.value is not None:
                    self.counting[ref.id] = answer.value
        self.item_risks = {
            item_id: risk
            for item_id, value in self.counting.items()
            if (risk := doc.answer_risk(doc.items[item_id], value)) is not None
        }
        self.sections: dict[str, dict[str, Any]] = {}

    # --- applicability ---------------------------------------------------------------

    def _context(self) -> ExpressionContext:
        return ExpressionContext(answers=_LazyAnswers(self), tier=self.tier)

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
        applicable = [r for r in refs if self.item_applies(r)]
        required = [r for r in applicable if r.required]
        answered = [r for r in required if self._answered(r)]
        not_applicable = [
            r for r in applicable if (a := self.given.get(r.id)) is not None and a.not_applicable
        ]
        ratio = len(answered) / len(required) if required else 1.0
        return {
            "applicable": len(applicable),
            "required": len(required),
            "answered": len(answered),
            "not_applicable": len(not_applicable),
            "ratio": _round(ratio),
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

    def score(self, section_id: str | None, scoring: Mapping[str, Any]) -> dict[str, Any]:
        method = scoring.get("method", "none")
        refs = [r for r in self.doc.items_under(section_id) if self.item_applies(r)]
        result: dict[str, Any] = {
            "method": method,
            "score": None,
            "min": None,
            "max": None,
            "percent": None,
            "rating": None,
            "decision": None,
            "label": None,
            "completeness": self.completeness(list(self.doc.items_under(section_id))),
        }
        if section_id is not None and not self.section_applies(section_id):
            result["applicable"] = False
            return result
        over_sections = scoring.get("over") == "sections"
        children = (
            self.doc.top_sections() if section_id is None else self.doc.child_sections(section_id)
        )
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
            result["rating"] = result["decision"] = result["label"] = None
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
            rated = [r for r in counted if r.type in RATED_TYPES]
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
    if ref.type == "checklist" and value in ("no", "partly"):
        return f"answered {value}"
    if ref.type in ("single_choice", "multiple_choice"):
        chosen = value if isinstance(value, list) else [value]
        for option in doc.options(ref):
            if option.get("gap") and option.get("value") in chosen:
                return f"answered {option.get('value')}"
    if risk in ("significant", "high"):
        return f"{risk} risk"
    return None


def compute_results(
    body: Mapping[str, Any],
    answers: Mapping[str, GivenAnswer],
    *,
    tier: str = "",
    respondent: str = "",
) -> dict[str, Any]:
    """Every computed result of one assessment, as JSON-ready data.

    ``tier`` is the assessment's due-diligence tier; ``respondent`` (assessor or
    partner_self) leaves out items meant only for the other side.
    """
    answers = {
        item_id: GivenAnswer(None, True) if a.value == NOT_APPLICABLE else a
        for item_id, a in answers.items()
    }
    doc = TemplateDocument(body)
    scorer = _Scorer(doc, answers, tier, respondent)
    # Innermost sections first, so a section combining its sub-sections finds them scored.
    for section_ref in sorted(doc.section_order, key=lambda s: -len(s.ancestors)):
        scoring = section_ref.section.get("scoring") or scorer.default_scoring(section_ref.id)
        scorer.sections[section_ref.id] = scorer.score(section_ref.id, scoring)
    overall = scorer.score(None, body.get("scoring") or scorer.default_scoring(None))

    key_items = frozenset(r.id for r in doc.item_order if r.key)
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
    )
    rating = overall["rating"]
    decisions: list[str | None] = [overall["decision"]]
    applied = []
    for rule in body.get("risk_rules") or []:
        if evaluate(rule["if"], context):
            applied.append(
                {
                    "id": rule["id"],
                    "rating": rule.get("rating"),
                    "decision": rule.get("decision"),
                    "reason": text_of(rule.get("reason")),
                }
            )
            rating = _worst([rating, rule.get("rating")], RATING_ORDER)
            decisions.append(rule.get("decision"))
    decision_map = body.get("decisions") or {}
    if rating is not None:
        decisions.append(decision_map.get(rating))
    decision = _worst(decisions, DECISION_ORDER)

    gaps = []
    for ref in doc.item_order:
        if ref.id not in scorer.counting:
            continue
        value = scorer.counting[ref.id]
        risk = scorer.item_risks.get(ref.id)
        reason = _is_gap(doc, ref, value, risk, context)
        if reason:
            action = ref.item.get("action") or {}
            gaps.append(
                {
                    "item_id": ref.id,
                    "section_id": ref.sections[-1] if ref.sections else "",
                    "answer": value,
                    "risk": risk,
                    "key": ref.key,
                    "reason": reason,
                    "text": text_of(ref.item.get("text")),
                    "action_title": text_of(action.get("title")),
                }
            )

    items = {}
    for ref in doc.item_order:
        applies = scorer.item_applies(ref)
        answer = answers.get(ref.id)
        entry: dict[str, Any] = {"applicable": applies}
        if applies and ref.id in scorer.counting:
            points = doc.answer_points(ref, scorer.counting[ref.id])
            entry["points"] = _round(points)
            entry["risk"] = scorer.item_risks.get(ref.id)
        elif applies and answer is not None and answer.not_applicable:
            entry["not_applicable"] = True
        items[ref.id] = entry

    sections = []
    for section_ref in doc.section_order:
        data = scorer.sections[section_ref.id]
        sections.append(
            {
                "id": section_ref.id,
                "parent": section_ref.ancestors[-1] if section_ref.ancestors else None,
                "title": text_of(section_ref.section.get("title")),
                **{k: v for k, v in data.items() if k != "label"},
                "label": text_of(data["label"]) if data["label"] else None,
            }
        )
    overall_out = {k: v for k, v in overall.items() if k != "label"}
    overall_out["label"] = text_of(overall["label"]) if overall["label"] else None
    return {
        "template": {"id": doc.key, "version": doc.version},
        "tier": tier,
        "completeness": overall["completeness"],
        "sections": sections,
        "overall": overall_out,
        "rating": rating,
        "recommended_decision": decision,
        "rules_applied": applied,
        "gaps": gaps,
        "items": items,
    }


# --- comparisons ------------------------------------------------------------------------


def _delta(before: float | None, after: float | None) -> float | None:
    return None if before is None or after is None else _round(after - before)


def compare_results(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, Any]:
    """How a partner moved between two assessments (earlier first), section by section.

    Sections are matched by id, so two versions of a template compare where they share
    sections; a section in only one of them shows with the other side empty.
    """
    earlier = {s["id"]: s for s in before.get("sections", [])}
    later = {s["id"]: s for s in after.get("sections", [])}
    order = [*earlier, *(k for k in later if k not in earlier)]
    sections = []
    for section_id in order:
        b, a = earlier.get(section_id, {}), later.get(section_id, {})
        sections.append(
            {
                "id": section_id,
                "title": a.get("title") or b.get("title", ""),
                "before": b.get("score"),
                "after": a.get("score"),
                "change": _delta(b.get("score"), a.get("score")),
                "rating_before": b.get("rating"),
                "rating_after": a.get("rating"),
            }
        )
    gaps_before = {g["item_id"] for g in before.get("gaps", [])}
    gaps_after = {g["item_id"] for g in after.get("gaps", [])}
    ob, oa = before.get("overall", {}), after.get("overall", {})
    return {
        "sections": sections,
        "overall": {
            "before": ob.get("score"),
            "after": oa.get("score"),
            "change": _delta(ob.get("score"), oa.get("score")),
            "rating_before": before.get("rating"),
            "rating_after": after.get("rating"),
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
            "id": s["id"],
            "title": s["title"],
            "self": s["score"],
            "assessor": a["score"],
            "difference": _delta(a["score"], s["score"]),
        }
        for s, a in zip(self_results["sections"], assessor_results["sections"], strict=True)
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
