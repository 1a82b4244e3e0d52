"""Several bundles at once: the CLI and the application apply them in one order (each
sender's in the order of its changes), each bundle once, from sync.importer."""

from __future__ import annotations

from pathlib import Path

from sync_helpers import World

from fieldpartner.domain.partners import edit_partner, find_partner
from fieldpartner.sync import import_bundles
from fieldpartner.sync.importer import QueuedBundle, import_order


def test_import_order_is_per_sender_by_sequence_and_drops_repeats() -> None:
    a1 = QueuedBundle(Path("z-first.fpbundle"), "b1", "device-a", (0, 5))
    a2 = QueuedBundle(Path("a-second.fpbundle"), "b2", "device-a", (5, 9))
    b1 = QueuedBundle(Path("m.fpbundle"), "b3", "device-b", (0, 2))
    again = QueuedBundle(Path("copy-of-first.fpbundle"), "b1", "device-a", (0, 5))
    ordered, duplicates = import_order([a2, a1, b1, again])
    assert ordered == [a1, a2, b1]
    assert duplicates == {again.path: a1.path}


def test_bundles_given_out_of_order_and_twice_import_in_order_once(world: World) -> None:
    d0 = world.devices[0]
    files = []
    for region in ("Turkana", "Kisumu", "Mombasa"):
        with d0.transaction() as session:
            edit_partner(session, find_partner(session, "Kenya Rights Watch"), region=region)
        files.append(world.send_to_hq(d0))
    first, second, third = files
    copy = world.folder / "copy-of-the-first.fpbundle"
    copy.write_bytes(first.read_bytes())
    results, duplicates = import_bundles(world.hq, [third, copy, second, first])
    assert [path for path, _ in results] in ([first, second, third], [copy, second, third])
    assert duplicates in ({first: copy}, {copy: first})
    assert all(result.applied for _, result in results)
    assert not results[-1][1].plan.gaps
    with world.hq.session() as session:
        assert find_partner(session, "Kenya Rights Watch").region == "Mombasa"
