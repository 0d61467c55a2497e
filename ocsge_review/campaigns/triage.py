"""Triage: split a campaign's polygons into a review queue, auto-accepted polygons and an audit sample."""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np

from ..ocsge import nomenclature as nom
from .. import numbers as num
from ..errors import InputError
from ..messages import tr

QUEUE, AUTO, AUDIT = "queue", "auto", "audit"
PARTS = (QUEUE, AUTO, AUDIT)
SCORES = ("top1", "margin", "entropy")

# Confidence layers store float32: a probability of 1 may read back as 1.0000001.
_CONF_TOLERANCE = 1e-6


def _is_number(value) -> bool:
    return isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(value, bool)


def _is_int(value) -> bool:
    return isinstance(value, (int, np.integer)) and not isinstance(value, bool)


@dataclass
class TriagePolicy:
    """How polygons are split; saved with the campaign (``to_dict``/``from_dict``)."""
    threshold: float = 0.85
    class_thresholds: Dict[str, float] = field(default_factory=dict)
    score: str = "top1"
    area_boost: float = 0.0
    artif_boost: float = 0.0
    audit_bands: Tuple[float, ...] = (0.85, 0.9, 0.95, 0.98, 1.0)
    audit_by_class: bool = False
    target_se: float = 0.01
    audit_size: Optional[int] = None
    min_per_stratum: int = 20
    seed: int = 1

    def validate(self) -> None:
        """Raise InputError, in the user's language, on the first setting that makes no sense."""
        def probability(name, value):
            if not _is_number(value) or not 0.0 <= float(value) <= 1.0:
                raise InputError(tr("Le seuil de confiance « {name} » doit être un nombre entre 0 et 1 "
                                    "(valeur reçue : {value!r}).", name=name, value=value))

        probability("threshold", self.threshold)
        if not isinstance(self.class_thresholds, dict):
            raise InputError(tr("Les seuils par classe doivent être donnés sous la forme code → seuil."))
        for code, value in self.class_thresholds.items():
            if code not in nom.CS_LEAVES and code not in nom.US_LEAVES:
                canonical = nom.normalise_code(code) if isinstance(code, str) else None
                hint = (" " + tr("(vouliez-vous dire « {canonical} » ?)", canonical=canonical)
                        if canonical in nom.CS_LEAVES or canonical in nom.US_LEAVES else "")
                raise InputError(tr("Seuil par classe : « {code} » n'est pas un code de couverture "
                                    "ou d'usage OCS GE de dernier niveau{hint}.",
                                    code=code, hint=hint))
            probability(code, value)
        if self.score not in SCORES:
            raise InputError(tr("Score d'incertitude inconnu : « {score} » "
                                "(choix possibles : {scores}).",
                                score=self.score, scores=', '.join(SCORES)))
        for name in ("area_boost", "artif_boost"):
            value = getattr(self, name)
            if not _is_number(value) or not math.isfinite(value) or value < 0:
                raise InputError(tr("Le bonus « {name} » doit être un nombre positif ou nul "
                                    "(valeur reçue : {value!r}).", name=name, value=value))
        if not isinstance(self.audit_bands, (tuple, list)):
            raise InputError(tr("Les bornes des tranches de confiance de l'échantillon de contrôle "
                                "doivent être une liste de nombres."))
        bands = tuple(self.audit_bands)
        if not all(_is_number(b) and 0.0 <= float(b) <= 1.0 for b in bands):
            raise InputError(tr("Les bornes des tranches de confiance de l'échantillon de contrôle "
                                "doivent être entre 0 et 1 (reçu : {bands}).", bands=list(bands)))
        if any(lo >= hi for lo, hi in zip(bands, bands[1:])):
            raise InputError(tr("Les bornes des tranches de confiance de l'échantillon de contrôle "
                                "doivent être strictement croissantes (reçu : {bands}).",
                                bands=list(bands)))
        if not isinstance(self.audit_by_class, bool):
            raise InputError(tr("« audit_by_class » doit valoir vrai ou faux."))
        if not _is_number(self.target_se) or not 0.0 < float(self.target_se) <= 0.5:
            raise InputError(tr("L'erreur-type visée doit être strictement positive et au plus 0,5 "
                                "(valeur reçue : {target_se!r}).", target_se=self.target_se))
        if self.audit_size is not None and (not _is_int(self.audit_size) or self.audit_size < 0):
            raise InputError(tr("La taille imposée de l'échantillon de contrôle doit être un entier "
                                "positif ou nul (valeur reçue : {audit_size!r}).",
                                audit_size=self.audit_size))
        if not _is_int(self.min_per_stratum) or self.min_per_stratum < 0:
            raise InputError(tr("Le minimum de polygones contrôlés par strate doit être un entier positif "
                                "ou nul (valeur reçue : {min_per_stratum!r}).",
                                min_per_stratum=self.min_per_stratum))
        if not _is_int(self.seed) or self.seed < 0:
            raise InputError(tr("La graine du tirage doit être un entier positif ou nul "
                                "(valeur reçue : {seed!r}).", seed=self.seed))

    def to_dict(self) -> dict:
        return {"threshold": float(self.threshold),
                "class_thresholds": {k: float(v) for k, v in self.class_thresholds.items()},
                "score": self.score, "area_boost": float(self.area_boost),
                "artif_boost": float(self.artif_boost),
                "audit_bands": [float(b) for b in self.audit_bands],
                "audit_by_class": self.audit_by_class, "target_se": float(self.target_se),
                "audit_size": None if self.audit_size is None else int(self.audit_size),
                "min_per_stratum": int(self.min_per_stratum), "seed": int(self.seed)}

    @classmethod
    def from_dict(cls, d: dict) -> "TriagePolicy":
        """A validated policy; keys left out keep their default."""
        if not isinstance(d, dict):
            raise InputError(tr("La politique de tri enregistrée est illisible (objet attendu)."))
        known = set(cls.__dataclass_fields__)
        unknown = sorted(set(d) - known)
        if unknown:
            # A typo in a saved campaign would otherwise silently fall back to a default.
            raise InputError(tr("Paramètre de tri inconnu : « {unknown} ».", unknown=unknown[0]))
        values = dict(d)
        if "audit_bands" in values and isinstance(values["audit_bands"], (list, tuple)):
            values["audit_bands"] = tuple(values["audit_bands"])
        if isinstance(values.get("class_thresholds"), dict):
            values["class_thresholds"] = dict(values["class_thresholds"])
        policy = cls(**values)
        policy.validate()
        return policy


