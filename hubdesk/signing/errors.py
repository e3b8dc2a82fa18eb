"""The one error type signing raises: an Italian message for the user, an English one for logs."""

from __future__ import annotations

from hubdesk.errors import HubDeskError


class SigningError(HubDeskError):
    """Signing cannot proceed (wrong PIN, missing token or key, unusable certificate...)."""
