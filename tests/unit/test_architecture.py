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


# The core's stages in the data's way (docs/architecture.md): a module imports the ground floor (the modules
# at ocsge_review/'s top), its own stage and the stages before it; reaching one stage ahead is tolerated
# (a campaign is written into a store), two or more never. ui/ comes after every stage.
STAGES = ("ocsge", "model", "campaigns", "store", "statistics", "production", "synthetic", "cli")
REPO = os.path.join(os.path.dirname(__file__), "..", "..")


def _module_name(path):
    parts = os.path.relpath(path, REPO)[:-3].split(os.sep)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _import_graph():
    """Every module of ocsge_review/ and ui/ → the modules of the plugin it imports, at any depth of the file
    (a function's import runs too). Importing a name from a package counts the package, and the submodule
    when the name is one."""
    files = {}
    for top in ("ocsge_review", "ui"):
        for folder, _, names in os.walk(os.path.join(REPO, top)):
            for name in names:
                if name.endswith(".py"):
                    files[_module_name(os.path.join(folder, name))] = os.path.join(folder, name)
    graph = {}
    for module, path in files.items():
        package = module if path.endswith("__init__.py") else module.rpartition(".")[0]
        with open(path, encoding="utf-8") as fh:
            tree = ast.parse(fh.read(), filename=path)
        targets = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                targets.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")[:len(package.split(".")) - node.level + 1]
                    base = ".".join(anchor + ([base] if base else []))
                targets.add(base)
                targets.update(f"{base}.{alias.name}" for alias in node.names)
        # A package is always initialised before its submodules: importing it from inside adds no edge.
        graph[module] = {t for t in targets if t in files and t != module and not module.startswith(t + ".")}
    return graph


def _cycles(graph):
    """The strongly connected components of more than one module (Tarjan)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def _stage(module):
    """0 for the ground floor, 1… for the stages in order, after them ui/; the CLI's entry is the CLI's."""
    parts = module.split(".")
    if parts[0] == "ui":
        return len(STAGES) + 1
    if parts[1:] == ["__main__"]:
        return STAGES.index("cli") + 1
    return STAGES.index(parts[1]) + 1 if len(parts) > 1 and parts[1] in STAGES else 0


def test_the_stage_folders_are_the_ones_named():
    folders = {n for n in os.listdir(CORE) if os.path.isfile(os.path.join(CORE, n, "__init__.py"))}
    assert folders == set(STAGES)


def test_no_import_cycle_in_the_core_or_the_ui():
    assert _cycles(_import_graph()) == []


def test_no_module_reaches_two_stages_ahead_and_the_ground_floor_imports_only_itself():
    offenders = []
    for module, targets in sorted(_import_graph().items()):
        for target in sorted(targets):
            ahead = _stage(target) - _stage(module)
            if ahead >= 2 or (_stage(module) == 0 and ahead > 0):
                offenders.append(f"{module} → {target}")
    assert offenders == []
