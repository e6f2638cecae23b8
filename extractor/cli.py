"""The ``vnx`` command line: articles in, one JSON record per article out.

Exit status: ``EXIT_STATUS_HELP`` (printed by ``vnx --help`` too).
"""
from __future__ import annotations

import argparse
import codecs
import errno
import io
import json
import os
import re
import stat
import sys
from collections import deque
from contextlib import closing, nullcontext
from typing import IO, TYPE_CHECKING, Callable, Iterator

from .inputs import DEFAULT_MAX_CHARS, InputError
from .signals import Terminated, on_sigterm_raise

if TYPE_CHECKING:
    from .readers import Item

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE = 0, 1, 2
EXIT_INTERNAL = 70  # sysexits.h EX_SOFTWARE: vnx's own fault
EXIT_CLUSTER_LOST = 75  # sysexits.h EX_TEMPFAIL: the Dask scheduler went away; the job can be finished with --resume
EXIT_INTERRUPTED, EXIT_BROKEN_PIPE, EXIT_TERMINATED = 130, 141, 143  # 128 + SIGINT, SIGPIPE, SIGTERM, as a shell reports
# write errors of a job under way that no argument caused: a full disk or quota, a file-size limit, a failing device
_RUN_OUT_OF_ROOM = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO})
EXIT_STATUS_HELP = (
    "exit status: 0 every article gave a record (vnx bulk: the job is complete, error rows included); 1 an input was "
    "refused or could not be read (named on stderr; vnx extract and show go on with the next one), the output could "
    "not be written (a full disk), or vnx query's SQL failed; 2 a usage error, nothing done (an unknown option, vnx bulk "
    "or query given a path that is missing, --out that cannot be used, a statement vnx query does not run); 70 an "
    "internal error of vnx (please report it); 75 vnx bulk lost its Dask scheduler (finish with --resume); 130 "
    "interrupted by Ctrl-C (vnx bulk: finish with --resume); 141 the reader of stdout went away (| head); 143 "
    "terminated by SIGTERM (vnx bulk: finish with --resume).")


class OutputError(Exception):
    """stdout cannot be written (a full disk, a closed descriptor): told apart from a failed read, and from a
    closed pipe (``BrokenPipeError``, a quiet end)."""


class _Stdout:
    """The commands' stdout: a write or flush that fails raises ``OutputError`` naming why; ``None`` (vnx started
    with stdout closed) fails at the first write, so that commands writing nothing there (vnx bulk) still run."""

    def __init__(self, stream: IO[str] | None):
        self._stream = stream

    def _call(self, name: str, *args):
        if self._stream is None:
            raise OutputError("stdout is closed")
        try:
            return getattr(self._stream, name)(*args)
        except BrokenPipeError:
            raise
        except OSError as error:
            raise OutputError(error.strerror or str(error)) from None

    def write(self, text: str) -> int:
        return self._call("write", text)

    def flush(self) -> None:
        self._call("flush")

    def __getattr__(self, name: str):  # isatty, encoding … for rich and csv
        return getattr(self._stream, name)


_JSON_START = re.compile(rb"(?:\xef\xbb\xbf)?\s*\{")
# the first bytes of archives vnx bulk reads, which stdin cannot give vnx extract
_ARCHIVE_MAGIC = ((b"\x1f\x8b", "gzip data"), (b"\x28\xb5\x2f\xfd", "zstd data"), (b"PAR1", "a Parquet file"),
                  (b"WARC/", "a WARC file"))
# a JSON document rather than JSON Lines: an array of objects, or an object written over several lines
_JSON_DOCUMENT = re.compile(rb"(?:\xef\xbb\xbf)?\s*(?:\[\s*[{\n]|\{[ \t\r]*\n)")
BYTES_PER_CHAR = 8  # read no more than this many bytes per character allowed (a JSON string may spell one in 6 bytes)


