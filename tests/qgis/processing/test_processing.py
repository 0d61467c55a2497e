"""The "OCS GE Review" Processing provider, run by processing.run on demo data: outputs, progress, cancel,
French refusals, a model chaining two algorithms, a batch, and the sync on a real PostGIS."""
import json
import os
import subprocess
import sys

import numpy as np
import pytest
import qgis.utils
from qgis.core import (QgsApplication, QgsFeatureRequest, QgsProcessingAlgorithm, QgsProcessingContext,
                       QgsProcessingException, QgsProcessingFeedback, QgsProcessingModelAlgorithm,
                       QgsProcessingModelChildAlgorithm, QgsProcessingModelChildParameterSource,
                       QgsProcessingModelOutput, QgsProcessingModelParameter, QgsProcessingParameterVectorLayer,
                       QgsVectorLayer)

from ocsge_review.store import lifecycle as lc
from ocsge_review.geo import pyogrio
from ocsge_review.store import Decision, open_store
from conftest import REPO, make_demo, started_plugin

sys.path.append("/usr/share/qgis/python/plugins")      # QGIS's own Processing plugin
import processing  # noqa: E402
from processing.core.Processing import Processing  # noqa: E402

ALGORITHMS = {"confidence": "Confiance par polygone", "createcampaign": "Créer une campagne de revue",
              "statistics": "Indicateurs de la campagne", "monthlyreport": "Rapport mensuel",
              "syncvalidated": "Synchroniser les modifications validées",
              "exporttraining": "Exporter les corrections pour l'apprentissage"}


class Recorder(QgsProcessingFeedback):
    """Keeps the progress reported; cancels itself once ``cancel_after`` values were reported."""

    def __init__(self, cancel_after=None):
        super().__init__()
        self.values = []
        self.cancel_after = cancel_after
        self.progressChanged.connect(self._progress)

    def _progress(self, value):
        self.values.append(value)
        if self.cancel_after is not None and len(self.values) >= self.cancel_after:
            self.cancel()


@pytest.fixture(scope="module")
def provider(qgis_app):
    from ocsge_review_plugin.ui.processing.provider import OcsgeReviewProvider
    Processing.initialize()
    p = OcsgeReviewProvider()
    assert QgsApplication.processingRegistry().addProvider(p)
    yield p
    QgsApplication.processingRegistry().removeProvider(p)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return make_demo(tmp_path_factory.mktemp("demo"))


def run(alg, params, feedback=None):
    return processing.run(f"ocsge_review:{alg}", params, feedback=feedback or Recorder())


def leftovers(folder, keep=()):
    return sorted(f for f in os.listdir(folder) if f not in keep)


def test_the_plugin_registers_the_provider_and_removes_it_on_unload(qgis_iface, plugin_package):
    """Before the module's ``provider`` fixture registers its own (a provider id is taken once)."""
    registry = QgsApplication.processingRegistry()
    assert registry.providerById("ocsge_review") is None
    with started_plugin(plugin_package):
        assert registry.providerById("ocsge_review").name() == "OCS GE Review"
        assert qgis.utils.reloadPlugin(plugin_package)
        assert [p.id() for p in registry.providers()].count("ocsge_review") == 1
    assert registry.providerById("ocsge_review") is None


def test_the_provider_lists_its_algorithms_in_french(provider):
    assert provider.id() == "ocsge_review" and provider.name() == "OCS GE Review"
    assert not provider.icon().isNull()
    assert {a.name(): a.displayName() for a in provider.algorithms()} == ALGORITHMS
    for a in provider.algorithms():
        assert a.shortHelpString() and a.flags() & QgsProcessingAlgorithm.Flag.FlagSupportsBatch
        assert a.flags() & QgsProcessingAlgorithm.Flag.FlagCanCancel


