"""Prefilters: a pattern is skipped only on texts where it cannot match."""
import re

from extractor.prefilter import DIGIT, FoldedText, Prefilter
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
