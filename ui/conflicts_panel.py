"""The sync conflicts panel: base / mine / theirs side by side, on the map too, and their resolution.

A conflict is a validated edit the sync did not apply because its production
row changed since the item entered the campaign (ocsge_review/production/sync.py). The
panel lists the campaign's open conflicts; selecting one shows the three
versions' codes side by side (what differs in bold) and draws the three
polygons in a layer group « Conflits de synchronisation »: base dashed grey,
mine blue, theirs red. Three buttons resolve it: keep mine (applied now),
take theirs (nothing applied), send back to review (with a reason).
"""
from typing import List, Optional

from qgis.core import Qgis, QgsGeometry, QgsProject
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (QGridLayout, QHBoxLayout, QHeaderView, QInputDialog,
                                 QLabel, QLineEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
                                 QWidget)

from ocsge_review.ocsge import nomenclature as nom
from ocsge_review.production import sync
from ocsge_review.errors import OcsgeError

from . import docks
from .i18n import number, tr
from .layers import Comparison
from .logbridge import notify

# (key, fill, outline, dashed): drawn bottom to top
SIDES = (("base", QColor(0, 0, 0, 0), QColor(120, 120, 120), True),
         ("theirs", QColor(215, 48, 39, 60), QColor(215, 48, 39), False),
         ("mine", QColor(44, 123, 182, 60), QColor(44, 123, 182), False))


def side_label(key: str) -> str:
    return {"base": tr("Base (à l'entrée dans la campagne)"), "theirs": tr("La leur (production aujourd'hui)"),
            "mine": tr("La mienne (revue validée)")}[key]


