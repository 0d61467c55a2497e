"""Keyboard shortcuts of the plugin's docks: QActions registered with QGIS, so users can rebind them."""
from typing import Callable, Dict, Sequence, Tuple

from qgis.gui import QgsGui
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QAction


def register(widget, prefix: str, specs: Sequence[Tuple[str, str, str, Callable]]) -> Dict[str, QAction]:
    """One action per (name, text, key, slot), active while ``widget`` or a child has the focus,
    named ``prefix + name`` (how QGIS's shortcut settings remember a rebinding); name → action, in order."""
    manager = QgsGui.shortcutsManager()
    actions = {}
    for name, text, key, slot in specs:
        action = QAction(text, widget)
        action.setObjectName(f"{prefix}{name}")
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        widget.addAction(action)
        manager.registerAction(action, key)
        actions[name] = action
    return actions


def extend_to(widget, actions: Sequence[QAction]) -> None:
    """The actions' keys also active while ``widget`` or a child has the focus (Qt matches a
    widget-with-children shortcut against every widget its action was added to)."""
    for action in actions:
        widget.addAction(action)


def while_visible(dock) -> None:
    """``dock.shortcuts`` work only while ``dock`` shows: two panels docked as tabs both extend their keys to
    the map, and N there is the panel's in front (the review panel's, behind the validator's, took it).
    Read when the dock shows or hides: empty once the dock shut down."""
    dock.visibilityChanged.connect(lambda visible: [action.setEnabled(visible) for action in dock.shortcuts])


def unregister(widget, actions: Sequence[QAction], also: Sequence = ()) -> None:
    """The actions out of QGIS's shortcut settings and off ``widget`` and the widgets in ``also``."""
    manager = QgsGui.shortcutsManager()
    for action in actions:
        manager.unregisterAction(action)
        for holder in (widget, *also):
            holder.removeAction(action)
        action.setParent(None)
        action.deleteLater()
