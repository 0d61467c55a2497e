"""Second-opinion disagreements in the validator's panel: listed apart from the decided items, the polygon
shown, settled by a validator who gave neither opinion (ui/review/disputes.py)."""
import importlib
import random

import pytest
from qgis.core import Qgis
from qgis.gui import QgsGui  # noqa: F401 (QGIS's GUI loaded before the dock)
from qgis.PyQt.QtWidgets import QApplication

from conftest import PLUGIN_PACKAGE, docked, make_campaign, wait_until

VALIDATOR = "validatrice"


def _decide_as_proposed(s, n):
    """``n`` queue items decided by ana with the model's pair (the blind audit items passed over)."""
    from ocsge_review.store import Decision
    decided = 0
    while decided < n:
        item = s.claim_next("ana")
        if item.blind:
            s.release(item.id, "ana")
            continue
        s.decide(Decision(item.id, "ana", None, item.code_cs, item.code_us))
        decided += 1


@pytest.fixture()
def disputed(demo_1000, tmp_path):
    """Four queue items decided by ana, all drawn for a second opinion; bob agrees on the first two and
    disagrees on the others (another couverture); the validator herself decided nothing."""
    from ocsge_review.store import lifecycle as lc
    from ocsge_review.campaigns.second_opinion import draw
    from ocsge_review.store import open_store
    path = make_campaign(demo_1000 / "model_output.gpkg", tmp_path / "review.gpkg")
    with open_store(str(path)) as s:
        _decide_as_proposed(s, 4)
        assert draw(s, 0.001, 1, VALIDATOR).drawn == 4
        answers = []
        for k in range(4):
            item = s.claim_opinion("bob")
            cs = s.item(item.id).code_cs if k < 2 else ("CS2.1.2" if s.item(item.id).code_cs != "CS2.1.2"
                                                             else "CS2.2.1")
            answers.append(s.answer_opinion(item.id, "bob", cs, s.item(item.id).code_us))
        assert answers == [lc.AGREED, lc.AGREED, lc.DISPUTED, lc.DISPUTED]
    return path


@pytest.fixture()
def store(disputed):
    from ocsge_review.store import open_store
    s = open_store(str(disputed))
    yield s
    s.close()


def _panel(qgis_iface, store, user):
    module = importlib.import_module(PLUGIN_PACKAGE + ".ui.review.validator_panel")
    return docked(lambda window: module.ValidatorPanel(store, qgis_iface, user=user, parent=window,
                                                       rng=random.Random(7)), 1200, 900)


def test_the_validator_sees_the_disagreements_and_settles_them(qgis_iface, qgis_canvas, qgis_app, plugin_package,
                                                                 store, messages, tmp_path):
    from ocsge_review.store import lifecycle as lc
    disputed = [o.item_id for o in store.opinions(lc.DISPUTED)]
    with _panel(qgis_iface, store, VALIDATOR) as panel:
        assert wait_until(lambda: panel.isVisible(), 5)
        box = panel.disputes
        assert box.isVisible() and box.table.rowCount() == 2 and "(2)" in box.title()
        assert [int(box.table.item(k, 0).text()) for k in range(2)] == disputed
        first = store.opinions(lc.DISPUTED)[0]
        assert box.table.item(0, 1).text() == f"{first.first_cs} / {first.first_us} (ana)"
        assert box.table.item(0, 2).text() == f"{first.code_cs} / {first.code_us} (bob)"
        assert not box.firstButton.isEnabled()              # nothing selected yet
        box.table.selectRow(0)
        QApplication.processEvents()
        assert box.firstButton.isEnabled() and box.secondButton.isEnabled()
        assert panel.layers["after"].featureCount() == 1     # the item's polygon on the map
        assert panel.grab().save(str(tmp_path / "validator_disputes.png"))
        box.secondButton.click()
        QApplication.processEvents()
        settled = store.opinions(lc.SETTLED)
        assert [(o.item_id, o.settled_by, o.verdict_cs) for o in settled] == [(first.item_id, VALIDATOR,
                                                                               first.code_cs)]
        assert box.table.rowCount() == 1 and "(1)" in box.title()
        box.table.selectRow(0)
        box.firstButton.click()
        QApplication.processEvents()
        assert not store.opinions(lc.DISPUTED) and not box.isVisible()
        assert not any(messages.messages.values())


def test_who_gave_an_opinion_cannot_settle_it(qgis_iface, qgis_canvas, qgis_app, plugin_package, store, messages):
    from ocsge_review.store import lifecycle as lc
    with _panel(qgis_iface, store, "bob") as panel:
        box = panel.disputes
        box.table.selectRow(0)
        QApplication.processEvents()
        assert not box.firstButton.isEnabled() and not box.secondButton.isEnabled()
        assert not box.settle(True)            # the store refuses it too, said in the message bar
        assert "un autre validateur" in " ".join(m for ms in messages.messages.values() for m in ms)
        assert len(store.opinions(lc.DISPUTED)) == 2


@pytest.fixture()
def drawn(demo_1000, tmp_path):
    """Three queue items decided by ana, all drawn for a second opinion, none answered yet."""
    from ocsge_review.campaigns.second_opinion import draw
    from ocsge_review.store import open_store
    path = make_campaign(demo_1000 / "model_output.gpkg", tmp_path / "drawn.gpkg")
    with open_store(str(path)) as s:
        _decide_as_proposed(s, 3)
        draw(s, 0.001, 1, VALIDATOR)
    return path


def test_the_second_opinion_panel_serves_blind_and_records(qgis_iface, qgis_canvas, qgis_app, plugin_package,
                                                           drawn, messages):
    from ocsge_review.store import lifecycle as lc
    from ocsge_review.store import open_store
    module = importlib.import_module(PLUGIN_PACKAGE + ".ui.review.second_opinion_panel")
    with open_store(str(drawn)) as store:
        with docked(lambda window: module.SecondOpinionPanel(store, qgis_iface, user="ana", parent=window)) as mine:
            assert mine.item is None and "Aucun second avis" in mine.itemLabel.text()   # all hers
        with docked(lambda window: module.SecondOpinionPanel(store, qgis_iface, user="bob", parent=window)) as panel:
            first = panel.item
            assert first is not None and first.blind and first.code_cs is None and not first.proposals_cs
            assert str(first.id) in panel.itemLabel.text()
            assert panel.comparison.layers["item"].featureCount() == 1
            assert not panel.answerButton.isEnabled()           # nothing chosen yet
            model = store.item(first.id)
            panel.csCombo.setCurrentIndex(panel.csCombo.findData(model.code_cs))
            panel.usCombo.setCurrentIndex(panel.usCombo.findData(model.code_us))
            assert panel.answerButton.isEnabled()
            panel.answerButton.click()
            QApplication.processEvents()
            assert [o.state for o in store.opinions() if o.item_id == first.id] == [lc.AGREED]
            second = panel.item
            assert second is not None and second.id != first.id
            panel.skipButton.click()                             # passed: not served to bob again
            assert panel.item is not None and panel.item.id not in (first.id, second.id)
            assert not messages.messages[Qgis.MessageLevel.Warning]