class ConflictsPanel(QgsDockWidget):
    """Open conflicts of one campaign between a review store and the production database."""

    def __init__(self, iface, store, production, user: str, parent=None):
        super().__init__(tr("Conflits de synchronisation"), parent or iface.mainWindow())
        self.setObjectName("OcsgeConflictsPanel")
        self.iface, self.store, self.production, self.user = iface, store, production, user
        self.conflicts: List[sync.Conflict] = []
        self.comparison: Optional[Comparison] = None      # made once the production's SRID is known

        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.summary = QLabel(body)
        self.summary.setObjectName("conflictsSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.table = QTableWidget(0, 3, body)
        self.table.setObjectName("conflictsTable")
        self.table.setHorizontalHeaderLabels([tr("Élément"), tr("Ligne de production"), tr("Motif")])
        docks.row_list(self.table)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.setMinimumHeight(80)
        layout.addWidget(self.table, 1)

        grid = QGridLayout()
        self.cells = {}
        for col, (key, *_rest) in enumerate(SIDES, 1):
            head = QLabel(f"<b>{side_label(key)}</b>", body)
            head.setWordWrap(True)
            grid.addWidget(head, 0, col)
        for row, (field, label) in enumerate((("cs", tr("Couverture")), ("us", tr("Usage")),
                                              ("area", tr("Surface"))), 1):
            grid.addWidget(QLabel(label, body), row, 0)
            for col, (key, *_rest) in enumerate(SIDES, 1):
                cell = QLabel("—", body)
                cell.setObjectName(f"{key}_{field}")
                cell.setWordWrap(True)
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                grid.addWidget(cell, row, col)
                self.cells[(key, field)] = cell
        layout.addLayout(grid, 2)      # the three versions get the room they need before the list

        buttons = QHBoxLayout()
        self.keep_mine = QPushButton(tr("Garder la mienne"), body)
        self.keep_mine.setObjectName("keepMineButton")
        self.keep_mine.setToolTip(tr("Appliquer la version revue à la production, par-dessus la leur"))
        self.keep_mine.clicked.connect(lambda: self.resolve(sync.KEEP_MINE))
        self.take_theirs = QPushButton(tr("Prendre la leur"), body)
        self.take_theirs.setObjectName("takeTheirsButton")
        self.take_theirs.setToolTip(tr("Laisser la production telle quelle ; l'élément est clos"))
        self.take_theirs.clicked.connect(lambda: self.resolve(sync.TAKE_THEIRS))
        self.send_back = QPushButton(tr("Renvoyer en revue…"), body)
        self.send_back.setObjectName("sendBackButton")
        self.send_back.setToolTip(tr("Rendre l'élément à son photo-interprète, avec un motif"))
        self.send_back.clicked.connect(self._ask_send_back)
        for b in (self.keep_mine, self.take_theirs, self.send_back):
            buttons.addWidget(b)
        layout.addLayout(buttons)
        self.setWidget(body)
        self.refresh()

    # --- data ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the open conflicts from the production database."""
        try:
            self.conflicts = sync.open_conflicts(self.store, self.production)
        except OcsgeError as exc:
            self.conflicts = []
            notify(self.iface.messageBar(), str(exc), Qgis.MessageLevel.Critical)
        campaign = self.store.campaign()
        self.summary.setText(tr("Campagne « {0} » : {1} conflit(s) à résoudre.")
                             .format(campaign.name, len(self.conflicts)))
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.conflicts))
        for row, c in enumerate(self.conflicts):
            for col, text in enumerate((str(c.item_id), c.source_id, c.describe())):
                self.table.setItem(row, col, QTableWidgetItem(text))
        if self.conflicts:
            self.table.selectRow(0)             # signals still blocked: shown once, below
        self.table.blockSignals(False)
        if self.conflicts:
            self._selected()
        else:
            self._show(None)

    def current(self) -> Optional[sync.Conflict]:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.conflicts):
            return None
        return self.conflicts[rows[0].row()]

    def _selected(self) -> None:
        self._show(self.current())

    # --- showing one ---------------------------------------------------------------------
    def _codes(self, version) -> dict:
        if version is None:
            return {"cs": tr("(supprimée)"), "us": "", "area": ""}
        attrs = version.attributes or {}
        table = self.production.table
        cs, us = attrs.get(table.cs_column), attrs.get(table.us_column)
        geom = QgsGeometry()
        if version.wkb:
            geom.fromWkb(version.wkb)
        return {"cs": self._label(cs, nom.COUVERTURE), "us": self._label(us, nom.USAGE),
                "area": tr("{0} m²").format(number(geom.area())) if version.wkb else "—"}

    @staticmethod
    def _label(code, dimension) -> str:
        if code is None:
            return "—"
        try:
            leaf = nom.leaf(str(code), dimension)
            return f"{leaf} {nom.label(leaf, short=True)}"
        except OcsgeError:
            return str(code)

    def _show(self, conflict: Optional[sync.Conflict]) -> None:
        for b in (self.keep_mine, self.take_theirs, self.send_back):
            b.setEnabled(conflict is not None)
        sides = {} if conflict is None else {"base": conflict.base, "mine": self._outcome(conflict),
                                             "theirs": conflict.theirs}
        values = {key: self._codes(sides.get(key)) if conflict else {"cs": "—", "us": "—", "area": "—"}
                  for key, *_ in SIDES}
        if conflict is not None and sides["mine"] is not conflict.mine:
            values["mine"]["area"] += " " + tr("(géométrie de production gardée)")
        # In bold: what each side changed from the base.
        for field in ("cs", "us", "area"):
            for key, *_ in SIDES:
                text = values[key][field]
                changed = conflict is not None and key != "base" and field != "area" and text != values["base"][field]
                self.cells[(key, field)].setText(f"<b>{text}</b>" if changed else text)
        self._draw(sides)

    @staticmethod
    def _outcome(conflict):
        """What keeping mine gives, as the sync says (Conflict.geometry_changed): the review's codes, and
        its polygon only if the review changed it — otherwise production's current one stays."""
        mine, theirs = conflict.mine, conflict.theirs
        if conflict.geometry_changed is not False or theirs is None or not theirs.wkb:
            return mine
        return sync.Version(attributes=mine.attributes, wkb=theirs.wkb)

    def _draw(self, sides) -> None:
        if self.comparison is None:
            self.comparison = Comparison(QgsProject.instance(), tr("Conflits de synchronisation"),
                                         self.production.srid, [(key, side_label(key), fill, outline, dashed)
                                                                for key, fill, outline, dashed in SIDES],
                                         margin=0.25)
        self.comparison.show(self.iface.mapCanvas(),
                             {key: version.wkb for key, version in sides.items() if version is not None})

    @property
    def layers(self):
        return {} if self.comparison is None else self.comparison.layers

    # --- resolving -----------------------------------------------------------------------
    def _ask_send_back(self) -> None:
        reason, ok = QInputDialog.getText(self, tr("Renvoyer en revue"),
                                          tr("Motif (montré en premier au photo-interprète) :"),
                                          QLineEdit.EchoMode.Normal, tr("Conflit avec la production : "))
        if ok:
            self.resolve(sync.SEND_BACK, reason)

    def resolve(self, resolution: str, reason: Optional[str] = None) -> bool:
        """Resolve the selected conflict; True when done. Refusals are shown, nothing half-done."""
        conflict = self.current()
        if conflict is None:
            return False
        try:
            settled = sync.resolve_conflict(self.store, self.production, conflict.item_id, resolution, self.user,
                                            reason=reason, seen=conflict)
        except OcsgeError as exc:
            notify(self.iface.messageBar(), str(exc), Qgis.MessageLevel.Warning)
            self.refresh()      # e.g. the row changed again: show what it is now
            return False
        words = {sync.KEEP_MINE: tr("votre version appliquée"), sync.TAKE_THEIRS: tr("version de production gardée"),
                 sync.SEND_BACK: tr("renvoyé en revue")}[resolution]
        notify(self.iface.messageBar(), tr("Conflit de l'élément {0} résolu : {1} ({2} élément(s)).")
               .format(conflict.item_id, words, len(settled)), Qgis.MessageLevel.Success)
        self.refresh()
        return True

    def shutdown(self) -> None:
        """Take the panel's layers (and their group, once empty) out of the project."""
        if self.comparison is not None:
            self.comparison.remove()

    def closeEvent(self, event):  # noqa: N802 (Qt API)
        self.shutdown()
        super().closeEvent(event)
