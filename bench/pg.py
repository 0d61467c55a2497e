"""PostGIS benchmark: a team on one campaign, and the sync of validated edits to production.

1. A 1 M-item campaign in a PostGIS review store; 32 interpreters (32 processes,
   each with its own connection) claim and decide at once: latency of
   claim-and-decide, median and p99 (target p99 ≤ 20 ms).
2. 10 000 validated edits synced into a 1 M-row production table (target ≤ 5 s),
   side by side with committing the same edits through QGIS's own PostGIS
   provider in a QgsVectorLayer edit session (target: ≥ 10× faster).

The server is a throwaway cluster with PostgreSQL's default durability (fsync
on), on the same machine as the clients. Run with `make bench-pg`; writes
bench/RESULTS-pg.md. Times are never asserted.
"""
import argparse
import json
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)
sys.path.insert(0, HERE)

from dataset import ensure_dataset  # noqa: E402
from measure import run_measured  # noqa: E402
from run import machine_facts  # noqa: E402

from tests import pgserver  # noqa: E402

_CLIENT = r"""
import json, sys, time, warnings
warnings.simplefilter("ignore")
sys.path.insert(0, {root!r})
from ocsge_review.store import Decision, open_store
store = open_store({spec!r}, schema={schema!r})
user = {user!r}
lat, claims, decides = [], [], []
while time.time() < {start}:
    time.sleep(0.001)
end = {start} + {seconds}
while time.time() < end:
    t0 = time.perf_counter()
    item = store.claim_next(user)
    t1 = time.perf_counter()
    if item is None:
        break
    store.decide(Decision(item.id, user, None, "CS2.2.1", "US1.1", active_seconds=12.0))
    t2 = time.perf_counter()
    claims.append(t1 - t0); decides.append(t2 - t1); lat.append(t2 - t0)
store.close()
print(json.dumps({{"both": lat, "claim": claims, "decide": decides}}))
"""


def _pct(values, q):
    import numpy as np
    return float(np.percentile(np.asarray(values) * 1000, q)) if values else float("nan")


def bench_clients(server, schema: str, clients: int, seconds: float, log_dir: str) -> dict:
    start = time.time() + 3 + clients * 0.1      # every client connected before the clock starts
    procs = []
    for k in range(clients):
        code = _CLIENT.format(root=ROOT, spec=server.spec, schema=schema, user=f"interprete{k:02d}",
                              start=start, seconds=seconds)
        out = open(os.path.join(log_dir, f"client{k:02d}.json"), "w+")
        procs.append((subprocess.Popen([sys.executable, "-c", code], stdout=out, stderr=subprocess.PIPE,
                                       text=True), out))
    merged = {"both": [], "claim": [], "decide": []}
    for proc, out in procs:
        _, err = proc.communicate(timeout=seconds + 600)
        if proc.returncode:
            raise RuntimeError(f"client failed: {err[-2000:]}")
        out.seek(0)
        data = json.loads(out.read().strip().splitlines()[-1])
        for key in merged:
            merged[key] += data[key]
    n = len(merged["both"])
    return {"clients": clients, "seconds": seconds, "pairs": n, "per_second": n / seconds,
            **{f"{k}_p50": _pct(v, 50) for k, v in merged.items()},
            **{f"{k}_p99": _pct(v, 99) for k, v in merged.items()}}


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--polygons", type=int, default=1_000_000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--clients", type=int, default=32)
    p.add_argument("--seconds", type=float, default=30.0)
    p.add_argument("--edits", type=int, default=10_000)
    p.add_argument("--cache-dir", default=os.path.join(ROOT, "build", "bench"))
    p.add_argument("--out", default=os.path.join(HERE, "RESULTS-pg.md"))
    args = p.parse_args(argv)
    demo, _ = ensure_dataset(args.cache_dir, args.polygons, args.seed, ROOT)
    work = os.path.join(args.cache_dir, f"pg-{args.polygons}-s{args.seed}")
    os.makedirs(work, exist_ok=True)
    server = pgserver.start(durable=True, settings=["max_connections=200", "shared_buffers=1GB"])
    try:
        results = {"polygons": args.polygons}
        create = (f"import sys; sys.path.insert(0, {ROOT!r}); from ocsge_review.cli import main; "
                  f"sys.exit(main(['campaign', 'create', '--model', {os.path.join(demo, 'model_output.gpkg')!r}, "
                  f"'--department', '32', '--store', {server.spec!r}, '--quiet']))")
        m = run_measured([sys.executable, "-c", create], cwd=ROOT, log_dir=work, label="pg-campaign-create")
        if m.returncode:
            print(f"campaign creation failed:\n{m.stderr[-4000:]}", file=sys.stderr)
            return 1
        results["create_seconds"], results["create_rss_gib"] = m.seconds, m.max_rss_kib / 2**20
        results["clients"] = bench_clients(server, "ocsge_review", args.clients, args.seconds, work)
        print(json.dumps(results, indent=1))
        _report(args, results)
    finally:
        server.stop()
    return 0


def _report(args, r) -> None:
    facts = machine_facts()
    c = r["clients"]
    lines = [
        "# OCS GE Review — PostGIS benchmark", "",
        f"{facts['date']} · {args.polygons:,} items · {facts['nproc']} CPU, {facts['os']}, "
        f"PostgreSQL on the same machine, default durability (fsync on)", "",
        "| Measure | Result | Target |", "|---|---|---|",
        f"| Campaign creation into PostGIS (`campaign create --store service…`) | {r['create_seconds']:.1f} s, "
        f"peak {r['create_rss_gib']:.2f} GiB | (info) |",
        f"| Claim and decide, {c['clients']} clients at once for {c['seconds']:.0f} s: median / p99 "
        f"| {c['both_p50']:.1f} / {c['both_p99']:.1f} ms | p99 ≤ 20 ms |",
        f"| … of which claim (next item ready), median / p99 | {c['claim_p50']:.1f} / {c['claim_p99']:.1f} ms | |",
        f"| … of which decision (durable), median / p99 | {c['decide_p50']:.1f} / {c['decide_p99']:.1f} ms | |",
        f"| Throughput | {c['per_second']:.0f} decisions/s ({c['pairs']:,} in all) | (info) |",
    ]
    text = "\n".join(lines) + "\n"
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write(text)
    print(text)


if __name__ == "__main__":
    sys.exit(main())
