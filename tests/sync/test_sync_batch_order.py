"""Several bundles at once: the CLI and the application apply them in one order (each
sender's in the order of its changes), each bundle once, from sync.importer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sync_helpers import World

from fieldpartner.domain.partners import edit_partner, find_partner
from fieldpartner.sync import import_bundles, preview_bundle
from fieldpartner.sync.bundle_v1 import BundleReaderV1, OpenedBundle
from fieldpartner.sync.importer import QueuedBundle, import_order, queue_bundle


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


def _count_opens(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every check of a bundle's signed manifest (the pass that reads a whole file before
    anything else), by the bundle id it found."""
    opened: list[str] = []
    original = BundleReaderV1.open

    def counting(reader: BundleReaderV1, source: Any) -> OpenedBundle:
        bundle = original(reader, source)
        opened.append(bundle.bundle_id)
        return bundle

    monkeypatch.setattr(BundleReaderV1, "open", counting)
    return opened


def test_a_batch_reads_each_file_for_its_signed_manifest_once(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    d0, d1 = world.devices[0], world.devices[1]
    with d0.transaction() as session:
        edit_partner(session, find_partner(session, "Kenya Rights Watch"), region="Turkana")
    first = world.send_to_hq(d0)
    with d1.transaction() as session:
        edit_partner(session, find_partner(session, "Sudan Monitors"), region="Darfur")
    second = world.send_to_hq(d1)
    copy = world.folder / "copy-of-the-first.fpbundle"
    copy.write_bytes(first.read_bytes())
    opened = _count_opens(monkeypatch)
    results, duplicates = import_bundles(world.hq, [second, first, copy])
    assert all(result.applied for _, result in results) and len(results) == 2
    assert len(duplicates) == 1
    # Three files, three checks of a manifest: queueing checked each, importing reused it.
    first_id = next(r.plan.bundle_id for p, r in results if p in (first, copy))
    second_id = next(r.plan.bundle_id for p, r in results if p == second)
    assert sorted(opened) == sorted([first_id, first_id, second_id])


def test_a_preview_of_a_queued_bundle_does_not_check_its_manifest_again(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    d0 = world.devices[0]
    with d0.transaction() as session:
        edit_partner(session, find_partner(session, "Kenya Rights Watch"), region="Turkana")
    path = world.send_to_hq(d0)
    opened = _count_opens(monkeypatch)
    entry = queue_bundle(world.hq, path)
    plan = preview_bundle(world.hq, path, opened=entry.opened)
    assert opened == [plan.bundle_id]
    assert plan.counts()["partner"]["fast_forward"] == 1
