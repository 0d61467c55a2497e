"""The second-opinion tests of tests/unit/test_second_opinion.py, run again on a PostGIS store (make_store is
overridden in tests/pg/conftest.py): the same draws, refusals and hand-counted figures."""
import json

import pytest

from tests.pg.statistics.test_stats_suite import _schema_of
from tests.unit.campaigns.test_second_opinion import *  # noqa: F401,F403
from tests.unit.campaigns.test_second_opinion import _cli


def test_cli_stats_on_postgis_shows_the_product(small, pg_spec):  # noqa: F811
    schema = _schema_of(pg_spec, small.campaign().uid)
    common = ("--store", pg_spec, "--schema", schema, "--campaign", small.campaign().uid)
    res = _cli("second-opinion", "list", *common, "--state", "disputed", "--json")
    assert res.returncode == 0 and [o["item_id"] for o in json.loads(res.stdout)] == [4], res.stderr
    res = _cli("stats", *common, "--period", "2026-11", "--json")
    assert res.returncode == 0, res.stderr
    body = json.loads(res.stdout)
    assert body["product"]["cs"]["count"]["overall"]["estimate"] == pytest.approx(5 / 6)
    assert body["product"]["agreement"]["disputed"] == 1
