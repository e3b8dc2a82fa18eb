"""Rows of the frozen versions of a dossier (table ``dossier_versions``): plain values in and out."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from hubdesk.storage import models as m


@dataclass(frozen=True, slots=True)
class VersionRow:
    number: int
    created_at: str
    package_name: str | None
    package_sha256: str | None


def top_number(session: Session, dossier_pk: int) -> int:
    """The highest version number recorded for the dossier (0 when none)."""
    top = session.execute(
        select(func.max(m.DossierVersion.number)).where(m.DossierVersion.dossier_pk == dossier_pk)
    ).scalar()
    return int(top or 0)


def latest(session: Session, dossier_pk: int) -> tuple[int, str, str] | None:
    """Number, creation time and document JSON of the latest version, or None."""
    row = session.execute(
        select(m.DossierVersion.number, m.DossierVersion.created_at, m.DossierVersion.document_json)
        .where(m.DossierVersion.dossier_pk == dossier_pk)
        .order_by(m.DossierVersion.number.desc())
        .limit(1)
    ).one_or_none()
    return None if row is None else (row.number, row.created_at, row.document_json)


def add(
    session: Session,
    dossier_pk: int,
    number: int,
    created_at: str,
    document_json: str,
    package_name: str | None,
    package_sha256: str | None,
) -> None:
    session.add(
        m.DossierVersion(
            dossier_pk=dossier_pk,
            number=number,
            created_at=created_at,
            document_json=document_json,
            package_name=package_name,
            package_sha256=package_sha256,
        )
    )


def package_of(session: Session, dossier_pk: int, number: int) -> tuple[str | None, str | None]:
    """The package recorded for an existing version (raises when the version does not exist)."""
    row = session.execute(
        select(m.DossierVersion.package_name, m.DossierVersion.package_sha256).where(
            m.DossierVersion.dossier_pk == dossier_pk, m.DossierVersion.number == number
        )
    ).one()
    return row.package_name, row.package_sha256


def set_package(
    session: Session, dossier_pk: int, number: int, package_name: str | None, package_sha256: str | None
) -> None:
    session.execute(
        update(m.DossierVersion)
        .where(m.DossierVersion.dossier_pk == dossier_pk, m.DossierVersion.number == number)
        .values(package_name=package_name, package_sha256=package_sha256)
        .execution_options(synchronize_session=False)
    )


def remove(session: Session, dossier_pk: int, number: int) -> None:
    session.execute(
        delete(m.DossierVersion)
        .where(m.DossierVersion.dossier_pk == dossier_pk, m.DossierVersion.number == number)
        .execution_options(synchronize_session=False)
    )


def all_of(session: Session, dossier_pk: int) -> list[VersionRow]:
    rows = session.execute(
        select(
            m.DossierVersion.number,
            m.DossierVersion.created_at,
            m.DossierVersion.package_name,
            m.DossierVersion.package_sha256,
        )
        .where(m.DossierVersion.dossier_pk == dossier_pk)
        .order_by(m.DossierVersion.number)
    )
    return [VersionRow(*row) for row in rows]


def document_json(session: Session, dossier_pk: int, number: int) -> str | None:
    text: str | None = session.execute(
        select(m.DossierVersion.document_json).where(
            m.DossierVersion.dossier_pk == dossier_pk, m.DossierVersion.number == number
        )
    ).scalar_one_or_none()
    return text
