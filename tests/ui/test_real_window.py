"""The whole walk through the real window on an X display (tests/ui/real_window_walk.py):
create a vault, import partners from a spreadsheet, assess, finalise after following the
refusal's link to the unanswered question, back up, lock, unlock back in place.

Runs in the default suite, under an Xvfb this test starts itself (Xvfb and xauth are
installed by ``./bootstrap``): the walk runs in a process of its own, whose Qt uses the
xcb platform on that display (this process's Qt is offscreen). A screenshot of the screen
is taken at each step into a temporary folder, and also into the folder named by
``FIELDPARTNER_WALK_SHOTS`` when it is set.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
STEPS = [
    "vault-created",
    "spreadsheet-preview",
    "partners-imported",
    "assessed",
    "finalise-refused",
    "refusal-link-followed",
    "finalised",
    "backup",
    "locked",
    "unlocked-back-in-place",
]
PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def display(tmp_path: Path) -> Iterator[str]:
    """An Xvfb of this test's own, on the first free display number (it says which)."""
    xvfb = shutil.which("Xvfb")
    assert xvfb is not None, "Xvfb is missing: ./bootstrap test installs it"
    read, write = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as announced:
            number = announced.readline().strip()  # written once the server accepts clients
        assert number.isdigit(), "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest.mark.xvfb
def test_the_whole_walk_through_the_real_window(display: str, tmp_path: Path) -> None:
    shots = tmp_path / "shots"
    shots.mkdir()
    env = dict(
        os.environ,
        DISPLAY=display,
        QT_QPA_PLATFORM="xcb",
        FIELDPARTNER_WALK_OUT=str(shots),
        PYTHONPATH=os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]),
    )
    env.pop("WAYLAND_DISPLAY", None)
    walked = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-p",
            "no:xdist",
            f"--basetemp={tmp_path / 'walk'}",
            str(HERE / "real_window_walk.py"),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    copy_to = os.environ.get("FIELDPARTNER_WALK_SHOTS")
    if copy_to:
        shutil.copytree(shots, copy_to, dirs_exist_ok=True)
    assert walked.returncode == 0, walked.stdout[-4000:] + walked.stderr[-2000:]
    steps = json.loads((shots / "steps.json").read_text(encoding="utf-8"))
    assert [s["step"] for s in steps] == STEPS
    for step in steps:
        picture = (shots / step["screenshot"]).read_bytes()
        assert picture.startswith(PNG) and len(picture) > 10_000, step["screenshot"]
    by_name = {s["step"]: s for s in steps}
    assert "3" in by_name["partners-imported"]["count"]
    assert by_name["finalise-refused"]["refusal"]
    assert by_name["unlocked-back-in-place"]["record"] == by_name["assessed"]["assessment"]
