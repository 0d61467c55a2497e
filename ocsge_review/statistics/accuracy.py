"""Map accuracy and class areas with confidence intervals from a stratified random sample (Stehman 2014)."""
from __future__ import annotations

import csv
import math
import os
from dataclasses import dataclass
from typing import Dict, Iterator, List, Optional, Sequence, Tuple, Union

import numpy as np

from ..errors import InputError
from ..messages import tr

SAMPLE_COLUMNS = ("stratum", "map_class", "ref_class")
STRATA_COLUMNS = ("stratum", "size")


@dataclass(frozen=True)
class SampleUnit:
    """One sample unit: the stratum it was drawn from, its map label and its reference label."""
    stratum: str
    map_class: str
    ref_class: str


SampleLike = Union[SampleUnit, Tuple[str, str, str], Sequence[str]]


@dataclass
class _Stratum:
    """The sample of one stratum, with its size N_h and sample size n_h."""
    size: float
    map_labels: np.ndarray
    ref_labels: np.ndarray

    @property
    def n(self) -> int:
        return len(self.map_labels)


def _as_unit(item: SampleLike, index: int) -> SampleUnit:
    if isinstance(item, SampleUnit):
        return item
    try:
        if isinstance(item, str):
            # A three-letter string would otherwise unpack into three one-letter labels.
            raise TypeError
        stratum, map_class, ref_class = item
    except (TypeError, ValueError):
        raise InputError(tr("Échantillon n° {index} illisible : il faut trois valeurs "
                            "(strate, classe carte, classe référence), reçu {item!r}.",
                            index=index + 1, item=item)) from None
    return SampleUnit(str(stratum), str(map_class), str(ref_class))


def _strata(units: Sequence[SampleUnit], strata_sizes: Dict[str, float],
            fpc: bool) -> Dict[str, _Stratum]:
    """Group the sample by stratum, refusing what would make the estimators meaningless."""
    if not units:
        raise InputError(tr("Aucun échantillon : impossible d'estimer la précision."))
    sizes: Dict[str, float] = {}
    for name, size in strata_sizes.items():
        try:
            value = float(size)
        except (TypeError, ValueError):
            raise InputError(tr("Taille de la strate « {name} » non numérique : {size!r}.",
                                name=name, size=size)) from None
        if not math.isfinite(value) or value <= 0:
            raise InputError(tr("Taille de la strate « {name} » invalide ({size!r}) : "
                                "elle doit être un nombre strictement positif.",
                                name=name, size=size))
        sizes[str(name)] = value
    grouped: Dict[str, List[SampleUnit]] = {}
    for unit in units:
        if unit.stratum not in sizes:
            raise InputError(tr("La strate « {stratum} » d'un échantillon n'a pas de taille "
                                "dans la table des strates.", stratum=unit.stratum))
        grouped.setdefault(unit.stratum, []).append(unit)
    empty = sorted(set(sizes) - set(grouped))
    if empty:
        # An unsampled stratum has no estimate of its content, so no total can be unbiased.
        raise InputError(tr("Strate(s) sans aucun échantillon : {strata}. Chaque strate doit contenir au moins "
                            "un échantillon.", strata=", ".join(f"« {s} »" for s in empty)))
    out = {}
    for name in sorted(grouped):
        members = grouped[name]
        if fpc and len(members) > sizes[name]:
            raise InputError(tr("La strate « {name} » a {count} échantillons pour une taille de "
                                "{size:g} : avec la correction de population finie, la taille doit "
                                "compter des unités d'échantillonnage (pixels, points).",
                                name=name, count=len(members), size=sizes[name]))
        out[name] = _Stratum(size=sizes[name],
                             map_labels=np.array([u.map_class for u in members], dtype=object),
                             ref_labels=np.array([u.ref_class for u in members], dtype=object))
    return out


def _moments(values: np.ndarray) -> Tuple[float, float]:
    """Sample mean and variance (n − 1 divisor); a single unit has no estimable variance, taken as 0."""
    mean = float(values.mean())
    var = float(values.var(ddof=1)) if len(values) > 1 else 0.0
    return mean, var


def _fpc(stratum: _Stratum, fpc: bool) -> float:
    return 1.0 - stratum.n / stratum.size if fpc else 1.0


