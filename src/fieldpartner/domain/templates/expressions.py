"""The small condition language of templates: applicability, gaps and risk rules.

An expression is JSON data, never code. It is evaluated by walking it, so a template
received from anywhere cannot run anything. The terms:

- ``{"answer": ITEM, "in": [v, ...]}``: the item's answer is one of the values (for a
  multiple-choice answer: any chosen option is); ``"gte"``, ``"gt"``, ``"lte"``, ``"lt"``
  compare a numeric answer; ``"answered": true|false`` tests presence. A missing,
  not-applicable or inapplicable answer satisfies only ``"answered": false``.
- ``{"tier": [TIER, ...]}``: the assessment's due-diligence tier is one of these.
- ``{"project_amount": true, "gte": n}``: the amount of the assessment's project
  (format 2); false when there is no project or no amount.
- ``{"all": [e, ...]}``, ``{"any": [e, ...]}``, ``{"not": e}``.

In risk rules only, where results exist:

- ``{"risk": ITEM, "in": [rating, ...]}``: the risk the item's answer maps to.
- ``{"rating": "overall"|SECTION, "in": [rating, ...]}``: a computed rating.
- ``{"score": "overall"|SECTION, "gte"|"gt"|"lte"|"lt": n}``: a computed score.
- ``{"items_with_risk": [rating, ...], "key": true, "gte": n}``: how many (key) items
  have one of these risks; the comparison defaults to ``"gte": 1``.
- ``{"result": RESULT, "in": [word, ...]}``: a named result's level (or the overall
  rating, ``"overall"``), format 2.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from fieldpartner.domain.problems import Message

RATINGS = ("low", "moderate", "significant", "high")
COMPARISONS = ("gte", "gt", "lte", "lt")
ANSWER_TESTS = ("in", "answered", *COMPARISONS)
RESULT_TERMS = ("risk", "rating", "score", "items_with_risk", "result")
TERMS = ("answer", "tier", "project_amount", "all", "any", "not", *RESULT_TERMS)


@dataclass
class ExpressionContext:
    """What an expression can see. ``answers`` holds only answers that count: applicable,
    given and not marked not applicable."""

    answers: Mapping[str, Any]
    tier: str = ""
    item_risks: Mapping[str, str] = field(default_factory=dict)
    key_items: frozenset[str] = frozenset()
    ratings: Mapping[str, str | None] = field(default_factory=dict)
    scores: Mapping[str, float | None] = field(default_factory=dict)
    project_amount: float | None = None
    results: Mapping[str, str | None] = field(default_factory=dict)


def _compare(value: Any, expr: Mapping[str, Any]) -> bool:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    checks = {
        "gte": lambda a, b: a >= b,
        "gt": lambda a, b: a > b,
        "lte": lambda a, b: a <= b,
        "lt": lambda a, b: a < b,
    }
    return all(checks[op](value, expr[op]) for op in COMPARISONS if op in expr)


def _value_in(value: Any, allowed: Iterable[Any]) -> bool:
    allowed = list(allowed)
    if isinstance(value, list):
        return any(v in allowed for v in value)
    return value in allowed


def evaluate(expr: Mapping[str, Any], context: ExpressionContext) -> bool:
    """The truth of a (validated) expression in ``context``."""
    if "all" in expr:
        return all(evaluate(e, context) for e in expr["all"])
    if "any" in expr:
        return any(evaluate(e, context) for e in expr["any"])
    if "not" in expr:
        return not evaluate(expr["not"], context)
    if "tier" in expr:
        return context.tier in expr["tier"]
    if "project_amount" in expr:
        return context.project_amount is not None and _compare(context.project_amount, expr)
    if "result" in expr:
        return context.results.get(expr["result"]) in expr["in"]
    if "answer" in expr:
        present = expr["answer"] in context.answers
        if "answered" in expr:
            return present == bool(expr["answered"])
        if not present:
            return False
        value = context.answers[expr["answer"]]
        if "in" in expr and not _value_in(value, expr["in"]):
            return False
        return _compare(value, expr) if any(op in expr for op in COMPARISONS) else True
    if "risk" in expr:
        return context.item_risks.get(expr["risk"]) in expr["in"]
    if "rating" in expr:
        return context.ratings.get(expr["rating"]) in expr["in"]
    if "score" in expr:
        score = context.scores.get(expr["score"])
        return score is not None and _compare(score, expr)
    if "items_with_risk" in expr:
        wanted = set(expr["items_with_risk"])
        count = sum(
            1
            for item_id, risk in context.item_risks.items()
            if risk in wanted and (not expr.get("key") or item_id in context.key_items)
        )
        if not any(op in expr for op in COMPARISONS):
            return count >= 1
        return _compare(count, expr)
    raise ValueError(f"not a template expression: {expr!r}")


def referenced_items(expr: Any) -> set[str]:
    """Item ids an expression reads (answers and risks)."""
    found: set[str] = set()
    if isinstance(expr, Mapping):
        for key in ("answer", "risk"):
            if isinstance(expr.get(key), str):
                found.add(expr[key])
        for key in ("all", "any"):
            subs = expr.get(key)
            for sub in subs if isinstance(subs, list) else []:
                found |= referenced_items(sub)
        if "not" in expr:
            found |= referenced_items(expr["not"])
    return found


@dataclass
class ExpressionScope:
    """What names an expression may use where it stands."""

    items: frozenset[str]
    tiers: frozenset[str]
    sections: frozenset[str]
    allow_results: bool
    # For items with a fixed set of answers (levels, checklist words, options): those
    # answers, so a test for an answer the item can never have is caught.
    answers: Mapping[str, list[Any]] = field(default_factory=dict)
    numeric: frozenset[str] = frozenset()
    # Named results and the words each can take (format 2); "overall" is always there.
    results: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    format_version: int = 1


# The tests each term takes besides its own key.
TERM_TESTS: dict[str, frozenset[str]] = {
    "answer": frozenset(ANSWER_TESTS),
    "risk": frozenset({"in"}),
    "rating": frozenset({"in"}),
    "score": frozenset(COMPARISONS),
    "items_with_risk": frozenset({"key", *COMPARISONS}),
    "project_amount": frozenset(COMPARISONS),
    "result": frozenset({"in"}),
}


def _is_scalar(value: Any) -> bool:
    return value is None or isinstance(value, str | int | float | bool)


def check_expression(expr: Any, path: str, scope: ExpressionScope) -> list[tuple[str, str]]:
    """Every problem of an expression as (JSON path, message)."""
    if not isinstance(expr, Mapping) or not expr:
        return [
            (path, Message("expression_not_an_object", "an expression must be a non-empty object"))
        ]
    terms = [t for t in TERMS if t in expr]
    problems: list[tuple[str, str]] = []
    for key in sorted(set(expr) - set(TERMS) - set(ANSWER_TESTS) - {"key"}):
        problems.append(
            (
                f"{path}.{key}",
                Message("expression_unknown_key", "unknown expression key {key!r}", key=key),
            )
        )
    if len(terms) != 1:
        problem = (
            Message(
                "expression_several_terms",
                "an expression needs exactly one of {terms} (found {found})",
                terms=", ".join(TERMS),
                found=", ".join(terms),
            )
            if terms
            else Message(
                "expression_no_term",
                "an expression needs exactly one of {terms} (found none)",
                terms=", ".join(TERMS),
            )
        )
        problems.append((path, problem))
        return problems
    term = terms[0]
    allowed_tests = TERM_TESTS.get(term, frozenset())
    for key in sorted(set(expr) - {term} - set(TERMS)):
        if key not in allowed_tests and key in (*ANSWER_TESTS, "key"):
            problems.append(
                (
                    f"{path}.{key}",
                    Message(
                        "expression_test_not_used",
                        "{key!r} is not used with {term!r}",
                        key=key,
                        term=term,
                    ),
                )
            )
    if term in ("project_amount", "result") and scope.format_version < 2:
        problems.append(
            (
                path,
                Message("template_key_needs_format_2", "{key!r} needs format_version 2", key=term),
            )
        )
        return problems
    if term in RESULT_TERMS and not scope.allow_results:
        problems.append(
            (
                path,
                Message(
                    "expression_only_in_risk_rules",
                    "{term!r} can only be used in risk rules",
                    term=term,
                ),
            )
        )
        return problems
    if term in ("all", "any"):
        subs = expr[term]
        if not isinstance(subs, list) or not subs:
            return [
                *problems,
                (
                    f"{path}.{term}",
                    Message(
                        "expression_needs_expressions", "must be a non-empty list of expressions"
                    ),
                ),
            ]
        for index, sub in enumerate(subs):
            problems += check_expression(sub, f"{path}.{term}[{index}]", scope)
    elif term == "not":
        problems += check_expression(expr["not"], f"{path}.not", scope)
    elif term == "tier":
        tiers = expr["tier"]
        if not isinstance(tiers, list) or not tiers:
            problems.append(
                (
                    f"{path}.tier",
                    Message("expression_needs_tiers", "must be a non-empty list of tier ids"),
                )
            )
        else:
            for tier in tiers:
                if not isinstance(tier, str) or tier not in scope.tiers:
                    problems.append(
                        (
                            f"{path}.tier",
                            Message("template_unknown_tier", "unknown tier {ident!r}", ident=tier),
                        )
                    )
    elif term == "answer":
        problems += _check_answer_test(expr, path, scope)
    elif term == "project_amount":
        if expr["project_amount"] is not True:
            problems.append(
                (f"{path}.project_amount", Message("expression_must_be_true", "must be true"))
            )
        if not any(op in expr for op in COMPARISONS):
            problems.append(
                (
                    path,
                    Message(
                        "expression_amount_needs_comparison",
                        "a project_amount test needs one of gte, gt, lte, lt",
                    ),
                )
            )
        problems += _check_tests(expr, path)
    elif term == "result":
        name = expr["result"]
        words = scope.results.get(name) if isinstance(name, str) else None
        if words is None:
            problems.append(
                (
                    f"{path}.result",
                    Message(
                        "template_unknown_result",
                        "refers to unknown result {result!r}",
                        result=name,
                    ),
                )
            )
        values = expr.get("in")
        if not isinstance(values, list) or not values:
            problems.append(
                (
                    f"{path}.in",
                    Message("expression_needs_levels", "must be a non-empty list of levels"),
                )
            )
        elif words is not None:
            for value in values:
                if value not in words:
                    problems.append(
                        (
                            f"{path}.in",
                            Message(
                                "expression_not_a_result_level",
                                "{value!r} is not a word of {result} ({levels})",
                                value=value,
                                result=name,
                                levels=", ".join(words),
                            ),
                        )
                    )
    elif term == "risk":
        item = expr["risk"]
        if not isinstance(item, str) or item not in scope.items:
            problems.append(
                (
                    f"{path}.risk",
                    Message(
                        "template_unknown_item_referred",
                        "refers to unknown item {item!r}",
                        item=item,
                    ),
                )
            )
        problems += _check_ratings(expr.get("in"), f"{path}.in")
    elif term == "rating":
        problems += _check_target(expr["rating"], f"{path}.rating", scope)
        problems += _check_ratings(expr.get("in"), f"{path}.in")
    elif term == "score":
        problems += _check_target(expr["score"], f"{path}.score", scope)
        if not any(op in expr for op in COMPARISONS):
            problems.append(
                (
                    path,
                    Message(
                        "expression_score_needs_comparison",
                        "a score test needs one of gte, gt, lte, lt",
                    ),
                )
            )
        problems += _check_tests(expr, path)
    elif term == "items_with_risk":
        problems += _check_ratings(expr["items_with_risk"], f"{path}.items_with_risk")
        if "key" in expr and not isinstance(expr["key"], bool):
            problems.append(
                (f"{path}.key", Message("expression_must_be_boolean", "must be true or false"))
            )
        problems += _check_tests(expr, path)
    return problems


def _check_answer_test(
    expr: Mapping[str, Any], path: str, scope: ExpressionScope
) -> list[tuple[str, str]]:
    problems: list[tuple[str, str]] = []
    item = expr["answer"]
    known = isinstance(item, str) and item in scope.items
    if not known:
        problems.append(
            (
                f"{path}.answer",
                Message(
                    "template_unknown_item_referred", "refers to unknown item {item!r}", item=item
                ),
            )
        )
    if not any(t in expr for t in ANSWER_TESTS):
        problems.append(
            (
                path,
                Message(
                    "expression_answer_needs_test",
                    "an answer test needs one of {tests}",
                    tests=", ".join(ANSWER_TESTS),
                ),
            )
        )
    problems += _check_tests(expr, path)
    if not known:
        return problems
    possible = scope.answers.get(item)
    values = expr.get("in")
    if possible is not None and isinstance(values, list):
        for value in values:
            if _is_scalar(value) and value not in possible:
                allowed = ", ".join(str(p) for p in possible)
                problems.append(
                    (
                        f"{path}.in",
                        Message(
                            "expression_impossible_answer",
                            "{item} can never be answered {value!r} ({answers})",
                            item=item,
                            value=value,
                            answers=allowed,
                        ),
                    )
                )
    if item not in scope.numeric:
        for op in COMPARISONS:
            if op in expr:
                problems.append(
                    (
                        f"{path}.{op}",
                        Message(
                            "expression_answer_not_numeric",
                            "{item} has no numeric answer to compare with {op}",
                            item=item,
                            op=op,
                        ),
                    )
                )
    return problems


def _check_tests(expr: Mapping[str, Any], path: str) -> list[tuple[str, str]]:
    problems: list[tuple[str, str]] = []
    for op in COMPARISONS:
        if op in expr and (isinstance(expr[op], bool) or not isinstance(expr[op], int | float)):
            problems.append(
                (f"{path}.{op}", Message("expression_must_be_number", "must be a number"))
            )
    if "in" in expr:
        values = expr["in"]
        if not isinstance(values, list) or not values:
            problems.append(
                (
                    f"{path}.in",
                    Message("expression_needs_answers", "must be a non-empty list of answers"),
                )
            )
        elif not all(_is_scalar(v) for v in values):
            problems.append(
                (
                    f"{path}.in",
                    Message("expression_answers_not_scalar", "answers must be text or numbers"),
                )
            )
    if "answered" in expr and not isinstance(expr["answered"], bool):
        problems.append(
            (f"{path}.answered", Message("expression_must_be_boolean", "must be true or false"))
        )
    return problems


def _check_ratings(ratings: Any, path: str) -> list[tuple[str, str]]:
    if not isinstance(ratings, list) or not ratings:
        return [
            (
                path,
                Message(
                    "expression_needs_ratings",
                    "must be a non-empty list of ratings ({ratings})",
                    ratings=", ".join(RATINGS),
                ),
            )
        ]
    return [
        (path, Message("expression_not_a_rating", "{value!r} is not a rating", value=r))
        for r in ratings
        if not _is_scalar(r) or r not in RATINGS
    ]


def _check_target(target: Any, path: str, scope: ExpressionScope) -> list[tuple[str, str]]:
    if target != "overall" and (not isinstance(target, str) or target not in scope.sections):
        return [
            (
                path,
                Message(
                    "expression_unknown_section",
                    "refers to unknown section {section!r} (or use 'overall')",
                    section=target,
                ),
            )
        ]
    return []
