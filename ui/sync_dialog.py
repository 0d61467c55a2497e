"""Choosing what the conflicts panel works on: a review store and the production table.

The production database is one of QGIS's own PostgreSQL connections
(Explorateur › PostgreSQL), so its password stays where QGIS keeps it (the
authentication manager or a service file) and is only resolved in memory.
"""
import getpass
from typing import List, Optional, Tuple

from qgis.core import QgsDataSourceUri, QgsProviderRegistry
from qgis.PyQt.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout,
                                 QLineEdit, QPushButton, QWidget)

from .i18n import tr


def postgres_connections() -> List[str]:
    """Names of the PostgreSQL connections saved in QGIS."""
    try:
        return sorted(QgsProviderRegistry.instance().providerMetadata("postgres").connections().keys())
    except Exception:       # noqa: BLE001 (no postgres provider in this QGIS)
        return []


def connection_spec(name: str) -> Tuple[str, Optional[str]]:
    """(libpq string without password, password or None) of a saved QGIS PostgreSQL connection."""
    from .pgauth import uri_spec
    connection = QgsProviderRegistry.instance().providerMetadata("postgres").connections()[name]
    return uri_spec(QgsDataSourceUri(connection.uri()))


class SyncDialog(QDialog):
    """Review store + production connection and table + user name."""

    def __init__(self, parent=None, store: str = ""):
        super().__init__(parent)
        self.setObjectName("OcsgeSyncDialog")
        self.setWindowTitle(tr("Conflits de synchronisation"))
        form = QFormLayout(self)
        row = QWidget(self)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.store = QLineEdit(store, row)
        self.store.setObjectName("storeEdit")
        self.store.setPlaceholderText(tr("fichier .gpkg ou service=… (PostgreSQL)"))
        browse = QPushButton("…", row)
        browse.clicked.connect(self._browse)
        line.addWidget(self.store, 1)
        line.addWidget(browse)
        form.addRow(tr("Magasin de revue"), row)
        self.connection = QComboBox(self)
        self.connection.setObjectName("connectionCombo")
        self.connection.addItems(postgres_connections())
        form.addRow(tr("Base de production (connexion QGIS)"), self.connection)
        self.table = QLineEdit("occupation_sol", self)
        self.table.setObjectName("tableEdit")
        form.addRow(tr("Table de production"), self.table)
        self.user = QLineEdit(getpass.getuser(), self)
        self.user.setObjectName("userEdit")
        form.addRow(tr("Utilisateur"), self.user)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        form.addRow(box)

    def _browse(self):
        path, _ = QFileDialog.getOpenFileName(self, tr("Ouvrir un magasin de revue"), "",
                                              tr("Magasins de revue (*.gpkg);;Tous les fichiers (*)"))
        if path:
            self.store.setText(path)
