"""The proposal PDF (ReportLab): one rendering of the canonical document, in Italian."""

from hubdesk.report.render import render_proposal_pdf

__all__ = ["render_proposal_pdf"]
