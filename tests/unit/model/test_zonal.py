"""Zonal means from probability rasters: exact on known rasters, streamed, robust."""
import os

import numpy as np
import pytest
import shapely

from ocsge_review.ocsge import nomenclature as nom
from ocsge_review.model import zonal
from ocsge_review.errors import CrsError, InputError
from ocsge_review.geo import gdal, reproject, srs_from

X0, Y1, RES = 700000.0, 6600100.0, 10.0   # 10 m pixels, origin top-left


def _raster(path, data, crs="EPSG:2154", gt=(X0, RES, 0, Y1, 0, -RES), codes=None, dtype=gdal.GDT_Byte, nodata=None):
    k, h, w = data.shape
    ds = gdal.GetDriverByName("GTiff").Create(str(path), w, h, k, dtype)
    ds.SetGeoTransform(gt)
    if crs:
        ds.SetProjection(srs_from(crs).ExportToWkt())
    for b in range(k):
        band = ds.GetRasterBand(b + 1)
        band.WriteArray(data[b])
        if codes:
            band.SetDescription(codes[b])
        if nodata is not None:
            band.SetNoDataValue(nodata)
    ds = None
    return str(path)


def _two_class_raster(tmp_path, name="r.tif", **kw):
    """Left half: class A at 200/255, right half: class A at 50/255; B the complement."""
    a = np.zeros((10, 20), dtype="uint8")
    a[:, :10], a[:, 10:] = 200, 50
    return _raster(tmp_path / name, np.stack([a, 255 - a]), codes=["CS2.2.1", "CS2.1.2"], **kw)


def test_means_are_exact_for_aligned_polygons(tmp_path):
    path = _two_class_raster(tmp_path)
    left = shapely.box(X0, Y1 - 50, X0 + 100, Y1)                   # 5 rows of the left half
    straddling = shapely.box(X0 + 50, Y1 - 100, X0 + 150, Y1 - 50)  # 5 columns each side, below
    res = zonal.zonal_means(np.array([left, straddling]), srs_from("EPSG:2154").ExportToWkt(), path)
    assert res.info.classes == ("CS2.2.1", "CS2.1.2") and res.info.dimension == "cs"
    np.testing.assert_allclose(res.means[0], [200 / 255, 55 / 255], atol=1e-6)
    np.testing.assert_allclose(res.means[1], [125 / 255, 130 / 255], atol=1e-6)
    assert list(res.pixels) == [50, 50]


def test_streaming_in_small_strips_gives_the_same_result(tmp_path, monkeypatch, demo_dir):
    from ocsge_review.model.model_output import read_model_output
    model = read_model_output(str(demo_dir / "model_output.gpkg"))
    whole = zonal.zonal_means(model.geometry, model.crs, str(demo_dir / "probabilities.tif"))
    monkeypatch.setattr(zonal, "STRIP_PIXELS", 5000)
    strips = zonal.zonal_means(model.geometry, model.crs, str(demo_dir / "probabilities.tif"))
    np.testing.assert_array_equal(whole.pixels, strips.pixels)
    np.testing.assert_allclose(whole.means, strips.means, atol=1e-6)
    assert whole.outside == 0 and (whole.pixels > 0).mean() > 0.99


