"""The embedded review store: one GeoPackage holding campaign, items, locks and journal."""
from __future__ import annotations

import json
import os
import sqlite3
from datetime import datetime, timezone
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import numpy as np
import shapely

from .. import lifecycle as lc
from .. import nomenclature as nom
from ..errors import InputError, OcsgeError
from ..geo import pyogrio
from .base import Campaign, Clock, Decision, Item, JournalRecord, LockLost, ReviewStore, system_clock

ITEMS = "items"
JOURNAL = "ocsge_journal"
META = "ocsge_campaign"
MIGRATIONS_TABLE = "ocsge_migrations"
COUNTS = "ocsge_counts"

# Columns given at creation (written with the geometry by pyogrio).
ITEM_COLUMNS = ("source_id", "part", "rank", "stratum", "code_cs", "code_us", "conf_cs", "conf_us",
                "cs_top1", "cs_p1", "cs_top2", "cs_p2", "cs_top3", "cs_p3",
                "us_top1", "us_p1", "us_top2", "us_p2", "us_top3", "us_p3", "artif", "area_m2")


def _m1_review_state(con: sqlite3.Connection) -> None:
    for column, kind in (("state", "TEXT"), ("claimed_by", "TEXT"), ("lock_expires", "REAL"),
                         ("skipped_by", "TEXT"), ("decided_by", "TEXT"), ("decided_at", "TEXT"),
                         ("cs_final", "TEXT"), ("us_final", "TEXT"), ("flag", "TEXT"),
                         ("rejection", "TEXT"), ("validated_by", "TEXT")):
        con.execute(f'ALTER TABLE "{ITEMS}" ADD COLUMN "{column}" {kind}')
    con.execute(f"UPDATE \"{ITEMS}\" SET state = CASE part WHEN 'auto' THEN 'accepted' ELSE 'pending' END")
    con.execute(f'CREATE INDEX "idx_items_state_rank" ON "{ITEMS}" (state, rank)')
    con.execute(f'CREATE INDEX "idx_items_claim" ON "{ITEMS}" (state, claimed_by)')
    con.execute(f'CREATE INDEX "idx_items_rejected" ON "{ITEMS}" (state, decided_by)')
    con.execute(f'CREATE TABLE "{META}" (key TEXT PRIMARY KEY, value TEXT NOT NULL)')
    con.execute(f'''CREATE TABLE "{JOURNAL}" (
        seq INTEGER PRIMARY KEY AUTOINCREMENT, item_id INTEGER NOT NULL, user TEXT NOT NULL,
        action TEXT NOT NULL, cs_before TEXT, us_before TEXT, cs_after TEXT, us_after TEXT,
        flag TEXT, reason TEXT, comment TEXT, active_seconds REAL NOT NULL DEFAULT 0,
        started_at TEXT, recorded_at TEXT NOT NULL, model_version TEXT NOT NULL, undoes INTEGER,
        geom_before BLOB, geom_after BLOB, changed_area_m2 REAL NOT NULL DEFAULT 0)''')
    con.execute(f'CREATE INDEX "idx_journal_item" ON "{JOURNAL}" (item_id, seq)')
    # Append-only, whoever writes: SQLite refuses edits and deletions itself.
    for event in ("UPDATE", "DELETE"):
        con.execute(f'''CREATE TRIGGER "{JOURNAL}_no_{event.lower()}" BEFORE {event} ON "{JOURNAL}"
                        BEGIN SELECT RAISE(ABORT, 'le journal des décisions est en ajout seul'); END''')
    # Registered as attribute tables, so that QGIS lists them in the GeoPackage.
    for table in (JOURNAL, META):
        con.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier) VALUES (?, 'attributes', ?)",
                    (table, table))


