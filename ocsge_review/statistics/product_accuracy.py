"""Accuracy of the delivered database and the interpreters' agreement rate, from the second-opinion sample."""
from __future__ import annotations

from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np

from ..store import lifecycle as lc
from .accuracy import estimate, normal_interval, standard_error
from .stats import CampaignTables, Period, index_of, factor, in_period, is_in

AUTO_PREFIX = "auto|"
DRAW_PREFIX = "second|"


def _iso_day(text: Optional[str]):
    return np.datetime64(text[:10]) if text else np.datetime64("NaT")


def _summary(r: dict) -> dict:
    return {"estimate": r["estimate"], "se": r["se"], "ci95": r["ci95"]}


def _reference(o, dim: str) -> Optional[str]:
    ref = o.reference
    return None if ref is None else ref[0 if dim == "cs" else 1]


def _area_ratio(strata: Dict[str, Tuple[float, np.ndarray, np.ndarray]], z: float) -> dict:
    """Area-weighted accuracy Σ_h A_h r_h / Σ_h A_h, r_h = Σ a y / Σ a over stratum h's sample (the
    separate ratio estimator, stratum areas A_h known), with its linearised variance
    Σ_h (A_h/A)² n_h/(n_h − 1) Σ a² (y − r_h)² / (Σ a)² and a normal 95 % interval."""
    total = sum(size for size, _, _ in strata.values())
    value = var = 0.0
    for size, area, right in strata.values():
        w = size / total
        r = float(np.sum(area * right) / np.sum(area)) if np.sum(area) > 0 else float(np.mean(right))
        value += w * r
        n = len(area)
        if n > 1 and np.sum(area) > 0:
            var += w ** 2 * n / (n - 1) * float(np.sum(area ** 2 * (right - r) ** 2)) / float(np.sum(area)) ** 2
    se = standard_error(var)
    return {"estimate": value, "se": se, "ci95": normal_interval(value, se, z)}


def delivered_accuracy(t: CampaignTables, dim: str, z: float = 1.96) -> dict:
    """Accuracy of the delivered ``dim`` ("cs" or "us") codes — the model's where triage accepted the
    polygon, the interpreter's where it was reviewed — by polygon count (overall, user's, producer's)
    and by area (overall), with 95 % intervals; definitions in docs/indicators.md.

    Strata: each confidence band of the auto-accepted polygons, measured by its blind audit polygons
    whose answer a second opinion resolved (the model's code against the agreed answer or the
    validator's verdict), and each draw's queue sample and audit census, measured by their resolved
    second opinions (the delivered code against that reference). Reviewed polygons no draw has
    covered yet, and those not delivered yet, are outside: ``coverage`` says which share of the
    current polygons the figures speak for."""
    return t.cached(("delivered", dim, z), lambda: _delivered(t, dim, z))


