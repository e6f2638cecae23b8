"""Build the vnx spaCy pipeline: underthesea tokenizer plus the registered vnx components."""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from . import tokenizer  # noqa: F401  (registers vnx.VietnameseTokenizer.v1)
from . import layout, documents, times, entities, events  # noqa: F401  (register the factories)
from . import statistical_entities  # noqa: F401  (registers vnx_statistical_entities)

PIPELINE = ("vnx_layout", "vnx_documents", "vnx_times", "vnx_entities", "vnx_events")
# The statistical entity model merged into the rules' records (model card of vnx-entities-crf):
# placed right after vnx_entities, so vnx_events sees the merged organisations and places.
STATISTICAL = "vnx_statistical_entities"
STATISTICAL_BY_DEFAULT = False  # whether load() adds it by default; decided on the dev split (see the model card)


def load(*, exclude: tuple[str, ...] = (), statistical: bool | None = None) -> Language:
    """A new Vietnamese ``Language`` with every vnx component (minus ``exclude``).

    ``statistical``: add ``vnx_statistical_entities`` with ``merge`` after ``vnx_entities``
    (default ``STATISTICAL_BY_DEFAULT``; ignored when ``vnx_entities`` or the component is excluded).
    """
    statistical = use_statistical(statistical)
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "vnx.VietnameseTokenizer.v1"}}})
    for name in PIPELINE:
        if name not in exclude:
            nlp.add_pipe(name)
        if name == "vnx_entities" and statistical and name not in exclude and STATISTICAL not in exclude:
            nlp.add_pipe(STATISTICAL, config={"merge": True})
    return nlp


def use_statistical(statistical: bool | None) -> bool:
    """Whether a run adds the statistical entity model: ``statistical``, or ``STATISTICAL_BY_DEFAULT`` when None.
    Checked, because any other value (a string "false") would silently be taken as a yes or a no."""
    if statistical is None:
        return STATISTICAL_BY_DEFAULT
    if not isinstance(statistical, bool):
        raise TypeError(f"statistical must be True, False or None (the default), got {statistical!r}")
    return statistical


def shared(statistical: bool | None = None) -> Language:
    """The process-wide pipeline used by ``extract``, loaded once: the rules, with ``statistical`` also
    the statistical entity model (``load(statistical=...)``; default ``STATISTICAL_BY_DEFAULT``)."""
    return _shared(use_statistical(statistical))


@lru_cache(maxsize=2)
def _shared(statistical: bool) -> Language:
    return load(statistical=statistical)
