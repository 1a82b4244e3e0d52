"""``fieldpartner-cli assessment import | show``, from a spreadsheet to results."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from fieldpartner.cli import main
from fieldpartner.domain.templates.resources import RESOURCES_ENV, templates_dir

PASSPHRASE = "correct horse battery staple"
EXAMPLE = templates_dir() / "examples" / "example-due-diligence.json"

GOOD_CSV = """item_id,answer,note
legal.registered,yes,Registration certificate 2019/44 seen
legal.bank_account,partly,Account held by the chair
finance.procedures,2,
finance.audit,4,
finance.audit_year,2025-06-30,
finance.turnover,n/a,
"""


@pytest.fixture
def vault_with_partner(vault_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FIELDPARTNER_PASSPHRASE", PASSPHRASE)
    root = tmp_path / "resources"
    (root / "templates" / "builtin").mkdir(parents=True)
    shutil.copy(templates_dir() / "template.schema.json", root / "templates")
    shutil.copy(EXAMPLE, root / "templates" / "builtin")
    monkeypatch.setenv(RESOURCES_ENV, str(root))
    assert main(["partner", "add", str(vault_path), "--name", "Legal Aid Centre"]) == 0
    return vault_path


def run_import(vault: Path, answers: Path, *extra: str) -> int:
    return main(
        [
            "assessment",
            "import",
            str(vault),
            "--partner",
            "Legal Aid Centre",
            "--template",
            "fp.example.due-diligence",
            "--tier",
            "large",
            *extra,
            str(answers),
        ]
    )


def test_csv_import_shows_the_results_computed_by_hand(
    vault_with_partner: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = tmp_path / "answers.csv"
    answers.write_text(GOOD_CSV, encoding="utf-8")
    capsys.readouterr()
    assert run_import(vault_with_partner, answers) == 0
    assessment_id = capsys.readouterr().out.strip()

    assert main(["assessment", "show", str(vault_with_partner), assessment_id, "--json"]) == 0
    view = json.loads(capsys.readouterr().out)
    results = view["results"]
    sections = {s["id"]: s for s in results["sections"]}
    # Legal: registered -> low, bank account partly -> moderate; highest risk wins.
    assert sections["legal"]["rating"] == "moderate"
    # Finance: weighted mean (2 x 2 + 4) / 3 = 2.666667 on a 1..4 range;
    # (2.666667 - 1) / 3 = 0.5556 of the range -> the 0.5 band: moderate.
    assert sections["finance"]["score"] == 2.666667
    assert (sections["finance"]["min"], sections["finance"]["max"]) == (1.0, 4.0)
    assert sections["finance"]["percent"] == 55.555556
    assert sections["finance"]["rating"] == "moderate"
    # Four required items, all answered; turnover (optional) marked not applicable.
    assert results["completeness"] == {
        "applicable": 6,
        "required": 4,
        "answered": 4,
        "not_applicable": 1,
        "ratio": 1.0,
        "not_verified": 0,
        "covered": 0,
    }
    assert results["rating"] == "moderate"
    assert results["recommended_decision"] == "approve_with_conditions"
    assert results["rules_applied"] == []
    assert [g["item_id"] for g in results["gaps"]] == ["legal.bank_account", "finance.procedures"]
    assert view["answers"][0]["note"] == "Registration certificate 2019/44 seen"

    assert main(["assessment", "show", str(vault_with_partner), assessment_id[:13]]) == 0
    text = capsys.readouterr().out
    assert "risk rating: moderate" in text
    assert "recommended decision: approve_with_conditions" in text


def unregistered_answers(folder: Path) -> Path:
    """A JSON answer file: every required item, the organisation not registered."""
    answers = folder / "answers.json"
    answers.write_text(
        json.dumps(
            [
                {"item_id": "legal.registered", "answer": "no"},
                {"item_id": "legal.bank_account", "answer": "yes"},
                {"item_id": "finance.procedures", "answer": 4},
                {"item_id": "finance.audit", "answer": 4},
            ]
        ),
        encoding="utf-8",
    )
    return answers


def test_json_answers_and_finalise(
    vault_with_partner: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = unregistered_answers(tmp_path)
    capsys.readouterr()
    assert run_import(vault_with_partner, answers, "--finalise") == 0
    assessment_id = capsys.readouterr().out.strip()
    assert main(["assessment", "show", str(vault_with_partner), assessment_id, "--json"]) == 0
    view = json.loads(capsys.readouterr().out)
    assert view["status"] == "final"
    assert view["results"]["rating"] == "high"
    assert view["results"]["recommended_decision"] == "decline"
    assert [r["id"] for r in view["results"]["rules_applied"]] == ["unregistered-large-grant"]


def test_an_override_at_finalising_is_kept_and_printed(
    vault_with_partner: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = unregistered_answers(tmp_path)
    assert run_import(vault_with_partner, answers, "--finalise", "--override", "overall=low") == 2
    assert "write RESULT=VALUE:JUSTIFICATION" in capsys.readouterr().err
    assert run_import(vault_with_partner, answers, "--override", "overall=low:seen") == 2
    assert "--override needs --finalise" in capsys.readouterr().err
    overridden = ["--finalise", "--override", "overall=moderate:Registration confirmed by letter"]
    assert run_import(vault_with_partner, answers, *overridden) == 0
    assessment_id = capsys.readouterr().out.strip()
    assert main(["assessment", "show", str(vault_with_partner), assessment_id]) == 0
    text = capsys.readouterr().out
    assert "risk rating: moderate" in text
    assert "override of overall: high -> moderate" in text
    assert "Registration confirmed by letter" in text


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("finance.nothing,3,", "row 3 (finance.nothing): unknown item id 'finance.nothing'"),
        ("finance.audit,7,", "row 3 (finance.audit): 7 is not an answer to finance.audit"),
        (
            "legal.registered,yes,",
            "row 3 (legal.registered): item legal.registered answered 'yes' needs evidence",
        ),
    ],
)
def test_a_bad_row_is_named_exits_4_and_saves_nothing(
    vault_with_partner: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    row: str,
    message: str,
) -> None:
    answers = tmp_path / "answers.csv"
    answers.write_text(f"item_id,answer,note\nfinance.procedures,3,\n{row}\n", encoding="utf-8")
    capsys.readouterr()
    assert run_import(vault_with_partner, answers) == 4
    err = capsys.readouterr().err
    assert message in err
    assert "nothing was saved" in err
    # Not even the assessment was kept.
    from fieldpartner.domain.models import Assessment
    from fieldpartner.vault import Vault

    vault = Vault.unlock(vault_with_partner, PASSPHRASE)
    try:
        with vault.session() as session:
            assert session.query(Assessment).count() == 0
    finally:
        vault.lock()


def test_unknown_template_or_tier_exits_4(
    vault_with_partner: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = tmp_path / "answers.csv"
    answers.write_text("item_id,answer,note\n", encoding="utf-8")
    assert run_import(vault_with_partner, answers, "--version", "9") == 4
    assert "no template fp.example.due-diligence version 9" in capsys.readouterr().err


def test_xlsx_answers_with_french_headers_give_the_same_results_as_csv(
    vault_with_partner: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import csv
    import io

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Identifiant", "R\u00e9ponse", "Note de preuve"])
    for row in list(csv.reader(io.StringIO(GOOD_CSV)))[1:]:
        # Numbers typed as numbers in the spreadsheet, as people do.
        sheet.append([row[0], int(row[1]) if row[1].isdigit() else row[1], row[2]])
    book.save(tmp_path / "answers.xlsx")
    csv_file = tmp_path / "answers.csv"
    csv_file.write_text(GOOD_CSV, encoding="utf-8")
    ratings = []
    for answers in (tmp_path / "answers.xlsx", csv_file):
        capsys.readouterr()
        assert run_import(vault_with_partner, answers) == 0
        assessment_id = capsys.readouterr().out.strip()
        assert main(["assessment", "show", str(vault_with_partner), assessment_id, "--json"]) == 0
        results = json.loads(capsys.readouterr().out)["results"]
        ratings.append((results["rating"], results["completeness"]["answered"]))
    assert ratings == [("moderate", 4), ("moderate", 4)]
