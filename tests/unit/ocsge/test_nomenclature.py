"""The nomenclature: codes, artificialisation matrix, sealing and coherence warnings."""
import csv
import os

import pytest

from ocsge_review.ocsge import nomenclature as nom
from ocsge_review.errors import CodeError

SHARED_CSV = os.path.join(os.path.dirname(__file__), "..", "..", "..", "..", "shared", "ocsge", "nomenclature.csv")


def test_leaf_counts():
    assert len(nom.CS_LEAVES) == 14
    assert len(nom.US_LEAVES) == 20
    assert "US235" in nom.US_LEAVES


def test_hierarchy_is_consistent():
    for code in nom.CODES.values():
        if code.parent:
            parent = nom.CODES[code.parent]
            assert parent.dimension == code.dimension
            assert parent.level == code.level - 1
            assert not parent.is_leaf
    assert nom.ancestors("CS2.1.1.2") == ["CS2", "CS2.1", "CS2.1.1", "CS2.1.1.2"]


@pytest.mark.skipif(not os.path.exists(SHARED_CSV), reason="reference folder shared/ not beside the clone")
def test_matches_reference_table():
    with open(SHARED_CSV, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == len(nom.CODES)
    for r in rows:
        c = nom.CODES[r["code"]]
        assert (c.dimension, c.level, c.parent or "", c.is_leaf, c.label, c.label_short, c.color) == (
            r["dimension"], int(r["level"]), r["parent"], r["is_leaf_in_data"] == "true",
            r["label"], r["label_short"], r["color"])


def test_artificialised_pairs_count():
    assert len(nom.artificialised_pairs()) == 105
    assert len(nom.CS_LEAVES) * len(nom.US_LEAVES) == 280


@pytest.mark.parametrize("cs, us, expected", [
    ("CS1.1.1.1", "US1.1", True),        # buildings: always
    ("CS1.1.1.2", "US6.3", True),        # sealed: always
    ("CS1.1.2.2", "US1.2", True),        # composite: always
    ("CS1.1.2.1", "US1.3", False),       # quarry: mineral surface with extraction use
    ("CS1.1.2.1", "US4.1.2", True),      # railway ballast
    ("CS2.2.1", "US1.1", False),         # farmland
    ("CS2.2.1", "US5", True),            # garden lawn
    ("CS2.2.2", "US6.1", True),          # transition, category 5° of the decree
    ("CS2.2.1", "US6.3", False),
    ("CS2.1.1.1", "US5", False),         # trees: never
    ("CS1.2.2", "US4.1.4", False),       # water: never
])
def test_artificialisation_matrix(cs, us, expected):
    assert nom.is_artificialised(cs, us) is expected


def test_sealing_depends_on_couverture_only():
    assert {cs for cs in nom.CS_LEAVES if nom.is_sealed(cs)} == {"CS1.1.1.1", "CS1.1.1.2"}


def test_unknown_codes_are_refused_clearly():
    with pytest.raises(CodeError, match="CS9"):
        nom.is_artificialised("CS9", "US1.1")
    with pytest.raises(CodeError):
        nom.is_artificialised("CS1.1", "US1.1")   # a group, not a leaf


@pytest.mark.parametrize("raw, expected", [
    ("CS1.1.1.1", "CS1.1.1.1"), (" cs1.1.1.1 ", "CS1.1.1.1"), ("CS1_1_1_1", "CS1.1.1.1"),
    ("CS1111", "CS1.1.1.1"), ("us235", "US235"), ("US4_1_1", "US4.1.1"), ("CS9", None), ("", None),
    (None, None)])
def test_code_spellings(raw, expected):
    assert nom.normalise_code(raw) == expected


def test_coherence_flags_improbable_pairs():
    assert "improbable" in nom.coherence_warning("CS1.2.2", "US5")        # water, residential
    assert nom.coherence_warning("CS1.2.2", "US4.1.4") is None            # navigable water
    assert nom.coherence_warning("CS2.2.1", "US1.1") is None              # farmland
    assert nom.coherence_warning("CS2.1.3", "US1.2") is not None          # vines as forestry
    flagged = sum(nom.coherence_warning(cs, us) is not None for cs in nom.CS_LEAVES for us in nom.US_LEAVES)
    assert 0 < flagged < 140
