"""Pipeline component ``vnx_statistical_entities``: a CRF tagger for people, organisations and places.

The rules of ``vnx_entities`` only find names their lexicons or cues announce; this linear-chain
CRF (trained by ``models/train_entities.py`` with underthesea_core's Rust ``CRFTrainer``) reads
the same syllable tokens and labels PERSON / ORGANIZATION / LOCATION spans from the context:
the syllable, its case shape, underthesea's word segmentation (``doc._.word_starts``) and which
vnx lexicon (honorifics, surnames, title and organisation heads, administrative levels, places)
covers it. One sequence per line of the title and body (``doc._.in_body`` when ``vnx_layout`` ran, else
every line); all of an article's lines are scored together by ``crf.FieldCRFTagger`` (attribute ids with numpy,
Viterbi, forward-backward), which gives underthesea_core's featurizer and tagger's tags (checked on a probe at
load, else theirs are used).

The model ships as package data in ``extractor/data/models/<name>/``: ``model.crf`` (the
underthesea_core binary CRF format, no pickle) and ``features.json`` (the feature columns,
templates and lexicons it was trained with); its ``MODEL_CARD.md`` gives data and scores.

Assigns ``doc.spans["statistical"]`` (PERSON, ORGANIZATION, LOCATION spans), each with
``span._.confidence``: the lowest marginal probability of its tags (forward-backward).

With ``merge`` (config ``{"merge": true}``; the component then goes after ``vnx_entities`` and
before ``vnx_events``) it also completes and corrects the rules' records, the policy of the model
card (``MERGE_LABELS``, ``MIN_CONFIDENCE``, ``COVER``), chosen on development articles the model
never trained on (cross-validated dev and new-dev, and dev3 / blind4 / blind5):

1. a CRF place (confidence >= 0.7) that overlaps no rule entity is added: as a mention of the
   record of the same name or of a name containing it (or contained in it), else as a new record;
2. a CRF place (confidence >= 0.7) that strictly contains rule entities of other labels only
   (never a title, never its own label) replaces them: "chợ [Nguyễn Tri Phương]" is a market,
   not a person; the mentions go, and a record left without mentions is dropped;
3. CRF organisations are not merged by default (``merge_labels`` may add them): on the
   development articles every organisation the CRF added was wrong; CRF people never are (the
   rules' people are the more precise).

``doc._.people``, ``doc._.organizations``, ``doc._.locations`` and ``doc.spans["entities"]`` are
rewritten; every mention keeps ``text[start:end] == mention.text``.
"""
from __future__ import annotations

import functools
import json
import os
import unicodedata
from collections.abc import Iterator
from importlib import resources
from itertools import accumulate, repeat
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from . import gazetteer
from .crf import FieldCRFTagger
from .entities import record_spans
from .layout import BODY_KINDS, vietnam_day
from .lexicons import load_tsv
from .records import Location, Mention, Organization
from .text import fold, words_within
from .tokenizer import norm_text

if not Span.has_extension("confidence"):
    Span.set_extension("confidence", default=None)

DEFAULT_MODEL = "vnx-entities-crf"
LABELS = {"PER": "PERSON", "ORG": "ORGANIZATION", "LOC": "LOCATION"}
OUTSIDE = "O"
# The merge with the rules (model card, "Merged into the pipeline"): places only, chosen on development articles.
MERGE_LABELS = ("LOCATION",)
MIN_CONFIDENCE = 0.7
COVER = True
# Hand-made lines whose tags and marginals the fast scoring must share with underthesea_core's tagger at load:
# people, titles, organisations, places, an abbreviation, digits and a one-token line.
PROBE = ("Chiều 12/4, tại Huyện ủy Quảng Điền (tỉnh Thừa Thiên Huế), đồng chí Nguyễn Xuân Dương, Ủy viên Bộ Chính trị, "
         "làm việc với UBND TP Hà Nội và Công ty CP Sữa Việt Nam.\nHUẾ\n")


def model_path(model: str = DEFAULT_MODEL):
    """The directory of a model: a name shipped in the package, or a directory path (with a "/")."""
    if "/" in model or os.sep in model:
        return Path(model)
    return resources.files("extractor").joinpath("data", "models", model)


