"""Review statistics from a store's tables: rework, validation, transitions, production, cost, automation.

Every function is pure: it takes the tables read once from a store (``CampaignTables``) and
returns plain values. The definitions are in docs/indicators.md, figure by figure.
"""
from __future__ import annotations

import datetime as dt
import errno
import math
import os
import re
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Optional, Sequence

import numpy as np

from . import accuracy
from ..store import lifecycle as lc
from ..errors import InputError
from ..messages import tr

# Columns the statistics read: a department's million items and journal records come in one scan each.
ITEM_COLUMNS = ("id", "part", "stratum", "state", "area_m2", "code_cs", "code_us", "cs_final", "us_final",
                "decided_by", "decided_day", "parent_id", "merged_into")
JOURNAL_COLUMNS = ("seq", "item_id", "user", "action", "active_seconds", "recorded_day", "related")
# Who decided and who judged: only the breakdowns by interpreter and validator need them (the report,
# the dashboard), not the payload, which reads neither them nor their distinct values.
BREAKDOWN_COLUMNS = ("decided_by", "user")
DECISION_ACTIONS = lc.DECISIONS + lc.GEOMETRY_EDITS
GROUPINGS = ("department", "class_cs", "class_us", "interpreter", "model_version", "week", "part")


@dataclass
class CampaignTables:
    """A campaign's identity and its two tables, as the statistics need them: numbers as numpy
    arrays, texts coded by the store (store.base.Coded)."""
    department: str
    department_name: str
    model_version: str
    campaign: str
    uid: str
    items: Dict[str, np.ndarray]
    journal: Dict[str, np.ndarray]
    opinions: list = field(default_factory=list)     # the second opinions (store.opinions.SecondOpinion)
    _cache: dict = field(default_factory=dict, repr=False)

    def cached(self, key, make: Callable[[], Any]) -> Any:
        """``make()``, computed once per tables and ``key``."""
        if key not in self._cache:
            self._cache[key] = make()
        return self._cache[key]


def load(store, breakdowns: bool = True) -> CampaignTables:
    """Read a store's campaign and the columns the statistics use (without BREAKDOWN_COLUMNS: enough
    for the payload, not for the breakdowns by interpreter or validator)."""
    c = store.campaign()
    wanted = lambda columns: [x for x in columns if breakdowns or x not in BREAKDOWN_COLUMNS]  # noqa: E731
    items, journal = store.statistics_tables(wanted(ITEM_COLUMNS), wanted(JOURNAL_COLUMNS))
    return CampaignTables(department=c.department, department_name=c.department_name,
                          model_version=c.model_version, campaign=c.name, uid=c.uid, items=items, journal=journal,
                          opinions=store.opinions())


