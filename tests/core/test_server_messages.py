"""A server workspace that cannot be opened is explained in plain words (Italian first)."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import make_url

from hubdesk.errors import WorkspaceError
from hubdesk.services import Workspace
from hubdesk.storage.server import ServerUnreachable
from tests.pgserver import admin_url


def test_nothing_answering_is_said_to_be_unreachable(tmp_path) -> None:
    for url in (
        "postgresql+psycopg://maria@127.0.0.1:1/hub",
        f"postgresql+psycopg://maria@/hub?host={tmp_path}",
    ):
        with pytest.raises(ServerUnreachable) as caught:
            Workspace.open(url)
        assert "il server non risponde" in caught.value.message("it")
        assert "the server does not answer" in caught.value.message("en")


def test_a_missing_database_or_user_is_named() -> None:
    admin = make_url(admin_url())
    missing_db = admin.set(drivername="postgresql+psycopg", database="hubdesk_non_esiste")
    with pytest.raises(WorkspaceError) as caught:
        Workspace.open(missing_db.render_as_string(hide_password=False))
    assert "il database non esiste" in caught.value.message("it")
    missing_user = missing_db.set(username="nessuno_qui", database="postgres")
    with pytest.raises(WorkspaceError) as caught:
        Workspace.open(missing_user.render_as_string(hide_password=False))
    assert "l'utente non esiste" in caught.value.message("it")
