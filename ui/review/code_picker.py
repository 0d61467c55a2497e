"""The searchable class picker of one dimension (CS or US): the whole nomenclature, by code or words."""
from typing import Optional

from qgis.PyQt.QtCore import QEvent, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QComboBox, QCompleter

from ocsge_review.ocsge import nomenclature as nom

from ..i18n import tr


def code_text(code: str) -> str:
    return f"{code} — {nom.label(code, short=True)}"


class CodePicker(QComboBox):
    """The whole nomenclature of one dimension, searchable by code or words.

    What its field shows is always the class it holds: a search ends on a class
    (Entrée or Tab on an entry of the list, a click, or a search that only one class
    matches), else the field shows the class kept again.
    """
    chosen = pyqtSignal()       # a search ended, on a class or not: the keyboard goes back to the panel

    def __init__(self, codes, parent=None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for code in codes:
            self.addItem(code_text(code), code)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        completer.activated.connect(self._completed)
        self.lineEdit().setPlaceholderText(tr("R : chercher un code ou des mots"))
        # The combo box has the focus and hands keys to its field without event filters: both watched.
        self.installEventFilter(self)
        self.lineEdit().installEventFilter(self)
        completer.popup().installEventFilter(self)

    def code(self) -> Optional[str]:
        return self.currentData()

    def set_code(self, code: Optional[str]) -> None:
        self.setCurrentIndex(self.findData(code) if code else -1)

    def search(self):
        """The field ready for typing a search."""
        self.lineEdit().setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.lineEdit().selectAll()

    def _completed(self, text: str):
        self._choose(self.findText(text))

    def _choose(self, row: int):
        if row >= 0:
            self.setCurrentIndex(row)
        self.show_kept()
        self.chosen.emit()

    def kept_text(self) -> str:
        """The text of the class held (an editable combo box's currentText() is its field's)."""
        return self.itemText(self.currentIndex()) if self.currentIndex() >= 0 else ""

    def show_kept(self):
        if self.lineEdit().text() != self.kept_text():
            self.lineEdit().setText(self.kept_text())
        # From its start: a picker narrower than « US235 — Prod. secondaire, tertiaire et résidentiel » showed
        # the end of it, the code cut off.
        self.lineEdit().setCursorPosition(0)

    def _end_search(self):
        """Entrée or Tab in the field, its list closed: the class written out, or the only one the
        search matches; else the class kept."""
        text = self.lineEdit().text()
        row = self.findText(text)
        if row < 0 and text.strip():
            completer = self.completer()
            completer.setCompletionPrefix(text)
            if completer.completionCount() == 1:
                row = self.findText(completer.currentCompletion())
        self._choose(row)

    def eventFilter(self, watched, event):
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()      # every key typed into the search is the search's, never a panel's action
            return True
        field = watched is self or watched is self.lineEdit()
        if field and kind == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                self._end_search()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self._choose(-1)
                return True
        if watched is self.completer().popup() and kind == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            index = self.completer().popup().currentIndex()
            self.completer().popup().hide()
            self._choose(self.findText(index.data()) if index.isValid() else -1)
            return True
        if field and kind == QEvent.Type.FocusOut \
                and event.reason() != Qt.FocusReason.PopupFocusReason:
            self.show_kept()
        return False
