"""Streaming readers for news archives: what ``vnx bulk`` takes in, one ``Item`` per article.

Readers only cut the input into articles and never hold more than one of them (a line, a
record, a Parquet batch) in memory; decoding, HTML extraction and encoding repair happen
later in the worker (``to_article``), so the reading process is never the bottleneck.
Every item has a ``key`` naming where it came from ("dir/a.jsonl.gz:17", "x.warc.gz#3"),
stable across runs of the same inputs: ``--resume`` relies on that.
"""
from __future__ import annotations

import codecs
import gzip
import io
import json
import logging
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO, Any

from .encodings import UTF8, UTF8_REPLACED, decode_bytes, lost_note, repair, unicode_bom
from .inputs import VIETNAM_TIME, InputError, check_fields, check_unicode, read_published_at
from .records import ARTICLE_FIELDS

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz", ".jsonl.zst", ".ndjson.zst")
TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
PARQUET_SUFFIXES = (".parquet",)
WARC_SUFFIXES = (".warc", ".warc.gz")
# inputs holding many articles in a compressed, columnar or crawl format (what `vnx extract` sends to `vnx bulk`)
ARCHIVE_SUFFIXES = (*(s for s in JSONL_SUFFIXES if s.endswith((".gz", ".zst"))), *PARQUET_SUFFIXES, *WARC_SUFFIXES)
SUFFIXES = JSONL_SUFFIXES + TEXT_SUFFIXES + HTML_SUFFIXES + PARQUET_SUFFIXES + WARC_SUFFIXES
# what an archive may state of an article beside ARTICLE_FIELDS: a page instead of its text, and its title and author,
# which win over the layout's reading of the text (a text need not start with its title)
STATED_FIELDS = ("title", "author")
INPUT_FIELDS = (*ARTICLE_FIELDS, "html", *STATED_FIELDS)
# the loggers of the HTML readers, whose warnings ("discarding data: None") would reach stderr beside vnx's own
_QUIET_LOGGERS = ("trafilatura", "htmldate")
# an article's id in a JSON line that cannot be read whole: a JSON string without escapes, or an integer (what
# check_fields takes); a list, float or boolean id gives none
_ID_PREFIX = re.compile(rb'"id"\s*:\s*(?:"([^"\\\n]{1,200})"|(-?\d{1,30})\s*[,}])')
# a page's main text with no line of this many words is a menu or a list of links, no article (the longest line of each
# of the 800 sample articles has 97 words or more; a news brief's one paragraph has well over 10)
_MIN_PARAGRAPH_WORDS = 10
_WORD = re.compile(r"\w+")
# a line of a JSON Lines block that holds more than white space (as ``bytes.strip`` sees it): one article, or an error row
_FILLED_LINE = re.compile(rb"^[ \t\r\x0b\x0c]*[^ \t\r\n\x0b\x0c]", re.MULTILINE)
# the names of the meta tags that can state a publication date (htmldate's are among them; "copyrightYear" is not)
_DATE_META = re.compile(r"date|time|publish|modif|creat|issue|url", re.IGNORECASE)
_HTMLDATE_FORMAT = "%Y-%m-%dT%H:%M:%S%z"
_TIMES = {1: "once", 2: "twice"}


@dataclass
class Item:
    """One article as read: ``kind`` says what ``payload`` is.

    json: the raw JSON line (bytes); file: path of a .txt/.html file; row: a dict of fields;
    html: page bytes with ``meta`` (url, id); error: (code, message) found while reading.
    """

    key: str
    kind: str
    payload: Any
    size: int
    meta: dict = field(default_factory=dict)


class BadInput(ValueError):
    """An input path that is missing or of a type vnx cannot read."""


class Unreadable(Exception):
    """An article that cannot become text: ``code`` is one of ErrorInfo's codes."""

    def __init__(self, code: str, message: str, id: str | None = None, encoding: str | None = None):
        super().__init__(message)
        self.code, self.message, self.id, self.encoding = code, message, id, encoding


class NotHtml(Unreadable):
    """A "page" with no HTML tag in it: plain text, which its reader reads as plain text (``TAGLESS_PAGE``)."""


TAGLESS_PAGE = "the page has no HTML tag in it: read as plain text"


def kind_of(path: str) -> str | None:
    name = path.lower()
    for kind, suffixes in (("jsonl", JSONL_SUFFIXES), ("text", TEXT_SUFFIXES), ("html", HTML_SUFFIXES),
                           ("parquet", PARQUET_SUFFIXES), ("warc", WARC_SUFFIXES)):
        if name.endswith(suffixes):
            return kind
    return None


