"""Checks, before the core is imported, that its Python dependencies are importable, and says how to
install a missing one on the user's platform."""
import importlib
import importlib.util
import sys
from dataclasses import dataclass
from typing import Callable, List, Optional

from .i18n import tr

# Same pins as requirements.txt: where the distribution does not package shapely 2 and pyogrio
# (Debian 12), they are built against the GDAL/GEOS that QGIS loads, hence --no-binary.
SHAPELY_VERSION = "2.0.7"
PYOGRIO_VERSION = "0.10.0"

# On Debian and Ubuntu the system Python is "externally managed" (PEP 668):
# pip needs --break-system-packages for a --user install, and --no-deps keeps
# it from pulling a numpy 2 that would break QGIS's own numpy-1 modules; the
# build needs the GDAL/GEOS headers and a compiler.
_BUILD_DEPS = ("sudo apt install python3-pip python3-dev python3-packaging python3-certifi "
               "libgdal-dev libgeos-dev g++")
# psycopg's binary wheel brings its own libpq, nothing of GDAL; --user: no administrator needed.
WINDOWS_PSYCOPG = "python -m pip install --user psycopg[binary]"


@dataclass(frozen=True)
class Requirement:
    module: str
    debian: str                        # the Debian/Ubuntu package
    pypi: Optional[str] = None         # the pinned source build where the distribution lacks it
    min_major: Optional[int] = None
    # What the min_major version first has: told by its API, as a distribution's build may not know its
    # own version (sid's python3-shapely says "0+unknown").
    since: Optional[str] = None
    teams_only: bool = False           # PostgreSQL stores only: its absence leaves GeoPackage working


REQUIREMENTS = (
    Requirement("numpy", "python3-numpy"),
    Requirement("shapely", "python3-shapely", f"shapely=={SHAPELY_VERSION}", min_major=2, since="from_wkb"),
    Requirement("pyogrio", "python3-pyogrio", f"pyogrio=={PYOGRIO_VERSION}"),
    Requirement("osgeo.gdal", "python3-gdal"),
    Requirement("psycopg", "python3-psycopg", teams_only=True),     # psycopg 2 is another module
)


def advice(req: Requirement, platform: str = sys.platform) -> str:
    """How to install ``req`` on ``platform`` (sys.platform's values), in one sentence."""
    if platform == "win32":
        if req.teams_only:
            # The OSGeo4W Shell (QGIS's Start menu folder) runs QGIS's own Python.
            return tr("Installez-le depuis l'OSGeo4W Shell (menu Démarrer, dossier QGIS) : {command}").format(
                command=WINDOWS_PSYCOPG)
        # numpy, shapely, pyogrio and GDAL come with QGIS's installer, built on its GDAL: pip would
        # bring a second GDAL into the QGIS process.
        return tr("Il est fourni par l'installateur de QGIS : installez QGIS 3.40 LTR ou plus récent "
                  "(qgis.org), sans pip, qui ajouterait un second GDAL.")
    if platform.startswith("linux"):
        apt = f"sudo apt install {req.debian}"
        if req.pypi is None:
            return tr("Installez-le avec : {command}").format(command=apt)
        package = req.pypi.split("==")[0]
        build = (f"{_BUILD_DEPS} && /usr/bin/python3 -m pip install --user --break-system-packages "
                 f"--no-deps --no-binary {package} {req.pypi}")
        return tr("Installez-le avec : {command} (Debian 13 et suivantes) ; là où la distribution "
                  "ne le fournit pas, compilé sur le GDAL de QGIS : {build}").format(command=apt, build=build)
    return tr("Installez-le avec : {command}").format(
        command=f"python3 -m pip install {req.pypi or req.module.split('.')[0]}")


def locate(name: str) -> object:
    """``name``'s module spec, found without importing the module (plugin start-up stays quick);
    ImportError when it is not installed."""
    spec = importlib.util.find_spec(name)
    if spec is None:
        raise ImportError(name)
    return spec


def check(importer: Callable[[str], object] = importlib.import_module, teams: bool = False,
          platform: str = sys.platform) -> List[str]:
    """One message per missing or too old module (the PostgreSQL ones only with ``teams``);
    an empty list when all is well."""
    problems = []
    for req in REQUIREMENTS:
        if req.teams_only != teams:
            continue
        try:
            module = importer(req.module)
        except Exception:  # an ImportError, or a broken binary build raising anything
            problems.append(
                tr("OCS GE Review : le module Python « {module} » est introuvable. {advice}").format(
                    module=req.module, advice=advice(req, platform)))
            continue
        version = getattr(module, "__version__", "?")
        if req.since is not None and not hasattr(module, req.since):
            problems.append(
                tr("OCS GE Review : le module Python « {module} » est en version {version}, "
                   "il faut la version {major} ou plus récente. {advice}").format(
                    module=req.module, version=version, major=req.min_major, advice=advice(req, platform)))
    return problems
