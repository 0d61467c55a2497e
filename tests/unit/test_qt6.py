"""The plugin proper (its entry point and ui/) follows the QGIS project's Qt 6 migration rules for
plugins (scripts/pyqt5_to_pyqt6 in QGIS's sources): what that script would rewrite or warn about is
not there, so the same code runs on QGIS 3 (Qt 5) and QGIS 4 (Qt 6)."""
import ast
import importlib
import os
import re

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")

# Modules and names Qt 6 removed (QRegExp: QRegularExpression; QDesktopWidget: QScreen; …).
REMOVED_MODULES = ("QtWebKit", "QtWebKitWidgets", "QtScript", "QtXmlPatterns", "QtOpenGL", "Qt")
REMOVED_NAMES = {"QRegExp", "QRegExpValidator", "QDesktopWidget", "QGLWidget", "QMatrix", "QSound",
                 "QTextCodec", "QStringRef", "QLinkedList", "qApp", "resources_rc"}
# The plugin's own shim: the enums' old names, as fallbacks for older QGIS versions.
QGIS_ENUMS = os.path.join("ui", "qgis_enums.py")


def plugin_sources():
    paths = [os.path.join(ROOT, "__init__.py")]
    paths += sorted(os.path.join(folder, n) for folder, _, names in os.walk(os.path.join(ROOT, "ui"))
                    for n in names if n.endswith(".py"))
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            source = fh.read()
        yield os.path.relpath(path, ROOT), source, ast.parse(source, filename=path)


def imported_names(tree):
    """Each name a file imports from a qgis module: name → (module, attribute)."""
    names = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").startswith("qgis"):
            for alias in node.names:
                names[alias.asname or alias.name] = (node.module, alias.name)
    return names


def test_only_qgis_pyqt_imports_and_no_module_or_name_qt6_removed():
    offenders = []
    for name, _, tree in plugin_sources():
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                modules = [a.name for a in node.names]
                imported = []
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                modules = [node.module or ""]
                imported = [a.name for a in node.names]
            else:
                continue
            for module in modules:
                root = module.split(".")[0]
                if root in ("PyQt5", "PyQt6", "PySide2", "PySide6", "sip"):
                    offenders.append(f"{name}:{node.lineno}: import {module} (use qgis.PyQt)")
                if module.startswith("qgis.PyQt.") and module.split(".")[2] in REMOVED_MODULES:
                    offenders.append(f"{name}:{node.lineno}: {module} is gone in Qt 6")
            offenders += [f"{name}:{node.lineno}: {n} is gone in Qt 6" for n in imported if n in REMOVED_NAMES]
    assert offenders == []


def test_no_pyqt5_only_calls():
    offenders = []
    for name, source, tree in plugin_sources():
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr in ("exec_", "print_"):
                offenders.append(f"{name}:{node.lineno}: {node.attr}() (use {node.attr[:-1]}())")
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "QVariant" \
                    and not node.args:
                offenders.append(f"{name}:{node.lineno}: QVariant() (use qgis.core.NULL)")
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                if node.func.attr == "addAction" and len(node.args) >= 4:
                    offenders.append(f"{name}:{node.lineno}: addAction(…) with 4 arguments")
                if node.func.attr == "desktop" and not node.args:
                    offenders.append(f"{name}:{node.lineno}: QApplication.desktop() (use QScreen)")
            if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Attribute) \
                    and isinstance(node.slice, ast.Name) and node.value.attr in ("activated", "currentIndexChanged"):
                offenders.append(f"{name}:{node.lineno}: {node.value.attr}[{node.slice.id}] overload")
        offenders += [f"{name}: fontMetrics().width() (use horizontalAdvance())"
                      for _ in re.finditer(r"[Mm]etrics\w*\(\)?\.width\(", source)]
    assert offenders == []


def _is_enum_member(value):
    kind = type(value)
    return isinstance(value, int) and kind not in (int, bool) and "." in kind.__qualname__


def resolved_attributes(tree, modules=None):
    """Each ``Name.attr`` of the file whose name it imported from a qgis module (from one of ``modules`` if
    given), asked of the bindings themselves: (node, the imported object, its attribute)."""
    imports = imported_names(tree)
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in imports):
            continue
        module, attribute = imports[node.value.id]
        if modules is not None and module not in modules:
            continue
        try:
            owner = getattr(importlib.import_module(module), attribute)
            value = getattr(owner, node.attr)
        except (ImportError, AttributeError):
            continue
        yield node, owner, value


def test_enums_are_fully_scoped():
    """`Qt.AlignLeft` is gone in PyQt 6; `Qt.AlignmentFlag.AlignLeft` works in both. Which attributes are
    enum members is asked of the bindings themselves (the PyQt 5 ones QGIS 3 ships)."""
    from qgis.PyQt import QtCore as qtcore
    offenders = []
    for name, _, tree in plugin_sources():
        for node, owner, value in resolved_attributes(tree):
            if owner is qtcore.QVariant and isinstance(value, int):
                if name == QGIS_ENUMS:     # the fallback for QGIS < 3.38 only
                    continue
                offenders.append(f"{name}:{node.lineno}: QVariant.{node.attr} (QVariant.Type is gone: QMetaType)")
            elif _is_enum_member(value):
                offenders.append(f"{name}:{node.lineno}: {node.value.id}.{node.attr} "
                                 f"(use {type(value).__qualname__}.{node.attr})")
    assert offenders == []


def test_no_enum_under_the_name_qgis_moved_it_from():
    """QGIS 3.30–3.36 moved many enums into the Qgis namespace (QgsProcessing.SourceType became
    Qgis.ProcessingSourceType): the old names are deprecated aliases of the new ones. Seen where the
    bindings have moved them (QGIS 3.30 on: the matrix); on QGIS 3.22 the old names are the only ones."""
    offenders = []
    for name, _, tree in plugin_sources():
        if name == QGIS_ENUMS:      # the old names as fallbacks, for QGIS 3.22
            continue
        for node, _, value in resolved_attributes(tree, ("qgis.core", "qgis.gui", "qgis.analysis")):
            if node.value.id == "Qgis":
                continue
            moved = value if isinstance(value, type) else type(value)
            if moved.__qualname__.startswith("Qgis.") and moved.__module__.startswith("qgis"):
                offenders.append(f"{name}:{node.lineno}: {node.value.id}.{node.attr} is {moved.__qualname__}")
    assert offenders == []
