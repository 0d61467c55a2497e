"""Mosaics of delivered raster tiles whose overlap margins are split half-way between neighbours."""
from __future__ import annotations

import os
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np

from ..errors import InputError
from ..geo import gdal, last_gdal_error, quiet_gdal
from ..messages import tr


def _axis_crops(starts: np.ndarray, ends: np.ndarray, res: float) -> Dict[float, Tuple[int, int]]:
    """Pixels to drop at the start and the end of each line of tiles along one axis.

    Tiles of a grid share their starts; where a line of tiles ends past the next one's start,
    the overlap is split half-way, so that each pixel is taken from the tile in which it lies
    farthest from an edge (an inference's least reliable pixels are at its tile's borders).
    """
    lines = sorted(set(starts.tolist()))
    end_of = {s: float(ends[starts == s].max()) for s in lines}
    crops = {s: [0, 0] for s in lines}
    for a, b in zip(lines, lines[1:]):
        overlap = int(round((end_of[a] - b) / res))
        if overlap > 0:
            crops[a][1] = overlap // 2
            crops[b][0] = overlap - overlap // 2
    return {s: (c[0], c[1]) for s, c in crops.items()}


def mosaic(tiles: Sequence[str], vrt: str, nodata: Optional[float] = None):
    """A VRT of ``tiles`` (GeoTIFF paths) with their overlap margins cropped; ``nodata``, when the
    tiles declare none, is the value of the gaps between tiles. Tiles that differ in their number
    of bands are refused (GDAL would leave some out). Returns the opened dataset, or None when GDAL
    cannot assemble them (``last_gdal_error()`` says why)."""
    boxes: List[Tuple[float, float, int, int, float, float]] = []
    counts = set()
    for path in tiles:
        with quiet_gdal():
            ds = gdal.Open(path)
        if ds is None:
            raise InputError(tr("Tuile « {path} » illisible : {detail}.", path=path, detail=last_gdal_error()))
        gt = ds.GetGeoTransform()
        boxes.append((gt[0], gt[3], ds.RasterXSize, ds.RasterYSize, gt[1], gt[5]))
        counts.add(ds.RasterCount)
    if len(counts) > 1:
        raise InputError(tr("Les tuiles de « {path} » n'ont pas toutes le même nombre de bandes.",
                            path=os.path.dirname(tiles[0])))
    box = np.array(boxes, dtype="float64")
    xres, yres = abs(box[0, 4]), abs(box[0, 5])
    x_crops = _axis_crops(box[:, 0], box[:, 0] + box[:, 2] * xres, xres)
    # Rows run downwards: measure along −y so that "start" is a tile's top.
    y_crops = _axis_crops(-box[:, 1], -box[:, 1] + box[:, 3] * yres, yres)
    sources = []
    for path, (x0, y0, w, h, _, _) in zip(tiles, boxes):
        left, right = x_crops[x0]
        top, bottom = y_crops[-y0]
        if left or right or top or bottom:
            # The cropped tile as inline VRT XML (GDAL opens a source given as XML): no temporary
            # file to outlive the mosaic.
            with quiet_gdal():
                cropped = gdal.Translate("", path, format="VRT",
                                         srcWin=[left, top, max(1, w - left - right), max(1, h - top - bottom)])
            sources.append(cropped.GetMetadata("xml:VRT")[0])
        else:
            sources.append(path)
    with quiet_gdal():
        built = gdal.BuildVRT(vrt, sources, **({"VRTNodata": nodata} if nodata is not None else {}))
    if built is not None:
        built.FlushCache()
    return built
