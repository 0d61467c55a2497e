"""Model output in: IGN deliveries and model polygons read, class tables, probability rasters to per-polygon confidence."""