def load_policy(path: Optional[str] = None, overrides: Optional[Dict[str, object]] = None) -> TriagePolicy:
    """The triage policy of the JSON file at ``path`` (none: the defaults), the ``overrides`` that are
    not None winning over the file (the options of the command line or of the algorithm)."""
    settings: dict = {}
    if path:
        try:
            with open(path, encoding="utf-8") as fh:
                settings = json.load(fh)
        except json.JSONDecodeError as exc:
            raise InputError(tr("Politique de tri « {policy} » : JSON invalide (ligne {lineno}).",
                                policy=path, lineno=exc.lineno)) from None
        except (OSError, UnicodeError) as exc:
            raise InputError(tr("Politique de tri illisible « {policy} » : {strerror}.", policy=path,
                                strerror=exc.strerror if isinstance(exc, OSError) else exc)) from None
        if not isinstance(settings, dict):
            raise InputError(tr("Politique de tri « {policy} » : un objet JSON est attendu.", policy=path))
    settings.update({key: value for key, value in (overrides or {}).items() if value is not None})
    return TriagePolicy.from_dict(settings)


_FLOAT_FIELDS = ("conf_cs", "conf_us", "margin_cs", "margin_us", "entropy_cs", "entropy_us", "area_m2")
_CODE_FIELDS = ("cs_top1", "cs_top2", "us_top1", "us_top2", "code_cs", "code_us")
_REQUIRED = ("conf_cs", "conf_us", "code_cs", "code_us", "area_m2")


