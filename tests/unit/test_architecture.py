"""The core stays free of QGIS and Qt, and every module says what it is for."""
import ast
import os

CORE = os.path.join(os.path.dirname(__file__), "..", "..", "ocsge_review")
FORBIDDEN = ("qgis", "PyQt5", "PyQt6", "PySide2", "PySide6", "sip")


def _modules():
    for folder, _, names in sorted(os.walk(CORE)):
        for name in sorted(names):
            if name.endswith(".py"):
                path = os.path.join(folder, name)
                with open(path, encoding="utf-8") as fh:
                    yield os.path.relpath(path, CORE), ast.parse(fh.read(), filename=path)


def test_core_imports_no_qgis_or_qt():
    offenders = []
    for name, tree in _modules():
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                roots = [a.name.split(".")[0] for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                roots = [(node.module or "").split(".")[0]]
            else:
                continue
            offenders += [f"{name}: {r}" for r in roots if r in FORBIDDEN]
    assert offenders == []


def test_every_core_module_has_a_docstring():
    missing = [name for name, tree in _modules() if not ast.get_docstring(tree) and name != "__init__.py"]
    assert missing == []
