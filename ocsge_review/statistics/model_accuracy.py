"""Accuracy of the model output (couverture, usage) from a campaign's audit sample and reviewed queue."""
from __future__ import annotations

import math
from typing import Dict, List, Optional, Tuple

import numpy as np

from ..store import lifecycle as lc
from .accuracy import estimate
from .stats import CampaignTables, factor, is_in, originals

QUEUE_STRATUM = "file"


def reference_codes(t: CampaignTables, dim: str) -> Tuple[np.ndarray, list]:
    """Per item, the class the interpreters gave it, as (codes, labels) of the ``{dim}_final``
    column (-1 where not known yet): its final code when its decision stands; a split original
    takes its largest part's, a merged neighbour its survivor's."""
    i = t.items
    codes, labels = factor(t, "items", f"{dim}_final")
    missing = [k for k, v in enumerate(labels) if v is None]
    done = is_in(t, "items", "state", lc.DECIDED_STATES) & ~np.isin(codes, missing)
    ref = np.where(done, codes, -1)
    parts = np.flatnonzero(i["parent_id"] >= 0)
    if len(parts):
        order = parts[np.lexsort((i["area_m2"][parts], i["parent_id"][parts]))]
        parent = i["parent_id"][order]
        largest = order[np.r_[parent[1:] != parent[:-1], True]]      # the last, largest, part of each original
        ref[np.searchsorted(i["id"], i["parent_id"][largest])] = ref[largest]
    merged = np.flatnonzero(i["merged_into"] >= 0)
    if len(merged):
        ref[merged] = ref[np.searchsorted(i["id"], i["merged_into"][merged])]
    return ref, labels


def _class_areas(ref_code: np.ndarray, area: np.ndarray, census: np.ndarray, sampled: np.ndarray,
                 band: np.ndarray, band_sizes: Dict[str, float], classes: int) -> Tuple[np.ndarray, np.ndarray]:
    """Per class k, the stratified estimate of the total of y = area × [reference = k] and its
    variance: the census units' exact sum, plus Σ_h N_h ȳ_h over the sampled bands with variance
    Σ_h N_h² (1 − n_h/N_h) s²_h / n_h (finite population correction). ``band``: each unit's
    position among ``band_sizes`` (-1: none)."""
    total = np.bincount(ref_code[census], weights=area[census], minlength=classes)[:classes]
    var = np.zeros(classes)
    for h, size in enumerate(band_sizes.values()):
        rows = np.flatnonzero(sampled & (band == h))
        n = len(rows)
        sums = np.bincount(ref_code[rows], weights=area[rows], minlength=classes)[:classes]
        squares = np.bincount(ref_code[rows], weights=area[rows] ** 2, minlength=classes)[:classes]
        mean = sums / n
        total += size * mean
        if n > 1:
            var += size ** 2 * (1 - n / size) * (squares - n * mean ** 2) / (n - 1) / n
    return total, var


def model_accuracy(t: CampaignTables, dim: str, z: float = 1.96) -> dict:
    """Overall, user's and producer's accuracy of the model's ``dim`` ("cs" or "us") codes, the area
    of each class (km²) and the error matrix, with standard errors and 95 % intervals.

    Units are the delivered polygons. Strata: the reviewed part of the queue (a census, so no
    sampling error) and the triage's confidence bands of the accepted polygons, whose reviewed
    audit polygons are a simple random sample (Stehman 2014, strata that are not map classes).
    The queue not yet reviewed is outside what is estimated: ``coverage`` says which share of the
    polygons the figures speak for. Computed once per tables and dimension.
    """
    return t.cached(("accuracy", dim, z), lambda: _model_accuracy(t, dim, z))


