"""Statistics benchmark: every indicator of the monthly report over a 1 M-decision journal, on both stores.

A synthetic campaign of N items (default 1 000 000: 80 % queue, 2 % audit, 18 % auto-accepted) is
written through the stores' own creation (GpkgStore.create, PgStore.create), then its review is
filled in bulk with SQL — every queue and audit item decided (a quarter of them corrected) and the
first ones approved, so that the journal holds about one million records — instead of a million
calls to decide(), which would measure the decision path (bench/campaign.py does) rather than the
statistics. Child processes then open the store and compute, timed phase by phase, with their peak
memory: `stats --json`'s job — the tables' read (stats.load without the breakdown columns) and the
payload — in --repeats separate processes (medians reported: the machine may be busy), then once
everything the report draws (its own read of every column; breakdowns by class, interpreter and
week, transition matrices, accuracy); and the real command, `python -m ocsge_review stats --json`,
once, whose figures must be the child's. Run with `make bench-stats`; writes bench/RESULTS-stats.md.
Times are never asserted.
"""
import argparse
import json
import math
import os
import shutil
import statistics
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)
sys.path.insert(0, HERE)

import numpy as np  # noqa: E402

from measure import PEAK_KIB as _PEAK  # noqa: E402  (this bench holds the synthetic campaign at the forks)
from measure import run_measured  # noqa: E402
from run import machine_facts  # noqa: E402

# `stats --json`'s job (the command's own read and payload), or with "report" the report's.
_CHILD = r"""
import datetime as dt, json, sys, time, warnings
warnings.simplefilter("ignore")
sys.path.insert(0, {root!r})
from ocsge_review.statistics import stats
from ocsge_review.statistics.indicators import payload, validate
from ocsge_review.statistics.report import details
from ocsge_review.store import open_store
report = {report!r}
t0 = time.perf_counter()
with open_store({spec!r}, schema={schema!r}) as store:
    tables = stats.load(store, breakdowns=report)
t1 = time.perf_counter()
period, today = stats.Period.parse("2026-11"), dt.date(2026, 11, 30)
body = (details if report else payload)(tables, period, hourly_cost=35.0, fixed_cost=1000.0, today=today)
t2 = time.perf_counter()
validate(body["payload"] if report else body)
figures = {{k: v for k, v in (body["payload"] if report else body).items() if k not in ("campaign", "generated_at")}}
print(json.dumps({{"figures": figures, "peak_kib": {peak}, "read": t1 - t0, "payload": t2 - t1,
                  "items": len(tables.items["id"]),
                  "journal": len(tables.journal["seq"]), "rework": body["rework"]["count"]["rate"],
                  "accuracy_cs": body["accuracy"]["cs"]["overall"]["estimate"]}}))
"""
STATS_ARGS = ("--period", "2026-11", "--hourly-cost", "35", "--fixed-cost", "1000", "--json")
# The command itself, its peak RSS written last on stderr.
_CLI = r"""
import runpy, sys
sys.argv = ["ocsge_review", *{args!r}]
try:
    runpy.run_module("ocsge_review", run_name="__main__", alter_sys=True)
finally:
    sys.stderr.write(f"\npeak_kib={{{peak}}}\n")
"""

CS = ("CS1.1.1.1", "CS1.1.1.2", "CS2.1.1.1", "CS2.1.2", "CS2.2.1")
US = ("US1.1", "US1.2", "US2", "US5", "US6.3")


