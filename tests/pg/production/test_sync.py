"""Sync of validated review edits to a production PostGIS table: applied once, audited, never overwriting."""
import itertools
import json
import os
import signal
import subprocess
import sys
import time

import numpy as np
import psycopg
import pytest
import shapely

from ocsge_review.store import lifecycle as lc
from ocsge_review.production import sync as sy
from ocsge_review.store import Campaign, Decision, Part
from ocsge_review.store.gpkg import ITEM_COLUMNS, GpkgStore

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
X, Y = 700000.0, 6600000.0
MODEL = ("CS2.2.1", "US1.1")
# 100 m cells, production ids 1..6 in a row; 1 | 2 | 3 share edges.
CELLS = [(i, 0) for i in range(6)]
_n = itertools.count()


def box(x0, y0, x1, y1):
    return shapely.box(X + x0, Y + y0, X + x1, Y + y1)


def cell(c, r=0):
    return box(100 * c, 100 * r, 100 * c + 100, 100 * r + 100)


def _columns(n):
    cols = {c: np.full(n, None, dtype=object) for c in ITEM_COLUMNS}
    cols.update(source_id=np.array([str(i + 1) for i in range(n)], dtype=object),
                part=np.full(n, "queue", dtype=object), rank=np.arange(n, dtype="float64"),
                code_cs=np.full(n, MODEL[0], dtype=object), code_us=np.full(n, MODEL[1], dtype=object),
                conf_cs=np.full(n, 0.6, dtype="float32"), conf_us=np.full(n, 0.7, dtype="float32"),
                artif=np.zeros(n, dtype="int16"), area_m2=np.full(n, 10000.0))
    return cols


@pytest.fixture
def spec(pg_spec):
    """conftest's pg_spec, under the name this module's tests use."""
    return pg_spec


@pytest.fixture
def world(postgis, spec, tmp_path):
    """A production table of 6 cells (ids 1..6), a store whose items are them, base captured."""
    k = next(_n)
    table, schema = f"occ_{k}", f"sync_{k}"
    postgis.psql(f"CREATE TABLE {table} (id bigint PRIMARY KEY, code_cs text, code_us text, millesime integer, "
                 "source text, ossature integer, id_origine text, code_or text, departement text, "
                 "geom geometry(MultiPolygon, 2154))")
    values = ", ".join(f"({i + 1}, '{MODEL[0]}', '{MODEL[1]}', 2019, 'IA', 1, NULL, 'X', '32', "
                       f"ST_Multi(ST_GeomFromText('{cell(c, r).wkt}', 2154)))" for i, (c, r) in enumerate(CELLS))
    postgis.psql(f"INSERT INTO {table} VALUES {values}")
    campaign = Campaign(name="sync", department="32", department_name="Gers", epsg=2154, model_version="m1",
                        source="model.gpkg", policy={}, lock_seconds=600)
    store = GpkgStore.create(str(tmp_path / "review.gpkg"), campaign, _columns(len(CELLS)),
                             shapely.to_wkb(np.array([cell(c, r) for c, r in CELLS], dtype=object)))
    prod = sy.Production.open(spec, sy.ProductionTable(table=table, schema=schema))
    assert sy.capture_base(store, prod) == 6

    class World:
        pass
    w = World()
    w.store, w.prod, w.table, w.schema, w.spec, w.pg = store, prod, table, schema, spec, postgis
    w.path = store.path
    yield w
    prod.close()
    store.close()


def claim(store, user, item_id):
    while True:
        item = store.claim_next(user)
        assert item is not None, f"item {item_id} never served"
        if item.id == item_id:
            return item
        store.release(item.id, user)


def correct(store, item_id, cs, us, geom=None, user="ana"):
    claim(store, user, item_id)
    store.decide(Decision(item_id, user, lc.RESHAPE if geom is not None else None, cs, us,
                          geometry_wkb=None if geom is None else shapely.to_wkb(geom)))


def approve(store, *item_ids):
    for i in item_ids:
        store.validate(i, "val", True)


def rows(w, where="TRUE"):
    out = w.pg.psql(f"SELECT id, code_cs, code_us, id_origine, departement, millesime, ST_AsText(geom) FROM {w.table} "
                    f"WHERE {where} ORDER BY id")
    return [r.split("|") for r in out.splitlines()]


def geom_of(w, row_id):
    return shapely.from_wkt(w.pg.psql(f"SELECT ST_AsText(geom) FROM {w.table} WHERE id = {row_id}").strip())


def audit(w):
    out = w.pg.psql(f"SELECT decision_key, item_id, operation, row_id, decided_by, validated_by, applied_by, "
                    f"before ->> 'code_cs', after ->> 'code_cs', before_geom IS NOT NULL, after_geom IS NOT NULL "
                    f"FROM {w.schema}.audit ORDER BY id")
    return [r.split("|") for r in out.splitlines()]


def key(w, item_id):
    seq = [r.seq for r in w.store.journal(item_id) if r.action == lc.APPROVE][-1]
    return f"{w.store.campaign().uid}:{item_id}:{seq}"


