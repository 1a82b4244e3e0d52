"""``vault backup PATH DEST`` and ``vault restore BACKUP PATH`` as HQ scripts run them."""

from __future__ import annotations

from pathlib import Path

from clirunner import Cli

from fieldpartner.cli.common import PASSPHRASE_ENV

PASSPHRASE = {PASSPHRASE_ENV: "correct horse battery staple"}


def test_backup_then_restore_from_the_command_line(
    cli: Cli, vault_path: Path, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    assert cli("partner", "add", vault_path, "--name", "Legal Aid", env=PASSPHRASE).code == 0
    made = cli("vault", "backup", vault_path, stick, "--remind-after", "14", env=PASSPHRASE)
    assert made.code == 0, made.err
    backup = Path(made.out.strip())
    assert backup.parent == stick and backup.name.startswith("Field-backup-")
    assert cli("vault", "verify", backup, env=PASSPHRASE).code == 0

    restored = cli("vault", "restore", backup, tmp_path / "Restored.fpvault", env=PASSPHRASE)
    assert restored.code == 0, restored.err
    listed = cli("partner", "list", tmp_path / "Restored.fpvault", env=PASSPHRASE)
    assert "Legal Aid" in listed.out


def test_backup_and_restore_failures_are_one_line_with_their_code(
    cli: Cli, vault_path: Path, tmp_path: Path
) -> None:
    missing = cli("vault", "backup", vault_path, tmp_path / "no-stick", env=PASSPHRASE)
    assert missing.code == 1
    assert missing.error_lines == [f"fieldpartner-cli: {tmp_path / 'no-stick'} is not a folder"]
    wrong = cli(
        "vault", "restore", vault_path, tmp_path / "R.fpvault", env={PASSPHRASE_ENV: "wrong one"}
    )
    assert wrong.code == 3, wrong.err
    assert not (tmp_path / "R.fpvault").exists()
    nothing = cli("vault", "restore", tmp_path / "none", tmp_path / "R.fpvault", env=PASSPHRASE)
    assert nothing.code == 4
