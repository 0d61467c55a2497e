"""The review panel on a real demo store, driven by real key events."""
import importlib
import re

import pytest
from qgis.core import QgsProject, QgsRectangle
from qgis.PyQt.QtGui import QColor
from qgis.gui import QgsGui
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication

from conftest import PLUGIN_PACKAGE, REPO as REPO_ROOT, docked, make_campaign, started_plugin, wait_until

USER = "interprete"


@pytest.fixture()
def store(demo_1000, tmp_path):
    from ocsge_review.store import open_store
    s = open_store(str(make_campaign(demo_1000 / "model_output.gpkg", tmp_path / "review.gpkg")))
    yield s
    s.close()


@pytest.fixture()
def panel_module(qgis_app, plugin_package):
    return importlib.import_module(PLUGIN_PACKAGE + ".ui.review.review_panel")


@pytest.fixture(autouse=True)
def _map_settings_as_installed():
    """Outlines and no labels, as a new user has them, before and after each test."""
    from qgis.core import QgsSettings
    keys = ("ocsge_review/review/fills", "ocsge_review/review/labels")
    for k in keys:
        QgsSettings().remove(k)
    yield
    for k in keys:
        QgsSettings().remove(k)


@pytest.fixture()
def panel(qgis_iface, qgis_canvas, store, panel_module, messages):
    with docked(lambda window: panel_module.ReviewPanel(store, qgis_iface, user=USER, parent=window)) as dock:
        dock.body.setFocus()
        assert wait_until(lambda: dock.isVisible(), 5)
        yield dock
    remove_layers_of(str(store.path))


def remove_layers_of(path: str):
    for layer in list(QgsProject.instance().mapLayers().values()):
        if layer.source().startswith(path):
            QgsProject.instance().removeMapLayer(layer.id())


def key(dock, k, modifier=Qt.KeyboardModifier.NoModifier):
    dock.body.setFocus()
    QTest.keyClick(dock.body, k, modifier)
    QApplication.processEvents()


def record(dock):
    """Enter on the current item; a blind one first gets the interpreter's own pair."""
    if dock.item.blind:
        dock.csPicker.set_code("CS2.2.1")
        dock.usPicker.set_code("US6.3")
    key(dock, Qt.Key.Key_Return)
    assert dock.decided


def decisions(store):
    return [r for r in store.journal() if r.action in ("confirm", "correct", "flag", "undo")]


def test_first_item_shown_with_proposals_and_layer_once(panel, store):
    assert panel.item is not None and not panel.item.blind
    assert panel.csProposals.count() == len(panel.item.proposals_cs) > 0
    assert panel.usProposals.count() > 0
    first = panel.csProposals.item(0).text()
    assert first.startswith("1. ") and panel.item.proposals_cs[0][0] in first and "%" in first
    assert panel.blindLabel.isHidden()
    assert panel.pair() == (panel.item.code_cs, panel.item.code_us)
    layers = [lay for lay in QgsProject.instance().mapLayers().values()
              if lay.source().startswith(f"{store.path}|layername=items")]
    assert len(layers) == 1 and layers[0].isValid()
    assert panel.highlight is not None
    assert "restants" in panel.progressLabel.text()
    # French numbers: decimal comma, never "0.00 km²"
    assert re.search(r"\(\d[\d\s\u202f\u00a0]*,\d\d km²\)", panel.progressLabel.text()), panel.progressLabel.text()
    assert not re.search(r"\d\.\d\d km²", panel.progressLabel.text())


def test_key_2_then_enter_records_second_proposal(panel, store):
    item = panel.item
    second = item.proposals_cs[1][0]
    key(panel, Qt.Key.Key_2)
    assert panel.pair()[0] == second
    key(panel, Qt.Key.Key_Return)
    records = decisions(store)
    assert len(records) == 1
    record = records[0]
    assert record.item_id == item.id and record.cs_after == second
    assert record.action == ("confirm" if (second, item.code_us) == (item.code_cs, item.code_us) else "correct")
    assert record.active_seconds >= 0
    assert panel.session_decisions == 1
    key(panel, Qt.Key.Key_N)
    assert panel.item is not None and panel.item.id != item.id


def test_the_campaign_figures_are_read_once_per_decided_item(panel, store, monkeypatch):
    reads = []
    counts = store.counts
    monkeypatch.setattr(store, "counts", lambda: reads.append(1) or counts())
    first = panel.item
    record(panel)
    after_decision = panel.progressLabel.text()
    key(panel, Qt.Key.Key_N)
    assert panel.item is not None and panel.item.id != first.id
    assert len(reads) == 1, "N after a decision reads the figures the decision read"
    assert panel.progressLabel.text() == after_decision
    panel.progressLabel.clear()
    panel._refresh_figures()        # a fresh read, once the next item is claimed: the same figures
    assert panel.progressLabel.text() == after_decision
    key(panel, Qt.Key.Key_S)        # a skip decides nothing: the figures are read again
    assert len(reads) == 3


def test_digits_pick_couverture_then_usage_and_d_switches(panel):
    item = panel.item
    key(panel, Qt.Key.Key_2)
    key(panel, Qt.Key.Key_2)
    assert panel.pair() == (item.proposals_cs[1][0], item.proposals_us[1][0])
    key(panel, Qt.Key.Key_1)
    assert panel.pair() == (item.proposals_cs[1][0], item.proposals_us[0][0]), "usage stays active"
    key(panel, Qt.Key.Key_D)
    key(panel, Qt.Key.Key_1)
    assert panel.pair() == (item.proposals_cs[0][0], item.proposals_us[0][0])
    assert panel.active == "us" and "2px solid" in panel.usBox.styleSheet()
    assert "2px" not in panel.csBox.styleSheet()
    # A digit beyond the proposals changes nothing.
    key(panel, Qt.Key.Key_9)
    assert panel.pair() == (item.proposals_cs[0][0], item.proposals_us[0][0])


def test_keypad_digits_pick_too(panel):
    # Keypad digits reach the same shortcuts (Qt drops the keypad modifier when nothing else matches).
    item = panel.item
    key(panel, Qt.Key.Key_3, Qt.KeyboardModifier.KeypadModifier)
    assert panel.pair()[0] == item.proposals_cs[2][0]


