"""The report dialog generates off the UI thread, previews from memory, and saves only
after the warning, optionally with a password."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from fieldpartner.domain.demo import populate_demo
from fieldpartner.domain.models import Assessment
from fieldpartner.ui.attachment_preview import HAVE_PDF, AttachmentPreview
from fieldpartner.ui.report_dialog import ReportDialog, paint_pdf_pages
from fieldpartner.vault import Vault

pytestmark = pytest.mark.skipif(not HAVE_PDF, reason="QtPdf is not installed")


@pytest.fixture
def capacity(vault: Vault) -> tuple[str, str]:
    populate_demo(vault, "small")
    with vault.session() as session:
        found = session.scalars(
            select(Assessment).where(Assessment.assessment_kind == "capacity")
        ).first()
        assert found is not None
        return found.partner_id, found.id


def _generated(qtbot: QtBot, dialog: ReportDialog) -> None:
    qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=20_000)


def test_dialog_generates_and_previews_from_memory(
    qtbot: QtBot, vault: Vault, capacity: tuple[str, str], tmp_path: Path
) -> None:
    partner_id, assessment_id = capacity
    dialog = ReportDialog(vault, "capacity", partner_id, assessment_id=assessment_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.print_button.isEnabled()
    dialog.paper.setCurrentIndex(dialog.paper.findData("Letter"))
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    _generated(qtbot, dialog)
    preview = dialog.findChild(AttachmentPreview, "attachmentPreview")
    assert preview is not None
    assert preview.mode == AttachmentPreview.PDF
    assert preview.page_count() >= 1
    assert dialog.print_button.isEnabled()
    assert dialog.report_bytes is not None and dialog.report_bytes.startswith(b"%PDF")
    assert not list(tmp_path.rglob("*.pdf"))  # previewed from memory, no file written


def test_save_warns_first_and_can_protect_with_a_password(
    qtbot: QtBot, vault: Vault, capacity: tuple[str, str], tmp_path: Path
) -> None:
    partner_id, assessment_id = capacity
    dialog = ReportDialog(vault, "capacity", partner_id, assessment_id=assessment_id)
    qtbot.addWidget(dialog)
    _generated(qtbot, dialog)
    target = tmp_path / "capacity.pdf"
    asked: list[str] = []
    dialog.confirm_leaving_vault = lambda: asked.append("warned") is None and False
    dialog.ask_save_path = lambda: str(target)
    dialog.save_report()
    assert asked == ["warned"] and not target.exists()  # declined: nothing written

    dialog.confirm_leaving_vault = lambda: True
    dialog.protect.setChecked(True)
    dialog.password.setText("board only")
    dialog.save_report()
    qtbot.waitUntil(target.exists, timeout=20_000)
    qtbot.waitUntil(lambda: dialog.task is not None and not dialog.task.is_running)
    locked = subprocess.run(["pdftotext", str(target), "-"], capture_output=True)
    assert locked.returncode != 0
    opened = subprocess.run(
        ["pdftotext", "-upw", "board only", str(target), "-"], capture_output=True, text=True
    )
    assert "Capacity assessment report" in opened.stdout


def test_printing_paints_every_page_without_a_file(
    qtbot: QtBot, vault: Vault, capacity: tuple[str, str], tmp_path: Path
) -> None:
    from PySide6.QtGui import QPageSize, QPdfWriter

    partner_id, _ = capacity
    dialog = ReportDialog(vault, "dossier", partner_id)
    qtbot.addWidget(dialog)
    _generated(qtbot, dialog)
    # A QPdfWriter stands in for the printer (both are QPagedPaintDevices).
    out = tmp_path / "printed.pdf"
    writer = QPdfWriter(str(out))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    assert dialog.report_bytes is not None
    paint_pdf_pages(dialog.report_bytes, writer)
    del writer
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True)
    assert f"Pages:           {dialog.preview.page_count()}" in info.stdout
    # The printed pages look like the report: white paper with dark text on it (QtPdf
    # renders the paper transparent, which once printed as black).
    subprocess.run(
        ["pdftoppm", "-r", "20", "-f", "1", "-l", "1", "-gray", str(out), str(tmp_path / "p")],
        check=True,
    )
    from PIL import Image

    (picture,) = tmp_path.glob("p*.pgm")
    histogram = Image.open(picture).histogram()
    pixels = sum(histogram)
    assert sum(histogram[200:]) > 0.8 * pixels  # mostly paper
    assert sum(histogram[:100]) > 0.001 * pixels  # and some ink


def test_every_control_is_named(qtbot: QtBot, vault: Vault) -> None:
    from ui_helpers import interactive_widgets

    dialog = ReportDialog(vault, "dossier", "any")
    qtbot.addWidget(dialog)
    unnamed = [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in interactive_widgets(dialog)
        if not w.objectName() or not w.accessibleName()
    ]
    assert unnamed == []


def test_printing_in_the_background_sends_every_page(
    qtbot: QtBot, vault: Vault, capacity: tuple[str, str], tmp_path: Path
) -> None:
    from PySide6.QtGui import QPageSize, QPdfWriter

    partner_id, assessment_id = capacity
    dialog = ReportDialog(vault, "capacity", partner_id, assessment_id=assessment_id)
    qtbot.addWidget(dialog)
    _generated(qtbot, dialog)
    out = tmp_path / "printed.pdf"
    writer = QPdfWriter(str(out))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    task = dialog.print_pages(writer)
    assert task is not None
    qtbot.waitUntil(lambda: not task.is_running, timeout=60_000)
    del writer
    pages = dialog.preview.page_count()
    assert dialog.status.text() == f"Sent {pages} page(s) to the printer."
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True)
    assert f"Pages:           {pages}" in info.stdout


def test_a_cancelled_printing_leaves_no_qt_object_of_its_thread_in_the_traceback(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The PDF document printing makes lives on the worker thread; a cancel's traceback,
    handed to the interface thread, must not keep it (Qt would destroy it on the wrong
    thread whenever the traceback goes)."""
    import gc
    import io

    from PySide6.QtGui import QPdfWriter
    from PySide6.QtPdf import QPdfDocument
    from reportlab.pdfgen import canvas

    page = io.BytesIO()
    drawing = canvas.Canvas(page)
    for number in range(3):
        drawing.drawString(72, 72, f"page {number}")
        drawing.showPage()
    drawing.save()

    def stop_at_second(done: int, _total: int) -> None:
        if done >= 1:
            raise RuntimeError("cancelled")

    def documents() -> int:
        return sum(isinstance(item, QPdfDocument) for item in gc.get_objects())

    before = documents()
    writer = QPdfWriter(str(tmp_path / "printed.pdf"))
    with pytest.raises(RuntimeError) as raised:
        paint_pdf_pages(page.getvalue(), writer, stop_at_second)
    assert raised.value.__traceback__ is not None  # the frames are still held here
    assert documents() == before
