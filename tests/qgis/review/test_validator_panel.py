"""The validator's panel on a real demo store whose items were decided by two interpreters, driven by real keys."""
import importlib
import random

import pytest
from qgis.core import Qgis, QgsProject
from qgis.gui import QgsGui
from qgis.PyQt.QtCore import QDate, Qt, QTimer
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication

from conftest import PLUGIN_PACKAGE, docked, make_campaign, started_plugin, wait_until

VALIDATOR = "validatrice"
DAY = 86400.0
T0 = 1_790_000_000.0        # 2026-09-21, UTC: ana decides that day, bob two days later


class Clock:
    def __init__(self, t):
        self.t = t

    def __call__(self):
        return self.t


def _decide(store, user, count, how="confirm"):
    """``count`` queue items decided by ``user``: confirmed, corrected, flagged or reshaped; their ids."""
    import shapely
    from ocsge_review.store import Decision
    ids = []
    while len(ids) < count:
        item = store.claim_next(user)
        if item.blind:          # an audit item: its pair would be the interpreter's own, left to others
            store.release(item.id, user)
            continue
        cs, us, geometry, flag = item.code_cs, item.code_us, None, None
        if how == "correct":
            cs = next(c for c, _ in item.proposals_cs if c != item.code_cs)
        elif how == "flag":
            flag = "doubt"
        elif how == "reshape":
            geometry = shapely.to_wkb(shapely.from_wkb(item.wkb).buffer(-3.0, 4))
        store.decide(Decision(item.id, user, None, cs, us, flag=flag, comment=f"{how} {len(ids)}",
                              geometry_wkb=geometry))
        ids.append(item.id)
    return ids


@pytest.fixture()
def decided(demo_1000, tmp_path):
    """The store's path and who decided what: ana on day 0, bob and the validator herself on day 2."""
    from ocsge_review.store import open_store
    path = make_campaign(demo_1000 / "model_output.gpkg", tmp_path / "review.gpkg")
    clock = Clock(T0)
    with open_store(str(path), clock=clock) as s:
        who = {"ana": _decide(s, "ana", 10), "ana_correct": _decide(s, "ana", 2, "correct")}
        clock.t = T0 + 2 * DAY
        who.update(bob=_decide(s, "bob", 6), bob_reshape=_decide(s, "bob", 1, "reshape"),
                   bob_flag=_decide(s, "bob", 1, "flag"), own=_decide(s, VALIDATOR, 1))
        s.claim_next("carla")            # claimed, not decided: never listed
    return path, who


@pytest.fixture()
def store(decided):
    from ocsge_review.store import open_store
    s = open_store(str(decided[0]))
    yield s
    s.close()


@pytest.fixture()
def panel_module(qgis_app, plugin_package):
    return importlib.import_module(PLUGIN_PACKAGE + ".ui.review.validator_panel")


@pytest.fixture()
def panel(qgis_iface, qgis_canvas, store, panel_module, messages):
    with docked(lambda window: panel_module.ValidatorPanel(store, qgis_iface, user=VALIDATOR, parent=window,
                                                           rng=random.Random(7)), 1200, 900) as dock:
        dock.table.setFocus()
        assert wait_until(lambda: dock.isVisible(), 5)
        yield dock


def key(dock, k):
    # Offscreen, a closed modal dialog does not give the activation back to the window as a desktop does.
    QApplication.setActiveWindow(dock.window())
    dock.table.setFocus()
    QTest.keyClick(dock.table, k)
    QApplication.processEvents()


def choose(combo, data):
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def shown_ids(dock):
    return [r.item_id for r in dock.shown]


def validations(store):
    return [r for r in store.journal() if r.action in ("approve", "reject")]


def test_the_list_holds_the_decided_items_only(panel, store, decided):
    _, who = decided
    everyone = sorted(i for ids in who.values() for i in ids)
    assert sorted(shown_ids(panel)) == everyone
    assert panel.table.model().rowCount() == len(everyone) == 21
    assert "département 32" in panel.header.text()
    assert panel.current() is not None and panel.current().item_id == panel.shown[0].item_id
    assert "21 élément(s) affiché(s) sur 21" in panel.countLabel.text()


