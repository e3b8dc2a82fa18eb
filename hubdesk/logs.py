"""Logging set-up shared by the desktop app and the command line.

The app writes a rotating log in the user's log folder (``platformdirs.user_log_dir``); ``--debug``
(or ``HUBDESK_LOG=DEBUG``) raises the level. The crash report names the log file.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "HubDesk"
LOG_FILE = "hubdesk.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(process)d %(threadName)s %(name)s %(levelname)s %(message)s"

_log_file: Path | None = None


class _CurrentStderr(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever ``sys.stderr`` is now (tests and embedders replace it)."""

    @property
    def stream(self) -> object:
        return sys.stderr

    @stream.setter
    def stream(self, _value: object) -> None:
        pass


class _ConsoleFormatter(logging.Formatter):
    """One line per record on the terminal: tracebacks go to the log file (or show with ``--debug``)."""

    tracebacks = False

    def format(self, record: logging.LogRecord) -> str:
        if self.tracebacks or not (record.exc_info or record.exc_text or record.stack_info):
            return super().format(record)
        saved = record.exc_info, record.exc_text, record.stack_info
        record.exc_info, record.exc_text, record.stack_info = None, None, None
        try:
            return super().format(record)
        finally:
            record.exc_info, record.exc_text, record.stack_info = saved


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def log_file() -> Path | None:
    """The file the running process logs to, or ``None`` when it logs to the terminal only."""
    return _log_file


def _level(debug: bool) -> int:
    if debug:
        return logging.DEBUG
    name = os.environ.get("HUBDESK_LOG", "").upper()
    return logging.getLevelName(name) if name in logging.getLevelNamesMapping() else logging.WARNING


def configure(*, debug: bool = False, to_file: bool = False, file_level: int = logging.INFO) -> Path | None:
    """Configure the root logger: terminal at WARNING (DEBUG with ``debug``), optionally a rotating file.

    Returns the log file path when a file handler is installed (or was already).
    """
    global _log_file
    root = logging.getLogger()
    level = _level(debug)
    if not any(getattr(h, "_hubdesk", False) for h in root.handlers):
        console = _CurrentStderr()
        console.setFormatter(_ConsoleFormatter("%(levelname)s %(name)s: %(message)s"))
        console._hubdesk = True  # type: ignore[attr-defined]
        root.addHandler(console)
    for handler in root.handlers:
        if getattr(handler, "_hubdesk", False) and not isinstance(handler, logging.FileHandler):
            handler.setLevel(level)
            if isinstance(handler.formatter, _ConsoleFormatter):
                handler.formatter.tracebacks = debug
    root.setLevel(min(level, file_level) if to_file else level)
    if to_file and _log_file is None:
        folder = log_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True)
            handler = logging.handlers.RotatingFileHandler(
                folder / LOG_FILE, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
            )
        except OSError as exc:  # a read-only home: keep logging to the terminal
            logging.getLogger("hubdesk").warning("cannot write the log in %s: %s", folder, exc)
            return None
        handler.setFormatter(logging.Formatter(FORMAT))
        handler.setLevel(min(level, file_level))
        handler._hubdesk = True  # type: ignore[attr-defined]
        root.addHandler(handler)
        _log_file = folder / LOG_FILE
    return _log_file