def test_confidence_writes_the_layer_and_reports_progress(provider, demo, tmp_path):
    out = str(tmp_path / "conf.gpkg")
    feedback = Recorder()
    result = run("confidence", {"INPUT": str(demo / "model_output.gpkg"), "RASTER": str(demo / "probabilities.tif"),
                                "OUTPUT": out}, feedback)
    assert result["OUTPUT"] == out and result["POLYGONS"] == 1000
    layer = QgsVectorLayer(out, "conf", "ogr")
    assert layer.featureCount() == 1000 and layer.fields().indexOf("conf_cs") >= 0
    assert feedback.values and feedback.values == sorted(feedback.values) and feedback.values[-1] == 100


def test_a_memory_layer_is_copied_for_the_core(provider, demo, tmp_path):
    source = QgsVectorLayer(str(demo / "model_output.gpkg"), "model", "ogr")
    memory = source.materialize(QgsFeatureRequest())
    assert memory.providerType() == "memory"
    result = run("confidence", {"INPUT": memory, "OUTPUT": str(tmp_path / "conf.gpkg")})
    assert result["POLYGONS"] == 1000


def test_cancel_fails_and_writes_nothing(provider, demo, tmp_path):
    with pytest.raises(QgsProcessingException, match="annulée : rien n'a été écrit"):
        run("confidence", {"INPUT": str(demo / "model_output.gpkg"), "RASTER": str(demo / "probabilities.tif"),
                           "OUTPUT": str(tmp_path / "conf.gpkg")}, Recorder(cancel_after=2))
    assert leftovers(tmp_path) == []


def test_bad_input_fails_in_french(provider, demo, tmp_path):
    with pytest.raises(QgsProcessingException, match="les campagnes du département 971 sont en EPSG:5490 : "
                                                     "reprojetez"):
        run("createcampaign", {"INPUT": str(demo / "model_output.gpkg"), "DEPARTMENT": "971",
                               "OUTPUT": str(tmp_path / "r.gpkg")})
    policy = tmp_path / "policy.json"
    policy.write_text('{"seed": 1,\n "threshold": }', encoding="utf-8")
    with pytest.raises(QgsProcessingException, match=r"JSON invalide \(ligne 2\)"):    # as on the command line
        run("createcampaign", {"INPUT": str(demo / "model_output.gpkg"), "DEPARTMENT": "32",
                               "POLICY": str(policy), "OUTPUT": str(tmp_path / "r.gpkg")})
    policy.unlink()
    with pytest.raises(QgsProcessingException, match="n'est pas un magasin de revue"):
        run("statistics", {"STORE": str(demo / "model_output.gpkg"), "OUTPUT": str(tmp_path / "s.json")})
    with pytest.raises(QgsProcessingException, match="Magasin de revue introuvable"):
        run("exporttraining", {"STORE": str(tmp_path / "none.gpkg"), "OUTPUT": str(tmp_path / "t.gpkg")})
    assert leftovers(tmp_path) == []


@pytest.fixture(scope="module")
def reviewed(provider, demo, tmp_path_factory):
    """A campaign made by the algorithm, then 30 decisions (every third one a correction), 20 approved."""
    folder = tmp_path_factory.mktemp("campaign")
    store_path = str(folder / "review.gpkg")
    feedback = Recorder()
    result = run("createcampaign", {"INPUT": str(demo / "model_output.gpkg"), "DEPARTMENT": "32",
                                    "AUDIT_SIZE": 40, "SEED": 3, "OUTPUT": store_path}, feedback)
    assert result["OUTPUT"] == store_path and result["AUDIT"] >= 40
    assert result["QUEUE"] + result["AUDIT"] + result["AUTO"] == 1000
    assert feedback.values[-1] == 100
    with open_store(store_path) as store:
        assert store.campaign().model_version == "flair-demo-1.0"
        for k in range(30):
            item = store.claim_next("ana")
            cs, us = (("CS2.1.1.1", "US1.1") if k % 3 == 0 else (item.code_cs or "CS2.2.1", item.code_us or "US1.1"))
            store.decide(Decision(item.id, "ana", None, cs, us))
            if k < 20:
                store.validate(item.id, "val", True)
        assert int(np.sum(store.review_table(["state"])["state"] == lc.VALIDATED)) == 20
    return store_path


