"""The underthesea tokenizer: exact input, syllable tokens, word segmentation."""
import re
import unicodedata

import pytest

import extractor
from extractor.text import written
from extractor.tokenizer import norm_text


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
    # a tab after a token is its trailing space, which spaCy writes " ": the Doc's text has the input's length and
    # shows it as a space; the input exactly is the matching form's source
    assert doc.text == text.replace("\t", " ") and norm_text(doc).source == text
    for token in doc:
        assert text[token.idx : token.idx + len(token.text)] == token.text
    # the matching form is the same whatever the input's composition or whitespace
    assert [t.norm_ for t in doc if not t.is_space][:12] == [t.norm_ for t in nlp.make_doc(seed_text) if not t.is_space][:12]


def _shy_every_7th_word(text: str) -> str:
    words = iter(range(1, len(text)))
    return re.sub(r"\w\w+", lambda m: m[0][: len(m[0]) // 2] + "\u00ad" + m[0][len(m[0]) // 2 :] if next(words) % 7 == 0 else m[0], text)


ODD = {
    "no_break_spaces": lambda t: t.replace(" ", "\u00a0"),
    "tabs": lambda t: t.replace(" ", "\t"),
    "zero_width_after_spaces": lambda t: t.replace(" ", " \u200c"),
    "soft_hyphens": _shy_every_7th_word,
}


def _docs_sliced_from(nlp, text):
    """The Doc of ``text``, checked to keep the input whole and every token its exact slice."""
    doc = nlp.make_doc(text)
    assert norm_text(doc).source == text and len(doc.text) == len(text)
    for token in doc:
        assert text[token.idx : token.idx + len(token.text)] == token.text
    return doc


@pytest.mark.parametrize("variant", ODD)
def test_odd_spaces_and_invisible_characters_give_the_plain_tokens(nlp, seed_text, variant):
    """The seed with every space a no-break space or a tab, a zero-width non-joiner after every space, a soft hyphen
    inside every 7th word: the same tokens for the matchers (norms, trailing spaces, word starts) as the plain text,
    each token's text still the input's."""
    text = ODD[variant](seed_text)
    doc, plain = _docs_sliced_from(nlp, text), nlp.make_doc(seed_text)

    def view(d):
        return [(t.norm_, t.is_space or t.whitespace_, start) for t, start in zip(d, d._.word_starts)]

    assert view(doc) == view(plain)


def test_invisible_characters_join_the_token_they_touch(nlp):
    # Hand-made: zero-width characters before a word after a space, after a word, alone between spaces and a line end.
    text = "sáng kiến \u200b\u200bVành đai\u200b và \u200c\ncon đường"
    doc = nlp.make_doc(text)
    assert [(t.text, t.norm_, t.is_space) for t in doc] == [
        ("sáng", "sáng", False), ("kiến", "kiến", False), ("\u200b\u200bVành", "vành", False), ("đai\u200b", "đai", False),
        ("và", "và", False), ("\u200c\n", "\u200c\n", True), ("con", "con", False), ("đường", "đường", False)]


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


RUNS = {
    "double_spaces": lambda t: t.replace(" ", "  "),
    "no_break_then_space": lambda t: t.replace(" ", "\u00a0 "),
    "nbsp_references": lambda t: t.replace(" ", "&nbsp;"),
    "cr_only": lambda t: t.replace("\n", "\r"),
}


@pytest.mark.parametrize("variant", RUNS)
def test_runs_of_white_space_and_references_give_the_plain_words(nlp, seed_text, variant):
    """The seed with every space doubled, a no-break space before every space, every space an "&nbsp;" or every line
    break a lone CR: the same words for the matchers (norms, word starts) as the plain text; a run is a token's trailing
    space and a whitespace token, an "&nbsp;" a whitespace token; each token's text is still the input's."""
    text = RUNS[variant](seed_text)
    doc, plain = _docs_sliced_from(nlp, text), nlp.make_doc(seed_text)

    def words(d):
        return [(t.norm_, start) for t, start in zip(d, d._.word_starts) if not t.is_space]

    assert words(doc) == words(plain)
    # a run inside a word is inside it: the words read whole ("làm  việc") are the plain text's
    assert [written(w.text) for w in doc._.words] == [w.text for w in plain._.words]


def test_a_run_between_the_syllables_of_a_word_is_inside_the_word(nlp):
    # hand-made: "trao đổi" and "việc làm" are words, "về" one of its own
    doc = nlp.make_doc("Các bên trao  đổi ý kiến về  việc&nbsp;làm.")
    assert [w.text for w in doc._.words] == ["Các", "bên", "trao  đổi", "ý kiến", "về", "việc&nbsp;làm", "."]
    run = next(t for t in doc if t.text == " ")
    assert doc[run.i - 1]._.word.text == doc[run.i + 1]._.word.text == "trao  đổi"
    assert not doc._.word_starts[run.i]  # what follows "trao" does not start a word: "trao" alone is no whole word


def test_invisible_characters_at_a_line_edge_are_white_space(nlp, seed_text):
    """A byte order mark before the first word, a zero-width character before a line's first word or after its last
    are no part of the word (hand-made): tokens start and end where the lines of the matching form do, so the layout's
    regions hold them. The seed after a byte order mark: its first token is its first word."""
    doc = nlp.make_doc("\ufeffNguyễn Phú\n\u200bTrọng\u200b\nHà Nội\u200b")
    assert [(t.text, t.is_space) for t in doc] == [
        ("\ufeff", True), ("Nguyễn", False), ("Phú", False), ("\n\u200b", True), ("Trọng", False),
        ("\u200b\n", True), ("Hà", False), ("Nội", False), ("\u200b", True)]
    doc = nlp("\ufeff" + seed_text)
    first = next(t for t in doc if not t.is_space)
    assert first.idx == 1 and first.text == seed_text.split()[0] and doc._.regions[0][0] <= first.idx


def test_phrase_matches_read_a_run_of_spaces_inside_a_line_as_one():
    """Hand-made: a lexicon phrase matches across a run of spaces or a no-break space plus a space, never across a line
    break; the match is given in the document's own tokens."""
    from spacy.matcher import PhraseMatcher

    from extractor import pipeline
    from extractor.tokenizer import phrase_matches

    nlp = pipeline.load(exclude=pipeline.PIPELINE)
    matcher = PhraseMatcher(nlp.vocab, attr="NORM")
    matcher.add("ORG", [nlp.make_doc("Ban Dân vận")])
    for text, found in [("Trưởng Ban  Dân vận", True), ("Trưởng Ban\u00a0 Dân vận", True), ("Trưởng Ban Dân vận", True),
                        ("Trưởng Ban\nDân vận", False)]:
        doc = nlp.make_doc(text)
        spans = [" ".join(t.text for t in doc[start:end] if not t.is_space) for _, start, end in phrase_matches(matcher, doc)]
        assert spans == (["Ban Dân vận"] if found else []), text
