"""The hand-counted statistics of tests/unit/test_stats.py, run again on a PostGIS store (make_store is
overridden in tests/pg/conftest.py): the same numbers from the same campaign and decisions."""
import json

import pytest

from tests.unit.statistics.test_stats import *  # noqa: F401,F403
from tests.unit.statistics.test_stats import _cli
from tests.unit.statistics.test_stats_tables import *  # noqa: F401,F403  (the coded read against the plain one)

del test_cli_stats_report_and_errors  # noqa: F821  (GeoPackage paths; the PostGIS command is below)


def test_cli_stats_on_postgis(counted, pg_spec):  # noqa: F811
    from ocsge_review.statistics import indicators
    schema = _schema_of(pg_spec, counted.uid)
    res = _cli("stats", "--store", pg_spec, "--schema", schema, "--campaign", counted.uid, "--period", "2026-11",
               "--hourly-cost", "36", "--fixed-cost", "100", "--json")
    assert res.returncode == 0, res.stderr
    body = json.loads(res.stdout)
    indicators.validate(body)
    assert (body["rework"]["count"]["reviewed"], body["rework"]["count"]["reworked"]) == (5, 3)
    assert body["validation"]["rate"] == pytest.approx(0.75)
    assert body["cost"]["per_km2"] == pytest.approx(10960.0)
    assert body["accuracy"]["cs"]["overall"]["estimate"] == pytest.approx(5 / 6)


def _schema_of(spec, uid):
    """The test schema that holds the campaign ``uid`` (each test makes its own schema)."""
    import psycopg
    with psycopg.connect(spec, autocommit=True) as con:
        # Review stores only (a sync schema has a campaigns table too, without uid).
        schemas = [r[0] for r in con.execute("SELECT table_schema FROM information_schema.columns "
                                             "WHERE table_name = 'campaigns' AND column_name = 'uid'")]
        found = [s for s in schemas if con.execute(f'SELECT 1 FROM "{s}".campaigns WHERE uid = %s', (uid,)).fetchone()]
    assert len(found) == 1
    return found[0]
