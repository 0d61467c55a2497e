"""Per-polygon confidence and uncertainty scores, and the job that writes them."""
from __future__ import annotations

import json
import logging
import os
import time
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence

import numpy as np
import shapely

from ..ocsge import nomenclature as nom
from .class_tables import ClassTable
from .. import numbers as num
from ..errors import InputError
from ..messages import tr
from ..outputs import atomic_gpkg, check_gpkg_target
from ..feedback import Feedback
from ..geo import GPKG_1_2, crs_label, pyogrio
from .model_output import FieldMapping, ModelOutput, describe_source, read_model_output
from .zonal import ZonalResult, zonal_means

log = logging.getLogger(__name__)

OUTPUT_LAYER = "confidence"
TOP_K = 3


@dataclass
class Scores:
    """Confidence of one dimension for every polygon (NaN where unknown)."""
    top1: np.ndarray          # probability of the most likely class
    margin: np.ndarray        # top-1 minus top-2
    entropy: np.ndarray       # Shannon entropy normalised to 0–1 by log(classes)
    top_codes: np.ndarray     # (n × TOP_K) object, None where unknown
    top_probs: np.ndarray     # (n × TOP_K) float32
    source: str               # "raster", "probabilities", "top-k", "field", "none"


def scores_from_probabilities(probs: np.ndarray, classes: Sequence[str], source: str,
                              block: int = 100_000) -> Scores:
    """Scores from a probability matrix; rows are renormalised to sum to 1.

    Rows that are all NaN (no information) give NaN scores. Rows are scored in
    blocks so that the float64 temporaries stay small on a département.
    """
    n, k = probs.shape
    out = Scores(top1=np.full(n, np.nan, dtype="float32"), margin=np.full(n, np.nan, dtype="float32"),
                 entropy=np.full(n, np.nan, dtype="float32"),
                 top_codes=np.full((n, TOP_K), None, dtype=object),
                 top_probs=np.full((n, TOP_K), np.nan, dtype="float32"), source=source)
    labels = np.asarray(classes, dtype=object)
    for start in range(0, n, block):
        rows = slice(start, min(n, start + block))
        raw = probs[rows]
        p = np.clip(np.nan_to_num(raw.astype("float64"), nan=0.0), 0.0, None)
        total = p.sum(axis=1)
        known = (total > 0) & ~np.all(np.isnan(raw), axis=1)
        p[known] /= total[known, None]
        order = np.argsort(-p, axis=1, kind="stable")[:, :TOP_K]
        top = np.take_along_axis(p, order, axis=1)
        with np.errstate(divide="ignore", invalid="ignore"):
            ent = -np.sum(np.where(p > 0, p * np.log(p), 0.0), axis=1) / np.log(k)
        nan = np.where(known, 1.0, np.nan)
        codes = labels[order]
        codes[~known] = None
        out.top1[rows] = top[:, 0] * nan
        out.margin[rows] = (top[:, 0] - (top[:, 1] if k > 1 else 0)) * nan
        out.entropy[rows] = ent * nan
        out.top_codes[rows, :order.shape[1]] = codes
        out.top_probs[rows, :order.shape[1]] = top * nan[:, None]
    return out


def scores_from_field(conf: Optional[np.ndarray], predicted: np.ndarray, source: str) -> Scores:
    """A single confidence value per polygon: top-1 only, no margin or entropy."""
    n = len(predicted)
    top1 = conf.astype("float32") if conf is not None else np.full(n, np.nan, dtype="float32")
    codes = np.full((n, TOP_K), None, dtype=object)
    probs = np.full((n, TOP_K), np.nan, dtype="float32")
    codes[:, 0] = predicted
    probs[:, 0] = top1
    empty = np.full(n, np.nan, dtype="float32")
    return Scores(top1=top1, margin=empty, entropy=empty.copy(), top_codes=codes, top_probs=probs,
                  source=source if conf is not None else "none")


def _merge(primary: Scores, fallback: Scores) -> Scores:
    """Take ``primary`` where it is known, ``fallback`` elsewhere."""
    use = ~np.isnan(primary.top1)
    pick = lambda a, b: np.where(use[:, None] if a.ndim == 2 else use, a, b)  # noqa: E731
    return Scores(top1=pick(primary.top1, fallback.top1), margin=pick(primary.margin, fallback.margin),
                  entropy=pick(primary.entropy, fallback.entropy),
                  top_codes=pick(primary.top_codes, fallback.top_codes),
                  top_probs=pick(primary.top_probs, fallback.top_probs), source=primary.source)


