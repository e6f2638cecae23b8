"""extractor.text: the matching form and its map back to the input."""
import re
import unicodedata

import pytest

import extractor
from extractor.text import fold, normalize, written


def test_nfd_input_maps_back_to_exact_source_offsets(seed_text):
    source = unicodedata.normalize("NFD", seed_text)
    norm = normalize(source)
    assert norm.text == normalize(seed_text).text  # same matching form whatever the composition
    at = norm.text.index("Quảng Điền")
    start, end = norm.to_source(at, at + len("Quảng Điền"))
    assert unicodedata.normalize("NFC", source[start:end]) == "Quảng Điền"


def test_tone_placement_and_lookalikes_are_folded():
    # hand-made: old and new tone placement, a legacy Ð (U+00D0) and a non-breaking space
    assert normalize("Tỉnh uỷ Thanh Hoá\u00a0và Ðà Nẵng").text == "Tỉnh ủy Thanh Hóa và Đà Nẵng"
    assert normalize("hoàn thành, quý vị").text == "hoàn thành, quý vị"  # closed syllable, "qu": unchanged


def test_invisible_characters_are_dropped_but_offsets_kept():
    source = "Huyện\u200b ủy"  # hand-made: a zero-width space inside
    norm = normalize(source)
    assert norm.text == "Huyện ủy"
    assert norm.to_source(0, len(norm.text)) == (0, len(source))


def test_fold_is_a_comparison_key():
    assert fold("  Ban  Dân vận Tỉnh Uỷ ") == fold("ban dân vận tỉnh ủy")


def test_words_within_is_a_whole_word_run_after_folding():
    from extractor.text import words_within

    # Hand-made names.
    assert words_within("Chính phủ", "Thanh tra Chính phủ") and words_within("THANH TRA chính phủ", "Chính phủ")
    assert words_within("Ủy ban", "uỷ ban nhân dân")  # tone placement folded
    assert not words_within("Quảng Điề", "huyện Quảng Điền") and not words_within("", "huyện Quảng Điền")


def test_is_blank_agrees_with_the_normalised_text():
    """Hand-made edge cases (every invisible and space-like character, a stray accent) and real articles."""
    from extractor.text import _INVISIBLE, _SPACE_LIKE, is_blank

    cases = ["", " \t\n", "\u200b\u200b", "\ufeff \u00a0", "\u0301", " \u0301", "Ð", "\u3000x", "\x0b\x0c\x85\u2028"]
    cases += [chr(c) for c in [*_INVISIBLE, *_SPACE_LIKE]]
    for text in cases:
        assert is_blank(text) == (not normalize(text).text.strip()), repr(text)
    assert is_blank("\u200b \u00a0\n") and not is_blank("\u200bChiều 12/4")


def test_one_to_one_only_when_nothing_was_composed_or_dropped():
    # hand-made: composed text maps to itself; decomposed or zero-width text does not
    assert normalize("Chiều 12/4").one_to_one
    assert not normalize(unicodedata.normalize("NFD", "Chiều 12/4")).one_to_one
    assert not normalize("Chiều\u200b 12/4").one_to_one


def test_tab_and_space_separators_read_as_a_space_one_for_one():
    """Hand-made: a tab, a no-break, an ogham and an ideographic space are spaces for matching, each in its place (no
    offset map needed); a real article with every space a tab reads as the article."""
    from extractor.text import SPACES

    norm = normalize("Chủ\ttịch\u00a0UBND\u1680tỉnh\u3000Nghệ An")
    assert norm.text == "Chủ tịch UBND tỉnh Nghệ An" and norm.one_to_one
    assert {" ", "\t", "\u00a0", "\u2009"} <= SPACES and not SPACES & {"\n", "\r", "\u2028", "\u200b"}


def test_odd_spaces_give_the_matching_form_of_plain_spaces(seed_text):
    for odd in ("\t", "\u00a0", "\u202f"):
        assert normalize(seed_text.replace(" ", odd)).text == normalize(seed_text).text


