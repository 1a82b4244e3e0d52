"""Where in a template file each problem is: the line of the JSON path a problem names.

Validation names a problem by its JSON path (``$.sections[1].items[0].scale``); a person
editing the file in a text editor needs the line. ``value_lines`` walks the JSON text once
and records the line each value starts on, by path; a problem then takes the line of the
longest path it names that the file has (a missing key is reported on its object's line).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from fieldpartner.domain.templates.store import read_template_file
from fieldpartner.domain.templates.validate import (
    TemplateInvalid,
    TemplateProblem,
    json_path,
    validate_template,
)

_SPACE = re.compile(r"[ \t\n\r]*")
_PATH_PART = re.compile(r"\.[^.\[]+|\[\d+\]")
_DECODER = json.JSONDecoder()


@dataclass(frozen=True)
class LocatedProblem:
    """A template problem with the line (from 1) of the file it belongs to."""

    line: int
    problem: TemplateProblem

    def __str__(self) -> str:
        return f"line {self.line}: {self.problem}"


class _Walker:
    def __init__(self, text: str) -> None:
        self.text = text
        self.lines: dict[str, int] = {}
        # Offsets where each line starts, to turn an offset into a line number.
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def line_of(self, offset: int) -> int:
        low, high = 0, len(self.starts)
        while low + 1 < high:
            middle = (low + high) // 2
            if self.starts[middle] <= offset:
                low = middle
            else:
                high = middle
        return low + 1

    def skip(self, index: int) -> int:
        match = _SPACE.match(self.text, index)
        return match.end() if match else index

    def value(self, index: int, path: list[str | int]) -> int:
        index = self.skip(index)
        self.lines[json_path(path)] = self.line_of(index)
        char = self.text[index : index + 1]
        if char == "{":
            return self.obj(index + 1, path)
        if char == "[":
            return self.array(index + 1, path)
        _value, end = _DECODER.raw_decode(self.text, index)
        return int(end)

    def obj(self, index: int, path: list[str | int]) -> int:
        index = self.skip(index)
        if self.text[index : index + 1] == "}":
            return index + 1
        while True:
            index = self.skip(index)
            key, index = _DECODER.raw_decode(self.text, index)
            index = self.skip(index) + 1  # the colon
            index = self.value(index, [*path, key])
            index = self.skip(index)
            if self.text[index] == "}":
                return index + 1
            index += 1  # the comma

    def array(self, index: int, path: list[str | int]) -> int:
        index = self.skip(index)
        if self.text[index : index + 1] == "]":
            return index + 1
        number = 0
        while True:
            index = self.value(index, [*path, number])
            index = self.skip(index)
            if self.text[index] == "]":
                return index + 1
            index += 1
            number += 1


def value_lines(text: str) -> dict[str, int]:
    """JSON path -> line where its value starts, for a text that is valid JSON."""
    walker = _Walker(text)
    walker.value(0, [])
    return walker.lines


def line_of(path: str, lines: dict[str, int]) -> int:
    """The line of ``path``, or of the nearest enclosing value the file has."""
    parts = _PATH_PART.findall(path[1:]) if path.startswith("$") else []
    while parts:
        found = lines.get("$" + "".join(parts))
        if found is not None:
            return found
        parts.pop()
    return lines.get("$", 1)


def locate(text: str, problems: Iterable[TemplateProblem]) -> list[LocatedProblem]:
    """Each problem with its line, in file order."""
    try:
        lines = value_lines(text)
    except (ValueError, IndexError):  # not JSON: the problem itself names the line
        lines = {}
    located = [LocatedProblem(line_of(p.path, lines), p) for p in problems]
    return sorted(located, key=lambda p: p.line)


@dataclass(frozen=True)
class TemplateCheck:
    """A template file read and validated: its body (None when it is not a JSON object)
    and every problem with its line; ``valid`` when there is none."""

    source: str
    body: dict[str, object] | None
    problems: tuple[LocatedProblem, ...]

    @property
    def valid(self) -> bool:
        return self.body is not None and not self.problems


_AT_LINE = re.compile(r"at line (\d+)")


def check_template_file(path: Path | str) -> TemplateCheck:
    """Read and validate a template file without storing it (what an import would say)."""
    path = Path(path)
    try:
        body = read_template_file(path)
    except TemplateInvalid as exc:
        located = []
        for problem in exc.problems:
            match = _AT_LINE.search(problem.message)
            located.append(LocatedProblem(int(match.group(1)) if match else 1, problem))
        return TemplateCheck(str(path), None, tuple(located))
    text = path.read_text(encoding="utf-8-sig")
    return TemplateCheck(str(path), body, tuple(locate(text, validate_template(body))))
