"""Reading model outputs: field detection, formats, and every kind of bad input."""
import os

import numpy as np
import pytest
import shapely

from ocsge_review.errors import CodeError, CrsError, InputError
from ocsge_review.model.model_output import FieldMapping, detect_mapping, inspect, read_model_output


def test_detects_delivered_field_variants():
    m = detect_mapping(["ID", "CODE_CS", "CODE_US", "millesime"])
    assert (m.id, m.cs, m.us) == ("ID", "CODE_CS", "CODE_US")
    m = detect_mapping(["couverture", "usage", "confiance"])
    assert (m.cs, m.us, m.conf_cs, m.conf_us) == ("couverture", "usage", "confiance", "confiance")


def test_detects_topk_and_per_class_probabilities():
    m = detect_mapping(["code_cs", "code_us", "cs_top1", "cs_p1", "cs_top2", "cs_p2", "top1_us", "p1_us"])
    assert m.topk_cs == [("cs_top1", "cs_p1"), ("cs_top2", "cs_p2")]
    assert m.topk_us == [("top1_us", "p1_us")]
    m = detect_mapping(["code_cs", "code_us", "p_CS2_2_1", "p_CS2_1_2", "prob_US1.1", "prob_US6.3"])
    assert m.prob_cs == {"CS2.2.1": "p_CS2_2_1", "CS2.1.2": "p_CS2_1_2"}
    assert m.prob_us == {"US1.1": "prob_US1.1", "US6.3": "prob_US6.3"}
    assert m.confidence_kind("cs") == "probabilities"


def test_user_overrides_win_and_round_trip():
    m = detect_mapping(["a", "b", "c"]).with_overrides({"cs": "a", "us": "b", "conf": "c", "cs_top1": "a", "cs_p1": "c"})
    assert (m.cs, m.us, m.conf_cs, m.conf_us) == ("a", "b", "c", "c")
    assert m.topk_cs == [("a", "c")]
    assert FieldMapping.from_dict(m.to_dict()) == m
    with pytest.raises(InputError, match="rôle inconnu"):
        m.with_overrides({"colour": "a"})


@pytest.mark.parametrize("driver, name", [("GPKG", "m.gpkg"), ("ESRI Shapefile", "m.shp"), ("FlatGeobuf", "m.fgb")])
def test_reads_every_file_format(write_layer, driver, name):
    path = write_layer({"CODE_CS": ["CS2.2.1", "cs1.1.1.1"], "CODE_US": ["US1.1", "US5"],
                        "conf": [0.9, 80.0 / 100]}, name=name, driver=driver)
    out = read_model_output(path)
    order = np.argsort(shapely.bounds(out.geometry)[:, 0])   # FlatGeobuf stores features in its index order
    assert list(out.code_cs[order]) == ["CS2.2.1", "CS1.1.1.1"]
    assert list(out.code_us[order]) == ["US1.1", "US5"]
    np.testing.assert_allclose(out.conf["cs"][order], [0.9, 0.8], rtol=1e-6)


def test_topk_fields_become_probabilities(write_layer):
    path = write_layer({"code_cs": ["CS2.2.1"], "code_us": ["US1.1"], "cs_top1": ["CS2.2.1"],
                        "cs_p1": [0.6], "cs_top2": ["CS2.1.2"], "cs_p2": [0.3]})
    out = read_model_output(path)
    row = dict(zip(out.classes["cs"], out.probs["cs"][0]))
    assert row["CS2.2.1"] == pytest.approx(0.6) and row["CS2.1.2"] == pytest.approx(0.3)
    assert sum(row.values()) == pytest.approx(1.0, abs=1e-5)   # the rest is spread evenly
    assert out.probs["us"] is None


def test_missing_file_empty_file_and_corrupt_geopackage(tmp_path):
    with pytest.raises(InputError, match="introuvable"):
        read_model_output(str(tmp_path / "absent.gpkg"))
    (tmp_path / "empty.gpkg").write_bytes(b"")
    with pytest.raises(InputError, match="vide"):
        read_model_output(str(tmp_path / "empty.gpkg"))
    (tmp_path / "junk.gpkg").write_bytes(b"SQLite format 3\x00" + os.urandom(4000))
    with pytest.raises(InputError, match="junk.gpkg"):
        read_model_output(str(tmp_path / "junk.gpkg"))


