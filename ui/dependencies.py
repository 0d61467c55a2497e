"""Checks, before the core is imported, that its Python dependencies are importable."""
import importlib
import sys
from dataclasses import dataclass
from typing import Callable, List, Optional

from .i18n import tr

# Same pins as requirements.txt; shapely and pyogrio must be built against the
# GDAL/GEOS that QGIS loads, hence --no-binary.
SHAPELY_VERSION = "2.0.6"
PYOGRIO_VERSION = "0.10.0"


def _python() -> str:
    return "/usr/bin/python3" if sys.platform.startswith("linux") else "python3"


# On Debian and Ubuntu the system Python is "externally managed" (PEP 668):
# pip needs --break-system-packages for a --user install, and --no-deps keeps
# it from pulling a numpy 2 that would break QGIS's own numpy-1 modules; the
# build needs the GDAL/GEOS headers and a compiler.
_BUILD_DEPS = ("sudo apt install python3-pip python3-dev python3-packaging python3-certifi "
               "libgdal-dev libgeos-dev g++")


def _pip(package: str, version: str) -> str:
    if not sys.platform.startswith("linux"):
        return f"python3 -m pip install {package}=={version}"
    return (f"{_BUILD_DEPS} && {_python()} -m pip install --user --break-system-packages "
            f"--no-deps --no-binary {package} {package}=={version}")


@dataclass(frozen=True)
class Requirement:
    module: str
    install: str
    min_major: Optional[int] = None


REQUIREMENTS = (
    Requirement("numpy", "sudo apt install python3-numpy"),
    Requirement("shapely", _pip("shapely", SHAPELY_VERSION), min_major=2),
    Requirement("pyogrio", _pip("pyogrio", PYOGRIO_VERSION)),
    Requirement("osgeo.gdal", "sudo apt install python3-gdal"),
)


def _major(version: str) -> int:
    try:
        return int(str(version).split(".")[0])
    except ValueError:
        return 0


def check(importer: Callable[[str], object] = importlib.import_module) -> List[str]:
    """One message per missing or too old module; an empty list when all is well."""
    problems = []
    for req in REQUIREMENTS:
        try:
            module = importer(req.module)
        except Exception:  # an ImportError, or a broken binary build raising anything
            problems.append(
                tr("OCS GE Review : le module Python « {module} » est introuvable. "
                   "Installez-le avec : {command}").format(module=req.module, command=req.install))
            continue
        version = getattr(module, "__version__", "0")
        if req.min_major is not None and _major(version) < req.min_major:
            problems.append(
                tr("OCS GE Review : le module Python « {module} » est en version {version}, "
                   "il faut la version {major} ou plus récente. Installez-la avec : {command}").format(
                    module=req.module, version=version, major=req.min_major, command=req.install))
    return problems
