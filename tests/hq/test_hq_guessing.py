"""Wrong HQ passphrases: the vault's rule (``vault.guessing``: three free tries, then a delay
doubling from 5 s), the run kept in HQ's database per login, so that it holds on every
machine a login uses and one person's mistakes never delay another. Time comes from a
FixedClock; nothing sleeps."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select
from sync_helpers import PASSPHRASE
from vault_helpers import spy_on_derivations

from fieldpartner.cli import main
from fieldpartner.domain.clock import FixedClock
from fieldpartner.domain.models import VaultSetting
from fieldpartner.vault import WrongPassphrase
from fieldpartner.vault.guessing import UnlockDelayed, delay_after
from fieldpartner.vault.hq import HqDatabase, attempts_setting

WRONG = "not the HQ passphrase at all"


def _wrong(url: str, clock: FixedClock) -> None:
    with pytest.raises(WrongPassphrase, match="does not open this HQ database"):
        HqDatabase.open(url, WRONG, clock=clock)


def _stored_failures(url: str, person: str) -> int | None:
    hq = HqDatabase.open(url, PASSPHRASE, clock=FixedClock(), migrate=False)
    try:
        with hq.session() as session:
            value = session.scalars(
                select(VaultSetting.value).where(VaultSetting.key == attempts_setting(person))
            ).one_or_none()
    finally:
        hq.lock()
    return None if value is None else int(value["failures"])


def test_wrong_hq_passphrases_delay_the_next_try_and_the_right_one_after_it_works(
    staffed: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = FixedClock()
    for _ in range(3):  # three free tries for typing mistakes
        _wrong(staffed["amina"], clock)
    derivations = spy_on_derivations(monkeypatch)
    clock.advance(seconds=4)
    with pytest.raises(UnlockDelayed, match="3 wrong passphrases in a row: wait 1 s") as early:
        HqDatabase.open(staffed["amina"], PASSPHRASE, clock=clock)  # even the right one waits
    assert early.value.seconds == pytest.approx(1.0)
    assert derivations == []  # refused before any key was derived

    clock.advance(seconds=1)
    _wrong(staffed["amina"], clock)
    with pytest.raises(UnlockDelayed) as longer:
        HqDatabase.open(staffed["amina"], PASSPHRASE, clock=clock)
    assert longer.value.seconds == pytest.approx(delay_after(4)) == 10.0

    clock.advance(seconds=10)
    hq = HqDatabase.open(staffed["amina"], PASSPHRASE, clock=clock)
    try:
        assert hq.person == "amina"
    finally:
        hq.lock()
    assert _stored_failures(staffed["owner"], "amina") == 0  # the right one reset the run


def test_the_run_is_the_logins_on_every_machine_and_no_one_elses(
    staffed: dict[str, str],
) -> None:
    first_machine = FixedClock()
    for _ in range(4):
        first_machine.advance(minutes=1)
        _wrong(staffed["amina"], first_machine)
    assert _stored_failures(staffed["owner"], "amina") == 4

    # Another machine (another process, its own clock) reads the same run.
    second_machine = FixedClock(first_machine.now() + timedelta(seconds=3))
    with pytest.raises(UnlockDelayed) as refused:
        HqDatabase.open(staffed["amina"], PASSPHRASE, clock=second_machine)
    assert refused.value.failures == 4 and refused.value.seconds == pytest.approx(7.0)

    # The owner (and a drainer under its own login) is not held up by amina's run.
    HqDatabase.open(staffed["owner"], PASSPHRASE, clock=second_machine).lock()
    assert _stored_failures(staffed["owner"], "owner") is None


def test_typing_the_passphrase_again_in_hq_counts_as_a_try(staffed: dict[str, str]) -> None:
    clock = FixedClock()
    hq = HqDatabase.open(staffed["amina"], PASSPHRASE, clock=clock)
    try:
        for _ in range(3):
            with pytest.raises(WrongPassphrase):
                hq.confirm_passphrase(WRONG)
        with pytest.raises(UnlockDelayed):
            hq.confirm_passphrase(PASSPHRASE)
        clock.advance(seconds=5)
        hq.confirm_passphrase(PASSPHRASE)
    finally:
        hq.lock()
    assert _stored_failures(staffed["owner"], "amina") == 0


def test_a_login_that_may_not_write_is_refused_all_the_same_but_not_counted(
    staffed: dict[str, str],
) -> None:
    clock = FixedClock()
    for _ in range(5):
        _wrong(staffed["vera"], clock)  # never delayed: a viewer cannot store its run
    assert _stored_failures(staffed["owner"], "vera") is None
    HqDatabase.open(staffed["vera"], PASSPHRASE, clock=clock).lock()


def test_the_cli_refuses_a_try_inside_the_delay_with_exit_3_and_one_line(
    staffed: dict[str, str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The wrong tries are stamped an hour ahead of the command's real clock: a clock
    # behind the last failure waits the whole delay from now, however slow this machine.
    ahead = FixedClock(datetime.now(UTC) + timedelta(hours=1))
    for _ in range(5):
        ahead.advance(minutes=1)
        _wrong(staffed["amina"], ahead)
    monkeypatch.setenv("FIELDPARTNER_PASSPHRASE", PASSPHRASE)
    assert main(["device", "list", staffed["amina"]]) == 3
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (
        "fieldpartner-cli: 5 wrong passphrases in a row: wait 20 s before the next try\n"
    )
    monkeypatch.setenv("FIELDPARTNER_PASSPHRASE", WRONG)
    assert main(["device", "list", staffed["owner"]]) == 3
    assert capsys.readouterr().err == (
        "fieldpartner-cli: the passphrase does not open this HQ database\n"
    )
