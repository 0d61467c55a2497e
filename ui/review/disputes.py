"""The validator's list of second-opinion disagreements: the decision against the blind second opinion, settled.

A second opinion (ocsge_review/store/opinions.py) that differs from the delivered decision waits here
for a validator who gave neither: keeping one of the two pairs makes it the reference class of the
item for the delivered product's accuracy (docs/indicators.md). The box sits in the validator's
panel, apart from its list of decided items, and shows the selected item's polygon through the
``show`` callback the panel gives.
"""
from typing import Callable, List, Optional

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (QGroupBox, QHBoxLayout, QHeaderView, QPushButton, QTableWidget,
                                 QTableWidgetItem, QVBoxLayout)

from ocsge_review.store import lifecycle as lc
from ocsge_review.errors import OcsgeError

from .. import docks
from ..i18n import tr


class DisputesBox(QGroupBox):
    """« Désaccords de second avis »: each disputed item, its two opinions, and the two verdicts."""

    def __init__(self, store, user: str, parent, *, warn: Callable[[str], None],
                 show: Callable[[Optional[int]], None]):
        super().__init__(parent)
        self.setObjectName("disputesBox")
        self.store, self.user, self.warn, self.show_item = store, user, warn, show
        self.rows: List = []
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("disputesTable")
        self.table.setHorizontalHeaderLabels([tr("Élément"), tr("Décision"), tr("Second avis")])
        docks.row_list(self.table)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(140)
        self.table.itemSelectionChanged.connect(self._selected)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.firstButton = QPushButton(tr("La décision est juste"), self)
        self.firstButton.setObjectName("keepDecisionButton")
        self.secondButton = QPushButton(tr("Le second avis est juste"), self)
        self.secondButton.setObjectName("keepSecondButton")
        for button, first in ((self.firstButton, True), (self.secondButton, False)):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, first=first: self.settle(first))
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        """Read the disputed second opinions again; the box hides itself when there is none."""
        try:
            self.rows = self.store.opinions(lc.DISPUTED)
        except OcsgeError as exc:
            self.warn(str(exc))
            self.rows = []
        self.setTitle(tr("Désaccords de second avis à trancher ({n})").format(n=len(self.rows)))
        self.table.setRowCount(len(self.rows))
        for k, o in enumerate(self.rows):
            cells = (str(o.item_id), f"{o.first_cs} / {o.first_us} ({o.first_by})",
                     f"{o.code_cs} / {o.code_us} ({o.answered_by})")
            for column, text in enumerate(cells):
                self.table.setItem(k, column, QTableWidgetItem(text))
        self.setVisible(bool(self.rows))
        self._selected()

    def current(self):
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _selected(self) -> None:
        o = self.current()
        # Who gave one of the two opinions does not settle: the store would refuse it.
        allowed = o is not None and self.user not in (o.first_by, o.answered_by)
        for button in (self.firstButton, self.secondButton):
            button.setEnabled(allowed)
        self.show_item(None if o is None else o.item_id)

    def settle(self, first: bool) -> bool:
        """The selected disagreement settled: the decision's pair (``first``) or the second opinion's."""
        o = self.current()
        if o is None:
            return False
        pair = (o.first_cs, o.first_us) if first else (o.code_cs, o.code_us)
        try:
            self.store.settle_opinion(o.item_id, self.user, *pair)
        except OcsgeError as exc:
            self.warn(str(exc))
            return False
        self.reload()
        return True
