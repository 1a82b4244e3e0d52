"""The merge module on its own: pure functions over revision histories."""

from __future__ import annotations

from typing import Any

import msgspec
from hypothesis import given, settings
from hypothesis import strategies as st

from fieldpartner.domain.revisions import make_rev
from fieldpartner.domain.rules import check_record
from fieldpartner.sync.merge import (
    MERGE_DEVICE,
    common_ancestor,
    merge_revisions,
    plan_record,
)
from fieldpartner.sync.records import Revision

RID = "01a20000-0000-7000-8000-000000000001"


def rev(
    body: dict[str, Any],
    parents: tuple[str, ...] = (),
    deleted: bool = False,
    device: str = "d1",
    at: str = "2026-01-15T09:00:00.000000Z",
) -> Revision:
    parents = tuple(sorted(parents))
    return Revision(
        kind="partner",
        record_id=RID,
        rev=make_rev(parents, deleted, body),
        parents=parents,
        deleted=deleted,
        body=body,
        changed_fields=tuple(sorted(body)),
        device_id=device,
        author="",
        changed_at=at,
    )


BASE = rev({"name": "A", "region": "", "notes": ""})


def child(parent: Revision, deleted: bool = False, **changes: Any) -> Revision:
    return rev({**parent.body, **changes}, (parent.rev,), deleted)


def hist(*revisions: Revision) -> dict[str, Revision]:
    return {r.rev: r for r in revisions}


def test_fast_forward_ignore_and_same() -> None:
    edit = child(BASE, region="East")
    forward = plan_record(hist(BASE), BASE.rev, hist(BASE, edit), edit.rev)
    assert forward.action == "fast_forward" and forward.result == edit
    assert [r.rev for r in forward.new_revisions] == [edit.rev]
    ignored = plan_record(hist(BASE, edit), edit.rev, hist(BASE), BASE.rev)
    assert ignored.action == "ignore" and ignored.result is None
    same = plan_record(hist(BASE, edit), edit.rev, hist(BASE, edit), edit.rev)
    assert same.action == "same"
    created = plan_record({}, None, hist(BASE, edit), edit.rev)
    assert created.action == "create" and len(created.new_revisions) == 2


def test_one_sided_fields_merge_and_conflicts_pick_the_same_winner_both_ways() -> None:
    left = child(BASE, region="East", notes="left")
    right = child(BASE, region="West", name="A2")
    merged_lr, conflicts_lr, _ = merge_revisions(BASE, left, right)
    merged_rl, conflicts_rl, _ = merge_revisions(BASE, right, left)
    assert merged_lr.rev == merged_rl.rev and merged_lr.body == merged_rl.body
    assert merged_lr.body["notes"] == "left" and merged_lr.body["name"] == "A2"
    assert [c.field for c in conflicts_lr] == ["region"] == [c.field for c in conflicts_rl]
    winner = max((left, right), key=lambda r: (r.generation, r.rev))
    assert merged_lr.body["region"] == winner.body["region"]
    assert merged_lr.parents == tuple(sorted([left.rev, right.rev]))
    assert merged_lr.device_id == MERGE_DEVICE


def test_higher_generation_wins_a_conflict() -> None:
    left = child(child(BASE, notes="x"), region="Deep")
    right = child(BASE, region="Shallow")
    merged, conflicts, _ = merge_revisions(BASE, right, left)
    assert merged.body["region"] == "Deep" and conflicts[0].winner == "incoming"


def test_same_change_on_both_sides_is_no_conflict() -> None:
    left = child(BASE, region="East", notes="l")
    right = child(BASE, region="East", name="B")
    merged, conflicts, _ = merge_revisions(BASE, left, right)
    assert conflicts == [] and merged.body["region"] == "East"


def test_edit_concurrent_with_deletion_revives() -> None:
    gone = child(BASE, deleted=True)
    edited = child(BASE, notes="met them today")
    merged, _, revived = merge_revisions(BASE, gone, edited)
    assert not merged.deleted and revived and merged.body["notes"] == "met them today"
    untouched_other = child(BASE, deleted=True)
    merged2, _, revived2 = merge_revisions(BASE, untouched_other, BASE)
    assert merged2.deleted and not revived2


