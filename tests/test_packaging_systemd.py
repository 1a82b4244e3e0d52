"""The systemd unit of HQ's inbox drainer runs a command fieldpartner-cli knows, with the
passphrase from a credential file, never in the unit."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from fieldpartner.cli import build_parser
from fieldpartner.cli.inbox import hq_drain

UNIT = (
    Path(__file__).resolve().parents[1] / "packaging" / "systemd" / "fieldpartner-hq-drain.service"
)


def _settings() -> dict[str, str]:
    text = re.sub(r"\\\n\s*", " ", UNIT.read_text(encoding="utf-8"))
    settings = {}
    for line in text.splitlines():
        key, sep, value = line.partition("=")
        if sep and not line.startswith("#"):
            settings[key.strip()] = value.strip()
    return settings


def test_the_unit_drains_with_watch_and_the_passphrase_from_its_credential() -> None:
    settings = _settings()
    program, *argv = shlex.split(settings["ExecStart"])
    assert program.endswith("/fieldpartner-cli")
    args = build_parser(argv).parse_args(argv)
    assert args.handler is hq_drain and args.watch
    credential = settings["LoadCredential"].split(":", 1)[0]
    assert args.passphrase_file == f"%d/{credential}"
    text = UNIT.read_text(encoding="utf-8")
    assert "FIELDPARTNER_PASSPHRASE" not in text and "Environment=" not in text
    assert settings["LimitCORE"] == "0"
