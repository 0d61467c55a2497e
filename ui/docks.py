"""Dock bodies that fit a small screen (what does not fit scrolls, instead of growing QGIS's window past it), and
the lists of rows the docks share."""
from qgis.PyQt.QtCore import QEvent, QObject, Qt, pyqtSlot
from qgis.PyQt.QtWidgets import (QAbstractItemView, QAbstractSpinBox, QApplication, QComboBox, QFrame, QScrollArea,
                                 QWidget)

# A dock keeps to a third of a 1366 px screen: a combo box shows this many characters (« CS2.1.1.1 Peuplement »),
# its list the whole texts.
COMBO_CHARACTERS = 18


class _DockScroll(QScrollArea):
    """A dock's scroll area that keeps the keyboard's widget in view, and whose wheel scrolls the dock, never
    the value of a list or a number the pointer happens to cross on its way (a class filter, a picker)."""

    # How far past the focused widget the area scrolls, so its neighbours' edges show too.
    MARGIN = 12

    def __init__(self, parent=None):
        super().__init__(parent)
        QApplication.instance().focusChanged.connect(self._follow)

    def guard(self, body: QWidget) -> None:
        """Unfocused lists and numbers of ``body`` leave the wheel to the dock."""
        for widget in body.findChildren(QComboBox) + body.findChildren(QAbstractSpinBox):
            if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:    # the wheel gives no focus either
                widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() - event.angleDelta().y() * QApplication.wheelScrollLines() * bar.singleStep()
                         // 120)
            return True
        return super().eventFilter(watched, event)

    # A Qt slot: the connection to the application's signal ends with this area.
    @pyqtSlot("QWidget*", "QWidget*")
    def _follow(self, _old, new) -> None:
        # Not the body or a list: panels give them the keyboard to route their keys, not to be looked at (a
        # validator's blind answer, just chosen, would scroll out of sight).
        body = self.widget()
        if new is not None and body is not None and new is not body and body.isAncestorOf(new) \
                and not isinstance(new, QAbstractItemView):
            self.ensureWidgetVisible(new, self.MARGIN, self.MARGIN)


def scrolling(body: QWidget) -> QScrollArea:
    """``body`` in a frameless scroll area that follows the dock's size: the dock's minimum height is the
    area's, a few lines. Tab, a key or a panel moving the keyboard to a widget below the fold scrolls it
    into view; the wheel over an unfocused list or number scrolls the dock."""
    area = _DockScroll(body.parentWidget())
    area.setObjectName(body.objectName() + "Scroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(body)
    area.guard(body)
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
