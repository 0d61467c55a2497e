"""Campaign building: takes confidence-scored polygons and a territory, gives a triaged review queue, audit and second-opinion samples in a store."""
