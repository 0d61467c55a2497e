"""Sync of validated review edits to the production OCS GE table (PostGIS): optimistic, idempotent, audited.

How it works
------------
- **Base versions.** When a campaign is created (``capture_base``), the
  production row of every item is copied into ``<schema>.base``: its version
  (``md5`` of the whole row as text), its attributes (JSON) and its geometry.
- **Batches.** ``sync`` reads the store's validated edits by pages; each page
  is *one* production transaction: COPY into temporary tables, lock the rows
  involved, compare their versions with the base in SQL, record the conflicts,
  then UPDATE … FROM, INSERT (split parts), DELETE (split originals, merged
  neighbours), write the audit rows and the decision keys. Only after the
  commit are the items marked synced in the store.
- **Idempotency.** Every decision has a key ``f"{campaign.uid}:{item_id}:{approval_seq}"``
  written to ``<schema>.applied`` in the transaction that applies it: a key
  found there is never applied again, only marked synced in the store (the
  case of a process killed between the production commit and the store).
- **Conflicts.** A row that changed (or vanished) since its base version is
  never overwritten: the edit is recorded in ``<schema>.conflicts`` with base,
  mine and theirs, and waits for ``resolve_conflict``. An edit that changes
  nothing relative to the base (a confirmation) applies nothing and never
  conflicts.

Production-side schema (``ocsge_sync`` by default, numbered migrations in
``<schema>.migrations``):

- ``campaigns(campaign_uid PK, name, department, target, registered_at)``
- ``base(campaign_uid, source_id, version, attributes jsonb, geom, captured_at)``,
  PK (campaign_uid, source_id); ``version`` NULL: no such row at capture.
- ``applied(decision_key PK, campaign_uid, item_id, approval_seq, changes,
  resolution, applied_by, db_user, applied_at)``
- ``audit(id, decision_key, campaign_uid, item_id, operation (update / insert /
  delete), target, row_id, decided_by, validated_by, validated_at, applied_by,
  db_user, applied_at, before jsonb, before_geom, after jsonb, after_geom)``
- ``conflicts(decision_key PK, campaign_uid, item_id, approval_seq, source_id,
  reason (changed / deleted / no_base), changed_rows, base_attributes,
  base_geom, mine_attributes, mine_geom, theirs_attributes, theirs_geom,
  detected_at, status (open / mine / theirs / review), resolved_by,
  resolved_at, note)``
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from typing import Dict, List, Optional, Sequence, Tuple

from ..store import lifecycle as lc
from .. import numbers as num
from .. import pgconn
from ..errors import InputError, OcsgeError
from ..feedback import Feedback
from ..messages import N_, tr
from ..store.base import Campaign, Edit, ReviewStore
from ..store import migrations as schema_migrations
from ..store.pg_access import DEFAULT_DEPARTMENT_COLUMN, DEFAULT_SYNC_SCHEMA

log = logging.getLogger(__name__)

DEFAULT_SCHEMA = DEFAULT_SYNC_SCHEMA
DEFAULT_TABLE = "occupation_sol"
DEFAULT_BATCH = 2000

# Resolutions of a conflict
KEEP_MINE, TAKE_THEIRS, SEND_BACK = "mine", "theirs", "review"
RESOLUTIONS = (KEEP_MINE, TAKE_THEIRS, SEND_BACK)

_REASON_FR = {"changed": N_("modifiée en production depuis l'entrée dans la campagne"),
              "deleted": N_("supprimée en production depuis l'entrée dans la campagne"),
              "no_base": N_("absente de la version de base de la campagne")}


class SyncError(OcsgeError):
    """The production database refused or lost the sync; nothing of the batch was written."""


@dataclass
class ProductionTable:
    """Where the production OCS GE lives; every name is quoted as an identifier."""
    table: str = DEFAULT_TABLE          # "table" or "schema.table"
    id_column: str = "id"
    cs_column: str = "code_cs"
    us_column: str = "code_us"
    geometry_column: Optional[str] = None   # None: the table's only geometry column
    origin_column: str = "id_origine"       # a split part's lineage: the original's id
    schema: str = DEFAULT_SCHEMA            # the sync's own tables
    department_column: str = DEFAULT_DEPARTMENT_COLUMN   # each row's département: access policies (admin init)

    def qualified(self) -> Tuple[str, str]:
        return pgconn.qualified(self.table)


@dataclass
class Version:
    """One side of a conflict: the row's attributes (production columns, geometry apart) and
    its geometry as WKB in the production CRS; None when the row does not exist."""
    attributes: Dict[str, object]
    wkb: Optional[bytes]


@dataclass
class Conflict:
    """An edit not applied because its production row changed since the campaign took it.

    ``base`` is the row when the item entered the campaign, ``mine`` what the
    review decided, ``theirs`` the production row now (None: deleted). For a
    split part the row is the original; for a merge, ``changed_rows`` names
    every row involved (survivor, merged neighbours) that changed."""
    decision_key: str
    item_id: int
    approval_seq: int
    source_id: str
    reason: str                     # changed, deleted, no_base
    changed_rows: List[str]
    base: Optional[Version]
    mine: Version
    theirs: Optional[Version]
    detected_at: datetime
    status: str = "open"
    theirs_version: Optional[str] = None    # the production row's version when listed (None: deleted)
    # What keeping mine writes: the review's polygon when the review changed it, else production's stays
    # (None: the item no longer waits for this resolution).
    geometry_changed: Optional[bool] = None

    def describe(self) -> str:
        reason = tr(_REASON_FR[self.reason]) if self.reason in _REASON_FR else self.reason
        return tr("Élément {item_id} : la ligne {source_id} est {reason}.",
                  item_id=self.item_id, source_id=self.source_id, reason=reason)


@dataclass
class SyncReport:
    """Item ids by outcome, over all batches of one run."""
    applied: List[int] = field(default_factory=list)           # changed production now
    unchanged: List[int] = field(default_factory=list)         # validated as it was: nothing to write
    already_applied: List[int] = field(default_factory=list)   # found in production, only marked synced
    conflicts: List[int] = field(default_factory=list)         # new conflicts, recorded
    waiting: List[int] = field(default_factory=list)           # open conflicts, not yet resolved
    settled: List[int] = field(default_factory=list)           # resolved earlier, finished in the store now
    batches: int = 0

    def to_dict(self) -> dict:
        return {k: v for k, v in self.__dict__.items()}

    def summary(self) -> str:
        lines = [tr("Synchronisation : {applied} appliqué(s), {unchanged} sans changement, "
                    "{already} déjà appliqué(s), {conflicts} nouveau(x) conflit(s), "
                    "{waiting} conflit(s) en attente de résolution ({batches} lot(s)).",
                    applied=num.count(len(self.applied)), unchanged=num.count(len(self.unchanged)),
                    already=num.count(len(self.already_applied)), conflicts=num.count(len(self.conflicts)),
                    waiting=num.count(len(self.waiting)), batches=self.batches)]
        if self.settled:
            lines.append(tr("Conflits résolus achevés dans le magasin : {count}.",
                            count=num.count(len(self.settled))))
        for label, ids in ((tr("Appliqués"), self.applied), (tr("Déjà appliqués"), self.already_applied),
                           (tr("En conflit"), self.conflicts + self.waiting)):
            if ids:
                shown = ", ".join(str(i) for i in ids[:20]) + (" …" if len(ids) > 20 else "")
                lines.append(tr("  {label} : {ids}", label=label, ids=shown))
        return "\n".join(lines)


def decision_key(campaign: Campaign, edit: Edit) -> str:
    return f"{campaign.uid}:{edit.item_id}:{edit.approval_seq}"


# --- the production database ------------------------------------------------------------
def _migrations(s):
    from psycopg import sql
    return (
        (1, "campaigns, base versions, applied decisions, audit, conflicts", [
            sql.SQL("CREATE TABLE {}.campaigns (campaign_uid text PRIMARY KEY, name text, department text, "
                    "target text NOT NULL, registered_at timestamptz NOT NULL DEFAULT now())").format(s),
            sql.SQL("CREATE TABLE {}.base (campaign_uid text NOT NULL, source_id text NOT NULL, version text, "
                    "attributes jsonb, geom geometry, captured_at timestamptz NOT NULL DEFAULT now(), "
                    "PRIMARY KEY (campaign_uid, source_id))").format(s),
            sql.SQL("CREATE TABLE {}.applied (decision_key text PRIMARY KEY, campaign_uid text NOT NULL, "
                    "item_id bigint NOT NULL, approval_seq bigint NOT NULL, changes integer NOT NULL, "
                    "resolution text, applied_by text NOT NULL, db_user text NOT NULL DEFAULT current_user, "
                    "applied_at timestamptz NOT NULL DEFAULT now())").format(s),
            sql.SQL("CREATE TABLE {}.audit (id bigserial PRIMARY KEY, decision_key text NOT NULL, "
                    "campaign_uid text NOT NULL, item_id bigint NOT NULL, "
                    "operation text NOT NULL CHECK (operation IN ('update', 'insert', 'delete')), "
                    "target text NOT NULL, row_id text NOT NULL, decided_by text, validated_by text, "
                    "validated_at text, applied_by text NOT NULL, db_user text NOT NULL DEFAULT current_user, "
                    "applied_at timestamptz NOT NULL DEFAULT now(), before jsonb, before_geom geometry, "
                    "after jsonb, after_geom geometry)").format(s),
            sql.SQL("CREATE INDEX ON {}.audit (decision_key)").format(s),
            sql.SQL("CREATE INDEX ON {}.audit (campaign_uid, row_id) WHERE operation = 'delete'").format(s),
            sql.SQL("CREATE TABLE {}.conflicts (decision_key text PRIMARY KEY, campaign_uid text NOT NULL, "
                    "item_id bigint NOT NULL, approval_seq bigint NOT NULL, source_id text NOT NULL, "
                    "reason text NOT NULL, changed_rows text[] NOT NULL, base_attributes jsonb, base_geom geometry, "
                    "mine_attributes jsonb, mine_geom geometry, theirs_attributes jsonb, theirs_geom geometry, "
                    "detected_at timestamptz NOT NULL DEFAULT now(), status text NOT NULL DEFAULT 'open' "
                    "CHECK (status IN ('open', 'mine', 'theirs', 'review')), resolved_by text, "
                    "resolved_at timestamptz, note text)").format(s),
            sql.SQL("CREATE INDEX ON {}.conflicts (campaign_uid, status)").format(s),
        ]),
    )


def migrate_schema(con, schema: str) -> None:
    """Create or update the sync's own schema ``schema`` in the caller's transaction (owner,
    superuser or a login with the right to create in it: ``admin init`` runs it too)."""
    from psycopg import sql
    steps = _migrations(sql.Identifier(schema))
    with con.cursor() as cur:
        schema_migrations.apply(cur, schema, steps, "ocsge_sync migrations",
                                lambda done: _refuse_newer(done, schema, steps), create_schema=True)


def _refuse_newer(done: set, schema: str, steps) -> None:
    if done and max(done) > steps[-1][0]:
        raise InputError(tr("Le schéma de synchronisation « {schema} » a été écrit par une version plus "
                            "récente d'OCS GE Review : mettez l'extension à jour.",
                            schema=schema))


class Production:
    """An open connection to the production database and the description of its OCS GE table.

    Use as a context manager: ``with Production.open(spec, ProductionTable(...)) as prod: …``.
    The sync's own schema is created and migrated on open."""

    def __init__(self, con, table: ProductionTable, spec: str):
        self.con = con
        self.table = table
        self.spec = spec
        self._describe()

    @classmethod
    def open(cls, spec: str, table: Optional[ProductionTable] = None, password: Optional[str] = None,
             migrate: bool = True) -> "Production":
        con = pgconn.connect(spec, password=password, what="--production")
        try:
            with con.cursor() as cur:
                # Row versions are md5 of the row as text: the text must not depend on the session.
                cur.execute("SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'; SET IntervalStyle = 'postgres'; "
                            "SET extra_float_digits = 1; SET bytea_output = 'hex'")
                # A killed client's backend notices it while waiting for a lock and rolls back.
                cur.execute("SELECT set_config('client_connection_check_interval', '1000', false) "
                            "WHERE current_setting('server_version_num')::int >= 140000")
            con.commit()
            prod = cls(con, table or ProductionTable(), spec)
            if migrate:
                prod.migrate()
            return prod
        except BaseException:
            con.close()
            raise

    def close(self) -> None:
        if not self.con.closed:
            self.con.close()

    def __enter__(self) -> "Production":
        return self

    def __exit__(self, *_) -> None:
        self.close()

    # --- names ----------------------------------------------------------------------------
    def _describe(self) -> None:
        from psycopg import sql
        t = self.table
        schema, name = t.qualified()
        self.target = f"{schema}.{name}"
        with self.con.cursor() as cur:
            cur.execute("SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                        "WHERE n.nspname = %s AND c.relname = %s AND c.relkind IN ('r', 'p')", (schema, name))
            row = cur.fetchone()
            if row is None:
                self.con.rollback()
                raise InputError(tr("Table de production introuvable : « {target} » "
                                    "({spec}).",
                                    target=self.target, spec=pgconn.describe(self.spec)))
            oid = row[0]
            cur.execute("SELECT a.attname, format_type(a.atttypid, a.atttypmod), t.typcategory, a.attidentity, "
                        "a.attgenerated, pg_get_serial_sequence(%s, a.attname) FROM pg_attribute a "
                        "JOIN pg_type t ON t.oid = a.atttypid WHERE a.attrelid = %s AND a.attnum > 0 "
                        "AND NOT a.attisdropped ORDER BY a.attnum", (sql.Identifier(schema, name).as_string(cur),
                                                                     oid))
            columns = cur.fetchall()
            geoms = [c[0] for c in columns if c[1].startswith("geometry")]
            gcol = t.geometry_column or (geoms[0] if len(geoms) == 1 else None)
            if gcol is None:
                raise InputError(tr("« {target} » : aucune colonne(s) géométrique(s) ; indiquez laquelle.",
                                    target=self.target) if not geoms else
                                 tr("« {target} » : plusieurs colonne(s) géométrique(s) ; indiquez laquelle.",
                                    target=self.target))
            cur.execute("SELECT upper(type), srid FROM geometry_columns WHERE f_table_schema = %s "
                        "AND f_table_name = %s AND f_geometry_column = %s", (schema, name, gcol))
            self.geom_type, self.srid = cur.fetchone() or ("GEOMETRY", 0)
        self.con.rollback()
        by_name = {c[0]: c for c in columns}
        for role, col in ((N_("identifiant"), t.id_column), (N_("couverture"), t.cs_column),
                          (N_("usage"), t.us_column), (N_("géométrie"), gcol), (N_("origine"), t.origin_column)):
            if col not in by_name:
                raise InputError(tr("« {target} » n'a pas de colonne « {col} » ({role}) ; colonnes : "
                                    "{columns}.",
                                    target=self.target, col=col, role=tr(role), columns=', '.join(by_name)))
        id_col = by_name[t.id_column]
        self.numeric_ids = id_col[2] == "N"
        self.id_sequence = id_col[5]
        self.id_always = id_col[3] == "a"
        self.insert_columns = [c[0] for c in columns if not c[4]]
        self.columns = [c[0] for c in columns]
        self.gcol = gcol
        self.P = sql.Identifier(schema, name)
        self.S = sql.Identifier(t.schema)
        self.ID, self.CS = sql.Identifier(t.id_column), sql.Identifier(t.cs_column)
        self.US = sql.Identifier(t.us_column)
        self.G, self.ORIG = sql.Identifier(gcol), sql.Identifier(t.origin_column)
        self.id_type = sql.SQL("bigint" if self.numeric_ids else "text")

    def migrate(self) -> None:
        """Create or update the sync's own schema. Nothing is written (no DDL right needed, e.g. for a
        validator) when it is up to date; otherwise it takes the owner or an administrator."""
        steps = _migrations(self.S)
        try:
            done = self._applied_versions()
            _refuse_newer(done, self.table.schema, steps)
            if done >= {m[0] for m in steps}:
                return
            with self.con.transaction():
                migrate_schema(self.con, self.table.schema)
        except Exception as exc:       # an OcsgeError (the refusal above) goes through _db_error unchanged
            raise _db_error(exc, self) from None

    def _applied_versions(self) -> set:
        """Versions of the sync schema already applied (empty when it does not exist yet)."""
        with self.con.cursor() as cur:
            done = schema_migrations.applied_versions(cur, self.table.schema)
        self.con.rollback()
        return done

    def schema_version(self) -> int:
        from psycopg import sql
        with self.con.cursor() as cur:
            cur.execute(sql.SQL("SELECT max(version) FROM {}.migrations").format(self.S))
            version = cur.fetchone()[0]
        self.con.rollback()
        return version

    def _new_geom(self, expr):
        """``expr`` (a geometry in the campaign's CRS, SRID set) as the production column takes it."""
        from psycopg import sql
        if self.srid:
            expr = sql.SQL("ST_Transform({}, {})").format(expr, sql.Literal(int(self.srid)))
        if self.geom_type == "MULTIPOLYGON":
            expr = sql.SQL("ST_Multi({})").format(expr)
        return expr

    def _version(self, alias):
        from psycopg import sql
        return sql.SQL("md5({}::text)").format(sql.Identifier(alias))

    def _attrs(self, alias):
        """The row's attributes as JSON, the geometry column apart: the same object as
        ``to_jsonb(row) - geometry``, built from the columns themselves (to_jsonb of the whole row
        would first write the geometry as GeoJSON, only to drop it)."""
        from psycopg import sql
        a = sql.Identifier(alias)
        pairs = [sql.SQL("{}, {}.{}").format(sql.Literal(c), a, sql.Identifier(c))
                 for c in self.columns if c != self.gcol]
        # At most 100 arguments per function call: 50 columns per jsonb_build_object.
        parts = [sql.SQL("jsonb_build_object({})").format(sql.SQL(", ").join(pairs[k:k + 50]))
                 for k in range(0, len(pairs), 50)] or [sql.SQL("'{}'::jsonb")]
        return sql.SQL("({})").format(sql.SQL(" || ").join(parts))

    # --- base versions --------------------------------------------------------------------
    def _snapshot(self, cur, campaign_uid: str, ids: Sequence[str], overwrite: bool) -> int:
        """Record the current version of production rows ``ids`` as the campaign's base."""
        from psycopg import sql
        cur.execute(sql.SQL("CREATE TEMP TABLE IF NOT EXISTS _ocsge_ids (source_id {} PRIMARY KEY) "
                            "ON COMMIT DELETE ROWS").format(self.id_type))
        cur.execute("TRUNCATE _ocsge_ids")
        values = [self._id_value(source_id) for source_id in dict.fromkeys(ids)]    # refusals before COPY
        with cur.copy("COPY _ocsge_ids (source_id) FROM STDIN") as cp:
            for value in values:
                cp.write_row((value,))
        on_conflict = (sql.SQL("DO UPDATE SET version = excluded.version, attributes = excluded.attributes, "
                               "geom = excluded.geom, captured_at = excluded.captured_at") if overwrite
                       else sql.SQL("DO NOTHING"))
        cur.execute(sql.SQL(
            "INSERT INTO {S}.base (campaign_uid, source_id, version, attributes, geom) "
            "SELECT %s, i.source_id::text, {version}, CASE WHEN p.{ID} IS NULL THEN NULL ELSE {attrs} END, p.{G} "
            "FROM _ocsge_ids i LEFT JOIN {P} p ON p.{ID} = i.source_id ON CONFLICT (campaign_uid, source_id) {oc}")
            .format(S=self.S, P=self.P, ID=self.ID, G=self.G, version=sql.SQL("CASE WHEN p.{} IS NULL THEN NULL "
                                                                              "ELSE {} END").format(
                self.ID, self._version("p")), attrs=self._attrs("p"), oc=on_conflict), (campaign_uid,))
        return cur.rowcount

    def _id_value(self, source_id: str):
        if self.numeric_ids:
            try:
                return int(source_id)
            except (TypeError, ValueError):
                raise InputError(tr("Identifiant « {source_id} » : la colonne « {id_column} » de "
                                    "« {target} » attend un nombre.",
                                    source_id=source_id, id_column=self.table.id_column, target=self.target)) from None
        return str(source_id)

    def _register(self, cur, campaign: Campaign) -> None:
        from psycopg import sql
        if not campaign.uid:
            raise InputError(tr("Cette campagne n'a pas d'identifiant : ouvrez-la avec une version à jour "
                                "d'OCS GE Review avant de la synchroniser."))
        cur.execute(sql.SQL("INSERT INTO {}.campaigns (campaign_uid, name, department, target) VALUES "
                            "(%s, %s, %s, %s) ON CONFLICT (campaign_uid) DO NOTHING").format(self.S),
                    (campaign.uid, campaign.name, campaign.department, self.target))
        self._registered(cur, campaign)

    def _registered(self, cur, campaign: Campaign) -> bool:
        """Is ``campaign`` registered here? Refuses one that took its base in another table."""
        from psycopg import sql
        cur.execute(sql.SQL("SELECT target FROM {}.campaigns WHERE campaign_uid = %s").format(self.S),
                    (campaign.uid,))
        row = cur.fetchone()
        if row is not None and row[0] != self.target:
            raise InputError(tr("La campagne « {name} » a pris sa version de base dans « {base} », "
                                "pas dans « {given} » : indiquez --production-table {base}.",
                                name=campaign.name, base=row[0], given=self.target))
        return row is not None


def capture_base(store: ReviewStore, prod: Production) -> int:
    """Record the production version of every item of ``store``'s campaign, as of now.

    Called when a campaign is created; on an existing store it adds the items
    not yet captured and keeps the versions already taken (re-running it never
    hides a change made since). Returns the number of rows newly captured."""
    campaign = store.campaign()
    _refuse_lot(campaign)
    ids = store.source_ids()
    try:
        with prod.con.transaction(), prod.con.cursor() as cur:
            prod._register(cur, campaign)
            n = prod._snapshot(cur, campaign.uid, ids, overwrite=False)
    except Exception as exc:
        raise _db_error(exc, prod) from None
    log.info(tr("Version de base prise pour {count} lignes de « {target} ».", count=n, target=prod.target))
    return n


# --- one batch ----------------------------------------------------------------------------
def _ewkb(wkbs: Sequence[bytes], epsg: int) -> List[str]:
    """WKB geometries as hex EWKB with SRID ``epsg``, vectorised."""
    import numpy as np
    import shapely
    geoms = shapely.from_wkb(np.asarray(wkbs, dtype=object))
    return list(shapely.to_wkb(shapely.set_srid(geoms, epsg), hex=True, include_srid=True))


def _load_batch(prod: Production, cur, campaign: Campaign, edits: Sequence[Edit]) -> None:
    from psycopg import sql
    cur.execute(sql.SQL(
        "CREATE TEMP TABLE IF NOT EXISTS _ocsge_edits (key text PRIMARY KEY, item_id bigint NOT NULL, "
        "approval_seq bigint NOT NULL, row_id {t}, parent_id {t}, part_source text, new_id {t}, code_cs text, "
        "code_us text, geom geometry, geometry_changed boolean, decided_by text, validated_by text, "
        "validated_at text, noop boolean NOT NULL DEFAULT false) ON COMMIT DELETE ROWS").format(t=prod.id_type))
    cur.execute(sql.SQL("CREATE TEMP TABLE IF NOT EXISTS _ocsge_rows (key text NOT NULL, row_id {t} NOT NULL, "
                        "role text NOT NULL) ON COMMIT DELETE ROWS; "
                        "CREATE INDEX IF NOT EXISTS _ocsge_rows_key ON _ocsge_rows (key); "
                        "TRUNCATE _ocsge_edits, _ocsge_rows").format(t=prod.id_type))
    # The geometries as EWKB in the campaign's CRS, all at once.
    geoms = _ewkb([e.wkb for e in edits], campaign.epsg)
    # Everything is converted before the COPY: a refusal inside it would abort the COPY and read
    # as a lost connection.
    rows, lines = [], []
    for e, geom in zip(edits, geoms):
        key = decision_key(campaign, e)
        split = e.parent_source_id is not None
        row_id = None if split else prod._id_value(e.source_id)
        parent = prod._id_value(e.parent_source_id) if split else None
        lines.append((key, e.item_id, e.approval_seq, row_id, parent, e.source_id if split else None,
                      e.code_cs, e.code_us, geom, bool(e.geometry_changed), e.decided_by, e.validated_by,
                      e.validated_at))
        rows.append((key, parent if split else row_id, "parent" if split else "target"))
        rows += [(key, prod._id_value(a), "absorbed") for a in e.absorbed]
    with cur.copy("COPY _ocsge_edits (key, item_id, approval_seq, row_id, parent_id, part_source, code_cs, "
                  "code_us, geom, geometry_changed, decided_by, validated_by, validated_at) FROM STDIN") as cp:
        for line in lines:
            cp.write_row(line)
    with cur.copy("COPY _ocsge_rows (key, row_id, role) FROM STDIN") as cp:
        for r in rows:
            cp.write_row(r)
    cur.execute("ANALYZE _ocsge_edits; ANALYZE _ocsge_rows")


def _apply_batch(prod: Production, cur, campaign: Campaign, edits: Sequence[Edit], user: str,
                 resolving: bool = False) -> Dict[str, List[Tuple[int, str]]]:
    """Apply ``edits`` in the caller's transaction; returns item ids (with a note) by outcome.

    With ``resolving`` (keep mine), open conflicts of these edits are not a
    reason to wait: their base is refreshed to the current rows first."""
    from psycopg import sql
    names = dict(S=prod.S, P=prod.P, ID=prod.ID, CS=prod.CS, US=prod.US, G=prod.G, ORIG=prod.ORIG)
    q = lambda text, **kw: sql.SQL(text).format(**names, **kw)  # noqa: E731
    uid = campaign.uid
    cur.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (f"ocsge_sync:{uid}",))
    # A batch touches a few thousand rows of tables of millions (production, base versions):
    # index lookups, never a hash of a whole table — whatever the statistics say (the base
    # table is often not analysed yet). No JIT either: these short statements look costly to
    # the planner and compiling them took longer (130 ms a batch) than running them.
    # For this transaction only.
    cur.execute("SET LOCAL enable_hashjoin = off; SET LOCAL enable_mergejoin = off; SET LOCAL jit = off")
    _load_batch(prod, cur, campaign, edits)
    out: Dict[str, List[Tuple[int, str]]] = {k: [] for k in ("applied", "unchanged", "already_applied",
                                                             "conflicts", "waiting", "theirs", "review")}

    # 1. Decisions already applied, or whose conflict was resolved or still waits.
    cur.execute(q("DELETE FROM _ocsge_edits e USING {S}.applied a WHERE a.decision_key = e.key "
                  "RETURNING e.item_id"))
    out["already_applied"] = [(r[0], "") for r in cur.fetchall()]
    cur.execute(q("DELETE FROM _ocsge_edits e USING {S}.conflicts c WHERE c.decision_key = e.key "
                  "AND NOT (%s AND c.status = 'open') RETURNING e.item_id, c.status, coalesce(c.note, '')"),
                (resolving,))
    for item_id, status, note in cur.fetchall():
        out[{"open": "waiting", "mine": "already_applied"}.get(status, status)].append((item_id, note))
    cur.execute("DELETE FROM _ocsge_rows r WHERE NOT EXISTS (SELECT 1 FROM _ocsge_edits e WHERE e.key = r.key)")

    # 2. What the review left as it was (same codes as the base, same geometry) writes nothing.
    cur.execute(q("UPDATE _ocsge_edits e SET noop = true FROM {S}.base b WHERE b.campaign_uid = %s "
                  "AND b.source_id = e.row_id::text AND e.row_id IS NOT NULL AND NOT e.geometry_changed "
                  "AND b.attributes ->> %s = e.code_cs AND b.attributes ->> %s = e.code_us "
                  "AND NOT EXISTS (SELECT 1 FROM _ocsge_rows r WHERE r.key = e.key AND r.role = 'absorbed')"),
                (uid, prod.table.cs_column, prod.table.us_column))
    cur.execute("DELETE FROM _ocsge_rows r USING _ocsge_edits e WHERE e.key = r.key AND e.noop")

    # 3. Lock the rows, then compare their versions with the base.
    cur.execute(q("SELECT count(*) FROM (SELECT 1 FROM {P} p WHERE p.{ID} IN (SELECT row_id FROM _ocsge_rows) "
                  "ORDER BY p.{ID} FOR UPDATE OF p) locked"))
    if resolving:
        cur.execute("SELECT DISTINCT row_id::text FROM _ocsge_rows")
        prod._snapshot(cur, uid, [r[0] for r in cur.fetchall()], overwrite=True)
    cur.execute(q(
        "CREATE TEMP TABLE _ocsge_bad ON COMMIT DROP AS "
        "SELECT key, min(reason) AS reason, array_agg(row_id::text ORDER BY row_id) AS rows FROM ("
        " SELECT r.key, r.row_id, CASE"
        "  WHEN p.{ID} IS NULL AND r.role = 'parent' AND EXISTS (SELECT 1 FROM {S}.audit a WHERE a.campaign_uid = %s"
        "       AND a.operation = 'delete' AND a.row_id = r.row_id::text) THEN NULL"
        "  WHEN b.source_id IS NULL THEN 'no_base'"
        "  WHEN p.{ID} IS NULL THEN 'deleted'"
        "  WHEN b.version IS NULL OR {version} <> b.version THEN 'changed' END AS reason"
        " FROM _ocsge_rows r LEFT JOIN {S}.base b ON b.campaign_uid = %s AND b.source_id = r.row_id::text"
        " LEFT JOIN {P} p ON p.{ID} = r.row_id) v WHERE reason IS NOT NULL GROUP BY key",
        version=prod._version("p")), (uid, uid))
    cur.execute(q(
        "INSERT INTO {S}.conflicts (decision_key, campaign_uid, item_id, approval_seq, source_id, reason, "
        "changed_rows, base_attributes, base_geom, mine_attributes, mine_geom, theirs_attributes, theirs_geom) "
        "SELECT e.key, %s, e.item_id, e.approval_seq, m.id::text, x.reason, x.rows, b.attributes, b.geom, "
        "coalesce(b.attributes, '{{}}'::jsonb) || jsonb_build_object(%s::text, e.code_cs, %s::text, e.code_us), "
        "{mine}, CASE WHEN p.{ID} IS NULL THEN NULL ELSE {attrs} END, p.{G} "
        "FROM _ocsge_bad x JOIN _ocsge_edits e ON e.key = x.key "
        "CROSS JOIN LATERAL (SELECT coalesce(e.row_id, e.parent_id) AS id) m "
        "LEFT JOIN {S}.base b ON b.campaign_uid = %s AND b.source_id = m.id::text "
        "LEFT JOIN {P} p ON p.{ID} = m.id "
        "ON CONFLICT (decision_key) DO UPDATE SET reason = excluded.reason, changed_rows = excluded.changed_rows, "
        "theirs_attributes = excluded.theirs_attributes, theirs_geom = excluded.theirs_geom "
        "RETURNING item_id", mine=prod._new_geom(sql.SQL("e.geom")), attrs=prod._attrs("p")),
        (uid, prod.table.cs_column, prod.table.us_column, uid))
    out["conflicts"] = [(r[0], "") for r in cur.fetchall()]
    cur.execute("DELETE FROM _ocsge_edits e USING _ocsge_bad x WHERE x.key = e.key")
    cur.execute("DELETE FROM _ocsge_rows r USING _ocsge_bad x WHERE x.key = r.key")
    if resolving and out["conflicts"]:
        return out

    # 4. Apply, set-based: new geometries once, then updates, split parts, deletions, each audited.
    cur.execute(q("UPDATE _ocsge_edits SET geom = {g}", g=prod._new_geom(sql.SQL("geom"))))
    _number_parts(prod, cur, q)
    audit = ("INSERT INTO {S}.audit (decision_key, campaign_uid, item_id, operation, target, row_id, decided_by, "
             "validated_by, validated_at, applied_by, before, before_geom, after, after_geom) ")
    who = "e.decided_by, e.validated_by, e.validated_at, %(user)s"
    args = dict(uid=uid, target=prod.target, user=user, cs=prod.table.cs_column, us=prod.table.us_column)
    cur.execute(q(audit + "SELECT e.key, %(uid)s, e.item_id, 'update', %(target)s, p.{ID}::text, " + who + ", "
                  "{attrs}, p.{G}, {attrs} || jsonb_build_object(%(cs)s::text, e.code_cs, %(us)s::text, e.code_us), "
                  "CASE WHEN e.geometry_changed THEN e.geom ELSE p.{G} END "
                  "FROM _ocsge_edits e JOIN {P} p ON p.{ID} = e.row_id WHERE NOT e.noop", attrs=prod._attrs("p")),
                args)
    cur.execute(q("UPDATE {P} p SET {CS} = e.code_cs, {US} = e.code_us, "
                  "{G} = CASE WHEN e.geometry_changed THEN e.geom ELSE p.{G} END "
                  "FROM _ocsge_edits e WHERE p.{ID} = e.row_id AND NOT e.noop"))
    columns = [c for c in prod.insert_columns]
    cols = sql.SQL(", ").join(sql.Identifier(c) for c in columns)
    values = sql.SQL(", ").join(sql.SQL("e.geom") if c == prod.gcol else sql.SQL("r.{}").format(sql.Identifier(c))
                                for c in columns)
    cur.execute(q(
        "INSERT INTO {P} ({cols}) {overriding} SELECT {values} FROM _ocsge_edits e "
        "JOIN {S}.base b ON b.campaign_uid = %(uid)s AND b.source_id = e.parent_id::text "
        "CROSS JOIN LATERAL jsonb_populate_record(NULL::{P}, b.attributes || jsonb_build_object("
        "%(id)s::text, e.new_id, %(cs)s::text, e.code_cs, %(us)s::text, e.code_us, %(orig)s::text, e.parent_id)) r "
        "WHERE e.parent_id IS NOT NULL ORDER BY e.item_id",
        cols=cols, values=values,
        overriding=sql.SQL("OVERRIDING SYSTEM VALUE" if prod.id_always else "")),
        dict(args, id=prod.table.id_column, orig=prod.table.origin_column))
    cur.execute(q(audit + "SELECT e.key, %(uid)s, e.item_id, 'insert', %(target)s, p.{ID}::text, " + who + ", "
                  "NULL, NULL, {attrs}, p.{G} FROM _ocsge_edits e JOIN {P} p ON p.{ID} = e.new_id "
                  "WHERE e.parent_id IS NOT NULL", attrs=prod._attrs("p")), args)
    cur.execute(q(audit + "SELECT DISTINCT ON (p.{ID}) e.key, %(uid)s, e.item_id, 'delete', %(target)s, "
                  "p.{ID}::text, " + who + ", {attrs}, p.{G}, NULL, NULL FROM _ocsge_rows r "
                  "JOIN _ocsge_edits e ON e.key = r.key JOIN {P} p ON p.{ID} = r.row_id "
                  "WHERE r.role IN ('parent', 'absorbed') ORDER BY p.{ID}, e.item_id", attrs=prod._attrs("p")), args)
    cur.execute(q("DELETE FROM {P} p USING _ocsge_rows r WHERE r.role IN ('parent', 'absorbed') "
                  "AND p.{ID} = r.row_id"))
    cur.execute(q("INSERT INTO {S}.applied (decision_key, campaign_uid, item_id, approval_seq, changes, resolution, "
                  "applied_by) SELECT e.key, %(uid)s, e.item_id, e.approval_seq, "
                  "(SELECT count(*) FROM {S}.audit a WHERE a.decision_key = e.key), %(resolution)s, %(user)s "
                  "FROM _ocsge_edits e RETURNING item_id, changes"),
                dict(args, resolution=KEEP_MINE if resolving else None))
    for item_id, changes in cur.fetchall():
        out["applied" if changes else "unchanged"].append((item_id, ""))
    return out


