"""A partner from creation to lock: profile edits with validation and undo, contacts,
files previewed from memory, history; then lock leaves no record data on screen, and
unlocking again finds everything saved."""

from __future__ import annotations

import io

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from ui_helpers import PASSPHRASE, floor_kdf, interactive_widgets, texts_showing, wait_for_writes

from fieldpartner.domain.attachments import attachments_of
from fieldpartner.domain.partners import contacts_of, get_partner
from fieldpartner.ui.attachment_preview import HAVE_PDF, AttachmentPreview
from fieldpartner.ui.main_window import MainWindow
from fieldpartner.ui.partners.add_partner_dialog import AddPartnerDialog
from fieldpartner.ui.partners.partner_page import PartnerPage
from fieldpartner.ui.start_dialog import StartDialog

CANARY = "Kestrel-5Q7"


def _png() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 30, 30)).save(out, format="PNG")
    return out.getvalue()


def _pdf() -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.drawString(72, 720, "Registration certificate")
    pdf.showPage()
    pdf.save()
    return out.getvalue()


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _window(qtbot, vault, settings) -> MainWindow:
    window = MainWindow(vault, settings=settings)
    qtbot.addWidget(window)
    window.show()
    # The list's first page is read in the background once the window is built.
    qtbot.waitUntil(lambda: not window.partner_model.is_loading, timeout=5000)
    return window


