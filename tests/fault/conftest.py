"""The fault tier: a throwaway PostgreSQL + PostGIS cluster (tests/pgserver.py, never skipped) and
a small demo département with its production table."""
import pytest

from tests import pgserver


postgis = pgserver.session_fixture()


@pytest.fixture(scope="session")
def small_demo(tmp_path_factory):
    """1 000 polygons of the Gers (the smallest demo): items enough for minutes of kills."""
    from ocsge_review.synthetic import demo
    out = tmp_path_factory.mktemp("fault_demo")
    demo.write(demo.generate(1000, seed=5, department="32"), str(out))
    return out
