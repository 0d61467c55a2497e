"""FLAIR rasters through class tables: hand-computed sums, argmax shares, overlapping tiles, bad tables."""
import json
import os

import numpy as np
import pytest
import shapely

from ocsge_review.model import class_tables
from ocsge_review.cli import commands as cli
from ocsge_review.model.confidence import run_confidence
from ocsge_review.errors import CodeError, InputError
from ocsge_review.geo import gdal, pyogrio, srs_from

X0, Y1, RES = 700000.0, 6600100.0, 10.0
HUB = {"building": 0, "greenhouse": 1, "impervious": 3, "water": 6, "herbaceous": 8, "agricultural": 9,
       "vineyard": 11, "undefined": 18}


def _raster(path, data, nodata=None, x0=X0, dtype=gdal.GDT_Byte):
    k, h, w = data.shape
    ds = gdal.GetDriverByName("GTiff").Create(str(path), w, h, k, dtype)
    ds.SetGeoTransform((x0, RES, 0, Y1, 0, -RES))
    ds.SetProjection(srs_from("EPSG:2154").ExportToWkt())
    for b in range(k):
        ds.GetRasterBand(b + 1).WriteArray(data[b])
        if nodata is not None:
            ds.GetRasterBand(b + 1).SetNoDataValue(nodata)
    ds = None
    return str(path)


def _model(path, boxes):
    """Polygons given as (col0, row0, col1, row1) pixel boxes."""
    geoms = np.array([shapely.box(X0 + c0 * RES, Y1 - r1 * RES, X0 + c1 * RES, Y1 - r0 * RES)
                      for c0, r0, c1, r1 in boxes], dtype=object)
    n = len(geoms)
    pyogrio.raw.write(str(path), shapely.to_wkb(geoms),
                      [np.arange(1, n + 1), np.full(n, "CS2.2.1", dtype=object), np.full(n, "US1.1", dtype=object)],
                      ["id", "code_cs", "code_us"], layer="prediction", driver="GPKG", geometry_type="Polygon",
                      crs="EPSG:2154")
    return str(path)


def _read(out):
    meta, _, _, values = pyogrio.raw.read(str(out), read_geometry=False)
    return dict(zip(meta["fields"], values))


def _pixel(by_index=None, **classes):
    """19 uint8 band values: FLAIR-HUB classes by name, or any order's by 0-based class index."""
    p = np.zeros(19, dtype="uint8")
    for index, value in list((by_index or {}).items()) + [(HUB[n], v) for n, v in classes.items()]:
        p[index] = value
    return p


def test_shipped_tables_follow_each_model_order():
    hub, one = class_tables.load("flair-hub"), class_tables.load("flair-1")
    assert [m for _, m, _ in hub.rows][:4] == ["building", "greenhouse", "swimming pool", "impervious surface"]
    assert [m for _, m, _ in one.rows][:4] == ["building", "pervious surface", "impervious surface", "bare soil"]
    for table, last in ((hub, "undefined"), (one, "other")):
        assert [b for b, _, _ in table.rows] == list(range(1, 20))
        assert table.rows[-1] == (19, last, None)
        named = {m: c for _, m, c in table.rows}
        assert named["building"] == named["greenhouse"] == "CS1.1.1.1"
        assert named["herbaceous vegetation"] == named["agricultural land"] == "CS2.2.1"
        assert named["vineyard"] == "CS2.1.3"


def test_flair_hub_rounded_probabilities_are_summed_per_code_and_renormalised(tmp_path):
    # Left polygon, 2 × 2 pixels: two kinds of pixel (each 255 in all, as rounding may give).
    p1 = _pixel(building=120, greenhouse=40, impervious=60, herbaceous=20, undefined=15)
    p2 = _pixel(building=100, greenhouse=60, impervious=40, herbaceous=40, undefined=15)
    p3 = _pixel(vineyard=200, herbaceous=30, agricultural=25)
    data = np.zeros((19, 2, 4), dtype="uint8")
    data[:, :, 0], data[:, :, 1], data[:, :, 2:] = p1[:, None], p2[:, None], p3[:, None, None]
    raster = _raster(tmp_path / "hub.tif", data)
    model = _model(tmp_path / "m.gpkg", [(0, 0, 2, 2), (2, 0, 4, 2)])
    report = run_confidence(model, str(tmp_path / "c.gpkg"), raster=raster,
                            classes=class_tables.load("flair-hub"))
    got = _read(tmp_path / "c.gpkg")
    # CS1.1.1.1 = building + greenhouse = 2 × (160 + 160) = 640; CS1.1.1.2 = 2 × (60 + 40) = 200;
    # CS2.2.1 = 2 × (20 + 40) = 120; undefined (60) maps to nothing: 640 / 960.
    assert list(got["cs_top1"]) == ["CS1.1.1.1", "CS2.1.3"]
    np.testing.assert_allclose(got["conf_cs"], [640 / 960, 800 / 1020], atol=1e-6)
    np.testing.assert_allclose(got["cs_p2"], [200 / 960, 220 / 1020], atol=1e-6)
    np.testing.assert_allclose(got["cs_p3"][0], 120 / 960, atol=1e-6)
    assert got["cs_top2"][1] == "CS2.2.1"
    assert report.classes["name"] == "flair-hub" and "flair-hub" in report.summary()
    meta = pyogrio.read_info(str(tmp_path / "c.gpkg"))["layer_metadata"]
    assert json.loads(meta["ocsge_review_classes"]) == class_tables.load("flair-hub").to_dict()


