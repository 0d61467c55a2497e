"""Per-polygon mean class probabilities from probability rasters, streamed in strips."""
from __future__ import annotations

import glob
import logging
import os
import uuid
from dataclasses import dataclass
from typing import Optional, Sequence, Tuple

import numpy as np
import shapely

from . import class_tables
from ..ocsge import nomenclature as nom
from . import tiles as tiling
from ..errors import CrsError, InputError
from ..messages import tr
from ..feedback import Feedback
from ..geo import PolygonBurner, crs_label, gdal, last_gdal_error, quiet_gdal, reproject, same_crs
from .model_output import probability_divisor

log = logging.getLogger(__name__)

# Pixels handled per strip: bounds memory to about (bands + 4 + 8) bytes × this.
STRIP_PIXELS = 2_000_000


@dataclass
class RasterInfo:
    path: str
    crs: str
    width: int
    height: int
    geotransform: Tuple[float, ...]
    kind: str                      # "classes" (one band per class) or "max" (top-1 probability)
    dimension: Optional[str]       # "cs" / "us" for "classes"
    classes: Tuple[str, ...]
    scale: float                   # multiply raw values by this to get 0–1 (float: known once read)
    nodata: Optional[float]
    tiles: int = 1
    table: Optional[class_tables.ClassTable] = None   # model classes → CS codes (``classes`` are its codes)
    argmax: bool = False           # one band of class indices (with a table): means are pixel shares
    floating: bool = False         # float bands: 0–1, 0–100 or 0–255, told by the values read


@dataclass
class ZonalResult:
    info: RasterInfo
    means: np.ndarray              # (n × classes) float32, NaN where the polygon got no pixel
    pixels: np.ndarray             # pixel count per polygon (0 → centre-point sample or outside)
    sampled: int                   # polygons too small for a pixel centre, sampled at a point
    outside: int                   # polygons the raster does not cover at all
    reprojected_from: Optional[str]


def _dataset(path: str, table: Optional[class_tables.ClassTable] = None):
    if os.path.isdir(path):
        tiles = sorted(glob.glob(os.path.join(path, "*.tif")) + glob.glob(os.path.join(path, "*.tiff")))
        if not tiles:
            raise InputError(tr("Le dossier « {path} » ne contient aucune tuile GeoTIFF (.tif).",
                                path=path))
        vrt = f"/vsimem/ocsge_tiles_{uuid.uuid4().hex}.vrt"
        built = tiling.mosaic(tiles, vrt, nodata=_gap_value(tiles[0], table))
        if built is None:
            raise InputError(tr("Tuiles de « {path} » impossibles à assembler : {detail}.",
                                path=path, detail=last_gdal_error()))
        return built, len(tiles)
    if not os.path.exists(path):
        raise InputError(tr("Raster introuvable : « {path} ».", path=path))
    if os.path.isfile(path) and os.path.getsize(path) == 0:
        raise InputError(tr("Le raster « {path} » est vide.", path=os.path.basename(path)))
    with quiet_gdal():
        ds = gdal.Open(path)
    if ds is None:
        raise InputError(tr("Impossible de lire le raster « {path} » : fichier corrompu "
                            "ou format non reconnu ({detail}).",
                            path=os.path.basename(path), detail=last_gdal_error() or tr('GDAL ne l’ouvre pas')))
    return ds, 1


def _gap_value(tile: str, table: Optional[class_tables.ClassTable]) -> Optional[float]:
    """The value that marks the gaps between argmax tiles that declare no nodata (their 0 is a
    class): the largest value of the type. Probability tiles need none: all-zero pixels are gaps."""
    ds = gdal.Open(tile)
    band = ds.GetRasterBand(1) if ds is not None else None
    if table is None or band is None or ds.RasterCount != 1 or band.GetNoDataValue() is not None:
        return None
    return {gdal.GDT_Byte: 255, gdal.GDT_UInt16: 65535, gdal.GDT_Int16: -1, gdal.GDT_Int32: -1}.get(band.DataType)


