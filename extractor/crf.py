"""underthesea's bundled CRF taggers (word segmentation, POS), scored without building feature strings.

underthesea tags a sentence by building the 43 feature strings of every syllable (``CRFFeaturizer``) and
handing them to its CRF (``CRFTagger``), which looks each string up in the model's attribute table. That was
more than half of vnx's run time. Here the attribute ids are found with numpy from the model file's own
attribute table (``TemplateFeaturizer``), the state scores are a sum of weight rows and the best tag sequence
is found by Viterbi, as CRFsuite does.

underthesea_core takes only feature strings and exposes no weights, so the model file is read here: it is in
CRFsuite's documented binary format (``crf1dmodel.c``, ``cqdb.c``), with plain integers, strings and doubles
(no pickle). If the file cannot be read, a template is unknown, or the tags differ from underthesea's tagger
on a probe sentence at load time, underthesea's own featurizer and tagger are used, so the tags are always
the ones underthesea would give.
"""
from __future__ import annotations

import importlib
import math
import os
import re
import struct
from functools import lru_cache
from itertools import chain, combinations, repeat
from operator import itemgetter

import numpy

_TEMPLATE = re.compile(r"T\[(-?\d+)(?:,(-?\d+))?\](?:\.(lower|isdigit|istitle|is_in_dict))?$")
# Mixed case, digits, a title-case pair, a dictionary word and edges: what the probe must agree on.
_PROBE = ["Hà", "NỘI", "٣", "(", "ngày", "12", "tháng", "4", "năm", "2024", ",", "đồng", "chí", "Nguyễn", "Xuân", "Dương"]
_BOOLEAN = frozenset({"is_in_dict", "istitle", "isdigit"})
# Syllables scored together: enough for numpy to pay off, few enough that the (templates x syllables) ids stay small.
_BATCH_SYLLABLES = 20_000
_FIRST = itemgetter(slice(0, 1))


class CRFSuiteModel:
    """The labels, attribute table, state weights and transition weights of a CRFsuite model file."""

    def __init__(self, labels: list[str], attributes: list[str], state: numpy.ndarray, transitions: numpy.ndarray):
        self.labels = labels
        self.attribute_ids = {name: i for i, name in enumerate(attributes)}
        self.unknown = len(attributes)  # the id of an attribute the model lacks: a row of zeros in ``state``
        self.state = state  # (attributes + 1) x labels
        self.transition_matrix = transitions  # [from, to]
        self.transitions = transitions.tolist()

    @classmethod
    def read(cls, path: str) -> "CRFSuiteModel":
        with open(path, "rb") as handle:
            data = handle.read()
        if data[:4] != b"lCRF" or data[8:12] != b"FOMC":
            raise ValueError(f"{path} is not a CRFsuite CRF1d model")
        # header after magic, size and type: version, feature count (left 0 by CRFsuite), label count, attribute
        # count, then the offsets of the features, labels, attributes and the two reference chunks
        _, _, n_labels, n_attributes, at_features, at_labels, at_attributes, _, _ = struct.unpack_from("<9I", data, 12)
        labels, attributes = _read_cqdb(data, at_labels), _read_cqdb(data, at_attributes)
        if data[at_features : at_features + 4] != b"FEAT" or len(labels) != n_labels or len(attributes) != n_attributes:
            raise ValueError(f"{path}: unexpected CRFsuite layout")
        (count,) = struct.unpack_from("<I", data, at_features + 8)
        record = numpy.dtype([("type", "<u4"), ("source", "<u4"), ("target", "<u4"), ("weight", "<f8")])
        features = numpy.frombuffer(data, dtype=record, count=count, offset=at_features + 12)
        state = numpy.zeros((n_attributes + 1, n_labels))
        transitions = numpy.zeros((n_labels, n_labels))
        kept = features[features["type"] == 0]  # state feature: attribute -> label
        state[kept["source"], kept["target"]] = kept["weight"]
        kept = features[features["type"] == 1]  # transition feature: label -> label
        transitions[kept["source"], kept["target"]] = kept["weight"]
        return cls(labels, attributes, state, transitions)

    def viterbi(self, scores: numpy.ndarray) -> list[str]:
        """The best label sequence for per-position state scores (positions x labels), as CRFsuite's Viterbi
        finds it: ties go to the first label.

        With a handful of labels (word segmentation has two) plain Python floats are faster than numpy, whose
        per-call cost exceeds the arithmetic; with many (POS tags) one numpy step per position is.
        """
        n_labels = len(self.labels)
        if n_labels > 4:
            back_pointers = numpy.empty(scores.shape, dtype=numpy.intp)
            previous, every_label = scores[0], numpy.arange(n_labels)
            for t in range(1, len(scores)):
                candidates = previous[:, None] + self.transition_matrix
                back_pointers[t] = candidates.argmax(axis=0)
                previous = candidates[back_pointers[t], every_label] + scores[t]
            back_pointers = back_pointers.tolist()[1:]
            label = int(previous.argmax())
        else:
            rows, back_pointers = scores.tolist(), []
            previous = rows[0]
            for state in rows[1:]:
                current, back = [], []
                for j in range(n_labels):
                    best, best_i = -math.inf, 0
                    for i in range(n_labels):
                        candidate = previous[i] + self.transitions[i][j]
                        if best < candidate:
                            best, best_i = candidate, i
                    back.append(best_i)
                    current.append(best + state[j])
                back_pointers.append(back)
                previous = current
            label = previous.index(max(previous))
        path = [label]
        for back in reversed(back_pointers):
            label = back[label]
            path.append(label)
        return [self.labels[i] for i in reversed(path)]


