"""Where a regular expression may start in a text: try it there only.

The time grammar runs some sixty case-insensitive patterns over every article. Nearly every one opens with a
look-behind and an optional group, so Python's ``re`` finds no literal prefix to skip ahead to and tries the whole
pattern at every character. ``StartIndex`` reads, from each pattern's own parse tree, where a match can begin (a word
start) and with which few spellings, lists the word starts of a text once for all patterns, and ``finditer`` then
tries each unchanged pattern only there: the same matches, without the useless attempts. (No library derives this
from Python regexes; RE2's prefilter does something like it for RE2 syntax, which these patterns, with look-behinds
and back-references, are not.)
"""
from __future__ import annotations

import re
from functools import lru_cache

try:  # the parser of the ``re`` module itself (Python 3.11+; ``sre_parse`` before)
    import re._constants as _sre
    import re._parser as _parser
except ImportError:  # pragma: no cover - older Python
    import sre_constants as _sre
    import sre_parse as _parser


@lru_cache(maxsize=65536)  # asked for every distinct letter of every text
def _plain(ch: str) -> str | None:
    """``ch`` in lower case, when case-insensitive matching of it is plain lower-casing, else None."""
    low = ch.lower()
    return low if len(low) == 1 and ch.casefold() == low and low.upper().lower() == low else None


def _known_plain() -> re.Pattern:
    """Any character but ASCII and the characters of U+0080-U+2FFF (Latin, Vietnamese, combining marks,
    punctuation …) that ``_plain`` accepts: only the characters this finds need asking, one by one."""
    codes = [c for c in range(0x80, 0x3000) if _plain.__wrapped__(chr(c)) is not None]
    ranges, start = [], codes[0]
    for a, b in zip(codes, codes[1:] + [None]):
        if b != a + 1:
            ranges.append(f"\\u{start:04x}-\\u{a:04x}")
            start = b
    return re.compile(f"[^\\x00-\\x7f{''.join(ranges)}]")


_NOT_KNOWN_PLAIN = _known_plain()
_NON_WORD = re.compile(r"\W")


class FoldedText:
    """A text as the start index reads it: lower-cased once, character for character, and where it cannot be read so."""

    def __init__(self, text: str):
        lowered = text.lower()
        if len(lowered) != len(text):  # a character lower-cased to more ("İ"): kept as it is, one of those below
            lowered = "".join(c if len(low := c.lower()) != 1 else low for c in text)
        # Where lower-casing is not what case-insensitive matching does ("ſ", "ß", dotless "ı" …): the start index
        # tries every pattern at the word starts just before such a character, and reads the rest of the text as usual.
        self.unreadable = [m.start() for m in _NOT_KNOWN_PLAIN.finditer(lowered) if _plain(m.group()) is None]
        self.lowered = lowered


# -- where a pattern may start ---------------------------------------------------------------------------------------
#
# A time pattern opens with a look-behind (``(?<![\w])``, ``(?<![\w/.,:\-])``), often followed by an optional group
# or a repeat, and is case-insensitive: ``re`` then finds no first character or literal prefix to skip ahead to (see
# ``re._compiler._compile_info``) and runs the whole pattern at every character of the article, about 40 ns a
# character per pattern. Yet a match can only start at a word start (the look-behind), and only with one of a few
# spellings ("th…", "ng…", a digit …). ``StartIndex`` reads both facts from each pattern's parse tree, lists the
# word starts of a text once (one scan for all patterns), and looks up which patterns may start at each from its
# first ``k`` characters; ``finditer`` then tries the unchanged pattern only there. The positions tried are a
# superset of the positions where a match starts, and ``finditer`` keeps ``re.finditer``'s rules (leftmost match,
# the next one searched from the end of the last), so the matches are the very same; a pattern whose start this
# cannot bound (it may start anywhere or match the empty string) is left to ``re.finditer``.

ANY = "*"  # a prefix token: any character
DIG = "0"  # a prefix token: any character ``\d`` matches (every decimal digit reads as "0")
SPACE = " "  # a prefix token: any character ``\s`` matches (all white space reads as " ")


def _token(ch: str) -> str:
    """The token of one character of a text (lower-cased) or of a pattern (a literal)."""
    return DIG if ch.isdecimal() else SPACE if ch.isspace() else (_plain(ch) or ANY)


