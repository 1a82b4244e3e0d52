"""Provenance: which incoming revisions a vault takes from which sender.

A revision's device, author and time are evidence of who changed what and when. The bundle
signature proves only who *sent* a revision, so:

- from HQ (the organisation's relay) a device takes any revision of its scope;
- from any other sender (an enrolled device at HQ, or a vault re-reading its own export) a
  vault takes only revisions that sender wrote (``device_id`` is the sender's), revisions it
  already holds byte-identical, and automatic merge revisions that are exactly the merge of
  their two parents (every replica computes the same one);
- the audit data of a revision a vault holds is never rewritten, whoever sends it again;
- only HQ publishes or changes organisation templates, and on every replica a template's
  ``(key, version)`` keeps its body for ever.

Pure functions over histories: ``importer`` calls them while planning, before anything
is written.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fieldpartner.domain.problems import Message
from fieldpartner.sync.errors import BundleInvalid, TrustRefused
from fieldpartner.sync.merge import MERGE_DEVICE, merge_of_parents
from fieldpartner.sync.records import Revision

# What makes a template version: none of it may change once a replica holds it.
TEMPLATE_IDENTITY = ("template_key", "version", "assessment_kind", "body")


def _audit(revision: Revision) -> tuple[str, str, str, tuple[str, ...]]:
    return (revision.device_id, revision.author, revision.changed_at, revision.changed_fields)


def _is_exact_merge(revision: Revision, history: Mapping[str, Revision]) -> bool:
    merged = merge_of_parents(history, revision)
    return merged is not None and merged.rev == revision.rev and _audit(merged) == _audit(revision)


def check_origins(
    incoming: Mapping[str, Revision],
    held: Mapping[str, Revision],
    sender: str,
    *,
    relayed_ok: bool,
) -> None:
    """Refuse (exit 5) a record's incoming history if ``sender`` may not vouch for it."""
    if relayed_ok:
        return
    combined: dict[str, Revision] | None = None
    for revision in incoming.values():
        if revision.device_id == sender:
            continue
        local = held.get(revision.rev)
        if local is not None and _audit(local) == _audit(revision):
            continue
        if revision.device_id == MERGE_DEVICE:
            if combined is None:
                combined = {**incoming, **held}
            if _is_exact_merge(revision, combined):
                continue
            raise TrustRefused(
                Message(
                    "false_automatic_merge",
                    "{kind} {record_id}: revision {rev} claims to be an automatic merge but is not the merge of its parents; device {sender} sent it",
                    kind=revision.kind,
                    record_id=revision.record_id,
                    rev=revision.rev,
                    sender=sender,
                )
            )
        raise TrustRefused(
            Message(
                "revision_attributed_to_another_device",
                "{kind} {record_id}: device {sender} sent revision {rev} attributed to device {author}; a device may send only revisions it wrote or revisions this vault holds unchanged",
                kind=revision.kind,
                record_id=revision.record_id,
                sender=sender,
                rev=revision.rev,
                author=revision.device_id or "(none)",
            )
        )


def _identity(body: Mapping[str, Any]) -> tuple[Any, ...]:
    return tuple(body.get(name) for name in TEMPLATE_IDENTITY)


def check_template(
    incoming: Mapping[str, Revision],
    held: Mapping[str, Revision],
    held_head: str | None,
    sender: str,
    *,
    from_hq: bool,
) -> None:
    """A template record's incoming revisions: immutable content, and published by HQ."""
    reference = held[held_head] if held_head is not None and held_head in held else None
    for revision in sorted(incoming.values(), key=lambda r: r.generation):
        if reference is None:
            reference = revision
        if _identity(revision.body) != _identity(reference.body):
            raise BundleInvalid(
                Message(
                    "bundle_template_differs",
                    "template {template} version {version} in the bundle differs from the one this vault holds; a template version never changes (a changed template needs a new version number)",
                    template=reference.body["template_key"],
                    version=reference.body["version"],
                )
            )
    if from_hq:
        return
    for revision in incoming.values():
        local = held.get(revision.rev)
        if local is None or _audit(local) != _audit(revision):
            raise TrustRefused(
                Message(
                    "template_from_device",
                    "template {template} version {version}: device {sender} sent a template this vault does not hold; only HQ publishes or changes organisation templates (give HQ the template file to import)",
                    template=revision.body["template_key"],
                    version=revision.body["version"],
                    sender=sender,
                )
            )
