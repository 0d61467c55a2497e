"""The team review store: campaigns, items, locks and journal in a PostgreSQL/PostGIS schema."""
from __future__ import annotations

import uuid
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import numpy as np
import psycopg
from psycopg import errors as pg_errors
from psycopg import sql
from psycopg.types.json import Jsonb

from . import lifecycle as lc
from .. import pgconn
from ..errors import InputError, OcsgeError
from ..messages import tr
from . import DEFAULT_SCHEMA
from . import migrations
from .base import Campaign, Clock, Edit, refuse_newer_schema, system_clock
from .engine import ITEM_READ, JOURNAL_COLUMNS, SqlStore, first_geom_before, no_such_item
from .rules import INHERITED, ITEM_COLUMNS, check_columns, check_user, iso_time


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
# Campaign fields kept in its policy's JSON, under these keys (see _insert_campaign).
IN_POLICY = {"classes": "class_table", "delivery": "delivery"}
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


def _m3_second_opinions(s: sql.Identifier) -> List[sql.Composable]:
    """Second opinions (store/opinions.py), one row per drawn item; the département column lets
    row-level security keep each département's rows to its people (store/pg_access.py)."""
    q = sql.SQL
    return [
        q("""CREATE TABLE {s}.second_opinions (
            id bigserial PRIMARY KEY, campaign_id integer NOT NULL REFERENCES {s}.campaigns (id),
            department text NOT NULL, item_id bigint NOT NULL UNIQUE REFERENCES {s}.items (id),
            draw integer NOT NULL, stratum text NOT NULL, frame_size integer NOT NULL,
            frame_area_m2 double precision NOT NULL, seed bigint, drawn_at text NOT NULL, drawn_by text NOT NULL,
            state text NOT NULL, claimed_by text, lock_expires double precision, skipped_by text, first_by text, first_cs text, first_us text,
            answered_by text, answered_at text, code_cs text, code_us text, settled_by text, settled_at text,
            verdict_cs text, verdict_us text, comment text)""").format(s=s),
        q("CREATE INDEX second_opinions_state ON {s}.second_opinions (campaign_id, state, id)").format(s=s),
    ]


# Numbered migrations, applied in order when a store is opened; never edited
# once released: a change to the schema is a new number.
MIGRATIONS: Sequence[Tuple[int, str, Callable[[sql.Identifier], List[sql.Composable]]]] = (
    (1, "campaigns, items, append-only journal", _m1_tables),
    (2, "counts by campaign, part and state kept by triggers", _m2_counts),
    (3, "second opinions", _m3_second_opinions),
)
SCHEMA_VERSION = MIGRATIONS[-1][0]


def _exists(cur, schema: str, table: str) -> bool:
    cur.execute("SELECT to_regclass(%s) IS NOT NULL", (sql.Identifier(schema, table).as_string(cur),))
    return cur.fetchone()[0]


def migrate(con, schema: str, now_iso: str) -> None:
    """Apply the missing migrations, each in its own transaction; an up-to-date
    schema is only read (an interpreter's role needs no DDL right)."""
    s = sql.Identifier(schema)
    with con.cursor() as cur:
        done = migrations.applied_versions(cur, schema)
        _refuse_newer(done)
        if all(v in done for v, _, _ in MIGRATIONS):
            return
        for version, description, statements in MIGRATIONS:
            with con.transaction():
                migrations.apply(cur, schema, [(version, description, statements(s))],
                                 f"ocsge_review.migrate.{schema}", _refuse_newer, applied_at=now_iso)


def _refuse_newer(done) -> None:
    refuse_newer_schema(max(done) if done else 0, SCHEMA_VERSION)


def _lost(spec: str) -> OcsgeError:
    return OcsgeError(tr("Connexion à PostgreSQL perdue ({spec}) : rien n'a été enregistré. "
                         "Réessayez quand la base est de nouveau joignable.",
                         spec=pgconn.describe(spec)))


def _failure(spec: str, con, exc: Exception) -> OcsgeError:
    """The French error for a failed statement; a dropped connection says that nothing was recorded."""
    return pgconn.database_error(
        exc, con, lambda text: OcsgeError(tr("Erreur PostgreSQL : {text}. Rien n'a été enregistré.", text=text)),
        lost=lambda: _lost(spec),
        denied=lambda text: OcsgeError(tr("PostgreSQL refuse l'opération : {text}. Rien n'a été enregistré.",
                                          text=text)))


