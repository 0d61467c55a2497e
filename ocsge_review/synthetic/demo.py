"""Synthetic départements: OCS GE-like polygons, calibrated model predictions, truth and raster."""
from __future__ import annotations

import contextlib
import logging
import os
import shutil
import tempfile
from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np
import shapely

from ..ocsge import departements
from ..ocsge import nomenclature as nom
from .. import numbers as num
from ..errors import InputError
from ..messages import tr
from ..outputs import check_gpkg_target
from ..feedback import Feedback
from ..geo import GPKG_1_2, PolygonBurner, gdal, pixel_grid, pyogrio, srs_from

log = logging.getLogger(__name__)

MODEL_VERSION = "flair-demo-1.0"
MILLESIME = 2024
MIN_POLYGONS, MAX_POLYGONS = 1_000, 2_000_000
#: The probability raster's layouts: one band per CS code (described), or FLAIR-HUB's (19 COSIA
#: classes, rounded uint8, no band names: it is read with ``--classes flair-hub``).
RASTER_MODELS = ("ocsge", "flair-hub")

# Zones of the landscape and the grid side (m) of their parcels. The generating
# points are jittered by at most JITTER × side around their cell's centre, so
# that two points are at least (1 − 2 × JITTER) × side apart and every Voronoi
# cell holds a disc of that diameter: 36 m cells are ≥ 500 m² (built-up MMU),
# 144 m cells ≥ 2 500 m² (MMU outside the built-up zone).
URBAN, PERIURBAN, RURAL = 0, 1, 2
ZONE_NAMES = ("urbain", "périurbain", "rural")
SIDE = {URBAN: 36.0, PERIURBAN: 72.0, RURAL: 144.0}
JITTER = 0.1
MMU = {"building": 200.0, "built_up": 500.0, "outside": 2500.0}

# P(couverture | zone), leaf codes of the nomenclature.
_CS_MIX = {
    URBAN: {"CS1.1.1.1": .45, "CS1.1.1.2": .30, "CS2.2.1": .11, "CS2.1.1.1": .06, "CS1.1.2.1": .03,
            "CS1.1.2.2": .02, "CS1.2.2": .01, "CS2.1.2": .02},
    PERIURBAN: {"CS1.1.1.1": .22, "CS1.1.1.2": .20, "CS2.2.1": .33, "CS2.1.1.1": .10, "CS1.1.2.1": .05,
                "CS1.1.2.2": .03, "CS2.1.2": .04, "CS1.2.1": .01, "CS1.2.2": .02},
    RURAL: {"CS2.2.1": .52, "CS2.1.1.1": .12, "CS2.1.1.2": .05, "CS2.1.1.3": .03, "CS2.1.3": .05,
            "CS2.1.2": .05, "CS1.2.1": .02, "CS1.2.2": .03, "CS1.1.1.2": .04, "CS1.1.1.1": .03,
            "CS1.1.2.1": .02, "CS1.1.2.2": .005, "CS2.2.2": .005},
}
# P(usage | couverture); herbaceous land depends on the zone (see _us_mix).
_US_MIX = {
    "CS1.1.1.1": {"US5": .55, "US235": .12, "US3": .14, "US2": .10, "US1.1": .05, "US4.2": .03, "US4.3": .01},
    "CS1.1.1.2": {"US4.1.1": .60, "US5": .10, "US3": .10, "US2": .08, "US235": .05, "US4.2": .04,
                  "US4.1.2": .02, "US4.1.3": .01},
    "CS1.1.2.1": {"US4.1.2": .20, "US1.3": .20, "US2": .15, "US3": .15, "US4.1.1": .10, "US6.1": .10, "US5": .10},
    "CS1.1.2.2": {"US3": .40, "US5": .30, "US2": .10, "US4.3": .10, "US6.1": .10},
    "CS1.2.1": {"US6.3": .50, "US1.3": .20, "US6.1": .20, "US1.1": .10},
    "CS1.2.2": {"US6.3": .50, "US4.1.4": .15, "US1.4": .15, "US3": .10, "US4.3": .10},
    "CS1.2.3": {"US6.3": 1.0},
    "CS2.1.1.1": {"US1.2": .70, "US6.3": .15, "US3": .08, "US5": .05, "US1.1": .02},
    "CS2.1.1.2": {"US1.2": .85, "US6.3": .10, "US3": .05},
    "CS2.1.1.3": {"US1.2": .75, "US6.3": .15, "US3": .10},
    "CS2.1.2": {"US6.3": .50, "US1.1": .25, "US1.2": .15, "US6.2": .10},
    "CS2.1.3": {"US1.1": 1.0},
    "CS2.2.2": {"US1.1": .50, "US6.3": .50},
}
_HERBACEOUS_US = {
    RURAL: {"US1.1": .85, "US6.3": .05, "US3": .03, "US4.1.1": .03, "US5": .02, "US6.1": .02},
    "built": {"US5": .45, "US3": .25, "US1.1": .10, "US4.1.1": .10, "US6.1": .05, "US6.2": .05},
}

