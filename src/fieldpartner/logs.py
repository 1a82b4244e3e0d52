"""The application's local log: events and failures, never record content.

``start_logging(folder)`` writes ``fieldpartner.log`` in the application's data folder
(owner-only, rotated at ``MAX_BYTES`` with ``BACKUPS`` older files) and installs hooks so
that an exception nobody caught, on any thread, is written there. A failure is written as
its type and the frames it passed through (file, line, function): never the exception's
message nor any local value, which may quote a partner's name or an evidence note. Log
calls in the code name events, not records (``logger.error("import failed", exc_info=exc)``).
"""

from __future__ import annotations

import io
import logging
import logging.handlers
import os
import sys
import threading
import traceback
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

LOG_NAME = "fieldpartner.log"
MAX_BYTES = 512 * 1024
BACKUPS = 3
# The loggers of the product; everything else (libraries) stays at their own defaults.
ROOT_LOGGER = "fieldpartner"


def _frames(exc: BaseException) -> Iterator[str]:
    """Type and frames of ``exc`` and of the exceptions it was raised from or during."""
    seen: set[int] = set()
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append(current)
        current = current.__cause__ or current.__context__
    for number, link in enumerate(reversed(chain)):
        if number:
            yield "  which led to:"
        yield "  Traceback (most recent call last; messages and values left out):"
        for frame in traceback.extract_tb(link.__traceback__):
            yield f"    {Path(frame.filename).name}:{frame.lineno} in {frame.name}"
        kind = type(link)
        yield f"  {kind.__module__}.{kind.__qualname__}"


def describe_exception(exc: BaseException) -> str:
    """What the log keeps of a failure: its type and frames only."""
    return "\n".join(_frames(exc))


class FramesOnlyFormatter(logging.Formatter):
    """Writes a record's message and, for a failure, only its type and frames."""

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")

    def formatException(self, ei: Any) -> str:
        exc = ei[1] if isinstance(ei, tuple) else ei
        if not isinstance(exc, BaseException):
            return ""
        return describe_exception(exc)

    def formatStack(self, stack_info: str) -> str:
        return ""  # a stack dump would quote source lines only, but keep logs short

    def format(self, record: logging.LogRecord) -> str:
        record.exc_text = None  # never reuse a text another formatter made
        return super().format(record)


class _OwnerOnlyRotatingFile(logging.handlers.RotatingFileHandler):
    """A rotating log file readable by its owner only, from its first byte."""

    def _open(self) -> io.TextIOWrapper:
        def opener(path: str, flags: int) -> int:
            return os.open(path, flags, 0o600)

        stream = open(self.baseFilename, self.mode, encoding=self.encoding, opener=opener)  # noqa: SIM115 (the handler keeps it open)
        assert isinstance(stream, io.TextIOWrapper)  # a text mode ("a"), so text
        return stream


def log_path(folder: Path) -> Path:
    return Path(folder) / LOG_NAME


def start_logging(folder: Path, *, hooks: bool = True) -> logging.Handler:
    """Log ``fieldpartner.*`` events at INFO and above into ``folder``; with ``hooks``,
    failures nobody caught are logged too. Returns the handler (``stop_logging`` takes it)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    handler = _OwnerOnlyRotatingFile(
        log_path(folder), maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
    )
    handler.setFormatter(FramesOnlyFormatter())
    logger = logging.getLogger(ROOT_LOGGER)
    logger.addHandler(handler)
    if logger.level == logging.NOTSET or logger.level > logging.INFO:
        logger.setLevel(logging.INFO)
    if hooks:
        install_hooks()
    return handler


def stop_logging(handler: logging.Handler) -> None:
    logging.getLogger(ROOT_LOGGER).removeHandler(handler)
    handler.close()


def log_uncaught(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Write an exception nobody caught (type and frames), then tell stderr its type."""
    if exc.__traceback__ is None and tb is not None:
        exc = exc.with_traceback(tb)
    logging.getLogger(f"{ROOT_LOGGER}.uncaught").critical(
        "uncaught %s", kind.__name__, exc_info=exc
    )
    print(f"FieldPartner: uncaught {kind.__name__} (see the problem report)", file=sys.stderr)


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        log_uncaught(args.exc_type, args.exc_value, args.exc_traceback)


def install_hooks() -> None:
    """Route uncaught exceptions of the main and every other thread to the log."""
    sys.excepthook = log_uncaught
    threading.excepthook = _thread_hook


def read_log(folder: Path) -> str:
    """The log's text, oldest rotated file first, for a problem report."""
    base = log_path(folder)
    files = [base.with_name(f"{LOG_NAME}.{n}") for n in range(BACKUPS, 0, -1)] + [base]
    parts = []
    for path in files:
        try:
            parts.append(path.read_text(encoding="utf-8", errors="replace"))
        except FileNotFoundError:
            continue
    return "".join(parts)