def test_campaign_refuses_an_existing_store(provider, demo, reviewed):
    before = os.path.getmtime(reviewed)
    with pytest.raises(QgsProcessingException, match="existe déjà"):
        run("createcampaign", {"INPUT": str(demo / "model_output.gpkg"), "DEPARTMENT": "32", "OUTPUT": reviewed})
    assert os.path.getmtime(reviewed) == before


def test_campaign_on_an_extent_keeps_the_polygons_inside(provider, demo, tmp_path):
    layer = QgsVectorLayer(str(demo / "model_output.gpkg"), "model", "ogr")
    box = layer.extent()
    west = f"{box.xMinimum()},{box.center().x()},{box.yMinimum()},{box.yMaximum()} [EPSG:2154]"
    inside = sum(1 for f in layer.getFeatures()
                 if f.geometry().pointOnSurface().asPoint().x() <= box.center().x())
    result = run("createcampaign", {"INPUT": layer, "DEPARTMENT": "32", "EXTENT": west,
                                    "OUTPUT": str(tmp_path / "west.gpkg")})
    assert result["QUEUE"] + result["AUDIT"] + result["AUTO"] == inside
    assert 0 < inside < 1000


def test_statistics_write_the_payload_and_give_its_figures(provider, reviewed, tmp_path):
    out = str(tmp_path / "stats.json")
    result = run("statistics", {"STORE": reviewed, "HOURLY_COST": 40.0, "OUTPUT": out})
    with open(out, encoding="utf-8") as fh:
        body = json.load(fh)
    assert body["department"] == "32" and result["DEPARTMENT"] == "32"
    assert result["REVIEWED"] == body["rework"]["count"]["reviewed"] == 30
    assert result["REWORK_RATE"] == pytest.approx(body["rework"]["count"]["rate"])
    with open_store(reviewed) as store:
        t = store.review_table(["state", "code_cs", "code_us", "cs_final", "us_final"])
    decided = np.isin(t["state"], [lc.DECIDED, lc.VALIDATED])
    changed = (t["cs_final"] != t["code_cs"]) | (t["us_final"] != t["code_us"])
    assert body["rework"]["count"]["reworked"] == int(np.sum(decided & changed)) >= 9


def test_statistics_refuse_a_bad_month_in_french(provider, reviewed, tmp_path):
    with pytest.raises(QgsProcessingException, match="2026-13"):
        run("statistics", {"STORE": reviewed, "PERIOD": "2026-13", "OUTPUT": str(tmp_path / "s.json")})
    assert leftovers(tmp_path) == []


def test_the_monthly_report_folder(provider, reviewed, tmp_path):
    out = str(tmp_path / "rapport")
    result = run("monthlyreport", {"STORES": [reviewed], "OUTPUT": out})
    assert result["PAGE"] == os.path.join(out, "rapport.html")
    assert "Gers" in open(result["PAGE"], encoding="utf-8").read()
    assert any(f.endswith(".csv") for f in os.listdir(out))


def test_training_export_and_its_cancel(provider, reviewed, tmp_path):
    out = str(tmp_path / "training.gpkg")
    with pytest.raises(QgsProcessingException, match="annulée"):
        run("exporttraining", {"STORE": reviewed, "OUTPUT": out}, Recorder(cancel_after=1))
    assert leftovers(tmp_path) == []
    result = run("exporttraining", {"STORE": reviewed, "OUTPUT": out})
    with open_store(reviewed) as store:
        t = store.review_table(["state", "code_cs", "code_us", "cs_final", "us_final"])
    validated_changes = int(np.sum((t["state"] == lc.VALIDATED) & ((t["cs_final"] != t["code_cs"])
                                                                    | (t["us_final"] != t["code_us"]))))
    assert result["CORRECTIONS"] == validated_changes > 0
    after = QgsVectorLayer(f"{out}|layername=after", "after", "ogr")
    assert after.featureCount() == validated_changes
    assert {f["state"] for f in after.getFeatures()} == {"validated"}
    # Freed now: the refusal below keeps this frame alive in its traceback until Python's last
    # collection, after QGIS has exited, and a layer freed then crashes the test process.
    del after
    with pytest.raises(QgsProcessingException, match="existe déjà"):
        run("exporttraining", {"STORE": reviewed, "OUTPUT": out, "INCLUDE_UNVALIDATED": True})


