"""Dialog « Charger une sortie du modèle »: source, field mapping, raster, output."""
import os
import re
from typing import Optional

from qgis.core import QgsProject, QgsVectorLayer
from qgis.gui import QgsFileWidget
from qgis.PyQt import uic
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QComboBox, QDialogButtonBox, QFileDialog, QHeaderView, QTableWidgetItem

from ocsge_review.model import model_output
from ocsge_review.errors import OcsgeError

from . import qgis_enums
from .i18n import tr
from .layers import source_for_layer
from .logbridge import redact
from .tasks import ConfidenceJob

UI_PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "resources", "load_dialog.ui")
FORM_CLASS, BASE_CLASS = uic.loadUiType(UI_PATH)
ROLE = Qt.ItemDataRole.UserRole
PREFERRED_LAYERS = ("prediction", "occupation_sol")


def role_label(role: str) -> str:
    """The name of a mapping role as a photo-interpreter reads it."""
    fixed = {
        "id": tr("Identifiant"),
        "cs": tr("Code de couverture (CS)"),
        "us": tr("Code d'usage (US)"),
        "conf_cs": tr("Confiance de la couverture"),
        "conf_us": tr("Confiance de l'usage"),
    }
    if role in fixed:
        return fixed[role]
    if role.startswith("prob_"):
        return tr("Probabilité de {code}").format(code=role.split(":", 1)[1])
    hit = re.match(r"^(cs|us)_(top|p)(\d+)$", role)
    if hit is None:
        return role
    dim, what, rank = hit.group(1).upper(), hit.group(2), hit.group(3)
    if what == "top":
        return tr("{dim} : classe n° {rank}").format(dim=dim, rank=rank)
    return tr("{dim} : probabilité n° {rank}").format(dim=dim, rank=rank)


