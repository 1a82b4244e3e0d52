"""Fixtures of the CLI tests: ``cli`` runs the program as a subprocess (see clirunner)."""

from __future__ import annotations

from pathlib import Path

import pytest
from clirunner import Cli, make_cli


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return make_cli(tmp_path)
