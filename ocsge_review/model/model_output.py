"""Reading model-output polygons: field mapping, code checks and geometry repair."""
from __future__ import annotations

import logging
import os
import re
from dataclasses import asdict, dataclass, field, replace
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np
import shapely

from . import delivery
from ..ocsge import nomenclature as nom
from ..geo import crs_label, pyogrio, srs_from
from ..redaction import redact
from pyogrio.errors import DataLayerError, DataSourceError, FieldError  # after .geo: quiet import
from ..errors import CodeError, CrsError, InputError
from ..messages import N_, tr
from ..feedback import Feedback

log = logging.getLogger(__name__)

_ID_NAMES = ("id", "identifiant", "id_origine", "objectid", "fid_1")
_CS_NAMES = ("code_cs", "couverture", "cs", "code_couverture", "pred_cs", "cs_pred")
_US_NAMES = ("code_us", "usage", "us", "code_usage", "pred_us", "us_pred")
_CONF_NAMES = {
    "cs": ("conf_cs", "confidence_cs", "confiance_cs", "score_cs", "proba_cs", "p_cs"),
    "us": ("conf_us", "confidence_us", "confiance_us", "score_us", "proba_us", "p_us"),
    "both": ("confidence", "confiance", "conf", "score", "proba", "probability"),
}
_PROB_PREFIX = re.compile(r"^(?:p|prob|proba|probability|score)[_.]?(?=(cs|us))", re.I)
_TOPK_CLASS = (re.compile(r"^(cs|us)_?(?:top|class|classe|code|k)_?(\d)$", re.I),
               re.compile(r"^(?:top|class|classe|code)_?(\d)_?(cs|us)$", re.I))
_TOPK_PROB = (re.compile(r"^(cs|us)_?(?:p|prob|proba|score|conf)_?(\d)$", re.I),
              re.compile(r"^(?:p|prob|proba|score|conf)_?(\d)_?(cs|us)$", re.I))


@dataclass
class FieldMapping:
    """Which source field plays which role. Confidence per dimension comes from,
    in order of preference: per-class probability fields, top-k class/probability
    field pairs, a single confidence field."""
    id: Optional[str] = None
    cs: Optional[str] = None
    us: Optional[str] = None
    conf_cs: Optional[str] = None
    conf_us: Optional[str] = None
    prob_cs: Dict[str, str] = field(default_factory=dict)
    prob_us: Dict[str, str] = field(default_factory=dict)
    topk_cs: List[Tuple[str, str]] = field(default_factory=list)
    topk_us: List[Tuple[str, str]] = field(default_factory=list)

    def to_dict(self) -> dict:
        d = asdict(self)
        d["topk_cs"] = [list(p) for p in self.topk_cs]
        d["topk_us"] = [list(p) for p in self.topk_us]
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "FieldMapping":
        d = dict(d)
        d["topk_cs"] = [tuple(p) for p in d.get("topk_cs", [])]
        d["topk_us"] = [tuple(p) for p in d.get("topk_us", [])]
        known = {k: d[k] for k in cls.__dataclass_fields__ if k in d}
        return cls(**known)

    def roles(self) -> List[Tuple[str, Optional[str]]]:
        """Flat (role, field) pairs, for display and for command-line overrides."""
        out: List[Tuple[str, Optional[str]]] = [
            ("id", self.id), ("cs", self.cs), ("us", self.us),
            ("conf_cs", self.conf_cs), ("conf_us", self.conf_us)]
        for dim in ("cs", "us"):
            for code, f in getattr(self, f"prob_{dim}").items():
                out.append((f"prob_{dim}:{code}", f))
            for k, (cf, pf) in enumerate(getattr(self, f"topk_{dim}"), start=1):
                out.append((f"{dim}_top{k}", cf))
                out.append((f"{dim}_p{k}", pf))
        return out

    def fields_used(self) -> List[str]:
        return sorted({f for _, f in self.roles() if f})

    def confidence_kind(self, dim: str) -> str:
        if getattr(self, f"prob_{dim}"):
            return "probabilities"
        if getattr(self, f"topk_{dim}"):
            return "top-k"
        if getattr(self, f"conf_{dim}"):
            return "field"
        return "none"

    def with_overrides(self, overrides: Dict[str, Optional[str]]) -> "FieldMapping":
        """Apply ``role=field`` settings (as from ``--map``); an empty field unsets."""
        m = FieldMapping.from_dict(self.to_dict())
        pairs = {dim: [list(p) for p in getattr(m, f"topk_{dim}")] for dim in ("cs", "us")}
        for role, fname in overrides.items():
            fname = fname or None
            if role in ("id", "cs", "us", "conf_cs", "conf_us"):
                setattr(m, role, fname)
            elif role == "conf":
                m.conf_cs = m.conf_us = fname
            elif role.startswith(("prob_cs:", "prob_us:")):
                dim, code = role[5:7], nom.normalise_code(role.split(":", 1)[1])
                if code is None or not nom.is_leaf(code):
                    raise CodeError(tr("Correspondance de champs : « {role} » ne désigne pas une classe OCS GE.",
                                       role=role))
                probs = getattr(m, f"prob_{dim}")
                if fname:
                    probs[code] = fname
                else:
                    probs.pop(code, None)
            else:
                hit = re.match(r"^(cs|us)_(top|p)(\d)$", role)
                if not hit:
                    raise InputError(tr("Correspondance de champs : rôle inconnu « {role} ».",
                                        role=role))
                dim, what, k = hit.group(1), hit.group(2), int(hit.group(3))
                while len(pairs[dim]) < k:
                    pairs[dim].append([None, None])
                pairs[dim][k - 1][0 if what == "top" else 1] = fname
        for dim in ("cs", "us"):
            setattr(m, f"topk_{dim}", [tuple(p) for p in pairs[dim] if p[0] and p[1]])
        return m


