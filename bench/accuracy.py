"""Coverage of the model-accuracy intervals: simulated départements with known truth, 95 % intervals before and after.

Each seed is one département made by the demo generator (its own seed, size and model), scored from its
probability raster and triaged exactly as `campaign create` does (plan_campaign, default policy unless
the scenario says otherwise, the audit drawn with the same seed). Simulated interpreters who do not err
then review the whole queue and the audit sample: the reference of a reviewed polygon is its true class.
Rather than writing a store and running the interpreters' threads, the bench gives the reviewed polygons
their true class in the statistics tables directly (stats.CampaignTables, the columns the store returns)
and calls model_accuracy() — the very function `stats`, the report, the dashboard and the payload call.
The first --pipeline seeds of the issue's scenario also run the real commands (demo, campaign create,
simulate --error-rate 0, stats --json) and their payload's figures must equal the bench's.

The true accuracy is the share of the estimated population whose model code is the true one (overall),
of the polygons mapped in a class (user's) or truly of it (producer's). An interval « covers » when the
true value lies in it. User's and producer's figures are pooled over the classes whose true domain
holds at least one polygon accepted by the triage (the others are censuses: exact, and covered by any
interval). « Before » is the interval of the issue, estimate ± 1.96 standard errors: the standard errors
are unchanged, so it is recomputed from them; the Wilson interval that followed is quoted from this
bench's run at a1f4a83. Run with `make bench-accuracy`; writes
bench/RESULTS-accuracy.md. Deterministic for given options; times are reported, never asserted.
"""
import argparse
import contextlib
import json
import os
import shutil
import subprocess
import sys
import time
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)
sys.path.insert(0, HERE)

import numpy as np  # noqa: E402

from ocsge_review.synthetic import demo  # noqa: E402
from ocsge_review.store import lifecycle as lc  # noqa: E402
from ocsge_review.campaigns.campaign import plan_campaign  # noqa: E402
from ocsge_review.statistics.model_accuracy import model_accuracy  # noqa: E402
from ocsge_review.statistics.stats import CampaignTables  # noqa: E402
from ocsge_review.store.base import Coded  # noqa: E402
from ocsge_review.store.columns import sorted_labels  # noqa: E402
from ocsge_review.campaigns.triage import AUDIT, AUTO, QUEUE, TriagePolicy  # noqa: E402
from run import machine_facts  # noqa: E402

Z = 1.96
# name, polygons, triage policy settings, factor on the demo model's separability (its error rate)
SCENARIOS = (
    ("démo par défaut (make demo)", 20_000, {}, 1.0),
    ("exemple de l'issue", 2_467, {}, 1.0),
    ("petit département", 1_000, {}, 1.0),
    ("seuil 0,7 : plus d'erreurs acceptées", 5_000, {"threshold": 0.7}, 1.0),
    ("seuil 0,95 : erreurs acceptées rares", 5_000, {"threshold": 0.95}, 1.0),
    ("échantillon plus petit (erreur-type visée 2 %)", 2_467, {"target_se": 0.02}, 1.0),
    ("modèle moins bon (séparabilité × 0,7)", 3_000, {}, 0.7),
    ("modèle meilleur (séparabilité × 1,4)", 3_000, {}, 1.4),
)
ISSUE_SCENARIO = 1
FIGURES = ("overall", "users", "producers")
# The interval before this one (Wilson's score interval on the effective size, an exact-at-zero size when
# nothing but successes was seen), as this bench measured it at commit a1f4a83, 320 seeds: coverage, mean
# and median half-width (points), to compare with.
WILSON_A1F4A83 = {("cs", "overall"): (0.972, 0.29, 0.24), ("cs", "users"): (0.969, 3.93, 2.79),
                  ("cs", "producers"): (0.971, 4.30, 2.86), ("us", "overall"): (0.984, 0.40, 0.36),
                  ("us", "users"): (0.971, 8.75, 5.61), ("us", "producers"): (0.974, 9.01, 5.88)}


