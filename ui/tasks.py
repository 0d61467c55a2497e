"""Runs the confidence job in a QgsTask and adds its styled result to the project."""
import logging
import os
from dataclasses import dataclass
from typing import Callable, Optional

from qgis.core import Qgis, QgsProject, QgsTask

from ocsge_review.model.confidence import run_confidence
from ocsge_review.errors import Cancelled, OcsgeError
from ocsge_review.feedback import Feedback
from ocsge_review.model.model_output import FieldMapping

from .i18n import tr
from .layers import styled_layer, tag_model_layer
from .logbridge import notify, redact

log = logging.getLogger("ocsge_review.ui.tasks")




def output_views():
    """(style file, layer title, visible): the confidence map on top, the two
    classifications underneath, hidden until the user asks for them."""
    return (
        ("confidence.qml", tr("Confiance (CS)"), True),
        ("couverture.qml", tr("Couverture (CS)"), False),
        ("usage.qml", tr("Usage (US)"), False),
    )


@dataclass
class ConfidenceJob:
    """What the load dialog asks for: the core's run_confidence arguments."""
    source: str
    out: str
    layer: Optional[str] = None
    raster: Optional[str] = None
    mapping: Optional[FieldMapping] = None
    label: str = ""


def guarded_run(task: QgsTask, work: Callable[[Feedback], None], unexpected: Callable[[Exception], str]) -> bool:
    """QgsTask.run's body: ``work(feedback)`` with the task's progress and cancel;
    False on cancel or error, the error (in French, redacted) kept in ``task.error``."""
    try:
        work(Feedback(progress=task.setProgress, is_cancelled=task.isCanceled))
    except Cancelled:
        return False
    except OcsgeError as exc:
        task.error = redact(str(exc))
        return False
    except Exception as exc:  # a bug, not a user error: keep the details in the log
        log.exception("Tâche interrompue : %s", task.description())
        task.error = redact(unexpected(exc))
        return False
    task.setProgress(100)
    return True


class ConfidenceTask(QgsTask):
    """Computes per-polygon confidence off the main thread, then shows the result."""

    def __init__(self, job: ConfidenceJob, iface, project: Optional[QgsProject] = None):
        super().__init__(tr("OCS GE Review : calcul de la confiance"), QgsTask.Flag.CanCancel)
        self.job = job
        self.iface = iface
        self.project = project or QgsProject.instance()
        self.report = None
        self.error: Optional[str] = None
        self.group = None
        self.layers = []

    def run(self) -> bool:
        def work(feedback):
            self.report = run_confidence(self.job.source, self.job.out, layer=self.job.layer,
                                         raster=self.job.raster, mapping=self.job.mapping,
                                         feedback=feedback)

        return guarded_run(self, work, lambda exc: tr(
            "Erreur inattendue pendant le calcul de la confiance ({name}) : {error}. "
            "Les détails sont dans le journal des messages.").format(
            name=self.job.label or os.path.basename(self.job.out), error=exc))

    def finished(self, result: bool) -> None:
        bar = self.iface.messageBar()
        if result:
            try:
                self.add_layers()
            except OcsgeError as exc:
                notify(bar, str(exc), Qgis.MessageLevel.Critical)
                return
            summary = self.report.summary().strip().splitlines()
            notify(bar, summary[0] if summary else tr("Confiance calculée."), Qgis.MessageLevel.Success, 10)
            log.info(self.report.summary())
        elif self.error is not None:
            notify(bar, self.error, Qgis.MessageLevel.Critical)
        else:
            notify(bar, tr("Calcul annulé : rien n'a été écrit."), Qgis.MessageLevel.Info, 5)

    def add_layers(self) -> None:
        """The output, three times in one group: confidence, couverture, usage."""
        uri = f"{self.report.out_path}|layername={self.report.layer_name}"
        root = self.project.layerTreeRoot()
        name = self.job.label or os.path.splitext(os.path.basename(self.report.out_path))[0]
        self.group = root.insertGroup(0, tr("OCS GE Review — {name}").format(name=name))
        self.layers = add_styled_views(uri, self.project, self.group)


def add_styled_views(uri: str, project: QgsProject, group) -> list:
    """Add one vector source once per style of output_views() under ``group``."""
    layers = []
    for style, title, visible in output_views():
        layer = styled_layer(uri, title, style)
        if layer is None:
            raise OcsgeError(tr("La couche produite « {uri} » ne s'ouvre pas dans QGIS.").format(uri=uri))
        tag_model_layer(layer)          # the model's classes: a blind item is kept off it
        project.addMapLayer(layer, False)
        node = group.addLayer(layer)
        node.setItemVisibilityChecked(visible)
        layers.append(layer)
    return layers
