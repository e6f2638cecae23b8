"""extractor.inputs: bytes to text and the checks an article passes (no pipeline loaded here)."""
import json
import pathlib
import re

from extractor.inputs import check_text, vietnamese_share

SAMPLE = pathlib.Path(__file__).resolve().parents[1].parent / "shared" / "data" / "news" / "vietnews-sample.jsonl"


def test_a_byte_order_mark_stays_so_offsets_count_from_the_input_as_given():
    from extractor.readers import text_article

    text = "Chiều 12/4, tại Huyện ủy Quảng Điền"  # hand-made, after the seed
    for codec, bom in (("utf-8", "\ufeff"), ("utf-16-le", "\ufeff"), ("utf-32-be", "\ufeff")):
        fields, _ = text_article((bom + text).encode(codec), "a.txt", {"id": "a"})
        assert fields["text"] == bom + text


def test_soft_hyphens_and_zero_width_spaces_inside_words_do_not_make_vietnamese_foreign():
    with open(SAMPLE, encoding="utf-8") as handle:
        text = json.loads(handle.readline())["text"]
    for invisible in ("\u00ad", "\u200b"):  # as some sites hyphenate for narrow screens
        split = re.sub(r"\b(\w)(\w+)", lambda m: m.group(1) + invisible + m.group(2), text)
        assert vietnamese_share(split) == vietnamese_share(text)
        assert check_text(split) == split


def test_text_with_nothing_vietnamese_is_refused_precisely_however_short():
    import pytest

    from extractor.inputs import InputError
    from extractor.text import unmarked

    with open(SAMPLE, encoding="utf-8") as handle:
        text = json.loads(handle.readline())["text"]
    bare = unmarked(text).replace("đ", "d").replace("Đ", "D")  # the real article typed without its marks
    for given, reason in (("Hello", r"\(1 word, none of them a Vietnamese function word"),  # hand-made
                          ("!!! ??? ...", "holds no letter"), ("2024 12/4 - 15:30", "holds no letter"),  # hand-made
                          (bare, r"is Vietnamese written without its diacritics \(\d+\.\d% of its words"),
                          (" ".join(bare.split()[:8]), "is Vietnamese written without its diacritics")):
        with pytest.raises(InputError, match=reason) as caught:
            check_text(given)
        assert caught.value.code == "not_vietnamese"
    assert check_text("Hà Nội") == "Hà Nội" and check_text(text) == text  # one diacritic is enough for a short text
    with pytest.raises(InputError, match="without its diacritics"):  # unmarked function words ('trong') do not pass it
        check_text("Chu tich UBND tinh Quang Nam da ky quyet dinh thanh lap ban chi dao trong nam nay")  # hand-made
    with pytest.raises(InputError, match="none of them a Vietnamese function word"):  # English 'do' is not 'đó'
        check_text("Do you know what to do")  # hand-made
