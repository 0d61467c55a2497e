"""Build the installable plugin zip: dist/ocsge_review_plugin-<version>.zip.

One top folder, ``ocsge_review_plugin/``, holding what QGIS needs at run time
and nothing else (no tests, scripts, benchmarks, .ts sources or caches). The
version is read from metadata.txt, its single source; the zipped metadata.txt
gets its ``changelog`` key from CHANGELOG.md, whose newest entry must be that
version. scripts/check_package.py checks the result against the plugin
repository's rules.
"""
import argparse
import configparser
import os
import re
import sys
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLUGIN_ID = "ocsge_review_plugin"
FILES = ("metadata.txt", "__init__.py", "LICENSE", "README.md", "CHANGELOG.md")
FOLDERS = ("ocsge_review", "ui", "resources", "i18n")
SKIP_DIRS = {"__pycache__", ".pytest_cache"}
SKIP_SUFFIXES = (".pyc", ".pyo", ".ts", "~")
# « ## 0.2.0 — 2026-11-24 » in CHANGELOG.md
ENTRY = re.compile(r"^## +(\S+) +— +(\S+) *$")
# A fixed date makes two builds of the same tree byte-identical.
ZIP_DATE = (2020, 1, 1, 0, 0, 0)


def version() -> str:
    parser = configparser.ConfigParser()
    parser.read(os.path.join(ROOT, "metadata.txt"), encoding="utf-8")
    return parser["general"]["version"]


def changelog(text: str):
    """[(version, date, [item, …]), …] from CHANGELOG.md's text, newest first."""
    entries = []
    for line in text.splitlines():
        heading = ENTRY.match(line)
        if heading:
            entries.append((heading.group(1), heading.group(2), []))
        elif entries and line.startswith("- "):
            entries[-1][2].append(line[2:].strip())
        elif entries and line.startswith("  ") and entries[-1][2]:
            entries[-1][2][-1] += " " + line.strip()     # a wrapped item
    return entries


def packaged_metadata() -> bytes:
    """metadata.txt as shipped: the repository's, plus the changelog written from CHANGELOG.md."""
    with open(os.path.join(ROOT, "CHANGELOG.md"), encoding="utf-8") as source:
        entries = changelog(source.read())
    if not entries or entries[0][0] != version():
        sys.exit(f"CHANGELOG.md ne commence pas par la version {version()} de metadata.txt : "
                 "décrivez ce qu'elle apporte avant de construire le paquet.")
    lines = []
    for number, date, items in entries:
        lines.append(f"{number} ({date})")
        lines.extend(f"- {item}" for item in items)
    # QGIS reads metadata.txt with configparser's interpolation: a lone « % » would break it.
    value = "\n    ".join(line.replace("%", "%%") for line in lines)
    with open(os.path.join(ROOT, "metadata.txt"), encoding="utf-8") as source:
        text = source.read()
    return (text.rstrip("\n") + f"\nchangelog={value}\n").encode("utf-8")


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
    metadata = packaged_metadata()
    partial = target + ".part"
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
        for relpath in files:
            info = zipfile.ZipInfo(f"{PLUGIN_ID}/{relpath}", ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            if relpath == "metadata.txt":
                archive.writestr(info, metadata)
                continue
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
