"""The headless jobs behind ``python -m ocsge_review``: argument parsing and exit codes."""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from typing import Dict, List, Optional

from .errors import OcsgeError

EXIT_BAD_INPUT = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one line, as promised to scripts
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: erreur : {message}\n")


def _parse_map(items: Optional[List[str]]) -> Dict[str, str]:
    out: Dict[str, str] = {}
    for item in items or []:
        if "=" not in item:
            raise OcsgeError(f"--map attend RÔLE=CHAMP (par exemple cs=CODE_CS), pas « {item} ».")
        role, field = item.split("=", 1)
        out[role.strip()] = field.strip()
    return out


def _cmd_demo(args) -> int:
    from . import demo
    from .feedback import Feedback
    if os.path.exists(args.out) and not os.path.isdir(args.out):
        raise OcsgeError(f"« {args.out} » existe et n'est pas un dossier.")
    if args.resolution is not None and args.resolution <= 0:
        raise OcsgeError(f"--resolution doit être positive, pas {args.resolution}.")
    fb = Feedback(_printer(args.quiet))
    data = demo.generate(args.polygons, args.seed, args.department, fb.sub(0, 40))
    outputs = demo.write(data, args.out, args.resolution, fb.sub(40, 100))
    if not args.quiet:
        print("", file=sys.stderr)
    for line in demo.summary(data):
        print(line)
    for name, path in outputs.items():
        print(f"{name}: {path}")
    return 0


def _cmd_confidence(args) -> int:
    from .confidence import run_confidence
    from .feedback import Feedback
    from .model_output import inspect
    mapping = None
    overrides = _parse_map(args.map)
    if overrides:
        mapping = inspect(args.model, args.layer).mapping.with_overrides(overrides)
    bands = [b.strip() for b in args.bands.split(",")] if args.bands else None
    report = run_confidence(args.model, args.out, layer=args.layer, raster=args.raster,
                            mapping=mapping, bands=bands, feedback=Feedback(_printer(args.quiet)))
    if not args.quiet:
        print("", file=sys.stderr)
    if args.json:
        print(json.dumps({k: v for k, v in report.__dict__.items()}, ensure_ascii=False))
    else:
        print(report.summary())
    return 0


def _cmd_inspect(args) -> int:
    from .model_output import inspect
    info = inspect(args.model, args.layer)
    print(json.dumps({"layer": info.layer, "count": info.count, "geometry_type": info.geometry_type,
                      "fields": info.fields, "mapping": info.mapping.to_dict()},
                     ensure_ascii=False, indent=2))
    return 0


def _cmd_styles(args) -> int:
    from .styles import write_styles
    for path in write_styles(args.out):
        print(path)
    return 0


def _printer(quiet: bool):
    if quiet or not sys.stderr.isatty():
        return None
    return lambda p: print(f"\r{p:5.1f} %", end="", file=sys.stderr, flush=True)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="python -m ocsge_review",
                description="OCS GE Review : traitements sans interface (démo, confiance, styles).")
    p.add_argument("-v", "--verbose", action="store_true", help="journal détaillé")
    sub = p.add_subparsers(dest="command", metavar="COMMANDE", parser_class=_Parser)
    sub.required = True

    d = sub.add_parser("demo", help="générer un département synthétique",
                       description="Écrit DIR/model_output.gpkg (couche prediction), "
                                   "DIR/probabilities.tif et DIR/truth.gpkg.")
    d.add_argument("--out", required=True, metavar="DIR")
    d.add_argument("--polygons", type=int, default=20_000, metavar="N")
    d.add_argument("--seed", type=int, default=1, metavar="S")
    d.add_argument("--department", default="32", metavar="CODE")
    d.add_argument("--resolution", type=float, default=None, metavar="M",
                   help="taille du pixel du raster en mètres (défaut : ~40 pixels par polygone)")
    d.add_argument("--quiet", action="store_true")
    d.set_defaults(func=_cmd_demo)

    c = sub.add_parser("confidence", help="confiance par polygone",
                       description="Lit une sortie du modèle (GeoPackage, Shapefile, FlatGeobuf ou "
                                   "PG:…) et, si fourni, un raster de probabilités (GeoTIFF, VRT ou "
                                   "dossier de tuiles), puis écrit la confiance par polygone.")
    c.add_argument("--model", required=True, metavar="SOURCE")
    c.add_argument("--layer", default=None)
    c.add_argument("--raster", default=None, metavar="RASTER")
    c.add_argument("--bands", default=None, metavar="CODES",
                   help="classes des bandes, dans l'ordre, séparées par des virgules")
    c.add_argument("--map", action="append", metavar="RÔLE=CHAMP",
                   help="correspondance de champ (cs, us, id, conf_cs, conf_us, conf, "
                        "cs_top1, cs_p1, …, prob_cs:CS2.2.1) ; répétable")
    c.add_argument("--out", required=True, metavar="OUT.gpkg")
    c.add_argument("--json", action="store_true")
    c.add_argument("--quiet", action="store_true")
    c.set_defaults(func=_cmd_confidence)

    i = sub.add_parser("inspect", help="champs d'une sortie du modèle et correspondance détectée")
    i.add_argument("--model", required=True, metavar="SOURCE")
    i.add_argument("--layer", default=None)
    i.set_defaults(func=_cmd_inspect)

    s = sub.add_parser("styles", help="écrire les styles QML générés depuis la nomenclature")
    s.add_argument("--out", required=True, metavar="DIR")
    s.set_defaults(func=_cmd_styles)
    return p


def main(argv: Optional[List[str]] = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    try:
        return args.func(args)
    except OcsgeError as exc:
        print(f"erreur : {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("interrompu : rien n'a été écrit.", file=sys.stderr)
        return 130