def _number_parts(prod: Production, cur, q) -> None:
    """Production ids of the new split parts: the id column's sequence, else the next numbers
    (sync runs on one table serialised), else — text ids — the part's review id (``original/k``)."""
    if not prod.numeric_ids:
        cur.execute("UPDATE _ocsge_edits SET new_id = part_source WHERE parent_id IS NOT NULL")
    elif prod.id_sequence:
        cur.execute("UPDATE _ocsge_edits SET new_id = nextval(%s::regclass) WHERE parent_id IS NOT NULL",
                    (prod.id_sequence,))
    else:
        cur.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (f"ocsge_sync ids:{prod.target}",))
        cur.execute(q("UPDATE _ocsge_edits e SET new_id = n.top + n.k FROM (SELECT key, "
                      "row_number() OVER (ORDER BY item_id) AS k, (SELECT coalesce(max({ID}), 0) FROM {P}) AS top "
                      "FROM _ocsge_edits WHERE parent_id IS NOT NULL) n WHERE n.key = e.key"))


def _db_error(exc: Exception, prod: Production) -> Exception:
    import psycopg
    if not isinstance(exc, psycopg.Error) and not pgconn.connection_lost(prod.con, exc):
        return exc              # not the database's: raised as it is
    spec = pgconn.describe(prod.spec)
    return pgconn.database_error(
        exc, prod.con,
        lambda detail: SyncError(tr("La base de production a refusé la synchronisation ({spec}) : "
                                    "{detail}. Rien de ce lot n'a été écrit.", spec=spec, detail=detail)),
        lost=lambda: SyncError(tr("Connexion à la base de production perdue ({spec}) : le lot en "
                                  "cours n'a pas été écrit ; relancez la synchronisation, elle reprendra où elle "
                                  "s'est arrêtée.", spec=spec)))


