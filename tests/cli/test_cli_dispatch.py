"""The command table of fieldpartner-cli: what --help lists is what the modules register."""

from __future__ import annotations

import pytest

from fieldpartner.cli import COMMANDS, build_parser, command_named, main


def _registered() -> dict[str, str]:
    parser = build_parser(None)  # every command module registers itself
    subparsers = parser._subparsers._group_actions[0]  # type: ignore[union-attr]
    return {action.dest: action.help for action in subparsers._choices_actions}


def test_the_table_lists_every_command_the_modules_register_with_their_help():
    registered = _registered()
    assert set(registered) == set(COMMANDS)
    for name, (_modules, help_text) in COMMANDS.items():
        if name == "partner":  # registered by cli.partners first; cli.sync adds an action
            continue
        assert registered[name] == help_text, name
    assert registered["partner"] == COMMANDS["partner"][1]


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_each_command_parses_with_only_its_modules(name):
    parser = build_parser([name, "--help"])
    subparsers = parser._subparsers._group_actions[0]  # type: ignore[union-attr]
    command = subparsers.choices[name]
    # Its own parser (actions, or a handler), not the bare line --help lists.
    assert command._subparsers is not None or command.get_default("handler") is not None


def test_the_command_is_the_first_word_that_is_not_an_option():
    assert command_named(["--version"]) is None
    assert command_named(["partner", "list", "x"]) == "partner"


def test_an_unknown_command_is_a_usage_error(capsys):
    assert main(["nonsense"]) == 2
    assert "invalid choice: 'nonsense'" in capsys.readouterr().err
