"""Refusals of ``domain/``, ``sync/`` and ``vault/`` in the interface's language.

A refusal built as a ``domain.problems.Message`` carries a code and its arguments; this
module holds the translated sentence of each code.
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
from fieldpartner.ui.names import (
    field_label,
    kind_labels,
    respondent_labels,
    tier_labels,
    vocabulary_labels,
)


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
            "Problems", "{end} is before {start_field} ({start})"
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
        "amount_is_float": QCoreApplication.translate(
            "Problems", "“{value}” is a float; give it as text or Decimal to keep it exact"
        ),
        "amount_too_many_digits": QCoreApplication.translate(
            "Problems", "{value} has more than {limit} digits"
        ),
        "attachment_needs_owner": QCoreApplication.translate(
            "Problems", "an attachment must belong to a partner, an assessment or a workshop"
        ),
        "channel_kind": QCoreApplication.translate("Problems", "the kind must be one of {kinds}"),
        "channel_value_empty": QCoreApplication.translate(
            "Problems", "the value must not be empty"
        ),
        "completed_but_status": QCoreApplication.translate(
            "Problems", "{date} is set but the status is “{status}”"
        ),
        "conditions_needed": QCoreApplication.translate(
            "Problems", "must be given when approving with conditions"
        ),
        "done_but_due": QCoreApplication.translate(
            "Problems", "{date} is set but the status is “due”"
        ),
        "draft_only_by_reopening": QCoreApplication.translate(
            "Problems",
            "a {status} assessment becomes a draft only by reopening it, which clears {cleared} (still set: {kept})",
        ),
        "item_needs_assessment": QCoreApplication.translate(
            "Problems", "“{item}” names a template item, so it needs an assessment"
        ),
        "needed": QCoreApplication.translate("Problems", "must be given"),
        "not_a_channel_list": QCoreApplication.translate("Problems", "must be a list of channels"),
        "not_a_date_value": QCoreApplication.translate("Problems", "“{value}” is not a date"),
        "not_a_file_name": QCoreApplication.translate(
            "Problems", "“{value}” is not a file name (no folders)"
        ),
        "not_a_finite_amount": QCoreApplication.translate("Problems", "{value} is not an amount"),
        "not_a_record_id": QCoreApplication.translate(
            "Problems", "“{value}” is not the id of a record"
        ),
        "not_a_text_list": QCoreApplication.translate("Problems", "must be a list of text"),
        "not_an_amount": QCoreApplication.translate("Problems", "“{value}” is not an amount"),
        "participant_needs_name": QCoreApplication.translate(
            "Problems", "give a participating partner or the person’s name"
        ),
        "termination_reason_needed": QCoreApplication.translate(
            "Problems", "must be given when the status is “terminated”"
        ),
        "above_maximum": QCoreApplication.translate(
            "Problems", "{value} is above the maximum {maximum} of {item}."
        ),
        "accepts_answer": QCoreApplication.translate("Problems", "an answer"),
        "accepts_checklist": QCoreApplication.translate("Problems", "yes, no, partly"),
        "accepts_checklist_or_na": QCoreApplication.translate(
            "Problems", "yes, no, partly or not_applicable"
        ),
        "accepts_date": QCoreApplication.translate("Problems", "a date (YYYY-MM-DD)"),
        "accepts_files": QCoreApplication.translate("Problems", "attachment references"),
        "accepts_level": QCoreApplication.translate("Problems", "a level of {values}"),
        "accepts_number": QCoreApplication.translate("Problems", "a number"),
        "accepts_one_of": QCoreApplication.translate("Problems", "one of {values}"),
        "accepts_some_of": QCoreApplication.translate("Problems", "one or more of {values}"),
        "accepts_text": QCoreApplication.translate("Problems", "text"),
        "accepts_yes_no": QCoreApplication.translate("Problems", "yes or no"),
        "action_not_proposed": QCoreApplication.translate(
            "Problems", "The action “{title}” is {status}, not proposed."
        ),
        "already_draft": QCoreApplication.translate(
            "Problems", "Assessment {id} is already a draft."
        ),
        "already_in_organisation": QCoreApplication.translate(
            "Problems", "This vault already belongs to the organisation “{name}” ({org_id})."
        ),
        "already_taking_part": QCoreApplication.translate(
            "Problems", "“{name}” is already listed as taking part"
        ),
        "amount_negative": QCoreApplication.translate(
            "Problems", "The amount {amount} is negative."
        ),
        "anonymity_threshold_too_low": QCoreApplication.translate(
            "Problems",
            "{value} is below {minimum}: one partner’s answers would be shown as they are",
        ),
        "answer_columns": QCoreApplication.translate(
            "Problems", "{source}: the first row must name the columns item_id, answer, note."
        ),
        "answer_not_object": QCoreApplication.translate(
            "Problems", "{source}: answer {number} is not an object."
        ),
        "answer_row_item_problem": QCoreApplication.translate(
            "Problems", "Row {row} ({item}): {problem}"
        ),
        "answer_row_problem": QCoreApplication.translate("Problems", "Row {row}: {problem}"),
        "answer_rows_rejected": QCoreApplication.translate(
            "Problems", "{source}: {count} rows rejected, nothing was saved: {problems}"
        ),
        "answer_rows_rejected_one": QCoreApplication.translate(
            "Problems", "{source}: 1 row rejected, nothing was saved: {problems}"
        ),
        "approve_needs_final": QCoreApplication.translate(
            "Problems", "Only a final assessment can be approved, not a {status} one."
        ),
        "assessment_deleted": QCoreApplication.translate(
            "Problems", "Assessment {id} has been deleted."
        ),
        "assign_to_revoked_device": QCoreApplication.translate(
            "Problems", "Device {device} is revoked; nothing can be assigned to it."
        ),
        "attachment_contents_missing": QCoreApplication.translate(
            "Problems",
            "The contents of “{filename}” are missing from the vault (SHA-256 {sha256}).",
        ),
        "attachment_damaged": QCoreApplication.translate(
            "Problems",
            "“{filename}” is damaged: its contents have SHA-256 {actual}, but {sha256} was recorded when it was attached.",
        ),
        "attachment_is_program": QCoreApplication.translate(
            "Problems", "“{name}” is {program}; programs are not kept as attachments"
        ),
        "attachment_too_large": QCoreApplication.translate(
            "Problems", "“{name}” is {size}; the limit is {limit:g} MB"
        ),
        "backup_copy_failed_check": QCoreApplication.translate(
            "Problems", "The copy failed its check: {problems}"
        ),
        "backup_failed_check": QCoreApplication.translate(
            "Problems", "{name} did not pass its check: {problems}"
        ),
        "backup_inside_vault": QCoreApplication.translate(
            "Problems", "A backup must go outside the vault’s own folder."
        ),
        "backup_not_a_folder": QCoreApplication.translate(
            "Problems", "{destination} is not a folder."
        ),
        "backup_reminder_days": QCoreApplication.translate(
            "Problems", "The backup reminder takes {low} to {high} days, not {days}."
        ),
        "below_minimum": QCoreApplication.translate(
            "Problems", "{value} is below the minimum {minimum} of {item}."
        ),
        "border_bundle_lacks_attachments": QCoreApplication.translate(
            "Problems", "{name} lacks attachments it should hold; nothing was removed."
        ),
        "border_bundle_lacks_records": QCoreApplication.translate(
            "Problems",
            "{count} record(s) HQ has not acknowledged are not in {name}; nothing was removed.",
        ),
        "border_bundle_replaced": QCoreApplication.translate(
            "Problems",
            "{name} is not the bundle just written (it was replaced or cut short); nothing was removed.",
        ),
        "border_bundle_unreadable": QCoreApplication.translate(
            "Problems",
            "The border bundle {name} does not read back ({reason}); nothing was removed.",
        ),
        "border_mode_on_hq": QCoreApplication.translate(
            "Problems", "Border mode is for a field vault; this vault is HQ."
        ),
        "bundle_archive_damaged": QCoreApplication.translate(
            "Problems", "The bundle’s archive is damaged ({reason})."
        ),
        "bundle_attachment_name_mismatch": QCoreApplication.translate(
            "Problems", "{name} does not match its SHA-256 name."
        ),
        "bundle_attachment_refused": QCoreApplication.translate(
            "Problems", "{label}: {problem}; nothing was imported."
        ),
        "bundle_attachments_no_longer_readable": QCoreApplication.translate(
            "Problems", "The bundle’s attachments can no longer be read."
        ),
        "bundle_data_after_archive": QCoreApplication.translate(
            "Problems", "The bundle has unexpected data after its archive."
        ),
        "bundle_header_checksum": QCoreApplication.translate(
            "Problems", "The bundle’s archive has a damaged header (checksum)."
        ),
        "bundle_header_damaged": QCoreApplication.translate(
            "Problems", "The bundle’s archive has a damaged header ({what})."
        ),
        "bundle_member_changed": QCoreApplication.translate(
            "Problems", "{name} changed since the bundle was checked."
        ),
        "bundle_member_hash_mismatch": QCoreApplication.translate(
            "Problems", "{name} does not match the hash in the signed manifest."
        ),
        "bundle_member_name_not_ascii": QCoreApplication.translate(
            "Problems", "The bundle’s archive holds a member with a non-ASCII name."
        ),
        "bundle_member_no_newline": QCoreApplication.translate(
            "Problems", "{name} does not end with a newline."
        ),
        "bundle_member_not_a_file": QCoreApplication.translate(
            "Problems",
            "The bundle’s archive holds “{name}”, which is {what}, not a file; a bundle holds regular files only.",
        ),
        "bundle_member_not_ustar": QCoreApplication.translate(
            "Problems", "The bundle’s archive holds “{name}” in a form other than POSIX ustar."
        ),
        "bundle_member_too_large": QCoreApplication.translate(
            "Problems", "{name} is too large ({size} bytes; at most {limit})."
        ),
        "bundle_member_twice": QCoreApplication.translate(
            "Problems", "The bundle’s archive holds “{name}” twice."
        ),
        "bundle_members": QCoreApplication.translate("Problems", "{parts}"),
        "bundle_members_differ": QCoreApplication.translate(
            "Problems", "The bundle’s members differ from its manifest"
        ),
        "bundle_no_longer_readable": QCoreApplication.translate(
            "Problems", "The bundle can no longer be read."
        ),
        "bundle_no_signed_manifest": QCoreApplication.translate(
            "Problems", "The bundle has no signed manifest (manifest.json, manifest.sig)."
        ),
        "bundle_not_decrypted": QCoreApplication.translate(
            "Problems",
            "The bundle is damaged, truncated or not an age-encrypted FieldPartner bundle (age: {reason}).",
        ),
        "bundle_refers_to_missing_records": QCoreApplication.translate(
            "Problems",
            "The bundle’s records refer to records this vault does not have ({reason}); nothing was imported.",
        ),
        "bundle_sender_role_mismatch": QCoreApplication.translate(
            "Problems",
            "The bundle’s sender {sender} claims the role “{role}”, which is not its role in this organisation.",
        ),
        "bundle_signature_mismatch": QCoreApplication.translate(
            "Problems",
            "The bundle’s signature does not match its manifest: it was altered after it was signed.",
        ),
        "bundle_template_differs": QCoreApplication.translate(
            "Problems",
            "Template {template} version {version} in the bundle differs from the one this vault holds; a template version never changes (a changed template needs a new version number).",
        ),
        "bundle_too_large": QCoreApplication.translate(
            "Problems", "The bundle is larger than {limit} bytes."
        ),
        "bundle_too_many_members": QCoreApplication.translate(
            "Problems", "The bundle holds more than {limit} members."
        ),
        "bundle_truncated": QCoreApplication.translate(
            "Problems", "The bundle’s archive is truncated ({what})."
        ),
        "bundle_unexpected_member": QCoreApplication.translate(
            "Problems", "The bundle’s archive holds an unexpected member “{name}”."
        ),
        "bundle_version_newer": QCoreApplication.translate(
            "Problems",
            "The bundle has format version {version}; this FieldPartner reads version {readable} (it was written by a newer FieldPartner).",
        ),
        "bundle_version_unknown": QCoreApplication.translate(
            "Problems",
            "The bundle has format version {version}; this FieldPartner reads version {readable}.",
        ),
        "cannot_join_another_organisation": QCoreApplication.translate(
            "Problems",
            "This vault already belongs to the organisation “{name}”; it cannot join another.",
        ),
        "cannot_read": QCoreApplication.translate("Problems", "Cannot read {file}: {reason}"),
        "cannot_read_identity_backup": QCoreApplication.translate(
            "Problems", "Cannot read the identity backup {file}: {reason}"
        ),
        "cannot_read_profile": QCoreApplication.translate(
            "Problems", "Cannot read the profile {file}: {reason}"
        ),
        "cell_too_long": QCoreApplication.translate(
            "Problems", "{source}: cell {cell} is longer than {limit} characters."
        ),
        "compare_same_version": QCoreApplication.translate(
            "Problems", "A self-assessment compares only with the same template version."
        ),
        "computed_item": QCoreApplication.translate(
            "Problems", "Item {item} is computed by the application, not answered."
        ),
        "conflict_already_resolved": QCoreApplication.translate(
            "Problems", "Conflict {id} is already resolved ({resolution})."
        ),
        "edit_conflict": QCoreApplication.translate(
            "Problems",
            "{kind} {label} ({id}) was changed by {author} at {when} after this edit began; nothing was saved: reopen it to see their change, then edit again.",
        ),
        "edit_conflict_elsewhere": QCoreApplication.translate(
            "Problems",
            "{kind} {label} ({id}) was changed on another device at {when} after this edit began; nothing was saved: reopen it to see the change, then edit again.",
        ),
        "not_permitted": QCoreApplication.translate(
            "Problems",
            "{person} is a {role} in HQ's database and may not {action} (only a {needed} may); nothing was changed.",
        ),
        "conflict_resolved_by": QCoreApplication.translate(
            "Problems",
            "Conflict {id} on {kind} {record} is already resolved ({resolution}) by {author} "
            "at {when}.",
        ),
        "contact_field_problem": QCoreApplication.translate(
            "Problems", "contact {field}: {problem}"
        ),
        "contact_in_row": QCoreApplication.translate(
            "Problems", "contact “{name}” is already in row {row}"
        ),
        "contact_of_partner": QCoreApplication.translate(
            "Problems", "contact “{name}” is already a contact of this partner"
        ),
        "content_gif": QCoreApplication.translate("Problems", "a GIF image"),
        "content_heic": QCoreApplication.translate("Problems", "a HEIC photo"),
        "content_jpeg": QCoreApplication.translate("Problems", "a JPEG image"),
        "content_not_as_named": QCoreApplication.translate(
            "Problems", "“{name}” is named as {named} but its content is {content}"
        ),
        "content_not_text": QCoreApplication.translate(
            "Problems", "“{name}” is named as text but its content is {content}"
        ),
        "content_ole": QCoreApplication.translate("Problems", "an older Office document"),
        "content_other": QCoreApplication.translate("Problems", "something else"),
        "content_pdf": QCoreApplication.translate("Problems", "a PDF document"),
        "content_png": QCoreApplication.translate("Problems", "a PNG image"),
        "content_tiff": QCoreApplication.translate("Problems", "a TIFF image"),
        "content_webp": QCoreApplication.translate("Problems", "a WebP image"),
        "content_zip": QCoreApplication.translate(
            "Problems", "a ZIP archive (or a Word, Excel or OpenDocument file)"
        ),
        "covered_needs_note": QCoreApplication.translate(
            "Problems", "answered covered needs a note naming the earlier assessment"
        ),
        "csv_not_utf8": QCoreApplication.translate(
            "Problems", "{source} is not UTF-8 text; save it again as “CSV UTF-8” or as .xlsx."
        ),
        "database_key_length": QCoreApplication.translate(
            "Problems", "The unwrapped database key has the wrong length."
        ),
        "database_missing": QCoreApplication.translate(
            "Problems", "{file} is missing; the vault cannot be opened."
        ),
        "database_unreadable": QCoreApplication.translate(
            "Problems", "vault.db cannot be read: {reason}"
        ),
        "decision_needed": QCoreApplication.translate(
            "Problems", "A decision must be given to approve an assessment."
        ),
        "demo_no_template": QCoreApplication.translate(
            "Problems", "No assessment template was found for the demo."
        ),
        "demo_no_usable_template": QCoreApplication.translate(
            "Problems", "No template can be used for the demo’s assessments."
        ),
        "device_ambiguous": QCoreApplication.translate(
            "Problems", "“{device_id}” names more than one device; give more characters."
        ),
        "differs_in_row": QCoreApplication.translate(
            "Problems", "{field}: “{value}” differs from “{held}” in row {row}"
        ),
        "differs_in_vault": QCoreApplication.translate(
            "Problems", "{field}: “{value}” differs from “{held}” in the vault"
        ),
        "duress_same_as_passphrase": QCoreApplication.translate(
            "Problems", "The duress passphrase must differ from the vault’s passphrase."
        ),
        "empty_sheet": QCoreApplication.translate(
            "Problems", "{source}: the sheet is empty (no header row)."
        ),
        "escrow_identity_does_not_open": QCoreApplication.translate(
            "Problems", "The escrow slot does not open with this HQ identity ({reason})."
        ),
        "escrow_identity_mismatch": QCoreApplication.translate(
            "Problems",
            "The vault’s escrow slot is for {recipient}, but {name} holds the identity of {held}: use the identity backup of the HQ this vault joined.",
        ),
        "export_target_is_a_file": QCoreApplication.translate(
            "Problems",
            "{target} is a file; a CSV export needs a folder (or a name ending in .zip).",
        ),
        "false_automatic_merge": QCoreApplication.translate(
            "Problems",
            "{kind} {record_id}: revision {rev} claims to be an automatic merge but is not the merge of its parents; device {sender} sent it.",
        ),
        "few_unrelated_words": QCoreApplication.translate("Problems", "use a few unrelated words"),
        "field_problem": QCoreApplication.translate("Problems", "{field}: {problem}"),
        "field_problems": QCoreApplication.translate("Problems", "{problems}"),
        "file_problem": QCoreApplication.translate("Problems", "“{name}”: {problem}"),
        "finalise_refused": QCoreApplication.translate(
            "Problems", "Cannot finalise: {count} questions to complete: {questions}"
        ),
        "finalise_refused_one": QCoreApplication.translate(
            "Problems", "Cannot finalise: 1 question to complete: {questions}"
        ),
        "formula_not_saved": QCoreApplication.translate(
            "Problems",
            "{source}: cell {cell} holds a formula whose value was never saved; open the file in a spreadsheet, save it, and import again (or paste the values).",
        ),
        "header_empty": QCoreApplication.translate(
            "Problems", "vault.json is empty (the vault header was truncated or wiped)."
        ),
        "header_escrow_recipient": QCoreApplication.translate(
            "Problems", "vault.json: $.keys.escrow.recipient is not an age recipient."
        ),
        "header_kdf_invalid": QCoreApplication.translate("Problems", "vault.json: $.kdf: {reason}"),
        "header_key_missing": QCoreApplication.translate(
            "Problems", "vault.json: {path}.{key} is missing."
        ),
        "header_not_base64": QCoreApplication.translate(
            "Problems", "vault.json: {path}.{key} is not valid base64."
        ),
        "header_not_integer": QCoreApplication.translate(
            "Problems", "vault.json: {path}.{key} must be an integer, not {value}."
        ),
        "header_not_json": QCoreApplication.translate(
            "Problems", "vault.json is damaged or truncated (not valid JSON: {reason})."
        ),
        "header_not_object": QCoreApplication.translate(
            "Problems", "vault.json: {path} must be an object."
        ),
        "header_not_text": QCoreApplication.translate(
            "Problems", "vault.json: {path}.{key} must be a non-empty string."
        ),
        "header_not_this_vault": QCoreApplication.translate(
            "Problems", "vault.json on disk is not this vault’s."
        ),
        "header_unexpected_value": QCoreApplication.translate(
            "Problems", "vault.json: {path}.{key} is {value}; expected {wanted}."
        ),
        "header_vault_id": QCoreApplication.translate(
            "Problems", "vault.json: $.vault_id {vault_id} is not a UUID."
        ),
        "header_version_newer": QCoreApplication.translate(
            "Problems",
            "vault.json has version {version}; this FieldPartner reads vault format {readable} (the vault was made by a newer version).",
        ),
        "header_version_unknown": QCoreApplication.translate(
            "Problems",
            "vault.json has version {version}; this FieldPartner reads vault format {readable}.",
        ),
        "header_wrong_format": QCoreApplication.translate(
            "Problems", "vault.json: the format is {fmt}; this is not a FieldPartner vault."
        ),
        "header_wrong_length": QCoreApplication.translate(
            "Problems", "vault.json: {path}.{key} must decode to {length} bytes, not {count}."
        ),
        "history_incomplete": QCoreApplication.translate(
            "Problems", "{kind} {record_id}: the history is incomplete ({missing} is missing)."
        ),
        "hq_cannot_escrow": QCoreApplication.translate(
            "Problems", "HQ’s own vault has no one to escrow its key to."
        ),
        "hq_cannot_join_itself": QCoreApplication.translate(
            "Problems", "This vault is the organisation’s HQ; it cannot join its own profile."
        ),
        "hq_fingerprint_mismatch": QCoreApplication.translate(
            "Problems",
            "The fingerprint “{given}” does not match HQ’s key in this profile ({fingerprint}); do not join: the profile may have been replaced.",
        ),
        "hq_only": QCoreApplication.translate(
            "Problems", "Only HQ’s vault enrols, revokes and assigns devices."
        ),
        "identity_backup_damaged": QCoreApplication.translate(
            "Problems", "{file} holds a damaged age identity."
        ),
        "identity_backup_key_count": QCoreApplication.translate(
            "Problems",
            "{file} is not an HQ identity backup: it must hold exactly one AGE-SECRET-KEY-1… line, not {count}.",
        ),
        "identity_backup_too_large": QCoreApplication.translate(
            "Problems", "{file} is too large to be an HQ identity backup."
        ),
        "identity_device_id_missing": QCoreApplication.translate(
            "Problems", "{what}.device_id is missing or not an id."
        ),
        "identity_fingerprint_mismatch": QCoreApplication.translate(
            "Problems", "{what}.fingerprint does not match its keys."
        ),
        "identity_not_base64": QCoreApplication.translate(
            "Problems", "{what} is not valid base64."
        ),
        "identity_not_base64_text": QCoreApplication.translate(
            "Problems", "{what} must be base64 text."
        ),
        "identity_not_object": QCoreApplication.translate("Problems", "{what} must be an object."),
        "identity_recipient_invalid": QCoreApplication.translate(
            "Problems", "{what}.recipient is not a valid age X25519 recipient."
        ),
        "identity_recipient_not_age": QCoreApplication.translate(
            "Problems", "{what}.recipient is not an age recipient."
        ),
        "identity_wrong_length": QCoreApplication.translate(
            "Problems", "{what} must be {length} bytes, not {count}."
        ),
        "image_too_large_to_redact": QCoreApplication.translate(
            "Problems",
            "the image is {width} x {height} pixels; images above {limit:,} pixels are not redacted",
        ),
        "image_unreadable_for_metadata": QCoreApplication.translate(
            "Problems", "the image cannot be read to remove its metadata: {reason}"
        ),
        "import_rows_refused": QCoreApplication.translate(
            "Problems", "{source}: {count} rows refused, nothing was imported: {rows}"
        ),
        "import_rows_refused_one": QCoreApplication.translate(
            "Problems", "{source}: 1 row refused, nothing was imported: {rows}"
        ),
        "item_answered_twice": QCoreApplication.translate(
            "Problems", "{item} is already answered in row {row}"
        ),
        "item_evidence": QCoreApplication.translate("Problems", "Item {item} {reason}"),
        "item_not_in_tier": QCoreApplication.translate(
            "Problems", "{item} does not apply to the {tier} tier"
        ),
        "kdf_iterations_above_limit": QCoreApplication.translate(
            "Problems", "Argon2id iterations {iterations} is above the limit of {limit}."
        ),
        "kdf_iterations_below_floor": QCoreApplication.translate(
            "Problems", "Argon2id iterations {iterations} is below the floor of {floor}."
        ),
        "kdf_lanes_out_of_range": QCoreApplication.translate(
            "Problems", "Argon2id lanes {lanes} is outside 1..64."
        ),
        "kdf_memory_above_limit": QCoreApplication.translate(
            "Problems", "Argon2id memory {memory_kib} KiB is above the limit of {limit} KiB."
        ),
        "kdf_memory_below_floor": QCoreApplication.translate(
            "Problems", "Argon2id memory {memory_kib} KiB is below the floor of {floor} KiB."
        ),
        "kdf_salt_length": QCoreApplication.translate(
            "Problems", "The Argon2id salt must be {length} bytes, not {count}."
        ),
        "key_does_not_open_database": QCoreApplication.translate(
            "Problems",
            "The key does not open vault.db (the database does not belong to this vault.json, or its first 16 bytes are damaged).",
        ),
        "lock_after_out_of_range": QCoreApplication.translate(
            "Problems", "Lock after {minutes} minutes: choose {low} to {high}."
        ),
        "logo_damaged": QCoreApplication.translate(
            "Problems",
            "The organisation logo is damaged: its contents have SHA-256 {actual}, but {digest} was recorded when it was set.",
        ),
        "logo_missing": QCoreApplication.translate(
            "Problems", "The organisation logo is missing from the vault (SHA-256 {digest})."
        ),
        "logo_setting_not_sha256": QCoreApplication.translate(
            "Problems", "The organisation logo setting “{digest}” is not a SHA-256."
        ),
        "lower_tier_needs_reason": QCoreApplication.translate(
            "Problems", "lowering the due-diligence tier from {reference} to {tier} needs a reason"
        ),
        "manifest_invalid": QCoreApplication.translate("Problems", "Manifest: {problem}"),
        "manifest_not_fieldpartner": QCoreApplication.translate(
            "Problems", "manifest.json does not describe a FieldPartner bundle."
        ),
        "manifest_not_json": QCoreApplication.translate(
            "Problems", "manifest.json is not valid JSON."
        ),
        "manifest_revision_count": QCoreApplication.translate(
            "Problems", "The manifest counts {revisions} revisions but the bundle holds {count}."
        ),
        "manifest_sender_role": QCoreApplication.translate(
            "Problems", "Manifest: sender.role must be hq or device."
        ),
        "manifest_sequence": QCoreApplication.translate(
            "Problems", "Manifest: sequence.after must be between 0 and sequence.through."
        ),
        "manifest_time_not_utc": QCoreApplication.translate(
            "Problems", "Manifest: created_at “{created_at}” is not a UTC time."
        ),
        "manifest_unexpected_member": QCoreApplication.translate(
            "Problems", "Manifest: unexpected member “{name}”."
        ),
        "mapped_twice": QCoreApplication.translate(
            "Problems", "More than one column is mapped to {field}."
        ),
        "members_missing": QCoreApplication.translate("Problems", "missing {names}"),
        "members_not_listed": QCoreApplication.translate("Problems", "not listed {names}"),
        "na_needs_note": QCoreApplication.translate(
            "Problems", "answered not applicable needs a note saying why"
        ),
        "name_not_mapped": QCoreApplication.translate(
            "Problems", "No column is mapped to the partner’s name."
        ),
        "needs_evidence": QCoreApplication.translate(
            "Problems", "answered “{value}” needs evidence (a note or an attached file)"
        ),
        "needs_file": QCoreApplication.translate(
            "Problems", "answered “{value}” needs an attached file as evidence"
        ),
        "needs_note": QCoreApplication.translate(
            "Problems", "answered “{value}” needs an evidence note"
        ),
        "new_passphrase_empty": QCoreApplication.translate(
            "Problems", "The new passphrase is empty."
        ),
        "no_action": QCoreApplication.translate("Problems", "No action with id {id}."),
        "no_assessment": QCoreApplication.translate("Problems", "No assessment with id {id}."),
        "no_contact": QCoreApplication.translate("Problems", "No contact with id {id}."),
        "no_covered": QCoreApplication.translate(
            "Problems", "Item {item} cannot be answered “covered by an earlier assessment”."
        ),
        "no_dont_know": QCoreApplication.translate(
            "Problems", "Item {item} cannot be answered “don’t know”."
        ),
        "no_enrolled_device": QCoreApplication.translate(
            "Problems", "No enrolled device “{device_id}”."
        ),
        "no_escrow_slot": QCoreApplication.translate(
            "Problems",
            "{file} has no HQ escrow slot (keys.escrow): this vault was never escrowed to HQ; recover it with its recovery key instead.",
        ),
        "no_head_revision": QCoreApplication.translate(
            "Problems", "{kind} {record_id} has no head revision."
        ),
        "no_item_id": QCoreApplication.translate("Problems", "no item_id"),
        "no_na": QCoreApplication.translate(
            "Problems", "Item {item} cannot be answered not applicable."
        ),
        "no_partner": QCoreApplication.translate("Problems", "No partner with id {id}."),
        "no_partner_name_given": QCoreApplication.translate("Problems", "No partner was named."),
        "no_partner_named": QCoreApplication.translate(
            "Problems", "No partner with id or name “{name}”."
        ),
        "no_project": QCoreApplication.translate("Problems", "No project with id {id}."),
        "no_result_to_override": QCoreApplication.translate(
            "Problems", "No result “{result}” to override ({known})."
        ),
        "no_such_item": QCoreApplication.translate(
            "Problems", "Template {template} version {version} has no item “{item}”."
        ),
        "no_such_sheet": QCoreApplication.translate(
            "Problems", "{source} has no sheet named “{sheet}”."
        ),
        "no_template_in_library": QCoreApplication.translate(
            "Problems", "No template {key} in the library."
        ),
        "no_template_in_vault": QCoreApplication.translate(
            "Problems", "No template {which} in the vault."
        ),
        "no_workshop": QCoreApplication.translate("Problems", "No workshop with id {id}."),
        "not_a_field_of_kind": QCoreApplication.translate(
            "Problems", "“{field}” is not a field of a {kind}."
        ),
        "not_a_respondent": QCoreApplication.translate(
            "Problems", "The respondent must be assessor or partner_self, not “{respondent}”."
        ),
        "not_a_spreadsheet": QCoreApplication.translate(
            "Problems", "{file}: not a spreadsheet this can read (.xlsx or .csv)."
        ),
        "not_a_tier": QCoreApplication.translate(
            "Problems", "Tier “{tier}” is not one of template {template}’s tiers: {tiers}."
        ),
        "not_a_valid_value": QCoreApplication.translate(
            "Problems", "{field}: “{text}” is not a valid {type} value."
        ),
        "not_a_vault_folder": QCoreApplication.translate(
            "Problems", "{path} is missing: this folder is not a vault, or the vault was wiped."
        ),
        "not_a_vocabulary_word": QCoreApplication.translate(
            "Problems", "“{value}” is not a {vocabulary} word ({words})."
        ),
        "not_an_answer": QCoreApplication.translate(
            "Problems", "“{value}” is not an answer to {item}: expected {expected}."
        ),
        "not_answer_list": QCoreApplication.translate(
            "Problems", "{source}: expected a list of answers."
        ),
        "not_answered": QCoreApplication.translate("Problems", "not answered"),
        "not_csv": QCoreApplication.translate(
            "Problems", "{source}: not readable as CSV ({reason})."
        ),
        "not_import_fields": QCoreApplication.translate(
            "Problems", "Not fields an import fills: {fields}."
        ),
        "not_json_at": QCoreApplication.translate(
            "Problems", "{source} is not JSON: {problem} at line {line}."
        ),
        "not_json_number": QCoreApplication.translate("Problems", "{name} is not a JSON number."),
        "not_self_assessment": QCoreApplication.translate(
            "Problems", "Assessment {id} is not a self-assessment."
        ),
        "not_utf8": QCoreApplication.translate("Problems", "{file} is not UTF-8 text."),
        "not_whole_number": QCoreApplication.translate(
            "Problems", "“{value}” is not a whole number"
        ),
        "not_xlsx": QCoreApplication.translate("Problems", "{source} is not an XLSX workbook."),
        "organisation_needs_name": QCoreApplication.translate(
            "Problems", "The organisation needs a name."
        ),
        "override_needs_final": QCoreApplication.translate(
            "Problems", "Only a final assessment’s results can be overridden, not a {status} one."
        ),
        "override_needs_justification": QCoreApplication.translate(
            "Problems", "An override needs a justification."
        ),
        "override_not_allowed": QCoreApplication.translate(
            "Problems", "Template {template} does not allow overriding its results."
        ),
        "participant_removed": QCoreApplication.translate(
            "Problems", "has been removed from the workshop"
        ),
        "partner_deleted": QCoreApplication.translate(
            "Problems", "Partner “{name}” has been deleted."
        ),
        "partner_name_ambiguous": QCoreApplication.translate(
            "Problems",
            "{count} partners in the vault are named “{name}”; add this contact in the window",
        ),
        "partner_name_not_unique": QCoreApplication.translate(
            "Problems", "{count} partners are named “{name}” ({ids}); use the id."
        ),
        "partner_not_assigned": QCoreApplication.translate(
            "Problems", "Partner “{name}” is not assigned to device {device}."
        ),
        "hq_closed": QCoreApplication.translate("Problems", "The HQ database is closed."),
        "hq_database_not_empty": QCoreApplication.translate(
            "Problems",
            "The database {url} already holds tables ({tables}…); HQ is made in an empty database.",
        ),
        "hq_needs_psycopg": QCoreApplication.translate(
            "Problems", "HQ on PostgreSQL needs psycopg: pip install 'fieldpartner[hq]'."
        ),
        "hq_not_hq_database": QCoreApplication.translate(
            "Problems",
            "{url} is not a FieldPartner HQ database (make one with `fieldpartner-cli hq init`).",
        ),
        "hq_schema_unknown": QCoreApplication.translate(
            "Problems",
            "The HQ database's schema is at migration {revision}, which this FieldPartner does not know (it was upgraded by a newer version).",
        ),
        "hq_sealed_setting_altered": QCoreApplication.translate(
            "Problems", "The sealed setting {setting} does not open with HQ's key (it was altered)."
        ),
        "hq_setting_damaged": QCoreApplication.translate(
            "Problems", "The setting {setting} is damaged."
        ),
        "hq_setting_missing": QCoreApplication.translate(
            "Problems", "The setting {setting} is missing."
        ),
        "hq_setting_unknown_format": QCoreApplication.translate(
            "Problems", "The setting {setting} has an unknown format."
        ),
        "hq_unknown_tables": QCoreApplication.translate(
            "Problems", "The vault holds tables this FieldPartner does not know: {tables}."
        ),
        "hq_unusable": QCoreApplication.translate(
            "Problems", "Cannot use the HQ database {url}: {reason}"
        ),
        "hq_url_expected": QCoreApplication.translate(
            "Problems", "An HQ database is named by a postgresql://… URL."
        ),
        "hq_url_unusable": QCoreApplication.translate("Problems", "Cannot use {url}: {reason}"),
        "hq_wrong_passphrase": QCoreApplication.translate(
            "Problems", "The passphrase does not open this HQ database."
        ),
        "passphrase_empty": QCoreApplication.translate("Problems", "The passphrase is empty."),
        "profile_key_missing": QCoreApplication.translate("Problems", "{file}: {key} is missing."),
        "profile_not_fieldpartner": QCoreApplication.translate(
            "Problems", "{file} is not a FieldPartner organisation profile."
        ),
        "profile_not_json": QCoreApplication.translate(
            "Problems", "{file} is not an organisation profile (not JSON)."
        ),
        "profile_signature_mismatch": QCoreApplication.translate(
            "Problems", "{file}: the profile’s signature does not match its content."
        ),
        "profile_template_not_template": QCoreApplication.translate(
            "Problems", "The profile’s templates hold a record that is not a template."
        ),
        "profile_templates_not_list": QCoreApplication.translate(
            "Problems", "{file}: templates must be a list of revision lines."
        ),
        "profile_too_large": QCoreApplication.translate(
            "Problems", "{file} is too large to be an organisation profile."
        ),
        "profile_version": QCoreApplication.translate(
            "Problems",
            "{file} has profile version {version}; this FieldPartner reads version {readable}.",
        ),
        "program_linux": QCoreApplication.translate("Problems", "a Linux program"),
        "program_macos": QCoreApplication.translate("Problems", "a macOS program"),
        "program_windows": QCoreApplication.translate("Problems", "a Windows program"),
        "project_of_another_partner": QCoreApplication.translate(
            "Problems", "Project “{project}” is not a project of “{partner}”."
        ),
        "question_to_complete": QCoreApplication.translate(
            "Problems", "question {number} ({item}) “{title}”: {reason}"
        ),
        "record_deleted": QCoreApplication.translate("Problems", "“{name}” has been deleted"),
        "record_field_invalid": QCoreApplication.translate(
            "Problems", "{where}: {field} {problem}"
        ),
        "record_invalid": QCoreApplication.translate("Problems", "{where}: {problem}"),
        "record_missing": QCoreApplication.translate(
            "Problems", "{kind} {record_id} is missing from this vault."
        ),
        "record_not_json": QCoreApplication.translate("Problems", "{where}: not valid JSON."),
        "record_value_not_storable": QCoreApplication.translate(
            "Problems", "{where}: a value cannot be stored."
        ),
        "recovery_key_alphabet": QCoreApplication.translate(
            "Problems", "The recovery key contains “{char}”, which is not in its alphabet."
        ),
        "recovery_key_characters": QCoreApplication.translate(
            "Problems", "A recovery key has 52 characters (13 groups of 4); this one has {count}."
        ),
        "recovery_key_does_not_open": QCoreApplication.translate(
            "Problems",
            "The recovery key does not open this vault (or vault.json’s recovery slot was altered).",
        ),
        "recovery_key_first_character": QCoreApplication.translate(
            "Problems", "The recovery key’s first character is out of range."
        ),
        "recovery_key_length": QCoreApplication.translate(
            "Problems", "A recovery key is 32 bytes (52 characters)."
        ),
        "recovery_key_problem": QCoreApplication.translate(
            "Problems", "The recovery key: {problem}"
        ),
        "refused_row": QCoreApplication.translate("Problems", "Row {row}: {reasons}"),
        "restore_not_a_vault": QCoreApplication.translate(
            "Problems", "{backup} is not a FieldPartner vault or backup (no vault.json)."
        ),
        "restore_onto_backup": QCoreApplication.translate(
            "Problems", "The backup and the place to restore it are the same folder."
        ),
        "restore_target_another_vault": QCoreApplication.translate(
            "Problems", "{target} holds another vault; choose another place to restore this backup."
        ),
        "restore_target_not_a_vault": QCoreApplication.translate(
            "Problems", "{target} exists and is not a vault; choose another place."
        ),
        "revision_attributed_to_another_device": QCoreApplication.translate(
            "Problems",
            "{kind} {record_id}: device {sender} sent revision {rev} attributed to device {author}; a device may send only revisions it wrote or revisions this vault holds unchanged.",
        ),
        "revision_field_invalid": QCoreApplication.translate(
            "Problems", "{kind} {record_id} (revision {rev}): {field} {message}"
        ),
        "revision_hash_mismatch": QCoreApplication.translate(
            "Problems", "{where}: revision “{rev}” does not match its content."
        ),
        "revision_not_merge": QCoreApplication.translate(
            "Problems",
            "{kind} {record_id} (revision {rev}) is not the merge of its parents: {reason}",
        ),
        "revision_outside_history": QCoreApplication.translate(
            "Problems", "{kind} {record_id}: a revision is not in its head’s history."
        ),
        "revision_parents": QCoreApplication.translate(
            "Problems", "{where}: parents must be a sorted list of at most two revisions."
        ),
        "revision_time_not_utc": QCoreApplication.translate(
            "Problems", "{where}: changed_at “{changed_at}” is not a UTC time."
        ),
        "revision_twice": QCoreApplication.translate(
            "Problems", "{kind} {record_id}: revision {rev} appears twice."
        ),
        "scheduled_report_deleted": QCoreApplication.translate("Problems", "{id} has been deleted"),
        "score_guessable": QCoreApplication.translate("Problems", "guessable"),
        "score_strong": QCoreApplication.translate("Problems", "strong"),
        "score_too_guessable": QCoreApplication.translate("Problems", "too guessable"),
        "score_very_guessable": QCoreApplication.translate("Problems", "very guessable"),
        "score_very_strong": QCoreApplication.translate("Problems", "very strong"),
        "send_to_revoked_device": QCoreApplication.translate(
            "Problems", "Device {device} is revoked; nothing is sent to it."
        ),
        "setting_not_whole_number": QCoreApplication.translate(
            "Problems", "{setting}: “{raw}” is not a whole number."
        ),
        "spreadsheet_too_large": QCoreApplication.translate(
            "Problems", "{file} is larger than {megabytes} MB; split it."
        ),
        "template_changed_without_version": QCoreApplication.translate(
            "Problems",
            "Template {template} version {version} in the bundle differs from the one in this vault; a changed template needs a new version.",
        ),
        "template_from_device": QCoreApplication.translate(
            "Problems",
            "Template {template} version {version}: device {sender} sent a template this vault does not hold; only HQ publishes or changes organisation templates (give HQ the template file to import).",
        ),
        "template_version_taken": QCoreApplication.translate(
            "Problems",
            "{template} version {version} is already in the vault with different content; a changed template needs a new version number.",
        ),
        "template_without_tiers": QCoreApplication.translate(
            "Problems", "Template {template} has no tiers, so no tier “{tier}”."
        ),
        "tier_below_project": QCoreApplication.translate(
            "Problems",
            "Project “{project}” calls for the {needed} tier; to review it at the {tier} tier, lower the project’s tier and give the reason.",
        ),
        "tier_needed": QCoreApplication.translate(
            "Problems", "Template {template} needs a tier: one of {tiers}."
        ),
        "too_many_columns": QCoreApplication.translate(
            "Problems", "{source}: row {row} has more than {limit} columns."
        ),
        "too_many_rows": QCoreApplication.translate(
            "Problems", "{source}: more than {limit} rows; split the file."
        ),
        "two_head_revisions": QCoreApplication.translate(
            "Problems", "{kind} {record_id} has two head revisions."
        ),
        "unknown_item": QCoreApplication.translate("Problems", "unknown item id “{item}”"),
        "unknown_item_type": QCoreApplication.translate(
            "Problems", "Item {item} has an unknown type “{type}”."
        ),
        "unknown_migration": QCoreApplication.translate(
            "Problems",
            "vault.db’s schema is at migration {current}, which this FieldPartner does not know (the vault was opened by a newer version, or it is damaged).",
        ),
        "unknown_record_kind": QCoreApplication.translate(
            "Problems", "{where}: unknown record kind “{kind}”."
        ),
        "value_not_in_vault": QCoreApplication.translate(
            "Problems", "{field}: “{value}” is not in the vault’s partner; add it in the window"
        ),
        "vault_folder_exists": QCoreApplication.translate(
            "Problems", "{path} already exists; choose a new folder for the vault."
        ),
        "vault_locked": QCoreApplication.translate("Problems", "The vault is locked."),
        "weak_passphrase": QCoreApplication.translate(
            "Problems",
            "The new passphrase is {strength} (score {score} of {maximum}, at least {minimum} needed): {detail}",
        ),
        "wipe_after_out_of_range": QCoreApplication.translate(
            "Problems", "Wipe after {value} wrong passphrases: choose {low} to {high}, or off."
        ),
        "wrong_respondent": QCoreApplication.translate(
            "Problems", "Template {template} is answered by {allowed}, not {respondent}."
        ),
        "xlsx_not_zip": QCoreApplication.translate(
            "Problems", "{source} is not an XLSX file (not a zip archive)."
        ),
        "xlsx_unpacks_too_large": QCoreApplication.translate(
            "Problems", "{source} unpacks to more than {megabytes} MB; refused."
        ),
        "xlsx_unreadable": QCoreApplication.translate(
            "Problems", "{source} is not a readable XLSX workbook ({reason})."
        ),
        "template_not_an_object": QCoreApplication.translate(
            "Problems", "a template must be a JSON object"
        ),
        "template_key_needs_format_2": QCoreApplication.translate(
            "Problems", "{key!r} needs format_version 2"
        ),
        "template_type_needs_format_2": QCoreApplication.translate(
            "Problems", "{item_type!r} items need format_version 2"
        ),
        "template_never_feeds_risk": QCoreApplication.translate(
            "Problems", "a {template_kind} template never feeds the partner's risk rating"
        ),
        "template_tiers_need_currency": QCoreApplication.translate(
            "Problems", "tiers with up_to amounts need a tier_currency"
        ),
        "template_last_tier_has_no_limit": QCoreApplication.translate(
            "Problems", "the last tier has no upper amount (it covers everything above)"
        ),
        "template_tier_needs_limit": QCoreApplication.translate(
            "Problems", "every tier but the last needs an up_to amount"
        ),
        "template_tier_limits_increase": QCoreApplication.translate(
            "Problems", "up_to amounts must increase from tier to tier"
        ),
        "template_currency_without_tiers": QCoreApplication.translate(
            "Problems", "a tier_currency without tiers"
        ),
        "template_unknown_item_referred": QCoreApplication.translate(
            "Problems", "refers to unknown item {item!r}"
        ),
        "template_review_item_not_date": QCoreApplication.translate(
            "Problems", "{item} is a {item_type} item, not a date"
        ),
        "template_review_needs_months": QCoreApplication.translate(
            "Problems",
            "give review_every_months too: it sets the next review when the date is not answered",
        ),
        "template_translation_missing": QCoreApplication.translate(
            "Problems", "the {language} translation is missing"
        ),
        "template_translation_empty": QCoreApplication.translate(
            "Problems", "the {language} translation is empty"
        ),
        "template_overall_reserved": QCoreApplication.translate(
            "Problems", "'overall' is reserved for the overall result"
        ),
        "template_duplicate_id": QCoreApplication.translate(
            "Problems", "duplicate id {ident!r} (first used at {first})"
        ),
        "template_duplicate_tier": QCoreApplication.translate(
            "Problems", "duplicate tier {ident!r}"
        ),
        "template_level_values_unique": QCoreApplication.translate(
            "Problems", "level values must be unique"
        ),
        "template_levels_lowest_first": QCoreApplication.translate(
            "Problems", "levels must be listed lowest first"
        ),
        "template_negative_weight": QCoreApplication.translate(
            "Problems", "weight {weight} is negative"
        ),
        "template_unknown_tier_declared": QCoreApplication.translate(
            "Problems", "unknown tier {ident!r} (the template declares: {declared})"
        ),
        "template_scored_needs_scale": QCoreApplication.translate(
            "Problems", "a scored item needs a scale"
        ),
        "template_unknown_scale": QCoreApplication.translate("Problems", "unknown scale {scale!r}"),
        "template_item_has_no_scale": QCoreApplication.translate(
            "Problems", "a {item_type} item has no scale (only scored items do)"
        ),
        "template_descriptors_only_scored": QCoreApplication.translate(
            "Problems", "only scored items have level descriptors"
        ),
        "template_item_needs_options": QCoreApplication.translate(
            "Problems", "a {item_type} item needs options"
        ),
        "template_duplicate_option": QCoreApplication.translate(
            "Problems", "duplicate option {value!r}"
        ),
        "template_item_has_no_options": QCoreApplication.translate(
            "Problems", "a {item_type} item has no options"
        ),
        "template_answers_carry_no": QCoreApplication.translate(
            "Problems", "a {item_type} item's answers carry no {key}"
        ),
        "template_not_an_answer": QCoreApplication.translate(
            "Problems", "{answer!r} is not an answer of this item ({answers})"
        ),
        "template_key_item_unscored": QCoreApplication.translate(
            "Problems",
            "a key item must be scored, but this {item_type} item's answers carry no points or risk",
        ),
        "template_risk_bands_type": QCoreApplication.translate(
            "Problems", "risk bands apply to number and computed items, not {item_type}"
        ),
        "template_bands_increasing": QCoreApplication.translate(
            "Problems", "bands must start in increasing order"
        ),
        "template_item_never_asked": QCoreApplication.translate(
            "Problems",
            "this template is answered by {answered_by}, so an item for {asked} would never be asked",
        ),
        "template_min_max_type": QCoreApplication.translate(
            "Problems", "min, max and unit apply to number items, not {item_type}"
        ),
        "template_max_below_min": QCoreApplication.translate(
            "Problems", "max {high} is below min {low}"
        ),
        "template_computed_needs_compute": QCoreApplication.translate(
            "Problems", "a computed item needs compute (actions or ratio)"
        ),
        "template_item_not_computed": QCoreApplication.translate(
            "Problems", "a {item_type} item is answered, not computed"
        ),
        "template_computed_not_answered": QCoreApplication.translate(
            "Problems", "a computed item is never answered by hand"
        ),
        "template_ratio_section_or_items": QCoreApplication.translate(
            "Problems", "a ratio needs exactly one of section, items"
        ),
        "template_unknown_section": QCoreApplication.translate(
            "Problems", "unknown section {section!r}"
        ),
        "template_unknown_item": QCoreApplication.translate("Problems", "unknown item {item!r}"),
        "template_ratio_counts_itself": QCoreApplication.translate(
            "Problems", "a ratio cannot count itself"
        ),
        "template_option_reserved": QCoreApplication.translate(
            "Problems", "{value!r} is reserved for an answer state"
        ),
        "template_unknown_tier": QCoreApplication.translate("Problems", "unknown tier {ident!r}"),
        "template_scale_has_no_level": QCoreApplication.translate(
            "Problems", "the scale has no level {level}"
        ),
        "template_no_descriptor": QCoreApplication.translate(
            "Problems",
            "no descriptor for level {levels} (give one in the scale or in the item's descriptors)",
        ),
        "template_key_only_for_method": QCoreApplication.translate(
            "Problems", "{key} is used only by the {method} method"
        ),
        "template_method_no_score_to_band": QCoreApplication.translate(
            "Problems", "the {method} method gives no score to band"
        ),
        "template_no_sections_below": QCoreApplication.translate(
            "Problems", "there are no sections directly below to combine"
        ),
        "template_method_adds_items": QCoreApplication.translate(
            "Problems",
            "the {method} method adds up items; over sections use weighted_mean or highest_risk",
        ),
        "template_section_no_score": QCoreApplication.translate(
            "Problems", "section {section!r} ({method}) has no score to average"
        ),
        "template_no_item_scores": QCoreApplication.translate(
            "Problems", "no item here scores points for {method}"
        ),
        "template_no_item_maps_risk": QCoreApplication.translate(
            "Problems", "no item here maps its answers to a risk"
        ),
        "template_no_item_to_count": QCoreApplication.translate(
            "Problems", "no item here has answers to count"
        ),
        "template_no_item_answered": QCoreApplication.translate(
            "Problems", "no item here can be answered {value!r}"
        ),
        "template_risk_band_level": QCoreApplication.translate(
            "Problems", "a risk scoring's bands give a rating, not a level"
        ),
        "template_band_needs_rating": QCoreApplication.translate(
            "Problems", "a band needs a rating"
        ),
        "template_band_not_rating": QCoreApplication.translate(
            "Problems", "a {vocabulary} scoring's bands give a level ({levels}), not a risk rating"
        ),
        "template_band_needs_level": QCoreApplication.translate(
            "Problems", "a band needs a level ({levels})"
        ),
        "template_not_a_vocabulary_level": QCoreApplication.translate(
            "Problems", "{level!r} is not a {vocabulary} level ({levels})"
        ),
        "template_duplicate_result": QCoreApplication.translate(
            "Problems", "duplicate result id {ident!r} ('overall' is reserved)"
        ),
        "template_method_no_score_for_bands": QCoreApplication.translate(
            "Problems", "the {method} method gives no score for {vocabulary} bands"
        ),
        "template_band_from": QCoreApplication.translate(
            "Problems", "a band needs exactly one of from, from_fraction"
        ),
        "template_band_order": QCoreApplication.translate(
            "Problems", "bands must start in increasing order ({value} follows {previous})"
        ),
        "template_band_from_mixed": QCoreApplication.translate(
            "Problems", "use either from or from_fraction in all bands, not both"
        ),
        "template_bands_fraction_gap": QCoreApplication.translate(
            "Problems",
            "bands do not cover the range: scores below {start:g} of the range get no rating (start the first band at 0)",
        ),
        "template_bands_low_gap": QCoreApplication.translate(
            "Problems",
            "bands do not cover the range: scores can be as low as {low:g} but the first band starts at {start:g}",
        ),
        "template_band_unreachable": QCoreApplication.translate(
            "Problems",
            "band starting at {start:g} can never be reached; the highest possible score is {high:g}",
        ),
        "template_duplicate_rule": QCoreApplication.translate(
            "Problems", "duplicate rule id {ident!r}"
        ),
        "template_result_needs_format_2": QCoreApplication.translate(
            "Problems", "'result' needs format_version 2"
        ),
        "template_unknown_result": QCoreApplication.translate(
            "Problems", "refers to unknown result {result!r}"
        ),
        "template_rule_needs_outcome": QCoreApplication.translate(
            "Problems", "a risk rule needs a rating (or level), a decision or both"
        ),
        "template_result_gives_levels": QCoreApplication.translate(
            "Problems", "result {result} gives levels ({levels}), not risk ratings"
        ),
        "template_not_a_result_level": QCoreApplication.translate(
            "Problems", "{level!r} is not a level of {result} ({levels})"
        ),
        "template_result_gives_ratings": QCoreApplication.translate(
            "Problems", "result {result} gives risk ratings, not levels"
        ),
        "template_applicability_cycle": QCoreApplication.translate(
            "Problems", "applicability depends on itself: {cycle}"
        ),
        "expression_not_an_object": QCoreApplication.translate(
            "Problems", "an expression must be a non-empty object"
        ),
        "expression_unknown_key": QCoreApplication.translate(
            "Problems", "unknown expression key {key!r}"
        ),
        "expression_several_terms": QCoreApplication.translate(
            "Problems", "an expression needs exactly one of {terms} (found {found})"
        ),
        "expression_no_term": QCoreApplication.translate(
            "Problems", "an expression needs exactly one of {terms} (found none)"
        ),
        "expression_test_not_used": QCoreApplication.translate(
            "Problems", "{key!r} is not used with {term!r}"
        ),
        "expression_only_in_risk_rules": QCoreApplication.translate(
            "Problems", "{term!r} can only be used in risk rules"
        ),
        "expression_needs_expressions": QCoreApplication.translate(
            "Problems", "must be a non-empty list of expressions"
        ),
        "expression_needs_tiers": QCoreApplication.translate(
            "Problems", "must be a non-empty list of tier ids"
        ),
        "expression_must_be_true": QCoreApplication.translate("Problems", "must be true"),
        "expression_amount_needs_comparison": QCoreApplication.translate(
            "Problems", "a project_amount test needs one of gte, gt, lte, lt"
        ),
        "expression_needs_levels": QCoreApplication.translate(
            "Problems", "must be a non-empty list of levels"
        ),
        "expression_not_a_result_level": QCoreApplication.translate(
            "Problems", "{value!r} is not a word of {result} ({levels})"
        ),
        "expression_score_needs_comparison": QCoreApplication.translate(
            "Problems", "a score test needs one of gte, gt, lte, lt"
        ),
        "expression_must_be_boolean": QCoreApplication.translate(
            "Problems", "must be true or false"
        ),
        "expression_answer_needs_test": QCoreApplication.translate(
            "Problems", "an answer test needs one of {tests}"
        ),
        "expression_impossible_answer": QCoreApplication.translate(
            "Problems", "{item} can never be answered {value!r} ({answers})"
        ),
        "expression_answer_not_numeric": QCoreApplication.translate(
            "Problems", "{item} has no numeric answer to compare with {op}"
        ),
        "expression_must_be_number": QCoreApplication.translate("Problems", "must be a number"),
        "expression_needs_answers": QCoreApplication.translate(
            "Problems", "must be a non-empty list of answers"
        ),
        "expression_answers_not_scalar": QCoreApplication.translate(
            "Problems", "answers must be text or numbers"
        ),
        "expression_needs_ratings": QCoreApplication.translate(
            "Problems", "must be a non-empty list of ratings ({ratings})"
        ),
        "expression_not_a_rating": QCoreApplication.translate(
            "Problems", "{value!r} is not a rating"
        ),
        "expression_unknown_section": QCoreApplication.translate(
            "Problems", "refers to unknown section {section!r} (or use 'overall')"
        ),
    }


def problem_codes() -> set[str]:
    """The codes this catalogue translates."""
    return set(_sentences())


def problem_sentences() -> dict[str, str]:
    """Each code's sentence in the interface's language (for checks of placeholders)."""
    return _sentences()


def _word(label: str) -> str:
    """A label written inside a sentence ("Final" → "final")."""
    return QLocale().toLower(label)


# Arguments named so hold a vocabulary word, shown by its translated name.
_FIELD_ARGUMENTS = frozenset({"field", "start_field"})
_KIND_ARGUMENTS = frozenset({"kind"})
_WORD_ARGUMENTS = frozenset({"status", "rating", "word", "computed"})
_TIER_ARGUMENTS = frozenset({"tier", "needed", "reference"})
_RESPONDENT_ARGUMENTS = frozenset({"respondent", "allowed"})


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
    if name in _TIER_ARGUMENTS or name in _RESPONDENT_ARGUMENTS:
        names = tier_labels() if name in _TIER_ARGUMENTS else respondent_labels()
        label = names.get(str(value))
        return _word(label) if label is not None else str(value)
    if name in _WORD_ARGUMENTS:
        word = vocabulary_labels().get(str(value))
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
