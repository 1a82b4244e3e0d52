"""Assessment templates as data: the format, its validation, and templates in a vault.

A template is a JSON document (``resources/templates/template.schema.json``, described for
authors in ``docs/template-format.md``). Nothing here knows any particular framework:
due-diligence tiers, capacity domains, HACT-style risk points or PSEA counts are all
expressed by the template's own data.
"""

from __future__ import annotations

from fieldpartner.domain.templates.document import (
    CHECKLIST_ANSWERS,
    LANGUAGES,
    ItemRef,
    SectionRef,
    TemplateDocument,
    text_of,
)
from fieldpartner.domain.templates.store import (
    ImportOutcome,
    TemplateConflict,
    TemplateNotFound,
    builtin_template_files,
    ensure_builtin_templates,
    find_template,
    get_template,
    import_library_template,
    import_template_file,
    library_summary,
    library_template_files,
    library_templates,
    list_templates,
    load_template_file,
    read_template_file,
    store_template,
    template_summary,
)
from fieldpartner.domain.templates.validate import (
    TemplateInvalid,
    TemplateProblem,
    validate_template,
)

__all__ = [
    "CHECKLIST_ANSWERS",
    "LANGUAGES",
    "ImportOutcome",
    "ItemRef",
    "SectionRef",
    "TemplateConflict",
    "TemplateDocument",
    "TemplateInvalid",
    "TemplateNotFound",
    "TemplateProblem",
    "builtin_template_files",
    "ensure_builtin_templates",
    "find_template",
    "get_template",
    "import_library_template",
    "import_template_file",
    "library_summary",
    "library_template_files",
    "library_templates",
    "list_templates",
    "load_template_file",
    "read_template_file",
    "store_template",
    "template_summary",
    "text_of",
    "validate_template",
]
