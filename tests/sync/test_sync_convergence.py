"""Property test: replicas converge, conflicts are recorded, no edit is lost.

HQ and three devices edit the same partners (same field and different fields
concurrently), delete them, edit after deletions they have not seen, create new ones, and
exchange bundles that are delivered late, twice, out of order or only at the end (lost,
then sent again). After a final round (every device to HQ, HQ to every device) every
replica must hold identical records and history, and every edit must either be in the
final record, have been overwritten by a later edit made with knowledge of it, or be
kept as a side of a recorded conflict.

Every edit writes a fresh value, so "reverting to an earlier value" (which a three-way
merge rightly treats as no change) does not blur the check.
"""

from __future__ import annotations

import os
import random
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sync_helpers import World, attributions, content_snapshot, open_hq_database, reopen_world

from fieldpartner.domain.models import Partner
from fieldpartner.domain.partners import add_partner, delete_partner, edit_partner
from fieldpartner.sync import import_bundle, list_conflicts
from fieldpartner.sync.merge import MERGE_DEVICE, ancestors
from fieldpartner.sync.records import from_stored
from fieldpartner.vault import Vault
from pg_server import PgServer

FIELDS = ("region", "acronym", "notes")
REPLICAS = 4  # HQ and three devices

operation = st.one_of(
    st.tuples(
        st.just("edit"),
        st.integers(0, REPLICAS - 1),
        st.integers(0, 3),
        st.sampled_from(FIELDS),
    ),
    st.tuples(st.just("delete"), st.integers(0, REPLICAS - 1), st.integers(0, 3)),
    st.tuples(st.just("create"), st.integers(0, REPLICAS - 1)),
    st.tuples(st.just("send"), st.integers(0, REPLICAS - 1), st.integers(1, REPLICAS - 1)),
    st.tuples(st.just("deliver"), st.integers(0, 50), st.booleans()),
)


@dataclass(frozen=True)
class Edit:
    record_id: str
    field: str
    value: str
    rev: str


@dataclass
class InFlight:
    path: Path
    to: int
    delivered: bool = False


def _partner(vault: Vault, record_id: str) -> Partner | None:
    with vault.session() as session:
        return session.get(Partner, record_id)


def _run(world: World, ops: list[tuple], shuffle: random.Random) -> None:  # type: ignore[type-arg]
    replicas = world.all
    with world.hq.session() as session:
        records = sorted(session.scalars(select(Partner.id)))
    edits: list[Edit] = []
    flights: list[InFlight] = []
    counter = 0

    def deliver(flight: InFlight) -> None:
        import_bundle(replicas[flight.to], flight.path)
        flight.delivered = True

    for op in ops:
        counter += 1
        kind = op[0]
        if kind == "edit":
            _, r, index, field = op
            vault = replicas[r]
            record_id = records[index % len(records)]
            partner = _partner(vault, record_id)
            if partner is None or partner.deleted:
                continue
            value = f"r{r}-{counter}"
            with vault.transaction() as session:
                edit_partner(session, session.get(Partner, record_id), **{field: value})
            after = _partner(vault, record_id)
            assert after is not None
            edits.append(Edit(record_id, field, value, after.rev))
        elif kind == "delete":
            _, r, index = op
            vault = replicas[r]
            partner = _partner(vault, records[index % len(records)])
            if partner is None or partner.deleted:
                continue
            with vault.transaction() as session:
                delete_partner(session, session.get(Partner, partner.id))
        elif kind == "create":
            _, r = op
            with replicas[r].transaction() as session:
                records.append(add_partner(session, name=f"Partner {counter}").id)
        elif kind == "send":
            _, r, device = op
            if r == 0:
                target = replicas[device]
                flights.append(InFlight(world.send_to_device(target), device))
            else:
                flights.append(InFlight(world.send_to_hq(replicas[r]), 0))
        elif kind == "deliver" and flights:
            _, index, twice = op
            flight = flights[index % len(flights)]
            deliver(flight)
            if twice:
                deliver(flight)

    # Lost bundles are sent again, then one full round through HQ.
    for flight in flights:
        if not flight.delivered:
            deliver(flight)
    for device in world.devices:
        import_bundle(world.hq, world.send_to_hq(device))
    for device in world.devices:
        import_bundle(device, world.send_to_device(device))

    expected = content_snapshot(world.hq, audit=False)
    for vault in world.devices:
        assert content_snapshot(vault, audit=False) == expected, "replicas did not converge"
    _check_attributions(world)
    _check_no_edit_lost(world.hq, edits)

    # Every bundle again, in a random order, some twice: nothing changes anywhere.
    before = [content_snapshot(vault) for vault in replicas]
    replay = [flight for flight in flights for _ in range(1 + shuffle.randrange(2))]
    shuffle.shuffle(replay)
    for flight in replay:
        import_bundle(replicas[flight.to], flight.path)
    assert [content_snapshot(vault) for vault in replicas] == before


