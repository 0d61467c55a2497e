"""The store tests of tests/unit/test_store_gpkg.py, run again on a PostGIS store (make_store is
overridden in tests/pg/conftest.py); the geometry ones run in test_store_geometry_suite.py (their
``store`` fixture differs). Tests that open the GeoPackage's SQLite file itself are left out here;
tests/pg/test_store_pg.py has their PostGIS equivalents."""
from tests.unit.store.test_store_gpkg import *  # noqa: F401,F403

# SQLite surgery or GeoPackage files; see test_store_pg.py for the PostGIS side of each.
del test_opening_a_store_of_a_newer_schema_leaves_no_connection  # noqa: F821
del test_journal_is_append_only_even_with_raw_sql  # noqa: F821
del test_store_opens_in_qgis_terms_and_reopens  # noqa: F821
del test_bad_stores_are_refused  # noqa: F821
del test_a_version_1_store_is_migrated_on_open  # noqa: F821
