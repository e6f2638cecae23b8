"""Imported once by the fork server of ``vnx bulk``: the pipeline is loaded there, so every worker
forked from it starts ready at once (also after a crash) and shares the loaded models' memory."""
from .pipeline import shared

shared()