def test_flair_1_truncated_probabilities_in_its_own_band_order(tmp_path):
    # FLAIR-1 truncates: the pixel sums to 252. Band i+1 = class i: greenhouse is class 17, other 18.
    p = _pixel({0: 119, 17: 40, 2: 59, 9: 19, 18: 15})
    raster = _raster(tmp_path / "f1.tif", np.broadcast_to(p[:, None, None], (19, 2, 2)).copy())
    model = _model(tmp_path / "m.gpkg", [(0, 0, 2, 2)])
    run_confidence(model, str(tmp_path / "c.gpkg"), raster=raster, classes=class_tables.load("flair-1"))
    got = _read(tmp_path / "c.gpkg")
    assert got["cs_top1"][0] == "CS1.1.1.1" and got["cs_top2"][0] == "CS1.1.1.2"
    np.testing.assert_allclose(got["conf_cs"][0], 159 / 237, atol=1e-6)
    np.testing.assert_allclose(got["cs_p3"][0], 19 / 237, atol=1e-6)


def test_argmax_raster_gives_pixel_shares_over_mapped_classes(tmp_path):
    values = np.array([[0, 0, 0, 0, 0], [0, 1, 8, 8, 18]], dtype="uint8")   # 7 built, 2 herbaceous, 1 undefined
    values_nodata = values.copy()
    values_nodata[0, 0] = 255
    model = _model(tmp_path / "m.gpkg", [(0, 0, 5, 2)])
    for name, data, built in (("a.tif", values, 7), ("n.tif", values_nodata, 6)):
        raster = _raster(tmp_path / name, data[None], nodata=255)
        report = run_confidence(model, str(tmp_path / f"c{name}.gpkg"), raster=raster,
                                classes=class_tables.load("flair-hub"))
        got = _read(tmp_path / f"c{name}.gpkg")
        assert got["cs_top1"][0] == "CS1.1.1.1" and got["cs_top2"][0] == "CS2.2.1"
        np.testing.assert_allclose(got["conf_cs"][0], built / (built + 2), atol=1e-6)
        np.testing.assert_allclose(got["cs_p2"][0], 2 / (built + 2), atol=1e-6)
        assert any("argmax" in note for note in report.notes)


def test_overlapping_tiles_split_their_margins_half_way(tmp_path):
    """Two 6-pixel-wide argmax tiles overlapping by 4 pixels; each tile's 2 outer margin pixels
    hold water (an inference's edge artefact): split half-way, no water pixel is read."""
    tiles = tmp_path / "tiles"
    tiles.mkdir()
    left = np.full((1, 2, 6), HUB["building"], dtype="uint8")
    left[0, :, 4:] = HUB["water"]
    right = np.full((1, 2, 6), HUB["herbaceous"], dtype="uint8")
    right[0, :, :2] = HUB["water"]
    _raster(tiles / "t_0.tif", left)
    _raster(tiles / "t_1.tif", right, x0=X0 + 2 * RES)
    model = _model(tmp_path / "m.gpkg", [(0, 0, 8, 2), (9, 0, 12, 2)])   # the second: beyond the tiles
    report = run_confidence(model, str(tmp_path / "c.gpkg"), raster=str(tiles),
                            classes=class_tables.load("flair-hub"))
    got = _read(tmp_path / "c.gpkg")
    # Columns 0–3 from the left tile (building), 4–7 from the right one (herbaceous): 8 and 8 pixels.
    assert set(got["cs_top1"][:1]) <= {"CS1.1.1.1", "CS2.2.1"}
    np.testing.assert_allclose(got["conf_cs"][0], 0.5, atol=1e-6)
    assert "CS1.2.2" not in set(got["cs_top1"]) | set(got["cs_top2"]) | set(got["cs_top3"])
    assert report.outside_raster == 1


