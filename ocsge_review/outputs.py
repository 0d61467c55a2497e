"""Outputs written whole or not at all: their folder checked before the work, GeoPackages renamed into place after."""
from __future__ import annotations

import contextlib
import os
from typing import Iterator

from .errors import InputError
from .messages import tr


def check_gpkg_target(path: str, what: str) -> str:
    """The folder that will hold ``path``, checked before any work: it exists and may be written;
    ``what`` names the file in the refusal (« Le magasin de revue »)."""
    if not path.lower().endswith(".gpkg"):
        raise InputError(tr("{what} « {path} » doit être un GeoPackage (.gpkg).",
                            what=what, path=path))
    return check_target_folder(path, what)


def check_target_folder(path: str, what: str) -> str:
    """The folder that will hold ``path`` (a file or a folder of outputs), checked before any work: it
    exists and may be written."""
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise InputError(tr("Le dossier « {folder} » n'existe pas.", folder=folder))
    if not os.access(folder, os.W_OK):
        raise InputError(tr("{what} « {path} » ne peut pas être écrit : le dossier « {folder} » n'est pas "
                            "accessible en écriture.", what=what, path=path, folder=folder))
    return folder


@contextlib.contextmanager
def atomic_gpkg(path: str) -> Iterator[str]:
    """A temporary file next to ``path`` to write; renamed to ``path`` when the block ends
    normally, removed with its SQLite side files when it does not."""
    tmp = os.path.join(os.path.dirname(os.path.abspath(path)), f".{os.path.basename(path)}.{os.getpid()}.tmp.gpkg")
    try:
        yield tmp
        os.replace(tmp, path)
    except BaseException:
        for leftover in (tmp, tmp + "-wal", tmp + "-shm", tmp + "-journal"):
            if os.path.exists(leftover):
                os.remove(leftover)
        raise