# A transaction that PostgreSQL aborts for a deadlock or a serialization
# conflict is replayed from the start: it wrote nothing.
_RETRIES = 5
# A page of validated items with, for each: whether some part of its split's tree (parts of
# parts included) is not validated yet, its first original's source id, whether a reshape or merge
# changed its polygon, its last approval, and the items merged into it — one query, no per-item trips.
_EDIT_PAGE_SQL = (
    "WITH page AS (SELECT id, source_id, cs_final, us_final, code_cs, code_us, geom, parent_id, decided_by, "
    "validated_by FROM {items} WHERE {campaign} AND state = 'validated' AND id > ? ORDER BY id LIMIT ?), "
    "tops AS (SELECT p.id, (WITH RECURSIVE up(id, parent_id) AS (SELECT id, parent_id FROM {items} "
    "WHERE id = p.parent_id UNION ALL SELECT i.id, i.parent_id FROM {items} i JOIN up ON i.id = up.parent_id) "
    "SELECT id FROM up WHERE parent_id IS NULL) AS top FROM page p WHERE p.parent_id IS NOT NULL) "
    "SELECT p.id, p.source_id, p.cs_final, p.us_final, p.code_cs, p.code_us, ST_AsBinary(p.geom), p.parent_id, "
    "p.decided_by, p.validated_by, "
    "t.top IS NOT NULL AND EXISTS (WITH RECURSIVE down(id, state) AS (SELECT id, state FROM {items} "
    "WHERE parent_id = t.top UNION ALL SELECT i.id, i.state FROM {items} i JOIN down ON i.parent_id = down.id) "
    "SELECT 1 FROM down WHERE state <> ALL(?)), "
    "(SELECT o.source_id FROM {items} o WHERE o.id = t.top), "
    "(" + first_geom_before("p.id") + ") <> ST_AsBinary(p.geom), a.seq, a.recorded_at, "
    "ARRAY(SELECT m.source_id FROM {items} m WHERE m.merged_into = p.id ORDER BY m.id) "
    "FROM page p LEFT JOIN tops t ON t.id = p.id LEFT JOIN LATERAL (SELECT seq, recorded_at FROM {journal} j "
    "WHERE j.item_id = p.id AND j.action = ? ORDER BY j.seq DESC LIMIT 1) a ON true ORDER BY p.id")


def _server_clock(con) -> Clock:
    """This machine's clock corrected by its offset from the server's (measured once, at opening)."""
    with con.cursor() as cur:
        before = system_clock()
        server = float(cur.execute("SELECT extract(epoch FROM clock_timestamp())").fetchone()[0])
        after = system_clock()
    offset = server - (before + after) / 2

    def clock() -> float:
        return system_clock() + offset
    return clock


