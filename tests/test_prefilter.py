"""Prefilters: a pattern is skipped only on texts where it cannot match."""
import re
import re._parser as _parser
import unicodedata

from extractor.prefilter import DIGIT, FoldedText, Prefilter, StartIndex, _after_non_word, finditer, prefixes
from extractor.text import normalize
from extractor.times import _grammar


def test_required_literals_come_from_the_pattern():
    # hand-made pattern and phrases
    century = Prefilter(re.compile(r"(?<!\w)(?:đầu\s+|cuối\s+)?thế\s+k[ỷỉ]\s+(?:[ivx]+|\d+)", re.IGNORECASE))
    assert frozenset({"thế"}) in century.clauses and frozenset({"kỷ", "kỉ"}) in century.clauses
    assert century.may_match(FoldedText("Đầu THẾ KỶ 20"))
    assert not century.may_match(FoldedText("năm 2024, thế giới"))
    clock = Prefilter(re.compile(r"\d{1,2}\s*(?:h|giờ)"))
    assert any(DIGIT in clause for clause in clock.clauses)
    assert not clock.may_match(FoldedText("không có con số nào"))


def test_optional_parts_and_alternatives_require_nothing_alone():
    # hand-made: "(?:sáng\s+)?nay" requires only "nay"; a branch with a bare alternative requires nothing
    assert Prefilter(re.compile(r"(?:sáng\s+)?nay", re.IGNORECASE)).clauses == [frozenset({"nay"})]
    assert Prefilter(re.compile(r"(?:tuần|\w+)\s+tới", re.IGNORECASE)).clauses == [frozenset({"tới"})]


def test_unusual_case_folding_turns_the_filter_off():
    # "ſ" matches "s" case-insensitively: lower-casing alone would not show it, so every pattern runs
    assert not FoldedText("Chiều naſ").usable
    assert Prefilter(re.compile("nas", re.IGNORECASE)).may_match(FoldedText("Chiều naſ"))


def test_time_patterns_skip_only_texts_they_cannot_match(news):
    """Every pattern of the time grammar on 300 real articles: a skipped text never holds a match, and the
    filters do skip (most patterns are rare)."""
    filters = {kind: (pattern, Prefilter(pattern)) for kind, pattern in _grammar().patterns.items()}
    skipped = 0
    for article in list(news.values())[:300]:
        text = normalize(article["text"]).text
        folded = FoldedText(text)
        for kind, (pattern, prefilter) in filters.items():
            if not prefilter.may_match(folded):
                skipped += 1
                assert pattern.search(text) is None, (kind, article["id"])
    assert skipped > 300 * 5


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