def _finish_in_store(store: ReviewStore, outcome: Dict[str, List[Tuple[int, str]]], user: str,
                     report: SyncReport) -> None:
    """After the production commit: the store catches up (synced, or sent back to review)."""
    synced = [i for k in ("applied", "unchanged", "already_applied", "theirs") for i, _ in outcome[k]]
    comment = "synchronisé avec la base de production"
    try:
        store.mark_synced(synced, user, comment=comment)
    except lc.TransitionError:
        # Another sync of the same campaign marked some of them first: mark the rest.
        for item_id in synced:
            try:
                store.mark_synced([item_id], user, comment=comment)
            except lc.TransitionError:
                log.info(tr("Élément {item_id} déjà marqué synchronisé.", item_id=item_id))
    for item_id, note in outcome["review"]:
        try:
            store.send_back(item_id, user, note or "Conflit avec la base de production.")
        except lc.TransitionError:
            log.info(tr("Élément {item_id} déjà renvoyé en revue.", item_id=item_id))
    report.applied += [i for i, _ in outcome["applied"]]
    report.unchanged += [i for i, _ in outcome["unchanged"]]
    report.already_applied += [i for i, _ in outcome["already_applied"]]
    report.conflicts += [i for i, _ in outcome["conflicts"]]
    report.waiting += [i for i, _ in outcome["waiting"]]
    report.settled += [i for k in ("theirs", "review") for i, _ in outcome[k]]


