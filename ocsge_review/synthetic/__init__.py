"""Synthetic data: demo départements, their orthophotos and simulated interpreters, for the demo, tests and benchmarks."""
