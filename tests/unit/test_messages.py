"""The core's messages: templates filled, English from the environment or the .ts, French by default, none unmarked."""
import ast
import os
import string
import subprocess
import sys
from pathlib import Path

import pytest

from ocsge_review import messages
from ocsge_review.ocsge import departements
from ocsge_review.errors import InputError

REPO = Path(__file__).resolve().parents[2]
CORE = REPO / "ocsge_review"
sys.path.insert(0, str(REPO / "scripts"))
import build_i18n  # noqa: E402

# Core modules whose messages are not marked yet; the list only ever shrinks.
NOT_YET_TRANSLATED: set = set()
# Fields a language may leave out: French elision (« d'annuler » / « de réserver ») has no English use.
LANGUAGE_ONLY_FIELDS = {"of"}


@pytest.fixture
def core_language():
    """Whatever translator a test installs, the core speaks French again afterwards."""
    yield
    messages.install(None)


def _fields(template):
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def test_a_template_is_translated_then_filled_with_named_values(core_language):
    english = {("core", "Le fichier {path} pèse {size:.1f} Mo."): "File {path} weighs {size:.1f} MB."}
    messages.install(lambda context, source: english[(context, source)])
    assert messages.tr("Le fichier {path} pèse {size:.1f} Mo.", path="a.gpkg", size=2.26) == \
        "File a.gpkg weighs 2.3 MB."


def test_french_by_default():
    with pytest.raises(InputError) as raised:
        departements.normalise("99x")
    assert str(raised.value) == "Département inconnu : « 99x » (exemples : 32, 2A, 974)."


@pytest.mark.parametrize("environ, language", [
    ({"LANG": "en_GB.UTF-8"}, "en"),
    ({"LANG": "fr_FR.UTF-8"}, "fr"),
    ({"LANG": "C.UTF-8"}, "fr"),
    ({}, "fr"),
    ({"LANGUAGE": "fr:en", "LANG": "en_US.UTF-8"}, "fr"),     # LANGUAGE first, as gettext reads them
    ({"LC_ALL": "en_US.UTF-8", "LANG": "fr_FR.UTF-8"}, "en"),
    ({"LANGUAGE": "", "LC_MESSAGES": "en_IE.UTF-8"}, "en"),  # an empty variable does not count
])
def test_the_language_comes_from_the_environment(environ, language):
    assert messages.environment_language(environ) == language


def test_an_english_environment_gets_core_errors_in_english_from_the_committed_ts(core_language):
    messages.use_environment_language({"LANG": "en_GB.UTF-8"})
    with pytest.raises(InputError) as raised:
        departements.normalise("99x")
    assert str(raised.value) == 'Unknown département: "99x" (examples: 32, 2A, 974).'


@pytest.mark.parametrize("lang, expected", [
    ("en_GB.UTF-8", 'error: Review store not found: "{path}".'),
    ("fr_FR.UTF-8", "erreur : Magasin de revue introuvable : « {path} »."),
])
def test_the_command_line_speaks_the_environment_language(tmp_path, lang, expected):
    path = str(tmp_path / "absent.gpkg")
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    done = subprocess.run([sys.executable, "-m", "ocsge_review", "campaign", "status", "--store", path],
                          cwd=REPO, env={**env, "LANG": lang}, capture_output=True, text=True)
    assert done.returncode == 2
    assert done.stderr.strip() == expected.format(path=path)


def _ts(path, entries):
    """A .ts of the core context: (source, translation, finished) each."""
    unfinished = ' type="unfinished"'
    body = "".join(f"<message><source>{s}</source><translation{'' if done else unfinished}>{t}</translation>"
                   "</message>" for s, t, done in entries)
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?><TS version="2.1"><context><name>core</name>{body}'
                    "</context></TS>", encoding="utf-8")
    return str(path)


def test_a_missing_or_unfinished_translation_falls_back_to_french(tmp_path, core_language):
    messages.install(messages.TsTranslator(_ts(tmp_path / "en.ts", [
        ("Élément {item_id} validé.", "Item {item_id} validated.", True),
        ("Élément {item_id} rejeté.", "Item {item_id} rejected.", False),
    ])))
    assert messages.tr("Élément {item_id} validé.", item_id=3) == "Item 3 validated."
    assert messages.tr("Élément {item_id} rejeté.", item_id=3) == "Élément 3 rejeté."
    assert messages.tr("Élément {item_id} synchronisé.", item_id=3) == "Élément 3 synchronisé."


def test_a_translation_with_a_broken_field_still_reports_in_french(tmp_path, core_language):
    messages.install(messages.TsTranslator(_ts(tmp_path / "en.ts", [
        ("Élément {item_id} validé.", "Item {itemid} validated.", True)])))
    assert messages.tr("Élément {item_id} validé.", item_id=3) == "Élément 3 validé."


def test_english_translations_keep_the_fields_of_their_source():
    translations = build_i18n.read_ts(str(REPO / "i18n" / "ocsge_review_en.ts"))
    changed = [(source, text) for (context, source), (text, done) in translations.items()
               if context == build_i18n.CORE_CONTEXT and done
               and _fields(text) != _fields(source) - LANGUAGE_ONLY_FIELDS]
    assert changed == []


# --- no message of the core reaches a user without going through tr() ------------------------------

def _exception_names():
    """OcsgeError and every subclass the core defines, by class name."""
    classes = {}
    for path in CORE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                classes[node.name] = {ast.unparse(b).split(".")[-1] for b in node.bases}
    names, grown = {"OcsgeError"}, True
    while grown:
        found = {name for name, bases in classes.items() if bases & names}
        grown = not found <= names
        names |= found
    return names


def _unmarked(node):
    """Is ``node`` a message written in place (literal, f-string, concatenation, %/format) instead of tr()?"""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _unmarked(node.left) or _unmarked(node.right)
    if isinstance(node, ast.IfExp):
        return _unmarked(node.body) or _unmarked(node.orelse)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return _unmarked(node.func.value)
    return False


def _unmarked_messages(source, exceptions):
    return [node.lineno for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.Call) and node.args
            and (getattr(node.func, "id", None) or getattr(node.func, "attr", None)) in exceptions
            and _unmarked(node.args[0])]


def test_every_core_exception_message_goes_through_tr():
    exceptions = _exception_names()
    offenders = [f"{path.relative_to(CORE)}:{line}" for path in sorted(CORE.rglob("*.py"))
                 if path.name not in NOT_YET_TRANSLATED
                 for line in _unmarked_messages(path.read_text(encoding="utf-8"), exceptions)]
    assert offenders == []


def test_the_check_catches_every_way_of_writing_a_message_in_place():
    exceptions = _exception_names()
    assert {"InputError", "LockLost", "TransitionError", "SyncError", "AccessError"} <= exceptions
    unmarked = (
        'raise InputError("Fichier vide.")\n'
        'raise errors.CrsError(f"Couche {name} sans système.")\n'
        'raise LockLost("Élément " + str(item_id))\n'
        'raise OcsgeError("Élément {}".format(item_id))\n'
        'raise InputError(tr("Élément {i}", i=i) if ok else f"Élément {i}")\n')
    assert _unmarked_messages(unmarked, exceptions) == [1, 2, 3, 4, 5]
    marked = (
        'raise InputError(tr("Fichier vide."))\n'
        'raise InputError(tr("Couche {name}.", name=name) if ok else tr("Couche."))\n'
        'raise InputError(message)\n'
        'raise ValueError("not for users")\n')
    assert _unmarked_messages(marked, exceptions) == []
