"""A blind spot-check's items kept off the plugin's layers that would show their class (the review layer's
decided class, the confidence layers' model class) until the validator has answered."""
from typing import Iterable

from qgis.core import QgsProject, QgsVectorLayer

from ..layers import MODEL_CLASSES, BlindFilter, added_review_layer


def _quoted(value) -> str:
    return "'" + str(value).replace("'", "''") + "'"


class SampleMask(BlindFilter):
    """The review panel's blind filter for many items at once, on the review layer too: hide(rows) sets each
    layer's filter to its own one AND « not these items »; restore() puts it back."""

    def __init__(self, project: QgsProject, store):
        super().__init__(project)
        self.store = store

    def hide(self, rows: Iterable) -> None:
        """Keep ``rows`` (the store's ToValidate rows) off the layers; none given: every layer as it was."""
        self.restore()
        rows = list(rows)
        if not rows:
            return
        review = added_review_layer(self.project, self.store)
        for layer in self.project.mapLayers().values():
            if not isinstance(layer, QgsVectorLayer):
                continue
            condition = None
            field = layer.customProperty(MODEL_CLASSES)
            if field:
                values = ", ".join(_quoted(r.source_id) for r in rows)
                condition = f'CAST("{field}" AS TEXT) NOT IN ({values})'
            elif review is not None and layer.id() == review.id() and layer.primaryKeyAttributes():
                key = layer.fields().at(layer.primaryKeyAttributes()[0]).name()
                condition = f'"{key}" NOT IN ({", ".join(str(int(r.item_id)) for r in rows)})'
            if condition is None:
                continue
            own = layer.subsetString()
            if layer.setSubsetString(f"({own}) AND {condition}" if own else condition):
                self.kept[layer.id()] = own
