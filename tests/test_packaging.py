"""The packaging recipes agree with the code: Qt modules kept by the PyInstaller build, the
command table of the executables, the portable marker in the documentation."""

from __future__ import annotations

import ast
import re
from pathlib import Path

REPOSITORY = Path(__file__).parents[1]
SPEC = REPOSITORY / "packaging" / "fieldpartner.spec"


def _spec_qt_used() -> set[str]:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "QT_USED":
            return set(ast.literal_eval(node.value))
    raise AssertionError("QT_USED not found in the spec")


def _qt_modules_imported() -> set[str]:
    pattern = re.compile(r"^\s*(?:from|import) PySide6\.(Qt\w+)", re.MULTILINE)
    found: set[str] = set()
    for path in (REPOSITORY / "src" / "fieldpartner").rglob("*.py"):
        found |= set(pattern.findall(path.read_text(encoding="utf-8")))
    return found


def test_the_build_keeps_every_qt_module_the_code_imports():
    kept = _spec_qt_used()
    imported = _qt_modules_imported()
    assert imported <= kept, f"add to QT_USED in the spec: {sorted(imported - kept)}"
    # QtSvg is kept for the SVG icon's image plugin; anything else kept must be imported.
    assert kept - imported <= {"QtSvg"}, (
        f"not imported any more: {sorted(kept - imported - {'QtSvg'})}"
    )


def test_both_executables_start_the_entry_points_the_wheel_declares():
    pyproject = (REPOSITORY / "pyproject.toml").read_text(encoding="utf-8")
    assert 'fieldpartner-cli = "fieldpartner.cli:main"' in pyproject
    assert 'fieldpartner = "fieldpartner.app:main"' in pyproject
    launch_app = (REPOSITORY / "packaging" / "launch_app.py").read_text(encoding="utf-8")
    launch_cli = (REPOSITORY / "packaging" / "launch_cli.py").read_text(encoding="utf-8")
    assert "from fieldpartner.app import main" in launch_app
    assert "from fieldpartner.cli import main" in launch_cli


def test_the_desktop_entry_names_the_executable_and_icon():
    entry = (REPOSITORY / "packaging" / "linux" / "fieldpartner.desktop").read_text(
        encoding="utf-8"
    )
    assert re.search(r"^Exec=fieldpartner ", entry, re.MULTILINE)
    assert re.search(r"^Icon=fieldpartner$", entry, re.MULTILINE)
