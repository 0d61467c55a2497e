"""A GeoPackage store shared with whatever else opens the file: no decision lost, no damage, and
read-only commands that change no byte.

SQLite's locks are POSIX advisory locks, held per process: one open() and close() of the store
file anywhere in a process (GDAL identifying it for QGIS, a plain read) drops them all. These tests
do that in a process that works on the store, then let other processes read and write it."""
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys

import pytest

from ocsge_review.cli.commands import main
from ocsge_review.errors import InputError, OcsgeError
from ocsge_review.store import Campaign, Decision, open_store
from ocsge_review.store.gpkg import GpkgStore
from tests.unit.store.test_store_gpkg import _columns, back_to_version_1

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))

# The interpreter's process: decides, has the store file opened and closed by something else
# (DROP), lets another process (OTHER) at the store, decides again, then ends without closing the
# store (QGIS killed, or quitting without unloading the plugin). Prints what it believed recorded.
_INTERPRETER = """
import json, os, subprocess, sys
sys.path.insert(0, {root!r})
from ocsge_review.store import Decision, open_store
path = {path!r}
store = open_store(path)
ids = []

def decide(n):
    for _ in range(n):
        item = store.claim_next("ana")
        store.decide(Decision(item.id, "ana", "correct", "CS2.1.2", "US1.1"))
        ids.append(item.id)

decide(4)
{drop}
other = subprocess.run([sys.executable, "-c", {other!r}], cwd={root!r}, capture_output=True, text=True)
decide(2)
seen = subprocess.run([sys.executable, "-m", "ocsge_review", "campaign", "status", "--store", path, "--json"],
                      cwd={root!r}, capture_output=True, text=True)
print(json.dumps({{"ids": ids, "other": other.returncode, "other_err": other.stderr[-2000:],
                   "seen": json.loads(seen.stdout)["by_state"] if seen.returncode == 0 else seen.stderr}}), flush=True)
os._exit(0)
"""
DROPS = {"plain open()": "open(path, 'rb').read(1)",
         "GDAL": "from osgeo import ogr; ogr.Open(path).GetLayerCount()"}
# Another process at the store meanwhile: the guide's read-only command, or a writer (a second
# QGIS, the CLI's queue commands) that decides then closes, as the last connection it believes it is.
_STATUS = "import sys; from ocsge_review.cli.commands import main; sys.exit(main(['campaign', 'status', '--store', {path!r}]))"
_WRITER = """
import sys
from ocsge_review.store import Decision, open_store
s = open_store({path!r})
for _ in range(3):
    item = s.claim_next("bob")
    s.decide(Decision(item.id, "bob", "confirm", "CS2.2.1", "US1.1"))
s.close()
"""
OTHERS = {"campaign status": _STATUS, "a writer": _WRITER}


def _campaign():
    return Campaign(name="partage", department="32", department_name="Gers", epsg=2154, model_version="m1",
                    source="model.gpkg", policy={"threshold": 0.85}, lock_seconds=600)


@pytest.fixture
def path(tmp_path):
    cols, wkb = _columns(["queue"] * 16)
    GpkgStore.create(str(tmp_path / "review.gpkg"), _campaign(), cols, wkb).close()
    return str(tmp_path / "review.gpkg")


def _on_disk(path, alone=False):
    """(journal rows (item, user), integrity check) of the store at ``path`` as the next opening
    finds it; ``alone``: of a copy of the .gpkg file alone (what a backup of that file holds)."""
    if alone:
        shutil.copy(path, path + ".copy.gpkg")
        path += ".copy.gpkg"
    con = sqlite3.connect(path)
    try:
        return (con.execute("SELECT item_id, user FROM ocsge_journal ORDER BY seq").fetchall(),
                con.execute("PRAGMA integrity_check").fetchall())
    finally:
        con.close()


@pytest.mark.parametrize("other", sorted(OTHERS))
@pytest.mark.parametrize("drop", sorted(DROPS))
def test_decisions_survive_the_store_file_opened_elsewhere_in_the_process(path, drop, other):
    code = _INTERPRETER.format(root=ROOT, path=path, drop=DROPS[drop], other=OTHERS[other].format(path=path))
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=180, cwd=ROOT)
    assert res.returncode == 0, res.stderr[-3000:]
    out = json.loads(res.stdout.splitlines()[-1])
    assert out["other"] == 0, out["other_err"]
    bob = 3 if other == "a writer" else 0
    # Another process sees all six decisions while the interpreter still works...
    assert out["seen"].get("decided") == 6 + bob, out["seen"]
    # ...and the store holds them once it has gone without closing anything.
    journal, integrity = _on_disk(path)
    assert sorted(i for i, user in journal if user == "ana") == sorted(out["ids"])
    assert sum(user == "bob" for _, user in journal) == bob
    assert integrity == [("ok",)]


