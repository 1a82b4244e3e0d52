"""``fieldpartner-cli assessment two-way``: partners' views of the organisation, combined."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from clirunner import Cli

from fieldpartner.cli.common import PASSPHRASE_ENV
from fieldpartner.domain.templates import ensure_builtin_templates
from fieldpartner.vault import Vault
from two_way_answers import answered_by

PASSPHRASE = "correct horse battery staple"
ENV = {PASSPHRASE_ENV: PASSPHRASE}
LEVELS = (4, 1, 3)  # three partners; every statement of each at its level


@pytest.fixture
def three_answered(vault_path: Path) -> Path:
    vault = Vault.unlock(vault_path, PASSPHRASE)
    try:
        with vault.transaction() as session:
            ensure_builtin_templates(session)
            for number, level in enumerate(LEVELS, start=1):
                answered_by(session, f"Partner {number}", level, date(2026, 3, number))
    finally:
        vault.lock()
    return vault_path


def test_below_the_threshold_every_figure_is_withheld(cli: Cli, three_answered: Path) -> None:
    # The default threshold is 5 partners; three answered.
    result = cli("assessment", "two-way", three_answered, env=ENV)
    assert result.code == 0, result.err
    assert "withheld: fewer than 5 partners answered (3 did)" in result.out
    assert "Partner" not in result.out
    shown = cli("assessment", "two-way", three_answered, "--json", env=ENV)
    combined = json.loads(shown.out)
    assert (combined["partners"], combined["threshold"], combined["withheld"]) == (3, 5, True)
    assert combined["overall"]["mean"] is None
    assert combined["sections"] and all(s["mean"] is None for s in combined["sections"])


def test_at_the_threshold_the_means_are_shown(cli: Cli, three_answered: Path) -> None:
    setting = cli("assessment", "two-way", three_answered, "--set-threshold", "3", env=ENV)
    assert setting.code == 0, setting.err
    assert "threshold: 3 partners" in setting.out

    result = cli("assessment", "two-way", three_answered, "--json", env=ENV)
    assert result.code == 0, result.err
    combined = json.loads(result.out)
    assert set(combined) == {"partners", "threshold", "withheld", "overall", "sections"}
    assert (combined["partners"], combined["threshold"], combined["withheld"]) == (3, 3, False)
    # Each partner's section scores are its level: (4 + 1 + 3) / 3 = 2.666667.
    assert combined["overall"] == {"id": "overall", "title": "", "answered": 3, "mean": 2.666667}
    scored = [s for s in combined["sections"] if s["answered"]]
    assert scored
    for section in scored:
        assert set(section) == {"id", "title", "answered", "mean"}
        assert (section["answered"], section["mean"]) == (3, 2.666667)
    assert "Partner" not in result.out

    text = cli("assessment", "two-way", three_answered, env=ENV)
    assert text.code == 0, text.err
    assert "3 partners answered (anonymity threshold 3)" in text.out
    overall = next(line for line in text.out.splitlines() if line.startswith("overall"))
    assert overall.split() == ["overall", "2.67", "3"]
    assert "Partner" not in text.out


@pytest.mark.parametrize("bad", ["1", "0", "-2"])
def test_a_threshold_below_two_is_refused_and_changes_nothing(
    cli: Cli, three_answered: Path, bad: str
) -> None:
    result = cli("assessment", "two-way", three_answered, "--set-threshold", bad, env=ENV)
    assert result.code == 4
    assert result.error_lines == [
        f"fieldpartner-cli: two_way_anonymity_threshold: {bad} is below 2: "
        "one partner's answers would be shown as they are"
    ]
    shown = json.loads(cli("assessment", "two-way", three_answered, "--json", env=ENV).out)
    assert shown["threshold"] == 5


def test_a_template_with_no_two_way_answers_combines_nothing(
    cli: Cli, three_answered: Path
) -> None:
    result = cli(
        "assessment",
        "two-way",
        three_answered,
        "--template",
        "fp.due-diligence",
        "--json",
        env=ENV,
    )
    assert result.code == 0, result.err
    assert json.loads(result.out)["partners"] == 0
