"""Building a review campaign: model output → confidence → triage → review store."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Dict, Optional, Sequence

import numpy as np
import shapely

from ..ocsge import departements
from .. import numbers as num
from ..model.class_tables import ClassTable
from ..model.confidence import ConfidenceReport, compute_confidence, output_columns
from ..errors import CrsError, InputError
from ..messages import tr
from ..feedback import Feedback
from ..geo import crs_label, pyogrio, same_crs
from ..model.delivery import Delivery, resolve
from ..model.model_output import FieldMapping, ModelOutput, describe_source, inspect
from .. import pgconn
from ..store import DEFAULT_SCHEMA, create_store
from ..store.base import Campaign, Clock, ReviewStore
from ..store.rules import ITEM_COLUMNS
from .territory import Territory
from .triage import AUDIT, TriageInputs, TriagePolicy, TriageResult, triage

log = logging.getLogger(__name__)

UNKNOWN_MODEL_VERSION = "inconnue"


@dataclass
class CampaignPlan:
    """What a campaign will hold, shown to the user before anything is written."""
    department: str
    data: ModelOutput
    columns: Dict[str, np.ndarray]
    policy: TriagePolicy
    triage: TriageResult
    confidence: ConfidenceReport
    model_version: str
    territory: Optional[dict] = None
    delivery: Optional[Delivery] = None      # when the model output is an IGN delivery

    def report(self) -> str:
        head = tr("Campagne {department} ({name}) — modèle {model_version}, {count} polygones.",
                  department=self.department, name=departements.name(self.department),
                  model_version=self.model_version, count=len(self.data))
        lines = [head] + ([territory_line(self.territory)] if self.territory else [])
        lines += [self.delivery.describe()] if self.delivery else []
        if self.confidence.classes:
            lines.append(ClassTable.from_dict(self.confidence.classes).describe())
        return "\n".join(lines + [self.triage.report()])


def _model_version(source: str, layer: str) -> str:
    fields = {f.lower(): f for f in pyogrio.read_info(source, layer=layer)["fields"]}
    name = fields.get("model_version") or fields.get("version_modele")
    if not name:
        return UNKNOWN_MODEL_VERSION
    _, _, _, values = pyogrio.raw.read(source, layer=layer, columns=[name], read_geometry=False,
                                       max_features=1)
    value = values[0][0] if len(values[0]) else None
    return str(value) if value not in (None, "") else UNKNOWN_MODEL_VERSION


def plan_campaign(model: str, department: Optional[str], policy: Optional[TriagePolicy] = None,
                  layer: Optional[str] = None, raster: Optional[str] = None,
                  mapping: Optional[FieldMapping] = None, bands: Optional[Sequence[str]] = None,
                  feedback: Optional[Feedback] = None,
                  territory: Optional[Territory] = None, classes: Optional[ClassTable] = None) -> CampaignPlan:
    """Read and score the model output (only the ``territory``'s polygons when
    given, the raster through the class table ``classes`` when given) and triage it; nothing is written.

    An IGN delivery (its folder) gives its OCCUPATION_SOL layer and, when ``department`` is None, its
    département."""
    feedback = feedback or Feedback()
    model, layer, delivery = resolve(model, layer)
    if department is None and delivery is None:
        raise InputError(tr("Indiquez le département de la campagne (le nom de « {model} » ne le dit pas).",
                            model=describe_source(model)))
    dep = departements.normalise(department if department is not None else delivery.department)
    if delivery is not None and delivery.department != dep:
        raise InputError(tr("« {name} » est la livraison du département {delivered}, pas du {dep}.",
                            name=delivery.name, delivered=delivery.department, dep=dep))
    policy = policy or TriagePolicy()
    policy.validate()
    official = f"EPSG:{departements.epsg(dep)}"
    # The CRS is checked before reading: the territory is resolved in it.
    crs = inspect(model, layer).crs
    if crs and not same_crs(crs, official):
        raise CrsError(tr("« {model} » est en {crs} ; les campagnes du "
                          "département {dep} sont en {official} : reprojetez la sortie du modèle.",
                          model=describe_source(model), crs=crs_label(crs), dep=dep, official=official))
    area = territory.resolve(official) if territory is not None else None
    data, scores, report = compute_confidence(model, layer, raster, mapping, bands, feedback.sub(0, 85),
                                              within=area, classes=classes)
    columns = output_columns(data, scores, shapely.area(data.geometry))
    result = triage(TriageInputs.from_columns(columns), policy)
    feedback.step(100)
    if area is not None:
        log.info(territory_line(area.description))
    if delivery is not None:
        log.info(delivery.describe())
    return CampaignPlan(department=dep, data=data, columns=columns, policy=policy, triage=result,
                        confidence=report, model_version=_model_version(data.source, data.layer),
                        territory=area.description if area is not None else None, delivery=delivery)


def territory_line(territory: dict) -> str:
    """One French line describing a campaign's territory (as stored)."""
    kind = territory.get("kind")
    if kind == "extent":
        where = tr("emprise {extent}", extent=", ".join(f"{v:.0f}" for v in territory["extent"]))
    elif kind == "layer":
        where = f"« {describe_source(territory['file'])} »"
        if territory.get("layer"):
            where += tr(", couche « {layer} »", layer=territory['layer'])
        if territory.get("where"):
            where += tr(", filtre « {where} »", where=territory['where'])
    else:
        where = tr("« {label} » (polygones : {features})",
                   label=territory.get('label') or tr('sélection'), features=territory.get('features', 0))
    return tr("Territoire : {where} — {area}, {count} polygones du modèle.",
              where=where, area=num.km2(territory.get('area_km2', 0)), count=num.count(territory.get('polygons', 0)))


