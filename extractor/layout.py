"""Pipeline component ``vnx_layout``: the furniture of a scraped article.

Splits the input into regions — boilerplate (view counters, font widgets, share links),
category, dateline ("Cập nhật lúc : 12/04/2024 17:19"), title, body, byline — reads the
title, category, publication time and author from them, and sets sentence boundaries.
Later components take entities only from the title and body (``doc._.in_body``).

Assigns: ``doc._.regions`` [(start, end, kind)], ``doc._.title``, ``doc._.category``,
``doc._.author``, ``doc._.published_at`` (the caller's or the page's metadata wins over the dateline, which wins over
the page's URL; on the same day the page's more precise one wins) with ``doc._.published_at_granularity`` ("day" for a date
alone, whose 00:00 nobody wrote; "minute" for "12/04/2024 17:19"), ``doc._.meta``, ``token.is_sent_start``.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from datetime import date, datetime
from operator import itemgetter

import numpy
from spacy.attrs import IDX, IS_SPACE, LENGTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from . import gazetteer
from .datelines import VIETNAM_TIME, read_dateline
from .lexicons import load_tsv, load_yaml, vietnamese_syllable
from .text import LINE_END, LINES, fold, written
from .tokenizer import norm_text

_STOP_OR_REFERENCE = re.compile("[.!?…&]")  # what a token ending a sentence holds, or an HTML reference that may read as it

BODY_KINDS = ("title", "body")
_TERMINAL = tuple(".!?…:;\"”)")
_INITIAL = re.compile(r"[^\W\d_]\.")  # "Đ." of the pen name "Đ. V"
_MIDDLE_INITIAL = re.compile(r"[A-Z]\.")  # "L." of "Eliot L. Engel"
_SENTENCE_END = tuple(".!?…\"”)")
# a sentence's end in a line: a stop before a capital, a digit or a quote, or at the line's end
_STOP_BEFORE_WORD = re.compile(r"[.!?…]+[\"”']?(?=\s+[\"“'(]?(\w)|\s*$)")


def _in_body(doc: Doc, start: int, end: int) -> bool:
    """True when the input range lies in the title or body (not boilerplate, dateline or byline).

    The regions are disjoint and in text order, so the one that can hold ``start`` is found by bisection
    (components ask this for every candidate span).
    """
    regions = doc._.regions
    if regions is None:
        return True
    at = bisect_right(regions, start, key=itemgetter(0)) - 1
    if at < 0:
        return False
    a, b, kind = regions[at]
    return start < b and kind in BODY_KINDS and end <= b


for _name, _kw in (
    ("regions", {"default": None}),
    ("title", {"default": None}),
    ("category", {"default": None}),
    ("author", {"default": None}),
    ("published_at", {"default": None}),
    ("published_at_granularity", {"default": None}),
    ("meta", {"default": None}),
    ("warnings", {"default": None}),
    ("in_body", {"method": _in_body}),
):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, **_kw)


def warn(doc: Doc, message: str) -> None:
    """Record something the extractor was unsure of (it ends up in the record's ``warnings``)."""
    if doc._.warnings is None:
        doc._.warnings = []
    doc._.warnings.append(message)


def _initial(line: str, stop: re.Match) -> bool:
    """The period ``stop`` found in ``line`` closes an initial ("Đ. V"), not a sentence."""
    return stop.group() == "." and _INITIAL.fullmatch(line[max(0, stop.start() - 2): stop.end()].lstrip()) is not None


def _middle_initial(before: str | None, initial: str, after: str) -> bool:
    """``initial`` ("L.") between two capitalised words that are no Vietnamese syllables is a foreign middle initial
    ("Eliot L. Engel", "George W. Bush"), not a sentence's end; after a Vietnamese name it is one ("… Nguyễn Văn A.
    Sau đó …")."""
    return before is not None and _MIDDLE_INITIAL.fullmatch(initial) is not None and all(
        word[:1].isupper() and word.isalpha() and vietnamese_syllable().fullmatch(fold(word)) is None
        for word in (before, after))


def _is_symbol(token: str) -> bool:
    """A token of symbols (emoji, "©", "→") or of the variation selectors and joiners that shape them ("❤️" is two
    tokens): no word of a sentence."""
    return all(unicodedata.category(c)[0] == "S" or unicodedata.category(c) in ("Mn", "Cf") for c in token)


def _full(pattern: str) -> re.Pattern:
    return re.compile(rf"(?:{pattern})", re.IGNORECASE)


# who gave ``published_at`` beside the article's dateline (api.make_doc): what the warning says it says, and whose
# value is kept when the two name different days (never a URL's day: the dateline's)
_ORIGINS = {"caller": ("the caller says", "the caller's"), "url": ("the page's URL says", "the dateline's"),
            "metadata": ("the page's date metadata says", "the metadata's")}
_PRECISION = ("day", "hour", "minute", "second")  # published_at_granularity, coarsest first


def _shown(stamp: datetime, granularity: str | None) -> str:
    """A publication time as stated: the date alone for a day (no 00:00 that nobody wrote)."""
    return stamp.date().isoformat() if granularity == "day" else stamp.isoformat()


def vietnam_day(stamp: datetime | date | None) -> date | None:
    """The calendar day in Vietnam of a publication time: "2024-04-12T20:00:00Z" is 13 April there. A time without an
    offset is Vietnam's already; a date is its own day."""
    if isinstance(stamp, datetime):
        return (stamp.astimezone(VIETNAM_TIME) if stamp.tzinfo else stamp).date()
    return stamp


class ArticleLayout:
    def __init__(self, max_header_lines: int):
        data = load_yaml("layout.yaml")
        self.max_header_lines = max_header_lines
        self.edge_boilerplate = [_full(p) for p in data["boilerplate"]["edges"]]
        self.inner_boilerplate = [_full(p) for p in data["boilerplate"]["anywhere"]]
        by = data["byline"]
        self.byline_max_words = by["max_words"]
        self.byline_prefix = _full(by["prefixes"])
        self.byline_anonymous = _full(by["not_a_person"])
        self.byline_credit = _full(by["credit"] + "$")
        self.glued_bylines = (_full(by["glued"]), _full(by["glued_name"]))
        self.known_places = {fold(name) for name in gazetteer.bare_place_names()}
        surnames = {fold(row["surname"]) for row in load_tsv("surnames.tsv")}
        self.org_heads = {head for row in load_tsv("org_heads.tsv") if (head := fold(row["head"])) not in surnames}  # "Đoàn Loan"
        self.furniture = re.compile(by["not_a_pen_name"])
        self.surnames = surnames
        link = data["related_link"]
        self.link_marker = _full(link["marker"])
        openers = "|".join(re.escape(o[:1].upper() + o[1:]) for o in sorted(link["story_openers"], key=len, reverse=True))
        self.story_opener = re.compile(rf"(?<=[\w'\"”)])\s+(?:{openers})(?!\w)")  # capitalised, after a word
        self.byline_note = _full(link["byline_note"])
        self.glued_within = by["glued_within_last_lines"]
        self.category_max_words = data["category"]["max_words"]
        self.title_max_words = data["title"]["max_words"]
        self.longest_sentence = data["longest_sentence_chars"]
        glued = sorted(data["glued_sentence_openers"], key=len, reverse=True)
        setting = data["glued_setting_openers"]
        self.glued_opener = re.compile(r"(?:" + "|".join(re.escape(o).replace(r"\ ", r"\s+") for o in glued) + r")\s*,")
        self.glued_setting = re.compile(r"(?:" + "|".join(map(re.escape, setting["openers"])) + r")(?:\s+\w+){0,"
                                        + str(setting["words"]) + r"}?\s+(?:" + "|".join(map(re.escape, setting["demonstratives"]))
                                        + r")\s*,")
        abbrevs = sorted(data["non_final_abbreviations"], key=len, reverse=True)
        self.non_final = re.compile(r"(?:^|[\s(])(?:" + "|".join(map(re.escape, abbrevs)) + r")\.$", re.IGNORECASE)

    # -- line classification -------------------------------------------------
    def _is_edge_boilerplate(self, line: str) -> bool:
        return any(p.fullmatch(line) for p in self.edge_boilerplate)

    def _is_short_label(self, line: str, max_words: int) -> bool:
        return len(line.split()) <= max_words and not line.rstrip().endswith(_TERMINAL)

    def _is_title(self, line: str) -> bool:
        """A title is short and one sentence: no full stop, "!" or "?" before a capital within it (one before a digit, as
        in "… ở tuổi... 17", or before an abbreviation's capital, as in "TP. HCM", is no sentence's end)."""
        return len(line.split()) <= self.title_max_words and not any(
            (stop[1] or "").isupper() and not self.non_final.search(line[: stop.end()]) and not _initial(line, stop)
            for stop in _STOP_BEFORE_WORD.finditer(line) if stop.end() < len(line))

    def _byline_author(self, line: str) -> str | None:
        """The author named by a byline, '' for an anonymous byline, None if not a byline."""
        if (credit := self.byline_credit.search(line)) and line[: credit.start()].strip():  # the writer, not who is credited
            line = line[: credit.start()]
        if not self._is_short_label(line, self.byline_max_words):
            return None
        stripped = self.byline_prefix.sub("", line, count=1) if self.byline_prefix.match(line) else line
        stripped = stripped.strip(" ()[]-–—")
        if self.byline_anonymous.fullmatch(stripped):
            return ""
        words = stripped.split()
        if 1 <= len(words) <= 5 and all(w[0].isupper() for w in words if w[0].isalpha()):
            return stripped
        return None

    def _glued_byline(self, lines: list[tuple[int, int, str]], kinds: list[str],
                      links: dict[int, list[tuple[int, int, int]]]) -> tuple[int, int, str] | None:
        """(line, offset in it, author) of a byline glued to the end of one of the last body lines — after its last
        sentence, or closing a link to another article glued there (``links``: those of ``_links``) — else None."""
        body = [i for i, kind in enumerate(kinds) if kind == "body"][-self.glued_within:]
        for pattern in self.glued_bylines:  # a byline with its note first, wherever it is: it is surely one
            for i in reversed(body):
                line = lines[i][2]
                text, after = line, 0  # the text the byline may close: before a link that runs to the line's end
                if i in links:
                    start, _, end = links[i][-1]
                    text, after = (line[:start].rstrip(), 0) if end >= len(line) else (line, end)
                m = pattern.search(text)
                if m and m.start() > 0 and m.start() >= after and all(w[0].isupper() for w in m["author"].split()) \
                        and not self.byline_prefix.match(m["author"]) and not self.non_final.search(text[:m.start()]) \
                        and (pattern is self.glued_bylines[0] or self._pen_name(m["author"])):
                    return i, m.start("author"), m["author"]
            if pattern is self.glued_bylines[0]:  # then a pen name closing a link, or alone after one
                for i in reversed(body):
                    if i in links:
                        line = lines[i][2]
                        _, headline, end = links[i][-1]
                        at = self._closing_pen_name(line[headline:]) if end >= len(line) else \
                            (self._closing_pen_name(line[end:]) if line[end:].strip() else None)
                        if at is not None and (end >= len(line) or not line[end:end + at].strip()):
                            at += headline if end >= len(line) else end
                            note = self.byline_note.search(line, at)
                            return i, at, line[at: note.start() if note else len(line)].rstrip()
        return None

    def _links(self, line: str) -> list[tuple[int, int, int]]:
        """(start, headline's start, end) in ``line`` of each link to another article glued into it, with the headline
        it shows: to the headline's sentence end or the line's end, before the story goes on in the same sentence."""
        found: list[tuple[int, int, int]] = []
        for m in self.link_marker.finditer(line):
            if not (m["arrows"] or m["colon"] or m["here"] or m["pictures"]) or (found and m.start() < found[-1][2]) \
                    or (m.start() and not line[m.start() - 1].isspace()):
                continue
            before = line[: m.start()].rstrip()
            if not (m["arrows"] or not before or before.endswith(_SENTENCE_END) or line[m.start()].isupper()):
                continue  # "… có thể xem thêm: …" in a sentence
            end = m.end() if m["here"] or m["pictures"] else self._headline_end(line, m.end())
            found.append((m.start(), m.end(), end))
        return found

    def _headline_end(self, line: str, start: int) -> int:
        """Where a linked headline that begins at ``start`` ends: at its sentence's end, else the line's; when the
        story goes on after that sentence in the line, before an opener of a story sentence within it."""
        for stop in _STOP_BEFORE_WORD.finditer(line, start):
            if not (stop[1] or "").islower() and not _initial(line, stop) and not self.non_final.search(line[: stop.end()]):
                opener = self.story_opener.search(line, start, stop.start())
                return opener.start() if opener else stop.end()
        return len(line)

    def _closing_pen_name(self, text: str) -> int | None:
        """Where the pen name that closes ``text`` (a linked headline, or what follows a link) begins, with its
        note ("Văn Việt", "Lê Anh Ảnh: Lê Thiện Viễn", "Phương Vũ (Video: Pray For France)"), else None. A headline
        may end in capitalised words itself ("… không kích quân đội Syria Văn Việt"): the name is the last two words,
        three after a family name; a run of capitals that is one person's name from a family name on ("… của ông Lê
        Phước Hoài Bảo") is no byline. Before a note, initials are a name too ("Đ. V (Tổng hợp)")."""
        note = self.byline_note.search(text)
        head = text[: note.start()] if note else text.rstrip()
        words = list(re.finditer(r"\S+", head))
        run = 0
        while run < len(words) and run < 6 and words[-1 - run].group()[0].isupper() \
                and (words[-1 - run].group().isalpha() or note and _INITIAL.fullmatch(words[-1 - run].group())):
            run += 1
        if run < 2:
            return None
        first = fold(words[-run].group())
        if first in self.surnames and not any(fold(" ".join(w.group() for w in words[-run:][:k])) in self.known_places
                                              for k in (1, 2)):
            size = run if run <= 3 else 0  # the run is one name: the whole byline, or a name of the headline
        else:
            size = 3 if run >= 3 and fold(words[-3].group()) in self.surnames else 2
        name = head[words[-size].start():] if size else ""
        if not size or not (self._pen_name(name) or note and _INITIAL.match(name) and fold(name) not in self.known_places):
            return None
        return words[-size].start()

    def _pen_name(self, name: str) -> bool:
        """A name alone after the last sentence is a reporter's byline only as a Vietnamese pen name ("Bá Đô", "Hiếu
        Nguyễn"): Vietnamese syllables that name no province or country ("… Hà Nội"), open no body ("Bộ Công an"; a
        head that is also a family name may: "Đoàn Loan") and are no page furniture ("Xem thêm")."""
        folded = fold(name)
        return all(vietnamese_syllable().fullmatch(word) for word in folded.split()) \
            and folded not in self.known_places and not any(folded.startswith(head + " ") for head in self.org_heads) \
            and not self.furniture.search(folded)

    # -- the component ---------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        norm = norm_text(doc)
        lines = [(m.start(), m.end(), m.group().strip()) for m in LINES.finditer(norm.text) if m.group().strip()]
        kinds = ["body"] * len(lines)
        meta = doc._.meta or {}
        published = None

        # Header: widgets, category and dateline before the title. A dateline is the header's only while at most one
        # line before it (the title) is more than a short label: one after paragraphs belongs to the body or footer.
        title_at = None
        dateline_at = None
        long_lines = 0
        for i, (_, _, line) in enumerate(lines[: self.max_header_lines]):
            if self._is_edge_boilerplate(line):
                kinds[i] = "boilerplate"
            elif dateline_at is None and long_lines <= 1 and (dated := read_dateline(line)) is not None:
                kinds[i], dateline_at, published = "dateline", i, dated
            elif not self._is_short_label(line, self.category_max_words):
                long_lines += 1
        if dateline_at is not None:
            before = [i for i in range(dateline_at) if kinds[i] == "body"]
            if before and not self._is_short_label(lines[before[-1]][2], self.category_max_words):
                title_at = before.pop()
            for i in before:
                kinds[i] = "category"
        if title_at is None:
            title_at = next((i for i, k in enumerate(kinds) if k == "body"), None)
        if title_at is not None and self._is_title(lines[title_at][2]):
            kinds[title_at] = "title"

        # Footer: widgets, the byline and a dateline after the last paragraph, in either order. A footer dateline is
        # layout, not body; it dates the article only when nothing else does, with a warning: it is often the last update.
        footer, closing = set(), None
        for i in range(len(lines) - 1, (title_at or 0) + 1, -1):
            if kinds[i] == "boilerplate" or self._is_edge_boilerplate(lines[i][2]):
                kinds[i] = "boilerplate"
                continue
            if kinds[i] != "body":
                break
            if "dateline" not in footer and (dated := read_dateline(lines[i][2])) is not None:
                kinds[i], closing = "dateline", (dated, lines[i][2])
            elif "byline" not in footer and (author := self._byline_author(lines[i][2])) is not None:
                kinds[i] = "byline"
                if author:
                    doc._.author = author
            else:
                break
            footer.add(kinds[i])
        links = {i: found for i, (_, _, line) in enumerate(lines) if kinds[i] == "body" and (found := self._links(line))}
        glued = self._glued_byline(lines, kinds, links) if "byline" not in footer else None
        if glued is not None:
            doc._.author = glued[2]
        # Inside the body: "Tin liên quan" blocks' heads are boilerplate; a line that is only a date and time (a live
        # report's stamp) is layout, so that no sentence runs into it, but dates nothing.
        for i, (_, _, line) in enumerate(lines):
            if kinds[i] == "body" and any(p.fullmatch(line) for p in self.inner_boilerplate):
                kinds[i] = "boilerplate"
            elif kinds[i] == "body" and read_dateline(line) is not None:
                kinds[i] = "dateline"

        regions = []
        for i, ((a, b, line), kind) in enumerate(zip(lines, kinds)):
            start = a + len(norm.text[a:b]) - len(norm.text[a:b].lstrip())
            # the links glued into the paragraph are furniture, and so is the byline glued to its end
            cuts = [(x, y, "boilerplate") for x, _, y in links.get(i, ()) if kind == "body"]
            if glued is not None and i == glued[0]:  # to the line's end or a link after it ("Hải Bình Xem thêm: …")
                cut = next((x for x, _, _ in cuts if x > glued[1]), len(line))
                cuts = [(x, min(y, glued[1]), k) for x, y, k in cuts if x < glued[1]] + [(glued[1], cut, "byline")] \
                    + [c for c in cuts if c[0] > glued[1]]
            at = 0
            for x, y, cut in [*cuts, (len(line), len(line), kind)]:
                for a_, b_, k in ((at, x, kind), (x, y, cut)):
                    piece = line[a_:b_]
                    if piece.strip():
                        lead = len(piece) - len(piece.lstrip())
                        s, e = norm.to_source(start + a_ + lead, start + a_ + len(piece.rstrip()))
                        regions.append((s, e, k))
                at = y
        doc._.regions = regions
        for s, e, kind in regions:
            if kind == "title":  # as written, as records give names: "Đổi&nbsp;mới\tphương" is "Đổi mới phương"
                doc._.title = written(norm.source[s:e], compose=False)
            elif kind == "category" and doc._.category is None:
                doc._.category = written(norm.source[s:e], compose=False)
        total = sum(len(line) for _, _, line in lines)
        kept = sum(len(line) for (_, _, line), kind in zip(lines, kinds) if kind in BODY_KINDS)
        if kept * 2 < total:  # page furniture is a few short lines: losing most of the text is a misread layout
            warn(doc, f"the layout kept {kept:,} of {total:,} characters as title and body, the rest as page furniture")

        given = meta.get("published_at")
        if given is not None:  # as api.make_doc read it; a datetime set in the meta by hand states its second
            stated = meta.get("published_at_granularity") or "second"
            origin = meta.get("published_at_origin") or "caller"
            says, kept = _ORIGINS[origin]
            doc._.published_at, doc._.published_at_granularity = given, stated
            if published is not None and vietnam_day(published[0]) != vietnam_day(given):
                if origin == "url":  # a URL's day is the weakest: a path written when the page was made, maybe in UTC
                    doc._.published_at, doc._.published_at_granularity = published
                warn(doc, f"the article's dateline says it was published on {_shown(*published)}, {says} "
                          f"{_shown(given, stated)}; kept {kept}")
            elif published is not None and origin != "caller" and _PRECISION.index(published[1]) > _PRECISION.index(stated):
                # the same day, told more precisely: "12/04/2024 10:30" with a URL's /2024/04/12/ (a caller's day is
                # kept as given: it says how much it states)
                doc._.published_at, doc._.published_at_granularity = published
        elif published is not None:
            doc._.published_at, doc._.published_at_granularity = published
        elif closing is not None:
            (doc._.published_at, doc._.published_at_granularity), line = closing
            warn(doc, f"published_at is read from the dateline after the article ({line!r}): it may be the time of its last update")
        self._set_sentences(doc)
        return doc

    def _ends_sentence(self, source: str, text: str, idx: int) -> bool:
        """A final . ! ? … token, or a word the tokenizer kept with its period ("TW.") that is no abbreviation."""
        if _STOP_OR_REFERENCE.search(text) is None:
            return False  # (most tokens: written() below can only drop characters or read a reference)
        text = written(text, compose=False)  # a zero-width character after the period is no part of it
        if text in (".", "!", "?", "…", "..."):
            before = source[max(0, idx - 12) : idx + 1]
        elif text.endswith(".") and len(text) > 1:
            before = " " + text
        else:
            return False
        # read as written: "\u200cTP." and "T\u00adP." are the abbreviation "TP."
        return not self.non_final.search(written(before, compose=False))

    def _glued_opener_at(self, source: str, text: str, idx: int, previous: tuple[str, int, bool]) -> bool:
        """Whether a connective of glued_sentence_openers and its comma start at ``idx`` (the token ``text``) right after a
        word in small letters or a number (``previous``: text, offset, trailing space) with no stop between; or a setting
        phrase of glued_setting_openers, after a capitalised word too ("… chuyên gia quân sự Nga Trong đợt tấn công chớp
        nhoáng này, …")."""
        if not (text[:1].isupper() and previous[2] and previous[0].isalnum()):
            return False
        return (previous[0].islower() or previous[0].isdigit()) and self.glued_opener.match(source, idx) is not None \
            or self.glued_setting.match(source, idx) is not None

    def _set_sentences(self, doc: Doc) -> None:
        """Sentences start at each line and region (a link or byline glued into a paragraph) and after . ! ? …
        followed by a capital, quote or digit.

        Reads the tokens as one array of (offset, length, is space, trailing space): making a Token object per
        token cost more than the decisions.
        """
        norm = norm_text(doc)
        source = norm.source
        region_starts = {start for start, _, _ in doc._.regions or ()}
        starts = []
        line_start = True
        previous = None  # (text, offset, trailing space) of the last non-space token
        earlier = None  # the text of the non-space token before it
        began = 0  # where the current sentence began
        for i, (idx, length, is_space, space_after) in enumerate(doc.to_array([IDX, LENGTH, IS_SPACE, SPACY]).tolist()):
            text = source[idx : idx + length]
            if is_space:
                starts.append(i == 0)
                line_start = line_start or LINE_END.search(text) is not None and norm.breaks_line(idx, idx + length)
                if previous is not None:  # white space read as one space ("&nbsp;", a second space) follows it
                    previous = (previous[0], previous[1], True)
                continue
            if line_start or i == 0 or idx in region_starts:
                starts.append(True)
            elif previous is not None and self._ends_sentence(source, previous[0], previous[1]):
                if _is_symbol(text):  # "Quảng Điền. 😀 Phát biểu": an emoji after the stop stays with its sentence,
                    starts.append(False)  # and the word after it is read against the stop
                    continue
                first = written(text)[:1]  # a zero-width character before a capital is no first letter
                starts.append(bool(previous[2] and (first.isupper() or first.isdigit() or first in "\"“'("))
                              and not _middle_initial(earlier, previous[0], text))
            elif previous is not None and self._glued_opener_at(source, text, idx, previous):
                starts.append(True)  # "… bản chất vấn đề Trước sự việc trên, đại biểu …": a sub-heading glued to its paragraph
            else:  # a run with no full stop (a page that lost them, a list): cut after a comma past the longest
                # sentence, anywhere past twice that, so that no component's work on one sentence grows without end
                long = idx - began > self.longest_sentence
                starts.append(long and (previous is not None and previous[0] in ",;" or idx - began > 2 * self.longest_sentence))
            if starts[-1]:
                began = idx
            line_start = False
            earlier = previous[0] if previous is not None else None
            previous = (text, idx, space_after)
        # One array write: setting token.is_sent_start one by one re-checks the whole doc each time.
        doc.from_array([SENT_START], numpy.array([1 if s else -1 for s in starts], dtype="int64").astype("uint64")[:, None])


@Language.factory(
    "vnx_layout",
    default_config={"max_header_lines": 12},
    assigns=["doc._.regions", "doc._.title", "doc._.category", "doc._.author", "doc._.published_at",
             "doc._.published_at_granularity", "token.is_sent_start"],
)
def make_layout(nlp: Language, name: str, max_header_lines: int) -> ArticleLayout:
    return ArticleLayout(max_header_lines)
