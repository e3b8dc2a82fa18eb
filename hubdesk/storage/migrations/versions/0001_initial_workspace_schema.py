"""initial workspace schema

Revision ID: 0001
Revises:
Create Date: 2026-11-24 22:14:41.811071
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "blobs",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sniffed_media_type", sa.Text(), nullable=True),
        sa.Column("created_at", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("sha256"),
    )
    op.create_table(
        "dossiers",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("call", sa.Text(), nullable=False),
        sa.Column("format_version", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.Text(), nullable=False),
        sa.Column("modified_at", sa.Text(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", sa.Text(), nullable=True),
        sa.Column("istat_code", sa.Text(), nullable=False),
        sa.Column("applicant_name", sa.Text(), nullable=False),
        sa.Column("applicant_fiscal_code", sa.Text(), nullable=False),
        sa.Column("applicant_pec", sa.Text(), nullable=False),
        sa.Column("population", sa.Integer(), nullable=False),
        sa.Column("population_reference", sa.Text(), nullable=False),
        sa.Column("joint_bat", sa.Boolean(), nullable=False),
        sa.Column("legal_rep_full_name", sa.Text(), nullable=False),
        sa.Column("legal_rep_role", sa.Text(), nullable=False),
        sa.Column("legal_rep_fiscal_code", sa.Text(), nullable=False),
        sa.Column("rup_full_name", sa.Text(), nullable=False),
        sa.Column("rup_fiscal_code", sa.Text(), nullable=False),
        sa.Column("rup_email", sa.Text(), nullable=False),
        sa.Column("rup_phone", sa.Text(), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("acronym", sa.Text(), nullable=False),
        sa.Column("hub_name", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("objectives", sa.Text(), nullable=False),
        sa.Column("target_groups", sa.Text(), nullable=False),
        sa.Column("thematic_areas", sa.Text(), nullable=False),
        sa.Column("start_date", sa.Text(), nullable=False),
        sa.Column("duration_months", sa.Integer(), nullable=False),
        sa.Column("cup", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("pk"),
        sa.UniqueConstraint("uuid"),
    )
    with op.batch_alter_table("dossiers", schema=None) as batch_op:
        batch_op.create_index("ix_dossiers_modified", ["modified_at"], unique=False)

    op.create_table(
        "activities",
        sa.Column("dossier_pk", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("thematic_area", sa.Text(), nullable=False),
        sa.Column("fund", sa.Text(), nullable=False),
        sa.Column("lead", sa.Text(), nullable=False),
        sa.Column("partner_ids", sa.Text(), nullable=False),
        sa.Column("property_id", sa.Text(), nullable=True),
        sa.Column("start_month", sa.Integer(), nullable=False),
        sa.Column("end_month", sa.Integer(), nullable=False),
        sa.Column("deliverables", sa.Text(), nullable=False),
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["dossier_pk"], ["dossiers.pk"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("pk"),
    )
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_activities_dossier_pk"), ["dossier_pk"], unique=False)

    op.create_table(
        "attachments",
        sa.Column("dossier_pk", sa.Integer(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("media_type", sa.Text(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("refers_to", sa.Text(), nullable=True),
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["dossier_pk"], ["dossiers.pk"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("pk"),
    )
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachments_dossier_pk"), ["dossier_pk"], unique=False)
        batch_op.create_index(batch_op.f("ix_attachments_sha256"), ["sha256"], unique=False)

    op.create_table(
        "blob_chunks",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["sha256"], ["blobs.sha256"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("sha256", "seq"),
    )
    op.create_table(
        "budget_lines",
        sa.Column("dossier_pk", sa.Integer(), nullable=False),
        sa.Column("activity", sa.Text(), nullable=False),
        sa.Column("fund", sa.Text(), nullable=False),
        sa.Column("category", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("beneficiary", sa.Text(), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("vat_cents", sa.Integer(), nullable=False),
        sa.Column("vat_recoverable", sa.Boolean(), nullable=False),
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["dossier_pk"], ["dossiers.pk"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("pk"),
    )
    with op.batch_alter_table("budget_lines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_budget_lines_dossier_pk"), ["dossier_pk"], unique=False)

    op.create_table(
        "indicators",
        sa.Column("dossier_pk", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("unit", sa.Text(), nullable=False),
        sa.Column("target", sa.Text(), nullable=False),
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["dossier_pk"], ["dossiers.pk"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("pk"),
    )
    with op.batch_alter_table("indicators", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_indicators_dossier_pk"), ["dossier_pk"], unique=False)

    op.create_table(
        "partners",
        sa.Column("dossier_pk", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("legal_form", sa.Text(), nullable=False),
        sa.Column("fiscal_code", sa.Text(), nullable=False),
        sa.Column("vat_number", sa.Text(), nullable=True),
        sa.Column("runts_section", sa.Text(), nullable=True),
        sa.Column("pec", sa.Text(), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("role", sa.Text(), nullable=False),
        sa.Column("contact_full_name", sa.Text(), nullable=False),
        sa.Column("contact_email", sa.Text(), nullable=False),
        sa.Column("contact_phone", sa.Text(), nullable=True),
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["dossier_pk"], ["dossiers.pk"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("pk"),
    )
    with op.batch_alter_table("partners", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_partners_dossier_pk"), ["dossier_pk"], unique=False)

    op.create_table(
        "properties",
        sa.Column("dossier_pk", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("cadastre_register", sa.Text(), nullable=False),
        sa.Column("cadastre_municipality_code", sa.Text(), nullable=False),
        sa.Column("cadastre_section", sa.Text(), nullable=True),
        sa.Column("cadastre_sheet", sa.Text(), nullable=True),
        sa.Column("cadastre_parcel", sa.Text(), nullable=True),
        sa.Column("cadastre_subordinate", sa.Text(), nullable=True),
        sa.Column("owner_kind", sa.Text(), nullable=False),
        sa.Column("owner_name", sa.Text(), nullable=False),
        sa.Column("owner_fiscal_code", sa.Text(), nullable=True),
        sa.Column("availability_title", sa.Text(), nullable=False),
        sa.Column("availability_reference", sa.Text(), nullable=False),
        sa.Column("availability_valid_until", sa.Text(), nullable=False),
        sa.Column("floor_area_sqm", sa.Text(), nullable=False),
        sa.Column("current_use", sa.Text(), nullable=False),
        sa.Column("planned_use", sa.Text(), nullable=False),
        sa.Column("works", sa.Text(), nullable=False),
        sa.Column("public_funding_last_10_years", sa.Boolean(), nullable=False),
        sa.Column("derelict_site", sa.Boolean(), nullable=False),
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["dossier_pk"], ["dossiers.pk"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("pk"),
    )
    with op.batch_alter_table("properties", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_properties_dossier_pk"), ["dossier_pk"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("properties", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_properties_dossier_pk"))

    op.drop_table("properties")
    with op.batch_alter_table("partners", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_partners_dossier_pk"))

    op.drop_table("partners")
    with op.batch_alter_table("indicators", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_indicators_dossier_pk"))

    op.drop_table("indicators")
    with op.batch_alter_table("budget_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_budget_lines_dossier_pk"))

    op.drop_table("budget_lines")
    op.drop_table("blob_chunks")
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachments_sha256"))
        batch_op.drop_index(batch_op.f("ix_attachments_dossier_pk"))

    op.drop_table("attachments")
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activities_dossier_pk"))

    op.drop_table("activities")
    with op.batch_alter_table("dossiers", schema=None) as batch_op:
        batch_op.drop_index("ix_dossiers_modified")

    op.drop_table("dossiers")
    op.drop_table("blobs")
