"""Confidence scores and the job that writes them: values, sources, atomic output."""
import os
import re
import sqlite3

import numpy as np
import pytest

from ocsge_review.model import confidence
from ocsge_review.model.confidence import run_confidence, scores_from_probabilities
from ocsge_review.errors import Cancelled, InputError
from ocsge_review.feedback import Feedback
from ocsge_review.geo import pyogrio


def _read(path, layer="confidence"):
    meta, _, geom, values = pyogrio.raw.read(str(path), layer=layer)
    return dict(zip(meta["fields"], values)), geom


def test_scores_top1_margin_entropy():
    p = np.array([[0.7, 0.2, 0.1, 0.0], [0.25, 0.25, 0.25, 0.25], [np.nan] * 4], dtype="float32")
    s = scores_from_probabilities(p, ["A", "B", "C", "D"], "test")
    assert s.top1[0] == pytest.approx(0.7) and s.margin[0] == pytest.approx(0.5)
    expected = -(0.7 * np.log(0.7) + 0.2 * np.log(0.2) + 0.1 * np.log(0.1)) / np.log(4)
    assert s.entropy[0] == pytest.approx(expected, rel=1e-5)
    assert s.entropy[1] == pytest.approx(1.0) and s.margin[1] == pytest.approx(0.0)
    assert list(s.top_codes[0]) == ["A", "B", "C"]
    assert np.isnan(s.top1[2]) and s.top_codes[2, 0] is None


def test_scores_renormalise_rows():
    s = scores_from_probabilities(np.array([[2.0, 2.0]], dtype="float32"), ["A", "B"], "t")
    assert s.top1[0] == pytest.approx(0.5)


def test_job_writes_every_promised_field(demo_dir, tmp_path):
    out = tmp_path / "conf.gpkg"
    report = run_confidence(str(demo_dir / "model_output.gpkg"), str(out),
                            raster=str(demo_dir / "probabilities.tif"))
    values, geom = _read(out)
    for name in ("source_id", "code_cs", "code_us", "conf_cs", "conf_us", "margin_cs", "margin_us",
                 "entropy_cs", "entropy_us", "cs_top1", "cs_p1", "us_top3", "us_p3", "artif", "area_m2"):
        assert name in values, name
    assert len(geom) == report.polygons == 1500
    assert report.sources == {"cs": "raster", "us": "top-k"}
    assert np.all((values["conf_cs"] > 0) & (values["conf_cs"] <= 1))
    assert np.all(values["margin_cs"] <= values["conf_cs"] + 1e-6)
    assert values["area_m2"].min() >= 500 and report.area_km2 == pytest.approx(values["area_m2"].sum() / 1e6)
    truth, _ = _read(demo_dir / "truth.gpkg", "truth")
    # The raster says the same as the model's own probabilities for most polygons,
    # and confident polygons are more often right than doubtful ones.
    right = values["cs_top1"] == truth["code_cs"]
    assert right[values["conf_cs"] >= 0.85].mean() > right[values["conf_cs"] < 0.6].mean() + 0.15
    assert "raster de probabilités" in report.summary()
    # French numbers, as the QGIS message bar shows this line: « 1 000 polygones (18,6 km²) … en 0,4 s. »
    first = report.summary().splitlines()[0]
    assert first.startswith(f"{report.polygons:,}".replace(",", "\u202f") + " polygones (")
    assert re.search(r"\(\d+,\d km²\).* en \d+,\d s\.$", first), first


def test_written_geopackage_is_version_1_2_for_qgis_322(demo_dir, tmp_path):
    # GDAL 3.13 writes 1.4 unless asked; the GDAL 3.6 of QGIS 3.22 warns on every 1.4 file it opens.
    from ocsge_review.campaigns.campaign import create_campaign, plan_campaign
    from ocsge_review.production.training import export_training
    out = tmp_path / "conf.gpkg"
    run_confidence(str(demo_dir / "model_output.gpkg"), str(out))
    store = str(tmp_path / "review.gpkg")
    with create_campaign(plan_campaign(str(demo_dir / "model_output.gpkg"), "32"), store) as opened:
        export_training(opened, str(tmp_path / "training.gpkg"), include_unvalidated=True)
    for path in (out, demo_dir / "model_output.gpkg", demo_dir / "truth.gpkg", store, tmp_path / "training.gpkg"):
        con = sqlite3.connect(str(path))
        assert con.execute("PRAGMA application_id").fetchone()[0] == 0x47504B47, path   # "GPKG"
        assert con.execute("PRAGMA user_version").fetchone()[0] == 10200, path


