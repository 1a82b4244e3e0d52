"""HQ on PostgreSQL: the tests share the sync tests' helpers (an organisation of vaults)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))

from collections.abc import Iterator

import pytest
from sync_helpers import World, build_world, import_bundle, reopen_world

from fieldpartner.domain.partners import add_partner


@pytest.fixture(scope="session")
def hq_world_template(
    _template_vault: tuple[Path, str], tmp_path_factory: pytest.TempPathFactory
) -> World:
    """HQ (a vault) and two devices, two partners everywhere, one device's edit in HQ."""
    world = build_world(_template_vault[0], tmp_path_factory.mktemp("hqworld"), n_devices=2)
    with world.hq.transaction() as session:
        add_partner(session, name="Kenya Rights Watch", country="KE")
        add_partner(session, name="Sudan Monitors", country="SD")
    for device in world.devices:
        import_bundle(device, world.send_to_device(device))
    world.lock()
    return world


@pytest.fixture
def hq_world(hq_world_template: World, tmp_path: Path) -> Iterator[World]:
    opened = reopen_world(hq_world_template, tmp_path / "world")
    yield opened
    opened.lock()
