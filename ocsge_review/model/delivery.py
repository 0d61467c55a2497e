"""IGN's OCS GE deliveries as they come: the archive's name read, OCCUPATION_SOL and ZONE_CONSTRUITE found."""
from __future__ import annotations

import os
import re
from dataclasses import asdict, dataclass
from typing import List, Optional, Tuple

from ..ocsge import departements
from ..errors import CrsError, InputError
from ..messages import tr

#: The CRS token of an archive's name → EPSG (métropole, then 971/972, 973, 974, 976).
CRS_TOKENS = {"LAMB93": 2154, "RGAF09UTM20": 5490, "RGFG95UTM22": 2972, "RGR92UTM40S": 2975, "RGM04UTM38S": 4471}
OCCUPATION, ZONE_CONSTRUITE = "OCCUPATION_SOL", "ZONE_CONSTRUITE"

# OCS-GE_2-0__GPKG_LAMB93_D032_2019-01-01 (the product between the double underscore is empty),
# OCS-GE_2-0_DIFF-2019-2022_GPKG_LAMB93_D032_2023-01-01, …_ARTIFICIALISATION_SHP_RGR92UTM40S_D974_…
_NAME = re.compile(r"OCS-?GE_(?P<version>\d+-\d+)_(?P<product>[A-Z0-9-]*)_(?P<format>GPKG|SHP)_"
                   r"(?P<crs>" + "|".join(CRS_TOKENS) + r")_D(?P<dep>97[1-6]|0?(?:2A|2B|\d{2}))(?![0-9A-Z])"
                   r"(?:_(?P<date>\d{4})-\d{2}-\d{2})?", re.IGNORECASE)


@dataclass
class Delivery:
    """What an IGN delivery's name and files say."""
    name: str                      # the archive's name, as found in the path
    product: str                   # "" (the OCS GE itself), "DIFF-2019-2022", "ARTIFICIALISATION"…
    format: str                    # GPKG or SHP
    department: str
    millesime: Optional[str]       # the year of the archive's date ("2019"); None when the name has none
    epsg: int
    occupation: Tuple[str, Optional[str]]                 # (file, layer) of OCCUPATION_SOL
    zone_construite: Optional[Tuple[str, Optional[str]]]  # (file, layer) of ZONE_CONSTRUITE, when delivered

    def to_dict(self) -> dict:
        return asdict(self)

    def describe(self) -> str:
        return tr("Livraison IGN « {name} » : département {department}, millésime {millesime}, couche "
                  "OCCUPATION_SOL{zone}.", name=self.name, department=self.department,
                  millesime=self.millesime or tr("inconnu"),
                  zone=tr(" et zone construite") if self.zone_construite else "")


def read_name(path: str) -> Optional[dict]:
    """The fields an archive's name carries (the last such name in ``path``), or None."""
    hits = list(_NAME.finditer(path.replace("\\", "/")))
    if not hits:
        return None
    hit = hits[-1]
    dep = hit.group("dep").upper()
    return {"name": hit.group(0), "product": hit.group("product").upper(), "format": hit.group("format").upper(),
            "department": departements.normalise(dep[1:] if len(dep) == 3 and dep[0] == "0" else dep),
            "millesime": hit.group("date"), "epsg": CRS_TOKENS[hit.group("crs").upper()]}


def _layers_in(path: str) -> List[Tuple[str, Optional[str], str]]:
    """(file, layer, upper-case layer name) of every OCS GE layer file under ``path``."""
    found = []
    for root, dirs, files in os.walk(path):
        dirs.sort()
        for f in sorted(files):
            stem, ext = os.path.splitext(f)
            full = os.path.join(root, f)
            if ext.lower() == ".shp":
                found.append((full, None, stem.upper()))
            elif ext.lower() == ".gpkg":
                found += _layers_in_file(full)
    return found


def _pick(found, wanted: str):
    hits = [(f, lay) for f, lay, up in found if up == wanted or up.endswith("_" + wanted)]
    return hits[0] if hits else None


def find(path: str) -> Optional[Delivery]:
    """The delivery at ``path`` (its folder, any folder inside it, or its OCCUPATION_SOL file), or None
    when ``path`` is no IGN delivery (a file merely named like one is read as it is). A folder named
    like one without OCCUPATION_SOL raises. The files found are named by absolute paths: a campaign
    keeps them, and QGIS reads them from another working folder."""
    path = os.path.abspath(path)
    fields = read_name(path)
    if fields is None:
        return None
    if os.path.isdir(path):
        found = _layers_in(path)
    elif path.lower().endswith(".shp"):
        found = _layers_in(os.path.dirname(path))
    elif path.lower().endswith(".gpkg"):
        found = _layers_in_file(path)
    else:
        return None
    occupation = _pick(found, OCCUPATION)
    if occupation is None and not os.path.isdir(path):
        return None
    if occupation is None:
        raise InputError(tr("« {path} » est nommé comme une livraison OCS GE mais ne contient pas de couche "
                            "OCCUPATION_SOL.", path=os.path.basename(path.rstrip("/"))))
    if fields["epsg"] != departements.epsg(fields["department"]):
        raise CrsError(tr("Livraison « {name} » : le département {department} est en EPSG:{official}, "
                          "pas en EPSG:{epsg} comme le dit son nom.", name=fields["name"],
                          department=fields["department"], official=departements.epsg(fields["department"]),
                          epsg=fields["epsg"]))
    return Delivery(occupation=occupation, zone_construite=_pick(found, ZONE_CONSTRUITE), **fields)


def _layers_in_file(path: str) -> List[Tuple[str, Optional[str], str]]:
    """(file, layer, upper-case layer name) of every layer of the GeoPackage ``path``."""
    from ..geo import pyogrio
    return [(path, str(layer), str(layer).upper()) for layer, _ in pyogrio.list_layers(path)]


def resolve(source: str, layer: Optional[str] = None) -> Tuple[str, Optional[str], Optional[Delivery]]:
    """``(source, layer, delivery)`` to read: a delivery's OCCUPATION_SOL when ``source`` is one (and no
    layer was chosen), the arguments as given otherwise."""
    if layer is not None or source.upper().startswith("PG:") or not os.path.exists(source):
        return source, layer, None
    found = find(source)
    if found is None:
        return source, layer, None
    return found.occupation[0], found.occupation[1], found
