"""Facts about stored attachment bytes, computed once when the bytes arrive (never per edit)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class AttachmentFacts:
    """What the workspace or a package knows about one attachment's bytes.

    ``sniffed_media_type`` is the type recognised from the bytes (None when unrecognised).
    """

    size: int
    sha256: str
    sniffed_media_type: str | None
