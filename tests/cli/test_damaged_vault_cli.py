"""A damaged vault.db is reported in one plain line, never with a traceback.

Every page of a small vault is damaged in turn (one byte flipped, as a failing disk or an
interrupted copy does) and ``vault verify`` and ``partner list`` are run on it in-process.
The KDF is the same for every run and not what is tested, so its result is remembered.
"""

from __future__ import annotations

import functools
import hashlib
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from clirunner import Cli

from fieldpartner.cli import main
from fieldpartner.cli.common import PASSPHRASE_ENV
from fieldpartner.domain.partners import add_partner
from fieldpartner.vault import Vault, keys
from fieldpartner.vault.engine import PAGE_SIZE

PASSPHRASE = "correct horse battery staple"
# Where in a page the byte is flipped: its encrypted content, its IV, its HMAC (SQLCipher 4
# keeps a 16-byte IV and a 64-byte HMAC in the last 80 bytes of every page).
OFFSETS = {"content": 1000, "iv": PAGE_SIZE - 80 + 3, "hmac": PAGE_SIZE - 1}
# Enough partners, with long enough text, for the partners table to span several pages.
PARTNERS = [f"Partner {n:02d} \u0645\u0646\u0638\u0645\u0629" for n in range(40)]


@pytest.fixture(scope="module")
def small_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("damaged") / "Small.fpvault"
    vault, _recovery = Vault.create(
        folder, PASSPHRASE, author="Tester", kdf=keys.KdfParams(salt=bytes(range(16)))
    )
    with vault.transaction() as session:
        for name in PARTNERS:
            add_partner(session, name=name, mandate="Monitoring detention conditions. " * 12)
    vault.lock()
    return folder


