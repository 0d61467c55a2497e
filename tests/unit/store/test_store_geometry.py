"""Geometry corrections in a review store: split, merge, reshape, neighbours, their undo and lineage
(a GeoPackage here, PostGIS again in tests/pg/test_store_suite.py)."""
import sqlite3

import numpy as np
import pytest
import shapely

from ocsge_review.store import lifecycle as lc
from ocsge_review.errors import CrsError, InputError, OcsgeError
from ocsge_review.store import Campaign, Decision, LockLost, Part, open_store
from ocsge_review.store import gpkg
from ocsge_review.store.gpkg import JOURNAL, GpkgStore
from tests.store_probe import found_in as _found_in
from tests.store_probe import read_items, snapshot
from tests.unit.store.test_store_gpkg import Clock, _assert_same_counts, _columns

X, Y = 700000.0, 6600000.0

# 100 m cells: (column, row) and part of items 1..6.
#   row 1:  5 audit  4 queue
#   row 0:  1 queue  2 queue  3 auto          6 queue, far away
# 1's neighbours are 2 and 5; 4 touches 1 at a corner only.
CELLS = [((0, 0), "queue"), ((1, 0), "queue"), ((2, 0), "auto"), ((1, 1), "queue"), ((0, 1), "audit"),
         ((5, 5), "queue")]
MODEL = ("CS2.2.1", "US1.1")
OTHER = ("CS2.1.2", "US1.1")       # item 2's model pair


def box(x0, y0, x1, y1):
    return shapely.box(X + x0, Y + y0, X + x1, Y + y1)


def cell(c, r):
    return box(100 * c, 100 * r, 100 * c + 100, 100 * r + 100)


def wkb(geom):
    return shapely.to_wkb(geom)


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def store(make_store, clock):
    cols, _ = _columns([p for _, p in CELLS])
    cols["area_m2"] = np.full(len(CELLS), 10000.0)
    cols["code_cs"][1] = OTHER[0]
    geoms = shapely.to_wkb(np.array([cell(*c) for c, _ in CELLS], dtype=object))
    campaign = Campaign(name="geom", department="32", department_name="Gers", epsg=2154,
                        model_version="m1", source="model.gpkg", policy={}, lock_seconds=60)
    s = make_store(campaign, cols, geoms, clock)
    yield s
    s.close()


def found_in(store, x0, y0, x1, y1):
    """Items found in a window through the store's spatial index."""
    return _found_in(store, X + x0, Y + y0, X + x1, Y + y1)


def claimed(store, user, expected):
    item = store.claim_next(user)
    assert item.id == expected
    return item


# --- split ---------------------------------------------------------------------------
def test_split_refusals_write_nothing(store):
    claimed(store, "ana", 1)
    before = snapshot(store)
    left, right = box(0, 0, 40, 100), box(40, 0, 100, 100)
    refusals = [
        ([Part(wkb(left), *MODEL), Part(wkb(box(45, 0, 100, 100)), *MODEL)],
         InputError, "ne couvrent pas l'élément 1 : il manque 500,0 m² \\(tolérance 10,0 m²\\)"),
        ([Part(wkb(box(0, 0, 45, 100)), *MODEL), Part(wkb(right), *MODEL)],
         InputError, "parties 1 et 2 du découpage de l'élément 1 se chevauchent sur 500,0 m²"),
        ([Part(wkb(left), *MODEL), Part(wkb(box(40, 0, 103, 100)), *MODEL)],
         InputError, "débordent de l'élément 1 de 300,0 m²"),
        ([Part(wkb(cell(0, 0)), *MODEL)], InputError, "au moins deux parties"),
        ([Part(wkb(left), *MODEL), Part(wkb(shapely.Polygon([(X + 40, Y), (X + 100, Y + 100), (X + 100, Y),
                                                            (X + 40, Y + 100)])), *MODEL)],
         InputError, "La partie 2 du découpage de l'élément 1 n'est pas valide"),
        ([Part(wkb(left), *MODEL), Part(wkb(shapely.LineString([(X, Y), (X + 1, Y)])), *MODEL)],
         InputError, "La partie 2 .* n'est pas un polygone"),
        ([Part(wkb(left), *MODEL), Part(wkb(right), "CS9", "US1.1")], OcsgeError, "CS9"),
    ]
    for parts, error, message in refusals:
        with pytest.raises(error, match=message):
            store.split(1, "ana", parts)
    halves = [Part(wkb(left), *MODEL), Part(wkb(right), *MODEL)]
    with pytest.raises(lc.TransitionError, match="Impossible de découper l'élément 2 : il est en attente"):
        store.split(2, "ana", halves)
    with pytest.raises(LockLost, match="réservé par ana"):
        store.split(1, "bob", halves)
    assert snapshot(store) == before


