"""Default bundle names give nothing away: no organisation, device or recipient."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from fieldpartner.sync.file_names import free_bundle_path, neutral_bundle_name


def test_a_bundle_name_holds_only_the_day_and_a_number() -> None:
    assert neutral_bundle_name(date(2026, 1, 15), 3) == "bundle-2026-01-15-3.fpbundle"


def test_the_next_free_name_never_overwrites_a_bundle(tmp_path: Path) -> None:
    day = date(2026, 12, 3)
    first = free_bundle_path(tmp_path, day)
    assert first.name == "bundle-2026-12-03-1.fpbundle"
    first.write_bytes(b"age")
    second = free_bundle_path(tmp_path, day)
    assert second.name == "bundle-2026-12-03-2.fpbundle"
    assert free_bundle_path(tmp_path, date(2026, 12, 4)).name == "bundle-2026-12-04-1.fpbundle"