@dataclass
class TriageInputs:
    """Aligned per-polygon arrays, named after the confidence layer's fields.

    Unknown values are NaN (numbers) or None (codes); optional arrays left out
    are filled that way.
    """
    conf_cs: np.ndarray
    conf_us: np.ndarray
    code_cs: np.ndarray
    code_us: np.ndarray
    area_m2: np.ndarray
    margin_cs: Optional[np.ndarray] = None
    margin_us: Optional[np.ndarray] = None
    entropy_cs: Optional[np.ndarray] = None
    entropy_us: Optional[np.ndarray] = None
    cs_top1: Optional[np.ndarray] = None
    cs_top2: Optional[np.ndarray] = None
    us_top1: Optional[np.ndarray] = None
    us_top2: Optional[np.ndarray] = None

    def __post_init__(self):
        n = len(self.conf_cs)
        for name in _FLOAT_FIELDS + _CODE_FIELDS:
            value = getattr(self, name)
            if value is None:
                value = np.full(n, np.nan) if name in _FLOAT_FIELDS else np.full(n, None, dtype=object)
            else:
                try:
                    value = np.asarray(value, dtype="float64" if name in _FLOAT_FIELDS else object)
                except (TypeError, ValueError):
                    raise InputError(tr("Le champ « {name} » contient des valeurs non numériques.",
                                        name=name)) from None
            if value.shape != (n,):
                raise InputError(tr("Le champ « {name} » n'a pas autant de valeurs que « conf_cs » "
                                    "({count} au lieu de {n}).", name=name, count=len(value), n=n))
            setattr(self, name, value)
        for name in ("conf_cs", "conf_us", "margin_cs", "margin_us", "entropy_cs", "entropy_us"):
            values = getattr(self, name)
            known = values[np.isfinite(values)]
            if known.size and (known.min() < -_CONF_TOLERANCE or known.max() > 1 + _CONF_TOLERANCE):
                raise InputError(tr("Le champ « {name} » doit contenir des valeurs entre 0 et 1 ; il va de "
                                    "{min:g} à {max:g} (des pourcentages ?).",
                                    name=name, min=known.min(), max=known.max()))

    def __len__(self) -> int:
        return len(self.conf_cs)

    @classmethod
    def from_columns(cls, cols: Dict[str, Sequence]) -> "TriageInputs":
        """From a dict of arrays keyed by confidence-layer field names; other keys are ignored."""
        missing = [name for name in _REQUIRED if name not in cols]
        if missing:
            raise InputError(tr("La couche de confiance n'a pas le(s) champ(s) "
                                "{fields} nécessaire(s) au tri.",
                                fields=', '.join('« ' + m + ' »' for m in missing)))
        return cls(**{name: cols[name] for name in _FLOAT_FIELDS + _CODE_FIELDS if name in cols})


@dataclass
class TriageResult:
    """Which part each polygon went to, in what order to review, and the audit design."""
    part: np.ndarray
    priority: np.ndarray
    queue_order: np.ndarray
    stratum: np.ndarray
    strata: List[dict]
    summary: Dict[str, dict]
    # Sample size from target_se (or audit_size), before the per-stratum floor.
    audit_target: int = 0
    # Anticipated standard error of the auto-accepted part's accuracy with the drawn sizes.
    expected_se: float = float("nan")
    target_se: float = float("nan")  # NaN when audit_size fixed the size

    def report(self) -> str:
        """French lines for the user to read before committing to the campaign."""
        names = {QUEUE: tr("File de revue"), AUTO: tr("Acceptés automatiquement (hors contrôle)"),
                 AUDIT: tr("Échantillon de contrôle (acceptés, revus à l'aveugle)")}
        lines = [tr("{part} : {count} polygones ({area})", part=names[p], count=num.count(self.summary[p]['count']),
                    area=num.km2(self.summary[p]['area_km2'])) for p in PARTS]
        sampled = self.summary[AUDIT]["count"]
        if self.strata:
            floor = "" if sampled <= self.audit_target else \
                tr(", relevée à {count} par le minimum par strate", count=num.count(sampled))
            how = tr("calculée") if math.isfinite(self.target_se) else tr("imposée")
            lines.append(tr("Échantillon tiré au hasard, sans remise, dans {count} strate(s) : "
                            "taille {how} {size}{floor}",
                            count=len(self.strata), how=how, size=num.count(self.audit_target), floor=floor))
            if math.isfinite(self.expected_se):
                aim = (" " + tr("(visée : {percent})", percent=num.percent(self.target_se))
                       if math.isfinite(self.target_se) else "")
                lines.append(tr("Erreur-type attendue sur l'exactitude des polygones acceptés : "
                                "{percent}{aim}", percent=num.percent(self.expected_se), aim=aim))
            for h in self.strata:
                lines.append(tr("  strate {label} : {count} contrôlés sur {total} (exactitude attendue {percent})",
                                label=h['label'], count=num.count(h['n_h']), total=num.count(h['N_h']),
                                percent=num.percent(h['U_h'])))
        return "\n".join(lines)


