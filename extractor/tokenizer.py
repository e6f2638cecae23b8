"""Vietnamese tokenizer: underthesea syllable tokens and word segmentation, on the input as given.

Tokens are syllables (and punctuation), so that lexicon and rule matchers see the same token
sequence for a phrase wherever it occurs; underthesea's CRF word segmentation is kept as
``doc._.word_starts`` (one flag per token) and exposed as ``doc._.words`` / ``token._.word``.
Underthesea runs on the matching form of the text (``extractor.text``); tokens are mapped back, so every
token's text is the input's and every offset is an input offset. ``doc.text`` is the input but for an odd space
after a token (a tab, a no-break space), which spaCy's trailing-space flag writes as " " (see ``_doc``); the input
exactly is ``norm_text(doc).source``.
"""
from __future__ import annotations

import re
from functools import lru_cache

import numpy
from spacy.attrs import IS_SPACE, NORM
from spacy.tokens import Doc, Span, Token
from spacy.util import registry

from .crf import underthesea_crf
from .gazetteer import glued_level
from .lexicons import vietnamese_syllable
from .text import LINE_END, LINES, LOST, SPACES, NormText, fold, lost_read, normalize


# underthesea keeps a period on an abbreviation-like word ("ĐBSCL.", "UBND.", "TW."); vnx splits it off so the
# word matches the lexicons, but keeps initials ("H.", "T.T.") whole: those are names.
_PERIOD_KEPT = re.compile(r"^[^\W_][^\W.]+\.$")


_LETTER_PERIOD = re.compile(r"[A-Z]\.")

# Marks that end a sentence: no word runs on over one of them (underthesea's segmentation sometimes joins the next
# sentence's first syllable to the word before it: "họp ngoại trưởng các nước NATO. Thượng nghị sĩ Eliot Engel",
# vietnews-006246; "như vậy? Các nhà giáo dục", vietnews-015267).
_SENTENCE_STOPS = frozenset(".?!")


def _lettered_name_end(text: str, found: int, end: int, pieces: list[tuple[int, int]]) -> bool:
    """The piece text[found:end] is a capital letter and a full stop that end a name of two capitalised words or more
    ("chung cư Vĩnh Lộc B. Khoảng 700 căn", vietnews-020785), all Vietnamese syllables, before a capitalised Vietnamese
    syllable that opens the next sentence: no initial ("bà C. đến", "T. P. L", "Ảnh: C.K.", "John F. Kennedy") but the
    name's letter, then the full stop."""
    if not _LETTER_PERIOD.fullmatch(text[found:end]) or len(pieces) < 2 or not text[end:end + 1].isspace():
        return False
    following = text[end:].split(maxsplit=1)[0] if text[end:].strip() else ""
    syllable = vietnamese_syllable().fullmatch
    return following[:1].isupper() and syllable(fold(following.rstrip(".,;:!?"))) is not None \
        and all(text[a].isupper() and syllable(fold(text[a:b])) is not None for a, b in pieces[-2:])


def _segmenter():
    """underthesea's word-segmentation CRF."""
    return underthesea_crf("word_tokenize", "ws_crf_vlsp2013_20230727")


def segmenter_dictionary() -> set[str]:
    """The words underthesea's segmenter knows as words (its dictionary feature: lower case, syllables spaced; empty when
    vnx's scoring of the model could not be built)."""
    return _segmenter().dictionary


@lru_cache(maxsize=None)
def _syllable_pattern() -> re.Pattern:
    """underthesea's word-tokenisation regex (what ``regex_tokenize.tokenize`` matches with).

    vnx takes the matches' positions straight from it instead of calling ``tokenize`` and searching each
    returned syllable again: same syllables (checked on the 800 sample articles), a third of the time.
    """
    from underthesea.pipeline.word_tokenize.regex_tokenize import patterns

    return patterns


