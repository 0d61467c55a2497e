"""QGIS plugin entry point: puts the bundled core on sys.path and builds the plugin."""
import os
import sys


def classFactory(iface):  # noqa: N802 (name fixed by QGIS)
    # The core ships inside the plugin folder and is imported as the top-level
    # package ``ocsge_review``, the same name it has in batch jobs and tests.
    plugin_dir = os.path.dirname(os.path.abspath(__file__))
    if plugin_dir not in sys.path:
        sys.path.insert(0, plugin_dir)
    from .ui.plugin import OcsgeReviewPlugin
    return OcsgeReviewPlugin(iface)
