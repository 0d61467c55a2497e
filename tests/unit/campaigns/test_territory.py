"""A campaign over part of a département: extents, commune layers, partitions, refusals, CLI."""
import json
import os
import subprocess
import sys

import numpy as np
import pytest
import shapely

from ocsge_review.campaigns.campaign import create_campaign, plan_campaign
from ocsge_review.errors import InputError
from ocsge_review.geo import pyogrio, reproject
from ocsge_review.model.model_output import read_model_output
from ocsge_review.store import open_store
from ocsge_review.campaigns.territory import Territory
from ocsge_review.campaigns.triage import TriagePolicy

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
L93 = "EPSG:2154"


@pytest.fixture(scope="module")
def model(demo_dir):
    path = str(demo_dir / "model_output.gpkg")
    return path, read_model_output(path)


def communes(model_data):
    """Four 'communes' (2 × 2) over the model's extent, a little wider, with INSEE codes."""
    xmin, ymin, xmax, ymax = shapely.total_bounds(model_data.geometry)
    xm, ym = (xmin + xmax) / 2, (ymin + ymax) / 2
    boxes = [shapely.box(xmin - 10, ym, xm, ymax + 10), shapely.box(xm, ym, xmax + 10, ymax + 10),
             shapely.box(xmin - 10, ymin - 10, xm, ym), shapely.box(xm, ymin - 10, xmax + 10, ym)]
    return np.asarray(boxes, dtype=object), np.array(["32001", "32002", "32003", "32004"], dtype=object)


def write_communes(path, geoms, codes, crs=L93):
    pyogrio.raw.write(str(path), shapely.to_wkb(geoms), [codes], ["insee_com"], layer="communes",
                      driver="GPKG", geometry_type="Unknown", crs=crs)
    return str(path)


def brute_force(model_data, polygons):
    """Source ids whose point on surface lies in one of ``polygons``, one polygon at a time."""
    points = shapely.point_on_surface(model_data.geometry)
    return {str(model_data.source_id[i]) for i, p in enumerate(points)
            if any(poly.intersects(p) for poly in polygons)}


def ids(data):
    return {str(s) for s in data.source_id}


def test_commune_selection_matches_brute_force(model, tmp_path):
    path, data = model
    geoms, codes = communes(data)
    gpkg = write_communes(tmp_path / "communes.gpkg", geoms, codes)
    area = Territory(path=gpkg, where="insee_com IN ('32001','32004')").resolve(L93)
    picked = area.select(read_model_output(path, bbox=area.bbox))
    expected = brute_force(data, [geoms[0], geoms[3]])
    assert ids(picked) == expected and 0 < len(expected) < len(data)
    assert area.description["polygons"] == len(expected) and area.description["features"] == 2
    assert area.description["area_km2"] == pytest.approx(
        (shapely.area(geoms[0]) + shapely.area(geoms[3])) / 1e6, abs=1e-3)


def test_adjacent_extents_partition_the_model(model):
    path, data = model
    xmin, ymin, xmax, ymax = shapely.total_bounds(data.geometry)
    # Cut exactly through one polygon's interior point: the half-open rule must
    # give it to one side only.
    cut = float(shapely.get_x(shapely.point_on_surface(data.geometry[10])))
    west = Territory(extent=(xmin - 1, ymin - 1, cut, ymax + 1)).resolve(L93)
    east = Territory(extent=(cut, ymin - 1, xmax + 1, ymax + 1)).resolve(L93)
    a = ids(west.select(read_model_output(path, bbox=west.bbox)))
    b = ids(east.select(read_model_output(path, bbox=east.bbox)))
    assert not a & b and len(a) + len(b) == len(data) == 1500
    assert str(data.source_id[10]) in b


def test_four_communes_partition_the_model(model, tmp_path):
    path, data = model
    geoms, codes = communes(data)
    gpkg = write_communes(tmp_path / "communes.gpkg", geoms, codes)
    seen = [ids(Territory(path=gpkg, where=f"insee_com = '{c}'").resolve(L93).select(data)) for c in codes]
    assert sum(len(s) for s in seen) == len(set().union(*seen)) == 1500


def test_layer_in_wgs84_is_reprojected(model, tmp_path):
    path, data = model
    geoms, codes = communes(data)
    fine = shapely.segmentize(geoms, 5.0)        # straight in both CRSs to within millimetres
    wgs84 = write_communes(tmp_path / "communes_4326.gpkg", reproject(fine, L93, "EPSG:4326"), codes,
                           crs="EPSG:4326")
    area = Territory(path=wgs84, layer="communes", where="insee_com = '32002'").resolve(L93)
    assert area.description["reprojected_from"] == "EPSG:4326"
    assert ids(area.select(data)) == brute_force(data, [geoms[1]])


def test_invalid_territory_geometry_is_repaired(model, tmp_path):
    path, data = model
    xmin, ymin, xmax, ymax = shapely.total_bounds(data.geometry)
    bowtie = shapely.Polygon([(xmin, ymin), (xmax, ymax), (xmax, ymin), (xmin, ymax)])
    assert not bowtie.is_valid
    gpkg = write_communes(tmp_path / "bowtie.gpkg", np.asarray([bowtie], dtype=object),
                          np.array(["32009"], dtype=object))
    picked = Territory(path=gpkg).resolve(L93).select(data)
    expected = brute_force(data, [shapely.make_valid(bowtie)])
    assert ids(picked) == expected and 0 < len(expected) < 1500


