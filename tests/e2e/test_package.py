"""The zip `make package` builds meets the plugin repository's rules, and the checker catches each broken rule."""
import configparser
import importlib.util
import shutil
import subprocess
import sys
import zipfile

import pytest

from desktop import PLUGIN, REPO, version


def _script(name):
    spec = importlib.util.spec_from_file_location(name, REPO / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


check_package = _script("check_package")
package = _script("package")


def packaged_metadata(plugin_zip):
    parser = configparser.ConfigParser()
    parser.read_string(zipfile.ZipFile(plugin_zip).read(f"{PLUGIN}/metadata.txt").decode("utf-8"))
    return parser["general"]


def test_the_built_zip_passes_the_checker(plugin_zip):
    done = subprocess.run([sys.executable, str(REPO / "scripts" / "check_package.py"), str(plugin_zip)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert check_package.problems(str(plugin_zip)) == []
    names = zipfile.ZipFile(plugin_zip).namelist()
    for required in ("ui/plugin.py", "ocsge_review/model/confidence.py", "resources/load_dialog.ui",
                     "resources/styles/confidence.qml", "i18n/ocsge_review_en.qm", "i18n/ocsge_review_fr.qm"):
        assert f"{PLUGIN}/{required}" in names


def test_the_zipped_changelog_is_changelog_md(plugin_zip):
    text = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
    entries = package.changelog(text)
    assert entries[0][0] == version() and len(entries) >= 2 and all(items for _, _, items in entries)
    changelog = packaged_metadata(plugin_zip)["changelog"]      # read as QGIS does, « %% » back to « % »
    assert changelog.splitlines()[0] == f"{entries[0][0]} ({entries[0][1]})"
    for number, date, items in entries:
        assert f"{number} ({date})" in changelog
        for item in items:
            assert f"- {item}" in changelog


def test_no_build_when_the_changelog_misses_the_version(monkeypatch):
    monkeypatch.setattr(package, "version", lambda: "9.9.9")
    with pytest.raises(SystemExit, match="9.9.9"):
        package.packaged_metadata()


def _rewrite(source, target, drop=(), add=None, metadata=None, top=PLUGIN):
    """A copy of the zip at ``source``: members in ``drop`` left out, ``add`` {path: bytes} added (under the top folder, or at the root
    when the path starts with « / »),
    metadata.txt passed through ``metadata(text) -> text``, the top folder renamed ``top``."""
    with zipfile.ZipFile(source) as good, zipfile.ZipFile(target, "w") as bad:
        for name in good.namelist():
            inner = name[len(PLUGIN) + 1:]
            if inner in drop:
                continue
            data = good.read(name)
            if inner == "metadata.txt" and metadata:
                data = metadata(data.decode("utf-8")).encode("utf-8")
            bad.writestr(f"{top}/{inner}", data)
        for inner, data in (add or {}).items():
            bad.writestr(inner[1:] if inner.startswith("/") else f"{top}/{inner}", data)
    return target


def _key(key, value):
    def edit(text):
        lines = [line for line in text.splitlines() if not line.lower().startswith(key.lower() + "=")]
        if value is not None:
            lines.insert(1, f"{key}={value}")
        return "\n".join(lines) + "\n"
    return edit


BROKEN = {
    **{f"no {key}": (dict(metadata=_key(key, None)), f"{key} missing") for key in check_package.REQUIRED},
    "empty email": (dict(metadata=_key("email", "")), "email missing or empty"),
    "html in description": (dict(metadata=_key("description", "Revue <b>OCS GE</b>")), "description holds HTML"),
    "html in about": (dict(metadata=_key("about", "Voir <a href='x'>ici</a>.")), "about holds HTML"),
    "lone percent": (dict(metadata=_key("about", "93 % revus")), "does not read"),
    "two top folders": (dict(add={"/other/readme.txt": b"x"}), "one top folder"),
    "top folder not an identifier": (dict(top="ocsge-review"), "not a Python identifier"),
    "no LICENSE": (dict(drop={"LICENSE"}), "LICENSE missing"),
    "a .qm missing": (dict(drop={"i18n/ocsge_review_fr.qm"}), "i18n/ocsge_review_fr.qm missing"),
    "pyc": (dict(add={"ui/plugin.pyc": b"x"}), "ui/plugin.pyc"),
    "pycache": (dict(add={"ui/__pycache__/x.py": b"x"}), "__pycache__"),
    "tests": (dict(add={"tests/test_x.py": b"x"}), "tests/test_x.py"),
    "bench": (dict(add={"bench/run.py": b"x"}), "bench/run.py"),
    "scripts": (dict(add={"scripts/package.py": b"x"}), "scripts/package.py"),
    "Makefile": (dict(add={"Makefile": b"x"}), "Makefile"),
    "requirements-dev": (dict(add={"requirements-dev.txt": b"x"}), "requirements-dev.txt"),
    ".ts source": (dict(add={"i18n/ocsge_review_fr.ts": b"x"}), "i18n/ocsge_review_fr.ts"),
    "compiled resources": (dict(add={"resources_rc.py": b"x"}), "resources_rc.py"),
    "compiled form": (dict(add={"ui/ui_load_dialog.py": b"x"}), "ui/ui_load_dialog.py"),
    "icon not shipped": (dict(drop={"resources/icons/ocsge_review.svg"}), "icon resources/icons/ocsge_review.svg"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_the_checker_refuses_each_broken_rule(plugin_zip, tmp_path, case):
    changes, expected = BROKEN[case]
    broken = _rewrite(plugin_zip, tmp_path / plugin_zip.name, **changes)
    found = check_package.problems(str(broken))
    assert any(expected in problem for problem in found), found
    done = subprocess.run([sys.executable, str(REPO / "scripts" / "check_package.py"), str(broken)],
                          capture_output=True, text=True)
    assert done.returncode == 1 and expected in done.stderr


def test_the_checker_refuses_a_zip_named_for_another_version(plugin_zip, tmp_path):
    renamed = tmp_path / f"{PLUGIN}-0.0.1.zip"
    shutil.copy(plugin_zip, renamed)
    assert check_package.problems(str(renamed)) == [f"zip name does not carry metadata version {version()}"]
