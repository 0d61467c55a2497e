"""Review stores: one interface, a GeoPackage backend (embedded default), PostGIS to follow."""
from __future__ import annotations

from .base import (Campaign, Decision, Item, JournalRecord, LockLost, Part, ReviewStore,  # noqa: F401
                   system_clock)


def open_store(spec: str, clock=None) -> ReviewStore:
    """The store a ``--store`` value names: a GeoPackage path for now."""
    from ..errors import InputError
    from .gpkg import GpkgStore
    if spec.lower().endswith(".gpkg"):
        return GpkgStore.open(spec, clock=clock)
    raise InputError(f"Magasin de revue non reconnu : « {spec} » (attendu : un fichier .gpkg).")
