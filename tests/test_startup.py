"""The start-up preparation the application runs before its first window."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = """
import gc
from sqlalchemy import inspect
from fieldpartner.domain.models import Partner
from fieldpartner.startup import prepare_process

assert gc.get_freeze_count() == 0
prepare_process()
frozen = gc.get_freeze_count()
prepare_process()  # a second call changes nothing
print(frozen, gc.get_freeze_count(), inspect(Partner).configured)
"""


def test_prepare_process_configures_the_orm_and_freezes_start_up_objects_once():
    # In a process of its own: freezing is process-wide.
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120, check=True
    )
    frozen, again, configured = result.stdout.split()
    assert int(frozen) > 10_000  # the imports' modules, classes and functions
    assert again == frozen
    assert configured == "True"


HEAVY = {"sqlalchemy", "alembic", "reportlab", "jsonschema", "pikepdf"}


def _loaded_after(code: str) -> dict[str, list[str]]:
    """The third-party packages and our modules loaded after running ``code`` in a process."""
    script = f"""
import json, sys
{code}
print(json.dumps({{
    "heavy": sorted({{m.split('.')[0] for m in sys.modules}} & {HEAVY!r}),
    "ours": sorted(m for m in sys.modules if m.startswith("fieldpartner")),
}}))
"""
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True
    )
    return json.loads(result.stdout.splitlines()[-1])


def test_the_start_dialog_loads_no_database_report_or_schema_code():
    loaded = _loaded_after("import fieldpartner.app")
    assert loaded["heavy"] == []
    assert "fieldpartner.ui.start_dialog" in loaded["ours"]
    assert "fieldpartner.ui.main_window" not in loaded["ours"]


def test_the_rest_of_the_application_loads_on_the_preload_thread():
    loaded = _loaded_after(
        "import gc\nfrom fieldpartner.app import Preload\n"
        "p = Preload(); p.start(); p.wait(); assert gc.get_freeze_count() > 10_000"
    )
    assert {"sqlalchemy", "alembic", "jsonschema"} <= set(loaded["heavy"])
    assert "fieldpartner.ui.main_window" in loaded["ours"]


def test_cli_help_loads_no_command_module():
    loaded = _loaded_after(
        "from fieldpartner.cli import main\n"
        "import contextlib, io\n"
        "with contextlib.redirect_stdout(io.StringIO()) as out: main(['--help'])\n"
        "assert 'organisation' in out.getvalue()"
    )
    assert loaded["heavy"] == []
    assert [m for m in loaded["ours"] if m.startswith("fieldpartner.cli.")] == [
        "fieldpartner.cli.common"
    ]


def test_a_cli_command_loads_only_its_own_modules():
    template = Path(__file__).parents[1] / "resources" / "templates" / "builtin" / "capacity.json"
    loaded = _loaded_after(
        f"from fieldpartner.cli import main\nassert main(['template', 'validate', {str(template)!r}]) == 0"
    )
    ours = loaded["ours"]
    assert "fieldpartner.cli.templates" in ours
    assert not {"fieldpartner.cli.sync", "fieldpartner.cli.reports", "fieldpartner.reports"} & set(
        ours
    )


def test_the_preload_makes_every_qt_type_and_enum_before_the_freeze():
    # PySide makes a class's type and enums on first use; the window's first turns used to
    # make about 200 enums that way. After the preload, using a class the application never
    # names (a wizard's style) or one Qt hands over while painting makes no new enum.
    script = """
import enum
from fieldpartner.app import Preload
p = Preload(); p.start(); p.wait()
made = []
original = enum.EnumType.__new__
def counting(mcls, name, *args, **kwargs):
    made.append(name)
    return original(mcls, name, *args, **kwargs)
enum.EnumType.__new__ = counting
from PySide6 import QtGui, QtWidgets
QtWidgets.QWizard.WizardStyle, QtWidgets.QStyleOptionViewItem.ViewItemFeature
QtGui.QTextDocument.MarkdownFeature
print(made)
"""
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True
    )
    assert result.stdout.split() == ["[]"]
