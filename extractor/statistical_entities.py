"""Pipeline component ``vnx_statistical_entities``: a CRF tagger for people, organisations and places.

The rules of ``vnx_entities`` only find names their lexicons or cues announce; this linear-chain
CRF (trained by ``models/train_entities.py`` with underthesea_core's Rust ``CRFTrainer``) reads
the same syllable tokens and labels PERSON / ORGANIZATION / LOCATION spans from the context:
the syllable, its case shape, underthesea's word segmentation (``doc._.word_starts``) and which
vnx lexicon (honorifics, surnames, title and organisation heads, administrative levels, places)
covers it. Inference is underthesea_core's Rust featurizer and Viterbi tagger, one sequence per
line of the title and body (``doc._.in_body`` when ``vnx_layout`` ran, else every line).

The model ships as package data in ``extractor/data/models/<name>/``: ``model.crf`` (the
underthesea_core binary CRF format, no pickle) and ``features.json`` (the feature columns,
templates and lexicons it was trained with); its ``MODEL_CARD.md`` gives data and scores.

Assigns ``doc.spans["statistical"]`` (PERSON, ORGANIZATION, LOCATION spans), each with
``span._.confidence``: the lowest marginal probability of its tags (forward-backward). It changes no
record: how its spans join the rules' entities is the caller's choice (see the model card).
"""
from __future__ import annotations

import json
import os
import unicodedata
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from underthesea_core import CRFFeaturizer, CRFTagger

from . import gazetteer
from .lexicons import load_tsv

if not Span.has_extension("confidence"):
    Span.set_extension("confidence", default=None)

DEFAULT_MODEL = "vnx-entities-crf"
LABELS = {"PER": "PERSON", "ORG": "ORGANIZATION", "LOC": "LOCATION"}
OUTSIDE = "O"


def model_path(model: str = DEFAULT_MODEL):
    """The directory of a model: a name shipped in the package, or a directory path (with a "/")."""
    if "/" in model or os.sep in model:
        return Path(model)
    return resources.files("extractor").joinpath("data", "models", model)


def shape(text: str) -> str:
    """Case/character class of a token: Aa, AA, A, a, d (digits), da (digits and letters), p (other)."""
    if text.isdigit():
        return "d"
    if any(c.isdigit() for c in text):
        return "da"
    if not any(c.isalpha() for c in text):
        return "p"
    if text[0].isupper():
        letters = [c for c in text if c.isalpha()]
        if len(letters) == 1:
            return "A"
        return "AA" if all(c.isupper() for c in letters) else "Aa"
    return "a"