def _index(values: np.ndarray, dim: str) -> np.ndarray:
    """Position of each code among the dimension's leaves; -1 for a missing or non-leaf code."""
    return nom.leaf_indices(values, nom.COUVERTURE if dim == "cs" else nom.USAGE)[0]


def _uncertainty(conf: np.ndarray, margin: np.ndarray, entropy: np.ndarray, score: str) -> np.ndarray:
    top1 = 1.0 - conf
    if score == "top1":
        u = top1
    elif score == "margin":
        # A single confidence value has no margin or entropy: fall back to top-1.
        u = np.where(np.isnan(margin), top1, 1.0 - margin)
    else:
        u = np.where(np.isnan(entropy), top1, entropy)
    return np.clip(u, 0.0, 1.0)


def _normalised_log_area(area: np.ndarray) -> np.ndarray:
    la = np.log1p(np.clip(np.nan_to_num(area, nan=0.0), 0.0, None))
    if la.size == 0:
        return la
    lo, hi = la.min(), la.max()
    if hi <= lo:
        return np.zeros_like(la)
    return (la - lo) / (hi - lo)


def _artif_status_table() -> np.ndarray:
    """Status of every leaf pair (1 / 0); the extra last row and column (index -1) are unknown (-1)."""
    table = np.full((len(nom.CS_LEAVES) + 1, len(nom.US_LEAVES) + 1), -1, dtype=np.int8)
    for i, cs in enumerate(nom.CS_LEAVES):
        for j, us in enumerate(nom.US_LEAVES):
            table[i, j] = nom.is_artificialised(cs, us)
    return table


def _artif_flip(inp: TriageInputs, rows: np.ndarray, cs_less_confident: np.ndarray) -> np.ndarray:
    """True where swapping the less confident dimension for its second class changes artificialisation."""
    def predicted(dim):
        code = _index(getattr(inp, f"code_{dim}")[rows], dim)
        top1 = _index(getattr(inp, f"{dim}_top1")[rows], dim)
        top2 = _index(getattr(inp, f"{dim}_top2")[rows], dim)
        pred = np.where(code >= 0, code, top1)
        # The delivered code is normally the top-1 class; if the model labelled
        # its second class, the alternative is its first.
        alt = np.where(top2 != pred, top2, top1)
        return pred, alt

    table = _artif_status_table()
    cs, cs_alt = predicted("cs")
    us, us_alt = predicted("us")
    status = table[cs, us]
    alt_status = np.where(cs_less_confident, table[cs_alt, us], table[cs, us_alt])
    return (status >= 0) & (alt_status >= 0) & (status != alt_status)


def _leaves(dim: str) -> Tuple[str, ...]:
    return nom.CS_LEAVES if dim == "cs" else nom.US_LEAVES


def _thresholds(inp: TriageInputs, policy: TriagePolicy, dim: str) -> np.ndarray:
    leaves = _leaves(dim)
    per_class = np.full(len(leaves) + 1, float(policy.threshold))  # last slot: code unknown
    overrides = {c: v for c, v in policy.class_thresholds.items() if c in leaves}
    if not overrides:
        return np.full(len(inp), float(policy.threshold))
    for code, value in overrides.items():
        per_class[leaves.index(code)] = float(value)
    return per_class[_index(getattr(inp, f"code_{dim}"), dim)]


def olofsson_sample_size(N_h: Sequence[float], U_h: Sequence[float], target_se: float) -> float:
    """Total sample size for a target standard error of overall accuracy (not rounded).

    Olofsson et al. (2014) eq. 13, n = (Σ W_h S_h / S(Ô))² with W_h = N_h / N and
    S_h = √(U_h (1 − U_h)), then the finite-population correction n / (1 + n / N).
    """
    N_h = np.asarray(N_h, dtype="float64")
    U_h = np.asarray(U_h, dtype="float64")
    N = N_h.sum()
    if N <= 0:
        return 0.0
    S_h = np.sqrt(np.clip(U_h * (1.0 - U_h), 0.0, None))
    n = (np.sum(N_h / N * S_h) / target_se) ** 2
    return float(n / (1.0 + n / N))