def detect_mapping(field_names: Sequence[str]) -> FieldMapping:
    """Guess the roles of fields from their names, whatever their case."""
    lower = {f.lower(): f for f in field_names}

    def first(names):
        return next((lower[n] for n in names if n in lower), None)

    m = FieldMapping(id=first(_ID_NAMES), cs=first(_CS_NAMES), us=first(_US_NAMES))
    both = first(_CONF_NAMES["both"])
    m.conf_cs = first(_CONF_NAMES["cs"]) or both
    m.conf_us = first(_CONF_NAMES["us"]) or both
    used = {m.id, m.cs, m.us, m.conf_cs, m.conf_us}
    topk: Dict[str, Dict[int, List[Optional[str]]]] = {"cs": {}, "us": {}}
    for f in field_names:
        if f in used:
            continue
        stem = _PROB_PREFIX.sub("", f)
        code = nom.normalise_code(stem)
        if code and nom.is_leaf(code):
            dim = "cs" if code.startswith("CS") else "us"
            getattr(m, f"prob_{dim}")[code] = f
            continue
        for i, patterns in enumerate((_TOPK_CLASS, _TOPK_PROB)):
            for pat_i, pat in enumerate(patterns):
                hit = pat.match(f)
                if hit:
                    dim, k = (hit.group(1), hit.group(2)) if pat_i == 0 else (hit.group(2), hit.group(1))
                    topk[dim.lower()].setdefault(int(k), [None, None])[i] = f
    for dim in ("cs", "us"):
        pairs = [tuple(topk[dim][k]) for k in sorted(topk[dim])]
        setattr(m, f"topk_{dim}", [p for p in pairs if p[0] and p[1]])
        # A lone predicted-class field with per-class probabilities is enough;
        # fewer than two probability fields is more likely a coincidence of names.
        if len(getattr(m, f"prob_{dim}")) < 2:
            setattr(m, f"prob_{dim}", {})
    return m


@dataclass
class LayerInfo:
    source: str
    layer: str
    fields: List[str]
    crs: Optional[str]
    count: int
    geometry_type: str
    mapping: FieldMapping


def describe_source(source: str) -> str:
    """A name for messages; never the password of a database connection."""
    if source.upper().startswith("PG:"):
        return redact(source)
    return os.path.basename(source.rstrip("/")) or source


