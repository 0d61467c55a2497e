"""The statistics dashboard on a real demo store: simulated decisions, some validations, the month's figures."""
import datetime as dt
import importlib

import pytest
from qgis.core import Qgis
from qgis.gui import QgsGui  # noqa: F401 (QGIS's GUI loaded before the dock)
from qgis.PyQt.QtWidgets import QApplication

from conftest import PLUGIN_PACKAGE, docked, make_campaign, started_plugin, wait_until

VALIDATOR = "validatrice"


@pytest.fixture(scope="module")
def simulated(demo_1000, tmp_path_factory):
    """A demo store whose items were decided by three simulated interpreters, a second-opinion sample
    answered and its disagreements settled (simulate's second_opinion_se), 30 items then validated."""
    from ocsge_review.synthetic.simulate import simulate
    from ocsge_review.store import open_store
    path = make_campaign(demo_1000 / "model_output.gpkg", tmp_path_factory.mktemp("dashboard") / "review.gpkg")
    simulate(str(path), str(demo_1000 / "truth.gpkg"), users=3, error_rate=0.1, seed=3, second_opinion_se=0.05)
    with open_store(str(path)) as s:
        waiting = s.awaiting_validation()
        for k, item in enumerate(waiting[:30]):
            if k % 5 == 4:
                s.validate(item.item_id, VALIDATOR, False, reason="Couverture erronée", comment="à revoir")
            else:
                s.validate(item.item_id, VALIDATOR, True)
    return path


@pytest.fixture()
def store(simulated):
    from ocsge_review.store import open_store
    with open_store(str(simulated)) as s:
        yield s


@pytest.fixture()
def dashboard(qgis_iface, qgis_canvas, qgis_app, plugin_package, store, messages):
    module = importlib.import_module(PLUGIN_PACKAGE + ".ui.dashboard")
    with docked(lambda window: module.Dashboard(store, qgis_iface, parent=window), 1200, 900) as dock:
        assert wait_until(lambda: dock.isVisible(), 5)
        yield dock


def _expected(store, hourly, plan=None):
    """The figures as the statistics compute them, without the dashboard."""
    from ocsge_review.statistics import stats
    from ocsge_review.statistics.model_accuracy import model_accuracy
    from ocsge_review.statistics.product_accuracy import agreement, delivered_accuracy
    today = dt.datetime.now(dt.timezone.utc).date()
    period = stats.Period.containing(today)
    t = stats.load(store)
    acc = {dim: model_accuracy(t, dim) for dim in ("cs", "us")}
    production = stats.production(t, plan or {}, today, period)
    return {"rework": stats.rework(t, period=period)[0]["rate"],
            "cs": acc["cs"]["overall"]["estimate"] if acc["cs"]["available"] else None,
            "us": acc["us"]["overall"]["estimate"] if acc["us"]["available"] else None,
            "validated_km2": production["validated_km2_period"], "planned_km2": production["planned_km2_period"],
            "cost": stats.cost(t, today, hourly, 0.0)["per_km2"], "automation": stats.automation(t)["rate"],
            "agreement": agreement(t, period)["both"]["estimate"],
            **{f"{dim}_{by}": delivered_accuracy(t, dim)[by]["overall"]["estimate"]
               for dim in ("cs", "us") for by in ("count", "area")}}


def test_headline_figures_are_the_statistics(dashboard, store, tmp_path, messages):
    today = dt.datetime.now(dt.timezone.utc).date()
    plan = tmp_path / "plan.csv"
    plan.write_text("date,planned_km2\n" + "".join(f"{today.replace(day=d).isoformat()},2.5\n" for d in (1, 2, 3)),
                    encoding="utf-8")
    dashboard.plan.setFilePath(str(plan))
    dashboard.hourly.setValue(35.0)
    dashboard.refreshButton.click()
    QApplication.processEvents()
    assert not messages.messages[Qgis.MessageLevel.Warning]
    from ocsge_review.statistics import stats
    expected = _expected(store, 35.0, stats.plan_for(stats.read_plan(str(plan)), "32"))
    assert dashboard.figures == pytest.approx(expected)
    assert expected["rework"] is not None and expected["cost"] is not None and expected["validated_km2"] > 0
    assert expected["planned_km2"] == pytest.approx(7.5)
    assert dashboard.values["rework"].text().startswith(f"{expected['rework'] * 100:.1f}".replace(".", ","))
    assert "€" in dashboard.values["cost"].text()
    # The delivered product, from the second opinions the simulation played.
    assert 0.5 < expected["cs_count"] <= 1 and 0.5 < expected["agreement"] < 1
    for key in ("cs_count", "us_area"):
        assert dashboard.values[key].text().startswith(f"{expected[key] * 100:.1f}".replace(".", ","))
    assert dashboard.values["disputed"].text() == "0"           # the simulated validator settled them all


