"""The rule book holds at every door: each rule of ``domain.rules`` is refused in a bundle
and in a conflict's resolution, with a message naming the field, and the vault unchanged.

The tests walk the registry, so a rule added there is tried here without a new test.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from bundle_crafting import decrypt, encrypt, members_of, resign, tar_of
from bundle_crafting import with_record_lines as with_lines
from sqlalchemy import func, select
from sync_helpers import World, reopen_world

from fieldpartner.domain.actions import add_action
from fieldpartner.domain.assessments import AnswerState, create_assessment, set_answer_state
from fieldpartner.domain.attachments import add_attachment
from fieldpartner.domain.ids import uuid7
from fieldpartner.domain.models import MODEL_BY_KIND, RecordRevision, Template
from fieldpartner.domain.partners import add_contact, add_partner
from fieldpartner.domain.projects import add_project, add_scheduled_report
from fieldpartner.domain.revisions import make_rev, record_body
from fieldpartner.domain.rules import RULES, Rule, check_record
from fieldpartner.domain.templates import TemplateDocument, ensure_builtin_templates
from fieldpartner.domain.workshops import add_participant, add_workshop
from fieldpartner.sync import import_bundle, list_conflicts, resolve_conflict
from fieldpartner.sync.conflicts import conflict_entry, record_conflicts
from fieldpartner.sync.errors import SyncError
from fieldpartner.sync.identity import ensure_device_identity
from fieldpartner.sync.merge import FieldConflict
from fieldpartner.sync.records import from_stored
from fieldpartner.vault import Vault

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


@dataclass
class Samples:
    """A world in which device 0 made one record of every kind and HQ imported them."""

    world: World
    ids: dict[str, str]  # kind -> the sample record's id
    to_hq: Path  # the bundle that carried them (a model for crafted ones)
    to_device: Path  # a bundle from HQ to device 0


def _make_samples(device: Vault) -> dict[str, str]:
    with device.transaction() as s:
        partner = add_partner(s, name="Rule Book Partner", country="KE")
        contact = add_contact(
            s, partner, name="Wanjiru", channels=[{"kind": "email", "value": "w@example.org"}]
        )
        project = add_project(
            s,
            partner,
            title="Legal clinic",
            amount="1500",
            currency="GBP",
            start_date=date(2026, 1, 1),
            end_date=date(2026, 12, 31),
        )
        report = add_scheduled_report(s, project, schedule_kind="audit", due_date=date(2026, 6, 30))
        template = s.scalars(
            select(Template).where(Template.assessment_kind == "capacity").order_by(Template.id)
        ).first()
        assert template is not None
        assessment = create_assessment(s, partner, template)
        item = TemplateDocument(template.body).item_order[0].id
        answer = set_answer_state(s, assessment, item, AnswerState(evidence_note="Seen"))
        action = add_action(s, partner=partner, assessment=assessment, title="Policy")
        workshop = add_workshop(
            s, title="Safeguarding", start_date=date(2026, 2, 10), end_date=date(2026, 2, 12)
        )
        participant = add_participant(s, workshop, partner=partner)
        attachment = add_attachment(s, PNG, "scan.png", partner=partner)
        records = [
            partner,
            contact,
            project,
            report,
            template,
            assessment,
            answer,
            action,
            workshop,
            participant,
            attachment,
        ]
        return {record.kind: record.id for record in records}


@pytest.fixture(scope="module")
def samples_template(world_template: World, tmp_path_factory: pytest.TempPathFactory) -> Samples:
    world = reopen_world(world_template, tmp_path_factory.mktemp("rule-book"))
    d0 = world.devices[0]
    # Templates come from HQ, as organisation templates do.
    with world.hq.transaction() as session:
        ensure_builtin_templates(session)
    assert import_bundle(d0, world.send_to_device(d0)).applied
    ids = _make_samples(d0)
    to_hq = world.send_to_hq(d0)
    assert import_bundle(world.hq, to_hq).applied
    to_device = world.send_to_device(d0)
    assert import_bundle(d0, to_device).applied
    world.lock()
    return Samples(world, ids, to_hq, to_device)


@pytest.fixture(scope="module")
def samples(
    samples_template: Samples, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Samples]:
    """An open copy shared by the tests of this module: a refusal changes nothing, which
    each test checks, so they can share it."""
    world = reopen_world(samples_template.world, tmp_path_factory.mktemp("rule-book-open"))
    yield Samples(world, samples_template.ids, samples_template.to_hq, samples_template.to_device)
    world.lock()


def _rule_id(rule: Rule) -> str:
    return f"{rule.kind}.{rule.field}:{rule.description}"


def _head_body(vault: Vault, kind: str, record_id: str) -> dict[str, Any]:
    with vault.session() as session:
        return record_body(session.get(MODEL_BY_KIND[kind], record_id))


def _revision_count(vault: Vault) -> int:
    with vault.session() as session:
        return int(session.scalar(select(func.count()).select_from(RecordRevision)) or 0)


def _text(value: Any) -> str:
    """A body value as a person types it for ``conflict resolve FIELD=VALUE``."""
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value)


# --- the registry itself ----------------------------------------------------------------


def test_every_kind_has_rules_and_every_rule_an_example() -> None:
    kinds = {rule.kind for rule in RULES}
    assert kinds == set(MODEL_BY_KIND)
    assert all(rule.refuses for rule in RULES)


@pytest.mark.parametrize("rule", RULES, ids=_rule_id)
def test_every_rule_refuses_its_example(samples: Samples, rule: Rule) -> None:
    record_id = samples.ids[rule.kind]
    body = _head_body(samples.world.devices[0], rule.kind, record_id)
    assert check_record(rule.kind, body) == []
    before = {**body, **rule.before}
    assert check_record(rule.kind, before, body) == []
    after = {**before, **rule.refuses}
    problems = check_record(rule.kind, after, before)
    assert rule.field in {field.split("[")[0] for field, _ in problems}, problems


# --- through a bundle -------------------------------------------------------------------


def _line(kind: str, record_id: str, parents: list[str], body: dict[str, Any], sender: Vault):
    return {
        "kind": kind,
        "id": record_id,
        "rev": make_rev(parents, False, body),
        "parents": sorted(parents),
        "deleted": False,
        "body": body,
        "changed_fields": sorted(body),
        "device_id": sender.device_id,
        "author": "Tester",
        "changed_at": "2026-03-02T10:00:00.000000Z",
        "head": False,
    }


def _crafted(samples: Samples, rule: Rule, *, merge: bool = False) -> tuple[Path, Vault, Vault]:
    """A bundle whose sender signed new records breaking ``rule``: a record created with
    the rule's example values, or created in its starting state and then changed.

    With ``merge``, the breaking revision is a merge: two sound revisions of the starting
    state (differing only in their creation time) and a merge of them that holds the
    rule's example values, which no merge of those two makes."""
    world = samples.world
    d0 = world.devices[0]
    # Only HQ publishes templates; every other record comes from the device.
    sender, receiver, model = (
        (world.hq, d0, samples.to_device)
        if rule.kind == "template"
        else (d0, world.hq, samples.to_hq)
    )
    members = members_of(decrypt(model, ensure_device_identity(receiver)))
    body = _head_body(d0, rule.kind, samples.ids[rule.kind])
    if rule.kind == "template":
        body = {**body, "template_key": f"rule-book-{uuid7()}", "origin": "hq"}
    start, broken = {**body, **rule.before}, {**body, **rule.before, **rule.refuses}
    record_id, lines = uuid7(), []
    if merge:
        root = _line(rule.kind, record_id, [], start, sender)
        sides = [
            _line(rule.kind, record_id, [root["rev"]], {**start, "created_at": at}, sender)
            for at in ("2026-03-01T08:00:00.000000Z", "2026-03-01T09:00:00.000000Z")
        ]
        merged = {**broken, "created_at": "2026-03-01T08:00:00.000000Z"}
        parents = [side["rev"] for side in sides]
        lines = [root, *sides, _line(rule.kind, record_id, parents, merged, sender)]
    else:
        parents = []
        for state in [start, broken] if rule.before else [broken]:
            lines.append(_line(rule.kind, record_id, parents, state, sender))
            parents = [lines[-1]["rev"]]
    lines[-1]["head"] = True
    signed = resign(
        with_lines(members, lines), ensure_device_identity(sender), {"bundle_id": str(uuid7())}
    )
    path = world.folder / f"rule-{uuid7()}.fpbundle"
    recipients = [ensure_device_identity(receiver).public, ensure_device_identity(sender).public]
    path.write_bytes(encrypt(tar_of(signed), recipients))
    return path, sender, receiver


