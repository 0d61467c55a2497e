"""Dock bodies that fit a small screen (what does not fit scrolls, instead of growing QGIS's window past it), and
the lists of rows the docks share."""
from qgis.PyQt.QtWidgets import QAbstractItemView, QComboBox, QFrame, QScrollArea, QWidget

# A dock keeps to a third of a 1366 px screen: a combo box shows this many characters (« CS2.1.1.1 Peuplement »),
# its list the whole texts.
COMBO_CHARACTERS = 18


def scrolling(body: QWidget) -> QScrollArea:
    """``body`` in a frameless scroll area that follows the dock's size: the dock's minimum height is the
    area's, a few lines."""
    area = QScrollArea(body.parentWidget())
    area.setObjectName(body.objectName() + "Scroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(body)
    # As wide as the body: it scrolls up and down, never sideways.
    area.setMinimumWidth(body.minimumSizeHint().width() + area.verticalScrollBar().sizeHint().width())
    return area


def narrow(*combos: QComboBox, characters: int = COMBO_CHARACTERS) -> None:
    """Combo boxes as wide as ``characters``, not as their longest entry."""
    for combo in combos:
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(characters)


def row_list(table: QAbstractItemView) -> None:
    """``table`` read a row at a time: one whole row selected, nothing edited in place, no row numbers."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