def _tokens(op, arg) -> set[str]:
    """The first-character tokens of one character-consuming element (a literal or a set)."""
    if op is _sre.LITERAL:
        return {_token(chr(arg))}
    if any(o is _sre.NEGATE for o, _ in arg):
        return {ANY}
    out: set[str] = set()
    for o, a in arg:
        if o is _sre.LITERAL:
            out |= _tokens(o, a)
        elif o is _sre.RANGE and all(chr(c).isdecimal() for c in range(a[0], a[1] + 1)):
            out.add(DIG)
        elif o is _sre.CATEGORY and a is _sre.CATEGORY_DIGIT:
            out.add(DIG)
        elif o is _sre.CATEGORY and a is _sre.CATEGORY_SPACE:
            out.add(SPACE)
        else:
            return {ANY}
    return {ANY} if ANY in out else out


def _concat(heads: set[str], tails: set[str], k: int) -> set[str]:
    """Each head followed by each tail, cut at ``k`` tokens; a head that is full or ends in ANY stays as it is."""
    out: set[str] = set()
    for h in heads:
        if len(h) >= k or h.endswith(ANY):
            out.add(h)
        else:
            out |= {(h + t)[:k] for t in tails}
    return out


def prefixes(seq, k: int) -> set[str]:
    """The first ``k`` tokens of every match of the parsed sequence ``seq``: each match begins with one of these
    (a shorter string is a whole match; ``*`` stands for any one character, and after it anything may follow)."""
    cur = {""}
    for op, arg in seq:
        if all(len(h) >= k or h.endswith(ANY) for h in cur):
            break
        if op is _sre.LITERAL or op is _sre.IN:
            step = _tokens(op, arg)
        elif op is _sre.SUBPATTERN:
            step = prefixes(arg[-1], k)
        elif op is getattr(_sre, "ATOMIC_GROUP", None):
            step = prefixes(arg, k)
        elif op is _sre.BRANCH:
            step = set().union(*(prefixes(alternative, k) for alternative in arg[1]))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) or op is getattr(_sre, "POSSESSIVE_REPEAT", None):
            low, high, body = arg
            once, times, step = prefixes(body, k), {""}, set()
            for n in range(min(high, low + k) + 1):  # beyond low + k repetitions nothing new fits in k tokens
                if n >= low:
                    step |= times
                times = _concat(times, once, k)
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT):
            continue  # zero width
        else:  # back-references, ".", conditionals …: nothing, or any characters
            step = {"", ANY}
        cur = _concat(cur, step, k)
    return cur


def _after_non_word(seq) -> bool | None:
    """Whether every match of ``seq`` passes a look-behind refusing a word character before its first character
    (True), may consume a character first (False), or neither yet (None: only zero-width elements so far)."""
    for op, arg in seq:
        if op is _sre.ASSERT_NOT and arg[0] == -1:  # (?<!…): refuses a word character if its set holds \w
            body = list(arg[1])
            if len(body) == 1 and body[0][0] is _sre.IN and \
                    any(o is _sre.CATEGORY and a is _sre.CATEGORY_WORD for o, a in body[0][1]) and \
                    not any(o is _sre.NEGATE for o, _ in body[0][1]):
                return True
            continue
        if op in (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT):
            continue
        if op is _sre.SUBPATTERN:
            if arg[1] & (_sre.SRE_FLAG_ASCII | _sre.SRE_FLAG_LOCALE):
                return False  # \w of ASCII or of a locale: not the word characters of the scan
            inner = _after_non_word(arg[-1])
        elif op is _sre.BRANCH:
            found = [_after_non_word(alternative) for alternative in arg[1]]
            if False in found:
                return False
            inner = True if all(found) else None  # an alternative of only zero-width elements leaves it to the rest
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) or op is getattr(_sre, "POSSESSIVE_REPEAT", None):
            inner = _after_non_word(arg[2])
            if inner is False:
                return False
            if arg[0] == 0:  # may be skipped: the rest decides
                inner = None
        else:
            return False
        if inner is not None:
            return inner
    return None


