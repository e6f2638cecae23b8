"""The ``vnx`` command line: articles in, one JSON record per article out.

Exit status: 0 when every article gave a record, 1 when some input was refused (each named
on stderr, and in JSON Lines mode also as an error record on stdout), 2 for usage errors.
"""
from __future__ import annotations

import argparse
import json
import sys
from typing import IO, Iterator

from .inputs import InputError, decode

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE = 0, 1, 2


def _jsonl_items(text: str, name: str) -> Iterator[tuple[str, object]]:
    """(label, article-or-InputError) for each non-blank line of a JSON Lines text."""
    # Only "\n" ends a JSON line: a JSON string may hold U+2028 and other separators that splitlines() cuts at.
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        label = f"{name} line {number}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as err:
            yield label, InputError("bad_json", f"{label} is not valid JSON ({err.msg} at column {err.colno})")
            continue
        except RecursionError:
            yield label, InputError("bad_json", f"{label} is JSON nested too deeply to read")
            continue
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            ident = item.get("id") if isinstance(item, dict) else None
            yield label, InputError("not_an_article", f'{label} is not an article: expected an object with a "text" string',
                                    article_id=None if ident is None else str(ident))
            continue
        yield label, item


def _looks_like_jsonl(name: str, text: str) -> bool:
    return name.endswith((".jsonl", ".ndjson")) or text.lstrip().startswith("{")


def _looks_like_html(name: str, data: bytes) -> bool:
    head = data[:512].lstrip().lower()
    return name.lower().endswith((".html", ".htm")) or head.startswith((b"<!doctype html", b"<html"))


def _extract_html(args, name: str, data: bytes, out: IO[str], err: IO[str]) -> int:
    """One HTML page: its main text (trafilatura) is the article; the record says so and carries that text."""
    from .api import extract
    from .readers import Unreadable, html_page

    try:
        fields, extras = html_page(data, args.url)
        record = extract(fields["text"], id=args.id, published_at=args.published_at or fields["published_at"],
                         url=fields["url"], source=args.source)
    except (Unreadable, InputError) as error:
        err.write(f"vnx: error: {name}: {getattr(error, 'message', error)}\n")
        return EXIT_BAD_INPUT
    page = {key: fields[key] for key in ("title", "author") if fields.get(key) and not getattr(record, key)}
    _emit(record.model_copy(update={**extras, **page}), out, args.pretty)
    return EXIT_OK


def _read(path: str, stdin: IO[bytes]) -> tuple[str, bytes]:
    if path == "-":
        return "stdin", stdin.read()
    with open(path, "rb") as handle:
        return path, handle.read()


def _emit(record, out: IO[str], pretty: bool) -> None:
    out.write(record.model_dump_json(indent=2 if pretty else None, exclude_none=False) + "\n")
    out.flush()


def cmd_extract(args, stdin: IO[bytes], out: IO[str], err: IO[str]) -> int:
    from .api import extract, extract_many
    from .records import ErrorInfo, ErrorRecord

    status = EXIT_OK
    for path in args.files or ["-"]:
        try:
            name, data = _read(path, stdin)
        except OSError as error:
            err.write(f"vnx: error: cannot read {path}: {error.strerror}\n")
            status = EXIT_BAD_INPUT
            continue
        if args.format == "html" or (args.format == "auto" and _looks_like_html(name, data)):
            status = _extract_html(args, name, data, out, err) or status
            continue
        try:
            text = decode(data, name)
        except InputError as error:
            err.write(f"vnx: error: {error.message}\n")
            status = EXIT_BAD_INPUT
            continue
        mode = args.format if args.format != "auto" else ("jsonl" if _looks_like_jsonl(name, text) else "text")
        if mode == "text":
            try:
                _emit(extract(text, id=args.id, published_at=args.published_at, url=args.url, source=args.source), out, args.pretty)
            except InputError as error:
                err.write(f"vnx: error: {name}: {error.message}\n")
                status = EXIT_BAD_INPUT
            except Exception as error:  # a vnx bug must not hide the other files, nor show a traceback
                err.write(f"vnx: error: {name}: internal error ({type(error).__name__}: {error}); please report it\n")
                status = EXIT_BAD_INPUT
            continue
        if args.id or args.published_at or args.url or args.source:
            err.write(f"vnx: warning: {name}: --id, --published-at, --url and --source apply to plain-text articles; "
                      "in JSON Lines each line gives its own\n")
        labelled = list(_jsonl_items(text, name))
        articles = [item for _, item in labelled if not isinstance(item, InputError)]
        results = iter(extract_many(articles, n_process=args.workers))
        for label, item in labelled:
            if isinstance(item, InputError):
                record = ErrorRecord(id=item.article_id, error=ErrorInfo(code=item.code, message=item.message))
            else:
                record = next(results)
            if isinstance(item, InputError):
                err.write(f"vnx: error: {item.message}\n")
                status = EXIT_BAD_INPUT
            elif isinstance(record, ErrorRecord):
                err.write(f"vnx: error: {label}: {record.error.message}\n")
                status = EXIT_BAD_INPUT
            _emit(record, out, args.pretty)
    return status


