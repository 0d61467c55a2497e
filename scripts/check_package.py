"""Check a built plugin zip against the QGIS plugin repository's rules; exit 1 and list what breaks them.

    python scripts/check_package.py dist/ocsge_review_plugin-0.2.0.zip
"""
import argparse
import configparser
import glob
import os
import re
import sys
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REQUIRED = ("name", "description", "about", "version", "qgisMinimumVersion", "author", "email",
            "repository", "tracker")
HTML_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
# Never shipped: developer files, caches, sources of compiled files, compiled Qt resources.
FORBIDDEN_PARTS = ("__pycache__", "tests", "bench", "scripts", ".git", ".github", ".ci", "build", "dist")
FORBIDDEN_NAMES = ("Makefile", "requirements-dev.txt", "resources_rc.py")
FORBIDDEN_SUFFIXES = (".pyc", ".pyo", ".ts")
UI_MODULE = re.compile(r"^ui_.*\.py$")
ZIP_NAME = re.compile(r"^(?P<id>.+)-(?P<version>[^-]+)\.zip$")


def problems(path: str) -> list:
    """What in the zip at ``path`` the plugin repository (or a QGIS installing it) would refuse."""
    found = []
    with zipfile.ZipFile(path) as archive:
        names = [n for n in archive.namelist() if not n.endswith("/")]
        tops = sorted({n.split("/")[0] for n in archive.namelist()})
        if len(tops) != 1 or not any("/" in n for n in names):
            return [f"one top folder expected, found {tops}"]
        top = tops[0]
        if not top.isidentifier():
            found.append(f"top folder {top!r} is not a Python identifier (QGIS imports it as a package)")
        inside = {n[len(top) + 1:] for n in names}
        for member in sorted(inside):
            parts = member.split("/")
            if (any(p in FORBIDDEN_PARTS for p in parts[:-1]) or parts[-1] in FORBIDDEN_NAMES
                    or parts[-1].endswith(FORBIDDEN_SUFFIXES) or UI_MODULE.match(parts[-1])):
                found.append(f"{member} must not be shipped")
        for needed in ("__init__.py", "metadata.txt", "LICENSE"):
            if needed not in inside:
                found.append(f"{needed} missing")
        for source in translations():
            if source not in inside:
                found.append(f"{source} missing (built from the committed .ts)")
        if "metadata.txt" in inside:
            found += metadata_problems(archive.read(f"{top}/metadata.txt").decode("utf-8"), inside, path)
    return found


def translations() -> list:
    """The .qm every shipped zip holds: one per committed i18n/*.ts."""
    return sorted("i18n/" + os.path.basename(ts)[:-3] + ".qm" for ts in glob.glob(os.path.join(ROOT, "i18n", "*.ts")))


def metadata_problems(text: str, inside: set, path: str) -> list:
    found = []
    # QGIS and the repository read it with configparser's default interpolation: check it reads so.
    parser = configparser.ConfigParser()
    try:
        parser.read_string(text)
        general = dict(parser.items("general"))
    except (configparser.Error, KeyError) as exc:
        return [f"metadata.txt does not read: {exc}"]
    for key in REQUIRED:
        if not general.get(key.lower(), "").strip():
            found.append(f"metadata key {key} missing or empty")
    for key in ("description", "about"):
        if HTML_TAG.search(general.get(key, "")):
            found.append(f"metadata {key} holds HTML")
    icon = general.get("icon")
    if icon and icon not in inside:
        found.append(f"icon {icon} is not in the zip")
    named = ZIP_NAME.match(path.replace("\\", "/").rsplit("/", 1)[-1])
    if not named or named.group("version") != general.get("version"):
        found.append(f"zip name does not carry metadata version {general.get('version')}")
    return found


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("zip", help="the plugin zip (make package writes it to dist/)")
    args = parser.parse_args(argv)
    found = problems(args.zip)
    for problem in found:
        print(f"{args.zip}: {problem}", file=sys.stderr)
    if found:
        sys.exit(1)
    print(f"{args.zip}: ok")


if __name__ == "__main__":
    main()
