"""Production: takes validated edits from a store, gives the synced production table, offline work areas and training data."""
