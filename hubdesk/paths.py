"""One locator for the data files the core needs (schemas, call profiles, municipalities).

The same lookup works from a source checkout (the repository's top-level ``schemas/`` and
``resources/``), an installed wheel (the build copies them into the package as ``hubdesk/data/``, see
setup.py) and a PyInstaller bundle (``sys._MEIPASS``, see packaging/hubdesk.spec).
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
    here = Path(__file__).resolve().parent
    candidates.append(here / "data")
    candidates.append(here.parent)
    for root in candidates:
        if (root / _MARKER).is_file():
            return root
    raise FileNotFoundError("HubDesk data files (schemas/, resources/) not found next to the program")


def schema_path(name: str) -> Path:
    return data_root() / "schemas" / name


def resource_path(*parts: str) -> Path:
    return data_root().joinpath("resources", *parts)