def test_a_gap_within_the_tolerance_is_accepted(store):
    claimed(store, "ana", 1)
    # 0.5 m × 10 m = 5 m² missing, under max(1 m², 0.1 % of 10 000 m²) = 10 m².
    right = shapely.difference(box(40, 0, 100, 100), box(40, 0, 40.5, 10))
    assert store.split(1, "ana", [Part(wkb(box(0, 0, 40, 100)), *MODEL), Part(wkb(right), *MODEL)]) == [7, 8]


def test_split_makes_decided_parts_with_lineage_seen_by_gdal(store):
    claimed(store, "ana", 1)
    left, right = box(0, 0, 40, 100), box(40, 0, 100, 100)
    ids = store.split(1, "ana", [Part(wkb(left), *MODEL), Part(wkb(right), "cs1.1.1.1", "US5")],
                      comment="bâti", active_seconds=12.5)
    assert ids == [7, 8]
    original = store.item(1)
    assert original.state == lc.SUPERSEDED and shapely.equals(shapely.from_wkb(original.wkb), cell(0, 0))
    for fid, geom, source in ((7, left, "S0/1"), (8, right, "S0/2")):
        part = store.item(fid)
        assert (part.state, part.parent_id, part.source_id, part.part) == (lc.DECIDED, 1, source, "queue")
        assert (part.code_cs, part.code_us) == MODEL            # the model's proposal, inherited
        assert part.area_m2 == geom.area and shapely.equals(shapely.from_wkb(part.wkb), geom)
    records = store.journal()
    assert [(r.item_id, r.action, r.related) for r in records] == [(1, "split", None), (7, "split", 1),
                                                                   (8, "split", 1)]
    assert [r.changed_area_m2 for r in records] == [6000.0, 0.0, 0.0]
    assert [r.active_seconds for r in records] == [12.5, 0.0, 0.0]
    assert all(r.geometry_changed for r in records)
    assert (records[2].cs_before, records[2].cs_after, records[2].us_after) == ("CS2.2.1", "CS1.1.1.1", "US5")
    _assert_same_counts(store.counts(), store)

    fids, geoms, values = read_items(store, ["state", "parent_id", "source_id"])
    assert list(fids) == [1, 2, 3, 4, 5, 6, 7, 8]
    assert list(values["state"][6:]) == [lc.DECIDED] * 2 and list(values["parent_id"][6:]) == [1, 1]
    assert list(values["source_id"][6:]) == ["S0/1", "S0/2"]
    assert shapely.equals(shapely.from_wkb(geoms[7]), right)
    # The R-tree follows: a window inside the right part finds it (and the superseded original) only.
    assert found_in(store, 60, 10, 90, 20) == [1, 8]
    assert found_in(store, 10, 10, 30, 20) == [1, 7]

    with pytest.raises(OcsgeError, match="propre décision"):
        store.validate(7, "ana", True)
    store.validate(7, "val", True)
    store.validate(8, "val", False, reason="wrong_cs")
    assert (store.item(7).state, store.item(8).state) == (lc.VALIDATED, lc.REJECTED)
    assert store.neighbours(2) == [3, 4, 8]          # 1 is superseded: its parts stand in its place
    _assert_same_counts(store.counts(), store)