def _total(strata: Dict[str, _Stratum], indicator, fpc: bool) -> Tuple[float, float]:
    """Stratified estimate of a population total Σ N_h ȳ_h and its variance (Stehman 2014, eqs 2 and 25)."""
    total = 0.0
    var = 0.0
    for s in strata.values():
        y = indicator(s).astype(float)
        mean, s2 = _moments(y)
        total += s.size * mean
        var += s.size ** 2 * _fpc(s, fpc) * s2 / s.n
    return total, var


def _ratio(strata: Dict[str, _Stratum], numerator, denominator,
           fpc: bool) -> Tuple[Optional[float], Optional[float]]:
    """Combined ratio estimator Ŷ/X̂ and its variance (Stehman 2014; variance eq. 28).

    None when the denominator class never occurs in the sample: the ratio is undefined, not zero.
    """
    parts = []
    y_total = 0.0
    x_total = 0.0
    for s in strata.values():
        y = numerator(s).astype(float)
        x = denominator(s).astype(float)
        y_mean, y_var = _moments(y)
        x_mean, x_var = _moments(x)
        cov = float(np.cov(y, x, ddof=1)[0, 1]) if s.n > 1 else 0.0
        y_total += s.size * y_mean
        x_total += s.size * x_mean
        parts.append((s, y_var, x_var, cov))
    if x_total == 0:
        return None, None
    ratio = y_total / x_total
    var = sum(s.size ** 2 * _fpc(s, fpc) * (y_var + ratio ** 2 * x_var - 2 * ratio * cov) / s.n
              for s, y_var, x_var, cov in parts) / x_total ** 2
    return ratio, var


def standard_error(var: Optional[float]) -> Optional[float]:
    # Rounding can leave a tiny negative variance when the true one is zero.
    return None if var is None else math.sqrt(max(var, 0.0))


def normal_interval(estimate: Optional[float], se: Optional[float], z: float) -> Optional[List[float]]:
    # Normal-approximation interval of the class areas (and of product_accuracy's area-weighted
    # accuracy), unclamped as in both papers, so published bounds are reproduced.
    if estimate is None or se is None:
        return None
    return [estimate - z * se, estimate + z * se]


def _log_beta(a: float, b: float) -> float:
    return math.lgamma(a) + math.lgamma(b) - math.lgamma(a + b)


def _beta_cdf(x: float, a: float, b: float) -> float:
    """The regularised incomplete beta function I_x(a, b), by its continued fraction evaluated with
    Lentz's method (Press et al., Numerical Recipes, 3rd ed. 2007, § 6.4)."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    if x > (a + 1) / (a + b + 2):
        # The fraction converges fast only below the mode; use I_x(a, b) = 1 − I_{1−x}(b, a).
        return 1.0 - _beta_cdf(1.0 - x, b, a)
    tiny = 1e-300
    c, d = 1.0, 1.0 - (a + b) * x / (a + 1)
    d = 1.0 / (d if abs(d) > tiny else tiny)
    h = d
    # It needs about √max(a, b) terms; effective sizes stay far below the bound's square.
    for m in range(1, 100_000):
        for numerator in (m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m)),
                          -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))):
            d = 1.0 + numerator * d
            d = 1.0 / (d if abs(d) > tiny else tiny)
            c = 1.0 + numerator / c
            c = c if abs(c) > tiny else tiny
            h *= c * d
        if abs(c * d - 1.0) < 1e-15:
            break
    return math.exp(a * math.log(x) + b * math.log1p(-x) - _log_beta(a, b)) * h / a


def _beta_quantile(p: float, a: float, b: float) -> float:
    """The x with I_x(a, b) = p: Newton's method on the cdf, kept inside a shrinking bracket."""
    low, high = 0.0, 1.0
    mean = a / (a + b)
    x = min(max(mean, 1e-12), 1 - 1e-12)
    for _ in range(200):
        gap = _beta_cdf(x, a, b) - p
        if gap < 0:
            low = x
        else:
            high = x
        density = math.exp((a - 1) * math.log(x) + (b - 1) * math.log1p(-x) - _log_beta(a, b))
        # Where the density underflows the Newton step would be infinite: bisect instead (no overflow warning).
        step = x - gap / density if density > abs(gap) * 1e-300 else low - 1.0
        if not low < step < high:
            step = (low + high) / 2
        if abs(step - x) <= 1e-15 * max(x, 1e-300) or high - low <= 1e-300:
            return step
        x = step
    return x


