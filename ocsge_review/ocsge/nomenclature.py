"""The OCS GE nomenclature: couverture and usage codes, labels, colours and pair rules."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Dict, List, Optional, Tuple

import numpy as np

from ..messages import N_, tr

COUVERTURE = N_("couverture")     # the values are also the words the messages show
USAGE = N_("usage")
DIMENSIONS = (COUVERTURE, USAGE)


@dataclass(frozen=True)
class Code:
    dimension: str
    code: str
    level: int
    parent: Optional[str]
    is_leaf: bool
    label: str
    label_short: str
    color: str


# (dimension, code, level, parent, leaf, label, short label, colour).
# Leaf colours follow IGN's published legend; parent-group colours are a common
# choice (MTES-MCT/sparte), not IGN's.
_TABLE: Tuple[tuple, ...] = (
    (COUVERTURE, "CS1", 1, None, False, "Sans végétation", "Sans végétation", "#FF377A"),
    (COUVERTURE, "CS1.1", 2, "CS1", False, "Surfaces anthropisées", "Surfaces anthropisées", "#FF377A"),
    (COUVERTURE, "CS1.1.1", 3, "CS1.1", False, "Zones imperméables", "Zones imperméables", "#FF377A"),
    (COUVERTURE, "CS1.1.1.1", 4, "CS1.1.1", True, "Zones bâties", "Zones bâties", "#FF377A"),
    (COUVERTURE, "CS1.1.1.2", 4, "CS1.1.1", True, "Zones non bâties (Routes, places, parking…)", "Zones non bâties", "#FF9191"),
    (COUVERTURE, "CS1.1.2", 3, "CS1.1", False, "Zones perméables", "Zones perméables", "#FFFF99"),
    (COUVERTURE, "CS1.1.2.1", 4, "CS1.1.2", True, "Zones à matériaux minéraux", "Matériaux minéraux", "#FFFF99"),
    (COUVERTURE, "CS1.1.2.2", 4, "CS1.1.2", True, "Zones à autres matériaux composites", "Matériaux composites", "#A64D00"),
    (COUVERTURE, "CS1.2", 2, "CS1", False, "Surfaces naturelles", "Surfaces naturelles", "#CCCCCC"),
    (COUVERTURE, "CS1.2.1", 3, "CS1.2", True, "Sols nus (Sable, pierres meubles, rochers saillants…)", "Sols nus", "#CCCCCC"),
    (COUVERTURE, "CS1.2.2", 3, "CS1.2", True, "Surfaces d'eau (Eau continentale et maritime)", "Surfaces d'eau", "#00CCF2"),
    (COUVERTURE, "CS1.2.3", 3, "CS1.2", True, "Névés et glaciers", "Névés et glaciers", "#A6E6CC"),
    (COUVERTURE, "CS2", 1, None, False, "Avec végétation", "Avec végétation", "#80FF00"),
    (COUVERTURE, "CS2.1", 2, "CS2", False, "Végétation ligneuse", "Végétation ligneuse", "#80FF00"),
    (COUVERTURE, "CS2.1.1", 3, "CS2.1", False, "Formations arborées", "Formations arborées", "#80BE00"),
    (COUVERTURE, "CS2.1.1.1", 4, "CS2.1.1", True, "Peuplement de feuillus", "Feuillus", "#80FF00"),
    (COUVERTURE, "CS2.1.1.2", 4, "CS2.1.1", True, "Peuplement de conifères", "Conifères", "#00A600"),
    (COUVERTURE, "CS2.1.1.3", 4, "CS2.1.1", True, "Peuplement mixte", "Mixte", "#80BE00"),
    (COUVERTURE, "CS2.1.2", 3, "CS2.1", True, "Formations arbustives et sous-arbrisseaux (Landes basses, formations arbustives, formations arbustives organisées…)", "Formations arbustives, sous-arbrisseaux", "#A6FF80"),
    (COUVERTURE, "CS2.1.3", 3, "CS2.1", True, "Autres formations ligneuses (Vignes et autres lianes)", "Autres formations ligneuses", "#E68000"),
    (COUVERTURE, "CS2.2", 2, "CS2", False, "Végétation non ligneuse", "Végétation non ligneuse", "#CCF24D"),
    (COUVERTURE, "CS2.2.1", 3, "CS2.2", True, "Formations herbacées (Pelouses et prairies, terres arables, roselières…)", "Formations herbacées", "#CCF24D"),
    (COUVERTURE, "CS2.2.2", 3, "CS2.2", True, "Autres formations non ligneuses (Lichen, mousse, bananiers, bambous…)", "Autres formations non ligneuses", "#CCFFCC"),
    (USAGE, "US1", 1, None, False, "Production primaire", "Production primaire", "#008000"),
    (USAGE, "US1.1", 2, "US1", True, "Agriculture", "Agriculture", "#FFFFA8"),
    (USAGE, "US1.2", 2, "US1", True, "Sylviculture", "Sylviculture", "#008000"),
    (USAGE, "US1.3", 2, "US1", True, "Activités d'extraction", "Activité d'extraction", "#A600CC"),
    (USAGE, "US1.4", 2, "US1", True, "Pêche et aquaculture", "Pêche et aquaculture", "#000099"),
    (USAGE, "US1.5", 2, "US1", True, "Autre production primaire", "Autres prod. primaires", "#996633"),
    (USAGE, "US235", 1, None, True, "Production secondaire, tertiaire et usage résidentiel (indifférencié)", "Prod. secondaire, tertiaire et résidentiel", "#E6004D"),
    (USAGE, "US2", 1, None, True, "Production secondaire", "Secondaire", "#E6004D"),
    (USAGE, "US3", 1, None, True, "Production tertiaire", "Tertiaire", "#FF8C00"),
    (USAGE, "US5", 1, None, True, "Usage résidentiel", "Résidentiel", "#BE0961"),
    (USAGE, "US4", 1, None, False, "Réseaux de transport, logistiques et infrastructures", "Réseaux de transport et d'utilité publique, logistique", "#CC0000"),
    (USAGE, "US4.1", 2, "US4", False, "Réseaux de transport", "Réseaux de transport", "#CC0000"),
    (USAGE, "US4.1.1", 3, "US4.1", True, "Réseaux routiers", "Routier", "#CC0000"),
    (USAGE, "US4.1.2", 3, "US4.1", True, "Réseaux ferrés", "Ferré", "#5A5A5A"),
    (USAGE, "US4.1.3", 3, "US4.1", True, "Réseaux aériens", "Aérien", "#E6CCE6"),
    (USAGE, "US4.1.4", 3, "US4.1", True, "Réseaux de transport fluvial et maritime", "Navigable", "#0066FF"),
    (USAGE, "US4.1.5", 3, "US4.1", True, "Autres réseaux de transport", "Autres", "#660033"),
    (USAGE, "US4.2", 2, "US4", True, "Services de logistique et de stockage", "Services logistiques et de stockage", "#FF0000"),
    (USAGE, "US4.3", 2, "US4", True, "Réseaux d'utilité publique", "Réseau d'utilité publique", "#FF4B00"),
    (USAGE, "US6", 1, None, False, "Autre usage", "Autre usage", "#FFCC00"),
    (USAGE, "US6.1", 2, "US6", True, "Zones en transition", "Zones en transition", "#FF4DFF"),
    (USAGE, "US6.2", 2, "US6", True, "Zones abandonnées", "Zones abandonnées", "#404040"),
    (USAGE, "US6.3", 2, "US6", True, "Sans usage", "Sans usage", "#F0F028"),
    (USAGE, "US6.6", 2, "US6", True, "Usage inconnu", "Inconnu", "#FFCC00"),
)

CODES: Dict[str, Code] = {row[1]: Code(*row) for row in _TABLE}
LEAVES: Dict[str, Tuple[str, ...]] = {
    dim: tuple(c.code for c in CODES.values() if c.dimension == dim and c.is_leaf)
    for dim in DIMENSIONS
}
CS_LEAVES = LEAVES[COUVERTURE]
US_LEAVES = LEAVES[USAGE]


def dimension_of(code: str) -> str:
    """The dimension a (normalised) code belongs to."""
    return COUVERTURE if code.startswith("CS") else USAGE


def _squeeze(text: str) -> str:
    return re.sub(r"[\s._\-]", "", text).upper()


_BY_SQUEEZED: Dict[str, str] = {_squeeze(c): c for c in CODES}


def normalise_code(value) -> Optional[str]:
    """The canonical spelling of a code written any delivered way, or None.

    Deliveries write ``CS1.1.1.1``, ``cs1.1.1.1``, ``CS1_1_1_1`` or ``CS1111``;
    the squeezed forms are unique across both dimensions.
    """
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    if text in CODES:
        return text
    return _BY_SQUEEZED.get(_squeeze(text))


BLANKS = ("", "None", "nan", "NULL")


def leaf(code, dimension: str) -> str:
    """The canonical leaf code for ``code`` written any delivered way, or CodeError."""
    canon = normalise_code(code)
    if canon is None or not is_leaf(canon, dimension):
        from ..errors import CodeError
        from ..messages import tr
        raise CodeError(tr("« {code} » n'est pas un code de {dimension} OCS GE.",
                           code=code, dimension=tr(dimension)))
    return canon


def leaf_indices(values, dimension: str, allow_blank: bool = True):
    """Position of each value in ``LEAVES[dimension]`` (int16; -1 where it is not
    one of them), and the distinct offending values with their counts.

    Blank values count as offending unless ``allow_blank``. Values are
    normalised once per distinct value: a département has millions of
    polygons but a few dozen codes.
    """
    position = {c: i for i, c in enumerate(LEAVES[dimension])}
    uniques, inverse = np.unique(np.asarray(values, dtype=object).astype(str), return_inverse=True)
    table = np.full(len(uniques), -1, dtype="int16")
    offending = []
    for i, raw in enumerate(uniques):
        code = normalise_code(raw)
        if code in position:
            table[i] = position[code]
        elif not (allow_blank and raw.strip() in BLANKS):
            offending.append(i)
    counts = np.bincount(inverse, minlength=len(uniques)) if offending else None
    return table[inverse], [(str(uniques[i]), int(counts[i])) for i in offending]


def is_leaf(code: str, dimension: Optional[str] = None) -> bool:
    c = CODES.get(code)
    return bool(c and c.is_leaf and (dimension is None or c.dimension == dimension))


def label(code: str, short: bool = False) -> str:
    c = CODES[code]
    return c.label_short if short else c.label


def color(code: str) -> str:
    return CODES[code].color


def ancestors(code: str) -> List[str]:
    """Codes from the root group down to ``code`` itself."""
    chain = []
    current: Optional[str] = code
    while current:
        chain.append(current)
        current = CODES[current].parent
    return chain[::-1]


# --- artificialisation (décret n° 2023-1096, as applied to OCS GE) ---------
_ALWAYS_ARTIFICIAL_CS = frozenset({"CS1.1.1.1", "CS1.1.1.2", "CS1.1.2.2"})
_HERBACEOUS_CS = frozenset({"CS2.2.1", "CS2.2.2"})
_HERBACEOUS_ARTIFICIAL_US = frozenset({
    "US2", "US3", "US5", "US235", "US4.1.1", "US4.1.2", "US4.1.3", "US4.1.4",
    "US4.1.5", "US4.2", "US4.3", "US6.1", "US6.2",
})
SEALED_CS = frozenset({"CS1.1.1.1", "CS1.1.1.2"})


def is_artificialised(code_cs: str, code_us: str) -> bool:
    """Matrix status of a leaf pair (before the official area thresholds)."""
    _require_leaf(code_cs, COUVERTURE)
    _require_leaf(code_us, USAGE)
    if code_cs in _ALWAYS_ARTIFICIAL_CS:
        return True
    if code_cs == "CS1.1.2.1":
        return code_us != "US1.3"
    if code_cs in _HERBACEOUS_CS:
        return code_us in _HERBACEOUS_ARTIFICIAL_US
    return False


def is_sealed(code_cs: str) -> bool:
    """Imperméabilisation depends on couverture alone."""
    _require_leaf(code_cs, COUVERTURE)
    return code_cs in SEALED_CS


def _require_leaf(code: str, dimension: str) -> None:
    if not is_leaf(code, dimension):
        from ..errors import CodeError
        from ..messages import tr
        raise CodeError(tr("« {code} » n'est pas un code de {dimension} OCS GE valide.",
                           code=code, dimension=tr(dimension)))


# --- coherence: pairs that are possible but improbable ----------------------
# Each entry: couverture → usages that are plausible with it. Anything else is
# flagged as improbable (a warning for the interpreter, never a refusal).
_PLAUSIBLE_US: Dict[str, frozenset] = {
    "CS1.2.2": frozenset({"US1.3", "US1.4", "US3", "US4.1.4", "US4.3", "US6.1", "US6.3", "US6.6"}),
    "CS1.2.3": frozenset({"US3", "US6.3", "US6.6"}),
    "CS1.2.1": frozenset({"US1.1", "US1.3", "US1.5", "US3", "US4.1.5", "US4.3", "US6.1", "US6.2", "US6.3", "US6.6"}),
    "CS1.1.1.1": frozenset(set(US_LEAVES) - {"US1.2", "US1.3", "US1.4", "US6.3"}),
    "CS1.1.1.2": frozenset(set(US_LEAVES) - {"US1.2", "US6.3"}),
    "CS2.1.3": frozenset({"US1.1", "US1.5", "US3", "US5", "US235", "US6.2", "US6.3", "US6.6"}),
    "CS2.1.1.1": frozenset(set(US_LEAVES) - {"US1.3", "US1.4", "US4.1.3"}),
    "CS2.1.1.2": frozenset(set(US_LEAVES) - {"US1.3", "US1.4", "US4.1.3"}),
    "CS2.1.1.3": frozenset(set(US_LEAVES) - {"US1.3", "US1.4", "US4.1.3"}),
}


def coherence_warning(code_cs: str, code_us: str) -> Optional[str]:
    """A sentence in the user's language when the pair is improbable, else None (labels stay French)."""
    _require_leaf(code_cs, COUVERTURE)
    _require_leaf(code_us, USAGE)
    plausible = _PLAUSIBLE_US.get(code_cs)
    if plausible is None or code_us in plausible:
        return None
    return tr("Association improbable : {cs_label} ({code_cs}) avec l'usage {us_label} ({code_us}).",
              cs_label=label(code_cs, short=True), code_cs=code_cs,
              us_label=label(code_us, short=True), code_us=code_us)


def artificialised_pairs() -> List[Tuple[str, str]]:
    return [(cs, us) for cs in CS_LEAVES for us in US_LEAVES if is_artificialised(cs, us)]
