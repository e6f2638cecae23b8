"""underthesea's bundled CRF taggers (word segmentation, POS) with a faster feature extractor.

underthesea's ``CRFFeaturizer`` (Rust) spends about 38 µs per syllable building the 43 feature
strings of its word-segmentation model — more than half of vnx's whole run time. The same strings,
built one template column at a time with list operations, cost a fraction of that. The templates
are read from the model's own ``features.bin``; a template this module does not know, or output
that differs from underthesea's featurizer on a probe sentence at load time, falls back to
underthesea's featurizer, so the tags are always the ones underthesea would give.
"""
from __future__ import annotations

import importlib
import os
import re
from functools import lru_cache

_TEMPLATE = re.compile(r"T\[(-?\d+)(?:,(-?\d+))?\](?:\.(lower|isdigit|istitle|is_in_dict))?$")
# Mixed case, digits, a title-case pair, a dictionary word and edges: what the probe must agree on.
_PROBE = ["Hà", "NỘI", "٣", "(", "ngày", "12", "tháng", "4", "năm", "2024", ",", "đồng", "chí", "Nguyễn", "Xuân", "Dương"]


class TemplateFeaturizer:
    """underthesea's ``T[a]`` / ``T[a,b]`` feature templates (identity, lower, isdigit, istitle,
    is_in_dict), computed per column for a whole sentence."""

    def __init__(self, templates: list[str], dictionary: set[str]):
        self.columns = []
        for template in templates:
            match = _TEMPLATE.match(template)
            if match is None:
                raise ValueError(f"unknown CRF feature template {template!r}")
            a = int(match.group(1))
            b = int(match.group(2)) if match.group(2) is not None else a
            self.columns.append((template + "=", a, b, match.group(3) or ""))
        self.dictionary = dictionary

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

    def features(self, syllables: list[str]) -> list[tuple[str, ...]]:
        """The feature strings of each syllable, equal to underthesea's featurizer output."""
        n = len(syllables)
        lower = [s.lower() for s in syllables]
        cache: dict[tuple[int, str], list] = {}
        columns = []
        for prefix, a, b, attribute in self.columns:
            width = b - a + 1
            values = cache.get((width, attribute))
            if values is None:
                values = cache[(width, attribute)] = self._values(syllables, lower, width, attribute)
            before = min(n, max(0, -a))  # positions whose window starts before the sentence
            valid = max(0, min(n, n - b) - before)  # windows inside the sentence
            inside = values[before + a : before + a + valid]
            column = [prefix + "BOS"] * before
            if attribute in _BOOLEAN:  # two possible strings: look them up instead of building each one
                column += map((prefix + "False", prefix + "True").__getitem__, inside)
            else:
                column += map(prefix.__add__, inside)
            column += [prefix + "EOS"] * (n - before - valid)
            columns.append(column)
        return list(zip(*columns))


_BOOLEAN = frozenset({"is_in_dict", "istitle", "isdigit"})


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
        self._tagger = CRFTagger()
        self._tagger.load(os.path.join(path, "models.bin"))
        templates = joblib.load(os.path.join(path, "features.bin"))
        dictionary = joblib.load(os.path.join(path, "dictionary.bin"))
        reference = CRFFeaturizer(templates, dictionary)
        self._featurize = lambda syllables: reference.process([[[s] for s in syllables]])[0]
        self.fast_features = False
        try:
            fast = TemplateFeaturizer(templates, dictionary)
        except ValueError:
            return
        if [list(row) for row in fast.features(_PROBE)] == self._featurize(_PROBE):
            self._featurize = fast.features
            self.fast_features = True

    def tag(self, syllables: list[str]) -> list[str]:
        """Tags for a sentence given as its tokens."""
        return self._tagger.tag(self._featurize(syllables)) if syllables else []

    def predict(self, tokens: list[list[str]]) -> list[str]:
        """underthesea's interface: one ``[token]`` list per token."""
        return self.tag([t[0] for t in tokens])


@lru_cache(maxsize=None)
def underthesea_crf(pipeline: str, model: str) -> CRFSequenceTagger:
    """One of underthesea's bundled CRF taggers (``pipeline/<pipeline>/models/<model>``), loaded once per process."""
    package = importlib.import_module(f"underthesea.pipeline.{pipeline}")
    return CRFSequenceTagger(os.path.join(os.path.dirname(package.__file__), "models", model))