def _open_error(source: str, exc: Exception) -> InputError:
    name = describe_source(source)
    if not source.upper().startswith("PG:") and not os.path.exists(source):
        return InputError(tr("Fichier introuvable : « {source} ».", source=source))
    if not source.upper().startswith("PG:") and os.path.isfile(source) and os.path.getsize(source) == 0:
        return InputError(tr("Le fichier « {name} » est vide.", name=name))
    return InputError(tr("Impossible de lire « {name} » : fichier corrompu ou format non reconnu "
                         "({detail}).",
                         name=name, detail=describe_source(str(exc)).splitlines()[0] if str(exc) else type(exc).__name__))


def list_layers(source: str) -> List[str]:
    try:
        layers = pyogrio.list_layers(source)
    except (DataSourceError, DataLayerError, OSError) as exc:
        raise _open_error(source, exc) from None
    return [str(name) for name, gtype in layers if gtype is not None]


def _pick_layer(source: str, layer: Optional[str]) -> str:
    layers = list_layers(source)
    if layer is not None:
        if layer not in layers:
            raise InputError(tr("« {source} » ne contient pas de couche « {layer} » "
                                "(couches : {layers}).",
                                source=describe_source(source), layer=layer, layers=', '.join(layers) or tr('aucune')))
        return layer
    if not layers:
        raise InputError(tr("« {source} » ne contient aucune couche géographique.",
                            source=describe_source(source)))
    preferred = [n for n in layers if n.lower() in ("prediction", "occupation_sol")]
    if len(layers) > 1 and not preferred:
        raise InputError(tr("« {source} » contient plusieurs couches "
                            "({layers}) : précisez laquelle.",
                            source=describe_source(source), layers=', '.join(layers)))
    return preferred[0] if preferred else layers[0]


def inspect(source: str, layer: Optional[str] = None) -> LayerInfo:
    source, layer, _ = delivery.resolve(source, layer)     # an IGN delivery: its OCCUPATION_SOL
    layer = _pick_layer(source, layer)
    try:
        info = pyogrio.read_info(source, layer=layer)
    except (DataSourceError, DataLayerError, OSError) as exc:
        raise _open_error(source, exc) from None
    fields = [str(f) for f in info["fields"]]
    return LayerInfo(source=source, layer=layer, fields=fields, crs=info.get("crs"),
                     count=int(info.get("features", -1)),
                     geometry_type=str(info.get("geometry_type")), mapping=detect_mapping(fields))


@dataclass
class ModelOutput:
    """Polygons of one model output, ready for confidence computation.

    Arrays are aligned; probabilities are per dimension: ``probs[dim]`` is an
    (n × len(classes[dim])) float32 matrix (NaN where unknown), or None.
    """
    source: str
    layer: str
    crs: str
    source_id: np.ndarray
    code_cs: np.ndarray
    code_us: np.ndarray
    geometry: np.ndarray
    conf: Dict[str, Optional[np.ndarray]]
    probs: Dict[str, Optional[np.ndarray]]
    classes: Dict[str, Tuple[str, ...]]
    mapping: FieldMapping
    repaired: int = 0
    dropped_empty: int = 0
    multipart: int = 0

    def __len__(self) -> int:
        return len(self.geometry)

    def subset(self, keep: np.ndarray) -> "ModelOutput":
        """The polygons where ``keep`` is true, every array cut alike."""
        cut = lambda a: None if a is None else a[keep]  # noqa: E731
        return replace(self, source_id=self.source_id[keep], code_cs=self.code_cs[keep],
                       code_us=self.code_us[keep], geometry=self.geometry[keep],
                       conf={d: cut(a) for d, a in self.conf.items()},
                       probs={d: cut(a) for d, a in self.probs.items()},
                       multipart=int(np.sum(shapely.get_num_geometries(self.geometry[keep]) > 1)))


def _code_indices(values: np.ndarray, source: str, fname: str, dim: str,
                  allow_missing: bool = False) -> np.ndarray:
    """Class indices (int16, into the dimension's leaves; -1 where empty) for a
    column of codes written any delivered way. Unknown codes raise, with counts."""
    indices, unknown = nom.leaf_indices(values, dim, allow_blank=allow_missing)
    if unknown:
        listed = ", ".join(f"« {u} » ({n})" for u, n in unknown[:5])
        more = " " + tr("et {count} autres", count=len(unknown) - 5) if len(unknown) > 5 else ""
        raise CodeError(tr("« {source} », champ « {fname} » : codes de {dim} "
                           "inconnus de la nomenclature OCS GE : {listed}{more}.",
                           source=describe_source(source), fname=fname, dim=tr(dim), listed=listed, more=more))
    return indices


