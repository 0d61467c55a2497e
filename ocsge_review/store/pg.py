"""The team review store: campaigns, items, locks and journal in a PostgreSQL/PostGIS schema."""
from __future__ import annotations

import uuid
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import numpy as np
import psycopg
import shapely
from psycopg import errors as pg_errors
from psycopg import sql
from psycopg.types.json import Jsonb

from .. import lifecycle as lc
from .. import pgconn
from ..errors import InputError, OcsgeError
from ..redaction import redact
from . import DEFAULT_SCHEMA, edits
from .base import (Campaign, Clock, Decision, Edit, Item, JournalRecord, LockLost, Part, ReviewStore,
                   refuse_newer_schema, system_clock)
from .rules import (INHERITED, ITEM_COLUMNS, check_claim, check_columns, check_reason,
                    check_send_back_reason, check_user, creation_columns, decision_action, decision_values,
                    iso_time, merge_values, reshape, split_pieces)


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


def _lost(spec: str) -> OcsgeError:
    return OcsgeError(f"Connexion à PostgreSQL perdue ({pgconn.describe(spec)}) : rien n'a été enregistré. "
                      "Réessayez quand la base est de nouveau joignable.")


def _failure(spec: str, con, exc: Exception) -> OcsgeError:
    """The French error for a failed statement; a dropped connection says that nothing was recorded."""
    if con is None or con.closed or con.broken or isinstance(exc, (pg_errors.AdminShutdown,
                                                                    pg_errors.ConnectionFailure)):
        return _lost(spec)
    diag = getattr(exc, "diag", None)
    text = redact((diag.message_primary if diag is not None else None) or str(exc).strip()
                  or type(exc).__name__)
    if isinstance(exc, pg_errors.InsufficientPrivilege):
        return OcsgeError(f"PostgreSQL refuse l'opération : {text}. Rien n'a été enregistré.")
    return OcsgeError(f"Erreur PostgreSQL : {text}. Rien n'a été enregistré.")


# A transaction that PostgreSQL aborts for a deadlock or a serialization
# conflict is replayed from the start: it wrote nothing.
_RETRIES = 5
_ITEM = ("id, source_id, part, state, area_m2, ST_AsBinary(geom), code_cs, code_us, cs_top1, cs_p1, cs_top2, "
         "cs_p2, cs_top3, cs_p3, us_top1, us_p1, us_top2, us_p2, us_top3, us_p3, rejection, lock_expires, "
         "parent_id, merged_into")
_JOURNAL_COLUMNS = ("item_id, user_name, action, cs_before, us_before, cs_after, us_after, flag, reason, comment, "
                    "active_seconds, started_at, recorded_at, model_version, undoes, geom_before, geom_after, "
                    "changed_area_m2, related")


