"""Refusals of ``domain/`` and ``sync/`` in the interface's language.

A refusal built as a ``domain.problems.Message`` carries a code and its arguments; this
module holds the translated sentence of each code and the names of the fields refusals
speak of. A plain English sentence, or a code not listed here, is shown as it came.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from fieldpartner.domain.problems import code_of
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


def field_label(field: str) -> str:
    """The name of a record field as the forms call it."""
    return {
        "name": QCoreApplication.translate("Problems", "Name"),
        "acronym": QCoreApplication.translate("Problems", "Acronym"),
        "country": QCoreApplication.translate("Problems", "Country"),
        "type": QCoreApplication.translate("Problems", "Type"),
        "title": QCoreApplication.translate("Problems", "Title"),
        "owner": QCoreApplication.translate("Problems", "Owner"),
        "role": QCoreApplication.translate("Problems", "Role"),
        "notes": QCoreApplication.translate("Problems", "Notes"),
        "channels": QCoreApplication.translate("Problems", "Channels"),
        "description": QCoreApplication.translate("Problems", "Description"),
        "status": QCoreApplication.translate("Problems", "Status"),
        "due_date": QCoreApplication.translate("Problems", "Due date"),
        "start_date": QCoreApplication.translate("Problems", "Start date"),
        "end_date": QCoreApplication.translate("Problems", "End date"),
        "place": QCoreApplication.translate("Problems", "Place"),
        "topic": QCoreApplication.translate("Problems", "Topic"),
        "currency": QCoreApplication.translate("Problems", "Currency"),
        "amount": QCoreApplication.translate("Problems", "Amount"),
        "tags": QCoreApplication.translate("Problems", "Tags"),
    }.get(field, field)


def _argument(name: str, value: Any) -> str:
    if name == "status":  # a record's state, one of the stored words
        return {
            "final": QCoreApplication.translate("Problems", "final"),
            "approved": QCoreApplication.translate("Problems", "approved"),
            "draft": QCoreApplication.translate("Problems", "draft"),
        }.get(str(value), str(value))
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
