"""Fixed report labels (headings, ratings, decisions) in the report languages.

The table lives in ``labels.json`` beside this module; template items and sections are not
here: they come from each template's own translations.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

LANGUAGES = ("en", "fr", "es", "ar")


@lru_cache(maxsize=1)
def _table() -> dict[str, dict[str, str]]:
    data: dict[str, dict[str, str]] = json.loads(
        (Path(__file__).with_name("labels.json")).read_text(encoding="utf-8")
    )
    return data


class Labels:
    """The labels of one language, falling back to English, then to the key itself."""

    def __init__(self, lang: str) -> None:
        table = _table()
        self.lang = lang if lang in table else "en"
        self._own = table[self.lang]
        self._en = table["en"]

    def __call__(self, key: str, **values: Any) -> str:
        text = self._own.get(key) or self._en.get(key) or key
        return text.format(**values) if values else text

    def term(self, prefix: str, value: str | None) -> str:
        """A vocabulary word (``rating.high``), or the raw value when the table lacks it."""
        if not value:
            return ""
        key = f"{prefix}.{value}"
        found = self._own.get(key) or self._en.get(key)
        return found or value.replace("_", " ")
