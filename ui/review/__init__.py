"""Review and validation in QGIS: takes the store's items, gives decisions, verdicts and second opinions."""
