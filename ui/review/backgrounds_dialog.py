"""The dialog where the interpreter chooses, once per project, the layers the background key cycles through."""
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QPushButton,
                                 QVBoxLayout)

from . import backgrounds as bg
from ..i18n import tr

LAYER_ID = Qt.ItemDataRole.UserRole


class BackgroundsDialog(QDialog):
    """Every raster layer of the project (files, WMS, WMTS, XYZ), the chosen ones first and ticked, in
    cycling order (drag to reorder); a button adds the Géoplateforme's orthophotos."""

    def __init__(self, project, parent=None, notify=None):
        super().__init__(parent)
        self.project, self.notify = project, notify
        self.setWindowTitle(tr("Fonds d'imagerie de la revue"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Cochez les fonds que la touche de fond fait défiler, dans cet ordre "
                                   "(glissez pour le changer).")))
        self.list = QListWidget()
        self.list.setDragDropMode(QListWidget.DragDropMode.InternalMove)
        layout.addWidget(self.list)
        self.add_button = QPushButton(tr("Ajouter les orthophotographies de la Géoplateforme (IGN)"))
        self.add_button.clicked.connect(self.add_geoplateforme)
        layout.addWidget(self.add_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.fill()

    def fill(self):
        self.list.clear()
        chosen = bg.backgrounds(self.project)
        others = [layer for layer in bg.candidates(self.project) if layer not in chosen]
        for layer in chosen + sorted(others, key=lambda layer: layer.name().lower()):
            item = QListWidgetItem(layer.name())
            item.setData(LAYER_ID, layer.id())
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if layer in chosen else Qt.CheckState.Unchecked)
            self.list.addItem(item)

    def add_geoplateforme(self):
        _, failures = bg.add_geoplateforme(self.project)
        for message in failures:
            if self.notify is not None:
                self.notify(message)
        self.fill()

    def chosen_ids(self):
        items = (self.list.item(row) for row in range(self.list.count()))
        return [item.data(LAYER_ID) for item in items if item.checkState() == Qt.CheckState.Checked]

    def accept(self):
        layers = [self.project.mapLayer(layer_id) for layer_id in self.chosen_ids()]
        bg.set_backgrounds(self.project, [layer for layer in layers if layer is not None])
        super().accept()
