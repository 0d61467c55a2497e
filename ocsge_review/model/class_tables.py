"""Class tables: which OCS GE couverture code each class (band) of a model's raster stands for."""
from __future__ import annotations

import csv
import os
from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np

from ..ocsge import nomenclature as nom
from ..errors import CodeError, InputError
from ..messages import tr

#: The tables shipped with the plugin (editable CSV files), by the name ``--classes`` takes.
TABLES_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "resources",
                          "class_tables")
BUILTIN = ("flair-hub", "flair-1")
HEADER = ("band", "model_class", "code_cs")
#: An optional fourth column: where the row's choice comes from (no official table exists).
SOURCE_COLUMN = "source"


@dataclass(frozen=True)
class ClassTable:
    """Rows ``(band, model class, CS code or None)``, bands numbered from 1; the argmax value
    of a band's class is ``band − 1`` (FLAIR numbers its classes from 0)."""
    name: str
    rows: Tuple[Tuple[int, str, Optional[str]], ...]

    @property
    def codes(self) -> Tuple[str, ...]:
        """The CS codes something maps to, in nomenclature order."""
        used = {code for _, _, code in self.rows if code}
        return tuple(c for c in nom.CS_LEAVES if c in used)

    def groups(self) -> List[np.ndarray]:
        """For each code of :attr:`codes`, the 0-based band indices mapped to it."""
        return [np.array([b - 1 for b, _, c in self.rows if c == code], dtype="intp") for code in self.codes]

    def lookup(self, size: int) -> np.ndarray:
        """Argmax value → index into :attr:`codes` (−1: a class mapped to nothing or not in the table)."""
        index = {code: i for i, code in enumerate(self.codes)}
        lut = np.full(size, -1, dtype="int16")
        for band, _, code in self.rows:
            if code and band - 1 < size:
                lut[band - 1] = index[code]
        return lut

    def check_bands(self, count: int, raster: str) -> None:
        """Refuse a table that names a band the (probability) raster does not have."""
        beyond = [b for b, _, _ in self.rows if b > count]
        if beyond:
            raise InputError(tr("Table de classes « {table} » : bande {band} absente du raster « {raster} » "
                                "({count} bandes).", table=self.name, band=beyond[0], raster=raster, count=count))

    def to_dict(self) -> dict:
        """What is written into a campaign and a confidence output, so that figures can be traced."""
        return {"name": self.name, "rows": [[b, m, c or ""] for b, m, c in self.rows]}

    @classmethod
    def from_dict(cls, d: dict) -> "ClassTable":
        """The table :meth:`to_dict` wrote (into a campaign, a confidence layer)."""
        return cls(name=d["name"], rows=tuple((int(b), m, c or None) for b, m, c in d["rows"]))

    def describe(self) -> str:
        unmapped = [m for _, m, c in self.rows if not c]
        return tr("Table de classes « {table} » : {classes} classes du modèle vers {codes} codes de couverture"
                  "{unmapped}.", table=self.name, classes=len(self.rows), codes=len(self.codes),
                  unmapped=tr(" ({names} sans correspondance)", names=", ".join(unmapped)) if unmapped else "")


def builtin_path(name: str) -> str:
    return os.path.join(TABLES_DIR, f"{name}.csv")


def load(spec: str) -> ClassTable:
    """A shipped table by name (``flair-hub``, ``flair-1``) or a CSV file; a bad table raises, one line."""
    if spec in BUILTIN:
        path, name = builtin_path(spec), spec
    else:
        path, name = spec, os.path.basename(spec)
        if not os.path.isfile(path):
            raise InputError(tr("Table de classes introuvable : « {spec} » (noms connus : {names}, "
                                "ou un fichier CSV).", spec=spec, names=", ".join(BUILTIN)))
    try:
        with open(path, encoding="utf-8-sig", newline="") as f:
            lines = [line for line in f if line.strip() and not line.lstrip().startswith("#")]
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(tr("Table de classes « {table} » illisible : {detail}.", table=name,
                            detail=exc.__class__.__name__)) from None
    records = list(csv.reader(lines))
    header = tuple(h.strip().lower() for h in records[0]) if records else ()
    if header[:3] != HEADER or header[3:] not in ((), (SOURCE_COLUMN,)):
        raise InputError(tr("Table de classes « {table} » : en-tête « {found} », attendu « {expected} ».",
                            table=name, found=",".join(header), expected=",".join(HEADER)))
    return ClassTable(name=name, rows=tuple(_rows(records[1:], name)))


