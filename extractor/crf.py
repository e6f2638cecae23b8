"""underthesea's bundled CRF taggers (word segmentation, POS) and vnx's statistical entity model, scored without
building feature strings.

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

Building the featurizer's tables from the model's 50,000 attributes and unpickling underthesea's dictionary took
most of a second of every start. ``data/crf_<model>.npz`` keeps them (with the templates, the labels and underthesea's
tags of the probe) for the model files underthesea ships, written by ``write_crf_caches()``: numpy arrays only, read
with ``allow_pickle=False``, and used only while the SHA-256 of ``models.bin``, ``features.bin``, ``dictionary.bin``
and ``CACHE_FORMAT`` matches the one stored in it. The probe still runs at every load, against the stored tags of
underthesea's tagger, so a change of the scoring here is caught as before; a stale or missing cache, or a probe that
disagrees, falls back to building everything from the model files.

The statistical entity model (``statistical_entities``, trained with underthesea_core's ``CRFTrainer``) is a file of the
same format whose templates read several fields of a token (``T[-1,0][1]``): ``FieldCRFTagger`` scores it the same way,
all of an article's lines at once, and adds the marginals (forward-backward) its confidences need; a probe checks it
against underthesea_core's featurizer and tagger at load, as above.
"""
from __future__ import annotations

import hashlib
import importlib
import io
import math
import os
import re
import struct
import zipfile
from functools import lru_cache
from importlib import resources
from itertools import accumulate, chain, combinations, repeat
from operator import itemgetter
from pathlib import Path

import numpy

_TEMPLATE = re.compile(r"T\[(-?\d+)(?:,(-?\d+))?\](?:\[(\d+)\])?(?:\.(lower|isdigit|istitle|is_in_dict))?$")
# Mixed case, digits, a title-case pair, a dictionary word and edges: what the probe must agree on.
_PROBE = ["Hà", "NỘI", "٣", "(", "ngày", "12", "tháng", "4", "năm", "2024", ",", "đồng", "chí", "Nguyễn", "Xuân", "Dương"]
_BOOLEAN = frozenset({"is_in_dict", "istitle", "isdigit"})
# Syllables scored together: enough for numpy to pay off, few enough that the (templates x syllables) ids stay small.
_BATCH_SYLLABLES = 20_000
# Positions whose running products ``_scan_vectors`` takes together, one after the other.
_SCAN_BLOCK = 16
_FIRST = itemgetter(slice(0, 1))
# The model files a cache is made from, and the version of its layout (bump it when the arrays it holds change).
_MODEL_FILES = ("models.bin", "features.bin", "dictionary.bin")
CACHE_FORMAT = 2


