"""Comparing two rounds of a dossier in the app (see ``window.CompareWindow``)."""
