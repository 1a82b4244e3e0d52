"""fieldpartner-cli org | identity | bundle | device | partner assign | conflict, end to end
as subprocesses, with the exit codes of DESIGN.md."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from fieldpartner.domain.ids import uuid7
from fieldpartner.domain.partners import add_partner, edit_partner, find_partner
from fieldpartner.vault import Vault

PASSPHRASE = "correct horse battery staple"


def cli(*args: str | Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FIELDPARTNER_PASSPHRASE": PASSPHRASE}
    return subprocess.run(
        [sys.executable, "-m", "fieldpartner.cli", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        input=stdin,
        timeout=120,
    )


def fields(output: str) -> dict[str, str]:
    found = {}
    for line in output.splitlines():
        key, sep, value = line.partition(": ")
        if sep:
            found.setdefault(key, value)
    return found


@pytest.fixture
def two_vaults(_template_vault: tuple[Path, str], tmp_path: Path) -> tuple[Path, Path]:
    hq, dev = tmp_path / "HQ.fpvault", tmp_path / "Dev.fpvault"
    shutil.copytree(_template_vault[0], hq)
    shutil.copytree(_template_vault[0], dev)
    with Vault.unlock(dev, PASSPHRASE) as vault:
        vault.set_setting("device_id", uuid7())
    return hq, dev


def _edit(path: Path, name: str, **changes: str) -> None:
    with Vault.unlock(path, PASSPHRASE) as vault, vault.transaction() as session:
        edit_partner(session, find_partner(session, name), **changes)


def test_sync_story_through_the_command_line(two_vaults: tuple[Path, Path], tmp_path: Path) -> None:
    hq, dev = two_vaults
    profile, backup = tmp_path / "org.fporg", tmp_path / "hq-identity.txt"

    created = cli(
        "org",
        "create",
        hq,
        "--name",
        "Rights Org",
        "--profile-out",
        profile,
        "--identity-backup-out",
        backup,
    )
    assert created.returncode == 0, created.stderr
    shown = fields(cli("identity", "show", hq).stdout)
    assert {"device", "fingerprint", "recipient"} <= set(shown)
    assert shown["recipient"].startswith("age1")
    assert "AGE-SECRET-KEY-1" in backup.read_text()

    wrong = cli("org", "join", dev, profile, "--fingerprint", "AAAA-BBBB-CCCC-DDDD-EEEE")
    assert wrong.returncode == 5 and wrong.stderr.count("\n") == 1
    joined = cli("org", "join", dev, profile, "--fingerprint", shown["fingerprint"].lower())
    assert joined.returncode == 0, joined.stderr
    device = fields(cli("identity", "show", dev).stdout)

    with Vault.unlock(dev, PASSPHRASE) as vault, vault.transaction() as session:
        add_partner(session, name="Kenya Rights Watch", country="KE")
    bundle = tmp_path / "dev1.fpbundle"
    exported = cli("bundle", "export", dev, "-o", bundle)
    assert exported.returncode == 0, exported.stderr
    assert fields(exported.stdout)["records"] == "1"

    # HQ decrypts with the standard tool and its identity backup.
    plain = subprocess.run(["age", "-d", "-i", backup, bundle], capture_output=True, check=True)
    assert plain.stdout[257:262] == b"ustar"

    unknown = cli("bundle", "import", hq, bundle)
    assert unknown.returncode == 5 and device["fingerprint"] in unknown.stderr
    mistrusted = cli("bundle", "import", hq, bundle, "--trust", shown["fingerprint"])
    assert mistrusted.returncode == 5
    imported = cli("bundle", "import", hq, bundle, "--trust", device["fingerprint"])
    assert imported.returncode == 0, imported.stderr
    assert "partner: create 1" in imported.stdout
    again = cli("bundle", "import", hq, bundle)
    assert again.returncode == 0 and "already imported" in again.stdout
    inspected = cli("bundle", "inspect", hq, bundle)
    assert inspected.returncode == 0 and fields(inspected.stdout)["from"] == device["device"]

    listing = cli("device", "list", hq, "--json")
    [listed] = json.loads(listing.stdout)
    assert listed["device_id"] == device["device"]
    assert listed["bundles_received"] == 1 and listed["gaps"] == []
    assert listed["last_sequence"] > 0 and listed["last_bundle_at"]
    text = cli("device", "list", hq)
    assert text.returncode == 0 and "bundles 1" in text.stdout
    assigned = cli("partner", "assign", hq, "Kenya Rights Watch", "--device", device["device"])
    assert assigned.returncode == 0, assigned.stderr
    args = ("partner", "assign", hq, "Kenya Rights Watch", "--device", device["device"][-8:])
    removed = cli(*args, "--remove")
    assert removed.returncode == 0 and "unassigned" in removed.stdout, removed.stderr
    again = cli(*args, "--remove")
    assert again.returncode != 0 and "not assigned" in again.stderr
    assert cli(*args).returncode == 0

    # Concurrent edits of the same field: a conflict on both sides, settled at HQ.
    _edit(hq, "Kenya Rights Watch", region="Nairobi")
    _edit(dev, "Kenya Rights Watch", region="Mombasa")
    to_dev = tmp_path / "hq1.fpbundle"
    assert cli("bundle", "export", hq, "-o", to_dev, "--to", device["device"]).returncode == 0
    to_hq = tmp_path / "dev2.fpbundle"
    assert cli("bundle", "export", dev, "-o", to_hq).returncode == 0
    assert cli("bundle", "import", dev, to_dev).returncode == 0
    assert cli("bundle", "import", hq, to_hq).returncode == 0
    conflicts = json.loads(cli("conflict", "list", hq, "--json").stdout)
    assert len(conflicts) == 1 and conflicts[0]["fields"][0]["field"] == "region"
    assert json.loads(cli("conflict", "list", dev, "--json").stdout)[0]["id"] == conflicts[0]["id"]
    resolved = cli("conflict", "resolve", hq, conflicts[0]["id"], "--take", "region=Kisumu")
    assert resolved.returncode == 0, resolved.stderr
    assert json.loads(cli("conflict", "list", hq, "--json").stdout) == []
    (settled,) = json.loads(cli("conflict", "list", hq, "--json", "--all").stdout)
    assert settled["status"] == "resolved" and settled["resolution"] == "taken: region"
    assert set(settled) == {*conflicts[0], "resolved_at", "resolved_rev"}
    assert json.loads(cli("conflict", "list", hq, "--json", "--all", "--offset", "1").stdout) == []
    # The bundle history, newest first, a page at a time.
    history = json.loads(cli("bundle", "history", hq, "--json").stdout)
    assert history[0]["file_name"] == to_hq.name and history[0]["direction"] == "received"
    page = json.loads(
        cli("bundle", "history", hq, "--json", "--limit", "2", "--offset", "1").stdout
    )
    assert page == history[1:3]
    assert cli("bundle", "history", hq, "--limit", "many").returncode == 2

    # A tampered bundle, a bundle for someone else, a revoked device.
    tampered = tmp_path / "tampered.fpbundle"
    data = bytearray(to_hq.read_bytes())
    data[len(data) // 2] ^= 0x40
    tampered.write_bytes(bytes(data))
    bad = cli("bundle", "import", hq, tampered)
    assert bad.returncode == 4 and bad.stderr.startswith("fieldpartner-cli: ")
    assert cli("bundle", "import", dev, to_hq).returncode == 0  # the sender re-reads its own
    assert cli("device", "revoke", hq, device["device"]).returncode == 0
    _edit(dev, "Kenya Rights Watch", notes="after revocation")
    late = tmp_path / "dev3.fpbundle"
    assert cli("bundle", "export", dev, "-o", late).returncode == 0
    refused = cli("bundle", "import", hq, late)
    assert refused.returncode == 5 and "revoked" in refused.stderr


def test_bundle_not_addressed_to_the_vault_exits_3(
    two_vaults: tuple[Path, Path], tmp_path: Path
) -> None:
    hq, dev = two_vaults
    profile, backup = tmp_path / "org.fporg", tmp_path / "hq.txt"
    cli(
        "org",
        "create",
        hq,
        "--name",
        "Org",
        "--profile-out",
        profile,
        "--identity-backup-out",
        backup,
    )
    fingerprint = fields(cli("identity", "show", hq).stdout)["fingerprint"]
    assert cli("org", "join", dev, profile, "--fingerprint", fingerprint).returncode == 0
    bundle = tmp_path / "b.fpbundle"
    assert cli("bundle", "export", dev, "-o", bundle).returncode == 0
    other = tmp_path / "Other.fpvault"
    shutil.copytree(hq, other)
    with Vault.unlock(other, PASSPHRASE) as vault:
        vault.set_setting("sync.identity", None)
        vault.set_setting("device_id", uuid7())
    result = cli("bundle", "import", other, bundle)
    assert result.returncode == 3 and "not addressed" in result.stderr


def test_conflict_resolve_usage_errors(two_vaults: tuple[Path, Path]) -> None:
    hq, _ = two_vaults
    result = cli("conflict", "resolve", hq, "abc", "--take", "nonsense")
    assert result.returncode == 2
    missing = cli("conflict", "resolve", hq, "abc", "--take", "local")
    assert missing.returncode == 4
