"""One locator for the data files the core needs (schemas, call profiles, municipalities).

The same lookup works from a source checkout, an installed wheel (files under
``<prefix>/share/hubdesk``) and a PyInstaller bundle (``sys._MEIPASS``).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_MARKER = Path("schemas") / "dossier.schema.json"


@cache
def data_root() -> Path:
    """Return the folder that holds ``schemas/`` and ``resources/``."""
    candidates: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle))
    candidates.append(Path(__file__).resolve().parent.parent)
    candidates.append(Path(sys.prefix) / "share" / "hubdesk")
    for root in candidates:
        if (root / _MARKER).is_file():
            return root
    raise FileNotFoundError("HubDesk data files (schemas/, resources/) not found next to the program")


def schema_path(name: str) -> Path:
    return data_root() / "schemas" / name


def resource_path(*parts: str) -> Path:
    return data_root().joinpath("resources", *parts)
