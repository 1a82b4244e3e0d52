"""A template document read for use: its items and sections by id, and what answers mean.

The template body stays the JSON data it was written as; ``TemplateDocument`` indexes it
and answers the questions scoring, validation and answer checks all ask: which scale an
item uses, which answers it accepts, how many points and what risk an answer carries.
It assumes a document that passed the JSON Schema; it never raises on odd data.

Format 1 documents are read as format 2 (``format_version`` 1 bodies stay as stored:
a stored template never changes). What format 1 left implicit, the properties here
answer with format 1's meaning: every text in all four languages, level descriptors
required, due-diligence and capacity results feeding the partner's risk rating.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

LANGUAGES = ("en", "fr", "es", "ar")
CHECKLIST_ANSWERS = ("yes", "no", "partly", "not_applicable")
YES_NO_ANSWERS = ("yes", "no")
NOT_APPLICABLE = "not_applicable"
# Answers that say why there is no answer on the scale (format 2): stored as the value.
DONT_KNOW = "dont_know"
COVERED = "covered"
ANSWER_STATES = (DONT_KNOW, COVERED)
DEFAULT_CHECKLIST_POINTS = {"yes": 1.0, "partly": 0.5, "no": 0.0}
DEFAULT_RISK_POINTS = {"low": 1.0, "moderate": 2.0, "significant": 3.0, "high": 4.0}
RATING_ORDER = {"low": 0, "moderate": 1, "significant": 2, "high": 3}
CHOICE_TYPES = ("single_choice", "multiple_choice")
RATED_TYPES = ("scored", "checklist", "yes_no", *CHOICE_TYPES)
NUMERIC_TYPES = ("scored", "number", "computed")
# Kinds whose overall rating may become the partner's risk rating (format 2 default: only
# due diligence); the others describe the relationship or an event, not the partner's risk.
NEVER_FEEDS_RISK = ("two_way", "partnership_dialogue", "workshop_review", "partner_selection")


@dataclass(frozen=True)
class SectionRef:
    section: Mapping[str, Any]
    path: str
    ancestors: tuple[str, ...]  # ids of enclosing sections, outermost first

    @property
    def id(self) -> str:
        return str(self.section.get("id", ""))


@dataclass(frozen=True)
class ItemRef:
    item: Mapping[str, Any]
    path: str
    sections: tuple[str, ...]  # ids of enclosing sections, outermost first

    @property
    def id(self) -> str:
        return str(self.item.get("id", ""))

    @property
    def type(self) -> str:
        return str(self.item.get("type", ""))

    @property
    def weight(self) -> float:
        weight = self.item.get("weight", 1)
        return float(weight) if isinstance(weight, int | float) else 1.0

    @property
    def key(self) -> bool:
        return bool(self.item.get("key", False))

    @property
    def required(self) -> bool:
        return bool(self.item.get("required", True))

    @property
    def allow_na(self) -> bool:
        return bool(self.item.get("allow_na", True)) and self.type != "computed"

    @property
    def allow_dont_know(self) -> bool:
        return bool(self.item.get("allow_dont_know", False))

    @property
    def allow_covered(self) -> bool:
        return bool(self.item.get("allow_covered", False))

    @property
    def answered_by_hand(self) -> bool:
        return self.type != "computed"

    def allowed_states(self) -> tuple[str, ...]:
        """The answer states (don't know, covered) this item accepts besides its answers."""
        return tuple(
            s
            for s, allowed in ((DONT_KNOW, self.allow_dont_know), (COVERED, self.allow_covered))
            if allowed
        )


def text_of(label: Any, language: str = "en", fallback: str = "en") -> str:
    """A label in ``language``, else in ``fallback`` (a template's first language), else
    English, else in whatever language it has."""
    if isinstance(label, Mapping):
        for code in (language, fallback, "en", *LANGUAGES):
            if label.get(code):
                return str(label[code])
        return ""
    return str(label or "")


def is_state(value: Any) -> bool:
    """Whether a stored value is an answer state (don't know, covered), not an answer."""
    return isinstance(value, str) and value in ANSWER_STATES


class TemplateDocument:
    """An indexed view of one template body."""

    def __init__(self, body: Mapping[str, Any]) -> None:
        self.body = body
        self.items: dict[str, ItemRef] = {}
        self.sections: dict[str, SectionRef] = {}
        self.item_order: list[ItemRef] = []
        self.section_order: list[SectionRef] = []
        sections = body.get("sections")
        if isinstance(sections, list):
            self._index(sections, "$.sections", ())

    def _index(self, sections: list[Any], path: str, ancestors: tuple[str, ...]) -> None:
        for index, section in enumerate(sections):
            if not isinstance(section, Mapping):
                continue
            section_path = f"{path}[{index}]"
            ref = SectionRef(section, section_path, ancestors)
            self.section_order.append(ref)
            self.sections.setdefault(ref.id, ref)
            inner = (*ancestors, ref.id)
            items = section.get("items")
            if isinstance(items, list):
                for item_index, item in enumerate(items):
                    if isinstance(item, Mapping):
                        item_ref = ItemRef(item, f"{section_path}.items[{item_index}]", inner)
                        self.item_order.append(item_ref)
                        self.items.setdefault(item_ref.id, item_ref)
            children = section.get("sections")
            if isinstance(children, list):
                self._index(children, f"{section_path}.sections", inner)

    # --- template facts --------------------------------------------------------------

    @property
    def key(self) -> str:
        return str(self.body.get("id", ""))

    @property
    def version(self) -> int:
        version = self.body.get("version", 0)
        return version if isinstance(version, int) else 0

    @property
    def kind(self) -> str:
        return str(self.body.get("kind", ""))

    @property
    def format_version(self) -> int:
        version = self.body.get("format_version", 1)
        return version if isinstance(version, int) else 1

    @property
    def languages(self) -> tuple[str, ...]:
        """The languages every text carries; the first is the fallback."""
        listed = self.body.get("languages") if self.format_version >= 2 else None
        if isinstance(listed, list) and listed:
            return tuple(str(code) for code in listed)
        return LANGUAGES

    def text(self, label: Any, language: str = "en") -> str:
        return text_of(label, language, self.languages[0])

    @property
    def feeds_risk_rating(self) -> bool:
        """Whether the overall rating becomes the partner's risk rating."""
        if self.kind in NEVER_FEEDS_RISK:
            return False
        explicit = self.body.get("feeds_risk_rating")
        if self.format_version >= 2 and isinstance(explicit, bool):
            return explicit
        if self.format_version < 2:
            return self.kind in ("due_diligence", "capacity")
        return self.kind == "due_diligence"

    @property
    def descriptors_required(self) -> bool:
        return self.format_version < 2

    @property
    def allow_override(self) -> bool:
        """Whether an assessor may override a result (with a justification): always in a
        format 1 template, unless a format 2 template says ``"allow_override": false``."""
        return self.format_version < 2 or bool(self.body.get("allow_override", True))

    def na_needs_justification(self, item: ItemRef) -> bool:
        if self.format_version < 2:
            return False
        own = item.item.get("na_needs_justification")
        if isinstance(own, bool):
            return own
        return bool(self.body.get("na_needs_justification", False))

    def months(self, key: str) -> int | None:
        """``validity_months`` or ``review_every_months``, if the template gives it."""
        value = self.body.get(key)
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    def tier_for_amount(self, amount: float | None) -> str | None:
        """The tier the template's own thresholds (``up_to``) give an amount in its
        ``tier_currency``; None without thresholds or amount."""
        tiers = self.body.get("tiers")
        if amount is None or not isinstance(tiers, list):
            return None
        bounded = [t for t in tiers if isinstance(t, Mapping)]
        if not any("up_to" in t for t in bounded):
            return None
        for tier in bounded:
            limit = tier.get("up_to")
            if not isinstance(limit, int | float) or amount <= limit:
                return str(tier.get("id"))
        return None

    def named_results(self) -> list[Mapping[str, Any]]:
        results = self.body.get("results") if self.format_version >= 2 else None
        return [r for r in results if isinstance(r, Mapping)] if isinstance(results, list) else []

    @property
    def tiers(self) -> list[str]:
        tiers = self.body.get("tiers")
        if not isinstance(tiers, list):
            return []
        return [str(t.get("id")) for t in tiers if isinstance(t, Mapping)]

    def title(self, language: str = "en") -> str:
        return text_of(self.body.get("title"), language)

    def top_sections(self) -> list[SectionRef]:
        return [ref for ref in self.section_order if not ref.ancestors]

    def child_sections(self, section_id: str) -> list[SectionRef]:
        return [
            ref for ref in self.section_order if ref.ancestors and ref.ancestors[-1] == section_id
        ]

    def sections_below(
        self, section_id: str | None, under: list[str] | None = None
    ) -> list[SectionRef]:
        """The sections a scoring ``over`` sections combines: those directly below a
        section (or the top ones), or a named result's listed sections (``under``)."""
        if under is not None:
            return [self.sections[s] for s in under if s in self.sections]
        return self.top_sections() if section_id is None else self.child_sections(section_id)

    def items_scored(self, section_id: str | None, under: list[str] | None = None) -> list[ItemRef]:
        """The items a scoring reads: a section's (or all), or a named result's sections'."""
        if under is not None:
            return [r for r in self.item_order if set(under) & set(r.sections)]
        return list(self.items_under(section_id))

    def items_under(self, section_id: str | None) -> Iterator[ItemRef]:
        """Items of a section and its sub-sections (or of the whole template)."""
        for ref in self.item_order:
            if section_id is None or section_id in ref.sections:
                yield ref

    # --- what answers mean -----------------------------------------------------------

    def scale(self, item: ItemRef) -> Mapping[str, Any] | None:
        scales = self.body.get("scales")
        if not isinstance(scales, Mapping):
            return None
        name = item.item.get("scale")
        scale = scales.get(name) if isinstance(name, str) else None
        return scale if isinstance(scale, Mapping) else None

    def levels(self, item: ItemRef) -> list[Mapping[str, Any]]:
        scale = self.scale(item)
        levels = scale.get("levels") if scale else None
        return [lv for lv in levels if isinstance(lv, Mapping)] if isinstance(levels, list) else []

    def options(self, item: ItemRef) -> list[Mapping[str, Any]]:
        options = item.item.get("options")
        return [o for o in options if isinstance(o, Mapping)] if isinstance(options, list) else []

    def answer_values(self, item: ItemRef) -> list[Any]:
        """The answers a rated item accepts (for checklists, without not_applicable)."""
        if item.type == "scored":
            return [lv.get("value") for lv in self.levels(item)]
        if item.type == "checklist":
            return ["yes", "no", "partly"]
        if item.type == "yes_no":
            return list(YES_NO_ANSWERS)
        if item.type in CHOICE_TYPES:
            return [o.get("value") for o in self.options(item)]
        return []

    def _checklist_points(self) -> Mapping[str, Any]:
        points = self.body.get("checklist_points")
        return points if isinstance(points, Mapping) else DEFAULT_CHECKLIST_POINTS

    def single_points(self, item: ItemRef, value: Any) -> float | None:
        """Points of one answer value (one level, checklist word or option)."""
        explicit = item.item.get("points")
        if isinstance(explicit, Mapping) and str(value) in explicit:
            return float(explicit[str(value)])
        if is_state(value):
            return None  # scored only where the template gives the state points
        if item.type == "scored":
            for level in self.levels(item):
                if level.get("value") == value:
                    points = level.get("points", level.get("value"))
                    return float(points) if isinstance(points, int | float) else None
            return None
        if item.type in ("checklist", "yes_no"):
            points = self._checklist_points().get(str(value))
            return float(points) if isinstance(points, int | float) else None
        if item.type in CHOICE_TYPES:
            for option in self.options(item):
                if option.get("value") == value and isinstance(option.get("points"), int | float):
                    return float(option["points"])
        return None

    def answer_points(self, item: ItemRef, value: Any) -> float | None:
        """Points of an answer; a multiple-choice answer scores the sum of its options."""
        if item.type == "multiple_choice" and not is_state(value):
            if not isinstance(value, list):
                return None
            points = [self.single_points(item, v) for v in value]
            known = [p for p in points if p is not None]
            return sum(known) if known else None
        return self.single_points(item, value)

    def points_range(self, item: ItemRef) -> tuple[float, float] | None:
        """The lowest and highest points an answer to ``item`` can score, if it scores."""
        values = [*self.answer_values(item), *item.allowed_states()]
        points = [p for p in (self.single_points(item, v) for v in values) if p is not None]
        if not points:
            return None
        if item.type == "multiple_choice":
            negative = sum(p for p in points if p < 0)
            positive = sum(p for p in points if p > 0)
            return (
                negative if negative < 0 else min(points),
                positive if positive > 0 else max(points),
            )
        return (min(points), max(points))

    def single_risk(self, item: ItemRef, value: Any) -> str | None:
        explicit = item.item.get("risk")
        if isinstance(explicit, Mapping) and str(value) in explicit:
            return str(explicit[str(value)])
        if is_state(value):
            return None
        if item.type in ("number", "computed"):
            return self._number_risk(item, value)
        if item.type == "scored":
            for level in self.levels(item):
                if level.get("value") == value and level.get("risk"):
                    return str(level["risk"])
        if item.type in CHOICE_TYPES:
            for option in self.options(item):
                if option.get("value") == value and option.get("risk"):
                    return str(option["risk"])
        return None

    def answer_risk(self, item: ItemRef, value: Any) -> str | None:
        """The risk an answer maps to; a multiple-choice answer takes its worst option."""
        values = value if isinstance(value, list) else [value]
        risks = [r for r in (self.single_risk(item, v) for v in values) if r in RATING_ORDER]
        return max(risks, key=RATING_ORDER.__getitem__) if risks else None

    def _number_risk(self, item: ItemRef, value: Any) -> str | None:
        """The rating of the last ``risk_bands`` band starting at or below the number."""
        if isinstance(value, bool) or not isinstance(value, int | float):
            return None
        rating = None
        for band in item.item.get("risk_bands") or []:
            start = band.get("from") if isinstance(band, Mapping) else None
            if isinstance(start, int | float) and value >= start:
                rating = band.get("rating")
        return str(rating) if rating else None

    def can_carry_risk(self, item: ItemRef) -> bool:
        if item.type in ("number", "computed") and item.item.get("risk_bands"):
            return True
        values = [*self.answer_values(item), *item.allowed_states()]
        return any(self.single_risk(item, v) is not None for v in values)

    def descriptor(self, item: ItemRef, value: Any, language: str = "en") -> str:
        """What a level means for this item (its own descriptor, else the scale's)."""
        own = item.item.get("descriptors")
        if isinstance(own, Mapping) and str(value) in own:
            return self.text(own[str(value)], language)
        for level in self.levels(item):
            if level.get("value") == value:
                return self.text(level.get("descriptor") or level.get("label"), language)
        return ""

    def answer_label(self, item: ItemRef, value: Any, language: str = "en") -> str:
        """A person-readable form of an answer."""
        if value == DONT_KNOW:
            return "don't know / not verified"
        if value == COVERED:
            return "covered by an accepted earlier assessment"
        if item.type == "scored":
            for level in self.levels(item):
                if level.get("value") == value:
                    return f"{value} - {text_of(level.get('label'), language)}"
        if item.type in CHOICE_TYPES:
            labels = {o.get("value"): text_of(o.get("label"), language) for o in self.options(item)}
            values = value if isinstance(value, list) else [value]
            return ", ".join(labels.get(v, str(v)) for v in values)
        return "" if value is None else str(value)
