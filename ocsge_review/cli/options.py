"""The options several commands share (store, territory, model, production) and their reading."""
from __future__ import annotations

import argparse
import sys
from typing import Dict, List, Optional

from ..errors import OcsgeError
from ..messages import tr
from ..store import DEFAULT_SCHEMA


def parse_map(items: Optional[List[str]]) -> Dict[str, str]:
    out: Dict[str, str] = {}
    for item in items or []:
        if "=" not in item:
            raise OcsgeError(tr("--map attend RÔLE=CHAMP (par exemple cs=CODE_CS), pas « {item} ».",
                                item=item))
        role, field = item.split("=", 1)
        out[role.strip()] = field.strip()
    return out


def production_table(args):
    """The production table the options name (sync's and admin init's), the defaults for the others."""
    from ..production.sync import ProductionTable
    return ProductionTable(**{k: v for k, v in (("table", args.production_table), ("schema", args.sync_schema),
                                                ("department_column", getattr(args, "department_column", None)))
                              if v})


def production_open(args):
    from ..production.sync import Production
    return Production.open(args.production, production_table(args))


def capture_production_base(store, args) -> None:
    from ..production.sync import capture_base
    with production_open(args) as prod:
        n = capture_base(store, prod)
    print(tr("Version de base prise en production : {n} ligne(s) de « {target} ».",
             n=n, target=prod.target))


def production_arguments(parser: argparse.ArgumentParser, required: bool) -> None:
    parser.add_argument("--production", required=required, default=None, metavar="SPEC",
                        help="base de production PostgreSQL (service=…, host=… dbname=…, postgresql://…), "
                             "sans mot de passe")
    parser.add_argument("--production-table", default=None, metavar="[SCHÉMA.]TABLE",
                        help="table OCS GE de production (défaut : occupation_sol)")
    parser.add_argument("--sync-schema", default=None, metavar="SCHÉMA",
                        help="schéma des tables de synchronisation (défaut : ocsge_sync)")


def progress_printer(quiet: bool):
    if quiet or not sys.stderr.isatty():
        return None
    return lambda p: print(f"\r{p:5.1f} %", end="", file=sys.stderr, flush=True)


def store_argument(parser: argparse.ArgumentParser, campaign: bool = True, many: bool = False) -> None:
    """--store (a GeoPackage or a PostgreSQL connection), --schema and, where a store is
    opened, --campaign; with ``many``, --store and --campaign may be repeated (one per département)."""
    again = " ; répétable (un par département)" if many else ""
    parser.add_argument("--store", required=True, metavar="REVIEW.gpkg|service=…",
                        action="append" if many else "store",
                        help="magasin de revue : fichier GeoPackage, ou connexion PostgreSQL sans mot de passe "
                             "(« service=ocsge », « host=… dbname=… user=… », « postgresql://… »)" + again)
    parser.add_argument("--schema", default=DEFAULT_SCHEMA,
                        help=f"PostgreSQL : schéma du magasin de revue (défaut : {DEFAULT_SCHEMA})")
    if campaign:
        parser.add_argument("--campaign", default=None, metavar="NOM|UID", action="append" if many else "store",
                            help="PostgreSQL : la campagne, si le schéma en contient plusieurs"
                                 + (" ; répétable, dans l'ordre des --store" if many else ""))


def territory_arguments(parser: argparse.ArgumentParser) -> None:
    """--extent or --territory (with --territory-layer, --territory-where): the area a command keeps."""
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--extent", default=None, metavar="XMIN,YMIN,XMAX,YMAX",
                       help="ne garder que les polygones dont un point intérieur tombe dans cette "
                            "emprise (dans le système de coordonnées du département)")
    where.add_argument("--territory", default=None, metavar="FICHIER",
                       help="ne garder que les polygones dont un point intérieur tombe dans les "
                            "polygones de ce fichier (communes…), reprojetés au besoin")
    parser.add_argument("--territory-layer", default=None, metavar="COUCHE",
                        help="couche du fichier de territoire, s'il en a plusieurs")
    parser.add_argument("--territory-where", default=None, metavar="SQL",
                        help="filtre OGR SQL sur le territoire, par ex. \"insee_com IN ('32013','32107')\"")


def read_territory(args):
    """The Territory of territory_arguments' options (None: everything); a layer or filter without
    its --territory file is refused."""
    from ..campaigns.territory import Territory
    if args.extent:
        return Territory.parse_extent(args.extent)
    if args.territory:
        return Territory(path=args.territory, layer=args.territory_layer, where=args.territory_where)
    if args.territory_layer or args.territory_where:
        raise OcsgeError(tr("--territory-layer et --territory-where demandent --territory FICHIER."))
    return None


def open_review_store(args, readonly: bool = False):
    """The review store that --store, --schema and --campaign name (``readonly``: open_store's)."""
    from ..store import open_store
    return open_store(args.store, schema=args.schema, campaign=args.campaign, readonly=readonly)


def model_arguments(parser: argparse.ArgumentParser, raster: bool = True) -> None:
    """The model output to read and, unless ``raster`` is False, its optional probability raster."""
    parser.add_argument("--model", required=True, metavar="SOURCE",
                        help="GeoPackage, Shapefile, FlatGeobuf ou PG:… (sortie du modèle)")
    parser.add_argument("--layer", default=None, help="couche, si la source en a plusieurs")
    if raster:
        parser.add_argument("--raster", default=None, metavar="RASTER",
                            help="raster de probabilités : GeoTIFF, VRT ou dossier de tuiles")
        parser.add_argument("--classes", default=None, metavar="flair-hub|flair-1|TABLE.csv",
                            help="table des classes du modèle vers la couverture OCS GE "
                                 "(CSV band,model_class,code_cs)")


def read_class_table(args):
    """The class table --classes names (read and checked before any work), or None."""
    if args.classes is None:
        return None
    from ..model.class_tables import load
    if args.raster is None:
        raise OcsgeError(tr("--classes s'applique au raster de probabilités : indiquez aussi --raster."))
    return load(args.classes)
