"""pdftotext and pdffonts as the report tests read a PDF (imported as a plain module)."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

# The root conftest's passphrase: the session's template vault is made with it.
PASSPHRASE = "correct horse battery staple"

# pdftotext (poppler) writes right-to-left runs in logical order in its default mode and
# wraps them in bidi embedding controls (U+202A-U+202E); -layout keeps the same order but
# pads with spaces, and -raw gives content-stream order, i.e. visual order for Arabic. So
# the tests read the default output, drop the controls and normalise with NFKC, which
# maps the Arabic presentation forms the shaper drew back to the letters of the source.
_BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def pdf_text(data: bytes, tmp_path: Path, *, password: str | None = None) -> str:
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(data)
    args = ["pdftotext", "-enc", "UTF-8"]
    if password is not None:
        args += ["-upw", password]
    result = subprocess.run([*args, str(pdf), "-"], capture_output=True, text=True, check=True)
    return normalise(result.stdout)


def normalise(text: str) -> str:
    """NFKC, no bidi controls, runs of whitespace as one space."""
    text = _BIDI_CONTROLS.sub("", unicodedata.normalize("NFKC", text))
    return re.sub(r"\s+", " ", text).strip()


def pdf_fonts(data: bytes, tmp_path: Path) -> list[list[str]]:
    pdf = tmp_path / "fonts.pdf"
    pdf.write_bytes(data)
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    return [line.split() for line in out.stdout.splitlines()[2:] if line.strip()]