@pytest.mark.parametrize("rule", RULES, ids=_rule_id)
def test_every_rule_is_refused_through_import(samples: Samples, rule: Rule) -> None:
    path, _sender, receiver = _crafted(samples, rule)
    revisions = _revision_count(receiver)
    with pytest.raises(SyncError) as caught:
        import_bundle(receiver, path)
    message = str(caught.value)
    assert caught.value.exit_code == 4 and "\n" not in message
    assert rule.field in message and rule.kind in message
    assert _revision_count(receiver) == revisions


ACROSS_FIELDS = [rule for rule in RULES if rule.scope != "field"]


@pytest.mark.parametrize("rule", ACROSS_FIELDS, ids=_rule_id)
def test_every_rule_across_fields_is_refused_in_a_merge_revision(
    samples: Samples, rule: Rule
) -> None:
    """A merge revision cannot carry what the merge of its parents would not hold (it was
    held to the field rules only, so a merge could turn a final assessment into a draft)."""
    path, _sender, receiver = _crafted(samples, rule, merge=True)
    revisions = _revision_count(receiver)
    with pytest.raises(SyncError) as caught:
        import_bundle(receiver, path)
    message = str(caught.value)
    assert caught.value.exit_code == 4 and "\n" not in message
    assert rule.kind in message and "not the merge of its parents" in message
    assert any(name in message for name in rule.refuses), message
    assert _revision_count(receiver) == revisions