def neyman_allocation(N_h: Sequence[int], S_h: Sequence[float], total: int) -> np.ndarray:
    """Integer n_h ∝ N_h S_h summing to ``total`` (capped at N), never above N_h.

    Strata whose share exceeds their size are taken whole and the rest is
    shared again; proportional allocation when every S_h is 0. Rounding by
    largest remainder, ties to the first stratum.
    """
    N_h = np.asarray(N_h, dtype=np.int64)
    S_h = np.asarray(S_h, dtype="float64")
    total = int(min(total, N_h.sum()))
    n_h = np.zeros(len(N_h), dtype=np.int64)
    whole = np.zeros(len(N_h), dtype=bool)
    while True:
        free = ~whole & (N_h > 0)
        remaining = total - N_h[whole].sum()
        if not free.any() or remaining <= 0:
            n_h[whole] = N_h[whole]
            return n_h
        w = np.where(free, N_h * S_h, 0.0)
        if w.sum() <= 0:
            w = np.where(free, N_h, 0).astype("float64")
        share = remaining * w / w.sum()
        over = free & (share > N_h)
        if not over.any():
            break
        whole |= over
    n_h[whole] = N_h[whole]
    base = np.floor(share).astype(np.int64)
    left = int(remaining - base[free].sum())
    frac = np.where(free, share - base, -1.0)
    order = np.argsort(-frac, kind="stable")[:left]
    base[order] += 1
    n_h[free] = base[free]
    return n_h


def _band_edges(bands: Sequence[float], lowest: float = 0.0) -> np.ndarray:
    """Band edges from ``lowest`` (the lowest threshold that accepts a polygon:
    nothing auto-accepted lies below it) up to 1."""
    edges = [float(b) for b in bands if float(b) > lowest]
    edges.insert(0, lowest)
    if edges[-1] < 1.0:
        edges.append(1.0)
    return np.asarray(edges)


def _trim_to(n_h: np.ndarray, floor: np.ndarray, total: int) -> np.ndarray:
    """Take the excess over ``total`` from the strata furthest above their floor."""
    n_h = n_h.copy()
    while n_h.sum() > total:
        h = int(np.argmax(n_h - floor))
        if n_h[h] <= floor[h]:
            break
        n_h[h] -= 1
    return n_h


def _edge_label(x: float) -> str:
    text = f"{x:.2f}"
    return text if float(text) == x else f"{x:g}"


def triage(inputs: TriageInputs, policy: TriagePolicy) -> TriageResult:
    """Split polygons into QUEUE / AUTO / AUDIT under ``policy``; deterministic for a given seed.

    A polygon is auto-accepted when both its couverture and usage confidence
    reach the threshold of its predicted class (NaN never does). The audit
    sample is a stratified random sample without replacement of the
    auto-accepted polygons, drawn with ``np.random.default_rng(policy.seed)``.
    """
    policy.validate()
    n = len(inputs)
    conf_cs, conf_us = inputs.conf_cs, inputs.conf_us
    known = np.isfinite(conf_cs) & np.isfinite(conf_us)
    with np.errstate(invalid="ignore"):
        accepted = known & (conf_cs >= _thresholds(inputs, policy, "cs")) \
            & (conf_us >= _thresholds(inputs, policy, "us"))

    part = np.full(n, AUTO, dtype=object)
    part[~accepted] = QUEUE
    priority = np.full(n, np.nan)
    rows = np.flatnonzero(~accepted)
    if rows.size:
        u_cs = _uncertainty(conf_cs[rows], inputs.margin_cs[rows], inputs.entropy_cs[rows], policy.score)
        u_us = _uncertainty(conf_us[rows], inputs.margin_us[rows], inputs.entropy_us[rows], policy.score)
        # An unknown dimension counts as the least confident one; ties go to couverture.
        cs_less = np.isnan(u_cs) | (~np.isnan(u_us) & (u_cs >= u_us))
        base = np.fmax(u_cs, u_us)
        boost = np.zeros(rows.size)
        if policy.area_boost:
            boost += policy.area_boost * _normalised_log_area(inputs.area_m2)[rows]
        if policy.artif_boost:
            boost += policy.artif_boost * _artif_flip(inputs, rows, cs_less)
        # Unknown confidence goes ahead of anything a known polygon can score,
        # and is still ordered by the boosts among itself.
        ceiling = 1.0 + policy.area_boost + policy.artif_boost
        unknown = ~known[rows]
        base = np.where(unknown, ceiling + 1.0, base)
        priority[rows] = base + boost
    queue_order = rows[np.argsort(-priority[rows], kind="stable")]

    stratum = np.full(n, None, dtype=object)
    strata, audit_target, expected_se = _audit(inputs, policy, accepted, part, stratum)
    area_km2 = np.nan_to_num(inputs.area_m2, nan=0.0) / 1e6
    summary = {p: {"count": int(np.count_nonzero(part == p)),
                   "area_km2": float(area_km2[part == p].sum())} for p in PARTS}
    return TriageResult(part=part, priority=priority, queue_order=queue_order, stratum=stratum,
                        strata=strata, summary=summary, audit_target=audit_target,
                        expected_se=expected_se,
                        target_se=float(policy.target_se) if policy.audit_size is None else float("nan"))


