"""Review stores: one interface, a GeoPackage backend (embedded default) and a PostgreSQL/PostGIS one (teams)."""
from __future__ import annotations

from typing import Optional

from .base import (Campaign, Decision, Item, ItemHistory, JournalRecord, LockLost, Part, ReviewStore,  # noqa: F401
                   system_clock)

DEFAULT_SCHEMA = "ocsge_review"


def open_store(spec: str, clock=None, schema: str = DEFAULT_SCHEMA, campaign: Optional[str] = None,
               password: Optional[str] = None, readonly: bool = False) -> ReviewStore:
    """The store a ``--store`` value names: a GeoPackage path, or a PostgreSQL connection
    (then ``schema`` holds the store and ``campaign``, a name or uid, picks one of its campaigns);
    ``readonly``: for commands that only read, a GeoPackage is opened so that no file changes."""
    from .. import pgconn
    from ..errors import InputError
    from ..messages import tr
    if pgconn.is_pg_spec(spec):
        from .pg import PgStore
        return PgStore.open(spec, schema=schema, campaign=campaign, clock=clock, password=password)
    from .gpkg import GpkgStore
    if spec.lower().endswith(".gpkg"):
        return GpkgStore.open(spec, clock=clock, readonly=readonly)
    raise InputError(tr("Magasin de revue non reconnu : « {spec} » (attendu : un fichier .gpkg ou une connexion "
                        "PostgreSQL, par exemple « service=ocsge » ou « postgresql://utilisateur@hôte/base »).",
                        spec=spec))


def create_store(spec: str, campaign: Campaign, columns, wkb, clock=None, schema: str = DEFAULT_SCHEMA,
                 overwrite: bool = False) -> ReviewStore:
    """A new campaign's store where ``spec`` says: a new GeoPackage (``overwrite``: replacing one), or
    a new campaign of the PostgreSQL store in ``schema`` (a campaign name is taken once there)."""
    from .. import pgconn
    if pgconn.is_pg_spec(spec):
        from .pg import PgStore
        return PgStore.create(spec, campaign, columns, wkb, clock=clock, schema=schema)
    from .gpkg import GpkgStore
    return GpkgStore.create(spec, campaign, columns, wkb, clock=clock, overwrite=overwrite)