def test_a_bundle_holding_only_sound_records_of_the_same_shape_imports(
    samples: Samples,
) -> None:
    """The crafting above is not what is refused: with values that pass, it imports."""
    rule = next(r for r in RULES if r.kind == "partner" and r.field == "phase")
    sound = Rule(**{**rule.__dict__, "refuses": {"phase": "implementing"}})
    path, _sender, receiver = _crafted(samples, sound)
    assert import_bundle(receiver, path).applied
    path, _sender, receiver = _crafted(samples, sound, merge=True)
    with pytest.raises(SyncError, match="phase differs"):
        import_bundle(receiver, path)  # the merge holds a phase neither parent holds


def test_a_true_merge_of_the_same_shape_imports(samples: Samples) -> None:
    rule = next(r for r in RULES if r.kind == "partner" and r.field == "phase")
    path, _sender, receiver = _crafted(
        samples, Rule(**{**rule.__dict__, "refuses": {}}), merge=True
    )
    assert import_bundle(receiver, path).applied


# --- through a conflict's resolution -----------------------------------------------------


def _open_conflict(vault: Vault, kind: str, record_id: str, field: str) -> str:
    with vault.transaction() as session:
        head = session.get(MODEL_BY_KIND[kind], record_id)
        revision = from_stored(
            session.scalars(
                select(RecordRevision).where(
                    RecordRevision.record_id == record_id, RecordRevision.rev == head.rev
                )
            ).one()
        )
        value = revision.body.get(field)
        entry = conflict_entry(
            revision,
            [FieldConflict(field, value, value, value, "local")],
            revision.rev,
            revision.rev,
            kind,
            str(uuid7()),
            "2026-03-02T10:00:00.000000Z",
        )
        record_conflicts(session, [entry], [], "2026-03-02T10:00:00.000000Z")
        return entry.id


@pytest.mark.parametrize("rule", RULES, ids=_rule_id)
def test_every_rule_is_refused_through_conflict_resolution(samples: Samples, rule: Rule) -> None:
    hq = samples.world.hq
    record_id = samples.ids[rule.kind]
    conflict = _open_conflict(hq, rule.kind, record_id, rule.field)
    try:
        if rule.before:
            # A transition starts from another state: a first resolution settles into it.
            resolve_conflict(hq, conflict, {k: _text(v) for k, v in rule.before.items()})
            conflict = _open_conflict(hq, rule.kind, record_id, rule.field)
        revisions = _revision_count(hq)
        before = _head_body(hq, rule.kind, record_id)
        with pytest.raises(SyncError) as caught:
            resolve_conflict(hq, conflict, {k: _text(v) for k, v in rule.refuses.items()})
        message = str(caught.value)
        assert rule.field in message and "\n" not in message
        assert _revision_count(hq) == revisions
        assert _head_body(hq, rule.kind, record_id) == before
        assert conflict in [c.id for c in list_conflicts(hq)]  # still open
    finally:
        # Put the sample back as it was for the next rule.
        open_ids = [c.id for c in list_conflicts(hq)]
        if rule.before and conflict in open_ids:
            original = _head_body(samples.world.devices[0], rule.kind, record_id)
            resolve_conflict(
                hq, conflict, {k: _text(original[k]) for k in (*rule.before, *rule.refuses)}
            )


