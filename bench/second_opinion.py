"""How often the delivered product's 95 % intervals cover the truth, over seeded simulated départements.

Each seed: a demo département (1 200, 2 000 or 3 000 polygons), a campaign (default policy), simulated
interpreters erring at 3, 5 or 10 % who review the queue and the audit sample, then a second-opinion
draw (target standard error 0.02) answered blind and its disagreements settled from the hidden truth
(``simulate --second-opinion-se``). The delivered database's accuracy (couverture, usage; by count,
by area) is compared with its true value, computed from the truth over the current polygons.

    .venv/bin/python bench/second_opinion.py --seeds 18          # ~10 min on 2 cores
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from ocsge_review.statistics import stats  # noqa: E402
from ocsge_review.statistics.product_accuracy import agreement, delivered_accuracy  # noqa: E402
from ocsge_review.synthetic.simulate import read_truth, simulate  # noqa: E402
from ocsge_review.store import open_store  # noqa: E402

FIGURES = ("cs_count", "cs_area", "us_count", "us_area")


def _cli(*args):
    subprocess.run([sys.executable, "-m", "ocsge_review", *args], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)


def one(seed: int, folder: str) -> dict:
    """The estimates, intervals and true values of one seeded département."""
    polygons, error = (1200, 2000, 3000)[seed % 3], (0.03, 0.05, 0.10)[(seed // 3) % 3]
    _cli("demo", "--out", folder, "--polygons", str(polygons), "--seed", str(seed), "--quiet")
    store_path = os.path.join(folder, "review.gpkg")
    _cli("campaign", "create", "--model", os.path.join(folder, "model_output.gpkg"), "--department", "32",
         "--store", store_path, "--seed", str(seed), "--quiet")
    simulate(store_path, os.path.join(folder, "truth.gpkg"), users=3, error_rate=error, seed=seed,
             second_opinion_se=0.02)
    truth = read_truth(os.path.join(folder, "truth.gpkg"))
    with open_store(store_path) as store:
        t = stats.load(store)
        table = store.review_table(["source_id", "part", "state", "code_cs", "code_us", "cs_final", "us_final",
                                    "area_m2"])
    current = table["state"] != "superseded"
    auto = table["part"] == "auto"
    row = {"seed": seed, "polygons": polygons, "error": error, "agreement": agreement(t)["both"]["estimate"],
           "drawn": len(t.opinions)}
    for k, dim in enumerate(("cs", "us")):
        delivered = np.where(auto, table[f"code_{dim}"], table[f"{dim}_final"])
        real = np.array([truth[s][k] for s in table["source_id"]], dtype=object)
        right, area = (delivered == real)[current], table["area_m2"][current]
        estimated = delivered_accuracy(t, dim)
        for by, true in (("count", right.mean()), ("area", (right * area).sum() / area.sum())):
            o = estimated[by]["overall"]
            row[f"{dim}_{by}"] = {"estimate": o["estimate"], "low": o["ci95"][0], "high": o["ci95"][1],
                                  "truth": float(true), "covered": bool(o["ci95"][0] <= true <= o["ci95"][1])}
    return row


def report(rows) -> str:
    lines = ["# Second opinions: coverage of the delivered product's 95 % intervals", "",
             f"{len(rows)} seeded simulated départements (`bench/second_opinion.py`): 1 200 / 2 000 / 3 000 "
             "polygons, interpreters erring at 3 / 5 / 10 % per code, second-opinion draw for a target "
             "standard error of 0.02, disagreements settled from the truth. The three simulated interpreters "
             "work concurrently, so which of them takes which item, and thus their drawn errors, varies from "
             "run to run: two runs of the same seeds differ by a seed or two of coverage.", "",
             "| figure | intervals covering the truth | mean half-width | mean error (estimate − truth) |",
             "|---|---|---|---|"]
    for key in FIGURES:
        covered = sum(r[key]["covered"] for r in rows)
        half = statistics.mean((r[key]["high"] - r[key]["low"]) / 2 for r in rows)
        error = statistics.mean(r[key]["estimate"] - r[key]["truth"] for r in rows)
        lines.append(f"| {key.replace('_', ' by ')} | {covered} / {len(rows)} | {half:.4f} | {error:+.4f} |")
    lines += ["", "| seed | polygons | error rate | second opinions | agreement | "
              + " | ".join(f"{k} estimate / truth" for k in FIGURES) + " |",
              "|---" * (5 + len(FIGURES)) + "|"]
    for r in rows:
        cells = [f"{r[k]['estimate']:.3f} / {r[k]['truth']:.3f}{'' if r[k]['covered'] else ' ✗'}" for k in FIGURES]
        lines.append(f"| {r['seed']} | {r['polygons']} | {r['error']:.2f} | {r['drawn']} | {r['agreement']:.3f} | "
                     + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=18)
    parser.add_argument("--out", default=os.path.join(ROOT, "bench", "RESULTS-second-opinion.md"))
    args = parser.parse_args()
    rows = []
    for seed in range(args.seeds):
        folder = tempfile.mkdtemp(prefix=f"second-opinion-{seed}-")
        try:
            rows.append(one(seed, folder))
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        print(f"seed {seed} done", flush=True)
    text = report(rows)
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write(text)
    print(text)


if __name__ == "__main__":
    main()
