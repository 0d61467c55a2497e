"""QML styles for couverture, usage and confidence, generated from the nomenclature."""
from __future__ import annotations

import os
from typing import Dict, List, Sequence, Tuple
from xml.sax.saxutils import quoteattr

from . import nomenclature as nom

# Confidence bands: (lower, upper, French label, colour), red = look at it first.
CONFIDENCE_BANDS: Tuple[Tuple[float, float, str, str], ...] = (
    (0.0, 0.5, "moins de 50 %", "#d7191c"),
    (0.5, 0.7, "50 à 70 %", "#fdae61"),
    (0.7, 0.85, "70 à 85 %", "#ffffbf"),
    (0.85, 0.95, "85 à 95 %", "#a6d96a"),
    (0.95, 1.0001, "95 % et plus", "#1a9641"),
)
STYLE_FILES = {"couverture": "couverture.qml", "usage": "usage.qml", "confidence": "confidence.qml"}


def _rgba(hex_color: str) -> str:
    h = hex_color.lstrip("#")
    return f"{int(h[0:2], 16)},{int(h[2:4], 16)},{int(h[4:6], 16)},255"


def _fill_symbol(name: str, color: str) -> str:
    props: List[Tuple[str, str]] = [
        ("color", _rgba(color)), ("joinstyle", "bevel"), ("offset", "0,0"),
        ("outline_color", "60,60,60,90"), ("outline_style", "solid"),
        ("outline_width", "0.1"), ("outline_width_unit", "MM"), ("style", "solid")]
    prop_xml = "".join(f'<prop k="{k}" v="{v}"/>' for k, v in props)
    option_xml = "".join(f'<Option name="{k}" type="QString" value="{v}"/>' for k, v in props)
    return (f'<symbol type="fill" name="{name}" alpha="1" clip_to_extent="1" force_rhr="0">'
            f'<layer class="SimpleFill" enabled="1" locked="0" pass="0">{prop_xml}'
            f'<Option type="Map">{option_xml}</Option></layer></symbol>')


def _document(renderer: str) -> str:
    return ("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
            f'<qgis version="3.22.0" styleCategories="Symbology">\n{renderer}\n</qgis>\n')


def categorized_qml(field: str, codes: Sequence[str]) -> str:
    cats, symbols = [], []
    for i, code in enumerate(codes):
        text = f"{code} – {nom.label(code, short=True)}"
        cats.append(f'<category value={quoteattr(code)} label={quoteattr(text)} symbol="{i}" render="true"/>')
        symbols.append(_fill_symbol(str(i), nom.color(code)))
    return _document(
        f'<renderer-v2 type="categorizedSymbol" attr={quoteattr(field)} symbollevels="0" '
        f'enableorderby="0" forceraster="0">\n<categories>{"".join(cats)}</categories>\n'
        f'<symbols>{"".join(symbols)}</symbols>\n</renderer-v2>')


def confidence_qml(field: str = "conf_cs") -> str:
    ranges, symbols = [], []
    for i, (low, high, text, color) in enumerate(CONFIDENCE_BANDS):
        ranges.append(f'<range lower="{low}" upper="{high}" label={quoteattr(text)} '
                      f'symbol="{i}" render="true"/>')
        symbols.append(_fill_symbol(str(i), color))
    return _document(
        f'<renderer-v2 type="graduatedSymbol" attr={quoteattr(field)} graduatedMethod="GraduatedColor" '
        f'symbollevels="0" enableorderby="0" forceraster="0">\n<ranges>{"".join(ranges)}</ranges>\n'
        f'<symbols>{"".join(symbols)}</symbols>\n</renderer-v2>')


def all_styles() -> Dict[str, str]:
    return {STYLE_FILES["couverture"]: categorized_qml("code_cs", nom.CS_LEAVES),
            STYLE_FILES["usage"]: categorized_qml("code_us", nom.US_LEAVES),
            STYLE_FILES["confidence"]: confidence_qml("conf_cs")}


def write_styles(directory: str) -> List[str]:
    os.makedirs(directory, exist_ok=True)
    written = []
    for name, text in all_styles().items():
        path = os.path.join(directory, name)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text)
        written.append(path)
    return written
