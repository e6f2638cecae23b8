"""Vietnamese tokenizer: underthesea syllable tokens and word segmentation, on the input as given.

Tokens are syllables (and punctuation), so that lexicon and rule matchers see the same token
sequence for a phrase wherever it occurs; underthesea's CRF word segmentation is kept as
``doc._.word_starts`` (one flag per token) and exposed as ``doc._.words`` / ``token._.word``.
Underthesea runs on the matching form of the text (``extractor.text``); tokens are mapped back,
so ``doc.text`` is the input string exactly and every offset is an input offset.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token
from spacy.util import get_words_and_spaces, registry

from .crf import underthesea_crf
from .text import LINES, NormText, normalize


# underthesea keeps a period on an abbreviation-like word ("ĐBSCL.", "UBND.", "TW."); vnx splits it off so the
# word matches the lexicons, but keeps initials ("H.", "T.T.") whole: those are names.
_PERIOD_KEPT = re.compile(r"^[^\W_][^\W.]+\.$")


def _segmenter():
    """underthesea's word-segmentation CRF."""
    return underthesea_crf("word_tokenize", "ws_crf_vlsp2013_20230727")


def _syllables(line: str) -> list[str]:
    from underthesea.pipeline.word_tokenize.regex_tokenize import tokenize

    return tokenize(line, use_character_normalize=False, use_token_normalize=False)


def _word_spans(doc: Doc) -> list[Span]:
    starts = doc._.word_starts or []
    spans, begin = [], None
    for i, tok in enumerate(doc):
        if tok.is_space:
            if begin is not None:
                spans.append(doc[begin:i])
                begin = None
            continue
        if begin is not None and starts[i]:
            spans.append(doc[begin:i])
            begin = None
        if begin is None:
            begin = i
    if begin is not None:
        spans.append(doc[begin:len(doc)])
    return spans


def _word_of(token: Token) -> Span:
    """The word (underthesea's segmentation) holding ``token``: from its word start to the next one."""
    doc, starts = token.doc, token.doc._.word_starts
    if starts is None or token.is_space:
        return doc[token.i : token.i + 1]
    start = token.i
    while start > 0 and not starts[start] and not doc[start - 1].is_space:
        start -= 1
    end = token.i + 1
    while end < len(doc) and not starts[end] and not doc[end].is_space:
        end += 1
    return doc[start:end]


for _name, _kw in (
    ("norm", {"default": None}),
    ("word_starts", {"default": None}),
    ("words", {"getter": _word_spans}),
):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, **_kw)
if not Token.has_extension("word"):
    Token.set_extension("word", getter=_word_of)


class VietnameseTokenizer:
    """Callable tokenizer: text -> Doc over the exact input, with word segmentation flags."""

    def __init__(self, vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        norm = normalize(text)
        pieces: list[tuple[int, int]] = []  # token ranges in norm.text
        word_start: list[bool] = []

        def add_gap(a: int, b: int) -> None:
            # Characters the regex tokenizer skipped or rewrote still become tokens.
            gap = norm.text[a:b]
            if gap.strip():
                pieces.append((a + len(gap) - len(gap.lstrip()), a + len(gap.rstrip())))
                word_start.append(True)

        for line in LINES.finditer(norm.text):
            syllables = _syllables(line.group())
            if not syllables:
                continue
            tags = _segmenter().tag(syllables)
            pos = line.start()
            for syl, tag in zip(syllables, tags):
                found = norm.text.find(syl, pos, line.end())
                if found < 0:
                    continue
                add_gap(pos, found)
                end = found + len(syl)
                if _PERIOD_KEPT.match(syl):  # "ĐBSCL." ending a sentence: the word, then its period
                    pieces += [(found, end - 1), (end - 1, end)]
                    word_start += [tag != "I-W", True]
                else:
                    pieces.append((found, end))
                    word_start.append(tag != "I-W")
                pos = end
            add_gap(pos, line.end())
        # Back to the input: any non-space characters left between tokens (dropped zero-width
        # characters, for instance) become tokens of their own, so the Doc covers the input exactly.
        words: list[str] = []
        norms: list[str] = []
        flags: list[bool] = []
        cursor = 0
        for (a, b), starts_word in zip(pieces, word_start):
            start, end = norm.to_source(a, b)
            if start < cursor:  # two pieces from one input cluster: the first one has it
                continue
            for run in re.finditer(r"\S+", text[cursor:start]):
                words.append(run.group())
                norms.append(normalize(run.group()).text.lower())
                flags.append(True)
            words.append(text[start:end])
            norms.append(norm.text[a:b].lower())
            flags.append(starts_word)
            cursor = end
        for run in re.finditer(r"\S+", text[cursor:]):
            words.append(run.group())
            norms.append(normalize(run.group()).text.lower())
            flags.append(True)
        all_words, spaces = get_words_and_spaces(words, text)
        doc = Doc(self.vocab, words=all_words, spaces=spaces)
        token_flags, k = [], 0
        for token in doc:
            if k < len(words) and token.text == words[k]:
                token_flags.append(flags[k])
                token.norm_ = norms[k]  # the matching form in lower case: what the matchers compare
                k += 1
            else:
                token_flags.append(True)
        doc._.norm = norm
        doc._.word_starts = token_flags
        return doc

    def pipe(self, texts, batch_size=1000):
        for text in texts:
            yield self(text)

    # The tokenizer has no state of its own: serialisation is a no-op.
    def to_bytes(self, **kwargs):
        return b""

    def from_bytes(self, data, **kwargs):
        return self

    def to_disk(self, path, **kwargs):
        return None

    def from_disk(self, path, **kwargs):
        return self


@registry.tokenizers("vnx.VietnameseTokenizer.v1")
def create_tokenizer():
    def make(nlp):
        return VietnameseTokenizer(nlp.vocab)

    return make


def norm_text(doc: Doc) -> NormText:
    """The matching form of ``doc`` (computed if the doc did not come from this tokenizer).

    ``norm_text(doc).source`` is ``doc.text`` without rebuilding it: spaCy joins every token
    on each ``doc.text`` access, so components read the text from here.
    """
    if doc._.norm is None:
        doc._.norm = normalize(doc.text)
    return doc._.norm
