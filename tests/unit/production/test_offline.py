"""Offline work: checkout of a work area into a GeoPackage, work without the shared store, checkin.

The shared store here is a GeoPackage; tests/pg runs these very tests with a PostGIS one.
"""
import os

import pytest
import shapely

from ocsge_review.store import lifecycle as lc
from ocsge_review.errors import InputError
from ocsge_review.production.offline import checkin, checkout
from ocsge_review.store import Decision, Part
from ocsge_review.store.gpkg import GpkgStore
from ocsge_review.campaigns.territory import Territory
from tests.unit.store.test_store_geometry import MODEL, OTHER, X, Y, box, clock, store, wkb  # noqa: F401 (fixtures)

EVERYTHING = Territory(extent=(X - 1000, Y - 1000, X + 1000, Y + 1000))


def _state(shared, item_id):
    return shared.item(item_id).state


def _work_offline(local):
    """Merge 1 with 2, split 4, correct 5 (blind audit), leave 6: as the panel would."""
    first = local.claim_next("ana")
    assert first.source_id == "S0"
    local.merge(first.id, "ana", [2], *OTHER, comment="une seule prairie", active_seconds=30)
    split = local.claim_next("ana")
    assert split.source_id == "S3"
    local.split(split.id, "ana", [Part(wkb(box(100, 100, 150, 200)), *MODEL),
                                  Part(wkb(box(150, 100, 200, 200)), *OTHER)], active_seconds=40)
    audit = local.claim_next("ana")
    assert audit.blind and audit.source_id == "S4"
    local.decide(Decision(audit.id, "ana", None, *OTHER, comment="haie", active_seconds=12))


def test_checkout_reserves_the_area_and_writes_a_standalone_store(store, tmp_path):
    local = checkout(store, "ana", str(tmp_path / "lot.gpkg"), EVERYTHING, source="test")
    origin = local.campaign().origin
    assert origin["items"] == [1, 2, 4, 5, 6] and origin["user"] == "ana"       # by rank; 3 was auto-accepted
    assert local.campaign().uid == store.campaign().uid
    assert [_state(store, i) for i in (1, 2, 3, 4, 5, 6)] == [lc.CLAIMED] * 2 + [lc.ACCEPTED] + [lc.CLAIMED] * 3
    assert store.claim_next("bob") is None                  # nothing left for others
    assert store.journal() == []                           # a reservation is not a decision
    # Offline, the file is a store of its own: same polygons, audit still blind.
    assert [local.item(k).state for k in range(1, 6)] == [lc.PENDING] * 5
    assert shapely.equals(shapely.from_wkb(local.item(4).wkb), shapely.from_wkb(store.item(5).wkb))
    assert local.item(4).blind and local.item(4).part == "audit"
    assert local.item(1).proposals_cs == store.item(1).proposals_cs
    local.close()
    reopened = GpkgStore.open(str(tmp_path / "lot.gpkg"))
    assert reopened.campaign().origin["items"] == [1, 2, 4, 5, 6]
    reopened.close()


def test_checkout_of_a_small_area_and_a_limit(store, tmp_path):
    local = checkout(store, "ana", str(tmp_path / "a.gpkg"), Territory(extent=(X, Y, X + 200, Y + 100)))
    assert local.campaign().origin["items"] == [1, 2]
    other = checkout(store, "bob", str(tmp_path / "b.gpkg"), EVERYTHING, limit=2)
    assert other.campaign().origin["items"] == [4, 5]
    assert store.item(6).state == lc.PENDING


def test_checkout_refusals_reserve_nothing(store, tmp_path):
    (tmp_path / "exists.gpkg").write_bytes(b"")
    with pytest.raises(InputError, match="existe déjà"):
        checkout(store, "ana", str(tmp_path / "exists.gpkg"), EVERYTHING)
    with pytest.raises(InputError, match="Rien à emporter"):
        checkout(store, "ana", str(tmp_path / "far.gpkg"), Territory(extent=(0, 0, 10, 10)))
    with pytest.raises(InputError, match="positive"):
        checkout(store, "ana", str(tmp_path / "x.gpkg"), EVERYTHING, days=0)
    assert store.claim_next("bob").id == 1                  # all still waiting


def test_checkin_records_offline_work_under_the_online_rules(store, tmp_path):
    local = checkout(store, "ana", str(tmp_path / "lot.gpkg"), EVERYTHING)
    _work_offline(local)
    report = checkin(local, store, "ana")
    assert (report.merged, report.split, report.decided, report.released, report.refused) == (1, 1, 1, 1, [])
    # The merge: 1 took 2's ground, with the comment and time spent offline.
    assert _state(store, 1) == lc.DECIDED and store.item(2).merged_into == 1
    assert shapely.equals(shapely.from_wkb(store.item(1).wkb), box(0, 0, 200, 100))
    merge = [r for r in store.journal(1) if r.action == lc.MERGE][0]
    assert (merge.user, merge.cs_after, merge.comment, merge.active_seconds) == ("ana", OTHER[0],
                                                                                "une seule prairie", 30)
    # The split: 4 superseded by two decided parts with their own codes.
    assert _state(store, 4) == lc.SUPERSEDED
    parts = [store.item(i) for i in (7, 8)]
    assert [p.parent_id for p in parts] == [4, 4] and [p.state for p in parts] == [lc.DECIDED] * 2
    assert [(r.cs_after, r.us_after) for r in store.journal() if r.related == 4] == [MODEL, OTHER]
    # The blind audit decision, and 6 back in the queue for anyone (not marked skipped by ana).
    audit = [r for r in store.journal(5) if r.action == lc.CORRECT][0]
    assert (audit.cs_after, audit.comment, audit.active_seconds) == (OTHER[0], "haie", 12)
    assert _state(store, 6) == lc.PENDING
    assert store.claim_next("ana").id == 6