@contextlib.contextmanager
def separability(factor: float):
    """The demo model with every class's separability scaled: fewer (factor > 1) or more errors."""
    saved = dict(demo._CS_MU), dict(demo._US_MU)
    try:
        for table in (demo._CS_MU, demo._US_MU):
            for code in table:
                table[code] *= factor
        yield
    finally:
        demo._CS_MU.clear(), demo._CS_MU.update(saved[0])
        demo._US_MU.clear(), demo._US_MU.update(saved[1])


def _coded(values) -> Coded:
    labels = sorted_labels(values.tolist())
    index = {v: k for k, v in enumerate(labels)}
    return Coded(np.array([index[v] for v in values.tolist()], dtype=np.int64), labels)


def reviewed_tables(plan, truth_cs: np.ndarray, truth_us: np.ndarray) -> CampaignTables:
    """The statistics tables of the campaign once faultless interpreters decided its queue and audit."""
    part = np.asarray(plan.triage.part, dtype=object)
    n = len(part)
    seen = part != AUTO
    ids = np.arange(1, n + 1, dtype=np.int64)
    row = np.asarray(plan.columns["source_id"]).astype(np.int64) - 1    # demo ids are 1..n
    final = {dim: np.where(seen, truth[row], None).astype(object)
             for dim, truth in (("cs", truth_cs), ("us", truth_us))}
    items = {"id": ids, "part": _coded(part), "stratum": _coded(np.asarray(plan.triage.stratum, dtype=object)),
             "state": _coded(np.where(seen, lc.DECIDED, lc.PENDING).astype(object)),
             "area_m2": np.asarray(plan.columns["area_m2"], dtype="float64"),
             "code_cs": _coded(np.asarray(plan.columns["code_cs"], dtype=object)),
             "code_us": _coded(np.asarray(plan.columns["code_us"], dtype=object)),
             "cs_final": _coded(final["cs"]), "us_final": _coded(final["us"]),
             "parent_id": np.full(n, -1, dtype=np.int64), "merged_into": np.full(n, -1, dtype=np.int64)}
    return CampaignTables(department=plan.department, department_name="", model_version=plan.model_version,
                          campaign="bench", uid="bench", items=items, journal={})


def truths(model: np.ndarray, truth: np.ndarray, accepted: np.ndarray) -> dict:
    """True overall, user's and producer's accuracy over every polygon, and which classes have accepted
    polygons in their domain (mapped in the class for user's, truly of it for producer's)."""
    right = model == truth
    out = {"overall": float(right.mean()), "users": {}, "producers": {}, "sampled": {"users": [], "producers": []}}
    for c in sorted(set(model.tolist()) | set(truth.tolist())):
        for figure, domain in (("users", model == c), ("producers", truth == c)):
            if domain.any():
                out[figure][c] = float(right[domain].mean())
                if (domain & accepted).any():
                    out["sampled"][figure].append(c)
    return out


def _interval(figure: dict):
    return None if figure["ci95"] is None else [float(v) for v in figure["ci95"]]


def one_seed(seed: int, workdir: str, pipeline: bool) -> dict:
    """Generate, triage and estimate one département; with ``pipeline`` also run the real commands."""
    name, polygons, settings, factor = SCENARIOS[seed % len(SCENARIOS)]
    folder = os.path.join(workdir, f"seed-{seed}")
    shutil.rmtree(folder, ignore_errors=True)
    started = time.perf_counter()
    with separability(factor):
        data = demo.generate(polygons, seed, "32")
    demo.write(data, folder)
    plan = plan_campaign(os.path.join(folder, "model_output.gpkg"), "32", TriagePolicy(seed=seed, **settings),
                         raster=os.path.join(folder, "probabilities.tif"))
    tables = reviewed_tables(plan, data.truth_cs, data.truth_us)
    accepted = np.isin(np.asarray(plan.triage.part, dtype=object), (AUTO, AUDIT))
    row = np.asarray(plan.columns["source_id"]).astype(np.int64) - 1
    out = {"seed": seed, "scenario": seed % len(SCENARIOS), "polygons": polygons,
           "queue": int((np.asarray(plan.triage.part) == QUEUE).sum()), "accepted": int(accepted.sum()),
           "audit": int((np.asarray(plan.triage.part) == AUDIT).sum()), "dims": {}}
    for dim, truth in (("cs", data.truth_cs), ("us", data.truth_us)):
        model = np.asarray(plan.columns[f"code_{dim}"], dtype=object)
        real = truth[row]
        result = model_accuracy(tables, dim, Z)
        assert result["available"] and result["coverage"] == 1.0, (seed, dim, result.get("reason"))
        out["dims"][dim] = {
            "truth": truths(model, real, accepted),
            "accepted_error": float((model[accepted] != real[accepted]).mean()) if accepted.any() else None,
            "overall": {"estimate": result["overall"]["estimate"], "se": result["overall"]["se"],
                        "ci95": _interval(result["overall"])},
            **{figure: {c: {"estimate": v["estimate"], "se": v["se"], "ci95": _interval(v)}
                        for c, v in result[figure].items()} for figure in ("users", "producers")}}
    out["seconds"] = time.perf_counter() - started
    if pipeline:
        out["pipeline"] = run_pipeline(seed, polygons, folder, out)
    shutil.rmtree(folder, ignore_errors=True)
    return out


