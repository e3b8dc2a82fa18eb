"""Planning pages of the dossier editor: activities and timeline, budget, indicators, attachments."""

from __future__ import annotations

from ui.editor.section_page import SectionPage
from ui.pages_plan.activities_page import ActivitiesPage
from ui.pages_plan.attachments_page import AttachmentsPage
from ui.pages_plan.budget_page import BudgetPage
from ui.pages_plan.indicators_page import IndicatorsPage

PLAN_PAGES: dict[str, type[SectionPage]] = {
    "activities": ActivitiesPage,
    "budget": BudgetPage,
    "indicators": IndicatorsPage,
    "attachments": AttachmentsPage,
}

__all__ = ["PLAN_PAGES", "ActivitiesPage", "AttachmentsPage", "BudgetPage", "IndicatorsPage"]
