"""PostgreSQL connections from QGIS: the password comes from QGIS's authentication manager, in memory.

A connection is a PostgreSQL service or a libpq string/URI without a
password (see ocsge_review.pgconn), plus optionally the id of a QGIS
authentication configuration of the Basic method (``authcfg``) — given apart
or inside the string as ``authcfg=abc1234``, as QGIS writes it in layer
sources. The user name and password are read from the encrypted
authentication database when connecting, passed to libpq and dropped; what is
remembered (QgsSettings, project) is the string and the id, never a password.
"""
import re
from typing import Optional, Tuple

from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsSettings

from ocsge_review import pgconn
from ocsge_review.errors import InputError

from .i18n import tr

SETTINGS_GROUP = "ocsge_review/connections"
_AUTHCFG = re.compile(r"(?:^|\s)authcfg\s*=\s*'?([A-Za-z0-9]+)'?(?=\s|$)")


def split_authcfg(spec: str) -> Tuple[str, Optional[str]]:
    """(the libpq string without ``authcfg=…``, the authcfg id or None)."""
    found = _AUTHCFG.search(spec or "")
    if not found:
        return spec, None
    return (spec[:found.start()] + " " + spec[found.end():]).strip(), found.group(1)


def credentials(authcfg: str) -> Tuple[str, str]:
    """(user name, password) of a Basic authentication configuration, decrypted in memory."""
    manager = QgsApplication.authManager()
    config = QgsAuthMethodConfig()
    loaded = manager.loadAuthenticationConfig(authcfg, config, True)
    if isinstance(loaded, tuple):       # PyQGIS returns (ok, filled config)
        loaded, config = loaded
    if not loaded or not config.isValid():
        raise InputError(tr("La configuration d'authentification « {id} » est introuvable ou "
                            "verrouillée : ouvrez-la dans QGIS (Options › Authentification).").format(id=authcfg))
    if config.method() != "Basic":
        raise InputError(tr("La configuration d'authentification « {id} » doit être de type « Basic » "
                            "(nom d'utilisateur et mot de passe), pas « {method} ».").format(
            id=authcfg, method=config.method()))
    return config.config("username", ""), config.config("password", "")


def resolve(spec: str, authcfg: Optional[str] = None, what: str = "--store") -> Tuple[str, Optional[str], Optional[str]]:
    """(the libpq string with the authcfg's user name, its password or None, the authcfg id or None),
    for the core's openers that take ``password=``; the password lives in memory only."""
    spec, embedded = split_authcfg(spec)
    authcfg = authcfg or embedded
    if not authcfg:
        return spec, None, None
    user, password = credentials(authcfg)
    if user:
        from psycopg import conninfo
        spec = conninfo.make_conninfo(**{**pgconn.parse(spec, what), "user": user})
    return spec, password or None, authcfg


def connect(spec: str, authcfg: Optional[str] = None, **kwargs):
    """A psycopg connection to ``spec``, with the user name and password of ``authcfg`` if given.

    Any failure is an InputError in French that names neither the password nor the config's secrets."""
    spec, password, _ = resolve(spec, authcfg, kwargs.get("what", "--store"))
    try:
        return pgconn.connect(spec, password=password, **kwargs)
    except InputError as exc:
        message = str(exc)
        if password:
            message = message.replace(password, "***")
        raise InputError(message) from None


def connection_string(uri) -> Tuple[str, Optional[str]]:
    """(libpq string of a QGIS PostgreSQL connection's QgsDataSourceUri, with ``authcfg=…`` when it
    uses one; the password QGIS saved in clear for it, or None) — the string never holds a password."""
    from psycopg import conninfo
    params = {key: value for key, value in (("service", uri.service()), ("host", uri.host()),
                                            ("port", uri.port()), ("dbname", uri.database()),
                                            ("user", uri.username())) if value}
    spec = conninfo.make_conninfo(**params)
    if uri.authConfigId():
        return f"{spec} authcfg={uri.authConfigId()}", None
    return spec, uri.password() or None


def remember(name: str, spec: str, authcfg: Optional[str] = None) -> None:
    """Keep a connection under ``name`` in QgsSettings: the string (refused if it holds a
    password) and the authcfg id, nothing else."""
    spec, embedded = split_authcfg(spec)
    pgconn.parse(spec)
    settings = QgsSettings()
    settings.setValue(f"{SETTINGS_GROUP}/{name}/spec", spec)
    settings.setValue(f"{SETTINGS_GROUP}/{name}/authcfg", authcfg or embedded or "")


def remembered(name: str) -> Tuple[str, Optional[str]]:
    """(spec, authcfg or None) kept under ``name``; ("", None) if none."""
    settings = QgsSettings()
    return (settings.value(f"{SETTINGS_GROUP}/{name}/spec", "") or "",
            settings.value(f"{SETTINGS_GROUP}/{name}/authcfg", "") or None)