def cmd_schema(args, stdin, out, err) -> int:
    from .records import ArticleRecord, ErrorRecord

    schema = ErrorRecord.model_json_schema() if args.error else ArticleRecord.model_json_schema()
    out.write(json.dumps(schema, ensure_ascii=False, indent=2) + "\n")
    return EXIT_OK


def cmd_bulk(args, stdin, out, err) -> int:
    from .bulk import JobMismatch, Settings, run
    from .inputs import DEFAULT_MAX_CHARS
    from .readers import BadInput

    settings = Settings(out=args.out, format=args.format, chunk_size=args.chunk_size,
                        max_chars=args.max_chars or DEFAULT_MAX_CHARS, timeout=args.timeout)
    try:
        summary = run(args.inputs, settings, workers=None if args.workers in (0, -1) else args.workers, resume=args.resume,
                      engine=args.engine, scheduler=args.scheduler, err=err, progress_interval=args.progress_interval)
    except (JobMismatch, BadInput) as error:
        err.write(f"vnx: error: {error}\n")
        return EXIT_USAGE
    except OSError as error:  # --out is a file, or not writable
        err.write(f"vnx: error: cannot write to {args.out}: {error.strerror or error}\n")
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    return EXIT_OK if summary["complete"] else 130


def _pick_article(args, name: str, text: str) -> dict:
    """The article ``vnx show`` renders: the whole plain text, or the JSON Lines line with ``--id``."""
    fields = {"id": args.id, "published_at": args.published_at, "url": args.url, "source": args.source}
    mode = args.format if args.format != "auto" else ("jsonl" if _looks_like_jsonl(name, text) else "text")
    if mode == "text":
        return {"text": text, **fields}
    articles = [item for _, item in _jsonl_items(text, name) if not isinstance(item, InputError)]
    if args.id is not None:
        articles = [item for item in articles if str(item.get("id")) == args.id]
        if not articles:
            raise InputError("not_an_article", f"{name} has no article with id {args.id!r}")
    elif len(articles) != 1:
        raise InputError("not_an_article", f"{name} holds {len(articles)} articles; pick one with --id")
    item = {k: v for k, v in articles[0].items() if k in ("id", "text", "published_at", "url", "source") and v is not None}
    if "id" in item:
        item["id"] = str(item["id"])
    return {**fields, **item}