def describe_raster(path: str, bands: Optional[Sequence[str]] = None,
                    table: Optional[class_tables.ClassTable] = None):
    """Open a probability raster and tell what its bands hold (through ``table`` when given)."""
    ds, tiles = _dataset(path, table)
    name = os.path.basename(path.rstrip("/"))
    wkt = ds.GetProjection()
    if not wkt:
        raise CrsError(tr("Le raster « {name} » n'a pas de système de coordonnées.", name=name))
    gt = ds.GetGeoTransform()
    if gt[2] != 0 or gt[4] != 0:
        raise InputError(tr("Le raster « {name} » est tourné (géotransformation non alignée) : non pris en charge.",
                            name=name))
    if table is not None:
        return ds, _table_info(ds, path, name, wkt, gt, tiles, table)
    n = ds.RasterCount
    band = ds.GetRasterBand(1)
    dtype = band.DataType
    scale = _probability_scale(dtype, name)
    if bands:
        codes = [nom.normalise_code(b) for b in bands]
        if len(codes) != n:
            raise InputError(tr("{count} classes indiquées pour les {n} bandes de « {name} ».",
                                count=len(codes), n=n, name=name))
    else:
        codes = [nom.normalise_code(ds.GetRasterBand(i + 1).GetDescription()) for i in range(n)]
        if n == 1 and codes[0] is None:
            codes = []
        elif any(c is None for c in codes):
            if n == len(nom.CS_LEAVES):
                codes = list(nom.CS_LEAVES)
            elif n == len(nom.US_LEAVES):
                codes = list(nom.US_LEAVES)
            else:
                raise InputError(tr("Les {n} bandes de « {name} » ne portent pas de code de classe : "
                                    "indiquez l'ordre des classes (option --bands).",
                                    n=n, name=name))
    if codes:
        if any(c is None or not nom.is_leaf(c) for c in codes):
            raise InputError(tr("Bandes de « {name} » : classes inconnues de la nomenclature OCS GE.",
                                name=name))
        dims = {c[:2] for c in codes}
        if len(dims) != 1:
            raise InputError(tr("Le raster « {name} » mélange couverture et usage.", name=name))
        kind, dimension = "classes", dims.pop().lower()
    else:
        kind, dimension = "max", None
    info = RasterInfo(path=path, crs=wkt, width=ds.RasterXSize, height=ds.RasterYSize,
                      geotransform=gt, kind=kind, dimension=dimension, classes=tuple(codes),
                      scale=scale, nodata=band.GetNoDataValue(), tiles=tiles, floating=dtype != gdal.GDT_Byte)
    return ds, info


def _probability_scale(dtype: int, name: str) -> float:
    """What turns probability bands of ``dtype`` into 0–1: 1/255 for uint8; 1 for float bands
    until their values are read (see :func:`_float_divisor`); any other type is refused."""
    if dtype == gdal.GDT_Byte:
        return 1.0 / 255.0
    if dtype in (gdal.GDT_Float32, gdal.GDT_Float64):
        return 1.0
    raise InputError(tr("Le raster « {name} » a des bandes de type {dtype} : "
                        "attendu uint8 (0–255) ou flottant (0–1).",
                        name=name, dtype=gdal.GetDataTypeName(dtype)))


def _table_info(ds, path: str, name: str, wkt: str, gt, tiles: int,
                table: class_tables.ClassTable) -> RasterInfo:
    """What a raster holds read through a class table: one band per model class (probabilities,
    uint8 0–255 or float 0–1), or — one integer band with a table of several classes — the argmax."""
    band = ds.GetRasterBand(1)
    dtype = band.DataType
    integer = dtype in (gdal.GDT_Byte, gdal.GDT_UInt16, gdal.GDT_Int16, gdal.GDT_UInt32, gdal.GDT_Int32)
    argmax = ds.RasterCount == 1 and len(table.rows) > 1 and integer
    scale = 1.0
    if not argmax:
        scale = _probability_scale(dtype, name)
        table.check_bands(ds.RasterCount, name)
    return RasterInfo(path=path, crs=wkt, width=ds.RasterXSize, height=ds.RasterYSize, geotransform=gt,
                      kind="classes", dimension="cs", classes=table.codes, scale=scale,
                      nodata=band.GetNoDataValue(), tiles=tiles, table=table, argmax=argmax,
                      floating=not argmax and dtype != gdal.GDT_Byte)


def _bounds(info: RasterInfo) -> Tuple[float, float, float, float]:
    gt = info.geotransform
    x0, x1 = gt[0], gt[0] + gt[1] * info.width
    y0, y1 = gt[3], gt[3] + gt[5] * info.height
    return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)