# --- the findings, as reported ----------------------------------------------------------


def _with_values(rule_field: str, values: dict[str, Any], kind: str = "partner") -> Rule:
    base = next(r for r in RULES if r.kind == kind and r.field == rule_field)
    return Rule(**{**base.__dict__, "refuses": values, "before": {}})


@pytest.mark.parametrize(
    "values",
    [{"phase": "../../etc/passwd"}, {"name": " "}],
    ids=["phase-path", "blank-name"],
)
def test_a_partner_from_a_bundle_with_a_value_an_edit_refuses_is_refused(
    samples: Samples, values: dict[str, Any]
) -> None:
    (field,) = values
    path, _sender, hq = _crafted(samples, _with_values(field, values))
    revisions = _revision_count(hq)
    with pytest.raises(SyncError) as caught:
        import_bundle(hq, path)
    assert caught.value.exit_code == 4 and field in str(caught.value)
    assert _revision_count(hq) == revisions


@pytest.mark.parametrize("kind", ["action", "project", "assessment"])
def test_resolving_a_conflict_with_a_status_outside_the_vocabulary_is_refused(
    samples: Samples, kind: str
) -> None:
    hq = samples.world.hq
    record_id = samples.ids[kind]
    conflict = _open_conflict(hq, kind, record_id, "status")
    before = _head_body(hq, kind, record_id)
    with pytest.raises(SyncError, match="status: 'banana' is not one of"):
        resolve_conflict(hq, conflict, {"status": "banana"})
    assert _head_body(hq, kind, record_id) == before
    resolve_conflict(hq, conflict, "local")  # settled with the value it had


def test_a_final_assessment_becomes_a_draft_only_as_reopening_makes_it_one(
    samples: Samples,
) -> None:
    hq = samples.world.hq
    record_id = samples.ids["assessment"]
    final = {
        "status": "final",
        "results": '{"rating": "low"}',
        "finalised_at": "2026-03-01T09:00:00.000000Z",
    }
    resolve_conflict(hq, _open_conflict(hq, "assessment", record_id, "status"), final)
    conflict = _open_conflict(hq, "assessment", record_id, "status")
    with pytest.raises(SyncError, match="becomes a draft only by reopening it"):
        resolve_conflict(hq, conflict, {"status": "draft"})
    assert _head_body(hq, "assessment", record_id)["status"] == "final"
    # Reopening's own shape is accepted: results, finalisation time and decision cleared.
    resolve_conflict(hq, conflict, {"status": "draft", "results": "{}", "finalised_at": ""})
    assert _head_body(hq, "assessment", record_id)["status"] == "draft"


def _stored_row(vault: Vault, kind: str, record_id: str) -> tuple[Any, ...]:
    table = MODEL_BY_KIND[kind].__table__  # type: ignore[attr-defined]
    with vault.session() as session:
        query = f"SELECT * FROM {table.name} WHERE id = ?"
        return tuple(session.connection().exec_driver_sql(query, (record_id,)).one())


def test_an_imported_record_is_stored_exactly_as_its_author_stored_it(
    samples_template: Samples, tmp_path: Path
) -> None:
    """Import writes record rows from the revisions' text (dates, times, JSON, amounts)
    without the ORM: the stored values are the very ones the authoring vault stored."""
    world = reopen_world(samples_template.world, tmp_path / "world")
    try:
        d0, hq = world.devices[0], world.hq
        for kind, record_id in samples_template.ids.items():
            if kind == "template":
                continue  # made at HQ, as organisation templates are
            assert _stored_row(hq, kind, record_id) == _stored_row(d0, kind, record_id), kind
    finally:
        world.lock()
