"""Matching-normalised text with a map back to the input, exactly as given.

vnx reports offsets into the caller's string, never into a cleaned copy. Components
that match with regular expressions or lexicons work on ``NormText.text`` — NFC,
one tone placement ("uỷ" -> "ủy", "hoà" -> "hòa"), every run of white space inside a line (spaces, tabs, no-break and
other Unicode spaces, with the invisible characters among them) as one " ", every line break ("\r\n", "\r", U+2028 …)
as one "\n", invisible characters (zero-width, soft hyphen, byte order mark …) dropped — but a zero-width space
that is the only separator of two words, read as a space ("Vũ\u200bXuân") — an HTML character reference
("&nbsp;", "&quot;", "&#8211;") as the character it names, "Ð" as "Đ" — and turn their matches back into input offsets
with ``NormText.to_source``. ``written`` is the lighter reading form (references read, odd spaces as " ", runs of
spaces as one, invisible characters dropped, NFC; the spelling as written) for tests of letters and case and for names
shown in records. Which characters are spaces, line breaks and invisible is data (language.yaml).
"""
from __future__ import annotations

import bisect
import html
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from .lexicons import alternation, load_tsv, load_yaml

_LANGUAGE = load_yaml("language.yaml")


def _characters(ranges: list[list[int]]) -> str:
    """The characters of language.yaml's inclusive code point ranges."""
    return "".join(chr(c) for first, last in ranges for c in range(first, last + 1))


def _char_class(chars: str) -> str:
    """A regular-expression set of ``chars``, consecutive code points as ranges (a set listing characters beyond
    U+FFFF one by one is searched several times slower)."""
    codes, parts = sorted(set(map(ord, chars))), []
    for code in codes:
        if parts and parts[-1][1] == code - 1:
            parts[-1][1] = code
        else:
            parts.append([code, code])
    return "[" + "".join(re.escape(chr(a)) + (f"-{re.escape(chr(b))}" if b > a else "") for a, b in parts) + "]"


# Line ends: LF, CR, and the other Unicode line and paragraph separators; a line is a run of anything else.
_LINE_END_CHARS = _characters(_LANGUAGE["line_breaks"])
LINE_END = re.compile(_char_class(_LINE_END_CHARS))
LINES = re.compile(f"[^{_char_class(_LINE_END_CHARS)[1:-1]}]+")

# Characters read as a plain space for matching: the tab and Unicode's other space separators (language.yaml).
_SPACE_LIKE = {ord(c): " " for c in _characters(_LANGUAGE["inline_spaces"]) if c != " "}
# The plain space and the characters read as one: what the tokenizer takes as a token's trailing space.
SPACES = frozenset(" " + "".join(map(chr, _SPACE_LIKE)))
LOST = "\ufffd"  # a character a mis-decoding lost (``encodings.repair`` leaves U+FFFD where it was)
_LOST_IN_CAPITALS = re.compile(r"^\ufffd|(?:(?<=[A-ZĐ])|(?<=[A-ZĐ]-))\ufffd(?![^\W\d_A-ZĐ])")  # see lost_read


def lost_read(word: str) -> str:
    """A word with lost characters (``LOST``) read with letters in their place, so that the name it is in is not cut
    there and its lexicon matches ("Ng�c", "Tri�u", "�à Nẵng"): as "Đ" opening the word (of the capitals,
    Windows-1252 loses Đ, Á, Í, Ý; of the small letters, none that opens a word: "�oàn" is "Đoàn") or after a capital
    and before no small letter ("H�ND", "CS�T": HĐND, CSĐT), else as "ờ", the small letter most often lost ("ngư�i",
    "Trư�ng"; also ề, ọ, ỏ: "Ng�c"). A word of lost characters only stays as it is."""
    if LOST not in word or not word.strip(LOST):
        return word
    return _LOST_IN_CAPITALS.sub("Đ", word).replace(LOST, "ờ")


