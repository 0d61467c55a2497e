"""Access to GDAL (rasters, CRS) and pyogrio (vectors), the same GDAL that QGIS loads."""
from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import warnings
from typing import Iterator, Optional

import numpy as np
from osgeo import gdal, ogr, osr

# GDAL 3.7+ warns (FutureWarning, on every command) until the exceptions mode is chosen explicitly.
# The core checks return values and QGIS shares the process-wide mode: the current mode is made
# explicit, never switched.
for _module in (gdal, ogr, osr):
    if not _module.GetUseExceptions():
        _module.DontUseExceptions()

with warnings.catch_warnings():
    # pyogrio asks pyproj for PROJ's data folder; Debian's pyproj looks for it
    # under the virtual environment's prefix and warns, though GDAL finds it.
    warnings.simplefilter("ignore")
    import pyogrio  # noqa: F401  (re-exported for the other core modules)
    import pyogrio.raw  # noqa: F401

from .errors import CrsError, InputError
from .messages import tr


# Creation option for every GeoPackage the core writes: GDAL 3.13 writes 1.4 unless asked, and the
# GDAL 3.6 of QGIS 3.22 warns on every 1.4 file it opens.
GPKG_1_2 = {"VERSION": "1.2"}


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
        raise CrsError(tr("Système de coordonnées illisible : « {wkt_or_code} ».",
                          wkt_or_code=wkt_or_code[:60]))
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


def pixel_grid(geometry: np.ndarray, resolution: float):
    """``(x0, y1, width, height)`` of the north-up grid of ``resolution`` (m), aligned on its multiples,
    that covers ``geometry``; a resolution that is not positive is refused."""
    import math
    import shapely
    if not resolution > 0:
        raise InputError(tr("Résolution du raster invalide : {resolution}.", resolution=resolution))
    minx, miny, maxx, maxy = shapely.total_bounds(geometry)
    x0 = math.floor(minx / resolution) * resolution
    y1 = math.ceil(maxy / resolution) * resolution
    return x0, y1, int(math.ceil((maxx - x0) / resolution)), int(math.ceil((y1 - miny) / resolution))


class PolygonBurner:
    """Polygons written once to a temporary FlatGeobuf with a spatial index, then
    burnt window by window as their index (pixel-centre rule; -1 where none).

    Only the polygons a window reaches are read for it, so a département is
    rasterised strip by strip in bounded memory.
    """

    def __init__(self, geoms: np.ndarray, crs: str, index: Optional[np.ndarray] = None,
                 workdir: Optional[str] = None):
        import shapely
        self._dir = tempfile.mkdtemp(prefix="ocsge_burn_", dir=workdir)
        path = os.path.join(self._dir, "polygons.fgb")
        index = np.arange(len(geoms)) if index is None else index
        try:
            pyogrio.raw.write(path, shapely.to_wkb(geoms), [np.asarray(index, dtype="int32")], ["_idx"],
                              driver="FlatGeobuf", geometry_type="Unknown", crs=crs)
        except BaseException:
            shutil.rmtree(self._dir, ignore_errors=True)
            raise
        self._crs = srs_from(crs).ExportToWkt()
        self._ds = ogr.Open(path)
        self._layer = self._ds.GetLayer(0)
        self._mem = gdal.GetDriverByName("MEM")

    def burn(self, x0: float, ytop: float, width: int, height: int, xres: float, yres: float):
        """Polygon indices on a ``width`` × ``height`` grid from (x0, ytop) with
        pixel sizes ``xres`` and ``yres`` (negative, north-up); None when no
        polygon reaches the window."""
        ybottom = ytop + yres * height
        self._layer.SetSpatialFilterRect(x0, min(ytop, ybottom), x0 + xres * width, max(ytop, ybottom))
        if self._layer.GetFeatureCount() == 0:
            return None
        self._layer.ResetReading()
        mem = self._mem.Create("", width, height, 1, gdal.GDT_Int32)
        mem.SetGeoTransform((x0, xres, 0.0, ytop, 0.0, yres))
        mem.SetProjection(self._crs)
        mem.GetRasterBand(1).Fill(-1)
        with quiet_gdal():
            err = gdal.RasterizeLayer(mem, [1], self._layer, options=["ATTRIBUTE=_idx"])
        if err != 0:
            raise InputError(tr("Rastérisation des polygones impossible : {detail}.",
                                detail=last_gdal_error()))
        return mem.GetRasterBand(1).ReadAsArray()

    def close(self) -> None:
        self._layer = self._ds = None
        shutil.rmtree(self._dir, ignore_errors=True)

    def __enter__(self) -> "PolygonBurner":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


__all__ = ["PolygonBurner", "gdal", "ogr", "osr", "pyogrio", "quiet_gdal", "last_gdal_error", "srs_from",
           "crs_label", "same_crs", "reproject"]