def test_two_processes_writing_one_store_the_first_with_dropped_locks_never_damage_it(path):
    """Today's damage: the second process's close deleted the -wal the first still wrote to; the two
    then wrote the .gpkg from two different logs (« database disk image is malformed »)."""
    ana = open_store(path)
    try:
        for n in range(8):
            if n == 2:
                open(path, "rb").read(1)       # this process's locks are gone
            if n in (2, 4):
                res = subprocess.run([sys.executable, "-c", _WRITER.format(path=path)], cwd=ROOT,
                                     capture_output=True, text=True, timeout=120)
                assert res.returncode == 0, res.stderr[-3000:]
            item = ana.claim_next("ana")
            ana.decide(Decision(item.id, "ana", "correct", "CS2.1.2", "US1.1"))
        assert len(ana.journal()) == 14
    finally:
        ana.close()
    journal, integrity = _on_disk(path)
    assert integrity == [("ok",)]
    assert [sum(u == who for _, u in journal) for who in ("ana", "bob")] == [8, 6]


# A QGIS whose panel was closed but whose items layer (GDAL's own connection) stays on the map: the
# store closes first, the layer's connection only when QGIS quits, once told.
_PANEL_CLOSED_LAYER_KEPT = """
import sqlite3, sys
sys.path.insert(0, {root!r})
from ocsge_review.store import Decision, open_store
store = open_store({path!r})
layer = sqlite3.connect({path!r})
layer.execute("SELECT COUNT(*) FROM items").fetchone()
item = store.claim_next("bob")
store.decide(Decision(item.id, "bob", "confirm", "CS2.2.1", "US1.1"))
store.close()
print("panel closed", flush=True)
sys.stdin.readline()
layer.close()
"""


