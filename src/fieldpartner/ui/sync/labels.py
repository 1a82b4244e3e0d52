"""Translated names of sync's vocabulary (record kinds, merge actions, roles), short
device names, sizes, and the bridge from sync's progress callback to a ``TaskControl``."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale

from fieldpartner.sync.errors import Cancelled as SyncCancelled
from fieldpartner.sync.errors import SyncError
from fieldpartner.ui.common.dates import format_moment
from fieldpartner.ui.common.numbers import format_number
from fieldpartner.ui.problems import refusal_text
from fieldpartner.ui.worker import Cancelled, TaskControl, describe_failure
from fieldpartner.vault.errors import VaultError


def kind_labels() -> dict[str, str]:
    return {
        "partner": QCoreApplication.translate("SyncLabels", "Partners"),
        "contact": QCoreApplication.translate("SyncLabels", "Contacts"),
        "project": QCoreApplication.translate("SyncLabels", "Projects"),
        "scheduled_report": QCoreApplication.translate("SyncLabels", "Reports due"),
        "template": QCoreApplication.translate("SyncLabels", "Templates"),
        "assessment": QCoreApplication.translate("SyncLabels", "Assessments"),
        "answer": QCoreApplication.translate("SyncLabels", "Answers"),
        "action": QCoreApplication.translate("SyncLabels", "Actions"),
        "workshop": QCoreApplication.translate("SyncLabels", "Workshops"),
        "workshop_participant": QCoreApplication.translate("SyncLabels", "Workshop participants"),
        "attachment": QCoreApplication.translate("SyncLabels", "Attachments"),
    }


def kind_label(kind: str) -> str:
    return kind_labels().get(kind, kind)


def action_labels() -> dict[str, str]:
    """What importing does to one record (``merge.RecordChange.action``)."""
    return {
        "create": QCoreApplication.translate("SyncLabels", "new"),
        "fast_forward": QCoreApplication.translate("SyncLabels", "updated"),
        "merge": QCoreApplication.translate("SyncLabels", "merged"),
        "ignore": QCoreApplication.translate("SyncLabels", "already up to date"),
    }


def role_label(role: str) -> str:
    return {
        "hq": QCoreApplication.translate("SyncLabels", "HQ"),
        "device": QCoreApplication.translate("SyncLabels", "field device"),
    }.get(role, role)


def short_device(device_id: str) -> str:
    """A device id short enough for a list; the last characters of a UUID v7 are random."""
    return device_id[-8:] if len(device_id) > 8 else device_id


def peer_name(device_id: str, role: str) -> str:
    if role == "hq":
        return QCoreApplication.translate("SyncLabels", "HQ")
    return QCoreApplication.translate("SyncLabels", "Device {id}").format(
        id=short_device(device_id)
    )


def format_size(size: int) -> str:
    return QLocale().formattedDataSize(max(0, int(size)))


def format_time(text: str) -> str:
    """An RFC 3339 UTC time as stored by sync, as the user's locale writes a date and time,
    in local time (as the partner page's history shows revisions)."""
    if not text:
        return ""
    try:
        moment = datetime.fromisoformat(str(text))
    except ValueError:
        return str(text)
    return format_moment(moment)


def sequence_text(after: int, through: int) -> str:
    if through <= after:
        return QCoreApplication.translate("SyncLabels", "none")
    if through == after + 1:
        return format_number(through)
    return QCoreApplication.translate("SyncLabels", "{first}\u2013{last}").format(
        first=format_number(after + 1), last=format_number(through)
    )


def failure_text(message: str, exc: BaseException) -> str:
    """What to tell the user when sync work failed: sync's own errors say plainly why."""
    if isinstance(exc, Cancelled | SyncCancelled):
        return QCoreApplication.translate("SyncLabels", "Cancelled; nothing was written.")
    if isinstance(exc, SyncError | VaultError | LookupError):  # LookupError: no such partner
        return refusal_text(exc)
    return message or describe_failure(exc)


def sync_progress(control: TaskControl) -> Callable[[str, int, int], bool]:
    """Sync's ``(stage, done, total) -> False to cancel`` reporting into ``control``."""

    def report(_stage: str, done: int, total: int) -> bool:
        try:
            control.progress(done, total)
        except Cancelled:
            return False
        return True

    return report


def file_slug(text: str, fallback: str) -> str:
    """Letters and digits of any script, the rest as single dashes: safe on a USB stick."""
    slug = re.sub(r"[^\w]+|_+", "-", text.strip(), flags=re.UNICODE).strip("-")
    return slug[:40] or fallback
