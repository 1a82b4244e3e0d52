"""The rule book's own behaviour: which rules run for an edit, a new record, a revision
from a bundle and a merge."""

from __future__ import annotations

from datetime import date

from fieldpartner.domain.rules import check_changes, check_record


def _action(**changes: object) -> dict[str, object]:
    body: dict[str, object] = {
        "partner_id": "01a20000-0000-7000-8000-000000000001",
        "title": "Adopt a safeguarding policy",
        "description": "",
        "owner": "",
        "due_date": "2026-06-30",
        "status": "open",
        "source": "other",
        "assessment_id": None,
        "workshop_id": None,
        "item_id": "",
        "completed_on": None,
        "review_notes": [],
        "created_at": "2026-01-15T09:00:00.000000Z",
    }
    body.update(changes)
    return body


def test_a_sound_body_passes() -> None:
    assert check_record("action", _action()) == []


def test_a_field_outside_its_vocabulary_is_named_with_the_allowed_words() -> None:
    assert check_record("action", _action(status="banana")) == [
        ("status", "'banana' is not one of: proposed, open, in_progress, done, dropped")
    ]


def test_missing_and_unknown_body_fields_are_named() -> None:
    body = _action(priority="high")
    del body["owner"]
    assert check_record("action", body) == [
        ("owner", "is missing from a action"),
        ("priority", "is not a field of a action"),
    ]


def test_rules_across_fields_look_only_at_fields_the_revision_changed() -> None:
    # An odd pair merged in from elsewhere does not block an unrelated edit...
    odd = _action(status="in_progress", completed_on="2026-02-01")
    assert check_record("action", {**odd, "title": "Adopt it"}, odd) == []
    # ...but a revision that makes the pair is refused, and so is a new record holding it.
    sound = _action()
    assert check_record("action", odd, sound) == [
        ("completed_on", "2026-02-01 is set but the status is 'in_progress'")
    ]
    assert check_record("action", odd) != []


def test_a_merge_is_held_to_the_field_rules_only() -> None:
    odd = _action(status="in_progress", completed_on="2026-02-01")
    assert check_record("action", odd, merge=True) == []
    assert check_record("action", _action(status="banana"), merge=True) != []


def test_an_edit_checks_the_fields_given_and_a_new_record_its_required_ones() -> None:
    assert check_changes("action", {"due_date": date(2026, 1, 1)}, _action()) == []
    assert check_changes("action", {}, None) == [("title", "must be given")]
    assert check_changes("action", {"due_date": "soon"}, None) == [
        ("title", "must be given"),
        ("due_date", "'soon' is not a date"),
    ]


def test_an_assessment_tier_named_by_an_organisation_template_is_accepted() -> None:
    # Templates declare their own tiers (due diligence's small/medium/large are only the
    # built-in ones); the template, not the rule book, says which a tier may be.
    assert check_changes("assessment", {"tier": "enhanced"}, {}) == []
    assert check_changes("assessment", {"tier": "x" * 11}, {}) == [
        ("tier", "is 11 characters long; the limit is 10")
    ]
