"""Where the core's confidence job spends its time and memory (a diagnostic, not a benchmark).

    python bench/profile_core.py DIR [--cprofile N] [--zonal-only]

DIR is a département made by the bench (e.g. build/bench/demo-200000-s1).
Runs ``run_confidence`` with the raster (or only read + ``zonal_means``) with
its main steps wrapped at run time (no file of the core is changed), and prints
for each step its time, the RSS on entry and exit and the peak RSS reached
while it ran. The peak is exact: the kernel's high-water mark (VmHWM) is reset
through /proc/self/clear_refs at every step boundary. With --cprofile N, also
prints the N most expensive functions (cumulative and own time) of the run.
"""
from __future__ import annotations

import argparse
import cProfile
import functools
import io
import os
import pstats
import sys
import tempfile
import time
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

MIB = 1024 ** 2


def _status(key: str) -> int:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1]) * 1024
    return 0


def _reset_hwm() -> bool:
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
        return True
    except OSError:
        return False


class Steps:
    def __init__(self):
        self.stack = []       # [name, started, rss_in, peak]
        self.rows = []        # (depth, name, seconds, rss_in, rss_out, peak)
        self.exact = _reset_hwm()

    def _bump(self):
        hwm = _status("VmHWM")
        for frame in self.stack:
            frame[3] = max(frame[3], hwm)
        _reset_hwm()

    def wrap(self, owner, attr: str, label: str = None):
        fn = getattr(owner, attr, None)
        label = label or attr
        if fn is None:       # the core moves on; profile what exists
            print(f"(no {getattr(owner, '__name__', owner)}.{attr} to wrap)", file=sys.stderr)
            return

        @functools.wraps(fn)
        def wrapper(*a, **kw):
            self._bump()
            rss = _status("VmRSS")
            self.stack.append([label, time.perf_counter(), rss, rss])
            row = len(self.rows)
            self.rows.append(None)
            try:
                return fn(*a, **kw)
            finally:
                self._bump()
                name, started, rss_in, peak = self.stack.pop()
                self.rows[row] = (len(self.stack), name, time.perf_counter() - started, rss_in,
                                  _status("VmRSS"), peak)

        setattr(owner, attr, wrapper)

    def report(self) -> str:
        out = [f"{'step':<44} {'seconds':>8} {'RSS in':>9} {'RSS out':>9} {'peak':>9}  (MiB)"]
        for depth, name, sec, rin, rout, peak in self.rows:
            out.append(f"{'  ' * depth + name:<44} {sec:8.2f} {rin / MIB:9.0f} {rout / MIB:9.0f} {peak / MIB:9.0f}")
        return "\n".join(out)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("dir")
    p.add_argument("--cprofile", type=int, default=0, metavar="N")
    p.add_argument("--zonal-only", action="store_true", help="read_model_output + zonal_means only")
    args = p.parse_args(argv)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import pyogrio.raw
        import shapely
        from ocsge_review.model import confidence, model_output, zonal

    steps = Steps()
    # Order matters: module-level names are wrapped where the caller looks them up.
    for owner, attr, label in (
            (model_output, "inspect", None), (pyogrio.raw, "read", "pyogrio.raw.read"),
            (pyogrio.raw, "write", "pyogrio.raw.write"), (shapely, "from_wkb", "shapely.from_wkb"),
            (shapely, "is_valid", "shapely.is_valid"), (shapely, "to_wkb", "shapely.to_wkb"),
            (shapely, "get_num_geometries", "shapely.get_num_geometries"),
            (model_output, "_read_columns", None),
            (model_output, "_code_indices", None), (model_output, "_probability_matrix", None),
            (zonal, "describe_raster", None), (zonal, "_burn_and_accumulate", None),
            (zonal, "_sample_points", None),
            (confidence, "read_model_output", None), (confidence, "zonal_means", None),
            (confidence, "vector_scores", None), (confidence, "raster_scores", None),
            (confidence, "_merge", None), (confidence, "_artificialised", None),
            (confidence, "_write", None)):
        steps.wrap(owner, attr, label)

    model = os.path.join(args.dir, "model_output.gpkg")
    raster = os.path.join(args.dir, "probabilities.tif")
    prof = cProfile.Profile() if args.cprofile else None
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="ocsge_profile_") as tmp:
        if prof:
            prof.enable()
        if args.zonal_only:
            data = confidence.read_model_output(model)
            confidence.zonal_means(data.geometry, data.crs, raster)
        else:
            confidence.run_confidence(model, os.path.join(tmp, "confidence.gpkg"), raster=raster)
        if prof:
            prof.disable()
    total = time.perf_counter() - t0
    print(f"{'zonal only' if args.zonal_only else 'run_confidence'} on {args.dir}: {total:.1f} s; "
          f"peak RSS {max(r[5] for r in steps.rows) / MIB:.0f} MiB "
          f"({'exact per step' if steps.exact else 'clear_refs unavailable: peaks are cumulative'})")
    print(steps.report())
    if prof:
        for key in ("cumulative", "tottime"):
            s = io.StringIO()
            pstats.Stats(prof, stream=s).sort_stats(key).print_stats(args.cprofile)
            print(f"\n--- cProfile, top {args.cprofile} by {key} ---")
            print("\n".join(line for line in s.getvalue().splitlines()
                            if line.strip() and not line.startswith(("   Ordered", "   List reduced"))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
