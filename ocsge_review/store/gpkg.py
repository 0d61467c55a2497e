"""The embedded review store: one GeoPackage holding campaign, items, locks and journal."""
from __future__ import annotations

import json
import logging
import os
import pathlib
import sqlite3
import struct
import uuid
from typing import Callable, Dict, List, Optional, Sequence, Set, Tuple

import numpy as np
import shapely

from . import lifecycle as lc
from ..errors import InputError, OcsgeError
from ..messages import tr
from ..outputs import atomic_gpkg, check_gpkg_target
from .base import JOURNAL_TABLE, REVIEW_TABLE, Campaign, Clock, refuse_newer_schema, system_clock
from .columns import (CLOSED_TEXTS, SPARSE, code_sql, decode_column, packed_words, scatter, sorted_labels,
                      table_columns, unpack, word_sql)
from .engine import JOURNAL_COLUMNS, SqlStore
from .rules import INHERITED, ITEM_COLUMNS, check_columns, iso_time  # noqa: F401  (ITEM_COLUMNS: callers)

ITEMS = "items"
JOURNAL = "ocsge_journal"
META = "ocsge_campaign"
MIGRATIONS_TABLE = "ocsge_migrations"
COUNTS = "ocsge_counts"
log = logging.getLogger(__name__)
OPINIONS = "ocsge_second_opinions"



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


def _m5_second_opinions(con: sqlite3.Connection) -> None:
    """Second opinions (store/opinions.py): reviewed items drawn at random, answered blind by someone
    else, disagreements settled by a validator. One row per drawn item, its life in ``state``."""
    con.execute(f'''CREATE TABLE "{OPINIONS}" (
        id INTEGER PRIMARY KEY AUTOINCREMENT, item_id INTEGER NOT NULL UNIQUE, draw INTEGER NOT NULL,
        stratum TEXT NOT NULL, frame_size INTEGER NOT NULL, frame_area_m2 REAL NOT NULL, seed INTEGER, drawn_at TEXT NOT NULL,
        drawn_by TEXT NOT NULL, state TEXT NOT NULL, claimed_by TEXT, lock_expires REAL, skipped_by TEXT,
        first_by TEXT, first_cs TEXT, first_us TEXT, answered_by TEXT, answered_at TEXT, code_cs TEXT, code_us TEXT, settled_by TEXT, settled_at TEXT,
        verdict_cs TEXT, verdict_us TEXT, comment TEXT)''')
    con.execute(f'CREATE INDEX "idx_opinions_state" ON "{OPINIONS}" (state, id)')
    con.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier) VALUES (?, 'attributes', ?)",
                (OPINIONS, OPINIONS))