def _check_attributions(world: World) -> None:
    """Replicas agree on who made each revision, except where two replicas made the
    identical revision independently (both deleted a record): then each attribution is
    true, by the replica named, which holds the revision as its own."""
    held = [attributions(vault) for vault in world.all]
    ids = [vault.device_id for vault in world.all]
    for key in held[0]:
        seen = {h[key] for h in held}
        if len(seen) == 1:
            continue
        for device_id, _author, _time in seen:
            assert device_id != MERGE_DEVICE, key
            assert device_id in ids, f"{key} is attributed to a device that never made it"
            maker = held[ids.index(device_id)]
            assert maker[key][0] == device_id, f"{key}: {device_id} did not make it"


def _check_no_edit_lost(hq: Vault, edits: list[Edit]) -> None:
    from fieldpartner.domain.models import RecordRevision

    conflicts = list_conflicts(hq, include_resolved=True)
    kept = {
        (c.record_id, f.field, side)
        for c in conflicts
        for f in c.fields
        for side in (f.local, f.incoming)
    }
    with hq.session() as session:
        for edit in edits:
            history = {
                row.rev: from_stored(row)
                for row in session.scalars(
                    select(RecordRevision).where(RecordRevision.record_id == edit.record_id)
                )
            }
            final = session.get(Partner, edit.record_id)
            assert final is not None
            later = [
                r
                for r in history.values()
                if r.rev != edit.rev
                and r.device_id != MERGE_DEVICE
                and edit.rev in ancestors(history, r.rev)
            ]
            if getattr(final, edit.field) != edit.value:
                overwritten = any(edit.field in r.changed_fields for r in later)
                assert overwritten or (edit.record_id, edit.field, edit.value) in kept, (
                    f"edit {edit} was lost without a conflict"
                )
            if final.deleted:
                assert any(r.deleted and "deleted" in r.changed_fields for r in later), (
                    f"edit {edit} vanished under a deletion made without knowing it"
                )


@settings(
    max_examples=int(os.environ.get("FIELDPARTNER_SYNC_EXAMPLES", "15")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(ops=st.lists(operation, min_size=5, max_size=25), shuffle=st.randoms(use_true_random=False))
@pytest.mark.parametrize("hq_on", ["vault", "postgresql"])
def test_replicas_converge_and_no_edit_is_lost(
    world_template: World,
    hq_on: str,
    request: pytest.FixtureRequest,
    ops: list[tuple],  # type: ignore[type-arg]
    shuffle: random.Random,
) -> None:
    """With HQ a vault, and with HQ on PostgreSQL (the same world's HQ moved there)."""
    with tempfile.TemporaryDirectory() as folder:
        world = reopen_world(world_template, Path(folder) / "w")
        try:
            if hq_on == "postgresql":
                server: PgServer = request.getfixturevalue("pg_server")
                template = request.getfixturevalue("world_hq_database")
                open_hq_database(world, server.new_database(template=template))
            _run(world, ops, shuffle)
        finally:
            world.lock()


def test_concurrent_same_field_edits_on_three_devices_all_recorded(
    world_template: World, tmp_path: Path
) -> None:
    world = reopen_world(world_template, tmp_path / "w")
    try:
        ops = [("edit", r, 0, "region") for r in (1, 2, 3)] + [("send", r, 1) for r in (1, 2, 3)]
        _run(world, ops, random.Random(1))
        values = {
            side
            for c in list_conflicts(world.hq, include_resolved=True)
            for f in c.fields
            for side in (f.local, f.incoming)
        }
        assert {"r1-1", "r2-2", "r3-3"} <= values
    finally:
        world.lock()
