"""Screenshots of every main screen of FieldPartner, on a fresh demo vault, for the docs.

    .venv/bin/python tools/screenshots.py [--out docs/screenshots] [--size 1280x800]

Runs the real application windows on an X display: with no ``DISPLAY`` set it starts
itself again under ``xvfb-run``. It builds a small demo vault (fictional data) in a
temporary folder with the floor key-derivation parameters, opens the start dialog and
the main window at 1280x800, visits every page of ``page_classes()`` (and every tab
of the tab widgets on it), the settings and about dialogs, and saves one PNG per screen
plus a right-to-left one. Nothing is written outside the temporary folder but the PNGs;
the temporary folder (vault and Qt settings) is removed at the end.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "screenshots"  # a throw-away demo vault of fictional data


def _reexec_under_xvfb(argv: list[str]) -> int:
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        print("screenshots: no DISPLAY and no xvfb-run; install xvfb", file=sys.stderr)
        return 1
    command = [xvfb, "-a", "-s", "-screen 0 1600x1000x24", sys.executable, *argv]
    env = dict(os.environ, FIELDPARTNER_SCREENSHOTS_XVFB="1")
    return subprocess.call(command, env=env)


def _slug(text: str) -> str:
    text = text.replace("&", "").lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "tab"


class Shooter:
    def __init__(self, out: Path, size: tuple[int, int]) -> None:
        from PySide6.QtWidgets import QApplication

        self.app = QApplication.instance()
        self.out = out
        self.size = size
        self.saved: list[Path] = []
        self.problems: list[str] = []
        self.number = 0

    def settle(self, seconds: float = 0.6) -> None:
        """Let background reads finish and the screen repaint."""
        from PySide6.QtCore import QThreadPool

        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            self.app.processEvents()
            time.sleep(0.02)
        QThreadPool.globalInstance().waitForDone(10_000)
        for _ in range(20):
            self.app.processEvents()
            time.sleep(0.01)

    def shoot(self, name: str, widget: object) -> None:
        self.number += 1
        path = self.out / f"{self.number:02d}-{name}.png"
        try:
            pixmap = widget.grab()  # type: ignore[attr-defined]
            if pixmap.isNull() or not pixmap.save(str(path), "PNG"):
                raise RuntimeError("empty picture")
            self.saved.append(path)
            print(f"saved {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
        except Exception as exc:  # one bad screen must not stop the others
            self.problems.append(f"{name}: {type(exc).__name__}: {exc}")

    def attempt(self, name: str, step: Callable[[], None]) -> None:
        try:
            step()
        except Exception as exc:
            self.problems.append(f"{name}: {type(exc).__name__}: {exc}")


def _sample_ids(vault: object) -> dict[str, str]:
    """One record id per kind, for pages that show a single record."""
    from fieldpartner.domain.models import Assessment, Partner, Workshop
    from fieldpartner.domain.partners import list_partners
    from fieldpartner.domain.workshops import list_workshops

    ids: dict[str, str] = {}
    with vault.session() as session:  # type: ignore[attr-defined]
        partners = list_partners(session, limit=1)
        if partners:
            ids["partner"] = partners[0].id
        workshops = list_workshops(session)
        reviewing = [w for w in workshops if w.reviews_workshop_id]
        if workshops:
            ids["workshop"] = (reviewing or workshops)[0].id
        # The assessment with the most answers shows the editor at its fullest.
        from sqlalchemy import func, select

        from fieldpartner.domain.models import Answer

        row = session.execute(
            select(Assessment.id)
            .join(Answer, Answer.assessment_id == Assessment.id)
            .where(Assessment.deleted.is_(False))
            .group_by(Assessment.id)
            .order_by(func.count().desc())
            .limit(1)
        ).first()
        if row is not None:
            ids["assessment"] = row[0]
        del Partner, Workshop
    return ids


def _link_a_review(vault: object) -> None:
    """Make sure one workshop reviews an earlier plan, half reviewed, so the review tab
    shows what it is for (the demo may not link any)."""
    from fieldpartner.domain.workshops import (
        edit_workshop,
        follow_up_plan,
        list_workshops,
        review_follow_up,
    )

    with vault.transaction() as session:  # type: ignore[attr-defined]
        workshops = list_workshops(session)
        if not workshops or any(w.reviews_workshop_id for w in workshops):
            return
        latest = workshops[0]
        for earlier in workshops[1:]:
            plan = follow_up_plan(session, earlier)
            if len(plan) >= 1:
                edit_workshop(session, latest, reviews_workshop_id=earlier.id)
                review_follow_up(session, plan[0], "in_progress", "Draft shared with the board.")
                print(f"set-up: {latest.title!r} reviews the plan of {earlier.title!r}")
                return


def _shoot_tabs(shooter: Shooter, prefix: str, window: object, page: object) -> None:
    from PySide6.QtWidgets import QTabWidget

    for tabs in page.findChildren(QTabWidget):  # type: ignore[attr-defined]
        if not tabs.isVisible():
            continue
        for index in range(tabs.count()):
            if not tabs.isTabEnabled(index):
                continue
            tabs.setCurrentIndex(index)
            shooter.settle(0.4)
            shooter.shoot(f"{prefix}-tab-{_slug(tabs.tabText(index))}", window)
        tabs.setCurrentIndex(0)


def _organisation_with_a_device(hq: object, work: Path) -> None:
    """Make the demo vault an organisation's HQ with one enrolled field device, and one
    conflict (both sides changed the same partner's region), so the Sync page shows every
    tab with content. Fictional data; everything stays in ``work``."""
    from fieldpartner.domain.partners import edit_partner, find_partner, list_partners
    from fieldpartner.sync import (
        assign_partner,
        create_organisation,
        ensure_device_identity,
        export_bundle,
        import_bundle,
        join_organisation,
    )
    from fieldpartner.vault import Vault
    from fieldpartner.vault.keys import KdfParams

    profile, backup = work / "organisation.fporg", work / "hq-identity.txt"
    create_organisation(hq, "Demo organisation", profile, backup)  # type: ignore[arg-type]
    device, _recovery = Vault.create(
        work / "Field.fpvault",
        PASSPHRASE,
        name="Field laptop",
        kdf=KdfParams(salt=os.urandom(16)),
        accept_weak_passphrase=True,  # fictional data only
    )
    ensure_device_identity(device)
    join_organisation(device, profile, ensure_device_identity(hq).fingerprint)  # type: ignore[arg-type]
    bundles = work / "bundles"
    bundles.mkdir()
    first = export_bundle(device, bundles / "1.fpbundle")
    import_bundle(hq, first.path, trust=ensure_device_identity(device).fingerprint)  # type: ignore[arg-type]
    with hq.session() as session:  # type: ignore[attr-defined]
        name = list_partners(session, limit=1)[0].name
    assign_partner(hq, name, device.device_id)  # type: ignore[arg-type]
    import_bundle(device, export_bundle(hq, bundles / "2.fpbundle", to=device.device_id).path)  # type: ignore[arg-type]
    for vault, region in ((hq, "Nairobi and Mombasa"), (device, "Nairobi county")):
        with vault.transaction() as session:  # type: ignore[attr-defined]
            edit_partner(session, find_partner(session, name), region=region)
    import_bundle(hq, export_bundle(device, bundles / "3.fpbundle").path)  # type: ignore[arg-type]
    device.lock()


def run(out: Path, size: tuple[int, int]) -> int:
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication, QDialog

    app = QApplication(sys.argv[:1])
    app.setApplicationName("FieldPartner")
    app.setOrganizationName("FieldPartner screenshots")

    from fieldpartner.domain.demo import populate_demo
    from fieldpartner.ui.main_window import MainWindow, page_classes
    from fieldpartner.ui.start_dialog import StartDialog
    from fieldpartner.vault import Vault
    from fieldpartner.vault.keys import KdfParams

    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.png"):
        old.unlink()
    shooter = Shooter(out, size)
    work = Path(tempfile.mkdtemp(prefix="fieldpartner-shots-"))
    try:
        settings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)
        vault_path = work / "Demo.fpvault"
        vault, _recovery = Vault.create(
            vault_path,
            PASSPHRASE,
            name="Demo (fictional data)",
            kdf=KdfParams(salt=os.urandom(16)),
            accept_weak_passphrase=True,  # fictional data only
        )
        populate_demo(vault, size="small")

        start = StartDialog(settings, vault_path=vault_path)
        start.show()
        shooter.settle()
        shooter.shoot("start-dialog", start)
        start.close()
        start.deleteLater()

        _link_a_review(vault)
        _organisation_with_a_device(vault, work)
        ids = _sample_ids(vault)
        window = MainWindow(vault, settings=settings)
        window.resize(*size)
        window.show()
        shooter.settle(1.0)
        shown_keys = [cls.key for cls in page_classes()]
        print("pages:", ", ".join(shown_keys))
        window.build_all_pages()
        for page in window.page_list:
            key = page.key
            record = ids.get(key, "")

            def visit(page: object = page, key: str = key, record: str = record) -> None:
                if record and page.title():  # type: ignore[attr-defined]
                    # A page with its own list (e.g. assessments): the list, then a record.
                    window._navigate(key, "")
                    shooter.settle(1.0)
                    shooter.shoot(f"{key}-list", window)
                window._navigate(key, record)  # the route every page's links take
                shooter.settle(1.0)
                if key == "workshops" and ids.get("workshop"):
                    page.show_record(ids["workshop"])  # type: ignore[attr-defined]
                    shooter.settle(0.6)
                if key == "plan":
                    page.table.selectRow(0)  # type: ignore[attr-defined]
                shooter.shoot(key, window)
                _shoot_tabs(shooter, key, window, page)

            shooter.attempt(key, visit)

        for name, opener in (("settings", "show_settings"), ("about", "show_about")):

            def show(name: str = name, opener: str = opener) -> None:
                getattr(window, opener)()
                shooter.settle(0.5)
                dialogs = [d for d in window.findChildren(QDialog) if d.isVisible()]
                if not dialogs:
                    raise RuntimeError("no dialog opened")
                shooter.shoot(name, dialogs[-1])
                dialogs[-1].close()
                shooter.settle(0.2)

            shooter.attempt(name, show)

        def right_to_left() -> None:
            app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            window._navigate("workshops", "")
            shooter.settle(1.0)
            shooter.shoot("workshops-right-to-left", window)
            window._navigate("upcoming", "")
            shooter.settle(1.0)
            shooter.shoot("upcoming-right-to-left", window)
            app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

        shooter.attempt("right-to-left", right_to_left)

        def arabic() -> None:
            # A second window built after the Arabic catalogue is installed, as after a
            # restart in Arabic; hidden afterwards rather than closed (closing locks).
            from fieldpartner.ui.language import install_language

            translators = install_language(app, "ar")
            try:
                arabic_window = MainWindow(vault, settings=settings)
                arabic_window.resize(*size)
                arabic_window.show()
                shooter.settle(1.0)
                shooter.shoot("partners-arabic", arabic_window)
                arabic_window._navigate("sync", "")
                shooter.settle(1.0)
                shooter.shoot("sync-arabic", arabic_window)
                arabic_window.hide()
            finally:
                for translator in translators:
                    app.removeTranslator(translator)
                install_language(app, "en")

        shooter.attempt("arabic", arabic)
        window.lock()
        shooter.settle(0.3)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print(f"{len(shooter.saved)} screenshots in {out}")
    for problem in shooter.problems:
        print(f"problem: {problem}", file=sys.stderr)
    return 0 if len(shooter.saved) >= 6 and not shooter.problems else 1


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--size", default="1280x800", help="window size, WIDTHxHEIGHT")
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY") and not os.environ.get("FIELDPARTNER_SCREENSHOTS_XVFB"):
        return _reexec_under_xvfb([str(Path(__file__).resolve()), *argv])
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    width, height = (int(n) for n in args.size.lower().split("x"))
    return run(args.out.resolve(), (width, height))


if __name__ == "__main__":
    sys.exit(main())