def _jeffreys(p: float, n: float, z: float) -> Tuple[float, float]:
    """Jeffreys's interval of a proportion p seen on n (effective) trials: the z-tails of the
    Beta(np + ½, n(1 − p) + ½) posterior, with 0 below when p = 0 and 1 above when p = 1 (Brown, Cai
    and DasGupta 2001, § 4.1.2); [0, 1] on none."""
    if n <= 0:
        return 0.0, 1.0
    tail = 0.5 * math.erfc(z / math.sqrt(2))
    successes, failures = p * n, (1 - p) * n
    low = 0.0 if successes <= 0 else _beta_quantile(tail, successes + 0.5, failures + 0.5)
    high = 1.0 if failures <= 0 else _beta_quantile(1 - tail, successes + 0.5, failures + 0.5)
    return low, high


def _effective_n(p: float, var: float, homogeneous: float) -> float:
    """The number of independent trials whose binomial variance at p is the design's ``var`` (Korn and
    Graubard 1998); where the estimated variance says nothing — p is 0 or 1, or no stratum shows
    variation — the same definition for a proportion equal in every stratum, ``homogeneous``
    (Kish's effective size, 1 / Σ_h w_h² (1 − f_h) / n_h)."""
    if var > 0 and 0 < p < 1:
        return p * (1 - p) / var
    return homogeneous


def _proportion_interval(strata: Dict[str, _Stratum], census: frozenset, numerator, denominator,
                         value: Optional[float], z: float, fpc: bool, whole: bool = False) -> Optional[List[float]]:
    """95 % interval of the domain proportion Ŷ/X̂ (overall, user's or producer's accuracy) that stays
    honest near 0 and 1; docs/indicators.md gives the reasoning.

    The strata without sampling error (``census``, or all their units sampled under ``fpc``) add an
    exact part Y_C / X_C. Over the sampled strata of total size N_S, two proportions are estimated: q,
    the domain's share of their units (known to be 1 when the domain is ``whole``), and π, the accuracy
    within the domain there. Each gets Jeffreys's interval on its effective sample size; θ =
    (Y_C + π q N_S) / (X_C + q N_S) gets their limits recombined by MOVER (Zou and Donner 2008).
    """
    if value is None:
        return None
    sampled, n_s, x_s, y_s, x_c, y_c = [], 0.0, 0.0, 0.0, 0.0, 0.0
    for name, s in strata.items():
        x = denominator(s).astype(float)
        y = numerator(s).astype(float)
        factor = 0.0 if name in census else _fpc(s, fpc)
        if factor > 0:
            sampled.append((s, factor, x, y))
            n_s += s.size
            x_s += s.size * x.mean()
            y_s += s.size * y.mean()
        else:
            x_c += s.size * x.mean()
            y_c += s.size * y.mean()
    if not sampled:
        return [value, value]

    def theta(pi: float, q: float) -> float:
        size = x_c + q * n_s
        return (y_c + pi * q * n_s) / size if size > 0 else pi

    q = x_s / n_s
    if whole:
        q_low = q_high = q
    else:
        var_q = sum((s.size / n_s) ** 2 * f * _moments(x)[1] / s.n for s, f, x, _ in sampled)
        homogeneous = 1 / sum((s.size / n_s) ** 2 * f / s.n for s, f, _, _ in sampled)
        q_low, q_high = _jeffreys(q, _effective_n(q, var_q, homogeneous), z)
    if x_s == 0:
        # The domain was never drawn where it is sampled: its accuracy there can be anything.
        return [min(value, theta(0.0, q_high)), max(value, theta(1.0, q_high))]
    pi = y_s / x_s
    var_pi = sum(s.size ** 2 * f * _moments(y - pi * x)[1] / s.n for s, f, x, y in sampled) / x_s ** 2
    homogeneous = 1 / sum((s.size * x.mean() / x_s) ** 2 * f / x.sum() for s, f, x, _ in sampled if x.any())
    pi_low, pi_high = _jeffreys(pi, _effective_n(pi, var_pi, homogeneous), z)
    moves = [theta(pi_low, q) - value, theta(pi_high, q) - value, theta(pi, q_low) - value,
             theta(pi, q_high) - value]
    down = math.sqrt(sum(min(m, 0.0) ** 2 for m in moves))
    up = math.sqrt(sum(max(m, 0.0) ** 2 for m in moves))
    return [value - down, value + up]


