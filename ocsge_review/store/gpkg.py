"""The embedded review store: one GeoPackage holding campaign, items, locks and journal."""
from __future__ import annotations

import json
import os
import sqlite3
import struct
import uuid
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import numpy as np
import shapely

from .. import lifecycle as lc
from ..errors import InputError, OcsgeError
from ..outputs import atomic_gpkg, check_gpkg_target
from . import edits
from .base import (CLOSED_TEXTS, JOURNAL_TABLE, REVIEW_TABLE, Campaign, Clock, Decision, Edit, Item, JournalRecord, LockLost,
                   Part, ReviewStore, decode_column, refuse_newer_schema, system_clock, table_columns)
from .rules import (INHERITED, ITEM_COLUMNS, check_claim, check_columns, check_reason,
                    check_send_back_reason, check_user, creation_columns, decision_action, decision_values,
                    iso_time, merge_values, reshape, split_pieces)

ITEMS = "items"
JOURNAL = "ocsge_journal"
META = "ocsge_campaign"
MIGRATIONS_TABLE = "ocsge_migrations"
COUNTS = "ocsge_counts"



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


def _m4_uid(con: sqlite3.Connection) -> None:
    """A campaign identifier that stays the same wherever the campaign goes (checkout, sync):
    with an approval's journal number, it keys what the sync has applied to production."""
    con.execute(f'INSERT OR IGNORE INTO "{META}" (key, value) VALUES (?, ?)', ("uid", json.dumps(str(uuid.uuid4()))))


def _m3_lineage(con: sqlite3.Connection) -> None:
    """Lineage of geometry corrections, for reviewers and for the sync to production.

    - ``items.parent_id``: on a split part, the item it was cut from (the part's
      ``source_id`` is the original's plus ``/k``); sync writes the part as a new
      polygon whose ``id_origine`` is the original's id.
    - ``items.merged_into``: on a merged neighbour (superseded), the survivor that
      took its ground; sync deletes it and replaces the survivor's geometry.
    - ``ocsge_journal.related``: on the record of a split part or of a merged
      neighbour, the original or the survivor. The latter's own record carries the
      time spent, the comment and the area that changed class, so that sums over
      the journal count each correction once.

    ``geom_before`` / ``geom_after`` in the journal hold plain WKB in the campaign's CRS.
    """
    for column in ("parent_id", "merged_into"):
        con.execute(f'ALTER TABLE "{ITEMS}" ADD COLUMN "{column}" INTEGER')
        con.execute(f'CREATE INDEX "idx_items_{column}" ON "{ITEMS}" ({column})')
    con.execute(f'ALTER TABLE "{JOURNAL}" ADD COLUMN related INTEGER')
    con.execute(f'CREATE INDEX "idx_journal_related" ON "{JOURNAL}" (related, seq)')


# Numbered migrations, applied in order when a store is opened; never edited
# once released: a change to the schema is a new number.
MIGRATIONS: Sequence[Tuple[int, str, Callable[[sqlite3.Connection], None]]] = (
    (1, "review state, campaign metadata, append-only journal", _m1_review_state),
    (2, "counts by part and state kept by triggers", _m2_counts),
    (3, "lineage of splits and merges", _m3_lineage),
    (4, "campaign identifier", _m4_uid),
)
SCHEMA_VERSION = MIGRATIONS[-1][0]


def _blob_wkb(blob: bytes) -> bytes:
    """The WKB inside a GeoPackage geometry blob (header and envelope skipped)."""
    envelope = (blob[3] >> 1) & 0b111
    return bytes(blob[8 + (0, 32, 48, 48, 64)[envelope]:])


def _blob_geom(blob):
    return shapely.from_wkb(_blob_wkb(blob))


def _gpkg_blob(geom, wkb: bytes, srs_id: int) -> bytes:
    """A GeoPackage geometry blob: "GP", version 0, little-endian header with an
    xy envelope (flags 0b011), srs_id, minx maxx miny maxy, then ``wkb`` (of ``geom``) as is."""
    minx, miny, maxx, maxy = geom.bounds
    return b"GP\x00\x03" + struct.pack("<i4d", srs_id, minx, maxx, miny, maxy) + wkb