def test_criss_cross_merges_find_one_common_ancestor() -> None:
    left = child(BASE, region="L")
    right = child(BASE, notes="R")
    m1, _, _ = merge_revisions(BASE, left, right)
    history = hist(BASE, left, right, m1)
    assert common_ancestor(history, left.rev, right.rev) == BASE
    assert common_ancestor(history, m1.rev, left.rev) == left


bodies = st.fixed_dictionaries(
    {f: st.sampled_from(["", "a", "b", "c"]) for f in ("name", "region", "notes", "acronym")}
)


@settings(max_examples=200)
@given(base=bodies, left=bodies, right=bodies, del_l=st.booleans(), del_r=st.booleans())
def test_merge_is_symmetric_and_keeps_every_one_sided_change(
    base: dict[str, str], left: dict[str, str], right: dict[str, str], del_l: bool, del_r: bool
) -> None:
    b = rev(base)
    lv = rev(left, (b.rev,), del_l, device="l")
    rv = rev(right, (b.rev,), del_r, device="r")
    if lv.rev == rv.rev:
        return
    m1, c1, _ = merge_revisions(b, lv, rv)
    m2, c2, _ = merge_revisions(b, rv, lv)
    assert m1 == m2
    assert sorted(c.field for c in c1) == sorted(c.field for c in c2)
    conflicted = {c.field for c in c1}
    for field in base:
        if left[field] != base[field] and right[field] == base[field]:
            assert m1.body[field] == left[field]
        elif right[field] != base[field] and left[field] == base[field]:
            assert m1.body[field] == right[field]
        elif left[field] != right[field]:
            assert field in conflicted
            assert m1.body[field] in (left[field], right[field])


def test_independent_creations_conflict_on_differing_fields_but_not_on_creation_time() -> None:
    first = rev({"name": "A", "region": "x", "notes": "", "created_at": "2026-01-02"})
    second = rev({"name": "A", "region": "y", "notes": "n", "created_at": "2026-01-01"})
    merged, conflicts, _ = merge_revisions(None, first, second)
    assert [c.field for c in conflicts] == ["notes", "region"]
    assert merged.body["created_at"] == "2026-01-01"


FINAL = {
    "partner_id": "01a20000-0000-7000-8000-0000000000aa",
    "project_id": None,
    "assessment_kind": "capacity",
    "template_key": "capacity",
    "template_version": 1,
    "tier": "",
    "respondent": "assessor",
    "title": "Capacity 2026",
    "assessed_on": "2026-02-01",
    "place": "",
    "assessors": [],
    "participants": [],
    "status": "final",
    "results": {"rating": "low"},
    "recommended_decision": "",
    "decision": "",
    "conditions": "",
    "finalised_at": "2026-03-01T09:00:00.000000Z",
    "approved_by": "",
    "created_at": "2026-01-15T09:00:00.000000Z",
}


def assessment(body: dict[str, Any], parents: tuple[str, ...] = ()) -> Revision:
    return msgspec.structs.replace(rev(body, parents), kind="assessment")


def test_a_merge_that_breaks_a_rule_across_fields_is_a_conflict_for_a_person() -> None:
    """Reopened on one side (a draft, results cleared), a decision recommended on the
    other: the field-by-field merge is a draft holding a recommendation, which the rule book refuses
    (a final assessment becomes a draft only by reopening); the merge keeps it as a
    conflict on the status to settle, not as a silent draft."""
    base = assessment(FINAL)
    reopened = assessment(
        {**FINAL, "status": "draft", "results": {}, "finalised_at": None}, (base.rev,)
    )
    revised = assessment({**FINAL, "recommended_decision": "approve"}, (base.rev,))
    for side in (base, reopened, revised):
        parent = base.body if side is not base else None
        assert check_record("assessment", side.body, parent) == []
    merged, conflicts, _ = merge_revisions(base, reopened, revised)
    assert merged.body["status"] == "draft" and merged.body["recommended_decision"] == "approve"
    assert [c.field for c in conflicts] == ["status"]
    assert (conflicts[0].local, conflicts[0].incoming) == ("draft", "final")
    # The same merge, made from the other side, names the same conflict.
    again, conflicts_again, _ = merge_revisions(base, revised, reopened)
    assert again.rev == merged.rev and [c.field for c in conflicts_again] == ["status"]
