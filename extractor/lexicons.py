"""Load the declarative language data shipped in ``extractor/data`` (YAML, TSV and JSON files).

Each file names its source in a header; the code only interprets it.
"""
from __future__ import annotations

import csv
import io
import json
import re
from functools import lru_cache
from importlib import resources

import yaml


def _read(name: str) -> str:
    return resources.files("extractor").joinpath(f"data/{name}").read_text(encoding="utf-8")


class _DataLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """The safe loader (libyaml's parser when PyYAML has it: a tenth of the pure-Python parser's time), except that a
    key written twice in one mapping is an error: YAML would let the later one win in silence, and the earlier list be
    dead data nobody sees."""


def _unique_keys(loader: _DataLoader, node: yaml.MappingNode) -> dict:
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)
        if key in seen:
            raise ValueError(f"{key!r} is a key twice in one mapping (line {key_node.start_mark.line + 1}): write it once")
        seen.add(key)
    return loader.construct_mapping(node, deep=True)


_DataLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _unique_keys)


@lru_cache(maxsize=None)
def load_yaml(name: str):
    """A YAML data file, parsed with the safe loader (keys unique in each mapping)."""
    try:
        return yaml.load(_read(name), Loader=_DataLoader)
    except ValueError as error:
        raise ValueError(f"extractor/data/{name}: {error}") from None


@lru_cache(maxsize=None)
def load_json(name: str):
    """A JSON data file."""
    return json.loads(_read(name))


@lru_cache(maxsize=None)
def load_tsv(name: str) -> tuple[dict[str, str], ...]:
    """A TSV data file as rows keyed by its header; lines starting with '#' are comments."""
    lines = [line for line in _read(name).splitlines() if line.strip() and not line.startswith("#")]
    return tuple(dict(row) for row in csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t"))


def alternation(words) -> str:
    """Regular-expression alternation of lexicon words: escaped, each once, longest first (so "thứ hai" wins
    over a shorter word it starts with), a space matching any run of white space.

    The words are written as a trie ("tháng (?:sau|trước|này)" rather than one branch per phrase): ``re`` tries
    the branches of an alternation one after the other at every position, so shared beginnings cost once
    instead of once per word. The matches are the same as the flat "longest first" alternation's: two words
    can both match at one place only if one begins the other, and on one path of the trie the longer word is
    tried first there too.
    """
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    trie: dict = {}
    for word in ordered:
        node = trie
        for unit in _units(word):
            node = node.setdefault(unit, {})
        node[_END] = True
    return "|".join(_branches(trie))


_END = ""  # the trie key that marks a word ending at a node (no unit is empty)


def _units(word: str) -> list[str]:
    """The pattern pieces of a word, character by character: escaped, a space as any run of white space."""
    return [r"\s+" if ch == " " else re.escape(ch) for ch in word]


def _branches(node: dict) -> list[str]:
    """The alternatives below a trie node, in the order the words were inserted (longest first); a word ending
    here, shorter than every word going on, comes last as the empty alternative."""
    out = []
    for unit, child in node.items():
        if unit == _END:
            continue
        below = _branches(child)
        if len(below) == 1:
            out.append(unit + below[0])
        else:
            out.append(unit + "(?:" + "|".join(below) + ")")
    if _END in node:
        out.append("")
    return out


@lru_cache(maxsize=None)
def dictionary_words() -> frozenset[str]:
    """The Vietnamese word list underthesea ships (``underthesea/corpus/data/Viet74K.txt``, 74,000 words and phrases),
    folded: whether capitalised syllables and the lower-case ones after them make a word of the language ("Tài chính",
    "Dân vận") or a name and the next word ("Disney cắt")."""
    from .text import fold

    listed = resources.files("underthesea").joinpath("corpus/data/Viet74K.txt").read_text(encoding="utf-8")
    return frozenset(fold(line) for line in listed.splitlines() if line.strip())


@lru_cache(maxsize=None)
def vietnamese_syllable() -> re.Pattern:
    """A folded Vietnamese syllable: initial, one to three vowels, final (language.yaml); "Tillerson" is none."""
    spelling = load_yaml("language.yaml")
    doubled = "|".join(v + v for v in spelling["syllable_no_double_vowels"])  # (matched on folded words)
    return re.compile(f"(?!.*(?:{doubled}))(?:{'|'.join(spelling['syllable_initials'])})?[{spelling['syllable_vowels']}]{{1,3}}"
                      f"(?:{'|'.join(spelling['syllable_finals'])})?")