def test_flag_kinds_and_comment_are_journaled(panel, store):
    first = panel.item
    key(panel, Qt.Key.Key_C)
    assert panel.commentEdit.hasFocus()
    QTest.keyClicks(panel.commentEdit, "Serre ou hangar ? Ombre")   # QTest types ASCII only
    assert panel.commentEdit.text() == "Serre ou hangar ? Ombre", "letters typed are text, not shortcuts"
    panel.commentEdit.insert(" portée")
    QTest.keyClick(panel.commentEdit, Qt.Key.Key_Tab)       # back to the panel's keys, the comment kept
    assert not panel.commentEdit.hasFocus()
    key(panel, Qt.Key.Key_I)
    key(panel, Qt.Key.Key_N)
    second = panel.item
    assert panel.commentEdit.text() == "", "a new item starts without comment"
    if second.blind:     # nothing proposed: a flag still needs the interpreter's best pair
        key(panel, Qt.Key.Key_G)
        assert panel.decided is False
        panel.csPicker.set_code("CS2.2.1")
        panel.usPicker.set_code("US6.3")
    key(panel, Qt.Key.Key_G)
    key(panel, Qt.Key.Key_N)
    if panel.item.blind:
        panel.csPicker.set_code("CS2.2.1")
        panel.usPicker.set_code("US6.3")
    key(panel, Qt.Key.Key_C)
    QTest.keyClicks(panel.commentEdit, "vu")
    QTest.keyClick(panel.commentEdit, Qt.Key.Key_Return)
    third = [r for r in decisions(store) if r.item_id == panel.item.id]
    assert [(r.item_id, r.action, r.flag, r.comment) for r in decisions(store)][:2] == [
        (first.id, "flag", "bad_imagery", "Serre ou hangar ? Ombre portée"), (second.id, "flag", "geometry", None)]
    assert len(third) == 1 and third[0].comment == "vu" and third[0].flag is None


