"""Inputs that used to pass (a read-only folder, empty probability fields, logits in a raster):
each is refused in one French line naming the file, exit 2, nothing written."""
import os
import subprocess
import sys

import numpy as np
import pytest
import shapely

from ocsge_review.model.confidence import run_confidence
from ocsge_review.errors import InputError
from ocsge_review.geo import gdal, srs_from

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
X0, Y1, RES = 700000.0, 6600100.0, 10.0


def cli(*args):
    return subprocess.run([sys.executable, "-m", "ocsge_review", *args, "--quiet"], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)


def one_line(res) -> str:
    lines = [line for line in res.stderr.splitlines() if line.strip()]
    assert res.returncode == 2 and len(lines) == 1 and "Traceback" not in res.stderr, res.stderr
    return lines[0]


@pytest.fixture
def readonly_folder(tmp_path):
    """A folder nobody may write to, root included: root writes through any file mode, so as
    root it is a read-only mount."""
    folder = tmp_path / "ro"
    folder.mkdir()
    if os.geteuid() == 0:
        subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", str(folder)], check=True)
    else:
        folder.chmod(0o555)
    try:
        with pytest.raises(OSError):
            (folder / "probe").write_bytes(b"x")
        yield folder
    finally:
        if os.geteuid() == 0:
            subprocess.run(["umount", str(folder)], check=True)
        else:
            folder.chmod(0o755)


def test_confidence_into_a_read_only_folder(demo_dir, readonly_folder):
    out = readonly_folder / "conf.gpkg"
    line = one_line(cli("confidence", "--model", str(demo_dir / "model_output.gpkg"), "--out", str(out)))
    assert str(out) in line and "accessible en écriture" in line
    assert os.listdir(readonly_folder) == []


def test_campaign_store_in_a_read_only_folder_is_refused_before_the_work(demo_dir, readonly_folder):
    store = readonly_folder / "review.gpkg"
    res = cli("campaign", "create", "--model", str(demo_dir / "model_output.gpkg"), "--department", "32",
              "--store", str(store))
    line = one_line(res)
    assert str(store) in line and "accessible en écriture" in line
    assert res.stdout == "" and os.listdir(readonly_folder) == []     # no triage report: refused first


def test_report_into_a_read_only_folder(demo_dir, readonly_folder, tmp_path):
    # It ended in a traceback (OSError from the staging folder), noticed at the second reading.
    store = tmp_path / "review.gpkg"
    assert cli("campaign", "create", "--model", str(demo_dir / "model_output.gpkg"), "--department", "32",
               "--store", str(store)).returncode == 0
    out = readonly_folder / "rapport"
    line = one_line(subprocess.run([sys.executable, "-m", "ocsge_review", "report", "--store", str(store), "--out",
                                    str(out)], cwd=ROOT, capture_output=True, text=True, timeout=300))
    assert str(out) in line and "accessible en écriture" in line
    assert os.listdir(readonly_folder) == []


def _topk_layer(write_layer, first, second):
    n = len(first)
    return write_layer({"code_cs": ["CS2.2.1"] * n, "code_us": ["US1.1"] * n,
                        "cs_top1": ["CS2.2.1"] * n, "cs_p1": first,
                        "cs_top2": ["CS2.1.2"] * n, "cs_p2": second})


def test_topk_probabilities_all_empty_are_refused(write_layer, tmp_path):
    model = _topk_layer(write_layer, [None, None, None], [None, None, None])
    out = tmp_path / "conf.gpkg"
    line = one_line(cli("confidence", "--model", model, "--out", str(out)))
    assert "layer.gpkg" in line and "cs_p1, cs_p2" in line and "vides" in line
    assert not out.exists()


def test_a_polygon_without_topk_probabilities_gets_no_invented_confidence(write_layer, tmp_path):
    from ocsge_review.geo import pyogrio
    model = _topk_layer(write_layer, [0.7, None, 0.9], [0.2, None, 0.05])
    out = str(tmp_path / "conf.gpkg")
    run_confidence(model, out)
    _, _, _, (conf,) = pyogrio.raw.read(out, columns=["conf_cs"], read_geometry=False)
    np.testing.assert_allclose(conf[[0, 2]], [0.7, 0.9], rtol=1e-6)
    assert np.isnan(conf[1])


def _float_raster(path, bands, codes=()):
    """Float bands (``bands``: k × 10 × 10) at (X0, Y1), 10 m pixels, described by ``codes`` when given."""
    ds = gdal.GetDriverByName("GTiff").Create(str(path), 10, 10, len(bands), gdal.GDT_Float32)
    ds.SetGeoTransform((X0, RES, 0, Y1, 0, -RES))
    ds.SetProjection(srs_from("EPSG:2154").ExportToWkt())
    for b, data in enumerate(bands):
        ds.GetRasterBand(b + 1).WriteArray(data)
        if codes:
            ds.GetRasterBand(b + 1).SetDescription(codes[b])
    ds = None
    return str(path)


def test_logits_in_a_float_raster_are_refused_like_in_a_field(write_layer, tmp_path):
    model = write_layer({"code_cs": ["CS2.2.1"], "code_us": ["US1.1"]},
                        geoms=[shapely.box(X0, Y1 - 100, X0 + 100, Y1)])
    logits = np.linspace(-9, 9, 100, dtype="float32").reshape(10, 10)
    raster = _float_raster(tmp_path / "logits.tif", [logits, -logits], ["CS2.2.1", "CS2.1.2"])
    out = tmp_path / "conf.gpkg"
    line = one_line(cli("confidence", "--model", model, "--raster", raster, "--out", str(out)))
    assert "logits.tif" in line and "-9" in line and "pas des probabilités" in line
    assert not out.exists()
    with pytest.raises(InputError, match="probabilités négatives"):   # the same values in a field
        run_confidence(write_layer({"code_cs": ["CS2.2.1"], "code_us": ["US1.1"], "conf_cs": [-9.0]},
                                   name="field.gpkg"), str(out))


def test_percentages_in_a_single_band_float_raster_are_read_as_the_fields_are(write_layer, tmp_path):
    from ocsge_review.model import zonal
    _float_raster(tmp_path / "max.tif", [np.full((10, 10), 84.0, dtype="float32")])
    res = zonal.zonal_means(np.array([shapely.box(X0, Y1 - 100, X0 + 100, Y1)]),
                            srs_from("EPSG:2154").ExportToWkt(), str(tmp_path / "max.tif"))
    assert res.means[0, 0] == pytest.approx(0.84)


def test_a_float_raster_read_through_a_class_table_follows_the_same_rule(tmp_path):
    """Logits in FLAIR's band order are refused through a class table too, not summed as probabilities."""
    from ocsge_review.model import class_tables, zonal
    rng = np.random.default_rng(1)
    path = _float_raster(tmp_path / "logits.tif", [rng.uniform(-9, 9, (10, 10)).astype("float32") for _ in range(19)])
    geoms = np.array([shapely.box(X0 + 10, Y1 - 90, X0 + 90, Y1 - 10)])
    with pytest.raises(InputError, match="logits.tif"):
        zonal.zonal_means(geoms, "EPSG:2154", path, table=class_tables.load("flair-hub"))


def test_demo_into_a_read_only_folder(readonly_folder):
    line = one_line(cli("demo", "--polygons", "1000", "--out", str(readonly_folder), "--no-orthophoto"))
    assert str(readonly_folder) in line and "accessible en écriture" in line
    assert os.listdir(readonly_folder) == []
