"""The plugin object QGIS loads: menu, toolbar, log bridge, the load and campaign actions, the review panel."""
import os

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QDialog, QDockWidget, QMenu

from . import dependencies, logbridge
from .i18n import install_core_translator, install_translator, remove_core_translator, remove_translator, tr

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ICONS_DIR = os.path.join(PLUGIN_DIR, "resources", "icons")
MENU_NAME = "OcsgeReviewMenu"
TOOLBAR_NAME = "OcsgeReviewToolbar"
DOCK_PREFIX = "Ocsge"          # the object names of the plugin's docks (OcsgeReviewPanel, OcsgeDashboard…)
TITLE = logbridge.LOG_TAG


def _icon(name: str) -> QIcon:
    """Each action its own picture (resources/icons/<name>.svg), told apart in the toolbar at a glance."""
    return QIcon(os.path.join(ICONS_DIR, f"{name}.svg"))


class OcsgeReviewPlugin:
    """Created by ``classFactory``; everything initGui adds, unload removes."""

    def __init__(self, iface):
        self.iface = iface
        self.translator = install_translator()
        self.menu = None
        self.toolbar = None
        self.actions = []
        self.log_handler = None
        self.problems = []
        self.tasks = []
        self.panel = None
        self.panel_store = None
        self.campaign_dialog = None
        self.conflicts_panel = None
        self.conflicts_resources = []
        self.validator_panel = None
        self.validator_store = None
        self.dashboard = None
        self.dashboard_store = None
        self.opinion_panel = None
        self.opinion_store = None
        self.provider = None

    def initProcessing(self):  # noqa: N802 (QGIS API: qgis_process calls it alone, without initGui)
        from .processing.provider import OcsgeReviewProvider
        if self.provider is None:
            self.provider = OcsgeReviewProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802 (QGIS API)
        install_core_translator()
        self.log_handler = logbridge.install()
        self.initProcessing()
        window = self.iface.mainWindow()

        self.menu = QMenu(TITLE, window)
        self.menu.setObjectName(MENU_NAME)
        menu_bar = window.menuBar()
        help_menu = self._help_menu()
        if help_menu is not None:
            menu_bar.insertMenu(help_menu.menuAction(), self.menu)
        else:
            menu_bar.addMenu(self.menu)

        self.toolbar = self.iface.addToolBar(TITLE)
        self.toolbar.setObjectName(TOOLBAR_NAME)

        load = QAction(_icon("load"), tr("Charger une sortie du modèle…"), window)
        load.setObjectName("OcsgeReviewLoadAction")
        load.triggered.connect(self.open_load_dialog)
        self._add_action(load)

        campaign = QAction(_icon("campaign"), tr("Nouvelle campagne de revue…"), window)
        campaign.setObjectName("OcsgeReviewCampaignAction")
        campaign.triggered.connect(self.open_campaign_dialog)
        self._add_action(campaign)

        review = QAction(_icon("review"), tr("Panneau de revue…"), window)
        review.setObjectName("OcsgeReviewPanelAction")
        review.triggered.connect(self.open_review_panel)
        self._add_action(review)

        validator = QAction(_icon("validator"), tr("Panneau de validation…"), window)
        validator.setObjectName("OcsgeValidatorPanelAction")
        validator.triggered.connect(lambda: self.open_validator_panel())
        self._add_action(validator)

        opinions = QAction(_icon("second_opinion"), tr("Seconds avis…"), window)
        opinions.setObjectName("OcsgeReviewSecondOpinionAction")
        opinions.triggered.connect(lambda: self.open_opinion_panel())
        self.menu.addAction(opinions)       # a sample now and then: in the menu, not the toolbar
        self.actions.append(opinions)

        dashboard = QAction(_icon("dashboard"), tr("Tableau de bord…"), window)
        dashboard.setObjectName("OcsgeReviewDashboardAction")
        dashboard.triggered.connect(lambda: self.open_dashboard())
        self._add_action(dashboard)

        conflicts = QAction(_icon("conflicts"), tr("Conflits de synchronisation…"), window)
        conflicts.setObjectName("OcsgeReviewConflictsAction")
        conflicts.triggered.connect(lambda: self.open_conflicts_panel())
        self.menu.addAction(conflicts)      # a production-team tool: in the menu, not the toolbar
        self.actions.append(conflicts)

        self.problems = dependencies.check()
        if self.problems:
            for action in self.actions:
                action.setEnabled(False)
                action.setToolTip("\n".join(self.problems))
            for problem in self.problems:
                logbridge.notify(self.iface.messageBar(), problem, Qgis.MessageLevel.Warning)
                QgsMessageLog.logMessage(problem, logbridge.LOG_TAG, Qgis.MessageLevel.Warning)
        # Without psycopg only PostgreSQL stores are out of reach: said in the log, GeoPackage works on.
        # Looked for, not imported: the import is paid when a PostgreSQL store is opened.
        for note in dependencies.check(dependencies.locate, teams=True):
            QgsMessageLog.logMessage(note, logbridge.LOG_TAG, Qgis.MessageLevel.Info)

    def _help_menu(self):
        try:
            return self.iface.helpMenu()
        except AttributeError:  # interfaces without a Help menu (tests, custom apps)
            return None

    def _add_action(self, action):
        self.menu.addAction(action)
        self.toolbar.addAction(action)
        self.actions.append(action)

    def unload(self):
        for task in list(self.tasks):
            task.cancel()
        if self.campaign_dialog is not None:
            self.campaign_dialog.reject()
        self.close_review_panel()
        self.close_validator_panel()
        self.close_dashboard()
        self.close_opinion_panel()
        self.close_conflicts_panel()
        for action in self.actions:
            if self.menu is not None:
                self.menu.removeAction(action)
            if self.toolbar is not None:
                self.toolbar.removeAction(action)
            action.setParent(None)
            action.deleteLater()
        self.actions = []
        if self.menu is not None:
            self.iface.mainWindow().menuBar().removeAction(self.menu.menuAction())
            self.menu.setParent(None)
            self.menu.deleteLater()
            self.menu = None
        if self.toolbar is not None:
            self.iface.mainWindow().removeToolBar(self.toolbar)
            self.toolbar.setParent(None)
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.log_handler is not None:
            logbridge.remove(self.log_handler)
            self.log_handler = None
        remove_translator(self.translator)
        self.translator = None
        remove_core_translator()

    def open_load_dialog(self):
        # Imported here: these modules need the core, whose dependencies were
        # checked in initGui.
        from .load_dialog import LoadDialog
        from .tasks import ConfidenceTask

        dialog = LoadDialog(self.iface.mainWindow(), QgsProject.instance())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.start_task(ConfidenceTask(dialog.job(), self.iface))

    def open_campaign_dialog(self):
        """The campaign dialog; its tasks run through start_task, so unload cancels them."""
        from .campaign_dialog import CampaignDialog

        self.campaign_dialog = CampaignDialog(self.iface, plugin=self, parent=self.iface.mainWindow())
        self.campaign_dialog.exec()
        self.campaign_dialog = None

    def start_task(self, task):
        """Hand a task to QGIS's task manager, keeping it alive until it ends."""
        self.tasks.append(task)
        task.taskCompleted.connect(lambda: self._forget(task))
        task.taskTerminated.connect(lambda: self._forget(task))
        QgsApplication.taskManager().addTask(task)

    def _forget(self, task):
        if task in self.tasks:
            self.tasks.remove(task)

    def open_review_panel(self, path=None):
        """Ask for a review store, a GeoPackage or a PostgreSQL one (unless a path is given), and dock
        the review panel on it."""
        from .review.review_panel import ReviewPanel

        self.close_review_panel()
        # Closing the dock ends the session: the undecided item goes back to the others.
        self.panel, self.panel_store = self._store_dock(
            path, "", lambda store: ReviewPanel(store, self.iface, parent=self.iface.mainWindow()),
            self.close_review_panel)
        return self.panel

    def _ask_store(self, path=None, title: str = ""):
        """The review store at ``path``, else the one chosen in the store dialog; None when
        cancelled or refused (said in the message bar)."""
        from ocsge_review.errors import OcsgeError
        from ocsge_review.store import open_store
        try:
            from .store_dialog import StoreDialog, remember_file
            if path:
                store = open_store(path)
                if os.path.isfile(path):
                    remember_file(os.path.abspath(path))
                return store
            dialog = StoreDialog(self.iface.mainWindow(), title)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.open_store()
        except OcsgeError as exc:
            self._refused(exc)
            return None

    def _refused(self, exc, *resources):
        """Close what was opened for a dock that will not be, and say why in the message bar."""
        for resource in resources:
            resource.close()
        logbridge.notify(self.iface.messageBar(), str(exc), Qgis.MessageLevel.Warning, 10)

    def open_validator_panel(self, path=None, user=None):
        """Ask for a review store (unless a path is given) and dock the validator's panel on it."""
        from .review.validator_panel import ValidatorPanel

        self.close_validator_panel()
        self.validator_panel, self.validator_store = self._store_dock(
            path, tr("Panneau de validation"),
            lambda store: ValidatorPanel(store, self.iface, user=user, parent=self.iface.mainWindow()),
            self.close_validator_panel)
        return self.validator_panel

    def _store_dock(self, path, title, make, close):
        """(dock, store): the dock ``make(store)`` docked on the right, on the store at ``path`` or the one
        chosen in the store dialog titled ``title``; (None, None) when cancelled or refused."""
        store = self._ask_store(path, title)
        if store is None:
            return None, None
        dock = self._dock(lambda: make(store), (store,), close, Qt.DockWidgetArea.RightDockWidgetArea)
        return (None, None) if dock is None else (dock, store)

    def _dock(self, make, resources, close, area):
        """The dock ``make()`` docked in ``area``, ``close`` called when it is closed; None when refused
        (``resources``, what was opened for it, closed then)."""
        from ocsge_review.errors import OcsgeError
        try:
            dock = make()
        except OcsgeError as exc:
            self._refused(exc, *resources)
            return None
        dock.closed.connect(close)
        self.iface.addDockWidget(area, dock)
        self._tabify(dock, area)
        return dock

    def _tabify(self, dock, area):
        """``dock`` as a tab of another of ours docked in ``area``, raised: docks stacked one under the other
        grew QGIS's window past a 1000 px screen."""
        window = self.iface.mainWindow()
        # Ours by their object name: a dock added later is found without being listed here.
        for other in window.findChildren(QDockWidget):
            if other.objectName().startswith(DOCK_PREFIX) and other is not dock and not other.isFloating() and \
                    window.dockWidgetArea(other) == area:
                window.tabifyDockWidget(other, dock)
                dock.show()
                dock.raise_()
                return

    def close_validator_panel(self):
        panel, store, self.validator_panel, self.validator_store = self.validator_panel, self.validator_store, None, None
        self._drop_dock(panel, store)

    def open_opinion_panel(self, path=None, user=None):
        """Ask for a review store (unless a path is given) and dock the second-opinion panel on it."""
        from .review.second_opinion_panel import SecondOpinionPanel

        self.close_opinion_panel()
        self.opinion_panel, self.opinion_store = self._store_dock(
            path, tr("Seconds avis"),
            lambda store: SecondOpinionPanel(store, self.iface, user=user, parent=self.iface.mainWindow()),
            self.close_opinion_panel)
        return self.opinion_panel

    def close_opinion_panel(self):
        panel, store, self.opinion_panel, self.opinion_store = self.opinion_panel, self.opinion_store, None, None
        self._drop_dock(panel, store)

    def open_dashboard(self, path=None):
        """Ask for a review store (unless a path is given) and dock the statistics dashboard on it."""
        from .dashboard import Dashboard

        self.close_dashboard()
        self.dashboard, self.dashboard_store = self._store_dock(
            path, tr("Tableau de bord"), lambda store: Dashboard(store, self.iface, parent=self.iface.mainWindow()),
            self.close_dashboard)
        return self.dashboard

    def close_dashboard(self):
        dock, store, self.dashboard, self.dashboard_store = self.dashboard, self.dashboard_store, None, None
        self._drop_dock(dock, store)

    def _drop_dock(self, dock, *resources):
        """Shut a dock down, take it out of the window, close what it worked on (stores, connections).
        The stores are closed whatever the dock's teardown does: closing one puts every decision into
        its .gpkg."""
        try:
            if dock is not None:
                dock.shutdown()
                try:
                    self.iface.removeDockWidget(dock)
                except AttributeError:  # interfaces without dock management (tests)
                    self.iface.mainWindow().removeDockWidget(dock)
                dock.setParent(None)
                dock.deleteLater()
        finally:
            for resource in resources:
                if resource is not None:
                    resource.close()

    def close_review_panel(self):
        panel, store, self.panel, self.panel_store = self.panel, self.panel_store, None, None
        self._drop_dock(panel, store)

    def open_conflicts_panel(self, store=None, production=None, user=None):
        """Dock the sync conflicts panel; without arguments, ask for the store and the production table."""
        from ocsge_review.errors import OcsgeError

        from .conflicts_panel import ConflictsPanel

        self.close_conflicts_panel()
        opened = []
        if store is None or production is None:
            from .store_dialog import StoreDialog
            dialog = StoreDialog(self.iface.mainWindow(), tr("Conflits de synchronisation"), production=True)
            if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.production.currentText():
                return None
            try:
                store = dialog.open_store()
                opened.append(store)
                production = dialog.open_production()
                opened.append(production)
            except OcsgeError as exc:
                self._refused(exc, *opened)
                return None
            user = dialog.user.text().strip()
        # Closing the dock closes the store and the production connection it opened.
        self.conflicts_panel = self._dock(
            lambda: ConflictsPanel(self.iface, store, production, user or "", parent=self.iface.mainWindow()),
            opened, self.close_conflicts_panel, Qt.DockWidgetArea.BottomDockWidgetArea)
        if self.conflicts_panel is not None:
            self.conflicts_resources = opened
        return self.conflicts_panel

    def close_conflicts_panel(self):
        panel, resources, self.conflicts_panel, self.conflicts_resources = (
            self.conflicts_panel, self.conflicts_resources, None, [])
        self._drop_dock(panel, *resources)
