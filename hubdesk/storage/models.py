"""Typed ORM models: a dossier and everything in it, one table per list of the document."""

from __future__ import annotations

from typing import Any, ClassVar

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from hubdesk.storage.types import JsonList, JsonNumber, PlainText

#: 64-bit integers on a server too (amounts in cents and file sizes pass 2^31); plain INTEGER on
#: SQLite, where it already is 64-bit and an INTEGER PRIMARY KEY is the rowid
BigInt = BigInteger().with_variant(Integer(), "sqlite")


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {str: PlainText(), int: BigInt}


class Dossier(Base):
    """One dossier: identity, optimistic version counter, applicant and proposal fields."""

    __tablename__ = "dossiers"

    pk: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    call: Mapped[str]
    format_version: Mapped[int]
    version: Mapped[int] = mapped_column(default=1)
    created_at: Mapped[str]
    modified_at: Mapped[str]
    archived: Mapped[bool] = mapped_column(default=False)
    deleted_at: Mapped[str | None]
    #: who made the last change (database user or the name set in Settings); None before 0006
    modified_by: Mapped[str | None]
    # applicant
    istat_code: Mapped[str]
    applicant_name: Mapped[str]
    applicant_fiscal_code: Mapped[str]
    applicant_pec: Mapped[str]
    population: Mapped[int]
    population_reference: Mapped[str]
    joint_bat: Mapped[bool]
    legal_rep_full_name: Mapped[str]
    legal_rep_role: Mapped[str]
    legal_rep_fiscal_code: Mapped[str]
    rup_full_name: Mapped[str]
    rup_fiscal_code: Mapped[str]
    rup_email: Mapped[str]
    rup_phone: Mapped[str | None]
    # proposal
    title: Mapped[str]
    acronym: Mapped[str]
    hub_name: Mapped[str]
    summary: Mapped[str]
    objectives: Mapped[str]
    target_groups: Mapped[list[str]] = mapped_column(JsonList)
    thematic_areas: Mapped[list[str]] = mapped_column(JsonList)
    start_date: Mapped[str]
    duration_months: Mapped[int]
    cup: Mapped[str | None]

    properties: Mapped[list[Property]] = relationship(
        cascade="all, delete-orphan", order_by="Property.position"
    )
    partners: Mapped[list[Partner]] = relationship(cascade="all, delete-orphan", order_by="Partner.position")
    activities: Mapped[list[Activity]] = relationship(
        cascade="all, delete-orphan", order_by="Activity.position"
    )
    budget: Mapped[list[BudgetLine]] = relationship(
        cascade="all, delete-orphan", order_by="BudgetLine.position"
    )
    indicators: Mapped[list[Indicator]] = relationship(
        cascade="all, delete-orphan", order_by="Indicator.position"
    )
    attachments: Mapped[list[Attachment]] = relationship(
        cascade="all, delete-orphan", order_by="Attachment.position"
    )


class _Item:
    """Columns shared by every list item: owner dossier, position in the list, document id."""

    pk: Mapped[int] = mapped_column(primary_key=True)
    position: Mapped[int]
    item_id: Mapped[str]


def _dossier_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("dossiers.pk", ondelete="CASCADE"), index=True)


class Property(_Item, Base):
    __tablename__ = "properties"
    dossier_pk: Mapped[int] = _dossier_fk()
    name: Mapped[str]
    address: Mapped[str]
    cadastre_register: Mapped[str]
    cadastre_municipality_code: Mapped[str]
    cadastre_section: Mapped[str | None]
    cadastre_sheet: Mapped[str | None]
    cadastre_parcel: Mapped[str | None]
    cadastre_subordinate: Mapped[str | None]
    owner_kind: Mapped[str]
    owner_name: Mapped[str]
    owner_fiscal_code: Mapped[str | None]
    availability_title: Mapped[str]
    availability_reference: Mapped[str]
    availability_valid_until: Mapped[str]
    floor_area_sqm: Mapped[Any] = mapped_column(JsonNumber)
    current_use: Mapped[str]
    planned_use: Mapped[str]
    works: Mapped[str]
    public_funding_last_10_years: Mapped[bool]
    derelict_site: Mapped[bool]


class Partner(_Item, Base):
    __tablename__ = "partners"
    dossier_pk: Mapped[int] = _dossier_fk()
    name: Mapped[str]
    legal_form: Mapped[str]
    fiscal_code: Mapped[str]
    vat_number: Mapped[str | None]
    runts_section: Mapped[str | None]
    pec: Mapped[str]
    address: Mapped[str]
    role: Mapped[str]
    contact_full_name: Mapped[str]
    contact_email: Mapped[str]
    contact_phone: Mapped[str | None]


