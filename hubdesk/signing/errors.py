"""The one error type signing raises: an Italian message for the user, an English one for logs."""

from __future__ import annotations


class SigningError(Exception):
    """Signing cannot proceed (wrong PIN, missing token or key, unusable certificate...)."""

    def __init__(self, message_it: str, message_en: str) -> None:
        super().__init__(message_it)
        self.message_it = message_it
        self.message_en = message_en

    def message(self, lang: str = "it") -> str:
        return self.message_en if lang == "en" else self.message_it
