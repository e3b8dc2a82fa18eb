"""The «Verifica e invio» section: build and sign the submission package."""

from ui.pages_submit.page import SubmitPage

SUBMIT_PAGE = SubmitPage

__all__ = ["SUBMIT_PAGE", "SubmitPage"]
