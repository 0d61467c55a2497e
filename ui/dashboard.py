"""The statistics dashboard: one store's figures for a month and the monthly report's plots.

The figures are the monthly report's (ocsge_review.statistics.report.details), the plots its own
(report.plots, matplotlib's Agg canvas, PNG bytes shown as pixmaps). On a demo store they take
well under a second: « Actualiser » computes them synchronously, no task.
"""
import datetime as dt
from typing import Dict, List, Optional

from qgis.core import Qgis
from qgis.gui import QgsDockWidget, QgsFileWidget
from qgis.PyQt.QtCore import QDate, Qt
from qgis.PyQt.QtGui import QPixmap
from qgis.PyQt.QtWidgets import (QDateEdit, QDoubleSpinBox, QFormLayout, QGroupBox, QLabel, QPushButton, QVBoxLayout,
                                 QWidget)

from ocsge_review.errors import OcsgeError

from . import docks
from .i18n import number, qlocale, tr
from .logbridge import notify


def plot_titles() -> List[str]:
    """The titles of report.plots(), in its order, in the user's language."""
    from ocsge_review import messages
    from ocsge_review.statistics.report import PLOT_TITLES
    return [messages.tr(title) for title in PLOT_TITLES]


def _share(x: Optional[float]) -> str:
    return "—" if x is None else f"{number(100 * x, 1)} %"


def _interval(r: Optional[dict]) -> str:
    """« 95,0 % (92,5 % – 97,5 %) », or — without an estimate."""
    if r is None or r["estimate"] is None:
        return "—"
    return tr("{value} ({low} – {high})").format(value=_share(r["estimate"]), low=_share(r["ci95"][0]),
                                                 high=_share(r["ci95"][1]))


def _km2(x: Optional[float]) -> str:
    return "—" if x is None else f"{number(x, 2)} km²"