def _m2_counts(con: sqlite3.Connection) -> None:
    # Progress is shown after every decision: a GROUP BY over a département's
    # items costs half a second, so the counts are kept by triggers instead.
    con.execute(f'CREATE TABLE "{COUNTS}" (part TEXT NOT NULL, state TEXT NOT NULL, n INTEGER NOT NULL, '
                'area_m2 REAL NOT NULL, PRIMARY KEY (part, state))')
    con.execute(f'INSERT INTO "{COUNTS}" SELECT part, state, COUNT(*), COALESCE(SUM(area_m2), 0) '
                f'FROM "{ITEMS}" GROUP BY part, state')
    add = (f'INSERT INTO "{COUNTS}" (part, state, n, area_m2) VALUES (NEW.part, NEW.state, 1, '
           'COALESCE(NEW.area_m2, 0)) ON CONFLICT (part, state) DO UPDATE SET n = n + 1, '
           'area_m2 = area_m2 + excluded.area_m2;')
    remove = (f'UPDATE "{COUNTS}" SET n = n - 1, area_m2 = area_m2 - COALESCE(OLD.area_m2, 0) '
              'WHERE part = OLD.part AND state = OLD.state;')
    con.execute(f'CREATE TRIGGER "{COUNTS}_insert" AFTER INSERT ON "{ITEMS}" BEGIN {add} END')
    con.execute(f'CREATE TRIGGER "{COUNTS}_delete" AFTER DELETE ON "{ITEMS}" BEGIN {remove} END')
    con.execute(f'CREATE TRIGGER "{COUNTS}_update" AFTER UPDATE OF part, state, area_m2 ON "{ITEMS}" '
                'WHEN OLD.part IS NOT NEW.part OR OLD.state IS NOT NEW.state '
                f'OR OLD.area_m2 IS NOT NEW.area_m2 BEGIN {remove} {add} END')


# Numbered migrations, applied in order when a store is opened; never edited
# once released: a change to the schema is a new number.
MIGRATIONS: Sequence[Tuple[int, str, Callable[[sqlite3.Connection], None]]] = (
    (1, "review state, campaign metadata, append-only journal", _m1_review_state),
    (2, "counts by part and state kept by triggers", _m2_counts),
)
SCHEMA_VERSION = MIGRATIONS[-1][0]


def _blob_wkb(blob: bytes) -> bytes:
    """The WKB inside a GeoPackage geometry blob (header and envelope skipped)."""
    envelope = (blob[3] >> 1) & 0b111
    return bytes(blob[8 + (0, 32, 48, 48, 64)[envelope]:])


def _blob_empty(blob) -> Optional[int]:
    if blob is None:
        return None
    return int(bool((blob[3] >> 4) & 1) or shapely.from_wkb(_blob_wkb(blob)).is_empty)


def _blob_bound(i: int):
    def bound(blob):
        return None if blob is None else float(shapely.bounds(shapely.from_wkb(_blob_wkb(blob)))[i])
    return bound


def _connect(path: str) -> sqlite3.Connection:
    con = sqlite3.connect(path, isolation_level=None, timeout=30.0, check_same_thread=False)
    # GDAL's R-tree triggers call these functions; plain SQLite lacks them.
    con.create_function("ST_IsEmpty", 1, _blob_empty, deterministic=True)
    for i, name in enumerate(("ST_MinX", "ST_MinY", "ST_MaxX", "ST_MaxY")):
        con.create_function(name, 1, _blob_bound(i), deterministic=True)
    con.execute("PRAGMA busy_timeout = 30000")
    # WAL + FULL: a decision is on disk when its commit returns, and readers
    # (QGIS drawing the items layer) never block the interpreter's writes.
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = FULL")
    return con


def _iso(t: float) -> str:
    return datetime.fromtimestamp(t, tz=timezone.utc).isoformat(timespec="milliseconds")


