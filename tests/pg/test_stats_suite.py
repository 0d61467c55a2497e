"""The hand-counted statistics of tests/unit/test_stats.py, run again on a PostGIS store (make_store is
overridden in tests/pg/conftest.py): the same numbers from the same campaign and decisions."""
from tests.unit.test_stats import *  # noqa: F401,F403
