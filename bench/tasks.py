"""The measured programs: each invocation is one child process of bench/run.py.

    python bench/tasks.py core-read  --model GPKG --json OUT
    python bench/tasks.py core-zonal --model GPKG --raster TIF --json OUT [--save NPZ] [--classes TABLE]
    python bench/tasks.py ee-mean    --model GPKG --raster TIF --json OUT [--save NPZ] [--strategy S]

The core tasks never import exactextract and the exactextract task never
imports the core, so neither library's allocations count against the other's
peak memory. In-process times (time.perf_counter around the call being
measured) are written to the --json file; run.py adds the process wall time
and peak RSS it measures from outside.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)


def _core_imports():
    sys.path.insert(0, REPO)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from ocsge_review.model.model_output import read_model_output
        from ocsge_review.model.zonal import zonal_means
    return read_model_output, zonal_means


def _class_table(args):
    """The class table --classes names (read as the CLI reads it), or None."""
    if not args.classes:
        return None
    from ocsge_review.model.class_tables import load
    return load(args.classes)


def core_read(args) -> dict:
    read_model_output, _ = _core_imports()
    t0 = time.perf_counter()
    model = read_model_output(args.model)
    t1 = time.perf_counter()
    return {"seconds": {"read_model_output": t1 - t0}, "polygons": len(model),
            "repaired": model.repaired, "dropped_empty": model.dropped_empty}


def core_zonal(args) -> dict:
    import numpy as np
    read_model_output, zonal_means = _core_imports()
    t0 = time.perf_counter()
    model = read_model_output(args.model)
    t1 = time.perf_counter()
    zonal = zonal_means(model.geometry, model.crs, args.raster, table=_class_table(args))
    t2 = time.perf_counter()
    if args.save:
        np.savez(args.save, id=np.asarray(model.source_id).astype("int64"), means=zonal.means,
                 pixels=zonal.pixels)
    return {"seconds": {"read_model_output": t1 - t0, "zonal_means": t2 - t1},
            "polygons": len(model), "sampled": zonal.sampled, "outside": zonal.outside,
            "classes": list(zonal.info.classes), "scale": zonal.info.scale}


def ee_mean(args) -> dict:
    """exactextract's mean of every band, the vector read from the same GeoPackage layer."""
    import numpy as np
    from osgeo import gdal, ogr
    import exactextract
    from exactextract import exact_extract
    from exactextract.feature import JSONFeature
    from exactextract.writer import Writer

    class ArrayWriter(Writer):
        """Fills preallocated numpy arrays instead of building a DataFrame (no pandas needed);
        it does per feature what exactextract's own PandasWriter does (copy to a JSONFeature)."""

        def __init__(self, n: int):
            super().__init__()
            self.names = []
            self.n = n
            self.i = 0
            self.ids = None
            self.values = None

        def add_operation(self, op):
            self.names.append(op.name)

        def add_column(self, col_name):
            self.names.append(col_name)

        def write(self, feature):
            if self.values is None:
                self.ops = [n for n in self.names if n != "id"]
                self.ids = np.zeros(self.n, dtype="int64")
                self.values = np.full((self.n, len(self.ops)), np.nan, dtype="float64")
            f = JSONFeature()
            feature.copy_to(f)
            props = f.feature["properties"]
            self.ids[self.i] = f.feature["id"]             # JSONFeature keeps "id" out of properties
            self.values[self.i] = [np.nan if props.get(o) is None else props[o] for o in self.ops]
            self.i += 1

        def features(self):
            return self.ids[:self.i], self.values[:self.i], self.ops

    gdal.UseExceptions()
    ogr.UseExceptions()
    t0 = time.perf_counter()
    vds = ogr.Open(args.model)
    layer = vds.GetLayerByName(args.layer)
    writer = ArrayWriter(layer.GetFeatureCount())
    ids, values, ops = exact_extract(args.raster, layer, "mean", include_cols=["id"],
                                     strategy=args.strategy, output=writer)
    t1 = time.perf_counter()
    if args.save:
        np.savez(args.save, id=ids, means=values, ops=np.asarray(ops))
    return {"seconds": {"exact_extract": t1 - t0}, "polygons": int(len(ids)), "ops": ops,
            "strategy": args.strategy, "exactextract": getattr(exactextract, "__version__", "?")}


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("task", choices=("core-read", "core-zonal", "ee-mean"))
    p.add_argument("--model", required=True)
    p.add_argument("--layer", default="prediction")
    p.add_argument("--raster")
    p.add_argument("--json", required=True)
    p.add_argument("--save")
    p.add_argument("--strategy", default="feature-sequential")
    p.add_argument("--classes", default=None, help="class table of a model-class raster (core-zonal)")
    args = p.parse_args(argv)
    fn = {"core-read": core_read, "core-zonal": core_zonal, "ee-mean": ee_mean}[args.task]
    result = fn(args)
    with open(args.json, "w", encoding="utf-8") as f:
        json.dump(result, f, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