def zonal_means(geoms: np.ndarray, crs: str, raster: str, bands: Optional[Sequence[str]] = None,
                feedback: Optional[Feedback] = None, workdir: Optional[str] = None,
                table: Optional[class_tables.ClassTable] = None) -> ZonalResult:
    """Mean of every band over every polygon (pixel-centre rule), memory bounded; with a class
    ``table``, of every CS code the table maps to (its model classes summed, or its pixel share).

    Polygons are burnt strip by strip from a temporary FlatGeobuf with a
    spatial index; the class sums are accumulated with bincount.
    """
    feedback = feedback or Feedback()
    ds, info = describe_raster(raster, bands, table)
    name = os.path.basename(raster.rstrip("/"))
    reprojected_from = None
    if not same_crs(crs, info.crs):
        log.info(tr("Polygones reprojetés de {source} vers {target} pour « {name} »", source=crs_label(crs),
                    target=crs_label(info.crs), name=name))
        reprojected_from = crs_label(crs)
        geoms = reproject(geoms, crs, info.crs)
    n = len(geoms)
    k = len(info.classes) if info.table is not None else ds.RasterCount
    minx, miny, maxx, maxy = _bounds(info)
    gb = shapely.bounds(geoms)
    touching = (gb[:, 0] < maxx) & (gb[:, 2] > minx) & (gb[:, 1] < maxy) & (gb[:, 3] > miny)
    if not touching.any():
        raise InputError(tr("Le raster « {name} » ne recouvre aucun polygone (emprise du raster : "
                            "{minx:.0f}, {miny:.0f} – {maxx:.0f}, {maxy:.0f} en {crs}).",
                            name=name, minx=minx, miny=miny, maxx=maxx, maxy=maxy, crs=crs_label(info.crs)))
    sums = np.zeros((n, k), dtype="float64")
    pixels = np.zeros(n, dtype="int64")
    span = [np.inf, -np.inf]       # lowest and highest value read under the polygons (float bands)
    idx = np.flatnonzero(touching)
    with PolygonBurner(geoms[idx], info.crs, index=idx, workdir=workdir) as burner:
        feedback.step(5)
        _burn_and_accumulate(ds, info, burner, sums, pixels, span, feedback.sub(5, 95),
                             window=_pixel_window(info, shapely.total_bounds(geoms[idx])))
    means = np.full((n, k), np.nan, dtype="float32")
    got = pixels > 0
    means[got] = (sums[got] / pixels[got, None]).astype("float32")
    # Polygons too thin to hold a pixel centre take the pixel under a point
    # inside them, so that every covered polygon gets a value.
    small = np.flatnonzero(~got & touching)
    sampled = _sample_points(ds, info, geoms[small], small, means, span) if len(small) else 0
    if info.floating:
        info.scale = 1.0 / _float_divisor(span, name)
    means *= np.float32(info.scale)
    outside = int(np.sum(np.isnan(means[:, 0])))
    feedback.step(100)
    return ZonalResult(info=info, means=means, pixels=pixels, sampled=sampled,
                       outside=outside, reprojected_from=reprojected_from)


def _pixel_window(info: RasterInfo, bounds) -> Tuple[int, int, int, int]:
    """(col, row, width, height) of the raster pixels under ``bounds``, so that a
    commune of a département's raster reads a commune's pixels."""
    gt = info.geotransform
    xs = sorted(((bounds[0] - gt[0]) / gt[1], (bounds[2] - gt[0]) / gt[1]))
    ys = sorted(((bounds[1] - gt[3]) / gt[5], (bounds[3] - gt[3]) / gt[5]))
    col0, col1 = max(0, int(np.floor(xs[0]))), min(info.width, int(np.ceil(xs[1])))
    row0, row1 = max(0, int(np.floor(ys[0]))), min(info.height, int(np.ceil(ys[1])))
    return col0, row0, max(1, col1 - col0), max(1, row1 - row0)


def _float_divisor(span, name: str) -> float:
    """The scale of a float raster's values, by the same rule as probability fields; values
    that are no probabilities (logits, scores) are refused, never clipped into shape."""
    low, high = span
    divisor = probability_divisor(low, high)
    if divisor is None:
        raise InputError(tr("Le raster « {name} » contient des valeurs de {low:g} à {high:g} sous les polygones : "
                            "ce ne sont pas des probabilités (attendu 0–1, 0–100 ou 0–255 ; des logits doivent "
                            "d'abord passer par un softmax).", name=name, low=low, high=high))
    return divisor


