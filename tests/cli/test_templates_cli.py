"""``fieldpartner-cli template validate | list | import``."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from fieldpartner.cli import main
from fieldpartner.domain.templates.resources import RESOURCES_ENV, templates_dir

PASSPHRASE = "correct horse battery staple"
EXAMPLE = templates_dir() / "examples" / "example-due-diligence.json"


@pytest.fixture
def cli_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The passphrase in the environment and a resources folder whose only built-in
    template is the example, so these tests do not depend on the built-in content."""
    monkeypatch.setenv("FIELDPARTNER_PASSPHRASE", PASSPHRASE)
    root = tmp_path / "resources"
    (root / "templates" / "builtin").mkdir(parents=True)
    shutil.copy(templates_dir() / "template.schema.json", root / "templates")
    shutil.copy(EXAMPLE, root / "templates" / "builtin")
    monkeypatch.setenv(RESOURCES_ENV, str(root))
    return root


def test_validate_accepts_the_example(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["template", "validate", str(EXAMPLE)]) == 0
    assert "valid template fp.example.due-diligence version 1" in capsys.readouterr().out


def test_validate_reports_every_problem_with_its_path_and_exits_4(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    body["sections"][1]["items"][0]["scale"] = "nope"
    body["sections"][0]["items"][1]["weight"] = -1
    del body["title"]["es"]
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(body), encoding="utf-8")
    assert main(["template", "validate", str(path)]) == 4
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [
        "$.title: the es translation is missing",
        "$.sections[0].items[1].weight: weight -1 is negative",
        "$.sections[1].items[0].scale: unknown scale 'nope'",
    ]
    assert captured.err.strip() == f"fieldpartner-cli: {path}: 3 problems"


def test_validate_of_a_file_that_is_not_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "broken.json"
    path.write_text("{", encoding="utf-8")
    assert main(["template", "validate", str(path)]) == 4
    assert capsys.readouterr().out.startswith("$: not JSON")


@pytest.mark.parametrize(
    "path", sorted((templates_dir() / "builtin").glob("*.json")), ids=lambda p: p.name
)
def test_builtin_templates_validate_from_the_command_line(path: Path) -> None:
    assert main(["template", "validate", str(path)]) == 0


def test_import_and_list(
    vault_path: Path, cli_env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    body["version"] = 2
    newer = tmp_path / "v2.json"
    newer.write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
    assert main(["template", "import", str(vault_path), str(newer)]) == 0
    assert "Imported fp.example.due-diligence version 2" in capsys.readouterr().out
    assert main(["template", "import", str(vault_path), str(newer)]) == 0
    assert "already in the vault" in capsys.readouterr().out

    body["title"]["en"] = "Changed without a new version"
    newer.write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
    assert main(["template", "import", str(vault_path), str(newer)]) == 4
    assert "new version number" in capsys.readouterr().err

    assert main(["template", "list", str(vault_path), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(t["id"], t["version"], t["origin"]) for t in listed] == [
        ("fp.example.due-diligence", 1, "builtin"),
        ("fp.example.due-diligence", 2, "imported"),
    ]


def test_import_refuses_an_invalid_template(
    vault_path: Path, cli_env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    body["id"] = "org.broken"
    body["scales"] = {}
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(body), encoding="utf-8")
    assert main(["template", "import", str(vault_path), str(path)]) == 4
    assert "is not a valid template: 2 problems" in capsys.readouterr().err
    assert main(["template", "list", str(vault_path), "--json"]) == 0
    assert [t["id"] for t in json.loads(capsys.readouterr().out)] == ["fp.example.due-diligence"]