class PgStore(SqlStore):
    """One campaign of a review store in a PostgreSQL/PostGIS schema, shared by a team."""

    def __init__(self, spec: str, con, schema: str, campaign_id: int, clock: Clock,
                 password: Optional[str] = None):
        self.spec = spec
        self.schema = schema
        self.campaign_id = campaign_id
        self._con = con
        self._password = password
        self._clock = clock
        # The PostgreSQL login: what row-level security and the triggers know the person as.
        self.login = con.info.user
        self._queries: Dict[str, str] = {}
        self._claim_query: Optional[str] = None
        self._render = {"items": sql.Identifier(schema, "items").as_string(con),
                        "journal": sql.Identifier(schema, "journal").as_string(con),
                        "counts": sql.Identifier(schema, "counts").as_string(con),
                        "opinions": sql.Identifier(schema, "second_opinions").as_string(con),
                        "campaigns": sql.Identifier(schema, "campaigns").as_string(con),
                        "migrations": sql.Identifier(schema, "migrations").as_string(con),
                        "id": "id", "geom": "ST_AsBinary(geom)", "user": "user_name",
                        # An integer read from the database, written in the SQL text so that
                        # the planner sees it (and the partial indexes) in every plan.
                        "campaign": f"campaign_id = {int(campaign_id)}",
                        "lock": "FOR UPDATE", "skip_locked": "FOR UPDATE SKIP LOCKED"}
        self._campaign = self._tx(self._read_campaign)

    # --- creation and opening -------------------------------------------------
    @classmethod
    def create(cls, spec: str, campaign: Campaign, columns: Dict[str, np.ndarray], wkb: np.ndarray,
               clock: Optional[Clock] = None, schema: str = DEFAULT_SCHEMA,
               password: Optional[str] = None) -> "PgStore":
        """Add a campaign and its items to the store in ``schema`` (made if missing), in one transaction."""
        clock = clock or system_clock
        check_columns(columns)
        _check_schema(schema)
        con = pgconn.connect(spec, password=password, autocommit=True)
        try:
            with con.cursor() as cur:
                cur.execute("SELECT to_regnamespace(%s) IS NOT NULL, to_regtype('geometry') IS NOT NULL",
                            (sql.Identifier(schema).as_string(con),))
                has_schema, has_postgis = cur.fetchone()
                if not has_postgis:
                    raise InputError(tr("PostGIS n'est pas installé dans {spec} : demandez à "
                                        "l'administrateur « CREATE EXTENSION postgis ».",
                                        spec=pgconn.describe(spec)))
                if not has_schema:
                    cur.execute(sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(sql.Identifier(schema)))
            migrate(con, schema, iso_time(clock()))
            campaign.created_at = campaign.created_at or iso_time(clock())
            campaign.uid = campaign.uid or str(uuid.uuid4())
            with con.transaction(), con.cursor() as cur:
                _insert_campaign(cur, sql.Identifier(schema), schema, campaign, columns, wkb)
            with con.cursor() as cur:
                # Fresh statistics, so that the planner knows a million rows came.
                cur.execute(sql.SQL("ANALYZE {}.items").format(sql.Identifier(schema)))
        except psycopg.Error as exc:
            raise _failure(spec, con, exc) from None
        finally:
            con.close()
        return cls.open(spec, schema=schema, campaign=campaign.uid, clock=clock, password=password)

    @classmethod
    def open(cls, spec: str, schema: str = DEFAULT_SCHEMA, campaign: Optional[str] = None,
             clock: Optional[Clock] = None, password: Optional[str] = None) -> "PgStore":
        """The store's campaign named ``campaign`` (name or uid), or its only campaign.

        Without an injected ``clock``, times (claims, their expiry, the journal) follow the
        database server's clock, not this workstation's: a workstation whose clock is ahead must
        not see everyone else's claims as expired and take their items."""
        _check_schema(schema)
        con = pgconn.connect(spec, password=password, autocommit=True)
        try:
            if clock is None:
                clock = _server_clock(con)
            with con.cursor() as cur:
                if not (_exists(cur, schema, "campaigns") and _exists(cur, schema, "migrations")):
                    raise InputError(tr("Le schéma « {schema} » de {spec} n'est pas un magasin "
                                        "de revue OCS GE Review.",
                                        schema=schema, spec=pgconn.describe(spec)))
            migrate(con, schema, iso_time(clock()))
            with con.cursor() as cur:
                campaign_id = _pick_campaign(cur, schema, campaign, spec)
            return cls(spec, con, schema, campaign_id, clock, password)
        except pg_errors.InsufficientPrivilege:
            login = con.info.user
            con.close()
            raise InputError(tr("Le compte « {login} » n'a pas accès au magasin de revue « {schema} » ({database}) : "
                                "un administrateur doit lui donner un rôle (admin grant).", login=login,
                                schema=schema, database=pgconn.describe(spec))) from None
        except psycopg.Error as exc:
            error = _failure(spec, con, exc)        # before closing: a closed connection reads as a lost one
            con.close()
            raise error from None
        except BaseException:
            con.close()
            raise

    def _read_campaign(self, cur) -> Campaign:
        row = self._q(cur, "SELECT name, department, department_name, epsg, model_version, source, policy, "
                           "created_at, lock_seconds, territory, uid FROM {campaigns} WHERE id = ?",
                      (self.campaign_id,)).fetchone()
        campaign = Campaign(*row)
        campaign.policy = dict(campaign.policy or {})
        for field, key in IN_POLICY.items():
            setattr(campaign, field, campaign.policy.pop(key, None))
        return campaign

    # --- transactions -----------------------------------------------------------
    def _connection(self):
        if self._con is None:
            raise OcsgeError(tr("Ce magasin de revue est fermé."))
        if self._con.closed or self._con.broken:
            # The last call lost the connection (and said so); this one starts afresh.
            self._con.close()
            self._con = pgconn.connect(self.spec, password=self._password, autocommit=True)
        return self._con

    def _tx(self, work):
        """Run ``work(cursor)`` in one transaction: all of it is recorded, or nothing.

        In pipeline mode: statements whose results are not read are sent without waiting
        for the server, so BEGIN, the writes and COMMIT cost no round trip of their own."""
        def run(con):
            with con.pipeline(), con.transaction(), con.cursor() as cur:
                return work(cur)
        return self._retry(run)

    def _retry(self, run):
        """``run(connection)``, run again on a deadlock or a serialization failure (up to
        ``_RETRIES`` times); any database error becomes the store's own error."""
        for attempt in range(_RETRIES):
            con = self._connection()
            try:
                return run(con)
            except (pg_errors.DeadlockDetected, pg_errors.SerializationFailure) as exc:
                if attempt == _RETRIES - 1:
                    raise _failure(self.spec, con, exc) from None
            except psycopg.Error as exc:
                raise _failure(self.spec, con, exc) from None

    def claim_next(self, user: str) -> Optional[Item]:
        """The engine's claim (same order: own claimed item, own rejected ones, then the next
        pending or expired item by rank) as one statement: one round trip to the server."""
        user = check_user(user)
        now = self._clock()
        query = self._claim_query
        if query is None:
            item = ITEM_READ.format(id="i.id", geom="ST_AsBinary(i.geom)")
            query = self._claim_query = (
                "WITH own AS (SELECT id, 0 AS k, 0.0::float8 AS r FROM {items} WHERE {campaign} "
                "AND state = 'claimed' AND claimed_by = %(u)s LIMIT 1 FOR UPDATE SKIP LOCKED), "
                "rej AS (SELECT id, 1 AS k, rank AS r FROM {items} WHERE {campaign} AND state = 'rejected' "
                "AND decided_by = %(u)s ORDER BY rank, id LIMIT 1 FOR UPDATE SKIP LOCKED), "
                "pend AS (SELECT id, 2 AS k, rank AS r FROM {items} WHERE {campaign} AND state = 'pending' "
                "AND (skipped_by IS NULL OR skipped_by <> %(u)s) ORDER BY rank, id LIMIT 1 FOR UPDATE SKIP LOCKED), "
                "gone AS (SELECT id, 2 AS k, rank AS r FROM {items} WHERE {campaign} AND state = 'claimed' "
                "AND lock_expires < %(now)s ORDER BY rank, id LIMIT 1 FOR UPDATE SKIP LOCKED), "
                "pick AS (SELECT id FROM (SELECT * FROM own UNION ALL SELECT * FROM rej UNION ALL SELECT * FROM pend "
                "UNION ALL SELECT * FROM gone) c ORDER BY k, r NULLS LAST, id LIMIT 1) "
                "UPDATE {items} i SET state = 'claimed', claimed_by = %(u)s, lock_expires = %(until)s "
                f"FROM pick WHERE i.id = pick.id RETURNING {item}").format(**self._render)
        args = {"u": user, "now": now, "until": now + self._campaign.lock_seconds}

        def run(con):
            with con.cursor() as cur:      # autocommit: the statement is its own transaction
                row = cur.execute(query, args).fetchone()
            return None if row is None else self._item_from(row)
        return self._retry(run)

    def _q(self, cur, query: str, args: Sequence = (), binary: bool = False):
        text = self._queries.get(query)
        if text is None:
            # Parameters are marked before the names go in: a quoted schema name may hold a "?".
            text = self._queries[query] = query.replace("?", "%s").format(**self._render)
        # A cursor per statement: in pipeline mode each keeps its own result until it is read.
        statement = cur.connection.cursor()
        statement.execute(text, tuple(args), binary=binary)
        return statement

    # --- sync, set-based (one query per page, one transaction of a few statements per batch) ---------
    def _edit_page(self, c, after_id: int, size: int):
        rows = self._q(c, _EDIT_PAGE_SQL, (after_id, size, [lc.VALIDATED, lc.SYNCED, lc.SUPERSEDED],
                                           lc.RESHAPE, lc.MERGE, lc.APPROVE), binary=True).fetchall()
        out = []
        for (fid, source_id, cs, us, model_cs, model_us, blob, parent, decider, validator, waiting, root,
             reshaped, approval, approved_at, absorbed) in rows:
            if approval is None:
                raise OcsgeError(tr("L'élément {fid} est validé sans approbation au journal : il ne peut pas être "
                                    "synchronisé ; faites-le revalider.", fid=fid))
            out.append((Edit(item_id=fid, source_id=source_id, code_cs=cs, code_us=us, model_cs=model_cs,
                             model_us=model_us, wkb=bytes(blob), geometry_changed=parent is not None or bool(reshaped),
                             parent_source_id=root, absorbed=list(absorbed), decided_by=decider,
                             validated_by=validator, validated_at=approved_at, approval_seq=approval),
                        bool(waiting)))
        return out

    def mark_synced(self, item_ids: Sequence[int], user: str, comment: Optional[str] = None) -> None:
        """validated → synced for a whole batch in one transaction of four statements; every
        transition is checked before anything is written."""
        user = check_user(user)
        item_ids = [int(i) for i in item_ids]
        if not item_ids:
            return

        def work(cur):
            now = self._clock()
            self._q(cur, "SET LOCAL jit = off")     # compiling would cost more than running
            found = {r[0]: r[1:] for r in self._q(
                cur, "SELECT id, state, cs_final, us_final FROM {items} WHERE id = ANY(?) AND {campaign} "
                     "ORDER BY id FOR UPDATE", (item_ids,)).fetchall()}
            for item_id in item_ids:
                if item_id not in found:
                    raise no_such_item(item_id)
                lc.next_state(found[item_id][0], lc.SYNC, item_id)
            if len(set(item_ids)) != len(item_ids):
                raise InputError(tr("Un même élément figure deux fois dans le lot à marquer synchronisé."))
            self._q(cur, f"INSERT INTO {{journal}} (campaign_id, department, {JOURNAL_COLUMNS}) "
                         "SELECT ?, ?, v.item_id, ?, ?, v.cs, v.us, v.cs, v.us, NULL, NULL, ?, 0.0, NULL, ?, ?, NULL, "
                         "NULL, NULL, 0.0, NULL FROM unnest(?::bigint[], ?::text[], ?::text[]) WITH ORDINALITY "
                         "AS v(item_id, cs, us, k) ORDER BY v.k",
                    (self.campaign_id, self._campaign.department, user, lc.SYNC, comment, iso_time(now),
                     self._campaign.model_version, item_ids, [found[i][1] for i in item_ids],
                     [found[i][2] for i in item_ids]))
            self._q(cur, "UPDATE {items} SET state = ? WHERE id = ANY(?)", (lc.SYNCED, item_ids))
        self._tx(work)

    def _opinion_keys(self) -> Tuple[str, tuple]:
        return "campaign_id, department, ", (self.campaign_id, self._campaign.department)

    def _set_geometry(self, cur, item_id: int, geom, wkb: bytes) -> None:
        self._q(cur, "UPDATE {items} SET geom = ST_GeomFromWKB(?, ?), area_m2 = ? WHERE id = ?",
                (wkb, self._campaign.epsg, float(geom.area), item_id))

    def _insert_part(self, cur, original: int, geom, wkb: bytes, source_id: str, user: str, now: float,
                     cs: str, us: str) -> int:
        inherited = ", ".join(f'"{c}"' for c in INHERITED)
        return self._q(
            cur, f"INSERT INTO {{items}} (campaign_id, department, geom, area_m2, source_id, parent_id, state, "
                 f"decided_by, decided_at, cs_final, us_final, {inherited}) SELECT campaign_id, department, "
                 f"ST_GeomFromWKB(?, ?), ?, ?, ?, ?, ?, ?, ?, ?, {inherited} FROM {{items}} WHERE id = ? "
                 "RETURNING id",
            (wkb, self._campaign.epsg, float(geom.area), source_id, original, lc.DECIDED, user, iso_time(now),
             cs, us, original)).fetchone()[0]

    def _append(self, cur, values: tuple) -> int:
        return self._q(cur, f"INSERT INTO {{journal}} (campaign_id, department, {JOURNAL_COLUMNS}) VALUES "
                            f"({', '.join('?' * (len(values) + 2))}) RETURNING seq",
                       (self.campaign_id, self._campaign.department, *values)).fetchone()[0]

    def _in_box(self, bbox) -> Tuple[str, tuple]:
        return "geom && ST_MakeEnvelope(?, ?, ?, ?, ?)", (*bbox, self._campaign.epsg)

    def _touching_boxes(self, cur, item_id: int, geom) -> List[tuple]:
        # The GiST index finds the candidates whose boxes touch; GEOS then decides on a common edge.
        return self._q(cur, "SELECT o.id, ST_AsBinary(o.geom) FROM {items} i JOIN {items} o ON o.geom && i.geom "
                            "AND o.campaign_id = i.campaign_id WHERE i.id = ? AND o.id <> i.id AND o.state <> ?",
                       (item_id, lc.SUPERSEDED)).fetchall()

    def counts(self) -> Dict[str, Dict[str, Dict[str, float]]]:
        return self._figures(self._tx(lambda cur: self._q(
            cur, "SELECT part, state, SUM(n)::bigint, SUM(area_m2) FROM {counts} WHERE {campaign} "
                 "GROUP BY part, state HAVING SUM(n) > 0").fetchall()))

    def schema_version(self) -> int:
        return self._tx(lambda cur: self._q(cur, "SELECT MAX(version) FROM {migrations}").fetchone()[0])

    # --- statistics -------------------------------------------------------------------
    def review_table(self, columns: Optional[Sequence[str]] = None, coded: bool = False) -> Dict[str, np.ndarray]:
        from .base import REVIEW_TABLE
        from .columns import table_columns
        names = table_columns(columns, REVIEW_TABLE, tr("la table de revue"))
        return self._table("items", "id", names, REVIEW_TABLE,
                           {"decided_day": "(left(decided_at, 10)::date - DATE '1970-01-01')"}, coded)

    def journal_table(self, columns: Optional[Sequence[str]] = None, coded: bool = False) -> Dict[str, np.ndarray]:
        from .base import JOURNAL_TABLE
        from .columns import table_columns
        names = table_columns(columns, JOURNAL_TABLE, tr("la table du journal"))
        return self._table("journal", "seq", names, JOURNAL_TABLE, {
            "user": "user_name", "geometry_changed": "(geom_before IS NOT NULL OR geom_after IS NOT NULL)::int",
            "recorded_day": "(left(recorded_at, 10)::date - DATE '1970-01-01')"}, coded)

    def reader(self) -> "PgStore":
        con = pgconn.connect(self.spec, password=self._password, autocommit=True)
        try:
            return PgStore(self.spec, con, self.schema, self.campaign_id, self._clock, self._password)
        except BaseException:
            con.close()
            raise

    def _table(self, table: str, key: str, names: Sequence[str], kinds: Dict[str, str],
               expressions: Dict[str, str], coded: bool) -> Dict[str, np.ndarray]:
        if not names:
            return {}
        if coded:
            return self._coded_table(table, key, names, kinds, expressions)
        return self._joined_table(table, key, names, kinds, expressions)

    def _joined_table(self, table: str, key: str, names: Sequence[str], kinds: Dict[str, str],
                      expressions: Dict[str, str]) -> Dict[str, np.ndarray]:
        """Columns of this campaign's rows in one query, by ``key``, each as one string (columns.decode_column)."""
        from .columns import CLOSED_TEXTS, decode_column
        inner, outer = [], []
        for k, name in enumerate(names):
            alias = sql.Identifier(f"c{k}")
            value = sql.SQL(expressions[name]) if name in expressions else sql.Identifier(name)
            inner.append(sql.SQL("{} AS {}").format(value, alias))
            if kinds[name] == "text":
                value = alias if name in CLOSED_TEXTS else sql.SQL(
                    "replace(replace({a}, chr(31), ' '), chr(30), ' ')").format(a=alias)
                outer.append(sql.SQL("string_agg(coalesce({v}, chr(30)), chr(31))").format(v=value))
            else:
                missing = sql.Literal("-1" if kinds[name] == "int" else "NaN")
                outer.append(sql.SQL("string_agg(coalesce({a}::text, {m}), ',')").format(a=alias, m=missing))
        # The ordered subquery feeds every aggregate the rows in one order: one sort, not one per column.
        query = sql.SQL("SELECT {outer} FROM (SELECT {inner} FROM {s}.{t} WHERE campaign_id = %s "
                        "ORDER BY {k}) r").format(
            outer=sql.SQL(", ").join(outer), inner=sql.SQL(", ").join(inner), s=sql.Identifier(self.schema), t=sql.Identifier(table),
            k=sql.Identifier(key))
        row = self._tx(lambda cur: cur.execute(query, (self.campaign_id,)).fetchone())
        return {name: decode_column(kinds[name], text) for name, text in zip(names, row)}

    def _coded_table(self, table: str, key: str, names: Sequence[str], kinds: Dict[str, str],
                     expressions: Dict[str, str]) -> Dict[str, np.ndarray]:
        """The texts' distinct values (one hashed DISTINCT), then each column as one bytea of
        8-byte binary values (int8send / float8send: no text to format or parse) — the key, the
        packed words (base.Coded), the numbers — in one repeatable-read transaction. The rows
        are not sorted on the server: every aggregate of the query sees them in the same order,
        and the key puts them in order here."""
        from .columns import SPARSE, code_sql, packed_words, scatter, sorted_labels, unpack, word_sql
        value = lambda name: sql.SQL(expressions[name]) if name in expressions else sql.Identifier(name)  # noqa: E731
        # No parameters in these queries: the labels are literals in their text, where a "%" must stay one.
        source = sql.SQL("FROM {s}.{t} WHERE campaign_id = {c}").format(
            s=sql.Identifier(self.schema), t=sql.Identifier(table), c=sql.Literal(self.campaign_id))
        texts = [n for n in names if kinds[n] == "text"]
        sparse = [n for n in names if n in SPARSE]
        plain = [n for n in names if kinds[n] != "text" and n not in sparse and n != key]
        con = self._connection()
        try:
            with con.transaction(), con.cursor() as cur:
                cur.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                # Compiling these scans costs more than it saves.
                cur.execute("SET LOCAL jit = off")
                labels = {}
                if texts:
                    rows = cur.execute(sql.SQL("SELECT DISTINCT {v} {f}").format(
                        v=sql.SQL(", ").join(value(n) for n in texts), f=source)).fetchall()
                    labels = {n: sorted_labels(r[k] for r in rows) for k, n in enumerate(texts)}
                layout = packed_words(labels)
                literal = lambda text: sql.Literal(text).as_string(con)  # noqa: E731
                fields = [sql.SQL("int8send({}::int8)").format(sql.Identifier(key))]
                fields += [sql.SQL("int8send({})").format(sql.SQL(word_sql(w, lambda n: code_sql(
                    value(n).as_string(con), labels[n], literal, ' COLLATE "C"')))) for w in layout]
                fields += [sql.SQL("int8send(coalesce(({v})::int8, -1))" if kinds[n] == "int" else
                                   "float8send(coalesce(({v})::float8, 'NaN'))").format(v=value(n)) for n in plain]
                row = cur.execute(sql.SQL("SELECT {a} {f}").format(
                    a=sql.SQL(", ").join(sql.SQL("string_agg({}, '')").format(f) for f in fields), f=source),
                    binary=True).fetchone()
                present = {n: cur.execute(sql.SQL("SELECT string_agg(int8send({k}::int8), ''), "
                                                  "string_agg(int8send({v}::int8), '') {f} AND {v} IS NOT NULL").format(
                    k=sql.Identifier(key), v=value(n), f=source), binary=True).fetchone()
                    for n in sparse}
        except psycopg.Error as exc:
            raise _failure(self.spec, con, exc) from None
        types = ["i8"] * (1 + len(layout)) + ["i8" if kinds[n] == "int" else "f8" for n in plain]
        columns = [_values(data, t) for data, t in zip(row, types)]
        order = np.argsort(columns[0], kind="stable")
        columns = [c[order] for c in columns]
        out = unpack(columns[1:1 + len(layout)], layout, labels)
        out.update(zip(plain, columns[1 + len(layout):]))
        out[key] = columns[0]
        out.update((n, scatter(out[key], _values(k, "i8"), _values(v, "i8"))) for n, (k, v) in present.items())
        return {name: out[name] for name in names}


