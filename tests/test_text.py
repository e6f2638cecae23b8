"""extractor.text: the matching form and its map back to the input."""
import unicodedata

from extractor.text import fold, normalize


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
