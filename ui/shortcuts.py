"""Key bindings shared by the windows: each key sequence bound once, so Qt never reports an
"Ambiguous shortcut overload" and swallows the key."""

from __future__ import annotations

import shiboken6
from PySide6.QtGui import QAction, QKeySequence


def unique_shortcuts(*keys: str | QKeySequence.StandardKey) -> list[QKeySequence]:
    """The key sequences in the order given, each once; a standard key expands to the platform's bindings
    (on Linux ``Redo`` already includes Ctrl+Shift+Z, elsewhere Ctrl+Y)."""
    out: list[QKeySequence] = []
    seen: set[str] = set()
    for key in keys:
        if isinstance(key, QKeySequence.StandardKey):
            sequences = QKeySequence.keyBindings(key)
        else:
            sequences = [QKeySequence(key)]
        for seq in sequences:
            text = seq.toString(QKeySequence.SequenceFormat.PortableText)
            if text and text not in seen:
                seen.add(text)
                out.append(seq)
    return out


def redo_shortcuts() -> list[QKeySequence]:
    """Ctrl+Shift+Z and Ctrl+Y on every platform, plus the platform's own redo keys."""
    return unique_shortcuts("Ctrl+Shift+Z", "Ctrl+Y", QKeySequence.StandardKey.Redo)


def keep_toolbar_label(action: QAction, label: str) -> None:
    """A toolbar button keeps its short ``label`` ("Annulla") while the menu entry and the tooltip
    say what would be undone ("Annulla Duplicazione del dossier"): the toolbar never changes width."""
    action.setIconText(label.replace("&", ""))

    def follow() -> None:
        if shiboken6.isValid(action):  # the signal may still come while the window is torn down
            action.setToolTip(action.text().replace("&", ""))

    action.changed.connect(follow)
    follow()
