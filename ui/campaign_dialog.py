"""Dialog « Nouvelle campagne de revue »: model, territory, policy, preview, then the store."""
import dataclasses
import os
from dataclasses import dataclass
from typing import Callable, Optional

from qgis.core import (Qgis, QgsApplication, QgsCoordinateReferenceSystem, QgsCoordinateTransform,
                       QgsFeatureRequest, QgsProject, QgsTask, QgsVectorLayer)
from qgis.gui import QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDialog, QDoubleSpinBox, QFormLayout,
                                 QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit, QProgressBar, QPushButton,
                                 QRadioButton, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout)

from ocsge_review.ocsge import departements
from ocsge_review.campaigns.campaign import CampaignPlan, create_campaign, plan_campaign
from ocsge_review.errors import InputError, OcsgeError
from ocsge_review.feedback import Feedback
from ocsge_review.campaigns.territory import Territory
from ocsge_review.campaigns.triage import AUDIT, AUTO, PARTS, QUEUE, TriagePolicy

from . import qgis_enums
from .i18n import number, tr
from .layers import source_for_layer
from .logbridge import notify, redact
from .tasks import guarded_run



@dataclass
class CampaignJob:
    """What the dialog asks for: plan_campaign's arguments and the store to write."""
    model: str
    department: str
    policy: TriagePolicy
    store: str = ""
    layer: Optional[str] = None
    raster: Optional[str] = None
    territory: Optional[Territory] = None
    name: Optional[str] = None

    def same_plan(self, other: Optional["CampaignJob"]) -> bool:
        """True when ``other`` plans the same campaign (only the store may differ)."""
        return other is not None and dataclasses.replace(self, store="", name=None) == \
            dataclasses.replace(other, store="", name=None)


class CampaignTask(QgsTask):
    """Plans a campaign (unless given a plan) and, when ``write``, writes its store."""

    def __init__(self, job: CampaignJob, write: bool, plan: Optional[CampaignPlan] = None,
                 done: Optional[Callable[["CampaignTask", bool], None]] = None):
        title = tr("OCS GE Review : création de la campagne") if write else tr("OCS GE Review : aperçu de la campagne")
        super().__init__(title, QgsTask.Flag.CanCancel)
        self.job, self.write, self.plan, self.done = job, write, plan, done
        self.error: Optional[str] = None

    def run(self) -> bool:
        return guarded_run(self, self._work, lambda exc: tr(
            "Erreur inattendue pendant la préparation de la campagne : {error}. "
            "Les détails sont dans le journal des messages.").format(error=exc))

    def _work(self, feedback: Feedback) -> None:
        job = self.job
        if self.plan is None:
            self.plan = plan_campaign(job.model, job.department, job.policy, layer=job.layer,
                                      raster=job.raster, territory=job.territory,
                                      feedback=feedback.sub(0, 90 if self.write else 100))
        if self.write:
            feedback.check()
            create_campaign(self.plan, job.store, name=job.name).close()

    def finished(self, result: bool) -> None:
        if self.done is not None:
            self.done(self, result)


def part_labels():
    return {QUEUE: tr("File de revue"), AUTO: tr("Acceptés automatiquement"), AUDIT: tr("Échantillon de contrôle")}


