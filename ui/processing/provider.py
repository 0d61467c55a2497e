"""The "OCS GE Review" Processing provider (id ``ocsge_review``): one algorithm per core job, in ui/processing/*.py."""
import os

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from .campaign import CampaignAlgorithm
from .confidence import ConfidenceAlgorithm
from .report import ReportAlgorithm
from .statistics import StatisticsAlgorithm
from .sync import SyncAlgorithm
from .training import TrainingAlgorithm

ICON_PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "resources",
                         "icons", "ocsge_review.svg")
ALGORITHMS = (ConfidenceAlgorithm, CampaignAlgorithm, StatisticsAlgorithm, ReportAlgorithm, SyncAlgorithm,
              TrainingAlgorithm)


class OcsgeReviewProvider(QgsProcessingProvider):

    def id(self):
        return "ocsge_review"

    def name(self):
        return "OCS GE Review"

    def icon(self):
        return QIcon(ICON_PATH)

    def loadAlgorithms(self):  # noqa: N802 (QGIS API)
        for algorithm in ALGORITHMS:
            self.addAlgorithm(algorithm())

    def supportedOutputVectorLayerExtensions(self):  # noqa: N802 (QGIS API)
        # The core writes GeoPackages only (atomically, with its own layer names).
        return ["gpkg"]