def _trie_regex(node: dict) -> str:
    """A regular expression for the token strings of a trie (``_END`` marks where one ends)."""
    branches = []
    for token, child in node.items():
        if token is _END:
            continue
        head = {DIG: r"\d", SPACE: r"\s", ANY: r"(?s:.)"}.get(token) or re.escape(token)
        tail = _trie_regex(child)
        branches.append(head + (f"(?:{tail})?" if _END in child and tail else f"(?:{tail})" if tail else ""))
    return "|".join(branches)


_END = None  # a trie key: the patterns whose prefix ends at this node


class StartIndex:
    """Where each of ``patterns`` may start in a text, from one scan of the text's word starts."""

    def __init__(self, patterns: dict[str, re.Pattern], k: int = 4):
        self.k = k
        self._trie: dict = {}  # prefix tokens, one level each -> ... -> {_END: the patterns that may start so}
        self.indexed: list[str] = []  # the patterns handled here, in this order; the others go to re.finditer
        for kind, pattern in patterns.items():
            if pattern.flags & (re.ASCII | re.LOCALE) or not isinstance(pattern.pattern, str):
                continue
            try:
                parsed = _parser.parse(pattern.pattern, pattern.flags)
                starts = prefixes(parsed, k) if _after_non_word(parsed) else None
            except Exception:  # a parser this module does not know
                starts = None
            if not starts or any(s == "" or s[0] == ANY for s in starts):
                continue  # may start with anything, or match the empty string
            for s in starts:
                node = self._trie
                for token in s:
                    node = node.setdefault(token, {})
                node.setdefault(_END, []).append(len(self.indexed))
            self.indexed.append(kind)
        # The word starts worth a look, found in the lower-cased text (where each token is one plain character, as in
        # the lookup): one of the prefixes after a non-word character (consumed, so that re skips ahead to the
        # non-word characters), or at the very start. Lower-casing keeps every character a word character or not,
        # and a digit or not (tests/test_prefilter.py checks all of Unicode).
        trie = _trie_regex(self._trie)
        self._scan = re.compile(rf"\W(?=(?:{trie}))") if self.indexed else None
        self._scan_first = re.compile(trie) if self.indexed else None
        self._memo: dict[str, tuple[int, ...]] = {}

    def _lookup(self, key: str) -> tuple[int, ...]:
        """The patterns that may start with the (lower-cased) characters ``key``."""
        tokens = [DIG if c.isdecimal() else SPACE if c.isspace() else c for c in key]
        hits: set[int] = set()
        nodes = [self._trie]
        for token in tokens + [None]:  # walk every path the key follows, a token or ANY at each step
            following = []
            for node in nodes:
                hits.update(node.get(_END, ()))
                if token is not None:
                    following += [node[t] for t in (token, ANY) if t in node]
            nodes = following
        found = tuple(sorted(hits))
        if len(self._memo) > 100_000:
            self._memo.clear()
        self._memo[key] = found
        return found

    def starts(self, folded: FoldedText, text: str) -> dict[str, list[int]] | None:
        """The positions where each indexed pattern may start in ``text`` (None when no pattern is indexed)."""
        if self._scan is None:
            return None
        lowered, k = folded.lowered, self.k
        out: list[list[int]] = [[] for _ in self.indexed]
        memo = self._memo
        found_at = [m.end() for m in self._scan.finditer(lowered)]
        if self._scan_first.match(lowered):
            found_at.insert(0, 0)
        # A word start with an unreadable character among its first k: its lower-cased characters are not what
        # case-insensitive matching compares, so every pattern is tried there.
        anywhere = {p for u in folded.unreadable for p in range(max(0, u - k + 1), u + 1)
                    if p == 0 or _NON_WORD.match(lowered, p - 1)}
        if anywhere:
            found_at = sorted(anywhere.union(found_at))
        every = tuple(range(len(self.indexed)))
        for p in found_at:
            if p in anywhere:
                found = every
            else:
                key = lowered[p:p + k]
                found = memo.get(key)
                if found is None:
                    found = self._lookup(key)
            for i in found:
                out[i].append(p)
        return dict(zip(self.indexed, out))


def finditer(pattern: re.Pattern, text: str, starts: list[int]):
    """``pattern.finditer(text)`` when every match starts at one of ``starts`` (ascending) and none is empty."""
    end = 0
    for p in starts:
        if p >= end:
            m = pattern.match(text, p)
            if m is not None:
                yield m
                end = m.end()