def test_written_reads_odd_spaces_and_invisible_characters_but_keeps_the_spelling():
    from extractor.text import written

    # hand-made: a no-break space, a tab, a soft hyphen, a zero-width non-joiner; old tone placement and "Ð" kept
    assert written("Nguyễn\u00a0Xuân\tDư\u00adơng \u200cthủy") == "Nguyễn Xuân Dương thủy"
    assert written("Thanh Hoá, Ðà Nẵng") == "Thanh Hoá, Ðà Nẵng"
    nfd = unicodedata.normalize("NFD", "Dư\u00adơng\u00a0Hà")
    assert written(nfd) == "Dương Hà" and written(nfd, compose=False) == unicodedata.normalize("NFD", "Dương Hà")
    plain = "Ông Nguyễn Xuân Dương, huyện Quảng Điền"
    assert written(plain) == plain == written(plain, compose=False)


# Transforms of real text that must not change its matching form (runs of white space, HTML references, line breaks,
# invisible characters): what scrapers and converters leave in pages.
SAME_MATCHING_FORM = {
    "double_spaces": lambda t: t.replace(" ", "  "),
    "no_break_then_space": lambda t: t.replace(" ", "\u00a0 "),
    "space_then_tab": lambda t: t.replace(" ", " \t"),
    "thin_and_ideographic": lambda t: t.replace(" ", "\u2009\u202f\u3000"),
    "zero_width_between_spaces": lambda t: t.replace(" ", " \u200b "),
    "nbsp_references": lambda t: t.replace(" ", "&nbsp;"),
    "nbsp_reference_and_space": lambda t: t.replace(" ", "&nbsp; "),
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "cr_only": lambda t: t.replace("\n", "\r"),
    "paragraph_separators": lambda t: t.replace("\n", "\u2029"),
    "byte_order_mark": lambda t: "\ufeff" + t,
    "zero_width_in_words": lambda t: t.replace("ng", "n\u200bg").replace("Đ", "\u2060Đ\u00ad"),
}


@pytest.mark.parametrize("variant", SAME_MATCHING_FORM)
def test_white_space_references_and_invisible_characters_give_the_plain_matching_form(seed_text, news, variant):
    """The seed and three real articles so altered read as the text as given: the same matching form, and each of its
    words maps back to the input's characters that write it."""
    for text in [seed_text] + [news[i]["text"] for i in ("vietnews-016270", "vietnews-012329", "vietnews-006532")]:
        source = SAME_MATCHING_FORM[variant](text)
        norm = normalize(source)
        assert norm.text == normalize(text).text
        for word in re.finditer(r"\S+", norm.text):
            start, end = norm.to_source(*word.span())
            assert fold(source[start:end]) == fold(word.group()), (variant, word.group())


def test_a_run_of_white_space_is_one_space_mapped_to_the_whole_run():
    # hand-made: two spaces, no-break space then space, a tab run with a zero-width space inside, an ideographic space
    source = "Cập  nhật\u00a0 lúc\t\u200b\tChiều\u3000 12/4"
    norm = normalize(source)
    assert norm.text == "Cập nhật lúc Chiều 12/4" and not norm.one_to_one
    gaps = [norm.to_source(m.start(), m.end()) for m in re.finditer(" ", norm.text)]
    assert [source[a:b] for a, b in gaps] == ["  ", "\u00a0 ", "\t\u200b\t", "\u3000 "]
    # a line break stays a line break: the spaces beside it fold on each side
    assert normalize("Huế  \n\n  Hà Nội").text == "Huế \n\n Hà Nội"


def test_every_line_break_reads_as_one_line_feed():
    # hand-made: CR LF is one break (Unicode's line breaking rule LB5), CR, VT, FF, NEL, U+2028 and U+2029 one each
    # (capitals: a line opening in a small letter would go on with a sentence)
    source = "A\r\nB\rC\x0bD\x0cE\x85F\u2028G\u2029H\n\nI"
    norm = normalize(source)
    assert norm.text == "A\nB\nC\nD\nE\nF\nG\nH\n\nI"
    assert norm.to_source(1, 2) == (1, 3)  # the one "\n" of CR LF is both characters
    assert normalize("Chiều tối 5-6\rTrường").one_to_one  # a lone CR changes in place