# --- dates and periods ------------------------------------------------------------------------
@dataclass(frozen=True)
class Period:
    """A calendar month, « 2026-11 »: first day and the day after the last (UTC days)."""
    month: str
    start: dt.date
    end: dt.date           # exclusive

    @classmethod
    def parse(cls, text: str) -> "Period":
        m = re.fullmatch(r"(\d{4})-(\d{2})", (text or "").strip())
        if not m or not 1 <= int(m.group(2)) <= 12:
            raise InputError(tr("Période invalide « {text} » : attendu AAAA-MM, par exemple 2026-11.", text=text))
        year, month = int(m.group(1)), int(m.group(2))
        start = dt.date(year, month, 1)
        end = dt.date(year + month // 12, month % 12 + 1, 1)
        return cls(f"{year:04d}-{month:02d}", start, end)

    @classmethod
    def containing(cls, day: dt.date) -> "Period":
        return cls.parse(f"{day.year:04d}-{day.month:02d}")

    @property
    def last_day(self) -> dt.date:
        return self.end - dt.timedelta(days=1)


def in_period(day: np.ndarray, period: Optional[Period]) -> np.ndarray:
    if period is None:
        return ~np.isnat(day)
    return (day >= np.datetime64(period.start)) & (day < np.datetime64(period.end))


def iso_weeks(day: np.ndarray) -> np.ndarray:
    """ISO 8601 week labels « 2026-W48 » of datetime64[D] days (None where NaT); each distinct day
    is labelled once (a campaign spans a few hundred days, not a million)."""
    distinct, inverse = np.unique(day.astype("int64"), return_inverse=True)
    labels = np.empty(len(distinct), dtype=object)
    for k, d in enumerate(distinct.tolist()):
        if d == np.iinfo(np.int64).min:           # NaT
            labels[k] = None
            continue
        year, week, _ = (dt.date(1970, 1, 1) + dt.timedelta(days=d)).isocalendar()
        labels[k] = f"{year}-W{week:02d}"
    return labels[inverse]


# --- the units ----------------------------------------------------------------------------------
def index_of(ids: np.ndarray, wanted: np.ndarray) -> np.ndarray:
    """Row of each wanted id in ``ids`` (sorted, as the stores return them); -1 where absent."""
    if len(ids) == 0:
        return np.full(len(wanted), -1, dtype=np.int64)
    pos = np.clip(np.searchsorted(ids, wanted), 0, len(ids) - 1)
    return np.where(ids[pos] == wanted, pos, -1)


def factor(t: CampaignTables, table: str, column: str):
    """(codes, labels) of a text column: ``labels[codes[k]]`` is row k's value (None included)."""
    coded = getattr(t, table)[column]
    return coded.codes, coded.labels


def differs(t: CampaignTables, a: str, b: str) -> np.ndarray:
    """Per item: text columns ``a`` and ``b`` hold different values (None equals None)."""
    a_codes, a_labels = factor(t, "items", a)
    b_codes, b_labels = factor(t, "items", b)
    index = {v: k for k, v in enumerate(a_labels)}
    b_as_a = np.array([index.get(v, -1) for v in b_labels], dtype=np.int64)
    return a_codes != b_as_a[b_codes]


def day_of(t: CampaignTables, table: str, column: str) -> np.ndarray:
    """datetime64[D] of a day column (days since 1970, -1 where missing → NaT), once per table."""
    def make() -> np.ndarray:
        number = getattr(t, table)[column]
        out = number.astype("datetime64[D]")
        out[number < 0] = np.datetime64("NaT")
        return out
    return t.cached(("day", table, column), make)


def is_in(t: CampaignTables, table: str, column: str, values: Sequence) -> np.ndarray:
    codes, labels = factor(t, table, column)
    wanted = np.array([v in values for v in labels], dtype=bool)    # per label: a lookup, not a search
    return wanted[codes]


def geometry_changed(t: CampaignTables) -> np.ndarray:
    """Per item: its standing decision is a split, a merge or a reshape (undone ones are followed
    by a new decision, so the last decision record of an item is the one that stands)."""
    if "geometry_changed" in t._cache:
        return t._cache["geometry_changed"]
    j = t.journal
    own = is_in(t, "journal", "action", DECISION_ACTIONS) & (j["related"] < 0)
    item, geometric = j["item_id"][own], is_in(t, "journal", "action", lc.GEOMETRY_EDITS)[own]
    # Only the items edited geometrically once can have such a standing decision: their records
    # are a few among a million.
    mine = np.isin(item, item[geometric])
    item, geometric = item[mine], geometric[mine]
    # Journal rows come by seq: the last occurrence of an item is its standing decision.
    last = len(item) - 1 - np.unique(item[::-1], return_index=True)[1]
    changed_ids = item[last][geometric[last]]
    out = np.zeros(len(t.items["id"]), dtype=bool)
    rows = index_of(t.items["id"], changed_ids)
    out[rows[rows >= 0]] = True
    t._cache["geometry_changed"] = out
    return out


def originals(t: CampaignTables) -> np.ndarray:
    """The campaign's polygons as delivered: items that are not a split's part."""
    return t.items["parent_id"] < 0


def reviewed(t: CampaignTables) -> np.ndarray:
    """Original polygons of the queue or the audit sample whose review stands: decided, validated or
    synced, or split (superseded, not merged away). A merged neighbour counts with its survivor."""
    split = is_in(t, "items", "state", (lc.SUPERSEDED,)) & (t.items["merged_into"] < 0)
    return originals(t) & is_in(t, "items", "part", ("queue", "audit")) \
        & (is_in(t, "items", "state", lc.DECIDED_STATES) | split)


def reworked(t: CampaignTables) -> np.ndarray:
    """Per item: the interpreter changed its couverture, its usage or its geometry."""
    def make() -> np.ndarray:
        split = is_in(t, "items", "state", (lc.SUPERSEDED,)) & (t.items["merged_into"] < 0)
        class_changed = differs(t, "cs_final", "code_cs") | differs(t, "us_final", "code_us")
        return (class_changed & is_in(t, "items", "state", lc.DECIDED_STATES)) | split | geometry_changed(t)
    return t.cached("reworked", make)


def _keys(t: CampaignTables, by: str):
    """(codes, labels) of the grouping ``by`` for every item."""
    n = len(t.items["id"])
    if by in ("department", "model_version"):
        return np.zeros(n, dtype=np.int64), [t.department if by == "department" else t.model_version]
    if by == "week":
        if "week" not in t._cache:
            day = day_of(t, "items", "decided_day")
            distinct, codes = np.unique(day, return_inverse=True)
            weeks = iso_weeks(distinct).tolist()
            labels = list(dict.fromkeys(weeks))
            week_of_day = np.array([labels.index(w) for w in weeks], dtype=np.int64)
            t._cache["week"] = (week_of_day[codes] if len(codes) else codes, labels)
        return t._cache["week"]
    column = {"class_cs": "code_cs", "class_us": "code_us", "interpreter": "decided_by", "part": "part"}.get(by)
    if column is None:
        raise InputError(tr("Regroupement inconnu « {by} » (choix : {choices}).", by=by, choices=", ".join(GROUPINGS)))
    return factor(t, "items", column)


def _ratio(num: float, den: float) -> Optional[float]:
    return None if den == 0 else float(num) / float(den)


def _wilson(k: int, n: int, z: float = 1.96) -> Optional[List[float]]:
    """Wilson score interval of a share k/n (binomial uncertainty of the units counted)."""
    if n == 0:
        return None
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return [max(centre - half, 0.0), min(centre + half, 1.0)]


def rework(t: CampaignTables, by: Optional[str] = None, period: Optional[Period] = None) -> List[dict]:
    """Rework rate by count and by area over the reviewed polygons (decided in ``period`` if given),
    overall (``by`` None: one row) or per group. Rows: key, reviewed, reworked, rate, rate_ci95,
    reviewed_km2, reworked_km2, area_rate."""
    unit = reviewed(t) & in_period(day_of(t, "items", "decided_day"), period)
    changed = reworked(t)
    area = np.nan_to_num(t.items["area_m2"]) / 1e6
    codes, labels = (np.zeros(len(unit), dtype=np.int64), [None]) if by is None else _keys(t, by)
    size = len(labels)
    n = np.bincount(codes[unit], minlength=size)
    k = np.bincount(codes[unit & changed], minlength=size)
    a_n = np.bincount(codes[unit], weights=area[unit], minlength=size)
    a_k = np.bincount(codes[unit & changed], weights=area[unit & changed], minlength=size)
    rows = []
    for g in sorted(range(size), key=lambda g: str(labels[g])):
        if by is not None and (labels[g] is None or n[g] == 0):
            continue
        rows.append({"key": labels[g], "reviewed": int(n[g]), "reworked": int(k[g]), "rate": _ratio(k[g], n[g]),
                     "rate_ci95": _wilson(int(k[g]), int(n[g])), "reviewed_km2": float(a_n[g]),
                     "reworked_km2": float(a_k[g]), "area_rate": _ratio(a_k[g], a_n[g])})
    return rows


def transitions(t: CampaignTables, dim: str) -> dict:
    """Model class → final class over the items an interpreter decided (split parts with their
    own codes and area): {"model": [...], "final": [...], "count": n×m, "area_km2": n×m}."""
    i = t.items
    m_codes, m_labels = factor(t, "items", f"code_{dim}")
    f_codes, f_labels = factor(t, "items", f"{dim}_final")
    sel = is_in(t, "items", "state", lc.DECIDED_STATES) & is_in(t, "items", "part", ("queue", "audit")) \
        & ~is_in(t, "items", f"code_{dim}", (None,)) & ~is_in(t, "items", f"{dim}_final", (None,))
    area = np.nan_to_num(i["area_m2"][sel]) / 1e6
    rows = sorted({m_labels[k] for k in np.unique(m_codes[sel])})
    cols = sorted({f_labels[k] for k in np.unique(f_codes[sel])})
    row_of = np.array([rows.index(x) if x in rows else -1 for x in m_labels], dtype=np.int64)
    col_of = np.array([cols.index(x) if x in cols else -1 for x in f_labels], dtype=np.int64)
    r, c = row_of[m_codes[sel]], col_of[f_codes[sel]]
    count = np.zeros((len(rows), len(cols)), dtype=np.int64)
    cell = r * len(cols) + c
    count += np.bincount(cell, minlength=count.size).reshape(count.shape)
    km2 = np.bincount(cell, weights=area, minlength=count.size).reshape(count.shape)
    return {"model": rows, "final": cols, "count": count.tolist(), "area_km2": km2.tolist()}


# --- validators -----------------------------------------------------------------------------------
def validation(t: CampaignTables, period: Optional[Period] = None, breakdowns: bool = True) -> dict:
    """First-pass acceptance (an item's first verdict is an approval) and rejections per judged item,
    overall and (``breakdowns``) by validator and by interpreter; items whose first verdict falls in
    ``period``."""
    j = t.journal
    judged_rows = is_in(t, "journal", "action", (lc.APPROVE, lc.REJECT))
    item = j["item_id"][judged_rows]
    rejected = is_in(t, "journal", "action", (lc.REJECT,))[judged_rows]
    day = day_of(t, "journal", "recorded_day")[judged_rows]
    ids, first = np.unique(item, return_index=True)     # by seq: the first verdict of each item
    keep = in_period(day[first], period)
    ids, first = ids[keep], first[keep]
    rejects = np.bincount(np.searchsorted(ids, item[rejected & np.isin(item, ids)]),
                          minlength=len(ids)) if len(ids) else np.zeros(0, np.int64)
    approved_first = ~rejected[first]

    def figures(sel):
        n, k = int(sel.sum()), int((sel & approved_first).sum())
        return {"judged": n, "approved_first": k, "rate": _ratio(k, n), "rate_ci95": _wilson(k, n),
                "rejections": int(rejects[sel].sum()), "rejections_per_item": _ratio(rejects[sel].sum(), n)}

    overall = {"overall": figures(np.ones(len(ids), dtype=bool))}
    if not breakdowns:
        return overall
    users, user_labels = factor(t, "journal", "user")
    validator = users[judged_rows][first]
    rows = index_of(t.items["id"], ids)
    deciders, decider_labels = factor(t, "items", "decided_by")
    interpreter = np.where(rows >= 0, deciders[np.maximum(rows, 0)], -1)
    return {**overall, "by_validator": _by_label(validator, user_labels, figures),
            "by_interpreter": _by_label(interpreter, decider_labels, figures)}


def _by_label(codes: np.ndarray, labels: list, figures) -> dict:
    """{label: figures(rows of that label)} for the labels present, by label (None and -1 left out)."""
    present = {labels[k]: k for k in np.unique(codes[codes >= 0]).tolist() if labels[k] is not None}
    return {label: figures(codes == present[label]) for label in sorted(present)}


# --- production, cost, automation -----------------------------------------------------------------
def validations(t: CampaignTables):
    """(day, km²) of each item validated now (validated or synced): the day of its last approval."""
    j = t.journal
    approve = is_in(t, "journal", "action", (lc.APPROVE,))
    item, day = j["item_id"][approve], day_of(t, "journal", "recorded_day")[approve]
    last = len(item) - 1 - np.unique(item[::-1], return_index=True)[1]
    item, day = item[last], day[last]
    rows = index_of(t.items["id"], item)
    ok = rows >= 0
    ok[ok] = is_in(t, "items", "state", lc.VALIDATED_STATES)[rows[ok]]
    return day[ok], np.nan_to_num(t.items["area_m2"][rows[ok]]) / 1e6


def to_validate_km2(t: CampaignTables) -> float:
    """Area that the campaign must see validated: current items of the queue and the audit sample."""
    current = is_in(t, "items", "part", ("queue", "audit")) & ~is_in(t, "items", "state", (lc.SUPERSEDED,))
    return float(np.nan_to_num(t.items["area_m2"][current]).sum() / 1e6)


def read_plan(path: str) -> Dict[str, Dict[dt.date, float]]:
    """A production plan: CSV ``date,planned_km2`` (km² planned for that day), with an optional
    ``department`` column; {département or "*": {date: km²}}. Opened and its numbers read as the
    sample files are (accuracy.open_csv_table, accuracy.decimal)."""
    name = os.path.basename(str(path))
    if not os.path.exists(path):
        raise InputError(tr("Plan de production illisible « {path} » : {error}.", path=path,
                            error=os.strerror(errno.ENOENT)))
    rows, delimiter = accuracy.open_csv_table(path, ("date", "planned_km2"), tr("du plan de production"))
    plan: Dict[str, Dict[dt.date, float]] = {}
    for line, row in rows:
        try:
            day = dt.date.fromisoformat((row.get("date") or "").strip())
        except ValueError:
            raise InputError(tr("{name}, ligne {line} : date invalide « {value} » (attendu AAAA-MM-JJ).", name=name,
                                line=line, value=row.get("date"))) from None
        try:
            km2 = accuracy.decimal(row.get("planned_km2") or "", delimiter)
        except ValueError:
            raise InputError(tr("{name}, ligne {line} : surface prévue non numérique « {value} ».", name=name, line=line,
                                value=row.get("planned_km2"))) from None
        if not math.isfinite(km2) or km2 < 0:
            raise InputError(tr("{name}, ligne {line} : la surface prévue doit être positive ou nulle.", name=name,
                                line=line))
        dep = (row.get("department") or "").strip() or "*"
        per_day = plan.setdefault(dep, {})
        per_day[day] = per_day.get(day, 0.0) + km2
    return plan


def plan_for(plan: Optional[Dict[str, Dict[dt.date, float]]], department: str) -> Dict[dt.date, float]:
    if not plan:
        return {}
    return plan.get(department, plan.get("*", {}))


@dataclass(frozen=True)
class IndicatorInputs:
    """What the indicators of a run take besides a campaign's tables: the month, the plan, the costs
    and today (read once for all the départements of the run)."""
    period: Period
    plan: Optional[Dict[str, Dict[dt.date, float]]]
    hourly_cost: float
    fixed_cost: Dict[str, float]
    today: dt.date

    def options(self, department: str) -> dict:
        """The keyword arguments of indicators.payload / report.details for one département."""
        return dict(plan=plan_for(self.plan, department), hourly_cost=self.hourly_cost,
                    fixed_cost=self.fixed_cost.get(department, self.fixed_cost.get("*", 0.0)), today=self.today)


def indicator_inputs(period: Optional[str] = None, plan: Optional[str] = None, hourly_cost: float = 0.0,
                     fixed_cost: Optional[Dict[str, float]] = None) -> IndicatorInputs:
    """The month ``period`` (AAAA-MM; none: the current month), the plan CSV at ``plan`` (read_plan),
    the costs (``fixed_cost`` by département, "*" for the others)."""
    today = dt.datetime.now(dt.timezone.utc).date()
    return IndicatorInputs(Period.parse(period) if period else Period.containing(today),
                           read_plan(plan) if plan else None, hourly_cost, dict(fixed_cost or {}), today)


# Fewer days of validations than this since the first one and no completion date is forecast: one busy
# first day extrapolated over the whole département gave « Fin prévue 2072-10-01 ».
MIN_PACE_DAYS = 7


def production(t: CampaignTables, plan: Dict[dt.date, float], as_of: dt.date,
               period: Optional[Period] = None, pace_days: int = 14) -> dict:
    """km² validated per day against the plan, up to ``as_of``; the month's plan in full; the forecast
    completion date at the pace of the last ``pace_days`` days (fewer when validations began later,
    none before MIN_PACE_DAYS of them: ``pace_days`` in the result says how many were used)."""
    day, km2 = validations(t)
    stop = np.datetime64(as_of) + 1
    keep = day < stop
    day, km2 = day[keep], km2[keep]
    first_days = [d for d in plan if d <= as_of] + ([day.min().astype(dt.date)] if len(day) else [])
    start = min(first_days) if first_days else as_of
    span = np.arange(np.datetime64(start), stop)
    validated = np.zeros(len(span))
    validated += np.bincount((day - np.datetime64(start)).astype(np.int64), weights=km2, minlength=len(span))
    planned = np.array([plan.get(d.astype(dt.date), 0.0) for d in span])
    target = to_validate_km2(t)
    done = float(validated.sum())
    history = (as_of - day.min().astype(dt.date)).days + 1 if len(day) else 0
    window = min(pace_days, history)
    recent = float(validated[-window:].sum()) / window if window else 0.0
    remaining = max(target - done, 0.0)
    if remaining <= 0:
        forecast = (day.max().astype(dt.date) if len(day) else as_of).isoformat()
    elif recent > 0 and window >= MIN_PACE_DAYS:
        forecast = (as_of + dt.timedelta(days=math.ceil(remaining / recent))).isoformat()
    else:
        forecast = None
    in_p = in_period(span, period) if period else np.ones(len(span), bool)
    # The month's plan is the whole month's, also the days after ``as_of``: « prévus (mois) ».
    planned_period = float(sum(v for d, v in plan.items() if period is None or period.start <= d < period.end))
    return {"days": [str(d) for d in span], "validated_km2": validated.tolist(), "planned_km2": planned.tolist(),
            "validated_km2_period": float(validated[in_p].sum()), "planned_km2_period": planned_period,
            "validated_km2_total": done, "planned_km2_total": float(planned.sum()),
            "planned_km2_all": float(sum(plan.values())), "to_validate_km2": target, "remaining_km2": remaining,
            "pace_km2_per_day": recent, "pace_days": window, "forecast_completion": forecast}


def cost(t: CampaignTables, as_of: dt.date, hourly_cost: float, fixed_cost: float) -> dict:
    """Cost per km² validated, cumulative to ``as_of``: active hours from the journal × hourly cost
    + the département's fixed cost, over the km² validated; and its series day by day."""
    j = t.journal
    day = day_of(t, "journal", "recorded_day")
    stop = np.datetime64(as_of) + 1
    keep = day < stop
    v_day, v_km2 = validations(t)
    v_keep = v_day < stop
    starts = [d.min() for d in (day[keep], v_day[v_keep]) if len(d)]
    start = min(starts) if starts else np.datetime64(as_of)
    span = np.arange(start, stop)
    hours = np.zeros(len(span))
    hours += np.bincount((day[keep] - start).astype(np.int64), weights=j["active_seconds"][keep] / 3600.0,
                         minlength=len(span))
    km2 = np.zeros(len(span))
    km2 += np.bincount((v_day[v_keep] - start).astype(np.int64), weights=v_km2[v_keep], minlength=len(span))
    cum_cost = np.cumsum(hours) * hourly_cost + fixed_cost
    cum_km2 = np.cumsum(km2)
    with np.errstate(divide="ignore", invalid="ignore"):
        series = np.where(cum_km2 > 0, cum_cost / cum_km2, np.nan)
    total_hours = float(hours.sum())
    total = total_hours * hourly_cost + fixed_cost
    validated = float(km2.sum())
    return {"active_hours": total_hours, "hourly_cost": float(hourly_cost), "fixed_cost": float(fixed_cost),
            "total_cost": total, "validated_km2": validated, "per_km2": _ratio(total, validated) if validated else None,
            "days": [str(d) for d in span], "per_km2_series": [None if math.isnan(x) else float(x) for x in series]}


def automation(t: CampaignTables) -> dict:
    """Share of the campaign's area accepted by triage (auto-accepted or audit sample) whose model
    output no one changed (an audit polygon not yet reviewed counts as accepted as it is)."""
    i = t.items
    orig = originals(t)
    area = np.nan_to_num(i["area_m2"]) / 1e6
    accepted = orig & is_in(t, "items", "part", ("auto", "audit")) & ~is_in(t, "items", "state", (lc.SUPERSEDED,)) \
        & ~reworked(t)
    total = float(area[orig].sum())
    kept = float(area[accepted].sum())
    return {"accepted_unchanged_km2": kept, "total_km2": total, "rate": _ratio(kept, total),
            "accepted_unchanged": int(accepted.sum()), "polygons": int(orig.sum())}


def items_summary(t: CampaignTables, period: Optional[Period] = None) -> dict:
    unit = reviewed(t)
    decided_in = unit & in_period(day_of(t, "items", "decided_day"), period)
    orig = originals(t)
    return {"polygons": int(orig.sum()),
            "to_review": int((orig & is_in(t, "items", "part", ("queue", "audit"))).sum()),
            "reviewed": int(unit.sum()), "reviewed_in_period": int(decided_in.sum()),
            "validated": int(is_in(t, "items", "state", lc.VALIDATED_STATES).sum())}