def vector_scores(model: ModelOutput, dim: str) -> Scores:
    predicted = model.code_cs if dim == "cs" else model.code_us
    if model.probs.get(dim) is not None:
        kind = model.mapping.confidence_kind(dim)
        s = scores_from_probabilities(model.probs[dim], model.classes[dim], kind)
        return _merge(s, scores_from_field(model.conf.get(dim), predicted, "field"))
    return scores_from_field(model.conf.get(dim), predicted, "field")


def raster_scores(zonal: ZonalResult) -> Scores:
    if zonal.info.kind == "classes":
        return scores_from_probabilities(zonal.means, zonal.info.classes, "raster")
    n = len(zonal.means)
    return scores_from_field(zonal.means[:, 0], np.full(n, None, dtype=object), "raster")


@dataclass
class ConfidenceReport:
    out_path: str
    layer_name: str
    polygons: int
    repaired: int
    dropped_empty: int
    multipart: int
    sources: Dict[str, str]
    reprojected_from: Optional[str] = None
    raster_crs: Optional[str] = None
    outside_raster: int = 0
    sampled_small: int = 0
    classes: Optional[dict] = None    # the class table used (ClassTable.to_dict()), if any
    area_km2: float = 0.0
    seconds: float = 0.0
    notes: List[str] = field(default_factory=list)

    def summary(self) -> str:
        labels = {"raster": tr("raster de probabilités"), "probabilities": tr("probabilités par classe"),
                  "top-k": tr("classes et probabilités top-k"), "field": tr("champ de confiance"),
                  "none": tr("aucune (non calculée)")}
        lines = [tr("{count} polygones ({area}) écrits dans « {out_path} » (couche « {layer} ») en {seconds} s.",
                    count=num.count(self.polygons), area=num.km2(self.area_km2), out_path=self.out_path,
                    layer=self.layer_name, seconds=num.fr(self.seconds, 1)),
                 tr("Confiance en couverture : {cs} ; en usage : {us}.",
                    cs=labels[self.sources['cs']], us=labels[self.sources['us']])]
        if self.repaired:
            lines.append(tr("{count} géométries invalides réparées.", count=self.repaired))
        if self.dropped_empty:
            lines.append(tr("{count} géométries vides ignorées.", count=self.dropped_empty))
        if self.multipart:
            lines.append(tr("{count} polygones multiparties conservés tels quels.", count=self.multipart))
        if self.reprojected_from:
            lines.append(tr("Polygones reprojetés de {reprojected_from} vers {raster_crs} "
                            "pour lire le raster (surfaces calculées dans le système d'origine).",
                            reprojected_from=self.reprojected_from, raster_crs=self.raster_crs))
        if self.sampled_small:
            lines.append(tr("{count} polygones plus petits qu'un pixel : valeur du pixel "
                            "sous un point intérieur.", count=self.sampled_small))
        if self.outside_raster:
            lines.append(tr("{count} polygones hors du raster : confiance tirée des champs "
                            "de la couche quand ils existent, sinon vide.", count=self.outside_raster))
        lines.extend(self.notes)
        return "\n".join(lines)


def compute_confidence(model: str, layer: Optional[str] = None, raster: Optional[str] = None,
                       mapping: Optional[FieldMapping] = None, bands: Optional[Sequence[str]] = None,
                       feedback: Optional[Feedback] = None, workdir: Optional[str] = None,
                       within=None, classes: Optional[ClassTable] = None):
    """Read a model output and score every polygon; returns (data, scores, report).

    ``classes`` reads the raster's bands as model classes mapped to CS codes (class_tables.py).

    ``within`` (a :class:`territory.Area`) keeps only its polygons, before the
    raster is read: the zonal statistics are the costly step.

    ``report.out_path`` is empty: writing is the caller's job (a confidence
    GeoPackage, or a review campaign).
    """
    feedback = feedback or Feedback()
    if raster is not None and not os.path.exists(raster):
        raise InputError(tr("Raster introuvable : « {raster} ».", raster=raster))
    data = read_model_output(model, layer, mapping, feedback.sub(0, 30),
                             bbox=within.bbox if within is not None else None)
    if within is not None:
        data = within.select(data)
    scores = {"cs": vector_scores(data, "cs"), "us": vector_scores(data, "us")}
    report = ConfidenceReport(out_path="", layer_name=OUTPUT_LAYER, polygons=len(data),
                              repaired=data.repaired, dropped_empty=data.dropped_empty,
                              multipart=data.multipart, sources={})
    if raster is not None:
        zonal = zonal_means(data.geometry, data.crs, raster, bands, feedback.sub(30, 100), workdir=workdir,
                            table=classes)
        dim = zonal.info.dimension or "cs"
        scores[dim] = _merge(raster_scores(zonal), scores[dim])
        if zonal.info.kind == "max":
            report.notes.append(tr("Raster à une seule bande (probabilité maximale) : ni marge ni "
                                   "entropie pour la couverture."))
        report.reprojected_from = zonal.reprojected_from
        report.raster_crs = crs_label(zonal.info.crs)
        report.outside_raster = zonal.outside
        report.sampled_small = zonal.sampled
        if classes is not None:
            report.classes = classes.to_dict()
            report.notes.append(classes.describe())
            if zonal.info.argmax:
                report.notes.append(tr("Raster de classes (argmax) : la confiance est la part des pixels "
                                       "de la classe majoritaire."))
    report.sources = {d: sc.source for d, sc in scores.items()}
    feedback.step(100)
    return data, scores, report


