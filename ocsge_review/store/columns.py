"""The statistics' fast read of a store's tables: one joined string per column, coded texts packed in 64-bit words."""
from __future__ import annotations

import warnings
from typing import Callable, Dict, List, Optional, Sequence, Tuple

from ..errors import OcsgeError
from ..messages import tr
from .base import Coded


# Texts the store writes from closed lists (parts, states, codes, actions, ISO times, triage strata)
# never hold the separators; the others (names, reasons) have them replaced by a space when read.
CLOSED_TEXTS = {"part", "state", "stratum", "code_cs", "code_us", "cs_final", "us_final", "decided_at", "action",
                "cs_before", "us_before", "cs_after", "us_after", "flag", "recorded_at"}
# A table is read as one string per column, built by the database in one scan (SQLite's
# group_concat, PostgreSQL's string_agg) and cut by numpy: a million rows come in a second or
# two where fetching a million Python tuples takes several. Texts are joined by the unit
# separator, a missing text is the record separator; both are stripped from the values.
TEXT_SEPARATOR, NULL_TEXT = "\x1f", "\x1e"


def table_columns(wanted: Optional[Sequence[str]], kinds: Dict[str, str], what: str) -> List[str]:
    """The columns asked for (all of them by default), refusing a name the table does not have."""
    names = list(kinds) if wanted is None else list(wanted)
    unknown = [c for c in names if c not in kinds]
    if unknown:
        raise OcsgeError(tr("Colonne(s) inconnue(s) dans {what} : {unknown}.",
                            what=what, unknown=', '.join(unknown)))
    return names


def decode_column(kind: str, text: Optional[str]) -> "np.ndarray":
    import numpy as np      # here, not at import: `--help` and the QGIS plugin's start need no numpy
    """One column from its joined text (None: no rows): int64, float64 or an object array of str / None."""
    if kind == "text":
        if not text:
            return np.array([] if text is None else [""], dtype=object)
        values = np.array(text.split(TEXT_SEPARATOR), dtype=object)
        values[values == NULL_TEXT] = None
        return values
    dtype = np.int64 if kind == "int" else np.float64
    if not text:
        return np.zeros(0, dtype=dtype)
    with warnings.catch_warnings():
        # numpy's text parsing warns only about trailing garbage, which the stores never write.
        warnings.simplefilter("ignore", DeprecationWarning)
        return np.fromstring(text, dtype=dtype, sep=",")


# --- coded reads: texts of few distinct values come as integers ------------------------------------
# Shipping a million short texts costs the database an append each and Python a string object each,
# then a hash to group them. Coded, the database reads each text column's distinct values first, then
# turns every value into its index among them with a few comparisons and packs the indexes of several
# columns into one 64-bit integer per row: one number per row and table instead of one text per column.
WORD_BITS = 62
# Integers missing on almost every row (a split part's original, a merged neighbour's survivor, the
# record an undo or a geometry edit relates to): coded reads fetch the rows that have one (an index
# finds them) instead of a -1 for each of a million rows.
SPARSE = {"parent_id", "merged_into", "related"}


def sorted_labels(values) -> List[Optional[str]]:
    """Distinct values in the order code_sql searches them: None first, then by code point (the
    order of UTF-8 bytes, which is SQLite's BINARY and PostgreSQL's "C" collation)."""
    distinct = set(values)
    return ([None] if None in distinct else []) + sorted(v for v in distinct if v is not None)


def code_sql(value: str, labels: Sequence[Optional[str]], literal: Callable[[str], str], collate: str = "") -> str:
    """SQL for the index of ``value`` in ``labels`` (sorted_labels): a binary search, ~log2(n)
    comparisons per row where one WHEN per label would cost n/2. A value not among the labels (none
    in a consistent snapshot) gets len(labels), which decoding refuses."""
    offset = 1 if labels and labels[0] is None else 0

    def search(lo: int, hi: int) -> str:
        if hi - lo <= 3:
            whens = " ".join(f"WHEN {literal(labels[k])} THEN {k}" for k in range(lo, hi))
            return f"CASE {value} {whens} ELSE {len(labels)} END"
        mid = (lo + hi) // 2
        return f"CASE WHEN {value}{collate} < {literal(labels[mid])} THEN {search(lo, mid)} ELSE {search(mid, hi)} END"

    found = search(offset, len(labels)) if len(labels) > offset else str(len(labels))
    return f"CASE WHEN {value} IS NULL THEN 0 ELSE {found} END" if offset else found


def packed_words(labels: Dict[str, List[Optional[str]]]) -> List[List[Tuple[str, int, int]]]:
    """Columns grouped into 62-bit words: [[(column, shift, bits), ...], ...]; each index takes
    the bits of len(labels), so that the out-of-range code fits too."""
    words: List[List[Tuple[str, int, int]]] = []
    used = WORD_BITS
    for column, values in labels.items():
        bits = max(1, len(values).bit_length())
        if used + bits > WORD_BITS:
            words.append([])
            used = 0
        words[-1].append((column, used, bits))
        used += bits
    return words


def word_sql(word: List[Tuple[str, int, int]], expression: Callable[[str], str]) -> str:
    """SQL of one packed word: the sum of each column's index times 2**shift, in 64-bit integers."""
    return " + ".join(f"CAST({expression(c)} AS BIGINT) * {1 << shift}" for c, shift, _ in word)


def scatter(keys: "np.ndarray", present: "np.ndarray", values: "np.ndarray") -> "np.ndarray":
    """A SPARSE column: ``values`` at the rows whose (sorted) key is in ``present``, -1 elsewhere."""
    import numpy as np
    out = np.full(len(keys), -1, dtype=np.int64)
    out[np.searchsorted(keys, present)] = values
    return out


def unpack(words: Sequence["np.ndarray"], layout: List[List[Tuple[str, int, int]]],
           labels: Dict[str, List[Optional[str]]]) -> Dict[str, Coded]:
    """The Coded columns of the packed words the database returned."""
    out = {}
    for word, columns in zip(words, layout):
        for column, shift, bits in columns:
            codes = (word >> shift) & ((1 << bits) - 1)
            if len(codes) and int(codes.max()) >= len(labels[column]):
                # Both passes read one snapshot: a value they disagree on is a bug, not bad input.
                raise RuntimeError(f"{column}: value outside the distinct values read first")
            out[column] = Coded(codes, list(labels[column]))
    return out