def _widen(span, data: np.ndarray, inside: np.ndarray) -> None:
    """Stretch ``span`` (lowest, highest) over the finite values of ``data`` (bands × pixels) at the
    pixels counted (``inside``): never over nodata; band by band, so that no strip is copied whole."""
    for band in data:
        values = band[inside]
        finite = values[np.isfinite(values)]
        if finite.size:
            span[0], span[1] = min(span[0], float(finite.min())), max(span[1], float(finite.max()))


def _burn_and_accumulate(ds, info: RasterInfo, burner: PolygonBurner, sums: np.ndarray, pixels: np.ndarray,
                         span, feedback: Feedback, window: Optional[Tuple[int, int, int, int]] = None) -> None:
    gt = info.geotransform
    col0, row0, width, height = window or (0, 0, info.width, info.height)
    # Strips are whole rows of the raster's blocks, so each compressed block is
    # decoded once, and the blocks read are dropped from GDAL's cache after each
    # strip: the cache is shared with QGIS and holding a département in it would
    # only cost memory.
    block_rows = max(1, ds.GetRasterBand(1).GetBlockSize()[1])
    rows = max(block_rows, (STRIP_PIXELS // max(width, 1)) // block_rows * block_rows)
    start = row0 // block_rows * block_rows
    end = row0 + height
    for y0 in range(start, end, rows):
        h = min(rows, end - y0)
        ids = burner.burn(gt[0] + gt[1] * col0, gt[3] + gt[5] * y0, width, h, gt[1], gt[5])
        if ids is not None and (ids >= 0).any():
            _accumulate(ds, info, ids.ravel(), col0, y0, width, h, sums, pixels, span)
        feedback.step(100.0 * (y0 + h - start) / (end - start))


def _accumulate(ds, info: RasterInfo, ids: np.ndarray, x0: int, y0: int, w: int, h: int, sums: np.ndarray,
                pixels: np.ndarray, span) -> None:
    """Add one strip's pixels to the per-polygon counts and class sums (and, for float bands,
    their values to ``span``)."""
    with quiet_gdal():
        data = ds.ReadAsArray(x0, y0, w, h)
    if data is None:
        raise InputError(tr("Lecture du raster « {path} » impossible à la ligne "
                            "{row} : {detail}.",
                            path=os.path.basename(info.path), row=y0, detail=last_gdal_error()))
    ds.FlushCache()
    k, n = sums.shape[1], len(pixels)
    data = data.reshape(ds.RasterCount, -1)
    if info.table is not None:
        inside = class_tables.accumulate(info.table, info.argmax, info.nodata, data, ids, sums, pixels)
    else:
        inside = ids >= 0
        if info.nodata is not None:
            inside &= data[0] != info.nodata
        sel = ids[inside]
        pixels += np.bincount(sel, minlength=n)
        for b in range(k):
            sums[:, b] += np.bincount(sel, weights=data[b][inside], minlength=n)
    if info.floating:
        _widen(span, data, inside)


def _sample_points(ds, info: RasterInfo, geoms: np.ndarray, rows: np.ndarray,
                   means: np.ndarray, span) -> int:
    pts = shapely.point_on_surface(geoms)
    x, y = shapely.get_x(pts), shapely.get_y(pts)
    gt = info.geotransform
    col = np.floor((x - gt[0]) / gt[1]).astype("int64")
    row = np.floor((y - gt[3]) / gt[5]).astype("int64")
    ok = (col >= 0) & (col < info.width) & (row >= 0) & (row < info.height)
    done = 0
    for r, c, target in zip(row[ok], col[ok], rows[ok]):
        raw = ds.ReadAsArray(int(c), int(r), 1, 1).reshape(-1).astype("float64")
        values = raw
        if info.table is not None:
            values = class_tables.pixel_values(info.table, info.argmax, info.nodata, raw)
            if values is None:
                continue
        elif info.nodata is not None and raw[0] == info.nodata:
            continue
        means[target] = values.astype("float32")
        if info.floating:
            _widen(span, raw[:, None], np.ones(1, dtype=bool))
        done += 1
    return done

