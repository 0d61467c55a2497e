"""The team review store: campaigns, items, locks and journal in a PostgreSQL/PostGIS schema."""
from __future__ import annotations

from typing import Callable, List, Sequence, Tuple

from psycopg import sql

from ..errors import InputError
from .base import refuse_newer_schema
from .gpkg import ITEM_COLUMNS

# Column types of the items given at creation (gpkg.ITEM_COLUMNS); REAL in
# SQLite is double precision, so the two backends read back the same numbers.
_COLUMN_TYPES = {"rank": "double precision", "artif": "smallint", "area_m2": "double precision",
                 **{c: "double precision" for c in ("conf_cs", "conf_us", "cs_p1", "cs_p2", "cs_p3",
                                                     "us_p1", "us_p2", "us_p3")}}
# The review state of an item, written by the store (the same columns as gpkg's).
STATE_COLUMNS = (("state", "text NOT NULL"), ("claimed_by", "text"), ("lock_expires", "double precision"),
                 ("skipped_by", "text"), ("decided_by", "text"), ("decided_at", "text"), ("cs_final", "text"),
                 ("us_final", "text"), ("flag", "text"), ("rejection", "text"), ("validated_by", "text"),
                 ("parent_id", "bigint"), ("merged_into", "bigint"))
# Counts are kept in this many rows per (campaign, part, state), chosen by item
# id: concurrent claims and decisions touch different rows instead of queueing
# on one.
COUNT_SHARDS = 128
APPEND_ONLY = "le journal des décisions est en ajout seul"


def _m1_tables(s: sql.Identifier) -> List[sql.Composable]:
    items = [sql.SQL("{} {}").format(sql.Identifier(c), sql.SQL(_COLUMN_TYPES.get(c, "text")))
             for c in ITEM_COLUMNS]
    items += [sql.SQL("{} {}").format(sql.Identifier(c), sql.SQL(kind)) for c, kind in STATE_COLUMNS]
    q = sql.SQL
    return [
        q("""CREATE TABLE {s}.campaigns (
            id serial PRIMARY KEY, uid text NOT NULL UNIQUE, name text NOT NULL UNIQUE,
            department text NOT NULL, department_name text, epsg integer NOT NULL,
            model_version text NOT NULL, source text, policy jsonb NOT NULL DEFAULT '{{}}',
            created_at text NOT NULL, lock_seconds integer NOT NULL DEFAULT 600, territory jsonb)""").format(s=s),
        # The geometry column has no type modifier: campaigns of several
        # départements (several CRSs) share the table; each row carries its campaign's SRID.
        q("""CREATE TABLE {s}.items (
            id bigserial PRIMARY KEY,
            campaign_id integer NOT NULL REFERENCES {s}.campaigns (id),
            department text NOT NULL, {cols}, geom geometry NOT NULL)""").format(
            s=s, cols=sql.SQL(", ").join(items)),
        q("CREATE INDEX items_geom ON {s}.items USING gist (geom)").format(s=s),
        # The claim's three questions, each answered by a small partial index.
        q("CREATE INDEX items_pending ON {s}.items (campaign_id, rank, id) WHERE state = 'pending'").format(s=s),
        q("CREATE INDEX items_claimed ON {s}.items (campaign_id, claimed_by) WHERE state = 'claimed'").format(s=s),
        q("CREATE INDEX items_rejected ON {s}.items (campaign_id, decided_by, rank) "
          "WHERE state = 'rejected'").format(s=s),
        q("CREATE INDEX items_validated ON {s}.items (campaign_id, id) WHERE state = 'validated'").format(s=s),
        q("CREATE INDEX items_parent ON {s}.items (parent_id) WHERE parent_id IS NOT NULL").format(s=s),
        q("CREATE INDEX items_merged ON {s}.items (merged_into) WHERE merged_into IS NOT NULL").format(s=s),
        q("""CREATE TABLE {s}.journal (
            seq bigserial PRIMARY KEY,
            campaign_id integer NOT NULL REFERENCES {s}.campaigns (id),
            department text NOT NULL, item_id bigint NOT NULL, user_name text NOT NULL,
            action text NOT NULL, cs_before text, us_before text, cs_after text, us_after text,
            flag text, reason text, comment text, active_seconds double precision NOT NULL DEFAULT 0,
            started_at text, recorded_at text NOT NULL, model_version text NOT NULL, undoes bigint,
            geom_before bytea, geom_after bytea, changed_area_m2 double precision NOT NULL DEFAULT 0,
            related bigint)""").format(s=s),
        q("CREATE INDEX journal_campaign ON {s}.journal (campaign_id, seq)").format(s=s),
        q("CREATE INDEX journal_item ON {s}.journal (item_id, seq)").format(s=s),
        q("CREATE INDEX journal_related ON {s}.journal (related, seq) WHERE related IS NOT NULL").format(s=s),
        # Append-only, whoever writes (the store, psql, QGIS): edits, deletions
        # and TRUNCATE are refused by the database itself.
        q("""CREATE FUNCTION {s}.journal_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION {msg} USING ERRCODE = 'insufficient_privilege'; END $$""").format(
            s=s, msg=sql.Literal(APPEND_ONLY)),
        q("""CREATE TRIGGER journal_no_change BEFORE UPDATE OR DELETE ON {s}.journal
            FOR EACH ROW EXECUTE FUNCTION {s}.journal_append_only()""").format(s=s),
        q("""CREATE TRIGGER journal_no_truncate BEFORE TRUNCATE ON {s}.journal
            FOR EACH STATEMENT EXECUTE FUNCTION {s}.journal_append_only()""").format(s=s),
    ]


