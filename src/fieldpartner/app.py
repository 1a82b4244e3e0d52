"""``fieldpartner``: start Qt, then the unlock dialog or the demo vault, then the main window.

``AppShell`` owns the one flow between windows: the start dialog hands over an unlocked
vault, the main window hands back its folder when the user locks it, and quitting locks
whatever is open. Nothing here is global; tests can build a shell with their own settings.

The demo vault (``--demo``) lives in the application's data folder and uses the fixed
passphrase ``demo``: it holds only fictional data and is not protected in any real sense.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QSettings,
    QStandardPaths,
    QThreadPool,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from fieldpartner import __version__
from fieldpartner.hardening import disable_core_dumps
from fieldpartner.logs import start_logging
from fieldpartner.portable import enter_portable_mode, portable_data_folder, settings_folder
from fieldpartner.resources import icon_path
from fieldpartner.ui.common.preferences import clear_recent, language
from fieldpartner.ui.language import install_language, switch_language
from fieldpartner.ui.problem_report_dialog import default_log_folder
from fieldpartner.ui.start_dialog import StartDialog, unlock_vault
from fieldpartner.ui.worker import BackgroundTask, TaskControl, run_in_background
from fieldpartner.vault import is_vault

if TYPE_CHECKING:
    from fieldpartner.ui.main_window import MainWindow
    from fieldpartner.vault import Vault

APP_NAME = "FieldPartner"
DEMO_PASSPHRASE = "demo"  # demo vaults hold fictional data only; see the module docstring
DEMO_FOLDER = "Demo.fpvault"
# How long quitting waits for background work (a key derivation, a demo page) to stop.
QUIT_WAIT_MS = 30_000
# The rest of the application loads this long after the start dialog is asked to show, so
# that loading does not compete with painting the dialog.
PRELOAD_DELAY_MS = 100


def demo_vault_path() -> Path:
    portable = portable_data_folder()
    if portable is not None:
        return portable / DEMO_FOLDER
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / DEMO_FOLDER


def load_the_rest() -> None:
    """Import what an open vault and the main window need (SQLAlchemy, Alembic, the
    templates, reports, every page), then prepare the process (startup.py).

    Runs on a thread of its own while the start dialog waits for a passphrase, so the dialog
    shows after Qt and the vault header code alone (docs/performance.md). Objects alive at
    the end (the modules, and the start dialog's widgets) are frozen out of the collector's
    walk; no record has been read yet.
    """
    import fieldpartner.domain.demo
    import fieldpartner.new_vault
    import fieldpartner.ui.main_window
    import fieldpartner.vault.vault  # noqa: F401
    from fieldpartner.startup import prepare_process

    make_qt_types()
    prepare_process()


def make_qt_types() -> None:
    """Make the Python type of every class of the Qt modules loaded, with its enums.

    PySide makes a class's Python type, and an ``enum`` class for each of its enums, the
    first time the class is used, also when Qt hands one of its objects to Python (an
    event, a style option while a table paints). Building and first painting the main
    window used to make about 200 enums that way, 20-40 ms of the interface thread spread
    over the first turns; made here, on the preload thread, they are frozen with the rest
    (about 100 ms for QtCore, QtGui and QtWidgets)."""
    for name, module in list(sys.modules.items()):
        if name.startswith("PySide6.Qt") and module is not None:
            for attribute in dir(module):
                getattr(module, attribute)


class Preload:
    """``load_the_rest`` on a thread; ``wait`` re-raises what it raised (a broken install)."""

    def __init__(self) -> None:
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="preload", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        try:
            load_the_rest()
        except BaseException as exc:  # handed to the interface thread by wait()
            self._error = exc

    def join(self) -> None:
        self.start()
        assert self._thread is not None
        self._thread.join()

    def wait(self) -> None:
        self.join()
        if self._error is not None:
            raise self._error


def create_demo_vault(path: Path, control: TaskControl) -> Vault:
    """Make the demo vault and fill it; on failure or cancel nothing is left behind."""
    from fieldpartner.domain.demo import populate_demo
    from fieldpartner.new_vault import create_vault
    from fieldpartner.vault.vault import wipe

    # Fictional data under a known passphrase: the weak passphrase is acknowledged here.
    vault, _recovery_key = create_vault(
        path, DEMO_PASSPHRASE, name="Demo", accept_weak_passphrase=True
    )
    try:
        populate_demo(vault, size="small", progress=control.progress)
    except BaseException:
        vault.lock()
        wipe(path)
        raise
    return vault


class AppShell(QObject):
    """Moves between the start dialog and the main window; locks the vault on quit."""

    def __init__(
        self,
        settings: QSettings,
        parent: QObject | None = None,
        preload: Preload | None = None,
        translators: list[QTranslator] | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.translators = translators if translators is not None else []
        self.preload = preload
        self.start_dialog: StartDialog | None = None
        self.main_window: MainWindow | None = None
        self._task: BackgroundTask | None = None
        self._quitting = False
        self._message: QMessageBox | None = None
        # Where the user was when a vault locked: (vault folder, page key, record id), in
        # memory only, to come back to it when the same vault is unlocked again.
        self._left_at: tuple[Path, str, str, int] | None = None

    # --- the start dialog and the main window ---------------------------------------

    def show_start(self, vault_path: Path | None = None) -> None:
        dialog = StartDialog(self.settings, vault_path=vault_path)
        dialog.vault_opened.connect(self.show_main)
        dialog.rejected.connect(self._start_rejected)
        self.start_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _start_rejected(self) -> None:
        self.start_dialog = None
        if self.main_window is None:
            QApplication.quit()

    def show_main(self, vault: Vault) -> None:
        if self._quitting:
            vault.lock()
            return
        if self.preload is not None:
            self.preload.wait()  # usually long done: unlocking takes longer than loading
        from fieldpartner.ui.main_window import MainWindow

        if self.start_dialog is not None:
            self.start_dialog.deleteLater()
            self.start_dialog = None
        window = MainWindow(vault, settings=self.settings)
        window.locked.connect(self._locked)
        window.wiped.connect(self._wiped)
        window.language_changed.connect(self._switch_language)
        self.main_window = window
        window.show()
        if self._left_at is not None and self._left_at[0] == Path(vault.path):
            window.resume(*self._left_at[1:])
        self._left_at = None

    def _locked(self, path: Path | None) -> None:
        window = self.main_window
        self.main_window = None
        if window is not None and path is not None:
            self._left_at = (Path(path), *window.left_at)
        if window is not None:
            window.deleteLater()
        if not self._quitting:
            self.show_start(path)

    def _switch_language(self, code: str) -> None:
        """Speak ``code`` at once: the window hands the open vault (what was typed saved)
        to a new one built in the new language, back on the same page and record, with
        the dialogs that were open opened again holding what was typed in them."""
        from fieldpartner.ui.common.carry_over import reopen  # with the window's code

        window = self.main_window
        if window is None:
            return
        vault = window.hand_over()
        self.main_window = None
        window.deleteLater()
        app = QCoreApplication.instance()
        if app is not None:
            self.translators = switch_language(app, code, self.translators)
        if vault is not None:
            self._left_at = (Path(vault.path), *window.left_at)
            self.show_main(vault)
            if self.main_window is not None:
                reopen(self.main_window, window.dialogs_left_open)

    def _wiped(self, path: Path) -> None:
        """After an emergency wipe: no trace of any vault's path, then the start dialog."""
        clear_recent(self.settings)
        self._locked(None)

    # --- the demo vault --------------------------------------------------------------

    def open_demo(self) -> None:
        path = demo_vault_path()
        if is_vault(path):
            label = self.tr("Unlocking the demo vault…")
            work = lambda _control: unlock_vault(path, DEMO_PASSPHRASE)  # noqa: E731
            cancellable = False
        else:
            if path.exists():
                # A folder left by an interrupted run, without a header: not a vault.
                shutil.rmtree(path, ignore_errors=True)
            label = self.tr("Creating the demo vault with fictional partners…")
            work = lambda control: create_demo_vault(path, control)  # noqa: E731
            cancellable = True
        self._task = run_in_background(
            work,
            on_success=self.show_main,
            on_failure=self._demo_failed,
            progress_label=label,
            cancellable=cancellable,
        )

    def _demo_failed(self, message: str, _exc: BaseException) -> None:
        if self._quitting:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("FieldPartner"),
            self.tr("The demo vault could not be opened: {reason}").format(reason=message),
        )
        box.setObjectName("demoFailed")
        self._message = box
        box.open()
        self.show_start()

    # --- quitting --------------------------------------------------------------------

    def shutdown(self) -> None:
        """Stop background work, lock the vault and close every window (idempotent)."""
        self._quitting = True
        if self._task is not None and self._task.is_running:
            self._task.cancel()
        QThreadPool.globalInstance().waitForDone(QUIT_WAIT_MS)
        if self.preload is not None:
            self.preload.join()  # an interpreter must not exit in the middle of an import
        # Deliver the results of work that just finished, so an unlocked vault is locked.
        QApplication.processEvents()
        if self.start_dialog is not None:
            self.start_dialog.abandon()
            self.start_dialog = None
        if self.main_window is not None:
            self.main_window.close()  # closing locks the vault
            self.main_window = None

    def quit(self) -> None:
        self.shutdown()
        QApplication.quit()


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="fieldpartner",
        description="FieldPartner: encrypted, offline-first assessment of partner organisations.",
    )
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--vault", type=Path, metavar="PATH", help="offer to unlock this vault")
    which.add_argument(
        "--demo",
        action="store_true",
        help="open the demo vault of fictional data (created on first use)",
    )
    parser.add_argument(
        "--quit-after",
        type=float,
        metavar="SECONDS",
        help="quit cleanly after this many seconds, locking the vault (for smoke tests)",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    args, _qt_args = parser.parse_known_args(argv)
    return args


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parse_args(argv)
    disable_core_dumps()
    portable = portable_data_folder()
    if portable is not None:  # before Qt reads any setting or standard path: see portable.py
        enter_portable_mode(portable)
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings_folder(portable))
        )
    QApplication.setApplicationName(APP_NAME)
    QApplication.setOrganizationName(APP_NAME)
    QApplication.setApplicationDisplayName(APP_NAME)
    QApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName("fieldpartner")
    # High-DPI scaling and the system palette are Qt 6's defaults: no style is forced.
    app = QApplication([sys.argv[0], *argv])
    # Failures (type and frames, never record content) go to the data folder's log, which
    # Help → Problem report shows; uncaught ones too, on every thread.
    try:
        start_logging(default_log_folder())
    except OSError as exc:
        print(f"FieldPartner: no log ({exc.strerror})", file=sys.stderr)
    app.setWindowIcon(QIcon(str(icon_path())))

    settings = QSettings()
    translators = install_language(app, language(settings))
    preload = Preload()
    shell = AppShell(settings, preload=preload, translators=translators)
    if args.demo:
        shell.open_demo()
    else:
        shell.show_start(args.vault.expanduser() if args.vault else None)
    QTimer.singleShot(PRELOAD_DELAY_MS, preload.start)
    if args.quit_after is not None:
        QTimer.singleShot(int(args.quit_after * 1000), shell.quit)
    code = app.exec()
    shell.shutdown()
    return code


if __name__ == "__main__":
    sys.exit(main())