# Numbered migrations, applied in order when a store is opened; never edited
# once released: a change to the schema is a new number.
MIGRATIONS: Sequence[Tuple[int, str, Callable[[sqlite3.Connection], None]]] = (
    (1, "review state, campaign metadata, append-only journal", _m1_review_state),
    (2, "counts by part and state kept by triggers", _m2_counts),
    (3, "lineage of splits and merges", _m3_lineage),
    (4, "campaign identifier", _m4_uid),
    (5, "second opinions", _m5_second_opinions),
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


def _connect(path: str, readonly: bool = False) -> sqlite3.Connection:
    if readonly:
        # mode=ro: the file's bytes never change, and such a connection can never take the
        # exclusive lock with which a closing connection checkpoints and deletes the -wal.
        con = sqlite3.connect(pathlib.Path(os.path.abspath(path)).as_uri() + "?mode=ro", uri=True,
                              isolation_level=None, timeout=30.0, check_same_thread=False)
    else:
        con = sqlite3.connect(path, isolation_level=None, timeout=30.0, check_same_thread=False)
    # GDAL's R-tree triggers call these functions; plain SQLite lacks them.
    con.create_function("ST_IsEmpty", 1, _blob_empty, deterministic=True)
    for i, name in enumerate(("ST_MinX", "ST_MinY", "ST_MaxX", "ST_MaxY")):
        con.create_function(name, 1, _blob_bound(i), deterministic=True)
    con.execute("PRAGMA busy_timeout = 30000")
    return con


def _write_mode(con: sqlite3.Connection) -> sqlite3.Connection:
    """WAL + FULL: a decision is on disk when its commit returns, and readers (QGIS drawing the
    items layer) never block the interpreter's writes. Set once the file is known to be a store:
    it writes the file's header."""
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = FULL")
    return con


# SQLite's locks are POSIX advisory locks, held per process: whatever else in a process closes a
# descriptor of the store (GDAL identifying the file for QGIS, a plain open()) drops them all. The
# last connection to close, believing itself alone, then checkpoints and deletes the -wal and -shm
# that another process still uses, and that process goes on in files no one else sees (decisions
# lost, then a damaged .gpkg). Hence (README, « Un magasin GeoPackage partagé » in the guide):
# - read-only commands open read-only: such a connection can never delete anything;
# - a writing store pins the store (below): another process then never believes itself the last
#   user, even after something else in this process dropped its POSIX locks, and no close in this
#   process (ours, or GDAL's for QGIS's layer on the file) can take the exclusive lock with which it
#   would delete them; its close checkpoints everything into the .gpkg and keeps the pin until this
#   process ends if another process or another connection of this one still uses the store;
# - where there is no pin (no open-file-description locks), a close that leaves another user keeps
#   a read-only connection open until this process ends instead: SQLite then lets no later close in
#   this process delete files another process may use;
# - around each transaction the store checks its -wal and -shm are still those on disk: if a program
#   without these rules deleted them, what went into them is checkpointed and the store says so.
_SIDE_FILES = ("-wal", "-shm")
# The byte of the -shm on which every connection of SQLite's unix VFS holds a shared lock while it
# uses the file (UNIX_SHM_DMS in os_unix.c: 120 + 8 lock bytes).
_SHM_DMS = 128
_GUARDS: Dict[str, sqlite3.Connection] = {}
# SQLite's shared-lock range of the database file (os_unix.c: PENDING_BYTE + 2, SHARED_SIZE bytes): a
# connection that holds a read lock there is « in use ». The closing connection that gets the
# exclusive lock over it checkpoints and deletes the -wal and -shm; the opening connection that gets
# the -shm's DMS byte exclusively believes itself first and resets the -shm.
_SHARED_FIRST, _SHARED_SIZE = 0x40000000 + 2, 510
_PINS: Dict[str, List[int]] = {}


def _pinned(path: str) -> bool:
    return bool(_PINS.get(os.path.realpath(path)))


def _unpin(path: str) -> None:
    """Release the pins of ``path``: only once no connection of this process uses the store (closing
    their descriptors drops this process's POSIX locks on the files)."""
    for fd in _PINS.pop(os.path.realpath(path), []):
        os.close(fd)


def _pin(path: str) -> None:
    """Read locks on those two places that no close() elsewhere in this process drops: open-file-
    description locks (Linux), held on descriptors kept open until the process ends (closing them
    would itself drop this process's POSIX locks on the files). Every other process then sees the
    store in use as long as this one lives, whatever GDAL or a plain open() did here meanwhile."""
    import fcntl      # not on Windows, whose locks are not dropped that way
    key = os.path.realpath(path)
    if key in _PINS or not hasattr(fcntl, "F_OFD_SETLK"):
        return
    fds = _PINS[key] = []
    for name, start, length in ((path, _SHARED_FIRST, _SHARED_SIZE), (path + "-shm", _SHM_DMS, 1)):
        try:
            fd = os.open(name, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
        except OSError as exc:
            log.warning("%s : verrou de présence non posé (%s)", name, exc)
            continue
        fds.append(fd)
        try:
            fcntl.fcntl(fd, fcntl.F_OFD_SETLK, struct.pack("hhqqi", fcntl.F_RDLCK, os.SEEK_SET, start, length, 0))
        except OSError as exc:
            log.warning("%s : verrou de présence non posé (%s)", name, exc)


def _inodes(path: str) -> Tuple[Optional[int], ...]:
    """The -wal's and -shm's inodes (None: missing)."""
    out = []
    for suffix in _SIDE_FILES:
        try:
            out.append(os.stat(path + suffix).st_ino)
        except FileNotFoundError:
            out.append(None)
    return tuple(out)


def _shm_users(path: str) -> Optional[Tuple[Set[int], int]]:
    """Who uses the store's -shm (a lock on its DMS byte), read in /proc/locks, since opening the -shm
    to ask would drop this process's own locks on it: the processes whose connections do (POSIX
    locks), and how many pins (open-file-description locks, shown without their process) hold it.
    None where it cannot be known; nobody on Windows, whose locks are not dropped that way."""
    if os.name == "nt":
        return set(), 0
    try:
        info = os.stat(path + "-shm")
    except FileNotFoundError:
        return set(), 0
    try:
        with open("/proc/locks", encoding="ascii") as fh:
            lines = fh.read().splitlines()
    except OSError:         # not Linux
        return None
    where = f"{os.major(info.st_dev):02x}:{os.minor(info.st_dev):02x}:{info.st_ino}"
    users, pins = set(), 0
    for line in lines:
        # « 2: POSIX  ADVISORY  READ 25863 fe:00:2042076 128 128 »; a waiting lock reads « 2: -> POSIX … »;
        # a pin reads « 3: OFDLCK ADVISORY  READ -1 fe:00:2042076 128 128 ».
        fields = line.split()
        if len(fields) == 8 and fields[5] == where and int(fields[6]) <= _SHM_DMS \
                and (fields[7] == "EOF" or int(fields[7]) >= _SHM_DMS):
            if fields[1] == "POSIX":
                users.add(int(fields[4]))
            elif fields[1] == "OFDLCK":
                pins += 1
    return users, pins


def _used_elsewhere(path: str) -> bool:
    """Does another process use the store's -shm (or can that not be known)?"""
    found = _shm_users(path)
    if found is None:
        return True
    users, pins = found
    return bool(users - {os.getpid()}) or pins > (1 if _pinned(path) else 0)


def _used_here(path: str) -> bool:
    """Does another connection of this process (QGIS's layer on the file) use the -shm, once ours closed?"""
    found = _shm_users(path)
    return found is not None and os.getpid() in found[0]


def _keep_guard(path: str) -> None:
    """A read-only connection to the store, open until this process ends (see above)."""
    key = os.path.realpath(path)
    if key in _GUARDS:
        return
    try:
        guard = _connect(path, readonly=True)
        guard.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as exc:
        log.warning("%s : connexion de garde non ouverte (%s)", path, exc)
        return
    _GUARDS[key] = guard


def _close(con: Optional[sqlite3.Connection], path: str, created: Sequence[str] = (),
           checkpoint: bool = False) -> None:
    """Close ``con``: with ``checkpoint``, everything into the .gpkg first, and the others' files kept;
    then remove the side files a read-only opening had to create (``created``), unless in use."""
    if con is None:
        return
    if checkpoint:
        try:
            # Shortly: a reader (QGIS drawing) that holds it back leaves the rest to the last
            # connection's own checkpoint, or to the next opening.
            con.execute("PRAGMA busy_timeout = 2000")
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error as exc:
            log.warning("%s : point de contrôle à la fermeture non fait (%s)", path, exc)
        if not _pinned(path) and _used_elsewhere(path):     # a pin already keeps our close from deleting
            _keep_guard(path)
    con.close()
    # Another connection of this process (QGIS's layer on the file) may still use the -shm: its own
    # close, later, must not delete what another process may use by then (the pin, kept, sees to it).
    if checkpoint and not _pinned(path) and _used_here(path):
        _keep_guard(path)
    elif checkpoint and _pinned(path) and not _used_here(path) and not _used_elsewhere(path):
        # The last user anywhere: the pin goes, and a last connection lets SQLite tidy the side files
        # away as its last user does (the pin had kept our own close from doing it).
        _unpin(path)
        tidy = None
        try:
            tidy = _connect(path)
            tidy.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        except sqlite3.Error as exc:
            log.warning("%s : fichiers de travail non rangés (%s)", path, exc)
        finally:
            if tidy is not None:
                tidy.close()
    if created and not _used_elsewhere(path):
        for suffix in created:
            side = path + suffix
            try:
                if suffix == "-shm" or os.path.getsize(side) == 0:
                    os.remove(side)
            except OSError:     # gone already, or opened meanwhile by another program (Windows)
                pass


class GpkgStore(SqlStore):
    """A review store in one GeoPackage file, safe for several processes at once."""

    def __init__(self, path: str, con: sqlite3.Connection, clock: Clock, readonly: bool = False,
                 created: Sequence[str] = ()):
        self.path = path
        self.readonly = readonly
        self._con = con
        self._clock = clock
        self._created = tuple(created)
        self._files = _inodes(path)
        self._queries: Dict[str, str] = {}
        self._campaign = self._read_campaign()
        self._srs_id = con.execute("SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = ?",
                                   (ITEMS,)).fetchone()[0]

    # --- creation and opening -------------------------------------------------
    @classmethod
    def create(cls, path: str, campaign: Campaign, columns: Dict[str, np.ndarray], wkb: np.ndarray,
               clock: Optional[Clock] = None, overwrite: bool = False) -> "GpkgStore":
        """Write a new store atomically: nothing exists at ``path`` until it is complete."""
        clock = clock or system_clock
        check_gpkg_target(path, tr("Le magasin de revue"))
        if os.path.exists(path) and not overwrite:
            raise InputError(tr("Le magasin de revue « {path} » existe déjà : choisissez un autre fichier.",
                                path=path))
        check_columns(columns)
        from ..geo import GPKG_1_2, pyogrio    # GDAL only to create a store: opening one needs SQLite alone
        with atomic_gpkg(path) as tmp:
            pyogrio.raw.write(tmp, wkb, [columns[c] for c in ITEM_COLUMNS], list(ITEM_COLUMNS),
                              layer=ITEMS, driver="GPKG", geometry_type="Unknown",
                              crs=f"EPSG:{campaign.epsg}", dataset_options=GPKG_1_2)
            con = _write_mode(_connect(tmp))
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
    def open(cls, path: str, clock: Optional[Clock] = None, readonly: bool = False) -> "GpkgStore":
        """The store at ``path``; ``readonly``: opened so that no byte of any file changes (the
        migrations an older store needs are then refused, not applied)."""
        if not os.path.exists(path):
            raise InputError(tr("Magasin de revue introuvable : « {path} ».", path=path))
        created = [s for s in _SIDE_FILES if not os.path.exists(path + s)] if readonly else []
        con = None
        try:
            con = _connect(path, readonly)
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if ITEMS not in tables or MIGRATIONS_TABLE not in tables:
                raise InputError(tr("« {path} » n'est pas un magasin de revue OCS GE Review.",
                                    path=os.path.basename(path)))
            if readonly:
                _check_migrated(con, path)
            else:
                _migrate(_write_mode(con), clock or system_clock)
                _pin(path)          # after the first reads: the -shm exists and SQLite has set it up
            return cls(path, con, clock or system_clock, readonly, created)
        except sqlite3.DatabaseError:
            _close(con, path, created)
            raise InputError(tr("« {path} » n'est pas un GeoPackage lisible.",
                                path=os.path.basename(path))) from None
        except BaseException:
            _close(con, path, created)
            raise

    def _read_campaign(self) -> Campaign:
        values = {k: json.loads(v) for k, v in self._con.execute(f'SELECT key, value FROM "{META}"')}
        return Campaign(**{k: v for k, v in values.items() if k in Campaign.__dataclass_fields__})

    # --- the engine's SQL, rendered for SQLite -----------------------------------
    _RENDER = {"items": f'"{ITEMS}"', "journal": f'"{JOURNAL}"', "opinions": f'"{OPINIONS}"', "id": "fid",
               "geom": "geom", "user": "user",
               "campaign": "1 = 1", "lock": "", "skip_locked": ""}

    def _q(self, con, query: str, args: Sequence = ()):
        text = self._queries.get(query)
        if text is None:
            text = self._queries[query] = query.format(**self._RENDER)
        return con.execute(text, tuple(args))

    def _tx(self, work):
        con = self._live()
        con.execute("BEGIN IMMEDIATE")
        try:
            result = work(con)
        except BaseException:
            con.execute("ROLLBACK")
            raise
        con.execute("COMMIT")
        if _inodes(self.path) != self._files:
            # The -wal was deleted while this commit went into it: into the .gpkg now, not at
            # the next transaction, which may never come.
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return result

    def _read(self, work):
        return work(self._live())

    def _live(self) -> sqlite3.Connection:
        """The connection, unless another program deleted the -wal and -shm it uses: what went into
        them is then checkpointed into the .gpkg and the store refuses to go on in files no one else
        sees (a new connection in this process would share them: only reopening QGIS leaves them)."""
        if self.readonly or _inodes(self.path) == self._files:
            return self._con
        self._con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        raise OcsgeError(tr("Un autre programme a supprimé les fichiers de travail (-wal, -shm) du magasin "
                            "« {name} » pendant que vous y travailliez : les décisions enregistrées sont dans le "
                            "fichier. Fermez QGIS, puis rouvrez-le pour continuer.",
                            name=os.path.basename(self.path)))

    def close(self) -> None:
        """Close, the .gpkg alone then holding every decision; a read-only store leaves no side file
        it had to create."""
        con, self._con = self._con, None
        if con is None:
            return
        _close(con, self.path, self._created, checkpoint=not self.readonly)

    def _wkb(self, value) -> bytes:
        return _blob_wkb(value)

    def _set_geometry(self, con, item_id: int, geom, wkb: bytes) -> None:
        """New geometry (``wkb`` is ``geom``'s) and area; GDAL's triggers keep the R-tree,
        the layer extent is widened here."""
        con.execute(f'UPDATE "{ITEMS}" SET geom = ?, area_m2 = ? WHERE fid = ?',
                    (_gpkg_blob(geom, wkb, self._srs_id), float(geom.area), item_id))
        minx, miny, maxx, maxy = geom.bounds
        con.execute("UPDATE gpkg_contents SET min_x = MIN(min_x, ?), min_y = MIN(min_y, ?), max_x = MAX(max_x, ?), "
                    "max_y = MAX(max_y, ?) WHERE table_name = ?", (minx, miny, maxx, maxy, ITEMS))

    def _insert_part(self, con, original: int, geom, wkb: bytes, source_id: str, user: str, now: float,
                     cs: str, us: str) -> int:
        inherited = ", ".join(f'"{c}"' for c in INHERITED)
        return con.execute(
            f'INSERT INTO "{ITEMS}" (geom, area_m2, source_id, parent_id, state, decided_by, decided_at, '
            f'cs_final, us_final, {inherited}) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, {inherited} '
            f'FROM "{ITEMS}" WHERE fid = ?',
            (_gpkg_blob(geom, wkb, self._srs_id), float(geom.area), source_id, original, lc.DECIDED,
             user, iso_time(now), cs, us, original)).lastrowid

    def _append(self, con, values: tuple) -> int:
        return self._q(con, f"INSERT INTO {{journal}} ({JOURNAL_COLUMNS}) VALUES ({', '.join('?' * len(values))})",
                       values).lastrowid

    def _in_box(self, bbox) -> Tuple[str, tuple]:
        minx, miny, maxx, maxy = bbox
        return (f'fid IN (SELECT id FROM "rtree_{ITEMS}_geom" WHERE minx <= ? AND maxx >= ? AND miny <= ? '
                'AND maxy >= ?)', (maxx, minx, maxy, miny))

    def update_origin(self, origin: dict) -> None:
        """Record a checked-out copy's bookkeeping (which items are checked in)."""
        self._tx(lambda con: con.execute(f'INSERT OR REPLACE INTO "{META}" (key, value) VALUES (?, ?)',
                                         ("origin", json.dumps(origin))))
        self._campaign.origin = origin

    def _touching_boxes(self, con, item_id: int, geom) -> List[tuple]:
        minx, miny, maxx, maxy = geom.bounds
        return con.execute(
            f'SELECT i.fid, i.geom FROM "rtree_{ITEMS}_geom" r JOIN "{ITEMS}" i ON i.fid = r.id '
            'WHERE r.minx <= ? AND r.maxx >= ? AND r.miny <= ? AND r.maxy >= ? AND i.fid != ? AND i.state != ?',
            (maxx, minx, maxy, miny, item_id, lc.SUPERSEDED)).fetchall()

    def counts(self) -> Dict[str, Dict[str, Dict[str, float]]]:
        return self._figures(self._con.execute(f'SELECT part, state, n, area_m2 FROM "{COUNTS}" WHERE n > 0'))

    def schema_version(self) -> int:
        return self._con.execute(f'SELECT MAX(version) FROM "{MIGRATIONS_TABLE}"').fetchone()[0]

    # --- statistics -------------------------------------------------------------------
    def review_table(self, columns: Optional[Sequence[str]] = None, coded: bool = False) -> Dict[str, np.ndarray]:
        names = table_columns(columns, REVIEW_TABLE, tr("la table de revue"))
        return self._table(ITEMS, "id", names, REVIEW_TABLE, {"id": "fid", "decided_day": _day("decided_at")}, coded)

    def journal_table(self, columns: Optional[Sequence[str]] = None, coded: bool = False) -> Dict[str, np.ndarray]:
        names = table_columns(columns, JOURNAL_TABLE, tr("la table du journal"))
        return self._table(JOURNAL, "seq", names, JOURNAL_TABLE,
                           {"geometry_changed": "(geom_before IS NOT NULL OR geom_after IS NOT NULL)",
                            "recorded_day": _day("recorded_at")}, coded)

    def reader(self) -> "GpkgStore":
        con = _connect(self.path, self.readonly)
        return GpkgStore(self.path, con if self.readonly else _write_mode(con), self._clock, self.readonly)

    def _table(self, table: str, key: str, names: Sequence[str], kinds: Dict[str, str],
               expressions: Dict[str, str], coded: bool) -> Dict[str, np.ndarray]:
        """Columns in one scan, by rowid (NOT INDEXED: a covering index would change the order);
        coded: the texts' distinct values first, then their indexes packed in words (base.Coded),
        and the SPARSE integers where present, all in one read transaction."""
        if not names:
            return {}
        value = lambda name: expressions.get(name, f'"{name}"')  # noqa: E731
        texts = [n for n in names if coded and kinds[n] == "text"]
        sparse = [n for n in names if coded and n in SPARSE]
        plain = [n for n in names if n not in texts and n not in sparse]
        if sparse and key not in plain:
            plain.insert(0, key)
        self._con.execute("BEGIN")
        try:
            labels = {}
            if texts:
                row = self._con.execute("SELECT " + ", ".join(f"json_group_array(DISTINCT {value(n)})" for n in texts)
                                        + f' FROM "{table}" NOT INDEXED').fetchone()
                labels = {n: sorted_labels(json.loads(text)) for n, text in zip(texts, row)}
            layout = packed_words(labels)
            params: List[str] = []

            def literal(text: str) -> str:
                params.append(text)
                return "?"

            parts = [f"group_concat({word_sql(w, lambda n: code_sql(value(n), labels[n], literal))}, ',')"
                     for w in layout]
            for name in plain:
                if kinds[name] == "text":
                    text = value(name) if name in CLOSED_TEXTS else \
                        f"replace(replace({value(name)}, char(31), ' '), char(30), ' ')"
                    parts.append(f"group_concat(ifnull({text}, char(30)), char(31))")
                else:
                    missing = "-1" if kinds[name] == "int" else "'nan'"
                    parts.append(f"group_concat(ifnull({value(name)}, {missing}), ',')")
            row = self._con.execute(f'SELECT {", ".join(parts)} FROM "{table}" NOT INDEXED', params).fetchone()
            present = {n: self._con.execute(f"SELECT group_concat({value(key)}, ','), group_concat({value(n)}, ',') "
                                            f'FROM "{table}" WHERE {value(n)} IS NOT NULL').fetchone()
                       for n in sparse}
        finally:
            self._con.execute("COMMIT")
        out = unpack([decode_column("int", text) for text in row[:len(layout)]], layout, labels)
        out.update((name, decode_column(kinds[name], text)) for name, text in zip(plain, row[len(layout):]))
        out.update((n, scatter(out[key], decode_column("int", k), decode_column("int", v)))
                   for n, (k, v) in present.items())
        return {name: out[name] for name in names}


def _day(column: str) -> str:
    """Days since 1970-01-01 of an ISO timestamp column (the store writes them in UTC)."""
    return f"CAST(julianday({column}) - 2440587.5 AS INTEGER)"


def _check_migrated(con: sqlite3.Connection, path: str) -> None:
    """A read-only opening applies no migration: a store that needs one is refused."""
    done = {r[0] for r in con.execute(f'SELECT version FROM "{MIGRATIONS_TABLE}"')}
    refuse_newer_schema(max(done) if done else 0, SCHEMA_VERSION)
    if any(version not in done for version, _, _ in MIGRATIONS):
        raise InputError(tr("« {path} » est un magasin d'une version antérieure : ouvrez-le une fois dans QGIS "
                            "(ou avec une commande qui écrit) pour le mettre à jour, puis relancez.",
                            path=os.path.basename(path)))


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
