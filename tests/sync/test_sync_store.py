"""How sync reads record sets: one JSON parameter per id set, the same rows as ``IN``."""

from __future__ import annotations

from sqlalchemy import select
from sync_helpers import World

from fieldpartner.domain.models import Partner
from fieldpartner.domain.partners import add_partner
from fieldpartner.sync.store import one_of, read_heads, read_histories


def test_one_of_binds_one_parameter_however_many_values() -> None:
    values = [f"id-{n:04d}" for n in range(2000)]
    compiled = select(Partner.id).where(one_of(Partner.id, values)).compile()
    assert list(compiled.params.values()) == [
        "[" + ",".join(f'"{v}"' for v in sorted(values)) + "]"
    ]


def test_reads_find_exactly_the_records_asked_for(world: World) -> None:
    with world.hq.transaction() as session:
        made = [add_partner(session, name=f"Partner {n}", country="KE").id for n in range(12)]
    asked = [*made[:7], "0190aaaa-0000-7000-8000-000000000000"]
    with world.hq.session() as session:
        heads = read_heads(session, "partner", asked)
        rows = session.scalars(select(Partner.id).where(one_of(Partner.id, asked))).all()
        histories = read_histories(session, "partner", asked)
    assert sorted(heads) == sorted(made[:7]) == sorted(rows) == sorted(histories)
    assert all(len(history) == 1 for history in histories.values())
