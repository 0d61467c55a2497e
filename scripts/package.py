"""Build the installable plugin zip: dist/ocsge_review_plugin-<version>.zip.

One top folder, ``ocsge_review_plugin/``, holding what QGIS needs at run time
and nothing else (no tests, scripts, benchmarks, .ts sources or caches). The
version is read from metadata.txt, its single source.
"""
import argparse
import configparser
import os
import sys
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLUGIN_ID = "ocsge_review_plugin"
FILES = ("metadata.txt", "__init__.py", "LICENSE", "README.md")
FOLDERS = ("ocsge_review", "ui", "resources", "i18n")
SKIP_DIRS = {"__pycache__", ".pytest_cache"}
SKIP_SUFFIXES = (".pyc", ".pyo", ".ts", "~")
# A fixed date makes two builds of the same tree byte-identical.
ZIP_DATE = (2020, 1, 1, 0, 0, 0)


def version() -> str:
    parser = configparser.ConfigParser()
    parser.read(os.path.join(ROOT, "metadata.txt"), encoding="utf-8")
    return parser["general"]["version"]


def members():
    """Repository-relative paths to ship, sorted."""
    out = []
    for name in FILES:
        if not os.path.isfile(os.path.join(ROOT, name)):
            sys.exit(f"{name} manque : impossible de construire le paquet.")
        out.append(name)
    for folder in FOLDERS:
        for dirpath, dirnames, filenames in os.walk(os.path.join(ROOT, folder)):
            dirnames[:] = sorted(d for d in dirnames if d not in SKIP_DIRS and not d.startswith("."))
            for filename in sorted(filenames):
                if filename.endswith(SKIP_SUFFIXES) or filename.startswith("."):
                    continue
                out.append(os.path.relpath(os.path.join(dirpath, filename), ROOT))
    return sorted(out)


def build(out_dir: str) -> str:
    sys.path.insert(0, os.path.join(ROOT, "scripts"))
    import build_i18n
    build_i18n.main([])
    os.makedirs(out_dir, exist_ok=True)
    target = os.path.join(out_dir, f"{PLUGIN_ID}-{version()}.zip")
    files = members()
    if not any(f.startswith("i18n/") and f.endswith(".qm") for f in files):
        sys.exit("Aucune traduction compilée (i18n/*.qm) : lancez scripts/build_i18n.py.")
    partial = target + ".part"
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
        for relpath in files:
            info = zipfile.ZipInfo(f"{PLUGIN_ID}/{relpath}", ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            with open(os.path.join(ROOT, relpath), "rb") as source:
                archive.writestr(info, source.read())
    os.replace(partial, target)
    return target


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="dist", help="output folder (default: dist)")
    args = parser.parse_args(argv)
    print(build(os.path.abspath(args.out)))


if __name__ == "__main__":
    main()