def test_html_character_references_read_as_their_characters():
    """Hand-made, after the tester's report: a reference is read as ``html.unescape`` reads it and mapped to the whole
    reference; a reference to a space is white space; an unknown name, or '&' without a reference, stays as written."""
    source = "Kết luận 62-KL/TW&nbsp;của &quot;Bộ Chính trị&quot; &amp; UBND &#8211; Ông Nguyễn&nbsp;Văn&#160;An&#39;s"
    norm = normalize(source)
    assert norm.text == "Kết luận 62-KL/TW của \"Bộ Chính trị\" & UBND – Ông Nguyễn Văn An's"
    at = norm.text.index("–")
    assert source[slice(*norm.to_source(at, at + 1))] == "&#8211;"
    at = norm.text.index("Nguyễn Văn An")
    assert source[slice(*norm.to_source(at, at + len("Nguyễn Văn An")))] == "Nguyễn&nbsp;Văn&#160;An"
    for plain in ("AT&T và R&D", "&notice &foo; &#x;", "Q&A; P&G"):
        assert normalize(plain).text == plain


def test_invisible_characters_are_the_default_ignorable_format_characters():
    """language.yaml's invisible characters are format characters (Unicode category Cf), dropped wherever they stand
    (hand-made: a leading byte order mark, a word joiner, a left-to-right mark, a soft hyphen); visible Cf characters
    (the Arabic number sign) stay."""
    from extractor.text import _INVISIBLE

    assert all(unicodedata.category(chr(c)) == "Cf" for c in _INVISIBLE)
    assert {0xFEFF, 0x200B, 0x200C, 0x200D, 0x2060, 0x00AD} <= _INVISIBLE and 0x0600 not in _INVISIBLE
    norm = normalize("\ufeffNguyễn\u2060 Phú\u200e Trọng, Tổng Bí\u00adthư")
    assert norm.text == "Nguyễn Phú Trọng, Tổng Bíthư" and norm.to_source(0, 6) == (1, 7)


def test_written_reads_references_and_runs_of_spaces():
    from extractor.text import written

    # hand-made: what records show of a name scraped with double spaces, a no-break space and references
    assert written("Nguyễn  Xuân\u00a0 Dương") == "Nguyễn Xuân Dương"
    assert written("Nguyễn&nbsp;Văn&#160;An, &quot;Hà&quot;") == 'Nguyễn Văn An, "Hà"'
    # a single line break (a name broken over two lines) reads as a space; a paragraph's blank line as written
    assert written("Huế\r\n  Hà Nội") == "Huế Hà Nội" and written("Huế\n\n  Hà Nội") == "Huế\n\n Hà Nội"


def test_a_zero_width_space_between_two_words_is_a_space_and_inside_a_word_nothing():
    """Hand-made: a zero-width space as the only separator ("Vũ\u200bXuân\u200bViên", tester s16 #5) reads as a space;
    one inside a syllable ("Xu\u200bân", "Trươn\u200bg") or beside a space is dropped, as before."""
    for source, matched in [("Vũ\u200bXuân\u200bViên", "Vũ Xuân Viên"), ("nhà\u200bnước", "nhà nước"),
                            ("VŨ\u200bXUÂN", "VŨ XUÂN"), ("Xu\u200bân Vi\u200bên", "Xuân Viên"),
                            ("Trươn\u200bg Sa", "Trương Sa"), ("Vành đai\u200b và", "Vành đai và")]:
        norm = normalize(source)
        assert norm.text == matched and written(source) == matched, source
        spaces = {source[norm.starts[i]:norm.ends[i]] for i, c in enumerate(norm.text) if c == " "}
        assert spaces <= ({"\u200b"} if " " not in source else {" ", "\u200b ", " \u200b"}), source


def test_a_name_written_with_zero_width_spaces_between_its_words_is_read_whole(news):
    """vietnews-000613's "Thiếu tướng Vũ Xuân Viên" with zero-width spaces for its spaces (tester s16 #5 gave
    "VũXuânViên"): the person is "Vũ Xuân Viên", its mentions the input's exact slices."""
    text = news["vietnews-000613"]["text"].replace("Vũ Xuân Viên", "Vũ\u200bXuân\u200bViên")
    record = extractor.extract(text)
    person = next(p for p in record.people if "Viên" in p.name)
    assert person.name == "Vũ Xuân Viên"
    assert "Vũ\u200bXuân\u200bViên" in {m.text for m in person.mentions}
    assert all(text[m.start:m.end] == m.text for m in person.mentions)
