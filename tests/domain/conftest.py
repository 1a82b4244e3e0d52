"""Fixtures for the domain services: a session on a fresh test vault and a partner in it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from fieldpartner.domain.models import Partner
from fieldpartner.domain.partners import add_partner
from fieldpartner.domain.revisions import RecordSession
from fieldpartner.vault import Vault


@pytest.fixture
def session(vault: Vault) -> Iterator[RecordSession]:
    """A session whose changes are flushed (and so visible to queries) but never committed."""
    with vault.session() as opened:
        yield opened
        opened.rollback()


@pytest.fixture
def partner(session: RecordSession) -> Partner:
    return add_partner(session, name="Legal Aid Centre", acronym="LAC", country="KE")
