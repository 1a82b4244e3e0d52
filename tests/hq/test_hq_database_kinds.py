"""HQ's database and a field vault are two kinds of ``Database``: what only a vault has
(creating, unlocking, its header, escrow, backups, its security settings) is not on
``HqDatabase``, so mypy refuses a call of it, and the command line refuses a vault-only
command given HQ's URL instead of doing it somewhere wrong."""

from __future__ import annotations

from pathlib import Path

import pytest
from mypy import api as mypy_api

from fieldpartner.cli import main
from fieldpartner.vault import Database, Vault
from fieldpartner.vault.hq import HqDatabase

SRC = Path(__file__).resolve().parents[2] / "src"

VAULT_ONLY = ("create", "unlock", "unlock_with_recovery_key", "set_escrow", "verify")


def test_hq_database_is_a_database_and_not_a_vault() -> None:
    assert issubclass(HqDatabase, Database) and issubclass(Vault, Database)
    assert not issubclass(HqDatabase, Vault)
    for name in VAULT_ONLY:
        assert hasattr(Vault, name)
        assert not hasattr(HqDatabase, name), name
    for name in ("session", "transaction", "setting", "set_setting", "lock", "record_context"):
        assert hasattr(HqDatabase, name) and hasattr(Vault, name)


def test_mypy_refuses_what_only_a_vault_has_on_hq_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    snippet = tmp_path / "uses_hq.py"
    snippet.write_text(
        "from fieldpartner.sync.org import list_devices\n"
        "from fieldpartner.vault import Database\n"
        "from fieldpartner.vault.backup import make_backup\n"
        "from fieldpartner.vault.hq import HqDatabase\n"
        "from fieldpartner.vault.security import security_policy\n"
        "\n"
        "\n"
        "def use(hq: HqDatabase, any_kind: Database) -> None:\n"
        "    with hq.transaction() as session:\n"  # what both offer: accepted
        "        session.flush()\n"
        "    list_devices(hq)\n"
        "    hq.confirm_passphrase('typed again')\n"
        "    HqDatabase.unlock(hq.path, 'passphrase')\n"  # line 13
        "    hq.verify()\n"
        "    security_policy(hq)\n"
        "    make_backup(any_kind, hq.path)\n"
        "    hq.lock()\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("MYPYPATH", str(SRC))
    out, err, status = mypy_api.run(
        [
            "--cache-dir",
            str(tmp_path / "cache"),
            "--ignore-missing-imports",
            "--no-error-summary",
            "--show-error-codes",
            str(snippet),
        ]
    )
    assert status == 1, err
    lines = [line for line in out.splitlines() if ": error:" in line]
    assert [int(line.split(":")[1]) for line in lines] == [13, 14, 15, 16], out
    assert '"type[HqDatabase]" has no attribute "unlock"' in lines[0]
    assert '"HqDatabase" has no attribute "verify"' in lines[1]
    assert 'incompatible type "HqDatabase"; expected "Vault"' in lines[2]
    assert 'incompatible type "Database"; expected "Vault"' in lines[3]


NOT_A_FOLDER = "works on a vault folder; HQ's database is kept by its server"


@pytest.mark.parametrize(
    ("command", "code", "refusal"),
    [
        (["vault", "policy", "{url}", "--wipe-after", "7"], 4, "is not a vault (no vault.json)"),
        (["vault", "duress", "{url}", "--disable"], 4, "is not a vault (no vault.json)"),
        (["vault", "backup", "{url}", "{tmp}/backups"], 2, NOT_A_FOLDER),
        (["vault", "border", "{url}", "-o", "{tmp}/out.fpbundle"], 2, NOT_A_FOLDER),
        (["org", "join", "{url}", "{tmp}/org.fporg", "--fingerprint", "ABCD"], 2, NOT_A_FOLDER),
    ],
)
def test_a_vault_only_command_given_hqs_url_is_refused_and_writes_nothing(
    command: list[str],
    code: int,
    refusal: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("FIELDPARTNER_PASSPHRASE", "any passphrase at all")
    monkeypatch.chdir(tmp_path)
    url = "postgresql://fieldpartner@/hq?host=/nowhere"
    args = [part.format(url=url, tmp=tmp_path) for part in command]
    assert main(args) == code
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and refusal in err
    assert list(tmp_path.iterdir()) == []  # no "postgresql:" folder, no attempts.json
