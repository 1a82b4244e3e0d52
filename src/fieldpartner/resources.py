"""Where the shipped resources (templates, demo seeds, fonts, icons) and the compiled
translations are found; a missing one raises ``ResourceMissing``.

They are the packages ``fieldpartner.assets`` and ``fieldpartner.translations``: the
repository's ``resources/`` and ``translations/`` folders, mapped into the package by
``setup.py``, read with ``importlib.resources``. In a wheel, an editable install and the
PyInstaller build they are plain files of the installed package. Code run from a source tree
with ``src/`` on ``sys.path`` (and no install of that tree) reads the tree's own folders, not
those of some other installed copy. ``FIELDPARTNER_RESOURCES`` replaces the resources folder
(for tests, and for HQ staff trying templates before a release).

Nothing here falls back to an empty list or a default: a build without its templates, fonts
or catalogues is broken, and says so the first time one is needed.
"""

from __future__ import annotations

import importlib.resources
import os
from pathlib import Path

RESOURCES_ENV = "FIELDPARTNER_RESOURCES"

# src/fieldpartner/resources.py -> the source tree, when this file is in one.
_SOURCE_TREE = Path(__file__).resolve().parents[2]


class ResourceMissing(FileNotFoundError):
    """A file or folder the application ships is not where it must be: a broken install."""

    exit_code = 1

    def __init__(self, what: str) -> None:
        super().__init__(f"this installation of FieldPartner is incomplete: {what} is missing")


def _package_folder(package: str, source_folder: str) -> Path:
    source = _SOURCE_TREE / source_folder
    if (_SOURCE_TREE / "pyproject.toml").is_file() and (source / "__init__.py").is_file():
        return source
    try:
        folder = importlib.resources.files(package)
    except ModuleNotFoundError:
        raise ResourceMissing(f"the package {package}") from None
    # Qt and reportlab open files by name: the package must be plain files, never a zip.
    if not isinstance(folder, Path) or not folder.is_dir():
        raise ResourceMissing(f"the folder of the package {package}")
    return folder


def resources_root() -> Path:
    override = os.environ.get(RESOURCES_ENV)
    root = Path(override) if override else _package_folder("fieldpartner.assets", "resources")
    if not root.is_dir():
        raise ResourceMissing(f"the resources folder {root}")
    return root


def resource_path(*parts: str) -> Path:
    """The shipped file or folder ``parts`` under the resources folder; it must exist."""
    path = resources_root().joinpath(*parts)
    if not path.exists():
        raise ResourceMissing(str(path))
    return path


def translations_dir() -> Path:
    return _package_folder("fieldpartner.translations", "translations")


def translation_file(language: str) -> Path:
    """The compiled catalogue of ``language`` (``fr``, ``es``, ``ar``); built by ``make``."""
    path = translations_dir() / f"fieldpartner_{language}.qm"
    if not path.is_file():
        raise ResourceMissing(f"the compiled translation {path} (run make)")
    return path


def icon_path() -> Path:
    return resource_path("icons", "fieldpartner.svg")
