"""A pytest plugin that makes PySide6 and shiboken6 unimportable: the core must run without Qt.

    python -m pytest -p tests.qt_blocked -p no:pytest-qt tests/core

Loaded with ``-p``, it is imported in every xdist worker too, before any test module. Any import of
Qt then raises ImportError, as on a machine without it.
"""

from __future__ import annotations

import importlib.abc
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType

BLOCKED = ("PySide6", "shiboken6", "pytestqt")


class QtBlocker(importlib.abc.MetaPathFinder):
    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if fullname.partition(".")[0] in BLOCKED:
            raise ImportError(f"{fullname} is blocked: the core runs without Qt")
        return None


_loaded = [name for name in sys.modules if name.partition(".")[0] in BLOCKED]
if _loaded:
    raise RuntimeError(f"Qt was imported before the blocker: {', '.join(sorted(_loaded))}")
sys.meta_path.insert(0, QtBlocker())