class LoadDialog(BASE_CLASS, FORM_CLASS):
    """Picks a model output and shows how its fields will be read, for the user to fix."""

    def __init__(self, parent=None, project: Optional[QgsProject] = None):
        super().__init__(parent)
        self.setupUi(self)
        self.project = project or QgsProject.instance()
        self.info = None
        self.source: Optional[str] = None

        self.sourceFile.setStorageMode(QgsFileWidget.StorageMode.GetFile)
        self.sourceFile.setFilter(tr("Sorties du modèle (*.gpkg *.shp *.fgb);;Tous les fichiers (*)"))
        self.outputFile.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.outputFile.setFilter(tr("GeoPackage (*.gpkg)"))
        self.projectLayer.setFilters(qgis_enums.POLYGON_LAYERS)
        self.projectLayer.setAllowEmptyLayer(True)
        self.projectLayer.setLayer(None)
        self.mappingTable.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)

        self.sourceFile.fileChanged.connect(self._file_changed)
        self.projectLayer.layerChanged.connect(self._project_layer_changed)
        self.fileRadio.toggled.connect(self._mode_changed)
        self.layerName.currentIndexChanged.connect(self._layer_name_changed)
        self.rasterFileButton.clicked.connect(self._pick_raster_file)
        self.rasterDirButton.clicked.connect(self._pick_raster_dir)
        self.outputFile.fileChanged.connect(self._update_ok)
        self.buttonBox.accepted.connect(self.accept)
        self.buttonBox.rejected.connect(self.reject)
        self._mode_changed()

    # -- source ---------------------------------------------------------------
    def _mode_changed(self, *_):
        from_file = self.fileRadio.isChecked()
        self.sourceFile.setEnabled(from_file)
        self.projectLayer.setEnabled(not from_file)
        if from_file:
            self._file_changed(self.sourceFile.filePath())
        else:
            self._project_layer_changed(self.projectLayer.currentLayer())

    def _file_changed(self, path: str):
        self._clear()
        if not path:
            return
        try:
            names = model_output.list_layers(path)
        except OcsgeError as exc:
            self._show_error(str(exc))
            return
        self.source = path
        preferred = [n for n in names if n.lower() in PREFERRED_LAYERS]
        self.layerName.blockSignals(True)
        self.layerName.addItems(names)
        self.layerName.setCurrentIndex(names.index(preferred[0]) if preferred else 0)
        self.layerName.setEnabled(len(names) > 1)
        self.layerName.blockSignals(False)
        if not self.outputFile.filePath():
            stem = os.path.splitext(os.path.basename(path.rstrip("/")))[0]
            self.outputFile.setFilePath(os.path.join(os.path.dirname(path), f"{stem}_confiance.gpkg"))
        self._inspect()

    def _project_layer_changed(self, layer):
        if self.fileRadio.isChecked():
            return
        self._clear()
        if not isinstance(layer, QgsVectorLayer):
            return
        try:
            self.source, name = source_for_layer(layer)
        except OcsgeError as exc:
            self._show_error(str(exc))
            return
        self.layerName.blockSignals(True)
        self.layerName.addItem(name or layer.name())
        self.layerName.setEnabled(False)
        self.layerName.blockSignals(False)
        if not self.outputFile.filePath():
            self.outputFile.setFilePath(os.path.join(os.path.expanduser("~"), f"{layer.name()}_confiance.gpkg"))
        self._inspect(name)

    def _layer_name_changed(self, *_):
        if self.source and self.fileRadio.isChecked():
            self._inspect()

    def _inspect(self, layer: Optional[str] = None):
        if layer is None and self.fileRadio.isChecked():
            layer = self.layerName.currentText() or None
        try:
            self.info = model_output.inspect(self.source, layer)
        except OcsgeError as exc:
            self._show_error(str(exc))
            return
        self.infoLabel.setStyleSheet("")
        self.infoLabel.setText(tr("{count} entités, géométrie {geometry}, {fields} champs.").format(
            count=self.info.count, geometry=self.info.geometry_type, fields=len(self.info.fields)))
        self._fill_mapping()
        self._update_ok()

    def _clear(self):
        self.info = None
        self.source = None
        self.layerName.blockSignals(True)
        self.layerName.clear()
        self.layerName.blockSignals(False)
        self.mappingTable.setRowCount(0)
        self.infoLabel.setText("")
        self._update_ok()

    def _show_error(self, message: str):
        self.info = None
        self.infoLabel.setStyleSheet("color: #b00020;")
        self.infoLabel.setText(redact(message))
        self._update_ok()

    # -- mapping --------------------------------------------------------------
    def _fill_mapping(self):
        roles = self.info.mapping.roles()
        self.mappingTable.setRowCount(len(roles))
        for row, (role, field) in enumerate(roles):
            item = QTableWidgetItem(role_label(role))
            item.setData(ROLE, role)
            item.setToolTip(role)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.mappingTable.setItem(row, 0, item)
            combo = QComboBox()
            combo.addItem(tr("(aucun)"), "")
            for name in self.info.fields:
                combo.addItem(name, name)
            combo.setCurrentIndex(max(0, combo.findData(field or "")))
            self.mappingTable.setCellWidget(row, 1, combo)
        self.mappingTable.resizeColumnToContents(0)

    def set_role_field(self, role: str, field: Optional[str]) -> None:
        """Choose the field of one role, as a user does in the table."""
        for row in range(self.mappingTable.rowCount()):
            if self.mappingTable.item(row, 0).data(ROLE) == role:
                combo = self.mappingTable.cellWidget(row, 1)
                combo.setCurrentIndex(combo.findData(field or ""))
                return
        raise KeyError(role)

    def mapping(self):
        """The detected mapping with the user's choices applied."""
        overrides = {}
        for row in range(self.mappingTable.rowCount()):
            role = self.mappingTable.item(row, 0).data(ROLE)
            overrides[role] = self.mappingTable.cellWidget(row, 1).currentData() or ""
        return self.info.mapping.with_overrides(overrides)

    # -- raster and output ----------------------------------------------------
    def _pick_raster_file(self):
        path, _ = QFileDialog.getOpenFileName(self, tr("Raster de probabilités"), self.rasterPath.text(),
                                              tr("Rasters (*.tif *.tiff *.vrt);;Tous les fichiers (*)"))
        if path:
            self.rasterPath.setText(path)

    def _pick_raster_dir(self):
        path = QFileDialog.getExistingDirectory(self, tr("Dossier de dalles de probabilités"), self.rasterPath.text())
        if path:
            self.rasterPath.setText(path)

    def output_path(self) -> str:
        path = self.outputFile.filePath().strip()
        if path and not path.lower().endswith(".gpkg"):
            path += ".gpkg"
        return path

    def _update_ok(self, *_):
        ok = self.info is not None and bool(self.output_path())
        self.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def job(self) -> ConfidenceJob:
        """What to compute, once the dialog is accepted."""
        layer = self.info.layer if self.info is not None else None
        label = self.layerName.currentText() if self.fileRadio.isChecked() else self.projectLayer.currentText()
        return ConfidenceJob(source=self.source, out=self.output_path(), layer=layer,
                             raster=self.rasterPath.text().strip() or None, mapping=self.mapping(),
                             label=label or os.path.basename(self.output_path()))
