"""Model outputs read straight from a PostGIS table, as from a file."""
import subprocess

import numpy as np
import pytest

from ocsge_review.synthetic import demo
from ocsge_review.model.confidence import run_confidence
from ocsge_review.errors import CodeError, InputError
from ocsge_review.geo import pyogrio
from ocsge_review.model.model_output import inspect, read_model_output


@pytest.fixture(scope="module")
def demo_in_postgis(postgis, tmp_path_factory):
    out = tmp_path_factory.mktemp("demo_pg")
    demo.write(demo.generate(1200, seed=4), str(out))
    # A delivery-like table: upper-case field names, in its own schema.
    postgis.psql("CREATE SCHEMA IF NOT EXISTS livraison")
    res = subprocess.run(["ogr2ogr", "-f", "PostgreSQL", postgis.gdal, str(out / "model_output.gpkg"),
                          "prediction", "-nln", "livraison.occupation_sol", "-lco", "LAUNDER=NO",
                          "-sql", "SELECT id AS ID, code_cs AS CODE_CS, code_us AS CODE_US, cs_top1, cs_p1, "
                                  "cs_top2, cs_p2, cs_top3, cs_p3, us_top1, us_p1, geom FROM prediction"],
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    return out


def test_reads_a_postgis_table_like_the_file(postgis, demo_in_postgis):
    info = inspect(postgis.gdal, "livraison.occupation_sol")
    assert (info.mapping.id, info.mapping.cs, info.mapping.us) == ("ID", "CODE_CS", "CODE_US")
    from_pg = read_model_output(postgis.gdal, "livraison.occupation_sol")
    from_file = read_model_output(str(demo_in_postgis / "model_output.gpkg"))
    order = np.argsort(from_pg.source_id.astype(int))
    assert len(from_pg) == len(from_file) == 1200
    assert list(from_pg.code_cs[order]) == list(from_file.code_cs)
    np.testing.assert_allclose(from_pg.probs["cs"][order], from_file.probs["cs"], atol=1e-6)


def test_confidence_job_on_a_postgis_source(postgis, demo_in_postgis, tmp_path):
    report = run_confidence(postgis.gdal, str(tmp_path / "c.gpkg"), layer="livraison.occupation_sol",
                            raster=str(demo_in_postgis / "probabilities.tif"))
    assert report.polygons == 1200 and report.sources["cs"] == "raster"
    meta, _, _, values = pyogrio.raw.read(str(tmp_path / "c.gpkg"))
    assert "password" not in str(pyogrio.read_info(str(tmp_path / "c.gpkg"))).lower()


def test_unknown_codes_in_a_table_are_named(postgis, demo_in_postgis):
    postgis.psql("CREATE TABLE livraison.bad AS SELECT * FROM livraison.occupation_sol LIMIT 5")
    postgis.psql("UPDATE livraison.bad SET \"CODE_US\" = 'US9' WHERE \"ID\" IN (SELECT \"ID\" FROM livraison.bad LIMIT 2)")
    with pytest.raises(CodeError, match=r"« US9 » \(2\)"):
        read_model_output(postgis.gdal, "livraison.bad")


def test_connection_errors_never_show_the_password(postgis):
    bad = f"PG:host=127.0.0.1 port={postgis.port} dbname=absent user=postgres password=s3cr3t"
    with pytest.raises(InputError) as err:
        read_model_output(bad, "x")
    assert "s3cr3t" not in str(err.value)
    assert "password=***" in str(err.value) or "absent" in str(err.value)
