"""The library of established tools from the command line: listed, imported by id, and
scoring spreadsheet answers exactly as the owners' rules computed by hand."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from fieldpartner.cli import main
from fieldpartner.domain.templates import TemplateDocument
from fieldpartner.domain.templates.resources import templates_dir

PASSPHRASE = "correct horse battery staple"
LIBRARY = {
    "lib.chs-self-assessment": "chs-self-assessment.json",
    "lib.un-hact-micro-2016": "un-hact-micro-2016.json",
    "lib.unicef-psea-cso": "unicef-psea-cso.json",
    "lib.usaid-oca": "usaid-oca.json",
}


@pytest.fixture
def vault(vault_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FIELDPARTNER_PASSPHRASE", PASSPHRASE)
    assert main(["partner", "add", str(vault_path), "--name", "Legal Aid Centre"]) == 0
    return vault_path


def listed(vault: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, dict[str, Any]]:
    capsys.readouterr()
    assert main(["template", "list", str(vault), "--json"]) == 0
    return {row["id"]: row for row in json.loads(capsys.readouterr().out)}


def item_ids(template_id: str) -> list[str]:
    path = templates_dir() / "library" / LIBRARY[template_id]
    body = json.loads(path.read_text(encoding="utf-8"))
    return [ref.id for ref in TemplateDocument(body).item_order]


def results_of_import(
    vault: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    template_id: str,
    answers: dict[str, Any],
    *extra: str,
) -> dict[str, Any]:
    """Import the library template, import the answers as CSV, and read the results."""
    assert main(["template", "import", str(vault), template_id]) == 0
    sheet = io.StringIO()
    writer = csv.writer(sheet)
    writer.writerow(["item_id", "answer", "note"])
    writer.writerows([item, value, ""] for item, value in answers.items())
    path = tmp_path / "answers.csv"
    path.write_text(sheet.getvalue(), encoding="utf-8")
    capsys.readouterr()
    command = ["assessment", "import", str(vault), "--partner", "Legal Aid Centre"]
    assert main([*command, "--template", template_id, *extra, str(path)]) == 0
    assessment_id = capsys.readouterr().out.strip()
    assert main(["assessment", "show", str(vault), assessment_id, "--json"]) == 0
    results: dict[str, Any] = json.loads(capsys.readouterr().out)["results"]
    return results


def test_template_list_shows_the_library_until_a_template_is_imported(
    vault: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = listed(vault, capsys)
    for template_id in LIBRARY:
        assert rows[template_id]["origin"] == "library"
        assert rows[template_id]["in_vault"] is False
        assert rows[template_id]["modelled_on"]
    assert rows["fp.due-diligence"]["in_vault"] is True

    assert main(["template", "import", str(vault), "lib.unicef-psea-cso"]) == 0
    assert "Imported lib.unicef-psea-cso version 1" in capsys.readouterr().out
    rows = listed(vault, capsys)
    assert (rows["lib.unicef-psea-cso"]["origin"], rows["lib.unicef-psea-cso"]["in_vault"]) == (
        "library",
        True,
    )
    assert main(["template", "import", str(vault), "lib.unicef-psea-cso"]) == 0
    assert "already in the vault, unchanged" in capsys.readouterr().out


def test_an_unknown_library_id_is_refused_with_exit_4(
    vault: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["template", "import", str(vault), "lib.no-such-tool"]) == 4
    err = capsys.readouterr().err
    assert "lib.no-such-tool: no such file, and no library template with that id" in err


def test_unicef_psea_from_a_spreadsheet(
    vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Adequate 3 x 3 + Progressing 2 x 3 = 15: the lowest total rated low SEA risk.
    answers = dict(zip(item_ids("lib.unicef-psea-cso"), [3, 3, 3, 2, 2, 2], strict=True))
    results = results_of_import(vault, tmp_path, capsys, "lib.unicef-psea-cso", answers)
    assert results["overall"]["score"] == 15.0
    assert results["rating"] == "low"
    assert results["overall"]["label"] == "Low SEA risk (full capacity)"


def test_un_hact_micro_assessment_from_a_spreadsheet(
    vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = templates_dir() / "library" / LIBRARY["lib.un-hact-micro-2016"]
    doc = TemplateDocument(json.loads(path.read_text(encoding="utf-8")))
    keys = [ref.id for ref in doc.item_order if ref.key]
    answers: dict[str, Any] = {ref.id: 1 for ref in doc.item_order}
    answers.update({item_id: 4 for item_id in keys[:16]})
    results = results_of_import(vault, tmp_path, capsys, "lib.un-hact-micro-2016", answers)
    # 16 key High x 8 + 23 key Low x 1 + 57 Low x 1 = 208 in the range 96 .. 540;
    # eTools: 208 / 96 = 2.1667 is past the low band's end at 2.15625 -> moderate.
    overall = results["overall"]
    assert (overall["score"], overall["min"], overall["max"]) == (208.0, 96.0, 540.0)
    assert results["rating"] == "moderate"


def test_usaid_oca_from_a_spreadsheet(
    vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers: dict[str, Any] = dict.fromkeys(item_ids("lib.usaid-oca"), 3)
    answers.update({"oca.1.1": 4, "oca.1.5": 1, "oca.2.1": 2, "oca.2.8": 4})
    answers.update({"oca.3.6": "n/a", "oca.7.1": 1})
    results = results_of_import(
        vault, tmp_path, capsys, "lib.usaid-oca", answers, "--respondent", "partner_self"
    )
    domains = {s["id"]: s["score"] for s in results["sections"]}
    # Governance (4 + 1) / 2 = 2.5; finance (2 + 4) / 2 = 3; sustainability 22 / 8 = 2.75;
    # overall (2.5 + 3 + 3 + 3 + 3 + 3 + 2.75) / 7 = 2.892857; no rating.
    assert (domains["oca.governance"], domains["oca.sustainability"]) == (2.5, 2.75)
    assert results["overall"]["score"] == 2.892857
    assert results["rating"] is None


def test_chs_self_assessment_from_a_spreadsheet(
    vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers: dict[str, Any] = dict.fromkeys(item_ids("lib.chs-self-assessment"), 3)
    answers.update({"chs.c5.ka": 1, "chs.c5.or": 2, "chs.c6.ka": 4, "chs.c6.or": 4})
    answers.update({"chs.c9.ka": 0, "chs.c9.or": "n/a"})
    results = results_of_import(
        vault, tmp_path, capsys, "lib.chs-self-assessment", answers, "--respondent", "partner_self"
    )
    commitments = {s["id"]: s["score"] for s in results["sections"]}
    # Complaints (1 + 2) / 2 = 1.5; coordination 4; resources 0 (one counted answer);
    # overall (3 x 6 + 1.5 + 4 + 0) / 9 = 2.611111.
    assert (commitments["chs.c5"], commitments["chs.c6"], commitments["chs.c9"]) == (1.5, 4.0, 0.0)
    assert results["overall"]["score"] == 2.611111
    assert [g["item_id"] for g in results["gaps"]] == ["chs.c5.ka", "chs.c5.or", "chs.c9.ka"]