@functools.lru_cache(maxsize=65536)
def nfc(text: str) -> str:
    """A token as written, in NFC (the model's column 0)."""
    return unicodedata.normalize("NFC", text)


# A word's place tags (column 3) by its length, 4 meaning 4 or more: B<n> for its first syllable, I<n> for the others.
WORD_PLACES = {n: [f"B{n}", *[f"I{n}"] * (n - 1)] for n in range(1, 5)}


@functools.lru_cache(maxsize=65536)
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
            docs = list(nlp.tokenizer.pipe(phrases))
            self.matcher.add(lexicon["label"], [d for d in docs if len(d)])
        # each lexicon's rank (earlier ones win ties) and label, by the match id the matcher gives
        self.ranks = {nlp.vocab.strings.add(lex["label"]): (i, lex["label"]) for i, lex in enumerate(config["lexicons"])}

    def sequences(self, doc: Doc) -> list[list[Token]]:
        """The non-space tokens of each line of the title and body (every line without ``vnx_layout``)."""
        regions = doc._.regions if Doc.has_extension("regions") else None
        body = [(a, b) for a, b, kind in regions if kind in BODY_KINDS] if regions is not None else [(0, len(doc.text))]
        out: list[list[Token]] = []
        for a, b in body:  # the regions are read once: a Doc's "_" costs more than the rest of this loop
            region = doc.char_span(a, b, alignment_mode="expand")
            current: list[Token] = []
            for token in region if region is not None else ():
                if token.is_space or token.idx < a or token.idx + len(token) > b:
                    if "\n" in token.text or (current and not token.is_space):
                        out.append(current)
                        current = []
                    continue
                current.append(token)
            out.append(current)
        return [seq for seq in out if seq]

    def _lexicon_tags(self, doc: Doc) -> dict[int, str]:
        """B-/I-label of the longest lexicon match covering each token (earlier lexicons win ties)."""
        ranks = self.ranks
        matches = sorted(self.matcher(doc), key=lambda m: (m[1] - m[2], ranks[m[0]][0]))
        tags: dict[int, str] = {}
        for match_id, start, end in matches:
            if any(i in tags for i in range(start, end)):
                continue
            label = ranks[match_id][1]
            for i in range(start, end):
                tags[i] = ("B-" if i == start else "I-") + label
        return tags

    def fields(self, doc: Doc, sequences: list[list[Token]]) -> tuple[list[list[str]], list[int]]:
        """The columns of the tokens of all sequences, one after the other, as one list per column, and the
        sequences' lengths."""
        starts = doc._.word_starts or [True] * len(doc)
        lexicon = self._lexicon_tags(doc)
        lengths = list(map(len, sequences))
        tokens = [token for seq in sequences for token in seq]
        indices = [token.i for token in tokens]
        texts = [token.text for token in tokens]
        norms = [token.norm_ for token in tokens]
        shapes = list(map(shape, texts))
        # the words: from each token underthesea starts one at, and from each sequence's first token
        sequence_starts = set(accumulate(lengths, initial=0))
        bounds = [k for k, i in enumerate(indices) if starts[i] or k in sequence_starts]
        bounds.append(len(tokens))
        places, forms, word_shapes = [], [], []
        for begin, end in zip(bounds, bounds[1:]):
            size = end - begin
            if size == 1:
                places.append("B1")
                forms.append(norms[begin])
                word_shapes.append(shapes[begin])
                continue
            places += WORD_PLACES[min(size, 4)] + ["I4"] * (size - 4)
            forms += ["_".join(norms[begin:end])] * size
            word_shapes += ["_".join(shapes[begin:end])] * size
        lexicons = list(map(lexicon.get, indices, repeat(OUTSIDE)))
        return [list(map(nfc, texts)), norms, shapes, places, forms, word_shapes, lexicons], lengths

    def rows(self, doc: Doc, sequences: list[list[Token]]) -> list[list[list[str]]]:
        """One row of column values per token of each sequence (``CRFFeaturizer``'s input, for training)."""
        fields, lengths = self.fields(doc, sequences)
        rows = list(map(list, zip(*fields)))
        bounds = [0, *accumulate(lengths)]
        return [rows[a:b] for a, b in zip(bounds, bounds[1:])]


