"""The underthesea tokenizer: exact input, syllable tokens, word segmentation."""
import unicodedata

import pytest

import extractor


@pytest.fixture(scope="module")
def nlp():
    return extractor.load(exclude=("vnx_documents", "vnx_times", "vnx_entities", "vnx_events"))


def test_doc_text_is_the_input_and_words_are_segmented(nlp, seed_text):
    doc = nlp.make_doc(seed_text)
    assert doc.text == seed_text
    words = [w.text for w in doc._.words]
    assert "Nguyễn Xuân Dương" in words and "Mặt trận Tổ quốc Việt Nam" in words and "làm việc" in words
    assert all(" " not in t.text for t in doc if not t.is_space)  # tokens are syllables


@pytest.mark.parametrize("variant", ["nfd", "crlf_tabs"])
def test_tokens_cover_the_input_exactly(nlp, seed_text, variant):
    text = unicodedata.normalize("NFD", seed_text) if variant == "nfd" else seed_text.replace("\n", "\r\n").replace(", ", ",\t")
    doc = nlp.make_doc(text)
    assert doc.text == text
    for token in doc:
        assert text[token.idx : token.idx + len(token.text)] == token.text
    # the matching form is the same whatever the input's composition or whitespace
    assert [t.norm_ for t in doc if not t.is_space][:12] == [t.norm_ for t in nlp.make_doc(seed_text) if not t.is_space][:12]