def _values(data: Optional[bytes], dtype: str) -> np.ndarray:
    """The values of string_agg(int8send(…)) ("i8") or string_agg(float8send(…)) ("f8"), None for no rows."""
    return np.frombuffer(data or b"", dtype=">" + dtype).astype(dtype)


def _check_schema(schema: str) -> None:
    # A "%" would be taken for a parameter by the driver in the statements that name the schema.
    if not (schema or "").strip() or "%" in schema or "\x00" in schema:
        raise InputError(tr("Nom de schéma PostgreSQL invalide : « {schema} ».", schema=schema))

def _pick_campaign(cur, schema: str, wanted: Optional[str], spec: str) -> int:
    s = sql.Identifier(schema)
    cur.execute(sql.SQL("SELECT id, name, uid FROM {}.campaigns ORDER BY id").format(s))
    rows = cur.fetchall()
    where = tr("le schéma « {schema} » de {database}", schema=schema, database=pgconn.describe(spec))
    if wanted is not None:
        found = [r for r in rows if wanted in (r[1], r[2])]
        if found:
            return found[0][0]
        raise InputError(tr("Pas de campagne « {wanted} » dans {where} ; campagnes : {names}.",
                            wanted=wanted, where=where, names=_names(rows)) if rows else
                         tr("Pas de campagne « {wanted} » dans {where}.", wanted=wanted, where=where))
    if len(rows) == 1:
        return rows[0][0]
    if not rows:
        raise InputError(tr("Aucune campagne dans {where}.", where=where))
    raise InputError(tr("Plusieurs campagnes dans {where} : choisissez-en une ({names}).",
                        where=where, names=_names(rows)))


