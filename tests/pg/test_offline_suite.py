"""The offline-work tests of tests/unit/test_offline.py with a PostGIS store as the shared store:
an interpreter checks out from PostGIS into a GeoPackage, works without the database, checks in."""
from tests.unit.test_offline import *  # noqa: F401,F403

del test_cli_checkout_work_checkin  # noqa: F821 (a GeoPackage campaign; tests/pg/test_store_cli.py covers PostGIS)
