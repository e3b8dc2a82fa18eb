"""Reviewer mode: open a signed package or a folder of them and see at once whether each is intact,
who signed it and whether it meets the call.

Entry points (also for ``hubdesk FILE.asice`` and the file association)::

    from ui.reviewer import open_package, open_folder
    window = open_package("HUB_072011_OFFICINE_v2.asice")   # shows the window, verifies off the GUI thread
    window = open_folder("pec/")                             # the triage table

Windows are kept alive by a module-level list until closed. When ``parent`` is the library window,
the new window is passed to its ``new_window_hooks`` (so a package dropped on it opens too).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

_open_windows: list[QWidget] = []


def _keep(window: QWidget, parent: QWidget | None) -> QWidget:
    _open_windows.append(window)
    for hook in getattr(parent, "new_window_hooks", []):
        hook(window)
    window.destroyed.connect(lambda *_: _open_windows.remove(window) if window in _open_windows else None)
    return window


def open_package(path: str | Path, parent: QWidget | None = None) -> QWidget:
    """Open the reviewer window of one package (verification starts at once, off the GUI thread)."""
    from ui.reviewer.package_window import PackageWindow

    window = PackageWindow(path)
    _keep(window, parent).show()
    window.raise_()
    window.activateWindow()
    return window


def open_folder(path: str | Path, parent: QWidget | None = None) -> QWidget:
    """Open the triage table of every ``.asice`` in ``path``."""
    from ui.reviewer.triage_window import TriageWindow

    window = TriageWindow(path)
    window.library = parent
    _keep(window, parent).show()
    return window


def open_reviewer(path: str | Path, parent: QWidget | None = None) -> QWidget:
    """What ``hubdesk FILE.asice``, the file association and a drop call: a package or a folder."""
    return open_folder(path, parent) if Path(path).is_dir() else open_package(path, parent)


__all__ = ["open_folder", "open_package", "open_reviewer"]
