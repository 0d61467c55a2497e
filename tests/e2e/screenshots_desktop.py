"""Run inside the real QGIS desktop by scripts/screenshots.py: the documentation's pictures.

Each panel is opened through the plugin's menu on the demo store, as a user does, the map drawn,
over the demo's orthophotos, the window grabbed; then the monthly report page is rendered by QtWebKit, or by
Qt's own rich-text engine where QGIS has no QtWebKit (Debian 13 on, Qt 6). PNGs and result.json go to
OCSGE_E2E_OUT, then QGIS quits.
"""
import os

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QSize, Qt, QTimer, QUrl
from qgis.PyQt.QtGui import QImage, QPainter
from qgis.PyQt.QtWidgets import QDockWidget
from qgis.utils import iface
import qgis.utils

from in_qgis import (OUT, PLUGIN, add_imagery, clear_messages, guarded, press, report_exception, result,
                     through_menu, when_drawn, when_plugin_loaded, write_and_quit)

STORE = os.environ["OCSGE_SHOTS_STORE"]
DEMO = os.environ["OCSGE_SHOTS_DEMO"]
PLAN = os.environ["OCSGE_SHOTS_PLAN"]
HOURLY = float(os.environ["OCSGE_SHOTS_HOURLY"])
REPORT = os.environ["OCSGE_SHOTS_REPORT"]
SCREEN = tuple(int(n) for n in os.environ["OCSGE_SHOTS_SCREEN"].split("x"))   # the Xvfb screen
REPORT_WIDTH = 1100
result["shots"] = []


def save(widget, name):
    clear_messages()
    widget.grab().save(os.path.join(OUT, name))
    result["shots"].append(name)


def start():
    window = iface.mainWindow()
    # Xvfb has no window manager to maximise the window: it is given the whole screen.
    window.setGeometry(0, 0, *SCREEN)
    browser = window.findChild(QDockWidget, "Browser")
    if browser is not None:        # more room for the map and the layer names
        browser.hide()
    layers = window.findChild(QDockWidget, "Layers")
    if layers is not None:
        window.resizeDocks([layers], [280], Qt.Orientation.Horizontal)
    add_imagery(DEMO)
    through_menu("Panneau de revue…", STORE)
    panel = qgis.utils.plugins[PLUGIN].panel
    # Items passed with S (the keys a user has) up to one that shows the model's proposals, not a
    # blind audit item. At least one: in an empty project QGIS zooms to the first layer after the
    # panel framed its first item.
    press(panel.body, Qt.Key.Key_S)
    while panel.item is not None and panel.item.blind:
        press(panel.body, Qt.Key.Key_S)
    when_drawn(review_shot)


def review_shot():
    plugin = qgis.utils.plugins[PLUGIN]
    save(iface.mainWindow(), "review_panel_desktop.png")
    save(plugin.panel, "review_panel.png")
    plugin.panel.close()
    QTimer.singleShot(200, guarded(campaign_shot))


def campaign_shot():
    plugin = qgis.utils.plugins[PLUGIN]

    def fill():
        dialog = plugin.campaign_dialog
        dialog.resize(900, dialog.height())     # the paths whole
        dialog.modelFile.setFilePath(os.path.join(DEMO, "model_output.gpkg"))
        dialog.rasterFile.setFilePath(os.path.join(DEMO, "probabilities.tif"))
        dialog.department.setCurrentIndex(dialog.department.findData("32"))
        dialog.storeFile.setFilePath(os.path.join(OUT, "nouvelle-campagne.gpkg"))
        dialog.previewButton.click()
        QTimer.singleShot(500, wait_preview)

    def wait_preview(tries=[0]):
        dialog = plugin.campaign_dialog
        tries[0] += 1
        if dialog.task is not None and tries[0] < 240:
            QTimer.singleShot(500, wait_preview)
            return
        QgsApplication.processEvents()
        save(dialog, "campaign_dialog.png")
        dialog.reject()

    QTimer.singleShot(300, guarded(fill))
    next(a for a in plugin.actions if a.text() == "Nouvelle campagne de revue…").trigger()   # returns once closed
    QTimer.singleShot(200, guarded(validator_shot))


def validator_shot():
    plugin = qgis.utils.plugins[PLUGIN]
    through_menu("Panneau de validation…", STORE)
    panel = plugin.validator_panel
    # A corrected item: the decided pair in bold against the model's.
    corrected = next(row for row in panel.shown if row.action == "correct")
    panel.select_item(corrected.item_id)
    when_drawn(validator_taken)


def validator_taken():
    plugin = qgis.utils.plugins[PLUGIN]
    save(iface.mainWindow(), "validator_panel.png")
    plugin.validator_panel.close()
    QTimer.singleShot(200, guarded(dashboard_shot))


def dashboard_shot():
    plugin = qgis.utils.plugins[PLUGIN]
    through_menu("Tableau de bord…", STORE)
    dock = plugin.dashboard
    dock.plan.setFilePath(PLAN)
    dock.hourly.setValue(HOURLY)
    dock.refresh()
    iface.mainWindow().resizeDocks([dock], [700], Qt.Orientation.Horizontal)
    when_drawn(dashboard_taken)


def dashboard_taken():
    save(iface.mainWindow(), "dashboard.png")
    qgis.utils.plugins[PLUGIN].dashboard.close()
    report_shot()


def report_shot():
    try:
        from qgis.PyQt.QtWebKitWidgets import QWebPage
    except ImportError:
        report_shot_without_webkit()
        return

    page = QWebPage()
    result["page"] = page          # kept alive until it has loaded

    def loaded(ok):
        try:
            result.pop("page")
            result["report_loaded"] = ok
            frame = page.mainFrame()
            for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
                frame.setScrollBarPolicy(orientation, Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            # Laid out at the width of a reading window, then the whole page, as wide as its table.
            page.setViewportSize(QSize(REPORT_WIDTH, 800))
            page.setViewportSize(frame.contentsSize().expandedTo(QSize(REPORT_WIDTH, 0)))
            image = QImage(page.viewportSize(), QImage.Format.Format_RGB32)
            image.fill(Qt.GlobalColor.white)
            painter = QPainter(image)
            frame.render(painter)
            painter.end()
            image.save(os.path.join(OUT, "report.png"))
            result["shots"].append("report.png")
        except Exception as exc:
            report_exception("report", exc)
        write_and_quit()

    page.mainFrame().loadFinished.connect(loaded)
    page.mainFrame().load(QUrl.fromLocalFile(REPORT))


def report_shot_without_webkit():
    """The page laid out by QTextDocument: the same text, table and plots, simpler CSS."""
    from qgis.PyQt.QtGui import QTextDocument

    try:
        document = QTextDocument()
        document.setBaseUrl(QUrl.fromLocalFile(REPORT))       # the plots, beside the page
        with open(REPORT, encoding="utf-8") as page:
            document.setHtml(page.read())
        # At the width of a reading window, wider if its table needs it.
        document.setTextWidth(REPORT_WIDTH)
        document.setTextWidth(max(REPORT_WIDTH, document.idealWidth()))
        image = QImage(document.size().toSize(), QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        document.drawContents(painter)
        painter.end()
        image.save(os.path.join(OUT, "report.png"))
        result["report_loaded"] = True
        result["shots"].append("report.png")
    except Exception as exc:
        report_exception("report", exc)
    write_and_quit()


when_plugin_loaded(guarded(start))
