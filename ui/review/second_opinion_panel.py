"""The second-opinion dock: a drawn item served blind (no model proposal, no first decision), classed, recorded.

The items come from a second-opinion draw (``campaign second-opinion``); the store never serves one to
the person who decided it. The answer is compared with the delivered decision by the store: equal, it
confirms it; otherwise the disagreement waits in the validator's panel. See docs/indicators.md.
"""
from typing import Optional

from qgis.core import Qgis, QgsProject
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ocsge_review.store import lifecycle as lc
from ocsge_review.ocsge import nomenclature as nom
from ocsge_review.errors import OcsgeError

from ..i18n import number, tr
from ..layers import Comparison
from ..logbridge import notify
from .review_panel import reviewer_name


def _codes(combo: QComboBox, leaves) -> None:
    combo.addItem(tr("— choisir —"), None)
    for code in leaves:
        combo.addItem(f"{code} {nom.label(code, short=True)}", code)


class SecondOpinionPanel(QgsDockWidget):
    """« Seconds avis » for ``user`` on ``store``: the next drawn item, its polygon, a couverture and an usage."""

    def __init__(self, store, iface, user: Optional[str] = None, project: Optional[QgsProject] = None,
                 parent=None, margin: float = 0.5):
        super().__init__(tr("Seconds avis OCS GE"), parent)
        self.setObjectName("OcsgeSecondOpinionPanel")
        self.store, self.iface = store, iface
        self.user = user or reviewer_name(store)
        self.project = project or QgsProject.instance()
        self.campaign = store.campaign()
        self.item = None
        self.comparison = Comparison(self.project, tr("Seconds avis"), self.campaign.epsg, (
            ("item", tr("Second avis — élément"), None, QColor(0, 110, 220), False),),    # the imagery shows
            margin=margin)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.itemLabel = QLabel(body)
        self.itemLabel.setObjectName("opinionItemLabel")
        self.itemLabel.setWordWrap(True)
        layout.addWidget(self.itemLabel)
        form = QFormLayout()
        self.csCombo, self.usCombo = QComboBox(body), QComboBox(body)
        self.csCombo.setObjectName("opinionCsCombo")
        self.usCombo.setObjectName("opinionUsCombo")
        _codes(self.csCombo, nom.CS_LEAVES)
        _codes(self.usCombo, nom.US_LEAVES)
        form.addRow(tr("Couverture"), self.csCombo)
        form.addRow(tr("Usage"), self.usCombo)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.answerButton = QPushButton(tr("Enregistrer l'avis"), body)
        self.skipButton = QPushButton(tr("Passer"), body)
        for button in (self.answerButton, self.skipButton):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.setWidget(body)
        self.answerButton.clicked.connect(self.answer)
        self.skipButton.clicked.connect(self.skip)
        for combo in (self.csCombo, self.usCombo):
            combo.currentIndexChanged.connect(self._allow)
        self.next_item()

    def _allow(self, *_):
        self.answerButton.setEnabled(self.item is not None and self.csCombo.currentData() is not None
                                     and self.usCombo.currentData() is not None)

    def next_item(self) -> None:
        """Claim the next second opinion for this user and show it blind, or say there is none."""
        try:
            self.item = self.store.claim_opinion(self.user)
        except OcsgeError as exc:
            self._say(str(exc), Qgis.MessageLevel.Warning)
            self.item = None
        for combo in (self.csCombo, self.usCombo):
            combo.setCurrentIndex(0)
        if self.item is None:
            self.itemLabel.setText(tr("Aucun second avis à donner pour vous."))
            self.comparison.show(self.iface.mapCanvas(), {})
        else:
            self.itemLabel.setText(
                tr("Élément {id} — {area} m² — à classer sans la proposition du modèle ni la première décision")
                .format(id=self.item.id, area=number(self.item.area_m2)))
            self.comparison.show(self.iface.mapCanvas(), {"item": self.item.wkb})
        self.skipButton.setEnabled(self.item is not None)
        self._allow()

    def answer(self) -> bool:
        """Record the chosen pair as this user's second opinion; then the next item."""
        if self.item is None or self.csCombo.currentData() is None or self.usCombo.currentData() is None:
            return False
        try:
            state = self.store.answer_opinion(self.item.id, self.user, self.csCombo.currentData(),
                                              self.usCombo.currentData())
        except OcsgeError as exc:
            self._say(str(exc), Qgis.MessageLevel.Warning)
            return False
        self._say(tr("Second avis sur l'élément {id} : {state}.").format(id=self.item.id,
                                                                        state=lc.state_words(state)),
                  Qgis.MessageLevel.Info)
        self.next_item()
        return True

    def skip(self) -> None:
        """Give the item back to the draw (someone else will take it); then the next one."""
        if self.item is None:
            return
        try:
            self.store.release_opinion(self.item.id, self.user)
        except OcsgeError as exc:
            self._say(str(exc), Qgis.MessageLevel.Warning)
        self.next_item()

    def _say(self, message: str, level) -> None:
        notify(self.iface.messageBar(), message, level, 5)

    def shutdown(self):
        """Remove the item's layer; a claimed item is left to expire (or to be taken again by this user)."""
        self.comparison.remove()
