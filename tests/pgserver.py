"""A throwaway PostgreSQL + PostGIS cluster on a loopback port, for the PG test tier and the benches.

PostgreSQL refuses to run as root, so when we run as root the server runs as
the ``postgres`` system user. Missing binaries raise: a tier that needs the
server must fail, never skip silently.
"""
from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from typing import Callable, Iterator


class NoServer(RuntimeError):
    pass


def pg_bindir() -> str:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(p.split("/")[4]))
    if not found:
        raise NoServer("PostgreSQL server binaries are missing: run `make test` (it installs them).")
    return os.path.dirname(found[-1])


def free_port() -> int:
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
    root: str = ""
    data: str = ""

    @property
    def gdal(self) -> str:
        return f"PG:host={self.host} port={self.port} dbname={self.dbname} user={self.user}"

    @property
    def spec(self) -> str:
        """A libpq connection string (no password: trust authentication on loopback)."""
        return f"host={self.host} port={self.port} dbname={self.dbname} user={self.user}"

    def psql(self, sql: str, user: str = "", dbname: str = "") -> str:
        res = subprocess.run([os.path.join(self.bindir, "psql"), "-h", self.host, "-p", str(self.port),
                              "-U", user or self.user, "-d", dbname or self.dbname, "-v", "ON_ERROR_STOP=1",
                              "-At", "-c", sql], capture_output=True, text=True, timeout=600)
        if res.returncode:
            raise RuntimeError(res.stderr)
        return res.stdout

    def _as_owner(self, *cmd, timeout=120):
        full = (["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []) + list(cmd)
        return subprocess.run(full, capture_output=True, text=True, timeout=timeout)

    def stop(self) -> None:
        if self.data:
            self._as_owner(os.path.join(self.bindir, "pg_ctl"), "-D", self.data, "-m", "immediate", "stop")
        if self.root:
            shutil.rmtree(self.root, ignore_errors=True)


def start(dbname: str = "ocsge", durable: bool = False, settings=()) -> PgServer:
    """initdb + start a cluster in a temp folder, create ``dbname`` with PostGIS.

    ``durable=False`` turns fsync off (tests); the benches keep PostgreSQL's
    defaults so that a commit costs what it costs in production.
    """
    bindir = pg_bindir()
    root = tempfile.mkdtemp(prefix="ocsge_pg_")
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
    os.chmod(root, 0o700)
    server = PgServer("127.0.0.1", free_port(), "postgres", dbname, bindir, root, os.path.join(root, "data"))
    try:
        res = server._as_owner(os.path.join(bindir, "initdb"), "-D", server.data, "-U", "postgres",
                               "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8")
        if res.returncode:
            raise NoServer(res.stderr)
        options = [f"-p {server.port}", "-c listen_addresses=127.0.0.1", f"-k {root}"]
        options += [] if durable else ["-c fsync=off"]
        options += [f"-c {s}" for s in settings]
        res = server._as_owner(os.path.join(bindir, "pg_ctl"), "-D", server.data, "-w", "-t", "60", "-l",
                               os.path.join(root, "server.log"), "-o", " ".join(options), "start")
        if res.returncode:
            log = open(os.path.join(root, "server.log")).read() if os.path.exists(
                os.path.join(root, "server.log")) else ""
            raise NoServer(res.stderr + log)
        deadline = time.monotonic() + 30
        while True:
            res = subprocess.run([os.path.join(bindir, "createdb"), "-h", server.host, "-p", str(server.port),
                                  "-U", "postgres", dbname], capture_output=True, text=True)
            if res.returncode == 0 or time.monotonic() > deadline:
                break
            time.sleep(0.5)
        if res.returncode:
            raise NoServer(res.stderr)
        server.psql("CREATE EXTENSION postgis")
        return server
    except BaseException:
        server.stop()
        raise


@contextlib.contextmanager
def running(fail: Callable[[str], None]) -> Iterator[PgServer]:
    """A cluster for a test tier, stopped at the end; missing binaries ``fail`` the tier (pytest.fail),
    never skip it."""
    try:
        server = start()
    except NoServer as exc:
        fail(str(exc))
        raise
    try:
        yield server
    finally:
        server.stop()


def session_fixture():
    """A tier's ``postgis`` fixture (``postgis = pgserver.session_fixture()`` in its conftest): one cluster for
    the session, stopped at its end; missing binaries fail the tier, never skip it."""
    import pytest       # here: the benches use this module without pytest

    @pytest.fixture(scope="session")
    def postgis():
        with running(pytest.fail) as server:
            yield server
    return postgis