def _read_cqdb(data: bytes, offset: int) -> list[str]:
    """The strings of a CRFsuite CQDB chunk (string <-> id database), by id."""
    if data[offset : offset + 4] != b"CQDB":
        raise ValueError("no CQDB chunk where the header points")
    _, _, byte_order, count, backward = struct.unpack_from("<5I", data, offset + 4)
    if byte_order != 0x62445371:
        raise ValueError("CQDB chunk of another byte order")
    strings = []
    for at in numpy.frombuffer(data, dtype="<u4", count=count, offset=offset + backward).tolist():
        ident, size = struct.unpack_from("<2I", data, offset + at)
        if ident != len(strings):
            raise ValueError("CQDB ids out of order")
        strings.append(data[offset + at + 8 : offset + at + 7 + size].decode("utf-8"))  # size counts the final NUL
    return strings


class TemplateFeaturizer:
    """underthesea's ``T[a]`` / ``T[a,b]`` feature templates (identity, lower, isdigit, istitle, is_in_dict) as the
    model's attribute ids, computed with numpy for the syllables of many sentences at once.

    Each token becomes an integer (its index in the vocabulary of the model's attribute values), an n-gram the
    integer made of its tokens' indices in base ``vocabulary + 1``; a template's table is then a sorted array of
    such integers, searched for every window at once. Per token, only the vocabulary lookup, the case tests and
    the dictionary lookup stay in Python.
    """

    def __init__(self, templates: list[str], dictionary: set[str], attribute_ids: dict[str, int], unknown: int):
        values: dict[str, list[tuple[str, int]]] = {}
        for name, ident in attribute_ids.items():
            template, _, value = name.partition("=")
            values.setdefault(template, []).append((value, ident))
        parsed = []
        for template in templates:
            match = _TEMPLATE.match(template)
            if match is None:
                raise ValueError(f"unknown CRF feature template {template!r}")
            a = int(match.group(1))
            b = int(match.group(2)) if match.group(2) is not None else a
            parsed.append((template, a, b, match.group(3) or ""))
        widest = max((b - a + 1 for _, a, b, _ in parsed), default=1)
        # Every (template, value) as the token tuples it can be: a value of T[a,b] is its tokens joined by spaces,
        # and a token may hold spaces itself (the POS tagger's tokens are words).
        readings: dict[int, list[tuple[tuple[str, ...], int]]] = {}  # column -> (tokens, attribute id)
        for column, (template, a, b, attribute) in enumerate(parsed):
            if attribute in ("", "lower"):
                readings[column] = [(tokens, ident) for value, ident in values.get(template, ())
                                    for tokens in _readings(value, b - a + 1)]
        self.vocabulary: dict[str, int] = {}
        for pairs in readings.values():
            for tokens, _ in pairs:
                for token in tokens:
                    self.vocabulary.setdefault(token, len(self.vocabulary))
        self.base = len(self.vocabulary) + 1  # the last digit: a token the vocabulary lacks
        if self.base**widest >= 2**62:
            raise ValueError("CRF n-gram templates too wide to number")
        self.dictionary = dictionary
        by_column: dict[int, dict[int, int]] = {}
        for column, pairs in readings.items():
            a, b = parsed[column][1:3]
            codes = self._codes([tokens for tokens, _ in pairs], b - a + 1).tolist()
            by_column[column] = dict(zip(codes, (ident for _, ident in pairs)))
        # The templates of one kind and width (T[-1,0], T[0,1] …) share one sorted array of the codes any of them
        # knows; each has a table of ids aligned with it, ending with ``unknown`` for a code it does not know.
        known: dict[tuple[int, str], set[int]] = {}
        for column, (template, a, b, attribute) in enumerate(parsed):
            if attribute not in _BOOLEAN:
                known.setdefault((b - a + 1, attribute), set()).update(by_column.get(column, ()))
        self.keys = {group: numpy.array(sorted(codes), dtype=numpy.int64) for group, codes in known.items()}
        self.columns = []
        for column, (template, a, b, attribute) in enumerate(parsed):
            if attribute in _BOOLEAN:
                ids = [attribute_ids.get(template + "=False", unknown), attribute_ids.get(template + "=True", unknown)]
            else:
                ids = list(map(by_column.get(column, {}).get, self.keys[(b - a + 1, attribute)].tolist(), repeat(unknown)))
            table = numpy.array(ids + [unknown], dtype=numpy.intp)
            bos = attribute_ids.get(template + "=BOS", unknown)
            eos = attribute_ids.get(template + "=EOS", unknown)
            self.columns.append((a, b, attribute, table, bos, eos))

    def _codes(self, readings: list[tuple[str, ...]], width: int) -> numpy.ndarray:
        """The integer of each reading of ``width`` tokens: its tokens' vocabulary indices as digits."""
        digits = numpy.fromiter(map(self.vocabulary.__getitem__, chain.from_iterable(readings)), dtype=numpy.int64,
                                count=len(readings) * width).reshape(-1, width)
        return digits @ (self.base ** numpy.arange(width - 1, -1, -1, dtype=numpy.int64))

    def attribute_ids(self, sentences: list[list[str]]) -> numpy.ndarray:
        """The attribute id of every (template, syllable) of the sentences (templates x syllables, the sentences one
        after the other): what underthesea's feature strings are in the model's attribute table."""
        syllables = [s for sentence in sentences for s in sentence]
        n = len(syllables)
        lengths = numpy.array([len(sentence) for sentence in sentences], dtype=numpy.intp)
        starts = numpy.repeat(numpy.cumsum(lengths) - lengths, lengths)
        inside = numpy.arange(n) - starts  # a syllable's position in its sentence
        left = numpy.repeat(lengths, lengths) - inside  # syllables from it to its sentence's end
        get, missing = self.vocabulary.get, self.base - 1
        exact = numpy.fromiter(map(get, syllables, repeat(missing)), dtype=numpy.int64, count=n)
        folded = list(map(str.lower, syllables))
        lower = numpy.fromiter(map(get, folded, repeat(missing)), dtype=numpy.int64, count=n)
        # underthesea's istitle: no space-separated piece starts with a lower-case letter; its isdigit: ASCII digits only
        title = ~numpy.fromiter(map(str.islower, map(_FIRST, syllables)), dtype=bool, count=n)
        spaced = numpy.fromiter(map(str.__contains__, syllables, repeat(" ")), dtype=bool, count=n)
        for i in numpy.flatnonzero(spaced).tolist():  # a word of several syllables (the POS tagger's tokens)
            title[i] = not any(piece[:1].islower() for piece in syllables[i].split(" "))
        digit = numpy.fromiter(map(str.isdigit, syllables), dtype=bool, count=n)
        digit &= numpy.fromiter(map(str.isascii, syllables), dtype=bool, count=n)
        windows: dict[tuple[int, str], numpy.ndarray] = {}  # (width, attribute) -> table index by window start

        def window_slots(width: int, attribute: str) -> numpy.ndarray:
            found = windows.get((width, attribute))
            if found is None:
                count = max(0, n - width + 1)
                if attribute in ("", "lower"):
                    digits = exact if attribute == "" else lower
                    found = numpy.zeros(count, dtype=numpy.int64)
                    for k in range(width):
                        found = found * self.base + digits[k : k + count]
                    found = _position(self.keys[(width, attribute)], found)
                elif attribute == "is_in_dict":  # a set lookup per window: the dictionary holds 90,000 words
                    ngrams = folded if width == 1 else map(" ".join, zip(*(folded[k : k + count] for k in range(width))))
                    found = numpy.fromiter(map(self.dictionary.__contains__, ngrams), dtype=bool, count=count)
                elif attribute == "istitle":
                    found = numpy.ones(count, dtype=bool)
                    for k in range(width):
                        found &= title[k : k + count]
                else:  # isdigit: an n-gram holds a space, so it never is
                    found = digit[:count] if width == 1 else numpy.zeros(count, dtype=bool)
                found = windows[(width, attribute)] = found.astype(numpy.intp, copy=False)  # booleans index False/True
            return found

        ids = numpy.empty((len(self.columns), n), dtype=numpy.intp)
        everywhere = numpy.arange(n)
        for row, (a, b, attribute, table, bos, eos) in zip(ids, self.columns):
            slots = window_slots(b - a + 1, attribute)
            if len(slots):
                row[:] = table[slots[numpy.minimum(numpy.maximum(everywhere + a, 0), len(slots) - 1)]]
            numpy.copyto(row, eos, where=left <= b)  # window past the sentence's end
            numpy.copyto(row, bos, where=inside < -a)  # window before its start (wins, as in underthesea)
        return ids


