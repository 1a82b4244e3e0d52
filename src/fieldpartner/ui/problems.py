"""Refusals of ``domain/``, ``sync/`` and ``vault/`` in the interface's language.

A refusal built as a ``domain.problems.Message`` carries a code and its arguments; this
module holds the translated sentence of each code, and the one table of the names of
record fields and kinds (used by refusals, the Conflicts tab and the spreadsheet import).
Arguments that are refusals themselves (a ``Message``, ``Parts`` of them) are translated
part by part; arguments that are vocabulary words (a field, a record kind, a status) are
shown by their translated names. A plain English sentence, or a code not listed here, is
shown as it came.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from fieldpartner.domain.problems import Parts, code_of
from fieldpartner.domain.validation import ValidationError


def _sentences() -> dict[str, str]:
    return {
        "empty": QCoreApplication.translate("Problems", "must not be empty"),
        "too_long": QCoreApplication.translate(
            "Problems", "is {length} characters long; the limit is {limit}"
        ),
        "too_many": QCoreApplication.translate(
            "Problems", "has {count} entries; the limit is {limit}"
        ),
        "not_one_of": QCoreApplication.translate("Problems", "{value} is not one of: {allowed}"),
        "not_a_country": QCoreApplication.translate(
            "Problems", "{value} is not a country code (such as KE, SD or CO)"
        ),
        "not_a_currency": QCoreApplication.translate(
            "Problems", "{value} is not a currency code (such as GBP, EUR or USD)"
        ),
        "not_a_date": QCoreApplication.translate("Problems", "{value} is not a date (YYYY-MM-DD)"),
        "end_before_start": QCoreApplication.translate(
            "Problems", "{end} is before the start ({start})"
        ),
        "negative_amount": QCoreApplication.translate(
            "Problems", "{value} is negative; an amount must be 0 or more"
        ),
        "assessment_locked": QCoreApplication.translate(
            "Problems",
            "This assessment is {status}: its answers are locked. Reopen it to make a new draft.",
        ),
        "not_joined": QCoreApplication.translate(
            "Problems",
            "This vault belongs to no organisation yet: set it up on the Sync page first.",
        ),
        "bundle_of_another_organisation": QCoreApplication.translate(
            "Problems", "This bundle belongs to another organisation, not {name}."
        ),
        "bundle_signed_by_another_key": QCoreApplication.translate(
            "Problems", "The bundle claims to come from this vault, but another key signed it."
        ),
        "bundle_not_from_hq": QCoreApplication.translate(
            "Problems",
            "This bundle is not from {name}'s HQ (sender {device}, fingerprint "
            "{fingerprint}); field vaults accept bundles from HQ only.",
        ),
        "bundle_from_revoked_device": QCoreApplication.translate(
            "Problems", "Device {device} was revoked on {when}; its bundles are refused."
        ),
        "bundle_key_mismatch": QCoreApplication.translate(
            "Problems",
            "The bundle claims to come from device {device} but is signed by a different "
            "key (fingerprint {fingerprint}, enrolled {enrolled}).",
        ),
        "trusted_fingerprint_mismatch": QCoreApplication.translate(
            "Problems",
            "The fingerprint given does not match the unknown device {device} (its "
            "fingerprint is {fingerprint}).",
        ),
        "bundle_from_unknown_device": QCoreApplication.translate(
            "Problems",
            "Unknown device {device} with fingerprint {fingerprint}: check the fingerprint "
            "with the device's user before trusting it.",
        ),
        "bundle_for_another_device": QCoreApplication.translate(
            "Problems", "This bundle is addressed to device {to}, not to this vault ({device})."
        ),
    }


def problem_codes() -> set[str]:
    """The codes this catalogue translates."""
    return set(_sentences())


def problem_sentences() -> dict[str, str]:
    """Each code's sentence in the interface's language (for checks of placeholders)."""
    return _sentences()


def field_labels() -> dict[str, str]:
    """Every record field (``domain.rules.COLUMNS``, the spreadsheet import's contact
    columns, and the records refusals name) by the name people know it by.

    Each call is spelled out in full so that pyside6-lupdate finds the strings. Where a
    form labels the same field, the words are the same.
    """
    return {
        "acronym": QCoreApplication.translate("RecordFields", "Acronym"),
        "affiliations": QCoreApplication.translate("RecordFields", "Affiliations"),
        "agreement_signed": QCoreApplication.translate("RecordFields", "Agreement signed"),
        "amount": QCoreApplication.translate("RecordFields", "Amount"),
        "answered_by": QCoreApplication.translate("RecordFields", "Answered by"),
        "approved_by": QCoreApplication.translate("RecordFields", "Approved by"),
        "assessed_on": QCoreApplication.translate("RecordFields", "Date of the assessment"),
        "assessment_id": QCoreApplication.translate("RecordFields", "Assessment"),
        "assessment_kind": QCoreApplication.translate("RecordFields", "Assessment kind"),
        "assessors": QCoreApplication.translate("RecordFields", "Assessors"),
        "back_donor": QCoreApplication.translate("RecordFields", "Back donor"),
        "body": QCoreApplication.translate("RecordFields", "Template content"),
        "call": QCoreApplication.translate("RecordFields", "Call type"),
        "category": QCoreApplication.translate("RecordFields", "Partnership category"),
        "channels": QCoreApplication.translate("RecordFields", "Channels"),
        "co_design_input": QCoreApplication.translate("RecordFields", "Co-design input"),
        "completed_on": QCoreApplication.translate("RecordFields", "Completed on"),
        "conditions": QCoreApplication.translate("RecordFields", "Conditions"),
        "contact_address": QCoreApplication.translate("RecordFields", "Contact: address"),
        "contact_email": QCoreApplication.translate("RecordFields", "Contact: email"),
        "contact_name": QCoreApplication.translate("RecordFields", "Contact: name"),
        "contact_notes": QCoreApplication.translate("RecordFields", "Contact: notes"),
        "contact_phone": QCoreApplication.translate("RecordFields", "Contact: phone"),
        "contact_role": QCoreApplication.translate("RecordFields", "Contact: role"),
        "contact_signal": QCoreApplication.translate("RecordFields", "Contact: Signal"),
        "contact_telegram": QCoreApplication.translate("RecordFields", "Contact: Telegram"),
        "contact_whatsapp": QCoreApplication.translate("RecordFields", "Contact: WhatsApp"),
        "country": QCoreApplication.translate("RecordFields", "Country"),
        "created_at": QCoreApplication.translate("RecordFields", "Created"),
        "currency": QCoreApplication.translate("RecordFields", "Currency"),
        "data": QCoreApplication.translate("RecordFields", "File"),
        "decision": QCoreApplication.translate("RecordFields", "Decision"),
        "description": QCoreApplication.translate("RecordFields", "Description"),
        "done_date": QCoreApplication.translate("RecordFields", "Date done"),
        "due_date": QCoreApplication.translate("RecordFields", "Due date"),
        "due_diligence_tier": QCoreApplication.translate("RecordFields", "Due-diligence tier"),
        "end_date": QCoreApplication.translate("RecordFields", "End date"),
        "evidence_note": QCoreApplication.translate("RecordFields", "Evidence note"),
        "exit_criteria": QCoreApplication.translate("RecordFields", "Exit criteria"),
        "facilitators": QCoreApplication.translate("RecordFields", "Facilitators"),
        "filename": QCoreApplication.translate("RecordFields", "File name"),
        "finalised_at": QCoreApplication.translate("RecordFields", "Finalised"),
        "governance": QCoreApplication.translate("RecordFields", "Governance"),
        "history": QCoreApplication.translate("RecordFields", "History"),
        "item_id": QCoreApplication.translate("RecordFields", "Question"),
        "local_anchoring": QCoreApplication.translate("RecordFields", "Local anchoring"),
        "mandate": QCoreApplication.translate("RecordFields", "Mandate"),
        "media_type": QCoreApplication.translate("RecordFields", "File type"),
        "modality": QCoreApplication.translate("RecordFields", "Modality"),
        "name": QCoreApplication.translate("RecordFields", "Name"),
        "not_applicable": QCoreApplication.translate("RecordFields", "Not applicable"),
        "notes": QCoreApplication.translate("RecordFields", "Notes"),
        "organisation": QCoreApplication.translate("RecordFields", "Organisation"),
        "origin": QCoreApplication.translate("RecordFields", "Template origin"),
        "owner": QCoreApplication.translate("RecordFields", "Owner"),
        "participant": QCoreApplication.translate("RecordFields", "Participant"),
        "participants": QCoreApplication.translate("RecordFields", "Participants"),
        "partner_id": QCoreApplication.translate("RecordFields", "Partner"),
        "phase": QCoreApplication.translate("RecordFields", "Phase"),
        "place": QCoreApplication.translate("RecordFields", "Place"),
        "project_id": QCoreApplication.translate("RecordFields", "Project"),
        "recommended_decision": QCoreApplication.translate("RecordFields", "Recommended decision"),
        "region": QCoreApplication.translate("RecordFields", "Region"),
        "relationship_owner": QCoreApplication.translate("RecordFields", "Relationship owner"),
        "respondent": QCoreApplication.translate("RecordFields", "Who answers"),
        "results": QCoreApplication.translate("RecordFields", "Results"),
        "review_notes": QCoreApplication.translate("RecordFields", "Review notes"),
        "reviews_workshop_id": QCoreApplication.translate("RecordFields", "Workshop reviewed"),
        "role": QCoreApplication.translate("RecordFields", "Role"),
        "schedule_kind": QCoreApplication.translate("RecordFields", "Report kind"),
        "sensitivity": QCoreApplication.translate("RecordFields", "Sensitivity"),
        "sha256": QCoreApplication.translate("RecordFields", "File fingerprint (SHA-256)"),
        "size": QCoreApplication.translate("RecordFields", "File size"),
        "source": QCoreApplication.translate("RecordFields", "Source"),
        "start_date": QCoreApplication.translate("RecordFields", "Start date"),
        "status": QCoreApplication.translate("RecordFields", "Status"),
        "tags": QCoreApplication.translate("RecordFields", "Tags"),
        "template_key": QCoreApplication.translate("RecordFields", "Template"),
        "template_version": QCoreApplication.translate("RecordFields", "Template version"),
        "termination_reason": QCoreApplication.translate("RecordFields", "Reason for termination"),
        "tier": QCoreApplication.translate("RecordFields", "Tier"),
        "tier_reason": QCoreApplication.translate("RecordFields", "Reason for a lower tier"),
        "title": QCoreApplication.translate("RecordFields", "Title"),
        "topic": QCoreApplication.translate("RecordFields", "Topic"),
        "type": QCoreApplication.translate("RecordFields", "Type"),
        "value": QCoreApplication.translate("RecordFields", "Answer"),
        "version": QCoreApplication.translate("RecordFields", "Version"),
        "workshop_id": QCoreApplication.translate("RecordFields", "Workshop"),
        **kind_labels(),  # a refusal about a whole record names it by its kind
    }


def kind_labels() -> dict[str, str]:
    """Every synchronised record kind by the name people know it by."""
    return {
        "partner": QCoreApplication.translate("ConflictsPanel", "Partner"),
        "contact": QCoreApplication.translate("ConflictsPanel", "Contact"),
        "project": QCoreApplication.translate("ConflictsPanel", "Project"),
        "scheduled_report": QCoreApplication.translate("ConflictsPanel", "Scheduled report"),
        "template": QCoreApplication.translate("ConflictsPanel", "Template"),
        "assessment": QCoreApplication.translate("ConflictsPanel", "Assessment"),
        "answer": QCoreApplication.translate("ConflictsPanel", "Answer"),
        "action": QCoreApplication.translate("ConflictsPanel", "Action"),
        "workshop": QCoreApplication.translate("ConflictsPanel", "Workshop"),
        "workshop_participant": QCoreApplication.translate(
            "ConflictsPanel", "Workshop participant"
        ),
        "attachment": QCoreApplication.translate("ConflictsPanel", "Attachment"),
    }


def field_label(name: str) -> str:
    """A field's name for people (``local_anchoring`` → "Local anchoring"); a field this
    version does not know (from a newer bundle) is shown as its name made readable."""
    label = field_labels().get(name)
    if label is not None:
        return label
    return name.replace("_", " ").strip().capitalize()


def _word(label: str) -> str:
    """A label written inside a sentence ("Final" → "final")."""
    return QLocale().toLower(label)


# Arguments named so hold a vocabulary word, shown by its translated name.
_FIELD_ARGUMENTS = frozenset({"field"})
_KIND_ARGUMENTS = frozenset({"kind"})
_WORD_ARGUMENTS = frozenset({"status", "rating", "word", "computed"})


def _argument(name: str, value: Any) -> Any:
    if isinstance(value, Parts):
        separator = (
            QCoreApplication.translate("Problems", "; ")
            if value.separator == "; "
            else value.separator
        )
        return separator.join(_argument(name, part) for part in value)
    if code_of(value):
        return problem_text(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value  # kept a number, for the sentence's format ({limit:g})
    if name in _FIELD_ARGUMENTS:
        return field_label(str(value))
    if name in _KIND_ARGUMENTS:
        kind = kind_labels().get(str(value))
        return _word(kind) if kind is not None else str(value)
    if name in _WORD_ARGUMENTS:
        # Loaded here, not at the top: the start dialog uses this module before the
        # database code (which the vocabulary module imports) is loaded.
        from fieldpartner.ui.common.vocabulary import labels

        word = labels().get(str(value))
        return _word(word) if word is not None else str(value)
    return str(value)


def problem_text(message: str) -> str:
    """``message`` in the interface's language when its code is known, else as it is."""
    sentence = _sentences().get(code_of(message))
    if sentence is None:
        return str(message)
    arguments: dict[str, Any] = getattr(message, "arguments", {})
    try:
        return sentence.format(**{k: _argument(k, v) for k, v in arguments.items()})
    except (KeyError, IndexError, ValueError):  # a translation naming another placeholder
        return str(message)


def refusal_text(exc: BaseException) -> str:
    """What a refusal says, translated where it can be: each field's problems named by the
    field's label, one per line; any other error's message."""
    if isinstance(exc, ValidationError):
        return "\n".join(
            QCoreApplication.translate("Problems", "{field}: {problem}").format(
                field=field_label(field), problem=problem_text(message)
            )
            for field, message in exc.problems
        )
    if exc.args and isinstance(exc.args[0], str):
        return problem_text(exc.args[0]) if code_of(exc.args[0]) else str(exc)
    return str(exc)