# --- what is applied ------------------------------------------------------------------------
def test_an_attribute_change_is_applied_audited_and_marked_synced(world):
    w = world
    correct(w.store, 1, "CS1.1.1.1", "US5")
    approve(w.store, 1)
    report = sy.sync(w.store, w.prod, "sync-bot")
    assert (report.applied, report.conflicts, report.batches) == ([1], [], 1)
    assert rows(w, "id = 1")[0][:6] == ["1", "CS1.1.1.1", "US5", "", "32", "2019"]
    assert shapely.equals(geom_of(w, 1), cell(0))
    assert rows(w, "id <> 1") == [[str(i), *MODEL, "", "32", "2019", r[6]] for i, r in
                                  zip(range(2, 7), rows(w, "id <> 1"))]
    assert audit(w) == [[key(w, 1), "1", "update", "1", "ana", "val", "sync-bot", "CS2.2.1", "CS1.1.1.1", "t", "t"]]
    assert w.pg.psql(f"SELECT decision_key, changes, applied_by FROM {w.schema}.applied").split() == \
        [f"{key(w, 1)}|1|sync-bot"]
    assert w.store.item(1).state == lc.SYNCED
    assert w.store.journal(1)[-1].action == lc.SYNC


def test_a_reshape_replaces_the_geometry(world):
    w = world
    new = box(0, 0, 100, 130)
    correct(w.store, 2, *MODEL, geom=box(100, 0, 200, 130))
    approve(w.store, 2)
    assert sy.sync(w.store, w.prod, "bot").applied == [2]
    assert shapely.equals(geom_of(w, 2), shapely.MultiPolygon([box(100, 0, 200, 130)]))
    assert not shapely.equals(geom_of(w, 2), new)
    assert rows(w, "id = 2")[0][1:3] == list(MODEL)
    assert w.pg.psql(f"SELECT ST_GeometryType(geom), ST_SRID(geom) FROM {w.table} WHERE id = 2").strip() == \
        "ST_MultiPolygon|2154"


def test_a_confirmation_writes_nothing_but_is_synced(world):
    w = world
    correct(w.store, 3, *MODEL)
    approve(w.store, 3)
    report = sy.sync(w.store, w.prod, "bot")
    assert (report.applied, report.unchanged) == ([], [3])
    assert audit(w) == []
    assert w.store.item(3).state == lc.SYNCED


def test_a_split_inserts_new_ids_with_lineage_and_removes_the_original(world):
    w = world
    claim(w.store, "ana", 1)
    left, right = box(0, 0, 40, 100), box(40, 0, 100, 100)
    parts = w.store.split(1, "ana", [Part(shapely.to_wkb(left), "CS1.1.1.1", "US5"),
                                     Part(shapely.to_wkb(right), *MODEL)])
    approve(w.store, parts[0])
    assert sy.sync(w.store, w.prod, "bot").applied == []       # all parts validated first
    approve(w.store, parts[1])
    report = sy.sync(w.store, w.prod, "bot", batch_size=1)
    assert (report.applied, report.batches) == (parts, 1)       # the parts of a split go together
    assert rows(w, "id = 1") == []
    got = rows(w, "id > 6")
    assert [r[:6] for r in got] == [["7", "CS1.1.1.1", "US5", "1", "32", "2019"],
                                    ["8", *MODEL, "1", "32", "2019"]]
    assert shapely.equals(geom_of(w, 7), left) and shapely.equals(geom_of(w, 8), right)
    ops = sorted((r[1], r[2], r[3]) for r in audit(w))
    assert ops == sorted([(str(parts[0]), "delete", "1"), (str(parts[0]), "insert", "7"),
                          (str(parts[1]), "insert", "8")])
    assert {w.store.item(i).state for i in parts} == {lc.SYNCED}


def test_a_merge_gives_the_survivor_the_union_and_removes_the_absorbed(world):
    w = world
    claim(w.store, "ana", 2)
    w.store.merge(2, "ana", [1, 3], "CS2.1.2", "US1.1")
    approve(w.store, 2)
    assert sy.sync(w.store, w.prod, "bot").applied == [2]
    assert [r[0] for r in rows(w)] == ["2", "4", "5", "6"]
    assert shapely.equals(geom_of(w, 2), box(0, 0, 300, 100))
    assert rows(w, "id = 2")[0][1:3] == ["CS2.1.2", "US1.1"]
    assert sorted((r[2], r[3]) for r in audit(w)) == [("delete", "1"), ("delete", "3"), ("update", "2")]


def test_a_split_cut_across_batches_and_a_split_of_a_part(world):
    """Parts of one original in separate batches: the original, deleted by the first, is no conflict for the next."""
    w = world
    halves = lambda c: [box(100 * c, 0, 100 * c + 50, 100), box(100 * c + 50, 0, 100 * c + 100, 100)]  # noqa: E731
    claim(w.store, "ana", 1)
    a = w.store.split(1, "ana", [Part(shapely.to_wkb(g), "CS1.1.1.1", "US5") for g in halves(0)])
    claim(w.store, "bob", 2)
    b = w.store.split(2, "bob", [Part(shapely.to_wkb(g), "CS2.1.2", "US1.1") for g in halves(1)])
    w.store.validate(a[1], "val", False, reason="découpe à revoir")
    claim(w.store, "ana", a[1])
    quarters = [box(50, 0, 75, 100), box(75, 0, 100, 100)]
    c = w.store.split(a[1], "ana", [Part(shapely.to_wkb(g), "CS2.1.1.1", "US1.1") for g in quarters])
    approve(w.store, a[0], *b, *c)
    assert (a, b, c) == ([7, 8], [9, 10], [11, 12])
    report = sy.sync(w.store, w.prod, "bot", batch_size=1)
    assert (report.applied, report.conflicts, report.batches) == ([7, 9, 10, 11, 12], [], 3)
    got = [(r[0], r[1], r[3]) for r in rows(w, "id > 6")]
    assert got == [("7", "CS1.1.1.1", "1"), ("8", "CS2.1.2", "2"), ("9", "CS2.1.2", "2"),
                   ("10", "CS2.1.1.1", "1"), ("11", "CS2.1.1.1", "1")]
    assert [r[0] for r in rows(w, "id <= 6")] == ["3", "4", "5", "6"]
    assert shapely.equals(geom_of(w, 11), quarters[1])