def test_probability_tiles_with_a_gap_count_no_gap_pixel(tmp_path):
    tiles = tmp_path / "tiles"
    tiles.mkdir()
    p = _pixel(building=200, impervious=55)
    _raster(tiles / "a.tif", np.broadcast_to(p[:, None, None], (19, 2, 2)).copy())
    _raster(tiles / "b.tif", np.broadcast_to(_pixel(water=255)[:, None, None], (19, 2, 2)).copy(), x0=X0 + 4 * RES)
    polygon = shapely.box(X0, Y1 - 2 * RES, X0 + 4 * RES, Y1)    # 4 pixels of tile a, 4 of the gap
    from ocsge_review.model import zonal
    res = zonal.zonal_means(np.array([polygon]), srs_from("EPSG:2154").ExportToWkt(), str(tiles),
                            table=class_tables.load("flair-hub"))
    assert res.pixels[0] == 4 and res.info.tiles == 2
    np.testing.assert_allclose(res.means[0][:2], [200 / 255, 55 / 255], atol=1e-6)



def test_float_probabilities_with_a_nodata_value_are_read_through_a_table(tmp_path):
    """The nodata pixels of a float raster are no values under the polygon: its scale is read
    from the pixels counted, as without a table (they made it refuse the raster as logits)."""
    data = np.zeros((19, 2, 4), dtype="float32")
    data[HUB["building"]], data[HUB["herbaceous"]] = 0.7, 0.3
    data[:, :, 0] = -9999.0
    raster = _raster(tmp_path / "nd.tif", data, nodata=-9999.0, dtype=gdal.GDT_Float32)
    from ocsge_review.model import zonal
    res = zonal.zonal_means(np.array([shapely.box(X0, Y1 - 2 * RES, X0 + 4 * RES, Y1)]),
                            srs_from("EPSG:2154").ExportToWkt(), raster, table=class_tables.load("flair-hub"))
    assert res.pixels[0] == 6 and res.info.scale == 1.0
    np.testing.assert_allclose(res.means[0][[res.info.classes.index("CS1.1.1.1"), res.info.classes.index("CS2.2.1")]],
                               [0.7, 0.3], atol=1e-6)


@pytest.mark.parametrize("text, error, words", [
    ("band,class,code\n1,building,CS1.1.1.1\n", InputError, "en-tête"),
    ("band,model_class,code_cs\n1,building,CS9.9\n", CodeError, "CS9.9"),
    ("band,model_class,code_cs\n1,building,US1.1\n", CodeError, "US1.1"),
    ("band,model_class,code_cs\n1,building,CS1.1.1.1\n1,greenhouse,CS1.1.1.1\n", InputError, "deux fois"),
    ("band,model_class,code_cs\n0,building,CS1.1.1.1\n", InputError, "bande"),
    ("band,model_class,code_cs\n1,undefined,\n", InputError, "aucune classe"),
])
def test_bad_tables_are_refused(tmp_path, text, error, words):
    path = tmp_path / "t.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(error, match=words):
        class_tables.load(str(path))


def test_cli_refuses_a_bad_table_with_one_french_line_and_writes_nothing(tmp_path, capsys):
    raster = _raster(tmp_path / "r.tif", np.full((3, 2, 2), 85, dtype="uint8"))
    model = _model(tmp_path / "m.gpkg", [(0, 0, 2, 2)])
    beyond = tmp_path / "beyond.csv"
    beyond.write_text("band,model_class,code_cs\n1,building,CS1.1.1.1\n4,water,CS1.2.2\n", encoding="utf-8")
    dup = tmp_path / "dup.csv"
    dup.write_text("band,model_class,code_cs\n1,a,CS1.1.1.1\n1,b,CS1.2.2\n", encoding="utf-8")
    for table, words in ((beyond, "bande 4 absente"), (dup, "deux fois"), ("flair-3", "introuvable")):
        for argv in (["confidence", "--model", model, "--raster", raster, "--classes", str(table),
                      "--out", str(tmp_path / "c.gpkg")],
                     ["campaign", "create", "--model", model, "--raster", raster, "--classes", str(table),
                      "--department", "32", "--store", str(tmp_path / "review.gpkg")]):
            assert cli.main(argv) == 2
            lines = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
            assert len(lines) == 1 and words in lines[0], lines
    assert cli.main(["confidence", "--model", model, "--classes", "flair-hub", "--out", str(tmp_path / "c.gpkg")]) == 2
    assert "indiquez aussi --raster" in capsys.readouterr().err
    assert sorted(os.listdir(tmp_path)) == ["beyond.csv", "dup.csv", "m.gpkg", "r.tif"]