def test_undo_split_restores_the_original_and_retires_the_parts(store):
    original = claimed(store, "ana", 1)
    halves = [Part(wkb(box(0, 0, 40, 100)), *OTHER), Part(wkb(box(40, 0, 100, 100)), *MODEL)]
    split = store.split(1, "ana", halves)
    with pytest.raises(OcsgeError, match="partie du découpage de l'élément 1 : annulez le découpage depuis "
                                         "l'élément 1"):
        store.undo(7, "ana")
    with pytest.raises(LockLost, match="décidé par ana"):
        store.undo(1, "bob")
    seq = store.undo(1, "ana")
    again = store.item(1)
    assert (again.state, again.wkb) == (lc.CLAIMED, original.wkb)
    assert [store.item(i).state for i in split] == [lc.SUPERSEDED, lc.SUPERSEDED]
    records = store.journal()
    assert [(r.seq, r.item_id, r.action, r.undoes, r.related) for r in records[3:]] == [
        (seq, 1, "undo", 1, None), (5, 7, "undo", 2, 1), (6, 8, "undo", 3, 1)]
    assert records[0].changed_area_m2 == 4000.0
    assert store.neighbours(2) == [1, 3, 4]
    _assert_same_counts(store.counts(), store)
    # Split again: new ids, source ids numbered on; a validated part blocks the undo.
    assert store.split(1, "ana", halves) == [9, 10]
    assert [store.item(i).source_id for i in (9, 10)] == ["S0/3", "S0/4"]
    store.validate(10, "val", True)
    before = snapshot(store)
    with pytest.raises(OcsgeError, match="découpage de l'élément 1 : l'élément 10, qui en est issu, est validé"):
        store.undo(1, "ana")
    assert snapshot(store) == before


# --- merge ---------------------------------------------------------------------------
def test_neighbours_share_an_edge_not_a_corner(store):
    assert store.neighbours(1) == [2, 5]
    assert store.neighbours(4) == [2, 5]
    assert store.neighbours(6) == []
    with pytest.raises(InputError, match="L'élément 99 n'existe pas"):
        store.neighbours(99)


def test_merge_takes_neighbours_of_the_growing_union(store):
    claimed(store, "ana", 1)
    seq = store.merge(1, "ana", [3, 2], *OTHER, comment="une seule prairie", active_seconds=20.0)
    survivor = store.item(1)
    assert survivor.state == lc.DECIDED and survivor.area_m2 == 30000.0
    assert shapely.equals(shapely.from_wkb(survivor.wkb), box(0, 0, 300, 100))
    assert [(store.item(i).state, store.item(i).merged_into) for i in (2, 3)] == [(lc.SUPERSEDED, 1)] * 2
    records = store.journal()
    assert records[0].seq == seq
    assert [(r.item_id, r.action, r.related, r.cs_after) for r in records] == [
        (1, "merge", None, "CS2.1.2"), (3, "merge", 1, "CS2.1.2"), (2, "merge", 1, "CS2.1.2")]
    # Items 1 and 3 were CS2.2.1 in the model, item 2 already CS2.1.2.
    assert [r.changed_area_m2 for r in records] == [20000.0, 0.0, 0.0]
    assert [r.active_seconds for r in records] == [20.0, 0.0, 0.0]
    assert store.neighbours(1) == [4, 5]
    assert store.neighbours(4) == [1, 5]
    assert found_in(store, 250, 10, 260, 20) == [1, 3]
    _assert_same_counts(store.counts(), store)
    store.validate(1, "val", True)
    assert store.item(1).state == lc.VALIDATED
    _assert_same_counts(store.counts(), store)


