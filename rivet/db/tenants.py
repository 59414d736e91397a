"""Tenant rows: every tenant-owned table references tenants(id), so writers make sure the row exists."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection

# Named after its id (an admin can rename it). The cast gives :t one type: id and name are varchar and
# text, and PostgreSQL refuses to guess between them when one parameter fills both.
_ENSURE_SQL = "INSERT INTO tenants (id, name) VALUES (CAST(:t AS text), CAST(:t AS text)) ON CONFLICT DO NOTHING"
_ENSURE = text(_ENSURE_SQL)


async def ensure_tenant(conn: AsyncConnection, tenant_id: str) -> None:
    """Create the tenant row on first use."""
    await conn.execute(_ENSURE, {"t": tenant_id})


def with_tenant(statement: str) -> str:
    """`statement` preceded by ensure_tenant's insert, as one statement: a round trip fewer on the
    message path. `statement` must bind the tenant id as :t and must not begin with WITH.

    The foreign-key check of the statement's own insert runs when the whole statement ends, so it
    sees the tenant row the CTE inserted.
    """
    return f"WITH _tenant AS ({_ENSURE_SQL}) {statement}"
