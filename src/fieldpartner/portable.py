"""Portable mode: the application carried on a USB stick keeps everything beside itself.

A file named ``.portable`` beside the executable (the folder of the PyInstaller build, or of
the ``fieldpartner`` script) turns it on, as in KeePassXC. The settings (preferences and the
recent vaults list), the logs and the demo vault then live in ``FieldPartner-data/`` beside
the executable, and nothing is written to the user's profile: on Linux the XDG folders that
Qt, fontconfig and the graphics drivers write to (settings, caches, data) are pointed into
that folder before Qt starts; on Windows and macOS Qt's settings use an INI file there
instead of the registry or ``~/Library/Preferences``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import MutableMapping
from pathlib import Path

MARKER = ".portable"
DATA_FOLDER = "FieldPartner-data"
# Each XDG variable and the sub-folder of the portable data folder it points to.
XDG_FOLDERS = {
    "XDG_CONFIG_HOME": "config",
    "XDG_CACHE_HOME": "cache",
    "XDG_DATA_HOME": "data",
    "XDG_STATE_HOME": "state",
}


def application_folder() -> Path:
    """The folder holding the executable the user started."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(sys.argv[0]).resolve().parent


def portable_data_folder(folder: Path | None = None) -> Path | None:
    """``FieldPartner-data`` beside the executable when the marker is there, else None."""
    folder = application_folder() if folder is None else folder
    if (folder / MARKER).is_file():
        return folder / DATA_FOLDER
    return None


def settings_folder(data: Path) -> Path:
    return data / "settings"


def logs_folder(data: Path) -> Path:
    return data / "logs"


def enter_portable_mode(data: Path, environ: MutableMapping[str, str] = os.environ) -> None:
    """Create the data folder (owner only) and point the XDG folders into it.

    Call before Qt starts; the caller then sets Qt's settings to INI files in
    ``settings_folder(data)``.
    """
    data.mkdir(mode=0o700, parents=True, exist_ok=True)
    for variable, name in XDG_FOLDERS.items():
        target = data / name
        target.mkdir(mode=0o700, exist_ok=True)
        environ[variable] = str(target)
    settings_folder(data).mkdir(mode=0o700, exist_ok=True)
