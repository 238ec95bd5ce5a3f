"""Benchmarks: not tests. ``make bench`` runs :mod:`tests.benchmarks.run`."""
