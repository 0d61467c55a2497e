"""Commands of the model-output stage: demo, confidence, inspect, styles."""
from __future__ import annotations

import json
import os
import sys

from ..errors import OcsgeError
from ..messages import tr
from .options import parse_map, progress_printer, read_class_table


def cmd_demo(args) -> int:
    from ..synthetic import demo
    from ..feedback import Feedback
    if os.path.exists(args.out) and not os.path.isdir(args.out):
        raise OcsgeError(tr("« {out} » existe et n'est pas un dossier.", out=args.out))
    if args.resolution is not None and args.resolution <= 0:
        raise OcsgeError(tr("--resolution doit être positive, pas {resolution}.",
                            resolution=args.resolution))
    if args.orthophoto_resolution is not None and args.orthophoto_resolution <= 0:
        raise OcsgeError(tr("--orthophoto-resolution doit être positive, pas {resolution}.",
                            resolution=args.orthophoto_resolution))
    fb = Feedback(progress_printer(args.quiet))
    data = demo.generate(args.polygons, args.seed, args.department, fb.sub(0, 30))
    last = 100 if args.no_orthophoto else 55
    outputs = demo.write(data, args.out, args.resolution, fb.sub(30, last), model=args.model)
    if not args.no_orthophoto:
        from ..synthetic.orthophoto import write_orthophotos
        outputs.update(write_orthophotos(data.geometry, data.truth_cs, data.epsg, args.out,
                                         args.orthophoto_resolution, args.seed, fb.sub(last, 100)))
    if not args.quiet:
        print("", file=sys.stderr)
    for line in demo.summary(data):
        print(line)
    for name, path in outputs.items():
        print(f"{name}: {path}")
    return 0


def cmd_confidence(args) -> int:
    from ..model.confidence import run_confidence
    from ..feedback import Feedback
    from ..model.model_output import inspect
    mapping = None
    overrides = parse_map(args.map)
    if overrides:
        mapping = inspect(args.model, args.layer).mapping.with_overrides(overrides)
    bands = [b.strip() for b in args.bands.split(",")] if args.bands else None
    report = run_confidence(args.model, args.out, layer=args.layer, raster=args.raster,
                            mapping=mapping, bands=bands, feedback=Feedback(progress_printer(args.quiet)),
                            classes=read_class_table(args))
    if not args.quiet:
        print("", file=sys.stderr)
    if args.json:
        print(json.dumps({k: v for k, v in report.__dict__.items()}, ensure_ascii=False))
    else:
        print(report.summary())
    return 0


def cmd_inspect(args) -> int:
    from ..model.model_output import inspect
    info = inspect(args.model, args.layer)
    print(json.dumps({"layer": info.layer, "count": info.count, "geometry_type": info.geometry_type,
                      "fields": info.fields, "mapping": info.mapping.to_dict()},
                     ensure_ascii=False, indent=2))
    return 0


def cmd_styles(args) -> int:
    from ..ocsge.styles import write_styles
    for path in write_styles(args.out):
        print(path)
    return 0
