"""Matching-normalised text with a map back to the input, exactly as given.

vnx reports offsets into the caller's string, never into a cleaned copy. Components
that match with regular expressions or lexicons work on ``NormText.text`` — NFC,
one tone placement ("uỷ" -> "ủy", "hoà" -> "hòa"), odd spaces (tab, no-break space) as " ",
zero-width characters and soft hyphens dropped, "Ð" as "Đ" —
and turn their matches back into input offsets with ``NormText.to_source``. ``written`` is the lighter reading form
(odd spaces as " ", invisible characters dropped, NFC; the spelling as written) for tests of letters and case and for
names shown in records.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from .lexicons import alternation, load_yaml

# Line ends: LF, CR, and the other Unicode line and paragraph separators; a line is a run of anything else.
_LINE_END_CHARS = "\n\r\u2028\u2029\x85\x0b\x0c"
LINE_END = re.compile(f"[{_LINE_END_CHARS}]")
LINES = re.compile(f"[^{_LINE_END_CHARS}]+")

# Characters read as a plain space for matching: the tab and Unicode's other space separators (category Zs: NBSP,
# thin/en/em spaces, ideographic space; none comes after U+3000).
_SPACE_LIKE = {c: " " for c in range(0x3001) if c == 0x09 or c != 0x20 and unicodedata.category(chr(c)) == "Zs"}
# The plain space and the characters read as one: what the tokenizer takes as a token's trailing space.
SPACES = frozenset(" " + "".join(map(chr, _SPACE_LIKE)))
# Characters that carry nothing for matching and are dropped (zero-width, BOM, soft hyphen).
_INVISIBLE = {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD}
# What ``written`` does to a text: odd spaces read as " ", invisible characters dropped.
_WRITTEN = {**_SPACE_LIKE, **dict.fromkeys(_INVISIBLE)}
_ODD = re.compile("[" + "".join(map(chr, sorted(_WRITTEN))) + "]")
# Look-alikes of the Vietnamese D-with-stroke used by legacy keyboards (language.yaml d_lookalikes).
_LOOKALIKE = dict.fromkeys(load_yaml("language.yaml")["d_lookalikes"], "\u0110")

_TONES = "".join(load_yaml("language.yaml")["tone_marks"])  # the combining tone marks (language.yaml)


def _tone_placement_table() -> dict[str, str]:
    """The second-vowel tone placement of language.yaml's ``tone_pairs`` ("oà", "oè", "uỳ") -> the first-vowel one
    ("òa", "òe", "ùy"), in the three cases a word writes ("oà", "Oà", "OÀ").

    Built from Unicode composition rather than typed out, so it covers every tone and case.
    """
    table = {}
    for first, second in load_yaml("language.yaml")["tone_pairs"]:
        for tone in _TONES:
            for f, s in ((first, second), (first.upper(), second), (first.upper(), second.upper())):
                old = f + unicodedata.normalize("NFC", s + tone)
                new = unicodedata.normalize("NFC", f + tone) + s
                table[old] = new
    return table


_TONE_TABLE = _tone_placement_table()
# Only at the end of a syllable ("hoà" but not "hoàn") and not after the letters of tone_pairs_not_after ("quý").
_NOT_AFTER = "".join(c + c.upper() for c in load_yaml("language.yaml")["tone_pairs_not_after"])
_TONE_RE = re.compile(f"(?<![{re.escape(_NOT_AFTER)}])(" + alternation(_TONE_TABLE) + ")(?!\\w)")  # a trie: 5x faster than one branch per pair


@dataclass(frozen=True)
class NormText:
    """``text`` is the matching form of ``source``; ``starts[i]``/``ends[i]`` bound the source
    characters that ``text[i]`` came from."""

    source: str
    text: str
    starts: Sequence[int]
    ends: Sequence[int]

    @property
    def one_to_one(self) -> bool:
        """``text[i]`` came from ``source[i]`` for every i (the input needed no composing or dropping)."""
        return isinstance(self.starts, range)

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open range of ``text`` to the corresponding range of ``source``."""
        if start >= end:
            pos = self.starts[start] if start < len(self.starts) else len(self.source)
            return pos, pos
        return self.starts[start], self.ends[end - 1]



