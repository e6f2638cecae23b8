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
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        label = f"{name} line {number}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as err:
            yield label, InputError("bad_json", f"{label} is not valid JSON ({err.msg} at column {err.colno})")
            continue
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            yield label, InputError("not_an_article", f'{label} is not an article: expected an object with a "text" string')
            continue
        yield label, item


def _looks_like_jsonl(name: str, text: str) -> bool:
    return name.endswith((".jsonl", ".ndjson")) or text.lstrip().startswith("{")


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
            continue
        labelled = list(_jsonl_items(text, name))
        articles = [item for _, item in labelled if not isinstance(item, InputError)]
        results = iter(extract_many(articles, n_process=args.workers))
        for label, item in labelled:
            if isinstance(item, InputError):
                record = ErrorRecord(id=None, error=ErrorInfo(code=item.code, message=item.message))
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


def build_parser() -> argparse.ArgumentParser:
    from . import __version__

    parser = argparse.ArgumentParser(prog="vnx", description="Vietnamese news information extraction: articles in, JSON records out.")
    parser.add_argument("--version", action="version", version=f"vnx {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    ex = sub.add_parser("extract", help="extract records from articles (plain text or JSON Lines)",
                        description="A plain-text file is one article; a JSON Lines file holds one "
                        '{"id", "text", "published_at"?, "url"?, "source"?} per line. One JSON record per article on stdout.')
    ex.add_argument("files", nargs="*", metavar="FILE", help="input files; '-' or none reads stdin")
    ex.add_argument("--format", choices=["auto", "text", "jsonl"], default="auto", help="input format (default: guess from name and content)")
    ex.add_argument("--pretty", action="store_true", help="indented JSON for humans")
    ex.add_argument("--id", help="id of a plain-text article")
    ex.add_argument("--published-at", help="publication time of a plain-text article (ISO 8601); anchors relative dates")
    ex.add_argument("--url", help="URL of a plain-text article")
    ex.add_argument("--source", help="source (outlet) of a plain-text article")
    ex.add_argument("--workers", type=int, default=1, help="processes for JSON Lines input (-1: every core)")
    ex.set_defaults(func=cmd_extract)

    sc = sub.add_parser("schema", help="print the JSON Schema of the record")
    sc.add_argument("--error", action="store_true", help="the schema of the error record instead")
    sc.set_defaults(func=cmd_schema)
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


if __name__ == "__main__":
    sys.exit(main())