def input_files(paths: list[str], skipped: list[str] | None = None, jobs: list[str] | None = None) -> list[str]:
    """The input files under ``paths`` (files and directory trees), in a stable sorted order; the files of
    a directory that are of no known type (hidden ones aside) are added to ``skipped``, the output directories of vnx
    bulk jobs found in a tree (``archive/ --out archive/run1``) to ``jobs``, unread."""
    files = []
    for path in paths:
        if os.path.isdir(path):
            for root, dirs, names in os.walk(path):
                if "job.json" in names and "parts" in dirs:  # a vnx bulk job's output (bulk.JOB, bulk.PARTS): records
                    (jobs if jobs is not None else []).append(root)  # to query, not articles to read again
                    dirs.clear()
                    continue
                dirs.sort()
                for name in sorted(n for n in names if not n.startswith(".")):
                    (files if kind_of(name) else skipped if skipped is not None else []).append(os.path.join(root, name))
        elif os.path.exists(path):
            if not kind_of(path):
                raise BadInput(f"{path}: unknown input type (expected one of {', '.join(SUFFIXES)})")
            files.append(path)
        elif path == "-":
            raise BadInput("-: vnx bulk reads files, not stdin (it cuts them into chunks it can resume): save the "
                           "stream to a file, or pipe it into `vnx extract`")
        else:
            raise BadInput(f"{path}: no such file or directory")
    return files


class _ZstdChecked(io.RawIOBase):
    """A zstd file as the package's reader streams it (memory bounded by the read size; what precedes damage is read),
    then checked at its end: the reader ends a truncated frame silently, where ``gzip`` raises, and a cut archive would
    pass for a whole one."""

    def __init__(self, path: str):
        import zstandard

        self._path, self._checked = path, False
        self._reader = zstandard.ZstdDecompressor().stream_reader(open(path, "rb"), closefd=True)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        n = self._reader.readinto(buffer)
        if n == 0 and not self._checked:
            self._checked = True
            _check_zstd_frames(self._path)
        return n

    def close(self) -> None:
        self._reader.close()
        super().close()


def _check_zstd_frames(path: str) -> None:
    """Raise EOFError when a zstd file ends inside a frame: its frames decompressed again from 1 KB pieces, the output
    dropped as it comes (a second pass, fast beside extraction; memory bounded by a piece's expansion)."""
    import zstandard

    new_frame = zstandard.ZstdDecompressor().decompressobj
    frame, inside = new_frame(), False
    with open(path, "rb") as handle:
        while piece := handle.read(1024):
            while piece:
                if frame.eof:
                    frame = new_frame()
                frame.decompress(piece)
                inside = not frame.eof
                piece = frame.unused_data if frame.eof else b""
    if inside:
        raise EOFError("the file ends inside a zstd frame (truncated)")


