"""OCS GE's minimum mapping units: which one a polygon falls under, and the parts of a split below theirs."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Iterable, List, Optional, Sequence, Tuple

import numpy as np
import shapely

from .. import numbers as num
from ..messages import N_, tr

log = logging.getLogger(__name__)

BUILDING_CODE = "CS1.1.1.1"


@dataclass(frozen=True)
class Unit:
    minimum_m2: float
    rule: str           # French template, translated where shown


BUILDING = Unit(200.0, N_("bâtiments : 200 m²"))
BUILT_UP = Unit(500.0, N_("dans la zone construite : 500 m²"))
OUTSIDE = Unit(2500.0, N_("hors de la zone construite : 2 500 m²"))
# Without ZONE_CONSTRUITE, only what holds on both sides of it: below 500 m² is below either unit.
UNKNOWN_ZONE = Unit(500.0, N_("500 m² au moins (zone construite inconnue : 2 500 m² hors d'elle)"))


def unit_for(geom, code_cs: Optional[str], zone=None) -> Unit:
    """The unit ``geom`` (coded ``code_cs``) falls under; ``zone`` is the built-up zone's geometry
    (None: unknown). A polygon is inside the zone when a point inside it is."""
    if code_cs == BUILDING_CODE:
        return BUILDING
    if zone is None:
        return UNKNOWN_ZONE
    return BUILT_UP if shapely.intersects(zone, shapely.point_on_surface(geom)) else OUTSIDE


def warnings(parts: Sequence[Tuple[object, Optional[str]]], zone=None) -> List[str]:
    """One French warning per part of a split (``(geometry, code_cs)``) whose area is below its unit."""
    out = []
    for k, (geom, code) in enumerate(parts, start=1):
        unit = unit_for(geom, code, zone)
        if geom.area < unit.minimum_m2:
            out.append(tr("Partie {part} ({area} m²) sous l'unité minimale de collecte — {rule}.",
                          part=k, area=num.fr(geom.area), rule=tr(unit.rule)))
    return out


def load_zone(source: Optional[Tuple[str, Optional[str]]], bounds) -> Optional[object]:
    """The ZONE_CONSTRUITE polygons of a delivery (``(file, layer)``) that reach ``bounds``, as one
    geometry (empty when none); None when no zone is known or its file is not reachable from here."""
    if not source or not os.path.exists(source[0]):
        return None
    from ..geo import pyogrio
    from pyogrio.errors import DataLayerError, DataSourceError
    try:
        _, _, wkb, _ = pyogrio.raw.read(source[0], layer=source[1], columns=[], bbox=tuple(bounds))
    except (DataSourceError, DataLayerError, OSError) as exc:
        log.warning(tr("Zone construite illisible ({detail}) : unités minimales sans elle.", detail=exc))
        return None
    geoms = shapely.from_wkb(wkb) if len(wkb) else np.array([], dtype=object)
    return shapely.union_all(geoms) if len(geoms) else shapely.Polygon()


def split_warnings(campaign, parts: Iterable[Tuple[bytes, Optional[str]]]) -> List[str]:
    """The warnings for a split's parts (``(WKB, code_cs)``) of ``campaign``, its delivery's
    ZONE_CONSTRUITE read when the campaign has one; what the review panel shows after a split."""
    geoms = [(shapely.from_wkb(bytes(w)), code) for w, code in parts]
    if not geoms:
        return []
    zone_source = (getattr(campaign, "delivery", None) or {}).get("zone_construite")
    zone = load_zone(tuple(zone_source) if zone_source else None,
                     shapely.total_bounds(np.array([g for g, _ in geoms], dtype=object)))
    return warnings(geoms, zone)
