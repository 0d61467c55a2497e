"""The "OCS GE Review" Processing provider: the core's headless jobs as algorithms (modeler, batch, qgis_process)."""
