"""Organisation templates as sync carries them: the profile's template lines, applying
them on a joining vault, and the immutability of a template's ``(key, version)``."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from fieldpartner.domain.models import RecordRevision, Template
from fieldpartner.domain.problems import Message
from fieldpartner.domain.revisions import canonical_json
from fieldpartner.sync.errors import BundleInvalid
from fieldpartner.sync.merge import group_histories, plan_record
from fieldpartner.sync.records import Revision, parse_line
from fieldpartner.sync.store import RecordKey, read_heads, read_histories, upsert_record


def template_lines(session: Session) -> list[dict[str, Any]]:
    """Every template with its history, as revision lines (for the organisation profile)."""
    ids = list(session.scalars(select(Template.id)))
    heads = read_heads(session, "template", ids)
    lines = []
    for record_id, history in sorted(read_histories(session, "template", ids).items()):
        for revision in history.values():
            lines.append(json.loads(revision.to_line(revision.rev == heads.get(record_id))))
    return lines


def apply_template_lines(session: Session, lines: list[dict[str, Any]]) -> None:
    """Apply the templates of an organisation profile (revision lines) like a bundle's."""
    if not lines:
        return
    parsed = [
        parse_line(json.dumps(line).encode(), f"profile template {n}")
        for n, line in enumerate(lines, 1)
    ]
    if any(revision.kind != "template" for revision, _ in parsed):
        raise BundleInvalid(
            Message(
                "profile_template_not_template",
                "the profile's templates hold a record that is not a template",
            )
        )
    incoming = group_histories(parsed)
    ids = [record_id for _, record_id in incoming]
    heads = read_heads(session, "template", ids)
    histories = read_histories(session, "template", ids)
    held = templates_held_under_other_ids(session, incoming, ids, heads)
    session.info["replaying_revisions"] = True
    try:
        for (_kind, record_id), (history, head) in incoming.items():
            if record_id in held:
                continue
            local_head = heads.get(record_id)
            change = plan_record(histories.get(record_id, {}), local_head, history, head)
            for revision in change.new_revisions:
                session.execute(insert(RecordRevision).values(**revision.row()))
            if change.changes_record and change.result is not None:
                upsert_record(session, change.result, exists=local_head is not None)
    finally:
        session.info["replaying_revisions"] = False


def templates_held_under_other_ids(
    session: Session,
    incoming: dict[RecordKey, tuple[dict[str, Revision], str]],
    ids: list[str],
    local_heads: dict[str, str],
) -> set[str]:
    """Incoming templates this vault already holds under another id.

    Every vault stores the built-in templates itself, so the same template key and
    version exists under a different id on each replica. Templates are immutable per
    version: an identical one is the same template and is skipped; a different one under
    the same key and version is refused, as a template import would refuse it.
    """
    skipped: set[str] = set()
    for record_id in ids:
        if record_id in local_heads:
            continue
        history, head = incoming[("template", record_id)]
        body = history[head].body
        local = session.scalars(
            select(Template).where(
                Template.template_key == body["template_key"],
                Template.version == body["version"],
                Template.id != record_id,
            )
        ).first()
        if local is None:
            continue
        if canonical_json(local.body) != canonical_json(body["body"]):
            raise BundleInvalid(
                Message(
                    "template_changed_without_version",
                    "template {template} version {version} in the bundle differs from the one in this vault; a changed template needs a new version",
                    template=body["template_key"],
                    version=body["version"],
                )
            )
        skipped.add(record_id)
    return skipped
