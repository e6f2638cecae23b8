"""Accuracy and speed benchmarks of vnx against hand-annotated gold (run as ``python -m benchmarks.NAME``)."""
