"""Portable mode: with ``.portable`` beside the executable, nothing is written to the profile."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from fieldpartner.app import DEMO_FOLDER, DEMO_PASSPHRASE
from fieldpartner.portable import MARKER, enter_portable_mode, portable_data_folder
from fieldpartner.vault import Vault
from fieldpartner.vault.keys import KdfParams

LAUNCHER = "import sys\nfrom fieldpartner.app import main\nsys.exit(main())\n"


def _profile_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
    )
    return env


def _files_under(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def test_the_marker_turns_portable_mode_on(tmp_path):
    assert portable_data_folder(tmp_path) is None
    (tmp_path / MARKER).touch()
    assert portable_data_folder(tmp_path) == tmp_path / "FieldPartner-data"


def test_entering_portable_mode_points_the_xdg_folders_beside_the_executable(tmp_path):
    environ: dict[str, str] = {}
    enter_portable_mode(tmp_path / "data", environ)
    assert environ["XDG_CONFIG_HOME"] == str(tmp_path / "data" / "config")
    assert all(Path(value).is_dir() for value in environ.values())
    assert (tmp_path / "data").stat().st_mode & 0o077 == 0


def test_a_portable_run_keeps_settings_and_the_demo_vault_beside_it(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    stick = tmp_path / "stick"
    stick.mkdir()
    (stick / "start-fieldpartner.py").write_text(LAUNCHER, encoding="utf-8")
    (stick / MARKER).touch()
    data = stick / "FieldPartner-data"
    # The demo vault made beforehand (filling it takes seconds): the run unlocks it from there.
    vault, _recovery = Vault.create(
        data / DEMO_FOLDER,
        DEMO_PASSPHRASE,
        name="Demo",
        kdf=KdfParams(salt=os.urandom(16)),
        accept_weak_passphrase=True,  # the demo vault, as the application makes it
    )
    vault.lock()
    demo = data / DEMO_FOLDER
    before = demo.stat().st_mtime_ns

    result = subprocess.run(
        [sys.executable, str(stick / "start-fieldpartner.py"), "--demo", "--quit-after", "3"],
        env=_profile_env(home),
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert result.returncode == 0, result.stderr
    assert _files_under(home) == []
    # The stick's demo vault was the one opened (its database journal came and went), and
    # the folders Qt writes to were made beside it.
    assert demo.stat().st_mtime_ns > before
    assert {p.name for p in data.iterdir()} >= {"settings", "config", "cache", DEMO_FOLDER}
