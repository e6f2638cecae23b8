"""Checking what users hand to vnx: text fit to be an article, and its fields (id, url, source, publication time).

Every problem is an ``InputError`` with a code and a one-line message naming what is wrong.
"""
from __future__ import annotations

import email.utils
import numbers
import re
import unicodedata
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache

from .datelines import VIETNAM_TIME, read_dateline
from .lexicons import load_yaml
from .text import is_blank, marks, normalize, unmarked

DEFAULT_MAX_CHARS = 1_000_000
# a publication time outside these is a placeholder (0001-01-01, 9999-12-31) or a typo, not a news article's
EARLIEST_YEAR = 1900


class InputError(ValueError):
    """A user's input that vnx cannot process; ``code`` is one of ErrorInfo's codes."""

    def __init__(self, code: str, message: str, article_id: str | None = None):
        super().__init__(message)
        self.code = code
        self.message = message
        self.article_id = article_id


_WORD = re.compile(r"\w+")
# Vietnamese typed without its marks writes (almost) none: at most this many marks per word, as a stray accented name
_UNMARKED_MARKS_PER_WORD = 0.02
# ... and uses at least this many different function words (an English "do" alone is not "đó")
_UNMARKED_MIN_DISTINCT = 2
# Vietnamese writes letters no other language does (ơ, ư, and vowels with a hook above, a dot below or two marks: "ả",
# "ạ", "ấ") in at least this share of its words that are not capitalised as names (28% or more in each of the 800 sample
# articles, 12% or more in each of the 7,471 citation sentences of 40 words or more); English or French naming
# Vietnamese people and places writes them in the names only (0%)
_OWN_LETTER_WORDS = 0.10
_OWN_MARKS = frozenset("\u031b\u0309\u0323")  # horn, hook above, dot below
# Half of a UTF-16 pair: a JSON "\\ud83d" escape with no partner decodes to one, and no Unicode text can hold it.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def check_unicode(value: str, what: str, article_id: str | None = None) -> None:
    if found := _LONE_SURROGATE.search(value):
        raise InputError("encoding", f"{what} holds a lone UTF-16 surrogate (\\u{ord(found.group()):04x} at character "
                                     f"{found.start()}), half of a character: not valid Unicode text", article_id)


def check_text(text: object, name: str = "input", max_chars: int = DEFAULT_MAX_CHARS) -> str:
    """Return ``text`` if it can be an article, else raise ``InputError``."""
    if not isinstance(text, str):
        raise InputError("bad_field", f"{name}: the article text must be a string, got {type(text).__name__}")
    if len(text) > max_chars:
        raise InputError("too_large", f"{name} has {len(text):,} characters, more than the limit of {max_chars:,}")
    check_unicode(text, name)
    if is_blank(text):  # blank, or only zero-width characters
        raise InputError("empty", f"{name} is empty" if not text else
                         f"{name} holds only white space ({len(text):,} character{'s' * (len(text) != 1)})")
    facts = load_yaml("language.yaml")
    sample = normalize(text[:20000]).text  # the matching form: a soft hyphen or zero-width space splits no word
    if not any(c.isalpha() for c in sample):
        raise InputError("not_vietnamese", f"{name} holds no letter (only digits, punctuation or symbols): no Vietnamese text to read")
    written = _WORD.findall(sample)
    words = [word.lower() for word in written]
    share, marked = _share(words), marks(sample)
    if marked <= _UNMARKED_MARKS_PER_WORD * len(words):  # (almost) no diacritic: Vietnamese typed without them?
        bare = _unmarked_function_words(words)
        if len(bare) >= facts["min_share"] * len(words) and len(set(bare)) >= _UNMARKED_MIN_DISTINCT:
            raise InputError("not_vietnamese", f"{name} is Vietnamese written without its diacritics ({len(bare) / len(words):.1%} "
                                               "of its words are Vietnamese function words without their marks, as 'cua', "
                                               "'duoc'): vnx reads Vietnamese only with its tone and vowel marks and 'đ'")
    if share >= facts["min_share"] or (len(words) < facts["min_words"] and (share or marked)):
        return text  # a short text passes with one function word or one Vietnamese diacritic
    if (own := _own_letter_share(written)) >= _OWN_LETTER_WORDS:
        return text  # a headline or a list, of few function words, in Vietnamese spelling
    if len(words) >= facts["min_words"]:
        raise InputError("not_vietnamese", f"{name} does not look like Vietnamese text: {share:.1%} of its words are Vietnamese "
                                           f"function words (Vietnamese prose: {facts['min_share']:.0%} or more) and {own:.1%} are "
                                           f"lower-case words in letters only Vietnamese writes ({_OWN_LETTER_WORDS:.0%} or more)")
    raise InputError("not_vietnamese", f"{name} does not look like Vietnamese text ({len(words)} word{'s' * (len(words) != 1)}, "
                                       "none of them a Vietnamese function word, and no letter with a Vietnamese diacritic)")


