"""The catalogue of refusals (``ui/problems.py``) and the codes raised in ``src/`` agree:
every code has a translated sentence, every sentence belongs to a code still in use, and
each sentence names the same placeholders as the English template it replaces."""

from __future__ import annotations

from fieldpartner.domain.problems import Message, Parts
from fieldpartner.ui.problems import field_label, problem_sentences, problem_text
from refusal_sites import message_codes, placeholders


def test_every_code_is_given_literally():
    assert "<not literal>" not in message_codes(), message_codes().get("<not literal>")


def test_every_code_raised_has_a_sentence_and_every_sentence_a_code():
    used = set(message_codes())
    sentences = set(problem_sentences())
    assert used - sentences == set(), "codes without a sentence in ui/problems.py"
    assert sentences - used == set(), "sentences of codes no longer used"


def test_each_code_keeps_one_set_of_placeholders():
    for uses in message_codes().values():
        assert len({frozenset(placeholders(template)) for template, _ in uses}) == 1, uses


# Values a sentence leaves out on purpose: ids that mean nothing to the person reading.
DROPPED = {
    "assessment_locked": {"id"},  # said of the assessment on screen
    "bundle_of_another_organisation": {"other"},  # the other organisation's id
}


def test_sentences_name_the_placeholders_of_their_english_template():
    sentences = problem_sentences()
    differing = {
        code: (sorted(placeholders(uses[0][0])), sorted(placeholders(sentences[code])))
        for code, uses in message_codes().items()
        if code in sentences
        and placeholders(uses[0][0]) - DROPPED.get(code, set()) != placeholders(sentences[code])
    }
    assert differing == {}


def test_parts_of_a_refusal_are_translated_each_and_fields_by_their_label(qapp):
    row = Message(
        "refused_row",
        "row {row}: {reasons}",
        row=4,
        reasons=Parts(
            [
                Message("field_problem", "{field}: {problem}", field="due_date", problem="x"),
                Message("not_answered", "not answered"),
            ]
        ),
    )
    assert str(row) == "row 4: due_date: x; not answered"
    assert problem_text(row) == f"Row 4: {field_label('due_date')}: x; not answered"