def test_without_raster_the_vector_fields_give_confidence(demo_dir, tmp_path):
    report = run_confidence(str(demo_dir / "model_output.gpkg"), str(tmp_path / "c.gpkg"))
    assert report.sources == {"cs": "top-k", "us": "top-k"}
    values, _ = _read(tmp_path / "c.gpkg")
    model, _ = _read(demo_dir / "model_output.gpkg", "prediction")
    np.testing.assert_array_equal(values["cs_top1"], model["cs_top1"])


def test_cancel_leaves_nothing_and_keeps_the_previous_output(demo_dir, tmp_path):
    out = tmp_path / "conf.gpkg"
    out.write_bytes(b"previous result")
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 6

    with pytest.raises(Cancelled):
        run_confidence(str(demo_dir / "model_output.gpkg"), str(out),
                       raster=str(demo_dir / "probabilities.tif"), feedback=Feedback(is_cancelled=cancelled))
    assert out.read_bytes() == b"previous result"
    assert sorted(os.listdir(tmp_path)) == ["conf.gpkg"]


def test_failure_while_writing_leaves_nothing(demo_dir, tmp_path, monkeypatch):
    def broken(*a, **k):
        open(a[0], "wb").write(b"half")
        raise OSError("disque plein")
    monkeypatch.setattr(confidence.pyogrio.raw, "write", broken)
    with pytest.raises(InputError, match="disque plein"):
        run_confidence(str(demo_dir / "model_output.gpkg"), str(tmp_path / "c.gpkg"))
    assert os.listdir(tmp_path) == []


def test_output_must_be_a_geopackage_in_an_existing_folder(demo_dir, tmp_path):
    with pytest.raises(InputError, match=".gpkg"):
        run_confidence(str(demo_dir / "model_output.gpkg"), str(tmp_path / "c.shp"))
    with pytest.raises(InputError, match="n'existe pas"):
        run_confidence(str(demo_dir / "model_output.gpkg"), str(tmp_path / "no" / "c.gpkg"))


def test_progress_reaches_100(demo_dir, tmp_path):
    seen = []
    run_confidence(str(demo_dir / "model_output.gpkg"), str(tmp_path / "c.gpkg"),
                   raster=str(demo_dir / "probabilities.tif"), feedback=Feedback(progress=seen.append))
    assert seen[-1] == 100 and seen == sorted(seen)


def test_single_part_multipolygons_give_a_multipolygon_layer_without_gdal_warning(write_layer, tmp_path):
    import shapely
    from ocsge_review.geo import gdal
    multi = [shapely.MultiPolygon([shapely.box(700000 + 100 * i, 6600000, 700080 + 100 * i, 6600080)])
             for i in range(3)]
    path = write_layer({"code_cs": ["CS2.2.1"] * 3, "code_us": ["US1.1"] * 3}, geoms=multi, name="multi.gpkg")
    warnings = []
    gdal.PushErrorHandler(lambda cls, no, msg: warnings.append(msg) if cls >= gdal.CE_Warning else None)
    try:
        run_confidence(path, str(tmp_path / "out.gpkg"))
    finally:
        gdal.PopErrorHandler()
    assert warnings == []
    assert pyogrio.read_info(str(tmp_path / "out.gpkg"))["geometry_type"] == "MultiPolygon"


def test_scores_in_blocks_equal_scores_at_once():
    rng = np.random.default_rng(0)
    p = rng.random((2500, 14)).astype("float32")
    p[5] = np.nan
    classes = [f"C{i}" for i in range(14)]
    small, whole = (scores_from_probabilities(p, classes, "t", block=b) for b in (100, 10 ** 6))
    for name in ("top1", "margin", "entropy", "top_probs"):
        np.testing.assert_array_equal(getattr(small, name), getattr(whole, name))
    assert (small.top_codes == whole.top_codes).all() and small.top_codes[5, 0] is None
