"""Compile i18n/*.ts into .qm with lrelease; --update first refreshes the .ts from the sources.

The source strings are French. ``--update`` collects every ``tr("…")`` of ui/**/*.py
(context ``@default``), every ``tr("…")`` and ``N_("…")`` of the core, ocsge_review/
(context ``core``: the messages of ocsge_review.messages), and every translatable
``<string>`` of resources/*.ui (context: the form's class), keeps the translations already written and adds
new strings as unfinished; strings no longer in the code are marked obsolete.
"""
import argparse
import ast
import glob
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
I18N = os.path.join(ROOT, "i18n")
LANGUAGES = {"fr": "fr_FR", "en": "en_GB"}
LRELEASE_CANDIDATES = ("/usr/bin/lrelease", "/usr/lib/qt5/bin/lrelease", "lrelease-qt5", "lrelease")


CORE_CONTEXT = "core"          # ocsge_review.messages.CONTEXT; the script does not import the core


def python_strings(path, context="@default", markers=("tr",)):
    tree = ast.parse(open(path, encoding="utf-8").read(), path)
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in markers
                and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            yield context, node.args[0].value, os.path.relpath(path, I18N), node.lineno


def ui_strings(path):
    tree = ET.parse(path)
    context = tree.getroot().findtext("class")
    for element in tree.iter("string"):
        if element.text and element.get("notr") != "true":
            yield context, element.text, os.path.relpath(path, I18N), None


def collect():
    messages = {}
    for path in sorted(glob.glob(os.path.join(ROOT, "ui", "**", "*.py"), recursive=True)):
        for context, source, location, line in python_strings(path):
            messages.setdefault((context, source), (location, line))
    for path in sorted(glob.glob(os.path.join(ROOT, "ocsge_review", "**", "*.py"), recursive=True)):
        for context, source, location, line in python_strings(path, CORE_CONTEXT, ("tr", "N_")):
            messages.setdefault((context, source), (location, line))
    for path in sorted(glob.glob(os.path.join(ROOT, "resources", "*.ui"))):
        for context, source, location, line in ui_strings(path):
            messages.setdefault((context, source), (location, line))
    return messages


def read_ts(path):
    """{(context, source): (translation, finished)} of an existing .ts."""
    if not os.path.exists(path):
        return {}
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            text = translation.text if translation is not None and translation.text else ""
            out[(name, message.findtext("source"))] = (text, kind not in ("unfinished", "obsolete", "vanished"))
    return out


def write_ts(path, language, messages, old):
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="fr_FR")
    contexts = {}
    keys = list(messages) + [k for k in old if k not in messages]
    for key in keys:
        context, source = key
        ctx = contexts.get(context)
        if ctx is None:
            ctx = contexts[context] = ET.SubElement(root, "context")
            ET.SubElement(ctx, "name").text = context
        message = ET.SubElement(ctx, "message")
        if key in messages:
            location, line = messages[key]
            attrs = {"filename": location}
            if line:
                attrs["line"] = str(line)
            ET.SubElement(message, "location", attrs)
        ET.SubElement(message, "source").text = source
        text, finished = old.get(key, ("", False))
        if language.startswith("fr") and not text:
            text, finished = source, True
        translation = ET.SubElement(message, "translation")
        translation.text = text
        if key not in messages:
            translation.set("type", "vanished")
        elif not finished:
            translation.set("type", "unfinished")
    ET.indent(root)
    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        out.write(ET.tostring(root, encoding="unicode"))
        out.write("\n")


def lrelease():
    for candidate in LRELEASE_CANDIDATES:
        found = shutil.which(candidate)
        if found:
            return found
    sys.exit("lrelease est introuvable : installez qttools5-dev-tools (sudo apt install qttools5-dev-tools).")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="refresh the .ts files from the sources first")
    args = parser.parse_args(argv)
    if args.update:
        messages = collect()
        for code, language in LANGUAGES.items():
            path = os.path.join(I18N, f"ocsge_review_{code}.ts")
            write_ts(path, language, messages, read_ts(path))
    tool = lrelease()
    for ts in sorted(glob.glob(os.path.join(I18N, "*.ts"))):
        qm = ts[:-3] + ".qm"
        subprocess.run([tool, "-silent", ts, "-qm", qm], check=True)
        print(f"{os.path.relpath(qm, ROOT)}")


if __name__ == "__main__":
    main()