def _add_partner(qtbot, window: MainWindow, name: str):
    qtbot.mouseClick(window.partner_page.add_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(AddPartnerDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.name.setText(name)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    page = window.page("partner")
    qtbot.waitUntil(lambda: window.pages.currentWidget() is page, timeout=5000)
    return page


def _edit(field_widget, text: str) -> None:
    """Type into a profile field and leave it, as a user would."""
    if hasattr(field_widget, "setPlainText"):
        field_widget.setPlainText(text)
        field_widget.editingFinished.emit()
    else:
        line = field_widget.lineEdit() if hasattr(field_widget, "lineEdit") else field_widget
        line.setText(text)
        line.editingFinished.emit()


def test_partner_from_creation_to_lock_and_back(qtbot, vault, settings):
    window = _window(qtbot, vault, settings)
    page = _add_partner(qtbot, window, f"{CANARY} Legal Aid")
    partner_id = page.partner_id
    assert page.heading.text() == f"{CANARY} Legal Aid"
    assert window.navigation.currentRow() == 0  # the partner page sits under Partners
    profile = page.profile

    # A country code that is not a country is refused next to the field; nothing saved.
    _edit(profile.fields["country"], "XX")
    wait_for_writes(qtbot, vault)
    assert "XX is not a country code" in profile.error_text("country")
    assert profile.errors["country"].isVisibleTo(profile)
    with vault.session() as session:
        assert get_partner(session, partner_id).country == ""
    _edit(profile.fields["country"], "ke")
    wait_for_writes(qtbot, vault)
    assert profile.error_text("country") == ""
    assert profile.fields["country"].currentData() == "KE"

    _edit(profile.fields["mandate"], f"{CANARY} mandate: legal aid in detention")
    profile.fields["phase"].setCurrentIndex(profile.fields["phase"].findData("implementing"))
    profile.fields["phase"].activated.emit(profile.fields["phase"].currentIndex())
    _edit(profile.fields["tags"], "detention, women's rights, detention")
    wait_for_writes(qtbot, vault)
    with vault.session() as session:
        partner = get_partner(session, partner_id)
        assert partner.country == "KE"
        assert partner.mandate.startswith(CANARY)
        assert partner.phase == "implementing"
        assert partner.tags == ["detention", "women's rights"]
    assert profile.fields["tags"].text() == "detention, women's rights"

    # Undo and redo from the Edit menu act on the partner page's stack.
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()  # tags
    window.undo_action.trigger()  # phase
    window.undo_action.trigger()  # mandate
    wait_for_writes(qtbot, vault)
    with vault.session() as session:
        assert get_partner(session, partner_id).mandate == ""
    assert profile.fields["mandate"].toPlainText() == ""
    window.redo_action.trigger()
    wait_for_writes(qtbot, vault)
    with vault.session() as session:
        assert get_partner(session, partner_id).mandate.startswith(CANARY)
    assert profile.fields["mandate"].toPlainText().startswith(CANARY)

    # Contacts: added through the dialog, a bad one refused with the field named.
    page.tabs.setCurrentWidget(page.contacts)
    qtbot.mouseClick(page.contacts.add_button, Qt.MouseButton.LeftButton)
    dialog = page.contacts.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.findChild(QPushButton, "contactSave").click()
    qtbot.waitUntil(lambda: "Name: must not be empty" in dialog.feedback.text(), timeout=5000)
    dialog.name.setText(f"{CANARY} Amina")
    dialog.role.setText("Director")
    dialog.channels.setPlainText("signal: +254 700 000000\nemail: amina@example.org")
    dialog.findChild(QPushButton, "contactSave").click()
    qtbot.waitUntil(lambda: page.contacts.dialog is None, timeout=5000)
    qtbot.waitUntil(lambda: page.contacts.tree.topLevelItemCount() == 1, timeout=5000)
    assert "signal: +254" in page.contacts.tree.topLevelItem(0).text(2)

    # Files: previewed inside the application, from memory.
    page.tabs.setCurrentWidget(page.attachments)
    preview: AttachmentPreview = page.attachments.preview
    page.attachments.add_bytes(_png(), "registration.png")
    qtbot.waitUntil(lambda: page.attachments.tree.topLevelItemCount() == 1, timeout=5000)
    qtbot.waitUntil(lambda: preview.mode == preview.IMAGE, timeout=5000)
    assert preview.mode == preview.IMAGE
    assert (preview.image.width(), preview.image.height()) == (40, 30)
    page.attachments.add_bytes(_pdf(), f"{CANARY} certificate.pdf")
    qtbot.waitUntil(lambda: page.attachments.tree.topLevelItemCount() == 2, timeout=5000)
    if HAVE_PDF:
        assert preview.mode == preview.PDF
        assert preview.page_count() == 1
    assert page.attachments.tree.topLevelItemCount() == 2

    # History: the creation and the edits, by whom and from which device.
    page.tabs.setCurrentWidget(page.history)
    qtbot.waitUntil(lambda: not page.history.is_loading, timeout=5000)
    rows = [page.history.tree.topLevelItem(i) for i in range(page.history.tree.topLevelItemCount())]
    changed = [row.text(3) for row in rows]
    assert changed[-1] == "Created"
    assert any("mandate" in text for text in changed)
    assert any("country" in text for text in changed)
    assert all(row.text(1) == "Tester" and row.text(2) == "this device" for row in rows)

    # Lock: no record data anywhere in the window, no undo history, vault locked.
    with qtbot.waitSignal(window.locked, timeout=3000):
        window.lock_action.trigger()
    assert vault.is_locked
    assert texts_showing(window, CANARY) == []
    assert texts_showing(window, "amina@example.org") == []
    assert all(stack.count() == 0 for stack in window.findChildren(QUndoStack))
    assert preview.image.isNull() and preview.page_count() == 0

    # Unlock again through the start dialog: everything was saved.
    start = StartDialog(settings, vault_path=vault.path, kdf=floor_kdf)
    qtbot.addWidget(start)
    start.show()
    with qtbot.waitSignal(start.vault_opened, timeout=15000) as opened:
        start.passphrase.setText(PASSPHRASE)
        start.unlock()
    again = opened.args[0]
    try:
        with again.session() as session:
            partner = get_partner(session, partner_id)
            assert partner.mandate.startswith(CANARY) and partner.country == "KE"
            assert [c.name for c in contacts_of(session, partner)] == [f"{CANARY} Amina"]
            files = attachments_of(session, partner=partner)
            assert sorted(f.media_type for f in files) == ["application/pdf", "image/png"]
    finally:
        again.lock()


def test_list_filters_sort_and_open(qtbot, vault, settings):
    from datetime import date

    from fieldpartner.domain.actions import add_action
    from fieldpartner.domain.partners import add_partner

    with vault.transaction() as session:
        add_partner(session, name="Alpha Forum", country="KE", phase="implementing")
        late = add_partner(session, name="Bravo Watch", country="SD", type="network")
        add_action(session, partner=late, title="Report", due_date=date(2000, 1, 1))
    window = _window(qtbot, vault, settings)
    list_page = window.partner_page
    model = list_page.model

    def names() -> list[str]:
        # Filtering and sorting read again in the background: wait for the answer.
        qtbot.waitUntil(lambda: not model.is_loading, timeout=5000)
        return [model.index(r, 0).data() for r in range(model.rowCount())]

    assert names() == ["Alpha Forum", "Bravo Watch"]
    list_page.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    assert names() == ["Bravo Watch", "Alpha Forum"]
    list_page.overdue_filter.setChecked(True)
    assert names() == ["Bravo Watch"]
    assert model.index(0, model.COLUMNS.index("overdue_actions")).data() == "1"
    list_page.overdue_filter.setChecked(False)
    list_page.country_filter.setCurrentIndex(list_page.country_filter.findData("KE"))
    assert names() == ["Alpha Forum"]
    list_page.country_filter.setCurrentIndex(0)
    list_page.type_filter.setCurrentIndex(list_page.type_filter.findData("network"))
    assert names() == ["Bravo Watch"]
    list_page.rating_filter.setCurrentIndex(list_page.rating_filter.findData("none"))
    assert names() == ["Bravo Watch"]

    list_page.table.activated.emit(model.index(0, 0))
    assert window.pages.currentWidget() is window.page("partner")
    assert window.page("partner").heading.text() == "Bravo Watch"
    qtbot.mouseClick(window.page("partner").back_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is list_page


def test_every_interactive_widget_of_every_page_is_named(qtbot, vault, settings):
    window = _window(qtbot, vault, settings)
    _add_partner(qtbot, window, "Named Partner")
    unnamed = [
        f"{type(w).__name__} {w.objectName()!r} in {type(w.window()).__name__}"
        for w in interactive_widgets(window)
        if not w.objectName() or not w.accessibleName()
    ]
    assert unnamed == [], "\n".join(unnamed)


def test_partner_page_and_window_mirror_right_to_left(qtbot, vault, settings):
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        window = _window(qtbot, vault, settings)
        window.resize(1000, 700)
        page = _add_partner(qtbot, window, "Mirrored Partner")
        qtbot.wait(20)
        # The navigation sits on the right, and each form label right of its field.
        nav = window.navigation.mapTo(window, window.navigation.rect().center())
        pages = window.pages.mapTo(window, window.pages.rect().center())
        assert nav.x() > pages.x()
        name = page.profile.fields["name"]
        field_x = name.mapTo(page, name.rect().center()).x()
        buddies = [w for w in page.profile.findChildren(QLabel) if w.buddy() is name]
        assert buddies and buddies[0].mapTo(page, buddies[0].rect().center()).x() > field_x
        # The tabs start on the right, and the Back button sits right of the heading.
        bar = page.tabs.tabBar()
        assert bar.tabRect(0).center().x() > bar.tabRect(1).center().x()
        assert page.back_button.x() > page.heading.x()
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_files_dropped_on_the_tab_are_added_in_the_background(qtbot, vault, settings, tmp_path):
    from PySide6.QtCore import QMimeData, QPoint, QUrl
    from PySide6.QtGui import QDropEvent

    window = _window(qtbot, vault, settings)
    page = _add_partner(qtbot, window, "Dropping Partner")
    page.tabs.setCurrentWidget(page.attachments)
    photo = tmp_path / "scan.png"
    photo.write_bytes(_png())
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo))])
    drop = QDropEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.attachments.dropEvent(drop)
    qtbot.waitUntil(lambda: page.attachments.tree.topLevelItemCount() == 1, timeout=5000)
    assert page.attachments.tree.topLevelItem(0).text(0) == "scan.png"

    # "Save a copy…" asks first; the copy written is the stored bytes.
    page.attachments.select(
        page.attachments.tree.topLevelItem(0).data(0, Qt.ItemDataRole.UserRole + 1)
    )
    page.attachments.save_copy()
    warning = page.attachments.findChild(type(page.attachments._box), "saveCopyWarning")
    assert warning is not None and "not be encrypted" in warning.text()
    warning.reject()
    target = tmp_path / "out" / "copy.png"
    target.parent.mkdir()
    page.attachments.write_copy(target, _png())
    assert target.read_bytes() == _png()


