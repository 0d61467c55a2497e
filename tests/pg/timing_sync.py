"""Timing of the sync at scale, asserting no time: 10 000 validated edits into a 1 000 000-row production table.

Not collected by default; run it explicitly:
    .venv/bin/python -m pytest -p no:pytest_qgis tests/pg/timing_sync.py -s
"""
import time

import numpy as np
import shapely

from ocsge_review import sync as sy
from ocsge_review.store import Campaign, Decision, Part
from ocsge_review.store.gpkg import ITEM_COLUMNS, GpkgStore

SIDE, CELL = 1000, 10.0          # 1 000 × 1 000 cells of 10 m: 1 000 000 rows
X, Y = 700000.0, 6600000.0
ITEMS = 20_000                   # the campaign: the first 20 000 rows; about half are validated edits


def _cell(i):
    c, r = (i - 1) % SIDE, (i - 1) // SIDE
    return shapely.box(X + c * CELL, Y + r * CELL, X + (c + 1) * CELL, Y + (r + 1) * CELL)


def test_timing_10k_edits_into_1m_rows(postgis, tmp_path):
    spec = f"host={postgis.host} port={postgis.port} dbname={postgis.dbname} user={postgis.user}"
    t = time.perf_counter()
    postgis.psql("DROP TABLE IF EXISTS big; CREATE TABLE big AS SELECT g::bigint AS id, 'CS2.2.1'::text AS code_cs, "
                 "'US1.1'::text AS code_us, 2019 AS millesime, 'IA'::text AS source, 1 AS ossature, "
                 "NULL::text AS id_origine, 'X'::text AS code_or, '32'::text AS departement, "
                 f"ST_Multi(ST_MakeEnvelope({X} + ((g - 1) % {SIDE}) * {CELL}, {Y} + ((g - 1) / {SIDE}) * {CELL}, "
                 f"{X} + ((g - 1) % {SIDE} + 1) * {CELL}, {Y} + ((g - 1) / {SIDE} + 1) * {CELL}, 2154))"
                 "::geometry(MultiPolygon, 2154) AS geom "
                 f"FROM generate_series(1, {SIDE * SIDE}) g; ALTER TABLE big ADD PRIMARY KEY (id); "
                 "CREATE INDEX ON big USING gist (geom)")
    postgis.psql("VACUUM ANALYZE big")
    print(f"\nproduction table of {SIDE * SIDE} rows: {time.perf_counter() - t:.1f} s")

    n = ITEMS
    cols = {c: np.full(n, None, dtype=object) for c in ITEM_COLUMNS}
    cols.update(source_id=np.array([str(i) for i in range(1, n + 1)], dtype=object),
                part=np.full(n, "queue", dtype=object), rank=np.arange(n, dtype="float64"),
                code_cs=np.full(n, "CS2.2.1", dtype=object), code_us=np.full(n, "US1.1", dtype=object),
                artif=np.zeros(n, dtype="int16"), area_m2=np.full(n, CELL * CELL))
    campaign = Campaign(name="timing", department="32", department_name="Gers", epsg=2154, model_version="m",
                        source="m", policy={}, lock_seconds=3600)
    store = GpkgStore.create(str(tmp_path / "t.gpkg"), campaign, cols,
                             shapely.to_wkb(np.array([_cell(i) for i in range(1, n + 1)], dtype=object)))
    t = time.perf_counter()
    kinds = {"correct": 0, "reshape": 0, "split": 0, "merge": 0}
    validated = []
    while len(validated) < 10_000:
        item = store.claim_next("ana")
        k = item.id
        if k % 50 == 0 and (k % SIDE) != 0:
            store.merge(k, "ana", [k + 1], "CS2.1.2", "US1.1")
            validated.append(k)
            kinds["merge"] += 1
        elif k % 50 == 25:
            g = _cell(k)
            x0, y0, x1, y1 = g.bounds
            ids = store.split(k, "ana", [Part(shapely.to_wkb(shapely.box(x0, y0, x0 + 4, y1)), "CS1.1.1.1", "US5"),
                                         Part(shapely.to_wkb(shapely.box(x0 + 4, y0, x1, y1)), "CS2.2.1", "US1.1")])
            validated += ids
            kinds["split"] += 1
        elif k % 10 == 3:
            x0, y0, x1, y1 = _cell(k).bounds
            store.decide(Decision(k, "ana", "reshape", "CS2.2.1", "US1.1",
                                  geometry_wkb=shapely.to_wkb(shapely.box(x0, y0, x1 - 1, y1))))
            validated.append(k)
            kinds["reshape"] += 1
        else:
            store.decide(Decision(k, "ana", None, "CS1.1.1.1", "US5"))
            validated.append(k)
            kinds["correct"] += 1
    for i in validated:
        store.validate(i, "val", True)
    print(f"store: {len(validated)} validated edits {kinds} made in {time.perf_counter() - t:.1f} s")

    with sy.Production.open(spec, sy.ProductionTable(table="big")) as prod:
        t = time.perf_counter()
        sy.capture_base(store, prod)
        print(f"capture_base for {n} items: {time.perf_counter() - t:.2f} s")
        t = time.perf_counter()
        edits = store.validated_edits()
        print(f"  (validated_edits alone: {len(edits)} edits in {time.perf_counter() - t:.2f} s)")
        spent = {"validated_edits": 0.0, "mark_synced": 0.0}

        def timed(name):
            method = getattr(store, name)

            def run(*a, **k):
                t0 = time.perf_counter()
                try:
                    return method(*a, **k)
                finally:
                    spent[name] += time.perf_counter() - t0
            return run
        for name in spent:
            setattr(store, name, timed(name))
        t = time.perf_counter()
        report = sy.sync(store, prod, "bot", batch_size=2000)
        took = time.perf_counter() - t
        print("  store side: " + ", ".join(f"{k} {v:.2f} s" for k, v in spent.items())
              + f"; production side: {took - sum(spent.values()):.2f} s")
        print(f"SYNC: {len(report.applied)} applied, {len(report.unchanged)} unchanged, {len(report.conflicts)} "
              f"conflicts in {report.batches} batches: {took:.2f} s")
        assert len(report.applied) == len(validated) and not report.conflicts
        t = time.perf_counter()
        again = sy.sync(store, prod, "bot")
        print(f"second run (nothing to do): {time.perf_counter() - t:.2f} s, {again.batches} batches")
        t = time.perf_counter()
        with prod.con.transaction(), prod.con.cursor() as cur:
            prod._snapshot(cur, "timing-all", [str(i) for i in range(1, SIDE * SIDE + 1)], overwrite=False)
        print(f"base of a 1 000 000-item campaign: {time.perf_counter() - t:.1f} s")
    print(postgis.psql("SELECT count(*), count(*) FILTER (WHERE id > 1000000) FROM big").strip())
    store.close()
