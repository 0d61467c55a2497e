"""The QGIS side of OCS GE Review: plugin entry, dialogs, tasks and layer adapters."""