def _unmarked_function_words(words: list[str]) -> list[str]:
    """The ``words`` (lower case) that are Vietnamese function words typed without marks ("cua", "duoc", "va")."""
    bare = {unmarked(w).replace("đ", "d") for w in load_yaml("language.yaml")["function_words"]}
    return [w for w in words if w in bare]


def _own_letter_share(words: list[str]) -> float:
    """Share of ``words`` (as written) not capitalised as names ("vi", "PHẠM"; not "Phạm") that have a letter only
    Vietnamese writes."""
    own = _own_letters()
    return sum(1 for word in words if not word.istitle() and not own.isdisjoint(word.lower())) / len(words) if words else 0.0


@lru_cache(maxsize=1)
def _own_letters() -> frozenset[str]:
    """The vowels of Vietnamese (language.yaml) that no other language writes: with a horn, a hook above or a dot
    below, or with two marks ("ấ")."""
    marks_of = {c: {m for m in unicodedata.normalize("NFD", c) if unicodedata.combining(m)}
                for c in load_yaml("language.yaml")["syllable_vowels"]}
    return frozenset(c for c, found in marks_of.items() if found & _OWN_MARKS or len(found) >= 2)


def vietnamese_share(text: str) -> float:
    """Share of the word tokens (of the first 20,000 characters) that are frequent Vietnamese function words."""
    return _share(_WORD.findall(normalize(text[:20000]).text.lower()))  # the matching form: NFC, invisible characters dropped


def _share(words: list[str]) -> float:
    """Share of ``words`` (lower case, of the matching form) that are frequent Vietnamese function words."""
    return sum(map(_function_words().__contains__, words)) / len(words) if words else 0.0


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    return frozenset(load_yaml("language.yaml")["function_words"])


def check_fields(id: object = None, url: object = None, source: object = None) -> dict:
    """An article's id, url and source as a record holds them, else ``InputError``: the id a string
    (a number is written as one), url and source strings."""
    if id is not None:
        if isinstance(id, bool) or not isinstance(id, (str, numbers.Integral)):  # numpy's integers too (a DataFrame's rows)
            raise InputError("bad_field", f"article id must be a string or an integer, got {type(id).__name__} {id!r}"[:200])
        id = id if isinstance(id, str) else str(int(id))
        check_unicode(id, "article id")
    for key, value in (("url", url), ("source", source)):
        if value is not None and not isinstance(value, str):
            raise InputError("bad_field", f'article field "{key}" must be a string, got {type(value).__name__}',
                             article_id=id)
        if value is not None:
            check_unicode(value, f'article field "{key}"', id)
    return {"id": id, "url": url, "source": source}


def parse_published_at(value: object, name: str = "published_at") -> datetime | None:
    """A date string (ISO 8601, RFC 2822, a Unix time or a Vietnamese dateline: ``_from_string``), a Unix time, a
    datetime or a date, in Vietnam time (+07:00): a value without offset is taken as Vietnam
    time, one with another offset converted to it, so that the article's day is Vietnam's. A time before
    ``EARLIEST_YEAR`` or after the day a year from today (``latest_day``; a sentinel such as 0001-01-01 or 9999-12-31)
    is refused."""
    return read_published_at(value, name)[0]