def test_tiles_folder_and_vrt_equal_the_single_file(tmp_path, demo_dir):
    from ocsge_review.model.model_output import read_model_output
    model = read_model_output(str(demo_dir / "model_output.gpkg"))
    src = gdal.Open(str(demo_dir / "probabilities.tif"))
    tiles = tmp_path / "tiles"
    tiles.mkdir()
    w, h = src.RasterXSize, src.RasterYSize
    for i, (x, y) in enumerate([(0, 0), (w // 2, 0), (0, h // 2), (w // 2, h // 2)]):
        gdal.Translate(str(tiles / f"t{i}.tif"), src, srcWin=[x, y, w // 2 + (w % 2) * (x > 0), h // 2 + (h % 2) * (y > 0)])
    single = zonal.zonal_means(model.geometry, model.crs, str(demo_dir / "probabilities.tif"))
    folder = zonal.zonal_means(model.geometry, model.crs, str(tiles))
    assert folder.info.tiles == 4
    np.testing.assert_allclose(single.means, folder.means, atol=1e-6)
    vrt = str(tmp_path / "mosaic.vrt")
    gdal.BuildVRT(vrt, sorted(str(p) for p in tiles.iterdir())).FlushCache()
    np.testing.assert_allclose(single.means, zonal.zonal_means(model.geometry, model.crs, vrt).means, atol=1e-6)



def test_a_tile_with_another_band_count_is_refused_however_many_tiles(tmp_path):
    """Every tile is checked, not the first fifty: GDAL would leave the odd one out of the mosaic."""
    tiles = tmp_path / "tiles"
    tiles.mkdir()
    for i in range(51):
        k = 3 if i == 50 else 2
        _raster(tiles / f"t{i:02d}.tif", np.full((k, 1, 1), 100, dtype="uint8"),
                gt=(X0 + i * RES, RES, 0, Y1, 0, -RES))
    with pytest.raises(InputError, match="n'ont pas toutes le même nombre de bandes"):
        zonal.zonal_means(np.array([shapely.box(X0, Y1 - RES, X0 + 51 * RES, Y1)]), "EPSG:2154", str(tiles),
                          bands=["CS2.2.1", "CS2.1.2"])


def test_vector_in_another_crs_is_reprojected(tmp_path):
    path = _two_class_raster(tmp_path)
    l93 = srs_from("EPSG:2154").ExportToWkt()
    merc = srs_from("EPSG:3857").ExportToWkt()
    left = np.array([shapely.box(X0 + 5, Y1 - 95, X0 + 95, Y1 - 5)])
    res = zonal.zonal_means(reproject(left, l93, merc), merc, path)
    assert res.reprojected_from == "EPSG:3857"
    np.testing.assert_allclose(res.means[0], [200 / 255, 55 / 255], atol=1e-6)


def test_float_and_single_band_rasters(tmp_path):
    f = np.full((2, 10, 10), 0.5, dtype="float32")
    f[0, :, :] = 0.7
    f[1, :, :] = 0.3
    path = _raster(tmp_path / "f.tif", f, codes=["US1.1", "US6.3"], dtype=gdal.GDT_Float32)
    poly = np.array([shapely.box(X0, Y1 - 100, X0 + 100, Y1)])
    res = zonal.zonal_means(poly, srs_from("EPSG:2154").ExportToWkt(), path)
    assert res.info.dimension == "us"
    np.testing.assert_allclose(res.means[0], [0.7, 0.3], atol=1e-6)
    single = _raster(tmp_path / "max.tif", (np.full((1, 10, 10), 230, dtype="uint8")))
    res = zonal.zonal_means(poly, srs_from("EPSG:2154").ExportToWkt(), single)
    assert res.info.kind == "max"
    assert res.means[0, 0] == pytest.approx(230 / 255)


def test_fourteen_unnamed_bands_follow_the_nomenclature_order(tmp_path):
    path = _raster(tmp_path / "r14.tif", np.zeros((14, 5, 5), dtype="uint8"))
    assert zonal.describe_raster(path)[1].classes == nom.CS_LEAVES
    path = _raster(tmp_path / "r3.tif", np.zeros((3, 5, 5), dtype="uint8"))
    with pytest.raises(InputError, match="--bands"):
        zonal.describe_raster(path)
    assert zonal.describe_raster(path, ["CS2.2.1", "CS2.1.2", "CS1.2.2"])[1].classes == ("CS2.2.1", "CS2.1.2", "CS1.2.2")


def test_raster_problems_are_named(tmp_path):
    wkt = srs_from("EPSG:2154").ExportToWkt()
    poly = np.array([shapely.box(X0, Y1 - 100, X0 + 100, Y1)])
    nocrs = _two_class_raster(tmp_path, "nocrs.tif", crs=None)
    with pytest.raises(CrsError, match="nocrs.tif"):
        zonal.zonal_means(poly, wkt, nocrs)
    far = np.array([shapely.box(0, 0, 10, 10)])
    with pytest.raises(InputError, match="ne recouvre aucun polygone"):
        zonal.zonal_means(far, wkt, _two_class_raster(tmp_path))
    (tmp_path / "junk.tif").write_bytes(b"II*\x00" + os.urandom(500))
    with pytest.raises(InputError, match="junk.tif"):
        zonal.zonal_means(poly, wkt, str(tmp_path / "junk.tif"))
    (tmp_path / "notiles").mkdir()
    with pytest.raises(InputError, match="aucune tuile"):
        zonal.zonal_means(poly, wkt, str(tmp_path / "notiles"))


def test_partial_cover_small_polygons_and_nodata(tmp_path):
    data = np.full((2, 10, 20), 100, dtype="uint8")
    data[:, :, :2] = 0                                  # nodata on the two left columns
    path = _raster(tmp_path / "nd.tif", data, codes=["CS2.2.1", "CS2.1.2"], nodata=0)
    wkt = srs_from("EPSG:2154").ExportToWkt()
    polys = np.array([
        shapely.box(X0, Y1 - 100, X0 + 60, Y1),              # 2 of its 6 columns are nodata
        shapely.box(X0 + 101, Y1 - 14, X0 + 104, Y1 - 11),   # holds no pixel centre
        shapely.box(X0 + 500, Y1 - 100, X0 + 600, Y1),       # beyond the raster
    ])
    res = zonal.zonal_means(polys, wkt, path)
    assert res.pixels[0] == 40
    np.testing.assert_allclose(res.means[0], [100 / 255] * 2, atol=1e-6)
    assert res.pixels[1] == 0 and res.sampled == 1 and not np.isnan(res.means[1, 0])
    assert res.outside == 1 and np.isnan(res.means[2]).all()
