"""The offline-work tests of tests/unit/test_offline.py with a PostGIS store as the shared store:
an interpreter checks out from PostGIS into a GeoPackage, works without the database, checks in."""
from tests.unit.production.test_offline import *  # noqa: F401,F403

del test_cli_checkout_work_checkin  # noqa: F821 (a GeoPackage campaign: the PostGIS one is below)


def test_a_lot_cannot_be_synced_nor_captured(store, tmp_path, postgis):
    """A lot's item numbers are its own: synced from there, its decisions' keys would collide with
    the shared store's (a later validated edit there would count as already applied)."""
    from ocsge_review.production import sync as sy
    from ocsge_review.errors import InputError
    from ocsge_review.production.offline import checkout
    spec = postgis.spec
    postgis.psql("CREATE TABLE IF NOT EXISTS lot_prod (id bigint PRIMARY KEY, code_cs text, code_us text, "
                 "id_origine text, geom geometry(MultiPolygon, 2154))")
    local = checkout(store, "ana", str(tmp_path / "lot.gpkg"), EVERYTHING)  # noqa: F405
    with sy.Production.open(spec, sy.ProductionTable(table="lot_prod", schema="sync_lot")) as prod:
        for job in (sy.capture_base, lambda s, p: sy.sync(s, p, "chef")):
            with pytest.raises(InputError, match="lot emporté"):  # noqa: F405
                job(local, prod)


def test_cli_checkout_from_postgis_work_offline_checkin(postgis, tmp_path, demo_dir):
    from ocsge_review.cli.commands import main
    from ocsge_review.store import open_store
    spec = postgis.spec
    schema = "offline_cli"
    assert main(["campaign", "create", "--model", str(demo_dir / "model_output.gpkg"), "--department", "32",
                 "--store", spec, "--schema", schema, "--quiet"]) == 0
    lot = str(tmp_path / "lot.gpkg")
    assert main(["checkout", "--store", spec, "--schema", schema, "--user", "marie", "--out", lot,
                 "--limit", "4"]) == 0
    with GpkgStore.open(lot) as local:  # noqa: F405
        item = local.claim_next("marie")
        local.decide(Decision(item.id, "marie", None, "CS2.2.1", "US1.1"))  # noqa: F405
        shared_id = local.campaign().origin["items"][item.id - 1]
    assert main(["checkin", "--store", spec, "--schema", schema, "--local", lot, "--user", "marie"]) == 0
    with open_store(spec, schema=schema) as store:
        assert store.item(shared_id).state == lc.DECIDED  # noqa: F405
        assert [r.user for r in store.journal()] == ["marie"]
        assert store.claim_next("paul") is not None       # the three left were given back
