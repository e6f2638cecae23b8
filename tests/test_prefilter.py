"""The start index: a pattern is tried only where a match can start, and finds the same matches."""
import re
import re._parser as _parser
import unicodedata

from extractor.prefilter import FoldedText, StartIndex, _after_non_word, finditer, prefixes
from extractor.text import normalize
from extractor.times import _grammar


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
    digits, odd case forms, no spaces): the matches found from the start index are those of ``re.finditer``."""
    grammar = _grammar()
    index = grammar.start_index
    assert index.indexed == list(grammar.scanned)
    compared = 0
    for article in list(news.values())[:60]:
        text = article["text"]
        for variant in (normalize(text).text, text.upper(), unicodedata.normalize("NFD", text), text.replace(" ", ""),
                        text.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")), text.replace("k", "\u212a")):
            starts = index.starts(FoldedText(variant), variant)
            assert starts is not None
            for kind, pattern in grammar.scanned.items():
                expected = [_sig(m) for m in pattern.finditer(variant)]
                assert [_sig(m) for m in finditer(pattern, variant, starts[kind])] == expected, (kind, article["id"])
                compared += len(expected)
    assert compared > 1000
    assert index.starts(FoldedText("Chiều naſ"), "Chiều naſ") is None  # unusual case folding: re.finditer everywhere


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


def test_usable_is_plain_lower_casing_of_every_character():
    """``FoldedText.usable`` asks ``_plain`` only about characters outside a precomputed class; the answer is the
    definition's: the lower-cased text is as long, and each of its non-ASCII characters is plain."""
    from extractor.prefilter import _plain
    for code in range(0x80, 0x110000, 13):
        text = f"Ngày {chr(code)} tháng"
        lowered = text.lower()
        expected = len(lowered) == len(text) and all(_plain(c) is not None for c in set(lowered) if not c.isascii())
        assert FoldedText(text).usable == expected, hex(code)
