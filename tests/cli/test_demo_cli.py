"""``demo PATH``: a vault of fictional data from the command line."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from clirunner import Cli

from fieldpartner.cli.common import PASSPHRASE_ENV

PASSPHRASE = "demo passphrase for the tests"


def test_small_demo_prints_counts_and_time_and_opens(cli: Cli, tmp_path: Path) -> None:
    vault = tmp_path / "Demo.fpvault"
    env = {PASSPHRASE_ENV: PASSPHRASE}
    made = cli("demo", vault, "--size", "small", "--seed", "11", env=env)
    assert made.code == 0, made.err
    assert re.search(r"partner\s+40\b", made.out)
    assert re.search(r"Took \d+\.\d s", made.out)
    listed = cli("partner", "list", vault, "--json", env=env)
    assert listed.code == 0, listed.err
    assert len(json.loads(listed.out)) == 40


def test_demo_refuses_an_existing_vault(cli: Cli, vault_path: Path) -> None:
    header = (vault_path / "vault.json").read_bytes()
    result = cli("demo", vault_path, env={PASSPHRASE_ENV: PASSPHRASE})
    assert result.code == 1
    assert (vault_path / "vault.json").read_bytes() == header


@pytest.mark.slow
@pytest.mark.skipif(
    os.environ.get("FIELDPARTNER_SLOW") != "1", reason="large demo: set FIELDPARTNER_SLOW=1"
)
def test_large_demo_is_the_reference_vault(cli: Cli, tmp_path: Path) -> None:
    vault = tmp_path / "Large.fpvault"
    made = cli("demo", vault, "--size", "large", env={PASSPHRASE_ENV: PASSPHRASE})
    assert made.code == 0, made.err
    for kind, count in [
        ("partner", 2_000),
        ("assessment", 10_000),
        ("action", 20_000),
        ("workshop", 3_000),
        ("attachment", 500),
    ]:
        assert re.search(rf"\b{kind}\s+{count:,}\b", made.out), (kind, made.out)
