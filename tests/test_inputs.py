"""extractor.inputs: bytes to text and the checks an article passes (no pipeline loaded here)."""
import json
import pathlib
import re

from extractor.inputs import check_text, decode, vietnamese_share

SAMPLE = pathlib.Path(__file__).resolve().parents[1].parent / "shared" / "data" / "news" / "vietnews-sample.jsonl"


def test_a_byte_order_mark_stays_so_offsets_count_from_the_input_as_given():
    assert decode("\ufeffChiều 12/4".encode("utf-8")) == "\ufeffChiều 12/4"


def test_soft_hyphens_and_zero_width_spaces_inside_words_do_not_make_vietnamese_foreign():
    with open(SAMPLE, encoding="utf-8") as handle:
        text = json.loads(handle.readline())["text"]
    for invisible in ("\u00ad", "\u200b"):  # as some sites hyphenate for narrow screens
        split = re.sub(r"\b(\w)(\w+)", lambda m: m.group(1) + invisible + m.group(2), text)
        assert vietnamese_share(split) == vietnamese_share(text)
        assert check_text(split) == split