def test_a_merge_whose_neighbour_changed_is_a_conflict_naming_it(world):
    w = world
    claim(w.store, "ana", 2)
    w.store.merge(2, "ana", [1, 3], "CS2.1.2", "US1.1")
    approve(w.store, 2)
    w.pg.psql(f"UPDATE {w.table} SET code_us = 'US2' WHERE id = 3")
    assert sy.sync(w.store, w.prod, "bot").conflicts == [2]
    [c] = sy.open_conflicts(w.store, w.prod)
    assert (c.source_id, c.changed_rows, c.reason) == ("2", ["3"], "changed")
    assert shapely.equals(shapely.from_wkb(c.mine.wkb), box(0, 0, 300, 100))
    assert len(rows(w)) == 6 and audit(w) == []
    sy.resolve_conflict(w.store, w.prod, 2, sy.KEEP_MINE, "chef")
    assert [r[0] for r in rows(w)] == ["2", "4", "5", "6"]
    assert w.pg.psql(f"SELECT before ->> 'code_us' FROM {w.schema}.audit WHERE row_id = '3'").strip() == "US2"


def test_only_validated_items_are_applied(world):
    w = world
    correct(w.store, 1, "CS1.1.1.1", "US5")             # decided, not validated
    correct(w.store, 2, "CS1.1.1.1", "US5")
    w.store.validate(2, "val", False, reason="wrong_cs")  # rejected
    correct(w.store, 3, "CS1.1.1.1", "US5", user="bob")
    approve(w.store, 3)
    assert sy.sync(w.store, w.prod, "bot").applied == [3]
    assert [r[1] for r in rows(w)] == [MODEL[0], MODEL[0], "CS1.1.1.1", MODEL[0], MODEL[0], MODEL[0]]
    assert (w.store.item(1).state, w.store.item(2).state) == (lc.DECIDED, lc.REJECTED)


def test_names_from_options_and_text_ids(postgis, spec, tmp_path):
    """Upper-case delivery columns, a geometry column of another name, text ids, a table in its own schema."""
    postgis.psql('CREATE SCHEMA IF NOT EXISTS "Livraison 32"')
    postgis.psql('CREATE TABLE "Livraison 32"."OCCUPATION_SOL" ("ID" text PRIMARY KEY, "CODE_CS" varchar(12), '
                 '"CODE_US" varchar(8), "ID_ORIGINE" text, dep text, the_geom geometry(Polygon, 2154))')
    postgis.psql('INSERT INTO "Livraison 32"."OCCUPATION_SOL" VALUES '
                 f"('OCS-1', 'CS2.2.1', 'US1.1', NULL, '32', ST_GeomFromText('{cell(0).wkt}', 2154)), "
                 f"('OCS-2', 'CS2.2.1', 'US1.1', NULL, '32', ST_GeomFromText('{cell(1).wkt}', 2154))")
    cols = _columns(2)
    cols["source_id"] = np.array(["OCS-1", "OCS-2"], dtype=object)
    store = GpkgStore.create(str(tmp_path / "r.gpkg"), Campaign(
        name="t", department="32", department_name="Gers", epsg=2154, model_version="m", source="m", policy={}),
        cols, shapely.to_wkb(np.array([cell(0), cell(1)], dtype=object)))
    table = sy.ProductionTable(table="Livraison 32.OCCUPATION_SOL", id_column="ID", cs_column="CODE_CS",
                               us_column="CODE_US", origin_column="ID_ORIGINE", schema="Sync 32")
    with sy.Production.open(spec, table) as prod:
        sy.capture_base(store, prod)
        correct(store, 1, "CS1.1.1.1", "US5")
        claim(store, "ana", 2)
        store.split(2, "ana", [Part(shapely.to_wkb(box(100, 0, 150, 100)), "CS2.1.2", "US1.1"),
                               Part(shapely.to_wkb(box(150, 0, 200, 100)), *MODEL)])
        approve(store, 1, 3, 4)
        assert sy.sync(store, prod, "bot").applied == [1, 3, 4]
    out = postgis.psql('SELECT "ID", "CODE_CS", "CODE_US", "ID_ORIGINE", dep, ST_Area(the_geom) '
                       'FROM "Livraison 32"."OCCUPATION_SOL" ORDER BY 1')
    assert out.split() == ["OCS-1|CS1.1.1.1|US5||32|10000", "OCS-2/1|CS2.1.2|US1.1|OCS-2|32|5000",
                           "OCS-2/2|CS2.2.1|US1.1|OCS-2|32|5000"]
    assert postgis.psql('SELECT count(*) FROM "Sync 32".audit').strip() == "4"
    store.close()