class GpkgStore(ReviewStore):
    """A review store in one GeoPackage file, safe for several processes at once."""

    def __init__(self, path: str, con: sqlite3.Connection, clock: Clock):
        self.path = path
        self._con = con
        self._clock = clock
        self._campaign = self._read_campaign()

    # --- creation and opening -------------------------------------------------
    @classmethod
    def create(cls, path: str, campaign: Campaign, columns: Dict[str, np.ndarray], wkb: np.ndarray,
               clock: Optional[Clock] = None, overwrite: bool = False) -> "GpkgStore":
        """Write a new store atomically: nothing exists at ``path`` until it is complete."""
        clock = clock or system_clock
        if not path.lower().endswith(".gpkg"):
            raise InputError(f"Le magasin de revue « {path} » doit être un GeoPackage (.gpkg).")
        if os.path.exists(path) and not overwrite:
            raise InputError(f"Le magasin de revue « {path} » existe déjà : choisissez un autre fichier.")
        missing = [c for c in ITEM_COLUMNS if c not in columns]
        if missing:
            raise InputError(f"Colonnes manquantes pour créer la campagne : {', '.join(missing)}.")
        folder = os.path.dirname(os.path.abspath(path))
        if not os.path.isdir(folder):
            raise InputError(f"Le dossier « {folder} » n'existe pas.")
        tmp = os.path.join(folder, f".{os.path.basename(path)}.{os.getpid()}.tmp.gpkg")
        try:
            pyogrio.raw.write(tmp, wkb, [columns[c] for c in ITEM_COLUMNS], list(ITEM_COLUMNS),
                              layer=ITEMS, driver="GPKG", geometry_type="Unknown",
                              crs=f"EPSG:{campaign.epsg}")
            con = _connect(tmp)
            _migrate(con, clock)
            campaign.created_at = campaign.created_at or _iso(clock())
            con.execute("BEGIN IMMEDIATE")
            for key, value in campaign.__dict__.items():
                con.execute(f'INSERT INTO "{META}" (key, value) VALUES (?, ?)', (key, json.dumps(value)))
            con.execute("COMMIT")
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            con.close()
            os.replace(tmp, path)
        except BaseException:
            for leftover in (tmp, tmp + "-wal", tmp + "-shm"):
                if os.path.exists(leftover):
                    os.remove(leftover)
            raise
        return cls.open(path, clock)

    @classmethod
    def open(cls, path: str, clock: Optional[Clock] = None) -> "GpkgStore":
        if not os.path.exists(path):
            raise InputError(f"Magasin de revue introuvable : « {path} ».")
        try:
            con = _connect(path)
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        except sqlite3.DatabaseError:
            raise InputError(f"« {os.path.basename(path)} » n'est pas un GeoPackage lisible.") from None
        if ITEMS not in tables or MIGRATIONS_TABLE not in tables:
            con.close()
            raise InputError(f"« {os.path.basename(path)} » n'est pas un magasin de revue OCS GE Review.")
        _migrate(con, clock or system_clock)
        return cls(path, con, clock or system_clock)

    def close(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None

    def _read_campaign(self) -> Campaign:
        values = {k: json.loads(v) for k, v in self._con.execute(f'SELECT key, value FROM "{META}"')}
        return Campaign(**{k: v for k, v in values.items() if k in Campaign.__dataclass_fields__})

    def campaign(self) -> Campaign:
        return self._campaign

    # --- transactions -----------------------------------------------------------
    def _write(self, work):
        con = self._con
        con.execute("BEGIN IMMEDIATE")
        try:
            result = work(con)
        except BaseException:
            con.execute("ROLLBACK")
            raise
        con.execute("COMMIT")
        return result

    # --- interpreter ------------------------------------------------------------
    def claim_next(self, user: str) -> Optional[Item]:
        user = _check_user(user)

        def work(con):
            now = self._clock()
            expires = now + self._campaign.lock_seconds
            row = con.execute(f'SELECT fid FROM "{ITEMS}" WHERE state = ? AND claimed_by = ? LIMIT 1',
                              (lc.CLAIMED, user)).fetchone()
            if row is None:
                row = con.execute(f'SELECT fid FROM "{ITEMS}" WHERE state = ? AND decided_by = ? '
                                  'ORDER BY rank LIMIT 1', (lc.REJECTED, user)).fetchone()
            if row is None:
                pending = con.execute(f'SELECT fid, rank FROM "{ITEMS}" WHERE state = ? '
                                      'AND (skipped_by IS NULL OR skipped_by != ?) ORDER BY rank LIMIT 1',
                                      (lc.PENDING, user)).fetchone()
                expired = con.execute(f'SELECT fid, rank FROM "{ITEMS}" WHERE state = ? AND lock_expires < ? '
                                      'ORDER BY rank LIMIT 1', (lc.CLAIMED, now)).fetchone()
                candidates = [r for r in (pending, expired) if r is not None]
                row = min(candidates, key=lambda r: r[1]) if candidates else None
            if row is None:
                return None
            con.execute(f'UPDATE "{ITEMS}" SET state = ?, claimed_by = ?, lock_expires = ? WHERE fid = ?',
                        (lc.CLAIMED, user, expires, row[0]))
            return row[0]

        fid = self._write(work)
        return None if fid is None else self.item(fid)

    def item(self, item_id: int) -> Item:
        row = self._con.execute(
            f'SELECT fid, source_id, part, state, area_m2, geom, code_cs, code_us, '
            f'cs_top1, cs_p1, cs_top2, cs_p2, cs_top3, cs_p3, us_top1, us_p1, us_top2, us_p2, us_top3, us_p3, '
            f'rejection, lock_expires FROM "{ITEMS}" WHERE fid = ?', (item_id,)).fetchone()
        if row is None:
            raise InputError(f"L'élément {item_id} n'existe pas dans cette campagne.")
        blind = row[2] == "audit"
        item = Item(id=row[0], source_id=row[1], part=row[2], state=row[3], area_m2=row[4],
                    wkb=_blob_wkb(row[5]), blind=blind, rejection=row[20], lock_expires=row[21] or 0.0)
        if not blind:
            item.code_cs, item.code_us = row[6], row[7]
            item.proposals_cs = [(row[i], row[i + 1]) for i in (8, 10, 12) if row[i]]
            item.proposals_us = [(row[i], row[i + 1]) for i in (14, 16, 18) if row[i]]
        return item

    def heartbeat(self, item_id: int, user: str) -> float:
        user = _check_user(user)

        def work(con):
            self._own_claim(con, item_id, user, lc.RELEASE)
            expires = self._clock() + self._campaign.lock_seconds
            con.execute(f'UPDATE "{ITEMS}" SET lock_expires = ? WHERE fid = ?', (expires, item_id))
            return expires
        return self._write(work)

    def release(self, item_id: int, user: str) -> None:
        user = _check_user(user)

        def work(con):
            state, _ = self._own_claim(con, item_id, user, lc.RELEASE)
            lc.next_state(state, lc.RELEASE, item_id)
            con.execute(f'UPDATE "{ITEMS}" SET state = ?, claimed_by = NULL, lock_expires = NULL, '
                        'skipped_by = ? WHERE fid = ?', (lc.PENDING, user, item_id))
        self._write(work)

    def _own_claim(self, con, item_id: int, user: str, action: str):
        row = con.execute(f'SELECT state, claimed_by, lock_expires FROM "{ITEMS}" WHERE fid = ?',
                          (item_id,)).fetchone()
        if row is None:
            raise InputError(f"L'élément {item_id} n'existe pas dans cette campagne.")
        state, owner, _ = row
        if state == lc.CLAIMED and owner != user:
            raise LockLost(f"L'élément {item_id} est réservé par {owner} : votre réservation a expiré "
                           "et il a été repris. Rien n'a été enregistré.")
        if state != lc.CLAIMED:
            lc.next_state(state, action, item_id)
        return state, owner

    def decide(self, decision: Decision) -> int:
        user = _check_user(decision.user)
        cs = nom.leaf(decision.code_cs, nom.COUVERTURE)
        us = nom.leaf(decision.code_us, nom.USAGE)
        if decision.flag is not None and decision.flag not in lc.FLAG_KINDS:
            raise InputError(f"Signalement inconnu « {decision.flag} » (attendu : {', '.join(lc.FLAG_KINDS)}).")

        def work(con):
            state, _ = self._own_claim(con, decision.item_id, user, decision.action or lc.CONFIRM)
            model_cs, model_us = con.execute(f'SELECT code_cs, code_us FROM "{ITEMS}" WHERE fid = ?',
                                             (decision.item_id,)).fetchone()
            derived = lc.FLAG if decision.flag else (lc.CONFIRM if (cs, us) == (model_cs, model_us)
                                                       else lc.CORRECT)
            action = decision.action or derived
            if action != derived:
                raise InputError(f"Décision incohérente sur l'élément {decision.item_id} : « {action} » "
                                 f"avec les codes {cs} / {us} (le modèle proposait {model_cs} / {model_us}).")
            lc.next_state(state, action, decision.item_id)
            now = self._clock()
            seq = self._journal(con, decision.item_id, user, action, model_cs, model_us, cs, us,
                                flag=decision.flag, comment=decision.comment,
                                active_seconds=decision.active_seconds, started_at=decision.started_at,
                                now=now)
            con.execute(f'UPDATE "{ITEMS}" SET state = ?, decided_by = ?, decided_at = ?, cs_final = ?, '
                        'us_final = ?, flag = ?, claimed_by = NULL, lock_expires = NULL, rejection = NULL '
                        'WHERE fid = ?', (lc.DECIDED, user, _iso(now), cs, us, decision.flag,
                                          decision.item_id))
            return seq
        return self._write(work)

    def undo(self, item_id: int, user: str) -> int:
        user = _check_user(user)

        def work(con):
            row = con.execute(f'SELECT state, decided_by, cs_final, us_final, code_cs, code_us FROM "{ITEMS}" '
                              'WHERE fid = ?', (item_id,)).fetchone()
            if row is None:
                raise InputError(f"L'élément {item_id} n'existe pas dans cette campagne.")
            state, decider, cs_final, us_final, model_cs, model_us = row
            lc.next_state(state, lc.UNDO, item_id)
            if decider != user:
                raise LockLost(f"L'élément {item_id} a été décidé par {decider} : seul lui peut annuler.")
            last = con.execute(f'SELECT seq FROM "{JOURNAL}" WHERE item_id = ? AND action IN (?, ?, ?) '
                               'ORDER BY seq DESC LIMIT 1', (item_id, *lc.DECISIONS)).fetchone()
            now = self._clock()
            seq = self._journal(con, item_id, user, lc.UNDO, cs_final, us_final, model_cs, model_us,
                                undoes=last[0] if last else None, now=now)
            con.execute(f'UPDATE "{ITEMS}" SET state = ?, claimed_by = ?, lock_expires = ?, decided_by = NULL, '
                        'decided_at = NULL, cs_final = NULL, us_final = NULL, flag = NULL WHERE fid = ?',
                        (lc.CLAIMED, user, now + self._campaign.lock_seconds, item_id))
            return seq
        return self._write(work)

    # --- validator --------------------------------------------------------------
    def validate(self, item_id: int, validator: str, approve: bool,
                 reason: Optional[str] = None, comment: Optional[str] = None) -> int:
        validator = _check_user(validator)
        if not approve and not (reason and reason.strip()):
            raise InputError("Un rejet demande un motif.")

        def work(con):
            row = con.execute(f'SELECT state, decided_by, cs_final, us_final FROM "{ITEMS}" WHERE fid = ?',
                              (item_id,)).fetchone()
            if row is None:
                raise InputError(f"L'élément {item_id} n'existe pas dans cette campagne.")
            state, decider, cs, us = row
            action = lc.APPROVE if approve else lc.REJECT
            new_state = lc.next_state(state, action, item_id)
            if decider == validator:
                raise OcsgeError(f"Vous ne pouvez pas valider votre propre décision (élément {item_id}).")
            seq = self._journal(con, item_id, validator, action, cs, us, cs, us, reason=reason,
                                comment=comment, now=self._clock())
            con.execute(f'UPDATE "{ITEMS}" SET state = ?, validated_by = ?, rejection = ? WHERE fid = ?',
                        (new_state, validator, None if approve else reason, item_id))
            return seq
        return self._write(work)

    # --- journal and figures -----------------------------------------------------
    def _journal(self, con, item_id, user, action, cs_before, us_before, cs_after, us_after, *,
                 now: float, flag=None, reason=None, comment=None, active_seconds=0.0, started_at=None,
                 undoes=None) -> int:
        cur = con.execute(
            f'INSERT INTO "{JOURNAL}" (item_id, user, action, cs_before, us_before, cs_after, us_after, flag, '
            'reason, comment, active_seconds, started_at, recorded_at, model_version, undoes) '
            'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
            (item_id, user, action, cs_before, us_before, cs_after, us_after, flag, reason, comment,
             float(active_seconds or 0.0), _iso(started_at) if started_at else None, _iso(now),
             self._campaign.model_version, undoes))
        return cur.lastrowid

    def journal(self, item_id: Optional[int] = None) -> List[JournalRecord]:
        sql = (f'SELECT seq, item_id, user, action, cs_before, us_before, cs_after, us_after, flag, reason, '
               f'comment, active_seconds, started_at, recorded_at, model_version, undoes, '
               f'geom_after IS NOT NULL, changed_area_m2 FROM "{JOURNAL}"')
        args: tuple = ()
        if item_id is not None:
            sql += " WHERE item_id = ?"
            args = (item_id,)
        rows = self._con.execute(sql + " ORDER BY seq", args).fetchall()
        return [JournalRecord(*r[:16], geometry_changed=bool(r[16]), changed_area_m2=r[17]) for r in rows]

    def counts(self) -> Dict[str, Dict[str, Dict[str, float]]]:
        out: Dict[str, Dict[str, Dict[str, float]]] = {}
        for part, state, n, area in self._con.execute(
                f'SELECT part, state, n, area_m2 FROM "{COUNTS}" WHERE n > 0'):
            out.setdefault(part, {})[state] = {"count": n, "area_km2": area / 1e6}
        return out

    def schema_version(self) -> int:
        return self._con.execute(f'SELECT MAX(version) FROM "{MIGRATIONS_TABLE}"').fetchone()[0]


def _migrate(con: sqlite3.Connection, clock: Clock) -> None:
    con.execute(f'CREATE TABLE IF NOT EXISTS "{MIGRATIONS_TABLE}" '
                '(version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)')
    done = {r[0] for r in con.execute(f'SELECT version FROM "{MIGRATIONS_TABLE}"')}
    newest = max(done) if done else 0
    if newest > SCHEMA_VERSION:
        raise InputError(f"Ce magasin de revue a été écrit par une version plus récente d'OCS GE Review "
                         f"(schéma {newest}, celle-ci connaît jusqu'au {SCHEMA_VERSION}) : mettez l'extension à jour.")
    for version, description, apply in MIGRATIONS:
        if version in done:
            continue
        con.execute("BEGIN IMMEDIATE")
        try:
            apply(con)
            con.execute(f'INSERT INTO "{MIGRATIONS_TABLE}" (version, description, applied_at) VALUES (?, ?, ?)',
                        (version, description, _iso(clock())))
        except BaseException:
            con.execute("ROLLBACK")
            raise
        con.execute("COMMIT")


def _check_user(user: str) -> str:
    user = (user or "").strip()
    if not user:
        raise InputError("Nom d'utilisateur manquant.")
    return user
