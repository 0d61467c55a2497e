"""Département-scale benchmarks of the OCS GE Review core (see bench/README.md).

    python bench/run.py [--polygons 1000000] [--repeat 3] [--seed 1] [--out bench/RESULTS.md]
    python bench/run.py --classes flair-hub [--out bench/RESULTS-classes.md]   (19 FLAIR-HUB bands)

Every measured tool runs in its own child process (bench/tasks.py, ogr2ogr,
``python -m ocsge_review confidence``); wall time and peak RSS are taken per
child with os.wait4. Times are reported, never asserted.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from typing import Dict, List, Optional

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from dataset import core_digest, core_version, ensure_dataset  # noqa: E402
from measure import Measured, run_measured  # noqa: E402

GIB = 1024 ** 3
MEMORY_TARGET = 2 * GIB
READ_TARGET = 1.5       # core read ≤ 1.5 × ogr2ogr
ZONAL_TARGET = 1.0      # core no slower than exactextract
MAD_TARGET = 0.01
DIAG_CACHEMAX_MB = 64


# ----------------------------------------------------------------------------- set-up

def ensure_requirements(python: str) -> None:
    """Install bench/requirements.txt into this interpreter if a pin is missing or differs."""
    from importlib import metadata
    req = os.path.join(HERE, "requirements.txt")
    pins = {}
    with open(req, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if "==" in line:
                name, version = line.split("==", 1)
                pins[name.strip()] = version.strip()
    missing = []
    for name, version in pins.items():
        try:
            if metadata.version(name) != version:
                missing.append(f"{name}=={version}")
        except metadata.PackageNotFoundError:
            missing.append(f"{name}=={version}")
    if missing:
        print(f"[bench] installing {', '.join(missing)} from {os.path.relpath(req, REPO)}…", flush=True)
        subprocess.run([python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                        "-r", req], check=True)


def machine_facts() -> Dict[str, str]:
    from osgeo import gdal
    facts = {"date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
             "gdal_cachemax": f"{gdal.GetCacheMax() / 1024 ** 2:.0f} MiB"
                              + (f" (GDAL_CACHEMAX={os.environ['GDAL_CACHEMAX']})"
                                 if os.environ.get("GDAL_CACHEMAX") else ""),
             "nproc": str(os.cpu_count()),
             "python": platform.python_version(),
             "gdal": gdal.__version__,
             "kernel": platform.release()}
    try:
        with open("/proc/meminfo") as f:
            kib = int(next(line for line in f if line.startswith("MemTotal")).split()[1])
        facts["ram"] = f"{kib / 1024 ** 2:.1f} GiB"
    except (OSError, StopIteration):
        facts["ram"] = "?"
    try:
        with open("/proc/cpuinfo") as f:
            facts["cpu"] = next(line for line in f if line.startswith("model name")).split(":", 1)[1].strip()
    except (OSError, StopIteration):
        facts["cpu"] = platform.processor() or "?"
    try:
        with open("/etc/os-release") as f:
            facts["os"] = next(line for line in f if line.startswith("PRETTY_NAME")).split("=", 1)[1].strip().strip('"')
    except (OSError, StopIteration):
        facts["os"] = platform.platform()
    import warnings
    for mod in ("numpy", "shapely", "pyogrio"):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")     # pyogrio → pyproj's PROJ data warning
                facts[mod] = __import__(mod).__version__
        except Exception:  # noqa: BLE001 - a fact, not a requirement
            facts[mod] = "?"
    facts["commit"] = core_version(REPO)
    facts["digest"] = core_digest(REPO)
    return facts


def warm_page_cache(paths: List[str]) -> None:
    """Read the inputs once so that no measured run pays for a cold disk cache alone."""
    for path in paths:
        with open(path, "rb") as f:
            while f.read(16 << 20):
                pass


# ----------------------------------------------------------------------------- runs

class Runner:
    def __init__(self, python: str, data_dir: str, scratch: str, strategy: str, classes: Optional[str] = None):
        self.python = python
        self.with_classes = ["--classes", classes] if classes else []
        self.model = os.path.join(data_dir, "model_output.gpkg")
        self.raster = os.path.join(data_dir, "probabilities.tif")
        self.scratch = scratch
        self.logs = os.path.join(scratch, "logs")
        self.strategy = strategy
        self.env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
        self.env.pop("PYTHONPATH", None)

    def _check(self, m: Measured, what: str) -> Measured:
        if m.returncode != 0:
            raise SystemExit(f"[bench] {what} failed with exit code {m.returncode}:\n"
                             f"{' '.join(m.argv)}\n{m.stderr[-4000:]}")
        return m

    def _task(self, task: str, rep: int, save: bool) -> Dict[str, object]:
        out_json = os.path.join(self.scratch, f"{task}-{rep}.json")
        argv = [self.python, os.path.join(HERE, "tasks.py"), task, "--model", self.model,
                "--json", out_json]
        if task != "core-read":
            argv += ["--raster", self.raster]
        if task == "ee-mean":
            argv += ["--strategy", self.strategy]
        if task == "core-zonal":
            argv += self.with_classes
        if save:
            argv += ["--save", os.path.join(self.scratch, f"{task}.npz")]
        m = self._check(run_measured(argv, cwd=REPO, env=self.env, log_dir=self.logs,
                                     label=f"{task}-{rep}"), task)
        with open(out_json, encoding="utf-8") as f:
            inner = json.load(f)
        return {"wall": m.seconds, "rss": m.max_rss_kib * 1024, **inner}

    def core_read(self, rep: int) -> Dict[str, object]:
        return self._task("core-read", rep, False)

    def core_zonal(self, rep: int, save: bool) -> Dict[str, object]:
        return self._task("core-zonal", rep, save)

    def ee_mean(self, rep: int, save: bool) -> Dict[str, object]:
        return self._task("ee-mean", rep, save)

    def ogr2ogr(self, rep: int) -> Dict[str, object]:
        out = os.path.join(self.scratch, "ogr2ogr.gpkg")
        if os.path.exists(out):
            os.remove(out)
        argv = ["ogr2ogr", "-f", "GPKG", out, self.model, "prediction"]
        m = self._check(run_measured(argv, cwd=REPO, env=self.env, log_dir=self.logs,
                                     label=f"ogr2ogr-{rep}"), "ogr2ogr")
        os.remove(out)
        return {"wall": m.seconds, "rss": m.max_rss_kib * 1024}

    def core_job(self, rep, extra_env: Optional[Dict[str, str]] = None) -> Dict[str, object]:
        out = os.path.join(self.scratch, "confidence.gpkg")
        if os.path.exists(out):
            os.remove(out)
        argv = [self.python, "-m", "ocsge_review", "confidence", "--model", self.model,
                "--raster", self.raster, *self.with_classes, "--out", out, "--quiet", "--json"]
        m = self._check(run_measured(argv, cwd=REPO, env=dict(self.env, **(extra_env or {})),
                                     log_dir=self.logs, label=f"core-job-{rep}"), "confidence job")
        report = json.loads(m.stdout.strip().splitlines()[-1])
        os.remove(out)
        return {"wall": m.seconds, "rss": m.max_rss_kib * 1024, "report_seconds": report["seconds"],
                "polygons": report["polygons"], "sampled": report["sampled_small"],
                "outside": report["outside_raster"]}


# ----------------------------------------------------------------------------- accuracy

def compare_means(core_npz: str, ee_npz: str, model: str, classes: Optional[str] = None) -> Dict[str, object]:
    """Per-polygon per-band agreement between the core's means and exactextract's.

    With a class table (``classes``), exactextract's means of the model's bands are summed over
    the bands each CS code is mapped from, as the core sums them pixel by pixel (a linear step:
    the mean of the sums is the sum of the means), then compared code by code.

    As a yardstick for both, their top-1 probability is also compared with the
    one the demo generated each polygon's pixels from (field cs_p1 of the model
    output, top-1 of the polygon's couverture probabilities, rounded to 1e-4).
    """
    import warnings
    import numpy as np
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import pyogrio.raw
    core = np.load(core_npz)
    ee = np.load(ee_npz, allow_pickle=False)
    c_id, c_means = core["id"], core["means"].astype("float64")
    e_id, e_means = ee["id"], ee["means"] / 255.0          # uint8 raster: 0–255 → 0–1
    if classes:
        sys.path.insert(0, REPO)
        from ocsge_review.model.class_tables import load
        e_means = np.stack([e_means[:, bands].sum(axis=1) for bands in load(classes).groups()], axis=1)
    if len(np.unique(c_id)) != len(c_id) or len(np.unique(e_id)) != len(e_id):
        raise SystemExit("[bench] ids are not unique: cannot match polygons")
    common, ci, ei = np.intersect1d(c_id, e_id, assume_unique=True, return_indices=True)
    a, b = c_means[ci], e_means[ei]
    same_order = bool(len(c_id) == len(e_id) and np.array_equal(c_id, e_id))
    both = np.isfinite(a).all(axis=1) & np.isfinite(b).all(axis=1)
    diff = np.abs(a[both] - b[both])

    def top1(p):
        s = p.sum(axis=1, keepdims=True)
        return (p / np.where(s > 0, s, 1)).max(axis=1)   # as the plugin's conf_cs: renormalised rows

    t_core, t_ee = top1(a[both]), top1(b[both])
    d1 = np.abs(t_core - t_ee)
    arg_agree = float(np.mean(a[both].argmax(axis=1) == b[both].argmax(axis=1)))
    meta, _, _, values = pyogrio.raw.read(model, layer="prediction", columns=["id", "cs_p1"],
                                          read_geometry=False)
    col = dict(zip(meta["fields"], values))
    order = np.argsort(col["id"])
    pos = order[np.searchsorted(col["id"], common[both], sorter=order)]
    generated = np.asarray(col["cs_p1"], dtype="float64")[pos]
    pixels = core["pixels"][ci][both]
    buckets = []
    for lo, hi in ((0, 10), (10, 20), (20, 40), (40, 80), (80, None)):
        sel = (pixels >= lo) & (pixels < hi if hi else True)
        if sel.any():
            buckets.append({"pixels": f"{lo}–{hi - 1}" if hi else f"≥ {lo}", "share": float(sel.mean()),
                            "mad": float(diff[sel].mean()), "mad_top1": float(d1[sel].mean()),
                            "core_vs_generated": float(np.abs(t_core[sel] - generated[sel]).mean()),
                            "ee_vs_generated": float(np.abs(t_ee[sel] - generated[sel]).mean())})
    return {"polygons_core": int(len(c_id)), "polygons_ee": int(len(e_id)), "matched": int(len(common)),
            "compared": int(both.sum()), "nan_core": int((~np.isfinite(a).all(axis=1)).sum()),
            "nan_ee": int((~np.isfinite(b).all(axis=1)).sum()), "same_order": same_order,
            "mad": float(diff.mean()), "p99": float(np.percentile(diff, 99)), "max": float(diff.max()),
            "mad_top1": float(d1.mean()), "p99_top1": float(np.percentile(d1, 99)),
            "max_top1": float(d1.max()), "argmax_agreement": arg_agree,
            "core_vs_generated": float(np.abs(t_core - generated).mean()),
            "ee_vs_generated": float(np.abs(t_ee - generated).mean()), "buckets": buckets}


# ----------------------------------------------------------------------------- report

def stats(values: List[float]) -> Dict[str, float]:
    return {"median": statistics.median(values), "min": min(values), "max": max(values)}


def fmt_s(v: List[float]) -> str:
    s = stats(v)
    if len(v) == 1:
        return f"{s['median']:.2f} s"
    return f"{s['median']:.2f} s ({s['min']:.2f}–{s['max']:.2f})"


def fmt_mem(v: List[float]) -> str:
    s = stats(v)
    if len(v) == 1 or s["max"] - s["min"] < 0.005 * GIB:
        return f"{s['median'] / GIB:.2f} GiB"
    return f"{s['median'] / GIB:.2f} GiB ({s['min'] / GIB:.2f}–{s['max'] / GIB:.2f})"


def verdict(ok: bool) -> str:
    return "yes" if ok else "**NO**"


def render(args, facts, meta, runs, acc, total_seconds) -> str:
    col = lambda key, field="wall": [r[field] if not isinstance(field, tuple)  # noqa: E731
                                     else r[field[0]][field[1]] for r in runs[key]]
    med = lambda key, field="wall": statistics.median(col(key, field))  # noqa: E731
    r = meta["raster"]
    n = meta["polygons"]
    classes = getattr(args, "classes", None)
    what = (f"{r['bands']} model-class bands summed into CS codes through the class table `{classes}`"
            if classes else f"{r['bands']} bands")
    per = f"CS code mapped by `{classes}`" if classes else f"{r['bands']} bands"
    lines = [f"# OCS GE Review — benchmark results", "",
             f"{facts['date']} · {n:,} polygons (seed {meta['seed']}) · {args.repeat} repetition(s); "
             f"median (min–max) of the repetitions; ratios are core / reference medians. "
             f"Bench wall time {total_seconds / 60:.1f} min.", "",
             "## Machine and data", "",
             "| | |", "|---|---|",
             f"| Machine | {facts['nproc']} CPU ({facts['cpu']}), {facts['ram']} RAM, {facts['os']}, "
             f"Linux {facts['kernel']} |",
             f"| Software | Python {facts['python']}, GDAL {facts['gdal']} (block cache {facts['gdal_cachemax']}), numpy {facts['numpy']}, "
             f"shapely {facts['shapely']}, pyogrio {facts['pyogrio']}, exactextract {facts['exactextract']} |",
             f"| Core measured | {facts['commit']}"
             + ("" if facts.get("digest_end") == facts.get("digest") else
                f" — **changed during the run** (at the end: {facts['commit_end']}): results mix versions")
             + " |",
             f"| Load average (1 min) at start / end | {facts['load_start']} / {facts['load_end']} |",
             f"| Département | {'; '.join(meta.get('summary', []))} |",
             f"| Model output | model_output.gpkg, layer prediction, {n:,} polygons, "
             f"{meta['model_output_bytes'] / 1024 ** 2:.0f} MiB |",
             f"| Probability raster | {r['width']:,} × {r['height']:,} px × {r['bands']} bands {r['dtype']}, "
             f"{r['resolution_m']:g} m pixels, {r['width'] * r['height'] / 1e6:.0f} Mpx, "
             f"tiled {r['block'][0]}×{r['block'][1]} DEFLATE, {r['file_bytes'] / 1024 ** 2:.0f} MiB, "
             f"nodata {r['nodata']} |",
             f"| Data generated by | {meta.get('generator', 'unknown version')} |",
             f"| Generation (not a target) | `python -m ocsge_review demo --polygons {n} --seed {meta['seed']}"
             f"{' --model flair-hub' if classes else ''}`: "
             f"{meta['generation_seconds']:.0f} s, peak {meta['generation_max_rss_kib'] / 1024 ** 2:.2f} GiB"
             f"{' (cached, measured when generated)' if meta.get('cached') else ''} |",
             "", "## Speed", "",
             "| Measure | Core | Reference | Core / ref | Target | Met |",
             "|---|---|---|---|---|---|"]
    read_ratio = med("core_read", ("seconds", "read_model_output")) / med("ogr2ogr")
    lines.append(f"| 1. Read the vector: `read_model_output` (in-process) vs `ogr2ogr -f GPKG` copy of "
                 f"the layer (process) | {fmt_s(col('core_read', ('seconds', 'read_model_output')))} | "
                 f"{fmt_s(col('ogr2ogr'))} | {read_ratio:.2f} | ≤ {READ_TARGET} | {verdict(read_ratio <= READ_TARGET)} |")
    read_proc = med("core_read") / med("ogr2ogr")
    lines.append(f"| 1b. Same, both as whole processes (Python start-up and imports included) | "
                 f"{fmt_s(col('core_read'))} | {fmt_s(col('ogr2ogr'))} | {read_proc:.2f} | (info) | |")
    zonal_ratio = med("core_zonal", ("seconds", "zonal_means")) / med("ee_mean", ("seconds", "exact_extract"))
    lines.append(f"| 2. Zonal means of {what}: `zonal_means` alone (polygons already in memory) vs "
                 f"`exact_extract(…, \"mean\")` call (reads the GeoPackage itself) | "
                 f"{fmt_s(col('core_zonal', ('seconds', 'zonal_means')))} | "
                 f"{fmt_s(col('ee_mean', ('seconds', 'exact_extract')))} | {zonal_ratio:.2f} | ≤ {ZONAL_TARGET} | "
                 f"{verdict(zonal_ratio <= ZONAL_TARGET)} |")
    rz = med("core_zonal", ("seconds", "read_model_output")) + med("core_zonal", ("seconds", "zonal_means"))
    lines.append(f"| 2b. Read + zonal means, in-process (`read_model_output` + `zonal_means`) vs "
                 f"`exact_extract` call | {rz:.2f} s | "
                 f"{med('ee_mean', ('seconds', 'exact_extract')):.2f} s | "
                 f"{rz / med('ee_mean', ('seconds', 'exact_extract')):.2f} | ≤ {ZONAL_TARGET} | "
                 f"{verdict(rz <= med('ee_mean', ('seconds', 'exact_extract')) * ZONAL_TARGET)} |")
    job_ratio = med("core_job") / med("ee_mean")
    lines.append(f"| 2c. Whole job: `python -m ocsge_review confidence --raster` (read, zonal, scores, "
                 f"GeoPackage written) vs exactextract process (start-up, read, extract) | "
                 f"{fmt_s(col('core_job'))} | {fmt_s(col('ee_mean'))} | {job_ratio:.2f} | ≤ {ZONAL_TARGET} | "
                 f"{verdict(job_ratio <= ZONAL_TARGET)} |")
    lines += ["", f"exactextract {facts['exactextract']} (PyPI wheel) runs with strategy "
              f"`{args.ee_strategy}` (its default), vector = the same GeoPackage layer through "
              f"`ogr.Layer`, output collected in numpy arrays; it computes coverage-weighted (exact) "
              f"means, the core uses the pixel-centre rule.", "",
              "## Peak memory (max RSS of each process)", "",
              "| Process | Peak RSS | Target | Met |", "|---|---|---|---|"]
    for key, label, target in (
            ("core_read", "Core: `read_model_output`", True),
            ("core_zonal", "Core: `read_model_output` + `zonal_means`", True),
            ("core_job", "Core: `python -m ocsge_review confidence --raster`"
             + (f" `--classes {classes}`" if classes else "") + " (whole job)", True),
            ("ogr2ogr", "ogr2ogr copy of the layer", False),
            ("ee_mean", f"exactextract mean of {r['bands']} bands", False)):
        peak = max(col(key, "rss"))
        lines.append(f"| {label} | {fmt_mem(col(key, 'rss'))} | {'≤ 2 GiB' if target else '(reference)'} | "
                     f"{verdict(peak <= MEMORY_TARGET) if target else ''} |")
    d = runs["core_job_cachemax"][0]
    lines += [f"| Diagnostic: the whole job with `GDAL_CACHEMAX={DIAG_CACHEMAX_MB}` (1 run, {d['wall']:.1f} s) | "
              f"{d['rss'] / GIB:.2f} GiB | (info) | |", "",
              f"GDAL's raster block cache is process-wide and by default 5 % of the RAM "
              f"({facts['gdal_cachemax']} here); blocks a reader leaves in it count in its RSS, so "
              f"a reader that keeps them has a peak that grows with the machine's RAM. The diagnostic "
              f"row runs the whole job with the cache capped at {DIAG_CACHEMAX_MB} MiB: whatever it "
              f"saves against the row of the whole job is GDAL's cache."]
    lines += ["", "## Agreement of the per-polygon means with exactextract", "",
              f"{acc['compared']:,} polygons compared (matched by `id`: {acc['matched']:,} of "
              f"{acc['polygons_core']:,} core / {acc['polygons_ee']:,} exactextract; "
              f"same order: {'yes' if acc['same_order'] else 'no'}; "
              f"without a value: {acc['nan_core']} core, {acc['nan_ee']} exactextract). "
              f"Values on the 0–1 scale (exactextract's uint8 means / 255). "
              f"Core: {runs['core_zonal'][0]['sampled']} polygons sampled at a point (no pixel centre), "
              f"{runs['core_zonal'][0]['outside']} outside the raster.", "",
              "| Quantity | Mean abs. diff. | 99th pct | Max | Target | Met |", "|---|---|---|---|---|---|",
              f"| Band means (polygon × {per}) | {acc['mad']:.4f} | {acc['p99']:.4f} | {acc['max']:.4f} | "
              f"MAD ≤ {MAD_TARGET} | {verdict(acc['mad'] <= MAD_TARGET)} |",
              f"| Top-1 probability (max of the row-normalised means, as `conf_cs`) | {acc['mad_top1']:.4f} | "
              f"{acc['p99_top1']:.4f} | {acc['max_top1']:.4f} | (info) | |",
              "", f"Same top-1 class in {acc['argmax_agreement']:.2%} of the polygons. Mean absolute "
              f"difference of the top-1 probability to the one the demo generated the polygon's pixels from "
              f"(`cs_p1`): core {acc['core_vs_generated']:.4f}, exactextract {acc['ee_vs_generated']:.4f} "
              f"(pixels straddling a boundary mix neighbours' probabilities; coverage weighting counts "
              f"more of them than the pixel-centre rule).", "",
              "| Pixel centres in the polygon (core) | Share of polygons | MAD band means | MAD top-1 | "
              "Top-1 vs generated: core | exactextract |", "|---|---|---|---|---|---|"]
    for bk in acc["buckets"]:
        lines.append(f"| {bk['pixels']} | {bk['share']:.1%} | {bk['mad']:.4f} | {bk['mad_top1']:.4f} | "
                     f"{bk['core_vs_generated']:.4f} | {bk['ee_vs_generated']:.4f} |")
    lines += ["",
              "Times are measurements on a possibly busy machine; nothing is asserted. "
              "See bench/README.md for the method."]
    return "\n".join(lines) + "\n"


# ----------------------------------------------------------------------------- main

def run_dir_name(args) -> str:
    return f"run-{args.polygons}-s{args.seed}" + (f"-{args.classes}" if args.classes else "")


def main(argv: Optional[List[str]] = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--polygons", type=int, default=1_000_000, help="size of the synthetic département")
    p.add_argument("--repeat", type=int, default=3, help="timed repetitions of each run")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--cache-dir", default=os.path.join(REPO, "build", "bench"),
                   help="where generated départements are kept and reused")
    p.add_argument("--out", default=None, help="Markdown report (bench/RESULTS.md; with --classes, "
                                                "bench/RESULTS-classes.md)")
    p.add_argument("--classes", default=None, metavar="TABLE",
                   help="a FLAIR-HUB-layout raster (19 bands) read through this class table (flair-hub)")
    p.add_argument("--ee-strategy", default="feature-sequential",
                   choices=("feature-sequential", "raster-sequential"), help="exactextract strategy")
    p.add_argument("--no-install", action="store_true", help="do not pip-install bench/requirements.txt")
    p.add_argument("--report-only", action="store_true",
                   help="re-render the report from the last run's raw.json (no measurement)")
    args = p.parse_args(argv)
    args.out = args.out or os.path.join(HERE, "RESULTS-classes.md" if args.classes else "RESULTS.md")
    if args.repeat < 1:
        p.error("--repeat must be ≥ 1")
    if args.report_only:
        raw_path = os.path.join(args.cache_dir, run_dir_name(args), "raw.json")
        with open(raw_path, encoding="utf-8") as f:
            raw = json.load(f)
        args.repeat = raw.get("repeat", len(raw["runs"]["core_read"]))
        args.ee_strategy = raw.get("ee_strategy", args.ee_strategy)
        report = render(args, raw["facts"], raw["meta"], raw["runs"], raw["agreement"],
                        raw.get("total_seconds", float("nan")))
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(report)
        print(report)
        return 0
    started = time.perf_counter()
    python = sys.executable
    if shutil.which("ogr2ogr") is None:
        raise SystemExit("[bench] ogr2ogr not found (Debian: apt-get install gdal-bin)")
    if not args.no_install:
        ensure_requirements(python)
    from importlib import metadata
    facts = machine_facts()
    facts["exactextract"] = metadata.version("exactextract")
    facts["load_start"] = f"{os.getloadavg()[0]:.2f}"
    data_dir, meta = ensure_dataset(args.cache_dir, args.polygons, args.seed, REPO, python,
                                    model="flair-hub" if args.classes else "ocsge")
    scratch = os.path.join(args.cache_dir, run_dir_name(args))
    shutil.rmtree(scratch, ignore_errors=True)
    os.makedirs(scratch)
    runner = Runner(python, data_dir, scratch, args.ee_strategy, args.classes)
    warm_page_cache([runner.model, runner.raster])

    runs: Dict[str, List[Dict[str, object]]] = {k: [] for k in
                                                 ("core_read", "ogr2ogr", "core_zonal", "ee_mean", "core_job")}
    for rep in range(args.repeat):
        for key, fn in (("core_read", lambda: runner.core_read(rep)),
                        ("ogr2ogr", lambda: runner.ogr2ogr(rep)),
                        ("core_zonal", lambda: runner.core_zonal(rep, save=rep == 0)),
                        ("ee_mean", lambda: runner.ee_mean(rep, save=rep == 0)),
                        ("core_job", lambda: runner.core_job(rep))):
            res = fn()
            runs[key].append(res)
            inner = ", ".join(f"{k} {v:.2f} s" for k, v in res.get("seconds", {}).items())
            print(f"[bench] rep {rep + 1}/{args.repeat} {key:<10} wall {res['wall']:7.2f} s  "
                  f"peak {res['rss'] / GIB:5.2f} GiB  {inner}", flush=True)
    # Diagnostic, not a target: the same job with GDAL's raster block cache capped, to show
    # how much of the peak RSS is that cache (by default 5 % of the RAM, process-wide).
    diag = runner.core_job("gdal-cachemax", {"GDAL_CACHEMAX": str(DIAG_CACHEMAX_MB)})
    runs["core_job_cachemax"] = [diag]
    print(f"[bench] diagnostic core_job with GDAL_CACHEMAX={DIAG_CACHEMAX_MB}: wall {diag['wall']:.2f} s  "
          f"peak {diag['rss'] / GIB:.2f} GiB", flush=True)
    acc = compare_means(os.path.join(scratch, "core-zonal.npz"), os.path.join(scratch, "ee-mean.npz"),
                        runner.model, args.classes)
    facts["load_end"] = f"{os.getloadavg()[0]:.2f}"
    facts["commit_end"] = core_version(REPO)
    facts["digest_end"] = core_digest(REPO)
    with open(os.path.join(scratch, "raw.json"), "w", encoding="utf-8") as f:
        json.dump({"facts": facts, "meta": meta, "runs": runs, "agreement": acc,
                   "repeat": args.repeat, "ee_strategy": args.ee_strategy,
                   "total_seconds": time.perf_counter() - started}, f, indent=2)
    report = render(args, facts, meta, runs, acc, time.perf_counter() - started)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(report)
    print(report)
    if facts["digest_end"] != facts["digest"]:
        print("[bench] WARNING: ocsge_review/ changed during the run; the results mix versions.",
              file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
