"""A throwaway PostgreSQL + PostGIS cluster for the tests, started and stopped by the session.

PostgreSQL refuses to run as root, so when the tests run as root the server
runs as the ``postgres`` system user. Missing binaries fail the tier loudly:
it must never be skipped silently.
"""
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass

import pytest


def _pg_bin() -> str:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"),
                   key=lambda p: int(p.split("/")[4]))
    if not found:
        pytest.fail("PostgreSQL server binaries are missing: run `make test` (it installs them).")
    return os.path.dirname(found[-1])


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class PgServer:
    host: str
    port: int
    user: str
    dbname: str
    bindir: str

    @property
    def gdal(self) -> str:
        return f"PG:host={self.host} port={self.port} dbname={self.dbname} user={self.user}"

    def psql(self, sql: str) -> str:
        res = subprocess.run([os.path.join(self.bindir, "psql"), "-h", self.host, "-p", str(self.port),
                              "-U", self.user, "-d", self.dbname, "-v", "ON_ERROR_STOP=1",
                              "-At", "-c", sql], capture_output=True, text=True, timeout=60)
        if res.returncode:
            raise RuntimeError(res.stderr)
        return res.stdout


@pytest.fixture(scope="session")
def postgis():
    bindir = _pg_bin()
    root = tempfile.mkdtemp(prefix="ocsge_pg_")
    as_postgres = os.geteuid() == 0
    if as_postgres:
        shutil.chown(root, "postgres", "postgres")
    os.chmod(root, 0o700)
    data = os.path.join(root, "data")
    port = _free_port()

    def run(*cmd):
        full = (["runuser", "-u", "postgres", "--"] if as_postgres else []) + list(cmd)
        return subprocess.run(full, capture_output=True, text=True, timeout=120)

    res = run(os.path.join(bindir, "initdb"), "-D", data, "-U", "postgres", "--auth=trust",
              "--encoding=UTF8", "--locale=C.UTF-8")
    assert res.returncode == 0, res.stderr
    res = run(os.path.join(bindir, "pg_ctl"), "-D", data, "-w", "-t", "60", "-l",
              os.path.join(root, "server.log"), "-o",
              f"-p {port} -c listen_addresses=127.0.0.1 -k {root} -c fsync=off", "start")
    assert res.returncode == 0, res.stderr + open(os.path.join(root, "server.log")).read()
    try:
        server = PgServer("127.0.0.1", port, "postgres", "ocsge", bindir)
        deadline = time.monotonic() + 30
        while True:
            res = subprocess.run([os.path.join(bindir, "createdb"), "-h", server.host, "-p", str(port),
                                  "-U", "postgres", "ocsge"], capture_output=True, text=True)
            if res.returncode == 0 or time.monotonic() > deadline:
                break
            time.sleep(0.5)
        assert res.returncode == 0, res.stderr
        server.psql("CREATE EXTENSION postgis")
        yield server
    finally:
        run(os.path.join(bindir, "pg_ctl"), "-D", data, "-m", "immediate", "stop")
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def password_auth(postgis):
    """A function that makes a login role give its password (scram-sha-256) on 127.0.0.1;
    every other role keeps trust authentication."""
    from tests.pgpassword import require_passwords
    return require_passwords(postgis)


@pytest.fixture
def pg_spec(postgis):
    """A libpq connection string (no password) to the test database."""
    return f"host={postgis.host} port={postgis.port} dbname={postgis.dbname} user={postgis.user}"


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