def test_campaign_records_the_table_it_was_read_through(tmp_path, capsys):
    data = np.broadcast_to(_pixel(building=200, impervious=55)[:, None, None], (19, 2, 4)).copy()
    raster = _raster(tmp_path / "hub.tif", data)
    model = _model(tmp_path / "m.gpkg", [(0, 0, 2, 2), (2, 0, 4, 2)])
    store_path = str(tmp_path / "review.gpkg")
    assert cli.main(["campaign", "create", "--model", model, "--raster", raster, "--classes", "flair-hub",
                     "--department", "32", "--store", store_path, "--quiet"]) == 0
    from ocsge_review.store.gpkg import GpkgStore
    with GpkgStore.open(store_path) as store:
        assert store.campaign().classes == class_tables.load("flair-hub").to_dict()
        assert class_tables.ClassTable.from_dict(store.campaign().classes) == class_tables.load("flair-hub")
    assert "Table de classes « flair-hub » : 19 classes du modèle vers 12 codes" in capsys.readouterr().out


def test_demo_in_flair_hub_layout_reads_back_through_its_table(tmp_path, capsys):
    """`demo --model flair-hub` writes 19 unnamed rounded uint8 bands; without --classes they cannot be
    read, with --classes flair-hub they give the couverture the 14-band demo gives."""
    from ocsge_review.synthetic import demo
    data = demo.generate(1000, seed=3)
    demo.write(data, str(tmp_path / "hub"), model="flair-hub")
    demo.write(data, str(tmp_path / "cs"))
    ds = gdal.Open(str(tmp_path / "hub" / "probabilities.tif"))
    assert ds.RasterCount == 19 and ds.GetRasterBand(1).DataType == gdal.GDT_Byte
    assert ds.GetRasterBand(1).GetDescription() == ""
    pixels = ds.ReadAsArray(0, 0, ds.RasterXSize, min(ds.RasterYSize, 200)).astype(int).sum(axis=0)
    covered = pixels[pixels > 0]
    assert abs(covered - 255).max() <= 10 and (covered != 255).any()      # rounded: near 255, not exactly
    model = str(tmp_path / "hub" / "model_output.gpkg")
    raster = str(tmp_path / "hub" / "probabilities.tif")
    assert cli.main(["confidence", "--model", model, "--raster", raster, "--out", str(tmp_path / "x.gpkg")]) == 2
    assert "--bands" in capsys.readouterr().err
    hub = run_confidence(model, str(tmp_path / "hub.gpkg"), raster=raster, classes=class_tables.load("flair-hub"))
    run_confidence(str(tmp_path / "cs" / "model_output.gpkg"), str(tmp_path / "cs.gpkg"),
                   raster=str(tmp_path / "cs" / "probabilities.tif"))
    a, b = _read(tmp_path / "hub.gpkg"), _read(tmp_path / "cs.gpkg")
    mapped = np.isin(b["cs_top1"], class_tables.load("flair-hub").codes)
    assert hub.sources["cs"] == "raster" and mapped.mean() > 0.8
    assert np.mean(a["cs_top1"][mapped] == b["cs_top1"][mapped]) > 0.97


def test_the_store_keeps_the_class_table_and_the_delivery(make_store):
    """Both backends (tests/pg runs this again on PostGIS, where they ride in the policy's JSON)."""
    from ocsge_review.store.base import Campaign
    from tests.unit.store.test_store_gpkg import _columns
    cols, wkb = _columns(["queue", "audit", "auto"])
    classes = class_tables.load("flair-1").to_dict()
    delivered = {"name": "OCS-GE_2-0__GPKG_LAMB93_D032_2019-01-01", "department": "32", "millesime": "2019",
                 "zone_construite": ["/data/x.gpkg", "ZONE_CONSTRUITE"]}
    store = make_store(Campaign(name="tables", department="32", department_name="Gers", epsg=2154,
                                model_version="m1", source="m.gpkg", policy={"threshold": 0.85},
                                classes=classes, delivery=delivered), cols, wkb)
    got = store.campaign()
    assert got.classes == classes and got.delivery == delivered and got.policy == {"threshold": 0.85}
    plain = make_store(Campaign(name="plain", department="32", department_name="Gers", epsg=2154,
                                model_version="m1", source="m.gpkg", policy={}), cols, wkb, name="plain.gpkg")
    assert plain.campaign().classes is None and plain.campaign().delivery is None
