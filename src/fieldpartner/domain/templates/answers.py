"""What a valid answer to each item type is, and reading answers typed as text (CSV).

Stored answer values: a level number (scored), ``yes``/``no``/``partly`` (checklist), an
option value (single choice), a list of option values (multiple choice), text, a number,
an ISO date, or attachment references (file). "Not applicable" is stored as the
``not_applicable`` flag with no value. The answer states of format 2, "don't know / not
verified" and "covered by an accepted earlier assessment", are stored as the values
``dont_know`` and ``covered``, accepted only by items that allow them.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from fieldpartner.domain.problems import Message
from fieldpartner.domain.templates.document import (
    COVERED,
    DONT_KNOW,
    NOT_APPLICABLE,
    ItemRef,
    TemplateDocument,
)

NA_WORDS = frozenset({"n/a", "na", "not_applicable", "not applicable"})
STATE_WORDS = {
    "dont_know": DONT_KNOW,
    "don't know": DONT_KNOW,
    "?": DONT_KNOW,
    "not verified": DONT_KNOW,
    "not_verified": DONT_KNOW,
    "covered": COVERED,
}


class AnswerRejected(ValueError):
    """An answer does not fit its item; the message says what the item accepts."""

    exit_code = 4


@dataclass(frozen=True)
class CheckedAnswer:
    value: Any
    not_applicable: bool = False


def _accepts(doc: TemplateDocument, item: ItemRef) -> Message:
    values = ", ".join(str(v) for v in doc.answer_values(item))
    if item.type == "scored":
        return Message("accepts_level", "a level of {values}", values=values)
    if item.type == "checklist":
        if item.allow_na:
            return Message("accepts_checklist_or_na", "yes, no, partly or not_applicable")
        return Message("accepts_checklist", "yes, no, partly")
    if item.type == "yes_no":
        return Message("accepts_yes_no", "yes or no")
    if item.type == "multiple_choice":
        return Message("accepts_some_of", "one or more of {values}", values=values)
    if item.type == "single_choice":
        return Message("accepts_one_of", "one of {values}", values=values)
    if item.type == "text":
        return Message("accepts_text", "text")
    if item.type == "number":
        return Message("accepts_number", "a number")
    if item.type == "date":
        return Message("accepts_date", "a date (YYYY-MM-DD)")
    if item.type == "file":
        return Message("accepts_files", "attachment references")
    return Message("accepts_answer", "an answer")


def check_answer(
    doc: TemplateDocument, item: ItemRef, value: Any, *, not_applicable: bool = False
) -> CheckedAnswer:
    """The answer as stored, or AnswerRejected saying why it does not fit the item."""
    if value == NOT_APPLICABLE:
        not_applicable = True
        value = None
    if not_applicable:
        if not item.allow_na:
            raise AnswerRejected(
                Message("no_na", "item {item} cannot be answered not applicable", item=item.id)
            )
        return CheckedAnswer(None, True)
    kind = item.type
    if kind == "computed":
        raise AnswerRejected(
            Message(
                "computed_item",
                "item {item} is computed by the application, not answered",
                item=item.id,
            )
        )
    if value in (DONT_KNOW, COVERED) and kind != "text":
        if value not in item.allowed_states():
            if value == DONT_KNOW:
                raise AnswerRejected(
                    Message(
                        "no_dont_know", 'item {item} cannot be answered "don\'t know"', item=item.id
                    )
                )
            raise AnswerRejected(
                Message(
                    "no_covered",
                    "item {item} cannot be answered 'covered by an earlier assessment'",
                    item=item.id,
                )
            )
        return CheckedAnswer(value)

    def reject() -> AnswerRejected:
        return AnswerRejected(
            Message(
                "not_an_answer",
                "{value!r} is not an answer to {item}: expected {expected}",
                value=value,
                item=item.id,
                expected=_accepts(doc, item),
            )
        )

    if kind == "scored":
        if isinstance(value, bool) or value not in doc.answer_values(item):
            raise reject()
        return CheckedAnswer(int(value))
    if kind in ("checklist", "yes_no", "single_choice"):
        if value not in doc.answer_values(item):
            raise reject()
        return CheckedAnswer(value)
    if kind == "multiple_choice":
        allowed = doc.answer_values(item)
        if not isinstance(value, list) or not value or any(v not in allowed for v in value):
            raise reject()
        return CheckedAnswer([v for v in allowed if v in value])  # template order, no repeats
    if kind == "text":
        if not isinstance(value, str):
            raise reject()
        return CheckedAnswer(value)
    if kind == "number":
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise reject()
        low, high = item.item.get("min"), item.item.get("max")
        if isinstance(low, int | float) and value < low:
            raise AnswerRejected(
                Message(
                    "below_minimum",
                    "{value} is below the minimum {minimum} of {item}",
                    value=value,
                    minimum=low,
                    item=item.id,
                )
            )
        if isinstance(high, int | float) and value > high:
            raise AnswerRejected(
                Message(
                    "above_maximum",
                    "{value} is above the maximum {maximum} of {item}",
                    value=value,
                    maximum=high,
                    item=item.id,
                )
            )
        return CheckedAnswer(value)
    if kind == "date":
        try:
            return CheckedAnswer(date.fromisoformat(str(value)).isoformat())
        except ValueError:
            raise reject() from None
    if kind == "file":
        refs = value if isinstance(value, list) else [value]
        if not refs or not all(isinstance(r, str) and r.strip() for r in refs):
            raise reject()
        return CheckedAnswer([r.strip() for r in refs])
    raise AnswerRejected(
        Message(
            "unknown_item_type", "item {item} has an unknown type {type!r}", item=item.id, type=kind
        )
    )


def answer_from_text(doc: TemplateDocument, item: ItemRef, text: str) -> CheckedAnswer:
    """An answer typed in a spreadsheet cell: ``3``, ``yes``, ``a;b``, ``n/a``, ``2026-03-01``."""
    raw = text.strip()
    if raw.casefold() in NA_WORDS and item.type != "text":
        return check_answer(doc, item, None, not_applicable=True)
    if raw.casefold() in STATE_WORDS and item.type != "text":
        return check_answer(doc, item, STATE_WORDS[raw.casefold()])
    value: Any = raw
    if item.type == "scored":
        with contextlib.suppress(ValueError):
            value = int(raw)
    elif item.type in ("checklist", "yes_no"):
        value = raw.casefold()
    elif item.type == "number":
        with contextlib.suppress(ValueError):
            value = float(raw) if any(c in raw for c in ".eE") else int(raw)
    elif item.type in ("multiple_choice", "file"):
        value = [part.strip() for part in raw.split(";") if part.strip()]
    return check_answer(doc, item, value)


def evidence_needed(item: ItemRef, answer: CheckedAnswer, tier: str = "") -> str | None:
    """The kind of evidence (note, file, note_or_file) this answer requires, if any."""
    evidence = item.item.get("evidence")
    if (
        not isinstance(evidence, Mapping)
        or answer.not_applicable
        or answer.value
        in (
            DONT_KNOW,
            COVERED,
        )
    ):
        return None
    tiers = evidence.get("tiers")
    if isinstance(tiers, list) and tiers and tier not in tiers:
        return None
    required_for = evidence.get("required_for") or []
    values = answer.value if isinstance(answer.value, list) else [answer.value]
    if required_for and not any(str(v) in {str(r) for r in required_for} for v in values):
        return None
    return str(evidence.get("kind", "note_or_file"))


def evidence_problem(
    item: ItemRef,
    answer: CheckedAnswer,
    note: str,
    attachment_count: int,
    *,
    tier: str = "",
    na_needs_justification: bool = False,
) -> str | None:
    """Why the evidence given for an answer is not enough, or None. "Covered by an
    earlier assessment" needs a note naming it; not applicable needs a justifying note
    where the template says so."""
    reason = _evidence_reason(item, answer, note, attachment_count, tier, na_needs_justification)
    if reason is None:
        return None
    return Message("item_evidence", "item {item} {reason}", item=item.id, reason=reason)


def _evidence_reason(
    item: ItemRef,
    answer: CheckedAnswer,
    note: str,
    attachment_count: int,
    tier: str,
    na_needs_justification: bool,
) -> Message | None:
    has_note, has_file = bool(note.strip()), attachment_count > 0
    if answer.not_applicable and na_needs_justification and not has_note:
        return Message("na_needs_note", "answered not applicable needs a note saying why")
    if answer.value == COVERED and not has_note:
        return Message(
            "covered_needs_note", "answered covered needs a note naming the earlier assessment"
        )
    needed = evidence_needed(item, answer, tier)
    value = answer.value
    if needed == "note" and not has_note:
        return Message("needs_note", "answered {value!r} needs an evidence note", value=value)
    if needed == "file" and not has_file:
        return Message(
            "needs_file", "answered {value!r} needs an attached file as evidence", value=value
        )
    if needed == "note_or_file" and not (has_note or has_file):
        return Message(
            "needs_evidence",
            "answered {value!r} needs evidence (a note or an attached file)",
            value=value,
        )
    return None
