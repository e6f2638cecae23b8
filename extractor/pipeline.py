"""Build the vnx spaCy pipeline: underthesea tokenizer plus the registered vnx components."""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from . import tokenizer  # noqa: F401  (registers vnx.VietnameseTokenizer.v1)
from . import layout, documents, times, entities, events  # noqa: F401  (register the factories)
from . import statistical_entities  # noqa: F401  (registers vnx_statistical_entities; not in the default pipeline)

PIPELINE = ("vnx_layout", "vnx_documents", "vnx_times", "vnx_entities", "vnx_events")


def load(*, exclude: tuple[str, ...] = ()) -> Language:
    """A new Vietnamese ``Language`` with every vnx component (minus ``exclude``)."""
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "vnx.VietnameseTokenizer.v1"}}})
    for name in PIPELINE:
        if name not in exclude:
            nlp.add_pipe(name)
    return nlp


@lru_cache(maxsize=1)
def shared() -> Language:
    """The process-wide pipeline used by ``extract`` (loaded once)."""
    return load()