def estimate(samples: Sequence[SampleLike], strata_sizes: Dict[str, float], z: float = 1.96,
             *, fpc: bool = True, census: Sequence[str] = ()) -> dict:
    """Overall, user's and producer's accuracy, class areas and the error matrix, as a JSON-ready dict.

    ``samples`` are SampleUnit or (stratum, map class, reference class) triples from a stratified
    random sample; ``strata_sizes`` gives each stratum's size N_h (pixels, m², ha…). The estimators
    are Stehman (2014)'s, valid whatever the strata; when the strata are the map classes they are
    Olofsson et al. (2014)'s. ``fpc`` applies the finite population correction (1 − n_h/N_h) of the
    paper, which is only meaningful when sizes count sample units (pixels); turn it off for sizes in
    area units. Ratios whose class never occurs in the sample are None (JSON null). ``census`` names
    strata recorded in full (one unit may stand for all of a pure one): they add no sampling error.

    The intervals of the accuracies are not estimate ± z SE but _proportion_interval's, which stays
    honest near 0 and 1 (with the papers' SEs); those of the areas are estimate ± z SE, as published.

    Keys: ``overall``, ``users``, ``producers`` (per class) with ``estimate``, ``se``, ``ci95``;
    ``area`` per reference class with ``proportion`` and its ``se``, ``estimate`` and
    ``se_estimate`` in the strata's unit and ``ci95`` in that unit too; ``matrix[map][ref]``
    estimated area proportions; ``n``, ``total_size`` and the sorted ``classes``.
    """
    units = [_as_unit(item, i) for i, item in enumerate(samples)]
    strata = _strata(units, strata_sizes, fpc)
    population = sum(s.size for s in strata.values())
    classes = sorted({u.map_class for u in units} | {u.ref_class for u in units})

    exact = frozenset(census)
    oa_total, oa_var = _total(strata, lambda s: s.map_labels == s.ref_labels, fpc)
    oa = oa_total / population
    oa_se = standard_error(oa_var / population ** 2)
    oa_ci = _proportion_interval(strata, exact, lambda s: s.map_labels == s.ref_labels,
                                 lambda s: np.ones(s.n, dtype=bool), oa, z, fpc, whole=True)

    users = {}
    producers = {}
    area = {}
    matrix = {}
    for c in classes:
        def correct(s, c=c):
            return (s.map_labels == c) & (s.ref_labels == c)

        for figures, domain in ((users, lambda s, c=c: s.map_labels == c),
                                (producers, lambda s, c=c: s.ref_labels == c)):
            value, var = _ratio(strata, correct, domain, fpc)
            figures[c] = {"estimate": value, "se": standard_error(var),
                          "ci95": _proportion_interval(strata, exact, correct, domain, value, z, fpc)}

        total, var = _total(strata, lambda s, c=c: s.ref_labels == c, fpc)
        proportion = total / population
        se = standard_error(var / population ** 2)
        low, high = normal_interval(proportion, se, z)
        area[c] = {"proportion": proportion, "se": se, "estimate": proportion * population,
                   "se_estimate": se * population, "ci95": [low * population, high * population]}

        matrix[c] = {}
        for r in classes:
            total, _ = _total(strata, lambda s, c=c, r=r: (s.map_labels == c) & (s.ref_labels == r), fpc)
            matrix[c][r] = total / population

    return {
        "n": len(units),
        "total_size": population,
        "classes": classes,
        "overall": {"estimate": oa, "se": oa_se, "ci95": oa_ci},
        "users": users,
        "producers": producers,
        "area": area,
        "matrix": matrix,
    }


def open_csv_table(path: str, columns: Sequence[str], what: str) -> Tuple[Iterator[Tuple[int, dict]], str]:
    """The rows of a CSV file whose header holds ``columns`` (comma, semicolon or tab), as (file line,
    {column: value}) with blank rows left out, and the separator. ``what`` names the file in messages
    (« Fichier {what} introuvable »)."""
    name = os.path.basename(str(path))
    if not os.path.isfile(path):
        raise InputError(tr("Fichier {what} introuvable : {path}.", what=what, path=path))
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            text = handle.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(tr("Fichier {what} illisible ({name}) : {exc}.",
                            what=what, name=name, exc=exc)) from None
    if not text.strip():
        raise InputError(tr("Le fichier {what} {name} est vide.", what=what, name=name))
    header = text.splitlines()[0]
    # French spreadsheets export with semicolons; take whichever separator the header uses.
    delimiter = max(",;\t", key=header.count)
    reader = csv.DictReader(text.splitlines(), delimiter=delimiter)
    fields = [f.strip().lower() for f in (reader.fieldnames or [])]
    missing = [c for c in columns if c not in fields]
    if missing:
        raise InputError(tr("{name}, ligne 1 : colonne(s) manquante(s) {missing} ; "
                            "attendu : {columns} (trouvé : {found}).",
                            name=name, missing=', '.join(missing), columns=', '.join(columns), found=', '.join(fields) or tr('rien')))
    reader.fieldnames = fields

    def rows() -> Iterator[Tuple[int, dict]]:
        for row in reader:
            if any((v or "").strip() for v in row.values() if isinstance(v, str)):
                yield reader.line_num, row
    return rows(), delimiter


