"""The campaign's class table and IGN delivery kept by a PostGIS store (make_store is PostGIS here)."""
from tests.unit.model.test_class_tables import test_the_store_keeps_the_class_table_and_the_delivery  # noqa: F401
