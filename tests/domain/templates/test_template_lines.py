"""A template's problems with the line of the file they are on."""

from __future__ import annotations

import json
from pathlib import Path

from fieldpartner.domain.templates.lines import check_template_file, line_of, value_lines
from fieldpartner.domain.templates.resources import templates_dir

EXAMPLE = templates_dir() / "examples" / "example-due-diligence.json"


def test_every_value_has_the_line_it_starts_on() -> None:
    text = '{\n  "id": "x",\n  "sections": [\n    {"id": "a",\n     "items": []}\n  ]\n}\n'
    lines = value_lines(text)
    assert lines["$"] == 1
    assert lines["$.id"] == 2
    assert lines["$.sections[0]"] == 4
    assert lines["$.sections[0].items"] == 5
    # A missing key is reported on the line of the object that lacks it.
    assert line_of("$.sections[0].title", lines) == 4
    assert line_of("$.nowhere[3].deeper", lines) == 1


def test_a_broken_template_lists_its_problems_by_line(tmp_path: Path) -> None:
    body = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    body["sections"][1]["items"][0]["type"] = "colour"
    text = json.dumps(body, indent=2, ensure_ascii=False)
    path = tmp_path / "t.json"
    path.write_text(text, encoding="utf-8")
    check = check_template_file(path)
    assert not check.valid
    colour_line = 1 + next(i for i, line in enumerate(text.splitlines()) if "colour" in line)
    wrong = check.problems[0]
    assert wrong.problem.path == "$.sections[1].items[0].type"
    assert wrong.line == colour_line
    assert str(wrong).startswith(f"line {colour_line}: $.sections[1].items[0].type: 'colour'")
    assert [p.line for p in check.problems] == sorted(p.line for p in check.problems)


def test_not_json_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "t.json"
    path.write_text('{\n  "id": "x",\n  "version": ,\n}\n', encoding="utf-8")
    check = check_template_file(path)
    assert check.body is None
    assert [p.line for p in check.problems] == [3]


def test_a_valid_template_has_no_problems() -> None:
    check = check_template_file(EXAMPLE)
    assert check.valid and check.problems == ()
