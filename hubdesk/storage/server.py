"""Opening a workspace on a PostgreSQL server: URL checks, a clear message when it cannot be
reached, the schema brought up to date (in one transaction, under the workspace lock)."""

from __future__ import annotations

import logging

from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from hubdesk.errors import WorkspaceError
from hubdesk.storage.engine import make_server_engine
from hubdesk.storage.migrate import upgrade
from hubdesk.workspace_location import server_url, without_password

log = logging.getLogger("hubdesk.storage")

_PASSWORD_HINTS = ("no password supplied", "password authentication failed", "password is required")


class PasswordRequired(WorkspaceError):
    """The server asks for a password that neither PGPASSWORD nor ``.pgpass`` gave."""

    def __init__(self, label: str, wrong: bool) -> None:
        if wrong:
            super().__init__(f"Password errata per {label}", f"Wrong password for {label}")
        else:
            super().__init__(
                f"Il server {label} chiede una password (PGPASSWORD, file .pgpass o richiesta)",
                f"The server {label} asks for a password (PGPASSWORD, a .pgpass file or a prompt)",
            )
        self.label = label
        self.wrong = wrong


def _reason(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def open_server_engine(url: str, password: str | None = None) -> Engine:
    """An engine on an existing, reachable PostgreSQL database at the HubDesk schema head.

    Raises WorkspaceError (PasswordRequired when a password is missing or wrong); nothing is
    created on the server when it fails, and a failed upgrade is rolled back whole.
    """
    label = without_password(url)
    try:
        full = server_url(url)
        parsed = make_url(full)
    except (ValueError, ArgumentError) as exc:
        raise WorkspaceError(
            f"Indirizzo dell'area di lavoro non valido: {label} "
            "(atteso postgresql+psycopg://utente@host/database oppure un file)",
            f"Invalid workspace address: {label} "
            "(expected postgresql+psycopg://user@host/database or a file)",
        ) from exc
    if not parsed.database:
        raise WorkspaceError(
            f"Nell'indirizzo {label} manca il nome del database", f"The address {label} names no database"
        )
    try:
        engine = make_server_engine(full, password)
    except (NoSuchModuleError, ImportError) as exc:
        raise WorkspaceError(
            "Il driver PostgreSQL (psycopg) non è installato",
            "The PostgreSQL driver (psycopg) is not installed",
        ) from exc
    try:
        upgrade(engine, None, label=label)
    except DBAPIError as exc:
        engine.dispose()
        reason = _reason(exc)
        if any(h in reason for h in _PASSWORD_HINTS):
            raise PasswordRequired(label, wrong=password is not None or "failed" in reason) from exc
        log.info("cannot open %s: %s", label, reason)
        raise WorkspaceError(
            f"Impossibile aprire l'area di lavoro sul server {label}: {reason}",
            f"Cannot open the workspace on the server {label}: {reason}",
        ) from exc
    except BaseException:
        engine.dispose()
        raise
    return engine
