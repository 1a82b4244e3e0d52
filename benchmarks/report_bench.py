"""Report benchmark: the partner dossier of a partner with 20 assessments, against bare
reportlab producing a document of the same page count in the same run (DESIGN.md
"Performance": a ratio to a baseline measured in the same run), and the longest time the
report dialog's window stops while that dossier is generated.

    .venv/bin/python benchmarks/report_bench.py [--runs 5] [--lang en|fr|es|ar] [--no-dialog]

Builds a throw-away vault (floor Argon2id parameters, fictional data): the small demo data
plus the partner the report tests use (``tests/reports/report_helpers.busy_partner``): 20
answered assessments cycling through the five built-in templates (due diligence,
capacity, partnership dialogue, two-way, workshop review; a third of them final, the rest
drafts, whose results are computed at render time, the slower path) and two workshops.

Prints, as the median of ``--runs``:

- the dossier (contents, profile and summary, 20 full assessment reports, 2 workshop
  reports; two layout passes for the contents' page numbers): time, pages, pages/s;
- the baseline: what reportlab costs with no FieldPartner code at all, the same number of
  A4 pages of a heading, a 12-row table and a paragraph per page in Helvetica (no font
  embedding, no bidi, no database, one pass); and the ratio;
- the report dialog (offscreen Qt) generating the same dossier: the longest gap between
  ticks of a 5 ms timer on the interface thread from Generate until the preview shows it
  (DESIGN.md: the interface never freezes for more than 100 ms). By default the process
  starts as the application does (its modules imported, then ``startup.prepare_process``,
  the start-up freeze of long-lived objects, before any vault is opened); ``--no-freeze``
  leaves it out, as the test suite runs. The interface waits for the worker thread only for the GIL: reportlab
  is pure Python, and a full cycle collection in the worker holds the GIL throughout.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table

from fieldpartner.domain.demo import populate_demo
from fieldpartner.reports import render_report
from fieldpartner.vault import Vault
from fieldpartner.vault.keys import KdfParams

# The partner the report tests check is the one measured here.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "reports"))
from report_helpers import busy_partner

PASSPHRASE = "report benchmark only"
TICK_MS = 5


def page_count(data: bytes) -> int:
    info = subprocess.run(["pdfinfo", "-"], input=data, capture_output=True, check=True)
    for line in info.stdout.decode().splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    raise RuntimeError("pdfinfo gave no page count")


def baseline(pages: int) -> bytes:
    styles = getSampleStyleSheet()
    story = []
    for page in range(pages):
        story.append(Paragraph(f"Section {page + 1}", styles["Heading1"]))
        story.append(Table([[f"Row {r}", "Score", f"{r / 3:.2f}", "Rating"] for r in range(12)]))
        story.append(
            Paragraph("Baseline paragraph text for the benchmark. " * 12, styles["BodyText"])
        )
        if page < pages - 1:
            story.append(PageBreak())
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


def timed(work: Callable[[], bytes], runs: int) -> tuple[float, bytes]:
    times, data = [], b""
    for _ in range(runs):
        start = time.perf_counter()
        data = work()
        times.append(time.perf_counter() - start)
    return statistics.median(times), data


def dialog_stalls(vault: Vault, partner_id: str, lang: str, runs: int) -> list[tuple[float, float]]:
    """Generate the dossier in the report dialog ``runs`` times: for each run, (seconds
    from Generate to the preview, longest gap between interface-thread ticks)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from fieldpartner.ui.report_dialog import ReportDialog

    app = QApplication.instance() or QApplication([])
    results = []
    for _ in range(runs):
        dialog = ReportDialog(vault, "dossier", partner_id, lang=lang)
        dialog.show()
        app.processEvents()
        ticks: list[float] = []
        timer = QTimer()
        timer.setInterval(TICK_MS)
        timer.timeout.connect(lambda ticks=ticks: ticks.append(time.perf_counter()))
        timer.start()
        started = time.perf_counter()
        dialog.generate_button.click()
        while not dialog.save_button.isEnabled():
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            time.sleep(0.001)
            failed = dialog.task is not None and not dialog.task.is_running
            if failed and not dialog.save_button.isEnabled():
                raise RuntimeError(dialog.status.text())
        took = time.perf_counter() - started
        ticks.append(time.perf_counter())  # a gap still open at the end counts too
        timer.stop()
        gaps = [b - a for a, b in zip([started, *ticks], ticks, strict=False)]
        results.append((took, max(gaps)))
        dialog.close()
        dialog.deleteLater()
        app.processEvents()
    return results


