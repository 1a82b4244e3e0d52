"""An assessment's title in the reader's language (``domain.assessments.shown_title``)."""

from __future__ import annotations

from fieldpartner.domain.assessments import shown_title

TITLE = {"en": "Organisational capacity assessment", "fr": "Évaluation des capacités"}


def test_a_title_left_as_the_template_title_follows_the_language():
    assert shown_title(TITLE["en"], TITLE, "fr") == TITLE["fr"]
    assert shown_title("", TITLE, "fr") == TITLE["fr"]


def test_a_typed_title_is_shown_as_typed():
    assert shown_title("Annual review 2026", TITLE, "fr") == "Annual review 2026"


def test_a_language_the_template_lacks_falls_back_to_english():
    assert shown_title(TITLE["en"], TITLE, "ar") == TITLE["en"]