# the time of day of an ISO 8601 string, after its date: "T17", "T17:19", "T1719", " 17:19:05.5", then an offset
# a UTC offset as Python's fromisoformat reads it: "Z", "+07", "-05:00", "-05:00:00", also after a space
_OFFSET = r"(?:\s*(?:Z|[+-]\d{2}(?::?\d{2}(?::?\d{2}(?:[.,]\d+)?)?)?))?"
_ISO_TIME = re.compile(r"[T ](?P<time>\d{2}(?::?\d{2}(?::?\d{2}(?:[.,]\d+)?)?)?)" + _OFFSET + "$", re.IGNORECASE)
_YEAR_OR_MONTH = re.compile(r"\d{4}(?:-\d{2})?")
# an ISO 8601 week without its day ("2024-W15"): Python reads it as the week's Monday, a day nobody wrote
_WEEK = re.compile(r"\d{4}-?W\d{2}", re.IGNORECASE)
# ISO 8601's end of a day, "24:00" ("2024-04-12T24:00" is 2024-04-13T00:00), which Python does not read: the date and
# separator, then the rest of the time after the hour (zeros only) and the offset
_END_OF_DAY = re.compile(r"(?P<date>.+[T ])24(?P<rest>(?::?00(?::?00(?:[.,]0+)?)?)?" + _OFFSET + ")", re.IGNORECASE)


# a Unix time written as a string: seconds (9 or 10 digits, 1973 to 2286) or milliseconds (12 or 13), as JSON
# exports of scraped pages store it
_UNIX_TIME = re.compile(r"(?P<seconds>\d{9,10})(?:\.\d+)?|(?P<milliseconds>\d{12,13})")
_RFC_2822_SECONDS = re.compile(r"\d:\d{2}:\d{2}")
_ACCEPTED = ("ISO 8601 (2024-04-12, 2024-04-12T17:19+07:00), RFC 2822 as feeds write it (Fri, 12 Apr 2024 17:19:00 "
             "+0700), a Unix time (1712917140), or day first as Vietnamese pages print it (12/04/2024 17:19)")


def _from_unix(seconds: float, name: str) -> datetime:
    """The UTC time ``seconds`` after 1970 (milliseconds when it is above 10^11, past the year 5138 in seconds). Below
    10^8 (1973) it is no Unix time of a news page but a year or a count ("published_at": 2024)."""
    if seconds < 1e8:
        raise InputError("bad_field", f"{name} {seconds!r} is no date: a number is read as a Unix time (seconds since "
                                      "1970), and this one is before 1973")
    try:
        return datetime.fromtimestamp(seconds / 1000 if seconds > 1e11 else seconds, timezone.utc)
    except (OverflowError, OSError, ValueError):
        raise InputError("bad_field", f"{name} {seconds!r} is no Unix time of a news article") from None


def _from_string(text: str, name: str) -> tuple[datetime, str]:
    """(time, granularity) of a publication time written as ISO 8601, RFC 2822, a Unix time or a Vietnamese dateline;
    a time without an offset is Vietnam's (read_published_at)."""
    if _WEEK.fullmatch(text):
        raise InputError("bad_field", f"{name} {text!r} names a week, not a day: weeks are not accepted, give "
                                      "the publication day, as 2024-04-12")
    try:
        stamp = _from_iso(text)
    except ValueError:
        if _YEAR_OR_MONTH.fullmatch(text):  # valid ISO 8601, but no day to date an article or anchor "hôm qua"
            raise InputError("bad_field", f"{name} {text!r} names a year or a month, not a day: give the "
                                          "publication day at least, as 2024-04-12") from None
        return _from_other_notation(text, name)
    clock = _ISO_TIME.search(text)
    digits = sum(c.isdigit() for c in clock["time"].split(".")[0].split(",")[0]) if clock else 0
    granularity = {2: "hour", 4: "minute"}.get(digits, "second" if digits else "day")
    if granularity == "day":  # a date alone: what follows it is no time ("2024-04-12+07:00", which fromisoformat
        stamp = datetime.combine(stamp.date(), datetime.min.time())  # reads as 07:00), the day is the day written
    return stamp, granularity