def probability_divisor(low: float, high: float) -> Optional[float]:
    """What divides values spanning ``low``–``high`` into 0–1 probabilities: 1, 100 or 255 (the
    scales models deliver); None when they cannot be probabilities (negative, or past 255)."""
    if low < -1e-6:
        return None
    for divisor in (1.0, 100.0, 255.0):
        if high <= divisor + 1e-6:
            return divisor
    return None


def _float_field(values, source: str, fname: str) -> np.ndarray:
    """Probabilities in 0–1, whether the field holds 0–1, 0–100 or 0–255."""
    try:
        arr = np.asarray(values, dtype="float32")
    except (TypeError, ValueError):
        raise InputError(tr("« {source} », champ « {fname} » : valeurs non numériques.",
                            source=describe_source(source), fname=fname)) from None
    finite = arr[np.isfinite(arr)]
    if not finite.size:
        return arr
    divisor = probability_divisor(float(finite.min()), float(finite.max()))
    if divisor is None and finite.min() < -1e-6:
        raise InputError(tr("« {source} », champ « {fname} » : probabilités négatives.",
                            source=describe_source(source), fname=fname))
    if divisor is None:
        raise InputError(tr("« {source} », champ « {fname} » : probabilités hors de "
                            "[0, 1] (max {top:g}).",
                            source=describe_source(source), fname=fname, top=finite.max()))
    return arr if divisor == 1.0 else arr / np.float32(divisor)


def _require_probabilities(mapping: FieldMapping, floats: Dict[str, np.ndarray], name: str) -> None:
    """Refuse probability fields that hold no value at all: the scores would be invented."""
    for dim, label in (("cs", nom.COUVERTURE), ("us", nom.USAGE)):
        fields = ([pf for _, pf in getattr(mapping, f"topk_{dim}")]
                  or list(getattr(mapping, f"prob_{dim}").values()))
        # No polygon read at all is refused later, as such.
        if fields and len(floats[fields[0]]) and not any(np.isfinite(floats[f]).any() for f in fields):
            raise InputError(tr("« {name} » : les champs de probabilité de {dim} ({fields}) sont vides pour "
                                "tous les polygones : aucune confiance à en tirer ; retirez-les de la "
                                "correspondance des champs ou livrez-les remplis.",
                                name=name, dim=tr(label), fields=", ".join(fields)))


def _read_columns(source: str, layer: str, columns: List[str], geometry: bool = False,
                  bbox: Optional[Tuple[float, float, float, float]] = None):
    try:
        meta, fids, wkb, values = pyogrio.raw.read(source, layer=layer, columns=columns, bbox=bbox,
                                                   read_geometry=geometry, return_fids=geometry)
    except (DataSourceError, DataLayerError, FieldError, OSError) as exc:
        raise _open_error(source, exc) from None
    return fids, wkb, dict(zip(meta["fields"], values))