def test_checkin_twice_or_after_a_crash_applies_nothing_twice(store, tmp_path):
    local = checkout(store, "ana", str(tmp_path / "lot.gpkg"), EVERYTHING)
    _work_offline(local)
    checkin(local, store, "ana")
    journal = store.journal()
    again = checkin(local, store, "ana")
    assert (again.merged, again.split, again.decided, again.released, again.already) == (0, 0, 0, 0, 0)
    # As if the process died after writing to the shared store but before noting it locally.
    local.update_origin({**local.campaign().origin, "checked_in": []})
    after_crash = checkin(local, store, "ana")
    assert (after_crash.merged, after_crash.split, after_crash.decided, after_crash.refused) == (0, 0, 0, [])
    assert after_crash.already == 3
    assert store.journal() == journal


def test_a_lost_reservation_is_refused_and_the_local_work_kept(store, tmp_path):
    local = checkout(store, "ana", str(tmp_path / "lot.gpkg"), EVERYTHING)
    store.give_back([5], "ana")              # e.g. an administrator took item 5 back
    assert store.claim_next("bob").id == 5
    _work_offline(local)
    report = checkin(local, store, "ana")
    assert [i for i, _ in report.refused] == [5] and "bob" in report.refused[0][1]
    assert "rien n'est perdu" in report.summary()
    assert _state(store, 5) == lc.CLAIMED and [r.user for r in store.journal(5)] == []
    assert local.item(4).state == lc.DECIDED          # the offline decision is still in the file


def test_checkin_refusals(store, tmp_path, make_store):
    local = checkout(store, "ana", str(tmp_path / "lot.gpkg"), EVERYTHING)
    with pytest.raises(InputError, match="emporté par ana"):
        checkin(local, store, "bob")
    with pytest.raises(InputError, match="n'est pas un lot emporté"):
        checkin(store, store, "ana")
    from tests.unit.store.test_store_gpkg import _columns
    from ocsge_review.store import Campaign
    cols, geoms = _columns(["queue"])
    other = make_store(Campaign(name="autre", department="69", department_name="Rhône", epsg=2154,
                                model_version="m1", source="x", policy={}), cols, geoms, name="other.gpkg")
    with pytest.raises(InputError, match="autre campagne"):
        checkin(local, other, "ana")


def test_cli_checkout_work_checkin(tmp_path, demo_dir, capsys):
    from ocsge_review.cli.commands import main
    shared = str(tmp_path / "shared.gpkg")
    assert main(["campaign", "create", "--model", str(demo_dir / "model_output.gpkg"), "--department", "32",
                 "--store", shared, "--quiet"]) == 0
    lot = str(tmp_path / "lot.gpkg")
    # A territory layer or filter without its file is refused, as by campaign create, not ignored.
    assert main(["checkout", "--store", shared, "--user", "marie", "--out", lot,
                 "--territory-where", "insee_com = '32013'"]) == 2
    assert "--territory FICHIER" in capsys.readouterr().err and not os.path.exists(lot)
    assert main(["checkout", "--store", shared, "--user", "marie", "--out", lot, "--limit", "5"]) == 0
    with GpkgStore.open(lot) as local:
        item = local.claim_next("marie")
        local.decide(Decision(item.id, "marie", None, "CS2.2.1", "US1.1"))
        first = local.campaign().origin["items"][0]
    assert main(["checkin", "--store", shared, "--local", lot, "--user", "paul"]) == 2
    assert main(["checkin", "--store", shared, "--local", lot, "--user", "marie", "--json"]) == 0
    with GpkgStore.open(shared) as store:
        assert store.item(first).state == lc.DECIDED
        assert [r.user for r in store.journal()] == ["marie"]


def test_a_lot_is_neither_a_source_nor_a_destination(store, tmp_path):
    local = checkout(store, "ana", str(tmp_path / "lot.gpkg"), EVERYTHING)
    with pytest.raises(InputError, match="lui-même un lot"):
        checkout(local, "ana", str(tmp_path / "nested.gpkg"), EVERYTHING)
    with pytest.raises(InputError, match="lui-même un lot"):
        checkin(local, local, "ana")
    # Nothing was marked checked in by the refused attempt: the real check-in gives everything back.
    assert checkin(local, store, "ana").released == 5
    assert store.claim_next("bob").id == 1
