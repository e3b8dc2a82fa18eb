"""Allegati: the attachments table, preview and file actions."""
