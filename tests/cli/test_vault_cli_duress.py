"""``vault duress``: the duress passphrase never on the command line; typed instead of the
passphrase it leaves only the decoy; run as a subprocess."""

from __future__ import annotations

import json
from pathlib import Path

from clirunner import Cli

from fieldpartner.cli.common import PASSPHRASE_ENV, RECOVERY_KEY_ENV
from fieldpartner.cli.vault import DURESS_PASSPHRASE_ENV

TEST_PASSPHRASE = "correct horse battery staple"  # tests/conftest.py
RIGHT = {PASSPHRASE_ENV: TEST_PASSPHRASE}
DURESS = "lemon tree by the old station"


def _partners(cli: Cli, vault: Path, passphrase: str) -> list[str]:
    listed = cli("partner", "list", vault, "--json", env={PASSPHRASE_ENV: passphrase})
    assert listed.code == 0, listed.err
    return [p["name"] for p in json.loads(listed.out)]


def test_duress_leaves_only_the_decoy(cli: Cli, vault_path: Path, recovery_key: str) -> None:
    added = cli("partner", "add", vault_path, "--name", "Real Partner Under Threat", env=RIGHT)
    assert added.code == 0, added.err
    enabled = cli(
        "vault", "duress", vault_path, "--enable", "--decoy-partner", "Community Radio Network",
        env={**RIGHT, DURESS_PASSPHRASE_ENV: DURESS},
    )  # fmt: skip
    assert enabled.code == 0, enabled.err
    assert _partners(cli, vault_path, TEST_PASSPHRASE) == ["Real Partner Under Threat"]

    assert _partners(cli, vault_path, DURESS) == ["Community Radio Network"]

    assert cli("partner", "list", vault_path, env=RIGHT).code == 3
    cli.secrets.add(recovery_key)
    recovered = cli(
        "vault", "recover", vault_path,
        env={RECOVERY_KEY_ENV: recovery_key, "FIELDPARTNER_NEW_PASSPHRASE": "a fresh start now"},
    )  # fmt: skip
    assert recovered.code == 3


def test_duress_refuses_without_the_passphrase_or_a_duress_passphrase(
    cli: Cli, vault_path: Path
) -> None:
    header = (vault_path / "vault.json").read_bytes()
    no_duress = cli("vault", "duress", vault_path, "--enable", env=RIGHT)
    assert no_duress.code == 2 and DURESS_PASSPHRASE_ENV in no_duress.err
    wrong = cli(
        "vault", "duress", vault_path, "--enable",
        env={PASSPHRASE_ENV: "not the passphrase at all", DURESS_PASSPHRASE_ENV: DURESS},
    )  # fmt: skip
    assert wrong.code == 3
    weak = cli(
        "vault", "duress", vault_path, "--enable",
        env={**RIGHT, DURESS_PASSPHRASE_ENV: "qwertyuiop"},
    )  # fmt: skip
    assert weak.code == 4
    assert (vault_path / "vault.json").read_bytes() == header
    assert cli("vault", "duress", vault_path).code == 2  # --enable or --disable


def test_disable_removes_the_duress_passphrase(cli: Cli, vault_path: Path) -> None:
    env = {**RIGHT, DURESS_PASSPHRASE_ENV: DURESS}
    assert cli("vault", "duress", vault_path, "--enable", env=env).code == 0
    disabled = cli("vault", "duress", vault_path, "--disable", env=RIGHT)
    assert disabled.code == 0, disabled.err
    assert cli("partner", "list", vault_path, env={PASSPHRASE_ENV: DURESS}).code == 3
    assert cli("partner", "list", vault_path, env=RIGHT).code == 0
