"""French départements: names and the official CRS OCS GE uses for each."""
from __future__ import annotations

import re
from typing import Dict, Optional, Tuple

from ..errors import InputError
from ..messages import tr

_NAMES: Dict[str, str] = {
    "01": "Ain", "02": "Aisne", "03": "Allier", "04": "Alpes-de-Haute-Provence",
    "05": "Hautes-Alpes", "06": "Alpes-Maritimes", "07": "Ardèche", "08": "Ardennes",
    "09": "Ariège", "10": "Aube", "11": "Aude", "12": "Aveyron", "13": "Bouches-du-Rhône",
    "14": "Calvados", "15": "Cantal", "16": "Charente", "17": "Charente-Maritime", "18": "Cher",
    "19": "Corrèze", "2A": "Corse-du-Sud", "2B": "Haute-Corse", "21": "Côte-d'Or",
    "22": "Côtes-d'Armor", "23": "Creuse", "24": "Dordogne", "25": "Doubs", "26": "Drôme",
    "27": "Eure", "28": "Eure-et-Loir", "29": "Finistère", "30": "Gard", "31": "Haute-Garonne",
    "32": "Gers", "33": "Gironde", "34": "Hérault", "35": "Ille-et-Vilaine", "36": "Indre",
    "37": "Indre-et-Loire", "38": "Isère", "39": "Jura", "40": "Landes", "41": "Loir-et-Cher",
    "42": "Loire", "43": "Haute-Loire", "44": "Loire-Atlantique", "45": "Loiret", "46": "Lot",
    "47": "Lot-et-Garonne", "48": "Lozère", "49": "Maine-et-Loire", "50": "Manche", "51": "Marne",
    "52": "Haute-Marne", "53": "Mayenne", "54": "Meurthe-et-Moselle", "55": "Meuse",
    "56": "Morbihan", "57": "Moselle", "58": "Nièvre", "59": "Nord", "60": "Oise", "61": "Orne",
    "62": "Pas-de-Calais", "63": "Puy-de-Dôme", "64": "Pyrénées-Atlantiques",
    "65": "Hautes-Pyrénées", "66": "Pyrénées-Orientales", "67": "Bas-Rhin", "68": "Haut-Rhin",
    "69": "Rhône", "70": "Haute-Saône", "71": "Saône-et-Loire", "72": "Sarthe", "73": "Savoie",
    "74": "Haute-Savoie", "75": "Paris", "76": "Seine-Maritime", "77": "Seine-et-Marne",
    "78": "Yvelines", "79": "Deux-Sèvres", "80": "Somme", "81": "Tarn", "82": "Tarn-et-Garonne",
    "83": "Var", "84": "Vaucluse", "85": "Vendée", "86": "Vienne", "87": "Haute-Vienne",
    "88": "Vosges", "89": "Yonne", "90": "Territoire de Belfort", "91": "Essonne",
    "92": "Hauts-de-Seine", "93": "Seine-Saint-Denis", "94": "Val-de-Marne", "95": "Val-d'Oise",
    "971": "Guadeloupe", "972": "Martinique", "973": "Guyane", "974": "La Réunion", "976": "Mayotte",
}
_OVERSEAS_EPSG = {"971": 5490, "972": 5490, "973": 2972, "974": 2975, "976": 4471}
LAMBERT_93 = 2154


def normalise(code) -> str:
    text = str(code).strip().upper()
    if text.isdigit() and len(text) == 1:
        text = "0" + text
    if text not in _NAMES:
        raise InputError(tr("Département inconnu : « {code} » (exemples : 32, 2A, 974).",
                            code=code))
    return text


def name(code) -> str:
    return _NAMES[normalise(code)]


def epsg(code) -> int:
    """Lambert-93 in metropolitan France, the local UTM-based CRS overseas."""
    return _OVERSEAS_EPSG.get(normalise(code), LAMBERT_93)


def all_codes() -> Tuple[str, ...]:
    return tuple(_NAMES)


_IN_NAME = re.compile(r"(?:^|[^0-9A-Z])(?:D|DEP|DPT|DEPT|DEPARTEMENT)?[_-]?0?(2A|2B|97[1-6]|\d{2})(?=$|[^0-9A-Z])",
                      re.IGNORECASE)


def guess(name: str = "", epsg_code: Optional[int] = None) -> Optional[str]:
    """The département a layer is about, from its name (« ocsge_d032 », « gers_32 »…)
    or, overseas, from its CRS; None when nothing says."""
    for hit in _IN_NAME.finditer(name or ""):
        code = hit.group(1).upper()
        if code in _NAMES and code != "00":
            return code
    overseas = [c for c, e in _OVERSEAS_EPSG.items() if e == epsg_code]
    return overseas[0] if len(overseas) == 1 else None
