"""HubDesk desktop front end (PySide6). Thin: every change goes through hubdesk.services."""