def _refuse_lot(campaign: Campaign) -> None:
    """A checked-out lot has its own item numbers: synced from there, its decision keys would
    collide with the shared store's. Its work reaches production through checkin, then sync."""
    if campaign.origin:
        raise InputError(tr("Ce magasin est un lot emporté (checkout) : rentrez-le d'abord (checkin) dans le "
                            "magasin partagé, puis synchronisez celui-ci."))


def _check_captured(prod: Production, campaign: Campaign) -> None:
    try:
        with prod.con.cursor() as cur:
            try:
                registered = prod._registered(cur, campaign)
            except InputError:
                prod.con.rollback()
                raise
        prod.con.rollback()
    except Exception as exc:
        raise _db_error(exc, prod) from None
    if not registered:
        raise InputError(tr("La campagne « {name} » n'a pas de version de base dans la base de production : "
                            "prenez-la d'abord (`campaign create … --production` à la création, ou "
                            "`sync … --capture-base`, qui la prend telle qu'elle est maintenant) — sans elle, une "
                            "modification faite en production entre-temps serait écrasée.",
                            name=campaign.name))


def who_syncs(store: ReviewStore, user: Optional[str] = None) -> str:
    """The name the sync writes in the journal: the one given, else a PostgreSQL store's login (the
    database refuses any other name there), else the system user."""
    import getpass
    return (user or "").strip() or getattr(store, "login", None) or getpass.getuser()


