"""A PostgreSQL server for the tests of both engines: one fresh database per test.

``HUBDESK_TEST_PG`` names a server URL whose user may create databases (``packaging/dev.sh test``
starts a private cluster and sets it). Without it the PostgreSQL half of the tests is skipped
with a loud reason, except in CI (``CI=true``), where that is a failure: CI must test on a server.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

ENV = "HUBDESK_TEST_PG"


def admin_url() -> str:
    url = os.environ.get(ENV, "")
    if url:
        return url
    reason = (
        f"PostgreSQL NOT TESTED: {ENV} is not set (run `bash packaging/dev.sh test`, which starts a "
        "private PostgreSQL cluster, or point it at a server)"
    )
    if (
        os.environ.get("CI", "").lower() in {"1", "true", "yes"}
        or os.environ.get("HUBDESK_REQUIRE_PG") == "1"
    ):
        pytest.fail(reason + " — required here (CI or HUBDESK_REQUIRE_PG=1)", pytrace=False)
    pytest.skip(reason)


def _with_database(url: str, name: str) -> str:
    from sqlalchemy.engine import make_url

    return (
        make_url(url)
        .set(drivername="postgresql+psycopg", database=name)
        .render_as_string(hide_password=False)
    )


def _admin(url: str):  # type: ignore[no-untyped-def]
    import psycopg
    from sqlalchemy.engine import make_url

    u = make_url(url)
    kwargs = {k: v for k, v in u.query.items() if isinstance(v, str)}
    return psycopg.connect(
        dbname=u.database or "postgres",
        user=u.username,
        password=u.password,
        host=kwargs.pop("host", u.host),
        port=u.port,
        autocommit=True,
        **kwargs,
    )


@contextmanager
def fresh_database() -> Iterator[str]:
    """The URL of a new empty database, dropped afterwards (connections included)."""
    url = admin_url()
    name = f"hubdesk_test_{uuid.uuid4().hex[:12]}"
    with _admin(url) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield _with_database(url, name)
    finally:
        with _admin(url) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def count_rows(url: str, table: str) -> int:
    """Rows of ``table`` as the server itself reports them (the data really lives there)."""
    with _admin(url) as conn:
        row = conn.execute(f"SELECT count(*) FROM {table}").fetchone()
        assert row is not None
        return int(row[0])