def print_stalls(data: bytes, folder: Path, runs: int) -> list[tuple[float, float]]:
    """Print the dossier ``runs`` times as the report dialog does (off the interface
    thread), to a QPdfWriter in ``folder`` standing in for the printer: for each run,
    (seconds, longest gap between interface-thread ticks)."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtGui import QPageSize, QPdfWriter
    from PySide6.QtWidgets import QApplication

    from fieldpartner.ui.report_dialog import paint_pdf_pages
    from fieldpartner.ui.worker import run_in_background

    app = QApplication.instance() or QApplication([])
    results = []
    for run in range(runs):
        writer = QPdfWriter(str(folder / f"printed-{run}.pdf"))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        ticks: list[float] = []
        timer = QTimer()
        timer.setInterval(TICK_MS)
        timer.timeout.connect(lambda ticks=ticks: ticks.append(time.perf_counter()))
        done: list[object] = []
        timer.start()
        started = time.perf_counter()
        run_in_background(
            lambda control, writer=writer: paint_pdf_pages(data, writer, control.progress),
            on_success=done.append,
            on_failure=lambda message, _exc, done=done: done.append(RuntimeError(message)),
        )
        while not done:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            time.sleep(0.001)
        took = time.perf_counter() - started
        ticks.append(time.perf_counter())
        timer.stop()
        if isinstance(done[0], Exception):
            raise done[0]
        gaps = [b - a for a, b in zip([started, *ticks], ticks, strict=False)]
        results.append((took, max(gaps)))
        del writer
    return results


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--lang", default="en", choices=("en", "fr", "es", "ar"))
    parser.add_argument("--no-dialog", action="store_true", help="skip the Qt dialog part")
    parser.add_argument(
        "--no-freeze",
        action="store_true",
        help="skip the application's start-up freeze (as the test suite runs)",
    )
    args = parser.parse_args(argv)
    if not args.no_freeze:
        # As the application starts: its modules imported, then startup.prepare_process(),
        # before any vault is opened.
        import fieldpartner.app  # noqa: F401
        from fieldpartner.startup import prepare_process

        prepare_process()
    label = "as the tests run it" if args.no_freeze else "as the application runs"
    stalls: dict[str, list[tuple[float, float]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        vault, _ = Vault.create(
            Path(tmp) / "Bench.fpvault",
            PASSPHRASE,
            name="Bench",
            author="Bench",
            kdf=KdfParams(salt=os.urandom(16)),
        )
        try:
            populate_demo(vault, "small")
            partner_id = busy_partner(vault, assessments=20, workshops=2)
            render_report(vault, "dossier", partner_id, lang=args.lang)  # warm: fonts, caches
            dossier_s, data = timed(
                lambda: render_report(vault, "dossier", partner_id, lang=args.lang), args.runs
            )
            latest_s, latest = timed(
                lambda: render_report(
                    vault, "dossier", partner_id, lang=args.lang, latest_only=True
                ),
                args.runs,
            )
            if not args.no_dialog:
                stalls[label] = dialog_stalls(vault, partner_id, args.lang, args.runs)
                stalls[f"printing it, {label}"] = print_stalls(data, Path(tmp), args.runs)
        finally:
            vault.lock()
    pages = page_count(data)
    baseline(pages)
    base_s, base_data = timed(lambda: baseline(pages), args.runs)
    assert page_count(base_data) == pages, (page_count(base_data), pages)
    print(
        f"dossier ({args.lang}), 20 assessments + 2 workshops: {pages} pages, "
        f"{len(data) / 1024:.0f} KiB"
    )
    print(f"  FieldPartner:   {dossier_s * 1000:8.1f} ms  {pages / dossier_s:7.1f} pages/s")
    print(f"  bare reportlab: {base_s * 1000:8.1f} ms  {pages / base_s:7.1f} pages/s")
    print(f"  ratio: x{dossier_s / base_s:.1f} (median of {args.runs} runs)")
    latest_pages = page_count(latest)
    print(
        f"  --latest-only: {latest_pages} pages in {latest_s * 1000:.1f} ms "
        f"({latest_pages / latest_s:.1f} pages/s)"
    )
    for label, runs in stalls.items():
        took = statistics.median(t for t, _ in runs)
        gaps = sorted(g * 1000 for _, g in runs)
        print(
            f"report dialog, {label}: done in {took:.2f} s (median); "
            f"longest interface stall median {statistics.median(gaps):.0f} ms, "
            f"worst {gaps[-1]:.0f} ms ({TICK_MS} ms timer, {len(runs)} runs)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