def _names(rows) -> str:
    return ", ".join(f"« {name} »" for _, name, _ in rows)


def _copy_column(values, n: int) -> List[str]:
    """A column in COPY's text format: NULL as \\N, tabs, newlines and backslashes escaped."""
    arr = np.asarray(values) if values is not None else np.full(n, None, dtype=object)
    if arr.dtype.kind == "f":
        wide = arr.astype("float64")
        text = wide.astype(str).astype(object)
        text[np.isnan(wide)] = r"\N"
        return text.tolist()
    if arr.dtype.kind in "iub":
        return arr.astype("int64").astype(str).tolist()
    # Few distinct values (codes, parts): escape each once.
    table = {}
    for v in set(arr.tolist()) if arr.dtype.kind == "O" else set(arr.astype(str).tolist()):
        table[v] = r"\N" if v is None else (str(v).replace("\\", "\\\\").replace("\t", "\\t")
                                            .replace("\n", "\\n").replace("\r", "\\r"))
    return [table[v] for v in arr.tolist()]


def _insert_campaign(cur, s: sql.Identifier, schema: str, campaign: Campaign, columns, wkb) -> None:
    cur.execute(sql.SQL("SELECT 1 FROM {}.campaigns WHERE name = %s").format(s), (campaign.name,))
    if cur.fetchone():
        raise InputError(tr("La campagne « {name} » existe déjà dans le schéma « {schema} » : "
                            "choisissez un autre nom.", name=campaign.name, schema=schema))
    values = dict(campaign.__dict__)
    if values.pop("origin", None):
        raise InputError(tr("Un lot emporté (checkout) se rentre avec `checkin`, il ne devient pas une campagne."))
    # The class table and the delivery ride in the policy's JSON (no column for them: no migration).
    extra = {key: values.pop(field) for field, key in IN_POLICY.items()}
    values.update(policy=Jsonb(dict(values["policy"] or {}, **{k: v for k, v in extra.items() if v})),
                  territory=Jsonb(values["territory"]) if values["territory"] is not None else None)
    names = list(values)
    cur.execute(sql.SQL("INSERT INTO {}.campaigns ({}) VALUES ({}) RETURNING id").format(
        s, sql.SQL(", ").join(map(sql.Identifier, names)), sql.SQL(", ").join(sql.Placeholder() * len(names))),
        [values[k] for k in names])
    campaign_id = cur.fetchone()[0]
    n = len(wkb)
    part = np.asarray(columns["part"], dtype=object)
    text = [[str(campaign_id)] * n, _copy_column(np.full(n, campaign.department, dtype=object), n)]
    text += [_copy_column(columns[c], n) for c in ITEM_COLUMNS]
    text.append(np.where(part == "auto", lc.ACCEPTED, lc.PENDING).tolist())
    prefix = f"SRID={int(campaign.epsg)};"
    text.append([prefix + bytes(b).hex() for b in wkb])
    target = sql.SQL(", ").join(map(sql.Identifier, ("campaign_id", "department", *ITEM_COLUMNS, "state", "geom")))
    with cur.copy(sql.SQL("COPY {}.items ({}) FROM STDIN").format(s, target)) as copy:
        lines = map("\t".join, zip(*text))
        while True:
            chunk = [line for _, line in zip(range(20_000), lines)]
            if not chunk:
                break
            copy.write("\n".join(chunk) + "\n")