class PgStore(ReviewStore):
    """One campaign of a review store in a PostgreSQL/PostGIS schema, shared by a team."""

    def __init__(self, spec: str, con, schema: str, campaign_id: int, clock: Clock,
                 password: Optional[str] = None):
        self.spec = spec
        self.schema = schema
        self.campaign_id = campaign_id
        self._con = con
        self._password = password
        self._clock = clock
        self._s = sql.Identifier(schema)
        self._queries: Dict[str, bytes] = {}
        # The PostgreSQL login: what row-level security and the triggers know the person as.
        self.login = con.info.user
        self._campaign = self._tx(self._read_campaign)

    # --- creation and opening -------------------------------------------------
    @classmethod
    def create(cls, spec: str, campaign: Campaign, columns: Dict[str, np.ndarray], wkb: np.ndarray,
               clock: Optional[Clock] = None, schema: str = DEFAULT_SCHEMA,
               password: Optional[str] = None) -> "PgStore":
        """Add a campaign and its items to the store in ``schema`` (made if missing), in one transaction."""
        clock = clock or system_clock
        check_columns(columns)
        con = pgconn.connect(spec, password=password, autocommit=True)
        try:
            with con.cursor() as cur:
                cur.execute("SELECT to_regnamespace(%s) IS NOT NULL, to_regtype('geometry') IS NOT NULL",
                            (sql.Identifier(schema).as_string(con),))
                has_schema, has_postgis = cur.fetchone()
                if not has_postgis:
                    raise InputError(f"PostGIS n'est pas installé dans {pgconn.describe(spec)} : demandez à "
                                     "l'administrateur « CREATE EXTENSION postgis ».")
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
        """The store's campaign named ``campaign`` (name or uid), or its only campaign."""
        clock = clock or system_clock
        con = pgconn.connect(spec, password=password, autocommit=True)
        try:
            with con.cursor() as cur:
                if not (_exists(cur, schema, "campaigns") and _exists(cur, schema, "migrations")):
                    raise InputError(f"Le schéma « {schema} » de {pgconn.describe(spec)} n'est pas un magasin "
                                     "de revue OCS GE Review.")
            migrate(con, schema, iso_time(clock()))
            with con.cursor() as cur:
                campaign_id = _pick_campaign(cur, schema, campaign, spec)
            return cls(spec, con, schema, campaign_id, clock, password)
        except psycopg.Error as exc:
            con.close()
            raise _failure(spec, con, exc) from None
        except BaseException:
            con.close()
            raise

    def close(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None

    def campaign(self) -> Campaign:
        return self._campaign

    def _read_campaign(self, cur) -> Campaign:
        row = self._x(cur, "SELECT name, department, department_name, epsg, model_version, source, policy, "
                           "created_at, lock_seconds, territory, uid FROM {s}.campaigns WHERE id = %s",
                      (self.campaign_id,)).fetchone()
        return Campaign(*row)

    # --- transactions -----------------------------------------------------------
    def _connection(self):
        if self._con is None:
            raise OcsgeError("Ce magasin de revue est fermé.")
        if self._con.closed or self._con.broken:
            # The last call lost the connection (and said so); this one starts afresh.
            self._con.close()
            self._con = pgconn.connect(self.spec, password=self._password, autocommit=True)
        return self._con

    def _tx(self, work):
        """Run ``work(cursor)`` in one transaction: all of it is recorded, or nothing."""
        for attempt in range(_RETRIES):
            con = self._connection()
            try:
                with con.transaction(), con.cursor() as cur:
                    return work(cur)
            except (pg_errors.DeadlockDetected, pg_errors.SerializationFailure) as exc:
                if attempt == _RETRIES - 1:
                    raise _failure(self.spec, con, exc) from None
            except psycopg.Error as exc:
                raise _failure(self.spec, con, exc) from None

    def _x(self, cur, query: str, args=()):
        """Execute ``query``, whose ``{s}`` is this store's schema; values are always parameters."""
        text = self._queries.get(query)
        if text is None:
            text = self._queries[query] = sql.SQL(query).format(s=self._s).as_bytes(cur)
        cur.execute(text, args)
        return cur

    def _row(self, cur, item_id: int, columns: str, lock: bool = True):
        """An item's ``columns``, locked until the transaction ends (a claim skips it meanwhile)."""
        row = self._x(cur, f"SELECT {columns} FROM {{s}}.items WHERE id = %s AND campaign_id = %s"
                           + (" FOR UPDATE" if lock else ""), (item_id, self.campaign_id)).fetchone()
        if row is None:
            raise InputError(f"L'élément {item_id} n'existe pas dans cette campagne.")
        return row

    # --- interpreter ------------------------------------------------------------
    def claim_next(self, user: str) -> Optional[Item]:
        user = check_user(user)
        cid = self.campaign_id

        def work(cur):
            now = self._clock()
            # Rows another claim is taking are skipped, never waited for: two
            # interpreters asking at once get two different items.
            row = self._x(cur, "SELECT id FROM {s}.items WHERE campaign_id = %s AND state = 'claimed' "
                               "AND claimed_by = %s LIMIT 1 FOR UPDATE SKIP LOCKED", (cid, user)).fetchone()
            if row is None:
                row = self._x(cur, "SELECT id FROM {s}.items WHERE campaign_id = %s AND state = 'rejected' "
                                   "AND decided_by = %s ORDER BY rank, id LIMIT 1 FOR UPDATE SKIP LOCKED",
                              (cid, user)).fetchone()
            if row is None:
                pending = self._x(cur, "SELECT id, rank FROM {s}.items WHERE campaign_id = %s AND state = 'pending' "
                                       "AND (skipped_by IS NULL OR skipped_by <> %s) ORDER BY rank, id LIMIT 1 "
                                       "FOR UPDATE SKIP LOCKED", (cid, user)).fetchone()
                expired = self._x(cur, "SELECT id, rank FROM {s}.items WHERE campaign_id = %s AND state = 'claimed' "
                                       "AND lock_expires < %s ORDER BY rank, id LIMIT 1 FOR UPDATE SKIP LOCKED",
                                  (cid, now)).fetchone()
                candidates = [r for r in (pending, expired) if r is not None]
                row = min(candidates, key=lambda r: (r[1] is None, r[1] or 0.0, r[0])) if candidates else None
            if row is None:
                return None
            self._x(cur, "UPDATE {s}.items SET state = %s, claimed_by = %s, lock_expires = %s WHERE id = %s",
                    (lc.CLAIMED, user, now + self._campaign.lock_seconds, row[0]))
            return self._item(cur, row[0])
        return self._tx(work)

    def item(self, item_id: int) -> Item:
        return self._tx(lambda cur: self._item(cur, item_id))

    def _item(self, cur, item_id: int) -> Item:
        row = self._row(cur, item_id, _ITEM, lock=False)
        blind = row[2] == "audit"
        item = Item(id=row[0], source_id=row[1], part=row[2], state=row[3], area_m2=row[4],
                    wkb=bytes(row[5]), blind=blind, rejection=row[20], lock_expires=row[21] or 0.0,
                    parent_id=row[22], merged_into=row[23])
        if not blind:
            item.code_cs, item.code_us = row[6], row[7]
            item.proposals_cs = [(row[i], row[i + 1]) for i in (8, 10, 12) if row[i]]
            item.proposals_us = [(row[i], row[i + 1]) for i in (14, 16, 18) if row[i]]
        return item

    def heartbeat(self, item_id: int, user: str) -> float:
        user = check_user(user)

        def work(cur):
            self._own_claim(cur, item_id, user, None)
            expires = self._clock() + self._campaign.lock_seconds
            self._x(cur, "UPDATE {s}.items SET lock_expires = %s WHERE id = %s", (expires, item_id))
            return expires
        return self._tx(work)

    def release(self, item_id: int, user: str) -> None:
        user = check_user(user)

        def work(cur):
            state, _ = self._own_claim(cur, item_id, user, lc.RELEASE)
            lc.next_state(state, lc.RELEASE, item_id)
            self._x(cur, "UPDATE {s}.items SET state = %s, claimed_by = NULL, lock_expires = NULL, skipped_by = %s "
                         "WHERE id = %s", (lc.PENDING, user, item_id))
        self._tx(work)

    def _own_claim(self, cur, item_id: int, user: str, action: Optional[str], columns: str = ""):
        state, owner, *rest = self._row(cur, item_id, "state, claimed_by" + (", " + columns if columns else ""))
        check_claim(item_id, user, action, state, owner)
        return (state, owner, *rest)

    def decide(self, decision: Decision) -> int:
        user, cs, us, new = decision_values(decision, self._campaign.epsg)

        def work(cur):
            state, _, part, model_cs, model_us, area, *old = self._own_claim(
                cur, decision.item_id, user, decision.action or lc.CONFIRM,
                "part, code_cs, code_us, area_m2" + (", ST_AsBinary(geom)" if new is not None else ""))
            derived = decision_action(decision, cs, us, model_cs, model_us)
            class_changed = (cs, us) != (model_cs, model_us)
            geoms = {}
            if new is None:
                action, changed = derived, (area or 0.0) if class_changed else 0.0
            else:
                edits.refuse_audit(part, decision.item_id)
                before = bytes(old[0])
                action, changed = lc.RESHAPE, reshape(decision.item_id, shapely.from_wkb(before), new, class_changed)
                geoms = dict(geom_before=before, geom_after=edits.wkb(new))
            lc.next_state(state, action, decision.item_id)
            now = self._clock()
            seq = self._journal(cur, decision.item_id, user, action, model_cs, model_us, cs, us,
                                flag=decision.flag, comment=decision.comment,
                                active_seconds=decision.active_seconds, started_at=decision.started_at,
                                now=now, changed_area_m2=changed, **geoms)
            self._mark_decided(cur, decision.item_id, lc.DECIDED, user, now, cs, us, decision.flag)
            if geoms:
                self._set_geometry(cur, decision.item_id, new, geoms["geom_after"])
            return seq
        return self._tx(work)

    def split(self, item_id: int, user: str, parts: Sequence[Part], *, comment: Optional[str] = None,
              active_seconds: float = 0.0, started_at: Optional[float] = None) -> List[int]:
        user = check_user(user)
        pieces = split_pieces(item_id, parts, self._campaign.epsg)
        inherited = ", ".join(f'"{c}"' for c in INHERITED)

        def work(cur):
            state, _, part, model_cs, model_us, blob, source_id = self._own_claim(
                cur, item_id, user, lc.SPLIT, "part, code_cs, code_us, ST_AsBinary(geom), source_id")
            lc.next_state(state, lc.SPLIT, item_id)
            edits.refuse_audit(part, item_id)
            edits.check_cover(item_id, shapely.from_wkb(bytes(blob)), [g for g, _, _ in pieces])
            now = self._clock()
            changed = sum(g.area for g, cs, us in pieces if (cs, us) != (model_cs, model_us))
            self._journal(cur, item_id, user, lc.SPLIT, model_cs, model_us, None, None, comment=comment,
                          active_seconds=active_seconds, started_at=started_at, now=now,
                          geom_before=bytes(blob), changed_area_m2=changed)
            self._mark_decided(cur, item_id, lc.SUPERSEDED, user, now, None, None)
            # Parts of an undone split keep their source ids: number on after them.
            earlier = self._x(cur, "SELECT COUNT(*) FROM {s}.items WHERE parent_id = %s", (item_id,)).fetchone()[0]
            ids = []
            for k, (geom, cs, us) in enumerate(pieces, earlier + 1):
                wkb = edits.wkb(geom)
                new_id = self._x(
                    cur, "INSERT INTO {s}.items (campaign_id, department, geom, area_m2, source_id, parent_id, state, "
                         f"decided_by, decided_at, cs_final, us_final, {inherited}) SELECT campaign_id, department, "
                         f"ST_GeomFromWKB(%s, %s), %s, %s, %s, %s, %s, %s, %s, %s, {inherited} FROM {{s}}.items "
                         "WHERE id = %s RETURNING id",
                    (wkb, self._campaign.epsg, float(geom.area), f"{source_id}/{k}", item_id, lc.DECIDED, user,
                     iso_time(now), cs, us, item_id)).fetchone()[0]
                self._journal(cur, new_id, user, lc.SPLIT, model_cs, model_us, cs, us, now=now,
                              geom_after=wkb, related=item_id)
                ids.append(new_id)
            return ids
        return self._tx(work)

    def merge(self, item_id: int, user: str, others: Sequence[int], code_cs: str, code_us: str, *,
              comment: Optional[str] = None, active_seconds: float = 0.0,
              started_at: Optional[float] = None) -> int:
        user = check_user(user)
        cs, us, others = merge_values(item_id, others, code_cs, code_us)

        def work(cur):
            state, _ = self._own_claim(cur, item_id, user, lc.MERGE)
            lc.next_state(state, lc.MERGE, item_id)
            rows = {}
            for fid in (item_id, *others):
                state_, part, model_cs, model_us, blob = self._row(
                    cur, fid, "state, part, code_cs, code_us, ST_AsBinary(geom)")
                rows[fid] = (state_, part, model_cs, model_us, bytes(blob))
                edits.refuse_audit(part, fid)
                if fid != item_id:
                    lc.next_state(state_, lc.ABSORB, fid)
            geoms = {fid: shapely.from_wkb(row[4]) for fid, row in rows.items()}
            union = edits.merged(item_id, geoms[item_id], {o: geoms[o] for o in others})
            changed = sum(geoms[fid].area for fid, row in rows.items() if (row[2], row[3]) != (cs, us))
            now = self._clock()
            after = edits.wkb(union)
            seq = self._journal(cur, item_id, user, lc.MERGE, *rows[item_id][2:4], cs, us, comment=comment,
                                active_seconds=active_seconds, started_at=started_at, now=now,
                                geom_before=rows[item_id][4], geom_after=after, changed_area_m2=changed)
            self._mark_decided(cur, item_id, lc.DECIDED, user, now, cs, us)
            self._set_geometry(cur, item_id, union, after)
            for o in others:
                self._journal(cur, o, user, lc.MERGE, *rows[o][2:4], cs, us, now=now, geom_before=rows[o][4],
                              related=item_id)
                self._x(cur, "UPDATE {s}.items SET state = %s, merged_into = %s, claimed_by = NULL, "
                             "lock_expires = NULL WHERE id = %s", (lc.SUPERSEDED, item_id, o))
            return seq
        return self._tx(work)

    def neighbours(self, item_id: int) -> List[int]:
        def work(cur):
            geom = shapely.from_wkb(bytes(self._row(cur, item_id, "ST_AsBinary(geom)", lock=False)[0]))
            # The GiST index finds the candidates whose boxes touch; GEOS decides on a common edge.
            return self._x(cur, "SELECT o.id, ST_AsBinary(o.geom) FROM {s}.items i JOIN {s}.items o "
                                "ON o.geom && i.geom AND o.campaign_id = i.campaign_id WHERE i.id = %s "
                                "AND o.id <> i.id AND o.state <> %s", (item_id, lc.SUPERSEDED)).fetchall(), geom
        rows, geom = self._tx(work)
        if not rows:
            return []
        touching = edits.shares_edge(geom, shapely.from_wkb([bytes(blob) for _, blob in rows]))
        return sorted(fid for (fid, _), ok in zip(rows, touching) if ok)

    def undo(self, item_id: int, user: str) -> int:
        user = check_user(user)

        def work(cur):
            state, decider, cs_final, us_final, model_cs, model_us, parent, merged_into, blob = self._row(
                cur, item_id, "state, decided_by, cs_final, us_final, code_cs, code_us, parent_id, merged_into, "
                              "ST_AsBinary(geom)")
            if merged_into is not None:
                raise OcsgeError(f"L'élément {item_id} a été fusionné dans l'élément {merged_into} : annulez la "
                                 f"fusion depuis l'élément {merged_into}.")
            last = self._x(cur, "SELECT seq, action, geom_before, related FROM {s}.journal WHERE item_id = %s "
                                "AND action = ANY(%s) ORDER BY seq DESC LIMIT 1",
                           (item_id, list(lc.DECISIONS + lc.GEOMETRY_EDITS))).fetchone()
            undone, action, geom_before, related = last or (None, None, None, None)
            if related is not None:
                raise OcsgeError(f"L'élément {item_id} est une partie du découpage de l'élément {parent} : "
                                 f"annulez le découpage depuis l'élément {parent}.")
            lc.next_state(state, lc.UNDO, item_id)
            if decider != user:
                raise LockLost(f"L'élément {item_id} a été décidé par {decider} : seul lui peut annuler.")
            # The parts of the split, or the neighbours of the merge, being undone.
            followers = self._x(cur, "SELECT item_id, seq FROM {s}.journal WHERE related = %s AND action = %s "
                                     "AND seq > %s ORDER BY seq", (item_id, action, undone)).fetchall() \
                if action in (lc.SPLIT, lc.MERGE) else []
            if action == lc.SPLIT:
                for part, _ in followers:
                    part_state = self._row(cur, part, "state")[0]
                    if not lc.allowed(part_state, lc.RETIRE):
                        raise OcsgeError(f"Impossible d'annuler le découpage de l'élément {item_id} : l'élément "
                                         f"{part}, qui en est issu, est {lc.state_words(part_state)}.")
            geoms = {}
            if action in (lc.MERGE, lc.RESHAPE):
                geoms = dict(geom_before=bytes(blob), geom_after=bytes(geom_before))
            now = self._clock()
            seq = self._journal(cur, item_id, user, lc.UNDO, cs_final, us_final, model_cs, model_us,
                                undoes=undone, now=now, **geoms)
            self._x(cur, "UPDATE {s}.items SET state = %s, claimed_by = %s, lock_expires = %s, decided_by = NULL, "
                         "decided_at = NULL, cs_final = NULL, us_final = NULL, flag = NULL WHERE id = %s",
                    (lc.CLAIMED, user, now + self._campaign.lock_seconds, item_id))
            if geoms:
                before = geoms["geom_after"]
                self._set_geometry(cur, item_id, shapely.from_wkb(before), before)
            for other, other_undone in followers:
                o_state, o_part, o_cs, o_us, o_model_cs, o_model_us = self._row(
                    cur, other, "state, part, cs_final, us_final, code_cs, code_us")
                if action == lc.SPLIT:
                    back, before, after = lc.next_state(o_state, lc.RETIRE, other), (o_cs, o_us), (None, None)
                else:
                    back, before, after = lc.initial_state(o_part), (cs_final, us_final), (o_model_cs, o_model_us)
                self._journal(cur, other, user, lc.UNDO, *before, *after, undoes=other_undone, related=item_id,
                              now=now)
                self._x(cur, "UPDATE {s}.items SET state = %s, merged_into = NULL WHERE id = %s", (back, other))
            return seq
        return self._tx(work)

    def _mark_decided(self, cur, item_id: int, state: str, user: str, now: float, cs, us, flag=None) -> None:
        self._x(cur, "UPDATE {s}.items SET state = %s, decided_by = %s, decided_at = %s, cs_final = %s, "
                     "us_final = %s, flag = %s, claimed_by = NULL, lock_expires = NULL, rejection = NULL "
                     "WHERE id = %s", (state, user, iso_time(now), cs, us, flag, item_id))

    def _set_geometry(self, cur, item_id: int, geom, wkb: bytes) -> None:
        self._x(cur, "UPDATE {s}.items SET geom = ST_GeomFromWKB(%s, %s), area_m2 = %s WHERE id = %s",
                (wkb, self._campaign.epsg, float(geom.area), item_id))

    # --- validator --------------------------------------------------------------
    def validate(self, item_id: int, validator: str, approve: bool,
                 reason: Optional[str] = None, comment: Optional[str] = None) -> int:
        validator = check_user(validator)
        check_reason(approve, reason)

        def work(cur):
            state, decider, cs, us = self._row(cur, item_id, "state, decided_by, cs_final, us_final")
            action = lc.APPROVE if approve else lc.REJECT
            new_state = lc.next_state(state, action, item_id)
            if decider == validator:
                raise OcsgeError(f"Vous ne pouvez pas valider votre propre décision (élément {item_id}).")
            seq = self._journal(cur, item_id, validator, action, cs, us, cs, us, reason=reason,
                                comment=comment, now=self._clock())
            self._x(cur, "UPDATE {s}.items SET state = %s, validated_by = %s, rejection = %s WHERE id = %s",
                    (new_state, validator, None if approve else reason, item_id))
            return seq
        return self._tx(work)

    # --- sync to production ----------------------------------------------------------
    def validated_edits(self, after_id: int = 0, limit: Optional[int] = None) -> List[Edit]:
        return self._tx(lambda cur: self._validated_edits(cur, after_id, limit))

    def _validated_edits(self, cur, after_id: int, limit: Optional[int]) -> List[Edit]:
        rows = self._x(cur, "SELECT id, source_id, cs_final, us_final, code_cs, code_us, ST_AsBinary(geom), "
                            "parent_id, decided_by, validated_by FROM {s}.items WHERE campaign_id = %s "
                            "AND state = 'validated' AND id > %s ORDER BY id LIMIT %s",
                       (self.campaign_id, after_id, limit)).fetchall()
        out = []
        for fid, source_id, cs, us, model_cs, model_us, blob, parent, decider, validator in rows:
            root = None
            if parent is not None:
                # Every part of the split must be validated before production replaces the original.
                waiting = self._x(cur, "SELECT COUNT(*) FROM {s}.items WHERE parent_id = %s AND state <> ALL(%s)",
                                  (parent, [lc.VALIDATED, lc.SYNCED, lc.SUPERSEDED])).fetchone()[0]
                if waiting:
                    continue
                # A part of a part: production knows only the first original.
                root = self._x(cur, "WITH RECURSIVE up(id, parent_id, source_id) AS ("
                                    "SELECT id, parent_id, source_id FROM {s}.items WHERE id = %s UNION ALL "
                                    "SELECT i.id, i.parent_id, i.source_id FROM {s}.items i JOIN up ON i.id = "
                                    "up.parent_id) SELECT source_id FROM up WHERE parent_id IS NULL",
                               (parent,)).fetchone()[0]
            wkb = bytes(blob)
            first = self._x(cur, "SELECT geom_before FROM {s}.journal WHERE item_id = %s AND action IN (%s, %s) "
                                 "AND related IS NULL AND geom_before IS NOT NULL ORDER BY seq LIMIT 1",
                            (fid, lc.RESHAPE, lc.MERGE)).fetchone()
            approval, approved_at = self._x(
                cur, "SELECT seq, recorded_at FROM {s}.journal WHERE item_id = %s AND action = %s ORDER BY seq DESC "
                     "LIMIT 1", (fid, lc.APPROVE)).fetchone()
            absorbed = [r[0] for r in self._x(cur, "SELECT source_id FROM {s}.items WHERE merged_into = %s "
                                                   "ORDER BY id", (fid,)).fetchall()]
            out.append(Edit(item_id=fid, source_id=source_id, code_cs=cs, code_us=us, model_cs=model_cs,
                            model_us=model_us, wkb=wkb,
                            geometry_changed=parent is not None or (first is not None and bytes(first[0]) != wkb),
                            parent_source_id=root, absorbed=absorbed, decided_by=decider,
                            validated_by=validator, validated_at=approved_at, approval_seq=approval))
        return out

    def mark_synced(self, item_ids: Sequence[int], user: str, comment: Optional[str] = None) -> None:
        user = check_user(user)

        def work(cur):
            now = self._clock()
            for item_id in item_ids:
                state, cs, us = self._row(cur, item_id, "state, cs_final, us_final")
                new_state = lc.next_state(state, lc.SYNC, item_id)
                self._journal(cur, item_id, user, lc.SYNC, cs, us, cs, us, comment=comment, now=now)
                self._x(cur, "UPDATE {s}.items SET state = %s WHERE id = %s", (new_state, item_id))
        self._tx(work)

    def send_back(self, item_id: int, user: str, reason: str) -> int:
        user = check_user(user)
        check_send_back_reason(reason)

        def work(cur):
            state, cs, us = self._row(cur, item_id, "state, cs_final, us_final")
            new_state = lc.next_state(state, lc.SEND_BACK, item_id)
            seq = self._journal(cur, item_id, user, lc.SEND_BACK, cs, us, cs, us, reason=reason, now=self._clock())
            self._x(cur, "UPDATE {s}.items SET state = %s, rejection = %s WHERE id = %s", (new_state, reason, item_id))
            return seq
        return self._tx(work)

    # --- journal and figures -----------------------------------------------------
    def _journal(self, cur, item_id, user, action, cs_before, us_before, cs_after, us_after, *,
                 now: float, flag=None, reason=None, comment=None, active_seconds=0.0, started_at=None,
                 undoes=None, geom_before=None, geom_after=None, changed_area_m2=0.0, related=None) -> int:
        return self._x(
            cur, f"INSERT INTO {{s}}.journal (campaign_id, department, {_JOURNAL_COLUMNS}) VALUES (%s, %s, "
                 + ", ".join(["%s"] * 19) + ") RETURNING seq",
            (self.campaign_id, self._campaign.department, item_id, user, action, cs_before, us_before, cs_after,
             us_after, flag, reason, comment, float(active_seconds or 0.0),
             iso_time(started_at) if started_at else None, iso_time(now), self._campaign.model_version, undoes,
             geom_before, geom_after, float(changed_area_m2), related)).fetchone()[0]

    def journal(self, item_id: Optional[int] = None) -> List[JournalRecord]:
        query = ("SELECT seq, item_id, user_name, action, cs_before, us_before, cs_after, us_after, flag, reason, "
                 "comment, active_seconds, started_at, recorded_at, model_version, undoes, "
                 "geom_before IS NOT NULL OR geom_after IS NOT NULL, changed_area_m2, related FROM {s}.journal "
                 "WHERE campaign_id = %s")
        args: tuple = (self.campaign_id,)
        if item_id is not None:
            query += " AND item_id = %s"
            args += (item_id,)
        rows = self._tx(lambda cur: self._x(cur, query + " ORDER BY seq", args).fetchall())
        return [JournalRecord(*r[:16], geometry_changed=bool(r[16]), changed_area_m2=r[17], related=r[18])
                for r in rows]

    def counts(self) -> Dict[str, Dict[str, Dict[str, float]]]:
        rows = self._tx(lambda cur: self._x(
            cur, "SELECT part, state, SUM(n)::bigint, SUM(area_m2) FROM {s}.counts WHERE campaign_id = %s "
                 "GROUP BY part, state HAVING SUM(n) > 0", (self.campaign_id,)).fetchall())
        out: Dict[str, Dict[str, Dict[str, float]]] = {}
        for part, state, n, area in rows:
            out.setdefault(part, {})[state] = {"count": n, "area_km2": area / 1e6}
        return out

    # --- sync base and offline work ----------------------------------------------------
    def source_ids(self) -> List[str]:
        return self._tx(lambda cur: [r[0] for r in self._x(
            cur, "SELECT source_id FROM {s}.items WHERE campaign_id = %s ORDER BY id", (self.campaign_id,))])

    def reserve(self, user: str, area=None, limit: Optional[int] = None,
                seconds: float = 7 * 86400) -> List[int]:
        """Claim for ``user``, for ``seconds``, the items waiting for them in ``area`` (a
        territory.Area, or everything): pending items and their own rejected ones, by rank."""
        user = check_user(user)

        def work(cur):
            query = ("SELECT id, ST_AsBinary(geom) FROM {s}.items WHERE campaign_id = %s AND (state = 'pending' "
                     "OR (state = 'rejected' AND decided_by = %s))")
            args: list = [self.campaign_id, user]
            if area is not None:
                query += " AND geom && ST_MakeEnvelope(%s, %s, %s, %s, %s)"
                args += [*area.bbox, self._campaign.epsg]
            rows = self._x(cur, query + " ORDER BY rank, id FOR UPDATE SKIP LOCKED", args).fetchall()
            if area is not None and rows:
                inside = area.mask(shapely.from_wkb([bytes(g) for _, g in rows]))
                rows = [r for r, ok in zip(rows, inside) if ok]
            ids = [r[0] for r in rows[:limit]]
            self._x(cur, "UPDATE {s}.items SET state = 'claimed', claimed_by = %s, lock_expires = %s "
                         "WHERE id = ANY(%s)", (user, self._clock() + seconds, ids))
            return ids
        return self._tx(work)

    def give_back(self, item_ids: Sequence[int], user: str) -> int:
        """Return to the queue the items still claimed by ``user`` (a checkout's leftovers),
        without marking them skipped; returns how many."""
        user = check_user(user)
        return self._tx(lambda cur: self._x(
            cur, "UPDATE {s}.items SET state = CASE WHEN decided_by = %s THEN 'rejected' ELSE 'pending' END, "
                 "claimed_by = NULL, lock_expires = NULL WHERE campaign_id = %s AND id = ANY(%s) "
                 "AND state = 'claimed' AND claimed_by = %s", (user, self.campaign_id, list(item_ids), user)).rowcount)

    def export_items(self, item_ids: Sequence[int]) -> Tuple[Dict[str, np.ndarray], np.ndarray]:
        """The creation columns (ITEM_COLUMNS) and polygons (WKB) of these items, in this order."""
        cols = ", ".join(f'"{c}"' for c in ITEM_COLUMNS)

        def work(cur):
            return {r[0]: r[1:] for r in self._x(
                cur, f"SELECT id, {cols}, ST_AsBinary(geom) FROM {{s}}.items WHERE campaign_id = %s "
                     "AND id = ANY(%s)", (self.campaign_id, list(item_ids)))}
        found = self._tx(work)
        missing = [i for i in item_ids if i not in found]
        if missing:
            raise InputError(f"L'élément {missing[0]} n'existe pas dans cette campagne.")
        rows = [found[i] for i in item_ids]
        columns = creation_columns(rows)
        return columns, np.array([bytes(r[-1]) for r in rows], dtype=object)

    def schema_version(self) -> int:
        return self._tx(lambda cur: self._x(cur, "SELECT MAX(version) FROM {s}.migrations").fetchone()[0])

    # --- statistics -------------------------------------------------------------------
    # (base's names imported here: this block is added whole at the end of the class.)
    def review_table(self, columns: Optional[Sequence[str]] = None) -> Dict[str, np.ndarray]:
        from .base import REVIEW_TABLE, table_columns
        names = table_columns(columns, REVIEW_TABLE, "la table de revue")
        return self._table("items", "id", names, REVIEW_TABLE,
                           {"decided_day": "(left(decided_at, 10)::date - DATE '1970-01-01')"})

    def journal_table(self, columns: Optional[Sequence[str]] = None) -> Dict[str, np.ndarray]:
        from .base import JOURNAL_TABLE, table_columns
        names = table_columns(columns, JOURNAL_TABLE, "la table du journal")
        return self._table("journal", "seq", names, JOURNAL_TABLE, {
            "user": "user_name", "geometry_changed": "(geom_before IS NOT NULL OR geom_after IS NOT NULL)::int",
            "recorded_day": "(left(recorded_at, 10)::date - DATE '1970-01-01')"})

    def _table(self, table: str, key: str, names: Sequence[str], kinds: Dict[str, str],
               expressions: Dict[str, str]) -> Dict[str, np.ndarray]:
        """Columns of this campaign's rows in one query, by ``key``, each as one string (base.decode_column)."""
        from .base import CLOSED_TEXTS, decode_column
        if not names:
            return {}
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
            outer=sql.SQL(", ").join(outer), inner=sql.SQL(", ").join(inner), s=self._s, t=sql.Identifier(table),
            k=sql.Identifier(key))
        row = self._tx(lambda cur: cur.execute(query, (self.campaign_id,)).fetchone())
        return {name: decode_column(kinds[name], text) for name, text in zip(names, row)}


def _pick_campaign(cur, schema: str, wanted: Optional[str], spec: str) -> int:
    s = sql.Identifier(schema)
    cur.execute(sql.SQL("SELECT id, name, uid FROM {}.campaigns ORDER BY id").format(s))
    rows = cur.fetchall()
    where = f"le schéma « {schema} » de {pgconn.describe(spec)}"
    if wanted is not None:
        found = [r for r in rows if wanted in (r[1], r[2])]
        if found:
            return found[0][0]
        raise InputError(f"Pas de campagne « {wanted} » dans {where}"
                         + (f" ; campagnes : {_names(rows)}." if rows else "."))
    if len(rows) == 1:
        return rows[0][0]
    if not rows:
        raise InputError(f"Aucune campagne dans {where}.")
    raise InputError(f"Plusieurs campagnes dans {where} : choisissez-en une ({_names(rows)}).")


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
        raise InputError(f"La campagne « {campaign.name} » existe déjà dans le schéma « {schema} » : "
                         "choisissez un autre nom.")
    values = dict(campaign.__dict__)
    if values.pop("origin", None):
        raise InputError("Un lot emporté (checkout) se rentre avec `checkin`, il ne devient pas une campagne.")
    values.update(policy=Jsonb(values["policy"] or {}),
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
