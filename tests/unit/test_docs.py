"""The documentation stays honest: the commands, options, make targets, links and keys it
names exist in the code.

- every ``python -m ocsge_review <sub-command> … --option`` written in the README or the user
  guides is a sub-command of the CLI's argparse parser (built from ocsge_review/cli/commands.py) and
  takes that option; any other ``--option`` the docs name belongs to the CLI or to the short
  list of other tools' options below;
- every ``make TARGET`` is a target of the Makefile;
- every image and link path exists, and every ``#anchor`` names a heading of its page;
- the review panel's and the validator panel's keys listed in the guides are exactly the
  shortcuts the panels register (read from ui/*.py with ``ast``: no QGIS needed).
"""
import argparse
import ast
import os
import re
import unicodedata

import pytest

from ocsge_review.cli.commands import build_parser

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GUIDES = ("docs/guide/fr.md", "docs/guide/en.md")
DOCS = ("README.md", *GUIDES, "docs/indicators.md")
# Options of other tools the docs show (pip, venv, qgis…): not the CLI's.
OTHER_TOOLS = {"--system-site-packages", "--no-binary", "--break-system-packages", "--no-deps", "--user",
               "--profiles-path", "--profile", "--code"}


def read(path):
    with open(os.path.join(ROOT, path), encoding="utf-8") as fh:
        return fh.read()


def documented(path):
    return os.path.exists(os.path.join(ROOT, path))


# -- the command lines -------------------------------------------------------------------------
def subparsers(parser):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action.choices
    return {}


def command_lines(text):
    """(line, its words after ``python -m ocsge_review``) for every command written in ``text``:
    in code blocks (with ``\\`` continuations joined) and in inline code."""
    lines = []
    for block in re.findall(r"```[a-z]*\n(.*?)```", text, re.S):
        lines += block.replace("\\\n", " ").splitlines()
    lines += re.findall(r"(?<!`)`([^`\n]+)`(?!`)", re.sub(r"```.*?```", "", text, flags=re.S))
    found = []
    for line in lines:
        for m in re.finditer(r"python -m ocsge_review\b(.*)", line):
            rest = m.group(1).split("#")[0]
            rest = re.split(r"python -m ocsge_review\b", rest)[0]
            found.append((line.strip(), rest.split()))
    return found


def resolve(words):
    """(the parser of the sub-command the words name, the words left)."""
    parser = build_parser()
    while words and subparsers(parser):
        choices = subparsers(parser)
        if words[0] not in choices:
            break
        parser, words = choices[words[0]], words[1:]
    return parser, words


def all_cli_options(parser=None):
    parser = parser or build_parser()
    options = set(parser._option_string_actions)
    for sub in subparsers(parser).values():
        options |= all_cli_options(sub)
    return options


@pytest.mark.parametrize("doc", DOCS)
def test_every_command_written_exists_with_its_options(doc):
    commands = command_lines(read(doc))
    if doc != "docs/indicators.md":
        assert commands, f"{doc}: no command found — has the format changed?"
    for line, words in commands:
        parser, left = resolve(words)
        assert not subparsers(parser), f"{doc}: « {line} » names no complete sub-command"
        for option in re.findall(r"(?<![\w-])--[a-z][a-z0-9-]*", " ".join(left)):
            assert option in parser._option_string_actions, \
                f"{doc}: « {line} »: {parser.prog} has no option {option}"


@pytest.mark.parametrize("doc", DOCS)
def test_every_option_named_is_the_clis_or_another_tools(doc):
    known = all_cli_options() | OTHER_TOOLS
    text = re.sub(r"https?://\S+", "", read(doc))
    unknown = sorted(set(re.findall(r"(?<![\w-])--[a-z][a-z0-9-]*", text)) - known)
    assert not unknown, f"{doc} names options no command has: {unknown}"


def test_the_command_finder_sees_continuations_and_inline_code():
    text = ("```sh\n.venv/bin/python -m ocsge_review campaign create --model M \\\n    --store S  # c --x\n```\n"
            "and `python -m ocsge_review queue next --store s --user u`.")
    found = command_lines(text)
    assert [w for _, w in found] == [["campaign", "create", "--model", "M", "--store", "S"],
                                     ["queue", "next", "--store", "s", "--user", "u"]]
    parser, _ = resolve(["queue", "decide"])
    assert "--flag" in parser._option_string_actions
    assert subparsers(resolve(["campaign"])[0])


# -- make targets ----------------------------------------------------------------------------------
def make_targets():
    return set(re.findall(r"^([a-z][a-z0-9-]*)\s*:(?!=)", read("Makefile"), re.M))


@pytest.mark.parametrize("doc", DOCS)
def test_every_make_target_written_exists(doc):
    targets = make_targets()
    for target in sorted(set(re.findall(r"(?:`|^)make ([a-z][a-z0-9-]*)", read(doc), re.M))):
        assert target in targets, f"{doc}: « make {target} » is not a target of the Makefile"


# -- links and images -----------------------------------------------------------------------------
def slug(heading):
    """The anchor GitHub gives a heading."""
    text = re.sub(r"[`*_]", "", heading.strip().lower())
    text = "".join(ch for ch in text if ch in " -" or unicodedata.category(ch)[0] in "LN")
    return text.replace(" ", "-")


