"""``fieldpartner-cli report``: a PDF from the vault, the warning, and exit 4 on bad input."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from clirunner import Cli
from sqlalchemy import select

from fieldpartner.cli.common import PASSPHRASE_ENV
from fieldpartner.domain.models import Assessment, Partner
from fieldpartner.vault import Vault

PASSPHRASE = "report passphrase for the tests"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """A small demo vault made by the CLI, and one capacity assessment in it."""
    from clirunner import make_cli

    folder = tmp_path_factory.mktemp("cli-report")
    cli = make_cli(folder)
    vault = folder / "Demo.fpvault"
    made = cli("demo", vault, env={PASSPHRASE_ENV: PASSPHRASE})
    assert made.code == 0, made.err
    with Vault.unlock(vault, PASSPHRASE) as opened, opened.session() as session:
        assessment = session.scalars(
            select(Assessment).where(Assessment.assessment_kind == "capacity")
        ).first()
        assert assessment is not None
        partner = session.get(Partner, assessment.partner_id)
        assert partner is not None
        return {"vault": str(vault), "partner": partner.name, "assessment": assessment.id}


def _text(pdf: Path, *extra: str) -> str:
    return subprocess.run(
        ["pdftotext", *extra, str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_report_writes_a_pdf_and_warns_it_leaves_the_vault(
    cli: Cli, demo: dict[str, str], tmp_path: Path
) -> None:
    out = tmp_path / "capacity.pdf"
    result = cli(
        "report",
        demo["vault"],
        "--partner",
        demo["partner"],
        "--kind",
        "capacity",
        "--assessment",
        demo["assessment"],
        "--paper",
        "Letter",
        "-o",
        out,
        env={PASSPHRASE_ENV: PASSPHRASE},
    )
    assert result.code == 0, result.err
    assert "outside the vault" in result.err
    assert out.stat().st_mode & 0o077 == 0
    assert "Capacity assessment report" in _text(out)
    assert demo["partner"] in _text(out)


def test_password_file_protects_the_pdf(cli: Cli, demo: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "dossier.pdf"
    password_file = tmp_path / "pw.txt"
    password_file.write_text("open sesame\n", encoding="utf-8")
    result = cli(
        "report",
        demo["vault"],
        "--partner",
        demo["partner"],
        "--kind",
        "dossier",
        "--lang",
        "ar",
        "--password-file",
        password_file,
        "-o",
        out,
        env={PASSPHRASE_ENV: PASSPHRASE},
    )
    assert result.code == 0, result.err
    locked = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True)
    assert locked.returncode != 0
    assert "CONFIDENTIAL" in _text(out, "-upw", "open sesame")


@pytest.mark.parametrize(
    "args",
    [
        ["--partner", "No Such Partner", "--kind", "dossier"],
        ["--partner", "{partner}", "--kind", "capacity", "--assessment", "not-an-id"],
        ["--partner", "{partner}", "--kind", "due-diligence", "--assessment", "{assessment}"],
    ],
    ids=["unknown-partner", "unknown-assessment", "kind-does-not-match"],
)
def test_bad_input_exits_4_and_writes_nothing(
    cli: Cli, demo: dict[str, str], tmp_path: Path, args: list[str]
) -> None:
    out = tmp_path / "r.pdf"
    argv = [a.format(**demo) for a in args]
    result = cli("report", demo["vault"], *argv, "-o", out, env={PASSPHRASE_ENV: PASSPHRASE})
    assert result.code == 4
    assert len(result.error_lines) == 1
    assert not out.exists()


def test_dossier_has_contents_and_latest_only_is_for_dossiers(
    cli: Cli, demo: dict[str, str], tmp_path: Path
) -> None:
    env = {PASSPHRASE_ENV: PASSPHRASE}
    full, latest = tmp_path / "dossier.pdf", tmp_path / "latest.pdf"
    common = ["report", demo["vault"], "--partner", demo["partner"], "--kind", "dossier"]
    assert cli(*common, "-o", full, env=env).code == 0
    assert cli(*common, "--latest-only", "-o", latest, env=env).code == 0
    first_page = _text(full, "-f", "1", "-l", "1")
    assert "Contents" in first_page and "Profile and summary" in first_page
    assert "every assessment (drafts marked as such)" in first_page
    assert "the latest assessment of each kind" in _text(latest, "-f", "1", "-l", "1")

    refused = cli(
        "report",
        demo["vault"],
        "--partner",
        demo["partner"],
        "--kind",
        "capacity",
        "--latest-only",
        "-o",
        tmp_path / "capacity.pdf",
        env=env,
    )
    assert refused.code == 2
    assert "--latest-only" in refused.err
    assert not (tmp_path / "capacity.pdf").exists()


def test_help_explains_the_dossier_and_latest_only(cli: Cli) -> None:
    result = cli("report", "--help")
    assert result.code == 0
    assert "--latest-only" in result.out
    assert "drafts included" in " ".join(result.out.split())


def test_photos_leave_without_gps_unless_keep_photo_metadata(
    cli: Cli, demo: dict[str, str], tmp_path: Path
) -> None:
    import shutil
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reports"))
    from report_helpers import geotagged_jpeg, gps_of, jpegs_in

    from fieldpartner.domain.attachments import add_attachment

    vault = tmp_path / "Photos.fpvault"
    shutil.copytree(demo["vault"], vault)
    with Vault.unlock(vault, PASSPHRASE) as opened, opened.transaction() as session:
        assessment = session.scalars(
            select(Assessment).where(Assessment.assessment_kind == "due_diligence")
        ).first()
        assert assessment is not None
        add_attachment(
            session, geotagged_jpeg(), "sign.jpg", assessment=assessment, keep_metadata=True
        )
        chosen = (session.get(Partner, assessment.partner_id).name, assessment.id)  # type: ignore[union-attr]
    found = {}
    for flag in ((), ("--keep-photo-metadata",)):
        out = tmp_path / f"dd{len(flag)}.pdf"
        result = cli(
            "report", vault, "--partner", chosen[0], "--kind", "due-diligence",
            "--assessment", chosen[1], *flag, "-o", out,
            env={PASSPHRASE_ENV: PASSPHRASE},
        )  # fmt: skip
        assert result.code == 0, result.err
        photos = jpegs_in(out.read_bytes())
        assert len(photos) == 1
        found[bool(flag)] = gps_of(photos[0])
    assert found[False] == {} and found[True]