def read_model_output(source: str, layer: Optional[str] = None,
                      mapping: Optional[FieldMapping] = None,
                      feedback: Optional[Feedback] = None,
                      bbox: Optional[Tuple[float, float, float, float]] = None) -> ModelOutput:
    """Read, check and repair a model output; raises an OcsgeError naming the problem.

    With ``bbox`` only the polygons that reach it are read (through the
    source's spatial index): a commune of a département costs a commune.

    Geometries, numeric fields and each code field are read in separate passes
    and codes become small integers at once: a string column of a département
    costs gigabytes as Python objects, a pass over one column costs little.
    """
    feedback = feedback or Feedback()
    info = inspect(source, layer)
    source = info.source                                    # an IGN delivery: its OCCUPATION_SOL
    name = describe_source(source)
    mapping = mapping or info.mapping
    missing = [f for f in mapping.fields_used() if f not in info.fields]
    if missing:
        raise InputError(tr("« {name} » : champs absents de la couche « {layer} » : "
                            "{missing} (champs présents : {fields}).",
                            name=name, layer=info.layer, missing=', '.join(missing), fields=', '.join(info.fields)))
    for role, label in (("cs", N_("couverture (code_cs)")), ("us", N_("usage (code_us)"))):
        if not getattr(mapping, role):
            raise InputError(tr("« {name} » : aucun champ de {label} trouvé parmi "
                                "{fields} ; indiquez-le dans la correspondance des champs.",
                                name=name, label=tr(label), fields=', '.join(info.fields) or tr('aucun champ')))
    if not info.crs or "undefined" in crs_label(info.crs).lower():
        raise CrsError(tr("« {name} » n'a pas de système de coordonnées : impossible de calculer "
                          "les surfaces. Définissez-le (EPSG:2154 en métropole).", name=name))
    _require_projected(info.crs, name)
    if "POLYGON" not in info.geometry_type.upper() and info.geometry_type.upper() not in ("UNKNOWN", "GEOMETRY"):
        raise InputError(tr("« {name} » : la couche « {layer} » contient des géométries "
                            "{geometry_type}, pas des polygones.",
                            name=name, layer=info.layer, geometry_type=info.geometry_type))
    feedback.step(2)

    # Codes first: a wrong file fails fast, before the geometries are read.
    code_roles = [(mapping.cs, nom.COUVERTURE, False), (mapping.us, nom.USAGE, False)]
    code_roles += [(cf, nom.COUVERTURE, True) for cf, _ in mapping.topk_cs]
    code_roles += [(cf, nom.USAGE, True) for cf, _ in mapping.topk_us]
    codes: Dict[str, np.ndarray] = {}
    for i, (fname, dim, optional) in enumerate(code_roles):
        if fname not in codes:
            _, _, col = _read_columns(source, info.layer, [fname], bbox=bbox)
            codes[fname] = _code_indices(col[fname], source, fname, dim, allow_missing=optional)
        feedback.step(2 + 28 * (i + 1) / len(code_roles))
    float_names = sorted({f for f in ([mapping.conf_cs, mapping.conf_us]
                                      + [pf for _, pf in mapping.topk_cs + mapping.topk_us]
                                      + list(mapping.prob_cs.values()) + list(mapping.prob_us.values()))
                          if f})
    floats: Dict[str, np.ndarray] = {}
    if float_names:
        _, _, col = _read_columns(source, info.layer, float_names, bbox=bbox)
        floats = {f: _float_field(col[f], source, f) for f in float_names}
        del col
        _require_probabilities(mapping, floats, name)
    ids = None
    if mapping.id:
        _, _, col = _read_columns(source, info.layer, [mapping.id], bbox=bbox)
        ids = np.asarray(col[mapping.id])
    feedback.step(40)
    fids, wkb, _ = _read_columns(source, info.layer, [], geometry=True, bbox=bbox)
    if len(fids) == 0 and bbox is not None:
        raise InputError(tr("« {name} » : aucun polygone de la couche « {layer} » dans l'emprise "
                            "{bbox} du territoire demandé.",
                            name=name, layer=info.layer, bbox=', '.join(f'{v:.0f}' for v in bbox)))
    if len(fids) == 0:
        raise InputError(tr("« {name} » : la couche « {layer} » ne contient aucun polygone.",
                            name=name, layer=info.layer))
    geoms = np.empty(len(wkb), dtype=object)
    for start in range(0, len(wkb), 100_000):
        # Free each slice of WKB as soon as it is converted: both at once would
        # double the memory a département's geometries take.
        geoms[start:start + 100_000] = shapely.from_wkb(wkb[start:start + 100_000])
        wkb[start:start + 100_000] = None
    del wkb
    feedback.step(70)

    empty = shapely.is_missing(geoms) | shapely.is_empty(geoms)
    keep = ~empty
    geoms = geoms[keep]
    if not len(geoms):
        raise InputError(tr("« {name} » : toutes les géométries sont vides.", name=name))
    gtype = shapely.get_type_id(geoms)
    if np.any((gtype != 3) & (gtype != 6)):
        raise InputError(tr("« {name} » : {count} géométries ne sont pas des polygones.",
                            name=name, count=int(np.sum((gtype != 3) & (gtype != 6)))))
    invalid = ~shapely.is_valid(geoms)
    repaired = int(invalid.sum())
    if repaired:
        geoms[invalid] = repair_polygons(geoms[invalid])
        still_empty = shapely.is_empty(geoms)
        if still_empty.any():
            idx = np.flatnonzero(keep)
            keep[idx[still_empty]] = False
            geoms = geoms[~still_empty]
    feedback.step(85)

    leaves = {dim: np.asarray(nom.LEAVES[dim], dtype=object) for dim in nom.DIMENSIONS}
    out = ModelOutput(
        source=source, layer=info.layer, crs=info.crs,
        source_id=(ids if ids is not None else np.asarray(fids))[keep],
        code_cs=leaves[nom.COUVERTURE][codes[mapping.cs][keep]],
        code_us=leaves[nom.USAGE][codes[mapping.us][keep]],
        geometry=geoms, conf={}, probs={}, classes={}, mapping=mapping,
        repaired=repaired, dropped_empty=int((~keep).sum()),
        multipart=int(np.sum(shapely.get_num_geometries(geoms) > 1)))
    for dim, dname in (("cs", nom.COUVERTURE), ("us", nom.USAGE)):
        out.classes[dim] = nom.LEAVES[dname]
        conf_field = getattr(mapping, f"conf_{dim}")
        out.conf[dim] = floats[conf_field][keep] if conf_field else None
        out.probs[dim] = _probability_matrix(mapping, dim, codes, floats, keep, len(out.classes[dim]))
    if repaired:
        log.info(tr("{name} : {count} géométries invalides réparées", name=name, count=repaired))
    feedback.step(100)
    return out