# Which classes the model mixes up, and how separable each true class is (d′ of
# a two-class signal: the model errs with probability Φ(−mu)).
_CS_CONFUSION = {
    "CS1.1.1.1": {"CS1.1.1.2": 3, "CS1.1.2.2": 1}, "CS1.1.1.2": {"CS1.1.1.1": 2, "CS1.1.2.1": 2},
    "CS1.1.2.1": {"CS1.1.2.2": 3, "CS1.1.1.2": 2, "CS1.2.1": 2}, "CS1.1.2.2": {"CS1.1.2.1": 3, "CS1.1.1.2": 1},
    "CS1.2.1": {"CS1.1.2.1": 2, "CS2.2.1": 1}, "CS1.2.2": {"CS1.2.1": 1, "CS2.2.1": 1},
    "CS1.2.3": {"CS1.2.1": 1}, "CS2.1.1.1": {"CS2.1.1.3": 3, "CS2.1.2": 1},
    "CS2.1.1.2": {"CS2.1.1.3": 3}, "CS2.1.1.3": {"CS2.1.1.1": 2, "CS2.1.1.2": 2},
    "CS2.1.2": {"CS2.2.1": 3, "CS2.1.1.1": 1}, "CS2.1.3": {"CS2.2.1": 2, "CS2.1.2": 1},
    "CS2.2.1": {"CS2.1.2": 2, "CS2.2.2": 1, "CS1.2.1": 1}, "CS2.2.2": {"CS2.2.1": 3},
}
_CS_MU = {"CS1.1.1.1": 2.4, "CS1.1.1.2": 1.9, "CS1.1.2.1": 1.0, "CS1.1.2.2": 0.9, "CS1.2.1": 1.1,
          "CS1.2.2": 3.0, "CS1.2.3": 3.0, "CS2.1.1.1": 2.0, "CS2.1.1.2": 2.0, "CS2.1.1.3": 1.1,
          "CS2.1.2": 1.0, "CS2.1.3": 1.6, "CS2.2.1": 1.5, "CS2.2.2": 0.8}