class Featurizer:
    """Token feature rows for the CRF, as described by a model's ``features.json``.

    Columns of a row (the templates address them as ``T[i][column]``): 0 the syllable as written
    (NFC), 1 its lower-cased matching form, 2 its shape, 3 its place in underthesea's word
    (B/I and the word's length), 4 the whole word in matching form, 5 the word's shape,
    6 the lexicon that covers it (B-/I- and the lexicon's label, longest match).
    """

    def __init__(self, nlp: Language, config: dict):
        self.matcher = PhraseMatcher(nlp.vocab, attr="NORM")
        for lexicon in config["lexicons"]:
            if lexicon["file"] == "gazetteer":
                phrases = list(gazetteer.bare_place_names())
            else:
                phrases = [row[lexicon["column"]] for row in load_tsv(lexicon["file"]) if row[lexicon["column"]]]
            docs = [nlp.make_doc(p) for p in phrases]
            self.matcher.add(lexicon["label"], [d for d in docs if len(d)])
        self.crf_featurizer = CRFFeaturizer(config["templates"], set())
        self.priority = {lex["label"]: i for i, lex in enumerate(config["lexicons"])}

    def sequences(self, doc: Doc) -> list[list[Token]]:
        """The non-space tokens of each line of the title and body (every line without ``vnx_layout``)."""
        use_layout = Doc.has_extension("regions") and doc._.regions is not None
        out: list[list[Token]] = []
        current: list[Token] = []
        for token in doc:
            if token.is_space or (use_layout and not doc._.in_body(token.idx, token.idx + len(token))):
                if "\n" in token.text or (current and not token.is_space):
                    out.append(current)
                    current = []
                continue
            current.append(token)
        out.append(current)
        return [seq for seq in out if seq]

    def _lexicon_tags(self, doc: Doc) -> dict[int, str]:
        """B-/I-label of the longest lexicon match covering each token (earlier lexicons win ties)."""
        matches = sorted(self.matcher(doc), key=lambda m: (-(m[2] - m[1]), self.priority[doc.vocab.strings[m[0]]]))
        tags: dict[int, str] = {}
        for match_id, start, end in matches:
            if any(i in tags for i in range(start, end)):
                continue
            label = doc.vocab.strings[match_id]
            for i in range(start, end):
                tags[i] = ("B-" if i == start else "I-") + label
        return tags

    def rows(self, doc: Doc, sequences: list[list[Token]]) -> list[list[list[str]]]:
        """One row of column values per token of each sequence."""
        starts = doc._.word_starts or [True] * len(doc)
        lexicon = self._lexicon_tags(doc)
        out = []
        for seq in sequences:
            words: list[list[Token]] = []
            for token in seq:
                if starts[token.i] or not words:
                    words.append([token])
                else:
                    words[-1].append(token)
            rows = []
            for word in words:
                form = "_".join(t.norm_ for t in word)
                word_shape = "_".join(shape(t.text) for t in word)
                for k, token in enumerate(word):
                    rows.append([
                        unicodedata.normalize("NFC", token.text),
                        token.norm_,
                        shape(token.text),
                        f"{'B' if k == 0 else 'I'}{min(len(word), 4)}",
                        form,
                        word_shape,
                        lexicon.get(token.i, OUTSIDE),
                    ])
            out.append(rows)
        return out

    def features(self, doc: Doc, sequences: list[list[Token]]) -> list[list[list[str]]]:
        """CRF attributes (strings) per token of each sequence."""
        return self.crf_featurizer.process(self.rows(doc, sequences))


def decode(tags: list[str]) -> Iterator[tuple[int, int, str]]:
    """(begin, end, label) of a BIO tag sequence; an I- tag that does not continue an entity starts one (conlleval)."""
    begin, label = None, None
    for k, tag in enumerate([*tags, OUTSIDE]):
        prefix, _, kind = tag.partition("-")
        continues = prefix == "I" and kind == label and begin is not None
        if begin is not None and not continues:
            yield begin, k, LABELS[label]
            begin, label = None, None
        if tag != OUTSIDE and not continues:
            begin, label = k, kind


class StatisticalEntities:
    """Callable component: tags each body line with the CRF and writes ``doc.spans["statistical"]``."""

    def __init__(self, nlp: Language, model: str = DEFAULT_MODEL):
        path = model_path(model)
        config = json.loads(path.joinpath("features.json").read_text(encoding="utf-8"))
        self.featurizer = Featurizer(nlp, config)
        self.tagger = CRFTagger()
        with resources.as_file(path.joinpath("model.crf")) as model_file:
            self.tagger.load(str(model_file))
        self.index = {label: i for i, label in enumerate(self.tagger.labels())}

    def __call__(self, doc: Doc) -> Doc:
        sequences = self.featurizer.sequences(doc)
        spans = []
        for seq, x in zip(sequences, self.featurizer.features(doc, sequences)):
            tags = self.tagger.tag(x)
            marginals = self.tagger.marginals(x)
            for begin, end, label in decode(tags):
                span = Span(doc, seq[begin].i, seq[end - 1].i + 1, label=label)
                span._.confidence = min(marginals[k][self.index[tags[k]]] for k in range(begin, end))
                spans.append(span)
        doc.spans["statistical"] = spans
        return doc


@Language.factory(
    "vnx_statistical_entities",
    assigns=["doc.spans"],
    default_config={"model": DEFAULT_MODEL},
)
def make_statistical_entities(nlp: Language, name: str, model: str) -> StatisticalEntities:
    return StatisticalEntities(nlp, model)
