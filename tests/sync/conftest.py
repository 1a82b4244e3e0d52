"""A small organisation (HQ and three devices, two shared partners) made once per session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sync_helpers import World, build_world, import_bundle, reopen_world

from fieldpartner.domain.partners import add_partner


@pytest.fixture(scope="session")
def world_template(
    _template_vault: tuple[Path, str], tmp_path_factory: pytest.TempPathFactory
) -> World:
    world = build_world(_template_vault[0], tmp_path_factory.mktemp("world"), n_devices=3)
    with world.hq.transaction() as session:
        add_partner(session, name="Kenya Rights Watch", country="KE")
        add_partner(session, name="Sudan Monitors", country="SD")
    for device in world.devices:
        import_bundle(device, world.send_to_device(device))
    world.lock()
    return world


@pytest.fixture
def world(world_template: World, tmp_path: Path) -> Iterator[World]:
    opened = reopen_world(world_template, tmp_path / "world")
    yield opened
    opened.lock()
