"""Access to GDAL (rasters, CRS) and pyogrio (vectors), the same GDAL that QGIS loads."""
from __future__ import annotations

import contextlib
import warnings
from typing import Iterator, Optional

import numpy as np
from osgeo import gdal, ogr, osr

with warnings.catch_warnings():
    # pyogrio asks pyproj for PROJ's data folder; Debian's pyproj looks for it
    # under the virtual environment's prefix and warns, though GDAL finds it.
    warnings.simplefilter("ignore")
    import pyogrio  # noqa: F401  (re-exported for the other core modules)
    import pyogrio.raw  # noqa: F401

from .errors import CrsError


@contextlib.contextmanager
def quiet_gdal() -> Iterator[None]:
    """Silence GDAL's own error printing; callers check results and raise ours.

    GDAL's Python exceptions mode is process-wide and QGIS relies on the
    default, so it is never switched on here.
    """
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        yield
    finally:
        gdal.PopErrorHandler()


def last_gdal_error() -> str:
    return (gdal.GetLastErrorMsg() or "").strip()


def srs_from(wkt_or_code: str) -> osr.SpatialReference:
    srs = osr.SpatialReference()
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    if srs.SetFromUserInput(wkt_or_code) != 0:
        raise CrsError(f"Système de coordonnées illisible : « {wkt_or_code[:60]} ».")
    return srs


def crs_label(wkt: Optional[str]) -> str:
    if not wkt:
        return "aucun"
    srs = srs_from(wkt)
    srs.AutoIdentifyEPSG()
    code = srs.GetAuthorityCode(None)
    return f"EPSG:{code}" if code else (srs.GetName() or "inconnu")


def same_crs(a: str, b: str) -> bool:
    return bool(srs_from(a).IsSame(srs_from(b)))


def reproject(geoms: np.ndarray, src_wkt: str, dst_wkt: str, chunk: int = 1_000_000) -> np.ndarray:
    """Reproject shapely geometries, coordinates in bounded chunks."""
    import shapely
    ct = osr.CoordinateTransformation(srs_from(src_wkt), srs_from(dst_wkt))
    coords = shapely.get_coordinates(geoms)
    out = np.empty_like(coords)
    for start in range(0, len(coords), chunk):
        part = ct.TransformPoints(coords[start:start + chunk].tolist())
        out[start:start + chunk] = np.asarray(part)[:, :2]
    return shapely.set_coordinates(geoms.copy(), out)


__all__ = ["gdal", "ogr", "osr", "pyogrio", "quiet_gdal", "last_gdal_error", "srs_from",
           "crs_label", "same_crs", "reproject"]