# What needs the character-by-character path: dropped characters and look-alikes (which a combining mark may follow).
_SPECIAL = re.compile("[" + "".join(map(chr, _INVISIBLE)) + "".join(_LOOKALIKE) + "]")


def normalize(source: str) -> NormText:
    """Build the matching form of ``source`` with its offset map."""
    if unicodedata.is_normalized("NFC", source) and not _SPECIAL.search(source):
        # Common case, one character for one: odd spaces and tone placement change in place.
        span = range(len(source))
        text = _TONE_RE.sub(lambda m: _TONE_TABLE[m.group(1)], source.translate(_SPACE_LIKE))
        return NormText(source, text, span, range(1, len(source) + 1))
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i, n = 0, len(source)
    while i < n:
        j = i + 1
        # A base letter takes the combining marks after it; a space or an invisible character never does
        # (a stray accent stands alone).
        while j < n and unicodedata.combining(source[j]) and not source[i].isspace() and ord(source[i]) not in _INVISIBLE:
            j += 1
        cluster = source[i:j]
        code = ord(cluster[0])
        if code in _INVISIBLE and len(cluster) == 1:
            i = j
            continue
        if code in _SPACE_LIKE:
            piece = " "
        else:
            piece = unicodedata.normalize("NFC", cluster) if (j - i > 1 or code > 0x7F) else cluster
            piece = _LOOKALIKE.get(piece, piece)
        out.append(piece)
        starts.extend([i] * len(piece))
        ends.extend([j] * len(piece))
        i = j
    text = "".join(out)
    # Tone placement swaps characters inside a two-letter group: same length, same map.
    text = _TONE_RE.sub(lambda m: _TONE_TABLE[m.group(1)], text)
    return NormText(source, text, tuple(starts), tuple(ends))


def written(text: str, compose: bool = True) -> str:
    """A slice of the input as written, for reading: its odd spaces (tab, no-break space, …) as " ", its zero-width
    characters and soft hyphens dropped, and NFC (``compose=False``: left as the input composes it).

    Less than the matching form (``normalize``): the spelling, its tone placement and "Ð" stay as written. Entities read
    token and span texts this way to test letters and case ("\u200cXuân" is capitalised, "Dư\u00adơng" one syllable)
    and to compare them with lexicon forms ("Người\u00a0Đưa\u00a0Tin"); records give a name this way with
    ``compose=False`` — what the article writes, as a reader sees it, its composition untouched — while mention offsets
    and texts stay the input's exact slices. A text with none of those characters comes back unchanged (composed when
    asked): the records of plain text do not depend on it."""
    if _ODD.search(text) is not None:
        text = text.translate(_WRITTEN)
    return unicodedata.normalize("NFC", text) if compose else text


@lru_cache(maxsize=8192)  # names and short phrases recur within and across articles
def fold(s: str) -> str:
    """Key for comparing names: matching form, case-folded, whitespace collapsed."""
    return " ".join(normalize(s).text.casefold().split())


_VISIBLE = re.compile("[^\\s" + "".join(map(chr, sorted(_INVISIBLE))) + "]")


def is_blank(text: str) -> bool:
    """Only white space and invisible characters (what ``normalize(text).text.strip()`` leaves empty), found without
    normalising the whole text: the first visible character answers."""
    return _VISIBLE.search(text) is None


def unmarked(text: str) -> str:
    """``text`` without its tone and vowel marks ("tỉnh" → "tinh"; "đ" stays): NFD, combining marks dropped."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def marks(text: str) -> int:
    """How many tone and vowel marks (and "đ") ``text`` writes: how Vietnamese its spelling is."""
    return sum(1 for c in unicodedata.normalize("NFD", text) if unicodedata.combining(c)) + text.lower().count("đ")


def words_within(a: str, b: str) -> bool:
    """One text, folded, is a run of whole words of the other ("Chính phủ" in "Thanh tra Chính phủ"; not "Quảng
    Điề" in "huyện Quảng Điền"); empty texts are in nothing."""
    x, y = fold(a), fold(b)
    return bool(x and y) and (f" {x} " in f" {y} " or f" {y} " in f" {x} ")
