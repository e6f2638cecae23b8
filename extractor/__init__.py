"""vnx: Vietnamese news information extraction.

``extract(text)`` turns one article into an ``ArticleRecord``; ``extract_many`` streams many;
``load()`` gives the spaCy pipeline itself. ``statistical=True`` (``extract``, ``extract_many``; ``vnx ... --statistical``)
adds the statistical entity model to the rules, finding more places, at about 1.25x the CPU time
(the pipeline itself: ``load(statistical=True)``).
"""
from .api import extract, extract_many, record_from_doc, make_doc
from .inputs import InputError
from .pipeline import load
from .records import ArticleRecord, ErrorRecord


def __getattr__(name: str):
    """``__version__``, read from the installed package's metadata when first asked (26 ms not paid by every import)."""
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    global __version__
    try:
        __version__ = version("vnx")
    except PackageNotFoundError:  # running from a source checkout that is not installed
        __version__ = "0+unknown"
    return __version__


__all__ = ["extract", "extract_many", "load", "make_doc", "record_from_doc", "ArticleRecord", "ErrorRecord", "InputError", "__version__"]
