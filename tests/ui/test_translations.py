"""Every interface string reaches the translators, and every one is translated.

lupdate only sees ``tr("...")`` and ``QCoreApplication.translate("Context", "...")`` with
literal text: a string passed through a helper of our own is never offered for
translation (84 labels were missed that way once) and shows in English in every language.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [
    *sorted((ROOT / "src" / "fieldpartner" / "ui").rglob("*.py")),
    ROOT / "src" / "fieldpartner" / "app.py",
]
LANGUAGES = ("fr", "es", "ar")


def _non_literal_translations(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name == "tr":
            texts = node.args[:1]
        elif name == "translate" and len(node.args) >= 2:  # not str.translate(table)
            texts = node.args[:2]
        else:
            continue
        if any(not (isinstance(a, ast.Constant) and isinstance(a.value, str)) for a in texts):
            found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(node)[:80]}")
    return found


def test_every_translation_call_has_literal_context_and_text():
    problems = [problem for path in SOURCES for problem in _non_literal_translations(path)]
    assert problems == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_lupdate_finds_nothing_new_and_nothing_unfinished(language, tmp_path):
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed next to this Python")
    copy = tmp_path / f"fieldpartner_{language}.ts"
    shutil.copy(ROOT / "translations" / copy.name, copy)
    subprocess.run(
        [str(lupdate), "-locations", "none", "-no-obsolete", *map(str, SOURCES), "-ts", str(copy)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    unfinished = [
        message.findtext("source")
        for message in ET.parse(copy).getroot().iter("message")
        if message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    assert unfinished == [], f"{len(unfinished)} strings not translated into {language}"


_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)[^{}]*\}|%n|%[1-9]")


def _placeholders(text: str) -> list[str]:
    return sorted(
        match.group(1) or match.group(0) for match in _PLACEHOLDER.finditer(text.replace("{{", ""))
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_the_placeholders_of_their_source(language):
    """A translation naming another placeholder (or dropping one) would show the English
    sentence, or a hole, instead of the value."""
    differing = []
    root = ET.parse(ROOT / "translations" / f"fieldpartner_{language}.ts").getroot()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for form in forms:
            wanted = _placeholders(source)
            if message.get("numerus") == "yes":  # a plural form may spell out "one"
                wanted = [p for p in wanted if p != "%n"]
                form = form.replace("%n", "")
            if _placeholders(form) != wanted:
                differing.append((source, form))
    assert differing == []