def test_related_records_are_listed_and_open_their_pages(qtbot, vault, settings):
    from datetime import date

    from fieldpartner.domain.actions import add_action
    from fieldpartner.domain.models import Assessment
    from fieldpartner.domain.partners import add_partner
    from fieldpartner.domain.workshops import add_participant, add_workshop

    with vault.transaction() as session:
        partner = add_partner(session, name="Related Partner")
        assessment = Assessment(
            partner_id=partner.id,
            assessment_kind="capacity",
            template_key="capacity",
            template_version=1,
            title="Capacity 2026",
            assessed_on=date(2026, 3, 1),
            status="final",
            results={"rating": "moderate"},
        )
        session.add(assessment)
        session.flush()
        workshop = add_workshop(session, title="Safeguarding workshop", start_date=date(2026, 4, 2))
        add_participant(session, workshop, partner=partner)
        add_action(
            session, partner=partner, title="Write a safeguarding policy", due_date=date(2000, 1, 1)
        )
        ids = (partner.id, assessment.id)
    # The page alone: the request to open the assessment is what is checked here.
    page = PartnerPage(vault)
    qtbot.addWidget(page)
    page.show_record(ids[0])

    # A tab reads its records when it is shown, as a user clicking on it would.
    page.tabs.setCurrentWidget(page.assessments)
    tree = page.assessments.tree
    assert page.assessments.loading.isVisibleTo(page.assessments)  # read in the background
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1, timeout=5000)
    assert not page.assessments.loading.isVisibleTo(page.assessments)
    assert [tree.topLevelItem(0).text(c) for c in (0, 2, 3)] == [
        "Capacity 2026",
        "Final",
        "Moderate",
    ]
    with qtbot.waitSignal(page.navigate) as asked:
        tree.itemActivated.emit(tree.topLevelItem(0), 0)
    assert asked.args == ["assessment", ids[1]]

    page.tabs.setCurrentWidget(page.workshops)
    qtbot.waitUntil(lambda: page.workshops.tree.topLevelItemCount() == 1, timeout=5000)
    assert page.workshops.tree.topLevelItem(0).text(0) == "Safeguarding workshop"
    page.tabs.setCurrentWidget(page.plan)
    qtbot.waitUntil(lambda: page.plan.tree.topLevelItemCount() == 1, timeout=5000)
    plan = page.plan.tree.topLevelItem(0)
    assert plan.text(0) == "Write a safeguarding policy" and "overdue" in plan.text(3)


