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

from fieldpartner.domain.problems import Message
from fieldpartner.domain.templates.document import (
    ANSWER_STATES,
    CHOICE_TYPES,
    DEFAULT_RISK_POINTS,
    LANGUAGES,
    NEVER_FEEDS_RISK,
    NOT_APPLICABLE,
    NUMERIC_TYPES,
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
from fieldpartner.domain.templates.vocabulary import RISK, VOCABULARIES

NUMERIC_METHODS = ("weighted_mean", "sum", "points", "count")
# Keys a format 1 document may not use: what they mean exists only in format 2.
FORMAT_2_KEYS = frozenset(
    {
        "languages",
        "feeds_risk_rating",
        "tier_currency",
        "validity_months",
        "review_every_months",
        "next_review_item",
        "allow_override",
        "na_needs_justification",
        "results",
        "up_to",
        "level",
        "vocabulary",
        "allow_dont_know",
        "allow_covered",
        "compute",
        "tiers",
    }
)


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
        return [
            TemplateProblem(
                "$", Message("template_not_an_object", "a template must be a JSON object")
            )
        ]
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
            format_version=self.doc.format_version,
        )
        self.guarded(self._answer_scope)

    def _answer_scope(self) -> None:
        self.scope = dataclasses.replace(
            self.scope,
            answers={
                ref.id: [*self.doc.answer_values(ref), *ref.allowed_states()]
                for ref in self.doc.item_order
                if ref.type in RATED_TYPES
            },
            numeric=frozenset(ref.id for ref in self.doc.item_order if ref.type in NUMERIC_TYPES),
            results={
                "overall": self.vocabulary_words(self.body.get("scoring")),
                **{
                    str(r.get("id")): self.vocabulary_words(r.get("scoring"))
                    for r in self.doc.named_results()
                },
            },
        )

    @staticmethod
    def vocabulary_words(scoring: Any) -> tuple[str, ...]:
        name = scoring.get("vocabulary", RISK) if isinstance(scoring, Mapping) else RISK
        return VOCABULARIES.get(name, ())

    def guarded(self, check: Callable[..., None], *args: Any) -> None:
        try:
            check(*args)
        except (TypeError, AttributeError, KeyError, ValueError, IndexError):
            if self.shape_is_valid:
                raise  # a valid shape must never trip a check: that is a bug here

    def fail(self, path: str, message: str) -> None:
        self.problems.append((path, message))

    def run(self) -> list[tuple[str, str]]:
        if self.doc.format_version < 2:
            self.guarded(self.check_format_1_keys, self.body, "$")
        else:
            self.guarded(self.check_format_2_top)
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
        self.guarded(self.check_named_results)
        self.guarded(self.check_rules)
        self.guarded(self.check_applicability_cycles)
        return self.problems

    # --- translations and ids --------------------------------------------------------

    def check_format_1_keys(self, node: Any, path: str) -> None:
        """Format 2 fields in a format 1 document: named, so the author adds the version."""
        if isinstance(node, Mapping):
            for key, value in node.items():
                if key in FORMAT_2_KEYS and not (key == "tiers" and path == "$"):
                    self.fail(
                        f"{path}.{key}",
                        Message(
                            "template_key_needs_format_2", "{key!r} needs format_version 2", key=key
                        ),
                    )
                else:
                    self.check_format_1_keys(value, f"{path}.{key}")
            kind = node.get("type")
            if kind in ("yes_no", "computed") and "text" in node:
                self.fail(
                    f"{path}.type",
                    Message(
                        "template_type_needs_format_2",
                        "{item_type!r} items need format_version 2",
                        item_type=kind,
                    ),
                )
        elif isinstance(node, list):
            for index, value in enumerate(node):
                self.check_format_1_keys(value, f"{path}[{index}]")

    def check_format_2_top(self) -> None:
        body, kind = self.body, self.doc.kind
        if body.get("feeds_risk_rating") is True and kind in NEVER_FEEDS_RISK:
            self.fail(
                "$.feeds_risk_rating",
                Message(
                    "template_never_feeds_risk",
                    "a {template_kind} template never feeds the partner's risk rating",
                    template_kind=kind,
                ),
            )
        tiers = [t for t in body.get("tiers") or [] if isinstance(t, Mapping)]
        limits = [t.get("up_to") for t in tiers]
        if any(limit is not None for limit in limits):
            if "tier_currency" not in body:
                self.fail(
                    "$.tier_currency",
                    Message(
                        "template_tiers_need_currency",
                        "tiers with up_to amounts need a tier_currency",
                    ),
                )
            if limits[-1] is not None:
                self.fail(
                    f"$.tiers[{len(tiers) - 1}].up_to",
                    Message(
                        "template_last_tier_has_no_limit",
                        "the last tier has no upper amount (it covers everything above)",
                    ),
                )
            given = [float(v) for v in limits[:-1] if isinstance(v, int | float)]
            if len(given) != len(limits) - 1:
                self.fail(
                    "$.tiers",
                    Message(
                        "template_tier_needs_limit", "every tier but the last needs an up_to amount"
                    ),
                )
            elif given != sorted(set(given)):
                self.fail(
                    "$.tiers",
                    Message(
                        "template_tier_limits_increase",
                        "up_to amounts must increase from tier to tier",
                    ),
                )
        elif "tier_currency" in body and not tiers:
            self.fail(
                "$.tier_currency",
                Message("template_currency_without_tiers", "a tier_currency without tiers"),
            )
        review = body.get("next_review_item")
        if review is not None:
            ref = self.doc.items.get(review)
            if ref is None:
                self.fail(
                    "$.next_review_item",
                    Message(
                        "template_unknown_item_referred",
                        "refers to unknown item {item!r}",
                        item=review,
                    ),
                )
            elif ref.type != "date":
                self.fail(
                    "$.next_review_item",
                    Message(
                        "template_review_item_not_date",
                        "{item} is a {item_type} item, not a date",
                        item=review,
                        item_type=ref.type,
                    ),
                )
        if "next_review_item" in body and "review_every_months" not in body:
            self.fail(
                "$.next_review_item",
                Message(
                    "template_review_needs_months",
                    "give review_every_months too: it sets the next review when the date is not answered",
                ),
            )

    def check_translations(self, node: Any, path: str) -> None:
        if isinstance(node, Mapping):
            if (
                node
                and set(node) <= set(LANGUAGES)
                and all(isinstance(v, str) for v in node.values())
            ):
                for language in self.doc.languages:
                    value = node.get(language)
                    if value is None:
                        self.fail(
                            path,
                            Message(
                                "template_translation_missing",
                                "the {language} translation is missing",
                                language=language,
                            ),
                        )
                    elif not value.strip():
                        self.fail(
                            f"{path}.{language}",
                            Message(
                                "template_translation_empty",
                                "the {language} translation is empty",
                                language=language,
                            ),
                        )
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
                self.fail(
                    f"{path}.id",
                    Message(
                        "template_overall_reserved", "'overall' is reserved for the overall result"
                    ),
                )
            if ident in seen:
                self.fail(
                    f"{path}.id",
                    Message(
                        "template_duplicate_id",
                        "duplicate id {ident!r} (first used at {first})",
                        ident=ident,
                        first=seen[ident],
                    ),
                )
            else:
                seen[ident] = path
        tiers = self.body.get("tiers")
        if isinstance(tiers, list):
            tier_ids: set[Any] = set()
            for index, tier in enumerate(tiers):
                if isinstance(tier, Mapping) and tier.get("id") in tier_ids:
                    self.fail(
                        f"$.tiers[{index}].id",
                        Message(
                            "template_duplicate_tier",
                            "duplicate tier {ident!r}",
                            ident=tier.get("id"),
                        ),
                    )
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
                self.fail(
                    f"$.scales.{scale_id}.levels",
                    Message("template_level_values_unique", "level values must be unique"),
                )
            elif ints != sorted(ints):
                self.fail(
                    f"$.scales.{scale_id}.levels",
                    Message("template_levels_lowest_first", "levels must be listed lowest first"),
                )

    # --- sections and items ----------------------------------------------------------

    def check_common(self, node: Mapping[str, Any], path: str) -> None:
        weight = node.get("weight")
        if isinstance(weight, int | float) and weight < 0:
            self.fail(
                f"{path}.weight",
                Message("template_negative_weight", "weight {weight} is negative", weight=weight),
            )
        tiers = node.get("applies_to_tiers")
        if isinstance(tiers, list):
            for tier in tiers:
                if tier not in self.doc.tiers:
                    declared = ", ".join(self.doc.tiers) or "none"
                    self.fail(
                        f"{path}.applies_to_tiers",
                        Message(
                            "template_unknown_tier_declared",
                            "unknown tier {ident!r} (the template declares: {declared})",
                            ident=tier,
                            declared=declared,
                        ),
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
                self.fail(
                    path, Message("template_scored_needs_scale", "a scored item needs a scale")
                )
            elif not isinstance(scales, Mapping) or scale_id not in scales:
                self.fail(
                    f"{path}.scale",
                    Message("template_unknown_scale", "unknown scale {scale!r}", scale=scale_id),
                )
            else:
                self.check_descriptors(ref)
        elif scale_id is not None:
            self.fail(
                f"{path}.scale",
                Message(
                    "template_item_has_no_scale",
                    "a {item_type} item has no scale (only scored items do)",
                    item_type=kind,
                ),
            )
        if "descriptors" in item and kind != "scored":
            self.fail(
                f"{path}.descriptors",
                Message(
                    "template_descriptors_only_scored", "only scored items have level descriptors"
                ),
            )
        self.check_item_format_2(ref)
        if kind in CHOICE_TYPES:
            if not item.get("options"):
                self.fail(
                    path,
                    Message(
                        "template_item_needs_options",
                        "a {item_type} item needs options",
                        item_type=kind,
                    ),
                )
            values = [o.get("value") for o in self.doc.options(ref)]
            for index, value in enumerate(values):
                if value in values[:index]:
                    self.fail(
                        f"{path}.options[{index}].value",
                        Message(
                            "template_duplicate_option", "duplicate option {value!r}", value=value
                        ),
                    )
        elif "options" in item:
            self.fail(
                f"{path}.options",
                Message(
                    "template_item_has_no_options",
                    "a {item_type} item has no options",
                    item_type=kind,
                ),
            )
        allowed = [str(v) for v in [*self.doc.answer_values(ref), *ref.allowed_states()]]
        for key in ("risk", "points"):
            mapping = item.get(key)
            if not isinstance(mapping, Mapping):
                continue
            if kind not in RATED_TYPES:
                self.fail(
                    f"{path}.{key}",
                    Message(
                        "template_answers_carry_no",
                        "a {item_type} item's answers carry no {key}",
                        item_type=kind,
                        key=key,
                    ),
                )
                continue
            for answer in mapping:
                if answer not in allowed:
                    self.fail(
                        f"{path}.{key}.{answer}",
                        Message(
                            "template_not_an_answer",
                            "{answer!r} is not an answer of this item ({answers})",
                            answer=answer,
                            answers=", ".join(allowed),
                        ),
                    )
        evidence = item.get("evidence")
        if isinstance(evidence, Mapping) and isinstance(evidence.get("required_for"), list):
            for answer in evidence["required_for"]:
                if kind in RATED_TYPES and str(answer) not in allowed:
                    self.fail(
                        f"{path}.evidence.required_for",
                        Message(
                            "template_not_an_answer",
                            "{answer!r} is not an answer of this item ({answers})",
                            answer=answer,
                            answers=", ".join(allowed),
                        ),
                    )
        if ref.key and self.doc.points_range(ref) is None and not self.doc.can_carry_risk(ref):
            self.fail(
                f"{path}.key",
                Message(
                    "template_key_item_unscored",
                    "a key item must be scored, but this {item_type} item's answers carry no points or risk",
                    item_type=kind,
                ),
            )
        bands = item.get("risk_bands")
        if bands is not None and kind not in ("number", "computed"):
            self.fail(
                f"{path}.risk_bands",
                Message(
                    "template_risk_bands_type",
                    "risk bands apply to number and computed items, not {item_type}",
                    item_type=kind,
                ),
            )
        elif isinstance(bands, list):
            starts = [b.get("from") for b in bands if isinstance(b, Mapping)]
            numbers = [v for v in starts if isinstance(v, int | float)]
            if numbers != sorted(set(numbers)):
                self.fail(
                    f"{path}.risk_bands",
                    Message("template_bands_increasing", "bands must start in increasing order"),
                )
        respondent = item.get("respondent")
        template_respondent = self.body.get("respondent")
        if respondent and respondent != "both" and template_respondent not in ("both", respondent):
            self.fail(
                f"{path}.respondent",
                Message(
                    "template_item_never_asked",
                    "this template is answered by {answered_by}, so an item for {asked} would never be asked",
                    answered_by=template_respondent,
                    asked=respondent,
                ),
            )
        low, high = item.get("min"), item.get("max")
        if ("min" in item or "max" in item or "unit" in item) and kind != "number":
            self.fail(
                path,
                Message(
                    "template_min_max_type",
                    "min, max and unit apply to number items, not {item_type}",
                    item_type=kind,
                ),
            )
        if isinstance(low, int | float) and isinstance(high, int | float) and low > high:
            self.fail(
                f"{path}.max",
                Message(
                    "template_max_below_min", "max {high} is below min {low}", high=high, low=low
                ),
            )

    def check_item_format_2(self, ref: ItemRef) -> None:
        item, path, kind = ref.item, ref.path, ref.type
        compute = item.get("compute")
        if kind == "computed" and not isinstance(compute, Mapping):
            self.fail(
                path,
                Message(
                    "template_computed_needs_compute",
                    "a computed item needs compute (actions or ratio)",
                ),
            )
        elif kind != "computed" and compute is not None:
            self.fail(
                f"{path}.compute",
                Message(
                    "template_item_not_computed",
                    "a {item_type} item is answered, not computed",
                    item_type=kind,
                ),
            )
        if kind == "computed":
            for key in ("allow_dont_know", "allow_covered", "evidence", "allow_na"):
                if key in item:
                    self.fail(
                        f"{path}.{key}",
                        Message(
                            "template_computed_not_answered",
                            "a computed item is never answered by hand",
                        ),
                    )
        if isinstance(compute, Mapping) and isinstance(compute.get("ratio"), Mapping):
            ratio = compute["ratio"]
            has = [k for k in ("section", "items") if k in ratio]
            if len(has) != 1:
                self.fail(
                    f"{path}.compute.ratio",
                    Message(
                        "template_ratio_section_or_items",
                        "a ratio needs exactly one of section, items",
                    ),
                )
            section = ratio.get("section")
            if section is not None and section not in self.doc.sections:
                self.fail(
                    f"{path}.compute.ratio.section",
                    Message(
                        "template_unknown_section", "unknown section {section!r}", section=section
                    ),
                )
            for other in ratio.get("items") or []:
                if other not in self.doc.items:
                    self.fail(
                        f"{path}.compute.ratio.items",
                        Message("template_unknown_item", "unknown item {item!r}", item=other),
                    )
                elif other == ref.id:
                    self.fail(
                        f"{path}.compute.ratio.items",
                        Message("template_ratio_counts_itself", "a ratio cannot count itself"),
                    )
        if kind in CHOICE_TYPES:
            for index, option in enumerate(self.doc.options(ref)):
                if option.get("value") in (*ANSWER_STATES, NOT_APPLICABLE):
                    self.fail(
                        f"{path}.options[{index}].value",
                        Message(
                            "template_option_reserved",
                            "{value!r} is reserved for an answer state",
                            value=option.get("value"),
                        ),
                    )
        evidence = item.get("evidence")
        if isinstance(evidence, Mapping) and isinstance(evidence.get("tiers"), list):
            for tier in evidence["tiers"]:
                if tier not in self.doc.tiers:
                    self.fail(
                        f"{path}.evidence.tiers",
                        Message("template_unknown_tier", "unknown tier {ident!r}", ident=tier),
                    )

    def check_descriptors(self, ref: ItemRef) -> None:
        levels = self.doc.levels(ref)
        own = ref.item.get("descriptors")
        own = own if isinstance(own, Mapping) else {}
        values = {str(lv.get("value")) for lv in levels}
        for key in own:
            if key not in values:
                self.fail(
                    f"{ref.path}.descriptors.{key}",
                    Message(
                        "template_scale_has_no_level", "the scale has no level {level}", level=key
                    ),
                )
        missing = [
            str(lv.get("value"))
            for lv in levels
            if str(lv.get("value")) not in own and not lv.get("descriptor")
        ]
        if missing and self.doc.descriptors_required:
            self.fail(
                ref.path,
                Message(
                    "template_no_descriptor",
                    "no descriptor for level {levels} (give one in the scale or in the item's descriptors)",
                    levels=", ".join(missing),
                ),
            )

    # --- scoring ---------------------------------------------------------------------

    def check_scoring(
        self,
        scoring: Mapping[str, Any],
        path: str,
        section_id: str | None,
        under: list[str] | None = None,
    ) -> None:
        """``under``: a named result's sections (its items and sections to combine)."""
        method = scoring.get("method")
        over = scoring.get("over", "items")
        self.check_band_words(scoring, path)
        for key, user in (
            ("points_from", "points"),
            ("risk_points", "points"),
            ("key_multiplier", "points"),
            ("values", "count"),
        ):
            if key in scoring and method != user:
                self.fail(
                    f"{path}.{key}",
                    Message(
                        "template_key_only_for_method",
                        "{key} is used only by the {method} method",
                        key=key,
                        method=user,
                    ),
                )
        if "bands" in scoring and method not in NUMERIC_METHODS:
            self.fail(
                f"{path}.bands",
                Message(
                    "template_method_no_score_to_band",
                    "the {method} method gives no score to band",
                    method=method,
                ),
            )
        if over == "sections":
            children = self.doc.sections_below(section_id, under)
            if not children:
                self.fail(
                    f"{path}.over",
                    Message(
                        "template_no_sections_below",
                        "there are no sections directly below to combine",
                    ),
                )
            if method in ("sum", "points", "count"):
                self.fail(
                    f"{path}.over",
                    Message(
                        "template_method_adds_items",
                        "the {method} method adds up items; over sections use weighted_mean or highest_risk",
                        method=method,
                    ),
                )
            if method == "weighted_mean":
                for child in children:
                    child_method = (child.section.get("scoring") or {}).get(
                        "method", "weighted_mean"
                    )
                    if child_method not in NUMERIC_METHODS:
                        self.fail(
                            f"{path}.over",
                            Message(
                                "template_section_no_score",
                                "section {section!r} ({method}) has no score to average",
                                section=child.id,
                                method=child_method,
                            ),
                        )
            return
        items = self.doc.items_scored(section_id, under)
        if method in ("weighted_mean", "sum") or (
            method == "points" and scoring.get("points_from", "answer") == "answer"
        ):
            scorable = [(i, r) for i in items if (r := self.doc.points_range(i)) is not None]
            if not scorable:
                # A scored item with a broken scale is reported once, at its scale.
                if not any(i.type == "scored" for i in items):
                    self.fail(
                        f"{path}.method",
                        Message(
                            "template_no_item_scores",
                            "no item here scores points for {method}",
                            method=method,
                        ),
                    )
                return
            self.check_bands(scoring, path, self.score_bounds(method, scoring, scorable))
        elif method == "points":  # points from risk
            rated = [i for i in items if self.doc.can_carry_risk(i)]
            if not rated:
                self.fail(
                    f"{path}.method",
                    Message(
                        "template_no_item_maps_risk", "no item here maps its answers to a risk"
                    ),
                )
                return
            risk_points = scoring.get("risk_points") or {}
            table = {**DEFAULT_RISK_POINTS, **risk_points}
            ranges = [(i, (min(table.values()), max(table.values()))) for i in rated]
            self.check_bands(scoring, path, self.score_bounds(method, scoring, ranges))
        elif method == "count":
            countable = [i for i in items if i.type in RATED_TYPES]
            if not countable:
                self.fail(
                    f"{path}.method",
                    Message("template_no_item_to_count", "no item here has answers to count"),
                )
                return
            for value in scoring.get("values") or []:
                if not any(
                    str(value) in [str(v) for v in self.doc.answer_values(i)] for i in countable
                ):
                    self.fail(
                        f"{path}.values",
                        Message(
                            "template_no_item_answered",
                            "no item here can be answered {value!r}",
                            value=value,
                        ),
                    )
            self.check_bands(scoring, path, (0.0, float(len(countable))))
        elif method == "highest_risk" and not any(self.doc.can_carry_risk(i) for i in items):
            self.fail(
                f"{path}.method",
                Message("template_no_item_maps_risk", "no item here maps its answers to a risk"),
            )

    def check_band_words(self, scoring: Mapping[str, Any], path: str) -> None:
        """Bands of a risk scoring give ratings; bands of another vocabulary give its levels."""
        vocabulary = scoring.get("vocabulary", RISK)
        words = VOCABULARIES.get(vocabulary, ())
        for index, band in enumerate(scoring.get("bands") or []):
            if not isinstance(band, Mapping):
                continue
            where = f"{path}.bands[{index}]"
            if vocabulary == RISK:
                if "level" in band:
                    self.fail(
                        f"{where}.level",
                        Message(
                            "template_risk_band_level",
                            "a risk scoring's bands give a rating, not a level",
                        ),
                    )
                elif "rating" not in band:
                    self.fail(where, Message("template_band_needs_rating", "a band needs a rating"))
            else:
                if "rating" in band:
                    self.fail(
                        f"{where}.rating",
                        Message(
                            "template_band_not_rating",
                            "a {vocabulary} scoring's bands give a level ({levels}), not a risk rating",
                            vocabulary=vocabulary,
                            levels=", ".join(words),
                        ),
                    )
                level = band.get("level")
                if level is None:
                    self.fail(
                        where,
                        Message(
                            "template_band_needs_level",
                            "a band needs a level ({levels})",
                            levels=", ".join(words),
                        ),
                    )
                elif level not in words:
                    self.fail(
                        f"{where}.level",
                        Message(
                            "template_not_a_vocabulary_level",
                            "{level!r} is not a {vocabulary} level ({levels})",
                            level=level,
                            vocabulary=vocabulary,
                            levels=", ".join(words),
                        ),
                    )

    def check_named_results(self) -> None:
        seen: set[Any] = {"overall"}
        for index, result in enumerate(self.doc.named_results()):
            path = f"$.results[{index}]"
            ident = result.get("id")
            if ident in seen:
                self.fail(
                    f"{path}.id",
                    Message(
                        "template_duplicate_result",
                        "duplicate result id {ident!r} ('overall' is reserved)",
                        ident=ident,
                    ),
                )
            seen.add(ident)
            sections = result.get("sections")
            under = None
            if isinstance(sections, list):
                under = [str(s) for s in sections]
                for section in under:
                    if section not in self.doc.sections:
                        self.fail(
                            f"{path}.sections",
                            Message(
                                "template_unknown_section",
                                "unknown section {section!r}",
                                section=section,
                            ),
                        )
            else:
                under = [s.id for s in self.doc.top_sections()]
            scoring = result.get("scoring")
            if isinstance(scoring, Mapping):
                if (
                    scoring.get("method") in ("none", "highest_risk")
                    and scoring.get("vocabulary", RISK) != RISK
                ):
                    self.fail(
                        f"{path}.scoring.method",
                        Message(
                            "template_method_no_score_for_bands",
                            "the {method} method gives no score for {vocabulary} bands",
                            method=scoring.get("method"),
                            vocabulary=scoring.get("vocabulary"),
                        ),
                    )
                self.check_scoring(scoring, f"{path}.scoring", None, under)

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
                    f"{path}.bands[{index}]",
                    Message(
                        "template_band_from", "a band needs exactly one of from, from_fraction"
                    ),
                )
                continue
            kinds.add(has[0])
            value = band[has[0]]
            if isinstance(value, int | float):
                if starts and value <= starts[-1]:
                    self.fail(
                        f"{path}.bands[{index}].{has[0]}",
                        Message(
                            "template_band_order",
                            "bands must start in increasing order ({value} follows {previous})",
                            value=value,
                            previous=starts[-1],
                        ),
                    )
                starts.append(float(value))
        if len(kinds) > 1:
            self.fail(
                f"{path}.bands",
                Message(
                    "template_band_from_mixed",
                    "use either from or from_fraction in all bands, not both",
                ),
            )
            return
        if not starts:
            return
        low, high = bounds
        if kinds == {"from_fraction"}:
            if starts[0] > 0:
                self.fail(
                    f"{path}.bands[0].from_fraction",
                    Message(
                        "template_bands_fraction_gap",
                        "bands do not cover the range: scores below {start:g} of the range get no rating (start the first band at 0)",
                        start=starts[0],
                    ),
                )
        else:
            if starts[0] > low:
                self.fail(
                    f"{path}.bands[0].from",
                    Message(
                        "template_bands_low_gap",
                        "bands do not cover the range: scores can be as low as {low:g} but the first band starts at {start:g}",
                        low=low,
                        start=starts[0],
                    ),
                )
            if starts[-1] > high:
                self.fail(
                    f"{path}.bands[{len(starts) - 1}].from",
                    Message(
                        "template_band_unreachable",
                        "band starting at {start:g} can never be reached; the highest possible score is {high:g}",
                        start=starts[-1],
                        high=high,
                    ),
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
                self.fail(
                    f"{path}.id",
                    Message(
                        "template_duplicate_rule",
                        "duplicate rule id {ident!r}",
                        ident=rule.get("id"),
                    ),
                )
            seen.add(rule.get("id"))
            target = rule.get("result", "overall")
            words = scope.results.get(target) if isinstance(target, str) else None
            if "result" in rule and self.doc.format_version < 2:
                self.fail(
                    f"{path}.result",
                    Message("template_result_needs_format_2", "'result' needs format_version 2"),
                )
            elif words is None:
                self.fail(
                    f"{path}.result",
                    Message(
                        "template_unknown_result",
                        "refers to unknown result {result!r}",
                        result=target,
                    ),
                )
            if not any(k in rule for k in ("rating", "level", "decision")):
                self.fail(
                    path,
                    Message(
                        "template_rule_needs_outcome",
                        "a risk rule needs a rating (or level), a decision or both",
                    ),
                )
            if words is not None and words != VOCABULARIES[RISK]:
                if "rating" in rule:
                    self.fail(
                        f"{path}.rating",
                        Message(
                            "template_result_gives_levels",
                            "result {result} gives levels ({levels}), not risk ratings",
                            result=target,
                            levels=", ".join(words),
                        ),
                    )
                if "level" in rule and rule["level"] not in words:
                    self.fail(
                        f"{path}.level",
                        Message(
                            "template_not_a_result_level",
                            "{level!r} is not a level of {result} ({levels})",
                            level=rule["level"],
                            result=target,
                            levels=", ".join(words),
                        ),
                    )
            elif words is not None and "level" in rule:
                self.fail(
                    f"{path}.level",
                    Message(
                        "template_result_gives_ratings",
                        "result {result} gives risk ratings, not levels",
                        result=target,
                    ),
                )
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
                    Message(
                        "template_applicability_cycle",
                        "applicability depends on itself: {cycle}",
                        cycle=" -> ".join([*cycle, cycle[0]]),
                    ),
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
