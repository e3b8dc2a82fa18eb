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


_UNREACHABLE_HINTS = (
    "connection refused",
    "timeout expired",
    "timed out",
    "failed to resolve host",
    "could not translate host name",
    "name or service not known",
    "no route to host",
    "network is unreachable",
    "no such file or directory",  # no server listening on that Unix socket
)


class ServerUnreachable(WorkspaceError):
    """Nothing answers at the server's address (switched off, wrong host or port, network)."""


def _explained(label: str, reason: str) -> WorkspaceError:
    """The failure in plain words: unreachable, no such database or user, or what the server said."""
    low = reason.lower()
    if any(h in low for h in _UNREACHABLE_HINTS):
        return ServerUnreachable(
            f"Impossibile aprire l'area di lavoro sul server {label}: il server non risponde "
            "(spento, indirizzo o porta errati, rete o firewall). Verificare i dati di connessione "
            f"o chiedere all'amministratore. Dettaglio: {reason}",
            f"Cannot open the workspace on the server {label}: the server does not answer "
            "(switched off, wrong address or port, network or firewall). Check the connection "
            f"details or ask the administrator. Details: {reason}",
        )
    if "does not exist" in low and "database" in low:
        return WorkspaceError(
            f"Impossibile aprire l'area di lavoro sul server {label}: il database non esiste "
            f"(crearlo vuoto, o chiedere all'amministratore). Dettaglio: {reason}",
            f"Cannot open the workspace on the server {label}: the database does not exist "
            f"(create it empty, or ask the administrator). Details: {reason}",
        )
    if "does not exist" in low and "role" in low:
        return WorkspaceError(
            f"Impossibile aprire l'area di lavoro sul server {label}: l'utente non esiste sul server. "
            f"Dettaglio: {reason}",
            f"Cannot open the workspace on the server {label}: no such user on the server. Details: {reason}",
        )
    return WorkspaceError(
        f"Impossibile aprire l'area di lavoro sul server {label}: {reason}",
        f"Cannot open the workspace on the server {label}: {reason}",
    )


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
        raise _explained(label, reason) from exc
    except BaseException:
        engine.dispose()
        raise
    return engine