def _delivered(t: CampaignTables, dim: str, z: float) -> dict:
    i = t.items
    ids = i["id"]
    model, final = i[f"code_{dim}"], i[f"{dim}_final"]
    code = lambda column, k: column.labels[column.codes[k]]  # noqa: E731  (one row's text)
    area = np.nan_to_num(i["area_m2"])
    current = ~is_in(t, "items", "state", (lc.SUPERSEDED,))
    decided = is_in(t, "items", "state", lc.DECIDED_STATES)
    auto = is_in(t, "items", "part", ("auto",)) & current
    reviewed = is_in(t, "items", "part", ("queue", "audit")) & decided
    audited = is_in(t, "items", "part", ("audit",)) & decided
    resolved = {o.item_id: _reference(o, dim) for o in t.opinions if o.reference is not None}

    samples: List[Tuple[str, str, str]] = []
    sizes: Dict[str, float] = {}
    area_strata: Dict[str, Tuple[float, np.ndarray, np.ndarray]] = {}
    design: List[dict] = []
    # The auto-accepted polygons, band by band, measured by the band's audited polygons whose blind
    # answer a second opinion checked: the reference is the agreed answer or the validator's verdict,
    # never one interpreter's answer alone (its errors would count as the model's).
    bands, labels = factor(t, "items", "stratum")
    checked = audited & np.isin(ids, np.fromiter(resolved, dtype=np.int64, count=len(resolved)))
    for band in sorted(np.unique(bands[auto]).tolist(), key=lambda b: str(labels[b])):
        members = auto & (bands == band)
        rows = np.flatnonzero(checked & (bands == band)).tolist()
        refs = [resolved[int(ids[k])] for k in rows]
        name = AUTO_PREFIX + str(labels[band])
        design.append({"stratum": name, "size": int(members.sum()), "sampled": len(rows)})
        if rows:
            samples += [(name, str(code(model, k)), str(r)) for k, r in zip(rows, refs)]
            sizes[name] = float(members.sum())
            right = np.array([code(model, k) == r for k, r in zip(rows, refs)], dtype=float)
            area_strata[name] = (float(area[members].sum()), area[rows], right)
    # The reviewed polygons, draw by draw and part by part (queue sampled, audit whole), measured by
    # their resolved second opinions.
    frames: Dict[Tuple[int, str], Tuple[int, float]] = {}
    drawn: Dict[Tuple[int, str], List] = {}
    rows = index_of(ids, np.array([o.item_id for o in t.opinions], dtype=np.int64))
    for o, k in zip(t.opinions, rows.tolist()):
        frames[(o.draw, o.stratum)] = (o.frame_size, o.frame_area_m2)
        if o.reference is not None and k >= 0 and reviewed[k]:
            drawn.setdefault((o.draw, o.stratum), []).append((k, _reference(o, dim)))
    for key in sorted(frames):
        size, frame_area = frames[key]
        units = drawn.get(key, [])
        name = _draw_name(*key)
        design.append({"stratum": name, "size": int(size), "sampled": len(units)})
        if units:
            samples += [(name, str(code(final, k)), str(r)) for k, r in units]
            sizes[name] = float(size)
            right = np.array([code(final, k) == r for k, r in units], dtype=float)
            area_strata[name] = (frame_area, area[[k for k, _ in units]], right)

    population = sum(sizes.values())
    everything = int(current.sum())
    out = {"dimension": dim, "strata": design, "n": len(samples),
           "coverage": population / everything if everything else None}
    if not frames:
        return {**out, "available": False, "reason": "aucun second avis tiré"}
    if not any(name.startswith(DRAW_PREFIX) for name in sizes):
        return {**out, "available": False, "reason": "aucun second avis résolu"}
    result = estimate(samples, sizes, z, fpc=False)
    return {**out, "available": True,
            "count": {"overall": _summary(result["overall"]),
                      "users": {c: _summary(v) for c, v in result["users"].items()},
                      "producers": {c: _summary(v) for c, v in result["producers"].items()}},
            "area": {"overall": _area_ratio(area_strata, z)}}


def _draw_name(number: int, stratum: str) -> str:
    return f"{DRAW_PREFIX}{number}|{stratum}"


def _agreement_rate(pairs: Sequence[Tuple[Tuple[int, str], str, str]], frames: Dict[Tuple[int, str], int],
                    z: float) -> Optional[dict]:
    """The share of second opinions equal to the first, each draw's part a stratum (estimate()'s overall
    accuracy with the first decision as the map and the second opinion as the reference); None without any."""
    if not pairs:
        return None
    samples = [(_draw_name(*d), a, b) for d, a, b in pairs]
    sizes = {_draw_name(*d): float(frames[d]) for d in {d for d, _, _ in pairs}}
    return _summary(estimate(samples, sizes, z, fpc=False)["overall"])


def agreement(t: CampaignTables, period: Optional[Period] = None, z: float = 1.96) -> dict:
    """The interpreters' agreement with one another: of the answered second opinions, the share whose
    blind answer equals the delivered decision, on both codes and on each; over every answer, and over
    the answers given in ``period``. With the sample's progress (drawn, answered, disputes open)."""
    frames = {(o.draw, o.stratum): o.frame_size for o in t.opinions}
    answered = [o for o in t.opinions if o.answered_by is not None]
    days = np.array([_iso_day(o.answered_at) for o in answered], dtype="datetime64[D]")
    in_p = in_period(days, period) if period is not None else np.ones(len(answered), dtype=bool)

    def rates(chosen) -> dict:
        keys = [(o.draw, o.stratum) for o in chosen]
        pairs = {"both": [(f"{o.first_cs} {o.first_us}", f"{o.code_cs} {o.code_us}") for o in chosen],
                 "cs": [(o.first_cs, o.code_cs) for o in chosen], "us": [(o.first_us, o.code_us) for o in chosen]}
        return {"answered": len(chosen), "agreed": sum(a == b for a, b in pairs["both"]),
                **{k: _agreement_rate([(d, a, b) for d, (a, b) in zip(keys, v)], frames, z) for k, v in pairs.items()}}

    states = [o.state for o in t.opinions]
    return {"drawn": len(t.opinions), "draws": len({o.draw for o in t.opinions}),
            "waiting": sum(s in (lc.PENDING, lc.CLAIMED) for s in states),
            "disputed": sum(s == lc.DISPUTED for s in states), "settled": sum(s == lc.SETTLED for s in states),
            **rates(answered),
            "period": rates([o for o, keep in zip(answered, in_p) if keep])}