# a page: after an optional BOM, XML declaration (XHTML) and comments, its doctype or <html>
_PAGE_START = re.compile(r"\ufeff?\s*(?:<\?xml\b[^>]*\?>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S)


_TAG = re.compile(r"<[a-zA-Z!/?]")  # any markup at all: a page, or a fragment of one ("<p>…")


def looks_like_page(text: str) -> bool:
    """Whether ``text`` starts as a whole HTML page does: how ``vnx extract`` and ``vnx bulk`` tell a page saved under
    any name from a plain text."""
    return _PAGE_START.match(text) is not None


# how much of a file's start is read to tell JSON Lines by content, and how many of its first lines are looked at
JSONL_PROBE_BYTES = 1 << 20
_JSONL_PROBE_LINES = 5


def looks_like_jsonl(head: bytes, whole: bool) -> bool:
    """Whether a file starting with ``head`` (all of it when ``whole``) holds JSON Lines of articles: each non-blank
    line among its first few that ``head`` holds entire is a JSON object with a "text" or "html" string, and there is
    one at least. No article's text is made of such lines: how vnx tells a .txt file of JSON Lines from an article,
    as ``looks_like_page`` tells a page."""
    wide = unicode_bom(head[:4])
    text = head.decode(wide or "utf-8", errors="replace").lstrip("\ufeff")
    lines = text.split("\n") if whole else text.split("\n")[:-1]  # the last line of a head may be cut
    filled = [line for line in lines if line.strip()][:_JSONL_PROBE_LINES]
    for line in filled:
        try:
            article = json.loads(line)
        except (ValueError, RecursionError):
            return False
        if not isinstance(article, dict) or not any(isinstance(article.get(k), str) for k in ("text", "html")):
            return False
    return bool(filled)


def jsonl_by_content(path: str) -> bool:
    """Whether the file at ``path``, named as one article (.txt), holds JSON Lines (``looks_like_jsonl``); a FIFO or
    device is not read here (its bytes would be consumed)."""
    if not os.path.isfile(path):
        return False
    with open(path, "rb") as handle:
        head = handle.read(JSONL_PROBE_BYTES)
    return looks_like_jsonl(head, len(head) < JSONL_PROBE_BYTES)


def jsonl_note(name: str) -> str:
    """What a record read from a .txt file of JSON Lines says of it."""
    return (f'{name} was read as JSON Lines by its content (its first lines are JSON objects with "text" or "html"), '
            "one article per line")


def _open_binary(path: str) -> io.BufferedIOBase:
    if path.endswith(".gz"):
        return gzip.open(path, "rb")
    if path.endswith(".zst"):
        return io.BufferedReader(_ZstdChecked(path), buffer_size=1 << 16)
    return open(path, "rb")


def shown_path(path: str) -> str:
    """A path as ids, keys and messages show it: a file name's bytes that are not UTF-8 (an old archive's, which Python
    keeps as lone surrogates that no UTF-8 output can hold) written as backslash escapes, "bad\\xffname.txt"."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _jsonl(path: str, max_bytes: int, note: str | None = None) -> Iterator[Item]:
    with _open_binary(path) as handle:
        yield from jsonl_items(handle, shown_path(path), max_bytes, note)


class _WideLines:
    """A UTF-16 or UTF-32 stream's lines as UTF-8 bytes: cut on its raw bytes, a UTF-16 "\n" would split articles.
    Lines end at "\n" alone (a JSON string may hold U+2028, U+0085); a code unit that is no character is U+FFFD, so
    that one bad unit costs its line, not the file; the byte-order mark comes first as U+FEFF (UTF-8's, dropped)."""

    def __init__(self, handle: IO[bytes], codec: str):
        self._text = io.TextIOWrapper(handle, encoding=codec, errors="replace", newline="\n")

    def readline(self, size: int = -1) -> bytes:
        return self._text.readline(size).encode("utf-8")


def jsonl_items(handle: IO[bytes], name: str, max_bytes: int, note: str | None = None) -> Iterator[Item]:
    """The lines of a JSON Lines stream as they arrive, keyed "NAME:LINE"; a line over ``max_bytes`` is
    an error item, skipped without being held. Only "\n" ends a line (a JSON string may hold U+2028). A stream that
    starts with a UTF-16 or UTF-32 byte-order mark is read in that encoding (``_WideLines``). ``note`` (a file read as
    JSON Lines by its content, ``jsonl_note``) goes into each article's record as a warning."""
    wide = unicode_bom(handle.peek(4)[:4]) if hasattr(handle, "peek") else None
    if wide:
        handle = _WideLines(handle, wide)
    number = 0
    while True:
        line = handle.readline(max_bytes + 1)
        if not line:
            return
        number += 1
        if number == 1 and line.startswith(codecs.BOM_UTF8):  # a byte-order mark before the first JSON value
            line = line[len(codecs.BOM_UTF8):]
        key = f"{name}:{number}"
        if len(line) > max_bytes and not line.endswith(b"\n"):
            found = _salvaged_id(line)
            size = len(line)
            while line and not line.endswith(b"\n"):  # skip the rest without holding it
                line = handle.readline(1 << 20)
                size += len(line)
            message = f"{key}: line of {size:,} bytes is larger than the limit of {max_bytes:,}"
            yield Item(key, "error", ("too_large", message), 0, {"id": found})
        elif line.strip():
            yield Item(key, "json", line, len(line), {"note": note} if note else {})


def _parquet(path: str) -> Iterator[Item]:
    import pyarrow.parquet as pq

    parquet = pq.ParquetFile(path)
    columns = [c for c in parquet.schema_arrow.names if c in INPUT_FIELDS]
    number = 0
    for batch in parquet.iter_batches(batch_size=256, columns=columns):
        for row in batch.to_pylist():
            number += 1
            size = sum(len(v) for v in row.values() if isinstance(v, str))
            yield Item(f"{shown_path(path)}#{number}", "row", row, size)


def _warc(path: str, max_bytes: int) -> Iterator[Item]:
    """The response and resource records of a WARC file, each one item keyed "PATH#N" (N counting those records from
    1): an HTML page, or an error item for a response other than 2xx or one that is no HTML page (by its Content-Type,
    or without one by its content: an image, a PDF, a script gives a row saying so, not silence). Raises on a file that
    is no WARC, a record cut short, or bytes after the last whole record (a truncated .warc.gz): warcio only prints a
    warning and stops, and a cut archive would pass for a whole one."""
    from warcio.archiveiterator import ArchiveIterator

    number = 0
    with open(path, "rb") as handle:
        records = ArchiveIterator(handle)
        for record in _warc_records(records):
            if record.format != "warc":  # warcio reads any text as old ARC records
                raise ValueError(f"no WARC record at byte {records.offset:,}: not a WARC file")
            if record.rec_type is None:  # warcio's record of a header cut short
                raise EOFError(f"the WARC record at byte {records.offset:,} has no type: its header is cut short or malformed")
            if record.rec_type not in ("response", "resource"):
                continue
            headers = record.http_headers
            ctype = (headers.get_header("Content-Type") if headers else record.rec_headers.get_header("Content-Type")) or ""
            number += 1
            key = f"{shown_path(path)}#{number}"
            meta = {"url": record.rec_headers.get_header("WARC-Target-URI"), "id": record.rec_headers.get_header("WARC-Record-ID")}
            # an image or a PDF is not read; a page without a Content-Type is told by its start
            data = record.content_stream().read(max_bytes + 1 if "html" in ctype.lower() or not ctype.strip() else 0)
            records.read_to_end()
            if record.raw_stream.limit:
                raise EOFError(f"the record of {meta['url']} is cut short, {record.raw_stream.limit:,} bytes missing")
            status = headers.get_statuscode() if headers else None
            if status and not status.startswith("2"):  # a 404 or 500 page is no article (its links may look like one)
                yield Item(key, "error", ("not_an_article", f"{key}: an HTTP {status} response, not an article"), 0, meta)
            elif "html" not in ctype.lower() and (ctype.strip() or not looks_like_page(data[:4096].decode("utf-8", "replace"))):
                what = f"a response of type {ctype.split(';')[0].strip()}" if ctype.strip() else "a response without a Content-Type"
                yield Item(key, "error", ("not_an_article", f"{key}: {what}, not an HTML page"), 0, meta)
            elif len(data) > max_bytes:
                yield Item(key, "error", ("too_large", f"{key}: page larger than the limit of {max_bytes:,} bytes"), 0, meta)
            else:
                yield Item(key, "html", data, len(data), meta)
        if records.offset < os.path.getsize(path):
            raise EOFError(f"bytes {records.offset:,} to {os.path.getsize(path):,} are no whole WARC record "
                           "(truncated or corrupt)")


def _warc_records(records) -> Iterator:
    """warcio's records; a header cut before its target URI, on which warcio fails with an AttributeError, said so."""
    while True:
        try:
            yield next(records)
        except StopIteration:
            return
        except AttributeError:
            raise EOFError(f"the WARC record at byte {records.offset:,} has a header cut short or malformed") from None


def read_items(path: str, max_bytes: int) -> Iterator[Item]:
    """The articles of one input file, streamed; a file that cannot be read to its end (truncated or
    corrupt gzip, zstd, Parquet, WARC) ends with one error item for its unread rest. A .txt file of JSON Lines
    (``jsonl_by_content``) is read as JSON Lines, each record saying so."""
    kind, name = kind_of(path), shown_path(path)
    note = None
    if kind == "text" and jsonl_by_content(path):
        kind, note = "jsonl", jsonl_note(name)
    if kind in ("jsonl", "parquet", "warc"):
        read = {"jsonl": lambda: _jsonl(path, max_bytes, note), "parquet": lambda: _parquet(path),
                "warc": lambda: _warc(path, max_bytes)}[kind]
        count = 0
        try:
            for item in read():
                count += 1
                yield item
        except Exception as err:  # whatever the decompressor or format library raises on damaged bytes
            where = f"after {count:,} article{'s' * (count != 1)}" if count else "from its start"
            yield Item(f"{name}:unreadable", "error",
                       ("unreadable", f"{name} cannot be read {where}: {type(err).__name__}: {err}"), 0)
    else:
        size = os.path.getsize(path)
        if size > max_bytes:
            yield Item(name, "error", ("too_large", f"{name}: {size:,} bytes, more than the limit of {max_bytes:,}"), 0,
                       {"id": name})
        else:
            yield Item(name, "file", os.path.abspath(path), size)  # opened by a worker, maybe a Dask one elsewhere


def count_items(path: str) -> int | None:
    """How many articles ``path`` holds, cheaply (for the progress bar); None when unknown without parsing."""
    kind = kind_of(path)
    if kind == "text":
        try:
            kind = "jsonl" if jsonl_by_content(path) else kind
        except OSError:  # read_items gives it one error row
            return 1
    if kind in ("text", "html"):
        return 1
    if kind == "parquet":
        import pyarrow.parquet as pq

        try:
            return pq.ParquetFile(path).metadata.num_rows
        except Exception:  # a damaged file: read_items gives it one error row
            return 1
    if kind == "jsonl":
        count, open_line = 0, False  # lines ended that hold more than white space; whether the unended one does
        try:
            with _open_binary(path) as handle:
                # read1: a decompressor's block as it comes, so that a truncated archive loses only its last one
                read = getattr(handle, "read1", handle.read)
                while block := read(1 << 20):
                    first, last = block.find(b"\n"), block.rfind(b"\n")
                    if first < 0:
                        open_line = open_line or bool(block.strip())
                        continue
                    count += open_line or bool(block[:first].strip())
                    count += len(_FILLED_LINE.findall(block, first + 1, last + 1))
                    open_line = bool(block[last + 1:].strip())
        except Exception:  # truncated or corrupt compression: the lines before it, and one error row
            return count + 1
        return count + open_line  # a blank line gives no row (jsonl_items), so it is not counted
    return None


def _html_article(data: bytes | str, url: str | None) -> tuple[dict, str | None, list[str]]:
    """(main text and metadata, encoding, notes for the record's warnings) of an HTML page or fragment (trafilatura),
    title first; offsets will point into this text."""
    from trafilatura.utils import load_html

    for logger in _QUIET_LOGGERS:  # vnx reports a page it cannot read itself, once, with where it was read
        logging.getLogger(logger).setLevel(logging.CRITICAL)
    encoding = None
    if isinstance(data, bytes):
        try:
            data, encoding = decode_bytes(data)
            encoding = UTF8 if encoding == UTF8_REPLACED else encoding  # trafilatura reads the page as the text it is
        except UnicodeDecodeError:
            pass  # trafilatura guesses the charset itself
    else:  # before parsing, which folds the no-break space of "Ã\xa0" (an "à" mis-read) into a space
        data, encoding = repair(data)
    if isinstance(data, str) and not _TAG.search(data[:65536]):
        raise NotHtml("not_an_article", "the page is not HTML (no tag in it)", encoding=encoding)
    tree = load_html(data)
    repeats = _repeated_paragraphs(tree)
    doc = _main_text(tree, url)
    if (doc is None or not (doc.text or "").strip()) and isinstance(data, str) and not looks_like_page(data):
        # a fragment ("<p>…</p>", a scraper's article body): trafilatura looks for a page's body, so it reads it in one
        tree = load_html(f"<html><body>{data}</body></html>")
        doc = _main_text(tree, url)
    if doc is None or not (doc.text or "").strip():
        raise Unreadable("empty", "no main text found in the HTML page", encoding=encoding)
    if not any(len(_WORD.findall(line)) >= _MIN_PARAGRAPH_WORDS for line in doc.text.splitlines()):
        raise Unreadable("not_an_article", f"no article in the HTML page: its main text is {len(_WORD.findall(doc.text))} words in "
                         f"short lines ({doc.text.strip()[:60]!r}), a menu or a list of links, and no paragraph",
                         encoding=encoding)
    title = (doc.title or "").strip()
    text = doc.text if not title or doc.text.startswith(title) else f"{title}\n\n{doc.text}"
    text, legacy = repair(text)  # pages typed in VNI/TCVN3 fonts reach us as Windows-1252 text
    fields = {"text": text, "url": doc.url or url, "published_at": _stated_date(tree, doc.url or url), "author": doc.author,
              "title": title or None}
    notes = [f"the page gives a paragraph {times} times in a row ({paragraph[:60]!r}…), its main text "
             f"{_TIMES.get(doc.text.count(paragraph), f'{doc.text.count(paragraph)} times')} (trafilatura drops a repeat)"
             for paragraph, times in repeats if doc.text.count(paragraph) < times]
    return fields, legacy or encoding, [*notes, *lost_note(text, legacy or encoding)]


def _main_text(tree, url: str | None):
    """trafilatura's main text and metadata of a parsed page, None when it finds none. Its own date (htmldate on the
    whole page) is not used: the fast search keeps its cost low (``_stated_date`` reads the date)."""
    import trafilatura

    if tree is None:
        return None
    return trafilatura.bare_extraction(tree, url=url, with_metadata=True, include_comments=False,
                                       date_extraction_params={"extensive_search": False})


def _repeated_paragraphs(tree) -> list[tuple[str, int]]:
    """(text, times) of each paragraph a page gives several times in a row, long enough that trafilatura keeps one
    copy of it (its MIN_DUPLICATE_LENGTH, not an option of its API): said in the record rather than lost silently."""
    from trafilatura.settings import MIN_DUPLICATE_LENGTH

    runs: list[list] = []
    for element in tree.iter("p") if tree is not None else ():
        text = " ".join(element.text_content().split())
        if runs and runs[-1][0] == text:
            runs[-1][1] += 1
        else:
            runs.append([text, 1])
    return [(text, times) for text, times in runs if times > 1 and len(text) > MIN_DUPLICATE_LENGTH]


class PageDate(str):
    """A publication time read from the page itself, as ``_stated_date`` gives it, with where: ``origin`` is
    "metadata" (its date meta tags or JSON-LD) or "url". A str, so that it travels as any ``published_at`` value does
    (through ``vnx bulk``'s workers, or replaced by the caller's); the layout weighs it against the article's dateline,
    which a caller's value is not (``layout.ArticleLayout``)."""

    origin: str
    note: str | None  # the page's URL naming another day than its metadata, said in the record's warnings

    def __new__(cls, value: str, origin: str, note: str | None = None) -> PageDate:
        date = super().__new__(cls, value)
        date.origin, date.note = origin, note
        return date

    def __reduce__(self):
        return PageDate, (str(self), self.origin, self.note)


def _days_differ(first: object, second: object) -> bool:
    """Whether two publication times fall on different days in Vietnam (a value that cannot be read is refused later,
    where it is used, not here)."""
    try:
        days = [read_published_at(value)[0].astimezone(VIETNAM_TIME).date() for value in (first, second)]
    except InputError:
        return False
    return days[0] != days[1]


def date_warnings(kept: object, page: PageDate | None) -> list[str]:
    """What a record says of the sources of its publication time that name different days: the page's URL against its
    metadata (the metadata kept), or the caller's value against the page's (the caller's kept); the article's own
    dateline is weighed by the layout."""
    if page is None:
        return []
    if kept is page or kept is None:
        return [page.note] if page.note else []
    if _days_differ(kept, page):
        source = "date metadata says" if page.origin == "metadata" else "URL says"
        return [f"the caller says it was published on {kept}, the page's {source} {page}; kept the caller's"]
    return []


def _stated_date(tree, url: str | None) -> PageDate | None:
    """The publication time a page states in its date meta tags or structured data (JSON-LD), as htmldate reads them,
    with the time of day and offset when stated; else the day its URL (or canonical link) gives; else None.

    htmldate is given only those parts of the page: on a whole page it also reads dates in the visible text (a footer's
    "Cập nhật: 05/01/2020 08:00" as 2020-01-05, its time dropped, or a "© 2024"), which must not anchor relative dates.
    The metadata is read before the URL (htmldate reads the URL first), since a meta tag may state the time of day and a
    URL never does.
    """
    from htmldate import find_date
    from lxml.html import Element

    head = Element("head")
    for element in tree.iterfind(".//meta"):
        named = " ".join(element.get(a, "") for a in ("name", "property", "itemprop", "http-equiv", "pubdate"))
        if _DATE_META.search(named):  # not a description or keywords, which are body text
            head.append(Element("meta", dict(element.attrib)))
    for element in tree.xpath('.//script[@type="application/ld+json"]'):
        head.append(Element(element.tag, dict(element.attrib)))
        head[-1].text = element.text
    page = Element("html")
    page.append(head)
    stated = " ".join(" ".join([*e.attrib.values(), e.text or ""]) for e in head)
    found = find_date(page, extensive_search=False, original_date=True, outputformat=_HTMLDATE_FORMAT)
    url = url or next(iter(tree.xpath('.//link[@rel="canonical"]/@href')), None)
    in_url = find_date(Element("html"), url=url, extensive_search=False, original_date=True, outputformat=_HTMLDATE_FORMAT)
    in_url = _as_stated(in_url, url) if in_url else None
    if found:
        found = _as_stated(found, stated)
        note = (f"the page's date metadata says it was published on {found}, its URL says {in_url}; kept the metadata's"
                if in_url and _days_differ(found, in_url) else None)
        return PageDate(found, "metadata", note)
    return PageDate(in_url, "url") if in_url else None


def _as_stated(found: str | None, stated: str) -> str | None:
    """htmldate's "YYYY-MM-DDTHH:MM:SS[+zzzz]" cut to what the page ``stated``: a date alone ("2024-04-12", a URL's
    /2023/08/22/) comes back at 00:00:00 without an offset, and a time without its seconds at :00. The cut string is
    read as a day (or a minute) by ``inputs.read_published_at``, not as a time the page never gave."""
    if not found or len(found) < 19:
        return found
    # midnight is stated only as that day's time ("2024-04-12T00:00"), not as another field's time or a "+00:00" offset
    if found[11:19] == "00:00:00" and len(found) == 19 and not re.search(re.escape(found[:10]) + r"[T ]00:00(?!\d)", stated):
        return found[:10]
    if found[17:19] == "00" and f"{found[11:16]}:00" not in stated:
        return found[:16] + found[19:]
    return found


def html_page(data: bytes | str, url: str | None = None, published_at: object = None) -> tuple[dict, dict]:
    """(article fields, extra record fields) of one HTML page, as ``to_article`` gives them, the caller's
    ``published_at`` (``vnx extract --published-at``) kept over the page's; raises ``Unreadable``."""
    fields, encoding, notes = _html_article(data, url)
    page_date = fields["published_at"]
    fields["published_at"] = published_at if published_at is not None else page_date
    return fields, _extras(fields["text"], "html", encoding, [*date_warnings(fields["published_at"], page_date), *notes])


def _salvaged_id(line: bytes) -> str | None:
    """The id written near the start of a JSON line that is not read whole (too large, not valid JSON)."""
    found = _ID_PREFIX.search(line[:4096])
    return (found.group(1) or found.group(2)).decode("utf-8", "replace") if found else None


def known_id(item: Item) -> str | None:
    """The article's id if it can be told without decoding the article (for error rows)."""
    if item.kind == "row":
        return None if item.payload.get("id") is None else str(item.payload["id"])
    if item.kind == "json":
        return _salvaged_id(item.payload)
    return item.meta.get("id") or (item.key if item.kind == "file" else None)


def to_article(item: Item) -> tuple[dict, dict]:
    """(fields for ``extract_one``, extra record fields) of an item; raises ``Unreadable``.

    Extra fields say what the offsets point into (``text_origin``, with ``text`` when it is not
    the input as given) and which encoding was converted (``source_encoding``).
    """
    if item.kind == "error":
        code, message = item.payload
        raise Unreadable(code, message, id=item.meta.get("id"))
    if item.kind == "json":
        line, encoding = _decode_line(item)
        try:
            obj = json.loads(line)
        except ValueError as err:
            raise Unreadable("bad_json", f"{item.key} is not valid JSON ({err})", id=known_id(item)) from None
        except RecursionError:
            raise Unreadable("bad_json", f"{item.key} is JSON nested too deeply to read", id=known_id(item)) from None
        if not isinstance(obj, dict):
            raise Unreadable("not_an_article", f"{item.key} is not an article: expected a JSON object")
        if "text" not in obj and "html" not in obj:
            raise _textless(item.key, obj)
        fields, extras = from_fields({k: obj.get(k) for k in INPUT_FIELDS}, item.key, encoding)
        if item.meta.get("note"):
            extras["warnings"] = [item.meta["note"], *extras.get("warnings", ())]
        return fields, extras
    if item.kind == "row":
        return from_fields({k: item.payload.get(k) for k in INPUT_FIELDS}, item.key)
    if item.kind == "html":
        return _page_item(item, item.payload, item.meta.get("url"), item.meta.get("id") or item.key)
    # a .txt or .html file: the id is its path; a whole page saved as .txt is read as a page, as vnx extract reads it
    with open(item.payload, "rb") as handle:
        data = handle.read()
    if kind_of(item.payload) == "html" or looks_like_page(data[:4096].decode("utf-8", "replace")):
        return _page_item(item, data, None, item.key)
    return text_article(data, item.key, {"id": item.key})


def _textless(key: str, obj: dict) -> Unreadable:
    """The error of a JSON object with neither "text" nor "html", naming the fields it has and the one with the longest
    string: an archive that calls the article "content" or "body" is the usual case."""
    ident = obj.get("id") if isinstance(obj.get("id"), (str, int)) and not isinstance(obj.get("id"), bool) else None
    named = ", ".join(f'"{name}"' for name in list(obj)[:12]) + (" …" if len(obj) > 12 else "")
    strings = [name for name, value in obj.items() if isinstance(value, str) and name != "id"]
    hint = ""
    if strings:
        longest = max(strings, key=lambda name: len(obj[name]))
        hint = f""": if "{longest}" holds the article, rename it with jq -c '. + {{text: .["{longest}"]}}'"""
    fields = f", only {named}" if named else " (an empty object)"
    return Unreadable("not_an_article", f'{key} has no "text" or "html" field{fields}{hint}',
                      id=None if ident is None else str(ident))


def _page_item(item: Item, data: bytes, url: str | None, ident: str) -> tuple[dict, dict]:
    """(fields, extra record fields) of a page read from a WARC record or an .html file; an error names where."""
    try:
        fields, encoding, notes = _html_article(data, url)
    except NotHtml:
        fields, extras = text_article(data, item.key, {"id": ident, "url": url})
        return fields, {**extras, "warnings": [TAGLESS_PAGE, *extras.get("warnings", ())]}
    except Unreadable as err:
        raise Unreadable(err.code, f"{item.key}: {err.message}", id=ident, encoding=err.encoding) from None
    fields["id"] = ident
    return fields, _extras(fields["text"], "html", encoding,
                           [*date_warnings(fields["published_at"], fields["published_at"]), *notes])


def text_article(data: bytes, key: str, fields: dict) -> tuple[dict, dict]:
    """(article fields, extra record fields) of a plain-text article's bytes with its ``fields`` (id, published_at …),
    as ``vnx extract`` and ``vnx bulk`` read one; raises ``Unreadable``: empty, binary data, or bytes in no encoding
    vnx reads (UTF-8, UTF-16/32 with a byte-order mark, TCVN3, VNI, Windows-1258). A byte-order mark stays in the
    text, so that offsets count from the input's first character."""
    ident = fields.get("id")
    if not data.strip():
        raise Unreadable("empty", f"{key} is empty" if not data else
                         f"{key} holds only white space ({len(data):,} byte{'s' * (len(data) != 1)})", id=ident)
    if b"\x00" in data[:8192] and not unicode_bom(data):
        raise Unreadable("binary", f"{key} is binary data (NUL bytes), not text{_utf16_hint(data[:8192])}", id=ident)
    try:
        text, encoding = decode_bytes(data, keep_bom=True)
    except UnicodeDecodeError as err:
        raise _undecodable(key, data, err, ident) from None
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    if controls > 0.01 * min(len(text), 8192):
        raise Unreadable("binary", f"{key} looks like binary data ({controls} control characters), not text", id=ident)
    return from_fields({**fields, "text": text}, key, None if encoding == UTF8 else encoding)


def _utf16_hint(head: bytes) -> str:
    """What to say of bytes with NULs that read as UTF-16 text without its byte-order mark (text of Latin letters and
    digits has a NUL in every other byte, and decodes to printable characters): vnx reads UTF-16 only after a
    byte-order mark (README)."""
    for order, nuls in (("LE", head[1::2]), ("BE", head[0::2])):
        if len(nuls) >= 8 and nuls.count(0) >= 0.3 * len(nuls):
            try:
                text = head[: len(head) // 2 * 2].decode(f"utf-16-{order.lower()}")
            except UnicodeDecodeError:
                continue
            if sum(c.isprintable() or c.isspace() for c in text) < 0.95 * len(text):  # NULs or control codes: binary
                continue
            return (f"; it reads as UTF-16-{order} without a byte-order mark: vnx reads UTF-16 only after one "
                    "(save it as UTF-8, or with a BOM)")
    return ""


def _undecodable(key: str, data: bytes, err: UnicodeDecodeError, ident: str | None) -> Unreadable:
    if err.encoding != UTF8:  # a UTF-16/32 byte-order mark, then bytes that are not that encoding
        return Unreadable("encoding", f"{key} starts with a byte-order mark of {err.encoding.upper()} but is not valid "
                          f"{err.encoding.upper()} ({err.reason} at byte {err.start})", id=ident)
    return Unreadable("encoding", f"{key} is neither UTF-8 nor Vietnamese in TCVN3, VNI or Windows-1258 "
                      f"(byte 0x{data[err.start]:02x} at offset {err.start})", id=ident)


def _decode_line(item: Item) -> tuple[str, str | None]:
    """A JSON line as text: UTF-8, or a whole line written in a legacy encoding (then named)."""
    try:
        return item.payload.decode("utf-8"), None
    except UnicodeDecodeError as err:
        try:
            return decode_bytes(item.payload)
        except UnicodeDecodeError:
            raise _undecodable(item.key, item.payload, err, known_id(item)) from None


def from_fields(fields: dict, key: str, line_encoding: str | None = None) -> tuple[dict, dict]:
    """Fields of a JSON line or Parquet row; ``line_encoding`` names the legacy encoding the line was in. An article
    giving both a "text" and an "html" string is read from its text, with a warning saying so."""
    both = isinstance(fields.get("text"), str) and isinstance(fields.get("html"), str)
    stated = _stated(fields, key)
    fields, extras = _from_fields(fields, key, line_encoding)
    if both:
        extras["warnings"] = [*extras.get("warnings", ()), 'the article gives both "text" and "html": "text" was read']
    if stated:
        extras["stated"] = stated
    return fields, extras


def _stated(fields: dict, key: str) -> dict[str, str]:
    """The title and author an article's fields state (STATED_FIELDS), stripped; blank ones state nothing."""
    stated = {}
    for name in STATED_FIELDS:
        value = fields.get(name)
        ident = fields.get("id") if isinstance(fields.get("id"), str) else None
        if value is not None and not isinstance(value, str):
            raise Unreadable("bad_field", f'{key}: article field "{name}" must be a string, got {type(value).__name__}',
                             id=ident)
        if value and value.strip():
            try:
                check_unicode(value, f'article field "{name}"', ident)
            except InputError as err:
                raise Unreadable(err.code, f"{key}: {err.message}", id=ident) from None
            stated[name] = value.strip()
    return stated


def _from_fields(fields: dict, key: str, line_encoding: str | None) -> tuple[dict, dict]:
    html = fields.pop("html", None)
    try:
        fields.update(check_fields(fields.get("id"), fields.get("url"), fields.get("source")))
        if isinstance(html, str):  # before trafilatura, whose parser would cut the page there
            check_unicode(html, 'article field "html"', fields["id"])
    except InputError as err:
        raise Unreadable(err.code, f"{key}: {err.message}", id=err.article_id) from None
    ident = fields["id"]
    if not isinstance(fields.get("text"), str) and isinstance(html, str):
        try:
            page, encoding, notes = _html_article(html, fields.get("url"))
        except NotHtml:
            fields, extras = _from_fields({**fields, "text": html}, key, line_encoding)
            return fields, {**extras, "warnings": [TAGLESS_PAGE, *extras.get("warnings", ())]}
        except Unreadable as err:  # say which line, and keep its id
            raise Unreadable(err.code, f"{key}: {err.message}", id=ident, encoding=err.encoding) from None
        for name, value in page.items():
            fields[name] = fields.get(name) or value
        fields["text"] = page["text"]
        return fields, _extras(fields["text"], "html", encoding,
                               [*date_warnings(fields["published_at"], page["published_at"]), *notes])
    if not isinstance(fields.get("text"), str):
        for name, value in (("text", fields.get("text")), ("html", html)):
            if value is not None:  # a field of the wrong type, named as "url" is
                raise Unreadable("bad_field", f'{key}: article field "{name}" must be a string, got '
                                 f'{type(value).__name__}', id=ident)
        raise Unreadable("not_an_article", f'{key} has no "text" or "html" string: not an article', id=ident)
    text, legacy = repair(fields["text"])
    if line_encoding == UTF8_REPLACED:
        fields["text"] = text
        return fields, _extras(text, "converted", UTF8, [f"bytes that are not UTF-8 were read as U+FFFD ({text.count(chr(0xFFFD))} "
                                                        "in the text): a file cut inside a character, or a stray byte"])
    if legacy or line_encoding:
        fields["text"] = text
        return fields, _extras(text, "converted", legacy or line_encoding, lost_note(text, legacy or line_encoding))
    return fields, {"text_origin": "input"}


def with_page(record, fields: dict, extras: dict):
    """The record with the extra fields (what its offsets point into), the title and author the article's fields
    state, and else the page's that trafilatura read: a page's (its metadata and markup) win over the layout's reading
    of the text, whichever way the page came in (``vnx extract page.html``, an archive's "html", ``extract_many``)."""
    update = dict(extras)
    if update.pop("warnings", None):  # what reading the input found, before what the pipeline found
        update["warnings"] = [*extras["warnings"], *record.warnings]
    page = extras.get("text_origin", "").startswith("html")
    for name in STATED_FIELDS:
        if (page or getattr(record, name, None) is None) and fields.get(name):
            update[name] = fields[name]
    update.update(update.pop("stated", {}))  # what the archive states wins over what the layout read
    return record.model_copy(update=update)


def _extras(text: str, origin: str, encoding: str | None, warnings: list[str] = ()) -> dict:
    if origin == "html" and encoding not in (None, UTF8):
        origin = "html+converted"
    extras = {"text_origin": origin, "source_encoding": encoding}
    if origin != "input":
        extras["text"] = text
    if warnings:  # added to the record's own by with_page
        extras["warnings"] = list(warnings)
    return extras