def _blob_empty(blob) -> Optional[int]:
    if blob is None:
        return None
    return int(bool((blob[3] >> 4) & 1) or _blob_geom(blob).is_empty)


def _blob_bound(i: int):
    def bound(blob):
        return None if blob is None else float(shapely.bounds(_blob_geom(blob))[i])
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


class GpkgStore(ReviewStore):
    """A review store in one GeoPackage file, safe for several processes at once."""

    def __init__(self, path: str, con: sqlite3.Connection, clock: Clock):
        self.path = path
        self._con = con
        self._clock = clock
        self._campaign = self._read_campaign()
        self._srs_id = con.execute("SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = ?",
                                   (ITEMS,)).fetchone()[0]

    # --- creation and opening -------------------------------------------------
    @classmethod
    def create(cls, path: str, campaign: Campaign, columns: Dict[str, np.ndarray], wkb: np.ndarray,
               clock: Optional[Clock] = None, overwrite: bool = False) -> "GpkgStore":
        """Write a new store atomically: nothing exists at ``path`` until it is complete."""
        clock = clock or system_clock
        check_gpkg_target(path, "Le magasin de revue")
        if os.path.exists(path) and not overwrite:
            raise InputError(f"Le magasin de revue « {path} » existe déjà : choisissez un autre fichier.")
        check_columns(columns)
        from ..geo import pyogrio     # GDAL only to create a store: opening one needs SQLite alone
        with atomic_gpkg(path) as tmp:
            pyogrio.raw.write(tmp, wkb, [columns[c] for c in ITEM_COLUMNS], list(ITEM_COLUMNS),
                              layer=ITEMS, driver="GPKG", geometry_type="Unknown",
                              crs=f"EPSG:{campaign.epsg}")
            con = _connect(tmp)
            _migrate(con, clock)
            campaign.created_at = campaign.created_at or iso_time(clock())
            campaign.uid = campaign.uid or str(uuid.uuid4())
            con.execute("BEGIN IMMEDIATE")
            for key, value in campaign.__dict__.items():
                con.execute(f'INSERT OR REPLACE INTO "{META}" (key, value) VALUES (?, ?)', (key, json.dumps(value)))
            con.execute("COMMIT")
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            con.close()
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
        try:
            _migrate(con, clock or system_clock)
            return cls(path, con, clock or system_clock)
        except BaseException:
            con.close()
            raise

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
        user = check_user(user)

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
        row = self._row(self._con, item_id,
                        'fid, source_id, part, state, area_m2, geom, code_cs, code_us, '
                        'cs_top1, cs_p1, cs_top2, cs_p2, cs_top3, cs_p3, us_top1, us_p1, us_top2, us_p2, us_top3, '
                        'us_p3, rejection, lock_expires, parent_id, merged_into')
        blind = row[2] == "audit"
        item = Item(id=row[0], source_id=row[1], part=row[2], state=row[3], area_m2=row[4],
                    wkb=_blob_wkb(row[5]), blind=blind, rejection=row[20], lock_expires=row[21] or 0.0,
                    parent_id=row[22], merged_into=row[23])
        if not blind:
            item.code_cs, item.code_us = row[6], row[7]
            item.proposals_cs = [(row[i], row[i + 1]) for i in (8, 10, 12) if row[i]]
            item.proposals_us = [(row[i], row[i + 1]) for i in (14, 16, 18) if row[i]]
        return item

    def heartbeat(self, item_id: int, user: str) -> float:
        user = check_user(user)

        def work(con):
            self._own_claim(con, item_id, user, None)
            expires = self._clock() + self._campaign.lock_seconds
            con.execute(f'UPDATE "{ITEMS}" SET lock_expires = ? WHERE fid = ?', (expires, item_id))
            return expires
        return self._write(work)

    def release(self, item_id: int, user: str) -> None:
        user = check_user(user)

        def work(con):
            state, _ = self._own_claim(con, item_id, user, lc.RELEASE)
            lc.next_state(state, lc.RELEASE, item_id)
            con.execute(f'UPDATE "{ITEMS}" SET state = ?, claimed_by = NULL, lock_expires = NULL, '
                        'skipped_by = ? WHERE fid = ?', (lc.PENDING, user, item_id))
        self._write(work)

    def _own_claim(self, con, item_id: int, user: str, action: Optional[str], columns: str = ""):
        """(state, claimed_by, *columns) of an item ``user`` may act on; the refusal says why.
        With ``action`` None (a heartbeat), the item must be claimed by ``user``."""
        state, owner, *rest = self._row(con, item_id, "state, claimed_by" + (", " + columns if columns else ""))
        check_claim(item_id, user, action, state, owner)
        return (state, owner, *rest)

    def decide(self, decision: Decision) -> int:
        user, cs, us, new = decision_values(decision, self._campaign.epsg)

        def work(con):
            # The polygon is read only for a reshape: a plain decision stays one small row.
            state, _, part, model_cs, model_us, area, *blob = self._own_claim(
                con, decision.item_id, user, decision.action or lc.CONFIRM,
                "part, code_cs, code_us, area_m2" + (", geom" if new is not None else ""))
            derived = decision_action(decision, cs, us, model_cs, model_us)
            class_changed = (cs, us) != (model_cs, model_us)
            geoms = {}
            if new is None:
                action, changed = derived, (area or 0.0) if class_changed else 0.0
            else:
                edits.refuse_audit(part, decision.item_id)
                action, changed = lc.RESHAPE, reshape(decision.item_id, _blob_geom(blob[0]), new, class_changed)
                geoms = dict(geom_before=_blob_wkb(blob[0]), geom_after=edits.wkb(new))
            lc.next_state(state, action, decision.item_id)
            now = self._clock()
            seq = self._journal(con, decision.item_id, user, action, model_cs, model_us, cs, us,
                                flag=decision.flag, comment=decision.comment,
                                active_seconds=decision.active_seconds, started_at=decision.started_at,
                                now=now, changed_area_m2=changed, **geoms)
            self._mark_decided(con, decision.item_id, lc.DECIDED, user, now, cs, us, decision.flag)
            if geoms:
                self._set_geometry(con, decision.item_id, new, geoms["geom_after"])
            return seq
        return self._write(work)

    def split(self, item_id: int, user: str, parts: Sequence[Part], *, comment: Optional[str] = None,
              active_seconds: float = 0.0, started_at: Optional[float] = None) -> List[int]:
        user = check_user(user)
        pieces = split_pieces(item_id, parts, self._campaign.epsg)
        inherited = ", ".join(f'"{c}"' for c in INHERITED)

        def work(con):
            state, _, part, model_cs, model_us, blob, source_id = self._own_claim(
                con, item_id, user, lc.SPLIT, "part, code_cs, code_us, geom, source_id")
            lc.next_state(state, lc.SPLIT, item_id)
            edits.refuse_audit(part, item_id)
            edits.check_cover(item_id, _blob_geom(blob), [g for g, _, _ in pieces])
            now = self._clock()
            changed = sum(g.area for g, cs, us in pieces if (cs, us) != (model_cs, model_us))
            self._journal(con, item_id, user, lc.SPLIT, model_cs, model_us, None, None, comment=comment,
                          active_seconds=active_seconds, started_at=started_at, now=now,
                          geom_before=_blob_wkb(blob), changed_area_m2=changed)
            self._mark_decided(con, item_id, lc.SUPERSEDED, user, now, None, None)
            # Parts of an undone split keep their source ids: number on after them.
            earlier = con.execute(f'SELECT COUNT(*) FROM "{ITEMS}" WHERE parent_id = ?', (item_id,)).fetchone()[0]
            ids = []
            for k, (geom, cs, us) in enumerate(pieces, earlier + 1):
                wkb = edits.wkb(geom)
                cur = con.execute(
                    f'INSERT INTO "{ITEMS}" (geom, area_m2, source_id, parent_id, state, decided_by, decided_at, '
                    f'cs_final, us_final, {inherited}) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, {inherited} '
                    f'FROM "{ITEMS}" WHERE fid = ?',
                    (_gpkg_blob(geom, wkb, self._srs_id), float(geom.area), f"{source_id}/{k}", item_id, lc.DECIDED,
                     user, iso_time(now), cs, us, item_id))
                self._journal(con, cur.lastrowid, user, lc.SPLIT, model_cs, model_us, cs, us, now=now,
                              geom_after=wkb, related=item_id)
                ids.append(cur.lastrowid)
            return ids
        return self._write(work)

    def merge(self, item_id: int, user: str, others: Sequence[int], code_cs: str, code_us: str, *,
              comment: Optional[str] = None, active_seconds: float = 0.0,
              started_at: Optional[float] = None) -> int:
        user = check_user(user)
        cs, us, others = merge_values(item_id, others, code_cs, code_us)

        def work(con):
            state, _ = self._own_claim(con, item_id, user, lc.MERGE)
            lc.next_state(state, lc.MERGE, item_id)
            rows = {}
            for fid in (item_id, *others):
                rows[fid] = self._row(con, fid, "state, part, code_cs, code_us, geom")
                edits.refuse_audit(rows[fid][1], fid)
                if fid != item_id:
                    lc.next_state(rows[fid][0], lc.ABSORB, fid)
            geoms = {fid: _blob_geom(row[4]) for fid, row in rows.items()}
            union = edits.merged(item_id, geoms[item_id], {o: geoms[o] for o in others})
            changed = sum(geoms[fid].area for fid, row in rows.items() if (row[2], row[3]) != (cs, us))
            now = self._clock()
            after = edits.wkb(union)
            seq = self._journal(con, item_id, user, lc.MERGE, *rows[item_id][2:4], cs, us, comment=comment,
                                active_seconds=active_seconds, started_at=started_at, now=now,
                                geom_before=_blob_wkb(rows[item_id][4]), geom_after=after,
                                changed_area_m2=changed)
            self._mark_decided(con, item_id, lc.DECIDED, user, now, cs, us)
            self._set_geometry(con, item_id, union, after)
            for o in others:
                self._journal(con, o, user, lc.MERGE, *rows[o][2:4], cs, us, now=now,
                              geom_before=_blob_wkb(rows[o][4]), related=item_id)
                con.execute(f'UPDATE "{ITEMS}" SET state = ?, merged_into = ?, claimed_by = NULL, '
                            'lock_expires = NULL WHERE fid = ?', (lc.SUPERSEDED, item_id, o))
            return seq
        return self._write(work)

    def neighbours(self, item_id: int) -> List[int]:
        geom = _blob_geom(self._row(self._con, item_id, "geom")[0])
        minx, miny, maxx, maxy = geom.bounds
        rows = self._con.execute(
            f'SELECT i.fid, i.geom FROM "rtree_{ITEMS}_geom" r JOIN "{ITEMS}" i ON i.fid = r.id '
            'WHERE r.minx <= ? AND r.maxx >= ? AND r.miny <= ? AND r.maxy >= ? AND i.fid != ? AND i.state != ?',
            (maxx, minx, maxy, miny, item_id, lc.SUPERSEDED)).fetchall()
        if not rows:
            return []
        touching = edits.shares_edge(geom, shapely.from_wkb([_blob_wkb(blob) for _, blob in rows]))
        return sorted(fid for (fid, _), ok in zip(rows, touching) if ok)

    def undo(self, item_id: int, user: str) -> int:
        user = check_user(user)

        def work(con):
            state, decider, cs_final, us_final, model_cs, model_us, parent, merged_into, blob = self._row(
                con, item_id, "state, decided_by, cs_final, us_final, code_cs, code_us, parent_id, merged_into, geom")
            if merged_into is not None:
                raise OcsgeError(f"L'élément {item_id} a été fusionné dans l'élément {merged_into} : annulez la "
                                 f"fusion depuis l'élément {merged_into}.")
            last = con.execute(f'SELECT seq, action, geom_before, related FROM "{JOURNAL}" WHERE item_id = ? '
                               'AND action IN (?, ?, ?, ?, ?, ?) ORDER BY seq DESC LIMIT 1',
                               (item_id, *lc.DECISIONS, *lc.GEOMETRY_EDITS)).fetchone()
            undone, action, geom_before, related = last or (None, None, None, None)
            if related is not None:
                raise OcsgeError(f"L'élément {item_id} est une partie du découpage de l'élément {parent} : "
                                 f"annulez le découpage depuis l'élément {parent}.")
            lc.next_state(state, lc.UNDO, item_id)
            if decider != user:
                raise LockLost(f"L'élément {item_id} a été décidé par {decider} : seul lui peut annuler.")
            # The parts of the split, or the neighbours of the merge, being undone.
            followers = con.execute(f'SELECT item_id, seq FROM "{JOURNAL}" WHERE related = ? AND action = ? '
                                    'AND seq > ? ORDER BY seq', (item_id, action, undone)).fetchall() \
                if action in (lc.SPLIT, lc.MERGE) else []
            if action == lc.SPLIT:
                for part, _ in followers:
                    part_state = self._row(con, part, "state")[0]
                    if not lc.allowed(part_state, lc.RETIRE):
                        raise OcsgeError(f"Impossible d'annuler le découpage de l'élément {item_id} : l'élément "
                                         f"{part}, qui en est issu, est {lc.state_words(part_state)}.")
            geoms = {}
            if action in (lc.MERGE, lc.RESHAPE):
                geoms = dict(geom_before=_blob_wkb(blob), geom_after=geom_before)
            now = self._clock()
            seq = self._journal(con, item_id, user, lc.UNDO, cs_final, us_final, model_cs, model_us,
                                undoes=undone, now=now, **geoms)
            con.execute(f'UPDATE "{ITEMS}" SET state = ?, claimed_by = ?, lock_expires = ?, decided_by = NULL, '
                        'decided_at = NULL, cs_final = NULL, us_final = NULL, flag = NULL WHERE fid = ?',
                        (lc.CLAIMED, user, now + self._campaign.lock_seconds, item_id))
            if geoms:
                self._set_geometry(con, item_id, shapely.from_wkb(geom_before), geom_before)
            for other, other_undone in followers:
                o_state, o_part, o_cs, o_us, o_model_cs, o_model_us = self._row(
                    con, other, "state, part, cs_final, us_final, code_cs, code_us")
                if action == lc.SPLIT:
                    back, before, after = lc.next_state(o_state, lc.RETIRE, other), (o_cs, o_us), (None, None)
                else:
                    back, before, after = lc.initial_state(o_part), (cs_final, us_final), (o_model_cs, o_model_us)
                self._journal(con, other, user, lc.UNDO, *before, *after, undoes=other_undone, related=item_id,
                              now=now)
                con.execute(f'UPDATE "{ITEMS}" SET state = ?, merged_into = NULL WHERE fid = ?', (back, other))
            return seq
        return self._write(work)

    def _row(self, con, item_id: int, columns: str):
        row = con.execute(f'SELECT {columns} FROM "{ITEMS}" WHERE fid = ?', (item_id,)).fetchone()
        if row is None:
            raise InputError(f"L'élément {item_id} n'existe pas dans cette campagne.")
        return row

    def _mark_decided(self, con, item_id: int, state: str, user: str, now: float, cs, us, flag=None) -> None:
        con.execute(f'UPDATE "{ITEMS}" SET state = ?, decided_by = ?, decided_at = ?, cs_final = ?, us_final = ?, '
                    'flag = ?, claimed_by = NULL, lock_expires = NULL, rejection = NULL WHERE fid = ?',
                    (state, user, iso_time(now), cs, us, flag, item_id))

    def _set_geometry(self, con, item_id: int, geom, wkb: bytes) -> None:
        """New geometry (``wkb`` is ``geom``'s) and area; GDAL's triggers keep the R-tree,
        the layer extent is widened here."""
        con.execute(f'UPDATE "{ITEMS}" SET geom = ?, area_m2 = ? WHERE fid = ?',
                    (_gpkg_blob(geom, wkb, self._srs_id), float(geom.area), item_id))
        minx, miny, maxx, maxy = geom.bounds
        con.execute("UPDATE gpkg_contents SET min_x = MIN(min_x, ?), min_y = MIN(min_y, ?), max_x = MAX(max_x, ?), "
                    "max_y = MAX(max_y, ?) WHERE table_name = ?", (minx, miny, maxx, maxy, ITEMS))

    # --- validator --------------------------------------------------------------
    def validate(self, item_id: int, validator: str, approve: bool,
                 reason: Optional[str] = None, comment: Optional[str] = None) -> int:
        validator = check_user(validator)
        check_reason(approve, reason)

        def work(con):
            state, decider, cs, us = self._row(con, item_id, "state, decided_by, cs_final, us_final")
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

    # --- offline work (checkout / checkin) --------------------------------------------
    def reserve(self, user: str, area=None, limit: Optional[int] = None,
                seconds: float = 7 * 86400) -> List[int]:
        """Claim for ``user``, for ``seconds``, the items waiting for them in ``area`` (a
        territory.Area, or everything): pending items, and their own rejected ones, by rank."""
        user = check_user(user)

        def work(con):
            where, args = "", []
            if area is not None:
                minx, miny, maxx, maxy = area.bbox
                where = (f' AND fid IN (SELECT id FROM "rtree_{ITEMS}_geom" WHERE minx <= ? AND maxx >= ? '
                         'AND miny <= ? AND maxy >= ?)')
                args = [maxx, minx, maxy, miny]
            rows = con.execute(f'SELECT fid, geom FROM "{ITEMS}" WHERE (state = ? OR (state = ? AND decided_by = ?))'
                               f'{where} ORDER BY rank', (lc.PENDING, lc.REJECTED, user, *args)).fetchall()
            if area is not None and rows:
                inside = area.mask(shapely.from_wkb([_blob_wkb(b) for _, b in rows]))
                rows = [r for r, ok in zip(rows, inside) if ok]
            ids = [fid for fid, _ in rows[:limit]]
            expires = self._clock() + seconds
            con.executemany(f'UPDATE "{ITEMS}" SET state = ?, claimed_by = ?, lock_expires = ? WHERE fid = ?',
                            [(lc.CLAIMED, user, expires, fid) for fid in ids])
            return ids
        return self._write(work)

    def give_back(self, item_ids: Sequence[int], user: str) -> int:
        """Return to the queue the items still claimed by ``user`` (a checkout's leftovers),
        without marking them skipped; returns how many."""
        user = check_user(user)

        def work(con):
            return sum(con.execute(f'UPDATE "{ITEMS}" SET state = CASE WHEN decided_by = ? THEN ? ELSE ? END, '
                                   'claimed_by = NULL, lock_expires = NULL WHERE fid = ? AND state = ? '
                                   'AND claimed_by = ?', (user, lc.REJECTED, lc.PENDING, fid, lc.CLAIMED, user)
                                   ).rowcount for fid in item_ids)
        return self._write(work)

    def update_origin(self, origin: dict) -> None:
        """Record a checked-out copy's bookkeeping (which items are checked in)."""
        self._write(lambda con: con.execute(f'INSERT OR REPLACE INTO "{META}" (key, value) VALUES (?, ?)',
                                            ("origin", json.dumps(origin))))
        self._campaign.origin = origin

    def export_items(self, item_ids: Sequence[int]) -> Tuple[Dict[str, np.ndarray], np.ndarray]:
        """The creation columns (ITEM_COLUMNS) and polygons (WKB) of these items, in this order."""
        cols = ", ".join(f'"{c}"' for c in ITEM_COLUMNS)
        rows = [self._row(self._con, fid, f"{cols}, geom") for fid in item_ids]
        columns = creation_columns(rows)
        return columns, np.array([_blob_wkb(r[-1]) for r in rows], dtype=object)

    # --- sync to production ----------------------------------------------------------
    def validated_edits(self, after_id: int = 0, limit: Optional[int] = None) -> List[Edit]:
        con = self._con
        rows = con.execute(
            f'SELECT fid, source_id, cs_final, us_final, code_cs, code_us, geom, parent_id, decided_by, '
            f'validated_by FROM "{ITEMS}" WHERE state = ? AND fid > ? ORDER BY fid LIMIT ?',
            (lc.VALIDATED, after_id, -1 if limit is None else int(limit))).fetchall()
        out = []
        for fid, source_id, cs, us, model_cs, model_us, blob, parent, decider, validator in rows:
            root = None
            if parent is not None:
                # Every part of the split must be validated before production replaces the original.
                waiting = con.execute(f'SELECT COUNT(*) FROM "{ITEMS}" WHERE parent_id = ? AND state NOT IN '
                                      '(?, ?, ?)', (parent, lc.VALIDATED, lc.SYNCED, lc.SUPERSEDED)).fetchone()[0]
                if waiting:
                    continue
                root = parent
                while True:     # a part of a part: production knows only the first original
                    up = self._row(con, root, "parent_id")[0]
                    if up is None:
                        break
                    root = up
                root = self._row(con, root, "source_id")[0]
            wkb = _blob_wkb(blob)
            first = con.execute(f'SELECT geom_before FROM "{JOURNAL}" WHERE item_id = ? AND action IN (?, ?) '
                                'AND related IS NULL AND geom_before IS NOT NULL ORDER BY seq LIMIT 1',
                                (fid, lc.RESHAPE, lc.MERGE)).fetchone()
            approval, approved_at = con.execute(
                f'SELECT seq, recorded_at FROM "{JOURNAL}" WHERE item_id = ? AND action = ? ORDER BY seq DESC '
                'LIMIT 1', (fid, lc.APPROVE)).fetchone()
            absorbed = [r[0] for r in con.execute(f'SELECT source_id FROM "{ITEMS}" WHERE merged_into = ? '
                                                  'ORDER BY fid', (fid,))]
            out.append(Edit(item_id=fid, source_id=source_id, code_cs=cs, code_us=us, model_cs=model_cs,
                            model_us=model_us, wkb=wkb,
                            geometry_changed=parent is not None or (first is not None and first[0] != wkb),
                            parent_source_id=root, absorbed=absorbed, decided_by=decider,
                            validated_by=validator, validated_at=approved_at, approval_seq=approval))
        return out

    def source_ids(self) -> List[str]:
        return [r[0] for r in self._con.execute(f'SELECT source_id FROM "{ITEMS}" WHERE parent_id IS NULL '
                                                'ORDER BY fid')]

    def mark_synced(self, item_ids: Sequence[int], user: str, comment: Optional[str] = None) -> None:
        user = check_user(user)

        def work(con):
            now = self._clock()
            for item_id in item_ids:
                state, cs, us = self._row(con, item_id, "state, cs_final, us_final")
                new_state = lc.next_state(state, lc.SYNC, item_id)
                self._journal(con, item_id, user, lc.SYNC, cs, us, cs, us, comment=comment, now=now)
                con.execute(f'UPDATE "{ITEMS}" SET state = ? WHERE fid = ?', (new_state, item_id))
        self._write(work)

    def send_back(self, item_id: int, user: str, reason: str) -> int:
        user = check_user(user)
        check_send_back_reason(reason)

        def work(con):
            state, cs, us = self._row(con, item_id, "state, cs_final, us_final")
            new_state = lc.next_state(state, lc.SEND_BACK, item_id)
            seq = self._journal(con, item_id, user, lc.SEND_BACK, cs, us, cs, us, reason=reason, now=self._clock())
            con.execute(f'UPDATE "{ITEMS}" SET state = ?, rejection = ? WHERE fid = ?', (new_state, reason, item_id))
            return seq
        return self._write(work)

    # --- journal and figures -----------------------------------------------------
    def _journal(self, con, item_id, user, action, cs_before, us_before, cs_after, us_after, *,
                 now: float, flag=None, reason=None, comment=None, active_seconds=0.0, started_at=None,
                 undoes=None, geom_before=None, geom_after=None, changed_area_m2=0.0, related=None) -> int:
        cur = con.execute(
            f'INSERT INTO "{JOURNAL}" (item_id, user, action, cs_before, us_before, cs_after, us_after, flag, '
            'reason, comment, active_seconds, started_at, recorded_at, model_version, undoes, geom_before, '
            'geom_after, changed_area_m2, related) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
            (item_id, user, action, cs_before, us_before, cs_after, us_after, flag, reason, comment,
             float(active_seconds or 0.0), iso_time(started_at) if started_at else None, iso_time(now),
             self._campaign.model_version, undoes, geom_before, geom_after, float(changed_area_m2), related))
        return cur.lastrowid

    def journal(self, item_id: Optional[int] = None) -> List[JournalRecord]:
        sql = (f'SELECT seq, item_id, user, action, cs_before, us_before, cs_after, us_after, flag, reason, '
               f'comment, active_seconds, started_at, recorded_at, model_version, undoes, '
               f'geom_before IS NOT NULL OR geom_after IS NOT NULL, changed_area_m2, related FROM "{JOURNAL}"')
        args: tuple = ()
        if item_id is not None:
            sql += " WHERE item_id = ?"
            args = (item_id,)
        rows = self._con.execute(sql + " ORDER BY seq", args).fetchall()
        return [JournalRecord(*r[:16], geometry_changed=bool(r[16]), changed_area_m2=r[17], related=r[18])
                for r in rows]

    def counts(self) -> Dict[str, Dict[str, Dict[str, float]]]:
        out: Dict[str, Dict[str, Dict[str, float]]] = {}
        for part, state, n, area in self._con.execute(
                f'SELECT part, state, n, area_m2 FROM "{COUNTS}" WHERE n > 0'):
            out.setdefault(part, {})[state] = {"count": n, "area_km2": area / 1e6}
        return out

    def schema_version(self) -> int:
        return self._con.execute(f'SELECT MAX(version) FROM "{MIGRATIONS_TABLE}"').fetchone()[0]

    # --- statistics -------------------------------------------------------------------
    def review_table(self, columns: Optional[Sequence[str]] = None) -> Dict[str, np.ndarray]:
        names = table_columns(columns, REVIEW_TABLE, "la table de revue")
        return self._table(ITEMS, names, REVIEW_TABLE, {"id": "fid", "decided_day": _day("decided_at")})

    def journal_table(self, columns: Optional[Sequence[str]] = None) -> Dict[str, np.ndarray]:
        names = table_columns(columns, JOURNAL_TABLE, "la table du journal")
        return self._table(JOURNAL, names, JOURNAL_TABLE,
                           {"geometry_changed": "(geom_before IS NOT NULL OR geom_after IS NOT NULL)",
                            "recorded_day": _day("recorded_at")})

    def _table(self, table: str, names: Sequence[str], kinds: Dict[str, str],
               expressions: Dict[str, str]) -> Dict[str, np.ndarray]:
        """Columns in one scan, by rowid (NOT INDEXED: a covering index would change the order)."""
        if not names:
            return {}
        parts = []
        for name in names:
            value = expressions.get(name, f'"{name}"')
            if kinds[name] == "text":
                if name not in CLOSED_TEXTS:
                    value = f"replace(replace({value}, char(31), ' '), char(30), ' ')"
                parts.append(f"group_concat(ifnull({value}, char(30)), char(31))")
            else:
                missing = "-1" if kinds[name] == "int" else "'nan'"
                parts.append(f"group_concat(ifnull({value}, {missing}), ',')")
        row = self._con.execute(f'SELECT {", ".join(parts)} FROM "{table}" NOT INDEXED').fetchone()
        return {name: decode_column(kinds[name], text) for name, text in zip(names, row)}


def _day(column: str) -> str:
    """Days since 1970-01-01 of an ISO timestamp column (the store writes them in UTC)."""
    return f"CAST(julianday({column}) - 2440587.5 AS INTEGER)"


def _migrate(con: sqlite3.Connection, clock: Clock) -> None:
    con.execute(f'CREATE TABLE IF NOT EXISTS "{MIGRATIONS_TABLE}" '
                '(version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)')
    done = {r[0] for r in con.execute(f'SELECT version FROM "{MIGRATIONS_TABLE}"')}
    refuse_newer_schema(max(done) if done else 0, SCHEMA_VERSION)
    for version, description, apply in MIGRATIONS:
        if version in done:
            continue
        con.execute("BEGIN IMMEDIATE")
        try:
            apply(con)
            con.execute(f'INSERT INTO "{MIGRATIONS_TABLE}" (version, description, applied_at) VALUES (?, ?, ?)',
                        (version, description, iso_time(clock())))
        except BaseException:
            con.execute("ROLLBACK")
            raise
        con.execute("COMMIT")
