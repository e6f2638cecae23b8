"""Imported once by the fork server of ``vnx bulk`` (and on each Dask worker): the pipeline is loaded there and run
once over a short warm-up text, so that every worker forked from it starts ready (also after a crash), with the models
and tables the components load on first use already in memory and shared."""
from .api import extract
from .lexicons import load_yaml

extract(load_yaml("warm_up.yaml")["text"])
