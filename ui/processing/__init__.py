"""Processing algorithms: one per core job, and the provider that lists them."""