# Characters that carry nothing for matching and are dropped (zero-width, byte order mark, soft hyphen …).
_INVISIBLE = frozenset(map(ord, _characters(_LANGUAGE["invisible"])))
# The invisible character that marks a word break, read as a space where it separates two words (``breaks_words``).
_WORD_BREAKING = frozenset(_characters(_LANGUAGE["word_breaking_invisible"]))
_SYLLABLE = re.compile(f"(?:{'|'.join(_LANGUAGE['syllable_initials'])})?[{_LANGUAGE['syllable_vowels']}]{{1,3}}"
                       f"(?:{'|'.join(_LANGUAGE['syllable_finals'])})?")  # a Vietnamese syllable, in small letters
# What ``written`` does to a text: odd spaces read as " ", invisible characters dropped.
_WRITTEN = {**_SPACE_LIKE, **dict.fromkeys(_INVISIBLE)}
# Look-alikes of the Vietnamese D-with-stroke used by legacy keyboards (language.yaml d_lookalikes).
_LOOKALIKE = dict.fromkeys(map(ord, _LANGUAGE["d_lookalikes"]), "\u0110")
# Characters the matching form changes in place, one for one: odd spaces, line breaks, look-alikes.
_IN_PLACE = {**_SPACE_LIKE, **{ord(c): "\n" for c in _LINE_END_CHARS if c != "\n"}, **_LOOKALIKE}

# An HTML character reference, named or numeric, with its closing ";" (without it, "&notice" or "AT&T" in plain text
# would be read as references): read as ``html.unescape`` reads it; an unknown name stays as written.
_REFERENCE = r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});"
_SPACE_CLASS, _INVISIBLE_CLASS = _char_class("".join(SPACES)), _char_class("".join(map(chr, _INVISIBLE)))
# What the matching form rewrites with another length: a stretch of white space inside a line, invisible characters and
# references that is more than one space (a space then more, or an invisible character or a reference first); CR LF.
# (Each branch opens with a character or a set, so ``re`` skips ahead to them.)
_STRETCH = f"(?:{_SPACE_CLASS}|{_INVISIBLE_CLASS}|{_REFERENCE})"
_REWRITTEN = re.compile(f"{_SPACE_CLASS}{_STRETCH}+|(?:{_INVISIBLE_CLASS}|{_REFERENCE}){_STRETCH}*|\r\n")
_ELEMENT = re.compile(f"{_REFERENCE}|.", re.DOTALL)  # one character or reference of such a stretch
# What such a stretch holds besides plain spaces: an odd space, an invisible character, a reference's "&", a CR. A text
# with none of them and no two spaces in a row has no stretch (found much faster than by searching for one).
_STRETCH_MARK = re.compile(_char_class("".join(map(chr, _SPACE_LIKE)) + "".join(map(chr, _INVISIBLE)) + "&\r"))
# The characters the matching form changes in place (most texts hold none: found much faster than by translating).
_IN_PLACE_CHARS = re.compile(_char_class("".join(map(chr, _IN_PLACE))))
_TONES = "".join(_LANGUAGE["tone_marks"])  # the combining tone marks (language.yaml)


def _tone_placement_table() -> dict[str, str]:
    """The second-vowel tone placement of language.yaml's ``tone_pairs`` ("oà", "oè", "uỳ") -> the first-vowel one
    ("òa", "òe", "ùy"), in the three cases a word writes ("oà", "Oà", "OÀ").

    Built from Unicode composition rather than typed out, so it covers every tone and case.
    """
    table = {}
    for first, second in _LANGUAGE["tone_pairs"]:
        for tone in _TONES:
            for f, s in ((first, second), (first.upper(), second), (first.upper(), second.upper())):
                old = f + unicodedata.normalize("NFC", s + tone)
                new = unicodedata.normalize("NFC", f + tone) + s
                table[old] = new
    return table


