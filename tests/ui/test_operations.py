"""The interface's one writer per vault and its widget-owned reads (ui/operations.py)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from fieldpartner.domain.partners import add_partner, edit_partner, get_partner
from fieldpartner.domain.revisions import history
from fieldpartner.logs import read_log, start_logging, stop_logging
from fieldpartner.ui.operations import OwnedReads, change, close_writer, writer_of
from fieldpartner.ui.sync.batch import _reason
from fieldpartner.ui.worker import Cancelled, TaskControl

WAIT = 15_000


def _partner(vault) -> str:
    with vault.transaction() as session:
        return add_partner(session, name="Ordering Partner").id


def test_changes_land_in_the_order_they_were_made(qtbot, vault):
    partner_id = _partner(vault)
    owner = QWidget()
    qtbot.addWidget(owner)
    saved: list[str] = []
    for number in range(6):
        text = f"mandate {number}"
        change(
            owner,
            vault,
            lambda session, text=text: edit_partner(
                session, get_partner(session, partner_id), mandate=text
            ),
            on_saved=lambda _none, text=text: saved.append(text),
        )
    qtbot.waitUntil(lambda: writer_of(vault).backlog == 0, timeout=WAIT)
    assert saved == [f"mandate {n}" for n in range(6)]
    with vault.session() as session:
        assert get_partner(session, partner_id).mandate == "mandate 5"
        revisions = history(session, partner_id)
    assert [r.body["mandate"] for r in revisions[-6:]] == saved


def test_closing_cancels_a_long_write_and_lands_the_queued_changes(qtbot, vault):
    partner_id = _partner(vault)
    owner = QWidget()
    qtbot.addWidget(owner)
    writer = writer_of(vault)
    started = threading.Event()
    outcome: list[str] = []

    def long_write(control: TaskControl) -> None:
        started.set()
        while True:  # an import checks for cancel between its steps
            control.progress(0, 1)
            control.cancel_event.wait(0.05)

    writer.submit(
        long_write,
        owner=owner,
        on_failure=lambda _message, exc: outcome.append(type(exc).__name__),
        long=True,
    )
    qtbot.waitUntil(started.is_set, timeout=WAIT)
    change(
        owner,
        vault,
        lambda session: edit_partner(session, get_partner(session, partner_id), region="Coast"),
        on_saved=lambda _none: outcome.append("saved"),
    )
    assert writer.long_write_running and writer.backlog == 2
    assert close_writer(vault)
    qtbot.waitUntil(lambda: len(outcome) == 2, timeout=WAIT)
    assert outcome == [Cancelled.__name__, "saved"]
    with vault.session() as session:
        assert get_partner(session, partner_id).region == "Coast"
    with pytest.raises(RuntimeError):
        writer.change(owner, lambda session: None)
    assert writer_of(vault) is not writer  # a later opening gets a writer of its own


def test_only_the_newest_read_of_a_key_reaches_its_owner(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    reads = OwnedReads(owner)
    release = threading.Event()
    shown: list[str] = []
    reads.run("list", lambda _c: (release.wait(WAIT / 1000), "old")[1], shown.append)
    reads.run("list", lambda _c: "new", shown.append)
    qtbot.waitUntil(lambda: shown == ["new"], timeout=WAIT)
    release.set()
    assert reads.forget()
    assert shown == ["new"]


def test_a_read_whose_owner_is_gone_or_forgot_reports_nothing(qtbot):
    owner = QWidget()
    reads = OwnedReads(owner)
    release = threading.Event()
    shown: list[str] = []
    task = reads.run("a", lambda _c: (release.wait(WAIT / 1000), "late")[1], shown.append)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not task.owner_alive, timeout=WAIT)
    release.set()
    qtbot.waitUntil(lambda: not task.is_running, timeout=WAIT)

    kept = QWidget()
    qtbot.addWidget(kept)
    more = OwnedReads(kept)
    gate = threading.Event()
    more.run("b", lambda _c: (gate.wait(WAIT / 1000), "forgotten")[1], shown.append)
    more.drop()
    gate.set()
    assert more.forget()
    QCoreApplication.processEvents()  # deliver anything still queued: nothing is
    assert shown == []


def test_a_bundle_refused_by_a_bug_is_logged_without_its_message(tmp_path):
    handler = start_logging(tmp_path, hooks=False)
    try:
        reason = _reason(RuntimeError("Amina Haddad's statement"))
    finally:
        stop_logging(handler)
    assert "RuntimeError" in reason and "Amina" not in reason
    log = read_log(tmp_path)
    assert "builtins.RuntimeError" in log and "Amina" not in log
