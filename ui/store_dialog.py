"""Choosing a review store (a GeoPackage file or a PostgreSQL store) and, for the conflicts
panel, the production table.

A PostgreSQL database is one of QGIS's own PostgreSQL connections (Explorer ›
PostgreSQL), so its password stays where QGIS keeps it (the authentication
manager, a service file or ~/.pgpass) and is resolved in memory only.

The dialog offers the last store opened (its kind, path or connection, schema and
campaign, kept in QgsSettings — never a password) and the name the journal
records on a GeoPackage store (the plugin setting the review panel reads).
"""
import getpass
from typing import List, Optional, Tuple

from qgis.core import QgsDataSourceUri, QgsProviderRegistry, QgsSettings
from qgis.PyQt.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFileDialog, QFormLayout,
                                 QHBoxLayout, QLineEdit, QPushButton, QRadioButton, QWidget)

from ocsge_review.errors import InputError
from ocsge_review.store import DEFAULT_SCHEMA
from ocsge_review.production.sync import DEFAULT_TABLE

from . import pgauth
from .i18n import tr
from .review.review_panel import MARGIN_KEY, USER_KEY, reviewer_name, zoom_margin

# The last store opened; what QgsSettings holds of it (never a password: QGIS's connection keeps that).
LAST_KEY = "ocsge_review/store/"
LAST_FIELDS = ("kind", "path", "connection", "schema", "campaign")


def remember_file(path: str) -> None:
    """A GeoPackage store opened without the dialog (the demo, a script) is the one it offers next."""
    settings = QgsSettings()
    settings.setValue(LAST_KEY + "kind", "file")
    settings.setValue(LAST_KEY + "path", path)


def postgres_connections() -> List[str]:
    """Names of the PostgreSQL connections saved in QGIS."""
    try:
        return sorted(QgsProviderRegistry.instance().providerMetadata("postgres").connections().keys())
    except Exception:       # noqa: BLE001 (no postgres provider in this QGIS)
        return []


def connection_spec(name: str) -> Tuple[str, Optional[str]]:
    """(libpq string, with ``authcfg=…`` if any, never a password; a password QGIS saved in clear or None)."""
    connections = QgsProviderRegistry.instance().providerMetadata("postgres").connections()
    if name not in connections:
        raise InputError(tr("Connexion PostgreSQL « {name} » introuvable dans QGIS.").format(name=name))
    return pgauth.connection_string(QgsDataSourceUri(connections[name].uri()))


def open_pg_store(spec: str, saved_password: Optional[str], schema: str, campaign: Optional[str]):
    """A PostGIS review store through a QGIS connection; the layer of its items will connect the
    same way (``store.authcfg``), never with the password in its source."""
    from ocsge_review.store.pg import PgStore
    spec, password, authcfg = pgauth.resolve(spec)
    store = PgStore.open(spec, schema=schema or DEFAULT_SCHEMA, campaign=campaign or None,
                         password=password or saved_password)
    store.authcfg = authcfg
    return store


