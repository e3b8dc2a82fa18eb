"""Which page shows which section, and the two ways to build them: for the editor (editable, with
a workspace) and read-only for a document dict alone (see ``ui.sections.read_only``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from ui.sections.activities.page import ActivitiesPage
from ui.sections.applicant import ApplicantPage
from ui.sections.attachments.page import AttachmentsPage
from ui.sections.budget.page import BudgetPage
from ui.sections.indicators import IndicatorsPage
from ui.sections.names import DOCUMENT_SECTIONS, SECTION_KEYS
from ui.sections.page import EditorContext, SectionPage
from ui.sections.partners import PartnersPage
from ui.sections.properties import PropertiesPage
from ui.sections.proposal import ProposalPage
from ui.sections.submit.page import SubmitPage

if TYPE_CHECKING:
    from hubdesk.callprofile import CallProfile

PAGE_CLASSES: dict[str, type[SectionPage]] = {
    "applicant": ApplicantPage,
    "proposal": ProposalPage,
    "properties": PropertiesPage,
    "partners": PartnersPage,
    "activities": ActivitiesPage,
    "budget": BudgetPage,
    "indicators": IndicatorsPage,
    "attachments": AttachmentsPage,
    "submit": SubmitPage,
}


def page_classes() -> dict[str, type[SectionPage]]:
    """Section key -> page class, in navigation order."""
    return dict(PAGE_CLASSES)


def build_pages(context: EditorContext, parent: QWidget | None = None) -> dict[str, SectionPage]:
    """One page per section in navigation order (read-only ones when ``context.read_only``)."""
    keys = DOCUMENT_SECTIONS if context.read_only else SECTION_KEYS
    pages = {key: PAGE_CLASSES[key](context, parent) for key in keys}
    for page in pages.values():
        page.prepare()
    if context.read_only:
        for page in pages.values():
            page.set_read_only(True)
    return pages


def build_read_only_pages(
    doc: dict[str, Any], profile: CallProfile, lang: str = "it", parent: QWidget | None = None
) -> dict[str, SectionPage]:
    """The document's section pages (no "Check and submit"), read-only, showing ``doc``; no workspace."""
    context = EditorContext(None, str(doc.get("id", "")), profile, lang, read_only=True)
    pages = build_pages(context, parent)
    for page in pages.values():
        page.set_document(doc)
    return pages