def decode(tags: list[str]) -> Iterator[tuple[int, int, str]]:
    """(begin, end, label) of a BIO tag sequence; an I- tag that does not continue an entity starts one (conlleval).
    Only the tags other than O are read (an O ends any entity): most of a line is O."""
    begin, label, last = None, None, -1
    for k in [k for k, tag in enumerate(tags) if tag != OUTSIDE]:
        prefix, _, kind = tags[k].partition("-")
        continues = begin is not None and k == last + 1 and prefix == "I" and kind == label
        if begin is not None and not continues:
            yield begin, last + 1, LABELS[label]
        if not continues:
            begin, label = k, kind
        last = k
    if begin is not None:
        yield begin, last + 1, LABELS[label]


class Merger:
    """Joins the CRF's spans to the records of ``vnx_entities`` (see the module docstring)."""

    def __init__(self, labels=MERGE_LABELS, min_confidence: float = MIN_CONFIDENCE, cover: bool = COVER):
        self.labels = set(labels)
        self.min_confidence = min_confidence
        self.cover = cover
        self.bare_places = {fold(name): kind for name, kind in gazetteer.bare_place_names().items()}

    def decide(self, rule_spans, stat_spans) -> tuple[list[tuple[str, int, int]], set[tuple[str, int, int]]]:
        """(CRF spans to add, rule spans to remove) for (label, start, end, confidence) CRF spans."""
        added, removed = [], set()
        for label, a, b, confidence in stat_spans:
            if label not in self.labels or confidence is None or confidence < self.min_confidence:
                continue
            inside = [r for r in rule_spans if r[1] < b and a < r[2]]
            if not inside:
                added.append((label, a, b))
            elif (self.cover and label != "PERSON" and all((r[1], r[2]) != (a, b) for r in inside)
                  and all(a <= r[1] and r[2] <= b and r[0] not in (label, "TITLE") for r in inside)):
                added.append((label, a, b))
                removed.update(inside)
        return added, removed

    def _place(self, name: str, day) -> tuple[str | None, object]:
        """(kind, gazetteer unit) of a place name the CRF found: its level word, or a bare province/country."""
        kind, rest = gazetteer.split_level(name)
        if kind is not None:
            return kind, gazetteer.resolve(rest, kind, day)
        kind = self.bare_places.get(fold(name))
        return kind, gazetteer.resolve(name, kind, day) if kind else None

    def __call__(self, doc: Doc, stat_spans: list[Span]) -> Doc:
        if doc._.organizations is None or doc._.locations is None or doc._.people is None:
            return doc  # vnx_entities did not run: nothing to merge into
        text = norm_text(doc).source
        added, removed = self.decide(record_spans(doc),
                                     [(s.label_, s.start_char, s.end_char, s._.confidence) for s in stat_spans])
        if not added and not removed:
            return doc
        people = [p for p in doc._.people]
        records = {"ORGANIZATION": list(doc._.organizations), "LOCATION": list(doc._.locations)}
        if removed:
            def keep(label, mentions):
                return [m for m in mentions if (label, m.start, m.end) not in removed]
            people = [p.model_copy(update={"mentions": keep("PERSON", p.mentions)}) for p in people]
            people = [p for p in people if p.mentions]
            for label in records:
                records[label] = [r.model_copy(update={"mentions": keep(label, r.mentions)}) for r in records[label]]
                records[label] = [r for r in records[label] if r.mentions]
        day = vietnam_day(doc._.published_at) if Doc.has_extension("published_at") else None
        # Longer names first, so a short form joins the full name written elsewhere in the article.
        # The tokenizer keeps a sentence's full stop on an abbreviation ("ĐBSCL."): not part of the name.
        added = [(label, a, b - 1 if b - a > 1 and text[b - 1] == "." else b) for label, a, b in added]
        for label, a, b in sorted(added, key=lambda s: (-(s[2] - s[1]), s[1])):
            mention = Mention(text=text[a:b], start=a, end=b)
            group = records[label]
            home = next((k for k, r in enumerate(group)
                         if any(words_within(mention.text, n) for n in (r.name, *(m.text for m in r.mentions)))
                         or getattr(r, "abbreviation", None) == mention.text), None)
            if home is not None:
                rec = group[home]
                group[home] = rec.model_copy(update={"mentions": sorted([*rec.mentions, mention], key=lambda m: m.start)})
            elif label == "ORGANIZATION":
                group.append(Organization(name=mention.text, mentions=[mention]))
            else:
                kind, unit = self._place(mention.text, day)
                group.append(Location(name=mention.text, kind=kind, official_name=unit.name if unit else None,
                                      district=unit.district if unit else None,
                                      province=unit.province if unit else None, mentions=[mention]))
        first = lambda r: min(m.start for m in r.mentions)  # noqa: E731
        doc._.people = people
        doc._.organizations = sorted(records["ORGANIZATION"], key=first)
        doc._.locations = sorted(records["LOCATION"], key=first)
        spans = list(doc.spans.get("entities", ()))
        spans = [s for s in spans if (s.label_, s.start_char, s.end_char) not in removed]
        for label, a, b in added:
            if (span := doc.char_span(a, b, label=label, alignment_mode="expand")) is not None:
                spans.append(span)
        doc.spans["entities"] = sorted(spans, key=lambda s: (s.start_char, s.end_char, s.label_))
        return doc