def test_next_item_is_claimed_and_framed_while_the_current_one_is_read(panel, store, qgis_canvas, demo_1000):
    from qgis.core import QgsRasterLayer
    raster = QgsRasterLayer(str(demo_1000 / "probabilities.tif"), "fond")   # a background, drawn by the canvas
    assert raster.isValid()
    qgis_canvas.setLayers([raster])
    try:
        first = panel.item
        record(panel)
        assert wait_until(lambda: panel.prepared is not None, 5)
        ready = panel.prepared.item
        assert ready.id != first.id and store.item(ready.id).state == "claimed"
        assert panel.warm_job is not None, "the background is drawn ahead for the next item"
        key(panel, Qt.Key.Key_N)
        assert panel.item.id == ready.id and panel.prepared is None
        framed = panel._prepare(ready).extent
        assert qgis_canvas.extent().contains(framed)
        assert qgis_canvas.extent().center().distance(framed.center()) < 1e-6 * framed.width() + 1e-3
        # Undo gives the item in hand back and serves the undone one again.
        record(panel)
        assert wait_until(lambda: panel.prepared is not None, 5)
        ahead = panel.prepared.item
        key(panel, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert panel.item.id == ready.id and store.item(ahead.id).state == "pending"
        # Closing gives back what was prepared.
        record(panel)
        assert wait_until(lambda: panel.prepared is not None, 5)
        ahead = panel.prepared.item
        panel.shutdown()
        assert store.item(ahead.id).state == "pending"
    finally:
        qgis_canvas.setLayers([])


def test_skip_releases_without_journal(panel, store):
    item = panel.item
    key(panel, Qt.Key.Key_S)
    assert decisions(store) == []
    assert store.item(item.id).state == "pending"
    assert panel.item is not None and panel.item.id != item.id


def test_flag_then_undo(panel, store):
    item = panel.item
    key(panel, Qt.Key.Key_F)
    records = decisions(store)
    assert [(r.action, r.flag) for r in records] == [("flag", "doubt")]
    key(panel, Qt.Key.Key_Space)
    assert panel.item.id != item.id
    other = panel.item
    key(panel, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    records = decisions(store)
    assert [r.action for r in records] == ["flag", "undo"]
    assert panel.item.id == item.id and store.item(item.id).state == "claimed"
    assert store.item(other.id).state == "pending"


def test_artificialisation_label_follows_the_pair(panel):
    panel.csPicker.set_code("CS2.2.1")
    panel.usPicker.set_code("US1.1")
    natural = panel.artifLabel.text()
    panel.csPicker.set_code("CS1.1.1.1")
    panel.usPicker.set_code("US5")
    assert panel.artifLabel.text() != natural
    assert {natural, panel.artifLabel.text()} == {"Artificialisé", "Non artificialisé"}


def test_coherence_warning_shown_for_an_improbable_pair(panel):
    panel.csPicker.set_code("CS1.1.1.1")
    panel.usPicker.set_code("US1.2")
    assert "improbable" in panel.coherenceLabel.text() and not panel.coherenceLabel.isHidden()
    panel.usPicker.set_code("US5")
    assert panel.coherenceLabel.text() == "" and panel.coherenceLabel.isHidden()


def test_picker_searches_the_whole_nomenclature_and_keeps_typed_digits(panel):
    from ocsge_review.ocsge import nomenclature as nom
    assert panel.csPicker.count() == len(nom.CS_LEAVES) and panel.usPicker.count() == len(nom.US_LEAVES)
    before = panel.pair()
    panel.usPicker.lineEdit().setFocus()
    panel.usPicker.lineEdit().clear()
    QTest.keyClicks(panel.usPicker.lineEdit(), "sylvi")
    completer = panel.usPicker.completer()
    assert completer.completionCount() >= 1
    assert "US1.2" in completer.currentCompletion()
    panel.usPicker.lineEdit().clear()
    QTest.keyClicks(panel.usPicker.lineEdit(), "1")
    assert panel.usPicker.lineEdit().text() == "1", "a digit typed in the search is text, not a shortcut"
    assert panel.pair()[0] == before[0]


def test_zoom_leaves_the_configured_margin(panel, qgis_canvas):
    from qgis.core import QgsGeometry
    geometry = QgsGeometry()
    geometry.fromWkb(panel.item.wkb)
    box = geometry.boundingBox()
    extent = qgis_canvas.extent()
    assert extent.contains(box)
    assert extent.width() >= box.width() * 1.5 or extent.height() >= box.height() * 1.5


def test_rejected_item_shows_the_reason_first(panel, store):
    item = panel.item
    record(panel)
    store.validate(item.id, "validatrice", approve=False, reason="Haie, pas une forêt")
    key(panel, Qt.Key.Key_N)
    if panel.item.id != item.id:    # the item prepared before the rejection comes first
        record(panel)
        key(panel, Qt.Key.Key_N)
    assert panel.item.id == item.id
    assert not panel.rejectionLabel.isHidden()
    assert "Haie, pas une forêt" in panel.rejectionLabel.text()


def test_blind_audit_item_has_no_proposals(panel, store):
    _serve_blind(panel)
    assert panel.csProposals.isHidden() and panel.usProposals.isHidden()
    assert panel.csProposals.count() == 0
    assert not panel.blindLabel.isHidden() and panel.blindLabel.text() == "Contrôle à l'aveugle"
    assert panel.artifLabel.text() == "" and panel.artifLabel.styleSheet() == "", "no coloured bar without a pair"


def test_lost_lock_goes_to_message_bar_and_next_item(panel, store, messages):
    from qgis.core import Qgis
    item = panel.item
    store.release(item.id, USER)
    store.claim_next("quelqu_un_d_autre")
    key(panel, Qt.Key.Key_Return)
    warnings = messages.get_messages(Qgis.MessageLevel.Warning)
    assert len(warnings) == 1 and "réservé par" in warnings[0]
    assert panel.item is not None and panel.item.id != item.id


def test_shortcuts_registered_then_gone(panel):
    manager = QgsGui.shortcutsManager()
    registered = {a.objectName() for a in manager.listActions()}
    ours = {a.objectName() for a in panel.shortcuts}
    assert {"OcsgeReviewPanelRecord", "OcsgeReviewPanelPick1", "OcsgeReviewPanelPick9", "OcsgeReviewPanelUndo",
            "OcsgeReviewPanelFlagImagery", "OcsgeReviewPanelComment"} <= ours
    assert ours <= registered
    assert panel.actions_by_name["Undo"].shortcut().toString() == "Ctrl+Z"
    canvas = panel.iface.mapCanvas()
    on_map = {a.objectName() for a in canvas.actions()}
    assert "OcsgeReviewPanelRecord" in on_map and "OcsgeReviewPanelNextSpace" not in on_map
    panel.shutdown()
    left = {a.objectName() for a in manager.listActions()}
    assert not any(name.startswith("OcsgeReviewPanel") for name in left)
    assert not any(a.objectName().startswith("OcsgeReviewPanel") for a in canvas.actions())


def test_a_key_rebound_in_qgis_settings_works_on_the_map(panel, qgis_canvas):
    manager = QgsGui.shortcutsManager()
    first = panel.item
    record_action = panel.actions_by_name["Record"]
    assert manager.setObjectKeySequence(record_action, "Ctrl+K")     # what the shortcut settings dialog does
    try:
        _canvas_focused(qgis_canvas)
        QTest.keyClick(qgis_canvas, Qt.Key.Key_Return)
        assert not panel.decided, "the old key is free"
        QTest.keyClick(qgis_canvas, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
        assert panel.decided or first.blind
    finally:
        manager.setObjectKeySequence(record_action, "Return")


def test_screenshot(panel, tmp_path):
    # The grab works (the documentation's pictures come from `make screenshots`, in the real desktop).
    folder = tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "review_panel.png"
    key(panel, Qt.Key.Key_2)
    QApplication.processEvents()
    assert panel.grab().save(str(path))


def test_plugin_opens_panel_and_unload_removes_it(qgis_iface, plugin_package, store):
    from qgis.PyQt.QtWidgets import QAction, QDockWidget
    path = str(store.path)
    with started_plugin(plugin_package) as plugin:
        panel = plugin.open_review_panel(path)
        assert panel is not None and panel.item is not None
        claimed = panel.item.id
        names = {a.objectName() for a in QgsGui.shortcutsManager().listActions()}
        assert "OcsgeReviewPanelRecord" in names
    window = qgis_iface.mainWindow()
    names = {a.objectName() for a in QgsGui.shortcutsManager().listActions()}
    assert not any(n.startswith("OcsgeReviewPanel") for n in names)
    assert [a for a in window.findChildren(QAction) if a.objectName().startswith("OcsgeReview")] == []
    assert [d for d in window.findChildren(QDockWidget) if d.objectName() == "OcsgeReviewPanel"] == []
    assert store.item(claimed).state == "pending", "the undecided item is given back on unload"
    remove_layers_of(path)


def test_plugin_reports_a_bad_store_in_french(qgis_iface, plugin_package, messages, tmp_path):
    from qgis.core import Qgis
    with started_plugin(plugin_package) as plugin:
        assert plugin.open_review_panel(str(tmp_path / "absent.gpkg")) is None
        warnings = messages.get_messages(Qgis.MessageLevel.Warning)
        assert len(warnings) == 1 and "introuvable" in warnings[0]


def test_closing_the_dock_gives_the_item_back(qgis_iface, plugin_package, store):
    path = str(store.path)
    with started_plugin(plugin_package) as plugin:
        panel = plugin.open_review_panel(path)
        claimed = panel.item.id
        panel.show()
        panel.close()
        assert wait_until(lambda: plugin.panel is None, 5)
        assert store.item(claimed).state == "pending"
        names = {a.objectName() for a in QgsGui.shortcutsManager().listActions()}
        assert not any(n.startswith("OcsgeReviewPanel") for n in names)
    remove_layers_of(path)


# -- geometry corrections with QGIS's own editing on the work layer -----------------
def _open_item(panel, store):
    """Skip to an item of the review queue (audit items cannot be merged)."""
    for _ in range(200):
        if panel.item is not None and panel.item.part == "queue" and not panel.item.rejection:
            return panel.item
        key(panel, Qt.Key.Key_S)
    raise AssertionError("no queue item served")


def _split_line(panel):
    """A horizontal line through the middle of the item, beyond its bounding box."""
    from qgis.core import QgsGeometry, QgsLineString, QgsPoint
    geometry = QgsGeometry()
    geometry.fromWkb(panel.item.wkb)
    box = geometry.boundingBox()
    y = geometry.pointOnSurface().asPoint().y()
    return QgsLineString([QgsPoint(box.xMinimum() - 10, y), QgsPoint(box.xMaximum() + 10, y)])


def _split(work, panel):
    """What QGIS's split tool calls with the line the user drew."""
    from qgis.core import Qgis
    result, _ = work.splitFeatures(_split_line(panel), True, False)
    return result == Qgis.GeometryOperationResult.Success


def test_split_with_qgis_tool_then_undo(panel, store, messages):
    from qgis.core import Qgis, QgsProject
    item = _open_item(panel, store)
    key(panel, Qt.Key.Key_E)
    work = panel.work_layer
    assert work is not None and work.isEditable() and work.featureCount() == 1
    work_id = work.id()
    assert QgsProject.instance().mapLayer(work_id) is not None
    assert _split(work, panel)
    assert work.featureCount() == 2
    # The second part gets another pair, the first keeps the chosen one.
    panel.csPicker.set_code("CS1.1.1.1")
    panel.usPicker.set_code("US5")
    chosen = panel.pair()
    ids = sorted(f.id() for f in work.getFeatures())
    panel.csPicker.set_code("CS2.2.1")
    panel.usPicker.set_code("US1.1")
    work.selectByIds([ids[1]])
    panel.partPairButton.click()
    panel.csPicker.set_code(chosen[0])
    panel.usPicker.set_code(chosen[1])
    for f in work.getFeatures():   # the first part's attributes follow the pair at the time of editing
        if f.id() == ids[0]:
            work.changeAttributeValue(f.id(), work.fields().indexOf("code_cs"), None)
    key(panel, Qt.Key.Key_Return)
    assert messages.get_messages(Qgis.MessageLevel.Warning) == []
    assert panel.decided and panel.work_layer is None and QgsProject.instance().mapLayer(work_id) is None
    assert store.item(item.id).state == "superseded"
    parts = [r for r in store.journal() if r.action == "split" and r.item_id != item.id]
    assert len(parts) == 2 and all(r.geometry_changed for r in parts)
    pairs = sorted((store.item(r.item_id).state, r.cs_after, r.us_after) for r in parts)
    assert ("decided", "CS2.2.1", "US1.1") in pairs
    area = sum(store.item(r.item_id).area_m2 for r in parts)
    assert abs(area - item.area_m2) < 1.0
    assert panel.session_corrections == 1
    key(panel, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert panel.item.id == item.id and store.item(item.id).state == "claimed"
    assert all(store.item(r.item_id).state == "superseded" for r in parts)


def test_split_that_leaves_a_gap_is_refused_and_stays_to_mend(panel, store, messages):
    from qgis.core import Qgis
    item = _open_item(panel, store)
    key(panel, Qt.Key.Key_E)
    work = panel.work_layer
    assert _split(work, panel)
    first = next(work.getFeatures())
    work.changeGeometry(first.id(), first.geometry().buffer(-5.0, 4))
    before = len(store.journal())
    key(panel, Qt.Key.Key_Return)
    warnings = messages.get_messages(Qgis.MessageLevel.Warning)
    assert len(warnings) == 1 and "couvr" in warnings[0], warnings
    assert len(store.journal()) == before and store.item(item.id).state == "claimed"
    assert panel.work_layer is work and not panel.decided and panel.item.id == item.id


def test_reshape_records_the_new_geometry(panel, store):
    item = _open_item(panel, store)
    key(panel, Qt.Key.Key_E)
    work = panel.work_layer
    feature = next(work.getFeatures())
    smaller = feature.geometry().buffer(-2.0, 4)
    assert work.changeGeometry(feature.id(), smaller)
    key(panel, Qt.Key.Key_Return)
    record = [r for r in store.journal(item.id) if r.action not in ("undo",)][-1]
    assert record.geometry_changed
    assert abs(store.item(item.id).area_m2 - smaller.area()) < 0.01
    assert store.item(item.id).area_m2 < item.area_m2 - 1.0


def test_e_twice_gives_up_the_edit(panel, store):
    from qgis.core import QgsProject
    item = _open_item(panel, store)
    key(panel, Qt.Key.Key_E)
    work_id = panel.work_layer.id()
    assert panel.editGeometryButton.text() == "Abandonner la géométrie"
    key(panel, Qt.Key.Key_E)
    assert panel.work_layer is None and QgsProject.instance().mapLayer(work_id) is None
    key(panel, Qt.Key.Key_Return)
    record = store.journal(item.id)[-1]
    assert record.action in ("confirm", "correct") and not record.geometry_changed


def test_merge_selected_neighbour(panel, store, messages):
    from qgis.core import Qgis
    item = _open_item(panel, store)
    candidates = [n for n in store.neighbours(item.id)
                  if store.item(n).state in ("pending", "accepted") and store.item(n).part != "audit"]
    assert candidates, "a queue item of the demo has mergeable neighbours"
    other = store.item(candidates[0])
    key(panel, Qt.Key.Key_M)      # nothing selected: says how
    assert "Sélectionnez" in messages.get_messages(Qgis.MessageLevel.Info)[-1]
    panel.layer.selectByIds([other.id])
    key(panel, Qt.Key.Key_M)
    assert messages.get_messages(Qgis.MessageLevel.Warning) == []
    assert panel.decided and store.item(other.id).state == "superseded"
    assert abs(store.item(item.id).area_m2 - (item.area_m2 + other.area_m2)) < 1.0
    assert panel.layer.selectedFeatureCount() == 0
    # The items layer shows the merged polygon (the store wrote through its own connection).
    feature = panel.layer.getFeature(item.id)
    assert abs(feature.geometry().area() - (item.area_m2 + other.area_m2)) < 1.0


def test_removing_the_review_layer_does_not_break_the_panel(panel, store, messages):
    from qgis.core import Qgis, QgsProject
    first = panel.item
    QgsProject.instance().removeMapLayer(panel.layer.id())
    assert panel.layer is None
    record(panel)
    key(panel, Qt.Key.Key_N)
    assert panel.item is not None and panel.item.id != first.id
    assert panel.layer is not None and panel.layer.isValid(), "the review layer comes back with the next item"
    assert panel.highlight is not None
    assert messages.get_messages(Qgis.MessageLevel.Warning) == []


def test_a_work_layer_emptied_by_the_user_records_nothing(panel, store, messages):
    from qgis.core import Qgis
    item = _open_item(panel, store)
    key(panel, Qt.Key.Key_E)
    work = panel.work_layer
    work.deleteFeatures([f.id() for f in work.getFeatures()])
    before = len(store.journal())
    key(panel, Qt.Key.Key_Return)
    assert len(store.journal()) == before and not panel.decided and store.item(item.id).state == "claimed"
    assert "ne contient plus aucune partie" in messages.get_messages(Qgis.MessageLevel.Info)[-1]


def test_proposal_percentages_in_the_users_language(panel):
    text = panel.csProposals.item(0).toolTip()
    assert re.search(r"— \d+[,.]\d %$", text)
    from ocsge_review_plugin.ui.i18n import user_locale
    assert ("," in text.split("—")[-1]) == (user_locale() == "fr")


# -- what is shown is what is recorded; keys wherever the hand is; blind means blind --------------
WATER = "CS1.2.2"


def shown(picker):
    """What the interpreter reads in a picker."""
    return picker.lineEdit().text()


def code_text(code):
    from ocsge_review.ocsge import nomenclature as nom
    return f"{code} — {nom.label(code, short=True)}"


def journal_pair(store, item_id):
    """The pair and flag of the item's last decision not taken back, read through another connection."""
    import sqlite3
    con = sqlite3.connect(str(store.path))
    try:
        rows = con.execute("SELECT seq, action, cs_after, us_after, flag, undoes FROM ocsge_journal "
                           "WHERE item_id = ? ORDER BY seq", (item_id,)).fetchall()
    finally:
        con.close()
    undone = {r[5] for r in rows if r[1] == "undo"}
    kept = [r for r in rows if r[1] not in ("undo", "approve", "reject") and r[0] not in undone]
    return (kept[-1][2], kept[-1][3], kept[-1][4]) if kept else None


def click_into(widget):
    from qgis.PyQt.QtCore import QPoint
    widget.window().activateWindow()
    QApplication.setActiveWindow(widget.window())
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(5, 5))
    QApplication.processEvents()


def search(picker, text, listed=True):
    """Click into the picker, type ``text``: the completer's list opens when ``listed``."""
    click_into(picker.lineEdit())
    picker.lineEdit().selectAll()
    QTest.keyClicks(picker.lineEdit(), text)
    popup = picker.completer().popup()
    assert wait_until(popup.isVisible, 5 if listed else 0.2) == listed
    return popup


def to_focus(k, modifier=Qt.KeyboardModifier.NoModifier):
    """A key pressed where the keyboard focus is, as the window system delivers it."""
    widget = QApplication.focusWidget()
    popup = QApplication.activePopupWidget()
    QTest.keyClick(popup or widget, k, modifier)
    QApplication.processEvents()


def test_picker_down_then_enter_records_the_class_it_shows(panel, store):
    item = panel.item
    assert item.code_cs != WATER
    search(panel.csPicker, "eau")
    to_focus(Qt.Key.Key_Down)
    to_focus(Qt.Key.Key_Return)
    assert shown(panel.csPicker) == code_text(WATER)
    assert panel.pair()[0] == WATER
    assert not panel.decided, "Entrée in the list chooses; it does not record"
    to_focus(Qt.Key.Key_Return)
    assert panel.decided
    assert journal_pair(store, item.id)[0] == WATER


def test_picker_down_then_tab_chooses_the_class_it_shows(panel, store):
    item = panel.item
    search(panel.csPicker, "eau")
    to_focus(Qt.Key.Key_Down)
    to_focus(Qt.Key.Key_Tab)
    assert shown(panel.csPicker) == code_text(WATER) and panel.pair()[0] == WATER
    key(panel, Qt.Key.Key_Return)
    assert journal_pair(store, item.id)[0] == WATER


def test_a_chosen_class_shows_its_code_however_narrow_the_picker(panel):
    # Seen at 1366×768: « 35 — Prod. secondaire, tertiaire et résidentiel », the field scrolled to the text's end.
    panel.usPicker.setFixedWidth(160)
    search(panel.usPicker, "secondaire")
    to_focus(Qt.Key.Key_Down)
    to_focus(Qt.Key.Key_Return)
    field = panel.usPicker.lineEdit()
    assert field.text().startswith("US235") and field.cursorPosition() == 0


def test_a_search_left_unfinished_shows_the_class_kept(panel):
    before = panel.pair()[0]
    search(panel.csPicker, "ea")
    to_focus(Qt.Key.Key_Escape)
    to_focus(Qt.Key.Key_Escape)
    assert panel.pair()[0] == before and shown(panel.csPicker) == code_text(before)
    search(panel.usPicker, "zz", listed=False)
    click_into(panel.body)          # the interpreter clicks elsewhere in the panel
    assert shown(panel.usPicker) == code_text(panel.pair()[1])


def _serve_blind(panel):
    for _ in range(1000):
        if panel.item is None or panel.item.blind:
            break
        key(panel, Qt.Key.Key_S)
    assert panel.item is not None and panel.item.blind
    return panel.item


def test_blind_item_decided_by_keyboard_only(panel, store, messages):
    from qgis.core import Qgis
    item = _serve_blind(panel)
    key(panel, Qt.Key.Key_R)            # the search of the active dimension, from the keyboard
    assert panel.csPicker.lineEdit().hasFocus()
    QTest.keyClicks(panel.csPicker.lineEdit(), "eau")
    to_focus(Qt.Key.Key_Down)
    to_focus(Qt.Key.Key_Return)
    assert panel.pair()[0] == WATER and panel.active == "us"
    key(panel, Qt.Key.Key_R)
    assert panel.usPicker.lineEdit().hasFocus()
    QTest.keyClicks(panel.usPicker.lineEdit(), "US6.1")
    to_focus(Qt.Key.Key_Down)
    to_focus(Qt.Key.Key_Return)
    to_focus(Qt.Key.Key_Return)
    assert messages.get_messages(Qgis.MessageLevel.Info) == []
    assert panel.decided and journal_pair(store, item.id)[:2] == (WATER, "US6.1")


def test_letters_typed_in_a_search_are_text_not_shortcuts(panel, store):
    item = panel.item
    search(panel.csPicker, "eau")
    search(panel.usPicker, "sylvi")
    assert panel.work_layer is None and not panel.decided and panel.item.id == item.id
    assert journal_pair(store, item.id) is None


def _canvas_focused(canvas):
    window = canvas.window()
    window.show()
    window.activateWindow()
    QApplication.setActiveWindow(window)
    canvas.setFocus(Qt.FocusReason.MouseFocusReason)
    QApplication.processEvents()
    assert canvas.hasFocus()


def _drag(canvas, button=Qt.MouseButton.LeftButton):
    from qgis.PyQt.QtCore import QPoint
    viewport = canvas.viewport()
    start, end = QPoint(100, 100), QPoint(160, 130)
    QTest.mousePress(viewport, button, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 6):
        QTest.mouseMove(viewport, start + (end - start) * step / 5)
    QTest.mouseRelease(viewport, button, Qt.KeyboardModifier.NoModifier, end)
    QApplication.processEvents()


def test_keys_work_when_the_map_has_the_focus(panel, store, qgis_canvas):
    from qgis.gui import QgsMapToolPan
    qgis_canvas.resize(600, 400)
    pan = QgsMapToolPan(qgis_canvas)
    qgis_canvas.setMapTool(pan)
    try:
        first = panel.item
        _canvas_focused(qgis_canvas)
        _drag(qgis_canvas)
        _drag(qgis_canvas, Qt.MouseButton.MiddleButton)
        assert qgis_canvas.hasFocus()
        QTest.keyClick(qgis_canvas, Qt.Key.Key_2)
        assert panel.pair()[0] == first.proposals_cs[1][0]
        QTest.keyClick(qgis_canvas, Qt.Key.Key_Return)
        assert panel.decided and journal_pair(store, first.id)[0] == first.proposals_cs[1][0]
        QTest.keyClick(qgis_canvas, Qt.Key.Key_N)
        assert panel.item.id != first.id
        QTest.keyClick(qgis_canvas, Qt.Key.Key_F)
        assert journal_pair(store, panel.item.id) is None or panel.item.blind or \
            journal_pair(store, panel.item.id)[2] == "doubt"
    finally:
        qgis_canvas.unsetMapTool(pan)


def test_on_the_map_the_keys_are_the_panel_in_front(panel, store, qgis_canvas, qgis_iface, messages):
    # Seen in the desktop: with the validator's panel docked as a tab in front of the review panel, N on the
    # map after a pan went to the hidden review panel (« Enregistrez (Entrée) ou passez… »).
    from qgis.PyQt.QtWidgets import QMainWindow
    for _ in range(2):
        record(panel)
        key(panel, Qt.Key.Key_N)
    serving = panel.item.id
    module = importlib.import_module(PLUGIN_PACKAGE + ".ui.review.validator_panel")
    window = panel.window()
    assert isinstance(window, QMainWindow)
    validator = module.ValidatorPanel(store, qgis_iface, user="validatrice", parent=window)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, validator)
    window.tabifyDockWidget(panel, validator)
    try:
        validator.show()
        validator.raise_()
        assert wait_until(lambda: validator.isVisible() and panel.visibleRegion().isEmpty(), 5)
        validator.select_item(validator.shown[0].item_id)
        first = validator.current().item_id
        _canvas_focused(qgis_canvas)
        QTest.keyClick(qgis_canvas, Qt.Key.Key_N)
        assert validator.current().item_id != first, "N on the map moves the validator's list"
        assert panel.item.id == serving and not panel.decided
        QTest.keyClick(qgis_canvas, Qt.Key.Key_Return)
        assert not panel.decided and journal_pair(store, serving) is None
        panel.raise_()                      # the review panel in front again: the map's keys are its own
        assert wait_until(lambda: not panel.visibleRegion().isEmpty(), 5)
        _canvas_focused(qgis_canvas)
        QTest.keyClick(qgis_canvas, Qt.Key.Key_Return)
        assert panel.decided and journal_pair(store, serving) is not None
    finally:
        validator.shutdown()
        window.removeDockWidget(validator)
        validator.setParent(None)
        validator.deleteLater()


def test_escape_in_the_comment_cancels_it(panel, store):
    item = panel.item
    key(panel, Qt.Key.Key_C)
    QTest.keyClicks(panel.commentEdit, "pas sur")
    QTest.keyClick(panel.commentEdit, Qt.Key.Key_Escape)
    assert panel.commentEdit.text() == "" and not panel.commentEdit.hasFocus()
    record(panel)
    assert [r.comment for r in decisions(store) if r.item_id == item.id] == [None]


def test_status_says_which_flag(panel):
    key(panel, Qt.Key.Key_I)
    assert "Image inexploitable" in panel.statusLabel.text()


def test_small_areas_are_not_shown_as_zero_km2(panel):
    assert not re.search(r"\b0,00 km²", panel.progressLabel.text()), panel.progressLabel.text()


def _rejected_and_back(panel, store, item):
    """A validator rejects the item; the interpreter moves on until it comes back to them."""
    store.validate(item.id, "validatrice", approve=False, reason="Haie, pas une forêt")
    for _ in range(3):
        if not panel.decided:
            record(panel)
        key(panel, Qt.Key.Key_N)
        if panel.item is not None and panel.item.id == item.id:
            break


def test_a_rejected_item_comes_back_with_the_reason_and_ones_own_answer(panel, store):
    item = panel.item
    mine = ("CS2.2.1", "US1.1") if item.code_cs != "CS2.2.1" else ("CS2.1.2", "US1.1")
    panel.csPicker.set_code(mine[0])
    panel.usPicker.set_code(mine[1])
    key(panel, Qt.Key.Key_F)
    _rejected_and_back(panel, store, item)
    assert panel.item.id == item.id
    assert "Haie, pas une forêt" in panel.rejectionLabel.text()
    assert panel.pair() == mine, "one's own answer is preselected, not the model's"
    text = panel.rejectionLabel.text()
    assert mine[0] in text and mine[1] in text and "Doute" in text


# -- the map ---------------------------------------------------------------------------------------
def class_colour(code):
    """The fill colour of ``code`` in the plugin's couverture style."""
    import os
    from qgis.core import QgsVectorLayer
    layer = QgsVectorLayer("Polygon?crs=EPSG:2154&field=code_cs:string", "style", "memory")
    layer.loadNamedStyle(os.path.join(str(REPO_ROOT), "resources", "styles", "couverture.qml"))
    renderer = layer.renderer()
    categories = renderer.categories()     # kept: a category's symbol lives as long as the list
    return categories[renderer.categoryIndexForValue(code)].symbol().color().name()


def drawn_colour(layer, item_wkb):
    """The colour the layer draws inside the item's polygon, off screen."""
    return colour_over([layer], item_wkb, half=0.5)


def model_pair(store, item_id):
    import sqlite3
    con = sqlite3.connect(str(store.path))
    try:
        return con.execute("SELECT code_cs, code_us FROM items WHERE fid = ?", (item_id,)).fetchone()
    finally:
        con.close()


def test_a_blind_item_reveals_nothing_of_the_model_on_the_map(panel, store):
    from qgis.core import QgsExpressionContext, QgsExpressionContextUtils, QgsRenderContext
    item = _serve_blind(panel)
    model_cs, model_us = model_pair(store, item.id)
    layer = panel.layer
    assert drawn_colour(layer, item.wkb) != class_colour(model_cs)
    feature = layer.getFeature(item.id)
    hidden_in_table = {c.name for c in layer.attributeTableConfig().columns() if c.hidden}
    for index, field in enumerate(layer.fields()):
        value = str(feature[field.name()])
        if model_cs in value or model_us in value:     # only in a column neither identify, form nor table shows
            assert layer.editorWidgetSetup(index).type() == "Hidden", field.name()
            assert field.name() in hidden_in_table, field.name()
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.setFeature(feature)
    from qgis.core import QgsExpression
    for template in (layer.displayExpression(), layer.mapTipTemplate()):
        text = QgsExpression.replaceExpressionText(template, context) if "[%" in template else \
            str(QgsExpression(template).evaluate(context) or "")
        assert model_cs not in text and model_us not in text
    render = QgsRenderContext()
    render.setExpressionContext(context)
    layer.renderer().startRender(render, layer.fields())
    keys = layer.renderer().legendKeysForFeature(feature, render)
    labels = [i.label() for i in layer.renderer().legendSymbolItems() if i.ruleKey() in keys]
    layer.renderer().stopRender(render)
    assert all(model_cs not in label for label in labels), labels
    # No geometry edit on a blind item.
    assert not panel.editGeometryButton.isEnabled() and not panel.mergeButton.isEnabled()
    key(panel, Qt.Key.Key_E)
    assert panel.work_layer is None


def test_the_map_draws_decided_classes(panel, store):
    item = _open_item(panel, store)
    final = "CS1.2.1" if item.code_cs != "CS1.2.1" else "CS2.2.1"
    panel.csPicker.set_code(final)
    key(panel, Qt.Key.Key_Return)
    key(panel, Qt.Key.Key_T)                 # class fills on (outlines by default, over the imagery)
    assert drawn_colour(panel.layer, item.wkb) == class_colour(final)


def test_after_a_merge_the_absorbed_neighbour_is_drawn_with_the_merged_class(panel, store):
    item = _open_item(panel, store)
    candidates = [n for n in store.neighbours(item.id)
                  if store.item(n).state in ("pending", "accepted") and store.item(n).part != "audit"]
    other = store.item(candidates[0])
    final = "CS1.2.1" if other.code_cs != "CS1.2.1" and item.code_cs != "CS1.2.1" else "CS1.2.3"
    panel.csPicker.set_code(final)
    panel.layer.selectByIds([other.id])
    key(panel, Qt.Key.Key_M)
    assert panel.decided
    key(panel, Qt.Key.Key_T)
    assert drawn_colour(panel.layer, other.wkb) == class_colour(final)


# -- a long random session: after every action, what the panel shows is what the journal holds ------
def shown_code(picker):
    text = shown(picker)
    return text.split(" — ")[0] if " — " in text else None


def shown_flag(panel):
    """The flag the confirmation names, as the store's kind; None when it names none."""
    from ocsge_review_plugin.ui.review.review_panel import flag_texts
    text = panel.statusLabel.text()
    return next((kind for kind, label in flag_texts().items() if f"signalé : {label}" in text), None)


def item_row(store, item_id):
    import sqlite3
    con = sqlite3.connect(str(store.path))
    try:
        return con.execute("SELECT state, claimed_by, cs_final, us_final, flag FROM items WHERE fid = ?",
                           (item_id,)).fetchone()
    finally:
        con.close()


def test_a_long_random_session_shows_what_the_journal_holds(panel, store, qgis_canvas):
    import random
    from qgis.gui import QgsMapToolPan
    rng = random.Random(13)
    qgis_canvas.resize(600, 400)
    pan = QgsMapToolPan(qgis_canvas)
    qgis_canvas.setMapTool(pan)
    # QTest types ASCII only.
    words = {"cs": ["eau", "zones", "herb", "feuillus", "CS2.1", "sols"], "us": ["sylvi", "US6", "agri", "US1.1",
                                                                               "desserte", "US4"]}

    def press(k, modifier=Qt.KeyboardModifier.NoModifier):
        if rng.random() < 0.5:
            _canvas_focused(qgis_canvas)
            QTest.keyClick(qgis_canvas, k, modifier)
        else:
            click_into(panel.body)
            QTest.keyClick(panel.body, k, modifier)
        QApplication.processEvents()

    def do_search():
        dimension = panel.active if rng.random() < 0.5 else rng.choice(["cs", "us"])
        picker = panel.csPicker if dimension == "cs" else panel.usPicker
        if dimension == panel.active and rng.random() < 0.5:
            press(Qt.Key.Key_R)
        else:
            click_into(picker.lineEdit())
            picker.lineEdit().selectAll()
        if not picker.lineEdit().hasFocus():
            return "search (nothing to search)"
        word = rng.choice(words[dimension])
        QTest.keyClicks(picker.lineEdit(), word)
        for _ in range(rng.randrange(3)):
            to_focus(Qt.Key.Key_Down)
        to_focus(rng.choice([Qt.Key.Key_Return, Qt.Key.Key_Tab, Qt.Key.Key_Escape]))
        return f"search {word}"

    def do_comment():
        press(Qt.Key.Key_C)
        if panel.commentEdit.hasFocus():
            QTest.keyClicks(panel.commentEdit, rng.choice(["ombre", "serre", "vu"]))
            QTest.keyClick(panel.commentEdit, rng.choice([Qt.Key.Key_Tab, Qt.Key.Key_Escape, Qt.Key.Key_Return]))
        return "comment"

    def do_map():
        _canvas_focused(qgis_canvas)
        _drag(qgis_canvas, rng.choice([Qt.MouseButton.LeftButton, Qt.MouseButton.MiddleButton]))
        return "pan"

    actions = [(lambda: press(rng.choice([Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3])), 6),
               (lambda: press(Qt.Key.Key_D), 1), (lambda: press(Qt.Key.Key_Return), 5),
               (lambda: press(rng.choice([Qt.Key.Key_F, Qt.Key.Key_I, Qt.Key.Key_G])), 2),
               (lambda: press(Qt.Key.Key_N), 5), (lambda: press(Qt.Key.Key_S), 1),
               (lambda: press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier), 1),
               (do_search, 4), (do_comment, 1), (do_map, 3)]
    decided_ids = set()
    try:
        for step in range(500):
            action = rng.choices([a for a, _ in actions], weights=[w for _, w in actions])[0]
            what = action()
            QApplication.processEvents()
            item = panel.item
            if item is None:
                break
            where = f"step {step} ({what})"
            # What the pickers show is the pair the panel holds, whatever was typed.
            if not (panel.csPicker.lineEdit().hasFocus() or panel.usPicker.lineEdit().hasFocus()):
                assert (shown_code(panel.csPicker), shown_code(panel.usPicker)) == panel.pair(), where
            row = item_row(store, item.id)
            if panel.decided:
                decided_ids.add(item.id)
                held = journal_pair(store, item.id)
                assert held == (shown_code(panel.csPicker), shown_code(panel.usPicker), shown_flag(panel)), where
                assert row[0] in ("decided", "superseded") and row[2:] == held, where
            else:
                assert row[0] == "claimed" and row[1] == USER, where
    finally:
        qgis_canvas.unsetMapTool(pan)
    assert len(decided_ids) >= 12


# -- imagery first: outlines over the picture, a halo, labels, backgrounds one key away ------------
def _picture(demo_1000, name, title):
    from qgis.core import QgsRasterLayer
    layer = QgsRasterLayer(str(demo_1000 / name), title)
    assert layer.isValid(), name
    QgsProject.instance().addMapLayer(layer)
    return layer


def colour_over(layers, item_wkb, half=2.0):
    """The colour the map shows inside the item with ``layers`` drawn, top first, off screen (the
    pixel at a point inside it, on a map ``2 × half`` metres wide)."""
    from qgis.core import QgsGeometry, QgsMapRendererSequentialJob, QgsMapSettings
    from qgis.PyQt.QtCore import QSize
    geometry = QgsGeometry()
    geometry.fromWkb(item_wkb)
    point = geometry.pointOnSurface().asPoint()
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(layers[0].crs())
    settings.setOutputSize(QSize(21, 21))
    settings.setExtent(QgsRectangle(point.x() - half, point.y() - half, point.x() + half, point.y() + half))
    settings.setBackgroundColor(QColor(255, 255, 255))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    return job.renderedImage().pixelColor(10, 10).name()


def test_the_review_layer_shows_the_imagery_under_the_items_and_t_fills_the_classes(panel, store, demo_1000):
    from qgis.core import QgsSettings
    picture = _picture(demo_1000, "orthophoto_rvb.tif", "ortho")
    try:
        item = _open_item(panel, store)
        under = colour_over([picture], item.wkb)
        assert colour_over([panel.layer, picture], item.wkb) == under          # outlines only: the picture shows
        key(panel, Qt.Key.Key_T)
        assert colour_over([panel.layer, picture], item.wkb) == class_colour(item.code_cs)
        assert str(QgsSettings().value("ocsge_review/review/fills")).lower() == "true"   # kept for next time
        # The outline keeps the class colour, so a class is still read over the picture.
        categories = panel.layer.renderer().categories()
        index = panel.layer.renderer().categoryIndexForValue(item.code_cs)
        assert categories[index].symbol().symbolLayer(0).strokeColor().name() != class_colour(item.code_cs)
        key(panel, Qt.Key.Key_T)
        categories = panel.layer.renderer().categories()
        assert categories[index].symbol().symbolLayer(0).strokeColor().name() == class_colour(item.code_cs)
        assert colour_over([panel.layer, picture], item.wkb) == under
    finally:
        QgsProject.instance().removeMapLayer(picture.id())


def test_the_item_served_is_outlined_in_yellow_over_a_dark_halo(panel, store):
    assert panel.highlight is not None and panel.halo is not None
    assert panel.highlight.color().name() == "#ffeb00" and panel.halo.color().red() == 0
    assert panel.halo.width() > panel.highlight.width()
    first = (panel.highlight, panel.halo)
    key(panel, Qt.Key.Key_S)
    scene = panel.iface.mapCanvas().scene()
    assert all(item.scene() is None for item in first) and panel.highlight.scene() is scene


def test_l_writes_the_decided_classes_on_the_map_and_nothing_on_a_blind_item(panel, store):
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils
    item = _open_item(panel, store)
    key(panel, Qt.Key.Key_1)
    key(panel, Qt.Key.Key_1)
    key(panel, Qt.Key.Key_Return)
    assert not panel.layer.labelsEnabled()
    key(panel, Qt.Key.Key_L)
    assert panel.layer.labelsEnabled()
    settings = panel.layer.labeling().settings()
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(panel.layer))
    decided = journal_pair(store, item.id)
    context.setFeature(panel.layer.getFeature(item.id))
    assert QgsExpression(settings.fieldName).evaluate(context) == f"{decided[0]} / {decided[1]}"
    key(panel, Qt.Key.Key_N)
    blind = _serve_blind(panel)
    context.setFeature(panel.layer.getFeature(blind.id))
    assert QgsExpression(settings.fieldName).evaluate(context) is None
    key(panel, Qt.Key.Key_L)
    assert not panel.layer.labelsEnabled()


