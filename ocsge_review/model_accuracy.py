"""Accuracy of the model output (couverture, usage) from a campaign's audit sample and reviewed queue."""
from __future__ import annotations

import math
from typing import Dict, List, Optional, Tuple

import numpy as np

from . import lifecycle as lc
from .accuracy import estimate
from .stats import DONE_STATES, CampaignTables, factor, is_in, originals

QUEUE_STRATUM = "file"


def reference_labels(t: CampaignTables, dim: str) -> np.ndarray:
    """Per item, the class the interpreters gave it (None where not known yet): its final code when
    its decision stands; a split original takes its largest part's, a merged neighbour its survivor's."""
    i = t.items
    ref = np.where(is_in(t, "items", "state", DONE_STATES), i[f"{dim}_final"], None)
    parts = np.flatnonzero(i["parent_id"] >= 0)
    if len(parts):
        order = parts[np.lexsort((i["area_m2"][parts], i["parent_id"][parts]))]
        parent = i["parent_id"][order]
        largest = order[np.r_[parent[1:] != parent[:-1], True]]      # the last, largest, part of each original
        rows = np.searchsorted(i["id"], i["parent_id"][largest])
        ref[rows] = np.where(is_in(t, "items", "state", DONE_STATES)[largest], i[f"{dim}_final"][largest], None)
    merged = np.flatnonzero(i["merged_into"] >= 0)
    if len(merged):
        survivor = np.searchsorted(i["id"], i["merged_into"][merged])
        ref[merged] = ref[survivor]
    return ref


def _stratified_total(y: np.ndarray, strata: np.ndarray, sizes: Dict[str, float],
                      census: np.ndarray) -> Tuple[float, float]:
    """Σ_h N_h ȳ_h over sampled strata (variance with the finite population correction) plus the
    census units' exact sum (no sampling variance)."""
    total = float(y[census].sum())
    var = 0.0
    for name, size in sizes.items():
        values = y[strata == name]
        n = len(values)
        total += size * float(values.mean())
        if n > 1:
            var += size ** 2 * (1 - n / size) * float(values.var(ddof=1)) / n
    return total, var


def model_accuracy(t: CampaignTables, dim: str, z: float = 1.96) -> dict:
    """Overall, user's and producer's accuracy of the model's ``dim`` ("cs" or "us") codes, the area
    of each class (km²) and the error matrix, with standard errors and 95 % intervals.

    Units are the delivered polygons. Strata: the reviewed part of the queue (a census, so no
    sampling error) and the triage's confidence bands of the accepted polygons, whose reviewed
    audit polygons are a simple random sample (Stehman 2014, strata that are not map classes).
    The queue not yet reviewed is outside what is estimated: ``coverage`` says which share of the
    polygons the figures speak for.
    """
    i = t.items
    orig = originals(t)
    ref = reference_labels(t, dim)
    known = ~np.equal(ref, None)
    queue = orig & is_in(t, "items", "part", ("queue",)) & known
    accepted = orig & is_in(t, "items", "part", ("auto", "audit"))
    sampled = accepted & is_in(t, "items", "part", ("audit",)) & known
    codes, labels = factor(t, "items", "stratum")
    band = np.asarray(labels, dtype=object)[codes] if len(codes) else np.zeros(0, dtype=object)
    bands = sorted({str(b) for b in band[accepted]})
    design: List[dict] = [{"stratum": QUEUE_STRATUM, "size": int(queue.sum()), "sampled": int(queue.sum())}]
    missing = []
    for b in bands:
        size, n = int((accepted & (band == b)).sum()), int((sampled & (band == b)).sum())
        design.append({"stratum": b, "size": size, "sampled": n})
        if n == 0:
            missing.append(b)
    population = int(queue.sum() + accepted.sum())
    out = {"dimension": dim, "strata": design, "n": int(queue.sum() + sampled.sum()),
           "coverage": (population / int(orig.sum())) if orig.any() else None}
    if missing or population == 0 or out["n"] == 0:
        why = ("strate(s) sans polygone contrôlé : " + ", ".join(missing)) if missing else "aucun polygone revu"
        return {**out, "available": False, "reason": why}

    model = i[f"code_{dim}"]
    # The reviewed queue is a census: cut into pure (model, reference) cells, one unit standing for
    # each, it weighs exactly what it holds and adds no variance, whatever its size.
    pairs: Dict[Tuple[str, str], int] = {}
    for m, r in zip(model[queue].tolist(), ref[queue].tolist()):
        pairs[(m, r)] = pairs.get((m, r), 0) + 1
    samples = [(f"{QUEUE_STRATUM}|{m}|{r}", m, r) for (m, r) in pairs]
    sizes: Dict[str, float] = {f"{QUEUE_STRATUM}|{m}|{r}": n for (m, r), n in pairs.items()}
    samples += [(b, m, r) for b, m, r in zip(band[sampled].tolist(), model[sampled].tolist(), ref[sampled].tolist())]
    sizes.update({d["stratum"]: d["size"] for d in design[1:]})
    result = estimate(samples, sizes, z, fpc=True)

    area = np.nan_to_num(i["area_m2"]) / 1e6
    band_sizes = {d["stratum"]: float(d["size"]) for d in design[1:]}
    area_km2 = {}
    for c in result["classes"]:
        y = np.where(ref == c, area, 0.0)
        total, var = _stratified_total(y[queue | sampled], np.where(queue, "", band)[queue | sampled],
                                       band_sizes, queue[queue | sampled])
        se = math.sqrt(max(var, 0.0))
        area_km2[c] = {"estimate": total, "se": se, "ci95": [total - z * se, total + z * se]}
    return {**out, "available": True, "overall": result["overall"], "users": result["users"],
            "producers": result["producers"], "area_km2": area_km2, "matrix": result["matrix"],
            "classes": result["classes"]}


def true_accuracy(t: CampaignTables, dim: str, truth: Dict[str, str], source_ids: np.ndarray) -> Optional[float]:
    """The share of the estimate's population whose model code is the true one (simulations only)."""
    ref = reference_labels(t, dim)
    orig = originals(t)
    population = orig & ((is_in(t, "items", "part", ("queue",)) & ~np.equal(ref, None))
                         | is_in(t, "items", "part", ("auto", "audit")))
    model = t.items[f"code_{dim}"][population]
    real = np.array([truth[s] for s in source_ids[population]], dtype=object)
    return float(np.mean(model == real)) if len(model) else None