def test_refusals_name_the_problem(model, tmp_path):
    path, data = model
    geoms, codes = communes(data)
    gpkg = write_communes(tmp_path / "communes.gpkg", geoms, codes)
    with pytest.raises(InputError, match="introuvable.*absent.gpkg"):
        Territory(path=str(tmp_path / "absent.gpkg")).resolve(L93)
    with pytest.raises(InputError, match="filtre « insee_com = '99999' »"):
        Territory(path=gpkg, where="insee_com = '99999'").resolve(L93)
    with pytest.raises(InputError, match="filtre « nope IN \\(1\\) » refusé"):
        Territory(path=gpkg, where="nope IN (1)").resolve(L93)
    with pytest.raises(InputError, match="XMIN < XMAX"):
        Territory(extent=(10, 0, 0, 10)).resolve(L93)
    with pytest.raises(InputError, match="quatre nombres"):
        Territory.parse_extent("1,2,3")
    far = Territory(extent=(100000, 6000000, 101000, 6001000))
    with pytest.raises(InputError, match="aucun polygone.*100000, 6000000, 101000, 6001000"):
        plan_campaign(path, "32", territory=far)
    # Inside the model's bounding box, yet no polygon's interior point in it.
    xmin, ymin, _, _ = shapely.total_bounds(data.geometry)
    corner = Territory(extent=(xmin, ymin, xmin + 0.5, ymin + 0.5)).resolve(L93)
    with pytest.raises(InputError, match="ne recouvre aucun polygone de « model_output.gpkg »"):
        corner.select(data)


def test_plan_and_store_record_the_territory(demo_dir, model, tmp_path):
    path, data = model
    geoms, codes = communes(data)
    gpkg = write_communes(tmp_path / "communes.gpkg", geoms, codes)
    territory = Territory(path=gpkg, where="insee_com IN ('32002','32003')")
    plan = plan_campaign(path, "32", TriagePolicy(threshold=0.8, audit_size=50, seed=2),
                         raster=str(demo_dir / "probabilities.tif"), territory=territory)
    expected = brute_force(data, [geoms[1], geoms[2]])
    assert ids(plan.data) == expected and len(plan.triage.part) == len(expected)
    assert "Territoire : « communes.gpkg », filtre « insee_com IN ('32002','32003') »" in plan.report()
    store = create_campaign(plan, str(tmp_path / "r.gpkg"))
    store.close()
    saved = open_store(str(tmp_path / "r.gpkg")).campaign().territory
    assert saved["kind"] == "layer" and saved["where"] == "insee_com IN ('32002','32003')"
    assert saved["polygons"] == len(expected) and saved["features"] == 2


def run(*args):
    return subprocess.run([sys.executable, "-m", "ocsge_review", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)


def test_cli_territory_and_extent(model, tmp_path):
    path, data = model
    geoms, codes = communes(data)
    gpkg = write_communes(tmp_path / "communes.gpkg", geoms, codes)
    store = str(tmp_path / "review.gpkg")
    res = run("campaign", "create", "--model", path, "--department", "32", "--store", store,
              "--territory", gpkg, "--territory-layer", "communes", "--territory-where",
              "insee_com IN ('32001','32003')", "--audit-size", "20", "--quiet")
    assert res.returncode == 0, res.stderr
    expected = len(brute_force(data, [geoms[0], geoms[2]]))
    status = json.loads(run("campaign", "status", "--store", store, "--json").stdout)
    assert sum(status["by_state"].values()) == expected == status["territory"]["polygons"]
    text = run("campaign", "status", "--store", store).stdout
    assert f"filtre « insee_com IN ('32001','32003') » — " in text and f"{expected} polygones du modèle" in text

    xmin, ymin, xmax, ymax = shapely.total_bounds(data.geometry)
    extent = f"{xmin},{ymin},{(xmin + xmax) / 2},{ymax}"
    res = run("campaign", "create", "--model", path, "--department", "32", "--store", store,
              "--extent", extent, "--preview")
    assert res.returncode == 0, res.stderr
    n = int(np.sum(shapely.get_x(shapely.point_on_surface(data.geometry)) < (xmin + xmax) / 2))
    assert f"modèle flair-demo-1.0, {n} polygones." in res.stdout

    res = run("campaign", "create", "--model", path, "--department", "32", "--store", str(tmp_path / "x.gpkg"),
              "--extent", extent, "--territory", gpkg)
    assert res.returncode == 2 and "incompatible avec l'argument" in res.stderr
    res = run("campaign", "create", "--model", path, "--department", "32", "--store", str(tmp_path / "x.gpkg"),
              "--territory", gpkg, "--territory-where", "insee_com = ")
    lines = [line for line in res.stderr.splitlines() if line.strip()]
    assert res.returncode == 2 and len(lines) == 1 and "insee_com = " in lines[0]
    assert not os.path.exists(tmp_path / "x.gpkg")


def test_scores_of_a_part_equal_those_of_the_whole(demo_dir, model):
    """The raster is read only under the territory: the same pixels, the same scores."""
    path, data = model
    raster = str(demo_dir / "probabilities.tif")
    whole = plan_campaign(path, "32", raster=raster)
    xmin, ymin, xmax, ymax = shapely.total_bounds(data.geometry)
    extent = (xmin + (xmax - xmin) * 0.3, ymin + (ymax - ymin) * 0.4, xmin + (xmax - xmin) * 0.6, ymax)
    part = plan_campaign(path, "32", raster=raster, territory=Territory(extent=extent))
    assert 100 < len(part.data) < 1000
    rows = {s: i for i, s in enumerate(whole.columns["source_id"])}
    pick = np.array([rows[s] for s in part.columns["source_id"]])
    for column in ("conf_cs", "margin_cs", "entropy_cs", "cs_p1"):
        np.testing.assert_array_equal(part.columns[column], whole.columns[column][pick])
    assert part.confidence.sources["cs"] == "raster" and not np.isnan(part.columns["conf_cs"]).any()
