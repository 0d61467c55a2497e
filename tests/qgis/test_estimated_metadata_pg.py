"""QGIS's PostGIS layers with « use estimated table metadata », as a Gers validator, once PostGIS's
estimated-extent functions are closed to the reviewers (pg_access.close_metadata_functions): the
layer still opens, draws the Gers and its extent is the Gers's, never the Rhône's."""
import pytest

from ocsge_review.production import admin

SCHEMA = "ocsge_review"
RHONE_X = 800000


@pytest.fixture(scope="module")
def store(server):
    admin.init(server.spec, ["32", "69"])
    admin.grant(server.spec, "v32", "validator", ["32"], "v32-secret")
    server.psql(f"""
        ALTER TABLE {SCHEMA}.items DISABLE TRIGGER access_items;
        INSERT INTO {SCHEMA}.campaigns (uid, name, department, epsg, model_version, created_at)
        VALUES ('uid-32', 'Gers', '32', 2154, 'm1', 'now'), ('uid-69', 'Rhône', '69', 2154, 'm1', 'now');
        INSERT INTO {SCHEMA}.items (campaign_id, department, source_id, part, rank, code_cs, code_us, state,
                                    area_m2, geom)
        SELECT c.id, c.department, c.department || '-' || n, 'queue', n, 'CS2.2.1', 'US1.1', 'pending', 100,
               ST_Multi(ST_MakeEnvelope(x + 10 * n, 0, x + 10 * n + 5, 5, 2154))
        FROM {SCHEMA}.campaigns c, generate_series(1, 20) n,
             LATERAL (SELECT CASE WHEN c.department = '69' THEN {RHONE_X} ELSE 700000 END AS x) o;
        ALTER TABLE {SCHEMA}.items ENABLE TRIGGER access_items;
        ANALYZE {SCHEMA}.items;""")
    return server


@pytest.mark.parametrize("where", ["", "\"campaign_id\" > 0"], ids=["table", "filtered"])
def test_a_gers_validator_layer_with_estimated_metadata_opens_on_the_gers_only(qgis_app, store, where):
    from qgis.core import QgsDataSourceUri, QgsVectorLayer
    uri = QgsDataSourceUri()
    uri.setConnection(store.host, str(store.port), store.dbname, "v32", "")
    uri.setDataSource(SCHEMA, "items", "geom", where, "id")
    uri.setUseEstimatedMetadata(True)
    layer = QgsVectorLayer(uri.uri(False), "items", "postgres")
    assert layer.isValid()
    extent = layer.extent()
    assert not extent.isEmpty() and 700000 <= extent.xMinimum() and extent.xMaximum() < RHONE_X
    assert sorted(f["source_id"] for f in layer.getFeatures()) == sorted(f"32-{n}" for n in range(1, 21))