def sync(store: ReviewStore, prod: Production, user: str, batch_size: int = DEFAULT_BATCH,
         feedback: Optional[Feedback] = None) -> SyncReport:
    """Apply the store's validated edits to production, one transaction per batch of ``batch_size``.

    Safe to re-run at any time: applied decisions are skipped (and only marked
    synced), conflicts are recorded once and wait for ``resolve_conflict``.
    ``feedback`` gets the progress after each batch, over the items validated
    when the sync starts; a cancel falls between two batches, each written whole
    (its own production transaction, then the store), and a new run finishes the work."""
    if batch_size < 1:
        raise InputError(tr("La taille de lot doit être positive, pas {batch_size}.",
                            batch_size=batch_size))
    user = (user or "").strip()
    if not user:
        raise InputError(tr("Nom d'utilisateur manquant pour la synchronisation."))
    campaign = store.campaign()
    _refuse_lot(campaign)
    _check_captured(prod, campaign)
    report = SyncReport()
    after = done = 0
    total = 1
    if feedback is not None:
        total = max(1, sum(states.get(lc.VALIDATED, {}).get("count", 0) for states in store.counts().values()))
    while True:
        if feedback is not None:
            feedback.check()
        edits = store.validated_edits(after, batch_size)
        if not edits:
            break
        # The parts of one split go together when they follow each other.
        while edits[-1].parent_source_id is not None:
            more = store.validated_edits(edits[-1].item_id, 1)
            if not more or more[0].parent_source_id != edits[-1].parent_source_id:
                break
            edits += more
        after = edits[-1].item_id
        try:
            with prod.con.transaction(), prod.con.cursor() as cur:
                outcome = _apply_batch(prod, cur, campaign, edits, user)
        except Exception as exc:
            raise _db_error(exc, prod) from None
        report.batches += 1
        _finish_in_store(store, outcome, user, report)
        done += len(edits)
        if feedback is not None:
            feedback.set_progress(100 * min(done, total) / total)
    return report


