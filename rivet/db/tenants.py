"""Tenant rows: every tenant-owned table references tenants(id), so writers make sure the row exists."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection

_ENSURE = text("INSERT INTO tenants (id, name) VALUES (:t, :n) ON CONFLICT DO NOTHING")


async def ensure_tenant(conn: AsyncConnection, tenant_id: str) -> None:
    """Create the tenant row on first use (named after its id; an admin can rename it)."""
    await conn.execute(_ENSURE, {"t": tenant_id, "n": tenant_id})