def test_a_tab_read_in_the_background_never_shows_another_partners_rows(qtbot, vault):
    from PySide6.QtCore import QThreadPool

    from fieldpartner.domain.partners import add_contact, add_partner

    with vault.transaction() as session:
        first = add_partner(session, name="First Forum", country="KE")
        add_contact(session, first, name="Contact of the first")
        second = add_partner(session, name="Second Watch", country="SD")
        add_contact(session, second, name="Contact of the second")
        ids = (first.id, second.id)
    page = PartnerPage(vault)
    qtbot.addWidget(page)
    page.show_record(ids[0])
    page.tabs.setCurrentWidget(page.contacts)  # the first partner's contacts are being read
    assert page.contacts.is_loading and page.contacts.loading.isVisibleTo(page.contacts)
    page.show_record(ids[1])  # before they arrive
    assert page.heading.text() == "Second Watch"
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0, timeout=5000)
    QApplication.processEvents()
    assert page.contacts.tree.topLevelItemCount() == 0  # the first partner's read was dropped
    assert not page.contacts.loading.isVisibleTo(page.contacts)

    page.tabs.setCurrentWidget(page.contacts)
    qtbot.waitUntil(lambda: page.contacts.tree.topLevelItemCount() == 1, timeout=5000)
    assert page.contacts.tree.topLevelItem(0).text(0) == "Contact of the second"
    qtbot.waitUntil(lambda: page.overview["rating"].text() != "", timeout=5000)
    assert page.overview["assessment"].text() == "Never assessed"


def test_opening_a_partner_deleted_meanwhile_leaves_the_page_as_it_was(qtbot, vault):
    from fieldpartner.domain.partners import add_partner, delete_partner

    with vault.transaction() as session:
        shown = add_partner(session, name="Shown Forum", country="KE")
        gone = add_partner(session, name="Gone Watch", country="SD")
        ids = (shown.id, gone.id)
    with vault.transaction() as session:
        delete_partner(session, get_partner(session, ids[1]))
    page = PartnerPage(vault)
    qtbot.addWidget(page)
    page.show_record(ids[0])
    with qtbot.waitSignal(page.navigate) as asked:
        page.show_record(ids[1])
    assert asked.args == ["partners", ""]
    assert page.partner_id == page.profile.partner_id == ids[0]
    assert page.heading.text() == page.profile.value("name") == "Shown Forum"
