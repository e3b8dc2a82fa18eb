"""Key bindings shared by the windows: each key sequence bound once, so Qt never reports an
"Ambiguous shortcut overload" and swallows the key."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence


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
