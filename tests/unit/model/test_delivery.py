"""IGN deliveries as they come: names read, the right layer picked, IDs as text; minimum mapping units."""
import os

import pytest
import shapely

from ign_delivery import X0, Y0, parcels, write_delivery
from ocsge_review.cli import commands as cli
from ocsge_review.model import delivery
from ocsge_review.ocsge import mapping_units
from ocsge_review.errors import CrsError, InputError
from ocsge_review.model.model_output import read_model_output


@pytest.mark.parametrize("name, fields", [
    ("OCS-GE_2-0__GPKG_LAMB93_D032_2019-01-01", ("", "GPKG", "32", "2019", 2154)),
    ("OCS-GE_2-0__SHP_LAMB93_D02A_2016-01-01", ("", "SHP", "2A", "2016", 2154)),
    ("OCS-GE_2-0_DIFF-2019-2022_GPKG_LAMB93_D069_2023-01-01", ("DIFF-2019-2022", "GPKG", "69", "2023", 2154)),
    ("OCS-GE_2-0__GPKG_RGAF09UTM20_D971_2020-01-01", ("", "GPKG", "971", "2020", 5490)),
    ("OCS-GE_2-0__SHP_RGFG95UTM22_D973_2020-01-01", ("", "SHP", "973", "2020", 2972)),
    ("OCS-GE_2-0__GPKG_RGR92UTM40S_D974_2022-01-01", ("", "GPKG", "974", "2022", 2975)),
    ("OCS-GE_2-0__GPKG_RGM04UTM38S_D976_2021-01-01", ("", "GPKG", "976", "2021", 4471)),
])
def test_archive_names_are_read(name, fields):
    got = delivery.read_name(f"/data/{name}/OCS-GE/1_DONNEES_LIVRAISON/x.gpkg")
    assert (got["product"], got["format"], got["department"], got["millesime"], got["epsg"]) == fields
    assert got["name"] == name


def test_a_plain_file_is_no_delivery(tmp_path):
    assert delivery.read_name("/data/prediction_gers.gpkg") is None
    assert delivery.resolve(str(tmp_path), None) == (str(tmp_path), None, None)


@pytest.mark.parametrize("fmt", ["GPKG", "SHP"])
def test_delivery_folder_in_both_formats(tmp_path, fmt):
    root = write_delivery(tmp_path, fmt)
    found = delivery.find(root)
    assert (found.department, found.millesime, found.format, found.epsg) == ("32", "2019", fmt, 2154)
    assert found.zone_construite is not None
    if fmt == "GPKG":
        assert found.occupation[1] == "OCCUPATION_SOL" and found.zone_construite[1] == "ZONE_CONSTRUITE"
    else:
        assert os.path.basename(found.occupation[0]) == "OCCUPATION_SOL.shp"
    # The folder itself is a model output: OCCUPATION_SOL read, upper-case fields, IDs as text.
    data = read_model_output(root)
    assert len(data) == 6 and data.mapping.id == "ID" and data.mapping.cs == "CODE_CS"
    assert data.source_id[0] == "OCSGE00000000000010026432016" and isinstance(data.source_id[0], str)
    # Any folder inside the archive, and its OCCUPATION_SOL file, are recognised alike.
    assert delivery.find(found.occupation[0]).department == "32"



@pytest.mark.parametrize("fmt", ["GPKG", "SHP"])
def test_a_delivery_named_from_its_own_folders_keeps_a_zone_readable_from_anywhere(tmp_path, monkeypatch, fmt):
    """Relative paths, as typed in a terminal: the layers found are absolute (a campaign keeps its zone's
    path, read later by QGIS from another folder), and the Shapefile typed in its folder finds its zone."""
    root = write_delivery(tmp_path, fmt)
    inner = os.path.dirname(delivery.find(root).occupation[0])
    monkeypatch.chdir(tmp_path)
    found = delivery.find(os.path.basename(root))
    if fmt == "SHP":
        monkeypatch.chdir(inner)
        found = delivery.find("OCCUPATION_SOL.shp")
    monkeypatch.chdir("/")
    assert found.zone_construite is not None and os.path.isfile(found.zone_construite[0])
    assert os.path.isfile(found.occupation[0])