def _join_lost(text: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The syllable ranges with a lost character (U+FFFD, ``text.LOST``) inside a word kept in it: underthesea's
    regex cuts "Ng�c" (Ngọc) into "Ng", "�", "c" and "�oàn" (Đoàn) into "�", "oàn"; a lost character right after a word
    and before no letter stays apart (a closing quote, "Tiên�", loses its byte as often as a letter)."""
    joined: list[tuple[int, int]] = []
    for a, b in bounds:
        if joined and joined[-1][1] == a:
            rest = a + len(text[a:b]) - len(text[a:b].lstrip(LOST))  # after the lost characters that open this range
            if text[a - 1] == LOST and text[a].isalpha() \
                    or text[a] == LOST and text[a - 1].isalpha() and text[rest:rest + 1].isalpha():
                joined[-1] = (joined[-1][0], b)
                continue
        joined.append((a, b))
    return joined


def _word_spans(doc: Doc) -> list[Span]:
    starts = doc._.word_starts or []
    spans, begin = [], None
    for i, tok in enumerate(doc):
        if tok.is_space:
            if begin is not None and starts and not starts[i]:
                continue  # a run of white space between two syllables of one word: inside it
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
    while start > 0 and not starts[start] and not (doc[start - 1].is_space and starts[start - 1]):
        start -= 1  # (white space flagged as no word start lies inside the word: a run between its syllables)
    end = token.i + 1
    while end < len(doc) and not starts[end]:
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
        return self._docs([text])[0]

    def pipe(self, texts, batch_size=1000):
        """Docs of ``texts``; the word segmentation of a batch's lines runs in one call (its numpy work has a cost per
        call that many short texts, such as lexicon phrases, would otherwise pay one by one)."""
        batch: list[str] = []
        for text in texts:
            batch.append(text)
            if len(batch) >= batch_size:
                yield from self._docs(batch)
                batch = []
        if batch:
            yield from self._docs(batch)

    def _docs(self, texts: list[str]) -> list[Doc]:
        norms = [normalize(text) for text in texts]
        lines = []  # (text index, line, its syllables' ranges) for the lines with syllables
        for k, norm in enumerate(norms):
            for line in LINES.finditer(norm.text):
                base = line.start()
                bounds = [(m.start() + base, m.end() + base) for m in _syllable_pattern().finditer(line.group())]
                if LOST in line.group():
                    bounds = _join_lost(norm.text, bounds)
                if bounds:
                    lines.append((k, line, bounds))
        every_tags = _segmenter().tag_lines([[lost_read(norms[k].text[a:b]) for a, b in bounds] if LOST in line.group()
                                             else [norms[k].text[a:b] for a, b in bounds] for k, line, bounds in lines])
        period_kept, glued_at = _PERIOD_KEPT.match, glued_level().match
        pieces: list[list[tuple[int, int]]] = [[] for _ in texts]  # token ranges in each norm.text
        word_start: list[list[bool]] = [[] for _ in texts]
        for (k, line, bounds), tags in zip(lines, every_tags):
            ntext, found_pieces, starts = norms[k].text, pieces[k], word_start[k]

            def add_gap(a: int, b: int) -> None:
                # Characters the regex tokenizer skipped or rewrote still become tokens.
                gap = ntext[a:b]
                if gap.strip():
                    found_pieces.append((a + len(gap) - len(gap.lstrip()), a + len(gap.rstrip())))
                    starts.append(True)

            pos = line.start()
            for (found, end), tag in zip(bounds, tags):
                if found > pos and (found - pos > 1 or not ntext[pos].isspace()):  # (not the usual single space)
                    add_gap(pos, found)
                piece = ntext[found:end]
                opens = tag != "I-W" or bool(found_pieces) and ntext[slice(*found_pieces[-1])] in _SENTENCE_STOPS
                dotted = "." in piece  # (both cuts below are at a dot)
                if dotted and (period_kept(piece) or _lettered_name_end(ntext, found, end, found_pieces)):
                    # "ĐBSCL." ending a sentence: the word, then its period; "chung cư Vĩnh Lộc B. Khoảng 700 căn": the
                    # name's last letter, then the sentence's full stop
                    found_pieces += [(found, end - 1), (end - 1, end)]
                    starts += [opens, True]
                elif dotted and (glued := glued_at(piece)):  # "TP.HCM": the level word, then the name
                    name = found + glued.end()
                    if period_kept(ntext[name:end]):  # "TP.HCM." ending a sentence: its period too
                        found_pieces += [(found, name), (name, end - 1), (end - 1, end)]
                        starts += [opens, True, True]
                    else:
                        found_pieces += [(found, name), (name, end)]
                        starts += [opens, True]
                else:
                    found_pieces.append((found, end))
                    starts.append(opens)
                pos = end
            add_gap(pos, line.end())
        return [self._doc(text, norm, p, w) for text, norm, p, w in zip(texts, norms, pieces, word_start)]

    def _doc(self, text: str, norm: NormText, pieces: list[tuple[int, int]], word_start: list[bool]) -> Doc:
        """The Doc over the input: one token per piece (mapped back to input offsets), whitespace tokens and
        trailing spaces as spaCy's ``get_words_and_spaces`` makes them (built here from the known offsets:
        that helper searches every word again, in a copy of the rest of the text), so that the token sequence of a
        phrase is the same however its spaces and invisible characters are written:

        - one character the matching form reads as a space (``text.SPACES``: a space, tab, no-break or thin space)
          after a token is its trailing space. spaCy writes every trailing space as " ", so ``doc.text`` shows such
          a character as a plain space; it keeps the input's length, so every ``token.idx`` is an input offset and
          every token's text is verbatim (``norm_text(doc).source`` is the input exactly). So is a line break the
          matching form reads as a space (one inside a sentence: ``text._soft_breaks``). Any other white space (a
          line end, a second space) is a whitespace token, as spaCy makes it.
        - characters the matching form drops (zero-width, soft hyphen) belong to the token they touch inside a line,
          the one before them or, after white space, the one after ("\u200bVành": text as written, norm "vành"). At a
          line's edges (the text's start or end, before or after a line break) and with white space on both sides they
          are part of the whitespace token there, which stays white space (``is_space``): a token then starts and ends
          where the matching form's line does (a byte order mark is no part of the first word).
        - a run of white space inside a line is one space in the matching form, so the word segmentation is the plain
          text's; its first character, if a space, is the token's trailing space and the rest a whitespace token (a
          Doc holds only one trailing space per token). An HTML reference the matching form reads as a space
          ("&nbsp;") is white space the same way; one it reads as another character ("&quot;") is a token.
        """
        bounds: list[tuple[int, int]] = []
        norms: list[str] = []
        flags: list[bool] = []
        cursor = 0  # the input's offset after the last token
        after = 0  # the matching form's offset after the last piece
        ntext, one_to_one = norm.text, norm.one_to_one
        for (a, b), starts_word in zip(pieces, word_start):
            start, end = (a, b) if one_to_one else norm.to_source(a, b)
            if start < cursor:  # two pieces from one input cluster: the first one has it
                after = b
                continue
            if cursor < start and not one_to_one:  # only a text not read one for one has more than white space here
                # the white space of the matching form between the two pieces came from text[white_start:white_end];
                # what lies before or after it was dropped
                white_start, white_end = (norm.starts[after], norm.ends[a - 1]) if after < a else (start, start)
                inside_line = bool(bounds) and "\n" not in ntext[after:a]
                if inside_line and cursor < white_start:
                    bounds[-1] = (bounds[-1][0], white_start)
                if inside_line and after < a:
                    start = white_end
            bounds.append((start, end))
            piece = ntext[a:b]
            norms.append((lost_read(piece) if LOST in piece else piece).lower())  # "�à Nẵng" matches the place (a word
            # that lost a byte)
            flags.append(starts_word)
            cursor, after = end, b

        words: list[str] = []
        spaces: list[bool] = []
        token_norms: list[str | None] = []  # None: a whitespace token keeps its lexeme's norm
        token_flags: list[bool] = []

        def add_white_space(space: str, starts_word: bool = True) -> None:
            if not space.isspace():  # invisible characters within white space
                self.vocab[space].is_space = True
            words.append(space)
            spaces.append(False)
            token_norms.append(None)
            token_flags.append(starts_word)

        # a line break the matching form reads as a space, alone between two words, is a trailing space too
        soft = {p for m in LINE_END.finditer(text) if (i := norm.to_text(p := m.start())) < len(ntext) and ntext[i] == " "
                and norm.starts[i] == p and norm.ends[i] == p + 1}
        pos = 0
        for (start, end), word_norm, flag in zip(bounds, norms, flags):
            if start > pos:
                # white space between two tokens of a line is flagged as the token after it: no word start when the
                # run lies between two syllables of one word ("trao  đổi"), so a word read whole reads it whole
                inside_line = bool(words) and (LINE_END.search(text, pos, start) is None or not norm.breaks_line(pos, start))
                add_white_space(text[pos:start], flag or not inside_line)
            words.append(text[start:end])
            token_norms.append(word_norm)
            token_flags.append(flag)
            pos = end
            if pos < len(text) and (text[pos] in SPACES or soft and pos in soft):
                spaces.append(True)
                pos += 1
            else:
                spaces.append(False)
        if pos < len(text):
            add_white_space(text[pos:])

        doc = Doc(self.vocab, words=words, spaces=spaces)
        # The matching form in lower case is each token's norm: what the matchers compare.
        add = self.vocab.strings.add
        keys = [add(n) if n is not None else doc[i].norm for i, n in enumerate(token_norms)]
        doc.from_array([NORM], numpy.array(keys, dtype="uint64").reshape(-1, 1))
        doc._.norm = norm
        doc._.word_starts = token_flags
        return doc

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


# Where spaCy keeps ``doc._.norm`` (extension values live in ``Doc.user_data`` under this key, see
# ``spacy.tokens.underscore``): components call ``norm_text`` tens of times per article, and each ``doc._``
# access builds a new accessor object.
_NORM_KEY = ("._.", "norm", None, None)


def norm_text(doc: Doc) -> NormText:
    """The matching form of ``doc`` (computed if the doc did not come from this tokenizer).

    ``norm_text(doc).source`` is the input: ``doc.text`` (with its odd spaces as written) without rebuilding it,
    spaCy joins every token on each ``doc.text`` access, so components read the text from here.
    """
    norm = doc.user_data.get(_NORM_KEY)
    if norm is None:
        norm = doc._.norm = normalize(doc.text)
    return norm


def phrase_matches(matcher, doc: Doc) -> list[tuple[int, int, int]]:
    """``matcher(doc)`` (a ``PhraseMatcher``) with a run of white space inside a line read as one space, as the matching
    form reads it: a phrase matches across a whitespace token without a line break ("Ban  Dân vận", "Ban&nbsp;Dân vận"),
    never across a line break. (match id, start, end) in ``doc``'s tokens. The compact copy is made once per document
    (the entity and event matchers both ask)."""
    key = ("vnx_tokenizer", "compact")
    if key not in doc.user_data:
        inline = {i for i, space in enumerate(doc.to_array([IS_SPACE]).tolist()) if space and not LINE_END.search(doc[i].text)}
        compact = kept = None
        if inline:
            kept = [i for i in range(len(doc)) if i not in inline]
            compact = Doc(doc.vocab, words=[doc[i].text for i in kept])
            compact.from_array([NORM], doc.to_array([NORM])[kept].reshape(-1, 1))
        doc.user_data[key] = (compact, kept)
    compact, kept = doc.user_data[key]
    if compact is None:
        return matcher(doc)
    return [(match_id, kept[start], kept[end - 1] + 1) for match_id, start, end in matcher(compact)]
