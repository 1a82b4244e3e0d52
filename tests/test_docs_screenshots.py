"""The README's tour shows screenshots that exist, and every screenshot kept is shown."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_screenshot_is_in_the_tour_and_every_one_in_it_exists():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = set(re.findall(r"docs/screenshots/([\w.-]+\.png)", readme))
    kept = {path.name for path in (ROOT / "docs" / "screenshots").glob("*.png")}
    assert shown - kept == set(), "the README shows screenshots that are missing"
    assert kept - shown == set(), "screenshots no page shows: remove them"