def anchors(path):
    text = re.sub(r"```.*?```", "", read(path), flags=re.S)
    return {slug(h) for h in re.findall(r"^#{1,6} (.+)$", text, re.M)}


def links(text):
    text = re.sub(r"```.*?```", "", text, flags=re.S)
    return re.findall(r"!?\[[^\]]*\]\(([^)\s]+)\)", text)


@pytest.mark.parametrize("doc", DOCS)
def test_every_link_and_image_exists(doc):
    found = links(read(doc))
    if doc != "docs/indicators.md":
        assert found, f"{doc}: no link found — has the format changed?"
    for target in found:
        if re.match(r"[a-z]+:", target):
            continue
        path, _, anchor = target.partition("#")
        where = os.path.normpath(os.path.join(os.path.dirname(doc), path)) if path else doc
        assert documented(where), f"{doc}: link to a missing file « {target} »"
        if anchor and where.endswith(".md"):
            assert anchor in anchors(where), f"{doc}: « {target} »: no such heading in {where}"


def test_slugs_are_githubs():
    assert slug("The review panel's keys") == "the-review-panels-keys"
    assert slug("Le panneau de revue : les touches") == "le-panneau-de-revue--les-touches"
    assert slug("Accès par département (`admin`)") == "accès-par-département-admin"


def test_the_guides_have_the_same_structure():
    """French and English, heading for heading (levels and count), and the same images."""
    fr, en = (read(g) for g in GUIDES)
    level = lambda text: [len(h) for h in re.findall(r"^(#{1,6}) ", re.sub(r"```.*?```", "", text, flags=re.S),
                                                        re.M)]  # noqa: E731
    assert level(fr) == level(en)
    images = lambda text: sorted(re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text))  # noqa: E731
    assert images(fr) == images(en)


# -- the panels' keys -----------------------------------------------------------------------------
def registered_keys(module, method):
    """The keys ``method`` of ``ui/review/<module>.py`` registers: the third string of each
    ``specs`` tuple, the digits of a ``for n in range(a, b)`` loop adding specs, and any
    ``setShortcut("…")``."""
    tree = ast.parse(read(f"ui/review/{module}.py"))
    function = next(n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name == method)
    keys = set()
    for node in ast.walk(function):
        if isinstance(node, ast.Tuple) and len(node.elts) == 4 and isinstance(node.elts[2], ast.Constant) \
                and isinstance(node.elts[2].value, str):
            keys.add(node.elts[2].value)
        if isinstance(node, ast.For) and isinstance(node.iter, ast.Call) and getattr(node.iter.func, "id", "") == "range" \
                and any(isinstance(n, ast.Attribute) and n.attr == "append" for n in ast.walk(node)):
            low, high = (a.value for a in node.iter.args)
            keys |= {str(n) for n in range(low, high)}
        if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "setShortcut" \
                and isinstance(node.args[0], ast.Constant):
            keys.add(node.args[0].value)
    return keys


# How the guides write Qt's key names (French and English).
KEY_WORDS = {"Entrée": "Return", "Return": "Return", "Entrée du pavé numérique": "Enter", "Enter": "Enter",
             "Espace": "Space", "Space": "Space", "Maj+B": "Shift+B", "Échap": "Escape", "Esc": "Escape", "↑": "Up", "↓": "Down"}


def documented_keys(guide, table):
    """The keys in the first column of the table after ``<!-- keys:TABLE -->`` in ``guide``."""
    text = read(guide)
    marker = f"<!-- keys:{table} -->"
    assert marker in text, f"{guide}: no {marker} before the {table} key table"
    rows = re.findall(r"^\|([^|\n]*)\|", text.split(marker, 1)[1].split("\n\n", 1)[0], re.M)
    keys = set()
    for cell in rows[2:]:        # header and rule
        words = re.findall(r"`([^`]+)`", cell)
        if "…" in cell and len(words) == 2 and all(w.isdigit() for w in words):
            words = [str(n) for n in range(int(words[0]), int(words[1]) + 1)]
        keys |= {KEY_WORDS.get(w, w) for w in words}
    return keys


@pytest.mark.parametrize("guide", GUIDES)
def test_the_review_panels_keys_are_the_guides(guide):
    code = registered_keys("review_panel", "_make_actions")
    assert {"Return", "Ctrl+Z", "1", "9", "R"} <= code          # the reader still reads the code
    doc = documented_keys(guide, "review")
    assert doc == code, f"{guide}: only in the guide {sorted(doc - code)}, only in the code {sorted(code - doc)}"


@pytest.mark.parametrize("guide", GUIDES)
def test_the_validator_panels_keys_are_the_guides(guide):
    code = registered_keys("validator_panel", "_make_actions")
    assert {"A", "R", "N"} <= code
    # The arrows are the list's own keys, not shortcuts of the panel.
    doc = documented_keys(guide, "validator") - {"Up", "Down"}
    assert doc == code, f"{guide}: only in the guide {sorted(doc - code)}, only in the code {sorted(code - doc)}"
