"""The indicators payloads written to a table of the production database, one row per département and month.

The pipeline's endpoint is the main delivery (outbox.py); the table is for the
production team's own queries and dashboards. A row holds the headline figures
as columns and the whole payload as JSON. Writing the same figures again
changes nothing; new figures for a month replace that month's row, and the row
keeps when it was first and last written.
"""
from __future__ import annotations

import json
from typing import Optional, Sequence, Tuple

from .. import pgconn
from ..errors import InputError
from .indicators import idempotency_key, validate
from ..messages import tr
from ..pgconn import qualified  # the CLI checks --indicators-table with it

DEFAULT_TABLE = "ocsge_indicateurs"

# (column, SQL type, how to read it from a payload)
_COLUMNS = (
    ("department", "text NOT NULL", lambda b: b["department"]),
    ("period", "text NOT NULL", lambda b: b["period"]["month"]),
    ("schema_version", "integer NOT NULL", lambda b: b["schema_version"]),
    ("payload_key", "text NOT NULL", idempotency_key),
    ("model_version", "text", lambda b: b["model_version"]),
    ("as_of", "date", lambda b: b["period"]["as_of"]),
    ("items_reviewed", "integer", lambda b: b["rework"]["count"]["reviewed"]),
    ("rework_rate", "double precision", lambda b: b["rework"]["count"]["rate"]),
    ("rework_rate_area", "double precision", lambda b: b["rework"]["area"]["rate"]),
    ("accuracy_cs", "double precision", lambda b: _overall(b, "cs", 0)),
    ("accuracy_cs_low", "double precision", lambda b: _overall(b, "cs", 1)),
    ("accuracy_cs_high", "double precision", lambda b: _overall(b, "cs", 2)),
    ("accuracy_us", "double precision", lambda b: _overall(b, "us", 0)),
    ("accuracy_us_low", "double precision", lambda b: _overall(b, "us", 1)),
    ("accuracy_us_high", "double precision", lambda b: _overall(b, "us", 2)),
    ("validated_km2", "double precision", lambda b: b["production"]["validated_km2_period"]),
    ("planned_km2", "double precision", lambda b: b["production"]["planned_km2_period"]),
    ("cost_per_km2", "double precision", lambda b: b["cost"]["per_km2"]),
    ("automation_rate", "double precision", lambda b: b["automation"]["rate"]),
    ("payload", "jsonb NOT NULL", lambda b: json.dumps(b, ensure_ascii=False)),
)


def _overall(body: dict, dim: str, which: int) -> Optional[float]:
    overall = body["accuracy"][dim].get("overall")
    if not overall:
        return None
    return overall["estimate"] if which == 0 else overall["ci95"][which - 1]


def write_indicators(spec: str, bodies: Sequence[dict], table: str = DEFAULT_TABLE, *,
                     password: Optional[str] = None) -> Tuple[int, int]:
    """Write ``bodies`` in one transaction (the table is created if missing); (rows written, unchanged)."""
    from psycopg import sql
    import psycopg
    schema, name = qualified(table)
    for body in bodies:
        validate(body)
    rows = [tuple(read(b) for _, _, read in _COLUMNS) for b in bodies]
    target = sql.Identifier(schema, name)
    names = [c for c, _, _ in _COLUMNS]
    create = sql.SQL("CREATE TABLE IF NOT EXISTS {} ({}, first_written timestamptz NOT NULL DEFAULT now(), "
                     "last_written timestamptz NOT NULL DEFAULT now(), "
                     "PRIMARY KEY (department, period, schema_version))").format(
        target, sql.SQL(", ").join(sql.SQL("{} " + kind).format(sql.Identifier(c)) for c, kind, _ in _COLUMNS))
    # Same figures (same key): nothing changes, not even last_written. New figures: the row is replaced.
    upsert = sql.SQL("INSERT INTO {t} ({cols}) VALUES ({values}) ON CONFLICT (department, period, schema_version) "
                     "DO UPDATE SET {sets}, last_written = now() WHERE {t}.payload_key <> EXCLUDED.payload_key").format(
        t=target, cols=sql.SQL(", ").join(map(sql.Identifier, names)),
        values=sql.SQL(", ").join(sql.Placeholder() * len(names)),
        sets=sql.SQL(", ").join(sql.SQL("{c} = EXCLUDED.{c}").format(c=sql.Identifier(c)) for c in names[3:]))
    con = pgconn.connect(spec, password=password, what="--production")
    try:
        with con.transaction(), con.cursor() as cur:
            # Created only when missing: CREATE … IF NOT EXISTS would need the right to create in the
            # schema even when the table is there, and a writer may have only INSERT and UPDATE.
            cur.execute("SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n "
                        "ON n.oid = c.relnamespace WHERE n.nspname = %s AND c.relname = %s", (schema, name))
            if cur.fetchone() is None:
                cur.execute(create)
            written = 0
            for row in rows:
                cur.execute(upsert, row)
                written += cur.rowcount
        return written, len(rows) - written
    except psycopg.Error as exc:
        raise pgconn.database_error(exc, con, lambda detail: InputError(tr(
            "La table d'indicateurs « {table} » n'a pas pu être écrite ({database}) : {detail}. Rien n'a été écrit.",
            table=f"{schema}.{name}", database=pgconn.describe(spec), detail=detail))) from None
    finally:
        con.close()
