"""The core's user-visible messages: French templates translated by the translator the host installed."""
import os
from typing import Callable, Dict, Mapping, Optional

#: The ``.ts`` context of the core's messages (the plugin's own strings use ``@default``).
CONTEXT = "core"
TS_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "i18n")

#: ``(context, source) -> translation``: the signature of Qt's QCoreApplication.translate.
Translator = Callable[[str, str], str]
_translator: Optional[Translator] = None        # None: the French source is the message


def tr(template: str, **values) -> str:
    """``template`` (French, ``str.format`` fields named) in the user's language, filled with ``values``.

    Every message a user can read goes through this marker with a literal template, so that
    scripts/build_i18n.py can collect it into the ``.ts`` files.
    """
    text = _translator(CONTEXT, template) if _translator is not None else template
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):
        # A translation with a broken field must not hide the error it reports: say it in French.
        return template.format(**values)


def N_(template: str) -> str:  # noqa: N802 (gettext's name for it)
    """Mark a template kept in a table for collection; ``tr()`` translates it where it is shown."""
    return template


def install(translator: Optional[Translator]) -> None:
    """Translate every later message with ``translator`` (``None``: French)."""
    global _translator
    _translator = translator


def remove(translator: Translator) -> None:
    """Back to French, unless another translator replaced ``translator`` meanwhile."""
    if _translator == translator:      # ==: Qt hands out a new bound object at each attribute access
        install(None)


def environment_language(environ: Optional[Mapping[str, str]] = None) -> str:
    """``en`` when the first locale variable set (as gettext reads them) asks for English, else ``fr``."""
    environ = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name)
        if value:
            return "en" if value.lower().startswith("en") else "fr"
    return "fr"


class TsTranslator:
    """The finished translations of one committed ``.ts``, each context read on first use."""

    def __init__(self, path: str):
        self.path = path
        self._tables: Dict[str, Dict[str, str]] = {}

    def __call__(self, context: str, source: str) -> str:
        if context not in self._tables:
            self._tables[context] = _read_ts(self.path, context)
        return self._tables[context].get(source) or source


def _read_ts(path: str, wanted: str) -> Dict[str, str]:
    import xml.etree.ElementTree as ET     # only when a message is produced: `--help` stays fast

    if not os.path.exists(path):
        return {}
    table = {}
    for context in ET.parse(path).getroot().iter("context"):
        if context.findtext("name") != wanted:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text and translation.get("type") is None:
                table[message.findtext("source")] = translation.text
    return table


def use_environment_language(environ: Optional[Mapping[str, str]] = None) -> None:
    """For the command line: English messages when the environment's locale is English, else French."""
    language = environment_language(environ)
    install(TsTranslator(os.path.join(TS_DIR, f"ocsge_review_{language}.ts")) if language == "en" else None)
