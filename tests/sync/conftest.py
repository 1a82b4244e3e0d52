"""A small organisation (HQ and three devices, two shared partners) made once per session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sync_helpers import World, build_shared_world, move_hq_to_postgresql, reopen_world

from pg_server import PgServer


@pytest.fixture(scope="session")
def world_template(
    _template_vault: tuple[Path, str], tmp_path_factory: pytest.TempPathFactory
) -> World:
    return build_shared_world(_template_vault[0], tmp_path_factory.mktemp("world"), 3)


@pytest.fixture
def world(world_template: World, tmp_path: Path) -> Iterator[World]:
    opened = reopen_world(world_template, tmp_path / "world")
    yield opened
    opened.lock()


@pytest.fixture(scope="session")
def world_hq_database(
    world_template: World, pg_server: PgServer, tmp_path_factory: pytest.TempPathFactory
) -> str:
    """The name of a PostgreSQL database holding the template world's HQ, moved there as by
    ``hq init --from-vault``; tests copy it (``PgServer.new_database(template=…)``)."""
    world = reopen_world(world_template, tmp_path_factory.mktemp("pgworld"))
    url = pg_server.new_database()
    try:
        move_hq_to_postgresql(world, url)
    finally:
        world.lock()
    return PgServer.database_of(url)