class Activity(_Item, Base):
    __tablename__ = "activities"
    dossier_pk: Mapped[int] = _dossier_fk()
    title: Mapped[str]
    description: Mapped[str]
    thematic_area: Mapped[str]
    fund: Mapped[str]
    lead: Mapped[str]
    partner_ids: Mapped[list[str]] = mapped_column(JsonList)
    property_id: Mapped[str | None]
    start_month: Mapped[int]
    end_month: Mapped[int]
    deliverables: Mapped[list[str]] = mapped_column(JsonList)


class BudgetLine(_Item, Base):
    __tablename__ = "budget_lines"
    dossier_pk: Mapped[int] = _dossier_fk()
    activity: Mapped[str]
    fund: Mapped[str]
    category: Mapped[str]
    description: Mapped[str]
    beneficiary: Mapped[str]
    amount_cents: Mapped[int]
    vat_cents: Mapped[int]
    vat_recoverable: Mapped[bool]


class Indicator(_Item, Base):
    __tablename__ = "indicators"
    dossier_pk: Mapped[int] = _dossier_fk()
    name: Mapped[str]
    unit: Mapped[str]
    target: Mapped[Any] = mapped_column(JsonNumber)


class Attachment(_Item, Base):
    __tablename__ = "attachments"
    dossier_pk: Mapped[int] = _dossier_fk()
    kind: Mapped[str]
    title: Mapped[str]
    file_name: Mapped[str]
    media_type: Mapped[str]
    size: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    refers_to: Mapped[str | None]


class Blob(Base):
    """Attachment bytes, content-addressed by SHA-256 and kept in 1 MiB chunks (streamed, never whole)."""

    __tablename__ = "blobs"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int]
    sniffed_media_type: Mapped[str | None]
    created_at: Mapped[str]


class BlobChunk(Base):
    __tablename__ = "blob_chunks"
    sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256", ondelete="CASCADE"), primary_key=True)
    seq: Mapped[int] = mapped_column(primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class DossierVersion(Base):
    """A frozen version of a dossier, written at each successful package export."""

    __tablename__ = "dossier_versions"
    __table_args__ = (UniqueConstraint("dossier_pk", "number"),)
    pk: Mapped[int] = mapped_column(primary_key=True)
    dossier_pk: Mapped[int] = mapped_column(ForeignKey("dossiers.pk", ondelete="CASCADE"), index=True)
    number: Mapped[int]
    created_at: Mapped[str]
    document_json: Mapped[str]
    package_name: Mapped[str | None]
    package_sha256: Mapped[str | None]


class PackageRecord(Base):
    """One package built from a frozen version: the register of what was sent (several per version)."""

    __tablename__ = "package_register"
    pk: Mapped[int] = mapped_column(primary_key=True)
    dossier_pk: Mapped[int] = mapped_column(ForeignKey("dossiers.pk", ondelete="CASCADE"), index=True)
    version_number: Mapped[int]
    file_name: Mapped[str]
    saved_path: Mapped[str | None]
    sha256: Mapped[str]
    size: Mapped[int | None] = mapped_column(BigInteger)
    built_at: Mapped[str]
    signer_name: Mapped[str | None]
    signer_fiscal_code: Mapped[str | None]


class EditEntry(Base):
    """One user action on a dossier, with its inverse: the undo history that survives a restart."""

    __tablename__ = "edit_history"
    __table_args__ = (UniqueConstraint("dossier_pk", "seq"),)
    pk: Mapped[int] = mapped_column(primary_key=True)
    dossier_pk: Mapped[int] = mapped_column(ForeignKey("dossiers.pk", ondelete="CASCADE"), index=True)
    seq: Mapped[int]
    description: Mapped[str]
    ops_json: Mapped[str]
    inverse_json: Mapped[str]
    mergeable: Mapped[bool] = mapped_column(default=False)
    undone: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[str]
    #: who made the change (database user or the name set in Settings); None before 0006
    author: Mapped[str | None]


class DossierStatus(Base):
    """Cached validation counts and grant totals for the library, valid for one dossier version."""

    __tablename__ = "dossier_status"
    dossier_pk: Mapped[int] = mapped_column(ForeignKey("dossiers.pk", ondelete="CASCADE"), primary_key=True)
    version: Mapped[int]
    errors: Mapped[int]
    warnings: Mapped[int]
    requested_fesr_cents: Mapped[int]
    requested_fse_cents: Mapped[int]


Index("ix_dossiers_modified", Dossier.modified_at)
for _model in (Property, Partner, Activity, BudgetLine, Indicator, Attachment):
    Index(f"ix_{_model.__tablename__}_position", _model.dossier_pk, _model.position, unique=True)
