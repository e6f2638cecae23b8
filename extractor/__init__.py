"""vnx: Vietnamese news information extraction.

``extract(text)`` turns one article into an ``ArticleRecord``; ``extract_many`` streams many;
``load()`` gives the spaCy pipeline itself. ``statistical=True`` (``extract``, ``extract_many``; ``vnx ... --statistical``)
adds the statistical entity model to the rules, finding more places, at about 1.25x the CPU time
(the pipeline itself: ``load(statistical=True)``).
"""
from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .api import extract, extract_many, make_doc, record_from_doc
    from .inputs import InputError
    from .pipeline import load
    from .records import ArticleRecord, ErrorRecord

# where each public name lives: imported when first asked, so that ``vnx`` parses its arguments and takes Ctrl-C
# before spaCy loads (2 s), and ``vnx --help`` does not wait for it
_PUBLIC = {"extract": "api", "extract_many": "api", "make_doc": "api", "record_from_doc": "api", "InputError": "inputs",
           "load": "pipeline", "ArticleRecord": "records", "ErrorRecord": "records"}


def __getattr__(name: str):
    """The public names and the submodules (``extractor.pipeline.STATISTICAL_BY_DEFAULT``), imported when first asked;
    ``__version__``, read from the installed package's metadata."""
    global __version__
    if name in _PUBLIC:
        value = getattr(import_module(f".{_PUBLIC[name]}", __name__), name)
        globals()[name] = value
        return value
    if name != "__version__":
        try:
            return import_module(f".{name}", __name__)  # binds itself as this package's attribute
        except ModuleNotFoundError as error:
            if error.name != f"{__name__}.{name}":
                raise  # a submodule that failed to import one of its own
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    from importlib.metadata import PackageNotFoundError, version

    try:
        __version__ = version("vnx")
    except PackageNotFoundError:  # running from a source checkout that is not installed
        __version__ = "0+unknown"
    return __version__


__all__ = ["extract", "extract_many", "load", "make_doc", "record_from_doc", "ArticleRecord", "ErrorRecord", "InputError", "__version__"]


def __dir__() -> list[str]:
    """The public names, for ``help(extractor)`` and completion, as if imported eagerly."""
    return sorted(set(globals()) | set(__all__))