def test_a_model_chains_confidence_and_campaign(provider, demo, tmp_path):
    model = QgsProcessingModelAlgorithm("chaîne", "tests")
    model.addModelParameter(QgsProcessingParameterVectorLayer("model", "model"), QgsProcessingModelParameter("model"))
    conf = QgsProcessingModelChildAlgorithm("ocsge_review:confidence")
    conf.setChildId("conf")
    conf.addParameterSources("INPUT", [QgsProcessingModelChildParameterSource.fromModelParameter("model")])
    conf.addParameterSources("RASTER", [QgsProcessingModelChildParameterSource.fromStaticValue(
        str(demo / "probabilities.tif"))])
    camp = QgsProcessingModelChildAlgorithm("ocsge_review:createcampaign")
    camp.setChildId("camp")
    camp.addParameterSources("INPUT", [QgsProcessingModelChildParameterSource.fromChildOutput("conf", "OUTPUT")])
    camp.addParameterSources("DEPARTMENT", [QgsProcessingModelChildParameterSource.fromStaticValue("32")])
    output = QgsProcessingModelOutput("store", "store")
    output.setChildId("camp")
    output.setChildOutputName("OUTPUT")
    camp.setModelOutputs({"store": output})
    model.addChildAlgorithm(conf)
    model.addChildAlgorithm(camp)
    assert model.dependsOnChildAlgorithms("camp") == {"conf"}
    # The model's own name for its output: "camp:store" up to QGIS 3.3x, "store" (the output's) since.
    (destination,) = model.destinationParameterDefinitions()
    assert destination.name() in ("camp:store", "store")
    out = str(tmp_path / "review.gpkg")
    result = processing.run(model, {"model": str(demo / "model_output.gpkg"), destination.name(): out},
                            feedback=Recorder())
    assert result[destination.name()] == out
    with open_store(out) as store:
        counts = store.counts()
        assert sum(v["count"] for states in counts.values() for v in states.values()) == 1000


def test_a_batch_runs_each_row(provider, demo, tmp_path):
    """What the batch dialog does: the same algorithm, one set of parameters per row, one context."""
    alg = QgsApplication.processingRegistry().createAlgorithmById("ocsge_review:confidence")
    assert alg.flags() & QgsProcessingAlgorithm.Flag.FlagSupportsBatch
    context, feedback = QgsProcessingContext(), Recorder()
    rows = [{"INPUT": str(demo / "model_output.gpkg"), "OUTPUT": str(tmp_path / f"conf{k}.gpkg")} for k in (1, 2)]
    rows[1]["RASTER"] = str(demo / "probabilities.tif")
    for row in rows:
        ok, _ = alg.checkParameterValues(row, context)
        assert ok
        results, ok = alg.run(row, context, feedback)
        assert ok and results["POLYGONS"] == 1000
    conf = [pyogrio.raw.read(r["OUTPUT"], columns=["conf_cs"], read_geometry=False)[3][0] for r in rows]
    assert not np.allclose(conf[0], conf[1])       # the second row's confidence comes from the raster


# --- the sync, on a throwaway PostgreSQL cluster (conftest's server) ------------------------------------
@pytest.fixture
def production(provider, server, demo, tmp_path):
    """The demo's model output as a production table, a campaign on it made by the algorithm, and two of
    its items corrected and approved: (store, table, their production ids, their new couverture)."""
    from ocsge_review.production.loading import load_production
    table = "occ_" + tmp_path.name[-8:].lower().replace("-", "_")
    assert load_production(str(demo / "model_output.gpkg"), server.spec, table) == 1000
    path = str(tmp_path / "review.gpkg")
    run("createcampaign", {"INPUT": str(demo / "model_output.gpkg"), "DEPARTMENT": "32", "OUTPUT": path})
    with open_store(path) as store:
        model = dict(zip(*store.review_table(["id", "code_cs"]).values()))
        ids, new = [], []
        for _ in range(2):
            item = store.claim_next("ana")
            cs = "CS2.2.1" if model[item.id] == "CS2.1.2" else "CS2.1.2"
            store.decide(Decision(item.id, "ana", None, cs, "US1.1"))
            store.validate(item.id, "val", True)
            ids.append(item.source_id)
            new.append(cs)
    return path, table, ids, new