_US_CONFUSION = {
    "US1.1": {"US6.3": 3, "US5": 1}, "US1.2": {"US6.3": 3}, "US1.3": {"US6.1": 2, "US2": 1},
    "US1.4": {"US6.3": 2}, "US1.5": {"US1.1": 2}, "US235": {"US5": 2, "US3": 2, "US2": 1},
    "US2": {"US235": 2, "US3": 2, "US4.2": 1}, "US3": {"US235": 2, "US5": 2, "US2": 1},
    "US5": {"US235": 3, "US3": 1}, "US4.1.1": {"US4.2": 1, "US5": 1}, "US4.1.2": {"US4.1.1": 1},
    "US4.1.3": {"US4.1.1": 1}, "US4.1.4": {"US6.3": 1}, "US4.1.5": {"US4.1.1": 1},
    "US4.2": {"US2": 3}, "US4.3": {"US2": 1, "US3": 1}, "US6.1": {"US6.2": 2, "US1.3": 1},
    "US6.2": {"US6.1": 2, "US6.3": 1}, "US6.3": {"US1.1": 2, "US1.2": 1}, "US6.6": {"US6.3": 1},
}
_US_MU = {"US1.1": 1.5, "US1.2": 1.8, "US1.3": 1.2, "US1.4": 1.3, "US1.5": 0.7, "US235": 0.8,
          "US2": 1.0, "US3": 0.9, "US5": 1.4, "US4.1.1": 2.0, "US4.1.2": 2.0, "US4.1.3": 1.8,
          "US4.1.4": 1.6, "US4.1.5": 1.0, "US4.2": 1.0, "US4.3": 1.0, "US6.1": 0.8, "US6.2": 0.7,
          "US6.3": 1.1, "US6.6": 0.5}

_CENTRES = {"32": (500_000.0, 6_280_000.0), "971": (650_000.0, 1_780_000.0),
            "972": (710_000.0, 1_630_000.0), "973": (300_000.0, 450_000.0),
            "974": (340_000.0, 7_660_000.0), "976": (515_000.0, 8_580_000.0)}
_DEFAULT_CENTRE = (650_000.0, 6_650_000.0)


@dataclass
class Demo:
    """A generated département, all arrays aligned by polygon."""
    department: str
    epsg: int
    geometry: np.ndarray
    zone: np.ndarray
    truth_cs: np.ndarray
    truth_us: np.ndarray
    pred_cs: np.ndarray
    pred_us: np.ndarray
    probs_cs: np.ndarray       # n × 14
    probs_us: np.ndarray       # n × 20


def _smooth_field(rng, x, y, scale, waves=6):
    """A smooth random field in [0, 1] from a few random plane waves."""
    acc = np.zeros_like(x)
    for _ in range(waves):
        angle = rng.uniform(0, np.pi)
        freq = 2 * np.pi / (scale * rng.uniform(0.6, 1.6))
        phase = rng.uniform(0, 2 * np.pi)
        acc += np.sin(freq * (x * np.cos(angle) + y * np.sin(angle)) + phase)
    return 0.5 + 0.5 * acc / np.sqrt(waves * 0.5) / 3.0


def _urbanity(x, y, towns):
    u = np.zeros_like(x)
    for tx, ty, radius, weight in towns:
        u = np.maximum(u, weight * np.exp(-((x - tx) ** 2 + (y - ty) ** 2) / (2 * radius ** 2)))
    return u


def _quarters(x: np.ndarray, y: np.ndarray, side: float):
    """Centres of the four cells of size ``side`` that split each cell centred on (x, y)."""
    offsets = np.array([[-1, -1], [-1, 1], [1, -1], [1, 1]]) * side / 2
    return (x[:, None] + offsets[:, 0]).ravel(), (y[:, None] + offsets[:, 1]).ravel()


def _parcel_points(rng, n_target: int, centre: Tuple[float, float]):
    """Generating points on a two-level quadtree refined where towns are."""
    # Expected area per polygon ~ 7 000 m² with the zone mix below; 30 % margin.
    radius = np.sqrt(n_target * 7_000.0 * 1.3 / np.pi)
    half = radius * 1.35
    cx, cy = centre
    n_towns = 3 + n_target // 6_000
    # Towns scale with the territory up to real sizes: a préfecture of a few
    # kilometres, market towns and villages of a few hundred metres.
    towns = [(cx + rng.uniform(-0.7, 0.7) * radius, cy + rng.uniform(-0.7, 0.7) * radius,
              min(3000.0, 0.08 * radius) if i == 0 else min(1200.0, rng.uniform(0.015, 0.04) * radius),
              rng.uniform(0.6, 1.0))
             for i in range(n_towns)]
    coarse = SIDE[RURAL]
    g = np.arange(-half, half, coarse) + coarse / 2
    gx, gy = np.meshgrid(g + cx, g + cy)
    gx, gy = gx.ravel(), gy.ravel()
    u = _urbanity(gx, gy, towns)
    rural = u < 0.25
    # Non-rural cells split in four periurban cells, the urban ones of those in four again.
    px, py = _quarters(gx[~rural], gy[~rural], SIDE[PERIURBAN])
    peri = _urbanity(px, py, towns) < 0.55
    ux, uy = _quarters(px[~peri], py[~peri], SIDE[URBAN])
    points = [np.column_stack([gx[rural], gy[rural]]), np.column_stack([px[peri], py[peri]]),
              np.column_stack([ux, uy])]
    zones = [np.full(rural.sum(), RURAL), np.full(peri.sum(), PERIURBAN), np.full(len(ux), URBAN)]
    pts = np.concatenate(points)
    zone = np.concatenate(zones)
    side = np.vectorize(SIDE.get)(zone)
    pts += rng.uniform(-JITTER, JITTER, pts.shape) * side[:, None]
    return pts, zone, radius


