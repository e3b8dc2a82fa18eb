"""Which page class shows which section: ours, the plan pages (ui.pages_plan) and the submit page
(ui.pages_submit), the latter two imported lazily; a missing one becomes a placeholder."""

from __future__ import annotations

import importlib
import logging

from PySide6.QtWidgets import QWidget

from ui.editor.section_page import EditorContext, SectionPage
from ui.editor.sections import SECTION_KEYS

log = logging.getLogger("hubdesk.ui")


def _optional(module: str, attr: str) -> object | None:
    try:
        return getattr(importlib.import_module(module), attr, None)
    except ImportError as exc:
        if exc.name != module:  # the module exists but is broken: say so
            log.exception("section pages in %s failed to import", module)
        return None


def page_classes() -> dict[str, type[SectionPage]]:
    """Section key -> page class, for the sections whose pages are installed."""
    from ui.pages.applicant import ApplicantPage
    from ui.pages.partners import PartnersPage
    from ui.pages.properties import PropertiesPage
    from ui.pages.proposal import ProposalPage

    classes: dict[str, type[SectionPage]] = {
        "applicant": ApplicantPage,
        "proposal": ProposalPage,
        "properties": PropertiesPage,
        "partners": PartnersPage,
    }
    plan = _optional("ui.pages_plan", "PLAN_PAGES")
    if isinstance(plan, dict):
        for key in ("activities", "budget", "indicators", "attachments"):
            cls = plan.get(key)
            if isinstance(cls, type) and issubclass(cls, SectionPage):
                classes[key] = cls
    submit = _optional("ui.pages_submit", "SUBMIT_PAGE")
    if isinstance(submit, type) and issubclass(submit, SectionPage):
        classes["submit"] = submit
    return classes


def build_pages(context: EditorContext, parent: QWidget | None = None) -> dict[str, SectionPage]:
    """One page per section in navigation order; placeholders where no page class is installed."""
    from ui.pages.placeholder import PlaceholderPage

    classes = page_classes()
    pages: dict[str, SectionPage] = {}
    for key in SECTION_KEYS:
        cls = classes.get(key)
        if cls is None:
            pages[key] = PlaceholderPage(context, key, parent)
            continue
        try:
            pages[key] = cls(context, parent)
        except Exception:  # another module's page must not take the whole editor down
            log.exception("page for section %s failed to build", key)
            pages[key] = PlaceholderPage(context, key, parent)
    return pages