@pytest.fixture
def run(
    monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> Callable[..., tuple[int, str, str]]:
    """Runs the CLI in-process; returns (exit code, stdout, stderr) as the file descriptors
    saw them, so a message SQLCipher itself printed would show too."""
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    monkeypatch.setattr(keys, "derive_passphrase_key", functools.cache(keys.derive_passphrase_key))

    def run_cli(*argv: str) -> tuple[int, str, str]:
        capfd.readouterr()
        code = main(list(argv))
        out, err = capfd.readouterr()
        return code, out, err

    return run_cli


def folder_digests(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _damaged_copy(small_vault: Path, target: Path, page: int, offset: int) -> Path:
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(small_vault, target)
    db = target / "vault.db"
    data = bytearray(db.read_bytes())
    data[(page - 1) * PAGE_SIZE + offset] ^= 0x01
    db.write_bytes(bytes(data))
    return target


def _pages(small_vault: Path) -> range:
    size = (small_vault / "vault.db").stat().st_size
    assert size % PAGE_SIZE == 0 and size // PAGE_SIZE > 10
    return range(1, size // PAGE_SIZE + 1)


@pytest.mark.parametrize(
    "where",
    # The content of each page by default; its IV and HMAC in the long suite.
    [
        "content",
        pytest.param("iv", marks=pytest.mark.slow),
        pytest.param("hmac", marks=pytest.mark.slow),
    ],
)
def test_verify_names_every_damaged_page_with_exit_4_and_one_line(
    small_vault: Path, tmp_path: Path, run: Callable[..., tuple[int, str, str]], where: str
) -> None:
    wrong: list[str] = []
    for page in _pages(small_vault):
        copy = _damaged_copy(small_vault, tmp_path / "Copy.fpvault", page, OFFSETS[where])
        before = folder_digests(copy)
        code, out, err = run("vault", "verify", str(copy))
        lines = err.splitlines()
        named = f"page {page} fails authentication"
        if (
            code != 4
            or "Traceback" in err + out
            or len(lines) != 1
            or named not in lines[0]
            or f"PROBLEM: {named}" not in out
            or folder_digests(copy) != before
        ):
            wrong.append(f"page {page}: exit {code}, stderr {err!r}")
    assert wrong == []


def test_partner_list_on_each_damaged_page_lists_everything_or_says_damaged(
    small_vault: Path, tmp_path: Path, run: Callable[..., tuple[int, str, str]]
) -> None:
    wrong: list[str] = []
    refused = 0
    for page in _pages(small_vault):
        copy = _damaged_copy(small_vault, tmp_path / "Copy.fpvault", page, OFFSETS["content"])
        code, out, err = run("partner", "list", str(copy))
        if code == 0 and err == "" and all(name in out for name in PARTNERS):
            continue  # the damaged page is one `partner list` does not read
        lines = err.splitlines()
        if code == 4 and len(lines) == 1 and "vault.db is damaged" in lines[0]:
            refused += 1
            continue
        wrong.append(f"page {page}: exit {code}, stderr {err!r}")
    assert wrong == []
    assert refused >= 3  # page 1 (the schema), the partners table's pages


def test_verify_of_a_sound_vault_exits_0(
    small_vault: Path, run: Callable[..., tuple[int, str, str]]
) -> None:
    code, out, err = run("vault", "verify", str(small_vault))
    assert (code, err) == (0, "")
    assert "checked: pages: SQLCipher authentication of" in out
    assert out.rstrip().endswith("The vault is sound.")


def test_a_damaged_salt_is_named_as_the_key_not_opening_the_database(
    small_vault: Path, tmp_path: Path, run: Callable[..., tuple[int, str, str]]
) -> None:
    copy = _damaged_copy(small_vault, tmp_path / "Copy.fpvault", 1, 5)  # inside the salt
    code, _out, err = run("vault", "verify", str(copy))
    assert code == 4
    assert err.count("\n") == 1
    assert "key: the database key opens none of the" in err
    assert "salt" in err
    # Any other command says the key does not open vault.db (exit 3), in one line.
    code, _out, err = run("partner", "list", str(copy))
    assert code == 3
    assert err.count("\n") == 1
    assert "the key does not open vault.db" in err


def test_verify_names_a_damaged_header_and_a_missing_database(
    small_vault: Path, tmp_path: Path, run: Callable[..., tuple[int, str, str]]
) -> None:
    copy = tmp_path / "Copy.fpvault"
    shutil.copytree(small_vault, copy)
    header = (copy / "vault.json").read_text()
    (copy / "vault.json").write_text(header.replace('"version": 1', '"version": true'))
    code, _out, err = run("vault", "verify", str(copy))
    assert code == 4
    assert err.splitlines() == [
        "fieldpartner-cli: the vault has 1 problem: header: vault.json has version true; "
        "this FieldPartner reads vault format 1"
    ]
    (copy / "vault.json").write_text(header)
    (copy / "vault.db").unlink()
    code, _out, err = run("vault", "verify", str(copy))
    assert code == 4
    assert "database: vault.db is missing" in err


def test_verify_with_a_wrong_passphrase_exits_3(
    small_vault: Path, run: Callable[..., tuple[int, str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, "not the passphrase")
    code, _out, err = run("vault", "verify", str(small_vault))
    assert code == 3
    assert err.splitlines() == [
        "fieldpartner-cli: the passphrase does not open this vault (or vault.json's "
        "passphrase slot was altered)"
    ]


def test_a_damaged_page_read_by_a_subprocess_prints_one_line(
    cli: Cli, small_vault: Path, tmp_path: Path
) -> None:
    copy = _damaged_copy(small_vault, tmp_path / "Copy.fpvault", 1, OFFSETS["content"])
    result = cli("partner", "list", copy, env={PASSPHRASE_ENV: PASSPHRASE})
    assert result.code == 4
    assert result.error_lines == [
        "fieldpartner-cli: vault.db is damaged (file is not a database); restore the vault "
        "from a copy; `fieldpartner-cli vault verify` names what is damaged"
    ]
