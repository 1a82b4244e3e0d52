"""A page of the main window: one section of the application (Partners, Assessments, ...).

The main window lists its pages in the navigation and shows one at a time. A page receives
the unlocked vault (never a global) and must be able to forget everything it shows: on lock
the window calls ``forget`` on every page before the key is zeroed, and after that no record
data may remain in any of the page's widgets, models or undo stacks.

Pages ask for navigation with ``navigate(page_key, record_id)``, e.g. the partner list
asking to open a partner; the main window routes the request to the page with that key,
calling its ``show_record``. ``start_work(page_key, partner_id)`` asks the page with that key
to start a new record for the partner (its ``start_new``), e.g. a new assessment from the
partner's page.

On HQ's shared database the person's role may not allow every change: the window hands
each page the ``Permissions`` it asked the domain for (``apply_permissions``), and the
page keeps the controls of ``editing_controls`` the role does not allow disabled, saying
why. A page that builds such controls later gates them then (``self.permissions``).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from fieldpartner.domain.staff import Action
from fieldpartner.ui.roles import EVERYTHING, Control, Permissions
from fieldpartner.vault import Vault


class Page(QWidget):
    """Base class of main-window pages."""

    # Stable key used for navigation requests and objectName ("<key>Page").
    key: str = ""
    # For a page without a navigation entry (a partner's page): the entry it belongs under,
    # shown as the current section while the page is in front.
    section: str = ""
    navigate = Signal(str, str)  # page key, record id ("" for the page itself)
    start_work = Signal(str, str)  # page key, partner id
    # A status-bar message for the user (e.g. "Saved"); the window shows it briefly.
    status_message = Signal(str)

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault: Vault | None = vault
        self.permissions: Permissions = EVERYTHING
        self.setObjectName(f"{self.key}Page")

    def editing_controls(self) -> list[tuple[Control, Action]]:
        """The page's controls that change something, each with the action it needs."""
        return []

    def apply_permissions(self, permissions: Permissions) -> None:
        """What the connected person may do: the controls they may not use stay disabled."""
        self.permissions = permissions
        permissions.gate_all(self.editing_controls())

    def title(self) -> str:
        """The page's name in the navigation (translated)."""
        raise NotImplementedError

    def activated(self) -> None:
        """The page was brought to the front: refresh what may have changed elsewhere."""

    def show_record(self, record_id: str) -> None:
        """Show one record of this page's kind (a navigation request from another page)."""

    def current_record(self) -> str:
        """The id of the record the page shows ("" for none), to come back to it after
        the vault is unlocked again (kept in memory only)."""
        return ""

    def current_view(self) -> int:
        """Which of the record's tabs is in front (-1 for none), kept with
        ``current_record``."""
        return -1

    def show_view(self, view: int) -> None:
        """Bring the record's tab ``view`` forward, after ``show_record`` (once the record
        is read, for a page that reads it in the background)."""

    def search_field(self) -> QLineEdit | None:
        """The page's search box, which Ctrl+F focuses (None when the page has none)."""
        found = getattr(self, "search", None)
        return found if isinstance(found, QLineEdit) and found.isVisibleTo(self) else None

    def start_new(self, partner_id: str) -> None:
        """Start a new record of this page's kind for ``partner_id`` (a request from the
        partner's page)."""

    def forget(self) -> None:
        """Empty every widget, model and undo stack that holds record data (on lock)."""
        raise NotImplementedError

    def vault_locked(self) -> None:
        """Called after ``forget``: drop the reference to the vault."""
        self.vault = None