def _open(path: str, stdin: IO[bytes] | None, fmt: str, err: IO[str]) -> tuple[str, IO[bytes], str]:
    """(name, binary handle that can peek, mode) of a path, '-' being ``stdin``, its mode (``_mode``) read from its
    first bytes, so that a file that cannot be read fails here (``OSError``) as one that cannot be opened does;
    an archive, and a closed stdin, are refused with what to do. A file read as JSON Lines by its content is said on
    ``err``."""
    if path == "-":
        if stdin is None:
            raise InputError("empty", "stdin is closed: give the articles as FILE arguments, or pipe them in")
        name, handle = "stdin", stdin if hasattr(stdin, "peek") else io.BufferedReader(stdin)
        if stdin.isatty():  # `vnx extract` typed alone would otherwise wait without a word
            err.write("vnx: reading an article from the terminal: end it with Ctrl-D (or give FILE arguments)\n")
    else:
        from .readers import ARCHIVE_SUFFIXES, JSONL_PROBE_BYTES, shown_path

        if path.lower().endswith(ARCHIVE_SUFFIXES):
            raise InputError("not_an_article", f"{path} is an archive of many articles: `vnx bulk {path} --out DIR` reads it")
        name, handle = shown_path(path), open(path, "rb", buffering=JSONL_PROBE_BYTES)  # its start peeked whole (_mode)
    try:
        from .readers import jsonl_note

        mode = _mode(fmt, name, handle, path == "-")
        if _jsonl_by_content(mode, fmt, name, path == "-"):
            err.write(f"vnx: warning: {jsonl_note(name)}; --format text reads it as one article\n")
        return name, handle, mode
    except (OSError, InputError):
        if path != "-":
            handle.close()
        raise


def _jsonl_by_content(mode: str, fmt: str, name: str, piped: bool) -> bool:
    """Whether ``_mode`` read a named file as JSON Lines by its content, not its name (said in a warning)."""
    from .readers import kind_of

    return mode == "jsonl" and fmt == "auto" and not piped and kind_of(name) != "jsonl"


def _mode(fmt: str, name: str, handle: IO[bytes], piped: bool) -> str:
    """text, jsonl or html: as asked, else from the name and the first bytes (peeked, not consumed). A named file
    is JSON Lines by its extension, or by its first lines (``readers.looks_like_jsonl``: a .txt article may start with
    "{", but is no lines of JSON objects with "text" or "html"); ``piped`` input by its first character."""
    from .readers import JSONL_PROBE_BYTES, kind_of, looks_like_jsonl, looks_like_page

    if fmt != "auto":
        return fmt
    head = handle.peek(4096)[:4096]
    archive = next((kind for magic, kind in _ARCHIVE_MAGIC if head.startswith(magic)), None) if piped else None
    if archive:
        raise InputError("not_an_article", f"stdin is {archive}, an archive of many articles: save it to a file, then "
                                           "`vnx bulk FILE --out DIR` reads it")
    json_start = head.removeprefix(codecs.BOM_UTF8).lstrip()[:1]
    if name.lower().endswith(".json") and json_start not in (b"", b"{", b"["):
        raise InputError("not_an_article", f"{name} is named .json but holds no JSON (it starts with neither {{ nor [): "
                                           "--format text reads it as an article")
    if name.lower().endswith(".json") and json_start or piped and _JSON_DOCUMENT.match(head):
        raise InputError("not_an_article", f"{name} is a JSON document (an array or an object over several lines), not "
                                           "JSON Lines: write one article object per line (jq -c '.[]' for an array, "
                                           "jq -c . for one object); --format jsonl if it already holds one object per "
                                           "line, --format text to read it as an article")
    if kind_of(name) == "html" or looks_like_page(head.decode("utf-8", "replace")):
        return "html"
    if kind_of(name) == "jsonl" or (piped and _JSON_START.match(head)):
        return "jsonl"
    if not piped and stat.S_ISREG(os.fstat(handle.fileno()).st_mode):  # the file's start, up to the buffer _open gave it
        start = handle.peek(JSONL_PROBE_BYTES)[:JSONL_PROBE_BYTES]
        if looks_like_jsonl(start, len(start) >= os.fstat(handle.fileno()).st_size):
            return "jsonl"
    return "text"


def _cannot_hold(ident: str | None) -> Callable[[Item], bool]:
    """A test that skips, unread, the JSON lines that cannot hold the article with id ``ident``: a line lacking the
    id's bytes and any "\\u" escape cannot hold it. An id JSON must escape, or one that a legacy encoding writes with
    other bytes (not ASCII), gets no test: every line is read."""
    if ident is None or not ident.isascii() or not ident.isprintable() or '"' in ident or "\\" in ident:
        return lambda item: False
    wanted = ident.encode()
    return lambda item: item.kind == "json" and wanted not in item.payload and b"\\u" not in item.payload