def _money(parent, name: str, top: float, decimals: int, suffix: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox(parent)
    box.setObjectName(name)
    box.setRange(0.0, top)
    box.setDecimals(decimals)
    box.setSuffix(suffix)
    # Amounts written as the user's language writes numbers (« 35,00 € » in French).
    box.setLocale(qlocale())
    return box


class Dashboard(QgsDockWidget):
    """« Tableau de bord » of ``store``: a month, an optional plan and costs, the figures and the plots."""

    def __init__(self, store, iface, parent=None, today: Optional[dt.date] = None):
        super().__init__(tr("Tableau de bord"), parent)
        self.setObjectName("OcsgeDashboard")
        self.store, self.iface = store, iface
        self.today = today
        self.campaign = store.campaign()
        self.details: Optional[dict] = None      # report.details of the last refresh
        self.figures: Dict[str, Optional[float]] = {}
        self.pixmaps: List[QPixmap] = []
        self._build()

    # -- widgets -----------------------------------------------------------------
    def _build(self):
        body = QWidget(self)
        body.setObjectName("OcsgeDashboardBody")
        layout = QVBoxLayout(body)
        header = QLabel(tr("Campagne « {name} » — département {code} ({dept})").format(
            name=self.campaign.name, code=self.campaign.department, dept=self.campaign.department_name), body)
        header.setWordWrap(True)
        header.setStyleSheet("font-weight: bold;")
        layout.addWidget(header)

        options = QGroupBox(tr("Période et coûts"), body)
        form = QFormLayout(options)
        self.period = QDateEdit(options)
        self.period.setObjectName("periodEdit")
        self.period.setDisplayFormat("MM/yyyy")
        self.period.setCalendarPopup(False)
        today = self.today or dt.datetime.now(dt.timezone.utc).date()
        self.period.setDate(QDate(today.year, today.month, 1))
        form.addRow(tr("Mois"), self.period)
        self.plan = QgsFileWidget(options)
        self.plan.setObjectName("planFile")
        self.plan.setFilter(tr("Plan de production (*.csv)"))
        self.plan.setToolTip(tr("Facultatif : CSV date,planned_km2 (et facultativement department)"))
        form.addRow(tr("Plan (CSV)"), self.plan)
        self.hourly = _money(options, "hourlyCost", 10000.0, 2, " €/h")
        form.addRow(tr("Coût horaire"), self.hourly)
        self.fixed = _money(options, "fixedCost", 1e9, 0, " €")
        form.addRow(tr("Coût fixe"), self.fixed)
        self.refreshButton = QPushButton(tr("Actualiser"), options)
        self.refreshButton.setObjectName("refreshButton")
        self.refreshButton.clicked.connect(self.refresh)
        form.addRow(self.refreshButton)
        layout.addWidget(options)

        headline = QGroupBox(tr("Chiffres du mois"), body)
        self.headline = QFormLayout(headline)
        self.headline.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.values: Dict[str, QLabel] = {}
        for key, text in (("rework", tr("Taux de reprise")), ("cs", tr("Exactitude CS (IC 95 %)")),
                          ("us", tr("Exactitude US (IC 95 %)")),
                          ("agreement", tr("Accord entre photo-interprètes")),
                          ("disputed", tr("Désaccords à trancher")),
                          ("cs_count", tr("Produit livré CS, en nombre")),
                          ("cs_area", tr("Produit livré CS, en surface")),
                          ("us_count", tr("Produit livré US, en nombre")),
                          ("us_area", tr("Produit livré US, en surface")),
                          ("km2", tr("km² validés / prévus (mois)")),
                          ("cost", tr("Coût par km²")), ("automation", tr("Taux d'automatisation"))):
            label = QLabel("—", headline)
            label.setObjectName(f"{key}Value")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
            self.values[key] = label
            self.headline.addRow(text, label)
        layout.addWidget(headline)

        plots = QWidget(body)
        self.plotsLayout = QVBoxLayout(plots)
        self.plotsLayout.setContentsMargins(0, 0, 0, 0)
        self.plotLabels: List[QLabel] = []
        for title in plot_titles():
            caption = QLabel(title, plots)
            caption.setStyleSheet("font-weight: bold;")
            self.plotsLayout.addWidget(caption)
            image = QLabel(tr("(cliquer sur « Actualiser »)"), plots)
            image.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.plotsLayout.addWidget(image)
            self.plotLabels.append(image)
        layout.addWidget(plots)
        layout.addStretch(1)
        # One scroll area for the whole dock: it never grows QGIS's window past the screen. The plots are
        # scaled to the width: no horizontal scrolling.
        self.scroll = docks.scrolling(body)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(self.scroll)
        self.body = body

    # -- figures -------------------------------------------------------------------
    def month(self) -> str:
        d = self.period.date()
        return f"{d.year():04d}-{d.month():02d}"

    def refresh(self) -> bool:
        """Compute the month's figures and plots; a refused input is said in the message bar. True when done."""
        from ocsge_review.statistics import report, stats
        try:
            period = stats.Period.parse(self.month())
            path = self.plan.filePath().strip()
            plan = stats.plan_for(stats.read_plan(path), self.campaign.department) if path else None
            tables = stats.load(self.store)
            self.details = report.details(tables, period, plan=plan, hourly_cost=self.hourly.value(),
                                          fixed_cost=self.fixed.value(), today=self.today)
            images = report.plots([self.details])
        except OcsgeError as exc:
            notify(self.iface.messageBar(), str(exc), Qgis.MessageLevel.Warning, 10)
            return False
        self._show_figures(self.details)
        self._show_plots([data for _, data in images])
        return True

    def _show_figures(self, d: dict) -> None:
        from ocsge_review.statistics.report import product_figures
        acc = {dim: d["accuracy"][dim] for dim in ("cs", "us")}
        product = product_figures(d)
        self.figures = {
            "rework": d["rework"]["count"]["rate"],
            "cs": acc["cs"]["overall"]["estimate"] if acc["cs"]["available"] else None,
            "us": acc["us"]["overall"]["estimate"] if acc["us"]["available"] else None,
            "validated_km2": d["production"]["validated_km2_period"],
            "planned_km2": d["production"]["planned_km2_period"],
            "cost": d["cost"]["per_km2"], "automation": d["automation"]["rate"],
            **{key: None if r is None else r["estimate"] for key, r in product.items()}}
        self.values["rework"].setText(tr("{rate} ({n} polygones revus)").format(
            rate=_share(self.figures["rework"]), n=number(d["rework"]["count"]["reviewed"])))
        for dim in ("cs", "us"):
            a = acc[dim]
            self.values[dim].setText(_interval(a["overall"]) if a["available"]
                                     else tr("— (pas assez de polygones revus)"))
        agreement = d["product"]["agreement"]
        self.values["agreement"].setText(_interval(product["agreement"]))
        self.values["disputed"].setText(number(agreement["disputed"]))
        for key in ("cs_count", "cs_area", "us_count", "us_area"):
            self.values[key].setText(_interval(product[key]) if d["product"][key[:2]]["available"]
                                     else tr("— (pas de second avis résolu)"))
        self.values["km2"].setText(f"{_km2(self.figures['validated_km2'])} / {_km2(self.figures['planned_km2'])}")
        cost = self.figures["cost"]
        self.values["cost"].setText("—" if cost is None else f"{number(cost, 0)} €")
        self.values["automation"].setText(_share(self.figures["automation"]))

    def _show_plots(self, images: List[bytes]) -> None:
        self.pixmaps = []
        for label, data in zip(self.plotLabels, images):
            pixmap = QPixmap()
            pixmap.loadFromData(data, "PNG")
            self.pixmaps.append(pixmap)
        self._fit()

    def _fit(self) -> None:
        """The plots scaled down to the scroll area's width (never up)."""
        width = max(200, self.scroll.viewport().width() - 30)
        for label, pixmap in zip(self.plotLabels, self.pixmaps):
            if pixmap.width() > width:
                pixmap = pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            label.setPixmap(pixmap)
            label.setFixedHeight(pixmap.height())   # never squeezed by the scroll area's height

    def resizeEvent(self, event):  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if self.pixmaps:
            self._fit()

    def shutdown(self):
        """Nothing to take off the map: the dashboard adds no layer."""
