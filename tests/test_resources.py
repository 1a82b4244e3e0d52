"""Shipped resources: found in the package, and a missing one is an error that names it."""

from __future__ import annotations

import importlib.resources
from pathlib import Path

import pytest

from fieldpartner.domain.templates.store import builtin_template_files
from fieldpartner.resources import (
    RESOURCES_ENV,
    ResourceMissing,
    icon_path,
    resource_path,
    translation_file,
)

REPOSITORY = Path(__file__).parents[1]


def test_the_shipped_files_are_found():
    assert resource_path("fonts", "NotoNaskhArabic-Regular.ttf").stat().st_size > 100_000
    assert icon_path().read_text(encoding="utf-8").lstrip().startswith("<")
    assert len(builtin_template_files()) >= 5
    for language in ("fr", "es", "ar"):
        assert translation_file(language).read_bytes()[:4] == b"\x3c\xb8\x64\x18"  # Qt .qm


def test_an_installed_package_maps_the_repository_folders():
    # The editable install (make setup) maps fieldpartner.assets to resources/; an install
    # made before setup.py mapped it has no such package: run make setup again.
    folder = importlib.resources.files("fieldpartner.assets")
    assert Path(str(folder)).resolve() == (REPOSITORY / "resources").resolve()


def test_a_missing_file_raises_naming_it():
    with pytest.raises(ResourceMissing, match=r"incomplete: .*fonts/NoSuchFont\.ttf is missing"):
        resource_path("fonts", "NoSuchFont.ttf")


def test_a_missing_catalogue_raises():
    with pytest.raises(ResourceMissing, match=r"fieldpartner_xx\.qm"):
        translation_file("xx")


def test_a_build_without_built_in_templates_is_an_error(tmp_path, monkeypatch):
    (tmp_path / "templates" / "builtin").mkdir(parents=True)
    monkeypatch.setenv(RESOURCES_ENV, str(tmp_path))
    with pytest.raises(ResourceMissing, match="built-in templates"):
        builtin_template_files()


def test_a_missing_resources_folder_is_an_error(tmp_path, monkeypatch):
    monkeypatch.setenv(RESOURCES_ENV, str(tmp_path / "absent"))
    with pytest.raises(ResourceMissing, match="resources folder"):
        builtin_template_files()
