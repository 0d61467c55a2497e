"""Synthetic orthophotos of a demo département, natural colour and infrared colour, rendered from its truth."""
from __future__ import annotations

import math
import os
import shutil
import tempfile
from typing import Dict, Optional

import numpy as np
import shapely

from ..errors import InputError
from ..feedback import Feedback
from ..geo import PolygonBurner, gdal, pixel_grid, quiet_gdal, srs_from
from ..messages import tr

NATURAL, INFRARED = "orthophoto_rvb.tif", "orthophoto_irc.tif"
TILE = 256          # rows rendered at once = the tile height: each JPEG tile is written once
#: At most this many pixels per picture: a 2 M-polygon demo gets coarser pixels, not a 30 GB file.
MAX_PIXELS = 400_000_000
OVERVIEWS = (2, 4, 8, 16, 32, 64)


def ortho_resolution(geometry: np.ndarray, pixels_per_polygon: float = 4000.0) -> float:
    """Pixel size (m, a multiple of 0.5) giving the median polygon about ``pixels_per_polygon`` pixels,
    coarsened until the whole picture holds at most MAX_PIXELS."""
    typical = float(np.median(shapely.area(geometry)))
    resolution = max(0.5, round(math.sqrt(typical / pixels_per_polygon) * 2) / 2)
    minx, miny, maxx, maxy = shapely.total_bounds(geometry)
    while (maxx - minx) * (maxy - miny) / resolution ** 2 > MAX_PIXELS:
        resolution += 0.5
    return resolution


def _hash01(ix: np.ndarray, iy: np.ndarray, salt: int) -> np.ndarray:
    """A reproducible uniform value in [0, 1) for each integer lattice point (ix, iy)."""
    h = (ix.astype(np.uint32) * np.uint32(0x8DA6B343)) ^ (iy.astype(np.uint32) * np.uint32(0xD8163841))
    h ^= np.uint32(salt & 0xFFFFFFFF)
    h ^= h >> np.uint32(13)
    h *= np.uint32(0x5BD1E995)
    h ^= h >> np.uint32(15)
    return (h >> np.uint32(8)).astype(np.float32) / np.float32(1 << 24)


def _value_noise(rows: np.ndarray, cols: np.ndarray, scale: float, salt: int) -> np.ndarray:
    """Smooth noise in [0, 1) at ``scale`` pixels, a function of the global pixel position only,
    so that strips rendered one after the other join without a seam."""
    fy, fx = rows / scale, cols / scale
    iy0, ix0 = np.floor(fy).astype(np.int64), np.floor(fx).astype(np.int64)
    ty, tx = fy - iy0, fx - ix0
    ty, tx = ty * ty * (3 - 2 * ty), tx * tx * (3 - 2 * tx)
    gy = np.arange(iy0.min(), iy0.max() + 2)
    gx = np.arange(ix0.min(), ix0.max() + 2)
    grid = _hash01(gx[None, :], gy[:, None], salt)
    ry = iy0 - gy[0]
    across = grid[ry] * (1 - ty)[:, None] + grid[ry + 1] * ty[:, None]
    rx = ix0 - gx[0]
    return (across[:, rx] * (1 - tx)[None, :] + across[:, rx + 1] * tx[None, :]).astype(np.float32)


# Colours as (red, green, blue, near infrared), 0–255. Vegetation is bright in the infrared and
# shows red in the infrared-colour picture; water is black there; roofs, asphalt and soil are not.
_WATER = (38, 68, 82, 14)
_SNOW = (236, 238, 246, 190)
_SOIL = (152, 126, 96, 128)
_MINERAL = (178, 172, 160, 150)
_ASPHALT = (82, 84, 88, 62)
_ROOFS = ((172, 92, 70, 96), (108, 108, 116, 90), (196, 190, 180, 170))
_GARDEN = (96, 124, 70, 185)
_PAVED = (126, 124, 118, 110)
_SHADOW = (28, 30, 36, 22)
_BROADLEAF = (74, 112, 52, 200)
_CONIFER = (38, 66, 46, 120)
_SHRUB = (92, 104, 62, 160)
_VINE = (78, 110, 50, 175)
_FIELDS = ((100, 140, 60, 205), (198, 182, 110, 215), (128, 104, 80, 86), (142, 170, 92, 190))
_COMPOSITE = ((168, 82, 62, 60), (62, 128, 72, 58))
_HEATH = (124, 120, 82, 132)


