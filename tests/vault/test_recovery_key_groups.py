"""A recovery key typed in groups: a mistake is reported with the group it is in."""

from __future__ import annotations

import pytest

from fieldpartner.vault import WrongPassphrase, keys

KEY = keys.format_recovery_key(bytes(range(32)))


def typed(groups: list[str]) -> str:
    return "-".join(groups)


def test_the_group_with_a_letter_outside_the_alphabet_is_named() -> None:
    groups = KEY.split("-")
    groups[6] = groups[6][:3] + "U"
    with pytest.raises(WrongPassphrase, match=r"group 7 \(\w{3}U\) contains 'U'"):
        keys.parse_recovery_key(typed(groups))


def test_a_group_with_a_character_too_many_or_too_few_is_named() -> None:
    groups = KEY.split("-")
    groups[2] = groups[2] + "7"
    groups[3] = groups[3][:3]
    with pytest.raises(
        WrongPassphrase, match=r"group 3 \(\w{5}\) has 5 characters; each group has 4"
    ):
        keys.parse_recovery_key(typed(groups))


def test_spaces_lines_and_read_alike_letters_still_read() -> None:
    spaced = KEY.replace("-", " ").lower().replace("0", "o")
    assert keys.parse_recovery_key(spaced) == bytes(range(32))
    lines = "\n".join([KEY[:24], KEY[25:]])
    assert keys.parse_recovery_key(lines) == bytes(range(32))


def test_a_missing_group_is_counted() -> None:
    groups = KEY.split("-")[:12]
    with pytest.raises(WrongPassphrase, match=r"52 characters .*has 48"):
        keys.parse_recovery_key(typed(groups))


def test_group_problem_is_none_for_a_well_formed_group() -> None:
    assert keys.recovery_group_problem(1, "7kmq") is None
    assert keys.recovery_group_problem(2, "7K-") == keys.GroupProblem(2, "7K-", char="-")
    assert keys.recovery_key_problem("7KMQ-7K") is None  # still being typed