def _sync(server, path, table, feedback=None, **extra):
    return run("syncvalidated", {"STORE": path, "PRODUCTION": server.spec, "PRODUCTION_TABLE": table,
                                 "USER": "chef", **extra}, feedback)


def _codes(server, table, ids):
    return server.psql(f"SELECT string_agg(code_cs, ',' ORDER BY id) FROM {table} "
                       f"WHERE id IN ({', '.join(ids)})").strip().split(",")


def test_sync_needs_the_base_then_applies_the_validated_edits(provider, server, production):
    path, table, ids, new = production
    before = _codes(server, table, ids)
    with pytest.raises(QgsProcessingException, match="n'a pas de version de base"):
        _sync(server, path, table)
    assert _sync(server, path, table, CAPTURE_BASE=True)["BASE_ROWS"] == 1000
    feedback = Recorder()
    result = _sync(server, path, table, feedback, BATCH_SIZE=1)
    assert (result["APPLIED"], result["CONFLICTS"]) == (2, 0)
    assert _codes(server, table, ids) == [c for _, c in sorted(zip(map(int, ids), new))] != before
    assert feedback.values and feedback.values == sorted(feedback.values) and feedback.values[-1] >= 50
    with open_store(path) as store:
        assert int(np.sum(store.review_table(["state"])["state"] == lc.SYNCED)) == 2
    assert _sync(server, path, table)["APPLIED"] == 0        # run again: nothing left to do


def test_sync_cancel_leaves_production_and_store_as_they_were(provider, server, production):
    path, table, ids, _ = production
    _sync(server, path, table, CAPTURE_BASE=True)
    before = _codes(server, table, ids)
    feedback = Recorder()
    feedback.cancel()
    with pytest.raises(QgsProcessingException, match="annulée"):
        _sync(server, path, table, feedback)
    assert _codes(server, table, ids) == before
    with open_store(path) as store:
        assert int(np.sum(store.review_table(["state"])["state"] == lc.VALIDATED)) == 2


def test_sync_refuses_a_password_in_the_connection(provider, server, production):
    path, table, *_ = production
    with pytest.raises(QgsProcessingException) as error:
        _sync(server, path, table, PRODUCTION=server.spec + " password=s3cret")
    assert "mot de passe" in str(error.value) and "s3cret" not in str(error.value)


def test_training_export_from_a_postgis_store(provider, server, demo, tmp_path):
    subprocess.run([sys.executable, "-m", "ocsge_review", "campaign", "create", "--model",
                    str(demo / "model_output.gpkg"), "--department", "32", "--store", server.spec, "--name",
                    "pg training", "--quiet"], check=True, cwd=REPO, capture_output=True)
    with open_store(server.spec, campaign="pg training") as store:
        model = dict(zip(*store.review_table(["id", "code_cs"]).values()))
        item = store.claim_next("ana")
        cs = "CS2.2.1" if model[item.id] == "CS2.1.2" else "CS2.1.2"
        store.decide(Decision(item.id, "ana", None, cs, "US1.1"))
        store.validate(item.id, "val", True)
        source_id = item.source_id
    out = str(tmp_path / "training.gpkg")
    result = run("exporttraining", {"STORE": server.spec, "CAMPAIGN": "pg training", "OUTPUT": out})
    assert result["CORRECTIONS"] == 1
    after = list(QgsVectorLayer(f"{out}|layername=after", "after", "ogr").getFeatures())
    assert [(f["source_id"], f["final_cs"], f["action"]) for f in after] == [(source_id, cs, "correct")]
    before = list(QgsVectorLayer(f"{out}|layername=before", "before", "ogr").getFeatures())
    assert before[0].geometry().area() == pytest.approx(after[0].geometry().area())
