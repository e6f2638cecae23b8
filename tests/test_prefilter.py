"""The start index: a pattern is tried only where a match can start, and finds the same matches."""
import re
import re._parser as _parser
import unicodedata
from datetime import date

from extractor.prefilter import FoldedText, StartIndex, _after_non_word, finditer, prefixes
from extractor.text import normalize
from extractor.times import _grammar, find_times


def _sig(m):
    return m.span(), m.groupdict(), tuple(m.span(i) for i in range(len(m.groups()) + 1))


def test_start_prefixes_and_word_starts_come_from_the_pattern():
    # hand-made patterns: the first three characters of every match, "0" for a digit, "*" for any character
    parsed = lambda p: _parser.parse(p, re.IGNORECASE)  # noqa: E731
    assert prefixes(parsed(r"(?<!\w)(?:cuối\s+)?tháng\s+\d"), 3) == {"cuố", "thá"}
    assert prefixes(parsed(r"(?<!\w)[01]?\d\s*h"), 3) == {"00 ", "00h", "0  ", "0 h", "0h"}  # " ": any white space
    assert prefixes(parsed(r"(?<!\w)(?P<s>[/.])x(?P=s)"), 3) == {"/x", ".x"} | {"/x*", ".x*"}
    assert _after_non_word(parsed(r"(?<![\w/])\d")) is True
    assert _after_non_word(parsed(r"(?:(?<!\w)sáng\s+)?(?<![\w/.])\d")) is True
    assert _after_non_word(parsed(r"(?:sáng\s+)?(?<!\w)\d")) is False  # "sáng" may come first, unbounded
    assert _after_non_word(parsed(r"(?<!:)\d")) is False  # a look-behind for ":" only bounds nothing
    assert _after_non_word(parsed(r"(?<!:)(?=\d)")) is None
    index = StartIndex({"a": re.compile(r"(?<!\w)tháng\s+\d", re.IGNORECASE), "b": re.compile(r"\d+")})
    assert index.indexed == ["a"]  # "b" may start anywhere: left to re.finditer
    text = "Tháng 5, thángtháng 6 và THÁNG 7"
    assert index.starts(FoldedText(text), text) == {"a": [0, 9, 25]}


def test_start_index_finds_the_same_matches_as_finditer(news):
    """Every pattern the time grammar scans articles with, on real articles and on altered copies of them (upper case, NFD, other
    digits, odd case forms, no spaces, characters whose lower case is not what case-insensitive matching compares:
    "ſ" for "s", dotless "ı", "İ" that lower-cases to two characters): the matches found from the start index are those
    of ``re.finditer``."""
    grammar = _grammar()
    index = grammar.start_index
    assert index.indexed == list(grammar.scanned)
    compared = 0
    for article in list(news.values())[:60]:
        text = article["text"]
        for variant in (normalize(text).text, text.upper(), unicodedata.normalize("NFD", text), text.replace(" ", ""),
                        text.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")), text.replace("k", "\u212a"),
                        text.replace("s", "ſ"), text.replace("i", "ı"), text.replace("I", "İ").replace("t", "T")):
            starts = index.starts(FoldedText(variant), variant)
            assert starts is not None
            for kind, pattern in grammar.scanned.items():
                expected = [_sig(m) for m in pattern.finditer(variant)]
                assert [_sig(m) for m in finditer(pattern, variant, starts[kind])] == expected, (kind, article["id"])
                compared += len(expected)
    assert compared > 1000


def test_one_unreadable_character_leaves_the_rest_indexed(news):
    """vietnews-007523 writes a Turkish name with a dotless "ı" (which matches "i" case-insensitively, and lower-cases
    to itself): the index tries every pattern at the word starts just before it, reads the rest as usual, and the
    times found are those of a plain ``re.finditer`` of every pattern over the whole article."""
    text = news["vietnews-007523"]["text"]
    folded = FoldedText(text)
    assert [text[u - 8:u + 5] for u in folded.unreadable] == ["Mert Altıntas"]
    grammar = _grammar()
    starts = grammar.start_index.starts(folded, text)
    word_starts = len(re.findall(r"(?<!\w)\w", text))
    assert all(len(starts[kind]) < word_starts / 4 for kind in grammar.scanned)  # the rest of the article is indexed
    anchor = date(2017, 6, 1)
    indexed = find_times(text, anchor)
    grammar.start_index.starts = lambda folded, text: None  # every pattern by re.finditer, as before the index
    grammar._last = None
    try:
        plain = find_times(text, anchor)
    finally:
        del grammar.start_index.starts
        grammar._last = None
    assert len(indexed) == 2 and indexed == plain  # "hôm 19/12", "năm 1994"


def test_lower_casing_keeps_the_classes_the_start_index_reads():
    """The index reads the lower-cased text: there every character must stay a word character or not, a digit or
    not, white space or not (as ``re`` sees them), and ``\\s``/``\\d`` must be ``str.isspace``/``str.isdecimal``.
    Checked over all of Unicode (it depends on the Unicode tables of the running Python)."""
    word, digit, space = re.compile(r"\w"), re.compile(r"\d"), re.compile(r"\s")
    for code in range(0x110000):
        ch = chr(code)
        low = ch.lower()
        assert bool(space.match(ch)) == ch.isspace() and bool(digit.match(ch)) == ch.isdecimal(), hex(code)
        if len(low) == 1:
            for cls in (word, digit, space):
                assert bool(cls.match(ch)) == bool(cls.match(low)), hex(code)


def test_unreadable_is_where_lower_casing_is_not_plain():
    """``FoldedText.unreadable`` asks ``_plain`` only about characters outside a precomputed class; the answer is the
    definition's: the positions of the characters that lower-case to more than one, or to one that is not plain."""
    from extractor.prefilter import _plain
    for code in range(0x80, 0x110000, 13):
        text = f"Ngày {chr(code)} tháng"
        expected = [5] if len(low := chr(code).lower()) != 1 or _plain(low) is None else []
        folded = FoldedText(text)
        assert folded.unreadable == expected and len(folded.lowered) == len(text), hex(code)
    assert FoldedText("İstanbul").lowered == "İstanbul"  # "İ" lower-cases to two characters: kept as it is