def test_the_plots_are_drawn(dashboard):
    assert all(label.pixmap() is None or label.pixmap().isNull() for label in dashboard.plotLabels)
    assert dashboard.refresh()
    assert len(dashboard.pixmaps) == len(dashboard.plotLabels) == 7
    for label in dashboard.plotLabels:
        pixmap = label.pixmap()
        assert pixmap is not None and not pixmap.isNull() and pixmap.width() > 100 and pixmap.height() > 100


def test_bad_plan_is_said_in_french_and_nothing_breaks(dashboard, tmp_path, messages):
    assert dashboard.refresh()
    before = dict(dashboard.figures)
    plan = tmp_path / "plan.csv"
    plan.write_text("jour,km2\n2026-11-01,3\n", encoding="utf-8")
    dashboard.plan.setFilePath(str(plan))
    dashboard.refreshButton.click()
    QApplication.processEvents()
    warnings = messages.messages[Qgis.MessageLevel.Warning]
    assert len(warnings) == 1 and "colonne(s) manquante(s)" in warnings[0], warnings
    assert dashboard.figures == before               # the last figures stay
    plan.write_text("date,planned_km2\n2026-13-01,3\n", encoding="utf-8")
    assert not dashboard.refresh()
    assert "date invalide" in messages.messages[Qgis.MessageLevel.Warning][-1]
    dashboard.plan.setFilePath(str(tmp_path / "absent.csv"))
    assert not dashboard.refresh()
    assert "illisible" in messages.messages[Qgis.MessageLevel.Warning][-1]
    dashboard.plan.setFilePath("")
    assert dashboard.refresh()


def test_screenshot(dashboard, tmp_path):
    # The grab works (the documentation's pictures come from `make screenshots`, in the real desktop).
    from qgis.PyQt.QtCore import Qt
    folder = tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    today = dt.datetime.now(dt.timezone.utc).date()
    plan = tmp_path / "plan.csv"
    plan.write_text("date,planned_km2\n" + "".join(f"{today.replace(day=d).isoformat()},0.02\n"
                                                   for d in range(1, today.day + 1)), encoding="utf-8")
    dashboard.plan.setFilePath(str(plan))
    dashboard.hourly.setValue(35.0)
    dashboard.window().resizeDocks([dashboard], [620], Qt.Orientation.Horizontal)
    QApplication.processEvents()
    assert dashboard.refresh()
    QApplication.processEvents()
    assert dashboard.grab().save(str(folder / "dashboard.png"))
    # The delivered product's plot, for a look at it beside the figures.
    titles = importlib.import_module(PLUGIN_PACKAGE + ".ui.dashboard").plot_titles()
    assert dashboard.plotLabels[titles.index("Produit livré")].pixmap().save(str(folder / "product.png"))


def test_plugin_opens_the_dashboard_and_unload_removes_it(qgis_iface, plugin_package, simulated):
    from qgis.PyQt.QtWidgets import QDockWidget
    with started_plugin(plugin_package) as plugin:
        dock = plugin.open_dashboard(str(simulated))
        assert dock is not None and dock.refresh()
        assert qgis_iface.mainWindow().findChildren(QDockWidget, "OcsgeDashboard")
    QApplication.processEvents()
    assert not [d for d in qgis_iface.mainWindow().findChildren(QDockWidget, "OcsgeDashboard") if d.isVisible()]
