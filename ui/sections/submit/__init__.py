"""Verifica e invio: build and sign the submission package."""
