"""The names people know the records' fields, kinds and vocabulary words by, in the
interface language: one table each, for the forms, the Conflicts tab, the spreadsheet
import and the refusals (``ui/problems.py``) alike.

Values are stored in English snake_case (``national_ngo``, ``due_date``); only the name is
shown. Each call is spelled out in full so that pyside6-lupdate finds the strings.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


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


def vocabulary_labels() -> dict[str, str]:
    """Every stored vocabulary value (``national_ngo``, ``draft``) with its label in the
    interface language.

    Each call is spelled out in full so that pyside6-lupdate finds the strings.
    """
    return {
        # partner types
        "national_ngo": QCoreApplication.translate("Vocabulary", "National NGO"),
        "regional_ngo": QCoreApplication.translate("Vocabulary", "Regional NGO"),
        "international_ngo": QCoreApplication.translate("Vocabulary", "International NGO"),
        "network": QCoreApplication.translate("Vocabulary", "Network"),
        "research_institute": QCoreApplication.translate("Vocabulary", "Research institute"),
        "professional_body": QCoreApplication.translate("Vocabulary", "Professional body"),
        "monitoring_body": QCoreApplication.translate("Vocabulary", "Monitoring body"),
        "intergovernmental_body": QCoreApplication.translate(
            "Vocabulary", "Intergovernmental body"
        ),
        "government_agency": QCoreApplication.translate("Vocabulary", "Government agency"),
        "national_human_rights_institution": QCoreApplication.translate(
            "Vocabulary", "National human rights institution"
        ),
        "foundation_or_donor": QCoreApplication.translate("Vocabulary", "Foundation or donor"),
        "other": QCoreApplication.translate("Vocabulary", "Other"),
        # phases
        "preparing": QCoreApplication.translate("Vocabulary", "Preparing"),
        "establishing": QCoreApplication.translate("Vocabulary", "Establishing"),
        "implementing": QCoreApplication.translate("Vocabulary", "Implementing"),
        "phasing_out": QCoreApplication.translate("Vocabulary", "Phasing out"),
        "ended": QCoreApplication.translate("Vocabulary", "Ended"),
        # partnership categories
        "advocacy": QCoreApplication.translate("Vocabulary", "Advocacy"),
        "project": QCoreApplication.translate("Vocabulary", "Project"),
        "research_and_learning": QCoreApplication.translate("Vocabulary", "Research and learning"),
        "strategic": QCoreApplication.translate("Vocabulary", "Strategic"),
        # modalities ("strategic" is shared with the categories)
        "pilot": QCoreApplication.translate("Vocabulary", "Pilot"),
        "alliance": QCoreApplication.translate("Vocabulary", "Alliance"),
        # sensitivity
        "standard": QCoreApplication.translate("Vocabulary", "Standard"),
        "sensitive": QCoreApplication.translate("Vocabulary", "Sensitive"),
        "high_risk": QCoreApplication.translate("Vocabulary", "High risk"),
        # risk ratings
        "low": QCoreApplication.translate("Vocabulary", "Low"),
        "moderate": QCoreApplication.translate("Vocabulary", "Moderate"),
        "significant": QCoreApplication.translate("Vocabulary", "Significant"),
        "high": QCoreApplication.translate("Vocabulary", "High"),
        # assessment and action states
        "draft": QCoreApplication.translate("Vocabulary", "Draft"),
        "final": QCoreApplication.translate("Vocabulary", "Final"),
        "approved": QCoreApplication.translate("Vocabulary", "Approved"),
        "proposed": QCoreApplication.translate("Vocabulary", "Proposed"),
        "open": QCoreApplication.translate("Vocabulary", "Open"),
        "in_progress": QCoreApplication.translate("Vocabulary", "In progress"),
        "done": QCoreApplication.translate("Vocabulary", "Done"),
        "dropped": QCoreApplication.translate("Vocabulary", "Dropped"),
    }


def respondent_labels() -> dict[str, str]:
    """Who answers an assessment."""
    return {
        "assessor": QCoreApplication.translate("AssessmentLabels", "Assessor"),
        "partner_self": QCoreApplication.translate("AssessmentLabels", "Partner (self-assessment)"),
    }


def tier_labels() -> dict[str, str]:
    """The due-diligence tiers of the built-in templates."""
    return {
        "small": QCoreApplication.translate("AssessmentLabels", "Small"),
        "medium": QCoreApplication.translate("AssessmentLabels", "Medium"),
        "large": QCoreApplication.translate("AssessmentLabels", "Large"),
    }
