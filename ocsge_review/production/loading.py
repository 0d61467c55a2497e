"""Loading a model output or a delivered OCS GE layer into a production PostGIS table (demo, tests, benches)."""
from __future__ import annotations

import logging
from typing import Optional

import numpy as np
import shapely

from .. import pgconn
from ..errors import InputError
from ..messages import tr
from ..geo import pyogrio
from ..model.model_output import describe_source
from ..store.pg_access import DEFAULT_DEPARTMENT_COLUMN

log = logging.getLogger(__name__)

# The delivered data model (OCCUPATION_SOL), in order; field-name case varies between deliveries.
FIELDS = ("id", "code_cs", "code_us", "millesime", "source", "ossature", "id_origine", "code_or")
_ALIASES = {"code_cs": ("code_cs", "couverture"), "code_us": ("code_us", "usage")}


def load_production(source: str, spec: str, table: str = "occupation_sol", department: Optional[str] = None, *,
                    layer: Optional[str] = None, department_column: str = DEFAULT_DEPARTMENT_COLUMN, replace: bool = False,
                    password: Optional[str] = None) -> int:
    """Write ``source`` (a model output or a delivered layer) as the production table ``table``
    ("table" or "schema.table") through COPY, with its primary key and spatial index.

    Columns: ``id`` (bigint when every id is a whole number, else text), the
    delivered fields (NULL where the source lacks them), ``department_column``
    when ``department`` is given, and ``geom`` (MultiPolygon in the source's
    EPSG code). Returns the number of rows written."""
    from psycopg import sql
    info = pyogrio.read_info(source, layer=layer)
    fields = {f.lower(): f for f in info["fields"]}
    picked = {}
    for name in FIELDS:
        for alias in _ALIASES.get(name, (name,)):
            if alias in fields:
                picked[name] = fields[alias]
                break
    for required in ("code_cs", "code_us"):
        if required not in picked:
            raise InputError(tr("« {source} » n'a pas de champ {required}.",
                                source=describe_source(source), required=required))
    meta, fids, wkb, values = pyogrio.raw.read(source, layer=layer, columns=list(picked.values()),
                                               return_fids=True)
    read = dict(zip(meta["fields"], values))       # in the layer's order, not the order asked
    columns = {name: read[field] for name, field in picked.items()}
    n = len(wkb)
    ids = columns.get("id")
    ids = np.asarray(fids if ids is None else ids)
    text_ids = [str(v) for v in ids]
    numeric = all(v.lstrip("-").isdigit() for v in text_ids)
    epsg = _epsg(meta.get("crs"))
    geoms = shapely.from_wkb(wkb)
    geoms = np.array([g if g is None or g.geom_type == "MultiPolygon" else shapely.MultiPolygon([g]) for g in geoms],
                     dtype=object)
    hexes = shapely.to_wkb(shapely.set_srid(geoms, epsg), hex=True, include_srid=True)
    schema, name = pgconn.qualified(table)
    T = sql.Identifier(schema, name)
    dep = [sql.SQL(", {} text").format(sql.Identifier(department_column))] if department else []
    con = pgconn.connect(spec, password=password, what="--production")
    try:
        with con.transaction(), con.cursor() as cur:
            cur.execute(sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(sql.Identifier(schema)))
            if replace:
                cur.execute(sql.SQL("DROP TABLE IF EXISTS {}").format(T))
            cur.execute(sql.SQL("CREATE TABLE {} (id {} NOT NULL, code_cs text, code_us text, millesime integer, "
                                "source text, ossature integer, id_origine text, code_or text{}, "
                                "geom geometry(MultiPolygon, {}))").format(
                T, sql.SQL("bigint" if numeric else "text"), sql.SQL("").join(dep), sql.Literal(epsg)))
            names = list(FIELDS) + ([department_column] if department else []) + ["geom"]
            copy = sql.SQL("COPY {} ({}) FROM STDIN").format(T, sql.SQL(", ").join(map(sql.Identifier, names)))
            rest = [_column(columns.get(f), n, integer=f in ("millesime", "ossature"))
                    for f in FIELDS[1:]]
            with cur.copy(copy) as cp:
                for i in range(n):
                    row = [text_ids[i]] + [c[i] for c in rest] + ([department] if department else []) + [hexes[i]]
                    cp.write_row(row)
            cur.execute(sql.SQL("ALTER TABLE {} ADD PRIMARY KEY (id)").format(T))
            cur.execute(sql.SQL("CREATE INDEX ON {} USING gist (geom)").format(T))
        con.execute(sql.SQL("ANALYZE {}").format(T))
        con.commit()
    finally:
        con.close()
    log.info(tr("{count} lignes écrites dans {schema}.{table}.", count=n, schema=schema, table=name))
    return n


def _column(values, n: int, integer: bool):
    if values is None:
        return [None] * n
    out = []
    for v in values:
        if v is None or (isinstance(v, float) and np.isnan(v)) or v == "":
            out.append(None)
        else:
            out.append(int(v) if integer else str(v))
    return out


def _epsg(crs: Optional[str]) -> int:
    if crs and crs.upper().startswith("EPSG:"):
        return int(crs.split(":", 1)[1])
    from ..geo import srs_from
    srs = srs_from(crs) if crs else None
    code = srs.GetAuthorityCode(None) if srs is not None else None
    if not code:
        raise InputError(tr("La couche n'a pas de système de coordonnées reconnu (code EPSG attendu)."))
    return int(code)
