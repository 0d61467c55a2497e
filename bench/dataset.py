"""The synthetic département the bench runs on, generated once and cached."""
from __future__ import annotations

import json
import os
import shutil
import sys
from typing import Dict, Tuple

from measure import run_measured

FILES = ("model_output.gpkg", "probabilities.tif")


def core_digest(repo: str) -> str:
    """A digest of the .py files of ocsge_review/ and its subpackages as they are on disk
    (others may be editing them); walked in sorted order, each file named by its relative path."""
    import hashlib
    digest = hashlib.sha1()
    pkg = os.path.join(repo, "ocsge_review")
    for folder, dirs, files in os.walk(pkg):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            if name.endswith(".py"):
                path = os.path.join(folder, name)
                rel = os.path.relpath(path, pkg).replace(os.sep, "/")
                with open(path, "rb") as f:
                    digest.update(rel.encode() + b"\0" + f.read())
    return digest.hexdigest()[:12]


def core_version(repo: str) -> str:
    """The repository's commit and the digest of the core's sources."""
    import subprocess
    try:
        rev = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=repo, capture_output=True,
                             text=True).stdout.strip() or "?"
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "ocsge_review"], cwd=repo,
                               capture_output=True, text=True).stdout.strip()
    except OSError:
        rev, dirty = "?", ""
    return f"{rev}{'+uncommitted' if dirty else ''}, ocsge_review/*.py sha1 {core_digest(repo)}"


def dataset_dir(cache_root: str, polygons: int, seed: int, model: str = "ocsge") -> str:
    return os.path.join(cache_root, f"demo-{polygons}-s{seed}" + ("" if model == "ocsge" else f"-{model}"))


def raster_facts(path: str) -> Dict[str, object]:
    """Size, resolution, bands and type of the probability raster (read with GDAL)."""
    from osgeo import gdal
    ds = gdal.Open(path)
    gt = ds.GetGeoTransform()
    band = ds.GetRasterBand(1)
    return {"width": ds.RasterXSize, "height": ds.RasterYSize, "bands": ds.RasterCount,
            "resolution_m": abs(gt[1]), "dtype": gdal.GetDataTypeName(band.DataType),
            "block": band.GetBlockSize(), "nodata": band.GetNoDataValue(),
            "file_bytes": os.path.getsize(path)}


def ensure_dataset(cache_root: str, polygons: int, seed: int, repo: str,
                   python: str = sys.executable, model: str = "ocsge") -> Tuple[str, Dict[str, object]]:
    """Return the dataset folder and its facts; generate it (timed) if it is not cached. ``model``:
    the probability raster's layout (``demo --model``)."""
    out = dataset_dir(cache_root, polygons, seed, model)
    meta_path = os.path.join(out, "bench_meta.json")
    if os.path.exists(meta_path) and all(os.path.exists(os.path.join(out, f)) for f in FILES):
        with open(meta_path, encoding="utf-8") as f:
            meta = json.load(f)
        meta["cached"] = True
        return out, meta
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(cache_root, exist_ok=True)
    argv = [python, "-m", "ocsge_review", "demo", "--out", out, "--polygons", str(polygons),
            "--seed", str(seed), "--model", model, "--no-orthophoto", "--quiet"]   # no bench reads them
    print(f"[bench] generating {polygons} polygons into {out} (cached for later runs)…", flush=True)
    m = run_measured(argv, cwd=repo, log_dir=os.path.join(cache_root, "logs"),
                     label=f"generate-{polygons}-s{seed}")
    if m.returncode != 0:
        raise SystemExit(f"demo generation failed ({m.returncode}):\n{m.stderr[-4000:]}")
    meta = {"polygons": polygons, "seed": seed, "command": " ".join(argv[1:]),
            "generator": core_version(repo),
            "generation_seconds": m.seconds, "generation_max_rss_kib": m.max_rss_kib,
            "summary": [line for line in m.stdout.splitlines()
                        if line.strip() and not line.startswith(("model_output.gpkg:", "truth.gpkg:",
                                                                 "probabilities.tif:"))],
            "raster": raster_facts(os.path.join(out, "probabilities.tif")),
            "model_output_bytes": os.path.getsize(os.path.join(out, "model_output.gpkg"))}
    with open(meta_path, "w", encoding="utf-8") as f:
        json.dump(meta, f, indent=2, ensure_ascii=False)
    meta["cached"] = False
    return out, meta


if __name__ == "__main__":   # python bench/dataset.py N [SEED]: prepare the cache ahead of a run
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(here)
    n = int(sys.argv[1])
    s = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    d, facts = ensure_dataset(os.path.join(repo, "build", "bench"), n, s, repo)
    print(d)
    print(json.dumps(facts, indent=2, ensure_ascii=False))
