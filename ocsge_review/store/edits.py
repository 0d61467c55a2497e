"""Rules of geometry corrections (split, merge, reshape) that every store backend applies."""
from __future__ import annotations

from typing import Dict, Sequence

import shapely
from shapely.errors import GEOSException

from .. import numbers as num
from ..errors import CrsError, InputError, OcsgeError
from ..messages import tr

# A split drawn in QGIS snaps to the original's vertices yet still leaves
# slivers from coordinate rounding; OCS GE maps nothing under 50 m² (buildings),
# so a gap, an overflow or an overlap under the larger of 1 m² and 0.1 % of the
# original polygon is noise, not ground that changes class.
SPLIT_TOLERANCE = (1.0, 0.001)      # (m², share of the original's area): the larger applies

# Shared boundaries are compared on a millimetre grid, so that a vertex lying
# on a neighbour's edge up to floating-point noise still makes a common edge.
EDGE_GRID_M = 1e-3


def polygon(wkb: bytes, epsg: int, what: str):
    """The 2-D polygon or multipolygon in ``wkb``, or InputError/CrsError naming ``what``."""
    try:
        geom = shapely.from_wkb(wkb)
    except (GEOSException, TypeError, ValueError):
        raise InputError(tr("{what} : géométrie illisible (WKB attendu).", what=what)) from None
    srid = shapely.get_srid(geom)
    if srid and srid != epsg:
        raise CrsError(tr("{what} est en EPSG:{srid}, la campagne en EPSG:{epsg}.",
                          what=what, srid=srid, epsg=epsg))
    geom = shapely.force_2d(geom)
    if geom.geom_type not in ("Polygon", "MultiPolygon") or geom.is_empty:
        raise InputError(tr("{what} n'est pas un polygone.", what=what))
    if not geom.is_valid:
        raise InputError(tr("{what} n'est pas valide ({reason}).",
                            what=what, reason=shapely.is_valid_reason(geom)))
    if geom.area <= 0:
        raise InputError(tr("{what} a une surface nulle.", what=what))
    return geom


def wkb(geom) -> bytes:
    return shapely.to_wkb(geom, byte_order=1)


def refuse_audit(part: str, item_id: int) -> None:
    if part == "audit":
        raise OcsgeError(tr("L'élément {item_id} fait partie de l'échantillon d'audit : ses polygones doivent "
                            "rester tels quels pour que l'audit mesure la qualité sans biais. Signalez plutôt "
                            "un problème de géométrie.", item_id=item_id))


def check_cover(item_id: int, original, parts: Sequence) -> None:
    """Refuse parts that overlap each other, leave a gap in or overflow ``original``."""
    tolerance = max(SPLIT_TOLERANCE[0], SPLIT_TOLERANCE[1] * original.area)
    within = tr("(tolérance {tolerance})", tolerance=num.m2(tolerance))
    for i in range(len(parts)):
        for j in range(i + 1, len(parts)):
            overlap = shapely.intersection(parts[i], parts[j]).area
            if overlap > tolerance:
                raise InputError(tr("Les parties {i} et {j} du découpage de l'élément {item_id} se "
                                    "chevauchent sur {overlap} {within}.",
                                    i=i + 1, j=j + 1, item_id=item_id, overlap=num.m2(overlap), within=within))
    union = shapely.union_all(parts)
    gap = shapely.difference(original, union).area
    if gap > tolerance:
        raise InputError(tr("Les parties ne couvrent pas l'élément {item_id} : il manque {gap} {within}.",
                            item_id=item_id, gap=num.m2(gap), within=within))
    overflow = shapely.difference(union, original).area
    if overflow > tolerance:
        raise InputError(tr("Les parties débordent de l'élément {item_id} de {overflow} {within}.",
                            item_id=item_id, overflow=num.m2(overflow), within=within))


def shares_edge(geom, others):
    """For each of ``others``: does it share a boundary of positive length with ``geom``?"""
    common = shapely.intersection(shapely.boundary(geom), shapely.boundary(others), grid_size=EDGE_GRID_M)
    return shapely.length(common) > 0


def merged(item_id: int, geom, others: Dict[int, object]):
    """The union of ``geom`` and ``others``, each joining a neighbour of what is already merged."""
    union, left = geom, dict(others)
    while left:
        ids = list(left)
        joining = [i for i, ok in zip(ids, shares_edge(union, [left[i] for i in ids])) if ok]
        if not joining:
            other = ids[0]
            raise InputError(
                tr("L'élément {other} ne touche l'élément {item_id} (ni les éléments déjà fusionnés) que par un "
                   "coin : une fusion ne prend que des voisins ayant une limite commune.",
                   other=other, item_id=item_id)
                if shapely.intersects(union, left[other]) else
                tr("L'élément {other} n'est pas voisin de l'élément {item_id} (ni des éléments déjà fusionnés) : "
                   "une fusion ne prend que des voisins ayant une limite commune.", other=other, item_id=item_id))
        union = shapely.union_all([union, *(left.pop(i) for i in joining)])
    if union.geom_type != "Polygon" or not union.is_valid:
        raise InputError(tr("La fusion sur l'élément {item_id} ne donne pas un seul polygone valide.",
                            item_id=item_id))
    return union


def reshaped_changed_area(old, new, class_changed: bool) -> float:
    """A reshape changes class on all the ground it touches if the codes changed, else on what moved."""
    return float((shapely.union(old, new) if class_changed else shapely.symmetric_difference(old, new)).area)