def synthetic(n: int, seed: int):
    """(campaign, creation columns, WKB) of an n-item campaign on a grid of 50 m squares."""
    import shapely
    from ocsge_review.store import Campaign
    from ocsge_review.store.rules import ITEM_COLUMNS
    rng = np.random.default_rng(seed)
    side = int(np.ceil(np.sqrt(n)))
    k = np.arange(n)
    x, y = 500_000 + 50.0 * (k % side), 6_200_000 + 50.0 * (k // side)
    wkb = shapely.to_wkb(shapely.box(x, y, x + 50, y + 50))
    part = rng.choice(np.array(["queue", "audit", "auto"], dtype=object), n, p=[0.80, 0.02, 0.18])
    conf = rng.uniform(0.85, 1.0, n)
    bands = np.array(["0.85–0.90", "0.90–0.95", "0.95–0.98", "0.98–1.00"], dtype=object)
    stratum = np.where(part == "queue", None, bands[np.searchsorted([0.9, 0.95, 0.98], conf)])
    cols = {c: np.full(n, None, dtype=object) for c in ITEM_COLUMNS}
    cs, us = np.array(CS, dtype=object)[rng.integers(0, 5, n)], np.array(US, dtype=object)[rng.integers(0, 5, n)]
    cols.update(source_id=k.astype(str).astype(object), part=part, rank=rng.random(n), stratum=stratum,
                code_cs=cs, code_us=us, conf_cs=conf.astype("float32"), conf_us=conf.astype("float32"),
                cs_top1=cs, us_top1=us, artif=np.zeros(n, dtype="int16"), area_m2=np.full(n, 2500.0))
    for c in ("cs_p1", "cs_p2", "cs_p3", "us_p1", "us_p2", "us_p3"):
        cols[c] = np.full(n, np.nan, dtype="float32")
    campaign = Campaign(name="bench", department="32", department_name="Gers", epsg=2154,
                        model_version="bench-1", source="synthetic", policy={})
    return campaign, cols, wkb


def review(cols, seed: int, journal_size: int):
    """Decided items and the journal rows: (item rows, journal rows) as lists of tuples."""
    rng = np.random.default_rng(seed + 1)
    reviewed = np.flatnonzero(cols["part"] != "auto") + 1
    m = len(reviewed)
    approved = reviewed[:max(0, min(m, journal_size - m))]
    start = np.datetime64("2026-10-01T08:00:00", "ms")
    decided = start + (np.sort(rng.uniform(0, 60 * 86400, m)) * 1000).astype("timedelta64[ms]")
    order = rng.permutation(m)
    when = np.empty(m, dtype="datetime64[ms]")
    when[order] = decided
    iso = np.char.add(np.datetime_as_string(when, unit="ms"), "+00:00").astype(object)
    wrong = rng.random(m) < 0.25
    cs = np.where(wrong, "CS2.2.1", cols["code_cs"][reviewed - 1])
    us = cols["code_us"][reviewed - 1]
    users = np.array([f"interprète-{i}" for i in range(30)], dtype=object)[rng.integers(0, 30, m)]
    validators = np.array([f"validateur-{i}" for i in range(5)], dtype=object)[rng.integers(0, 5, len(approved))]
    approval = np.char.add(np.datetime_as_string(when[:len(approved)] + np.timedelta64(86400000, "ms"), unit="ms"),
                           "+00:00").astype(object)
    seconds = rng.lognormal(np.log(20), 0.5, m)
    state = np.array(["decided"] * m, dtype=object)
    state[:len(approved)] = "validated"
    val = np.full(m, None, dtype=object)
    val[:len(approved)] = validators
    items = list(zip(reviewed.tolist(), state.tolist(), users.tolist(), iso.tolist(), cs.tolist(), us.tolist(),
                     val.tolist()))
    model_cs = cols["code_cs"][reviewed - 1]
    action = np.where(cs != model_cs, "correct", "confirm")
    decisions = list(zip(reviewed.tolist(), users.tolist(), action.tolist(), model_cs.tolist(), us.tolist(),
                         cs.tolist(), us.tolist(), seconds.tolist(), iso.tolist()))
    approvals = list(zip(approved.tolist(), validators.tolist(), ["approve"] * len(approved),
                         cs[:len(approved)].tolist(), us[:len(approved)].tolist(), cs[:len(approved)].tolist(),
                         us[:len(approved)].tolist(), [0.0] * len(approved), approval.tolist()))
    journal = sorted(decisions + approvals, key=lambda r: r[-1])
    return items, journal


def fill_gpkg(path: str, items, journal) -> None:
    from ocsge_review.store.gpkg import _connect     # with the functions GDAL's triggers call
    con = _connect(path)
    con.execute("BEGIN")
    con.execute("CREATE TEMP TABLE d (fid INTEGER PRIMARY KEY, state, decided_by, decided_at, cs, us, validated_by)")
    con.executemany("INSERT INTO d VALUES (?, ?, ?, ?, ?, ?, ?)", items)
    con.execute('UPDATE items SET state = d.state, decided_by = d.decided_by, decided_at = d.decided_at, '
                'cs_final = d.cs, us_final = d.us, validated_by = d.validated_by FROM d WHERE items.fid = d.fid')
    con.executemany("INSERT INTO ocsge_journal (item_id, user, action, cs_before, us_before, cs_after, us_after, "
                    "active_seconds, recorded_at, model_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench-1')",
                    journal)
    con.execute("COMMIT")
    con.close()


def fill_pg(store, items, journal) -> None:
    import psycopg
    with psycopg.connect(store.spec, autocommit=False) as con, con.cursor() as cur:
        s = f'"{store.schema}"'
        cur.execute("CREATE TEMP TABLE d (id bigint, state text, decided_by text, decided_at text, cs text, "
                    "us text, validated_by text)")
        with cur.copy("COPY d FROM STDIN") as copy:
            for row in items:
                copy.write_row(row)
        cur.execute(f"UPDATE {s}.items i SET state = d.state, decided_by = d.decided_by, decided_at = d.decided_at, "
                    "cs_final = d.cs, us_final = d.us, validated_by = d.validated_by FROM d WHERE i.id = d.id")
        with cur.copy(f"COPY {s}.journal (campaign_id, department, item_id, user_name, action, cs_before, "
                      "us_before, cs_after, us_after, active_seconds, recorded_at, model_version) FROM STDIN") as copy:
            for row in journal:
                copy.write_row((store.campaign_id, "32", *row, "bench-1"))
        cur.execute(f"ANALYZE {s}.items")
        cur.execute(f"ANALYZE {s}.journal")
        con.commit()


def same_figures(a, b) -> bool:
    """The same payload, reals to 1e-9 relative: the GeoPackage's reals reach Python as SQLite writes
    them in text, to 15 significant digits, PostgreSQL's exactly."""
    if isinstance(a, float) and isinstance(b, float):
        return math.isclose(a, b, rel_tol=1e-9) or (math.isnan(a) and math.isnan(b))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same_figures(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same_figures(x, y) for x, y in zip(a, b))
    return a == b


def _run(argv, work: str, label: str):
    m = run_measured(argv, cwd=ROOT, log_dir=os.path.join(work, "logs"), label=label)
    if m.returncode != 0:
        raise SystemExit(f"{label} failed ({m.returncode}):\n{m.stderr[-4000:]}")
    return m


def measure(spec: str, schema: str, work: str, label: str, repeats: int) -> dict:
    """The stats job in ``repeats`` processes (medians, and every run's read + payload), the report's
    once, the real command once: its rework rate and CS accuracy must be the job's."""
    runs = []
    for k in range(repeats):
        m = _run([sys.executable, "-c", _CHILD.format(root=ROOT, spec=spec, schema=schema, report=False, peak=_PEAK)],
                 work, f"{label}-stats-{k}")
        out = json.loads(m.stdout)
        runs.append({**out, "seconds": m.seconds, "rss": out["peak_kib"] * 1024})
    m = _run([sys.executable, "-c", _CHILD.format(root=ROOT, spec=spec, schema=schema, report=True, peak=_PEAK)], work,
             f"{label}-report")
    out = json.loads(m.stdout)
    report = {**out, "seconds": m.seconds, "rss": out["peak_kib"] * 1024}
    m = _run([sys.executable, "-c", _CLI.format(args=("stats", "--store", spec, "--schema", schema, *STATS_ARGS),
                                                peak=_PEAK)], work, f"{label}-cli")
    body = json.loads(m.stdout)
    cli = {"rework": body["rework"]["count"]["rate"], "accuracy_cs": body["accuracy"]["cs"]["overall"]["estimate"],
           "seconds": m.seconds, "rss": int(m.stderr.rsplit("peak_kib=", 1)[1]) * 1024}
    for r in runs + [report, cli]:
        if (r["rework"], r["accuracy_cs"]) != (runs[0]["rework"], runs[0]["accuracy_cs"]) \
                or r.get("figures", runs[0]["figures"]) != runs[0]["figures"]:
            raise SystemExit(f"{label}: figures differ between runs: {r} / {runs[0]}")
    median = {k: statistics.median(r[k] for r in runs) for k in ("read", "payload", "seconds", "rss")}
    median["total"] = statistics.median(r["read"] + r["payload"] for r in runs)
    return {**runs[0], "median": median, "totals": [r["read"] + r["payload"] for r in runs],
            "report": report, "cli": cli}


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--items", type=int, default=1_000_000)
    p.add_argument("--journal", type=int, default=1_000_000, help="journal records wanted (decisions + approvals)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--only", choices=("gpkg", "pg"), default=None)
    p.add_argument("--repeats", type=int, default=5, help="processes running the stats job, per store")
    p.add_argument("--cache-dir", default=os.path.join(ROOT, "build", "bench"))
    p.add_argument("--out", default=os.path.join(ROOT, "bench", "RESULTS-stats.md"))
    args = p.parse_args(argv)
    work = os.path.join(args.cache_dir, f"stats-{args.items}-s{args.seed}")
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    t = time.perf_counter()
    campaign, cols, wkb = synthetic(args.items, args.seed)
    items, journal = review(cols, args.seed, args.journal)
    print(f"[bench] synthetic campaign: {len(items):,} decided items, {len(journal):,} journal records "
          f"({time.perf_counter() - t:.0f} s)", file=sys.stderr)
    results = {}
    if args.only in (None, "gpkg"):
        from ocsge_review.store.gpkg import GpkgStore
        path = os.path.join(work, "review.gpkg")
        GpkgStore.create(path, campaign, cols, wkb).close()
        fill_gpkg(path, items, journal)
        results["GeoPackage"] = measure(path, "ocsge_review", work, "gpkg", args.repeats)
    if args.only in (None, "pg"):
        from dataclasses import replace
        from ocsge_review.store.pg import PgStore
        from tests import pgserver
        server = pgserver.start(durable=True)
        try:
            store = PgStore.create(server.spec, replace(campaign, uid=""), cols, wkb, schema="bench")
            fill_pg(store, items, journal)
            store.close()
            results["PostGIS"] = measure(server.spec, "bench", work, "pg", args.repeats)
        finally:
            server.stop()
    first, *others = results.values()
    for r in others:
        if not same_figures(first["figures"], r["figures"]):
            raise SystemExit("The stores' payloads differ:\n" + "\n".join(json.dumps(x["figures"]) for x in (first, r)))
    facts = machine_facts()
    lines = ["# OCS GE Review — statistics benchmark", "",
             f"{facts['date']} · {args.items:,} items · {len(journal):,} journal records · {facts['nproc']} CPU, "
             f"{facts['ram']} RAM, Python {facts['python']} · {args.repeats} runs of the stats job per store", "",
             "| Store | Tables read | Payload | **Read + payload** (target ≤ 2 s) | Every run's read + payload "
             "| Child process, wall / peak RSS | `stats --json` command, wall / peak RSS |",
             "|---|---|---|---|---|---|---|"]
    for name, r in results.items():
        m, cli = r["median"], r["cli"]
        lines.append(f"| {name} | {m['read']:.2f} s | {m['payload']:.2f} s | **{m['total']:.2f} s** | "
                     f"{', '.join(f'{x:.2f}' for x in r['totals'])} s | "
                     f"{m['seconds']:.1f} s / {m['rss'] / 2**20:.0f} MiB | "
                     f"{cli['seconds']:.1f} s / {cli['rss'] / 2**20:.0f} MiB |")
    lines += ["", "| Store | The report's read (every column) | Everything the report draws | Child process, wall / "
              "peak RSS |", "|---|---|---|---|"]
    for name, r in results.items():
        rep_ = r["report"]
        lines.append(f"| {name} | {rep_['read']:.2f} s | {rep_['payload']:.2f} s | {rep_['seconds']:.1f} s / "
                     f"{rep_['rss'] / 2**20:.0f} MiB |")
    rework = ", ".join(f"{r['rework']:.4f}" for r in results.values())
    accuracy = ", ".join(f"{r['accuracy_cs']:.4f}" for r in results.values())
    lines += ["", f"Figures from each store (the same data; every run, the report's and the command's alike): "
              f"rework rate {rework}; accuracy CS {accuracy}. The whole payload (but the campaign's uid and "
              f"the time it was made) is the same from both stores, checked figure by figure (reals to 1e-9: "
              f"SQLite hands the GeoPackage's reals over in text, to 15 significant digits).", "",
              "Medians of the runs, each a process of its own. « Tables read » is `stats.load(store, "
              "breakdowns=False)`, what `stats --json` reads: the columns of the payload, texts coded by the "
              "database (their distinct values first, then integer indexes packed in one number per row), the "
              "journal read on a second connection while the items are read. « Payload » computes every figure "
              "of the JSON payload from those arrays. The child process's wall time adds Python's start and "
              "imports; the command's adds the CLI's. Peak RSS is each process's own (VmHWM): wait4's ru_maxrss, "
              "which this bench reported before, kept the high-water mark of the bench process that forked the "
              "children (it holds the synthetic campaign), not the job's. The report reads every column (who "
              "decided, who judged) and draws the breakdowns by class, interpreter and week, both transition "
              "matrices and the per-class accuracy."
              " Times are measurements on a possibly busy machine (2 cores shared)."]
    text = "\n".join(lines) + "\n"
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write(text)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
