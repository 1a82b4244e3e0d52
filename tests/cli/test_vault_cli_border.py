"""``vault border``: export for HQ, read back, remove what HQ holds; HQ's full bundle
fills the vault again. End to end as subprocesses."""

from __future__ import annotations

from pathlib import Path

from clirunner import make_cli, run_on_tty
from test_sync_cli import PASSPHRASE, cli, fields, two_vaults  # noqa: F401 (fixture)

from fieldpartner.domain.partners import add_partner, find_partner
from fieldpartner.vault import Vault


def _partners(path: Path) -> set[str]:
    with Vault.unlock(path, PASSPHRASE) as vault, vault.session() as session:
        from fieldpartner.domain.models import Partner

        return {p.name for p in session.query(Partner)}


def _join(hq: Path, dev: Path, tmp_path: Path) -> None:
    """HQ creates the organisation; the field vault joins it."""
    profile, backup = tmp_path / "org.fporg", tmp_path / "hq-identity.txt"
    assert cli("org", "create", hq, "--name", "Rights Org", "--profile-out", profile,
               "--identity-backup-out", backup).returncode == 0  # fmt: skip
    fingerprint = fields(cli("identity", "show", hq).stdout)["fingerprint"]
    assert cli("org", "join", dev, profile, "--fingerprint", fingerprint).returncode == 0


def test_border_then_refill_through_the_command_line(
    two_vaults: tuple[Path, Path],  # noqa: F811
    tmp_path: Path,
) -> None:
    hq, dev = two_vaults
    _join(hq, dev, tmp_path)
    device = fields(cli("identity", "show", dev).stdout)

    with Vault.unlock(dev, PASSPHRASE) as vault, vault.transaction() as session:
        add_partner(session, name="Acknowledged Monitors", country="KE")
    first = tmp_path / "first.fpbundle"
    assert cli("bundle", "export", dev, "-o", first).returncode == 0
    imported = cli("bundle", "import", hq, first, "--trust", device["fingerprint"])
    assert imported.returncode == 0, imported.stderr
    back = tmp_path / "back.fpbundle"
    assert cli("bundle", "export", hq, "-o", back, "--to", device["device"]).returncode == 0
    assert cli("bundle", "import", dev, back).returncode == 0
    with Vault.unlock(dev, PASSPHRASE) as vault, vault.transaction() as session:
        add_partner(session, name="Not Yet At HQ", country="UG")

    usage = cli("vault", "border", dev, "-o", tmp_path / "b.fpbundle", "--purge", "some")
    assert usage.returncode == 2
    refused = cli("vault", "border", hq, "-o", tmp_path / "hq.fpbundle")
    assert refused.returncode != 0 and refused.stderr.count("\n") == 1
    assert "field vault" in refused.stderr

    border = tmp_path / "border.fpbundle"
    crossed = cli("vault", "border", dev, "-o", border)
    assert crossed.returncode == 0, crossed.stderr
    summary = fields(crossed.stdout)
    assert summary["removed from this laptop"] == "1 partner"
    assert summary["kept (HQ has not acknowledged them yet)"] == "1 partner"
    assert _partners(dev) == {"Not Yet At HQ"}

    everything = cli("vault", "border", dev, "-o", tmp_path / "all.fpbundle", "--purge", "all")
    assert everything.returncode == 0, everything.stderr
    assert _partners(dev) == set()

    assert cli("bundle", "import", hq, border).returncode == 0
    refill = tmp_path / "refill.fpbundle"
    assert (
        cli("bundle", "export", hq, "-o", refill, "--to", device["device"], "--full").returncode
        == 0
    )
    assert cli("bundle", "import", dev, refill).returncode == 0
    assert _partners(dev) == {"Acknowledged Monitors", "Not Yet At HQ"}
    with Vault.unlock(dev, PASSPHRASE) as vault, vault.session() as session:
        assert find_partner(session, "Not Yet At HQ").country == "UG"


def test_border_shows_its_steps_on_a_terminal_and_only_the_summary_to_scripts(
    two_vaults: tuple[Path, Path],  # noqa: F811
    tmp_path: Path,
) -> None:
    hq, dev = two_vaults
    _join(hq, dev, tmp_path)
    with Vault.unlock(dev, PASSPHRASE) as vault, vault.transaction() as session:
        add_partner(session, name="Secret Shelter Collective", country="KE")

    scripted = cli("vault", "border", dev, "-o", tmp_path / "scripted.fpbundle")
    assert scripted.returncode == 0 and scripted.stderr == ""  # no terminal: no progress
    assert fields(scripted.stdout)["kept (HQ has not acknowledged them yet)"] == "1 partner"

    code, shown = run_on_tty(
        make_cli(tmp_path),
        "vault", "border", dev, "-o", tmp_path / "watched.fpbundle",
        env={"FIELDPARTNER_PASSPHRASE": PASSPHRASE},
        replies=[],
    )  # fmt: skip
    assert code == 0, shown
    # A terminal line ends in CR LF; within it, each CR rewrote the count in place.
    lines = [line.rstrip("\r").rsplit("\r", 1)[-1].strip() for line in shown.split("\n")]
    steps = [line for line in lines if line.split(":")[0] in (
        "writing records for HQ", "reading the bundle back",
        "removing records from this laptop", "compacting the vault",
    )]  # fmt: skip
    assert [s.split(":")[0] for s in steps] == [
        "writing records for HQ",
        "reading the bundle back",
        "removing records from this laptop",
        "compacting the vault",
    ]
    assert "reading the bundle back: 1/1" in steps and "compacting the vault: 1/1" in steps
    assert any(line.startswith("kept (HQ has not acknowledged them yet): ") for line in lines)
    assert "Secret Shelter" not in shown  # counts only, never record content
