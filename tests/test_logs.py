"""The application's log keeps what failed and where, never what the records say."""

from __future__ import annotations

import logging
import stat
import sys
import threading

import pytest

from fieldpartner.logs import MAX_BYTES, log_path, read_log, start_logging, stop_logging

CANARY = "Amina Haddad, detained 2025"


@pytest.fixture
def log_folder(tmp_path):
    folder = tmp_path / "logs"
    saved = sys.excepthook, threading.excepthook
    handler = start_logging(folder)
    yield folder
    stop_logging(handler)
    sys.excepthook, threading.excepthook = saved


def _fail_with_record_text(note: str) -> None:
    evidence = {"note": note}
    raise KeyError(f"no reviewer for {evidence['note']}")


def test_a_failure_is_logged_by_type_and_frames_without_its_message(log_folder):
    try:
        _fail_with_record_text(CANARY)
    except KeyError as exc:
        logging.getLogger("fieldpartner.ui.worker").error("background task failed", exc_info=exc)
    text = read_log(log_folder)
    assert "background task failed" in text
    assert "builtins.KeyError" in text
    assert "test_logs.py:" in text and "in _fail_with_record_text" in text
    assert "Amina" not in text and "detained" not in text
    assert stat.S_IMODE(log_path(log_folder).stat().st_mode) == 0o600


def test_uncaught_failures_of_any_thread_reach_the_log(log_folder):
    try:
        _fail_with_record_text(CANARY)
    except KeyError:
        sys.excepthook(*sys.exc_info())

    def worker() -> None:
        raise ValueError(CANARY)

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    text = read_log(log_folder)
    assert text.count("CRITICAL fieldpartner.uncaught: uncaught") == 2
    assert "builtins.KeyError" in text and "builtins.ValueError" in text
    assert "in worker" in text
    assert "Amina" not in text


def test_a_failure_raised_while_handling_another_keeps_both_types(log_folder):
    try:
        try:
            _fail_with_record_text(CANARY)
        except KeyError as first:
            raise RuntimeError(CANARY) from first
    except RuntimeError as exc:
        logging.getLogger("fieldpartner.sync").error("import failed", exc_info=exc)
    text = read_log(log_folder)
    assert text.index("builtins.KeyError") < text.index("builtins.RuntimeError")
    assert "which led to:" in text and "Amina" not in text


def test_the_log_rotates_and_reads_back_oldest_first(log_folder):
    logger = logging.getLogger("fieldpartner.test")
    count = MAX_BYTES // 40  # about 1.5 files of 60-byte lines
    for number in range(count):
        logger.warning("event %06d", number)
    assert log_path(log_folder).with_name("fieldpartner.log.1").exists()
    text = read_log(log_folder)
    assert text.index("event 000000") < text.index(f"event {count - 1:06d}")
    assert text.count("event ") == count
