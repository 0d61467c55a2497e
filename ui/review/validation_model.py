"""The validator's list as a Qt model: cells computed when drawn, so tens of thousands of items stay instant."""
import math
from typing import Dict, Iterable, List, Optional

from qgis.PyQt.QtCore import QAbstractTableModel, QModelIndex, Qt
from qgis.PyQt.QtGui import QBrush, QColor

from ocsge_review.store import lifecycle as lc

from ..i18n import number, qlocale, tr
from .review_panel import flag_texts

ROLE = Qt.ItemDataRole.UserRole
APPROVED, REJECTED = "approved", "rejected"
DONE_COLOUR = QColor(130, 130, 130)
SAMPLE_COLOUR = QColor(255, 236, 179)


def action_texts() -> Dict[str, str]:
    return {lc.CONFIRM: tr("confirmé"), lc.CORRECT: tr("corrigé"), lc.FLAG: tr("signalé"),
            lc.SPLIT: tr("découpé"), lc.MERGE: tr("fusionné"), lc.RESHAPE: tr("remodelé")}


def confidence(row) -> float:
    """The model's confidence in its pair: the lower of couverture's and usage's (NaN when unknown)."""
    known = [v for v in (row.conf_cs, row.conf_us) if not math.isnan(v)]
    return min(known) if known else math.nan


def _when(iso: str) -> str:
    """« 21/09 14:13 » from the store's ISO time (UTC): the list's column stays narrow."""
    if len(iso) < 16:
        return iso
    return f"{iso[8:10]}/{iso[5:7]} {iso[11:16]}"


class ValidationModel(QAbstractTableModel):
    """The filtered decided items, one per row; ``done`` and the spot-check colour them.

    A sampled item still to check, not yet answered blind (not in ``answered``),
    shows neither pair nor action: « à l'aveugle » in their columns.

    A QTableWidget made one item object per cell (eight per row) on every filter
    change: two seconds for 40 000 items. Here a cell's text is computed only when
    the view draws it, and changing the filter is one reset.
    """

    def __init__(self, user: str, done: Dict[int, str], answered: Dict[int, tuple], parent=None):
        super().__init__(parent)
        self.user = user
        self.done = done                    # the panel's dict, item id → approved / rejected
        self.answered = answered            # the panel's dict, item id → the validator's blind (cs, us)
        self.rows: List = []
        self.sample: frozenset = frozenset()
        self._position: Dict[int, int] = {}
        self._actions = action_texts()
        self._flags = {kind: text.lower() for kind, text in flag_texts().items()}
        self._locale = qlocale()            # read once: not a QLocale and a settings read per drawn cell
        self._states = {APPROVED: tr("approuvé"), REJECTED: tr("rejeté")}
        self._own = tr("Votre propre décision : un autre validateur doit la valider.")
        self._blind = tr("à l'aveugle")
        self._headers = [tr("Élément"), tr("Photo-interprète"), tr("Action"), tr("Modèle"), tr("Décision"),
                         tr("Confiance"), tr("Décidé le"), tr("Validation")]

    # -- what the panel changes --------------------------------------------------------
    def set_rows(self, rows: List) -> None:
        self.beginResetModel()
        self.rows = rows
        self.sample = frozenset()
        self._position = {row.item_id: n for n, row in enumerate(rows)}
        self.endResetModel()

    def set_sample(self, sample: Optional[Iterable[int]]) -> None:
        self.sample = frozenset(sample or ())
        self._all_changed()

    def refresh(self, item_ids: Iterable[int]) -> None:
        """Redraw these items' rows after a validation."""
        for item_id in item_ids:
            n = self._position.get(item_id)
            if n is not None:
                self.dataChanged.emit(self.index(n, 0), self.index(n, len(self._headers) - 1))

    def row_of(self, item_id: int) -> Optional[int]:
        return self._position.get(item_id)

    def blind(self, item_id: int) -> bool:
        """A sampled item still to check whose pairs stay hidden until the validator answers."""
        return item_id in self.sample and item_id not in self.done and item_id not in self.answered

    def _all_changed(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self._headers) - 1))

    # -- QAbstractTableModel -------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == ROLE:
            return row.item_id
        if role == Qt.ItemDataRole.ForegroundRole and row.item_id in self.done:
            return QBrush(DONE_COLOUR)
        if (role == Qt.ItemDataRole.BackgroundRole and row.item_id not in self.done
                and row.item_id in self.sample):
            return QBrush(SAMPLE_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole and row.decided_by == self.user:
            return self._own
        return None

    def _text(self, row, column: int) -> str:
        if column == 0:
            return str(row.item_id)
        if column == 1:
            return row.decided_by
        if 2 <= column <= 4 and self.blind(row.item_id):
            return self._blind
        if column == 2:
            text = self._actions.get(row.action, row.action)
            if row.flag and row.action == lc.FLAG:
                return f"{text} ({self._flags.get(row.flag, row.flag)})"
            return text
        if column == 3:
            return f"{row.model_cs or '—'} / {row.model_us or '—'}"
        if column == 4:
            return f"{row.code_cs} / {row.code_us}"
        if column == 5:
            conf = confidence(row)
            return "—" if math.isnan(conf) else f"{number(conf * 100, locale=self._locale)} %"
        if column == 6:
            return _when(row.decided_at)
        return self._states.get(self.done.get(row.item_id), "")
