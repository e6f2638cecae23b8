"""Publication times as news pages print them: "Cập nhật lúc : 12/04/2024 17:19", "Thứ Sáu, 12/4/2024 17:19 (GMT+7)".

The patterns (dates day first, clock, UTC offset, labels, weekdays) are layout.yaml's ``dateline`` section; this module
interprets them for the layout (a line of the article) and for the fields users hand in (``published_at`` as a
Vietnamese site shows it, inputs.read_published_at).
"""
from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from functools import lru_cache

from .lexicons import load_yaml

_DATELINE = load_yaml("layout.yaml")["dateline"]
# Vietnam time, UTC+07:00 all year (no daylight saving): layout.yaml says it once for every reader
VIETNAM_TIME = datetime.strptime(_DATELINE["utc_offset"], "%z").tzinfo
_YEAR_DIGITS = re.compile(r"\d{4}")


def _full(pattern: str) -> re.Pattern:
    return re.compile(rf"(?:{pattern})", re.IGNORECASE)


class _Datelines:
    def __init__(self):
        self.dates = [_full(p) for p in _DATELINE["dates"]]
        self.dates_need_year = all(r"\d{4}" in p for p in _DATELINE["dates"])  # each pattern holds a year of four digits
        self.time = _full(_DATELINE["time"])
        self.offset = _full(_DATELINE["offset"])
        self.rest = _full(rf"(?:{_DATELINE['labels']}|{_DATELINE['weekday']}|{_DATELINE['filler']})*")

    def read(self, line: str) -> tuple[datetime, str] | None:
        if self.dates_need_year and _YEAR_DIGITS.search(line) is None:
            return None  # (the cheap test first: the layout runs it on every header and footer line)
        o = self.offset.search(line)
        if o:  # "(GMT+07:00)": its digits are no time of day
            line = line[: o.start()] + " " * (o.end() - o.start()) + line[o.end():]
        d = next(filter(None, (p.search(line) for p in self.dates)), None)
        if not d:
            return None
        t = self.time.search(line, d.end()) or self.time.search(line, 0, d.start())
        rest = line
        for m in sorted(filter(None, (d, t)), key=lambda m: m.start(), reverse=True):
            rest = rest[: m.start()] + " " + rest[m.end():]
        if not self.rest.fullmatch(rest):
            return None
        try:
            hour, minute, second = (int(t["H"]), int(t["M"]), int(t["S"] or 0)) if t else (0, 0, 0)
            if t and t["pm"] and hour < 12:
                hour += 12
            elif t and t["am"] and hour == 12:
                hour = 0
            tz = VIETNAM_TIME
            if o:  # the page's own zone, then read in Vietnam time as every publication time is (inputs)
                if int(o["om"] or 0) >= 60:
                    return None
                tz = timezone((-1 if o["sign"] == "-" else 1) * timedelta(hours=int(o["oh"]), minutes=int(o["om"] or 0)))
            stamp = datetime(int(d["y"]), int(d["m"]), int(d["d"]), hour, minute, second, tzinfo=tz).astimezone(VIETNAM_TIME)
            return stamp, ("second" if t["S"] else "minute") if t else "day"
        except ValueError:
            return None


@lru_cache(maxsize=1)
def _datelines() -> _Datelines:
    return _Datelines()


def read_dateline(line: str) -> tuple[datetime, str] | None:
    """(time in Vietnam time, granularity) of a line made only of a (labelled) date and time and the offset from UTC
    it may name (else Vietnam's), else None. A date without a time is a "day" at 00:00."""
    return _datelines().read(line)