def _readings(value: str, width: int) -> list[tuple[str, ...]]:
    """Every way of reading ``value`` as ``width`` non-empty tokens joined by single spaces."""
    spaces = value.count(" ")
    if spaces == width - 1:  # the usual case: each token is one space-free piece
        tokens = tuple(value.split(" "))
        return [tokens] if all(tokens) else []
    found = []
    if spaces > width - 1:
        cuts = [i for i, character in enumerate(value) if character == " "]
        for cut in combinations(cuts, width - 1):
            ends = (-1, *cut, len(value))
            tokens = tuple(value[ends[k] + 1 : ends[k + 1]] for k in range(width))
            if all(tokens):
                found.append(tokens)
    return found


def _position(keys: numpy.ndarray, values: numpy.ndarray) -> numpy.ndarray:
    """Each value's index in the sorted ``keys``, or ``len(keys)`` when it is not there."""
    at = numpy.searchsorted(keys, values)
    hit = at < len(keys)
    hit[hit] = keys[at[hit]] == values[hit]
    return numpy.where(hit, at, len(keys))


class CRFSequenceTagger:
    """A bundled underthesea CRF: ``predict([[token], ...]) -> tags`` like underthesea's tagger."""

    def __init__(self, path: str):
        import joblib
        from underthesea_core import CRFFeaturizer, CRFTagger

        # underthesea's own loading of its own bundled files (as FastCRFSequenceTagger.load does).
        tagger = CRFTagger()
        tagger.load(os.path.join(path, "models.bin"))
        templates = joblib.load(os.path.join(path, "features.bin"))
        dictionary = joblib.load(os.path.join(path, "dictionary.bin"))
        reference = CRFFeaturizer(templates, dictionary)
        self._tag_lines = lambda lines: [tagger.tag(reference.process([[[s] for s in line]])[0]) for line in lines]
        self.fast = False
        try:
            model = CRFSuiteModel.read(os.path.join(path, "models.bin"))
            featurizer = TemplateFeaturizer(templates, dictionary, model.attribute_ids, model.unknown)
        except (OSError, ValueError, struct.error):
            return

        def fast_tag_lines(lines: list[list[str]]) -> list[list[str]]:
            tags: list[list[str]] = []
            for batch in _batches(lines, _BATCH_SYLLABLES):
                ids = featurizer.attribute_ids(batch)
                scores = numpy.zeros((ids.shape[1], len(model.labels)))
                for row in ids:  # row by row: a (templates x syllables x labels) array of a long text is large
                    scores += model.state[row]
                start = 0
                for line in batch:
                    tags.append(model.viterbi(scores[start : start + len(line)]))
                    start += len(line)
            return tags

        if fast_tag_lines([_PROBE, _PROBE[:3]]) == self._tag_lines([_PROBE, _PROBE[:3]]):
            self._tag_lines = fast_tag_lines
            self.fast = True

    def tag_lines(self, lines: list[list[str]]) -> list[list[str]]:
        """Tags for each sentence, given as its tokens (many at once: the scoring works on all of them together)."""
        kept = [line for line in lines if line]
        tagged = iter(self._tag_lines(kept) if kept else [])
        return [next(tagged) if line else [] for line in lines]

    def tag(self, syllables: list[str]) -> list[str]:
        """Tags for a sentence given as its tokens."""
        return self.tag_lines([syllables])[0]

    def predict(self, tokens: list[list[str]]) -> list[str]:
        """underthesea's interface: one ``[token]`` list per token."""
        return self.tag([t[0] for t in tokens])


def _batches(lines: list[list[str]], size: int):
    """Consecutive lines in groups of at most ``size`` syllables (a longer line alone)."""
    batch, count = [], 0
    for line in lines:
        if batch and count + len(line) > size:
            yield batch
            batch, count = [], 0
        batch.append(line)
        count += len(line)
    if batch:
        yield batch


@lru_cache(maxsize=None)
def underthesea_crf(pipeline: str, model: str) -> CRFSequenceTagger:
    """One of underthesea's bundled CRF taggers (``pipeline/<pipeline>/models/<model>``), loaded once per process."""
    package = importlib.import_module(f"underthesea.pipeline.{pipeline}")
    return CRFSequenceTagger(os.path.join(os.path.dirname(package.__file__), "models", model))