def _model_accuracy(t: CampaignTables, dim: str, z: float) -> dict:
    i = t.items
    orig = originals(t)
    ref, ref_labels = reference_codes(t, dim)
    known = ref >= 0
    queue = orig & is_in(t, "items", "part", ("queue",)) & known
    accepted = orig & is_in(t, "items", "part", ("auto", "audit"))
    sampled = accepted & is_in(t, "items", "part", ("audit",)) & known
    codes, labels = factor(t, "items", "stratum")
    design: List[dict] = [{"stratum": QUEUE_STRATUM, "size": int(queue.sum()), "sampled": int(queue.sum())}]
    missing = []
    # The accepted polygons' strata by name (a missing band is named « None »), in name order.
    names = sorted({str(labels[c]) for c in np.unique(codes[accepted]).tolist()})
    position = {name: h for h, name in enumerate(names)}
    # Per unit, its stratum's position by name: the design's, and the sums' of _class_areas (these
    # read only audited units, whose stratum is a text — the triage gives one — or estimate() refuses).
    named = np.array([position.get(str(v), -1) for v in labels], dtype=np.int64)[codes]
    if accepted.any():
        sizes_h = np.bincount(named[accepted], minlength=len(names))
        sampled_h = np.bincount(named[sampled], minlength=len(names))
        for b, size, n in zip(names, sizes_h.tolist(), sampled_h.tolist()):
            design.append({"stratum": b, "size": size, "sampled": n})
            if n == 0:
                missing.append(b)
    population = int(queue.sum() + accepted.sum())
    out = {"dimension": dim, "strata": design, "n": int(queue.sum() + sampled.sum()),
           "coverage": (population / int(orig.sum())) if orig.any() else None}
    if missing or population == 0 or out["n"] == 0:
        why = ("strate(s) sans polygone contrôlé : " + ", ".join(missing)) if missing else "aucun polygone revu"
        return {**out, "available": False, "reason": why}

    # Model and reference codes on one dictionary, so that a (model, reference) pair is one integer.
    m_codes, m_labels = factor(t, "items", f"code_{dim}")
    names_k = sorted({str(v) for v in m_labels} | {v for v in ref_labels if v is not None})
    index = {v: k for k, v in enumerate(names_k)}
    k = len(names_k)
    m_code = np.array([index[str(v)] for v in m_labels], dtype=np.int64)[m_codes] if len(m_codes) else m_codes
    r_code = np.array([index.get(v, k) for v in ref_labels] + [k], dtype=np.int64)[ref]   # k: unknown
    text = np.asarray(names_k + [None], dtype=object)
    # The reviewed queue is a census: cut into pure (model, reference) cells, one unit standing for
    # each, it weighs exactly what it holds and adds no variance, whatever its size.
    cells = np.bincount(m_code[queue] * k + r_code[queue], minlength=k * k)
    pairs = np.flatnonzero(cells)
    samples, sizes = [], {}
    for pair, n in zip(pairs.tolist(), cells[pairs].tolist()):
        m, r = names_k[pair // k], names_k[pair % k]
        name = f"{QUEUE_STRATUM}|{m}|{r}"
        samples.append((name, m, r))
        sizes[name] = n
    census = list(sizes)      # named, or the intervals would take a one-unit cell for a sample
    samples += list(zip(np.asarray(labels, dtype=object)[codes[sampled]].tolist(), text[m_code[sampled]].tolist(),
                        text[r_code[sampled]].tolist()))
    sizes.update({d["stratum"]: d["size"] for d in design[1:]})
    result = estimate(samples, sizes, z, fpc=True, census=census)

    area = np.nan_to_num(i["area_m2"]) / 1e6
    band_sizes = {d["stratum"]: float(d["size"]) for d in design[1:]}
    totals, variances = _class_areas(r_code, area, queue, sampled, named, band_sizes, k)
    area_km2 = {}
    for c in result["classes"]:
        total, se = float(totals[index[c]]), math.sqrt(max(float(variances[index[c]]), 0.0))
        area_km2[c] = {"estimate": total, "se": se, "ci95": [total - z * se, total + z * se]}
    return {**out, "available": True, "overall": result["overall"], "users": result["users"],
            "producers": result["producers"], "area_km2": area_km2, "matrix": result["matrix"],
            "classes": result["classes"]}


def true_accuracy(t: CampaignTables, dim: str, truth: Dict[str, str], source_ids: np.ndarray) -> Optional[float]:
    """The share of the estimate's population whose model code is the true one (simulations only)."""
    ref, _ = reference_codes(t, dim)
    orig = originals(t)
    population = orig & ((is_in(t, "items", "part", ("queue",)) & (ref >= 0))
                         | is_in(t, "items", "part", ("auto", "audit")))
    model = t.items[f"code_{dim}"].values()[population]
    real = np.array([truth[s] for s in source_ids[population]], dtype=object)
    return float(np.mean(model == real)) if len(model) else None