def _articles(args, mode: str, name: str, handle: IO[bytes], piped: bool,
              only_id: str | None = None) -> Iterator[tuple[str, dict | InputError, dict]]:
    """(label, article fields or the InputError refusing them, extra record fields) for each article of one
    input, streamed: how ``vnx extract`` and ``vnx show`` both read their input. JSON Lines go through
    the readers of ``vnx bulk``, line by line; a text or HTML input is one article, its size checked first, its id
    ``--id`` or else, as in ``vnx bulk``, its path (none when ``piped``).
    Bytes that cannot be read (an I/O error) are refused as an article that cannot be decoded is (``encoding``),
    labelled FILE:unreadable in JSON Lines as ``vnx bulk`` labels a file's unread rest. ``only_id`` skips, unread, the
    JSON lines that cannot hold that id (``vnx show --id``)."""
    from .readers import TAGLESS_PAGE, NotHtml, Unreadable, html_page, jsonl_items, jsonl_note, text_article, to_article

    if mode == "jsonl":
        note = jsonl_note(name) if _jsonl_by_content(mode, args.format, name, piped) else None
        cannot_hold = _cannot_hold(only_id)
        try:
            for item in jsonl_items(handle, name, BYTES_PER_CHAR * args.max_chars, note):
                if cannot_hold(item):
                    continue
                try:
                    fields, extras = to_article(item)
                except Unreadable as error:
                    yield item.key, InputError(error.code, error.message, error.id), {}
                else:
                    yield item.key, fields, extras
        except OSError as error:
            yield f"{name}:unreadable", InputError("unreadable", f"cannot read {name}: {error.strerror or error}"), {}
        return
    ident = args.id if args.id is not None or piped else name
    meta = {"id": ident, "published_at": args.published_at, "url": args.url, "source": args.source}
    try:
        data = handle.read(BYTES_PER_CHAR * args.max_chars + 1)
        if len(data) > BYTES_PER_CHAR * args.max_chars:
            raise InputError("too_large", f"{name} is larger than {BYTES_PER_CHAR * args.max_chars:,} bytes: more than "
                                          f"the limit of {args.max_chars:,} characters (--max-chars)")
        if mode == "html":
            try:
                fields, extras = html_page(data, args.url, args.published_at)
            except NotHtml:
                fields, extras = text_article(data, name, meta)
                extras = {**extras, "warnings": [TAGLESS_PAGE, *extras.get("warnings", ())]}
            except Unreadable as error:  # say which page
                raise Unreadable(error.code, f"{name}: {error.message}", error.id) from None
            fields.update({k: v for k, v in meta.items() if v is not None and k not in ("url", "published_at")})
        else:
            fields, extras = text_article(data, name, meta)  # its messages name it
    except Unreadable as error:
        yield name, InputError(error.code, error.message, error.id), {}
    except InputError as error:
        yield name, error, {}
    except OSError as error:
        yield name, InputError("unreadable", f"cannot read {name}: {error.strerror or error}", ident), {}
    else:
        yield name, fields, extras


def _emit(record, out: IO[str], pretty: bool) -> None:
    out.write(record.model_dump_json(indent=2 if pretty else None, exclude_none=False) + "\n")
    out.flush()


def _extract_input(args, mode: str, articles, out: IO[str], err: IO[str], first_of: dict[str, str]) -> int:
    """Records of one input's articles in input order, each with ``input`` saying where it was read (the file,
    "stdin", or "FILE:LINE" in JSON Lines); a refused article is named on stderr (in JSON Lines also an error
    record on stdout) and the others carry on. An id met before (``first_of``: id -> where) is warned about."""
    from .api import extract_many
    from .readers import with_page
    from .records import ErrorInfo, ErrorRecord

    status = EXIT_OK
    read: deque = deque()  # what was read and not yet reported, in input order

    def fit():  # the articles for extract_many; refused ones wait in ``read`` for their turn
        for entry in articles:
            read.append(entry)
            if not isinstance(entry[1], InputError):
                ident = entry[1].get("id")
                if ident is not None and ident in first_of:  # also the same file given twice: read twice, said so
                    again = " (the same input read again)" if first_of[ident] == entry[0] else ""
                    err.write(f"vnx: warning: {entry[0]}: id {ident!r} was already used by {first_of[ident]}{again}\n")
                elif ident is not None:
                    first_of[ident] = entry[0]
                yield entry[1]

    def refuse(label: str, error: InputError) -> None:
        err.write(f"vnx: error: {error.message}\n")
        if mode == "jsonl":
            _emit(ErrorRecord(id=error.article_id, input=label, error=ErrorInfo(code=error.code, message=error.message)),
                  out, args.pretty)

    with closing(extract_many(fit(), n_process=args.workers if mode == "jsonl" else 1, max_chars=args.max_chars,
                              statistical=args.statistical)) as results:
        for record in results:
            while isinstance(read[0][1], InputError):
                refuse(*read.popleft()[:2])
                status = EXIT_BAD_INPUT
            label, fields, extras = read.popleft()
            if isinstance(record, ErrorRecord):  # the record says where, as the message on stderr does
                hint = " (--max-chars)" if record.error.code == "too_large" else ""
                record = record.model_copy(update={"input": label, "error": record.error.model_copy(
                    update={"message": f"{label}: {record.error.message}{hint}"})})
                err.write(f"vnx: error: {record.error.message}\n")
                status = EXIT_BAD_INPUT
                if mode == "jsonl":
                    _emit(record, out, args.pretty)
            else:
                _emit(with_page(record, fields, dict(extras, input=label)), out, args.pretty)  # where, as in vnx bulk
    while read:
        refuse(*read.popleft()[:2])
        status = EXIT_BAD_INPUT
    return status