def run_pipeline(seed: int, polygons: int, folder: str, bench: dict) -> dict:
    """demo → campaign create → simulate --error-rate 0 → stats --json with the real commands; the
    payload's accuracy must be the bench's, figure by figure."""
    own = os.path.join(folder, "pipeline")
    py = [sys.executable, "-m", "ocsge_review"]
    store = os.path.join(own, "review.gpkg")
    started = time.perf_counter()
    for args in (["demo", "--out", own, "--polygons", str(polygons), "--seed", str(seed), "--quiet"],
                 ["campaign", "create", "--model", os.path.join(own, "model_output.gpkg"), "--raster",
                  os.path.join(own, "probabilities.tif"), "--department", "32", "--store", store, "--seed", str(seed)],
                 ["simulate", "--store", store, "--truth", os.path.join(own, "truth.gpkg"), "--error-rate", "0",
                  "--seed", str(seed)]):
        subprocess.run(py + args, cwd=ROOT, check=True, capture_output=True, text=True)
    payload = json.loads(subprocess.run(py + ["stats", "--store", store, "--json"], cwd=ROOT, check=True,
                                        capture_output=True, text=True).stdout)
    worst = 0.0
    for dim in ("cs", "us"):
        mine, theirs = bench["dims"][dim], payload["accuracy"][dim]
        pairs = [(mine["overall"], theirs["overall"])] + [
            (mine[f][c], theirs[f][c]) for f in ("users", "producers") for c in mine[f]]
        for a, b in pairs:
            for key in ("estimate", "se"):
                if a[key] is not None:
                    worst = max(worst, abs(a[key] - b[key]))
            if a["ci95"] is not None:
                worst = max(worst, *(abs(x - y) for x, y in zip(a["ci95"], b["ci95"])))
    assert worst < 1e-9, f"seed {seed}: the payload differs from the bench by {worst}"
    return {"seconds": time.perf_counter() - started, "largest_difference": worst}


def summarise(runs: list) -> dict:
    """Per dimension and figure: intervals, coverage and mean half-width, before and after."""
    table = {}
    for dim in ("cs", "us"):
        for figure in FIGURES:
            cells = defaultdict(list)
            for run in runs:
                d = run["dims"][dim]
                if figure == "overall":
                    items = [(d["overall"], d["truth"]["overall"])]
                else:
                    items = [(d[figure][c], d["truth"][figure][c]) for c in d["truth"]["sampled"][figure]
                             if c in d[figure] and d[figure][c]["ci95"] is not None]
                for est, real in items:
                    low, high = est["ci95"]
                    before = (est["estimate"] - Z * est["se"], est["estimate"] + Z * est["se"])
                    cells["after"].append(low - 1e-12 <= real <= high + 1e-12)
                    cells["below"].append(real < low - 1e-12)
                    cells["above"].append(real > high + 1e-12)
                    cells["before"].append(before[0] - 1e-12 <= real <= before[1] + 1e-12)
                    cells["half_after"].append((high - low) / 2)
                    cells["half_before"].append(Z * est["se"])
                    cells["degenerate_before"].append(est["se"] == 0)
            table[(dim, figure)] = {"intervals": len(cells["after"]),
                                    **{k: float(np.mean(v)) for k, v in cells.items()},
                                    **{f"median_{k}": float(np.median(cells[k])) for k in ("half_before", "half_after")}}
    return table


