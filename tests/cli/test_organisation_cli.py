"""``fieldpartner-cli organisation set | show``: the name and logo reports are headed with."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

from clirunner import Cli
from PIL import Image

from fieldpartner.cli.common import PASSPHRASE_ENV
from fieldpartner.domain.organisation import organisation_logo, organisation_name
from fieldpartner.vault import Vault

# The root conftest's passphrase: ``vault_path`` is a copy of its template vault.
PASSPHRASE = "correct horse battery staple"
ENV = {PASSPHRASE_ENV: PASSPHRASE}


def _png(path: Path) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (120, 40), (10, 90, 50)).save(buffer, "PNG")
    path.write_bytes(buffer.getvalue())
    return buffer.getvalue()


def test_set_and_show_name_and_logo(cli: Cli, vault_path: Path, tmp_path: Path) -> None:
    shown = cli("organisation", "show", vault_path, env=ENV)
    assert shown.code == 0, shown.err
    assert shown.out.splitlines() == ["name: Test vault", "logo: none"]

    png = _png(tmp_path / "logo.png")
    result = cli(
        "organisation", "set", vault_path, "--name", "Rights Support Network", "--logo",
        tmp_path / "logo.png", env=ENV,
    )  # fmt: skip
    assert result.code == 0, result.err
    with Vault.unlock(vault_path, PASSPHRASE) as vault, vault.session() as session:
        assert organisation_name(session) == "Rights Support Network"
        assert organisation_logo(session) == png

    shown = cli("organisation", "show", vault_path, "--json", env=ENV)
    assert shown.code == 0, shown.err
    assert json.loads(shown.out) == {
        "name": "Rights Support Network",
        "logo": {
            "media_type": "image/png",
            "size": len(png),
            "width": 120,
            "height": 40,
            "sha256": hashlib.sha256(png).hexdigest(),
        },
    }

    removed = cli("organisation", "set", vault_path, "--no-logo", "--name", "", env=ENV)
    assert removed.code == 0, removed.err
    shown = cli("organisation", "show", vault_path, env=ENV)
    assert shown.out.splitlines() == ["name: Test vault", "logo: none"]


def test_invalid_logo_exits_4_with_one_line_and_changes_nothing(
    cli: Cli, vault_path: Path, tmp_path: Path
) -> None:
    not_image = tmp_path / "logo.png"
    not_image.write_bytes(b"%PDF-1.7\n% a PDF renamed to look like a logo\n")
    big = tmp_path / "big.jpg"
    big.write_bytes(b"\xff\xd8\xff" + b"\x00" * (2 * 1024 * 1024))
    for path, reason in ((not_image, "not an image"), (big, "the limit is 2 MB")):
        result = cli("organisation", "set", vault_path, "--name", "X", "--logo", path, env=ENV)
        assert result.code == 4, result.err
        assert len(result.error_lines) == 1 and reason in result.err
    shown = cli("organisation", "show", vault_path, env=ENV)
    assert shown.out.splitlines() == ["name: Test vault", "logo: none"]


def test_set_without_changes_or_with_both_logo_options_is_a_usage_error(
    cli: Cli, vault_path: Path, tmp_path: Path
) -> None:
    assert cli("organisation", "set", vault_path, env=ENV).code == 2
    both = cli(
        "organisation", "set", vault_path, "--logo", tmp_path / "x.png", "--no-logo", env=ENV
    )
    assert both.code == 2
