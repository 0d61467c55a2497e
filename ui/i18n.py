"""Translation of user-visible strings: tr() and the plugin's QTranslator."""
import os
from typing import Optional

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

I18N_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "i18n")


def tr(text: str) -> str:
    """Translate a French source string; one context for the whole plugin."""
    return QCoreApplication.translate("@default", text)


def install_core_translator() -> None:
    """From now on the core's errors and reports speak the user's QGIS language (the plugin's .qm)."""
    from ocsge_review import messages   # here, not at module level: loading the plugin imports no core
    messages.install(QCoreApplication.translate)


def remove_core_translator() -> None:
    from ocsge_review import messages
    messages.remove(QCoreApplication.translate)


def user_locale() -> str:
    """The plugin's language for this QGIS: ``en`` when QGIS speaks English, else ``fr`` (its first language),
    for its words and its numbers alike — a QGIS in German or in the C locale gets French words and French
    numbers, not French words with English numbers. The core's command line follows the same rule
    (ocsge_review.messages.environment_language)."""
    value = str(QgsSettings().value("locale/userLocale", "") or "")
    return "en" if value.lower().startswith("en") else "fr"


def qlocale() -> QLocale:
    """The QLocale of the user's language, for numbers (French or English)."""
    return QLocale(QLocale.Language.French if user_locale() == "fr" else QLocale.Language.English)


def number(value: float, decimals: int = 0, locale: Optional[QLocale] = None) -> str:
    """A number as the user's language writes it: « 1 234,56 » in French, "1,234.56" in English.

    ``locale``: a qlocale() the caller kept, when it formats many numbers (a table's cells)."""
    return (qlocale() if locale is None else locale).toString(float(value), "f", decimals)


def install_translator(locale: Optional[str] = None) -> Optional[QTranslator]:
    """Load ``i18n/ocsge_review_<locale>.qm`` into the application, if it exists."""
    path = os.path.join(I18N_DIR, f"ocsge_review_{locale or user_locale()}.qm")
    if not os.path.exists(path):
        return None
    translator = QTranslator()
    if not translator.load(path):
        return None
    QCoreApplication.installTranslator(translator)
    return translator


def remove_translator(translator: Optional[QTranslator]) -> None:
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