def cmd_show(args, stdin, out, err) -> int:
    from .view import analyse, render_html, render_text

    try:
        name, data = _read(args.file, stdin)
    except OSError as error:
        err.write(f"vnx: error: cannot read {args.file}: {error.strerror}\n")
        return EXIT_BAD_INPUT
    try:
        article = _pick_article(args, name, decode(data, name))
    except InputError as error:
        err.write(f"vnx: error: {error.message}\n")
        return EXIT_BAD_INPUT
    try:
        doc, record = analyse(article.pop("text"), **article)
    except InputError as error:
        err.write(f"vnx: error: {name}: {error.message}\n")
        return EXIT_BAD_INPUT
    if not args.html:
        render_text(record, out)
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

    from .bulk import query

    if not args.sql.strip():
        err.write("vnx: error: the SQL query is empty\n")
        return EXIT_USAGE
    try:
        columns, rows = query(args.dir, args.sql)
    except FileNotFoundError as error:
        err.write(f"vnx: error: {error}\n")
        return EXIT_USAGE
    except Exception as error:  # DuckDB's own message names the SQL problem
        err.write(f"vnx: error: {type(error).__name__}: {error}\n")
        return EXIT_BAD_INPUT
    if args.format == "jsonl":
        for row in rows:
            out.write(json.dumps(dict(zip(columns, row)), ensure_ascii=False, default=str) + "\n")
    elif args.format == "csv":
        writer = csv.writer(out)
        writer.writerow(columns)
        writer.writerows(rows)
    else:
        cells = [columns] + [["" if v is None else str(v) for v in row] for row in rows]
        widths = [max(len(r[i]) for r in cells) for i in range(len(columns))]
        for number, row in enumerate(cells):
            out.write("  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip() + "\n")
            if number == 0:
                out.write("  ".join("-" * w for w in widths) + "\n")
    return EXIT_OK


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


def _add_article_options(parser: argparse.ArgumentParser) -> None:
    """Input format and the metadata of a plain-text article, shared by ``extract`` and ``show``."""
    parser.add_argument("--format", choices=["auto", "text", "jsonl", "html"], default="auto",
                        help="input format (default: guess from name and content; an HTML page is read for its main text)")
    parser.add_argument("--published-at", help="publication time of a plain-text article (ISO 8601); anchors relative dates")
    parser.add_argument("--url", help="URL of a plain-text article")
    parser.add_argument("--source", help="source (outlet) of a plain-text article")


def build_parser() -> argparse.ArgumentParser:
    from . import __version__

    parser = argparse.ArgumentParser(prog="vnx", description="Vietnamese news information extraction: articles in, JSON records out.")
    parser.add_argument("--version", action="version", version=f"vnx {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    ex = sub.add_parser("extract", help="extract records from articles (plain text or JSON Lines)",
                        description="A plain-text file is one article; a JSON Lines file holds one "
                        '{"id", "text", "published_at"?, "url"?, "source"?} per line. One JSON record per article on stdout.')
    ex.add_argument("files", nargs="*", metavar="FILE", help="input files; '-' or none reads stdin")
    ex.add_argument("--pretty", action="store_true", help="indented JSON for humans")
    ex.add_argument("--id", help="id of a plain-text article")
    _add_article_options(ex)
    ex.add_argument("--workers", type=_workers, default=1, help="processes for JSON Lines input (0 or -1: every core)")
    ex.set_defaults(func=cmd_extract)

    sc = sub.add_parser("schema", help="print the JSON Schema of the record")
    sc.add_argument("--error", action="store_true", help="the schema of the error record instead")
    sc.set_defaults(func=cmd_schema)

    bk = sub.add_parser("bulk", help="process a news archive with every core (or a Dask cluster) into part files",
                        description="Inputs: directories of .txt/.html files, JSON Lines (.jsonl, .jsonl.gz, .jsonl.zst) "
                        'of {"id", "text" | "html", "published_at"?, "url"?, "source"?}, Parquet with such columns, '
                        "WARC files. One output row per article (record or error row) in atomically written parts, "
                        "with a manifest; --resume finishes an interrupted job without loss or duplicates.")
    bk.add_argument("inputs", nargs="+", metavar="INPUT", help="input files or directories")
    bk.add_argument("--out", required=True, help="output directory")
    bk.add_argument("--format", choices=["jsonl", "parquet"], default="jsonl", help="part file format (default jsonl)")
    bk.add_argument("--workers", type=_workers, default=0, help="worker processes (default, 0 or -1: every core)")
    bk.add_argument("--resume", action="store_true", help="finish the job already started in --out")
    bk.add_argument("--chunk-size", type=_positive(int), default=200, help="articles per part file (default 200)")
    bk.add_argument("--max-chars", type=_positive(int), default=None, help="longest article accepted, in characters (default 1,000,000)")
    bk.add_argument("--timeout", type=_positive(float), default=60.0, help="seconds allowed per article (default 60; local engine)")
    bk.add_argument("--engine", choices=["local", "dask"], default="local", help="local processes or a Dask cluster")
    bk.add_argument("--scheduler", help="Dask scheduler address (tcp://host:8786); without it, a local Dask cluster")
    bk.add_argument("--progress-interval", type=_positive(float), default=10.0, help="seconds between progress lines when stderr is not a terminal")
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
    sh.add_argument("file", metavar="FILE", help="a plain-text article, or a JSON Lines file (pick the article with --id); '-' reads stdin")
    sh.add_argument("--html", metavar="OUT", help="write the HTML page to OUT and print its path")
    sh.add_argument("--id", help="JSON Lines: the id of the article to show; plain text: the article's id")
    _add_article_options(sh)
    sh.set_defaults(func=cmd_show)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    sys.stdout.reconfigure(encoding="utf-8")
    try:
        return args.func(args, sys.stdin.buffer, sys.stdout, sys.stderr)
    except InputError as error:
        sys.stderr.write(f"vnx: error: {error.message}\n")
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        sys.stderr.write("vnx: interrupted\n")
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as error:  # never a traceback: one line that says it is vnx's fault
        sys.stderr.write(f"vnx: error: internal error ({type(error).__name__}: {error}); please report it\n")
        return EXIT_BAD_INPUT


if __name__ == "__main__":
    sys.exit(main())
