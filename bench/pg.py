"""PostGIS benchmark: a team on one campaign, and the sync of validated edits to production.

1. A 1 M-item campaign in a PostGIS review store; 32 interpreters (32 processes,
   each with its own connection) claim and decide at once: latency of
   claim-and-decide, median and p99 (target p99 ≤ 20 ms).
2. 10 000 validated edits synced into a 1 M-row production table (target ≤ 5 s),
   side by side with committing the same edits through QGIS's own PostGIS
   provider in a QgsVectorLayer edit session (target: ≥ 10× faster).

The server is a throwaway cluster with PostgreSQL's default durability (fsync
on), on the same machine as the clients; --rtt-ms adds a LAN-like round trip to a
second sync round. Run with `python bench/pg.py` (options: bench/README.md); writes
bench/RESULTS-pg.md. Times are never asserted.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)
sys.path.insert(0, HERE)

from dataset import ensure_dataset  # noqa: E402
from measure import PEAK_KIB, run_measured  # noqa: E402
from run import machine_facts  # noqa: E402

from tests import pgserver  # noqa: E402

_CLIENT = r"""
import json, os, random, sys, time, warnings
warnings.simplefilter("ignore")
sys.path.insert(0, {root!r})
from ocsge_review.store import Decision, open_store
rng = random.Random({seed})
store = open_store({spec!r}, schema={schema!r})
user = {user!r}
# Warm up, then wait for everyone: only the common run is measured. A connection's first decision
# makes the server compile its trigger functions (tens of ms, once per session, i.e. once in an
# interpreter's day): one decision, undone, and the item given back.
item = store.claim_next(user)
if item is not None:
    store.decide(Decision(item.id, user, None, "CS2.2.1", "US1.1"))
    store.undo(item.id, user)
    store.release(item.id, user)
open({ready!r}, "w").close()
while not os.path.exists({go!r}):
    time.sleep(0.01)
start = float(open({go!r}).read())
end = start + {seconds}
if {think}:       # interpreters do not all start an item at the same instant
    start += rng.uniform(0, {think})
while time.time() < start:
    time.sleep(0.001)
lat, claims, decides = [], [], []
while time.time() < end:
    t0 = time.perf_counter()
    item = store.claim_next(user)
    t1 = time.perf_counter()
    if item is None:
        break
    store.decide(Decision(item.id, user, None, "CS2.2.1", "US1.1", active_seconds=12.0))
    t2 = time.perf_counter()
    claims.append(t1 - t0); decides.append(t2 - t1); lat.append(t2 - t0)
    if {think}:
        time.sleep(rng.expovariate(1.0 / {think}))