def _rows(records: Sequence[Sequence[str]], name: str):
    seen: Dict[int, int] = {}
    rows = []
    for line, record in enumerate(records, start=2):
        band_text, model_class, code_text = (list(record) + ["", "", ""])[:3]
        try:
            band = int(band_text.strip())
        except ValueError:
            band = 0
        if band < 1:
            raise InputError(tr("Table de classes « {table} », ligne {line} : bande « {band} » invalide "
                                "(un entier à partir de 1).", table=name, line=line, band=band_text.strip()))
        if band in seen:
            raise InputError(tr("Table de classes « {table} » : la bande {band} apparaît deux fois "
                                "(lignes {first} et {line}).", table=name, band=band, first=seen[band], line=line))
        seen[band] = line
        code = None
        if code_text.strip():
            code = nom.normalise_code(code_text.strip())
            if code is None or not nom.is_leaf(code, nom.COUVERTURE):
                raise CodeError(tr("Table de classes « {table} », ligne {line} : « {code} » n'est pas un code "
                                   "de couverture OCS GE.", table=name, line=line, code=code_text.strip()))
        rows.append((band, model_class.strip(), code))
    if not any(code for _, _, code in rows):
        raise InputError(tr("Table de classes « {table} » : aucune classe n'a de code de couverture.", table=name))
    return rows


def accumulate(table: ClassTable, argmax: bool, nodata: Optional[float], data: np.ndarray, ids: np.ndarray,
               sums: np.ndarray, pixels: np.ndarray) -> np.ndarray:
    """Add one strip (``data``: bands × pixels, ``ids``: polygon per pixel, −1 for none) to the
    per-polygon sums of each mapped code: probabilities summed over the classes mapped to a code,
    or — from an argmax raster — the count of pixels of those classes. Returns the pixels counted.

    A pixel is no data when it is the raster's nodata (every band of it), or, for probabilities,
    when every band is 0 (a gap between tiles: a softmax × 255 cannot be 0 everywhere).
    """
    inside = ids >= 0
    if argmax:
        values = data[0]
        if nodata is not None:
            inside &= values != nodata
        values = values.astype("int64")
        lut = table.lookup(int(values.max(initial=0)) + 1)
        codes = np.where(values >= 0, lut[np.clip(values, 0, None)], -1)
    else:
        if nodata is not None:
            inside &= ~np.all(data == nodata, axis=0)
        inside &= data.any(axis=0)
    sel = ids[inside]
    n = len(pixels)
    pixels += np.bincount(sel, minlength=n)
    if argmax:
        codes = codes[inside]
        for j in range(len(table.codes)):
            sums[:, j] += np.bincount(sel[codes == j], minlength=n)
        return inside
    for j, bands in enumerate(table.groups()):
        mass = data[bands][:, inside].sum(axis=0, dtype="float64")
        sums[:, j] += np.bincount(sel, weights=mass, minlength=n)
    return inside


def pixel_values(table: ClassTable, argmax: bool, nodata: Optional[float], values: np.ndarray) -> Optional[np.ndarray]:
    """One pixel's mapped values (raw scale), or None where it is no data."""
    sums = np.zeros((1, len(table.codes)), dtype="float64")
    pixels = np.zeros(1, dtype="int64")
    accumulate(table, argmax, nodata, values.reshape(-1, 1), np.zeros(1, dtype="int64"), sums, pixels)
    return sums[0] if pixels[0] else None