def _m2_counts(s: sql.Identifier) -> List[sql.Composable]:
    """Figures by part and state without a GROUP BY over a département's items,
    kept by triggers in rows sharded by item id (no single hot row)."""
    q = sql.SQL
    shards = sql.Literal(COUNT_SHARDS)
    add = q("""INSERT INTO {s}.counts AS c (campaign_id, part, state, shard, n, area_m2)
               SELECT campaign_id, part, state, shard, SUM(dn), SUM(da) FROM ({rows}) d
               GROUP BY campaign_id, part, state, shard HAVING SUM(dn) <> 0 OR SUM(da) <> 0
               ORDER BY campaign_id, part, state, shard
               ON CONFLICT (campaign_id, part, state, shard)
               DO UPDATE SET n = c.n + excluded.n, area_m2 = c.area_m2 + excluded.area_m2""")
    new = q("SELECT campaign_id, part, state, (id % {n})::int AS shard, 1 AS dn, "
            "COALESCE(area_m2, 0) AS da FROM new_rows").format(n=shards)
    old = q("SELECT campaign_id, part, state, (id % {n})::int, -1, -COALESCE(area_m2, 0) "
            "FROM old_rows").format(n=shards)
    both = q("{} UNION ALL {}").format(new, old)
    body = {"insert": add.format(s=s, rows=new), "delete": add.format(s=s, rows=old),
            "update": add.format(s=s, rows=both)}
    out = [
        q("""CREATE TABLE {s}.counts (
            campaign_id integer NOT NULL REFERENCES {s}.campaigns (id), part text NOT NULL,
            state text NOT NULL, shard integer NOT NULL, n bigint NOT NULL,
            area_m2 double precision NOT NULL, PRIMARY KEY (campaign_id, part, state, shard))""").format(s=s),
        q("""INSERT INTO {s}.counts SELECT campaign_id, part, state, (id % {n})::int, COUNT(*),
             COALESCE(SUM(area_m2), 0) FROM {s}.items GROUP BY 1, 2, 3, 4""").format(s=s, n=shards),
    ]
    # Statement-level triggers with transition tables: a bulk COPY of a
    # million items adds its counts in one statement, a claim in one small upsert.
    for event, tables in (("insert", "NEW TABLE AS new_rows"), ("delete", "OLD TABLE AS old_rows"),
                          ("update", "OLD TABLE AS old_rows NEW TABLE AS new_rows")):
        fn = sql.Identifier(f"counts_{event}")
        out += [
            q("CREATE FUNCTION {s}.{fn}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN {body}; "
              "RETURN NULL; END $$").format(s=s, fn=fn, body=body[event]),
            q("CREATE TRIGGER {fn} AFTER {ev} ON {s}.items REFERENCING {tables} FOR EACH STATEMENT "
              "EXECUTE FUNCTION {s}.{fn}()").format(s=s, fn=fn, ev=sql.SQL(event.upper()),
                                                     tables=sql.SQL(tables)),
        ]
    return out


# Numbered migrations, applied in order when a store is opened; never edited
# once released: a change to the schema is a new number.
MIGRATIONS: Sequence[Tuple[int, str, Callable[[sql.Identifier], List[sql.Composable]]]] = (
    (1, "campaigns, items, append-only journal", _m1_tables),
    (2, "counts by campaign, part and state kept by triggers", _m2_counts),
)
SCHEMA_VERSION = MIGRATIONS[-1][0]


def _exists(cur, schema: str, table: str) -> bool:
    cur.execute("SELECT to_regclass(%s) IS NOT NULL", (sql.Identifier(schema, table).as_string(cur),))
    return cur.fetchone()[0]


def applied_versions(cur, schema: str) -> set:
    if not _exists(cur, schema, "migrations"):
        return set()
    cur.execute(sql.SQL("SELECT version FROM {}.migrations").format(sql.Identifier(schema)))
    return {r[0] for r in cur.fetchall()}


def migrate(con, schema: str, now_iso: str) -> None:
    """Apply the missing migrations, each in its own transaction; an up-to-date
    schema is only read (an interpreter's role needs no DDL right)."""
    s = sql.Identifier(schema)
    with con.cursor() as cur:
        done = applied_versions(cur, schema)
        _refuse_newer(done)
        if all(v in done for v, _, _ in MIGRATIONS):
            return
        for version, description, statements in MIGRATIONS:
            with con.transaction():
                # Two stores opened at once must not both migrate.
                cur.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (f"ocsge_review.migrate.{schema}",))
                cur.execute(sql.SQL("CREATE TABLE IF NOT EXISTS {}.migrations (version integer PRIMARY KEY, "
                                    "description text NOT NULL, applied_at text NOT NULL)").format(s))
                done = applied_versions(cur, schema)
                _refuse_newer(done)
                if version in done:
                    continue
                for statement in statements(s):
                    cur.execute(statement)
                cur.execute(sql.SQL("INSERT INTO {}.migrations (version, description, applied_at) "
                                    "VALUES (%s, %s, %s)").format(s), (version, description, now_iso))


def _refuse_newer(done) -> None:
    refuse_newer_schema(max(done) if done else 0, SCHEMA_VERSION)