# --- idempotency --------------------------------------------------------------------------------
def test_running_twice_applies_nothing_twice(world):
    w = world
    correct(w.store, 1, "CS1.1.1.1", "US5")
    correct(w.store, 2, "CS2.1.2", "US1.1")
    approve(w.store, 1, 2)
    assert sy.sync(w.store, w.prod, "bot", batch_size=1).applied == [1, 2]
    again = sy.sync(w.store, w.prod, "bot")
    assert (again.applied, again.already_applied, again.batches) == ([], [], 0)
    assert len(audit(w)) == 2


def test_production_committed_but_store_not_marked_is_finished_without_reapplying(world, monkeypatch):
    w = world
    correct(w.store, 1, "CS1.1.1.1", "US5")
    approve(w.store, 1)

    def killed(*_a, **_k):
        raise KeyboardInterrupt
    monkeypatch.setattr(w.store, "mark_synced", killed)
    with pytest.raises(KeyboardInterrupt):
        sy.sync(w.store, w.prod, "bot")
    assert rows(w, "id = 1")[0][1] == "CS1.1.1.1" and w.store.item(1).state == lc.VALIDATED
    monkeypatch.undo()
    # Someone edits the row after the sync: it is not rewritten, not a conflict either.
    w.pg.psql(f"UPDATE {w.table} SET code_us = 'US2' WHERE id = 1")
    report = sy.sync(w.store, w.prod, "bot")
    assert (report.applied, report.already_applied, report.conflicts) == ([], [1], [])
    assert w.store.item(1).state == lc.SYNCED
    assert len(audit(w)) == 1 and rows(w, "id = 1")[0][2] == "US2"


def test_a_store_without_base_is_refused(world, tmp_path):
    w = world
    other = GpkgStore.create(str(tmp_path / "other.gpkg"), Campaign(
        name="autre", department="32", department_name="Gers", epsg=2154, model_version="m1", source="m",
        policy={}), _columns(1), shapely.to_wkb(np.array([cell(0)], dtype=object)))
    with pytest.raises(sy.InputError, match="n'a pas de version de base"):
        sy.sync(other, w.prod, "bot")
    other.close()


# --- conflicts ---------------------------------------------------------------------------------
def conflicted(w, item_id=1):
    correct(w.store, item_id, "CS1.1.1.1", "US5")
    approve(w.store, item_id)
    w.pg.psql(f"UPDATE {w.table} SET code_cs = 'CS2.1.2', geom = ST_Multi(ST_GeomFromText("
              f"'{box(0, 0, 100, 110).wkt}', 2154)) WHERE id = {item_id}")
    report = sy.sync(w.store, w.prod, "bot")
    assert (report.applied, report.conflicts) == ([], [item_id])
    return report


def test_a_row_changed_in_production_is_not_overwritten_but_recorded(world):
    w = world
    conflicted(w)
    assert rows(w, "id = 1")[0][1] == "CS2.1.2"
    assert audit(w) == []
    [c] = sy.open_conflicts(w.store, w.prod)
    assert (c.item_id, c.source_id, c.reason, c.changed_rows, c.decision_key) == (1, "1", "changed", ["1"], key(w, 1))
    assert (c.base.attributes["code_cs"], c.mine.attributes["code_cs"], c.theirs.attributes["code_cs"]) == \
        ("CS2.2.1", "CS1.1.1.1", "CS2.1.2")
    assert c.mine.attributes["code_us"] == "US5" and c.theirs.attributes["departement"] == "32"
    assert shapely.equals(shapely.from_wkb(c.base.wkb), cell(0))
    assert shapely.equals(shapely.from_wkb(c.theirs.wkb), box(0, 0, 100, 110))
    assert shapely.equals(shapely.from_wkb(c.mine.wkb), cell(0))
    assert w.store.item(1).state == lc.VALIDATED
    again = sy.sync(w.store, w.prod, "bot")         # waits for a resolution, recorded once
    assert (again.conflicts, again.waiting) == ([], [1])
    assert w.pg.psql(f"SELECT count(*) FROM {w.schema}.conflicts").strip() == "1"


def test_a_deleted_row_is_a_conflict(world):
    w = world
    correct(w.store, 4, "CS1.1.1.1", "US5")
    approve(w.store, 4)
    w.pg.psql(f"DELETE FROM {w.table} WHERE id = 4")
    assert sy.sync(w.store, w.prod, "bot").conflicts == [4]
    [c] = sy.open_conflicts(w.store, w.prod)
    assert (c.reason, c.theirs) == ("deleted", None)
    with pytest.raises(sy.OcsgeError, match="n'existe plus en production"):
        sy.resolve_conflict(w.store, w.prod, 4, sy.KEEP_MINE, "chef")
    assert len(sy.open_conflicts(w.store, w.prod)) == 1 and w.store.item(4).state == lc.VALIDATED