def _tessellate(rng, n: int, centre, feedback: Feedback):
    for attempt in range(4):
        pts, zone, radius = _parcel_points(rng, int(n * (1.25 + 0.5 * attempt)), centre)
        # An irregular département outline: a circle with a wavy radius.
        dx, dy = pts[:, 0] - centre[0], pts[:, 1] - centre[1]
        theta = np.arctan2(dy, dx)
        phases = rng.uniform(0, 2 * np.pi, 3)
        wavy = 1 + 0.12 * np.sin(3 * theta + phases[0]) + 0.07 * np.sin(5 * theta + phases[1]) \
            + 0.04 * np.sin(9 * theta + phases[2])
        rho = np.hypot(dx, dy) / (radius * wavy)
        order = np.argsort(rho, kind="stable")
        # Cells whose point lies near the outer ring are unbounded: keep the n
        # innermost, which all have neighbours on every side.
        if np.sum(rho < 1.25) >= n:
            break
    else:
        raise RuntimeError("could not place enough parcels")
    feedback.step(10)
    cells = shapely.get_parts(shapely.voronoi_polygons(shapely.multipoints(pts)))
    feedback.step(35)
    tree = shapely.STRtree(cells)
    pt_idx, cell_idx = tree.query(shapely.points(pts[order[:n]]), predicate="within")
    geoms = np.empty(n, dtype=object)
    geoms[pt_idx] = cells[cell_idx]
    # Cells come back with the generating order; rounding to the centimetre
    # keeps files small and matches what a delivery stores.
    geoms = shapely.set_precision(geoms, 0.01)
    feedback.step(45)
    return geoms, zone[order[:n]], pts[order[:n]]


def _draw(rng, mix: Dict[str, float], size: int) -> np.ndarray:
    codes = list(mix)
    p = np.array([mix[c] for c in codes], dtype="float64")
    return np.asarray(codes, dtype=object)[rng.choice(len(codes), size=size, p=p / p.sum())]