class CRFSuiteModel:
    """The labels, attribute table, state weights and transition weights of a CRFsuite model file."""

    def __init__(self, labels: list[str], attributes: list[str] | None, state: numpy.ndarray, transitions: numpy.ndarray):
        self.labels = labels
        # None when read without them (``attributes=False``): the cached featurizer already holds the ids
        self.attribute_ids = None if attributes is None else {name: i for i, name in enumerate(attributes)}
        self.unknown = state.shape[0] - 1  # the id of an attribute the model lacks: a row of zeros in ``state``
        self.state = state  # (attributes + 1) x labels
        self.transition_matrix = transitions  # [from, to]
        self.to_from = numpy.ascontiguousarray(transitions.T)  # [to, from], for Viterbi
        self.row_starts = numpy.arange(len(labels)) * len(labels)  # the flat index of each row of a labels x labels array
        self.transitions = transitions.tolist()

    @classmethod
    def read(cls, path: str, data: bytes | None = None, attributes: bool = True) -> "CRFSuiteModel":
        """The model in the file at ``path`` (or its bytes ``data``); ``attributes=False`` leaves out the attribute
        table's strings (most of the reading time), which only the featurizer's build needs."""
        if data is None:
            with open(path, "rb") as handle:
                data = handle.read()
        if data[:4] != b"lCRF" or data[8:12] != b"FOMC":
            raise ValueError(f"{path} is not a CRFsuite CRF1d model")
        # header after magic, size and type: version, feature count (left 0 by CRFsuite), label count, attribute
        # count, then the offsets of the features, labels, attributes and the two reference chunks
        _, _, n_labels, n_attributes, at_features, at_labels, at_attributes, _, _ = struct.unpack_from("<9I", data, 12)
        labels = _read_cqdb(data, at_labels)
        names = _read_cqdb(data, at_attributes) if attributes else None
        if data[at_features : at_features + 4] != b"FEAT" or len(labels) != n_labels or (
                names is not None and len(names) != n_attributes):
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
        return cls(labels, names, state, transitions)

    def state_scores(self, ids: numpy.ndarray) -> numpy.ndarray:
        """The state score of each label at each position (positions x labels) for attribute ids (templates x
        positions): the weights summed template by template, in CRFsuite's and underthesea_core's order."""
        scores = numpy.zeros((ids.shape[1], len(self.labels)))
        for row in ids:  # row by row: a (templates x positions x labels) array of a long text is large
            scores += self.state[row]
        return scores

    def viterbi(self, scores: numpy.ndarray) -> list[str]:
        """The best label sequence for per-position state scores (positions x labels), as CRFsuite's Viterbi
        finds it: ties go to the first label.

        With a handful of labels plain Python floats are faster than numpy, whose per-call cost exceeds the arithmetic
        (two, word segmentation's, unrolled); with many (POS tags) one numpy step per position is.
        """
        n_labels = len(self.labels)
        if n_labels == 2:
            back_pointers, label = _viterbi_two(scores.tolist(), self.transitions)
        elif n_labels > 4:
            # candidates[to, from], the transitions read by rows: each row's best ``from`` by argmax along it, its score
            # taken at the flat index of (to, best from)
            back_pointers = numpy.empty(scores.shape, dtype=numpy.intp)
            previous, to_from, row_starts = scores[0], self.to_from, self.row_starts
            for t in range(1, len(scores)):
                candidates = to_from + previous
                back = back_pointers[t] = candidates.argmax(axis=1)
                previous = candidates.take(row_starts + back)
                previous += scores[t]
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

    def best_paths(self, scores: numpy.ndarray, lengths: list[int]) -> list[list[str]]:
        """``viterbi`` of each sentence, the sentences' state scores one after the other in ``scores`` (positions x
        labels, ``lengths`` their sizes, none 0): the same labels, in a few numpy calls for all of them.

        The best scores of each label at each position are found in chunks (``_max_plus_forward``), their sums added
        in another order than ``viterbi``'s, so they may differ from its in the last bits. A sentence's labels are
        therefore kept only when every choice on its path (the last label, each back pointer) beats the runner-up by
        more than rounding either way can reach; a sentence with a closer choice is decoded by ``viterbi`` itself.
        """
        lengths = numpy.asarray(lengths, dtype=numpy.intp)
        starts = numpy.cumsum(lengths) - lengths
        ends = starts + lengths - 1
        states = numpy.ascontiguousarray(scores.T)  # labels x positions: numpy is slow along a short last axis
        best = _max_plus_forward(self.transition_matrix, states, starts, lengths)  # labels x positions
        back, margins = _choice(best[:, None, :-1] + self.transition_matrix[:, :, None])  # [to, position - 1]
        last, last_margins = _choice(best[:, ends])
        # position t's label is back[label at t + 1, t]: read at once where every label at t + 1 points to the same,
        # else from t + 1's label, from the end of each sentence backwards
        path = numpy.append(back[0], 0)
        path[ends] = last
        path = path.tolist()
        back_rows, stops = back.T.tolist(), set(ends.tolist())
        for t in reversed(numpy.flatnonzero((back != back[0]).any(axis=0)).tolist()):
            if t not in stops:
                path[t] = back_rows[t][path[t + 1]]
        # the margin of each position's choice (its back pointer from the next label); none at a sentence's start
        chosen = numpy.full(len(path), numpy.inf)
        chosen[1:] = margins[path[1:], numpy.arange(len(path) - 1)]
        chosen[starts] = numpy.inf
        # every value is a sum of at most 2 x length terms of at most ``size`` each: rounding moves it by no more than
        # that many units of the last place of ``size``, in ``viterbi`` and here alike
        size = numpy.abs(states).max(axis=0) + numpy.abs(self.transition_matrix).max()
        tolerance = 16 * (lengths + 2) * numpy.add.reduceat(size, starts) * 2.0**-53
        sure = (numpy.minimum.reduceat(chosen, starts) > tolerance) & (last_margins > tolerance)
        label = self.labels.__getitem__
        return [list(map(label, path[a : b + 1])) if ok else self.viterbi(scores[a : b + 1])
                for a, b, ok in zip(starts.tolist(), ends.tolist(), sure.tolist())]

    def marginals(self, scores: numpy.ndarray, lengths: list[int]) -> numpy.ndarray:
        """The probability of each label at each position (positions x labels) of sentences whose state scores are
        ``scores``, one sentence after the other (``lengths``): forward-backward, as underthesea_core's
        ``CRFTagger.marginals`` (to about 1e-10: the sums are taken in another order).

        Forward and backward vectors are products of per-position matrices (``_scan_vectors``), so numpy works on all
        positions together instead of stepping through them; each vector is known up to a factor, which the final
        normalisation per position removes.
        """
        n_labels = len(self.labels)
        states = numpy.exp(scores - numpy.ascontiguousarray(scores.T).max(axis=0)[:, None])  # (slow along a short axis)
        steps = numpy.exp(self.transition_matrix)[None, :, :] * states[:, None, :]
        starts = numpy.cumsum(lengths) - lengths
        steps[starts] = states[starts][:, None, :]  # a sentence's first position: no transition into it
        # forward: ones x (step_0 … step_t); backward, scanned from the end: (step_t+1 … step_n-1) x ones, transposed
        both = numpy.empty((2, *steps.shape))
        both[0] = steps
        both[1, :-1] = steps[:0:-1].transpose(0, 2, 1)
        both[1, -1] = numpy.eye(n_labels)
        # a step's entries lie between exp(min transition) and exp(max transition); a product of a block of them
        # stays far from overflow and underflow when these are not extreme, and need not be divided as it goes
        spread = max(math.log(n_labels) + self.transition_matrix.max(), -self.transition_matrix.min(), 0.0)
        forward, backward = _scan_vectors(both, normalise=2 * _SCAN_BLOCK * spread > 600)
        products = forward * numpy.vstack([backward[: len(scores) - 1][::-1], numpy.ones((1, n_labels))])
        return products / (products @ numpy.ones(n_labels))[:, None]


