"""Administration of a PostgreSQL review store: schema, roles and policies by département, accounts.

Run by the schema's owner or a superuser (CREATEROLE for accounts). A password
is read from a prompt or a file, never from the command line, and is sent to
the server only as a SCRAM verifier (see store.pg_access.ensure_login).
"""
from __future__ import annotations

import getpass
import logging
import sys
from dataclasses import dataclass, field
from typing import Callable, List, Optional

from .. import pgconn
from ..errors import InputError
from ..messages import tr
from ..store import pg_access as acc
from ..store.base import system_clock
from ..store.rules import iso_time
from . import sync

log = logging.getLogger(__name__)


@dataclass
class GrantResult:
    user: str
    role: str
    departments: List[str]
    created: bool
    password_changed: bool
    databases: List[str] = field(default_factory=list)


def _transaction(spec: str, what: str, work: Callable, *, password: Optional[str] = None):
    """``work(conn)`` in one transaction on ``spec``: all of it or nothing."""
    import psycopg
    conn = pgconn.connect(spec, what=what, password=password)
    try:
        with conn.transaction():
            return work(conn)
    except psycopg.Error as exc:
        raise acc.database_error(exc, tr("Opération refusée par PostgreSQL ({spec})", spec=pgconn.describe(spec))) from None
    finally:
        conn.close()


def _ensure_store_schema(conn, schema: str) -> None:
    """The review store's tables, by its own numbered migrations."""
    from ..store import pg
    with conn.cursor() as cur:
        cur.execute(acc._q("CREATE SCHEMA IF NOT EXISTS {s}", s=schema))
    pg.migrate(conn, schema, iso_time(system_clock()))


def _record_departments(conn, schema: str, departments: List[str]) -> None:
    from ..ocsge import departements
    with conn.cursor() as cur:
        cur.execute(acc._q("CREATE TABLE IF NOT EXISTS {t} (code text PRIMARY KEY, name text NOT NULL)",
                           t=(schema, "departments")))
        for code in departments:
            cur.execute(acc._q("INSERT INTO {t} (code, name) VALUES (%s, %s) ON CONFLICT DO NOTHING",
                               t=(schema, "departments")), (code, departements.name(code)))


def initialised_departments(conn, schema: str) -> List[str]:
    from ..store import pg
    with conn.cursor() as cur:
        if not pg._exists(cur, schema, "departments"):
            return []
        cur.execute(acc._q("SELECT code FROM {t} ORDER BY code", t=(schema, "departments")))
        return [r[0] for r in cur.fetchall()]


def init(store: str, departments: List[str], schema: str = acc.DEFAULT_SCHEMA,
         production: Optional[str] = None, table: Optional[sync.ProductionTable] = None) -> None:
    """Create or upgrade the store's schema, the group roles, the membership table and every
    policy, for ``departments`` (added to those already served). Safe to run again.

    ``production``: the production database, whose ``table`` (the sync's default one if not given)
    gets the policies by département and whose sync schema the validators' rights."""
    def store_work(conn):
        _ensure_store_schema(conn, schema)
        acc.install_access(conn, schema)
        _record_departments(conn, schema, departments)
        acc.install_store_policies(conn, schema)
    _transaction(store, "--store", store_work)
    log.info(tr("Schéma « {schema} » prêt pour les départements {departments}.", schema=schema,
                departments=", ".join(departments)))
    if production:
        table = table or sync.ProductionTable()

        def production_work(conn):
            acc.install_access(conn, schema)
            _record_departments(conn, schema, departments)
            sync.migrate_schema(conn, table.schema)      # its tables get the validators' rights
            acc.install_production_policies(conn, schema, table.table, table.department_column, table.schema)
        _transaction(production, "--production", production_work)
        log.info(tr("Table de production « {table} » protégée par département.", table=table.table))


def _check_known(conn, schema: str, departments: List[str]) -> None:
    known = initialised_departments(conn, schema)
    unknown = [d for d in departments if d not in known]
    if unknown:
        raise InputError(tr("Département(s) {unknown} non préparé(s) dans « {schema} » : lancez "
                            "d'abord admin init --departments {codes}.",
                            unknown=', '.join(unknown), schema=schema, codes=','.join(unknown)))


def grant(store: str, user: str, role: str, departments: List[str], password: Optional[str],
          schema: str = acc.DEFAULT_SCHEMA, production: Optional[str] = None) -> GrantResult:
    """Give ``user`` ``role`` in ``departments``, creating their login with ``password`` if needed.

    ``production``: the production database, if it is another one, gets the same
    membership rows (its policies read them there)."""
    acc.group_role(schema, role)
    result = GrantResult(user, role, departments, created=False, password_changed=False)

    def work(conn):
        _check_known(conn, schema, departments)
        result.created = acc.ensure_login(conn, user, password)
        result.password_changed = bool(password) and not result.created
        acc.grant(conn, schema, user, role, departments)
    _transaction(store, "--store", work)
    result.databases.append(pgconn.describe(store))
    if production:
        def production_work(conn):
            _check_known(conn, schema, departments)
            # Same cluster: the login exists already; another cluster: create it with the same password.
            acc.ensure_login(conn, user, password if _missing_role(conn, user) else None)
            acc.grant(conn, schema, user, role, departments)
        _transaction(production, "--production", production_work)
        result.databases.append(pgconn.describe(production))
    return result


def _missing_role(conn, user: str) -> bool:
    with conn.cursor() as cur:
        return not acc._exists_role(cur, user)


def login_exists(store: str, user: str) -> bool:
    """Does the login ``user`` exist already (then no password is asked for)?"""
    return _transaction(store, "--store", lambda conn: not _missing_role(conn, user))


def revoke(store: str, user: str, role: str, departments: Optional[List[str]],
           schema: str = acc.DEFAULT_SCHEMA, production: Optional[str] = None) -> int:
    """Withdraw ``role`` in ``departments`` (all of them when None); returns the rows removed."""
    acc.group_role(schema, role)
    removed = _transaction(store, "--store", lambda conn: acc.revoke(conn, schema, user, role, departments))
    if production:
        _transaction(production, "--production", lambda conn: acc.revoke(conn, schema, user, role, departments))
    return removed


def read_password(password_file: Optional[str], user: str, *, confirm: bool = True) -> str:
    """The password for ``user``: the first line of ``password_file``, else typed at a prompt
    (asked twice on a terminal), else one line of standard input (a pipe)."""
    if password_file:
        try:
            with open(password_file, encoding="utf-8") as fh:
                password = fh.readline().rstrip("\r\n")
        except OSError as exc:
            raise InputError(tr("Fichier de mot de passe illisible « {password_file} » : {strerror}.",
                                password_file=password_file, strerror=exc.strerror)) from None
        if not password:
            raise InputError(tr("Le fichier de mot de passe « {password_file} » est vide.",
                                password_file=password_file))
        return password
    if not sys.stdin.isatty():
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise InputError(tr("Mot de passe vide sur l'entrée standard."))
        return password
    password = getpass.getpass(tr("Mot de passe de « {user} » : ", user=user))
    if confirm and getpass.getpass(tr("Encore une fois : ")) != password:
        raise InputError(tr("Les deux mots de passe diffèrent : rien n'a été changé."))
    if not password:
        raise InputError(tr("Mot de passe vide : rien n'a été changé."))
    return password
