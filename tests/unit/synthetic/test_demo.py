"""The synthetic département: deterministic, OCS GE-like, calibrated, with a matching raster."""
import hashlib

import numpy as np
import pytest
import shapely

from ocsge_review.synthetic import demo
from ocsge_review.ocsge import nomenclature as nom
from ocsge_review.errors import InputError
from ocsge_review.geo import gdal, pyogrio


def test_same_seed_same_department_other_seed_other_one():
    a, b, c = demo.generate(1000, seed=3), demo.generate(1000, seed=3), demo.generate(1000, seed=4)
    assert len(a.geometry) == 1000
    assert shapely.equals_exact(a.geometry, b.geometry, 0).all()
    assert list(a.pred_cs) == list(b.pred_cs) and np.array_equal(a.probs_us, b.probs_us)
    assert not np.array_equal(shapely.area(a.geometry), shapely.area(c.geometry))


def test_polygons_form_a_partition_and_respect_minimum_mapping_units():
    d = demo.generate(3000, seed=5)
    assert shapely.is_valid(d.geometry).all()
    area = shapely.area(d.geometry)
    built_up = d.zone != demo.RURAL
    assert area[built_up].min() >= demo.MMU["built_up"]
    assert area[~built_up].min() >= demo.MMU["outside"]
    union = shapely.union_all(d.geometry)
    assert union.area == pytest.approx(area.sum(), rel=1e-6)     # no overlaps


def test_class_mix_and_codes_are_ocsge_leaves():
    d = demo.generate(5000, seed=2)
    assert set(d.truth_cs) <= set(nom.CS_LEAVES) and set(d.pred_us) <= set(nom.US_LEAVES)
    area = shapely.area(d.geometry)
    share = {c: area[d.truth_cs == c].sum() / area.sum() for c in set(d.truth_cs)}
    assert share["CS2.2.1"] == max(share.values())       # herbaceous land dominates the territory
    assert np.mean(d.truth_cs == "CS1.1.1.1") > 1.3 * share["CS1.1.1.1"]   # buildings: many small polygons
    assert len(share) >= 9
    assert (d.truth_cs[d.truth_us == "US1.2"] != "CS1.1.1.1").all()   # no forestry on buildings


def test_model_is_good_not_perfect_and_calibrated():
    d = demo.generate(20000, seed=11)
    top1 = d.probs_cs.max(axis=1)
    right = d.pred_cs == d.truth_cs
    assert 0.85 < right.mean() < 0.97
    for low, high in ((0.5, 0.7), (0.7, 0.85), (0.85, 0.95)):
        band = (top1 >= low) & (top1 < high)
        assert abs(right[band].mean() - top1[band].mean()) < 0.1, (low, high)
    # errors concentrate on confusable pairs: herbaceous vs shrubs, mineral vs composite
    wrong = ~right
    pairs = set(zip(d.truth_cs[wrong], d.pred_cs[wrong]))
    assert ("CS2.2.1", "CS2.1.2") in pairs and ("CS1.1.2.1", "CS1.1.2.2") in pairs


def test_written_files_and_raster(demo_dir):
    meta, _, _, _ = pyogrio.raw.read(str(demo_dir / "model_output.gpkg"), layer="prediction", max_features=1)
    assert {"id", "code_cs", "code_us", "cs_top1", "cs_p1", "us_top1", "us_p1"} <= set(meta["fields"])
    ds = gdal.Open(str(demo_dir / "probabilities.tif"))
    assert ds.RasterCount == 14 and ds.GetRasterBand(1).DataType == gdal.GDT_Byte
    assert [ds.GetRasterBand(i + 1).GetDescription() for i in range(14)] == list(nom.CS_LEAVES)
    assert "2154" in ds.GetProjection()
    data = ds.ReadAsArray().astype(int)
    covered = data.sum(axis=0) > 0
    assert covered.mean() > 0.5
    assert np.abs(data.sum(axis=0)[covered] - 255).max() <= 10    # probabilities sum to one


def test_overseas_department_uses_its_own_crs():
    d = demo.generate(1000, seed=1, department="974")
    assert d.epsg == 2975


def test_bad_parameters():
    with pytest.raises(InputError, match="1000"):
        demo.generate(10)
    with pytest.raises(InputError, match="Département inconnu"):
        demo.generate(1000, department="99")