def _max_plus_forward(transitions: numpy.ndarray, states: numpy.ndarray, starts: numpy.ndarray,
                      lengths: numpy.ndarray) -> numpy.ndarray:
    """Viterbi's forward scores (labels x positions): the best score of a path ending in each label at each position,
    of sentences whose state scores follow one another in ``states`` (labels x positions), each from its start.

    They are max-plus products of per-position matrices (``steps[from, to, t]``: transition plus state score). Each
    sentence is cut into chunks of about the square root of the longest's length; the running products within all
    chunks are taken together, one position of a chunk at a time, then chunk after chunk each sentence's scores at the
    end of a chunk are carried into the next: about twice that root numpy steps, not one per position. The products
    are kept as [to, from] and every maximum taken along the first axis, where numpy's loops are long.
    """
    n_labels, n = states.shape
    size = max(2, math.isqrt(int(lengths.max())))
    chunks = -(-lengths // size)
    sentence = numpy.repeat(numpy.arange(len(lengths)), chunks)
    index = numpy.arange(len(sentence)) - (numpy.cumsum(chunks) - chunks)[sentence]  # a chunk's index in its sentence
    positions = (starts[sentence] + index * size)[:, None] + numpy.arange(size)  # chunks x size
    positions[positions > (starts + lengths - 1)[sentence][:, None]] = n  # past its sentence's end: identity steps
    steps = numpy.empty((n_labels, n_labels, n + 1))
    steps[:, :, :n] = transitions[:, :, None] + states
    steps[:, :, starts] = states[:, starts]  # a sentence's first position: its state scores, whatever came before
    steps[:, :, n] = numpy.where(numpy.eye(n_labels, dtype=bool), 0.0, -numpy.inf)
    steps = numpy.ascontiguousarray(steps[:, :, positions.T].transpose(2, 0, 1, 3))  # size x from x to x chunks
    running = numpy.empty_like(steps)  # [k, to, from, chunk]
    running[0] = steps[0].transpose(1, 0, 2)
    for k in range(1, size):
        running[k] = (running[k - 1][:, None, :, :] + steps[k][:, :, None, :]).max(axis=0)
    entry = numpy.zeros((n_labels, len(sentence)))  # each chunk's scores before its first position
    for k in range(1, int(chunks.max())):
        at = numpy.flatnonzero(index == k)
        entry[:, at] = (entry[:, None, at - 1] + running[-1][:, :, at - 1].transpose(1, 0, 2)).max(axis=0)
    best = numpy.empty((n_labels, n + 1))
    best[:, positions.T] = (entry[:, None, None, :] + running.transpose(2, 1, 0, 3)).max(axis=0)
    return best[:, :n]


def _choice(values: numpy.ndarray) -> tuple[numpy.ndarray, numpy.ndarray]:
    """The index of the largest of ``values`` along the first axis (the first of equal ones, as argmax) and by how
    much it beats the runner-up (0 for a tie): one label at a time, as numpy's argmax and sort along that axis are slow."""
    top, runner_up = values[0].copy(), numpy.full(values.shape[1:], -numpy.inf)
    index = numpy.zeros(values.shape[1:], dtype=numpy.intp)
    for label in range(1, len(values)):
        numpy.maximum(runner_up, numpy.minimum(top, values[label]), out=runner_up)
        numpy.copyto(index, label, where=values[label] > top)
        numpy.maximum(top, values[label], out=top)
    return index, top - runner_up


def _viterbi_two(rows: list[list[float]], transitions: list[list[float]]) -> tuple[list[tuple[int, int]], int]:
    """Viterbi's back pointers and last label for two labels (word segmentation's B-W, I-W), unrolled: the same sums
    in the same order as the general loop, ties to the first label, at a fifth of its time."""
    (t00, t01), (t10, t11) = transitions
    p0, p1 = rows[0]
    back_pointers = []
    append = back_pointers.append
    for s0, s1 in rows[1:]:
        a, b, c, d = p0 + t00, p1 + t10, p0 + t01, p1 + t11
        if a < b:
            if c < d:
                append((1, 1))
                p0, p1 = b + s0, d + s1
            else:
                append((1, 0))
                p0, p1 = b + s0, c + s1
        elif c < d:
            append((0, 1))
            p0, p1 = a + s0, d + s1
        else:
            append((0, 0))
            p0, p1 = a + s0, c + s1
    return back_pointers, 0 if p0 >= p1 else 1


def _scan_vectors(steps: numpy.ndarray, normalise: bool = True) -> numpy.ndarray:
    """Running products of positive square matrices along the positions axis (``steps[…, position, :, :]``), applied
    to a row of ones: ``out[…, t, :]`` is ``ones @ steps[…, 0, :, :] @ … @ steps[…, t, :, :]`` up to a factor.

    The positions are cut into blocks: the running products within every block are taken together, one position of
    the block at a time, then each block's are applied to the vector of the blocks before it (``_doubling``); about
    one matrix product per position in all, in few numpy calls. The products of the blocks before are divided by their
    largest entry, so none overflows; those within a block too unless ``normalise`` is False (the caller knows that
    ``_SCAN_BLOCK`` of them cannot overflow or underflow).
    """
    block = _SCAN_BLOCK
    *lead, n, size, _ = steps.shape
    blocks = -(-n // block)
    padded = numpy.empty((*lead, blocks * block, size, size))
    padded[..., :n, :, :] = steps
    padded[..., n:, :, :] = numpy.eye(size)
    out = padded.reshape(*lead, blocks, block, size, size)
    for k in range(1, block):
        product = out[..., k - 1, :, :] @ out[..., k, :, :]
        out[..., k, :, :] = _normalised(product) if normalise else product
    before = _doubling(out[..., :-1, -1, :, :]).sum(axis=-2)  # ones x the product of blocks 0 … b, for the block after each
    vectors = numpy.empty((*lead, blocks, block, size))
    vectors[..., 0, :, :] = out[..., 0, :, :, :].sum(axis=-2)
    vectors[..., 1:, :, :] = (before[..., :, None, None, :] @ out[..., 1:, :, :, :])[..., 0, :]
    return vectors.reshape(*lead, blocks * block, size)[..., :n, :]


def _doubling(steps: numpy.ndarray) -> numpy.ndarray:
    """Running products (as ``_scan_vectors``, each divided by its largest entry) in log2(positions) rounds of
    products (Hillis-Steele): for few positions."""
    out = steps.copy()
    span = 1
    while span < out.shape[-3]:
        out[..., span:, :, :] = _normalised(out[..., :-span, :, :] @ out[..., span:, :, :])
        span *= 2
    return out


def _normalised(products: numpy.ndarray) -> numpy.ndarray:
    """Each matrix divided by its largest entry."""
    products /= products.max(axis=(-2, -1), keepdims=True)
    return products


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
    model's attribute ids, computed with numpy for the syllables of many sentences at once. A token may be a row of
    fields, as for underthesea_core's ``CRFFeaturizer``: ``T[a,b][f]`` reads field ``f`` (``T[a,b]``, field 0).

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
            parsed.append((template, a, b, int(match.group(3) or 0), match.group(4) or ""))
        widest = max((b - a + 1 for _, a, b, _, _ in parsed), default=1)
        # Every (template, value) as the token tuples it can be: a value of T[a,b] is its tokens joined by spaces,
        # and a token may hold spaces itself (the POS tagger's tokens are words).
        readings: dict[int, list[tuple[tuple[str, ...], int]]] = {}  # column -> (tokens, attribute id)
        for column, (template, a, b, _, attribute) in enumerate(parsed):
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
        # The templates of one kind, width and field (T[-1,0], T[0,1] …) share one sorted array of the codes any of
        # them knows; each has a table of ids aligned with it, ending with ``unknown`` for a code it does not know.
        known: dict[tuple[int, int, str], set[int]] = {}
        for column, (template, a, b, field, attribute) in enumerate(parsed):
            if attribute not in _BOOLEAN:
                known.setdefault((b - a + 1, field, attribute), set()).update(by_column.get(column, ()))
        self.keys = {group: numpy.array(sorted(codes), dtype=numpy.int64) for group, codes in known.items()}
        self.columns = []
        for column, (template, a, b, field, attribute) in enumerate(parsed):
            if attribute in _BOOLEAN:
                ids = [attribute_ids.get(template + "=False", unknown), attribute_ids.get(template + "=True", unknown)]
            else:
                ids = list(map(by_column.get(column, {}).get, self.keys[(b - a + 1, field, attribute)].tolist(),
                               repeat(unknown)))
            table = numpy.array(ids + [unknown], dtype=numpy.intp)
            bos = attribute_ids.get(template + "=BOS", unknown)
            eos = attribute_ids.get(template + "=EOS", unknown)
            self.columns.append((a, b, field, attribute, table, bos, eos))

    def tables(self) -> dict[str, numpy.ndarray]:
        """The derived tables as plain arrays (strings as UTF-8 bytes), for ``from_tables``; no dictionary."""
        groups = list(self.keys)
        return {"vocabulary": _text(self.vocabulary), "base": numpy.array(self.base, dtype=numpy.int64),
                "group_widths": numpy.array([width for width, _, _ in groups], dtype=numpy.int64),
                "group_fields": numpy.array([field for _, field, _ in groups], dtype=numpy.int64),
                "group_attributes": _text(attribute for _, _, attribute in groups),
                "keys": numpy.concatenate([self.keys[group] for group in groups] or [numpy.zeros(0, numpy.int64)]),
                "key_counts": numpy.array([len(self.keys[group]) for group in groups], dtype=numpy.int64),
                "columns": numpy.array([(a, b, field, bos, eos) for a, b, field, _, _, bos, eos in self.columns],
                                       dtype=numpy.int64),
                "column_attributes": _text(attribute for _, _, _, attribute, _, _, _ in self.columns),
                "tables": numpy.concatenate([table for *_, table, _, _ in self.columns]).astype(numpy.int64),
                "table_counts": numpy.array([len(table) for *_, table, _, _ in self.columns], dtype=numpy.int64)}

    @classmethod
    def from_tables(cls, arrays, dictionary: set[str]) -> "TemplateFeaturizer":
        """The featurizer whose ``tables()`` are ``arrays`` (a mapping of them, as numpy.load gives)."""
        featurizer = cls.__new__(cls)
        vocabulary = _lines(arrays["vocabulary"])
        featurizer.vocabulary = dict(zip(vocabulary, range(len(vocabulary))))
        featurizer.base = int(arrays["base"])
        featurizer.dictionary = dictionary
        widths = arrays["group_widths"].tolist()
        keys = numpy.split(arrays["keys"], numpy.cumsum(arrays["key_counts"])[:-1]) if widths else []
        featurizer.keys = dict(zip(zip(widths, arrays["group_fields"].tolist(), _lines(arrays["group_attributes"])), keys))
        columns = arrays["columns"].reshape(-1, 5).tolist()
        tables = numpy.split(arrays["tables"].astype(numpy.intp), numpy.cumsum(arrays["table_counts"])[:-1]) if columns else []
        featurizer.columns = [(a, b, field, attribute, table, bos, eos) for (a, b, field, bos, eos), attribute, table
                              in zip(columns, _lines(arrays["column_attributes"]), tables)]
        return featurizer

    def _codes(self, readings: list[tuple[str, ...]], width: int) -> numpy.ndarray:
        """The integer of each reading of ``width`` tokens: its tokens' vocabulary indices as digits."""
        digits = numpy.fromiter(map(self.vocabulary.__getitem__, chain.from_iterable(readings)), dtype=numpy.int64,
                                count=len(readings) * width).reshape(-1, width)
        return digits @ (self.base ** numpy.arange(width - 1, -1, -1, dtype=numpy.int64))

    def attribute_ids(self, sentences: list[list[str]]) -> numpy.ndarray:
        """The attribute id of every (template, syllable) of the sentences (templates x syllables, the sentences one
        after the other): what underthesea's feature strings are in the model's attribute table."""
        return self.field_attribute_ids([[s for sentence in sentences for s in sentence]], list(map(len, sentences)))

    def field_attribute_ids(self, fields: list[list[str]], lengths: list[int]) -> numpy.ndarray:
        """``attribute_ids`` of tokens given as rows of fields: ``fields[f][k]`` is field f of the k-th token of the
        sentences one after the other, ``lengths`` the sentences' token counts."""
        n = sum(lengths)
        lengths = numpy.array(lengths, dtype=numpy.intp)
        starts = numpy.repeat(numpy.cumsum(lengths) - lengths, lengths)
        inside = numpy.arange(n) - starts  # a token's position in its sentence
        left = numpy.repeat(lengths, lengths) - inside  # tokens from it to its sentence's end
        get, missing = self.vocabulary.get, self.base - 1

        @lru_cache(maxsize=None)
        def folded(field: int) -> list[str]:
            return list(map(str.lower, fields[field]))

        @lru_cache(maxsize=None)
        def digits(field: int, attribute: str) -> numpy.ndarray:
            """The vocabulary index of each token's field (lower-cased for ``lower``)."""
            values = fields[field] if attribute == "" else folded(field)
            return numpy.fromiter(map(get, values, repeat(missing)), dtype=numpy.int64, count=n)

        @lru_cache(maxsize=None)
        def title(field: int) -> numpy.ndarray:
            """underthesea's istitle: no space-separated piece starts with a lower-case letter."""
            values = fields[field]
            found = ~numpy.fromiter(map(str.islower, map(_FIRST, values)), dtype=bool, count=n)
            spaced = numpy.fromiter(map(str.__contains__, values, repeat(" ")), dtype=bool, count=n)
            for i in numpy.flatnonzero(spaced).tolist():  # a word of several syllables (the POS tagger's tokens)
                found[i] = not any(piece[:1].islower() for piece in values[i].split(" "))
            return found

        @lru_cache(maxsize=None)
        def window_slots(width: int, field: int, attribute: str) -> numpy.ndarray:
            """Per window start, the index in the table of the templates of this width, field and attribute."""
            count = max(0, n - width + 1)
            if attribute in ("", "lower"):
                if width == 1:  # a token's index is its code: read its slot from a table instead of searching
                    return self._unigram_slots(field, attribute)[digits(field, attribute)]
                codes = numpy.zeros(count, dtype=numpy.int64)
                for k in range(width):
                    codes = codes * self.base + digits(field, attribute)[k : k + count]
                return _position(self.keys[(width, field, attribute)], codes)
            if attribute == "is_in_dict":  # a set lookup per window: the dictionary holds 90,000 words
                words = folded(field)
                ngrams = words if width == 1 else map(" ".join, zip(*(words[k : k + count] for k in range(width))))
                found = numpy.fromiter(map(self.dictionary.__contains__, ngrams), dtype=bool, count=count)
            elif attribute == "istitle":
                found = numpy.ones(count, dtype=bool)
                for k in range(width):
                    found &= title(field)[k : k + count]
            elif width == 1:  # isdigit: ASCII digits only
                values = fields[field]
                found = numpy.fromiter(map(str.isdigit, values), dtype=bool, count=n)
                found &= numpy.fromiter(map(str.isascii, values), dtype=bool, count=n)
            else:  # isdigit of an n-gram: it holds a space, so it never is
                found = numpy.zeros(count, dtype=bool)
            return found.astype(numpy.intp)  # booleans index the False/True table

        # Every column at once (a sentence has few tokens, and numpy's cost per call would otherwise be paid per
        # template): the slots of every group one after the other, each column reading its group's slot at its
        # offset (clipped to the text), through its table (one after the other too).
        groups, group_of, offset_a, offset_b, table_start, tables, bos, eos = self._stacked()
        slots = [window_slots(*group) for group in groups]
        # (a group without a window, the text shorter than its width, reads a placeholder: BOS or EOS covers it below)
        padded = numpy.maximum(numpy.array([len(found) for found in slots], dtype=numpy.intp), 1)
        slot_start = (numpy.cumsum(padded) - padded)[group_of]
        every_slot = numpy.concatenate([found if len(found) else numpy.zeros(1, dtype=numpy.intp) for found in slots])
        at = numpy.minimum(numpy.maximum(numpy.arange(n) + offset_a[:, None], 0), (padded[group_of] - 1)[:, None])
        ids = tables[table_start[:, None] + every_slot[slot_start[:, None] + at]]
        ids = numpy.where(left <= offset_b[:, None], eos[:, None], ids)  # window past the sentence's end
        return numpy.where(inside < -offset_a[:, None], bos[:, None], ids)  # window before its start (wins, as in underthesea)

    def _unigram_slots(self, field: int, attribute: str) -> numpy.ndarray:
        """For the one-token templates of a field and attribute: the slot (``_position`` in its keys) of every
        vocabulary index, ``len(keys)`` for those the templates do not know. Built once."""
        tables = self.__dict__.setdefault("_unigram_tables", {})
        table = tables.get((field, attribute))
        if table is None:
            keys = self.keys[(1, field, attribute)]
            table = tables[(field, attribute)] = numpy.full(self.base, len(keys), dtype=numpy.intp)
            table[keys] = numpy.arange(len(keys))
        return table

    def _stacked(self):
        """The columns as arrays, for ``field_attribute_ids``: the (width, field, attribute) groups, each column's
        group, offsets a and b, the start of its table in the tables joined, and its BOS and EOS ids. Built once."""
        stacked = self.__dict__.get("_stacked_columns")
        if stacked is None:
            groups = list(dict.fromkeys((b - a + 1, field, attribute) for a, b, field, attribute, *_ in self.columns))
            column_tables = [table for *_, table, _, _ in self.columns]
            sizes = numpy.array([len(table) for table in column_tables], dtype=numpy.intp)
            stacked = self._stacked_columns = (
                groups,
                numpy.array([groups.index((b - a + 1, field, attribute)) for a, b, field, attribute, *_ in self.columns],
                            dtype=numpy.intp),
                numpy.array([a for a, *_ in self.columns], dtype=numpy.intp),
                numpy.array([b for _, b, *_ in self.columns], dtype=numpy.intp),
                numpy.cumsum(sizes) - sizes,
                numpy.concatenate(column_tables).astype(numpy.intp),
                numpy.array([bos for *_, bos, _ in self.columns], dtype=numpy.intp),
                numpy.array([eos for *_, eos in self.columns], dtype=numpy.intp))
        return stacked


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


def _text(strings) -> numpy.ndarray:
    """Strings as one array of UTF-8 bytes, each ended by a newline (which none may hold)."""
    strings = list(strings)
    if any("\n" in string for string in strings):
        raise ValueError("a string holding a newline cannot be cached")
    return numpy.frombuffer("".join(string + "\n" for string in strings).encode("utf-8"), dtype=numpy.uint8)


def _lines(array: numpy.ndarray) -> list[str]:
    """The strings ``_text`` made ``array`` of."""
    return array.tobytes().decode("utf-8").split("\n")[:-1]


def _position(keys: numpy.ndarray, values: numpy.ndarray) -> numpy.ndarray:
    """Each value's index in the sorted ``keys``, or ``len(keys)`` when it is not there."""
    at = numpy.searchsorted(keys, values)
    hit = at < len(keys)
    hit[hit] = keys[at[hit]] == values[hit]
    return numpy.where(hit, at, len(keys))


class CRFSequenceTagger:
    """A bundled underthesea CRF: ``predict([[token], ...]) -> tags`` like underthesea's tagger."""

    def __init__(self, path: str, cache: bool = True):
        self.fast = False  # vnx's scoring, not underthesea's featurizer and tagger
        self.cached = False  # its tables from data/crf_<model>.npz (``cache=False``: always built from the files)
        # the words of the model's dictionary feature (lower case, syllables spaced; empty when vnx's scoring of the
        # model could not be built)
        self.dictionary: set[str] = set()
        loaded = _load_cache(path) if cache else None
        if loaded is not None:
            model, featurizer, expected = loaded
            fast_tag_lines = _fast_tagger(model, featurizer)
            try:  # underthesea's tags of the probe, kept with the cache
                agrees = fast_tag_lines(_PROBE_LINES) == expected
            except (IndexError, KeyError, TypeError, ValueError):  # tables edited in the file, its hash kept
                agrees = False
            if agrees:
                self._tag_lines, self.fast, self.cached = fast_tag_lines, True, True
                self.dictionary = featurizer.dictionary
                return
        self._tag_lines, built = _build(path)
        if built is not None:
            self.fast = True
            self._tag_lines = _fast_tagger(built[2], built[3])
            self.dictionary = set(built[1])

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


class FieldCRFTagger:
    """A CRF trained by underthesea_core's ``CRFTrainer`` on tokens given as rows of fields (``CRFFeaturizer``
    templates such as ``T[-1,0][1]``, no dictionary): tags and marginals of many sentences at once.

    Scored here as underthesea's bundled models are (``TemplateFeaturizer``, state sums, Viterbi), the marginals by
    forward-backward (``CRFSuiteModel.marginals``); underthesea_core's featurizer and tagger are used instead when
    the file cannot be read this way or when, on ``probe`` (sentences as rows of fields), the tags differ from
    theirs or a marginal by more than ``PROBE_TOLERANCE``.
    """

    PROBE_TOLERANCE = 1e-6

    def __init__(self, model_file: str, templates: list[str], probe: list[list[list[str]]]):
        from underthesea_core import CRFFeaturizer, CRFTagger

        self.reference = CRFTagger()
        self.reference.load(model_file)
        self.reference_featurizer = CRFFeaturizer(templates, set())
        self.labels = self.reference.labels()
        self.fast = False  # vnx's scoring, not underthesea_core's featurizer and tagger
        try:
            self.model = CRFSuiteModel.read(model_file)
            self.featurizer = TemplateFeaturizer(templates, set(), self.model.attribute_ids, self.model.unknown)
        except (OSError, ValueError, struct.error):
            return
        if self.model.labels != self.labels:
            return
        fields = [list(field) for field in zip(*(row for sentence in probe for row in sentence))]
        expected = self._reference_lines(fields, [len(sentence) for sentence in probe])
        found = self._fast_lines(fields, [len(sentence) for sentence in probe])
        self.fast = bool(probe) and all(tags == tags_ and numpy.allclose(marginals, marginals_, rtol=0, atol=self.PROBE_TOLERANCE)
                        for (tags, marginals), (tags_, marginals_) in zip(found, expected))

    def tag_lines(self, fields: list[list[str]], lengths: list[int]) -> list[tuple[list[str], numpy.ndarray]]:
        """(tags, marginals: positions x ``labels``) of each sentence; ``fields[f][k]`` is field f of the k-th token
        of the sentences one after the other, ``lengths`` their token counts (none 0)."""
        if not lengths:
            return []
        return (self._fast_lines if self.fast else self._reference_lines)(fields, lengths)

    def _fast_lines(self, fields: list[list[str]], lengths: list[int]) -> list[tuple[list[str], numpy.ndarray]]:
        """vnx's scoring, in batches of lines of at most ``_BATCH_SYLLABLES`` tokens (the marginals hold a matrix per
        token)."""
        out = []
        offsets = [0, *accumulate(lengths)]
        for chosen in _batches(lengths, _BATCH_SYLLABLES):
            begin, sizes = offsets[chosen.start], lengths[chosen.start : chosen.stop]
            batch = [field[begin : offsets[chosen.stop]] for field in fields]
            scores = self.model.state_scores(self.featurizer.field_attribute_ids(batch, sizes))
            marginals = self.model.marginals(scores, sizes)
            bounds = [0, *accumulate(sizes)]
            out += [(tags, marginals[a:b]) for tags, a, b in zip(self.model.best_paths(scores, sizes), bounds, bounds[1:])]
        return out

    def _reference_lines(self, fields: list[list[str]], lengths: list[int]) -> list[tuple[list[str], numpy.ndarray]]:
        """underthesea_core's own featurizer and tagger, sentence by sentence."""
        rows = list(map(list, zip(*fields)))
        out, start = [], 0
        for size in lengths:
            features = self.reference_featurizer.process([rows[start : start + size]])[0]
            out.append((self.reference.tag(features), numpy.array(self.reference.marginals(features))))
            start += size
        return out


def _batches(lengths: list[int], size: int):
    """Consecutive lines, by their lengths, in groups of at most ``size`` tokens (a longer line alone): the range of
    each group's line numbers."""
    first, count = 0, 0
    for line, length in enumerate(lengths):
        if line > first and count + length > size:
            yield range(first, line)
            first, count = line, 0
        count += length
    if first < len(lengths):
        yield range(first, len(lengths))


_PROBE_LINES = [_PROBE, _PROBE[:3]]


def _fast_tagger(model: CRFSuiteModel, featurizer: TemplateFeaturizer):
    """vnx's scoring: ``tag_lines`` from the attribute ids, the state sums and Viterbi."""

    def fast_tag_lines(lines: list[list[str]]) -> list[list[str]]:
        tags: list[list[str]] = []
        for chosen in _batches(list(map(len, lines)), _BATCH_SYLLABLES):
            batch = lines[chosen.start : chosen.stop]
            ids = featurizer.attribute_ids(batch)
            # the templates' weight rows added in template order (numpy sums along the first axis one row after the
            # other), as one call: a batch of at most _BATCH_SYLLABLES keeps the (templates x syllables x labels) array small
            scores = model.state[ids].sum(axis=0)
            start = 0
            for line in batch:
                tags.append(model.viterbi(scores[start : start + len(line)]))
                start += len(line)
        return tags

    return fast_tag_lines


def _build(path: str):
    """underthesea's own tagger of the model in ``path`` (as ``tag_lines``), and, when vnx's scoring can be built and
    gives underthesea's tags on the probe, (templates, dictionary, model, featurizer, the probe's tags); else None."""
    import joblib
    from underthesea_core import CRFFeaturizer, CRFTagger

    # underthesea's own loading of its own bundled files (as FastCRFSequenceTagger.load does).
    tagger = CRFTagger()
    tagger.load(os.path.join(path, "models.bin"))
    templates = joblib.load(os.path.join(path, "features.bin"))
    dictionary = joblib.load(os.path.join(path, "dictionary.bin"))
    reference = CRFFeaturizer(templates, dictionary)

    def tag_lines(lines: list[list[str]]) -> list[list[str]]:
        return [tagger.tag(reference.process([[[s] for s in line]])[0]) for line in lines]

    try:
        model = CRFSuiteModel.read(os.path.join(path, "models.bin"))
        featurizer = TemplateFeaturizer(templates, dictionary, model.attribute_ids, model.unknown)
    except (OSError, ValueError, struct.error):
        return tag_lines, None
    expected = tag_lines(_PROBE_LINES)
    if _fast_tagger(model, featurizer)(_PROBE_LINES) != expected:
        return tag_lines, None
    return tag_lines, (templates, dictionary, model, featurizer, expected)


def _cache_name(path: str) -> str:
    return f"crf_{os.path.basename(os.path.normpath(path))}.npz"


def _fingerprint(files: dict[str, bytes]) -> str:
    """SHA-256 of what a cache is made from: its format version and the model files' bytes."""
    digest = hashlib.sha256(f"vnx crf cache {CACHE_FORMAT}".encode())
    for name in _MODEL_FILES:
        digest.update(name.encode() + b"\0" + hashlib.sha256(files[name]).digest())
    return digest.hexdigest()


def _load_cache(path: str, source=None):
    """(model, featurizer, underthesea's tags of the probe) from the cache of the model in ``path`` (by default
    ``data/crf_<model>.npz``) when it was made from these very files; else None."""
    try:
        files = {name: Path(path, name).read_bytes() for name in _MODEL_FILES}
        if source is None:
            source = resources.files("extractor").joinpath("data", _cache_name(path))
        with source.open("rb") as handle, numpy.load(handle, allow_pickle=False) as stored:
            if stored["sha256"].tobytes().decode("ascii") != _fingerprint(files):
                return None
            arrays = {name: stored[name] for name in stored.files}
        model = CRFSuiteModel.read(os.path.join(path, "models.bin"), files["models.bin"], attributes=False)
        if model.labels != _lines(arrays["labels"]):
            return None
        featurizer = TemplateFeaturizer.from_tables(arrays, set(_lines(arrays["dictionary"])))
        expected = [line.split(" ") if line else [] for line in _lines(arrays["probe"])]
    except (OSError, EOFError, IndexError, KeyError, TypeError, ValueError, struct.error, zipfile.BadZipFile):
        return None
    return model, featurizer, expected


def _cache_arrays(path: str) -> dict[str, numpy.ndarray]:
    """What the cache of the model in ``path`` holds; ValueError when vnx's scoring of it is not underthesea's."""
    _, built = _build(path)
    if built is None:
        raise ValueError(f"{path}: vnx's scoring does not give underthesea's tags; no cache")
    templates, dictionary, model, featurizer, expected = built
    files = {name: Path(path, name).read_bytes() for name in _MODEL_FILES}
    return {"sha256": numpy.frombuffer(_fingerprint(files).encode("ascii"), dtype=numpy.uint8),
            "format": numpy.array(CACHE_FORMAT, dtype=numpy.int64),
            "about": _text(["vnx cache of underthesea's CRF model in " + os.path.basename(os.path.normpath(path)) +
                            "; written by extractor.crf.write_crf_caches, used only while sha256 matches"]),
            "templates": _text(templates), "dictionary": _text(sorted(dictionary)), "labels": _text(model.labels),
            "probe": _text(" ".join(tags) for tags in expected), **featurizer.tables()}


def write_crf_cache(path: str, target: Path) -> None:
    """Write the cache of the model in ``path`` to ``target``: the same bytes on every run (the archive's members in
    one order, with a fixed date)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, array in _cache_arrays(path).items():
            member = zipfile.ZipInfo(name + ".npy", date_time=(1980, 1, 1, 0, 0, 0))
            member.compress_type = zipfile.ZIP_DEFLATED
            with archive.open(member, "w") as handle:
                numpy.lib.format.write_array(handle, array, allow_pickle=False)
    target.write_bytes(buffer.getvalue())


# underthesea's CRF models vnx uses (tokenizer: word segmentation; events, documents: POS tags)
BUNDLED = (("word_tokenize", "ws_crf_vlsp2013_20230727"), ("pos_tag", "pos_crf_vlsp2013_20230303"))


def write_crf_caches(folder: Path = Path(__file__).with_name("data")) -> None:
    """Write ``data/crf_<model>.npz`` for the installed underthesea's models (after underthesea changed, or this
    file's scoring: ``python -c "from extractor import crf; crf.write_crf_caches()"``)."""
    for pipeline, model in BUNDLED:
        write_crf_cache(model_dir(pipeline, model), folder / _cache_name(model))


def model_dir(pipeline: str, model: str) -> str:
    """The folder of one of underthesea's bundled models, ``pipeline/<pipeline>/models/<model>``."""
    package = importlib.import_module(f"underthesea.pipeline.{pipeline}")
    return os.path.join(os.path.dirname(package.__file__), "models", model)


@lru_cache(maxsize=None)
def underthesea_crf(pipeline: str, model: str) -> CRFSequenceTagger:
    """One of underthesea's bundled CRF taggers (``pipeline/<pipeline>/models/<model>``), loaded once per process."""
    return CRFSequenceTagger(model_dir(pipeline, model))
