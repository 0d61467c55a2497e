"""The geometry-correction tests of tests/unit/test_store_geometry.py, run again on a PostGIS store.
The two that open the GeoPackage's SQLite file have PostGIS equivalents in test_store_pg.py."""
from tests.unit.store.test_store_geometry import *  # noqa: F401,F403

del test_journal_stays_append_only_after_geometry_edits  # noqa: F821
del test_a_version_2_store_is_migrated_to_lineage  # noqa: F821