class StatisticalEntities:
    """Callable component: tags each body line with the CRF and writes ``doc.spans["statistical"]``;
    with ``merge``, joins those spans to the rules' records (``Merger``)."""

    def __init__(self, nlp: Language, model: str = DEFAULT_MODEL, merge: bool = False,
                 merge_labels=MERGE_LABELS, min_confidence: float = MIN_CONFIDENCE, cover: bool = COVER):
        if merge and not set(merge_labels) <= {"ORGANIZATION", "LOCATION"}:  # records of people come from the rules
            raise ValueError(f"merge_labels may hold ORGANIZATION and LOCATION only, not {sorted(merge_labels)}")
        self.merger = Merger(merge_labels, min_confidence, cover) if merge else None
        path = model_path(model)
        config = json.loads(path.joinpath("features.json").read_text(encoding="utf-8"))
        self.featurizer = Featurizer(nlp, config)
        probe = nlp.make_doc(PROBE)
        with resources.as_file(path.joinpath("model.crf")) as model_file:
            self.tagger = FieldCRFTagger(str(model_file), config["templates"],
                                         self.featurizer.rows(probe, self.featurizer.sequences(probe)))
        self.index = {label: i for i, label in enumerate(self.tagger.labels)}

    def __call__(self, doc: Doc) -> Doc:
        sequences = self.featurizer.sequences(doc)
        spans = []
        for seq, (tags, marginals) in zip(sequences, self.tagger.tag_lines(*self.featurizer.fields(doc, sequences))):
            for begin, end, label in decode(tags):
                span = Span(doc, seq[begin].i, seq[end - 1].i + 1, label=label)
                span._.confidence = float(min(marginals[k, self.index[tags[k]]] for k in range(begin, end)))
                spans.append(span)
        doc.spans["statistical"] = spans
        if self.merger is not None:
            self.merger(doc, spans)
        return doc


@Language.factory(
    "vnx_statistical_entities",
    assigns=["doc.spans", "doc._.people", "doc._.organizations", "doc._.locations"],
    default_config={"model": DEFAULT_MODEL, "merge": False, "merge_labels": list(MERGE_LABELS),
                    "min_confidence": MIN_CONFIDENCE, "cover": COVER},
)
def make_statistical_entities(nlp: Language, name: str, model: str, merge: bool, merge_labels: list[str],
                              min_confidence: float, cover: bool) -> StatisticalEntities:
    return StatisticalEntities(nlp, model, merge, merge_labels, min_confidence, cover)
