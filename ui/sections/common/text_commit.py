"""The one commit policy for typed values: a short pause while typing commits, and so does leaving
the field (focus out, Enter); typing on without a pause commits too, at the latest
``TYPING_MAX_WAIT_MS`` after the first keystroke not yet stored. Nothing is sent per keystroke, and
after a crash everything typed before the last pause (or, typing on, about a second ago) is stored.

``TextCommitter.watch(widget, commit)`` wires a line edit, a multi-line text box, a spin box or a
date field; ``commit()`` is then called after each pause and on each focus change (the caller
compares with the stored value). ``pending(widget)`` says a pause is still running (a document
refresh must not overwrite what the user is typing), ``flush()`` commits every pending field.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit, QWidget

#: the typing pause after which a field commits
TYPING_PAUSE_MS = 700
#: the longest a typed character waits for its commit while the user types on without pausing
TYPING_MAX_WAIT_MS = 700


class TextCommitter(QObject):
    """Typing-pause and focus-out commits for the widgets it watches."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timers: dict[QWidget, QTimer] = {}
        self._max_wait: dict[QWidget, QTimer] = {}
        self._commits: dict[QWidget, Callable[[], None]] = {}
        self.loading = False  # set while the host fills the widgets: no typing is reported

    def watch(self, widget: QWidget, commit: Callable[[], None]) -> QWidget:
        """Commit ``widget`` after a typing pause and when the user leaves it; returns the widget."""
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(TYPING_PAUSE_MS)
        timer.timeout.connect(lambda w=widget: self.commit_now(w))
        self._timers[widget] = timer
        longest = QTimer(self)  # started by the first keystroke after a commit, never restarted
        longest.setSingleShot(True)
        longest.setInterval(TYPING_MAX_WAIT_MS)
        longest.timeout.connect(lambda w=widget: self.commit_now(w))
        self._max_wait[widget] = longest
        self._commits[widget] = commit
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(lambda _t, w=widget: self.typed(w))
            widget.editingFinished.connect(lambda w=widget: self.commit_now(w))
        elif isinstance(widget, QPlainTextEdit):
            widget.setTabChangesFocus(True)  # a single-purpose box: Tab moves on, never types a tab
            widget.textChanged.connect(lambda w=widget: self.typed(w))
            widget.installEventFilter(self)
        elif isinstance(widget, QAbstractSpinBox):
            # QSpinBox.valueChanged, QDoubleSpinBox.valueChanged, QDateEdit.dateChanged
            for name in ("valueChanged", "dateChanged"):
                signal = getattr(widget, name, None)
                if signal is not None:
                    signal.connect(lambda *_a, w=widget: self.typed(w))
            widget.editingFinished.connect(lambda w=widget: self.commit_now(w))
        else:
            raise TypeError(f"no typing policy for {type(widget).__name__}")
        return widget

    def typed(self, widget: QWidget) -> None:
        """The user changed ``widget``: (re)start its pause."""
        if not self.loading and widget in self._timers:
            self._timers[widget].start()
            if not self._max_wait[widget].isActive():
                self._max_wait[widget].start()

    def pending(self, widget: QWidget) -> bool:
        timer = self._timers.get(widget)
        return timer is not None and timer.isActive()

    def has_pending(self) -> bool:
        """Whether any watched field is still waiting for its typing pause."""
        return any(timer.isActive() for timer in self._timers.values())

    def commit_now(self, widget: QWidget) -> None:
        for timers in (self._timers, self._max_wait):
            timer = timers.get(widget)
            if timer is not None:
                timer.stop()
        if not self.loading and widget in self._commits:
            self._commits[widget]()

    def flush(self) -> None:
        """Commit every field whose pause is still running (before the shown item changes)."""
        for widget, timer in list(self._timers.items()):
            if timer.isActive():
                self.commit_now(widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and watched in self._timers:
            self.commit_now(watched)  # type: ignore[arg-type]
        return False