def test_keep_mine_applies_over_the_new_base(world):
    w = world
    conflicted(w)
    assert sy.resolve_conflict(w.store, w.prod, 1, sy.KEEP_MINE, "chef") == [1]
    assert rows(w, "id = 1")[0][1:3] == ["CS1.1.1.1", "US5"]
    [a] = audit(w)
    assert (a[2], a[7], a[8]) == ("update", "CS2.1.2", "CS1.1.1.1")    # before = theirs
    assert w.pg.psql(f"SELECT resolution FROM {w.schema}.applied").strip() == "mine"
    assert w.pg.psql(f"SELECT status, resolved_by FROM {w.schema}.conflicts").strip() == "mine|chef"
    assert sy.open_conflicts(w.store, w.prod) == [] and w.store.item(1).state == lc.SYNCED
    assert sy.sync(w.store, w.prod, "bot").applied == []


def test_take_theirs_marks_synced_without_applying(world):
    w = world
    conflicted(w)
    sy.resolve_conflict(w.store, w.prod, 1, sy.TAKE_THEIRS, "chef")
    assert rows(w, "id = 1")[0][1:3] == ["CS2.1.2", "US1.1"]
    assert audit(w) == [] and w.store.item(1).state == lc.SYNCED
    assert w.pg.psql(f"SELECT status FROM {w.schema}.conflicts").strip() == "theirs"


def test_send_back_returns_the_item_to_review_and_it_syncs_after(world):
    w = world
    conflicted(w)
    sy.resolve_conflict(w.store, w.prod, 1, sy.SEND_BACK, "chef", reason="Modifié en production : revoir")
    item = w.store.item(1)
    assert (item.state, item.rejection) == (lc.REJECTED, "Modifié en production : revoir")
    assert sy.open_conflicts(w.store, w.prod) == []
    # Re-decided, re-validated: the new base (the production change) is no conflict any more.
    claim(w.store, "ana", 1)
    w.store.decide(Decision(1, "ana", None, "CS1.1.1.1", "US2"))
    approve(w.store, 1)
    assert sy.sync(w.store, w.prod, "bot").applied == [1]
    assert rows(w, "id = 1")[0][1:3] == ["CS1.1.1.1", "US2"]
    # The review changed codes only: production's new geometry stays.
    assert shapely.equals(geom_of(w, 1), box(0, 0, 100, 110))


def test_a_resolution_interrupted_before_the_store_is_finished_by_the_next_sync(world, monkeypatch):
    w = world
    conflicted(w)
    correct(w.store, 2, "CS1.1.1.1", "US5")
    approve(w.store, 2)
    w.pg.psql(f"UPDATE {w.table} SET code_us = 'US2' WHERE id = 2")
    assert sy.sync(w.store, w.prod, "bot").conflicts == [2]

    def killed(*_a, **_k):
        raise KeyboardInterrupt
    for method, item, resolution in (("mark_synced", 1, sy.TAKE_THEIRS), ("send_back", 2, sy.SEND_BACK)):
        monkeypatch.setattr(w.store, method, killed)
        with pytest.raises(KeyboardInterrupt):
            sy.resolve_conflict(w.store, w.prod, item, resolution, "chef", reason="à revoir")
        monkeypatch.undo()
    assert (w.store.item(1).state, w.store.item(2).state) == (lc.VALIDATED, lc.VALIDATED)
    report = sy.sync(w.store, w.prod, "bot")
    assert (report.settled, report.applied, report.waiting) == ([1, 2], [], [])
    assert (w.store.item(1).state, w.store.item(2).state) == (lc.SYNCED, lc.REJECTED)
    assert w.store.item(2).rejection == "à revoir"
    assert rows(w, "id <= 2") == [["1", "CS2.1.2", "US1.1", "", "32", "2019", rows(w, "id = 1")[0][6]],
                                  ["2", "CS2.2.1", "US2", "", "32", "2019", rows(w, "id = 2")[0][6]]]


def test_resolution_refusals(world):
    w = world
    conflicted(w)
    with pytest.raises(sy.InputError, match="demande un motif"):
        sy.resolve_conflict(w.store, w.prod, 1, sy.SEND_BACK, "chef")
    with pytest.raises(sy.InputError, match="Résolution inconnue"):
        sy.resolve_conflict(w.store, w.prod, 1, "both", "chef")
    with pytest.raises(sy.OcsgeError, match="Aucun conflit ouvert pour l'élément 2"):
        sy.resolve_conflict(w.store, w.prod, 2, sy.TAKE_THEIRS, "chef")