def test_a_qgis_quitting_after_its_panel_closed_leaves_the_others_files(path):
    """The store of the first QGIS is closed (panel closed) while its layer stays; a second QGIS then works
    on the store (its locks dropped by its own layer); the first quits, closing its layer's connection
    last: that close must not delete the -wal the second writes to."""
    first = subprocess.Popen([sys.executable, "-c", _PANEL_CLOSED_LAYER_KEPT.format(root=ROOT, path=path)],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert first.stdout.readline().strip() == "panel closed"
        with open_store(path) as second:
            for n in range(4):
                if n == 1:
                    open(path, "rb").read(1)
                    first.communicate("quit\n", timeout=60)
                item = second.claim_next("ana")
                second.decide(Decision(item.id, "ana", "confirm", "CS2.2.1", "US1.1"))
            status = subprocess.run([sys.executable, "-m", "ocsge_review", "campaign", "status", "--store", path,
                                     "--json"], cwd=ROOT, capture_output=True, text=True, check=True)
            assert json.loads(status.stdout)["by_state"]["decided"] == 5, "others see every decision"
    finally:
        if first.poll() is None:
            first.kill()
    journal, integrity = _on_disk(path, alone=True)
    assert integrity == [("ok",)] and [u for _, u in journal].count("ana") == 4


_FOREIGN_CLOSE = "import sqlite3; c = sqlite3.connect({path!r}); c.execute('SELECT COUNT(*) FROM items'); c.close()"


def test_a_program_without_the_rules_cannot_delete_the_wal_of_an_open_store(path):
    """A program without the store's rules (sqlite3, another tool) opens the file read-write and closes
    it while this process's POSIX locks are gone: the store's pins (open-file-description locks) still
    tell it the store is in use, so it leaves the -wal and -shm alone, and the work goes on."""
    store = open_store(path)
    try:
        for _ in range(2):
            item = store.claim_next("ana")
            store.decide(Decision(item.id, "ana", "confirm", "CS2.2.1", "US1.1"))
        open(path, "rb").read(1)
        subprocess.run([sys.executable, "-c", _FOREIGN_CLOSE.format(path=path)], check=True, timeout=60)
        assert os.path.exists(path + "-wal") and os.path.exists(path + "-shm")
        item = store.claim_next("ana")
        store.decide(Decision(item.id, "ana", "confirm", "CS2.2.1", "US1.1"))
    finally:
        store.close()
    journal, integrity = _on_disk(path, alone=True)
    assert len(journal) == 3 and integrity == [("ok",)]


def test_a_program_that_deletes_the_side_files_loses_nothing_and_is_named(path):
    """A tool that removes the -wal and -shm outright (a clean-up script): what was recorded is
    checkpointed from the files still open here, and the store refuses to go on, in French."""
    store = open_store(path)
    try:
        for _ in range(2):
            item = store.claim_next("ana")
            store.decide(Decision(item.id, "ana", "confirm", "CS2.2.1", "US1.1"))
        for suffix in ("-wal", "-shm"):
            os.remove(path + suffix)
        with pytest.raises(OcsgeError, match="Un autre programme a supprimé .* « review.gpkg »"):
            store.claim_next("ana")
    finally:
        store.close()
    journal, integrity = _on_disk(path, alone=True)
    assert len(journal) == 2 and integrity == [("ok",)]


_READER = """
import sqlite3, sys
con = sqlite3.connect({path!r})
con.execute("SELECT COUNT(*) FROM items").fetchone()
print("reading", flush=True)
sys.stdin.read()
"""


def test_once_closed_the_gpkg_alone_holds_every_decision_though_another_process_still_reads(path):
    """A copy of the single file after the panel is closed loses nothing, even while another program
    (a QGIS layer, a reader) keeps the store open and SQLite's own close therefore checkpoints nothing."""
    reader = subprocess.Popen([sys.executable, "-c", _READER.format(path=path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert reader.stdout.readline().strip() == "reading"
        with open_store(path) as store:
            for _ in range(5):
                item = store.claim_next("ana")
                store.decide(Decision(item.id, "ana", "confirm", "CS2.2.1", "US1.1"))
        journal, integrity = _on_disk(path, alone=True)
        assert len(journal) == 5 and integrity == [("ok",)]
    finally:
        reader.communicate("", timeout=60)


# --- read-only commands ----------------------------------------------------------------------------
def _fingerprint(path):
    with open(path, "rb") as fh:
        data = fh.read()
    info = os.stat(path)
    return hashlib.sha256(data).hexdigest(), info.st_size, info.st_mtime_ns


def _worked_store(path):
    """The fixture's store with decisions and an approval, closed: a store as users leave it."""
    with open_store(path) as store:
        for _ in range(3):
            item = store.claim_next("ana")
            store.decide(Decision(item.id, "ana", "correct", "CS2.1.2", "US1.1"))
        store.validate(item.id, "vera", True)
    return path


def _zero_bytes(path):
    empty = os.path.join(os.path.dirname(path), "empty.gpkg")
    open(empty, "wb").close()
    return empty


def _foreign(path):
    """Another program's SQLite file, in SQLite's default (rollback journal) mode."""
    other = os.path.join(os.path.dirname(path), "other.gpkg")
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE parcels (id INTEGER PRIMARY KEY, name TEXT)")
    con.execute("INSERT INTO parcels (name) VALUES ('a')")
    con.commit()
    con.close()
    return other


FILES = {"a store": _worked_store, "a zero-byte file": _zero_bytes, "another program's SQLite file": _foreign}
COMMANDS = {"campaign status": lambda store, out: ["campaign", "status", "--store", store],
            "stats": lambda store, out: ["stats", "--store", store, "--json"],
            "report": lambda store, out: ["report", "--store", store, "--out", str(out / "report")],
            "export-training": lambda store, out: ["export-training", "--store", store, "--out",
                                                   str(out / "training.gpkg"), "--include-unvalidated",
                                                   "--quiet"]}


@pytest.mark.parametrize("kind", sorted(FILES))
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_read_only_commands_change_no_byte(path, tmp_path, capsys, kind, command):
    target = FILES[kind](path)
    before = _fingerprint(target)
    out = tmp_path / "out"
    out.mkdir()
    code = main(COMMANDS[command](target, out))
    assert code == (0 if kind == "a store" else 2), capsys.readouterr()
    assert _fingerprint(target) == before
    assert not os.path.exists(target + "-wal") and not os.path.exists(target + "-shm")
    if kind == "another program's SQLite file":
        con = sqlite3.connect(target)
        assert con.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        con.close()


def test_a_read_only_opening_reads_a_working_store_and_leaves_its_files(path):
    """While an interpreter works: the reader sees every decision and removes nothing of theirs."""
    with open_store(path) as ana:
        item = ana.claim_next("ana")
        ana.decide(Decision(item.id, "ana", "confirm", "CS2.2.1", "US1.1"))
        wal = os.stat(path + "-wal").st_ino, os.stat(path + "-shm").st_ino
        with open_store(path, readonly=True) as reader:
            assert [r.item_id for r in reader.journal()] == [item.id]
        assert (os.stat(path + "-wal").st_ino, os.stat(path + "-shm").st_ino) == wal
        item = ana.claim_next("ana")
        ana.decide(Decision(item.id, "ana", "confirm", "CS2.2.1", "US1.1"))
        assert len(ana.journal()) == 2


def test_a_read_only_opening_refuses_a_store_to_migrate_and_leaves_it_as_it_was(path):
    back_to_version_1(path)
    before = _fingerprint(path)
    with pytest.raises(InputError, match="version antérieure"):
        open_store(path, readonly=True)
    assert _fingerprint(path) == before and not os.path.exists(path + "-wal")
