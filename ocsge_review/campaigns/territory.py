"""The part of a département a campaign covers: an extent or polygons (communes…)."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from typing import Optional, Sequence, Tuple

import numpy as np
import shapely

from ..errors import CrsError, InputError
from ..messages import tr
from ..geo import crs_label, pyogrio, reproject, same_crs
from ..model.model_output import ModelOutput, describe_source, repair_polygons
from pyogrio.errors import DataLayerError, DataSourceError, FieldError  # after .geo: quiet import

log = logging.getLogger(__name__)

Extent = Tuple[float, float, float, float]


@dataclass
class Territory:
    """What the user asked for; :meth:`resolve` turns it into an :class:`Area`.

    Exactly one of ``extent`` (xmin, ymin, xmax, ymax in the campaign's CRS),
    ``path`` (a vector file, with optional ``layer`` and OGR SQL ``where``) or
    ``wkb`` (polygons in ``crs``, e.g. features selected in QGIS) is given.
    """
    extent: Optional[Extent] = None
    path: Optional[str] = None
    layer: Optional[str] = None
    where: Optional[str] = None
    wkb: Optional[Sequence[bytes]] = None
    crs: Optional[str] = None
    label: str = ""

    @classmethod
    def parse_extent(cls, text: str) -> "Territory":
        """``XMIN,YMIN,XMAX,YMAX`` as typed on a command line."""
        try:
            values = tuple(float(v) for v in text.split(","))
        except ValueError:
            values = ()
        if len(values) != 4:
            raise InputError(tr("Emprise « {text} » illisible : quatre nombres XMIN,YMIN,XMAX,YMAX attendus.",
                                text=text))
        return cls(extent=values)  # type: ignore[arg-type]

    def resolve(self, crs: str) -> "Area":
        """The territory in the campaign's ``crs``; raises InputError/CrsError in the user's language."""
        given = [self.extent is not None, self.path is not None, self.wkb is not None]
        if sum(given) != 1:
            raise InputError(tr("Territoire : donnez soit une emprise, soit une couche de polygones."))
        if self.extent is not None:
            return _extent_area(self.extent)
        if self.path is not None:
            geoms, source_crs = _read_polygons(self.path, self.layer, self.where)
            info = {"kind": "layer", "file": self.path, "layer": self.layer, "where": self.where}
            name = f"« {describe_source(self.path)} »"
        else:
            geoms = shapely.from_wkb(np.asarray(list(self.wkb), dtype=object))
            source_crs = self.crs
            info = {"kind": "polygons", "label": self.label}
            name = f"« {self.label or 'sélection'} »"
            if not len(geoms):
                raise InputError(tr("Territoire {name} : aucun polygone sélectionné.", name=name))
        if not source_crs:
            raise CrsError(tr("Territoire {name} : pas de système de coordonnées.", name=name))
        if not same_crs(source_crs, crs):
            log.info(tr("Territoire {name} reprojeté de {source} vers {target}", name=name, source=crs_label(source_crs),
                        target=crs_label(crs)))
            info["reprojected_from"] = crs_label(source_crs)
            geoms = reproject(geoms, source_crs, crs)
        geoms = _polygonal(geoms)
        if not len(geoms):
            raise InputError(tr("Territoire {name} : aucun polygone utilisable.", name=name))
        info["features"] = int(len(geoms))
        return Area(geoms=geoms, name=name, description=info)


@dataclass
class Area:
    """A resolved territory: which model polygons belong to it.

    A polygon belongs when its ``point_on_surface`` falls inside; extents are
    half-open ([xmin, xmax) × [ymin, ymax)) so that adjacent extents partition.
    """
    name: str
    description: dict
    geoms: Optional[np.ndarray] = None
    extent: Optional[Extent] = None
    _tree: Optional[shapely.STRtree] = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if self.geoms is not None:
            self.extent = tuple(float(v) for v in shapely.total_bounds(self.geoms))
            self._tree = shapely.STRtree(self.geoms)
            area = shapely.area(shapely.union_all(self.geoms))
        else:
            xmin, ymin, xmax, ymax = self.extent
            area = (xmax - xmin) * (ymax - ymin)
        self.description["area_km2"] = round(float(area) / 1e6, 3)

    @property
    def bbox(self) -> Extent:
        return self.extent

    def mask(self, geometry: np.ndarray) -> np.ndarray:
        points = shapely.point_on_surface(geometry)
        if self._tree is None:
            xmin, ymin, xmax, ymax = self.extent
            x, y = shapely.get_x(points), shapely.get_y(points)
            return (x >= xmin) & (x < xmax) & (y >= ymin) & (y < ymax)
        inside = np.zeros(len(points), dtype=bool)
        hits = self._tree.query(points, predicate="intersects")
        inside[hits[0]] = True
        return inside

    def select(self, data: ModelOutput) -> ModelOutput:
        """The model polygons of this territory; refuses a territory that holds none."""
        keep = self.mask(data.geometry)
        if not keep.any():
            raise InputError(tr("Le territoire {name} ne recouvre aucun polygone de "
                                "« {source} » (emprise {extent}).",
                                name=self.name, source=describe_source(data.source), extent=_fmt(self.extent)))
        self.description["polygons"] = int(keep.sum())
        return data.subset(keep)


def _fmt(extent: Extent) -> str:
    return ", ".join(f"{v:.0f}" for v in extent)


def _extent_area(extent: Extent) -> Area:
    xmin, ymin, xmax, ymax = (float(v) for v in extent)
    if not (np.isfinite([xmin, ymin, xmax, ymax]).all() and xmin < xmax and ymin < ymax):
        raise InputError(tr("Emprise invalide ({xmin:g}, {ymin:g}, {xmax:g}, {ymax:g}) : "
                            "il faut XMIN < XMAX et YMIN < YMAX.",
                            xmin=xmin, ymin=ymin, xmax=xmax, ymax=ymax))
    box = (xmin, ymin, xmax, ymax)
    return Area(name=tr("emprise {extent}", extent=_fmt(box)), description={"kind": "extent", "extent": list(box)},
                extent=box)


def _read_polygons(path: str, layer: Optional[str], where: Optional[str]):
    name = describe_source(path)
    if not path.upper().startswith("PG:") and not os.path.exists(path):
        raise InputError(tr("Couche du territoire introuvable : « {path} ».", path=path))
    try:
        meta, _, wkb, _ = pyogrio.raw.read(path, layer=layer, columns=[], where=where or None)
    except (DataSourceError, DataLayerError, FieldError, OSError, ValueError) as exc:
        detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        if where:
            raise InputError(tr("Territoire « {name} » : filtre « {where} » refusé ({detail}).",
                                name=name, where=where, detail=detail)) from None
        raise InputError(tr("Territoire « {name} » illisible ({detail}).",
                            name=name, detail=detail)) from None
    if not len(wkb):
        raise InputError(tr("Territoire « {name} » : aucun objet ne répond au filtre « {where} ».", name=name, where=where)
                         if where else tr("Territoire « {name} » : la couche est vide.", name=name))
    return shapely.from_wkb(wkb), meta.get("crs")


def _polygonal(geoms: np.ndarray) -> np.ndarray:
    """Valid polygons only: invalid ones repaired, lines, points and empties dropped."""
    geoms = geoms[~shapely.is_missing(geoms)]
    invalid = ~shapely.is_valid(geoms)
    if invalid.any():
        log.info(tr("Territoire : {count} géométries invalides réparées", count=int(invalid.sum())))
        geoms = geoms.copy()
        geoms[invalid] = repair_polygons(geoms[invalid])
    keep = np.isin(shapely.get_type_id(geoms), (3, 6)) & ~shapely.is_empty(geoms)
    return geoms[keep]
