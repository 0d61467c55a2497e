"""Fixtures for the core tests: small layers and the store factory (the demo département is in tests/conftest.py)."""
import os

import numpy as np
import pytest


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


@pytest.fixture
def make_store(tmp_path):
    """Create a review store from (campaign, columns, wkb, clock): a GeoPackage here.

    The store tests use this fixture only, so that the PostGIS tier runs the very
    same tests on a PostGIS store by overriding it (tests/pg)."""
    from ocsge_review.store.gpkg import GpkgStore
    made = []

    def _make(campaign, columns, wkb, clock=None, name="review.gpkg"):
        store = GpkgStore.create(str(tmp_path / name), campaign, columns, wkb, clock=clock)
        made.append(store)
        return store
    yield _make
    for store in made:
        store.close()