def test_merge_refusals_name_the_item_and_write_nothing(store):
    claimed(store, "ana", 1)
    claimed(store, "bob", 2)
    claimed(store, "chloé", 4)
    dan = claimed(store, "dan", 5)
    store.release(4, "chloé")
    assert dan.part == "audit"
    before = snapshot(store)
    refusals = [
        ([6], InputError, "L'élément 6 n'est pas voisin de l'élément 1"),
        ([4], InputError, "L'élément 4 ne touche l'élément 1 .* que par un coin"),
        ([5], OcsgeError, "L'élément 5 fait partie de l'échantillon d'audit"),
        ([2], lc.TransitionError, "Impossible de fusionner l'élément 2 : il est réservé"),
        ([1], InputError, "avec lui-même"),
        ([], InputError, "au moins un voisin"),
        ([42], InputError, "L'élément 42 n'existe pas"),
    ]
    for others, error, message in refusals:
        with pytest.raises(error, match=message):
            store.merge(1, "ana", others, *MODEL)
    with pytest.raises(OcsgeError, match="L'élément 5 fait partie de l'échantillon d'audit"):
        store.merge(5, "dan", [1], *MODEL)
    with pytest.raises(lc.TransitionError, match="Impossible de fusionner l'élément 3 : il est accepté"):
        store.merge(3, "ana", [2], *MODEL)
    with pytest.raises(LockLost, match="réservé par ana"):
        store.merge(1, "bob", [2], *MODEL)
    assert snapshot(store) == before
    store.decide(Decision(2, "bob", None, *OTHER))
    before = snapshot(store)
    with pytest.raises(lc.TransitionError, match="Impossible de fusionner l'élément 2 : il est décidé"):
        store.merge(1, "ana", [2], *MODEL)
    assert snapshot(store) == before


def test_undo_merge_restores_survivor_and_members(store):
    first = claimed(store, "ana", 1)
    merge = store.merge(1, "ana", [2, 3], *OTHER)
    with pytest.raises(OcsgeError, match="L'élément 2 a été fusionné dans l'élément 1 : annulez la fusion"):
        store.undo(2, "ana")
    seq = store.undo(1, "ana")
    again = store.item(1)
    assert (again.state, again.wkb, again.area_m2) == (lc.CLAIMED, first.wkb, 10000.0)
    assert [(store.item(i).state, store.item(i).merged_into) for i in (2, 3)] == [(lc.PENDING, None),
                                                                                (lc.ACCEPTED, None)]
    records = store.journal()
    assert [(r.item_id, r.action, r.undoes, r.related) for r in records[3:]] == [
        (1, "undo", merge, None), (2, "undo", merge + 1, 1), (3, "undo", merge + 2, 1)]
    assert records[3].seq == seq and records[3].geometry_changed
    assert store.neighbours(1) == [2, 5]
    _assert_same_counts(store.counts(), store)
    store.merge(1, "ana", [2], *OTHER)
    store.validate(1, "val", True)
    with pytest.raises(lc.TransitionError, match="Impossible d'annuler l'élément 1 : il est validé"):
        store.undo(1, "ana")


# --- reshape and plain decisions -----------------------------------------------------
def test_reshape_through_decide_and_its_undo(store):
    first = claimed(store, "ana", 1)
    seq = store.decide(Decision(1, "ana", None, *MODEL, geometry_wkb=wkb(box(0, 0, 90, 100))))
    item = store.item(1)
    assert (item.state, item.area_m2) == (lc.DECIDED, 9000.0)
    assert shapely.equals(shapely.from_wkb(item.wkb), box(0, 0, 90, 100))
    record = store.journal(1)[-1]
    assert (record.seq, record.action, record.geometry_changed) == (seq, lc.RESHAPE, True)
    assert record.changed_area_m2 == 1000.0          # same class: the ground that moved
    _assert_same_counts(store.counts(), store)
    store.undo(1, "ana")
    assert (store.item(1).wkb, store.item(1).area_m2) == (first.wkb, 10000.0)
    _assert_same_counts(store.counts(), store)
    store.decide(Decision(1, "ana", lc.RESHAPE, *OTHER, geometry_wkb=wkb(box(0, 0, 110, 100))))
    assert store.journal(1)[-1].changed_area_m2 == 11000.0     # new class: all the ground touched
    assert found_in(store, 104, 10, 106, 20) == [1, 2]
    _assert_same_counts(store.counts(), store)
    store.validate(1, "val", True)
    assert store.item(1).state == lc.VALIDATED