class _Strip:
    """One strip of the picture: the polygon under each pixel and the shared noise fields, flattened
    (row after row), so that a class's pixels are taken by their indices rather than by a mask of
    the whole strip."""

    def __init__(self, ids: np.ndarray, row0: int, seed: int, rng: np.random.Generator):
        h, w = ids.shape
        self.row0, self.width = row0, w
        self.ids = ids.ravel()
        rows = np.arange(row0, row0 + h, dtype=np.float64)
        cols = np.arange(w, dtype=np.float64)
        self.grain = rng.random((h, w), dtype=np.float32).ravel()
        self.crowns = _value_noise(rows, cols, 2.6, seed + 1).ravel()
        self.small = _value_noise(rows, cols, 1.7, seed + 2).ravel()
        self.patches = _value_noise(rows, cols, 9.0, seed + 3).ravel()
        self.large = _value_noise(rows, cols, 40.0, seed + 4).ravel()
        self.rgbn = np.zeros((4, h * w), dtype=np.float32)

    def paint(self, mask: np.ndarray, colour, factor: np.ndarray | float = 1.0) -> None:
        self.rgbn[:, mask] = np.asarray(colour, dtype=np.float32)[:, None] * factor

    def palette(self, mask: np.ndarray, colours, variant: np.ndarray) -> np.ndarray:
        """(4 × pixels of ``mask``) the colour of ``colours`` each polygon draws by its ``variant``."""
        return np.asarray(colours, dtype=np.float32)[variant[self.ids[mask]] % len(colours)].T

    def coords(self, mask: np.ndarray):
        """The picture's row and column of each pixel of ``mask`` (indices into the strip)."""
        return self.row0 + mask // self.width, mask % self.width

    def stripes(self, mask: np.ndarray, angle: np.ndarray, period: float) -> np.ndarray:
        """A wave across each polygon's own direction (tractor lines, vine rows), in [0, 1]."""
        r, c = self.coords(mask)
        a = angle[self.ids[mask]]
        return 0.5 + 0.5 * np.sin(2 * np.pi * (c * np.cos(a) + r * np.sin(a)) / period)