def _ranks(result: TriageResult) -> np.ndarray:
    """Review order: the queue by priority, audit items spread evenly through it
    so that blind items keep coming all day rather than all at the end."""
    n = len(result.part)
    rank = np.full(n, np.nan)
    queue = np.asarray(result.queue_order)
    rank[queue] = np.arange(len(queue), dtype="float64")
    audit = np.flatnonzero(result.part == AUDIT)
    if len(audit):
        span = max(len(queue), 1)
        rank[audit] = (np.arange(len(audit)) + 0.5) * span / len(audit)
    return rank


def create_campaign(plan: CampaignPlan, store_path: str, name: Optional[str] = None,
                    lock_seconds: int = 600, clock: Optional[Clock] = None,
                    overwrite: bool = False, schema: str = DEFAULT_SCHEMA) -> ReviewStore:
    """Write the planned campaign atomically: into a new GeoPackage, or — when ``store_path``
    is a PostgreSQL connection — as a new campaign of the store in ``schema`` (``overwrite``
    does not apply there: a campaign name is taken once)."""
    cols = plan.columns
    store_columns = {c: cols[c] for c in ITEM_COLUMNS if c in cols}
    store_columns.update(part=np.asarray(plan.triage.part, dtype=object), rank=_ranks(plan.triage),
                         stratum=np.asarray(plan.triage.stratum, dtype=object))
    campaign = Campaign(name=name or f"OCS GE {plan.department} — {plan.model_version}",
                        department=plan.department, department_name=departements.name(plan.department),
                        epsg=departements.epsg(plan.department), model_version=plan.model_version,
                        source=describe_source(plan.data.source), policy=plan.policy.to_dict(),
                        lock_seconds=lock_seconds, territory=plan.territory, classes=plan.confidence.classes,
                        delivery=plan.delivery.to_dict() if plan.delivery else None)
    wkb = shapely.to_wkb(plan.data.geometry)
    store = create_store(store_path, campaign, store_columns, wkb, clock=clock, schema=schema, overwrite=overwrite)
    where = (tr("{store}, schéma « {schema} »", store=pgconn.describe(store_path), schema=schema)
             if pgconn.is_pg_spec(store_path) else store_path)
    log.info(tr("Campagne créée dans {where} : {summary}", where=where, summary=plan.triage.summary))
    return store