# --- interrupted syncs ---------------------------------------------------------------------------
def _run_cli(*args):
    return subprocess.Popen([sys.executable, "-m", "ocsge_review", *args], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _sync_args(w, *more):
    return ("sync", "--store", w.path, "--production", w.spec, "--production-table", w.table,
            "--sync-schema", w.schema, "--user", "bot", *more)


def _wait_blocked(w, timeout=30):
    """The pid of the sync's backend once it waits for a lock."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        out = w.pg.psql("SELECT pid FROM pg_stat_activity WHERE application_name = 'ocsge_review' "
                        "AND wait_event_type = 'Lock'").split()
        if out:
            return int(out[0])
        time.sleep(0.1)
    raise AssertionError("the sync never blocked")


def _wait_gone(w, timeout=30):
    deadline = time.monotonic() + timeout
    while w.pg.psql("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'ocsge_review' "
                    "AND state <> 'idle'").strip() != "0":
        assert time.monotonic() < deadline
        time.sleep(0.1)


def _two_validated(w):
    correct(w.store, 1, "CS1.1.1.1", "US5")
    claim(w.store, "ana", 2)
    w.store.merge(2, "ana", [3], "CS2.1.2", "US1.1")
    approve(w.store, 1, 2)
    w.store.close()
    w.prod.close()


def test_a_sync_killed_inside_a_batch_leaves_it_undone_and_the_next_run_finishes(world):
    w = world
    _two_validated(w)
    before = rows(w, "id >= 2")
    with psycopg.connect(w.spec, autocommit=False) as holder:
        holder.execute(f"SELECT 1 FROM {w.table} WHERE id = 3 FOR UPDATE")   # batch 2 (item 2) will wait
        proc = _run_cli(*_sync_args(w, "--batch-size", "1"))
        _wait_blocked(w)
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        assert rows(w, "id = 1")[0][1] == "CS1.1.1.1"          # batch 1 committed
        assert rows(w, "id >= 2") == before                     # batch 2 not at all
        holder.rollback()
    _wait_gone(w)
    assert rows(w, "id >= 2") == before
    assert len(audit(w)) == 1
    done = _run_cli(*_sync_args(w, "--json"))
    out, err = done.communicate(timeout=60)
    assert done.returncode == 0, err
    report = json.loads(out)
    assert (report["applied"], report["already_applied"]) == ([2], [])   # item 1 was marked after batch 1
    assert [r[0] for r in rows(w, "id >= 2")] == ["2", "4", "5", "6"]
    assert sorted((r[1], r[2]) for r in audit(w)) == [("1", "update"), ("2", "delete"), ("2", "update")]


def test_a_connection_cut_mid_batch_writes_nothing_of_it_and_the_next_run_finishes(world):
    w = world
    _two_validated(w)
    before = rows(w)
    with psycopg.connect(w.spec, autocommit=False) as holder:
        # Inserting the decision keys is the batch's last step: production rows are already written.
        holder.execute(f"LOCK TABLE {w.schema}.applied IN SHARE MODE")
        proc = _run_cli(*_sync_args(w))
        pid = _wait_blocked(w)
        assert w.pg.psql(f"SELECT query FROM pg_stat_activity WHERE pid = {pid}").count("applied") >= 1
        w.pg.psql(f"SELECT pg_terminate_backend({pid})")
        out, err = proc.communicate(timeout=30)
        holder.rollback()
    assert proc.returncode == 2
    assert err.startswith("erreur : Connexion à la base de production perdue") and err.count("\n") == 1
    assert rows(w) == before and audit(w) == []
    done = _run_cli(*_sync_args(w, "--json"))
    out, err = done.communicate(timeout=60)
    assert done.returncode == 0, err
    assert json.loads(out)["applied"] == [1, 2]
    assert len(audit(w)) == 3


# --- command line ---------------------------------------------------------------------------------
def test_cli_sync_prints_what_it_did(world):
    w = world
    conflicted(w, 4)
    correct(w.store, 1, "CS1.1.1.1", "US5", user="bob")
    correct(w.store, 5, "CS1.1.1.1", "US5", user="bob")
    approve(w.store, 1, 5)
    w.store.close()
    w.prod.close()
    proc = _run_cli(*_sync_args(w))
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert out.splitlines()[0] == ("Synchronisation : 2 appliqué(s), 0 sans changement, 0 déjà appliqué(s), "
                                   "0 nouveau(x) conflit(s), 1 conflit(s) en attente de résolution (1 lot(s)).")
    assert "  Appliqués : 1, 5" in out and "  En conflit : 4" in out


def test_cli_errors_are_one_french_line(world, tmp_path):
    w = world
    proc = _run_cli("sync", "--store", w.path, "--production", w.spec, "--production-table", "absente")
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 2 and err == f"erreur : Table de production introuvable : « public.absente » " \
                                          f"(postgres@{w.pg.host}:{w.pg.port}/{w.pg.dbname}).\n"
    proc = _run_cli("sync", "--store", w.path, "--production", w.spec + " password=s3cr3t")
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 2 and err.startswith("erreur : Pas de mot de passe dans --production")
    assert "s3cr3t" not in err
    # campaign create checks the production table before the long work, and writes no store.
    store = tmp_path / "new.gpkg"
    proc = _run_cli("campaign", "create", "--model", str(tmp_path / "absent.gpkg"), "--department", "32",
                    "--store", str(store), "--production", w.spec, "--production-table", "absente")
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 2 and err.startswith("erreur : Table de production introuvable")
    assert not store.exists()


def test_cli_campaign_create_captures_the_base_and_load_production(postgis, spec, tmp_path):
    from ocsge_review.synthetic import demo
    from ocsge_review.production.loading import load_production
    demo.write(demo.generate(1000, seed=3), str(tmp_path / "demo"))
    model = str(tmp_path / "demo" / "model_output.gpkg")
    assert load_production(model, spec, "prod.ocs_32", department="32") == 1000
    assert postgis.psql("SELECT count(*), count(DISTINCT departement), min(id), max(id), "
                        "min(ST_GeometryType(geom)) FROM prod.ocs_32").strip() == "1000|1|1|1000|ST_MultiPolygon"
    store = str(tmp_path / "c.gpkg")
    proc = _run_cli("campaign", "create", "--model", model, "--department", "32", "--store", store, "--quiet",
                    "--production", spec, "--production-table", "prod.ocs_32", "--sync-schema", "cli_sync")
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert "Version de base prise en production : 1000 ligne(s) de « prod.ocs_32 »." in out
    uid = GpkgStore.open(store).campaign().uid
    assert postgis.psql(f"SELECT count(*), count(version) FROM cli_sync.base WHERE campaign_uid = '{uid}'"
                        ).strip() == "1000|1000"
    # Capturing again keeps the versions taken (an existing store), and syncs through the CLI.
    s = GpkgStore.open(store)
    with sy.Production.open(spec, sy.ProductionTable(table="prod.ocs_32", schema="cli_sync")) as prod:
        assert sy.capture_base(s, prod) == 0
        assert prod.schema_version() == 1
    item = s.claim_next("ana")
    s.decide(Decision(item.id, "ana", None, "CS1.1.1.1", "US5"))
    s.validate(item.id, "val", True)
    s.close()
    proc = _run_cli("sync", "--store", store, "--production", spec, "--production-table", "prod.ocs_32",
                    "--sync-schema", "cli_sync", "--json")
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert json.loads(out)["applied"] == [item.id]
    assert postgis.psql(f"SELECT code_cs, code_us FROM prod.ocs_32 WHERE id = {item.source_id}").strip() == \
        "CS1.1.1.1|US5"


# --- the stores' side of the sync: one query per page, one transaction per batch ------------------
def test_both_stores_list_the_same_edits_and_mark_synced_all_or_nothing(postgis, spec, tmp_path):
    """validated_edits (set-based in both stores) agrees between the GeoPackage and the PostGIS store
    on reshapes, confirmations, merges, splits and a split of a part, page by page; mark_synced
    refuses a batch holding one item it cannot mark, and then marks none of it."""
    from ocsge_review.store.pg import PgStore
    campaign = Campaign(name="stores", department="32", department_name="Gers", epsg=2154, model_version="m1",
                        source="model.gpkg", policy={}, lock_seconds=600)
    wkb = shapely.to_wkb(np.array([cell(c, r) for c, r in CELLS], dtype=object))
    stores = [GpkgStore.create(str(tmp_path / "review.gpkg"), campaign, _columns(len(CELLS)), wkb),
              PgStore.create(spec, campaign, _columns(len(CELLS)), wkb, schema=f"stores_{next(_n)}")]
    halves = [box(0, 0, 50, 100), box(50, 0, 100, 100)]
    quarters = [box(50, 0, 75, 100), box(75, 0, 100, 100)]
    try:
        for store in stores:
            claim(store, "ana", 1)
            a = store.split(1, "ana", [Part(shapely.to_wkb(g), "CS1.1.1.1", "US5") for g in halves])
            store.validate(a[1], "val", False, reason="découpe à revoir")
            claim(store, "ana", a[1])
            c = store.split(a[1], "ana", [Part(shapely.to_wkb(g), "CS2.1.1.1", "US1.1") for g in quarters])
            claim(store, "ana", 2)
            store.merge(2, "ana", [3], "CS2.1.2", "US1.1")
            correct(store, 4, "CS2.2.1", "US1.1", geom=box(300, 0, 390, 100))
            correct(store, 5, *MODEL)                          # a confirmation
            correct(store, 6, "CS1.1.1.1", "US1.1")            # decided, never validated
            approve(store, a[0], c[0], 2, 4, 5)                # c[1] not yet: the split waits for it
            # The whole split of item 1 waits for c[1], the part of its part: a[0] and c[0] alike, or
            # production would lose item 1's row with half its ground not yet replaced.
            assert [e.item_id for e in store.validated_edits()] == [2, 4, 5]
            approve(store, c[1])
        lists = []
        for store in stores:
            edits = store.validated_edits()
            paged, after = [], 0
            while True:
                page = store.validated_edits(after, 2)
                if not page:
                    break
                paged += page
                after = page[-1].item_id
            assert paged == edits
            lists.append([(e.item_id, e.source_id, e.code_cs, e.code_us, e.model_cs, e.model_us,
                           shapely.normalize(shapely.from_wkb(e.wkb)).wkt, e.geometry_changed, e.parent_source_id,
                           e.absorbed, e.decided_by, e.validated_by, e.approval_seq) for e in edits])
        assert lists[0] == lists[1]
        by_id = {e[0]: e for e in lists[0]}
        assert sorted(by_id) == [2, 4, 5, 7, 9, 10]
        assert (by_id[2][7], by_id[2][9]) == (True, ["3"])                       # merge: union, absorbed
        assert (by_id[4][7], by_id[5][7]) == (True, False)                       # reshape, confirmation
        assert {by_id[i][8] for i in (7, 9, 10)} == {"1"}                        # parts name the first original
        for store in stores:
            ids = [e.item_id for e in store.validated_edits()]
            journal = len(store.journal())
            with pytest.raises(lc.TransitionError):
                store.mark_synced(ids + [6], "bot")                              # 6 is not validated
            assert [e.item_id for e in store.validated_edits()] == ids and len(store.journal()) == journal
            store.mark_synced(ids, "bot", comment="lot")
            assert store.validated_edits() == []
            synced = [r for r in store.journal()[journal:]]
            assert [(r.item_id, r.action, r.comment) for r in synced] == [(i, lc.SYNC, "lot") for i in ids]
            assert {store.item(i).state for i in ids} == {lc.SYNCED}
    finally:
        for store in stores:
            store.close()


def test_a_split_waits_for_every_part_of_its_parts(world):
    """Item 1 split in two; its second half split again: while the quarters wait, nothing of item 1
    reaches production (its row stays whole), and once they are validated all three parts do."""
    w = world
    claim(w.store, "ana", 1)
    a = w.store.split(1, "ana", [Part(shapely.to_wkb(g), "CS1.1.1.1", "US5") for g in
                                 (box(0, 0, 50, 100), box(50, 0, 100, 100))])
    w.store.validate(a[1], "val", False, reason="à revoir")
    claim(w.store, "ana", a[1])
    c = w.store.split(a[1], "ana", [Part(shapely.to_wkb(g), "CS2.1.1.1", "US1.1") for g in
                                    (box(50, 0, 75, 100), box(75, 0, 100, 100))])
    approve(w.store, a[0])
    assert sy.sync(w.store, w.prod, "bot").applied == []
    assert [r[0] for r in rows(w, "id = 1")] == ["1"]
    approve(w.store, *c)
    assert sorted(sy.sync(w.store, w.prod, "bot").applied) == sorted([a[0], *c])
    assert rows(w, "id = 1") == []
    assert sorted(r[3] for r in rows(w, "id_origine IS NOT NULL")) == ["1", "1", "1"]


def test_a_page_of_waiting_parts_does_not_end_the_sync(world):
    w = world
    claim(w.store, "ana", 1)
    a = w.store.split(1, "ana", [Part(shapely.to_wkb(box(0, 0, 50, 100)), *MODEL),
                                 Part(shapely.to_wkb(box(50, 0, 100, 100)), *MODEL)])
    approve(w.store, a[0])                  # a[1] waits: a page of one waiting part
    claim(w.store, "bob", 3)
    b = w.store.split(3, "bob", [Part(shapely.to_wkb(box(200, 0, 250, 100)), "CS1.1.1.1", "US5"),
                                 Part(shapely.to_wkb(box(250, 0, 300, 100)), "CS1.1.1.1", "US5")])
    approve(w.store, *b)
    assert sorted(sy.sync(w.store, w.prod, "bot", batch_size=1).applied) == sorted(b)


def test_ids_of_the_wrong_kind_are_named_not_taken_for_a_lost_connection(world, tmp_path):
    w = world
    cols = _columns(2)
    cols["source_id"] = np.array(["32-1", "32-2"], dtype=object)
    campaign = Campaign(name="ids", department="32", department_name="Gers", epsg=2154, model_version="m1",
                        source="model.gpkg", policy={})
    store = GpkgStore.create(str(tmp_path / "ids.gpkg"), campaign, cols,
                             shapely.to_wkb(np.array([cell(0), cell(1)], dtype=object)))
    try:
        with pytest.raises(sy.InputError, match="« 32-1 » .* attend un nombre") as refused:
            sy.capture_base(store, w.prod)
        assert "perdue" not in str(refused.value)
        assert sy.capture_base(w.store, w.prod) == 0        # the connection is fine for the next call
    finally:
        store.close()


def test_a_production_server_shut_down_under_the_sync_says_the_connection_was_lost(world):
    """The administrator's pg_terminate_backend (AdminShutdown) drops the sync's connection: the
    validator reads that nothing of the batch was written and that running again resumes, as for any
    connection lost — not a refusal of the data."""
    w = world
    correct(w.store, 1, "CS1.1.1.1", "US5")
    approve(w.store, 1)
    w.pg.psql(f"SELECT pg_terminate_backend({w.prod.con.info.backend_pid})")
    with pytest.raises(sy.SyncError) as refused:
        sy.sync(w.store, w.prod, "sync-bot")
    assert "Connexion à la base de production perdue" in str(refused.value)
    assert w.store.item(1).state == lc.VALIDATED


def test_a_conflict_says_whether_keeping_mine_writes_the_reviewed_polygon(world):
    """The conflicts panel shows what « keep mine » applies from the conflict itself, as the sync decides it."""
    w = world
    conflicted(w)                                   # codes corrected, the polygon as it was
    correct(w.store, 2, "CS1.1.1.1", "US5", geom=box(100, 0, 190, 100))      # reshaped
    approve(w.store, 2)
    w.pg.psql(f"UPDATE {w.table} SET code_cs = 'CS2.1.2' WHERE id = 2")
    assert sy.sync(w.store, w.prod, "bot").conflicts == [2]
    changed = {c.item_id: c.geometry_changed for c in sy.open_conflicts(w.store, w.prod)}
    assert changed == {1: False, 2: True}
    sy.resolve_conflict(w.store, w.prod, 1, sy.TAKE_THEIRS, "chef")
    assert [c.geometry_changed for c in sy._conflicts(w.store, w.prod, item_id=1)] == [None]
