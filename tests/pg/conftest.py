"""The PostGIS tier: one throwaway PostgreSQL + PostGIS cluster for the session (tests/pgserver.py),
started and stopped by the tests. Missing binaries fail the tier loudly: it is never skipped."""
import pytest

from tests import pgserver


@pytest.fixture(scope="session")
def postgis():
    with pgserver.running(pytest.fail) as server:
        yield server


@pytest.fixture(scope="session")
def password_auth(postgis):
    """A function that makes a login role give its password (scram-sha-256) on 127.0.0.1;
    every other role keeps trust authentication."""
    from tests.pgpassword import require_passwords
    return require_passwords(postgis)


@pytest.fixture
def pg_spec(postgis):
    """A libpq connection string (no password) to the test database."""
    return postgis.spec


_schemas = iter(range(1, 1_000_000))


@pytest.fixture
def make_store(pg_spec):
    """The store tests' factory, on PostGIS: each test gets a fresh schema, so item ids and journal
    numbers start at 1 as in a new GeoPackage."""
    from ocsge_review.store.pg import PgStore
    schema = f"test_{next(_schemas)}"
    made = []

    def _make(campaign, columns, wkb, clock=None, name=None):
        store = PgStore.create(pg_spec, campaign, columns, wkb, clock=clock, schema=schema)
        made.append(store)
        return store
    yield _make
    for store in made:
        store.close()