_TONE_TABLE = _tone_placement_table()
# Only at the end of a syllable ("hoà" but not "hoàn") and not after the letters of tone_pairs_not_after ("quý").
_NOT_AFTER = "".join(c + c.upper() for c in _LANGUAGE["tone_pairs_not_after"])
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
        """``text[i]`` came from ``source[i]`` for every i (the input needed no composing, dropping, run of spaces,
        CR LF or reference read)."""
        return isinstance(self.starts, range)

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open range of ``text`` to the corresponding range of ``source``."""
        if start >= end:
            pos = self.starts[start] if start < len(self.starts) else len(self.source)
            return pos, pos
        return self.starts[start], self.ends[end - 1]

    def to_text(self, i: int) -> int:
        """The offset in ``text`` of the input offset ``i``: of the first character of ``text`` that came from
        ``source[i:]`` (``len(text)`` past the end). Lets a reader of the matching form take a slice or a window of it
        between input offsets."""
        if self.one_to_one:
            return max(0, min(i, len(self.text)))
        return bisect.bisect_left(self.starts, i)

    def breaks_line(self, start: int, end: int) -> bool:
        """The input range holds a line break that the matching form keeps (not one inside a sentence)."""
        return "\n" in self.text[self.to_text(start) : self.to_text(end)]

    def line_breaks(self) -> list[int]:
        """The input offsets of the line breaks the matching form keeps, in order."""
        return [self.starts[m.start()] for m in LINE_END.finditer(self.text)]


def normalize(source: str) -> NormText:
    """Build the matching form of ``source`` with its offset map; a line break inside a sentence is a space in it
    (``_soft_breaks``)."""
    return _joined(_normalize(source))


def _normalize(source: str) -> NormText:
    if _one_for_one(source):
        # Common case, one character for one: odd spaces, line breaks, look-alikes and tone placement change in place.
        span = range(len(source))
        return NormText(source, _in_place(source), span, range(1, len(source) + 1))
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for m in _REWRITTEN.finditer(source):
        if pos < m.start():
            _compose(source, pos, m.start(), out, starts, ends)
        if m.group() == "\r\n":
            out.append("\n")
            starts.append(m.start())
            ends.append(m.end())
        else:
            _read_stretch(m, out, starts, ends)
        pos = m.end()
    if pos < len(source):
        _compose(source, pos, len(source), out, starts, ends)
    return NormText(source, _in_place("".join(out)), tuple(starts), tuple(ends))


_SOFT = _LANGUAGE["soft_line_breaks"]


@lru_cache(maxsize=1)
def _name_words() -> tuple[frozenset[str], frozenset[str]]:
    """(family names, forms of address), folded (surnames.tsv, honorifics.tsv): read at the first line break tested."""
    return (frozenset(fold(row["surname"]) for row in load_tsv("surnames.tsv")),
            frozenset(fold(row["cue"]) for row in load_tsv("honorifics.tsv")))


def _soft_breaks(text: str) -> list[int]:
    """The positions of the line breaks of the matching form ``text`` that end a line in the middle of a sentence the
    next line goes on with (language.yaml ``soft_line_breaks``)."""
    lines = [(m.start(), m.end()) for m in LINES.finditer(text)]
    lengths = [len(text[a:b].strip()) for a, b in lines if not text[a:b].isspace()]
    width = max(lengths, default=0)
    wrapped = len(lengths) >= _SOFT["wrapped_min_lines"] and _SOFT["wrapped_min_width"] <= width <= _SOFT["wrapped_max_width"] \
        and sum(n >= width - _SOFT["wrapped_slack"] for n in lengths) >= _SOFT["wrapped_share"] * len(lengths)
    found = []
    for (a, b), (c, d) in zip(lines, lines[1:]):
        before, after = text[a:b].strip(), text[c:d].strip()
        if c != b + 1 or not before or not after or before.rstrip("\"”’')]")[-1:] in _SOFT["sentence_ends"] \
                or before[-1] in _SOFT["sentence_ends"] or not (after[0].isalnum() or after[0] in "\"“‘'("):
            continue
        if after[0].islower() or wrapped and len(before) + 1 + len(after.split(" ", 1)[0]) > width:
            found.append(b)
            continue
        words = before.split(" ")
        if after[0].isupper() and words[-1][:1].isupper():
            family_names, addresses = _name_words()
            if fold(words[-1]) in family_names and (len(words) == 1 or words[-2][:1].islower() or fold(words[-2]) in addresses):
                found.append(b)
    return found


def _joined(norm: NormText) -> NormText:
    """``norm`` with its soft line breaks (``_soft_breaks``) read as spaces: each, with the space the line may end or
    the next open with, is one " " mapped to them all."""
    text = norm.text
    if "\n" not in text or not (soft := _soft_breaks(text)):
        return norm
    cuts = [(at - (text[at - 1] == " "), at + 1 + (at + 1 < len(text) and text[at + 1] == " ")) for at in soft]
    if all(b - a == 1 for a, b in cuts):  # bare line breaks: in place, the map unchanged
        chars = list(text)
        for at in soft:
            chars[at] = " "
        return NormText(norm.source, "".join(chars), norm.starts, norm.ends)
    out, starts, ends, pos = [], [], [], 0
    for a, b in cuts:
        out.append(text[pos:a] + " ")
        starts.extend(norm.starts[pos:a])
        ends.extend(norm.ends[pos:a])
        starts.append(norm.starts[a])
        ends.append(norm.ends[b - 1])
        pos = b
    out.append(text[pos:])
    starts.extend(norm.starts[pos:])
    ends.extend(norm.ends[pos:])
    return NormText(norm.source, "".join(out), tuple(starts), tuple(ends))


def _one_for_one(source: str) -> bool:
    """The matching form of ``source`` has one character for each of its own: it is composed and holds nothing
    ``_REWRITTEN`` reads."""
    return unicodedata.is_normalized("NFC", source) \
        and not (("  " in source or _STRETCH_MARK.search(source)) and _REWRITTEN.search(source))


def _in_place(text: str) -> str:
    """The matching form's in-place changes and tone placement (which swaps characters inside a two-letter group): same
    length, same map."""
    if _IN_PLACE_CHARS.search(text) is not None:
        text = text.translate(_IN_PLACE)
    return _TONE_RE.sub(_placed_tone, text)


def _placed_tone(match: re.Match) -> str:
    return _TONE_TABLE[match.group(1)]


def _compose(source: str, i: int, n: int, out: list[str], starts: list[int], ends: list[int]) -> None:
    """``source[i:n]`` (no invisible character, reference or run of spaces in it) in NFC, mapped."""
    if unicodedata.is_normalized("NFC", source[i:n]):
        out.append(source[i:n])
        starts.extend(range(i, n))
        ends.extend(range(i + 1, n + 1))
        return
    while i < n:
        j = i + 1
        # A base letter takes the combining marks after it; a space never does (a stray accent stands alone).
        while j < n and unicodedata.combining(source[j]) and not source[i].isspace():
            j += 1
        piece = unicodedata.normalize("NFC", source[i:j]) if (j - i > 1 or ord(source[i]) > 0x7F) else source[i]
        out.append(piece)
        starts.extend([i] * len(piece))
        ends.extend([j] * len(piece))
        i = j


def _letter(c: str) -> bool:
    return c.isalpha() or unicodedata.combining(c) > 0


def breaks_words(text: str, i: int) -> bool:
    """``text[i]``, a word-breaking invisible character (language.yaml ``word_breaking_invisible``), is the only
    separator between two words: letters on both sides, and a capital after a small letter ("Vũ\u200bXuân") or two
    whole syllables of which the second opens with a consonant ("nhà\u200bnước"; not "Xu\u200bân", "Trươn\u200bg")."""
    a, b = i, i + 1
    while a > 0 and _letter(text[a - 1]):
        a -= 1
    while b < len(text) and _letter(text[b]):
        b += 1
    left, right = unicodedata.normalize("NFC", text[a:i]), unicodedata.normalize("NFC", text[i + 1 : b])
    if not left or not right or not left[0].isalpha() or not right[0].isalpha():
        return False
    if left[-1].islower() and right[0].isupper():
        return True
    return _SYLLABLE.fullmatch(left.lower()) is not None and _SYLLABLE.fullmatch(right.lower()) is not None \
        and unmarked(right[0]).lower() not in "aeiouy"


def _read_stretch(m: re.Match, out: list[str], starts: list[int], ends: list[int]) -> None:
    """A stretch of spaces, invisible characters and references: each run of spaces (references to spaces and
    invisible characters between them included) is one " " mapped to the whole run, and so is a zero-width space between
    two words (``breaks_words``); other invisible characters at its edges are dropped (they stay with the word they touch); a reference to anything else is that text, mapped to the whole
    reference."""
    run: tuple[int, int] | None = None  # the run of spaces being read
    for e in _ELEMENT.finditer(m.string, m.start(), m.end()):
        read = html.unescape(e.group()) if len(e.group()) > 1 else e.group()
        if all(c in SPACES for c in read) or (read in _WORD_BREAKING and breaks_words(m.string, e.start())):
            run = (run[0] if run else e.start(), e.end())
            continue
        if all(ord(c) in _INVISIBLE for c in read):
            continue
        if run:
            out.append(" ")
            starts.append(run[0])
            ends.append(run[1])
            run = None
        if read == e.group():  # a character, or a reference to no character ("&foo;"), as written
            out.append(read)
            starts.extend(range(e.start(), e.end()))
            ends.extend(range(e.start() + 1, e.end() + 1))
            continue
        read = unicodedata.normalize("NFC", read)
        out.append(read)
        starts.extend([e.start()] * len(read))
        ends.extend([e.end()] * len(read))
    if run:
        out.append(" ")
        starts.append(run[0])
        ends.append(run[1])


# What ``written`` reads differently: an odd space or an invisible character (and a reference, a run of spaces).
_ODD = re.compile(_char_class("".join(map(chr, _WRITTEN))))
_REFERENCE_RE = re.compile(_REFERENCE)
_SPACE_RUN = re.compile("  +")
# Any character ``written`` rewrites (a reference's "&", a word-breaking invisible, a line end, an odd space or
# invisible one, a second space): a text with none of them comes back as it is, after one search.
_WRITTEN_WORK = re.compile("&|  |" + _char_class("".join(map(chr, _WRITTEN)) + "".join(_WORD_BREAKING) + _LINE_END_CHARS))
# a run of white space holding a line break: read as one space when it holds only one (no paragraph's blank line)
_LINE_BREAK_RUN = re.compile(f"\\s*{_char_class(_LINE_END_CHARS)}\\s*")


def _one_line(match: re.Match) -> str:
    run = match.group()
    return " " if len(LINE_END.findall(run.replace("\r\n", "\n"))) == 1 else run


def written(text: str, compose: bool = True) -> str:
    """A slice of the input as written, for reading: its HTML references as the characters they name, its odd spaces
    (tab, no-break space, …) as " ", a run of spaces as one, its zero-width characters and soft hyphens dropped (a
    zero-width space between two words read as a space), a single line break with the spaces around it as " " (a name
    or title broken over two lines: "Nguyễn Mạnh\nHùng"), and NFC (``compose=False``: left as the input composes it).

    Less than the matching form (``normalize``): the spelling, its tone placement, "Ð" and a paragraph's blank line stay
    as written. Entities read token and span texts this way to test letters and case ("\u200cXuân" is capitalised,
    "Dư\u00adơng" one syllable) and to compare them with lexicon forms ("Người\u00a0Đưa\u00a0Tin"); records give a
    name this way with ``compose=False`` — what the article writes, as a reader sees it ("Nguyễn  Xuân&nbsp;Dương" is
    "Nguyễn Xuân Dương"), its composition untouched — while mention offsets and texts stay the input's exact slices. A
    text with none of those characters comes back unchanged (composed when asked): the records of plain text do not
    depend on it."""
    if _WRITTEN_WORK.search(text) is None:
        return unicodedata.normalize("NFC", text) if compose else text
    if "&" in text:
        text = _REFERENCE_RE.sub(lambda m: html.unescape(m.group()), text)
    if not _WORD_BREAKING.isdisjoint(text):  # "Vũ\u200bXuân" is "Vũ Xuân"
        text = "".join(" " if c in _WORD_BREAKING and breaks_words(text, i) else c for i, c in enumerate(text))
    if LINE_END.search(text) is not None:  # a line broken inside a name or title reads as one: "Nguyễn Mạnh\nHùng"
        text = _LINE_BREAK_RUN.sub(_one_line, text)
    if _ODD.search(text) is not None or "  " in text:
        text = _SPACE_RUN.sub(" ", text.translate(_WRITTEN))
    return unicodedata.normalize("NFC", text) if compose else text


@lru_cache(maxsize=8192)  # names and short phrases recur within and across articles
def fold(s: str) -> str:
    """Key for comparing names: matching form, case-folded, whitespace collapsed. (The matching form without building
    its offset map when it is one for one: most names are.)"""
    return " ".join((_in_place(s) if _one_for_one(s) else normalize(s).text).casefold().split())


_VISIBLE = re.compile(f"[^\\s{_INVISIBLE_CLASS[1:-1]}]")


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