def _within_cores(workers: int, err: IO[str]) -> int:
    """``--workers`` as run: at most the cores this process may use, with a warning above them. Each worker loads the
    pipeline (about 250 MB) and more processes than cores gain no speed: "--workers 1000" for 10 would exhaust the
    machine's memory."""
    from .bulk import _cores

    cores = _cores()
    if workers > cores:
        err.write(f"vnx: warning: --workers {workers} is more than the {cores} core{'s' * (cores != 1)} this process may "
                  f"use: using {cores}\n")
        return cores
    return workers


def cmd_extract(args, stdin: IO[bytes], out: IO[str], err: IO[str]) -> int:
    status = EXIT_OK
    if args.id is not None and len(args.files) > 1:
        err.write("vnx: error: --id names one article: give one FILE with it (a file's id is otherwise its path)\n")
        return EXIT_USAGE
    args.workers = _within_cores(args.workers, err)
    first_of: dict[str, str] = {}  # where each article id was first read
    for path in args.files or ["-"]:
        try:
            name, handle, mode = _open(path, stdin, args.format, err)
        except OSError as error:
            hint = ": `vnx bulk DIR --out OUT` reads a directory of articles" if isinstance(error, IsADirectoryError) else ""
            err.write(f"vnx: error: cannot read {path}: {error.strerror}{hint}\n")
            status = EXIT_BAD_INPUT
            continue
        except InputError as error:
            err.write(f"vnx: error: {error.message}\n")
            status = EXIT_BAD_INPUT
            continue
        with handle if path != "-" else nullcontext():
            if mode == "jsonl" and (args.id or args.published_at or args.url or args.source):
                err.write(f"vnx: warning: {name}: --id, --published-at, --url and --source apply to plain-text and HTML "
                          "articles; in JSON Lines each line gives its own\n")
            if mode != "jsonl" and args.workers != 1:
                err.write(f"vnx: warning: {name}: --workers applies to JSON Lines input; a plain-text or HTML article "
                          "is one, run in this process\n")
            status = _extract_input(args, mode, _articles(args, mode, name, handle, path == "-"), out, err, first_of) or status
    return status


