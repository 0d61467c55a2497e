"""A missing dependency ends in a message saying what to install, not a traceback."""
import importlib
import re
import sys
import types
from pathlib import Path

import pytest
import qgis.utils
from qgis.core import Qgis

REPO = Path(__file__).resolve().parents[2]


def _dependencies():
    return importlib.import_module("ocsge_review_plugin.ui.dependencies")


def _importer_without(*missing):
    def importer(name):
        if name in missing:
            raise ModuleNotFoundError(f"No module named '{name}'")
        return importlib.import_module(name)
    return importer


def test_all_present_gives_no_message(qgis_app):
    assert _dependencies().check() == []


def test_missing_pyogrio_says_what_to_install_on_debian(qgis_app):
    problems = _dependencies().check(_importer_without("pyogrio"), platform="linux")
    assert problems == [
        "OCS GE Review : le module Python « pyogrio » est introuvable. Installez-le avec : "
        "sudo apt install python3-pyogrio (Debian 13 et suivantes) ; là où la distribution ne le fournit "
        "pas, compilé sur le GDAL de QGIS : sudo apt install python3-pip python3-dev python3-packaging "
        "python3-certifi libgdal-dev libgeos-dev g++ && /usr/bin/python3 -m pip install --user "
        "--break-system-packages --no-deps --no-binary pyogrio pyogrio==0.10.0"]


def test_on_windows_what_qgis_ships_is_never_installed_with_pip(qgis_app):
    """numpy, shapely, pyogrio and GDAL come with QGIS's installer, built on its GDAL: pip would bring a
    second GDAL into the QGIS process. psycopg does not: pip in the OSGeo4W Shell, a binary wheel."""
    deps = _dependencies()
    for module in ("numpy", "shapely", "pyogrio", "osgeo.gdal"):
        (problem,) = deps.check(_importer_without(module), platform="win32")
        assert "pip" not in problem.replace("sans pip", "") and "installateur de QGIS" in problem, problem
    (problem,) = deps.check(_importer_without("psycopg"), teams=True, platform="win32")
    assert problem.endswith("Installez-le depuis l'OSGeo4W Shell (menu Démarrer, dossier QGIS) : "
                            "python -m pip install --user psycopg[binary]")
    (problem,) = deps.check(_importer_without("psycopg"), teams=True, platform="linux")
    assert problem.endswith("Installez-le avec : sudo apt install python3-psycopg")


def test_psycopg_is_checked_for_teams_only(qgis_app):
    deps = _dependencies()
    assert deps.check(_importer_without("psycopg"), platform="win32") == []
    assert deps.check(teams=True) == []


def test_old_shapely_is_refused(qgis_app):
    def importer(name):
        if name == "shapely":
            return types.SimpleNamespace(__version__="1.8.5")
        return importlib.import_module(name)
    (problem,) = _dependencies().check(importer, platform="linux")
    assert "« shapely » est en version 1.8.5" in problem and "shapely==2.0.7" in problem
    (problem,) = _dependencies().check(importer, platform="win32")
    assert "« shapely » est en version 1.8.5" in problem and "QGIS 3.40 LTR" in problem


def test_a_shapely_2_that_does_not_know_its_version_is_accepted(qgis_app):
    """Debian sid's python3-shapely 2.1 says its version is "0+unknown": shapely 2 is told by its API."""
    def importer(name):
        if name == "shapely":
            return types.SimpleNamespace(__version__="0+unknown", from_wkb=lambda wkb: None)
        return importlib.import_module(name)
    assert _dependencies().check(importer, platform="linux") == []


def test_pins_match_requirements(qgis_app):
    pins = dict(re.findall(r"^(\w+)==([\w.]+)", (REPO / "requirements.txt").read_text(), re.M))
    deps = _dependencies()
    assert pins["shapely"] == deps.SHAPELY_VERSION
    assert pins["pyogrio"] == deps.PYOGRIO_VERSION


def test_plugin_disables_its_actions_when_gdal_bindings_are_missing(qgis_iface, plugin_package,
                                                                   messages, monkeypatch):
    # A None entry in sys.modules makes ``import osgeo.gdal`` fail like a missing package.
    monkeypatch.setitem(sys.modules, "osgeo.gdal", None)
    assert qgis.utils.loadPlugin(plugin_package)
    assert qgis.utils.startPlugin(plugin_package)
    try:
        plugin = qgis.utils.plugins[plugin_package]
        assert plugin.actions and not any(a.isEnabled() for a in plugin.actions)
        warnings = messages.get_messages(Qgis.MessageLevel.Warning)
        assert len(warnings) == 1
        assert "« osgeo.gdal » est introuvable" in warnings[0]
        assert "sudo apt install python3-gdal" in warnings[0]
        assert messages.get_messages(Qgis.MessageLevel.Critical) == []
    finally:
        assert qgis.utils.unloadPlugin(plugin_package)
