"""Screenshots of FieldPartner's features, on a fresh demo vault, for the README's tour.

    .venv/bin/python tools/screenshots.py [--out docs/screenshots] [--size 1280x800]

Runs the real application windows on an X display: with no ``DISPLAY`` set it starts
itself again under ``xvfb-run``. It builds a small demo vault (fictional data) in a
temporary folder with the floor key-derivation parameters, opens the start dialog and the
main window, and saves one PNG per feature, named after it (``partner-header.png``,
``spreadsheet-import-preview.png``, ``backup.png``...), in English and, for some, in
Arabic (``...-arabic.png``). The PNGs already in the folder are removed first. Nothing is
written outside the temporary folder but the PNGs; the temporary folder (vault, Qt
settings, the sample spreadsheet) is removed at the end.
"""

from __future__ import annotations

import argparse
import os
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


class Shooter:
    def __init__(self, out: Path, size: tuple[int, int]) -> None:
        from PySide6.QtWidgets import QApplication

        self.app = QApplication.instance()
        self.out = out
        self.size = size
        self.saved: list[Path] = []
        self.problems: list[str] = []

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
        path = self.out / f"{name}.png"
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


def _draft_with_gaps(vault: object) -> str:
    """A draft assessment with unanswered questions (finalising it is refused), or ""."""
    from sqlalchemy import select

    from fieldpartner.domain.assessments import finalise_problems
    from fieldpartner.domain.models import Assessment

    with vault.session() as session:  # type: ignore[attr-defined]
        drafts = session.scalars(
            select(Assessment).where(Assessment.status == "draft", Assessment.deleted.is_(False))
        ).all()
        for draft in drafts:
            if finalise_problems(session, draft):
                return draft.id
    return ""


def _partner_of(vault: object, assessment_id: str) -> str:
    from fieldpartner.domain.assessments import get_assessment

    with vault.session() as session:  # type: ignore[attr-defined]
        return get_assessment(session, assessment_id).partner_id


def _open_dialog(window: object, opener: Callable[[], object]) -> object:
    """Call ``opener`` and return the dialog it opened (the newest visible one)."""
    from PySide6.QtWidgets import QApplication, QDialog

    before = {w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog)}
    result = opener()
    if isinstance(result, QDialog):
        return result
    shown = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QDialog) and w.isVisible() and w not in before
    ]
    if not shown:
        raise RuntimeError("no dialog opened")
    return shown[-1]


def _features(
    shooter: Shooter, window: object, ids: dict[str, str], work: Path, suffix: str = ""
) -> None:
    """One screenshot per feature of the tour; ``suffix`` names the language's set."""
    from fieldpartner.domain.templates.resources import templates_dir

    def page(key: str, record: str = "") -> object:
        window._navigate(key, record)  # type: ignore[attr-defined]
        shooter.settle(1.0)
        return window.page(key)  # type: ignore[attr-defined]

    def partners() -> None:
        list_page = page("partners")
        list_page.search.clear()  # type: ignore[attr-defined]
        shooter.settle(0.6)
        shooter.shoot(f"partners{suffix}", window)

    def search_accents() -> None:
        list_page = page("partners")
        list_page.search.setText("asociacion")  # type: ignore[attr-defined]
        shooter.settle(1.0)
        shooter.shoot(f"search-accents{suffix}", window)
        list_page.search.clear()  # type: ignore[attr-defined]

    def partner_header() -> None:
        page("partner", ids["partner"])
        shooter.settle(0.6)
        shooter.shoot(f"partner-header{suffix}", window)

    def assessment() -> None:
        shown = page("assessment", ids["assessment"])
        shooter.settle(1.0)
        shooter.shoot(f"assessment{suffix}", window)
        view = shown.view  # type: ignore[attr-defined]
        view.tabs.setCurrentWidget(view.results)
        shooter.settle(1.5)
        shooter.shoot(f"assessment-results{suffix}", window)
        view.tabs.setCurrentIndex(0)

    def finalise_refusal() -> None:
        shown = page("assessment", ids["draft"])
        view = shown.view  # type: ignore[attr-defined]
        view.finalise_button.click()
        shooter.settle(1.0)
        if not view.missing_label.isVisible():
            raise RuntimeError("finalising was not refused")
        shooter.shoot(f"finalise-refusal{suffix}", window)

    def workshop_review() -> None:
        shown = page("workshops", ids["workshop"])
        shown.show_record(ids["workshop"])  # type: ignore[attr-defined]
        shooter.settle(1.0)
        editor = shown.editor  # type: ignore[attr-defined]
        tabs = editor.tabs
        tabs.setCurrentIndex(tabs.count() - 1)  # the review of the earlier plan
        shooter.settle(0.6)
        shooter.shoot(f"workshop-review{suffix}", window)
        tabs.setCurrentIndex(0)

    def upcoming() -> None:
        page("upcoming")
        shooter.shoot(f"upcoming{suffix}", window)

    def conflicts() -> None:
        shown = page("sync")
        tabs = shown.tabs  # type: ignore[attr-defined]
        tabs.setCurrentWidget(shown.conflicts)  # type: ignore[attr-defined]
        shooter.settle(1.0)
        shooter.shoot(f"sync-conflicts{suffix}", window)
        tabs.setCurrentIndex(0)

    def dialog(name: str, opener: Callable[[], object], prepare: Callable[[object], None]) -> None:
        page("partners")
        shown = _open_dialog(window, opener)
        shown.raise_()  # type: ignore[attr-defined]
        shooter.settle(0.6)
        prepare(shown)
        shooter.settle(1.0)
        shooter.shoot(f"{name}{suffix}", _OnScreen(window))
        shown.close()  # type: ignore[attr-defined]
        shooter.settle(0.3)

    def backup(shown: object) -> None:
        shown.folder_edit.setText(str(work / "usb"))  # type: ignore[attr-defined]

    def passphrase(shown: object) -> None:
        shown.current.setText("screenshots")  # type: ignore[attr-defined]
        shown.new.new_passphrase.setText("seven ochre lanterns drift past midnight")  # type: ignore[attr-defined]
        shown.new.repeat_passphrase.setText("seven ochre lanterns drift past midnight")  # type: ignore[attr-defined]

    def template(shown: object) -> None:
        example = templates_dir() / "examples" / "example-due-diligence.json"
        shown.ask_file_path = lambda: str(example)  # type: ignore[attr-defined]
        shown.choose_button.click()  # type: ignore[attr-defined]

    def spreadsheet(shown: object) -> None:
        shown.ask_file_path = lambda: str(work / "partners.xlsx")  # type: ignore[attr-defined]
        shown.choose_button.click()  # type: ignore[attr-defined]
        shooter.settle(1.0)
        shown.check_button.click()  # type: ignore[attr-defined]

    def nothing(_shown: object) -> None:
        pass

    steps: list[tuple[str, Callable[[], None]]] = [
        ("partners", partners),
        ("partner-header", partner_header),
        ("assessment", assessment),
    ]
    if not suffix:
        steps += [
            ("search-accents", search_accents),
            ("finalise-refusal", finalise_refusal),
            ("workshop-review", workshop_review),
            ("upcoming", upcoming),
            ("sync-conflicts", conflicts),
        ]
    dialogs: list[tuple[str, Callable[[], object], Callable[[object], None]]] = [
        ("guide", window.show_guide, nothing),  # type: ignore[attr-defined]
        ("spreadsheet-import-preview", window.show_partner_import, spreadsheet),  # type: ignore[attr-defined]
    ]
    if not suffix:
        dialogs += [
            ("backup", window.show_backup, backup),  # type: ignore[attr-defined]
            ("passphrase-change", window.show_change_passphrase, passphrase),  # type: ignore[attr-defined]
            ("template-import", window.show_template_import, template),  # type: ignore[attr-defined]
            ("settings", window.show_settings, nothing),  # type: ignore[attr-defined]
        ]
    for name, step in steps:
        shooter.attempt(name + suffix, step)
    for name, opener, prepare in dialogs:
        shooter.attempt(
            name + suffix,
            lambda name=name, opener=opener, prepare=prepare: dialog(name, opener, prepare),
        )


