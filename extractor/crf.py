"""underthesea's bundled CRF taggers (word segmentation, POS), scored without building feature strings.

underthesea tags a sentence by building the 43 feature strings of every syllable (``CRFFeaturizer``) and
handing them to its CRF (``CRFTagger``), which looks each string up in the model's attribute table. That was
more than half of vnx's run time. Here each feature template has its own table (value -> attribute id), read
from the model file itself, so a column of values turns into attribute ids with one dictionary lookup each;
the state scores are a sum of weight rows and the best tag sequence is found by Viterbi, as CRFsuite does.

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
from itertools import repeat

import numpy

_TEMPLATE = re.compile(r"T\[(-?\d+)(?:,(-?\d+))?\](?:\.(lower|isdigit|istitle|is_in_dict))?$")
# Mixed case, digits, a title-case pair, a dictionary word and edges: what the probe must agree on.
_PROBE = ["Hà", "NỘI", "٣", "(", "ngày", "12", "tháng", "4", "năm", "2024", ",", "đồng", "chí", "Nguyễn", "Xuân", "Dương"]
_BOOLEAN = frozenset({"is_in_dict", "istitle", "isdigit"})


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
    """underthesea's ``T[a]`` / ``T[a,b]`` feature templates (identity, lower, isdigit, istitle, is_in_dict),
    computed per column for a whole sentence and given as the model's attribute ids."""

    def __init__(self, templates: list[str], dictionary: set[str], attribute_ids: dict[str, int], unknown: int):
        by_template: dict[str, dict[str, int]] = {}
        for name, ident in attribute_ids.items():
            template, _, value = name.partition("=")
            by_template.setdefault(template, {})[value] = ident
        self.columns = []
        for template in templates:
            match = _TEMPLATE.match(template)
            if match is None:
                raise ValueError(f"unknown CRF feature template {template!r}")
            a = int(match.group(1))
            b = int(match.group(2)) if match.group(2) is not None else a
            table = by_template.get(template, {})
            ids = {value: table.get(value, unknown) for value in ("BOS", "EOS", "False", "True")}
            self.columns.append((a, b, match.group(3) or "", table, ids["BOS"], ids["EOS"], (ids["False"], ids["True"])))
        self.dictionary = dictionary
        self.unknown = unknown

    def _values(self, syllables: list[str], lower: list[str], width: int, attribute: str) -> list:
        """The attribute of every n-gram of ``width`` syllables, by start position (booleans as bools)."""
        if attribute == "":
            return _ngrams(syllables, width)
        if attribute == "lower":
            return _ngrams(lower, width)
        if attribute == "is_in_dict":
            return list(map(self.dictionary.__contains__, _ngrams(lower, width)))
        if attribute == "istitle":  # underthesea: no syllable starts with a lower-case letter
            title = [not s[:1].islower() for s in syllables]
            return title if width == 1 else [all(title[p : p + width]) for p in range(len(syllables) - width + 1)]
        # isdigit: ASCII digits only; an n-gram holds a space, so it never is
        if width == 1:
            return [s.isascii() and s.isdigit() for s in syllables]
        return [False] * (len(syllables) - width + 1)

    def attribute_ids(self, syllables: list[str]) -> list[int]:
        """The attribute id of every (template, syllable), template by template: what underthesea's feature
        strings are in the model's attribute table."""
        n = len(syllables)
        lower = [s.lower() for s in syllables]
        cache: dict[tuple[int, str], list] = {}
        ids: list[int] = []
        for a, b, attribute, table, bos, eos, booleans in self.columns:
            width = b - a + 1
            values = cache.get((width, attribute))
            if values is None:
                values = cache[(width, attribute)] = self._values(syllables, lower, width, attribute)
            before = min(n, max(0, -a))  # positions whose window starts before the sentence
            valid = max(0, min(n, n - b) - before)  # windows inside the sentence
            inside = values[before + a : before + a + valid]
            ids += [bos] * before
            if attribute in _BOOLEAN:
                ids += map(booleans.__getitem__, inside)
            else:
                ids += map(table.get, inside, repeat(self.unknown))
            ids += [eos] * (n - before - valid)
        return ids


def _ngrams(items: list[str], width: int) -> list[str]:
    """Every run of ``width`` items, joined by a space."""
    if width == 1:
        return items
    if width == 2:
        return [x + " " + y for x, y in zip(items, items[1:])]
    return [" ".join(items[p : p + width]) for p in range(len(items) - width + 1)]


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
        self._tag = lambda syllables: tagger.tag(reference.process([[[s] for s in syllables]])[0])
        self.fast = False
        try:
            model = CRFSuiteModel.read(os.path.join(path, "models.bin"))
            featurizer = TemplateFeaturizer(templates, dictionary, model.attribute_ids, model.unknown)
        except (OSError, ValueError, struct.error):
            return

        def fast_tag(syllables: list[str]) -> list[str]:
            ids = numpy.array(featurizer.attribute_ids(syllables), dtype=numpy.intp).reshape(-1, len(syllables))
            return model.viterbi(model.state[ids].sum(axis=0))

        if fast_tag(_PROBE) == self._tag(_PROBE):
            self._tag = fast_tag
            self.fast = True

    def tag(self, syllables: list[str]) -> list[str]:
        """Tags for a sentence given as its tokens."""
        return self._tag(syllables) if syllables else []

    def predict(self, tokens: list[list[str]]) -> list[str]:
        """underthesea's interface: one ``[token]`` list per token."""
        return self.tag([t[0] for t in tokens])


@lru_cache(maxsize=None)
def underthesea_crf(pipeline: str, model: str) -> CRFSequenceTagger:
    """One of underthesea's bundled CRF taggers (``pipeline/<pipeline>/models/<model>``), loaded once per process."""
    package = importlib.import_module(f"underthesea.pipeline.{pipeline}")
    return CRFSequenceTagger(os.path.join(os.path.dirname(package.__file__), "models", model))