def _from_other_notation(text: str, name: str) -> tuple[datetime, str]:
    """A Unix time, a dateline as Vietnamese pages print it (layout.yaml, day first: "14/05/2019 08:30", "Thứ ba,
    14/5/2019, 08:30 (GMT+7)") or an RFC 2822 date (RSS ``pubDate``, e-mail; read by the standard library's
    ``email.utils``, made for it), else ``InputError`` naming the notations read."""
    if unix := _UNIX_TIME.fullmatch(text):
        return _from_unix(float(text) if unix["seconds"] else int(text), name), "second"
    if dated := read_dateline(text):
        return dated
    try:
        stamp = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        raise InputError("bad_field", f"{name} {text!r} is no date vnx reads: give {_ACCEPTED}") from None
    if stamp.tzinfo is None and "-0000" in text:  # RFC 2822's "-0000": UTC, the sender's own zone unknown
        stamp = stamp.replace(tzinfo=timezone.utc)
    return stamp, "second" if _RFC_2822_SECONDS.search(text) else "minute"


def latest_day(today: date | None = None) -> date:
    """The last publication day accepted: the same day a year after ``today`` (Vietnam's today), 28 February for a
    29 February."""
    today = today or datetime.now(VIETNAM_TIME).date()
    try:
        return today.replace(year=today.year + 1)
    except ValueError:  # 29 February, and no such day next year
        return today.replace(year=today.year + 1, day=28)


def _from_iso(text: str) -> datetime:
    """``datetime.fromisoformat`` of ``text`` ("Z" for UTC too), with ISO 8601's "24:00" read as the next day's 00:00."""
    text = text.replace("Z", "+00:00").replace("z", "+00:00")
    if end := _END_OF_DAY.fullmatch(text):
        return datetime.fromisoformat(f"{end['date']}00{end['rest']}") + timedelta(days=1)
    return datetime.fromisoformat(text)


def read_published_at(value: object, name: str = "published_at") -> tuple[datetime | None, str | None]:
    """(``parse_published_at``'s time, its granularity): how much of the time the value states, "day" for a date
    alone (a ``date``, "2024-04-12"), "hour", "minute" or "second" for a string with a time ("2024-04-12T17:19" is a
    minute); a ``datetime`` states its second. A day alone is kept at 00:00 Vietnam time: that midnight was written by
    nobody, and the granularity says so."""
    if value is None or value == "":
        return None, None
    if isinstance(value, datetime):
        stamp, granularity = value, "second"
    elif isinstance(value, date):
        stamp, granularity = datetime.combine(value, datetime.min.time()), "day"
    elif isinstance(value, numbers.Real) and not isinstance(value, bool):  # a Unix time, as scrapers store it
        stamp, granularity = _from_unix(value, name), "second"
    elif isinstance(value, str):
        stamp, granularity = _from_string(value.strip(), name)
    else:
        raise InputError("bad_field", f"{name} must be a date string, a Unix time, a datetime or a date, got "
                                      f"{type(value).__name__}")
    shown = value if isinstance(value, (str, numbers.Real)) else value.isoformat()
    latest = datetime.combine(latest_day(), datetime.max.time(), VIETNAM_TIME)
    try:
        stamp = stamp.astimezone(VIETNAM_TIME) if stamp.tzinfo else stamp.replace(tzinfo=VIETNAM_TIME)
        too_early, too_late = stamp.year < EARLIEST_YEAR, stamp > latest
    except OverflowError:  # an offset that moves it past year 1 or 9999
        too_early, too_late = stamp.year < EARLIEST_YEAR, stamp.year >= EARLIEST_YEAR
    if too_early:
        raise InputError("bad_field", f"{name} {shown!r} is before {EARLIEST_YEAR}: not the publication time of a news article")
    if too_late:
        raise InputError("bad_field", f"{name} {shown!r} is after {latest:%Y-%m-%d}, a year from today: "
                                           "not the publication time of a news article")
    return stamp, granularity