def test_b_cycles_the_chosen_backgrounds_from_the_panel_and_from_the_map(panel, store, demo_1000, messages,
                                                                        qgis_canvas):
    from qgis.core import Qgis
    backgrounds = importlib.import_module(PLUGIN_PACKAGE + ".ui.review.backgrounds")
    project = QgsProject.instance()
    key(panel, Qt.Key.Key_B)
    assert any("Maj+B" in m for m in messages.messages[Qgis.MessageLevel.Info])
    natural = _picture(demo_1000, "orthophoto_rvb.tif", "couleurs naturelles")
    infrared = _picture(demo_1000, "orthophoto_irc.tif", "infrarouge")
    try:
        backgrounds.set_backgrounds(project, [natural, infrared])
        visible = lambda: [project.layerTreeRoot().findLayer(layer.id()).isVisible() for layer in (natural, infrared)]
        key(panel, Qt.Key.Key_B)
        assert visible() == [False, True]
        qgis_canvas.setFocus()
        QTest.keyClick(qgis_canvas, Qt.Key.Key_B)
        QApplication.processEvents()
        assert visible() == [True, False]
        assert panel.actions_by_name["Backgrounds"].shortcut().toString() == "Shift+B"
    finally:
        project.removeMapLayers([natural.id(), infrared.id()])