def test_missing_fields_and_unknown_codes_are_named(write_layer):
    path = write_layer({"code_cs": ["CS2.2.1", "CS9.9", "CS9.9"], "code_us": ["US1.1"] * 3})
    with pytest.raises(CodeError, match=r"CS9\.9.*\(2\)") as err:
        read_model_output(path)
    assert "code_cs" in str(err.value) and "layer.gpkg" in str(err.value)
    path = write_layer({"foo": ["CS2.2.1"], "code_us": ["US1.1"]}, name="nocs.gpkg")
    with pytest.raises(InputError, match="couverture"):
        read_model_output(path)
    with pytest.raises(InputError, match="absents.*nope"):
        read_model_output(path, mapping=FieldMapping(cs="nope", us="code_us"))


def test_usage_code_in_couverture_field_is_refused(write_layer):
    path = write_layer({"code_cs": ["US1.1"], "code_us": ["US1.1"]})
    with pytest.raises(CodeError, match="couverture"):
        read_model_output(path)


def test_crs_missing_or_geographic(write_layer):
    path = write_layer({"code_cs": ["CS2.2.1"], "code_us": ["US1.1"]}, crs=None, name="nocrs.gpkg")
    with pytest.raises(CrsError, match="pas de système de coordonnées"):
        read_model_output(path)
    path = write_layer({"code_cs": ["CS2.2.1"], "code_us": ["US1.1"]}, crs="EPSG:4326",
                       geoms=[shapely.box(1, 45, 1.001, 45.001)], name="wgs84.gpkg")
    with pytest.raises(CrsError, match="EPSG:4326.*EPSG:2154"):
        read_model_output(path)


def test_invalid_geometries_repaired_empty_dropped_multipart_kept(write_layer):
    bowtie = shapely.Polygon([(0, 0), (10, 10), (10, 0), (0, 10)])
    multi = shapely.MultiPolygon([shapely.box(20, 0, 30, 10), shapely.box(40, 0, 50, 10)])
    good = shapely.box(60, 0, 70, 10)
    path = write_layer({"code_cs": ["CS2.2.1"] * 4, "code_us": ["US1.1"] * 4},
                       geoms=[bowtie, multi, shapely.Polygon(), good])
    out = read_model_output(path)
    # the repaired bow-tie is two triangles: a multipolygon, as is the multipart input
    assert len(out) == 3 and out.repaired == 1 and out.dropped_empty == 1 and out.multipart == 2
    assert shapely.is_valid(out.geometry).all()
    assert shapely.area(out.geometry[0]) == pytest.approx(50.0)


def test_points_are_not_polygons(write_layer):
    path = write_layer({"code_cs": ["CS2.2.1"], "code_us": ["US1.1"]}, geoms=[shapely.Point(1, 1)])
    with pytest.raises(InputError, match="polygones"):
        read_model_output(path)


def test_empty_layer(write_layer, tmp_path):
    from ocsge_review.geo import pyogrio
    path = str(tmp_path / "none.gpkg")
    pyogrio.raw.write(path, np.array([], dtype=object), [np.array([], dtype=object)] * 2,
                      ["code_cs", "code_us"], driver="GPKG", geometry_type="Polygon", crs="EPSG:2154")
    with pytest.raises(InputError, match="aucun polygone"):
        read_model_output(path)


def test_several_layers_need_a_choice(write_layer):
    path = write_layer({"code_cs": ["CS2.2.1"], "code_us": ["US1.1"]}, name="multi.gpkg", layer="a")
    write_layer({"code_cs": ["CS2.2.1"], "code_us": ["US1.1"]}, name="multi.gpkg", layer="b")
    with pytest.raises(InputError, match="plusieurs couches"):
        read_model_output(path)
    assert inspect(path, "b").layer == "b"
    with pytest.raises(InputError, match="pas de couche « c »"):
        inspect(path, "c")


@pytest.mark.parametrize("secret", ["s3cr3t", "'with space'", r"'it\'s'", r"'back\\slash'"])
def test_connection_strings_are_shown_without_password(secret):
    from ocsge_review.model.model_output import describe_source
    shown = describe_source(f"PG:host=db dbname=ocsge user=marie password={secret} port=5432")
    assert shown == "PG:host=db dbname=ocsge user=marie password=*** port=5432"