store.close()
print(json.dumps({{"both": lat, "claim": claims, "decide": decides}}))
"""


def _pct(values, q):
    import numpy as np
    return float(np.percentile(np.asarray(values) * 1000, q)) if values else float("nan")


def bench_clients(server, schema: str, clients: int, seconds: float, log_dir: str, think: float = 0.0) -> dict:
    """``clients`` interpreters claiming and deciding for ``seconds``; each pauses a random time of
    mean ``think`` seconds between two items (0: back to back, a stress test of the server)."""
    sync_dir = os.path.join(log_dir, f"barrier-{think}")
    shutil.rmtree(sync_dir, ignore_errors=True)
    os.makedirs(sync_dir)
    go = os.path.join(sync_dir, "go")
    procs = []
    for k in range(clients):
        code = _CLIENT.format(root=ROOT, spec=server.spec, schema=schema, user=f"interprete{k:02d}",
                              seconds=seconds, think=think, seed=k,
                              ready=os.path.join(sync_dir, f"ready{k}"), go=go)
        out = open(os.path.join(log_dir, f"client{k:02d}-{think}.json"), "w+")
        procs.append((subprocess.Popen([sys.executable, "-c", code], stdout=out, stderr=subprocess.PIPE,
                                       text=True), out))
    deadline = time.time() + 300
    while sum(os.path.exists(os.path.join(sync_dir, f"ready{k}")) for k in range(clients)) < clients:
        if time.time() > deadline or any(p.poll() is not None for p, _ in procs):
            raise RuntimeError("a client did not start: " + "".join(p.stderr.read() for p, _ in procs
                                                                   if p.poll() is not None)[-2000:])
        time.sleep(0.05)
    with open(go + ".tmp", "w") as fh:
        fh.write(str(time.time() + 1.0))
    os.replace(go + ".tmp", go)
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
    return {"clients": clients, "seconds": seconds, "think": think, "pairs": n, "per_second": n / seconds,
            **{f"{k}_p50": _pct(v, 50) for k, v in merged.items()},
            **{f"{k}_p99": _pct(v, 99) for k, v in merged.items()}}


_EDITS = r"""
import json, sys, warnings
warnings.simplefilter("ignore")
sys.path.insert(0, {root!r})
import shapely
from ocsge_review.store import Decision, open_store
store = open_store({spec!r}, schema={schema!r})
made, reshaped = 0, 0
while made < {n}:
    item = store.claim_next("interprete")
    if item is None:
        break
    geom = None
    # One edit in ten redraws the polygon (a reshape; never an audit item's), the others change classes.
    if made % 10 == 0 and item.part != "audit":
        poly = shapely.from_wkb(item.wkb)
        smaller = shapely.buffer(poly, -0.5)
        if not smaller.is_empty and smaller.area > 0.5 * poly.area and smaller.geom_type == "Polygon":
            geom = shapely.to_wkb(smaller)
            reshaped += 1
    cs = "CS2.1.1.1" if item.code_cs != "CS2.1.1.1" else "CS2.2.1"
    store.decide(Decision(item.id, "interprete", "reshape" if geom else None, cs, "US1.1", geometry_wkb=geom))
    store.validate(item.id, "validateur", True)
    made += 1
edits = [{{"id": e.source_id, "cs": e.code_cs, "us": e.code_us,
           "wkb": e.wkb.hex() if e.geometry_changed else None}} for e in store.validated_edits()]
json.dump(edits, open({out!r}, "w"))
print(json.dumps({{"made": made, "reshaped": reshaped, "validated": len(edits)}}))
"""

_QGIS_EDIT = r"""
import json, os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from qgis.core import QgsApplication, QgsDataSourceUri, QgsFeatureRequest, QgsGeometry, QgsVectorLayer
app = QgsApplication([], False); app.initQgis()
edits = json.load(open({edits!r}))
uri = QgsDataSourceUri()
uri.setConnection({host!r}, {port!r}, {db!r}, {user!r}, "")
uri.setDataSource("public", {table!r}, "geom", "", "id")
t0 = time.perf_counter()
layer = QgsVectorLayer(uri.uri(False), "production", "postgres")
assert layer.isValid(), layer.error().summary()
cs, us = layer.fields().indexOf("code_cs"), layer.fields().indexOf("code_us")
# The edited features as a QGIS session has them, selected by id first (not timed). QGIS's feature
# ids are not the key's values here (the provider numbers the features it fetched), so an edit of
# a feature id never fetched commits an UPDATE … WHERE with no key.
ids = ", ".join(str(int(e["id"])) for e in edits)
fid_of = {{int(f["id"]): f.id() for f in layer.getFeatures(QgsFeatureRequest().setFilterExpression(f'"id" IN ({{ids}})'))}}
fetched = len(fid_of)
t1 = time.perf_counter()
layer.startEditing()
for e in edits:
    fid = fid_of[int(e["id"])]
    layer.changeAttributeValues(fid, {{cs: e["cs"], us: e["us"]}})
    if e["wkb"]:
        g = QgsGeometry()
        g.fromWkb(bytes.fromhex(e["wkb"]))
        g.convertToMultiType()
        layer.changeGeometry(fid, g)