def test_a_background_that_fails_is_said_and_the_review_goes_on(panel, store, messages):
    import http.server
    import threading
    from qgis.core import Qgis, QgsRasterLayer

    class Refusing(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(503)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Refusing)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    backgrounds = importlib.import_module(PLUGIN_PACKAGE + ".ui.review.backgrounds")
    project = QgsProject.instance()
    layer = QgsRasterLayer(f"type=xyz&url=http://127.0.0.1:{server.server_address[1]}/{{z}}/{{x}}/{{y}}.png"
                           "&zmin=0&zmax=19", "BD ORTHO hors service", "wms")
    project.addMapLayer(layer)
    try:
        backgrounds.set_backgrounds(project, [layer])
        key(panel, Qt.Key.Key_B)
        warned = lambda: [m for m in messages.messages[Qgis.MessageLevel.Warning] if "hors service" in m]
        assert wait_until(warned, 20)
        assert "HTTP 503" in warned()[0]
        first = panel.item.id
        key(panel, Qt.Key.Key_1)
        key(panel, Qt.Key.Key_1)
        key(panel, Qt.Key.Key_Return)
        key(panel, Qt.Key.Key_N)
        assert panel.decided is False and panel.item.id != first
    finally:
        project.removeMapLayer(layer.id())
        server.shutdown()
        server.server_close()


