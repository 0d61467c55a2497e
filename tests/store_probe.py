"""Looking inside a review store from a test, whichever the backend: what a refused call must
leave untouched, the counts a GROUP BY gives, what a spatial index finds, how to open it again."""
import sqlite3

from ocsge_review.store.gpkg import JOURNAL, GpkgStore


def sql(store, query, args=()):
    """``query`` on a PostGIS store, ``{s}`` standing for its schema: the rows, or None for a statement
    that returns none."""
    import psycopg
    with psycopg.connect(store.spec, autocommit=True) as con:
        cur = con.execute(query.replace("{s}", f'"{store.schema}"'), args)
        return cur.fetchall() if cur.description else None


def snapshot(store):
    """Everything a refused call must leave untouched."""
    if isinstance(store, GpkgStore):
        con = sqlite3.connect(store.path)
        out = [con.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
               for t in ("items", JOURNAL, "rtree_items_geom", "ocsge_counts")]
        con.close()
        return out
    return [sql(store, f"SELECT * FROM {{s}}.{t} ORDER BY {order}") for t, order in
            (("items", "id"), ("journal", "seq"), ("counts", "campaign_id, part, state, shard"))]


def grouped(store):
    """{(part, state): (count, km²)} by a GROUP BY over the items."""
    query = "SELECT part, state, COUNT(*), SUM(area_m2) FROM items GROUP BY part, state"
    if isinstance(store, GpkgStore):
        con = sqlite3.connect(store.path)
        rows = con.execute(query).fetchall()
        con.close()
    else:
        rows = sql(store, query.replace("FROM items", "FROM {s}.items WHERE campaign_id = %s"),
                   (store.campaign_id,))
    return {(p, s): (n, a / 1e6) for p, s, n, a in rows}


def read_items(store, columns):
    """(fids, WKB geometries, {column: values}) of the items layer as GDAL reads it."""
    from ocsge_review.geo import pyogrio
    if isinstance(store, GpkgStore):
        meta, fids, geoms, fields = pyogrio.raw.read(store.path, layer="items", return_fids=True, columns=columns)
    else:
        meta, fids, geoms, fields = pyogrio.raw.read(f"PG:{store.spec}", layer=f"{store.schema}.items",
                                                     return_fids=True, columns=columns,
                                                     where=f"campaign_id = {int(store.campaign_id)}")
        # PostgreSQL returns rows in storage order: put them in id order, as the GeoPackage has them.
        order = fids.argsort()
        fids, geoms, fields = fids[order], geoms[order], [f[order] for f in fields]
    return list(fids), geoms, dict(zip(meta["fields"], fields))


def found_in(store, minx, miny, maxx, maxy):
    """Ids of the items a spatial-index window query finds (GDAL's bbox filter)."""
    from ocsge_review.geo import pyogrio
    if isinstance(store, GpkgStore):
        _, fids, _, _ = pyogrio.raw.read(store.path, layer="items", return_fids=True, columns=[],
                                         bbox=(minx, miny, maxx, maxy))
        return sorted(fids)
    rows = sql(store, "SELECT id FROM {s}.items WHERE campaign_id = %s AND geom && ST_MakeEnvelope(%s, %s, %s, %s) "
                      "ORDER BY id", (store.campaign_id, minx, miny, maxx, maxy))
    return [r[0] for r in rows]


def opening(store):
    """(spec, keyword arguments) that open_store takes to reopen ``store``."""
    if isinstance(store, GpkgStore):
        return store.path, {}
    return store.spec, {"schema": store.schema, "campaign": store.campaign().uid}

