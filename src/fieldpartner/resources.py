"""Where the shipped resources (templates, demo seeds, fonts, icons) are found.

In a source checkout or an editable install they are in the repository's ``resources/``;
in a PyInstaller build they are unpacked beside the executable. ``FIELDPARTNER_RESOURCES``
overrides both (for packagers and tests).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

RESOURCES_ENV = "FIELDPARTNER_RESOURCES"


def resources_root() -> Path:
    override = os.environ.get(RESOURCES_ENV)
    if override:
        return Path(override)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    return resources_root().joinpath(*parts)
