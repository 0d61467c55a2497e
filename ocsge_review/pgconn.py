"""Connections to PostgreSQL for the review store and the production database.

A connection is named by a libpq string (``service=ocsge``, ``host=… dbname=…
user=…``), a URI (``postgresql://user@host/db``) or GDAL's ``PG:`` form. It
never carries a password: that comes from a PostgreSQL service file or
``~/.pgpass`` (libpq reads them itself), or — inside QGIS — from the
authentication manager, resolved in memory and passed as ``password=`` here,
never written anywhere.
"""
from __future__ import annotations

import re
from typing import Callable, Dict, Optional, Tuple

from .errors import InputError
from .messages import tr
from .redaction import redact

_KEYWORDS = re.compile(r"^\s*(service|host|hostaddr|dbname|user|port)\s*=", re.I)


def connection_lost(con, exc: Exception) -> bool:
    """Did ``exc`` come from a connection that is gone (dropped, closed, or ended by the server's
    administrator), rather than from a refusal of the data? Every caller's message says which."""
    from psycopg import errors
    return (con is None or con.closed or con.broken
            or isinstance(exc, (errors.AdminShutdown, errors.ConnectionFailure)))


def server_detail(exc: Exception) -> str:
    """What PostgreSQL said, on one line and password-free: its primary message (a trigger's or a policy's
    refusal, without the PL/pgSQL context lines), else libpq's text (a connection refused)."""
    diag = getattr(exc, "diag", None)
    primary = diag.message_primary if diag is not None else None
    text = primary or str(exc).strip() or type(exc).__name__
    return redact(" ".join(text.split())).rstrip(" .")


def database_error(exc: Exception, con, refused: Callable[[str], Exception],
                   lost: Optional[Callable[[], Exception]] = None,
                   denied: Optional[Callable[[str], Exception]] = None) -> Exception:
    """The one mapping of a psycopg error to the plugin's own, each caller wording it for its user:
    ``lost()`` when the connection ``con`` is gone (dropped, closed, ended by the administrator; not asked
    without ``lost``), ``denied(detail)`` for a missing privilege, ``refused(detail)`` for any other refusal.
    The plugin's own errors pass unchanged."""
    from psycopg import errors
    from .errors import OcsgeError
    if isinstance(exc, OcsgeError):
        return exc
    if lost is not None and connection_lost(con, exc):
        return lost()
    if denied is not None and isinstance(exc, errors.InsufficientPrivilege):
        return denied(server_detail(exc))
    return refused(server_detail(exc))


def is_pg_spec(spec: str) -> bool:
    """Does ``spec`` name a PostgreSQL database rather than a file?"""
    spec = (spec or "").strip()
    return (spec.lower().startswith(("postgresql://", "postgres://", "pg:"))
            or bool(_KEYWORDS.match(spec)))


def _strip(spec: str) -> str:
    spec = spec.strip()
    return spec[3:] if spec[:3].lower() == "pg:" else spec


def parse(spec: str, what: str = "--store") -> Dict[str, str]:
    """The libpq parameters of ``spec``; refuses a password written in it."""
    from psycopg import conninfo
    try:
        params = conninfo.conninfo_to_dict(_strip(spec))
    except Exception as exc:   # psycopg.ProgrammingError: libpq's own parse error
        raise InputError(tr("Connexion PostgreSQL illisible dans {what} : {exc}",
                            what=what, exc=redact(str(exc)).strip())) from None
    if params.get("password"):
        raise InputError(tr("Pas de mot de passe dans {what} : il finirait dans l'historique du shell et les "
                            "journaux. Utilisez un service PostgreSQL (~/.pg_service.conf), le fichier "
                            "~/.pgpass ou, dans QGIS, une configuration d'authentification.",
                            what=what))
    return {k: str(v) for k, v in params.items()}


def describe(spec: str) -> str:
    """A short, password-free description of the database for messages."""
    try:
        params = parse(spec)
    except InputError:
        return tr("base PostgreSQL")
    if params.get("service"):
        return tr("service « {service} »", service=params['service'])
    host = params.get("host") or params.get("hostaddr") or "localhost"
    port = f":{params['port']}" if params.get("port") else ""
    who = f"{params['user']}@" if params.get("user") else ""
    return f"{who}{host}{port}/{params.get('dbname', '')}".rstrip("/")


def qualified(name: str, default_schema: str = "public") -> Tuple[str, str]:
    """(schema, table) of « table » or « schema.table »; anything else (« a.b.c », an empty part) is refused."""
    parts = name.split(".")
    if len(parts) > 2 or not all(p.strip() for p in parts):
        raise InputError(tr("Nom de table invalide : « {name} » (attendu : TABLE ou SCHÉMA.TABLE).", name=name))
    return (default_schema, parts[0]) if len(parts) == 1 else (parts[0], parts[1])


def connect(spec: str, *, password: Optional[str] = None, autocommit: bool = False,
            what: str = "--store"):
    """A psycopg connection to ``spec``; any failure is an InputError in the user's language, password-free."""
    import psycopg
    params = parse(spec, what)
    params.setdefault("connect_timeout", "10")
    params.setdefault("application_name", "ocsge_review")
    if password:
        params["password"] = password
    try:
        return psycopg.connect(autocommit=autocommit, **params)
    except psycopg.Error as exc:
        raise database_error(exc, None, lambda reason: InputError(tr(
            "Connexion à PostgreSQL impossible ({spec}) : {reason}", spec=describe(spec), reason=reason))) from None

