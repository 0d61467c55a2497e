"""The versioned indicators payload sent to the pipeline: one JSON object per département and month."""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import os
from typing import Dict, Optional

from . import stats
from ..errors import InputError
from ..messages import tr
from .model_accuracy import model_accuracy
from .product_accuracy import agreement, delivered_accuracy

# The version sent by default; a pipeline still reading version 1 gets it with ``version=1`` (the
# CLI's --payload-version 1): version 2 only adds the « product » block.
SCHEMA_VERSION = 2
VERSIONS = (1, 2)


def schema_path(version: int = SCHEMA_VERSION) -> str:
    return os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "schemas", f"indicators-{version}.json")



def _accuracy(a: dict) -> dict:
    """The payload's part of a model_accuracy() result."""
    out = {"available": a["available"], "n": a["n"], "coverage": a["coverage"], "strata": a["strata"]}
    if not a["available"]:
        return {**out, "reason": a["reason"]}
    short = lambda r: {"estimate": r["estimate"], "se": r["se"], "ci95": r["ci95"]}  # noqa: E731
    return {**out, "overall": short(a["overall"]),
            "users": {c: short(v) for c, v in a["users"].items()},
            "producers": {c: short(v) for c, v in a["producers"].items()},
            "area_km2": a["area_km2"]}


def figures(t: stats.CampaignTables, period: stats.Period, *, plan: Optional[Dict[dt.date, float]] = None,
            hourly_cost: float = 0.0, fixed_cost: float = 0.0, today: Optional[dt.date] = None) -> dict:
    """The full figures the payload picks from (the report draws the rest): figures that accumulate
    are taken up to the period's last day, or ``today`` when the month is not over."""
    today = today or dt.datetime.now(dt.timezone.utc).date()
    as_of = min(period.last_day, today)
    return {"as_of": as_of,
            "rework": stats.rework(t, period=period)[0],
            "production": stats.production(t, plan or {}, as_of, period),
            "cost": stats.cost(t, as_of, hourly_cost, fixed_cost),
            "validation": stats.validation(t, period, breakdowns=False)["overall"],
            "accuracy": {dim: model_accuracy(t, dim) for dim in ("cs", "us")},
            "agreement": agreement(t, period),
            "delivered": {dim: delivered_accuracy(t, dim) for dim in ("cs", "us")}}


def _delivered(a: dict) -> dict:
    """The payload's part of a delivered_accuracy() result."""
    keys = ("dimension", "available", "n", "coverage", "strata")
    keys += ("count", "area") if a["available"] else ("reason",)
    return {k: a[k] for k in keys}


def payload(t: stats.CampaignTables, period: stats.Period, *, plan: Optional[Dict[dt.date, float]] = None,
            hourly_cost: float = 0.0, fixed_cost: float = 0.0, today: Optional[dt.date] = None,
            generated_at: Optional[str] = None, version: int = SCHEMA_VERSION) -> dict:
    """The indicators of one campaign (a département) for ``period``, in schema ``version``; figures
    that accumulate are taken up to the period's last day, or ``today`` when the month is not over."""
    return payload_of(t, period, figures(t, period, plan=plan, hourly_cost=hourly_cost, fixed_cost=fixed_cost,
                                         today=today), generated_at, version)


def payload_of(t: stats.CampaignTables, period: stats.Period, figures: dict,
               generated_at: Optional[str] = None, version: int = SCHEMA_VERSION) -> dict:
    """The payload that picks its keys from ``figures`` (see figures()), in schema ``version``."""
    check_version(version)
    rework, production, cost, validation = (figures[k] for k in ("rework", "production", "cost", "validation"))
    body = {
        "schema_version": version,
        "department": t.department, "department_name": t.department_name,
        "campaign": {"name": t.campaign, "uid": t.uid}, "model_version": t.model_version,
        "period": {"month": period.month, "start": period.start.isoformat(), "end": period.last_day.isoformat(),
                   "as_of": figures["as_of"].isoformat()},
        "items": stats.items_summary(t, period),
        "rework": {"count": {"reviewed": rework["reviewed"], "reworked": rework["reworked"], "rate": rework["rate"],
                             "ci95": rework["rate_ci95"]},
                   "area": {"reviewed_km2": rework["reviewed_km2"], "reworked_km2": rework["reworked_km2"],
                            "rate": rework["area_rate"]}},
        "validation": {k: validation[k] for k in ("judged", "approved_first", "rate", "rejections_per_item")},
        "accuracy": {dim: _accuracy(a) for dim, a in figures["accuracy"].items()},
        "production": {k: production[k] for k in ("validated_km2_period", "planned_km2_period",
                                                  "validated_km2_total", "planned_km2_total", "to_validate_km2",
                                                  "remaining_km2", "pace_km2_per_day", "forecast_completion")},
        "cost": {k: cost[k] for k in ("active_hours", "hourly_cost", "fixed_cost", "total_cost", "validated_km2",
                                      "per_km2")},
        "automation": stats.automation(t),
    }
    if version >= 2:
        body["product"] = {"agreement": figures["agreement"],
                           **{dim: _delivered(a) for dim, a in figures["delivered"].items()}}
    body["generated_at"] = generated_at or dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    return body


def check_version(version: int) -> None:
    if version not in VERSIONS:
        raise InputError(tr("Version de schéma des indicateurs inconnue : {version} (connues : {known}).",
                            version=version, known=", ".join(map(str, VERSIONS))))


def schema(version: int = SCHEMA_VERSION) -> dict:
    with open(schema_path(version), encoding="utf-8") as fh:
        return json.load(fh)


@functools.lru_cache(maxsize=len(VERSIONS))
def _validator(version: int):
    """A committed schema's validator, read and checked once (jsonschema.validate did both per call)."""
    import jsonschema
    committed = schema(version)
    kind = jsonschema.validators.validator_for(committed)
    kind.check_schema(committed)
    return kind(committed)


def validate(body: dict) -> None:
    """Refuse a payload that does not follow the committed schema of its version, naming the first
    fault (the one jsonschema.validate would raise)."""
    from jsonschema.exceptions import best_match
    version = body.get("schema_version") if isinstance(body, dict) else None
    version = version if version in VERSIONS else SCHEMA_VERSION
    exc = best_match(_validator(version).iter_errors(body))
    if exc is not None:
        where = "/".join(str(p) for p in exc.absolute_path) or tr("(racine)")
        raise InputError(tr("Indicateurs non conformes au schéma {version}, à « {where} » : {detail}.",
                            version=version, where=where, detail=exc.message))


def idempotency_key(body: dict) -> str:
    """Stable for a département, a period, a schema version and the same figures: re-sending the same
    payload never counts twice; new figures for the month are a new delivery."""
    content = {k: v for k, v in body.items() if k != "generated_at"}
    digest = hashlib.sha256(json.dumps(content, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:24]
    return f"ocsge-{body['department']}-{body['period']['month']}-v{body['schema_version']}-{digest}"
