"""Default names of the files that leave a vault (bundles): neutral by default.

A bundle found on a USB stick at a checkpoint must not name the organisation, the device or
the person who made it, so the default name holds only the day and a number. What the
bundle is for is inside it, encrypted (its signed manifest).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

BUNDLE_SUFFIX = ".fpbundle"


def neutral_bundle_name(day: date, number: int) -> str:
    """``bundle-2026-01-15-1.fpbundle``: no organisation, device or recipient."""
    return f"bundle-{day.isoformat()}-{number}{BUNDLE_SUFFIX}"


def free_bundle_path(folder: Path, day: date) -> Path:
    """The first neutral name not in ``folder`` yet: a bundle is never overwritten."""
    number = 1
    while (folder / neutral_bundle_name(day, number)).exists():
        number += 1
    return folder / neutral_bundle_name(day, number)