def test_filters_interpreter_action_class_date_confidence(panel, decided):
    _, who = decided
    choose(panel.interpreterFilter, "ana")
    assert sorted(shown_ids(panel)) == sorted(who["ana"] + who["ana_correct"])
    choose(panel.actionFilter, "correct")
    assert sorted(shown_ids(panel)) == sorted(who["ana_correct"])
    choose(panel.interpreterFilter, None)
    choose(panel.actionFilter, "geometry")
    assert shown_ids(panel) == who["bob_reshape"]
    choose(panel.actionFilter, "flag")
    assert shown_ids(panel) == who["bob_flag"]
    # The flag by its French name, in the list and under it (was « signalé (doubt) »).
    assert panel.table.model().index(0, 2).data() == "signalé (doute)"
    assert "Signalement : Doute" in panel.detailLabel.text()
    choose(panel.actionFilter, None)
    # Class: a corrected item's decided couverture, and its model one, by code or by a parent code.
    corrected = next(r for r in panel.rows if r.item_id == who["ana_correct"][0])
    choose(panel.classField, "code_cs")
    choose(panel.classCode, corrected.code_cs)
    assert corrected.item_id in shown_ids(panel)
    assert all(r.code_cs == corrected.code_cs for r in panel.shown)
    choose(panel.classCode, corrected.code_cs.rsplit(".", 1)[0])
    assert all(r.code_cs.startswith(corrected.code_cs.rsplit(".", 1)[0] + ".") for r in panel.shown)
    choose(panel.classField, "model_us")
    assert panel.classCode.currentData() is None, "a couverture code does not filter usage"
    choose(panel.classCode, corrected.model_us)
    assert corrected.item_id in shown_ids(panel) and all(r.model_us == corrected.model_us for r in panel.shown)
    choose(panel.classCode, None)
    # Date: bob and the validator decided two days after ana.
    later = QDate(2026, 9, 23)
    assert panel.dateTo.date() == later
    panel.dateFrom.setDate(later)
    assert sorted(shown_ids(panel)) == sorted(who["bob"] + who["bob_reshape"] + who["bob_flag"] + who["own"])
    panel.dateFrom.setDate(QDate(2026, 9, 21))
    panel.dateTo.setDate(QDate(2026, 9, 22))
    assert sorted(shown_ids(panel)) == sorted(who["ana"] + who["ana_correct"])
    panel.dateTo.setDate(later)
    # Confidence: the model's, the lower of couverture's and usage's.
    values = sorted(panel_conf(r) for r in panel.rows)
    middle = int(values[len(values) // 2] * 100)
    panel.confMax.setValue(middle)
    assert 0 < len(panel.shown) < len(panel.rows)
    assert all(panel_conf(r) * 100 <= middle for r in panel.shown)
    panel.confMax.setValue(100)
    panel.confMin.setValue(middle + 1)
    assert all(panel_conf(r) * 100 >= middle + 1 for r in panel.shown)
    assert len(panel.shown) < len(panel.rows)


def panel_conf(row):
    return min(row.conf_cs, row.conf_us)


def test_before_after_codes_and_polygons(panel, store, decided, qgis_canvas):
    _, who = decided
    corrected = who["ana_correct"][0]
    assert panel.select_item(corrected)
    row = panel.current()
    assert row.model_cs in panel.cells[("model", "cs")].text()
    assert panel.cells[("decided", "cs")].text().startswith("<b>") and row.code_cs in panel.cells[("decided", "cs")].text()
    assert not panel.cells[("decided", "us")].text().startswith("<b>"), "usage unchanged: not bold"
    assert "corrected 0" in panel.detailLabel.text() or "correct 0" in panel.detailLabel.text()
    assert panel.layers["after"].featureCount() == 1 and panel.layers["before"].featureCount() == 0
    assert panel.geometryLabel.isHidden()
    # A reshape: the old polygon, dashed, over the new one's outline (no fill: the imagery shows); both framed.
    reshaped = who["bob_reshape"][0]
    assert panel.select_item(reshaped)
    before, after = (next(panel.layers[k].getFeatures()).geometry() for k in ("before", "after"))
    assert before.area() > after.area() > 0
    assert abs(after.area() - store.item(reshaped).area_m2) < 0.01
    style = panel.layers["before"].renderer().symbol().symbolLayer(0)
    assert style.strokeStyle() == Qt.PenStyle.DashLine and style.brushStyle() == Qt.BrushStyle.NoBrush
    assert panel.layers["after"].renderer().symbol().symbolLayer(0).brushStyle() == Qt.BrushStyle.NoBrush
    assert qgis_canvas.extent().contains(before.boundingBox())
    assert "avant en tirets" in panel.geometryLabel.text() and not panel.geometryLabel.isHidden()
    group = QgsProject.instance().layerTreeRoot().findGroup("Validation")
    assert group is not None and [n.name() for n in group.children()] == ["Validation — avant", "Validation — après"]


def _reject_with_keys(reason_steps, comment):
    """Answer the reject dialog as a person would: arrows in the reason list, the comment typed, Entrée."""
    def answer():
        dialog = QApplication.activeModalWidget()
        assert dialog is not None and dialog.objectName() == "OcsgeRejectDialog"
        dialog.reason.setFocus()
        QTest.keyClick(dialog.reason, Qt.Key.Key_Return)     # no reason yet: Entrée does nothing
        assert dialog.isVisible()
        for _ in range(reason_steps):
            QTest.keyClick(dialog.reason, Qt.Key.Key_Down)
        dialog.comment.setFocus()
        QTest.keyClicks(dialog.comment, comment)
        QTest.keyClick(dialog.comment, Qt.Key.Key_Return)
    QTimer.singleShot(50, answer)


def test_keys_approve_reject_next_and_the_item_goes_back_reason_first(panel, store, decided):
    from ocsge_review.store import open_store
    path, who = decided
    first = panel.current()
    key(panel, Qt.Key.Key_Down)
    key(panel, Qt.Key.Key_Up)
    assert panel.current().item_id == first.item_id
    key(panel, Qt.Key.Key_A)
    assert [(r.item_id, r.action, r.user) for r in validations(store)] == [(first.item_id, "approve", VALIDATOR)]
    assert store.item(first.item_id).state == "validated"
    assert panel.table.model().index(0, 7).data() == "approuvé" and not panel.approveButton.isEnabled()
    key(panel, Qt.Key.Key_A)                 # already approved: nothing more in the journal
    assert len(validations(store)) == 1
    key(panel, Qt.Key.Key_N)
    second = panel.current()
    assert second.item_id == panel.shown[1].item_id
    key(panel, Qt.Key.Key_Down)
    third = panel.current()
    assert third.item_id == panel.shown[2].item_id
    _reject_with_keys(2, "haie")             # 2nd reason: usage
    key(panel, Qt.Key.Key_R)
    assert wait_until(lambda: len(validations(store)) == 2, 5)
    record = validations(store)[-1]
    assert (record.item_id, record.action, record.reason, record.comment) == (
        third.item_id, "reject", "Usage erroné", "haie")           # the journal keeps them apart
    assert store.item(third.item_id).state == "rejected"
    # Back to its interpreter, the reason first.
    with open_store(str(path)) as other:
        decider = third.decided_by
        served = other.claim_next(decider)
        while served.id != third.item_id and served.rejection is None:
            served = other.claim_next(decider)
        assert served.id == third.item_id and served.rejection == "Usage erroné — haie"
    assert panel.current().item_id == third.item_id
    key(panel, Qt.Key.Key_N)
    assert panel.current().item_id == panel.shown[3].item_id, "N passes over what is done"


def test_reject_cancelled_records_nothing(panel, store):
    def cancel():
        QTest.keyClick(QApplication.activeModalWidget(), Qt.Key.Key_Escape)
    QTimer.singleShot(50, cancel)
    key(panel, Qt.Key.Key_R)
    assert validations(store) == []


def test_own_decision_is_refused_in_french(panel, store, decided, messages):
    _, who = decided
    assert panel.select_item(who["own"][0])
    key(panel, Qt.Key.Key_A)
    warnings = messages.get_messages(Qgis.MessageLevel.Warning)
    assert len(warnings) == 1 and "votre propre décision" in warnings[0]
    assert validations(store) == [] and store.item(who["own"][0]).state == "decided"
    assert "Votre propre décision" in panel.table.model().index(panel.shown.index(panel.current()), 0).data(
        Qt.ItemDataRole.ToolTipRole)


class Confirm:
    """The bulk approval's confirmation, answered as scripted; keeps what it was asked."""

    def __init__(self, answer=True):
        self.answer, self.asked = answer, []

    def __call__(self, count, km2):
        self.asked.append((count, km2))
        return self.answer


def to_focus(k):
    """A key pressed where the keyboard focus is, as the window system delivers it."""
    widget = QApplication.activePopupWidget() or QApplication.focusWidget()
    QTest.keyClick(widget, k)
    QApplication.processEvents()


def pick_blind(picker, code):
    """The code typed where the keyboard is (the blind picker, put there by N or the draw), ↓ then Entrée."""
    assert picker.lineEdit().hasFocus()
    QTest.keyClicks(picker.lineEdit(), code + " ")        # the space: « US2 » alone lists US235 too
    to_focus(Qt.Key.Key_Down)
    to_focus(Qt.Key.Key_Return)
    assert picker.code() == code


def answer_blind(panel, cs, us):
    """The validator's own pair by keyboard only: couverture, usage, Entrée records."""
    QApplication.setActiveWindow(panel.window())
    pick_blind(panel.blindCs, cs)
    pick_blind(panel.blindUs, us)
    assert panel.table.hasFocus()
    to_focus(Qt.Key.Key_Return)


def other_cs(code):
    from ocsge_review.ocsge import nomenclature as nom
    return next(c for c in nom.CS_LEAVES if c != code)


def _reject_blind_with_keys(comment):
    """The reject dialog after a blind disagreement: its reason already chosen, the comment typed, Entrée."""
    seen = []

    def answer():
        dialog = QApplication.activeModalWidget()
        seen.append(dialog.reason.currentText())
        dialog.comment.setFocus()
        QTest.keyClicks(dialog.comment, comment)
        QTest.keyClick(dialog.comment, Qt.Key.Key_Return)
    QTimer.singleShot(50, answer)
    return seen


def _check_sample(panel, store, reject_at=()):
    """Check the drawn sample blind with real keys, N between items: the interpreter's pair given back
    (approved), or another couverture then R for the ``reject_at``-th ones."""
    for n, _ in enumerate(list(panel.sample)):
        row = panel.current()
        assert row.item_id in panel.sample, "N goes through the sample first"
        assert not panel.bulkButton.isEnabled()
        if n in reject_at:
            count = len(validations(store))
            answer_blind(panel, other_cs(row.code_cs), row.code_us)
            _reject_blind_with_keys("lisiere")
            key(panel, Qt.Key.Key_R)
            assert wait_until(lambda: len(validations(store)) == count + 1, 5)
        else:
            answer_blind(panel, row.code_cs, row.code_us)
        key(panel, Qt.Key.Key_N)


def test_a_rejection_in_the_spot_check_refuses_the_bulk_approval(panel, store, decided, messages):
    # What was seen: one of the five spot-checked items rejected, then one click approved the rest.
    choose(panel.interpreterFilter, "ana")
    panel.confirm = Confirm()
    assert not panel.bulkButton.isEnabled()
    assert panel.approve_rest() == 0
    assert "refusée" in messages.get_messages(Qgis.MessageLevel.Warning)[-1]
    assert validations(store) == []
    panel.sampleButton.click()
    _check_sample(panel, store, reject_at=(1,))
    assert "lot refusé" in panel.sampleLabel.text()
    assert not panel.bulkButton.isEnabled()
    assert panel.approve_rest() == 0
    assert "1 rejet(s) dans l'échantillon" in messages.get_messages(Qgis.MessageLevel.Warning)[-1]
    assert len(validations(store)) == len(panel.sample) and panel.confirm.asked == []


def test_bulk_approval_follows_the_plan_confirms_count_and_km2_and_journals_it(panel, store, decided):
    from ocsge_review.statistics import acceptance
    _, who = decided
    choose(panel.interpreterFilter, "bob")          # six confirmed, one reshaped, one flagged
    panel.confirm = Confirm(False)
    panel.sampleButton.click()
    lot = who["bob"] + who["bob_reshape"]
    assert sorted(panel.sampled_from) == sorted(lot), "the flagged item is left out"
    classes = {}
    for item_id in lot:
        classes[store.item(item_id).code_cs] = classes.get(store.item(item_id).code_cs, 0) + 1
    assert len(panel.sample) == acceptance.Plan().size(classes) and set(panel.sample) <= set(lot)
    _check_sample(panel, store)
    assert "lot accepté" in panel.sampleLabel.text() and panel.bulkButton.isEnabled()
    rest = [i for i in lot if i not in panel.sample]
    assert panel.bulkButton.text() == f"Approuver le reste ({len(rest)})"
    km2 = sum(r.area_m2 for r in panel.shown if r.item_id in rest) / 1e6
    panel.bulkButton.click()                          # declined: nothing written
    assert panel.confirm.asked == [(len(rest), pytest.approx(km2))]
    assert len(validations(store)) == len(panel.sample)
    panel.confirm.answer = True
    panel.bulkButton.click()
    records = validations(store)
    sampled, bulk = records[:-len(rest)], records[-len(rest):]
    assert {r.item_id for r in bulk} == set(rest) and {r.action for r in bulk} == {"approve"}
    n = len(lot) - len(rest)
    plan = f"plan simple n = {n}, c = 0 (10 % par classe), lot de {len(lot)}"
    assert {r.comment for r in bulk} == {f"approbation groupée : {plan} ; échantillon contrôlé : {n} élément(s), "
                                         "0 rejeté(s) ; lot accepté"}
    pairs = {r.item_id: (r.code_cs, r.code_us) for r in panel.rows}
    assert {r.comment for r in sampled} == {
        f"contrôle à l'aveugle concordant : le validateur a répondu {pairs[r.item_id][0]} / {pairs[r.item_id][1]} — "
        f"échantillon de contrôle : {plan}" for r in sampled}
    assert store.item(who["bob_flag"][0]).state == "decided"
    assert not panel.bulkButton.isEnabled()


def test_the_confirmation_names_the_count_and_the_km2_and_no_writes_nothing(panel, store, decided):
    choose(panel.interpreterFilter, "bob")
    panel.sampleButton.click()
    _check_sample(panel, store)
    rest = panel._rest()
    km2 = sum(r.area_m2 for r in panel.shown if r.item_id in rest) / 1e6
    asked = []

    def answer():
        box = QApplication.activeModalWidget()
        asked.append(box.text())
        QTest.keyClick(box, Qt.Key.Key_Escape)
    QTimer.singleShot(100, answer)
    assert panel.approve_rest() == 0
    assert asked == [f"Approuver d'un coup {len(rest)} élément(s), {km2:.2f} km², après un échantillon conforme "
                     "au plan ?".replace(".", ",", 1)]
    assert all(store.item(i).state == "decided" for i in rest)


def test_flagged_items_join_the_lot_when_asked_and_the_plan_is_settable(panel, store, decided):
    _, who = decided
    choose(panel.interpreterFilter, "bob")
    panel.flaggedCheck.setChecked(True)
    panel.shareSpin.setValue(100)
    panel.acceptSpin.setValue(1)
    panel.sampleButton.click()
    assert sorted(panel.sample) == sorted(who["bob"] + who["bob_reshape"] + who["bob_flag"])
    _check_sample(panel, store, reject_at=(0,))       # one rejection, c = 1: the lot passes
    assert "lot accepté" in panel.sampleLabel.text()
    panel.acceptSpin.setValue(0)                       # a changed plan: the sample is to draw again
    assert panel.sample is None and not panel.bulkButton.isEnabled()


def test_bulk_approval_skips_what_another_validator_judged_meanwhile(panel, store, decided, messages):
    choose(panel.interpreterFilter, "ana")
    panel.confirm = Confirm()
    panel.sampleButton.click()
    _check_sample(panel, store)
    rest = panel._rest()
    store.validate(rest[0], "autre_validateur", False, reason="Autre", comment="vu avant vous")
    assert panel.approve_rest() == len(rest) - 1
    assert "1 élément(s) non approuvé(s)" in messages.get_messages(Qgis.MessageLevel.Warning)[-1]
    assert store.item(rest[0]).state == "rejected" and panel.done.get(rest[0]) is None
    assert sum(1 for r in validations(store) if r.comment and "groupée" in r.comment) == len(rest) - 1


ROLES = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole,
         Qt.ItemDataRole.StatusTipRole, Qt.ItemDataRole.WhatsThisRole, Qt.ItemDataRole.AccessibleTextRole,
         Qt.ItemDataRole.AccessibleDescriptionRole, Qt.ItemDataRole.UserRole]


def _pairs(row):
    return {c for c in (row.code_cs, row.code_us, row.model_cs, row.model_us) if c}


def _visible_texts(panel):
    """Every text the panel shows or would show on hovering: labels, group titles, tooltips."""
    from qgis.PyQt.QtWidgets import QComboBox, QGroupBox, QLabel, QWidget
    texts = [w.text() for w in panel.findChildren(QLabel) if w.isVisibleTo(panel)]
    texts += [w.title() for w in panel.findChildren(QGroupBox)]
    texts += [w.toolTip() for w in panel.findChildren(QWidget)]
    texts += [w.lineEdit().text() for w in panel.findChildren(QComboBox) if w.isEditable()]
    return texts


def _confidence_view(rows, path):
    """A GeoPackage of the items' source ids, as the confidence task's views are, tagged as showing the model's
    classes."""
    from osgeo import ogr, osr
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    table = source.CreateLayer("confiance", srs, ogr.wkbPolygon)
    table.CreateField(ogr.FieldDefn("source_id", ogr.OFTString))
    for r in rows:
        feature = ogr.Feature(table.GetLayerDefn())
        feature.SetField("source_id", r.source_id)
        table.CreateFeature(feature)
    source = None
    layers = importlib.import_module(PLUGIN_PACKAGE + ".ui.layers")
    layer = layers.QgsVectorLayer(f"{path}|layername=confiance", "confiance", "ogr")
    layers.tag_model_layer(layer)
    return layer


def test_a_sampled_item_shows_nothing_of_either_pair_until_the_validator_answers(panel, store, tmp_path):
    from ocsge_review.ocsge import nomenclature as nom
    from qgis.core import QgsFeatureRequest
    # The plugin's layers that would show a class: the review layer (decided class) and a confidence view
    # (the model's), tagged as such.
    layers = importlib.import_module(PLUGIN_PACKAGE + ".ui.layers")
    review = layers.review_layer(store, "Revue")
    QgsProject.instance().addMapLayer(review)
    model = _confidence_view(panel.rows, tmp_path / "confiance.gpkg")
    QgsProject.instance().addMapLayer(model)
    total = review.featureCount()
    try:
        choose(panel.interpreterFilter, "bob")
        panel.sampleButton.click()
        focused = QApplication.focusWidget()
        sampled = [r for r in panel.shown if r.item_id in panel.sample]
        for row in sampled:
            assert panel.select_item(row.item_id)
            assert panel.current().item_id == row.item_id
            hidden = _pairs(row) | {nom.label(c, short=True) for c in _pairs(row)}
            shown = " ".join(_visible_texts(panel))
            assert not [c for c in hidden if c in shown], "a pair shows in the panel"
            assert "à l'aveugle" in panel.cells[("model", "cs")].text()
            n = panel.model.row_of(row.item_id)
            for column in range(panel.model.columnCount()):
                for role in ROLES:
                    value = str(panel.model.index(n, column).data(role))
                    assert not [c for c in _pairs(row) if c in value], (column, role, value)
            assert panel.model.index(n, 4).data() == "à l'aveugle"
            assert panel.model.index(n, 2).data() == "à l'aveugle", "« corrigé » would say the pairs differ"
            assert panel.blindBox.isVisible()
            key(panel, Qt.Key.Key_A)                # refused until answered
            key(panel, Qt.Key.Key_R)
        assert validations(store) == []
        assert focused in (panel.blindCs, panel.blindCs.lineEdit()), "the draw put the keyboard in the blind CS"
        # Off the map: neither the decided nor the model's class of a blind item is drawn, listed or identified.
        ids = {r.item_id for r in sampled}
        fid = review.fields().at(review.primaryKeyAttributes()[0]).name()
        assert not ids & {f[fid] for f in review.getFeatures()}
        assert review.featureCount() == total - len(ids)
        assert not {r.source_id for r in sampled} & {f["source_id"] for f in model.getFeatures()}
        # The first one answered is back on the map, decided or not; a plan changed puts everything back.
        panel.select_item(sampled[0].item_id)
        panel.blindCs.search()
        answer_blind(panel, sampled[0].code_cs, sampled[0].code_us)
        assert sampled[0].item_id in {f[fid] for f in review.getFeatures(QgsFeatureRequest())}
        panel.acceptSpin.setValue(1)
        assert review.featureCount() == total and model.featureCount() == len(panel.rows)
    finally:
        panel.shutdown()
        QgsProject.instance().removeMapLayers([review.id(), model.id()])


def test_a_blind_answer_that_agrees_approves_and_the_journal_keeps_it(panel, store):
    choose(panel.interpreterFilter, "bob")
    panel.sampleButton.click()
    row = panel.current()
    answer_blind(panel, row.code_cs, row.code_us)
    assert store.item(row.item_id).state == "validated"
    record = validations(store)[-1]
    assert (record.item_id, record.action) == (row.item_id, "approve")
    assert record.comment.startswith(f"contrôle à l'aveugle concordant : le validateur a répondu {row.code_cs} / "
                                     f"{row.code_us} — échantillon de contrôle : plan simple")
    assert "approuvé" in panel.statusLabel.text() and panel.model.index(panel.model.row_of(row.item_id), 7).data() \
        == "approuvé"


def test_a_blind_answer_that_differs_shows_both_and_a_rejection_counts_against_the_plan(panel, store, decided):
    choose(panel.interpreterFilter, "bob")
    panel.sampleButton.click()
    row = panel.current()
    mine = other_cs(row.code_cs)
    answer_blind(panel, mine, row.code_us)
    assert validations(store) == [] and store.item(row.item_id).state == "decided"
    # Revealed side by side: the model's, the interpreter's, the validator's.
    assert row.code_cs in panel.cells[("decided", "cs")].text() and mine in panel.cells[("blind", "cs")].text()
    assert row.model_cs in panel.cells[("model", "cs")].text()
    assert panel.cells[("blind", "title")].isVisible() and not panel.blindBox.isVisible()
    assert panel.model.index(panel.model.row_of(row.item_id), 4).data() == f"{row.code_cs} / {row.code_us}"
    seen = _reject_blind_with_keys("lisiere")
    key(panel, Qt.Key.Key_R)
    assert wait_until(lambda: len(validations(store)) == 1, 5)
    assert seen == ["Couverture erronée"], "the reason the disagreement points to is chosen"
    record = validations(store)[0]
    assert (record.item_id, record.action, record.reason) == (row.item_id, "reject", "Couverture erronée")
    assert record.comment.startswith(
        f"lisiere — contrôle à l'aveugle discordant : le validateur a répondu {mine} / {row.code_us}, le "
        f"photo-interprète {row.code_cs} / {row.code_us} — échantillon de contrôle")
    assert panel.verdict().rejected == 1 and "lot refusé" in panel.sampleLabel.text()
    assert not panel.bulkButton.isEnabled()


def test_a_blind_disagreement_can_approve_the_interpreters_pair(panel, store):
    choose(panel.interpreterFilter, "bob")
    panel.sampleButton.click()
    row = panel.current()
    mine = other_cs(row.code_cs)
    answer_blind(panel, mine, row.code_us)
    key(panel, Qt.Key.Key_A)
    record = validations(store)[-1]
    assert (record.item_id, record.action) == (row.item_id, "approve")
    assert "discordant : le validateur a répondu " + mine in record.comment
    assert panel.verdict().rejected == 0 and panel.verdict().checked == 1


def test_changing_a_filter_draws_the_sample_again(panel):
    panel.sampleButton.click()
    assert panel.sample is not None
    choose(panel.actionFilter, "confirm")
    assert panel.sample is None and not panel.bulkButton.isEnabled()


def test_removing_the_validation_group_does_not_break_the_panel(panel, decided):
    _, who = decided
    root = QgsProject.instance().layerTreeRoot()
    root.removeChildNode(root.findGroup("Validation"))
    assert panel.select_item(who["bob_reshape"][0])
    assert panel.layers["before"].featureCount() == 1 and root.findGroup("Validation") is not None
    root.removeChildNode(root.findGroup("Validation"))
    panel.shutdown()


def test_confidence_ignores_an_unknown_dimension(panel_module):
    from types import SimpleNamespace
    nan = float("nan")
    assert panel_module.confidence(SimpleNamespace(conf_cs=nan, conf_us=0.4)) == 0.4
    assert panel_module.confidence(SimpleNamespace(conf_cs=0.4, conf_us=nan)) == 0.4


def test_shortcuts_registered_then_gone(panel):
    manager = QgsGui.shortcutsManager()
    ours = {a.objectName() for a in panel.shortcuts}
    assert ours == {"OcsgeValidatorPanelApprove", "OcsgeValidatorPanelReject", "OcsgeValidatorPanelNext",
                    "OcsgeValidatorPanelAnswer"}
    assert ours <= {a.objectName() for a in manager.listActions()}
    panel.shutdown()
    assert not any(a.objectName().startswith("OcsgeValidatorPanel") for a in manager.listActions())
    assert QgsProject.instance().layerTreeRoot().findGroup("Validation") is None


def test_screenshot(panel, decided, tmp_path):
    # The grab works (the documentation's pictures come from `make screenshots`, in the real desktop).
    folder = tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    _, who = decided
    panel.sampleButton.click()
    key(panel, Qt.Key.Key_A)
    panel.select_item(who["bob_reshape"][0])
    QApplication.processEvents()
    assert panel.grab().save(str(folder / "validator_panel.png"))


def test_plugin_opens_the_panel_and_unload_removes_it(qgis_iface, plugin_package, decided):
    from qgis.PyQt.QtWidgets import QDockWidget
    path, who = decided
    with started_plugin(plugin_package) as plugin:
        panel = plugin.open_validator_panel(str(path), user=VALIDATOR)
        assert panel is not None and len(panel.rows) == 21
        names = {a.objectName() for a in QgsGui.shortcutsManager().listActions()}
        assert "OcsgeValidatorPanelApprove" in names
    window = qgis_iface.mainWindow()
    names = {a.objectName() for a in QgsGui.shortcutsManager().listActions()}
    assert not any(n.startswith("OcsgeValidatorPanel") for n in names)
    assert [d for d in window.findChildren(QDockWidget) if d.objectName() == "OcsgeValidatorPanel"] == []