def run_confidence(model: str, out: str, layer: Optional[str] = None, raster: Optional[str] = None,
                   mapping: Optional[FieldMapping] = None, bands: Optional[Sequence[str]] = None,
                   feedback: Optional[Feedback] = None, classes: Optional[ClassTable] = None) -> ConfidenceReport:
    """Read a model output, compute per-polygon confidence, write OUT atomically."""
    started = time.monotonic()
    feedback = feedback or Feedback()
    out_dir = check_gpkg_target(out, tr("Le fichier de sortie"))
    data, scores, report = compute_confidence(model, layer, raster, mapping, bands,
                                              feedback.sub(0, 88), workdir=out_dir, classes=classes)
    report.out_path = out
    area = shapely.area(data.geometry)
    report.area_km2 = float(area.sum() / 1e6)
    _write(out, data, scores, area, feedback.sub(88, 100), report.classes)
    report.seconds = time.monotonic() - started
    log.info(tr("Confiance calculée : {summary}", summary=report.summary().splitlines()[0]))
    return report


def output_columns(data: ModelOutput, scores: Dict[str, Scores], area: np.ndarray) -> Dict[str, np.ndarray]:
    """The per-polygon fields of the confidence layer, by name, in order."""
    cols: Dict[str, np.ndarray] = {"source_id": np.asarray(data.source_id).astype(str).astype(object),
                                   "code_cs": data.code_cs, "code_us": data.code_us}
    for dim in ("cs", "us"):
        s = scores[dim]
        cols.update({f"conf_{dim}": s.top1, f"margin_{dim}": s.margin, f"entropy_{dim}": s.entropy})
    for dim in ("cs", "us"):
        s = scores[dim]
        for k in range(TOP_K):
            cols[f"{dim}_top{k + 1}"] = s.top_codes[:, k]
            cols[f"{dim}_p{k + 1}"] = s.top_probs[:, k]
    cols["artif"] = _artificialised(data.code_cs, data.code_us)
    cols["area_m2"] = area.astype("float64")
    return cols


def _artificialised(code_cs: np.ndarray, code_us: np.ndarray) -> np.ndarray:
    pairs = np.char.add(code_cs.astype(str), np.char.add("|", code_us.astype(str)))
    uniq, inv = np.unique(pairs, return_inverse=True)
    status = np.array([nom.is_artificialised(*u.split("|")) for u in uniq], dtype="int16")
    return status[inv]


def _write(out: str, data: ModelOutput, scores: Dict[str, Scores], area: np.ndarray,
           feedback: Feedback, classes: Optional[dict] = None) -> None:
    cols = output_columns(data, scores, area)
    fields, values = list(cols), list(cols.values())
    try:
        with atomic_gpkg(out) as tmp:
            feedback.check()
            # The layer type must match every geometry, or GDAL warns in QGIS:
            # any MultiPolygon (even single-part) makes the whole layer multi.
            multi = bool(np.any(shapely.get_type_id(data.geometry) == 6))
            pyogrio.raw.write(tmp, shapely.to_wkb(data.geometry), values, fields, layer=OUTPUT_LAYER,
                              driver="GPKG", geometry_type="MultiPolygon" if multi else "Polygon",
                              crs=data.crs, promote_to_multi=multi, dataset_options=GPKG_1_2,
                              layer_metadata={"ocsge_review_source": describe_source(data.source),
                                              "ocsge_review_confidence_cs": scores["cs"].source,
                                              "ocsge_review_confidence_us": scores["us"].source,
                                              **({"ocsge_review_classes": json.dumps(classes, ensure_ascii=False)}
                                                 if classes else {})})
            feedback.check()
    except OSError as exc:
        raise InputError(tr("Écriture de « {out} » impossible : {exc}.", out=out, exc=exc)) from None
    feedback.step(100)
