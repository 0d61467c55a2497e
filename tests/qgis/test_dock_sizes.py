"""The docks fit a validator's 1366×768 screen, and open as tabs of one another instead of stacking."""
import importlib

import pytest
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QDockWidget, QWidget

from conftest import PLUGIN_PACKAGE, docked, make_campaign, started_plugin, wait_until

# What 768 px leave a dock in QGIS on Windows: the taskbar (40), the window's title (31), the menu bar (22),
# three rows of toolbars (3 × 34), the status bar (26) and the dock's own title (22).
SCREEN = (1366, 768)
DOCK_HEIGHT = SCREEN[1] - 40 - 31 - 22 - 3 * 34 - 26 - 22
# A dock may take a third of the width, the map keeps the rest: 455 px, 65 characters of Windows' 9 pt UI font
# (7 px each). Counted in characters of the font the test runs with (larger here: 12 pt, 9 px a character).
DOCK_CHARACTERS = (SCREEN[0] // 3) // 7


@pytest.fixture(scope="module")
def store_path(demo_1000, tmp_path_factory):
    from ocsge_review.synthetic.simulate import simulate
    path = make_campaign(demo_1000 / "model_output.gpkg", tmp_path_factory.mktemp("dock-sizes") / "review.gpkg")
    simulate(str(path), str(demo_1000 / "truth.gpkg"), users=2, error_rate=0.1, seed=5)
    return path


@pytest.fixture()
def store(store_path):
    from ocsge_review.store import open_store
    with open_store(str(store_path)) as s:
        yield s


def _make(kind, store, iface, window):
    module = importlib.import_module(PLUGIN_PACKAGE + (".ui." if kind == "dashboard" else ".ui.review.") + kind)
    if kind == "review_panel":
        return module.ReviewPanel(store, iface, user="interprète", parent=window)
    if kind == "validator_panel":
        return module.ValidatorPanel(store, iface, user="validatrice", parent=window)
    return module.Dashboard(store, iface, parent=window)


@pytest.mark.parametrize("kind", ["review_panel", "validator_panel", "dashboard"])
def test_each_dock_fits_what_a_1366x768_screen_leaves(kind, qgis_iface, qgis_canvas, plugin_package, store,
                                                      messages):
    with docked(lambda window: _make(kind, store, qgis_iface, window), *SCREEN) as dock:
        height = dock.minimumSizeHint().height()
        assert height <= DOCK_HEIGHT, f"{kind} needs {height} px of height"
        # Nothing is cut off: the body scrolls up and down, and is narrow enough not to scroll sideways.
        scroll = dock.widget()
        assert scroll.widget() is dock.body and scroll.widgetResizable()
        characters = dock.body.minimumSizeHint().width() / dock.body.fontMetrics().averageCharWidth()
        assert characters <= DOCK_CHARACTERS, f"{kind} needs {characters:.0f} characters of width"


def test_the_validator_panel_and_the_dashboard_open_as_tabs_of_the_review_panel(qgis_iface, plugin_package,
                                                                                 store_path, monkeypatch):
    window = qgis_iface.mainWindow()
    # pytest-qgis's interface docks nothing; QGIS's docks in its main window, as here.
    monkeypatch.setattr(qgis_iface, "addDockWidget", window.addDockWidget, raising=False)
    with started_plugin(plugin_package) as plugin:
        review = plugin.open_review_panel(str(store_path))
        validator = plugin.open_validator_panel(str(store_path), user="validatrice")
        dashboard = plugin.open_dashboard(str(store_path))
        assert None not in (review, validator, dashboard)
        # Asked of the dock raised last: Qt lists no tabs for a tab hidden behind another once the
        # window was shown (as it is after a test that focuses the map).
        assert {review, validator} <= set(window.tabifiedDockWidgets(dashboard))
        plugin.close_validator_panel()
        again = plugin.open_validator_panel(str(store_path), user="validatrice")
        assert review in window.tabifiedDockWidgets(again)
    assert [d for d in window.findChildren(QDockWidget) if d.objectName().startswith("Ocsge")] == []


def test_a_dock_opened_after_the_second_opinions_panel_opens_as_its_tab(qgis_iface, plugin_package, store_path,
                                                                         monkeypatch):
    window = qgis_iface.mainWindow()
    monkeypatch.setattr(qgis_iface, "addDockWidget", window.addDockWidget, raising=False)
    with started_plugin(plugin_package) as plugin:
        opinions = plugin.open_opinion_panel(str(store_path), user="contrôleur")
        validator = plugin.open_validator_panel(str(store_path), user="validatrice")
        assert None not in (opinions, validator)
        assert opinions in window.tabifiedDockWidgets(validator)
    assert [d for d in window.findChildren(QDockWidget) if d.objectName().startswith("Ocsge")] == []


def _wheel_down(widget):
    from qgis.PyQt.QtCore import QPoint, QPointF
    from qgis.PyQt.QtGui import QWheelEvent
    from qgis.PyQt.QtWidgets import QApplication
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)
    QApplication.processEvents()


def test_the_wheel_scrolls_the_dock_never_a_filter_the_pointer_crosses(qgis_iface, qgis_canvas, plugin_package,
                                                                       store, messages):
    # Seen at 1366×768: scrolling the validator's dock with the wheel changed its class filter, under the pointer
    # on the way down, from « Couverture du modèle » to « Usage décidé ».
    with docked(lambda window: _make("validator_panel", store, qgis_iface, window), 1366, 500) as dock:
        bar = dock.widget().verticalScrollBar()
        assert bar.maximum() > 0, "the dock must scroll for this test"
        combo = dock.classField           # « Couverture du modèle », « Usage décidé »…
        before, top = combo.currentIndex(), bar.value()
        dock.table.setFocus()
        _wheel_down(combo)
        assert combo.currentIndex() == before
        assert bar.value() > top, "the dock scrolls instead"
        combo.setFocus()            # once the user clicked into it, the wheel is the list's, as everywhere in Qt
        assert wait_until(combo.hasFocus, 5)
        _wheel_down(combo)
        assert combo.currentIndex() != before


def test_the_keyboard_brings_the_widget_it_reaches_into_view(qgis_iface, qgis_canvas, plugin_package, store,
                                                             messages):
    # Seen at 1366×768: the validator's blind pickers took the keyboard below the fold, out of sight.
    with docked(lambda window: _make("validator_panel", store, qgis_iface, window), 1366, 400) as dock:
        area = dock.widget()
        area.verticalScrollBar().setValue(0)
        field = dock.shareSpin            # the spot-check's share, at the foot of the panel
        assert field.mapTo(dock.body, field.rect().bottomLeft()).y() > area.viewport().height(), \
            "the field must start below the fold for this test"
        from qgis.PyQt.QtWidgets import QApplication
        dock.window().activateWindow()
        QApplication.setActiveWindow(dock.window())
        field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        assert wait_until(field.hasFocus, 5), (QApplication.focusWidget(), field.isEnabled(), field.isVisible())
        seen = field.mapTo(area.viewport(), field.rect().bottomLeft()).y()
        assert 0 <= seen <= area.viewport().height()
        # The list takes the keyboard to route the panel's keys: what the user looks at stays in view.
        where = area.verticalScrollBar().value()
        dock.table.setFocus()
        assert wait_until(dock.table.hasFocus, 5) and area.verticalScrollBar().value() == where