def _probability_matrix(mapping: FieldMapping, dim: str, codes: Dict[str, np.ndarray],
                        floats: Dict[str, np.ndarray], keep: np.ndarray, k: int) -> Optional[np.ndarray]:
    n = int(keep.sum())
    prob_fields = getattr(mapping, f"prob_{dim}")
    if prob_fields:
        index = {c: i for i, c in enumerate(nom.LEAVES[nom.COUVERTURE if dim == "cs" else nom.USAGE])}
        mat = np.zeros((n, k), dtype="float32")
        for code, fname in prob_fields.items():
            mat[:, index[code]] = np.nan_to_num(floats[fname][keep])
        return mat
    pairs = getattr(mapping, f"topk_{dim}")
    if not pairs:
        return None
    # Classes outside the top-k share what probability is left, evenly: that is
    # the least informative completion and keeps entropy honest.
    mat = np.full((n, k), np.nan, dtype="float32")
    filled = np.zeros(n, dtype="float32")
    rows = np.arange(n)
    # A polygon whose top-k probabilities are all empty has no confidence here (NaN row), not
    # an even share invented for it.
    blank = np.ones(n, dtype=bool)
    for cf, pf in pairs:
        cls = codes[cf][keep]
        blank &= np.isnan(floats[pf][keep])
        p = np.nan_to_num(floats[pf][keep])
        present = cls >= 0
        mat[rows[present], cls[present]] = p[present]
        filled += np.where(present, p, 0)
    unknown = np.isnan(mat)
    rest = np.clip(1.0 - filled, 0, None) / np.maximum(unknown.sum(axis=1), 1)
    out = np.where(unknown, rest[:, None], mat)
    out[blank] = np.nan
    return out


def repair_polygons(geoms: np.ndarray) -> np.ndarray:
    fixed = shapely.make_valid(geoms)
    out = np.empty(len(fixed), dtype=object)
    for i, g in enumerate(fixed):
        if g.geom_type in ("Polygon", "MultiPolygon"):
            out[i] = g
        else:
            polys = [p for p in getattr(g, "geoms", [g]) if p.geom_type in ("Polygon", "MultiPolygon")]
            out[i] = shapely.union_all(polys) if polys else shapely.Polygon()
    return out


def _require_projected(crs_wkt: str, name: str) -> None:
    if srs_from(crs_wkt).IsGeographic():
        raise CrsError(tr("« {name} » est en coordonnées géographiques ({crs}) : les surfaces "
                          "en m² demandent une projection. Reprojetez en EPSG:2154 (métropole), 5490 "
                          "(Guadeloupe, Martinique), 2972 (Guyane), 2975 (La Réunion) ou 4471 (Mayotte).",
                          name=name, crs=crs_label(crs_wkt)))

