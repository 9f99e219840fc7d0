"""Reproducible benchmarks of conflict-kg: ``python -m bench.run`` (``make bench``) writes bench/results.md and .json."""
