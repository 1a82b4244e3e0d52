"""Checking a template: every problem, each with the JSON path where it stands.

First the JSON Schema (``resources/templates/template.schema.json``) for shape, then the
checks that need the whole document: scale and tier references, duplicate ids,
expressions naming unknown items or depending on themselves, empty translations, band
thresholds that leave part of the possible range without a rating, negative weights,
key items that carry no score, and scoring settings that the chosen method ignores.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

import jsonschema

from fieldpartner.domain.templates.document import (
    CHOICE_TYPES,
    DEFAULT_RISK_POINTS,
    LANGUAGES,
    RATED_TYPES,
    ItemRef,
    TemplateDocument,
)
from fieldpartner.domain.templates.expressions import (
    ExpressionScope,
    check_expression,
    referenced_items,
)
from fieldpartner.domain.templates.resources import schema_path

NUMERIC_METHODS = ("weighted_mean", "sum", "points", "count")


@dataclass(frozen=True, order=True)
class TemplateProblem:
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class TemplateInvalid(ValueError):
    """A template failed validation; ``problems`` lists every problem found."""

    exit_code = 4

    def __init__(self, source: str, problems: list[TemplateProblem]) -> None:
        self.source = source
        self.problems = problems
        count = len(problems)
        first = f"; first: {problems[0]}" if problems else ""
        super().__init__(
            f"{source} is not a valid template: {count} problem{'s' * (count != 1)}{first}"
        )


@cache
def template_schema() -> dict[str, Any]:
    with open(schema_path(), encoding="utf-8") as handle:
        schema: dict[str, Any] = json.load(handle)
    return schema


def json_path(parts: Any) -> str:
    path = "$"
    for part in parts:
        path += f"[{part}]" if isinstance(part, int) else f".{part}"
    return path


def schema_problems(body: Any) -> list[TemplateProblem]:
    validator = jsonschema.Draft202012Validator(template_schema())
    problems = []
    for error in validator.iter_errors(body):
        # A failed anyOf/oneOf says little; its most specific sub-error says more.
        best = jsonschema.exceptions.best_match([error])
        problems.append(TemplateProblem(json_path(best.absolute_path), best.message))
    return problems


def validate_template(body: Any) -> list[TemplateProblem]:
    """Every problem of a template document, sorted by path; empty when it is valid."""
    if not isinstance(body, Mapping):
        return [TemplateProblem("$", "a template must be a JSON object")]
    problems = set(schema_problems(body))
    checks = _SemanticChecks(body, shape_is_valid=not problems)
    problems.update(TemplateProblem(p, m) for p, m in checks.run())
    order = _document_order(body)
    return sorted(problems, key=lambda p: (_position(p.path, order), p.path, p.message))


class _SemanticChecks:
    """Checks across the document. On a document that failed the schema, a check that
    meets data of the wrong shape is skipped: the schema problem already says why."""

    def __init__(self, body: Mapping[str, Any], *, shape_is_valid: bool) -> None:
        self.body = body
        self.shape_is_valid = shape_is_valid
        self.doc = TemplateDocument(body)
        self.problems: list[tuple[str, str]] = []
        self.scope = ExpressionScope(
            items=frozenset(self.doc.items),
            tiers=frozenset(self.doc.tiers),
            sections=frozenset(self.doc.sections),
            allow_results=False,
        )
        self.guarded(self._answer_scope)

    def _answer_scope(self) -> None:
        self.scope = dataclasses.replace(
            self.scope,
            answers={
                ref.id: self.doc.answer_values(ref)
                for ref in self.doc.item_order
                if ref.type in RATED_TYPES
            },
            numeric=frozenset(
                ref.id for ref in self.doc.item_order if ref.type in ("scored", "number")
            ),
        )

    def guarded(self, check: Callable[..., None], *args: Any) -> None:
        try:
            check(*args)
        except (TypeError, AttributeError, KeyError, ValueError, IndexError):
            if self.shape_is_valid:
                raise  # a valid shape must never trip a check: that is a bug here

    def fail(self, path: str, message: str) -> None:
        self.problems.append((path, message))

    def run(self) -> list[tuple[str, str]]:
        self.guarded(self.check_translations, self.body, "$")
        self.guarded(self.check_ids)
        self.guarded(self.check_scales)
        for section in self.doc.section_order:
            self.guarded(self.check_common, section.section, section.path)
            scoring = section.section.get("scoring")
            if isinstance(scoring, Mapping):
                self.guarded(self.check_scoring, scoring, f"{section.path}.scoring", section.id)
        for item in self.doc.item_order:
            self.guarded(self.check_common, item.item, item.path)
            self.guarded(self.check_item, item)
        scoring = self.body.get("scoring")
        if isinstance(scoring, Mapping):
            self.guarded(self.check_scoring, scoring, "$.scoring", None)
        self.guarded(self.check_rules)
        self.guarded(self.check_applicability_cycles)
        return self.problems

    # --- translations and ids --------------------------------------------------------

    def check_translations(self, node: Any, path: str) -> None:
        if isinstance(node, Mapping):
            if "en" in node and set(node) <= set(LANGUAGES):
                for language in LANGUAGES:
                    value = node.get(language)
                    if isinstance(value, str) and not value.strip():
                        self.fail(f"{path}.{language}", f"the {language} translation is empty")
                return
            for key, value in node.items():
                self.check_translations(value, f"{path}.{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                self.check_translations(value, f"{path}[{index}]")

    def check_ids(self) -> None:
        seen: dict[str, str] = {}
        entries = [(s.id, s.path) for s in self.doc.section_order]
        entries += [(i.id, i.path) for i in self.doc.item_order]
        entries.sort(key=lambda e: _path_order(e[1]))
        for ident, path in entries:
            if not ident:
                continue
            if ident == "overall":
                self.fail(f"{path}.id", "'overall' is reserved for the overall result")
            if ident in seen:
                self.fail(f"{path}.id", f"duplicate id {ident!r} (first used at {seen[ident]})")
            else:
                seen[ident] = path
        tiers = self.body.get("tiers")
        if isinstance(tiers, list):
            tier_ids: set[Any] = set()
            for index, tier in enumerate(tiers):
                if isinstance(tier, Mapping) and tier.get("id") in tier_ids:
                    self.fail(f"$.tiers[{index}].id", f"duplicate tier {tier.get('id')!r}")
                elif isinstance(tier, Mapping):
                    tier_ids.add(tier.get("id"))

    def check_scales(self) -> None:
        scales = self.body.get("scales")
        if not isinstance(scales, Mapping):
            return
        for scale_id, scale in scales.items():
            levels = scale.get("levels") if isinstance(scale, Mapping) else None
            if not isinstance(levels, list):
                continue
            values = [lv.get("value") for lv in levels if isinstance(lv, Mapping)]
            ints = [v for v in values if isinstance(v, int)]
            if len(set(ints)) != len(ints):
                self.fail(f"$.scales.{scale_id}.levels", "level values must be unique")
            elif ints != sorted(ints):
                self.fail(f"$.scales.{scale_id}.levels", "levels must be listed lowest first")

    # --- sections and items ----------------------------------------------------------

    def check_common(self, node: Mapping[str, Any], path: str) -> None:
        weight = node.get("weight")
        if isinstance(weight, int | float) and weight < 0:
            self.fail(f"{path}.weight", f"weight {weight} is negative")
        tiers = node.get("applies_to_tiers")
        if isinstance(tiers, list):
            for tier in tiers:
                if tier not in self.doc.tiers:
                    declared = ", ".join(self.doc.tiers) or "none"
                    self.fail(
                        f"{path}.applies_to_tiers",
                        f"unknown tier {tier!r} (the template declares: {declared})",
                    )
        for key in ("applies_if", "gap_if"):
            if key in node:
                self.problems += check_expression(node[key], f"{path}.{key}", self.scope)

    def check_item(self, ref: ItemRef) -> None:
        item, path, kind = ref.item, ref.path, ref.type
        scale_id = item.get("scale")
        scales = self.body.get("scales")
        if kind == "scored":
            if scale_id is None:
                self.fail(path, "a scored item needs a scale")
            elif not isinstance(scales, Mapping) or scale_id not in scales:
                self.fail(f"{path}.scale", f"unknown scale {scale_id!r}")
            else:
                self.check_descriptors(ref)
        elif scale_id is not None:
            self.fail(f"{path}.scale", f"a {kind} item has no scale (only scored items do)")
        if "descriptors" in item and kind != "scored":
            self.fail(f"{path}.descriptors", "only scored items have level descriptors")
        if kind in CHOICE_TYPES:
            if not item.get("options"):
                self.fail(path, f"a {kind} item needs options")
            values = [o.get("value") for o in self.doc.options(ref)]
            for index, value in enumerate(values):
                if value in values[:index]:
                    self.fail(f"{path}.options[{index}].value", f"duplicate option {value!r}")
        elif "options" in item:
            self.fail(f"{path}.options", f"a {kind} item has no options")
        allowed = [str(v) for v in self.doc.answer_values(ref)]
        for key in ("risk", "points"):
            mapping = item.get(key)
            if not isinstance(mapping, Mapping):
                continue
            if kind not in RATED_TYPES:
                self.fail(f"{path}.{key}", f"a {kind} item's answers carry no {key}")
                continue
            for answer in mapping:
                if answer not in allowed:
                    self.fail(
                        f"{path}.{key}.{answer}",
                        f"{answer!r} is not an answer of this item ({', '.join(allowed)})",
                    )
        evidence = item.get("evidence")
        if isinstance(evidence, Mapping) and isinstance(evidence.get("required_for"), list):
            for answer in evidence["required_for"]:
                if kind in RATED_TYPES and str(answer) not in allowed:
                    self.fail(
                        f"{path}.evidence.required_for",
                        f"{answer!r} is not an answer of this item ({', '.join(allowed)})",
                    )
        if ref.key and self.doc.points_range(ref) is None and not self.doc.can_carry_risk(ref):
            self.fail(
                f"{path}.key",
                f"a key item must be scored, but this {kind} item's answers carry no points or risk",
            )
        bands = item.get("risk_bands")
        if bands is not None and kind != "number":
            self.fail(f"{path}.risk_bands", f"risk bands apply to number items, not {kind}")
        elif isinstance(bands, list):
            starts = [b.get("from") for b in bands if isinstance(b, Mapping)]
            numbers = [v for v in starts if isinstance(v, int | float)]
            if numbers != sorted(set(numbers)):
                self.fail(f"{path}.risk_bands", "bands must start in increasing order")
        respondent = item.get("respondent")
        template_respondent = self.body.get("respondent")
        if respondent and respondent != "both" and template_respondent not in ("both", respondent):
            self.fail(
                f"{path}.respondent",
                f"this template is answered by {template_respondent}, so an item for "
                f"{respondent} would never be asked",
            )
        low, high = item.get("min"), item.get("max")
        if ("min" in item or "max" in item or "unit" in item) and kind != "number":
            self.fail(path, f"min, max and unit apply to number items, not {kind}")
        if isinstance(low, int | float) and isinstance(high, int | float) and low > high:
            self.fail(f"{path}.max", f"max {high} is below min {low}")

    def check_descriptors(self, ref: ItemRef) -> None:
        levels = self.doc.levels(ref)
        own = ref.item.get("descriptors")
        own = own if isinstance(own, Mapping) else {}
        values = {str(lv.get("value")) for lv in levels}
        for key in own:
            if key not in values:
                self.fail(f"{ref.path}.descriptors.{key}", f"the scale has no level {key}")
        missing = [
            str(lv.get("value"))
            for lv in levels
            if str(lv.get("value")) not in own and not lv.get("descriptor")
        ]
        if missing:
            self.fail(
                ref.path,
                f"no descriptor for level {', '.join(missing)} (give one in the scale or in the item's descriptors)",
            )

    # --- scoring ---------------------------------------------------------------------

    def check_scoring(self, scoring: Mapping[str, Any], path: str, section_id: str | None) -> None:
        method = scoring.get("method")
        over = scoring.get("over", "items")
        for key, user in (
            ("points_from", "points"),
            ("risk_points", "points"),
            ("key_multiplier", "points"),
            ("values", "count"),
        ):
            if key in scoring and method != user:
                self.fail(f"{path}.{key}", f"{key} is used only by the {user} method")
        if "bands" in scoring and method not in NUMERIC_METHODS:
            self.fail(f"{path}.bands", f"the {method} method gives no score to band")
        if over == "sections":
            children = (
                self.doc.top_sections()
                if section_id is None
                else self.doc.child_sections(section_id)
            )
            if not children:
                self.fail(f"{path}.over", "there are no sections directly below to combine")
            if method in ("sum", "points", "count"):
                self.fail(
                    f"{path}.over",
                    f"the {method} method adds up items; over sections use weighted_mean or highest_risk",
                )
            if method == "weighted_mean":
                for child in children:
                    child_method = (child.section.get("scoring") or {}).get(
                        "method", "weighted_mean"
                    )
                    if child_method not in NUMERIC_METHODS:
                        self.fail(
                            f"{path}.over",
                            f"section {child.id!r} ({child_method}) has no score to average",
                        )
            return
        items = list(self.doc.items_under(section_id))
        if method in ("weighted_mean", "sum") or (
            method == "points" and scoring.get("points_from", "answer") == "answer"
        ):
            scorable = [(i, r) for i in items if (r := self.doc.points_range(i)) is not None]
            if not scorable:
                # A scored item with a broken scale is reported once, at its scale.
                if not any(i.type == "scored" for i in items):
                    self.fail(f"{path}.method", f"no item here scores points for {method}")
                return
            self.check_bands(scoring, path, self.score_bounds(method, scoring, scorable))
        elif method == "points":  # points from risk
            rated = [i for i in items if self.doc.can_carry_risk(i)]
            if not rated:
                self.fail(f"{path}.method", "no item here maps its answers to a risk")
                return
            risk_points = scoring.get("risk_points") or {}
            table = {**DEFAULT_RISK_POINTS, **risk_points}
            ranges = [(i, (min(table.values()), max(table.values()))) for i in rated]
            self.check_bands(scoring, path, self.score_bounds(method, scoring, ranges))
        elif method == "count":
            countable = [i for i in items if i.type in RATED_TYPES]
            if not countable:
                self.fail(f"{path}.method", "no item here has answers to count")
                return
            for value in scoring.get("values") or []:
                if not any(
                    str(value) in [str(v) for v in self.doc.answer_values(i)] for i in countable
                ):
                    self.fail(f"{path}.values", f"no item here can be answered {value!r}")
            self.check_bands(scoring, path, (0.0, float(len(countable))))
        elif method == "highest_risk" and not any(self.doc.can_carry_risk(i) for i in items):
            self.fail(f"{path}.method", "no item here maps its answers to a risk")

    def score_bounds(
        self,
        method: Any,
        scoring: Mapping[str, Any],
        ranges: list[tuple[ItemRef, tuple[float, float]]],
    ) -> tuple[float, float]:
        """The lowest and highest score the method can give, whatever is answered."""
        if method == "weighted_mean":
            return (min(r[0] for _, r in ranges), max(r[1] for _, r in ranges))
        multiplier = scoring.get("key_multiplier", 1) if method == "points" else 1
        low = high = 0.0
        for item, (lo, hi) in ranges:
            factor = item.weight * (multiplier if item.key else 1)
            low += min(0.0, lo * factor)
            high += max(0.0, hi * factor)
        return (low, high)

    def check_bands(
        self, scoring: Mapping[str, Any], path: str, bounds: tuple[float, float]
    ) -> None:
        bands = scoring.get("bands")
        if not isinstance(bands, list):
            return
        starts: list[float] = []
        kinds = set()
        for index, band in enumerate(bands):
            if not isinstance(band, Mapping):
                continue
            has = [k for k in ("from", "from_fraction") if k in band]
            if len(has) != 1:
                self.fail(
                    f"{path}.bands[{index}]", "a band needs exactly one of from, from_fraction"
                )
                continue
            kinds.add(has[0])
            value = band[has[0]]
            if isinstance(value, int | float):
                if starts and value <= starts[-1]:
                    self.fail(
                        f"{path}.bands[{index}].{has[0]}",
                        f"bands must start in increasing order ({value} follows {starts[-1]})",
                    )
                starts.append(float(value))
        if len(kinds) > 1:
            self.fail(f"{path}.bands", "use either from or from_fraction in all bands, not both")
            return
        if not starts:
            return
        low, high = bounds
        if kinds == {"from_fraction"}:
            if starts[0] > 0:
                self.fail(
                    f"{path}.bands[0].from_fraction",
                    f"bands do not cover the range: scores below {starts[0]:g} of the range get no rating (start the first band at 0)",
                )
        else:
            if starts[0] > low:
                self.fail(
                    f"{path}.bands[0].from",
                    f"bands do not cover the range: scores can be as low as {low:g} but the first band starts at {starts[0]:g}",
                )
            if starts[-1] > high:
                self.fail(
                    f"{path}.bands[{len(starts) - 1}].from",
                    f"band starting at {starts[-1]:g} can never be reached; the highest possible score is {high:g}",
                )

    # --- rules and applicability -----------------------------------------------------

    def check_rules(self) -> None:
        rules = self.body.get("risk_rules")
        if not isinstance(rules, list):
            return
        scope = dataclasses.replace(self.scope, allow_results=True)
        seen: set[Any] = set()
        for index, rule in enumerate(rules):
            if not isinstance(rule, Mapping):
                continue
            path = f"$.risk_rules[{index}]"
            if rule.get("id") in seen:
                self.fail(f"{path}.id", f"duplicate rule id {rule.get('id')!r}")
            seen.add(rule.get("id"))
            if "rating" not in rule and "decision" not in rule:
                self.fail(path, "a risk rule needs a rating, a decision or both")
            if "if" in rule:
                self.problems += check_expression(rule["if"], f"{path}.if", scope)

    def check_applicability_cycles(self) -> None:
        depends: dict[str, set[str]] = {}
        for item in self.doc.item_order:
            needs = referenced_items(item.item.get("applies_if"))
            for section_id in item.sections:
                section = self.doc.sections.get(section_id)
                if section is not None:
                    needs |= referenced_items(section.section.get("applies_if"))
            depends[item.id] = {n for n in needs if n in self.doc.items}
        reported: set[frozenset[str]] = set()
        for start in depends:
            cycle = _find_cycle(start, depends)
            if cycle and frozenset(cycle) not in reported:
                reported.add(frozenset(cycle))
                path = self.doc.items[start].path
                self.fail(
                    f"{path}.applies_if",
                    f"applicability depends on itself: {' -> '.join([*cycle, cycle[0]])}",
                )


def _find_cycle(start: str, depends: Mapping[str, set[str]]) -> list[str] | None:
    stack: list[tuple[str, list[str]]] = [(start, [start])]
    while stack:
        node, trail = stack.pop()
        for nxt in sorted(depends.get(node, ())):
            if nxt == start:
                return trail
            if nxt not in trail:
                stack.append((nxt, [*trail, nxt]))
    return None


def _document_order(body: Any) -> dict[str, int]:
    """Every path of the document, numbered in reading order."""
    order: dict[str, int] = {}

    def walk(node: Any, path: str) -> None:
        order[path] = len(order)
        if isinstance(node, Mapping):
            for key, value in node.items():
                walk(value, f"{path}.{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, f"{path}[{index}]")

    walk(body, "$")
    return order


def _position(path: str, order: Mapping[str, int]) -> int:
    """Where a problem's path stands in the document (its nearest existing ancestor)."""
    while path not in order and path != "$":
        path = re.sub(r"(\.[^.\[]*|\[\d+\])$", "", path) or "$"
    return order.get(path, 0)


def _path_order(path: str) -> list[Any]:
    return [int(p) if p.isdigit() else p for p in re.split(r"[\[\]\.]+", path) if p]
