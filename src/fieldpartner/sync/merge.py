"""Merging incoming revisions into a vault: one module, pure functions, a change list out.

For each record the bundle carries the sender's whole revision history and marks its head.
Against the local head the outcome is one of:

``create``        the record is new here;
``same``          both sides are at the same revision;
``ignore``        the local revision already contains the incoming one;
``fast_forward``  the incoming revision descends from the local one;
``merge``         the two are concurrent: a three-way, field-by-field merge against their
                  common ancestor makes a merge revision with both as parents.

Revision names hash their parents (a Merkle DAG), so ancestry and the common ancestor are
the same on every replica. A merge is a pure function of the two revisions and their
ancestor: fields changed on one side are taken; a field changed differently on both sides
is a conflict whose provisional value is the side with the higher generation, then the
higher revision name; its device, author and time are derived from the inputs. The merged
record then goes through the whole rule book against each side: a field whose rule the
combination breaks (a decision taken from one side without the conditions of the other,
a final assessment made a draft without what reopening clears) is a conflict too, for a
person to settle, so no rule is bypassed by merging. Every
replica that merges the same two revisions therefore makes the identical merge revision,
and replicas that saw the same bundles converge whatever the order. An edit made
concurrently with a deletion revives the record.

Nothing here touches the database: ``plan_record`` gets histories and returns a
``RecordChange`` for the service to show and apply.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from fieldpartner.domain.problems import Message
from fieldpartner.domain.revisions import canonical_json, make_rev
from fieldpartner.domain.rules import COLUMNS, check_record
from fieldpartner.sync.errors import BundleInvalid
from fieldpartner.sync.records import Revision

# The device and author named on merge revisions: the same on every replica.
MERGE_DEVICE = "00000000-0000-0000-0000-000000000000"
MERGE_AUTHOR = "FieldPartner merge"

Action = Literal["create", "same", "ignore", "fast_forward", "merge"]
Side = Literal["local", "incoming"]
_MISSING: Any = object()


@dataclass(frozen=True)
class FieldConflict:
    """One field changed differently on both sides; ``winner`` holds the provisional value."""

    field: str
    base: Any
    local: Any
    incoming: Any
    winner: Side

    def to_json(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "base": None if self.base is _MISSING else self.base,
            "local": self.local,
            "incoming": self.incoming,
            "winner": self.winner,
        }


@dataclass
class RecordChange:
    """What importing one record does, for the preview and for applying."""

    kind: str
    record_id: str
    action: Action
    local_rev: str | None
    incoming_rev: str
    # The record's head after the change (None when nothing changes).
    result: Revision | None = None
    # Revisions to add to the history (incoming ones not yet known, and a merge revision).
    new_revisions: list[Revision] = field(default_factory=list)
    conflicts: list[FieldConflict] = field(default_factory=list)
    revived: bool = False

    @property
    def changes_record(self) -> bool:
        return self.action in ("create", "fast_forward", "merge")


def conflict_id(kind: str, record_id: str, merge_rev: str) -> str:
    """The same on every replica that records this conflict."""
    return hashlib.sha256(f"{kind}:{record_id}:{merge_rev}".encode()).hexdigest()[:12]


def ancestors(history: Mapping[str, Revision], rev: str) -> set[str]:
    """``rev`` and every revision it descends from that the history holds."""
    seen: set[str] = set()
    stack = [rev]
    while stack:
        current = stack.pop()
        if current in seen:
            continue
        seen.add(current)
        found = history.get(current)
        if found is not None:
            stack.extend(found.parents)
    return seen


def _rank(revision: Revision) -> tuple[int, str]:
    return (revision.generation, revision.rev)


def common_ancestor(history: Mapping[str, Revision], a: str, b: str) -> Revision | None:
    """The nearest common ancestor (highest generation, then name) with a known body."""
    shared = [history[r] for r in ancestors(history, a) & ancestors(history, b) if r in history]
    return max(shared, key=_rank, default=None)


def _same(x: Any, y: Any) -> bool:
    if x is _MISSING or y is _MISSING:
        return x is y
    return canonical_json(x) == canonical_json(y)


def merge_revisions(
    base: Revision | None, local: Revision, incoming: Revision
) -> tuple[Revision, list[FieldConflict], bool]:
    """The merge revision of two concurrent revisions, its conflicts, and whether it
    revives a record one side had deleted."""
    winner: Side = "incoming" if _rank(incoming) > _rank(local) else "local"
    base_body: Mapping[str, Any] = base.body if base is not None else {}
    body: dict[str, Any] = {}
    conflicts: list[FieldConflict] = []
    for name in sorted(set(local.body) | set(incoming.body)):
        b = base_body.get(name, _MISSING)
        lv = local.body.get(name, _MISSING)
        iv = incoming.body.get(name, _MISSING)
        if _same(lv, iv) or _same(iv, b):
            value = lv
        elif _same(lv, b):
            value = iv
        elif name == "created_at" and isinstance(lv, str) and isinstance(iv, str):
            # Records made independently under the same id (answers: one id per
            # assessment and item): the record is as old as its first creation.
            value = min(lv, iv)
        else:
            value = iv if winner == "incoming" else lv
            conflicts.append(FieldConflict(name, b, lv, iv, winner))
        if value is not _MISSING:
            body[name] = value

    base_deleted = base.deleted if base is not None else False
    if local.deleted == incoming.deleted:
        deleted = local.deleted
    else:
        # Only one side changed the flag; a deletion loses to an edit made concurrently.
        changer, other = (local, incoming) if local.deleted != base_deleted else (incoming, local)
        deleted = changer.deleted
        if deleted and not _same(other.body, dict(base_body)):
            deleted = False
    revived = not deleted and (local.deleted or incoming.deleted)
    if not deleted and COLUMNS.get(local.kind, {}).keys() == body.keys():
        flagged = {c.field for c in conflicts}
        for side in (local, incoming):
            for problem, _message in check_record(local.kind, body, side.body):
                name = problem.split("[")[0]
                if name in flagged or name not in body:
                    continue
                flagged.add(name)
                b, lv, iv = (r.get(name, _MISSING) for r in (base_body, local.body, incoming.body))
                conflicts.append(FieldConflict(name, b, lv, iv, winner))

    parents = sorted([local.rev, incoming.rev])
    changed = sorted(
        {n for n in body if not _same(body[n], local.body.get(n, _MISSING))}
        | {n for n in body if not _same(body[n], incoming.body.get(n, _MISSING))}
        | ({"deleted"} if deleted != local.deleted or deleted != incoming.deleted else set())
    )
    merged = Revision(
        kind=local.kind,
        record_id=local.record_id,
        rev=make_rev(parents, deleted, body),
        parents=tuple(parents),
        deleted=deleted,
        body=body,
        changed_fields=tuple(changed),
        device_id=MERGE_DEVICE,
        author=MERGE_AUTHOR,
        changed_at=max(local.changed_at, incoming.changed_at),
    )
    return merged, conflicts, revived


def merge_of_parents(history: Mapping[str, Revision], revision: Revision) -> Revision | None:
    """The revision merging ``revision``'s two parents makes (to compare with a merge
    revision received), or None when a parent is not in ``history``."""
    sides = [history.get(rev) for rev in revision.parents]
    if len(sides) != 2 or sides[0] is None or sides[1] is None:
        return None
    base = common_ancestor(history, sides[0].rev, sides[1].rev)
    return merge_revisions(base, sides[0], sides[1])[0]


def plan_record(
    local_history: Mapping[str, Revision],
    local_head: str | None,
    incoming_history: Mapping[str, Revision],
    incoming_head: str,
) -> RecordChange:
    """What to do with one record of a bundle (see the module docstring)."""
    incoming = incoming_history[incoming_head]
    unknown = [r for rev, r in incoming_history.items() if rev not in local_history]
    unknown.sort(key=_rank)
    change = RecordChange(incoming.kind, incoming.record_id, "same", local_head, incoming_head)
    if local_head is None:
        change.action = "create"
        change.result = incoming
        change.new_revisions = unknown
        return change
    if local_head == incoming_head:
        return change
    combined: dict[str, Revision] = {**incoming_history, **local_history}
    local_ancestry = ancestors(combined, local_head)
    if incoming_head in local_ancestry:
        change.action = "ignore"
        change.new_revisions = unknown  # normally none: the local history holds them
        return change
    change.new_revisions = unknown
    if local_head in ancestors(combined, incoming_head):
        change.action = "fast_forward"
        change.result = incoming
        change.revived = combined[local_head].deleted and not incoming.deleted
        return change
    local = combined[local_head]
    base = common_ancestor(combined, local_head, incoming_head)
    merged, conflicts, revived = merge_revisions(base, local, incoming)
    change.action = "merge"
    change.result = merged
    change.conflicts = conflicts
    change.revived = revived
    if merged.rev not in combined:
        change.new_revisions = [*unknown, merged]
    return change


def replayed_merge_conflicts(
    history: Mapping[str, Revision], merge: Revision, known_before: Iterable[str]
) -> tuple[list[FieldConflict], str, str] | None:
    """The conflicts of a merge revision made on another replica, recomputed here.

    Returns them with the parents labelled (local, incoming) from this vault's point of
    view (the parent it already held is "local"), or None if ``merge`` is not an
    automatic merge (a person's resolution or an ordinary edit).
    """
    if len(merge.parents) != 2 or merge.device_id != MERGE_DEVICE:
        return None
    a, b = (history.get(p) for p in merge.parents)
    if a is None or b is None:
        return None
    known = set(known_before)
    local, incoming = (b, a) if (b.rev in known and a.rev not in known) else (a, b)
    base = common_ancestor(history, a.rev, b.rev)
    recomputed, conflicts, _ = merge_revisions(base, local, incoming)
    if recomputed.rev != merge.rev or not conflicts:
        return None
    return conflicts, local.rev, incoming.rev


def resolved_after(
    history: Mapping[str, Revision], head: str, merge_rev: str, fields: Iterable[str]
) -> bool:
    """Whether a revision after ``merge_rev`` (on the way to ``head``) changed one of the
    conflict's fields: a person has dealt with the conflict."""
    watched = set(fields)
    after = ancestors(history, head) - ancestors(history, merge_rev)
    for rev in after:
        revision = history.get(rev)
        if revision is None or merge_rev not in ancestors(history, rev):
            continue
        if revision.device_id != MERGE_DEVICE and watched & set(revision.changed_fields):
            return True
    return False


def group_histories(
    revisions: Iterable[tuple[Revision, bool]],
) -> dict[tuple[str, str], tuple[dict[str, Revision], str]]:
    """Revisions (with whether each is the sender's head) grouped per (kind, record id)
    with the sender's head, checked to be each record's complete history."""
    grouped: dict[tuple[str, str], dict[str, Revision]] = defaultdict(dict)
    heads: dict[tuple[str, str], str] = {}
    for revision, is_head in revisions:
        key = (revision.kind, revision.record_id)
        if revision.rev in grouped[key]:
            raise BundleInvalid(
                Message(
                    "revision_twice",
                    "{kind} {record_id}: revision {rev} appears twice",
                    kind=key[0],
                    record_id=key[1],
                    rev=revision.rev,
                )
            )
        grouped[key][revision.rev] = revision
        if is_head:
            if key in heads:
                raise BundleInvalid(
                    Message(
                        "two_head_revisions",
                        "{kind} {record_id} has two head revisions",
                        kind=key[0],
                        record_id=key[1],
                    )
                )
            heads[key] = revision.rev
    result = {}
    for key, history in grouped.items():
        head = heads.get(key)
        if head is None:
            raise BundleInvalid(
                Message(
                    "no_head_revision",
                    "{kind} {record_id} has no head revision",
                    kind=key[0],
                    record_id=key[1],
                )
            )
        for revision in history.values():
            missing = [p for p in revision.parents if p not in history]
            if missing:
                raise BundleInvalid(
                    Message(
                        "history_incomplete",
                        "{kind} {record_id}: the history is incomplete ({missing} is missing)",
                        kind=key[0],
                        record_id=key[1],
                        missing=missing[0],
                    )
                )
        if len(ancestors(history, head)) != len(history):
            raise BundleInvalid(
                Message(
                    "revision_outside_history",
                    "{kind} {record_id}: a revision is not in its head's history",
                    kind=key[0],
                    record_id=key[1],
                )
            )
        result[key] = (history, head)
    return result