def _audit(inputs: TriageInputs, policy: TriagePolicy, accepted: np.ndarray, part: np.ndarray,
           stratum: np.ndarray) -> Tuple[List[dict], int, float]:
    """Stratify the auto-accepted polygons, size and draw the audit sample (fills part and stratum)."""
    rows = np.flatnonzero(accepted)
    if rows.size == 0:
        return [], 0, float("nan")
    conf = np.fmin(inputs.conf_cs[rows], inputs.conf_us[rows])
    lowest = min([policy.threshold, *policy.class_thresholds.values()])
    edges = _band_edges(policy.audit_bands, lowest)
    nbands = len(edges) - 1
    # The top band is closed so a confidence of exactly 1 has a stratum.
    band = np.clip(np.searchsorted(edges, conf, side="right") - 1, 0, nbands - 1)
    ncls = len(nom.CS_LEAVES) + 1
    cls = _index(inputs.code_cs[rows], "cs") % ncls if policy.audit_by_class \
        else np.zeros(rows.size, dtype=np.int64)
    key = band * ncls + cls
    keys, inverse, N_h = np.unique(key, return_inverse=True, return_counts=True)
    U_h = np.bincount(inverse, weights=conf) / N_h
    S_h = np.sqrt(np.clip(U_h * (1.0 - U_h), 0.0, None))
    N = rows.size
    if policy.audit_size is not None:
        target = int(min(policy.audit_size, N))
    else:
        # The tolerance keeps float noise (100.0000000001) from adding a polygon.
        target = int(min(math.ceil(olofsson_sample_size(N_h, U_h, policy.target_se) - 1e-9), N))
    floor = np.minimum(N_h, policy.min_per_stratum)
    if policy.audit_size is not None:
        # An explicit size is a budget: the per-stratum minimum shrinks to fit it.
        floor = np.minimum(floor, target // len(keys))
    n_h = np.maximum(neyman_allocation(N_h, S_h, target), floor)
    if policy.audit_size is not None:
        n_h = _trim_to(n_h, floor, target)

    labels = []
    for k in keys:
        b, c = divmod(int(k), ncls)
        text = f"{_edge_label(edges[b])}–{_edge_label(edges[b + 1])}"
        if policy.audit_by_class:
            text += "|" + (nom.CS_LEAVES[c] if c < len(nom.CS_LEAVES) else "?")
        labels.append(text)
    label_arr = np.asarray(labels, dtype=object)
    stratum[rows] = label_arr[inverse]

    rng = np.random.default_rng(policy.seed)
    members = rows[np.argsort(inverse, kind="stable")]
    starts = np.concatenate(([0], np.cumsum(N_h)))
    W_h = N_h / N
    for h in range(len(keys)):
        if n_h[h]:
            pool = members[starts[h]:starts[h + 1]]
            part[rng.choice(pool, size=int(n_h[h]), replace=False)] = AUDIT
    with np.errstate(divide="ignore", invalid="ignore"):
        var = np.where(n_h > 0, W_h ** 2 * S_h ** 2 / n_h * (1.0 - n_h / N_h),
                       np.where(S_h > 0, np.inf, 0.0))
    strata = [{"label": labels[h], "N_h": int(N_h[h]), "n_h": int(n_h[h]), "U_h": float(U_h[h]),
               "W_h": float(W_h[h]), "S_h": float(S_h[h])} for h in range(len(keys))]
    return strata, target, float(math.sqrt(var.sum()))
