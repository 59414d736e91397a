"""Foundation tables (SQLModel). Other packages own their tables; Alembic migrations create them all."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Column, DateTime, Index, Text, func, text
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    return datetime.now(UTC)


class Tenant(SQLModel, table=True):
    """A plant or customer. Every tenant-owned row elsewhere carries tenant_id."""

    __tablename__ = "tenants"

    id: str = Field(primary_key=True, max_length=64)
    name: str = Field(sa_column=Column(Text, nullable=False))
    created_at: datetime = Field(
        default_factory=utcnow,
        sa_column=Column(DateTime(timezone=True), nullable=False, server_default=func.now()),
    )


class Setting(SQLModel, table=True):
    """One run-time setting. tenant_id NULL means the global value; a tenant row overrides it."""

    __tablename__ = "settings"
    __table_args__ = (
        Index(
            "uq_settings_scope_key",
            "tenant_id",
            "key",
            unique=True,
            postgresql_nulls_not_distinct=True,
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    tenant_id: str | None = Field(default=None, foreign_key="tenants.id", max_length=64)
    category: str = Field(default="general", max_length=64)
    key: str = Field(max_length=128)
    value: str = Field(sa_column=Column(Text, nullable=False))
    description: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=text("''")))
    updated_at: datetime = Field(
        default_factory=utcnow,
        sa_column=Column(DateTime(timezone=True), nullable=False, server_default=func.now()),
    )
    updated_by: str = Field(default="system", max_length=128)