def cmd_schema(args, stdin, out, err) -> int:
    """The JSON Schema of what vnx writes (pydantic's serialization mode: every field is written, so every one is
    required)."""
    from pydantic import TypeAdapter

    from .records import ArticleRecord, ErrorRecord

    model = ErrorRecord if args.error else ArticleRecord | ErrorRecord if args.row else ArticleRecord
    schema = TypeAdapter(model).json_schema(mode="serialization")
    out.write(json.dumps({"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}, ensure_ascii=False,
                         indent=2) + "\n")
    return EXIT_OK


def cmd_bulk(args, stdin, out, err) -> int:
    from .bulk import ClusterLost, JobMismatch, SchedulerError, Settings, run
    from .readers import BadInput

    settings = Settings(out=args.out, format=args.format or "jsonl", chunk_size=args.chunk_size or 200,
                        max_chars=args.max_chars or DEFAULT_MAX_CHARS, timeout=args.timeout, statistical=args.statistical,
                        with_text=bool(args.with_text))
    asked = frozenset(key for key in ("format", "chunk_size", "max_chars", "statistical", "with_text")
                      if getattr(args, key) is not None)
    if args.scheduler is None:  # a cluster's workers are the cluster's
        args.workers = _within_cores(args.workers, err)
    if args.retry and not args.resume:
        err.write("vnx: error: --retry redoes chunks of a job already started: give it with --resume\n")
        return EXIT_USAGE
    try:
        summary = run(args.inputs, settings, workers=None if args.workers in (0, -1) else args.workers, resume=args.resume,
                      engine=args.engine, scheduler=args.scheduler, err=err, progress_interval=args.progress_interval,
                      asked=asked, retry=args.retry)
    except (JobMismatch, BadInput, SchedulerError) as error:
        err.write(f"vnx: error: {error}\n")
        return EXIT_USAGE
    except ClusterLost as error:
        err.write(f"vnx: error: {error}\n")
        return EXIT_CLUSTER_LOST
    except OSError as error:  # --out is a file or not writable (a usage error), or the disk filled up during the run
        if error.errno in _RUN_OUT_OF_ROOM:
            err.write(f"vnx: error: cannot write to {args.out}: {error.strerror or error}; the parts written are kept: "
                      "make room, then finish the job with --resume\n")
            return EXIT_BAD_INPUT
        err.write(f"vnx: error: cannot write to {args.out}: {error.strerror or error}\n")
        return EXIT_USAGE
    except KeyboardInterrupt as stop:
        return EXIT_TERMINATED if isinstance(stop, Terminated) else EXIT_INTERRUPTED
    return EXIT_OK if summary["complete"] else EXIT_INTERRUPTED


def _pick_article(args, mode: str, name: str, handle: IO[bytes], piped: bool, err: IO[str]) -> tuple[dict, dict]:
    """The article ``vnx show`` renders, read as ``vnx extract`` reads it: the text or HTML page, or the
    JSON Lines line with ``--id`` (the only one without it; the first, with a warning, when several lines have it)."""
    found = refused = None
    count = 0
    keys = []  # the lines holding the article with --id
    for key, fields, extras in _articles(args, mode, name, handle, piped, args.id):
        if isinstance(fields, InputError):
            if mode != "jsonl" or (args.id is not None and fields.article_id == args.id):
                raise fields
            refused = refused or fields
            continue
        if mode == "jsonl" and args.id is not None:
            if fields["id"] != args.id:
                continue
            keys.append(key)
        count += 1
        found = found or (fields, extras)
    if count > 1 and not keys:
        raise InputError("not_an_article", f"{name} holds {count} articles; pick one with --id")
    if len(keys) > 1:
        lines = [key.rpartition(":")[2] for key in keys]
        err.write(f"vnx: warning: {name}: id {args.id!r} is on {len(lines)} lines ({', '.join(lines[:5])}"
                  f"{', …' if len(lines) > 5 else ''}); showing the one on line {lines[0]}\n")
    if found is None and refused is not None and args.id is None:
        raise refused  # the one line there is, or the first, cannot be read
    if found is None:
        raise InputError("not_an_article", f"{name} has no article with id {args.id!r}" if args.id is not None
                         else f"{name} holds no article")
    return found


def cmd_show(args, stdin, out, err) -> int:
    from .pipeline import shared
    from .readers import with_page
    from .records import ARTICLE_FIELDS
    from .view import analyse, render_html, render_text

    if args.html and args.file != "-" and os.path.exists(args.html) and os.path.exists(args.file) \
            and os.path.samefile(args.html, args.file):
        err.write(f"vnx: error: --html {args.html} is the input file: the page would replace the article; give another path\n")
        return EXIT_USAGE
    try:
        name, handle, mode = _open(args.file, stdin, args.format, err)
    except OSError as error:
        err.write(f"vnx: error: cannot read {args.file}: {error.strerror}\n")
        return EXIT_BAD_INPUT
    if mode == "jsonl" and (args.published_at or args.url or args.source):
        err.write(f"vnx: warning: {name}: --published-at, --url and --source apply to plain-text and HTML articles; in "
                  "JSON Lines each line gives its own\n")
    try:
        with handle if args.file != "-" else nullcontext():
            fields, extras = _pick_article(args, mode, name, handle, args.file == "-", err)
    except InputError as error:
        err.write(f"vnx: error: {error.message}\n")
        return EXIT_BAD_INPUT
    try:
        doc, record = analyse(fields["text"], **{k: fields.get(k) for k in ARTICLE_FIELDS if k != "text"},
                              max_chars=args.max_chars, nlp=shared(args.statistical))
    except InputError as error:  # the article read, but not one vnx can process: say which
        hint = " (--max-chars)" if error.code == "too_large" else ""
        err.write(f"vnx: error: {name}: {error.message}{hint}\n")
        return EXIT_BAD_INPUT
    record = with_page(record, fields, extras)
    if not args.html:
        try:
            render_text(record, out)
        except SystemExit:  # rich's answer to a closed pipe: it has pointed stdout at /dev/null and exits 1
            return EXIT_BROKEN_PIPE
        return EXIT_OK
    try:
        with open(args.html, "w", encoding="utf-8") as handle:
            handle.write(render_html(doc, record))
    except OSError as error:
        err.write(f"vnx: error: cannot write {args.html}: {error.strerror}\n")
        return EXIT_BAD_INPUT
    out.write(args.html + "\n")
    return EXIT_OK


def cmd_query(args, stdin, out, err) -> int:
    import csv

    from .bulk import VIEWS, query, unfinished

    if not args.sql.strip():
        err.write("vnx: error: the SQL query is empty\n")
        return EXIT_USAGE
    try:
        columns, rows = query(args.dir, args.sql)
    except FileNotFoundError as error:
        err.write(f"vnx: error: {error}\n")
        return EXIT_USAGE
    except ValueError as error:
        err.write(f"vnx: error: {error}\n")
        return EXIT_USAGE
    except Exception as error:  # DuckDB's own message names the SQL problem
        if type(error).__name__ == "PermissionException":
            err.write("vnx: error: vnx query reads the job's parts and no other file, and writes none "
                      "(save results with --format csv or jsonl and a redirection)\n")
            return EXIT_BAD_INPUT
        message = str(error)
        if type(error).__name__ == "CatalogException":  # DuckDB's guess names its own catalog ("pg_sequences")
            first, _, rest = re.sub(r'\nDid you mean "(?!(?:%s)")[^"]*"\?' % "|".join(VIEWS), "", message).partition("\n")
            message = f"{first} (the views are {', '.join(VIEWS)})\n{rest}".rstrip()
        err.write(f"vnx: error: {type(error).__name__}: {message}\n")
        return EXIT_BAD_INPUT
    partial = unfinished(args.dir)
    if partial:
        err.write(f"vnx: warning: {partial}\n")
    if args.format == "jsonl":
        for row in rows:
            out.write(json.dumps(dict(zip(columns, row)), ensure_ascii=False, default=str) + "\n")
    elif args.format == "csv":
        writer = csv.writer(out)
        writer.writerow(columns)
        writer.writerows([_cell(v) for v in row] for row in rows)
    else:
        cells = [columns] + [[_cell(v) for v in row] for row in rows]
        widths = [max(len(r[i]) for r in cells) for i in range(len(columns))]
        for number, row in enumerate(cells):
            out.write("  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip() + "\n")
            if number == 0:
                out.write("  ".join("-" * w for w in widths) + "\n")
    return EXIT_OK


def _cell(value) -> str:
    """A query result's value as text: a struct or list (an error, participants) as JSON, not a Python repr."""
    if value is None:
        return ""
    return json.dumps(value, ensure_ascii=False, default=str) if isinstance(value, (dict, list)) else str(value)


def _positive(kind):
    """An argparse type: a number of ``kind`` above zero."""
    def parse(value: str):
        try:
            number = kind(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
        if number <= 0:
            raise argparse.ArgumentTypeError(f"must be above 0, got {value}")
        return number
    return parse


def _workers(value: str) -> int:
    """--workers: a count of processes, or 0 / -1 for every core."""
    number = int(value) if value.lstrip("-").isdigit() else None
    if number is None or number < -1:
        raise argparse.ArgumentTypeError(f"a number of processes, or 0 / -1 for every core, got {value!r}")
    return number


def _error_codes(value: str) -> frozenset[str]:
    """--retry: error codes, comma-separated, of those an ErrorRecord can hold."""
    from typing import get_args

    from .records import ErrorInfo

    known = get_args(ErrorInfo.model_fields["code"].annotation)
    codes = frozenset(c.strip() for c in value.split(",") if c.strip())
    if not codes or codes - set(known):
        raise argparse.ArgumentTypeError(f"error codes among {', '.join(known)}, got {value!r}")
    return codes


def _out_directory(value: str) -> str:
    """--out: "" is an unset variable ("--out "$OUT""), not the working directory."""
    if not value.strip():
        raise argparse.ArgumentTypeError("is empty: give the directory the job writes its parts to")
    return value


def _published_at(value: str) -> str:
    """--published-at: checked as the library reads it (Vietnam time, a sane range), a usage error otherwise; kept as
    written, so that the record says how much of it was given (a date alone is a day, not its 00:00)."""
    from .inputs import parse_published_at

    if not value:  # "" is no date at all: an unset variable ("--published-at "$DATE""), not a wish to leave it out
        raise argparse.ArgumentTypeError("is empty: give the publication day or time (ISO 8601, as 2024-04-12), or leave "
                                         "the option out")
    try:
        parse_published_at(value, "date")
        return value.strip()
    except InputError as error:
        raise argparse.ArgumentTypeError(error.message) from None


def _add_article_options(parser: argparse.ArgumentParser) -> None:
    """Input format and the metadata of a plain-text article, shared by ``extract`` and ``show``."""
    parser.add_argument("--format", choices=["auto", "text", "jsonl", "html"], default="auto",
                        help="input format (default: guess from name and content; an HTML page is read for its main text)")
    parser.add_argument("--published-at", type=_published_at, help="publication time of a plain-text article (ISO 8601, a day or finer: 2024-04-12 is a day, "
                        "its published_at_granularity 'day'; also RFC 2822, a Unix time, or 14/05/2019 08:30 as Vietnamese pages "
                        "print it); anchors relative dates")
    parser.add_argument("--url", help="URL of a plain-text article")
    parser.add_argument("--source", help="source (outlet) of a plain-text article")
    parser.add_argument("--max-chars", type=_positive(int), default=DEFAULT_MAX_CHARS,
                        help=f"longest article accepted, in characters (default {DEFAULT_MAX_CHARS:,}; a longer one is refused)")


def _add_statistical_option(parser: argparse.ArgumentParser) -> None:
    """--statistical, the same switch and trade-off wherever vnx runs its pipeline (extract, show, bulk)."""
    # absent: None, the library's default (pipeline.STATISTICAL_BY_DEFAULT), so that vnx bulk --resume knows it was not asked for
    parser.add_argument("--statistical", action="store_true", default=None,
                        help="also run the statistical entity model (vnx-entities-crf) after the rules: it finds places "
                        "the rules miss (figures in README, 'Statistical model'), at about 1.25x the CPU time; off by default")


class _Parser(argparse.ArgumentParser):
    """argparse's parser, except that a help or version text that cannot be written (a full disk) raises instead of
    passing unsaid with status 0 (``ArgumentParser._print_message`` swallows ``OSError``)."""

    def _print_message(self, message, file=None):
        if message:
            (file or sys.stderr).write(message)


def build_parser() -> argparse.ArgumentParser:
    from . import __version__

    parser = _Parser(prog="vnx", description="Vietnamese news information extraction: articles in, JSON records out.",
                                     epilog=EXIT_STATUS_HELP)
    parser.add_argument("--version", action="version", version=f"vnx {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    ex = sub.add_parser("extract", help="extract records from articles (plain text, HTML or JSON Lines)",
                        description="A plain-text file or an HTML page is one article; a JSON Lines file holds one "
                        '{"id", "text" | "html", "published_at"?, "url"?, "source"?} per line, read as it streams '
                        "(a blank line is no article: it gives no record). One JSON record per article on stdout; a "
                        "plain-text or HTML file's id is --id, else its path, as in vnx bulk.")
    ex.add_argument("files", nargs="*", metavar="FILE", help="input files; '-' or none reads stdin")
    ex.add_argument("--pretty", action="store_true", help="indented JSON for humans")
    ex.add_argument("--id", help="id of a plain-text or HTML article (default: its path; none for stdin)")
    _add_article_options(ex)
    ex.add_argument("--workers", type=_workers, default=1, help="processes for JSON Lines input (0 or -1: every core)")
    _add_statistical_option(ex)
    ex.set_defaults(func=cmd_extract)

    sc = sub.add_parser("schema", help="print the JSON Schema of the record")
    which = sc.add_mutually_exclusive_group()
    which.add_argument("--error", action="store_true", help="the schema of the error record instead")
    which.add_argument("--row", action="store_true", help="the schema of a line of vnx extract's JSON Lines output or of "
                       "a bulk part: a record or an error record")
    sc.set_defaults(func=cmd_schema)

    bk = sub.add_parser("bulk", help="process a news archive with every core (or a Dask cluster) into part files",
                        description="Inputs: directories of .txt/.html files, JSON Lines (.jsonl, .jsonl.gz, .jsonl.zst) "
                        'of {"id", "text" | "html", "published_at"?, "url"?, "source"?}, Parquet with such columns, '
                        "WARC files. One output row per article (record or error row; a blank line of a JSON Lines "
                        "file is no article and gives no row; a .txt/.html file's id is its path) in atomically written parts, "
                        "with a manifest; --resume finishes an interrupted job without loss or duplicates.")
    bk.add_argument("inputs", nargs="+", metavar="INPUT", help="input files or directories")
    bk.add_argument("--out", required=True, type=_out_directory, help="output directory")
    bk.add_argument("--format", choices=["jsonl", "parquet"], help="part file format (default jsonl)")
    bk.add_argument("--workers", type=_workers, default=0, help="worker processes (default, 0 or -1: every core)")
    bk.add_argument("--resume", action="store_true", help="finish the job already started in --out")
    bk.add_argument("--retry", type=_error_codes, default=frozenset(), metavar="CODE[,CODE]",
                    help="with --resume: do again the chunks that gave error rows of these codes (e.g. internal,timeout "
                         "after workers were killed or the machine was loaded)")
    bk.add_argument("--with-text", action="store_true", default=None,  # absent: None, so that --resume knows
                    help="every record holds the text its offsets point into (by default only a page's or a converted "
                         "text): `vnx query` can then show the sentence of an event")
    bk.add_argument("--chunk-size", type=_positive(int), help="articles per part file (default 200; a job of fewer "
                    "than 200 per worker is cut into one part per worker, so that every worker has one)")
    bk.add_argument("--max-chars", type=_positive(int), default=None,
                    help=f"longest article accepted, in characters (default {DEFAULT_MAX_CHARS:,})")
    bk.add_argument("--timeout", type=_positive(float), default=60.0, help="seconds allowed per article (default 60; local engine)")
    bk.add_argument("--engine", choices=["local", "dask"], default="local", help="local processes or a Dask cluster")
    bk.add_argument("--scheduler", help="Dask scheduler address (tcp://host:8786); without it, a local Dask cluster")
    bk.add_argument("--progress-interval", type=_positive(float), default=10.0, help="seconds between progress lines when stderr is not a terminal")
    _add_statistical_option(bk)
    bk.set_defaults(func=cmd_bulk)

    qu = sub.add_parser("query", help="run DuckDB SQL over a bulk output directory",
                        description="Views: articles (every row; error is set on error rows), events (one row per event), "
                        "entities (one row per entity mention).")
    qu.add_argument("dir", metavar="DIR", help="output directory of vnx bulk")
    qu.add_argument("sql", metavar="SQL", help='e.g. "SELECT type, count(*) FROM events GROUP BY ALL"')
    qu.add_argument("--format", choices=["table", "jsonl", "csv"], default="table", help="result format (default table)")
    qu.set_defaults(func=cmd_query)

    sh = sub.add_parser("show", help="show one article with its entities highlighted, people, documents and events",
                        description="Plain text: a summary with tables on stdout. --html OUT: a self-contained page "
                        "(the text highlighted with displaCy, people and titles, documents, event timeline) that opens offline.")
    sh.add_argument("file", metavar="FILE", help="a plain-text article, an HTML page, or a JSON Lines file (pick the article with --id); '-' reads stdin")
    sh.add_argument("--html", metavar="OUT", help="write the HTML page to OUT (replacing a file there, never the input) "
                    "and print its path")
    sh.add_argument("--id", help="JSON Lines: the id of the article to show; plain text: the article's id")
    _add_article_options(sh)
    _add_statistical_option(sh)
    sh.set_defaults(func=cmd_show)
    return parser


def _drop_stdout() -> None:
    """Point stdout at /dev/null once it cannot be written: what is left in its buffer goes nowhere at exit,
    instead of a second error from Python."""
    if sys.stdout is not None:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except OSError as error:  # --help or --version could not be written (_Parser)
        sys.stderr.write(f"vnx: error: cannot write output: {error.strerror or error}\n")
        _drop_stdout()
        return EXIT_BAD_INPUT
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    if sys.stdout is not None:
        sys.stdout.reconfigure(encoding="utf-8")
    on_sigterm_raise()
    try:
        status = args.func(args, sys.stdin.buffer if sys.stdin is not None else None, _Stdout(sys.stdout), sys.stderr)
        if sys.stdout is not None:
            _Stdout(sys.stdout).flush()  # a full disk is reported here, not by Python at exit
        return status
    except OutputError as error:
        sys.stderr.write(f"vnx: error: cannot write output: {error}\n")
        _drop_stdout()
        return EXIT_BAD_INPUT
    except InputError as error:
        sys.stderr.write(f"vnx: error: {error.message}\n")
        return EXIT_BAD_INPUT
    except KeyboardInterrupt as stop:
        terminated = isinstance(stop, Terminated)
        sys.stderr.write(f"vnx: {'terminated' if terminated else 'interrupted'}\n")
        return EXIT_TERMINATED if terminated else EXIT_INTERRUPTED
    except BrokenPipeError:  # the reader of our output went away (`| head`): stop quietly, as other commands do
        _drop_stdout()
        return EXIT_BROKEN_PIPE
    except Exception as error:  # never a traceback: one line that says it is vnx's fault
        sys.stderr.write(f"vnx: error: internal error ({type(error).__name__}: {error}); please report it\n")
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
