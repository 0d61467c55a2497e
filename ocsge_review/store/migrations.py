"""Numbered migrations of a PostgreSQL schema (the review store's, the sync's): read, refused when newer, applied once."""
from __future__ import annotations

from typing import Callable, Optional, Sequence


def applied_versions(cur, schema: str) -> set:
    """The versions ``schema``.migrations records (none when it does not exist yet); only reads."""
    from psycopg import sql
    cur.execute("SELECT to_regclass(%s) IS NOT NULL", (sql.Identifier(schema, "migrations").as_string(cur),))
    if not cur.fetchone()[0]:
        return set()
    cur.execute(sql.SQL("SELECT version FROM {}.migrations").format(sql.Identifier(schema)))
    return {r[0] for r in cur.fetchall()}


def apply(cur, schema: str, migrations: Sequence, lock: str, refuse_newer: Callable[[set], None],
          applied_at: Optional[str] = None, create_schema: bool = False) -> None:
    """Apply, in the caller's transaction, the ``migrations`` — (version, description, statements) —
    that ``schema`` lacks, each recorded in ``schema``.migrations. The advisory lock ``lock`` keeps two
    openings from both migrating; ``refuse_newer(done)`` raises when a newer version of the plugin
    wrote the schema. ``applied_at``: the time recorded, as text (the store's injected clock); None:
    the server's now() (the sync's table, whose column is a timestamptz). ``create_schema``: the schema
    too, under the lock."""
    from psycopg import sql
    s = sql.Identifier(schema)
    cur.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (lock,))
    if create_schema:
        cur.execute(sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(s))
    column = "applied_at timestamptz NOT NULL DEFAULT now()" if applied_at is None else "applied_at text NOT NULL"
    cur.execute(sql.SQL("CREATE TABLE IF NOT EXISTS {}.migrations (version integer PRIMARY KEY, "
                        "description text NOT NULL, " + column + ")").format(s))
    cur.execute(sql.SQL("SELECT version FROM {}.migrations").format(s))
    done = {r[0] for r in cur.fetchall()}
    refuse_newer(done)
    for version, description, statements in migrations:
        if version in done:
            continue
        for statement in statements:
            cur.execute(statement)
        if applied_at is None:
            cur.execute(sql.SQL("INSERT INTO {}.migrations (version, description) VALUES (%s, %s)").format(s),
                        (version, description))
        else:
            cur.execute(sql.SQL("INSERT INTO {}.migrations (version, description, applied_at) "
                                "VALUES (%s, %s, %s)").format(s), (version, description, applied_at))
