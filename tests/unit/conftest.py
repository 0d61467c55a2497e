"""Fixtures for the core tests: small synthetic départements, made once per session."""
import os

import numpy as np
import pytest

from ocsge_review import demo


@pytest.fixture(scope="session")
def demo_dir(tmp_path_factory):
    """A 1 500-polygon demo département with its probability raster."""
    out = tmp_path_factory.mktemp("demo")
    data = demo.generate(1500, seed=7, department="32")
    demo.write(data, str(out))
    return out


@pytest.fixture
def write_layer(tmp_path):
    """Write a small polygon layer with chosen fields; returns its path."""
    import shapely
    from ocsge_review.geo import pyogrio

    def _write(fields, geoms=None, name="layer.gpkg", driver="GPKG", crs="EPSG:2154", layer=None):
        n = len(next(iter(fields.values())))
        if geoms is None:
            geoms = [shapely.box(700000 + 100 * i, 6600000, 700000 + 100 * i + 80, 6600080)
                     for i in range(n)]
        path = os.path.join(str(tmp_path), name)
        values = [np.asarray(v, dtype=object if isinstance(v[0], str) or v[0] is None else None)
                  for v in fields.values()]
        pyogrio.raw.write(path, shapely.to_wkb(np.asarray(geoms, dtype=object)), values,
                          list(fields), driver=driver, crs=crs, layer=layer,
                          geometry_type="Unknown" if driver != "ESRI Shapefile" else "Polygon")
        return path
    return _write