def _truth(rng, zone: np.ndarray, pts: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    n = len(zone)
    cs = np.empty(n, dtype=object)
    x, y = pts[:, 0], pts[:, 1]
    forest = _smooth_field(rng, x, y, 3000.0)
    for z in (URBAN, PERIURBAN, RURAL):
        rows = np.flatnonzero(zone == z)
        cs[rows] = _draw(rng, _CS_MIX[z], len(rows))
    # Forests come in massifs: in rural land, high "forest" values turn
    # herbaceous parcels into woodland and low ones do the reverse.
    rural = zone == RURAL
    woods = rural & (forest > 0.62) & (cs == "CS2.2.1") & (rng.random(n) < 0.7)
    cs[woods] = _draw(rng, {"CS2.1.1.1": .6, "CS2.1.1.2": .25, "CS2.1.1.3": .15}, int(woods.sum()))
    open_land = rural & (forest < 0.38) & np.isin(cs, ["CS2.1.1.1", "CS2.1.1.2", "CS2.1.1.3"]) \
        & (rng.random(n) < 0.6)
    cs[open_land] = "CS2.2.1"
    us = np.empty(n, dtype=object)
    for code in np.unique(cs):
        rows = np.flatnonzero(cs == code)
        if code == "CS2.2.1":
            for key, sel in ((RURAL, zone[rows] == RURAL), ("built", zone[rows] != RURAL)):
                us[rows[sel]] = _draw(rng, _HERBACEOUS_US[key], int(sel.sum()))
        else:
            us[rows] = _draw(rng, _US_MIX[code], len(rows))
    return cs, us


def _predict(rng, truth: np.ndarray, classes: Sequence[str], confusion, mu) -> np.ndarray:
    """Calibrated-ish class probabilities: a two-class signal between the true
    class and a confusable one (Bayes posterior), plus a small residual mass."""
    n, k = len(truth), len(classes)
    index = {c: i for i, c in enumerate(classes)}
    t_idx = np.array([index[c] for c in truth])
    partner = np.empty(n, dtype="int64")
    for code in np.unique(truth):
        rows = np.flatnonzero(truth == code)
        options = confusion.get(code, {})
        names = list(options) or [c for c in classes if c != code][:1]
        w = np.array([options.get(c, 1.0) for c in names], dtype="float64")
        partner[rows] = np.array([index[c] for c in names])[rng.choice(len(names), len(rows), p=w / w.sum())]
    strength = np.array([mu[c] for c in classes])[t_idx] * rng.lognormal(0.0, 0.35, n)
    signal = rng.normal(strength, 1.0)
    q = 1.0 / (1.0 + np.exp(-2.0 * strength * signal))          # P(true class | signal)
    residual = rng.beta(1.2, 25.0, n)
    rest = rng.gamma(0.3, 1.0, (n, k))
    rest[np.arange(n), t_idx] = 0
    rest[np.arange(n), partner] = 0
    rest /= np.maximum(rest.sum(axis=1, keepdims=True), 1e-12)
    probs = rest * residual[:, None]
    probs[np.arange(n), t_idx] += (1 - residual) * q
    probs[np.arange(n), partner] += (1 - residual) * (1 - q)
    return probs.astype("float32")


def generate(polygons: int = 20_000, seed: int = 1, department: str = "32",
             feedback: Optional[Feedback] = None) -> Demo:
    if not MIN_POLYGONS <= polygons <= MAX_POLYGONS:
        raise InputError(tr("Nombre de polygones hors limites : {polygons} "
                            "(de {min} à {max}).",
                            polygons=polygons, min=MIN_POLYGONS, max=MAX_POLYGONS))
    feedback = feedback or Feedback()
    dep = departements.normalise(department)
    rng = np.random.default_rng(seed)
    centre = _CENTRES.get(dep, _DEFAULT_CENTRE)
    geoms, zone, pts = _tessellate(rng, polygons, centre, feedback.sub(0, 80))
    truth_cs, truth_us = _truth(rng, zone, pts)
    probs_cs = _predict(rng, truth_cs, nom.CS_LEAVES, _CS_CONFUSION, _CS_MU)
    probs_us = _predict(rng, truth_us, nom.US_LEAVES, _US_CONFUSION, _US_MU)
    pred_cs = np.asarray(nom.CS_LEAVES, dtype=object)[probs_cs.argmax(axis=1)]
    pred_us = np.asarray(nom.US_LEAVES, dtype=object)[probs_us.argmax(axis=1)]
    feedback.step(100)
    return Demo(department=dep, epsg=departements.epsg(dep), geometry=geoms, zone=zone,
                truth_cs=truth_cs, truth_us=truth_us, pred_cs=pred_cs, pred_us=pred_us,
                probs_cs=probs_cs, probs_us=probs_us)


def default_resolution(demo: Demo, pixels_per_polygon: float = 40.0) -> float:
    """A pixel size that gives the median polygon about ``pixels_per_polygon`` pixels."""
    typical = float(np.median(shapely.area(demo.geometry)))
    return max(0.2, round(np.sqrt(typical / pixels_per_polygon) * 2) / 2)


def _top3(probs: np.ndarray, classes: Sequence[str]):
    order = np.argsort(-probs, axis=1, kind="stable")[:, :3]
    return (np.asarray(classes, dtype=object)[order],
            np.round(np.take_along_axis(probs, order, axis=1), 4).astype("float32"))


def write(demo: Demo, out_dir: str, resolution: Optional[float] = None,
          feedback: Optional[Feedback] = None, model: str = "ocsge") -> Dict[str, str]:
    """Write model_output.gpkg, truth.gpkg and probabilities.tif (in ``model``'s layout, one of
    RASTER_MODELS) atomically into out_dir."""
    feedback = feedback or Feedback()
    with contextlib.suppress(OSError):          # a folder that cannot be made is refused just below
        os.makedirs(out_dir, exist_ok=True)
    check_gpkg_target(os.path.join(out_dir, "model_output.gpkg"), tr("Le fichier de sortie"))
    stage = tempfile.mkdtemp(prefix=".demo-", dir=out_dir)
    crs = f"EPSG:{demo.epsg}"
    n = len(demo.geometry)
    ids = np.arange(1, n + 1, dtype="int64")
    wkb = shapely.to_wkb(demo.geometry)
    try:
        cs_codes, cs_p = _top3(demo.probs_cs, nom.CS_LEAVES)
        us_codes, us_p = _top3(demo.probs_us, nom.US_LEAVES)
        fields = ["id", "code_cs", "code_us", "millesime", "source", "model_version"]
        values = [ids, demo.pred_cs, demo.pred_us, np.full(n, MILLESIME, dtype="int32"),
                  np.full(n, "IA", dtype=object), np.full(n, MODEL_VERSION, dtype=object)]
        for dim, codes, p in (("cs", cs_codes, cs_p), ("us", us_codes, us_p)):
            for k in range(3):
                fields += [f"{dim}_top{k + 1}", f"{dim}_p{k + 1}"]
                values += [codes[:, k], p[:, k]]
        pyogrio.raw.write(os.path.join(stage, "model_output.gpkg"), wkb, values, fields,
                          layer="prediction", driver="GPKG", geometry_type="Polygon", crs=crs,
                          dataset_options=GPKG_1_2)
        feedback.step(20)
        pyogrio.raw.write(os.path.join(stage, "truth.gpkg"), wkb,
                          [ids, demo.truth_cs, demo.truth_us,
                           np.asarray(ZONE_NAMES, dtype=object)[demo.zone]],
                          ["id", "code_cs", "code_us", "zone"], layer="truth", driver="GPKG",
                          geometry_type="Polygon", crs=crs, dataset_options=GPKG_1_2)
        feedback.step(30)
        resolution = resolution or default_resolution(demo)
        write_probability_raster(demo, os.path.join(stage, "probabilities.tif"), resolution,
                                 feedback.sub(30, 100), model=model)
        outputs = {}
        for name in ("model_output.gpkg", "truth.gpkg", "probabilities.tif"):
            outputs[name] = os.path.join(out_dir, name)
            os.replace(os.path.join(stage, name), outputs[name])
        return outputs
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def _flair_hub_split() -> np.ndarray:
    """(19 × 14) weights that spread each CS code's probability evenly over the FLAIR-HUB classes the
    shipped table maps to it; codes no class maps to (CS1.1.2.2, CS2.2.2) go to « undefined », as a
    real model would put them nowhere in particular."""
    from ..model.class_tables import load
    table = load("flair-hub")
    split = np.zeros((len(table.rows), len(nom.CS_LEAVES)), dtype="float32")
    undefined = next(b for b, _, c in table.rows if c is None) - 1
    for j, code in enumerate(nom.CS_LEAVES):
        bands = [b - 1 for b, _, c in table.rows if c == code] or [undefined]
        split[bands, j] = 1.0 / len(bands)
    return split


def write_probability_raster(demo: Demo, path: str, resolution: float,
                             feedback: Optional[Feedback] = None, strip_rows: int = 128,
                             model: str = "ocsge") -> None:
    """FLAIR-like couverture probabilities: one uint8 band per class (softmax × 255), per CS code
    (``ocsge``) or per FLAIR-HUB COSIA class (``flair-hub``, rounded as FLAIR-HUB rounds).

    Pixels take the probabilities of the polygons under them, area-weighted
    (polygons are burnt on a grid twice as fine, then averaged 2 × 2), as a
    fine inference resampled to this resolution would; a multiplicative noise
    that keeps each pixel's probabilities summing to one varies them.
    """
    feedback = feedback or Feedback()
    x0, y1, width, height = pixel_grid(demo.geometry, resolution)
    rng = np.random.default_rng(12345)
    k = len(nom.CS_LEAVES)
    split = _flair_hub_split() if model == "flair-hub" else None
    bands = k if split is None else len(split)
    fine = resolution / 2.0
    out = gdal.GetDriverByName("GTiff").Create(
        path, width, height, bands, gdal.GDT_Byte,
        ["TILED=YES", "BLOCKXSIZE=512", "BLOCKYSIZE=512", "COMPRESS=DEFLATE",
         "PREDICTOR=2", "BIGTIFF=IF_SAFER", "INTERLEAVE=BAND"])
    out.SetGeoTransform((x0, resolution, 0.0, y1, 0.0, -resolution))
    out.SetProjection(srs_from(f"EPSG:{demo.epsg}").ExportToWkt())
    if split is None:
        for b, code in enumerate(nom.CS_LEAVES, start=1):
            out.GetRasterBand(b).SetDescription(code)
        out.SetMetadataItem("OCSGE_DIMENSION", "couverture")
    out.SetMetadataItem("OCSGE_MODEL_VERSION", MODEL_VERSION)
    probs = demo.probs_cs
    with PolygonBurner(demo.geometry, f"EPSG:{demo.epsg}") as burner:
        for row0 in range(0, height, strip_rows):
            h = min(strip_rows, height - row0)
            ids = burner.burn(x0, y1 - row0 * resolution, 2 * width, 2 * h, fine, -fine)
            data = np.zeros((bands, h, width), dtype="uint8")
            inside = ids >= 0 if ids is not None else None
            if inside is not None and inside.any():
                acc = np.zeros((k, 2 * h, 2 * width), dtype="float32")
                acc[:, inside] = probs[ids[inside]].T
                summed = acc.reshape(k, h, 2, width, 2).sum(axis=(2, 4))
                count = inside.reshape(h, 2, width, 2).sum(axis=(1, 3))
                covered = count > 0
                pix = summed[:, covered] / count[covered]
                pix *= rng.lognormal(0.0, 0.15, pix.shape).astype("float32")
                pix /= pix.sum(axis=0, keepdims=True)
                if split is not None:
                    pix = split @ pix
                data[:, covered] = np.clip(np.rint(pix * 255.0), 0, 255).astype("uint8")
            for b in range(bands):
                out.GetRasterBand(b + 1).WriteArray(data[b], 0, row0)
            feedback.step(100.0 * (row0 + h) / height)
    out.FlushCache()


def summary(demo: Demo) -> List[str]:
    area = shapely.area(demo.geometry)
    acc_cs = float(np.mean(demo.pred_cs == demo.truth_cs))
    acc_us = float(np.mean(demo.pred_us == demo.truth_us))
    return [tr("Département {department} ({name}), EPSG:{epsg}",
               department=demo.department, name=departements.name(demo.department), epsg=demo.epsg),
            tr("{count} polygones, {area}, surface médiane {median} m²",
               count=num.count(len(area)), area=num.km2(area.sum() / 1e6), median=num.fr(np.median(area))),
            tr("Exactitude du modèle simulé : couverture {cs}, usage {us}",
               cs=num.percent(acc_cs), us=num.percent(acc_us))]
