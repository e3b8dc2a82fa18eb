"""The dossier editor: section pages, problems panel, undo commands."""