class StoreDialog(QDialog):
    """A review store; with ``production``, also the production table and who resolves."""

    def __init__(self, parent=None, title: str = "", production: bool = False):
        super().__init__(parent)
        self.setObjectName("OcsgeStoreDialog")
        self.setWindowTitle(title or tr("Ouvrir un magasin de revue"))
        form = QFormLayout(self)
        self.fileChoice = QRadioButton(tr("Fichier GeoPackage"), self)
        self.fileChoice.setObjectName("fileChoice")
        self.pgChoice = QRadioButton(tr("Base PostgreSQL (connexion QGIS)"), self)
        self.pgChoice.setObjectName("pgChoice")
        self.fileChoice.setChecked(True)
        form.addRow(self.fileChoice)
        row = QWidget(self)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.path = QLineEdit(row)
        self.path.setObjectName("pathEdit")
        browse = QPushButton("…", row)
        browse.clicked.connect(self._browse)
        line.addWidget(self.path, 1)
        line.addWidget(browse)
        form.addRow(tr("Fichier"), row)
        form.addRow(self.pgChoice)
        connections = postgres_connections()
        self.connection = QComboBox(self)
        self.connection.setObjectName("connectionCombo")
        self.connection.addItems(connections)
        form.addRow(tr("Connexion"), self.connection)
        self.schema = QLineEdit(DEFAULT_SCHEMA, self)
        self.schema.setObjectName("schemaEdit")
        form.addRow(tr("Schéma"), self.schema)
        self.campaign = QLineEdit(self)
        self.campaign.setObjectName("campaignEdit")
        self.campaign.setPlaceholderText(tr("la seule visible, si vide"))
        form.addRow(tr("Campagne"), self.campaign)
        self.pgChoice.setEnabled(bool(connections))
        self.production = self.table = self.user = None
        if production:
            self.production = QComboBox(self)
            self.production.setObjectName("productionCombo")
            self.production.addItems(connections)
            form.addRow(tr("Base de production (connexion QGIS)"), self.production)
            self.table = QLineEdit(DEFAULT_TABLE, self)
            self.table.setObjectName("tableEdit")
            form.addRow(tr("Table de production"), self.table)
            self.user = QLineEdit(getpass.getuser(), self)
            self.user.setObjectName("userEdit")
            form.addRow(tr("Utilisateur"), self.user)
        self.name = self.margin = None
        if not production:
            self.name = QLineEdit(str(QgsSettings().value(USER_KEY, "") or ""), self)
            self.name.setObjectName("nameEdit")
            self.name.setPlaceholderText(reviewer_name())   # the setting is empty: the login
            self.name.setToolTip(tr("Le nom écrit dans le journal pour un magasin GeoPackage (vide : votre "
                                    "identifiant). Sur PostgreSQL, c'est votre identifiant de connexion."))
            form.addRow(tr("Votre nom dans le journal"), self.name)
            self.margin = QDoubleSpinBox(self)
            self.margin.setObjectName("marginSpin")
            self.margin.setRange(0.0, 5.0)
            self.margin.setSingleStep(0.1)
            self.margin.setDecimals(1)
            self.margin.setValue(zoom_margin())
            self.margin.setToolTip(tr("La place laissée autour de l'élément sur la carte, en fraction de sa taille "
                                      "de chaque côté (0,5 : la moitié)."))
            form.addRow(tr("Marge autour de l'élément"), self.margin)
        self._recall(connections)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        form.addRow(box)

    def _recall(self, connections: List[str]):
        """Offer the last store opened."""
        settings = QgsSettings()
        last = {field: str(settings.value(LAST_KEY + field, "") or "") for field in LAST_FIELDS}
        self.path.setText(last["path"])
        if last["schema"]:
            self.schema.setText(last["schema"])
        self.campaign.setText(last["campaign"])
        if last["connection"] in connections:
            self.connection.setCurrentText(last["connection"])
            self.pgChoice.setChecked(last["kind"] == "pg")

    def _remember(self):
        settings = QgsSettings()
        values = {"kind": "pg" if self.pgChoice.isChecked() else "file", "path": self.path.text().strip(),
                  "connection": self.connection.currentText(), "schema": self.schema.text().strip(),
                  "campaign": self.campaign.text().strip()}
        for field, value in values.items():
            settings.setValue(LAST_KEY + field, value)

    def accept(self):
        if self.name is not None:
            name = self.name.text().strip()
            if name:
                QgsSettings().setValue(USER_KEY, name)
            else:
                QgsSettings().remove(USER_KEY)
        if self.margin is not None:
            QgsSettings().setValue(MARGIN_KEY, self.margin.value())
        super().accept()

    def _browse(self):
        path, _ = QFileDialog.getOpenFileName(self, tr("Ouvrir un magasin de revue"), "",
                                              tr("Magasins de revue (*.gpkg);;Tous les fichiers (*)"))
        if path:
            self.path.setText(path)
            self.fileChoice.setChecked(True)

    def open_store(self):
        """The chosen store, opened; InputError (French) when it cannot be."""
        from ocsge_review.store import open_store
        if self.fileChoice.isChecked():
            if not self.path.text().strip():
                raise InputError(tr("Choisissez un fichier de magasin de revue."))
            store = open_store(self.path.text().strip())
        else:
            spec, saved = connection_spec(self.connection.currentText())
            store = open_pg_store(spec, saved, self.schema.text().strip(), self.campaign.text().strip())
        self._remember()        # opened: offered first next time
        return store

    def open_production(self):
        from ocsge_review.production.sync import Production, ProductionTable
        spec, saved = connection_spec(self.production.currentText())
        spec, password, _ = pgauth.resolve(spec, what="--production")
        return Production.open(spec, ProductionTable(table=self.table.text().strip() or DEFAULT_TABLE),
                               password=password or saved)