class _OnScreen:
    """The window's part of the screen, with the dialog shown over it."""

    def __init__(self, window: object) -> None:
        self.window = window

    def grab(self) -> object:
        frame = self.window.frameGeometry()  # type: ignore[attr-defined]
        screen = self.window.screen()  # type: ignore[attr-defined]
        return screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())


def _add_sample_records(vault: object, work: Path) -> None:
    """A partner whose name has accents (found by a search without them) and a partner
    spreadsheet with one row to refuse, for the import preview. Fictional data."""
    import openpyxl

    from fieldpartner.domain.partners import add_partner

    with vault.transaction() as session:  # type: ignore[attr-defined]
        add_partner(session, name="Asociación Pro Derechos Humanos", country="PE")
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in (
        ["Organisation", "Country", "Contact", "Email"],
        ["Centro de Estudios Legales", "Argentina", "Lucía Gómez", "lucia@cel.example"],
        ["Legal Aid Network", "Kenya", "Amina Yusuf", "amina@lan.example"],
        ["Unknown Place Forum", "Narnia", "", ""],
    ):
        sheet.append(row)
    book.save(work / "partners.xlsx")
    (work / "usb").mkdir()


def run(out: Path, size: tuple[int, int]) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    app.setApplicationName("FieldPartner")
    app.setOrganizationName("FieldPartner screenshots")

    from fieldpartner.domain.demo import populate_demo
    from fieldpartner.ui.language import install_language, switch_language
    from fieldpartner.ui.main_window import MainWindow
    from fieldpartner.ui.start_dialog import StartDialog
    from fieldpartner.vault import Vault
    from fieldpartner.vault.keys import KdfParams

    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.png"):
        old.unlink()
    shooter = Shooter(out, size)
    work = Path(tempfile.mkdtemp(prefix="fieldpartner-shots-"))
    translators = install_language(app, "en")  # as fieldpartner does at start
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
        _add_sample_records(vault, work)
        ids = _sample_ids(vault)
        ids["draft"] = _draft_with_gaps(vault)
        ids["partner"] = _partner_of(vault, ids["assessment"])  # a header with a rating
        for language, suffix in (("en", ""), ("ar", "-arabic")):
            translators = switch_language(app, language, translators)
            window = MainWindow(vault, settings=settings)
            window.resize(*size)
            window.show()
            shooter.settle(1.0)
            window.build_all_pages()
            _features(shooter, window, ids, work, suffix)
            window.hide()  # hidden rather than closed: closing locks the vault
            window.deleteLater()
            shooter.settle(0.5)
        vault.lock()
    finally:
        switch_language(app, "en", translators)
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