def test_reshape_refusals_write_nothing(store):
    claimed(store, "ana", 1)
    claimed(store, "bob", 2)
    claimed(store, "chloé", 4)
    claimed(store, "dan", 5)
    before = snapshot(store)
    bowtie = shapely.Polygon([(X, Y), (X + 100, Y + 100), (X + 100, Y), (X, Y + 100)])
    refusals = [
        (1, box(500, 500, 600, 600), InputError, "ne recouvre pas l'ancienne"),
        (1, bowtie, InputError, "n'est pas valide"),
        (1, shapely.Point(X, Y), InputError, "n'est pas un polygone"),
        (5, cell(0, 1), OcsgeError, "échantillon d'audit"),
    ]
    for item_id, geom, error, message in refusals:
        user = "ana" if item_id == 1 else "dan"
        with pytest.raises(error, match=message):
            store.decide(Decision(item_id, user, None, *MODEL, geometry_wkb=wkb(geom)))
    with pytest.raises(CrsError, match="EPSG:4326"):
        store.decide(Decision(1, "ana", None, *MODEL,
                              geometry_wkb=shapely.to_wkb(shapely.set_srid(cell(0, 0), 4326), include_srid=True)))
    with pytest.raises(InputError, match="demande sa nouvelle géométrie"):
        store.decide(Decision(1, "ana", lc.RESHAPE, *MODEL))
    with pytest.raises(lc.TransitionError, match="Impossible de remodeler l'élément 3 : il est accepté"):
        store.decide(Decision(3, "ana", lc.RESHAPE, *MODEL, geometry_wkb=wkb(cell(2, 0))))
    assert snapshot(store) == before


def test_plain_decisions_count_the_area_that_changed_class(store):
    claimed(store, "ana", 1)
    store.decide(Decision(1, "ana", None, *MODEL))
    claimed(store, "ana", 2)
    store.decide(Decision(2, "ana", None, *MODEL))              # item 2's model said CS2.1.2
    claimed(store, "ana", 4)
    store.decide(Decision(4, "ana", None, *MODEL, flag="doubt"))
    assert [(r.item_id, r.changed_area_m2, r.geometry_changed) for r in store.journal()] == [
        (1, 0.0, False), (2, 10000.0, False), (4, 0.0, False)]


def test_journal_stays_append_only_after_geometry_edits(store):
    claimed(store, "ana", 1)
    store.merge(1, "ana", [2], *OTHER)
    con = sqlite3.connect(store.path)
    for sql in (f"UPDATE {JOURNAL} SET geom_before = NULL", f"UPDATE {JOURNAL} SET related = 7",
                f"DELETE FROM {JOURNAL} WHERE related IS NOT NULL"):
        with pytest.raises(sqlite3.DatabaseError, match="ajout seul"):
            con.execute(sql)
    con.close()
    assert [r.related for r in store.journal()] == [None, 1]


def test_a_version_2_store_is_migrated_to_lineage(tmp_path, clock, monkeypatch):
    cols, _ = _columns([p for _, p in CELLS])
    geoms = shapely.to_wkb(np.array([cell(*c) for c, _ in CELLS], dtype=object))
    campaign = Campaign(name="v2", department="32", department_name="Gers", epsg=2154, model_version="m1",
                        source="model.gpkg", policy={})
    path = str(tmp_path / "v2.gpkg")
    with monkeypatch.context() as m:
        m.setattr(gpkg, "MIGRATIONS", gpkg.MIGRATIONS[:2])
        m.setattr(gpkg, "SCHEMA_VERSION", 2)
        old = GpkgStore.create(path, campaign, cols, geoms, clock=clock)
        assert old.schema_version() == 2
        old.close()
    con = sqlite3.connect(path)
    assert "parent_id" not in [r[1] for r in con.execute("PRAGMA table_info(items)")]
    con.close()
    store = open_store(path, clock=clock)
    assert store.schema_version() == gpkg.SCHEMA_VERSION and store.campaign().uid
    assert store.claim_next("ana").id == 1 and store.item(1).parent_id is None
    assert store.split(1, "ana", [Part(wkb(box(0, 0, 50, 100)), *MODEL),
                                  Part(wkb(box(50, 0, 100, 100)), *MODEL)]) == [7, 8]
    assert store.item(8).parent_id == 1
    _assert_same_counts(store.counts(), store)
    store.close()


