"""IGN OCS GE deliveries written as they come (archive name, nested folders, upper-case fields), for every tier."""
import os

import numpy as np
import shapely

X0, Y0 = 500000.0, 6280000.0      # Gers, Lambert-93


def parcels(n=6, width=40.0, height=20.0):
    """``n`` rectangles of ``width`` × ``height`` m in a row, 10 m apart; the first half is built-up."""
    return [shapely.box(X0 + i * (width + 10), Y0, X0 + i * (width + 10) + width, Y0 + height) for i in range(n)]


def write_delivery(root, fmt="GPKG", department="32", crs_token="LAMB93", epsg=2154, date="2019-01-01",
                   geoms=None, x0=X0, y0=Y0, confidence=False):
    """``root``/OCS-GE_2-0__<fmt>_<crs>_D0xx_<date>/… with OCCUPATION_SOL and ZONE_CONSTRUITE; returns
    the archive folder. IDs are long text (OCSGE…2016), fields upper case as in real deliveries;
    ``confidence`` adds CONF_CS and CONF_US (0.6), as a model's output of that layout would."""
    from ocsge_review.geo import pyogrio
    name = f"OCS-GE_2-0__{fmt}_{crs_token}_D{department.zfill(3)}_{date}"
    inner = os.path.join(str(root), name, "OCS-GE", "1_DONNEES_LIVRAISON_2021-06-00123",
                         f"OCSGE_2-0_{fmt}_{crs_token}_D{department.zfill(3)}-{date[:4]}")
    os.makedirs(inner)
    geoms = geoms if geoms is not None else parcels()
    n = len(geoms)
    dx, dy = x0 - X0, y0 - Y0
    geoms = np.array([shapely.affinity.translate(g, dx, dy) for g in geoms], dtype=object)
    ids = np.array([f"OCSGE{1002643 + i:019d}2016" for i in range(n)], dtype=object)
    fields = ["ID", "CODE_CS", "CODE_US", "MILLESIME", "SOURCE", "OSSATURE", "ID_ORIGINE", "CODE_OR"]
    values = [ids, np.full(n, "CS2.2.1", dtype=object), np.full(n, "US1.1", dtype=object),
              np.full(n, date[:4], dtype=object), np.full(n, "IA", dtype=object), np.zeros(n, dtype="int32"),
              np.full(n, "NC", dtype=object), np.full(n, "NC", dtype=object)]
    if confidence:
        fields += ["CONF_CS", "CONF_US"]
        values += [np.full(n, 0.6), np.full(n, 0.6)]
    half = shapely.total_bounds(geoms[: max(1, n // 2)])
    zone = np.array([shapely.box(half[0] - 5, half[1] - 5, half[2] + 5, half[3] + 5)], dtype=object)
    crs = f"EPSG:{epsg}"
    if fmt == "GPKG":
        path = os.path.join(inner, f"OCS-GE_2-0_D{department.zfill(3)}.gpkg")
        pyogrio.raw.write(path, shapely.to_wkb(geoms), values, fields, layer="OCCUPATION_SOL", driver="GPKG",
                          geometry_type="MultiPolygon", crs=crs, promote_to_multi=True)
        pyogrio.raw.write(path, shapely.to_wkb(zone), [np.array(["ZC1"], dtype=object)], ["ID"],
                          layer="ZONE_CONSTRUITE", driver="GPKG", geometry_type="MultiPolygon", crs=crs,
                          promote_to_multi=True, append=False)
    else:
        pyogrio.raw.write(os.path.join(inner, "OCCUPATION_SOL.shp"), shapely.to_wkb(geoms), values, fields,
                          driver="ESRI Shapefile", geometry_type="Polygon", crs=crs)
        pyogrio.raw.write(os.path.join(inner, "ZONE_CONSTRUITE.shp"), shapely.to_wkb(zone),
                          [np.array(["ZC1"], dtype=object)], ["ID"], driver="ESRI Shapefile",
                          geometry_type="Polygon", crs=crs)
    return os.path.join(str(root), name)