ok = layer.commitChanges()
t2 = time.perf_counter()
assert ok, layer.commitErrors()
print(json.dumps({{"open": t1 - t0, "edit_commit": t2 - t1, "fetched": fetched}}))
"""


_SYNC = r"""
import cProfile, json, sys, time
sys.path.insert(0, {root!r})
import ocsge_review.production.sync as _sync
_orig, _took = _sync.sync, {{}}
def _timed(*a, **k):
    t = time.perf_counter()
    try:
        return _orig(*a, **k)
    finally:
        _took["sync_call"] = time.perf_counter() - t
_sync.sync = _timed
from ocsge_review.cli.commands import main
argv = ["sync", "--store", {spec!r}, "--production", {spec!r}, "--user", "chef", "--json"]
if {profile!r}:
    import psycopg
    _execute, _statements = psycopg.Cursor.execute, []
    def _time_execute(cur, query, *a, **k):
        t = time.perf_counter()
        try:
            return _execute(cur, query, *a, **k)
        finally:
            text = query if isinstance(query, (str, bytes)) else query.as_string(cur)
            text = text.decode() if isinstance(text, bytes) else text
            _statements.append((time.perf_counter() - t, " ".join(text.split())[:150]))
    psycopg.Cursor.execute = _time_execute
    prof = cProfile.Profile()
    rc = prof.runcall(main, argv)
    prof.dump_stats({profile!r})
    _took["statements"] = sorted(_statements, reverse=True)[:40]
    _took["statement_count"] = len(_statements)
else:
    rc = main(argv)
