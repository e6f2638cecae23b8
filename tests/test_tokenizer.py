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


def test_zero_width_and_control_characters_still_align(nlp, news):
    # a real article carrying zero-width spaces ("sáng kiến \u200b\u200bVành đai và con đường")
    text = next(a["text"] for a in news.values() if "\u200b" in a["text"])
    doc = nlp.make_doc(text)
    assert doc.text == text
    assert any("\u200b" in t.text for t in doc)


def test_every_sample_article_tokenizes_exactly(nlp, news):
    """All 800 real articles as given, 150 of them in NFD: the Doc is the input, character for character."""
    for n, article in enumerate(news.values()):
        for text in [article["text"]] + ([unicodedata.normalize("NFD", article["text"])] if n < 150 else []):
            assert nlp.make_doc(text).text == text, article["id"]


def test_period_split_off_abbreviation_but_not_off_initials():
    import extractor

    # Hand-made sentence: underthesea keeps "ĐBSCL." and "UBND." whole at a sentence end.
    doc = extractor.load().make_doc("đặc biệt là ĐBSCL. Bà Nguyễn Thị H. và T.T. B. gặp UBND. Hết")
    words = [t.text for t in doc if not t.is_space]
    assert words[3:5] == ["ĐBSCL", "."] and "H." in words and "T.T." in words
    assert words[words.index("UBND") + 1] == "."


def test_words_are_underthesea_word_segmentation(nlp, news):
    """vnx calls underthesea's regex and CRF itself (for speed): its words must be underthesea's own
    ``word_tokenize`` words, on real articles (lines without the abbreviation periods vnx splits off), compared
    in the matching form (underthesea rewrites "tuý" as "túy" in what it returns)."""
    from underthesea import word_tokenize

    from extractor.text import normalize

    checked = 0
    for article in list(news.values())[:300]:
        for line in article["text"].splitlines():
            if not line.strip() or unicodedata.normalize("NFC", line) != line or "." in line:
                continue
            ours = [normalize(w.text).text for w in nlp.make_doc(line)._.words]
            assert ours == [normalize(w).text for w in word_tokenize(line)], line
            checked += 1
    assert checked > 100


def test_pipe_gives_the_docs_of_one_by_one_calls(nlp, news):
    """The tokenizer's pipe segments a whole batch in one call: same tokens, norms, spaces and word starts as calling it
    on each text (real articles, an NFD copy, short lexicon-like phrases, an empty and a blank text)."""
    texts = [article["text"] for article in list(news.values())[:20]]
    texts += [unicodedata.normalize("NFD", texts[0]), "Bộ Chính trị", "UBND", "TP. HCM", "", "  \n "]

    def view(doc):
        return [(t.text, t.whitespace_, t.norm_) for t in doc], list(doc._.word_starts)

    assert [view(d) for d in nlp.tokenizer.pipe(texts, batch_size=7)] == [view(nlp.tokenizer(t)) for t in texts]
