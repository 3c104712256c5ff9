"""Evaluation beside the product: scorers, evaluation-set builders and data-set readers.

The runtime package ``newsdesk`` never imports this package; tests and ``benchmarks/`` do.
"""
