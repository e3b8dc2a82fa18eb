"""Logging set-up shared by the desktop app and the command line.

The app writes a rotating log in the user's log folder (``platformdirs.user_log_dir``, or
``HUBDESK_LOG_DIR``); ``--debug`` (or ``HUBDESK_LOG=DEBUG``) raises the level. The crash report names
the log file. Libraries that explain themselves in their own words (pyHanko logs every untrusted chain
as a WARNING with a traceback) go to that log file, from the command line too, and never to the
terminal, where the verdict already says it in plain words; ``--debug`` shows them there as well.
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

#: loggers whose records go to the log file only (the terminal shows them with ``--debug``)
LIBRARY_LOGGERS = ("pyhanko", "pyhanko_certvalidator")

_log_file: Path | None = None
_library_file: logging.Handler | None = None  # the log file of a command line run, for the libraries only


class _OwnRecords(logging.Filter):
    """Lets through our own records and other libraries', not those of :data:`LIBRARY_LOGGERS`."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.name.split(".", 1)[0] not in LIBRARY_LOGGERS


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
    override = os.environ.get("HUBDESK_LOG_DIR")
    if override:
        return Path(override).expanduser()
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
            for old in [f for f in handler.filters if isinstance(f, _OwnRecords)]:
                handler.removeFilter(old)
            if not debug:
                handler.addFilter(_OwnRecords())
    root.setLevel(min(level, file_level) if to_file else level)
    if not to_file and _log_file is None:
        _route_libraries_to_file(min(level, file_level))
    if to_file and _log_file is None:
        _drop_library_file()
        folder = log_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True)
            handler = _file_handler(folder)
        except OSError as exc:  # a read-only home: keep logging to the terminal
            logging.getLogger("hubdesk").warning("cannot write the log in %s: %s", folder, exc)
            return None
        handler.setLevel(min(level, file_level))
        handler._hubdesk = True  # type: ignore[attr-defined]
        root.addHandler(handler)
        _log_file = folder / LOG_FILE
    return _log_file


def _file_handler(folder: Path) -> logging.Handler:
    handler = logging.handlers.RotatingFileHandler(
        folder / LOG_FILE, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter(FORMAT))
    return handler


class _QuietFile(logging.handlers.RotatingFileHandler):
    """The log file made on the first record (folder included); a file that cannot be written drops
    the record instead of printing a logging error on the terminal (or failing the caller).
    Without ``maxBytes`` it only appends (a worker process: the parent rotates)."""

    def _open(self):  # type: ignore[no-untyped-def]
        Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
        return super()._open()

    def handleError(self, record: logging.LogRecord) -> None:
        return None


def _route_libraries_to_file(level: int) -> None:
    """Command line: the libraries' records go to the log file (created on their first record)."""
    global _library_file
    if _library_file is None:
        _library_file = _QuietFile(
            log_dir() / LOG_FILE, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
        )
        _library_file.setFormatter(logging.Formatter(FORMAT))
    _library_file.setLevel(level)
    for name in LIBRARY_LOGGERS:
        logger = logging.getLogger(name)
        if _library_file not in logger.handlers:
            logger.addHandler(_library_file)


def _drop_library_file() -> None:
    """The app logs everything to its file: the libraries' own handler would write their records twice."""
    global _library_file
    if _library_file is None:
        return
    for name in LIBRARY_LOGGERS:
        logging.getLogger(name).removeHandler(_library_file)
    _library_file.close()
    _library_file = None


def library_log_target() -> str | None:
    """Where a worker process started afresh (spawn, forkserver) sends the libraries' records."""
    if _log_file is not None:
        return str(_log_file)
    if isinstance(_library_file, logging.FileHandler):
        return _library_file.baseFilename
    return None


def configure_worker(target: str | None) -> None:
    """In a verification worker: the libraries' records go to ``target`` (the parent's log file), never
    to the terminal. A forked worker already carries the parent's handlers and keeps them."""
    if any(logging.getLogger(name).handlers for name in LIBRARY_LOGGERS) or logging.getLogger().handlers:
        return
    handler: logging.Handler = logging.NullHandler()
    if target:  # appends; the parent process rotates
        handler = _QuietFile(target, encoding="utf-8", delay=True)
        handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(logging.WARNING)
    for name in LIBRARY_LOGGERS:
        logging.getLogger(name).addHandler(handler)