def decimal(text: str, delimiter: str) -> float:
    """A number as a spreadsheet exports it: spaces (plain or non-breaking) between thousands, and a
    decimal comma once the separator is not a comma (unambiguous then). ValueError if it is none."""
    if delimiter != ",":
        text = text.replace(",", ".")
    return float(text.replace(" ", "").replace("\u00a0", ""))


def _cell(row: dict, column: str, name: str, line: int) -> str:
    value = (row.get(column) or "").strip()
    if not value:
        raise InputError(tr("{name}, ligne {line} : valeur vide dans la colonne {column}.",
                            name=name, line=line, column=column))
    return value


def _read_samples(path: str) -> List[Tuple[int, SampleUnit]]:
    """Sample units with the file line each came from."""
    name = os.path.basename(str(path))
    rows, _ = open_csv_table(path, SAMPLE_COLUMNS, tr("d'échantillons"))
    units = []
    for line, row in rows:
        units.append((line, SampleUnit(*(_cell(row, c, name, line) for c in SAMPLE_COLUMNS))))
    if not units:
        raise InputError(tr("Le fichier d'échantillons {name} ne contient aucun échantillon.",
                            name=name))
    return units


def read_samples_csv(path: str) -> List[SampleUnit]:
    """Sample units from a CSV with columns stratum, map_class, ref_class (one row per unit)."""
    return [unit for _, unit in _read_samples(path)]


def read_strata_csv(path: str) -> Dict[str, float]:
    """Stratum sizes from a CSV with columns stratum, size (any unit, strictly positive)."""
    name = os.path.basename(str(path))
    rows, delimiter = open_csv_table(path, STRATA_COLUMNS, tr("des strates"))
    sizes: Dict[str, float] = {}
    for line, row in rows:
        stratum = _cell(row, "stratum", name, line)
        text = _cell(row, "size", name, line)
        try:
            size = decimal(text, delimiter)
        except ValueError:
            raise InputError(tr("{name}, ligne {line} : taille non numérique pour la strate "
                                "« {stratum} » : {size!r}.",
                                name=name, line=line, stratum=stratum, size=row['size'])) from None
        if not math.isfinite(size) or size <= 0:
            raise InputError(tr("{name}, ligne {line} : la taille de la strate « {stratum} » doit être "
                                "strictement positive (lu : {size!r}).",
                                name=name, line=line, stratum=stratum, size=row['size']))
        if stratum in sizes:
            raise InputError(tr("{name}, ligne {line} : strate « {stratum} » en double.",
                                name=name, line=line, stratum=stratum))
        sizes[stratum] = size
    if not sizes:
        raise InputError(tr("Le fichier des strates {name} ne contient aucune strate.", name=name))
    return sizes


def estimate_from_csv(samples_path: str, strata_path: str, z: float = 1.96, *, fpc: bool = True) -> dict:
    """``estimate`` on the two CSV files, naming the file and line of any mismatch between them."""
    numbered = _read_samples(samples_path)
    sizes = read_strata_csv(strata_path)
    samples_name = os.path.basename(str(samples_path))
    strata_name = os.path.basename(str(strata_path))
    units = [unit for _, unit in numbered]
    for line, unit in numbered:
        if unit.stratum not in sizes:
            raise InputError(tr("{samples_name} : la strate « {stratum} » d'un échantillon "
                                "(ligne {line}) est absente de {strata_name}.",
                                samples_name=samples_name, stratum=unit.stratum, line=line, strata_name=strata_name))
    sampled = {u.stratum for u in units}
    empty = [s for s in sizes if s not in sampled]
    if empty:
        raise InputError(tr("{strata_name} : strate(s) {strata} sans aucun échantillon dans {samples_name}.",
                            strata_name=strata_name, strata=", ".join(f"« {s} »" for s in empty),
                            samples_name=samples_name))
    return estimate(units, sizes, z, fpc=fpc)