def test_a_blind_item_is_kept_off_the_layers_that_show_the_models_classes(panel, store, demo_1000, tmp_path):
    """The confidence output's views (added by the plugin) carry the model's class of every polygon:
    while a blind item is served, its polygon is on none of them (map, identify, attribute table)."""
    import subprocess
    import sys
    from qgis.core import QgsFeatureRequest
    tasks = importlib.import_module(PLUGIN_PACKAGE + ".ui.tasks")
    out = tmp_path / "confidence.gpkg"
    subprocess.run([sys.executable, "-m", "ocsge_review", "confidence", "--model", str(demo_1000 / "model_output.gpkg"),
                    "--raster", str(demo_1000 / "probabilities.tif"), "--out", str(out)], check=True, cwd=REPO_ROOT,
                   capture_output=True)
    project = QgsProject.instance()
    group = project.layerTreeRoot().addGroup("sortie")
    views = tasks.add_styled_views(f"{out}|layername=confidence", project, group)
    try:
        def on_views(source_id):
            request = QgsFeatureRequest().setFilterExpression(f"\"source_id\" = '{source_id}'")
            return [len(list(v.getFeatures(request))) for v in views]
        item = _serve_blind(panel)
        assert on_views(item.source_id) == [0, 0, 0]
        assert all(v.featureCount() > 0 for v in views)            # the others stay
        panel.csPicker.set_code("CS2.2.1")
        panel.usPicker.set_code("US1.1")
        key(panel, Qt.Key.Key_Return)
        assert panel.decided and on_views(item.source_id) == [1, 1, 1]
        assert [v.subsetString() for v in views] == ["", "", ""]
    finally:
        project.removeMapLayers([v.id() for v in views])
        project.layerTreeRoot().removeChildNode(group)


