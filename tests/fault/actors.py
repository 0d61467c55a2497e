"""The processes the fault tier kills: an interpreter, a validator and QGIS itself, each working on
one review store until SIGKILL. Each prints ``OPEN`` when it opens the store and ``RECORDED <token>``
once the store has returned from recording a decision whose comment is ``<token>``: what the user
was shown as saved.

    python tests/fault/actors.py interpreter|validator|qgis NAME STORE [--schema S] [--foreign]

``--foreign`` (interpreter): after each decision the process opens and closes the store file
outside its store connection, as GDAL does when QGIS identifies or reloads a layer.
``qgis``: the real QGIS (headless) with the plugin's items layer on the store (OGR for a GeoPackage,
the PostgreSQL provider otherwise) read after every decision, deciding through the plugin's core as
the review panel does.
"""
import argparse
import itertools
import os
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, ROOT)

from ocsge_review.store import Decision, LockLost, open_store  # noqa: E402

PAUSE = 0.05        # seconds between two decisions of one actor: the queue lasts the whole run


def say(*words) -> None:
    print(*words, flush=True)


def opened(args):
    store = open_store(args.store, schema=args.schema)
    say("OPEN")
    return store


def interpreter(args, after=lambda: None) -> None:
    store = opened(args)
    for n in itertools.count():
        item = store.claim_next(args.name)
        if item is None:
            time.sleep(0.05)
            continue
        token = f"{args.name}-{os.getpid()}-{n}"
        try:
            store.decide(Decision(item.id, args.name, None, item.code_cs or "CS2.2.1", item.code_us or "US1.1",
                                  comment=token))
        except LockLost:
            continue
        say("RECORDED", token)
        time.sleep(PAUSE)
        if args.foreign:
            with open(args.store, "rb") as f:
                f.read(1)
        after()


def validator(args) -> None:
    store = opened(args)
    for n in itertools.count():
        waiting = [w for w in store.awaiting_validation() if w.decided_by != args.name]
        if not waiting:
            time.sleep(0.05)
            continue
        token = f"{args.name}-{os.getpid()}-{n}"
        store.validate(waiting[0].item_id, args.name, True, comment=token)
        say("RECORDED", token)
        time.sleep(PAUSE)


def qgis(args) -> None:
    from qgis.core import QgsApplication, QgsFeatureRequest, QgsVectorLayer
    app = QgsApplication([], False)
    app.initQgis()
    from ui.layers import store_layer_uri
    with open_store(args.store, schema=args.schema) as probe:
        uri, provider = store_layer_uri(probe)
    layer = QgsVectorLayer(uri, "items", provider)
    assert layer.isValid(), uri

    def read_layer():
        # What QGIS does between two decisions: reload the layer and draw it.
        layer.dataProvider().reloadData()
        sum(1 for _ in layer.getFeatures(QgsFeatureRequest().setNoAttributes()))

    read_layer()
    args.foreign = False
    interpreter(args, after=read_layer)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("role", choices=("interpreter", "validator", "qgis"))
    parser.add_argument("name")
    parser.add_argument("store")
    parser.add_argument("--schema", default="ocsge_review")
    parser.add_argument("--foreign", action="store_true")
    args = parser.parse_args()
    {"interpreter": interpreter, "validator": validator, "qgis": qgis}[args.role](args)


if __name__ == "__main__":
    main()