def test_campaign_from_a_delivery_takes_its_departement_and_keeps_ids_and_zone(tmp_path, capsys):
    root = write_delivery(tmp_path / "in", "SHP")
    store_path = str(tmp_path / "review.gpkg")
    assert cli.main(["campaign", "create", "--model", root, "--store", store_path, "--quiet"]) == 0
    assert "millésime 2019" in capsys.readouterr().out
    from ocsge_review.store.gpkg import GpkgStore
    with GpkgStore.open(store_path) as store:
        campaign = store.campaign()
        assert campaign.department == "32" and campaign.delivery["millesime"] == "2019"
        assert campaign.delivery["zone_construite"][0].endswith("ZONE_CONSTRUITE.shp")
        ids = {store.item(i).source_id for i in range(1, 7)}
    assert "OCSGE00000000000010026432016" in ids
    assert cli.main(["campaign", "create", "--model", root, "--department", "33",
                     "--store", str(tmp_path / "other.gpkg")]) == 2
    assert "département 32, pas du 33" in capsys.readouterr().err
    assert not (tmp_path / "other.gpkg").exists()


def test_a_delivery_named_in_the_wrong_crs_is_refused(tmp_path):
    root = write_delivery(tmp_path, "GPKG", department="974", crs_token="LAMB93")
    with pytest.raises(CrsError, match="EPSG:2975"):
        delivery.find(root)
    empty = tmp_path / "OCS-GE_2-0__GPKG_LAMB93_D032_2019-01-01"
    empty.mkdir()
    with pytest.raises(InputError, match="OCCUPATION_SOL"):
        delivery.find(str(empty))


def test_overseas_delivery_is_read_in_its_crs(tmp_path):
    root = write_delivery(tmp_path, "GPKG", department="974", crs_token="RGR92UTM40S", epsg=2975,
                          x0=340000.0, y0=7660000.0)
    data = read_model_output(root)
    assert delivery.find(root).department == "974" and ("2975" in data.crs or "RGR92" in data.crs)


def test_minimum_mapping_units_name_their_rule():
    zone = shapely.box(X0 - 5, Y0 - 5, X0 + 100, Y0 + 30)
    inside, outside = shapely.box(X0, Y0, X0 + 20, Y0 + 20), shapely.box(X0 + 200, Y0, X0 + 240, Y0 + 50)
    assert mapping_units.unit_for(inside, "CS2.2.1", zone) is mapping_units.BUILT_UP
    assert mapping_units.unit_for(outside, "CS2.2.1", zone) is mapping_units.OUTSIDE
    assert mapping_units.unit_for(inside, "CS1.1.1.1", zone) is mapping_units.BUILDING
    warnings = mapping_units.warnings([(inside, "CS2.2.1"), (outside, "CS2.2.1"), (inside, "CS1.1.1.1")], zone)
    assert len(warnings) == 2          # 400 m² < 500 inside; 2 000 m² < 2 500 outside; 400 m² ≥ 200 built
    assert "Partie 1" in warnings[0] and "dans la zone construite : 500 m²" in warnings[0]
    assert "Partie 2" in warnings[1] and "hors de la zone construite : 2 500 m²" in warnings[1]
    assert "bâtiments : 200 m²" in mapping_units.warnings([(shapely.box(0, 0, 10, 10), "CS1.1.1.1")])[0]
    # Without the zone, only what holds either way: 600 m² passes, 400 m² does not.
    assert mapping_units.warnings([(shapely.box(0, 0, 30, 20), "CS2.2.1")]) == []
    assert "zone construite inconnue" in mapping_units.warnings([(inside, "CS2.2.1")])[0]


def test_split_warnings_read_the_campaign_delivery_zone(tmp_path):
    root = write_delivery(tmp_path, "GPKG")
    campaign = type("C", (), {"delivery": delivery.find(root).to_dict()})()
    near, far = parcels()[0], parcels()[5]          # the first half of the row is the built-up zone
    left = shapely.box(*near.bounds[:2], near.bounds[0] + 10, near.bounds[3])        # 200 m²
    got = mapping_units.split_warnings(campaign, [(shapely.to_wkb(left), "CS2.2.1"),
                                                  (shapely.to_wkb(far), "CS2.2.1")])
    assert len(got) == 2 and "dans la zone construite" in got[0] and "hors de la zone construite" in got[1]


def test_a_model_output_merely_named_like_a_delivery_is_read_as_it_is(tmp_path, write_layer):
    path = write_layer({"id": [1, 2], "code_cs": ["CS2.2.1"] * 2, "code_us": ["US1.1"] * 2},
                       name="OCS-GE_2-0__GPKG_LAMB93_D032_2019-01-01_prediction.gpkg", layer="prediction")
    assert delivery.find(path) is None
    assert len(read_model_output(path)) == 2