_took["vm_hwm_kib"] = {peak}   # this process's own peak (measure.PEAK_KIB), not the bench's at the fork
json.dump(_took, open({timing!r}, "w"))
sys.exit(rc)
"""


class _DelayProxy:
    """A TCP proxy on 127.0.0.1 that delivers every chunk ``rtt_ms / 2`` after it was read, in each
    direction: a LAN-like round trip where netem is not available. Threads with sub-millisecond
    sleeps (an event loop's timers round to the millisecond); order is kept per direction."""

    def __init__(self, host: str, port: int, rtt_ms: float):
        import socket
        import threading
        self.target, self.delay = (host, port), rtt_ms / 2000
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.threads = []
        self._threading = threading
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        import socket
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(self.target)
            for s in (client, upstream):
                s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self._pipe(client, upstream)
            self._pipe(upstream, client)

    def _pipe(self, src, dst) -> None:
        import queue
        q = queue.SimpleQueue()

        def read():
            while True:
                try:
                    data = src.recv(1 << 16)
                except OSError:
                    data = b""
                q.put((time.perf_counter() + self.delay, data))
                if not data:
                    return

        def write():
            while True:
                due, data = q.get()
                wait = due - time.perf_counter()
                if wait > 0:
                    time.sleep(wait)
                try:
                    if not data:
                        dst.shutdown(1)
                        return
                    dst.sendall(data)
                except OSError:
                    return
        for fn in (read, write):
            self._threading.Thread(target=fn, daemon=True).start()

    def close(self) -> None:
        self.listener.close()


def _lan_delay(server, rtt_ms: float):
    """Add ``rtt_ms`` of round trip between the clients and the server: tc netem on lo (half each
    way), else a delaying proxy. Returns (host, port) to connect to, an undo, and how."""
    delay = f"{rtt_ms / 2:g}ms"
    res = subprocess.run(["tc", "qdisc", "add", "dev", "lo", "root", "netem", "delay", delay],
                         capture_output=True, text=True)
    if res.returncode == 0:
        return ((server.host, server.port), lambda: subprocess.run(["tc", "qdisc", "del", "dev", "lo", "root"],
                                                                     capture_output=True),
                f"tc netem delay {delay} on lo")
    proxy = _DelayProxy(server.host, server.port, rtt_ms)
    return (("127.0.0.1", proxy.port), proxy.close,
            f"userspace delaying proxy ({delay} each way; `tc qdisc add dev lo root netem` failed here: "
            f"{res.stderr.strip()})")


def _round_trip_ms(spec: str, n: int = 300) -> float:
    """Median time of ``SELECT 1`` from this process (psycopg) over ``spec``: the round trip as clients see it."""
    import statistics
    import psycopg
    with psycopg.connect(spec, autocommit=True) as con:
        times = []
        for _ in range(n):
            t = time.perf_counter()
            con.execute("SELECT 1").fetchone()
            times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def _sync_round(server, args, work: str, label: str, rtt_ms: float = 0.0) -> dict:
    """Validate ``args.edits`` more edits, then sync them and commit them through QGIS, timed.

    With ``rtt_ms``, both run with that round trip added on loopback (the edits are made before)."""
    out = {"label": label, "rtt_ms": rtt_ms}
    edits_path = os.path.join(work, f"edits-{label}.json")
    made = subprocess.run([sys.executable, "-c", _EDITS.format(root=ROOT, spec=server.spec, schema="ocsge_review",
                                                               n=args.edits, out=edits_path)],
                          capture_output=True, text=True)
    if made.returncode:
        raise RuntimeError(f"making the edits failed:\n{made.stderr[-3000:]}")
    out.update(json.loads(made.stdout.strip().splitlines()[-1]))
    undo, (host, port), spec = None, (server.host, server.port), server.spec
    if rtt_ms:
        (host, port), undo, out["how"] = _lan_delay(server, rtt_ms)
        spec = f"host={host} port={port} dbname={server.dbname} user={server.user}"
    try:
        out["select1_ms"] = _round_trip_ms(spec)
        timing = os.path.join(work, f"sync-{label}.json")
        profile = os.path.join(work, f"sync-{label}.prof") if args.profile else ""
        code = _SYNC.format(root=ROOT, spec=spec, timing=timing, profile=profile, peak=PEAK_KIB)
        m = run_measured([sys.executable, "-c", code], cwd=ROOT, log_dir=work, label=f"pg-sync-{label}")
        if m.returncode:
            raise RuntimeError(f"sync failed:\n{m.stderr[-3000:]}")
        report = json.loads(m.stdout.strip().splitlines()[-1])
        out["sync_seconds"] = m.seconds
        took = json.load(open(timing))
        out["sync_call_seconds"], out["sync_rss_mib"] = took["sync_call"], took["vm_hwm_kib"] / 1024
        out["applied"] = len(report["applied"])
        out["synced"] = sum(len(report[k]) for k in ("applied", "unchanged", "already_applied"))
        q = run_measured([sys.executable, "-c", _QGIS_EDIT.format(edits=edits_path, host=host,
                                                                 port=str(port), db=server.dbname,
                                                                 user=server.user, table="occupation_sol_qgis")],
                         cwd=ROOT, log_dir=work, label=f"pg-qgis-edit-{label}",
                         env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
        if q.returncode:
            raise RuntimeError(f"QGIS edit session failed:\n{q.stderr[-3000:]}")
        qt = json.loads(q.stdout.strip().splitlines()[-1])
        out["qgis_edit_seconds"], out["qgis_total_seconds"] = qt["edit_commit"], q.seconds
    finally:
        if undo is not None:
            undo()
    if args.profile:
        import pstats
        print(f"--- profile of the sync command ({label}) ---")
        pstats.Stats(profile).sort_stats("cumulative").print_stats(30)
        took = json.load(open(timing))
        print(f"--- slowest of the {took['statement_count']} statements ({label}) ---")
        for seconds, text in took["statements"]:
            print(f"{seconds * 1000:8.1f} ms  {text}")
    return out


def bench_sync(server, args, demo: str, work: str) -> dict:
    """Production loaded from the model output; validated edits synced vs a QGIS edit session,
    on loopback and, with ``--rtt-ms``, with a LAN-like round trip added."""
    from ocsge_review.production.loading import load_production
    out = {}
    model = os.path.join(demo, "model_output.gpkg")
    t = time.perf_counter()
    load_production(model, server.spec, "occupation_sol", "32", replace=True)
    out["load_seconds"] = time.perf_counter() - t
    server.psql("CREATE TABLE occupation_sol_qgis AS TABLE occupation_sol; "
                "ALTER TABLE occupation_sol_qgis ADD PRIMARY KEY (id); "
                "CREATE INDEX ON occupation_sol_qgis USING gist (geom); ANALYZE occupation_sol_qgis")
    from ocsge_review.store import open_store
    from ocsge_review.production.sync import Production, capture_base
    t = time.perf_counter()
    with open_store(server.spec, schema="ocsge_review") as store, Production.open(server.spec) as prod:
        out["captured"] = capture_base(store, prod)
    out["capture_seconds"] = time.perf_counter() - t
    out["rounds"] = [_sync_round(server, args, work, "loopback")]
    if args.rtt_ms:
        out["rounds"].append(_sync_round(server, args, work, f"rtt{args.rtt_ms:g}ms", rtt_ms=args.rtt_ms))
    # Both tables must now hold the same classes for the edited rows.
    differ = server.psql("SELECT count(*) FROM occupation_sol a JOIN occupation_sol_qgis b USING (id) "
                         "WHERE a.code_cs IS DISTINCT FROM b.code_cs OR a.code_us IS DISTINCT FROM b.code_us "
                         "OR NOT ST_Equals(a.geom, b.geom)").strip()
    out["rows_differing_after_both"] = int(differ)
    return out


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--polygons", type=int, default=1_000_000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--clients", type=int, default=32)
    p.add_argument("--seconds", type=float, default=30.0)
    p.add_argument("--think", type=float, default=1.0,
                   help="mean pause of an interpreter between two items, in seconds (a person takes ~10 s)")
    p.add_argument("--edits", type=int, default=10_000)
    p.add_argument("--only", choices=("all", "sync", "clients"), default="all",
                   help="run only the sync part, or only the concurrent clients")
    p.add_argument("--rtt-ms", type=float, default=0.5,
                   help="also time the sync and QGIS with this round trip added (tc netem on lo, which needs "
                        "root and the netem qdisc, else a delaying TCP proxy); 0: loopback only")
    p.add_argument("--profile", action="store_true", help="cProfile the sync command, print the top functions")
    p.add_argument("--cache-dir", default=os.path.join(ROOT, "build", "bench"))
    p.add_argument("--out", default=os.path.join(HERE, "RESULTS-pg.md"))
    args = p.parse_args(argv)
    demo, _ = ensure_dataset(args.cache_dir, args.polygons, args.seed, ROOT)
    work = os.path.join(args.cache_dir, f"pg-{args.polygons}-s{args.seed}")
    os.makedirs(work, exist_ok=True)
    settings = ["max_connections=200", "shared_buffers=1GB"]
    if args.profile:     # plans of the slow statements, in build/bench/pg-N-sS/server.log
        settings += ["session_preload_libraries=auto_explain", "auto_explain.log_min_duration=15ms",
                     "auto_explain.log_analyze=on", "auto_explain.log_nested_statements=on"]
    server = pgserver.start(durable=True, settings=settings)
    try:
        results = {"polygons": args.polygons}
        create = (f"import sys; sys.path.insert(0, {ROOT!r}); from ocsge_review.cli.commands import main; "
                  f"sys.exit(main(['campaign', 'create', '--model', {os.path.join(demo, 'model_output.gpkg')!r}, "
                  f"'--department', '32', '--store', {server.spec!r}, '--quiet']))")
        m = run_measured([sys.executable, "-c", create], cwd=ROOT, log_dir=work, label="pg-campaign-create")
        if m.returncode:
            print(f"campaign creation failed:\n{m.stderr[-4000:]}", file=sys.stderr)
            return 1
        results["create_seconds"], results["create_rss_gib"] = m.seconds, m.max_rss_kib / 2**20
        if args.only in ("all", "sync"):
            results["sync"] = bench_sync(server, args, demo, work)
        if args.only in ("all", "clients"):
            # A campaign is created once, then reviewed for weeks: measure the review once the bulk
            # load's dirty pages are written and its rows vacuumed, not during that background work.
            server.psql("VACUUM ANALYZE")
            server.psql("CHECKPOINT")
            results["clients"] = bench_clients(server, "ocsge_review", args.clients, args.seconds, work, args.think)
            results["stress"] = bench_clients(server, "ocsge_review", args.clients, args.seconds, work, 0.0)
        print(json.dumps(results, indent=1))
        _report(args, results)
    finally:
        if args.profile:
            import shutil
            shutil.copy(os.path.join(server.root, "server.log"), os.path.join(work, "server.log"))
        server.stop()
    return 0


def _report(args, r) -> None:
    facts = machine_facts()
    lines = [
        "# OCS GE Review — PostGIS benchmark", "",
        f"{facts['date']} · {args.polygons:,} items · {facts['nproc']} CPU, {facts['os']}, "
        f"PostgreSQL on the same machine, default durability (fsync on)", "",
        "| Measure | Result | Target |", "|---|---|---|",
        f"| Campaign creation into PostGIS (`campaign create --store service…`) | {r['create_seconds']:.1f} s, "
        f"peak {r['create_rss_gib']:.2f} GiB | (info) |",
    ]
    runs = [] if "clients" not in r else [
        (r["clients"], f"each pausing {r['clients']['think']:g} s on average between items"),
        (r["stress"], "back to back, no pause (stress: the 2 cores are saturated)")]
    for c, what in runs:
        lines += [
            f"| Claim and decide, {c['clients']} clients at once for {c['seconds']:.0f} s, {what}: "
            f"median / p99 | {c['both_p50']:.1f} / {c['both_p99']:.1f} ms | p99 ≤ 20 ms |",
            f"| … of which claim (next item ready), median / p99 | {c['claim_p50']:.1f} / {c['claim_p99']:.1f} ms | |",
            f"| … of which decision (durable), median / p99 | {c['decide_p50']:.1f} / {c['decide_p99']:.1f} ms | |",
            f"| Throughput | {c['per_second']:.0f} decisions/s ({c['pairs']:,} in all) | (info) |",
        ]
    y = r.get("sync")
    notes = []
    if y:
        lines += [
            f"| Production table loaded from the model output (COPY, PK, GiST) | {y['load_seconds']:.1f} s "
            "| (info) |",
            f"| Base versions captured for the campaign's items | {y['capture_seconds']:.1f} s | (info) |",
        ]
        for k in y["rounds"]:
            where = "loopback" if not k["rtt_ms"] else f"**{k['rtt_ms']:g} ms round trip added** ({k['how']})"
            lines += [
                f"| **Sync of {k['validated']:,} validated edits** ({k['reshaped']:,} new polygons) into the "
                f"{args.polygons:,}-row table, {where}: `sync` command, whole process (Python start, imports, "
                f"connections) | **{k['sync_seconds']:.2f} s**, peak {k['sync_rss_mib']:.0f} MiB (VmHWM) | ≤ 5 s |",
                f"| … of which the `sync()` call itself (reads the store, writes production, marks synced) "
                f"| {k['sync_call_seconds']:.2f} s | |",
                f"| The same edits through QGIS's PostGIS provider, {where}: QgsVectorLayer edit session "
                f"(changeAttributeValues/changeGeometry, commitChanges; QGIS start and layer open excluded) "
                f"| {k['qgis_edit_seconds']:.2f} s (process {k['qgis_total_seconds']:.1f} s) | (reference) |",
            ]
            notes.append(f"{where}: `SELECT 1` round trip from Python {k['select1_ms']:.2f} ms (median).")
            notes.append(f"{where}: QGIS edit session time ÷ `sync` command time **{k['qgis_edit_seconds'] / k['sync_seconds']:.2f}×**, "
                         f"÷ `sync()` call time {k['qgis_edit_seconds'] / k['sync_call_seconds']:.2f}× (target ≥ 10×; below 1: sync slower).")
        notes.append(f"Rows that differ between the two tables afterwards: {y['rows_differing_after_both']}.")
    text = "\n".join(lines + [""] + notes) + "\n"
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write(text)
    print(text)


if __name__ == "__main__":
    sys.exit(main())
