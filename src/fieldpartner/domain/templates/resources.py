"""Where the template schema and the built-in templates are on disk."""

from __future__ import annotations

from pathlib import Path

from fieldpartner.resources import RESOURCES_ENV, resource_path, resources_root

__all__ = [
    "RESOURCES_ENV",
    "builtin_dir",
    "library_dir",
    "resources_dir",
    "schema_path",
    "templates_dir",
]


def resources_dir() -> Path:
    return resources_root()


def templates_dir() -> Path:
    return resource_path("templates")


def schema_path() -> Path:
    return templates_dir() / "template.schema.json"


def builtin_dir() -> Path:
    return templates_dir() / "builtin"


def library_dir() -> Path:
    """Optional templates of established tools: listed, stored in a vault only on request."""
    return templates_dir() / "library"