def _houses(strip: _Strip, mask: np.ndarray, variant: np.ndarray, period: int) -> None:
    """Built-up land: roofs on a grid, their two slopes lit differently, a shadow to the south-east,
    paths and gardens between them."""
    r, c = (v.astype(np.int64) % period for v in strip.coords(mask))
    side = period - 2
    on_roof = (r < side) & (c < side)
    shadow = ~on_roof & (r <= side) & (c <= side)
    colours = strip.palette(mask, _ROOFS, variant)
    slope = np.where(r < side // 2, 1.12, 0.86).astype(np.float32)
    grain = 0.94 + 0.12 * strip.grain[mask]
    ground = np.where(strip.patches[mask] > 0.55, 1, 0)
    ground_colours = np.asarray((_PAVED, _GARDEN), dtype=np.float32)[ground].T
    out = np.where(on_roof, colours * slope * grain, ground_colours * (0.85 + 0.3 * strip.small[mask]))
    out = np.where(shadow, np.asarray(_SHADOW, dtype=np.float32)[:, None], out)
    strip.rgbn[:, mask] = out


def _trees(strip: _Strip, mask: np.ndarray, colour, crowns: np.ndarray) -> np.ndarray:
    """Crowns lit from the north-west with dark gaps; returns the brightness used."""
    lit = np.clip((crowns - 0.25) * 1.8, 0.12, 1.25)
    strip.paint(mask, colour, lit * (0.92 + 0.16 * strip.grain[mask]))
    return lit


def _render(strip: _Strip, cs_index: np.ndarray, codes, angle: np.ndarray, variant: np.ndarray,
            period: int) -> None:
    inside = strip.ids >= 0
    if not inside.any():
        return
    cls = np.full(strip.ids.shape, -1, dtype=np.int16)
    cls[inside] = cs_index[strip.ids[inside]]
    # Each class's pixels, in strip order: one sort of the strip instead of a mask per class.
    order = np.argsort(cls, kind="stable")
    ends = np.cumsum(np.bincount(cls + 1, minlength=len(codes) + 1))
    light = 0.93 + 0.14 * strip.large
    for k, code in enumerate(codes):
        m = order[ends[k]:ends[k + 1]]
        if not len(m):
            continue
        g, p, s = strip.grain[m], strip.patches[m], strip.small[m]
        if code == "CS1.1.1.1":
            _houses(strip, m, variant, period)
        elif code == "CS1.1.1.2":
            marks = strip.stripes(m, angle, 14.0) > 0.985
            strip.paint(m, _ASPHALT, 0.92 + 0.16 * g)
            strip.rgbn[:, m] = np.where(marks, 225.0, strip.rgbn[:, m])
        elif code == "CS1.1.2.1":
            strip.paint(m, _MINERAL, 0.88 + 0.14 * g + 0.1 * p)
        elif code == "CS1.1.2.2":
            colours = strip.palette(m, _COMPOSITE, variant)
            lines = strip.stripes(m, angle, 9.0) > 0.97
            strip.rgbn[:, m] = np.where(lines, 230.0, colours * (0.95 + 0.1 * g))
        elif code == "CS1.2.1":
            strip.paint(m, _SOIL, 0.8 + 0.3 * p + 0.12 * g)
        elif code == "CS1.2.2":
            strip.paint(m, _WATER, 0.9 + 0.15 * strip.large[m] + 0.03 * g)
        elif code == "CS1.2.3":
            strip.paint(m, _SNOW, 0.96 + 0.05 * g)
        elif code == "CS2.1.1.1":
            _trees(strip, m, _BROADLEAF, 0.7 * strip.crowns[m] + 0.3 * p)
        elif code == "CS2.1.1.2":
            _trees(strip, m, _CONIFER, 0.8 * s + 0.2 * p)
        elif code == "CS2.1.1.3":
            mixed = strip.large[m] > 0.5
            lit = _trees(strip, m, _BROADLEAF, 0.7 * strip.crowns[m] + 0.3 * p)
            conifer = np.asarray(_CONIFER, dtype=np.float32)[:, None] * lit
            strip.rgbn[:, m] = np.where(mixed, conifer, strip.rgbn[:, m])
        elif code == "CS2.1.2":
            shrub = p > 0.5
            strip.paint(m, _SHRUB, 0.75 + 0.5 * s)
            strip.rgbn[:, m] = np.where(shrub, strip.rgbn[:, m],
                                        np.asarray(_FIELDS[1], dtype=np.float32)[:, None] * (0.85 + 0.2 * g))
        elif code == "CS2.1.3":
            rows = strip.stripes(m, angle, 3.0)
            vine = np.asarray(_VINE, dtype=np.float32)[:, None]
            soil = np.asarray(_SOIL, dtype=np.float32)[:, None]
            strip.rgbn[:, m] = vine * rows + soil * (1 - rows)
        elif code == "CS2.2.1":
            colours = strip.palette(m, _FIELDS, variant)
            lines = strip.stripes(m, angle, 6.0)
            strip.rgbn[:, m] = colours * (0.9 + 0.12 * lines + 0.05 * g + 0.04 * p)
        else:
            strip.paint(m, _HEATH, 0.75 + 0.4 * p + 0.1 * g)
    strip.rgbn[:, inside] *= light[inside]


def write_orthophotos(geometry: np.ndarray, truth_cs: np.ndarray, epsg: int, out_dir: str,
                      resolution: Optional[float] = None, seed: int = 1,
                      feedback: Optional[Feedback] = None) -> Dict[str, str]:
    """Write the natural-colour (red, green, blue) and infrared-colour (near infrared, red, green)
    pictures of the polygons' true couverture into ``out_dir``: tiled JPEG GeoTIFFs with overviews,
    replaced whole (a failure leaves any earlier pair as it was)."""
    from ..ocsge import nomenclature as nom

    feedback = feedback or Feedback()
    resolution = resolution or ortho_resolution(geometry)
    x0, y1, width, height = pixel_grid(geometry, resolution)
    codes = list(nom.CS_LEAVES)
    lookup = {c: i for i, c in enumerate(codes)}
    unknown = sorted({c for c in truth_cs if c not in lookup})
    if unknown:
        raise InputError(tr("Code de couverture inconnu : {code}.", code=unknown[0]))
    cs_index = np.fromiter((lookup[c] for c in truth_cs), dtype=np.int16, count=len(truth_cs))
    rng = np.random.default_rng(seed)
    angle = rng.uniform(0, np.pi, len(geometry))
    variant = rng.integers(0, 1 << 16, len(geometry))
    period = max(3, int(round(16.0 / resolution)))       # a house and its plot: about 16 m

    os.makedirs(out_dir, exist_ok=True)
    folder = tempfile.mkdtemp(prefix=".orthophotos-", dir=out_dir)     # as demo.write stages its files
    stage = {name: os.path.join(folder, name) for name in (NATURAL, INFRARED)}
    options = ["TILED=YES", f"BLOCKXSIZE={TILE}", f"BLOCKYSIZE={TILE}", "COMPRESS=JPEG", "JPEG_QUALITY=85",
               "PHOTOMETRIC=YCBCR", "INTERLEAVE=PIXEL", "BIGTIFF=IF_SAFER"]
    try:
        driver = gdal.GetDriverByName("GTiff")
        datasets = {}
        for name, path in stage.items():
            ds = driver.Create(path, width, height, 3, gdal.GDT_Byte, options)
            ds.SetGeoTransform((x0, resolution, 0.0, y1, 0.0, -resolution))
            ds.SetProjection(srs_from(f"EPSG:{epsg}").ExportToWkt())
            bands = ("rouge", "vert", "bleu") if name == NATURAL else ("proche infrarouge", "rouge", "vert")
            for b, description in enumerate(bands, start=1):
                ds.GetRasterBand(b).SetDescription(description)
            ds.SetMetadataItem("OCSGE_SYNTHETIC", "orthophotographie synthétique de démonstration")
            datasets[name] = ds
        strip_rng = np.random.default_rng(seed + 7)
        with PolygonBurner(geometry, f"EPSG:{epsg}") as burner:
            for row0 in range(0, height, TILE):
                h = min(TILE, height - row0)
                ids = burner.burn(x0, y1 - row0 * resolution, width, h, resolution, -resolution)
                if ids is None:
                    ids = np.full((h, width), -1, dtype=np.int32)
                strip = _Strip(ids, row0, seed, strip_rng)
                _render(strip, cs_index, codes, angle, variant, period)
                pixels = np.clip(np.rint(strip.rgbn), 0, 255).astype(np.uint8).reshape(4, h, width)
                red, green, blue, nir = pixels
                for name, planes in ((NATURAL, (red, green, blue)), (INFRARED, (nir, red, green))):
                    datasets[name].WriteRaster(0, row0, width, h, np.stack(planes).tobytes(),
                                               band_list=[1, 2, 3])
                feedback.step(80.0 * (row0 + h) / height)
        for ds in datasets.values():
            ds.FlushCache()
        datasets.clear()
        levels = [f for f in OVERVIEWS if max(width, height) / f >= TILE / 2] or [2]
        overview_options = {"COMPRESS_OVERVIEW": "JPEG", "PHOTOMETRIC_OVERVIEW": "YCBCR",
                            "INTERLEAVE_OVERVIEW": "PIXEL"}
        with quiet_gdal():
            for option, value in overview_options.items():
                gdal.SetConfigOption(option, value)
            try:
                for done, path in enumerate(stage.values(), start=1):
                    ds = gdal.Open(path, gdal.GA_Update)
                    ds.BuildOverviews("AVERAGE", levels)
                    ds = None
                    feedback.step(80.0 + 20.0 * done / len(stage))
            finally:
                for option in overview_options:
                    gdal.SetConfigOption(option, None)
        outputs = {}
        for name, path in stage.items():
            outputs[name] = os.path.join(out_dir, name)
            os.replace(path, outputs[name])
        return outputs
    finally:
        shutil.rmtree(folder, ignore_errors=True)