class CampaignDialog(QDialog):
    """Everything a campaign needs, an « Aperçu » of its split, then « Créer la campagne »."""

    def __init__(self, iface, plugin=None, parent=None, project: Optional[QgsProject] = None):
        super().__init__(parent)
        self.iface, self.plugin = iface, plugin
        self.project = project or QgsProject.instance()
        self.task: Optional[CampaignTask] = None
        self.plan: Optional[CampaignPlan] = None
        self.plan_job: Optional[CampaignJob] = None
        self.created: Optional[str] = None
        self.setWindowTitle(tr("Nouvelle campagne de revue"))
        layout = QVBoxLayout(self)
        layout.addWidget(self._model_box())
        layout.addWidget(self._territory_box())
        layout.addWidget(self._policy_box())
        layout.addWidget(self._preview_box())
        self._mode_changed()
        self._territory_changed()

    # -- building -------------------------------------------------------------
    def _model_box(self) -> QGroupBox:
        box = QGroupBox(tr("Sortie du modèle"))
        form = QFormLayout(box)
        self.fileRadio, self.layerRadio = QRadioButton(tr("Fichier")), QRadioButton(tr("Couche du projet"))
        self.fileRadio.setChecked(True)
        mode = QgsFileWidget.StorageMode
        self.modelFile = self._file(mode.GetFile, tr("Sorties du modèle (*.gpkg *.shp *.fgb);;Tous les fichiers (*)"))
        self.modelLayer = QgsMapLayerComboBox()
        self.modelLayer.setFilters(qgis_enums.POLYGON_LAYERS)
        self.modelLayer.setAllowEmptyLayer(True)
        self.modelLayer.setLayer(None)
        self.rasterFile = self._file(mode.GetFile, tr("Rasters (*.tif *.tiff *.vrt);;Tous les fichiers (*)"))
        self.tileFolder = self._file(mode.GetDirectory)
        self.department = QComboBox()
        self.department.addItem(tr("(choisir)"), "")
        for code in departements.all_codes():
            self.department.addItem(f"{code} — {departements.name(code)}", code)
        self.storeFile = self._file(mode.SaveFile, tr("GeoPackage (*.gpkg)"))
        form.addRow(self.fileRadio, self.modelFile)
        form.addRow(self.layerRadio, self.modelLayer)
        form.addRow(tr("Raster de probabilités (facultatif)"), self.rasterFile)
        form.addRow(tr("ou dossier de dalles"), self.tileFolder)
        form.addRow(tr("Département"), self.department)
        form.addRow(tr("Magasin de revue à créer"), self.storeFile)
        self.fileRadio.toggled.connect(self._mode_changed)
        self.modelFile.fileChanged.connect(self._model_changed)
        self.modelLayer.layerChanged.connect(self._model_changed)
        return box

    def _territory_box(self) -> QGroupBox:
        box = QGroupBox(tr("Territoire"))
        form = QFormLayout(box)
        self.wholeRadio = QRadioButton(tr("Tout le département"))
        self.extentRadio = QRadioButton(tr("Emprise actuelle de la carte"))
        self.polygonRadio = QRadioButton(tr("Polygones d'une couche"))
        self.territoryGroup = QButtonGroup(box)
        for radio in (self.wholeRadio, self.extentRadio, self.polygonRadio):
            self.territoryGroup.addButton(radio)
        self.wholeRadio.setChecked(True)
        self.territoryLayer = QgsMapLayerComboBox()
        self.territoryLayer.setFilters(qgis_enums.POLYGON_LAYERS)
        self.selectedOnly = QCheckBox(tr("Entités sélectionnées uniquement"))
        form.addRow(self.wholeRadio)
        form.addRow(self.extentRadio)
        row = QHBoxLayout()
        row.addWidget(self.territoryLayer)
        row.addWidget(self.selectedOnly)
        form.addRow(self.polygonRadio, row)
        self.territoryGroup.buttonToggled.connect(self._territory_changed)
        return box

    def _policy_box(self) -> QGroupBox:
        box = QGroupBox(tr("Politique de tri"))
        form = QFormLayout(box)
        defaults = TriagePolicy()
        self.threshold = self._spin(0.0, 1.0, defaults.threshold, 2, 0.01)
        self.score = QComboBox()
        for key, label in (("top1", tr("probabilité de la classe retenue")), ("margin", tr("marge entre les deux premières")),
                           ("entropy", tr("entropie"))):
            self.score.addItem(label, key)
        self.areaBoost = self._spin(0.0, 100.0, defaults.area_boost, 2, 0.1)
        self.artifBoost = self._spin(0.0, 100.0, defaults.artif_boost, 2, 0.1)
        self.auditBySize = QRadioButton(tr("Taille de l'échantillon de contrôle"))
        self.auditBySe = QRadioButton(tr("Erreur-type visée (%)"))
        self.auditBySe.setChecked(True)
        self.auditSize = QSpinBox()
        self.auditSize.setRange(0, 1_000_000)
        self.auditSize.setValue(500)
        self.targetSe = self._spin(0.1, 50.0, defaults.target_se * 100, 1, 0.1)
        self.seed = QSpinBox()
        self.seed.setRange(0, 2_147_483_647)
        self.seed.setValue(defaults.seed)
        form.addRow(tr("Seuil de confiance pour l'acceptation automatique"), self.threshold)
        form.addRow(tr("Score d'incertitude"), self.score)
        form.addRow(tr("Poids de la surface"), self.areaBoost)
        form.addRow(tr("Bonus d'artificialisation"), self.artifBoost)
        form.addRow(self.auditBySize, self.auditSize)
        form.addRow(self.auditBySe, self.targetSe)
        form.addRow(tr("Graine du tirage"), self.seed)
        return box

    @staticmethod
    def _file(mode, file_filter: str = "") -> QgsFileWidget:
        widget = QgsFileWidget()
        widget.setStorageMode(mode)
        if file_filter:
            widget.setFilter(file_filter)
        return widget

    @staticmethod
    def _spin(low: float, high: float, value: float, decimals: int, step: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(low, high)
        spin.setDecimals(decimals)
        spin.setSingleStep(step)
        spin.setValue(value)
        return spin

    def _preview_box(self) -> QGroupBox:
        box = QGroupBox(tr("Aperçu"))
        layout = QVBoxLayout(box)
        self.partsTable = QTableWidget(len(PARTS), 2)
        self.partsTable.setHorizontalHeaderLabels([tr("Polygones"), tr("km²")])
        labels = part_labels()
        self.partsTable.setVerticalHeaderLabels([labels[p] for p in PARTS])
        rows = self.partsTable.verticalHeader().defaultSectionSize()
        self.partsTable.setMinimumHeight(rows * (len(PARTS) + 1) + 6)
        self.reportText = QPlainTextEdit()
        self.reportText.setReadOnly(True)
        self.reportText.setMinimumHeight(self.reportText.fontMetrics().lineSpacing() * 7)
        self.statusLabel = QLabel()
        self.statusLabel.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        buttons = QHBoxLayout()
        self.previewButton = QPushButton(tr("Aperçu"))
        self.createButton = QPushButton(tr("Créer la campagne"))
        self.cancelButton = QPushButton(tr("Annuler le calcul"))
        self.closeButton = QPushButton(tr("Fermer"))
        for button in (self.previewButton, self.createButton, self.cancelButton, self.closeButton):
            buttons.addWidget(button)
        self.cancelButton.setEnabled(False)
        self.previewButton.clicked.connect(self.preview)
        self.createButton.clicked.connect(self.create)
        self.cancelButton.clicked.connect(self.cancel)
        self.closeButton.clicked.connect(self.reject)
        for widget in (self.partsTable, self.reportText, self.statusLabel, self.progress):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        return box

    # -- model and territory ----------------------------------------------------
    def _mode_changed(self, *_):
        self.modelFile.setEnabled(self.fileRadio.isChecked())
        self.modelLayer.setEnabled(not self.fileRadio.isChecked())
        self._model_changed()

    def _model_changed(self, *_):
        """Guess the département from the source's name or CRS, and a store name beside it."""
        if self.fileRadio.isChecked():
            path = self.modelFile.filePath()
            name, epsg, folder = os.path.basename(path), None, os.path.dirname(path)
        else:
            layer = self.modelLayer.currentLayer()
            if layer is None:
                return
            name, epsg, folder = layer.name(), layer.crs().postgisSrid(), os.path.expanduser("~")
            name = f"{name} {os.path.basename(layer.source().split('|')[0])}"
        code = departements.guess(name, epsg)
        if code is not None:
            self.department.setCurrentIndex(self.department.findData(code))
        if name.strip() and not self.storeFile.filePath():
            stem = os.path.splitext(name.split()[0])[0]
            self.storeFile.setFilePath(os.path.join(folder, f"{stem}_revue.gpkg"))

    def _territory_changed(self, *_):
        on = self.polygonRadio.isChecked()
        self.territoryLayer.setEnabled(on)
        self.selectedOnly.setEnabled(on)

    def _source(self):
        """(source, layer) the core reads."""
        if self.fileRadio.isChecked():
            path = self.modelFile.filePath().strip()
            if not path:
                raise InputError(tr("Choisissez la sortie du modèle."))
            return path, None
        layer = self.modelLayer.currentLayer()
        if not isinstance(layer, QgsVectorLayer):
            raise InputError(tr("Choisissez une couche de polygones du projet."))
        return source_for_layer(layer)

    def _territory(self, code: str) -> Optional[Territory]:
        if self.wholeRadio.isChecked():
            return None
        crs = QgsCoordinateReferenceSystem(f"EPSG:{departements.epsg(code)}")
        if self.extentRadio.isChecked():
            canvas = self.iface.mapCanvas()
            extent = canvas.extent()
            source = canvas.mapSettings().destinationCrs()
            if source.isValid() and source != crs:
                extent = QgsCoordinateTransform(source, crs, self.project).transformBoundingBox(extent)
            return Territory(extent=(extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()))
        layer = self.territoryLayer.currentLayer()
        if not isinstance(layer, QgsVectorLayer):
            raise InputError(tr("Choisissez la couche de polygones du territoire."))
        selected = self.selectedOnly.isChecked()
        if selected and layer.selectedFeatureCount() == 0:
            raise InputError(tr("Aucune entité sélectionnée dans « {layer} ».").format(layer=layer.name()))
        request = QgsFeatureRequest().setNoAttributes()
        features = layer.getSelectedFeatures(request) if selected else layer.getFeatures(request)
        wkb = [bytes(f.geometry().asWkb()) for f in features if f.hasGeometry()]
        label = tr("{layer} (entités sélectionnées : {count})").format(layer=layer.name(), count=len(wkb)) \
            if selected else layer.name()
        return Territory(wkb=wkb, crs=layer.crs().toWkt(), label=label)

    def policy(self) -> TriagePolicy:
        by_size = self.auditBySize.isChecked()
        return TriagePolicy(threshold=self.threshold.value(), score=self.score.currentData(),
                            area_boost=self.areaBoost.value(), artif_boost=self.artifBoost.value(),
                            audit_size=self.auditSize.value() if by_size else None,
                            target_se=self.targetSe.value() / 100.0, seed=self.seed.value())

    def job(self) -> CampaignJob:
        """What to plan and write; raises OcsgeError on a missing choice."""
        model, layer = self._source()
        code = self.department.currentData()
        if not code:
            raise InputError(tr("Choisissez le département de la campagne."))
        raster = self.rasterFile.filePath().strip() or self.tileFolder.filePath().strip() or None
        store = self.storeFile.filePath().strip()
        if store and not store.lower().endswith(".gpkg"):
            store += ".gpkg"
        return CampaignJob(model=model, layer=layer, raster=raster, department=code, policy=self.policy(),
                           territory=self._territory(code), store=store)

    # -- tasks ----------------------------------------------------------------
    def preview(self):
        """Plan in a task and show what each part holds."""
        job = self._job_or_error()
        if job is not None:
            self._start(CampaignTask(job, write=False, done=self._previewed))

    def create(self):
        """Write the store in a task (reusing the preview's plan when nothing changed)."""
        job = self._job_or_error()
        if job is None:
            return
        if not job.store:
            self._show_error(tr("Choisissez le fichier du magasin de revue."))
            return
        if os.path.exists(job.store):
            self._show_error(tr("Le magasin de revue « {path} » existe déjà : choisissez un autre fichier.")
                             .format(path=job.store))
            return
        plan = self.plan if job.same_plan(self.plan_job) else None
        self._start(CampaignTask(job, write=True, plan=plan, done=self._created))

    def cancel(self):
        if self.task is not None:
            self.task.cancel()

    def reject(self):
        self.cancel()
        super().reject()

    def _job_or_error(self) -> Optional[CampaignJob]:
        if self.task is not None:
            return None
        try:
            return self.job()
        except OcsgeError as exc:
            self._show_error(str(exc))
            return None

    def _start(self, task: CampaignTask):
        self.task = task
        self.statusLabel.setStyleSheet("")
        self.statusLabel.setText(tr("Calcul en cours…"))
        self.progress.setValue(0)
        task.progressChanged.connect(lambda p: self.progress.setValue(int(p)))
        self._busy(True)
        if self.plugin is not None:
            self.plugin.start_task(task)
        else:
            QgsApplication.taskManager().addTask(task)

    def _busy(self, busy: bool):
        for button in (self.previewButton, self.createButton):
            button.setEnabled(not busy)
        self.cancelButton.setEnabled(busy)

    def _ended(self, task: CampaignTask, ok: bool) -> bool:
        self.task = None
        self._busy(False)
        if ok:
            return True
        if task.error is not None:
            self._show_error(task.error)
        else:
            self.statusLabel.setText(tr("Calcul annulé : rien n'a été écrit."))
        return False

    def _previewed(self, task: CampaignTask, ok: bool):
        if not self._ended(task, ok):
            return
        self.plan, self.plan_job = task.plan, task.job
        self._show_plan(task.plan)
        self.statusLabel.setText(tr("Aperçu prêt : rien n'a encore été écrit."))

    def _show_plan(self, plan: CampaignPlan):
        for row, part in enumerate(PARTS):
            figures = plan.triage.summary[part]
            self.partsTable.setItem(row, 0, QTableWidgetItem(number(figures["count"])))
            self.partsTable.setItem(row, 1, QTableWidgetItem(number(figures["area_km2"], 2)))
        self.reportText.setPlainText(plan.report())

    def _created(self, task: CampaignTask, ok: bool):
        if not self._ended(task, ok):
            return
        self.plan, self.plan_job = task.plan, task.job
        self._show_plan(task.plan)
        self.created = task.job.store
        message = tr("Campagne écrite dans « {path} ».").format(path=task.job.store)
        self.statusLabel.setText(message)
        notify(self.iface.messageBar(), message, Qgis.MessageLevel.Success, 10)
        if self.plugin is not None:
            self.plugin.open_review_panel(task.job.store)
        self.accept()

    def _show_error(self, message: str):
        message = redact(message)
        self.statusLabel.setStyleSheet("color: #b00020;")
        self.statusLabel.setText(message)
        notify(self.iface.messageBar(), message, Qgis.MessageLevel.Critical)