def _pct(x: float) -> str:
    return f"{100 * x:.1f} %"


def render(runs: list, args, seconds: float) -> str:
    table = summarise(runs)
    names = {"overall": "globale", "users": "utilisateur", "producers": "producteur"}
    lines = ["# Couverture des intervalles de l'exactitude du modèle · Accuracy interval coverage", "",
             f"`make bench-accuracy` (`bench/accuracy.py --seeds {args.seeds} --first {args.first} "
             f"--pipeline {args.pipeline}`), {len(runs)} seeds, {seconds / 60:.1f} min; "
             + ", ".join(f"{k} {v}" for k, v in machine_facts().items()) + ".", "",
             "**Plan.** Chaque seed est un département de démonstration à lui (`demo.generate(taille, seed)`, "
             "écrit, noté depuis son raster de probabilités et trié par `plan_campaign` comme le fait "
             "`campaign create`, tirage du contrôle avec la même seed), parmi huit scénarios tour à tour "
             "(tableau du bas) : la démo par défaut de `make demo` (20 000 polygones), l'exemple de l'issue, "
             "des tailles de 1 000 à 5 000, des seuils de tri de 0,7 à 0,95 et des modèles plus ou moins "
             "bons — l'erreur du modèle parmi les polygones acceptés va ainsi de quelques pour mille à "
             "quelques pour cent. Des interprètes sans erreur revoient toute la file et tout le contrôle : "
             "au lieu d'écrire un magasin et de faire tourner leurs fils, la bench donne aux polygones revus "
             "leur vraie classe directement dans les tables des statistiques et appelle `model_accuracy()`, "
             "la fonction même de `stats`, du rapport, du tableau de bord et de la charge utile (≈ 10× plus "
             "rapide). Pour vérifier que ce raccourci est fidèle, quelques seeds passent aussi par les vraies "
             "commandes (dernière ligne). Vraie valeur : sur tous les polygones, part dont le code du modèle "
             "est le vrai (globale), parmi ceux classés en c (utilisateur) ou vraiment de c (producteur). "
             "Utilisateur et producteur : toutes les classes dont le domaine compte au moins un polygone "
             "accepté par le tri (les autres sont recensées : exactes). Trois intervalles : estimation ± 1,96 "
             "erreur-type (celui de l'issue, recalculé des erreurs-types, qui n'ont pas changé), Wilson "
             "(a3959d0, chiffres de cette bench au commit a1f4a83) et Jeffreys (maintenant).", "",
             "Intervalles à 95 % : couverture (part des intervalles qui contiennent la vraie valeur, visée "
             "93–97 %), vraies valeurs sous la borne basse / au-dessus de la borne haute (2,5 % visés de "
             "chaque côté), demi-largeur moyenne et médiane (points de pourcentage) ; ± 1,96 ET → Wilson → "
             "Jeffreys (Jeffreys sur la taille d'échantillon effective de la partie échantillonnée, "
             "docs/indicators.md).", "",
             "| dimension | exactitude | intervalles | couverture ± 1,96 ET → Wilson → Jeffreys | "
             "dessous / dessus | demi-largeur moyenne | demi-largeur médiane | largeur nulle (± 1,96 ET) |",
             "|---|---|---:|---:|---:|---:|---:|---:|"]
    for (dim, figure), row in table.items():
        cover, mean, median = WILSON_A1F4A83[(dim, figure)]
        lines.append(f"| {dim.upper()} | {names[figure]} | {row['intervals']} | {_pct(row['before'])} → "
                     f"{_pct(cover)} → **{_pct(row['after'])}** | {_pct(row['below'])} / {_pct(row['above'])} | "
                     f"{100 * row['half_before']:.2f} → {mean:.2f} → **{100 * row['half_after']:.2f}** | "
                     f"{100 * row['median_half_before']:.2f} → {median:.2f} → **{100 * row['median_half_after']:.2f}** | "
                     f"{_pct(row['degenerate_before'])} |")
    lines += ["", "Une couverture sur 320 seeds a un écart-type binomial de 1,2 point à 95 % (3,4 points sur les "
              "40 seeds d'un scénario). Les demi-largeurs moyennes de l'utilisateur et du producteur sont tirées "
              "par les classes rares, presque pas contrôlées, dont l'intervalle dit maintenant qu'on en sait peu "
              "(la médiane montre l'intervalle typique)."]
    lines += ["", "## Par scénario · By scenario", "",
              "Couverture de l'exactitude globale, ± 1,96 ET → Jeffreys ; erreur du modèle parmi les polygones "
              "acceptés par le tri (moyenne).", "",
              "| scénario | polygones | seeds | contrôlés (moy.) | erreur acceptée CS | CS ± 1,96 ET → Jeffreys | "
              "erreur acceptée US | US ± 1,96 ET → Jeffreys |", "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for k, (name, polygons, _, _) in enumerate(SCENARIOS):
        mine = [r for r in runs if r["scenario"] == k]
        if not mine:
            continue
        sub = summarise(mine)
        cells = []
        for dim in ("cs", "us"):
            cells.append(_pct(np.mean([r["dims"][dim]["accepted_error"] for r in mine])))
            cells.append(f"{_pct(sub[(dim, 'overall')]['before'])} → {_pct(sub[(dim, 'overall')]['after'])}")
        lines.append(f"| {name} | {polygons} | {len(mine)} | {np.mean([r['audit'] for r in mine]):.0f} | "
                     + " | ".join(cells) + " |")
    checked = [r for r in runs if "pipeline" in r]
    if checked:
        lines += ["", f"Chaîne complète (`demo`, `campaign create`, `simulate --error-rate 0`, `stats --json`) "
                  f"sur {len(checked)} seeds du scénario « {SCENARIOS[ISSUE_SCENARIO][0]} » "
                  f"({', '.join(str(r['seed']) for r in checked)}) : mêmes chiffres que le calcul en mémoire "
                  f"(plus grand écart {max(r['pipeline']['largest_difference'] for r in checked):.1e}), "
                  f"{np.mean([r['pipeline']['seconds'] for r in checked]):.1f} s par seed contre "
                  f"{np.mean([r['seconds'] for r in checked]):.1f} s en mémoire."]
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=320, help="number of seeds (départements)")
    parser.add_argument("--first", type=int, default=1, help="first seed")
    parser.add_argument("--pipeline", type=int, default=5,
                        help="seeds of the issue's scenario also run through the real commands")
    parser.add_argument("--workdir", default=os.path.join(ROOT, "build", "bench-accuracy"))
    parser.add_argument("--out", default=os.path.join(HERE, "RESULTS-accuracy.md"))
    parser.add_argument("--raw", default=None, help="also keep every seed's figures in this JSON file")
    parser.add_argument("--report-only", default=None, metavar="RAW",
                        help="write the report from a --raw file of an earlier run, measuring nothing")
    args = parser.parse_args(argv)
    if args.report_only:
        with open(args.report_only, encoding="utf-8") as fh:
            kept = json.load(fh)
        runs = kept["runs"] if isinstance(kept, dict) else kept
        seconds = kept["seconds"] if isinstance(kept, dict) else \
            sum(r["seconds"] + r.get("pipeline", {}).get("seconds", 0.0) for r in runs)
        args.seeds, args.first = len(runs), runs[0]["seed"]
        args.pipeline = sum("pipeline" in r for r in runs)
        return _write(render(runs, args, seconds), args.out)
    os.makedirs(args.workdir, exist_ok=True)
    started = time.perf_counter()
    runs, piped = [], 0
    for seed in range(args.first, args.first + args.seeds):
        pipeline = seed % len(SCENARIOS) == ISSUE_SCENARIO and piped < args.pipeline
        piped += pipeline
        runs.append(one_seed(seed, args.workdir, pipeline))
        print(f"seed {seed}: {runs[-1]['seconds']:.1f} s", file=sys.stderr, flush=True)
    seconds = time.perf_counter() - started
    if args.raw:
        with open(args.raw, "w", encoding="utf-8") as fh:
            json.dump({"seconds": seconds, "runs": runs}, fh)
    return _write(render(runs, args, seconds), args.out)


def _write(text: str, path: str) -> int:
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