def test_a_rejected_item_passed_on_by_its_author_says_whose_answer_it_was(panel, store, panel_module, qgis_iface):
    """Passed (S) by its author, a rejected item goes to the next interpreter: the banner names the author
    of the refused answer (not « Votre réponse »), and the pair offered is the model's, not that answer."""
    from ocsge_review.store import open_store
    item = _open_item(panel, store)
    mine = ("CS2.2.1", "US1.1") if item.code_cs != "CS2.2.1" else ("CS2.1.2", "US1.1")
    panel.csPicker.set_code(mine[0])
    panel.usPicker.set_code(mine[1])
    record(panel)
    _rejected_and_back(panel, store, item)
    assert panel.item.id == item.id and "Votre réponse" in panel.rejectionLabel.text()
    key(panel, Qt.Key.Key_S)                        # passed on: back in the queue for the others
    other_store = open_store(str(store.path))
    try:
        with docked(lambda window: panel_module.ReviewPanel(other_store, qgis_iface, user="bruno",
                                                            parent=window)) as other:
            for _ in range(300):
                if other.item is None or other.item.id == item.id:
                    break
                key(other, Qt.Key.Key_S)
            assert other.item is not None and other.item.id == item.id
            text = other.rejectionLabel.text()
            assert "Haie, pas une forêt" in text and f"Réponse de {USER}" in text and "Votre réponse" not in text
            assert other.pair() == (item.code_cs, item.code_us)
    finally:
        other_store.close()


def test_proposals_without_probabilities_are_listed_not_a_crash(panel_module):
    """An IGN delivery reviewed on its own carries no probability: its proposals show a dash."""
    from qgis.PyQt.QtWidgets import QListWidget
    widget = QListWidget()
    panel_module.ReviewPanel._fill_proposals(widget, [("CS2.2.1", None), ("CS2.1.2", 0.25)])
    texts = [widget.item(i).text() for i in range(widget.count())]
    assert "—" in texts[0] and "CS2.2.1" in texts[0] and "25 %" in texts[1]