def test_progress_counts_what_items_became_not_what_they_replaced(store):
    from ocsge_review.store.base import progress
    _, _, left, left_km2 = progress(store.counts())
    claimed(store, "ana", 1)
    store.split(1, "ana", [Part(wkb(box(0, 0, 40, 100)), *MODEL), Part(wkb(box(40, 0, 100, 100)), *MODEL)])
    assert progress(store.counts()) == (2, pytest.approx(0.01), left - 1, pytest.approx(left_km2 - 0.01))
    claimed(store, "ana", 2)
    store.merge(2, "ana", [4], *OTHER)
    # Item 2 is done with item 4's ground; item 4 is neither done nor left any more.
    assert progress(store.counts()) == (3, pytest.approx(0.03), left - 3, pytest.approx(left_km2 - 0.03))


# --- sync to production --------------------------------------------------------------
def _review_for_sync(store):
    """Items 1 corrected, 2 merged with 3, 4 split into 7 and 8, 5 (audit) confirmed, 6 reshaped."""
    claimed(store, "ana", 1)
    store.decide(Decision(1, "ana", None, *OTHER))
    claimed(store, "ana", 2)
    store.merge(2, "ana", [3], *MODEL)
    claimed(store, "ana", 4)
    assert store.split(4, "ana", [Part(wkb(box(100, 100, 150, 200)), *MODEL),
                                  Part(wkb(box(150, 100, 200, 200)), *OTHER)]) == [7, 8]
    claimed(store, "ana", 5)
    store.decide(Decision(5, "ana", None, *MODEL))
    claimed(store, "ana", 6)
    store.decide(Decision(6, "ana", None, *MODEL, geometry_wkb=wkb(box(500, 500, 590, 600))))
    return {i: store.validate(i, "val", True) for i in (1, 2, 5, 6, 7)}


def test_validated_edits_wait_for_whole_splits_and_carry_lineage(store):
    approvals = _review_for_sync(store)
    edits = {e.item_id: e for e in store.validated_edits()}
    assert list(edits) == [1, 2, 5, 6]                     # 7 waits for its sibling 8
    one = edits[1]
    assert (one.source_id, one.code_cs, one.code_us, one.model_cs, one.model_us) == ("S0", *OTHER, *MODEL)
    assert (one.geometry_changed, one.parent_source_id, one.absorbed) == (False, None, [])
    assert (one.decided_by, one.validated_by, one.approval_seq) == ("ana", "val", approvals[1])
    assert one.validated_at == store.journal(1)[-1].recorded_at
    assert shapely.equals(shapely.from_wkb(one.wkb), cell(0, 0))
    two = edits[2]
    assert (two.geometry_changed, two.absorbed) == (True, ["S2"])
    assert shapely.equals(shapely.from_wkb(two.wkb), box(100, 0, 300, 100))
    assert edits[5].geometry_changed is False and edits[6].geometry_changed is True
    store.validate(8, "val", True)
    edits = {e.item_id: e for e in store.validated_edits()}
    assert list(edits) == [1, 2, 5, 6, 7, 8]
    assert [(edits[i].source_id, edits[i].parent_source_id, edits[i].geometry_changed) for i in (7, 8)] == [
        ("S3/1", "S3", True), ("S3/2", "S3", True)]
    assert [e.item_id for e in store.validated_edits(after_id=2, limit=2)] == [5, 6]