# --- conflicts ----------------------------------------------------------------------------
def open_conflicts(store: ReviewStore, prod: Production) -> List[Conflict]:
    """The campaign's conflicts waiting for a decision, by item id.

    ``theirs`` is the production row as it is now (None: deleted); ``base`` and
    ``mine`` are as recorded when the conflict was found. Geometries are WKB in
    the production table's CRS."""
    return _conflicts(store, prod, status="open")


def _conflicts(store: ReviewStore, prod: Production, status: Optional[str] = None,
               item_id: Optional[int] = None, source_of_item: Optional[int] = None) -> List[Conflict]:
    """The campaign's conflicts, by ``status``, of item ``item_id``, or sharing the source row of
    the open conflict of item ``source_of_item`` (the parts of one split are settled together)."""
    from psycopg import sql
    uid = store.campaign().uid
    where = [sql.SQL("c.campaign_uid = %s")]
    args: list = [uid]
    if status is not None:
        where.append(sql.SQL("c.status = %s"))
        args.append(status)
    if item_id is not None:
        where.append(sql.SQL("c.item_id = %s"))
        args.append(item_id)
    if source_of_item is not None:
        where.append(sql.SQL("c.source_id = (SELECT o.source_id FROM {}.conflicts o WHERE o.campaign_uid = %s "
                             "AND o.item_id = %s AND o.status = 'open' LIMIT 1)").format(prod.S))
        args += [uid, source_of_item]
    query = sql.SQL(
        "SELECT c.decision_key, c.item_id, c.approval_seq, c.source_id, c.reason, c.changed_rows, "
        "c.base_attributes, ST_AsBinary(c.base_geom), c.mine_attributes, ST_AsBinary(c.mine_geom), "
        "CASE WHEN p.{ID} IS NULL THEN NULL ELSE {attrs} END, ST_AsBinary(p.{G}), c.detected_at, c.status, "
        "CASE WHEN p.{ID} IS NULL THEN NULL ELSE {version} END "
        "FROM {S}.conflicts c LEFT JOIN {P} p ON p.{ID} = CAST(c.source_id AS {t}) WHERE {where} ORDER BY c.item_id"
    ).format(S=prod.S, P=prod.P, ID=prod.ID, G=prod.G, t=prod.id_type, attrs=prod._attrs("p"),
             version=prod._version("p"), where=sql.SQL(" AND ").join(where))
    try:
        with prod.con.cursor() as cur:
            cur.execute(query, args)
            rows = cur.fetchall()
        prod.con.rollback()
    except Exception as exc:
        raise _db_error(exc, prod) from None
    out = []
    for (key, item, seq, source_id, reason, changed, b_attr, b_geom, m_attr, m_geom, t_attr, t_geom, at, st,
         t_version) in rows:
        out.append(Conflict(
            decision_key=key, item_id=item, approval_seq=seq, source_id=source_id, reason=reason,
            changed_rows=list(changed), base=None if b_attr is None else Version(b_attr, _bytes(b_geom)),
            mine=Version(m_attr, _bytes(m_geom)), theirs=None if t_attr is None else Version(t_attr, _bytes(t_geom)),
            detected_at=at, status=st, theirs_version=t_version))
    for conflict in out:
        if conflict.status == "open":
            try:
                conflict.geometry_changed = bool(_edit(store, conflict.item_id).geometry_changed)
            except OcsgeError:
                pass            # sent back or settled meanwhile: nothing to keep
    return out


