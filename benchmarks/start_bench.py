"""Start-up: launch -> start dialog shown, beside a bare PySide6 dialog measured in the same run;
unlock -> partner list first page; ``fieldpartner-cli --help`` beside a bare interpreter.

    python benchmarks/start_bench.py --runs 5

Each launch is a new process (offscreen), timed from just before it is started to the first
paint of the dialog; the figures are medians of the runs. The unlock is measured in the same
processes once the rest of the application has loaded (as it has by the time a user has typed
a passphrase), on a small demo vault with the floor key-derivation parameters.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PASSPHRASE = "start benchmark"

BARE = """
import sys, time
T0 = float(sys.argv[1])
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QVBoxLayout
app = QApplication(sys.argv[:1])

class Dialog(QDialog):
    def paintEvent(self, event):
        super().paintEvent(event)
        print(time.time() - T0, flush=True)
        app.quit()

dialog = Dialog()
QVBoxLayout(dialog).addWidget(QLabel("Hello"))
dialog.show()
app.exec()
"""

APPLICATION = """
import json, sys, time
T0 = float(sys.argv[1])
VAULT = sys.argv[2]
from PySide6.QtCore import QTimer
import fieldpartner.app as application
from fieldpartner.ui.start_dialog import StartDialog
try:
    from fieldpartner.ui.start_dialog import unlock_vault
except ImportError:  # versions that imported everything before the start dialog
    from fieldpartner.vault import Vault
    unlock_vault = Vault.unlock

figures = {}
shells = []

class Shell(application.AppShell):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        shells.append(self)

class TimedStartDialog(StartDialog):
    def paintEvent(self, event):
        super().paintEvent(event)
        if "shown" not in figures:
            figures["shown"] = time.time() - T0
            QTimer.singleShot(0, unlock)

def unlock():
    shell = shells[0]
    if getattr(shell, "preload", None) is not None:
        shell.preload.join()  # the user is still typing the passphrase
    figures["loaded"] = time.time() - T0
    started = time.perf_counter()
    shell.show_main(unlock_vault(VAULT, sys.argv[3]))

    def listed():
        window = shell.main_window
        if window is not None and window.partner_model.rowCount() > 0:
            figures["unlock"] = time.perf_counter() - started
            print(json.dumps(figures), flush=True)
            shell.quit()
        else:
            QTimer.singleShot(1, listed)

    listed()

application.AppShell = Shell
application.StartDialog = TimedStartDialog
sys.exit(application.main(["--vault", VAULT]))
"""


def environment(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
    )
    return env


def launch(code: str, *args: str, env: dict[str, str]) -> str:
    started = time.time()
    result = subprocess.run(
        [sys.executable, "-c", code, repr(started), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    return result.stdout.strip().splitlines()[-1]


def timed_command(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, capture_output=True, timeout=120, check=True)
    return time.perf_counter() - started


def make_vault(folder: Path) -> Path:
    from fieldpartner.domain.demo import populate_demo
    from fieldpartner.new_vault import create_vault
    from fieldpartner.vault.keys import KdfParams

    path = folder / "Start.fpvault"
    vault, _recovery = create_vault(
        path, PASSPHRASE, name="Start", kdf=KdfParams(salt=os.urandom(16))
    )
    try:
        populate_demo(vault, size="small")
    finally:
        vault.lock()
    return path


def cli_command() -> list[str]:
    script = Path(sys.executable).parent / "fieldpartner-cli"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "fieldpartner.cli"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        home.mkdir()
        env = environment(home)
        vault = make_vault(Path(tmp))
        bare, shown, loaded, unlock, cli_help, interpreter = [], [], [], [], [], []
        for _run in range(args.runs):
            bare.append(float(launch(BARE, env=env)))
            figures = json.loads(launch(APPLICATION, str(vault), PASSPHRASE, env=env))
            shown.append(figures["shown"])
            loaded.append(figures["loaded"])
            unlock.append(figures["unlock"])
            cli_help.append(timed_command([*cli_command(), "--help"], env))
            interpreter.append(timed_command([sys.executable, "-c", "pass"], env))

    def ms(values: list[float]) -> str:
        return f"{statistics.median(values) * 1000:.0f} ms"

    def spread(values: list[float]) -> str:
        return f"{min(values) * 1000:.0f}-{max(values) * 1000:.0f} ms"

    rows = [
        ("launch -> start dialog shown", shown, "0.8 s", bare, "bare PySide6 dialog"),
        (
            "launch -> the rest loaded (preload thread done)",
            loaded,
            "-",
            bare,
            "bare PySide6 dialog",
        ),
        ("unlock -> partner list first page (small demo vault)", unlock, "unchanged", None, ""),
        ("`fieldpartner-cli --help`", cli_help, "0.3 s", interpreter, "`python -c pass`"),
    ]
    print(f"Medians of {args.runs} runs (offscreen).\n")
    print("| step | median | range | target | baseline (same run) | ratio |")
    print("|---|---|---|---|---|---|")
    for label, values, target, baseline, name in rows:
        if baseline is None:
            base, ratio = "-", "-"
        else:
            base = f"{name}: {ms(baseline)}"
            ratio = f"{statistics.median(values) / statistics.median(baseline):.1f}"
        print(f"| {label} | {ms(values)} | {spread(values)} | {target} | {base} | {ratio} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
