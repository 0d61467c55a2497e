"""The demo's synthetic orthophotos: georeferenced, tiled with overviews, and classes told apart by eye."""
import os

import numpy as np
import pytest
import shapely

from ocsge_review.ocsge import nomenclature as nom
from ocsge_review.errors import InputError
from ocsge_review.geo import gdal
from ocsge_review.synthetic.orthophoto import INFRARED, NATURAL, ortho_resolution, write_orthophotos

EPSG = 2154
SIDE = 120.0           # metres; at 2 m a parcel holds 3 600 pixels


def _parcels():
    """One square parcel per couverture leaf, side by side in a row, plus a second row repeating them."""
    codes = list(nom.CS_LEAVES) * 2
    geoms = np.array([shapely.box(600000 + (i % len(nom.CS_LEAVES)) * SIDE, 6300000 + (i // len(nom.CS_LEAVES)) * SIDE,
                                  600000 + (i % len(nom.CS_LEAVES) + 1) * SIDE,
                                  6300000 + (i // len(nom.CS_LEAVES) + 1) * SIDE) for i in range(len(codes))])
    return geoms, np.asarray(codes, dtype=object)


@pytest.fixture(scope="module")
def pictures(tmp_path_factory):
    out = tmp_path_factory.mktemp("ortho")
    geoms, codes = _parcels()
    paths = write_orthophotos(geoms, codes, EPSG, str(out), resolution=2.0, seed=3)
    return geoms, codes, paths


def _read(path):
    ds = gdal.Open(path)
    return ds, ds.ReadAsArray().astype(float)


def _parcel_pixels(array, geoms, i, gt):
    minx, miny, maxx, maxy = geoms[i].bounds
    c0, c1 = int((minx - gt[0]) / gt[1]) + 3, int((maxx - gt[0]) / gt[1]) - 3
    r0, r1 = int((gt[3] - maxy) / -gt[5]) + 3, int((gt[3] - miny) / -gt[5]) - 3
    return array[:, r0:r1, c0:c1].reshape(array.shape[0], -1)


def test_both_pictures_are_georeferenced_tiled_and_have_overviews(pictures):
    geoms, _, paths = pictures
    assert set(paths) == {NATURAL, INFRARED}
    for path in paths.values():
        ds = gdal.Open(path)
        assert ds.RasterCount == 3
        gt = ds.GetGeoTransform()
        assert gt[1] == 2.0 and gt[5] == -2.0
        minx, miny, maxx, maxy = shapely.total_bounds(geoms)
        assert gt[0] <= minx and gt[3] >= maxy
        assert ds.RasterXSize * 2.0 >= maxx - minx and ds.RasterYSize * 2.0 >= maxy - miny
        assert "2154" in ds.GetProjection() or "Lambert" in ds.GetProjection()
        assert ds.GetRasterBand(1).GetBlockSize() == [256, 256]
        assert ds.GetRasterBand(1).GetOverviewCount() >= 1
        assert ds.GetMetadata("IMAGE_STRUCTURE").get("COMPRESSION") in ("JPEG", "YCbCr JPEG")
        assert oct(os.stat(path).st_mode & 0o777) != oct(0o600)
    assert not [f for f in os.listdir(os.path.dirname(paths[NATURAL])) if f.startswith(".")]


def test_vegetation_is_bright_in_the_infrared_and_water_dark(pictures):
    geoms, codes, paths = pictures
    ds, irc = _read(paths[INFRARED])
    gt = ds.GetGeoTransform()
    nir = {c: _parcel_pixels(irc, geoms, i, gt)[0].mean() for i, c in enumerate(codes[:len(nom.CS_LEAVES)])}
    red = {c: _parcel_pixels(irc, geoms, i, gt)[1].mean() for i, c in enumerate(codes[:len(nom.CS_LEAVES)])}
    for code in ("CS2.1.1.1", "CS2.1.1.2", "CS2.1.1.3", "CS2.1.2"):
        assert nir[code] > 1.3 * red[code], code           # what an infrared-colour picture shows red
    for code in ("CS1.1.1.2", "CS1.2.1"):
        assert nir[code] < 1.1 * red[code], code
    assert nir["CS1.2.2"] == min(nir.values())               # water is the darkest in the infrared


def test_every_class_looks_different_from_every_other(pictures):
    """Each pair of classes differs in mean colour or in texture, in one of the two pictures."""
    geoms, codes, paths = pictures
    signature = {}
    for i, code in enumerate(codes[:len(nom.CS_LEAVES)]):
        parts = []
        for path in paths.values():
            ds, array = _read(path)
            pixels = _parcel_pixels(array, geoms, i, ds.GetGeoTransform())
            parts += [pixels.mean(axis=1), pixels.std(axis=1)]
        signature[code] = np.concatenate(parts)
    leaves = list(signature)
    for a in range(len(leaves)):
        for b in range(a + 1, len(leaves)):
            gap = np.abs(signature[leaves[a]] - signature[leaves[b]]).max()
            assert gap > 8, (leaves[a], leaves[b], gap)


def test_same_seed_same_pictures_and_a_refusal_keeps_the_earlier_pair(tmp_path, pictures):
    geoms, codes, paths = pictures
    again = write_orthophotos(geoms, codes, EPSG, str(tmp_path), resolution=2.0, seed=3)
    for name in paths:
        assert np.array_equal(gdal.Open(paths[name]).ReadAsArray(), gdal.Open(again[name]).ReadAsArray())
    before = {name: open(path, "rb").read() for name, path in again.items()}
    bad = codes.copy()
    bad[0] = "CS9.9"
    with pytest.raises(InputError, match="CS9.9"):
        write_orthophotos(geoms, bad, EPSG, str(tmp_path), resolution=2.0, seed=4)
    assert {name: open(path, "rb").read() for name, path in again.items()} == before
    assert sorted(os.listdir(tmp_path)) == sorted([NATURAL, INFRARED])


def test_default_resolution_gives_the_median_polygon_thousands_of_pixels():
    geoms, _ = _parcels()
    resolution = ortho_resolution(geoms)
    pixels = SIDE * SIDE / resolution ** 2
    assert 2000 <= pixels <= 8000, (resolution, pixels)


def test_the_demo_command_writes_them_unless_told_not_to(tmp_path):
    import subprocess
    import sys
    run = lambda *a: subprocess.run([sys.executable, "-m", "ocsge_review", "demo", "--polygons", "1000", "--quiet", *a],
                                    capture_output=True, text=True, env={**os.environ, "LANGUAGE": "fr"})
    bad = run("--out", str(tmp_path / "bad"), "--orthophoto-resolution", "0")
    assert bad.returncode == 2 and "--orthophoto-resolution doit être positive" in bad.stderr
    assert not (tmp_path / "bad").exists()
    without = run("--out", str(tmp_path / "without"), "--no-orthophoto")
    assert without.returncode == 0, without.stderr
    assert not any(name.startswith("orthophoto") for name in os.listdir(tmp_path / "without"))
    full = run("--out", str(tmp_path / "full"), "--orthophoto-resolution", "5")
    assert full.returncode == 0, full.stderr
    assert gdal.Open(str(tmp_path / "full" / NATURAL)).GetGeoTransform()[1] == 5.0
    assert "orthophoto_irc.tif: " in full.stdout