def _check_unchanged_since(prod: Production, cur, seen: Conflict) -> None:
    """Refuse to resolve on the strength of a production row that changed again since it was shown."""
    from psycopg import sql
    cur.execute(sql.SQL("SELECT {version} FROM {P} p WHERE p.{ID} = CAST(%s AS {t}) FOR UPDATE").format(
        version=prod._version("p"), P=prod.P, ID=prod.ID, t=prod.id_type), (seen.source_id,))
    row = cur.fetchone()
    if (row[0] if row else None) != seen.theirs_version:
        raise OcsgeError(tr("La ligne {source_id} a encore changé en production depuis l'affichage du conflit : "
                            "rechargez la liste pour voir sa version actuelle, puis décidez.",
                            source_id=seen.source_id))


def _bytes(value) -> Optional[bytes]:
    return None if value is None else bytes(value)


def _edit(store: ReviewStore, item_id: int) -> Edit:
    found = store.validated_edits(item_id - 1, 1)
    if not found or found[0].item_id != item_id:
        raise OcsgeError(tr("L'élément {item_id} n'est plus validé en attente de synchronisation : le conflit ne "
                            "peut plus être résolu ainsi.", item_id=item_id))
    return found[0]


def resolve_conflict(store: ReviewStore, prod: Production, item_id: int, resolution: str, user: str,
                     reason: Optional[str] = None, seen: Optional[Conflict] = None) -> List[int]:
    """Settle the open conflict of item ``item_id``; returns the items it settled.

    ``resolution`` is one of:

    - ``KEEP_MINE`` (``"mine"``): the production rows' current versions become
      the new base and the reviewed edit is applied (audited, keyed) in one
      transaction; the items are then marked synced. Refused when the row to
      update no longer exists in production.
    - ``TAKE_THEIRS`` (``"theirs"``): production is left as it is; the items
      are marked synced without applying anything.
    - ``SEND_BACK`` (``"review"``): the items go back to their interpreter
      (``store.send_back`` with ``reason``, required) and the base is refreshed
      to the current rows, so that the re-decided, re-validated item syncs later.

    The parts of one split are settled together (production replaces the
    original by all its parts at once). The production side is written first
    and the store after: if the store step is interrupted, the next ``sync``
    finishes it.
    """
    from psycopg import sql
    if resolution not in RESOLUTIONS:
        raise InputError(tr("Résolution inconnue « {resolution} » (attendu : {choices}).",
                            resolution=resolution, choices=', '.join(RESOLUTIONS)))
    if resolution == SEND_BACK and not (reason and reason.strip()):
        raise InputError(tr("Renvoyer un élément en revue demande un motif."))
    user = (user or "").strip()
    if not user:
        raise InputError(tr("Nom d'utilisateur manquant."))
    campaign = store.campaign()
    group = _conflicts(store, prod, status="open", source_of_item=item_id)
    if not group:
        raise OcsgeError(tr("Aucun conflit ouvert pour l'élément {item_id}.", item_id=item_id))
    edits = [_edit(store, c.item_id) for c in group]
    keys = [c.decision_key for c in group]
    report = SyncReport()
    try:
        with prod.con.transaction(), prod.con.cursor() as cur:
            if seen is not None:
                _check_unchanged_since(prod, cur, seen)
            if resolution == KEEP_MINE:
                outcome = _apply_batch(prod, cur, campaign, edits, user, resolving=True)
                if outcome["conflicts"]:
                    raise OcsgeError(tr("Impossible de garder votre version de l'élément {item_id} : la ligne "
                                        "{source_id} n'existe plus en production. Reprenez la version de "
                                        "production ou renvoyez l'élément en revue.",
                                        item_id=item_id, source_id=group[0].source_id))
            else:
                if resolution == SEND_BACK:
                    ids = [e.parent_source_id or e.source_id for e in edits] + [a for e in edits for a in e.absorbed]
                    prod._snapshot(cur, campaign.uid, ids, overwrite=True)
                outcome = {k: [] for k in ("applied", "unchanged", "already_applied", "conflicts", "waiting",
                                           "theirs", "review")}
                outcome[resolution] = [(e.item_id, reason or "") for e in edits]
            cur.execute(sql.SQL("UPDATE {}.conflicts SET status = %s, resolved_by = %s, resolved_at = now(), "
                                "note = %s WHERE decision_key = ANY(%s)").format(prod.S),
                        (resolution, user, reason, keys))
    except Exception as exc:
        raise _db_error(exc, prod) from None
    _finish_in_store(store, outcome, user, report)
    return [e.item_id for e in edits]
