"""Skip a regular expression on a text that cannot hold a match.

The time grammar runs some fifty case-insensitive patterns over every article, and most of them find nothing
in most articles ("thế kỷ", "thập niên", "Tết", "rằm" are rare): Python's ``re`` still tries each pattern at every
character, because a pattern that opens with a look-behind or is case-insensitive gets none of its
literal-prefix shortcuts. ``Prefilter`` reads, from the pattern's own parse tree, literals that every match must
contain — "thế k" or "thế kỉ"… and a digit, for instance — and answers in one substring search per literal
whether the pattern can match the text at all. The answer is conservative: a text a pattern could match always
passes, so the matches are the same; only the useless scans go. (No library derives required literals
from Python regexes; RE2's prefilter does it for RE2 syntax, which these patterns, with look-behinds and
back-references, are not.)
"""
from __future__ import annotations

import re
from itertools import product

try:  # the parser of the ``re`` module itself (Python 3.11+; ``sre_parse`` before)
    import re._constants as _sre
    import re._parser as _parser
except ImportError:  # pragma: no cover - older Python
    import sre_constants as _sre
    import sre_parse as _parser

DIGIT = "\\d"  # a clause element meaning "any character ``\\d`` matches"
_MAX_STRINGS = 16  # a clause with more alternatives than this costs more to test than it saves
_ANY_DIGIT = re.compile(r"\d")

Clause = frozenset  # one of these literals (or DIGIT) occurs in every match
Conjunction = list  # every clause holds


def _plain(ch: str) -> str | None:
    """``ch`` in lower case, when case-insensitive matching of it is plain lower-casing, else None."""
    low = ch.lower()
    return low if len(low) == 1 and ch.casefold() == low and low.upper().lower() == low else None


def _charset(items) -> set[str] | None:
    """The characters a small ``[...]`` set matches (lower case), DIGIT for ``\\d``, or None."""
    out: set[str] = set()
    for op, arg in items:
        if op is _sre.LITERAL:
            low = _plain(chr(arg))
            if low is None:
                return None
            out.add(low)
        elif op is _sre.CATEGORY and arg is _sre.CATEGORY_DIGIT:
            out.add(DIGIT)
        elif op is _sre.RANGE and arg == (ord("0"), ord("9")):
            out.add(DIGIT)
        else:  # negation, other categories, wide ranges
            return None
    return out if out and len(out) <= 8 else None


def _score(clause: Clause) -> float:
    """How selective a clause is: its shortest literal (a digit counts least)."""
    return min(0.5 if s == DIGIT else len(s) for s in clause)


def _clauses(seq) -> Conjunction:
    """Clauses that every match of the parsed sequence ``seq`` satisfies."""
    out: Conjunction = []
    run: set[str] | None = None  # the literal strings a stretch of consecutive literals can be

    def close() -> None:
        nonlocal run
        if run:
            out.append(Clause(run))
        run = None

    for op, arg in seq:
        chars: set[str] | None = None
        if op is _sre.LITERAL:
            low = _plain(chr(arg))
            chars = {low} if low is not None else None
        elif op is _sre.IN:
            chars = _charset(arg)
            if chars is not None and DIGIT in chars:
                close()
                out.append(Clause(chars))
                continue
        if chars is not None:
            grown = {a + b for a, b in product(run or {""}, chars)}
            if len(grown) <= _MAX_STRINGS:
                run = grown
                continue
            close()
            run = set(chars)
            continue
        close()
        if op is _sre.SUBPATTERN:
            out += _clauses(arg[-1])
        elif op is getattr(_sre, "ATOMIC_GROUP", None):
            out += _clauses(arg)
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) or op is getattr(_sre, "POSSESSIVE_REPEAT", None):
            low_count, _high, body = arg
            if low_count >= 1:
                out += _clauses(body)
        elif op is _sre.BRANCH:
            union: set[str] = set()
            for alternative in arg[1]:
                best = max(_clauses(alternative), key=_score, default=None)
                if best is None:
                    union = set()
                    break
                union |= best
            if union and len(union) <= _MAX_STRINGS * 4:
                out.append(Clause(union))
        elif op is _sre.CATEGORY and arg is _sre.CATEGORY_DIGIT:
            out.append(Clause({DIGIT}))
        # look-arounds, anchors, back-references, ANY: nothing required
    close()
    return out


class FoldedText:
    """A text as the prefilters test it: lower-cased once, with its digits noted."""

    def __init__(self, text: str):
        lowered = text.lower()
        # Only where lower-casing is what case-insensitive matching does, character for character
        # (not for "ſ", "ß", dotless "ı" …): otherwise every pattern runs.
        self.usable = len(lowered) == len(text) and all(_plain(c) is not None for c in set(lowered) if not c.isascii())
        self.lowered = lowered
        self._digit: bool | None = None

    def holds(self, literal: str) -> bool:
        if literal == DIGIT:
            if self._digit is None:
                self._digit = _ANY_DIGIT.search(self.lowered) is not None
            return self._digit
        return literal in self.lowered


class Prefilter:
    """``may_match(folded)`` is False only when ``pattern`` cannot match the text."""

    def __init__(self, pattern: re.Pattern, clauses: int = 2):
        try:
            found = _clauses(_parser.parse(pattern.pattern, pattern.flags))
        except Exception:  # a parser this module does not know: no prefilter, every text passes
            found = []
        self.clauses = sorted(found, key=_score, reverse=True)[:clauses]

    def may_match(self, folded: FoldedText) -> bool:
        if not folded.usable:
            return True
        return all(any(folded.holds(s) for s in clause) for clause in self.clauses)