def test_mark_synced_is_all_or_nothing_and_send_back_returns_the_item_reason_first(store):
    _review_for_sync(store)
    before = snapshot(store)
    with pytest.raises(lc.TransitionError, match="Impossible de synchroniser l'élément 4 : il est remplacé"):
        store.mark_synced([1, 4], "sync")
    assert snapshot(store) == before
    store.mark_synced([1, 2], "sync", comment="lot 1")
    assert [store.item(i).state for i in (1, 2)] == [lc.SYNCED, lc.SYNCED]
    assert [(r.action, r.user, r.comment) for r in store.journal(1)[-1:]] == [(lc.SYNC, "sync", "lot 1")]
    assert [e.item_id for e in store.validated_edits()] == [5, 6]
    with pytest.raises(InputError, match="demande un motif"):
        store.send_back(6, "sync", " ")
    with pytest.raises(lc.TransitionError):
        store.send_back(1, "sync", "modifié en production")
    seq = store.send_back(6, "sync", "modifié en production")
    assert store.journal(6)[-1].seq == seq and store.item(6).state == lc.REJECTED
    back = store.claim_next("ana")
    assert (back.id, back.rejection) == (6, "modifié en production")
    _assert_same_counts(store.counts(), store)


# --- what the validator reads --------------------------------------------------------
def test_awaiting_validation_lists_decided_items_with_their_last_decision(store):
    claimed(store, "ana", 1)
    store.decide(Decision(1, "ana", None, *OTHER, comment="prairie"))
    claimed(store, "bob", 2)
    store.decide(Decision(2, "bob", None, *OTHER, geometry_wkb=wkb(box(100, 0, 190, 100))))
    claimed(store, "ana", 4)
    store.decide(Decision(4, "ana", None, *MODEL, flag="doubt"))
    store.validate(4, "val", False, reason="Couverture erronée")
    listed = {t.item_id: t for t in store.awaiting_validation()}
    assert sorted(listed) == [1, 2]
    one = listed[1]
    assert (one.decided_by, one.action, one.model_cs, one.code_cs, one.comment) == (
        "ana", lc.CORRECT, MODEL[0], OTHER[0], "prairie")
    assert abs(one.conf_cs - 0.6) < 1e-6 and abs(one.conf_us - 0.7) < 1e-6 and one.decided_at
    assert (listed[2].action, listed[2].area_m2) == (lc.RESHAPE, 9000.0)
    claimed(store, "ana", 4)           # rejected, decided again: listed with its new decision
    store.decide(Decision(4, "ana", None, *MODEL))
    assert [t.action for t in store.awaiting_validation() if t.item_id == 4] == [lc.CONFIRM]


def test_item_history_gives_the_polygon_before_the_edits(store):
    claimed(store, "ana", 1)
    store.decide(Decision(1, "ana", None, *MODEL))
    plain = store.item_history(1)
    assert plain.geom_before is None and shapely.equals(shapely.from_wkb(plain.geom_after), cell(0, 0))
    claimed(store, "bob", 2)
    store.decide(Decision(2, "bob", None, *OTHER, geometry_wkb=wkb(box(100, 0, 190, 100))))
    reshaped = store.item_history(2)
    assert shapely.equals(shapely.from_wkb(reshaped.geom_before), cell(1, 0))
    assert shapely.equals(shapely.from_wkb(reshaped.geom_after), box(100, 0, 190, 100))
    store.undo(2, "bob")
    assert store.item_history(2).geom_before is None, "an undone reshape leaves nothing to compare"
    for fid in (4, 5):
        claimed(store, "ana", fid)
        store.decide(Decision(fid, "ana", None, *MODEL))
    claimed(store, "ana", 6)
    parts = store.split(6, "ana", [Part(wkb(box(500, 500, 550, 600)), *MODEL),
                                   Part(wkb(box(550, 500, 600, 600)), *OTHER)])
    part = store.item_history(parts[0])
    assert shapely.equals(shapely.from_wkb(part.geom_before), cell(5, 5))
    assert shapely.equals(shapely.from_wkb(part.geom_after), box(500, 500, 550, 600))
