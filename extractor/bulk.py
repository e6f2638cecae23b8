"""``vnx bulk``: run vnx over a news archive with every core (or a Dask cluster), losing nothing.

How the job is cut: the inputs are read as one stream of articles in a stable order and cut
into numbered chunks (``chunk_size`` articles or ``CHUNK_BYTES`` bytes, whichever comes first).
A worker turns a chunk into one output row per article (an ``ArticleRecord`` or an
``ErrorRecord``) and writes them as the part file ``parts/part-NNNNNN.{jsonl,parquet}``:
temporary file, fsync, rename. A part either exists whole or not at all, so ``--resume``
skips exactly the chunks whose part exists and redoes the rest: no article lost, none twice.

Layout of the output directory::

    job.json        what was asked (inputs with size and mtime, format, chunk size); checked on --resume
    parts/          the part files
    parts.jsonl     journal: one line per finished part (rows, errors, ...), appended as parts land
    manifest.json   written at the end (and on interruption): every part, totals, complete true/false

Memory is bounded: readers stream, at most ``2 × workers`` chunks are in flight, and an article
over the size limit becomes an error row without being read whole.
"""
from __future__ import annotations

import importlib
import json
import logging
import os
import re
import resource
import shutil
import signal
import sys
import tempfile
import threading
import time
import weakref
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import IO, Any

from .inputs import DEFAULT_MAX_CHARS
from .pipeline import use_statistical
from .signals import on_sigterm_raise
from .readers import (SUFFIXES, BadInput, Item, Unreadable, count_items, input_files, known_id, read_items, shown_path,
                      to_article, with_page)

CHUNK_BYTES = 32 << 20
MAX_MESSAGE = 500
JOB, JOURNAL, MANIFEST, PARTS, LOCK = "job.json", "parts.jsonl", "manifest.json", "parts", "job.lock"
# job.json's "version": how the readers cut inputs into articles, which --resume needs unchanged. 2: a .txt file of
# JSON Lines is read as such (one article per line), and every response or resource record of a WARC file is a row
JOB_VERSION = 2
RECUT_SUFFIXES = (".txt", ".warc", ".warc.gz")  # the inputs that version 2 cuts otherwise than version 1


class Timeout(BaseException):
    """An article ran past its time limit (BaseException so ``extract_one`` does not swallow it)."""


class JobMismatch(ValueError):
    """``--resume`` of a job whose inputs or settings changed, or a fresh run into a used directory."""


class SchedulerError(ValueError):
    """``--scheduler`` that is no Dask scheduler address, or one that cannot be reached."""


class ClusterLost(RuntimeError):
    """The Dask scheduler went away during the job: the parts written are kept, ``--resume`` finishes it."""


SCHEDULER_TIMEOUT = 10  # seconds to reach a Dask scheduler (a live one answers in milliseconds)


@dataclass
class Task:
    """One chunk of articles and how far its attempts got."""

    number: int
    items: list[Item]
    isolate: bool = False  # after a worker died: one article at a time, leaving a breadcrumb
    poisoned: set[int] = field(default_factory=set)  # indices that killed a worker: error rows


@dataclass
class Settings:
    out: str
    format: str = "jsonl"
    chunk_size: int = 200
    max_chars: int = DEFAULT_MAX_CHARS
    timeout: float = 60.0
    statistical: bool | None = None  # add the statistical entity model (None: pipeline.STATISTICAL_BY_DEFAULT); fixed by job.json
    with_text: bool = False  # every record holds the text its offsets point into, to query sentences from; fixed by job.json

    def __post_init__(self):
        self.statistical = use_statistical(self.statistical)  # a bool, written to job.json and sent to the workers


# ---------------------------------------------------------------- worker side

_progress_queue = None


def lifeline(context):
    """Both ends of a pipe whose writing end only the parent keeps: its workers end when it is gone, even by kill -9."""
    return context.Pipe(duplex=False)


def _init_worker(queue, line=None, statistical: bool | None = None) -> None:
    """Load the pipeline (``statistical`` as in ``extract``) once per worker process; the parent handles Ctrl-C;
    end with the parent (``line``)."""
    global _progress_queue
    from .pipeline import shared

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if line is not None:
        reader, writer = line
        writer.close()  # this process's copy: the parent's is then the last one
        threading.Thread(target=_exit_with_parent, args=(reader,), daemon=True).start()
    _progress_queue = queue
    shared(statistical)


def _exit_with_parent(reader) -> None:
    """Wait for the parent's end of the pipe to close (the parent died), then end this worker at once."""
    try:
        reader.recv_bytes()
    except (EOFError, OSError):
        pass
    os._exit(1)


class _deadline:
    """Raise ``Timeout`` after ``seconds`` (SIGALRM; only in a process's main thread, else no limit)."""

    def __init__(self, seconds: float):
        self.seconds = seconds if threading.current_thread() is threading.main_thread() and seconds > 0 else 0

    def _fire(self, signum, frame):
        raise Timeout()

    def __enter__(self):
        if self.seconds:
            self._old = signal.signal(signal.SIGALRM, self._fire)
            signal.setitimer(signal.ITIMER_REAL, self.seconds)
        return self

    def __exit__(self, *exc):
        if self.seconds:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self._old)
        return False


def _error_row(code: str, message: str, *, id=None, input=None, encoding=None):
    from .records import ErrorInfo, ErrorRecord

    return ErrorRecord(id=id, input=input, source_encoding=encoding, error=ErrorInfo(code=code, message=message))


def _finish(record, item: Item, fields: dict, extras: dict, settings: Settings):
    """Add where the article came from and what its offsets point into (with ``settings.with_text``, the text itself
    also when it is the input as given); an error's message starts with where, as the readers' messages do (and as
    ``vnx extract`` writes them)."""
    from .records import ErrorRecord

    if isinstance(record, ErrorRecord):
        message = f"{item.key}: {record.error.message}"
        if len(message) > MAX_MESSAGE:  # some exceptions quote the whole article
            message = message[:MAX_MESSAGE] + " …"
        error = record.error.model_copy(update={"message": message})
        return record.model_copy(update={"input": item.key, "source_encoding": extras.get("source_encoding"), "error": error})
    if settings.with_text and "text" not in extras:
        extras = dict(extras, text=fields["text"])
    return with_page(record, fields, dict(extras, input=item.key))


def _extract_alone(fields: dict, settings: Settings):
    from .api import extract_one

    try:
        with _deadline(settings.timeout):
            return extract_one(fields, settings.max_chars, settings.statistical)
    except Timeout:
        return _error_row("timeout", f"article {fields.get('id')} took longer than {settings.timeout:g} s", id=fields.get("id"))


def _extract_batch(prepared: list[tuple[int, dict]], settings: Settings) -> dict[int, Any]:
    """Records of a batch through ``nlp.pipe``; on any failure, article by article with ``extract_one``."""
    from .api import make_doc, record_from_doc
    from .pipeline import shared

    nlp = shared(settings.statistical)
    results: dict[int, Any] = {}
    docs = []
    for index, fields in prepared:
        try:
            docs.append((index, make_doc(fields["text"], id=fields.get("id"), published_at=fields.get("published_at"),
                                         url=fields.get("url"), source=fields.get("source"),
                                         max_chars=settings.max_chars, nlp=nlp)))
        except Exception:  # InputError, or a bug: extract_one gives the same failure as an error record
            results[index] = _extract_alone(fields, settings)
    try:
        with _deadline(settings.timeout * max(1, len(docs))):
            for (index, _), doc in zip(docs, nlp.pipe(doc for _, doc in docs)):
                results[index] = record_from_doc(doc)
    except (Exception, Timeout):
        by_index = dict(prepared)
        for index, _ in docs:
            if index not in results:
                results[index] = _extract_alone(by_index[index], settings)
    return results


def _report(task: Task, done: int) -> None:
    if _progress_queue is not None:
        _progress_queue.put(("progress", task.number, done))


def _prepare(index: int, item: Item, task: Task, settings: Settings):
    """An error row for an item that cannot become an article, else (fields, extra record fields)."""
    if index in task.poisoned:
        return _error_row("internal", f"{item.key}: the worker process died while extracting this article",
                          id=known_id(item), input=item.key)
    try:
        with _deadline(settings.timeout):  # HTML extraction of a pathological page
            return to_article(item)
    except Timeout:
        return _error_row("timeout", f"{item.key}: reading the article took longer than {settings.timeout:g} s",
                          id=known_id(item), input=item.key)
    except Unreadable as err:
        return _error_row(err.code, err.message, id=err.id or known_id(item), input=item.key, encoding=err.encoding)
    except OSError as err:  # a .txt/.html file gone, unreadable or failing (EIO) since the job was listed
        return _error_row("unreadable", cannot_read(item.key, err), id=known_id(item), input=item.key)
    except Exception as err:  # a reader bug must not stop the run
        return _error_row("internal", f"{item.key}: {type(err).__name__}: {err}", input=item.key)


def process_task(task: Task, settings: Settings) -> dict:
    """Turn a chunk into its part file (one row per article) and return the part's statistics."""
    rows: list[Any] = [None] * len(task.items)
    if task.isolate:  # after a crash: one by one, naming the article in progress so a new crash points at it
        crumb = Path(settings.out, PARTS, f".inflight-{task.number:06d}")
        last = time.monotonic()
        for index, item in enumerate(task.items):
            crumb.write_text(str(index))
            prepared = _prepare(index, item, task, settings)
            if isinstance(prepared, tuple):
                fields, extra = prepared
                prepared = _finish(_extract_alone(fields, settings), item, fields, extra, settings)
            rows[index] = prepared
            if time.monotonic() - last > 0.5:
                _report(task, index + 1)
                last = time.monotonic()
        crumb.unlink(missing_ok=True)
    else:
        batch: list[tuple[int, dict]] = []
        extras: dict[int, dict] = {}
        for index, item in enumerate(task.items):
            prepared = _prepare(index, item, task, settings)
            if isinstance(prepared, tuple):
                batch.append((index, prepared[0]))
                extras[index] = prepared[1]
            else:
                rows[index] = prepared
        size, fields = 32, dict(batch)  # spaCy nlp.pipe batch
        for start in range(0, len(batch), size):
            for index, record in _extract_batch(batch[start:start + size], settings).items():
                rows[index] = _finish(record, task.items[index], fields[index], extras[index], settings)
            _report(task, min(start + size, len(batch)))
    name = write_part(rows, settings, task.number)
    return _stats(name, task, rows, settings)


def _stats(name: str, task: Task, rows: list, settings: Settings) -> dict:
    """A part's line in the journal and manifest: ``bytes`` is the size of its articles as read from the inputs (the
    line, row or file of each; kept under that name for the manifests already written), ``part_bytes`` that of the
    part file."""
    from .records import ErrorRecord

    codes = Counter(r.error.code for r in rows if isinstance(r, ErrorRecord))
    usage = resource.getrusage(resource.RUSAGE_SELF)  # peak memory and CPU of this worker so far
    encodings = Counter(r.source_encoding for r in rows if r.source_encoding and r.source_encoding != "utf-8")
    return {"part": name, "number": task.number, "rows": len(rows), "errors": sum(codes.values()),
            "error_codes": dict(codes), "converted": dict(encodings),
            "bytes": sum(item.size for item in task.items), "part_bytes": Path(settings.out, PARTS, name).stat().st_size,
            "worker": os.getpid(), "worker_peak_mb": round(usage.ru_maxrss / 1024, 1),
            "worker_cpu_seconds": round(usage.ru_utime + usage.ru_stime, 3), "finished_at": round(time.time(), 3),
            "first": task.items[0].key, "last": task.items[-1].key}


# ---------------------------------------------------------------- output parts


def part_name(number: int, fmt: str) -> str:
    return f"part-{number:06d}.{fmt}"


def _atomic_write(path: Path, write) -> None:
    tmp = path.with_name(f".tmp-{path.name}-{os.getpid()}")
    try:
        with open(tmp, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:  # a full disk, an interrupt: no half-written file left behind
        tmp.unlink(missing_ok=True)
        raise


def write_part(rows: list, settings: Settings, number: int) -> str:
    name = part_name(number, settings.format)
    path = Path(settings.out, PARTS, name)
    if settings.format == "jsonl":
        data = "".join(r.model_dump_json() + "\n" for r in rows).encode("utf-8")
        _atomic_write(path, lambda h: h.write(data))
    else:
        import pyarrow.parquet as pq

        table = to_arrow(rows)
        _atomic_write(path, lambda h: pq.write_table(table, h, compression="zstd"))
    return name


def _arrow_type(annotation):
    """The Arrow type of a pydantic field annotation (str, int, float, bool, datetime, Literal, Optional, list, model)."""
    import typing

    import pyarrow as pa
    from pydantic import BaseModel

    origin = typing.get_origin(annotation)
    if origin is typing.Union:
        return _arrow_type(next(a for a in typing.get_args(annotation) if a is not type(None)))
    if origin is typing.Literal:
        return pa.string()
    if origin is list:
        return pa.list_(_arrow_type(typing.get_args(annotation)[0]))
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return pa.struct([(name, _arrow_type(f.annotation)) for name, f in annotation.model_fields.items()])
    return {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_(),
            datetime: pa.timestamp("us", tz="UTC")}[annotation]


def arrow_schema():
    """One table for both row kinds: the ArticleRecord columns plus ``error`` (null for records)."""
    import pyarrow as pa

    from .records import ArticleRecord, ErrorInfo

    fields = [(name, _arrow_type(f.annotation)) for name, f in ArticleRecord.model_fields.items()]
    return pa.schema(fields + [("error", _arrow_type(ErrorInfo))])


def to_arrow(rows: list):
    import pyarrow as pa

    from .records import ErrorRecord

    schema = arrow_schema()
    dicts = []
    for row in rows:
        data = row.model_dump()
        if isinstance(row, ErrorRecord):
            data = {name: data.get(name) for name in schema.names}
        else:
            data["error"] = None
        dicts.append(data)
    return pa.Table.from_pylist(dicts, schema=schema)


# ---------------------------------------------------------------- the job (parent side)


def _signature(files: list[str]) -> list[dict]:
    """Each input's path, size and mtime, for ``--resume`` to tell it unchanged; a dangling symbolic link's own."""
    def stat(path: str) -> os.stat_result:
        try:
            return os.stat(path)
        except OSError:  # it gets an error row; the link itself still says whether it changed
            return os.lstat(path)

    return [{"path": f, "realpath": os.path.realpath(f), "size": st.st_size, "mtime_ns": st.st_mtime_ns}
            for f in files for st in [stat(f)]]


def _as_recorded(before: list[dict], now: list[dict]) -> list[str] | None:
    """The input files to read on ``--resume`` when ``now`` names the files of ``before``, unchanged and in order, by
    other paths ("./in.jsonl", or from another directory): each by its recorded path where that still reaches it (so
    that new rows name their input as the earlier parts do), else as given now; None when the files differ."""
    def same(was: dict, given: dict) -> bool:
        if (was["size"], was["mtime_ns"]) != (given["size"], given["mtime_ns"]):
            return False
        if was["path"] == given["path"] or was.get("realpath") == given["realpath"]:
            return True
        try:
            return os.path.samefile(was["path"], given["path"])
        except OSError:
            return False

    if len(before) != len(now) or not all(map(same, before, now)):
        return None
    return [was["path"] if os.path.realpath(was["path"]) == given["realpath"] else given["path"]
            for was, given in zip(before, now)]


def cannot_read(path: str, error: OSError) -> str:
    """An error row's message for an input file that cannot be read: the system's reason, a dangling symbolic link named."""
    if isinstance(error, FileNotFoundError) and os.path.islink(path):
        return f"{shown_path(path)}: cannot read: no such file (dangling symbolic link to {shown_path(os.readlink(path))})"
    return f"{shown_path(path)}: cannot read: {error.strerror or error}"


def _load_journal(out: Path) -> dict[int, dict]:
    entries = {}
    path = out / JOURNAL
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                entry = json.loads(line)
            except ValueError:  # a line torn by a kill: the part is recounted below
                continue
            entries[entry["number"]] = entry
    return entries


def _recount(path: Path, number: int) -> dict:
    """Statistics of a part whose journal line was lost (killed between rename and append)."""
    if path.suffix == ".jsonl":
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    else:
        import pyarrow.parquet as pq

        rows = pq.read_table(path, columns=["input", "error"]).to_pylist()
    codes = Counter(r["error"]["code"] for r in rows if r.get("error"))
    return {"part": path.name, "number": number, "rows": len(rows), "errors": sum(codes.values()),
            "error_codes": dict(codes), "converted": {}, "bytes": 0, "part_bytes": path.stat().st_size,
            "first": rows[0].get("input") if rows else None, "last": rows[-1].get("input") if rows else None}


def _changed(before: list[dict], now: list[dict]) -> str:
    """What differs between two input signatures (``_signature``), said of the first file that differs."""
    then = {f["path"]: f for f in before}
    for f in now:
        if f["path"] not in then:
            return f"{f['path']} is new"
        was = then.pop(f["path"])
        if was["size"] != f["size"]:
            return f"{f['path']}: {was['size']:,} bytes then, {f['size']:,} now"
        if was["mtime_ns"] != f["mtime_ns"]:
            return f"{f['path']} was modified (or touched) since"
    return f"{next(iter(then))} is gone" if then else "the same files in another order"


def prepare(files: list[str], settings: Settings, resume: bool, err: IO[str] | None = None,
            asked: frozenset[str] = frozenset(), retry: frozenset[str] = frozenset()) -> tuple[list[str], dict[int, dict]]:
    """Check or create the output directory for the input ``files`` (``_readable_inputs``); the files and the parts
    already done. On resume the job's own format, chunk size, size limit and pipeline (``statistical``) apply; one of
    them ``asked`` otherwise is warned about; a part holding an error row of a code in ``retry`` ("internal" after
    workers were killed, "timeout" on a loaded machine) is deleted, to be done again."""
    from .records import SCHEMA_VERSION

    out = Path(settings.out)
    job = {"inputs": _signature(files), "format": settings.format, "chunk_size": settings.chunk_size,
           "max_chars": settings.max_chars, "statistical": settings.statistical, "with_text": settings.with_text,
           "schema_version": SCHEMA_VERSION}
    if (out / JOB).exists():
        if not resume:
            raise JobMismatch(f"{out} already holds a bulk job: add --resume to finish it, or choose another --out")
        old = json.loads((out / JOB).read_text(encoding="utf-8"))
        old.setdefault("statistical", False)  # a job started before the option ran the rules alone
        old.setdefault("with_text", False)  # ... or wrote no text
        for key in ("format", "chunk_size", "max_chars", "statistical", "with_text"):
            if key in asked and getattr(settings, key) != old[key] and err is not None:
                if key == "statistical":  # only the flag is asked for: a yes, to a job started without it
                    option, started = "--statistical", "without the statistical entity model"
                elif key == "with_text":
                    option, started = "--with-text", "without the texts in its records"
                else:
                    option, started = f"--{key.replace('_', '-')} {getattr(settings, key)}", f"with {old[key]}"
                err.write(f"vnx: warning: {option} ignored: {out} was started {started}, which --resume keeps\n")
            setattr(settings, key, old[key])  # the parts already written fix the cut and the records' pipeline
        recorded = _as_recorded(old["inputs"], job["inputs"])
        if recorded is None:
            raise JobMismatch(f"the inputs changed since {out} was started ({_changed(old['inputs'], job['inputs'])}): "
                              "--resume needs the same files, unchanged; start a new job with another --out")
        recut = [f["path"] for f in old["inputs"] if f["path"].lower().endswith(RECUT_SUFFIXES)]
        if old.get("version", 1) < JOB_VERSION and recut:
            raise JobMismatch(f"{out} was started by an older vnx, which cut {recut[0]} into articles otherwise: finish "
                              "it with that vnx, or start a new --out")
        if old.get("schema_version", "1.0") != SCHEMA_VERSION:  # parts of two record schemas would not query as one
            raise JobMismatch(f"{out} was started with record schema {old.get('schema_version', '1.0')}, this vnx writes "
                              f"{SCHEMA_VERSION}: finish it with the vnx that started it, or start a new --out")
        moved = [(was["path"], path) for was, path in zip(old["inputs"], recorded) if was["path"] != path]
        if moved and err is not None:
            for was, path in moved:
                err.write(f"vnx: warning: {shown_path(path)} is the job's {shown_path(was)}, which that path does not "
                          f"reach from here: the rows still to come name it {shown_path(path)}\n")
        files = recorded
    else:
        if out.exists() and any(p.name != LOCK for p in out.iterdir()):
            raise JobMismatch(f"{out} is not empty and holds no bulk job")
        (out / PARTS).mkdir(parents=True, exist_ok=True)
        job["version"] = JOB_VERSION
        _atomic_write(out / JOB, lambda h: h.write(json.dumps(job, indent=1).encode()))
    for stale in (out / PARTS).glob(".*"):  # temporary files and breadcrumbs of a killed run
        stale.unlink()
    journal = _load_journal(out)
    done = {}
    for path in (out / PARTS).glob(f"part-*.{settings.format}"):
        number = int(path.name.split("-")[1].split(".")[0])
        done[number] = journal.get(number) or _recount(path, number)
        if retry & set(done[number].get("error_codes", {})):
            path.unlink()
            del done[number]
    return files, done


def _max_item_bytes(settings: Settings) -> int:
    """The bytes an item may have before it is refused unread (``too_large``): room for ``max_chars`` in any encoding."""
    return max(8 * settings.max_chars, 1 << 20)


def chunk_size_for(files: list[str], settings: Settings, workers: int) -> int:
    """``settings.chunk_size``, or for a job of fewer articles than ``workers`` such chunks, the size that gives every
    worker one chunk: 200 articles on 2 workers were one part done by one worker. Counts at most that many items."""
    enough, count = settings.chunk_size * workers, 0
    for path in files:
        for _ in _file_items(path, _max_item_bytes(settings)):
            count += 1
            if count >= enough:
                return settings.chunk_size
    return max(1, -(-count // workers))


def tasks(files: list[str], settings: Settings, done: set[int]) -> Iterator[Task]:
    """The chunks of the job in order, skipping those already done (their items are read, not kept)."""
    number, count, size, items = 0, 0, 0, []
    for path in files:
        for item in _file_items(path, _max_item_bytes(settings)):
            count, size = count + 1, size + item.size
            if number not in done:
                items.append(item)
            if count >= settings.chunk_size or size >= CHUNK_BYTES:
                if number not in done:
                    yield Task(number, items)
                number, count, size, items = number + 1, 0, 0, []
    if count and number not in done:
        yield Task(number, items)


def _file_items(path: str, max_bytes: int) -> Iterator[Item]:
    """``read_items``, with a .txt/.html file that cannot even be looked at (a dangling symbolic link) as one error
    item: one bad file never stops the job (the readers turn a damaged archive into an error item themselves)."""
    try:
        yield from read_items(path, max_bytes)
    except OSError as err:
        name = shown_path(path)  # a file's id is its path
        yield Item(name, "error", ("unreadable", cannot_read(path, err)), 0, {"id": name})


def _counted(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'s' * (n != 1)}"


class Progress:
    """Articles done, articles/s, ETA and errors on stderr: a tqdm bar on a terminal,
    a plain line every ``interval`` seconds otherwise (logs, CI, nohup) — also while no part is finished (a heartbeat:
    a Dask worker reports nothing until its chunk is done)."""

    def __init__(self, err: IO[str], initial: int, interval: float = 10.0):
        self.err, self.initial, self.interval = err, initial, interval
        self.done, self.errors, self.total = initial, 0, None
        self.start = self.last = time.monotonic()
        self.bar = None
        self.lock, self.stopped = threading.Lock(), threading.Event()
        if getattr(err, "isatty", lambda: False)():
            from tqdm import tqdm

            self.bar = tqdm(initial=initial, unit=" articles", file=err, dynamic_ncols=True, smoothing=0.05)
        elif interval > 0:
            threading.Thread(target=self._heartbeat, daemon=True).start()

    def _heartbeat(self) -> None:
        while not self.stopped.wait(self.interval):
            with self.lock:
                if time.monotonic() - self.last >= self.interval and not self.stopped.is_set():
                    self.line()

    def set_total(self, total: int | None) -> None:
        self.total = total
        if self.bar is not None and total is not None:
            self.bar.total = total
            self.bar.refresh()

    def update(self, done: int, errors: int) -> None:
        self.done, self.errors = done, errors
        if self.bar is not None:
            self.bar.set_postfix_str(_counted(errors, "error"), refresh=False)
            self.bar.update(done - self.bar.n)
        elif time.monotonic() - self.last >= self.interval:
            with self.lock:
                self.line()

    def line(self) -> None:
        self.last = time.monotonic()
        rate = (self.done - self.initial) / max(self.last - self.start, 1e-9)
        of = f"/{self.total:,}" if self.total else ""
        eta = ""
        if self.total and rate > 0:
            left = max(self.total - self.done, 0) / rate
            eta = f", ETA {int(left // 60)}m{int(left % 60):02d}s"
        self.err.write(f"vnx bulk: {self.done:,}{of} articles, {rate:.1f} articles/s, {_counted(self.errors, 'error')}{eta}\n")
        self.err.flush()

    def say(self, message: str) -> None:
        """One line on stderr, above the bar on a terminal."""
        if self.bar is not None:
            self.bar.write(message, file=self.err)
        else:
            self.err.write(message + "\n")
            self.err.flush()

    def close(self) -> None:
        self.stopped.set()
        if self.bar is not None:
            self.bar.close()


class _Job:
    """The parent's book-keeping: finished parts, the journal, progress."""

    def __init__(self, settings: Settings, done: dict[int, dict], progress: Progress):
        self.settings, self.parts, self.progress = settings, dict(done), progress
        self.partial: dict[int, int] = {}
        self.journal = open(Path(settings.out, JOURNAL), "a", encoding="utf-8")
        self.new_rows = 0
        self.this_run: set[int] = set()
        self.worker_deaths = 0  # this run's: each said on stderr and counted in manifest.json

    def part_done(self, stats: dict) -> None:
        if stats["number"] not in self.parts:
            self.new_rows += stats["rows"]
        self.this_run.add(stats["number"])
        self.parts[stats["number"]] = stats
        self.partial.pop(stats["number"], None)
        self.journal.write(json.dumps(stats, ensure_ascii=False) + "\n")
        self.journal.flush()
        self.show()

    def show(self) -> None:
        done = sum(p["rows"] for p in self.parts.values()) + sum(self.partial.values())
        self.progress.update(done, sum(p["errors"] for p in self.parts.values()))

    def close(self) -> None:
        self.journal.close()


def _after_crash(task: Task, settings: Settings) -> Task:
    """The task to retry after its worker died: one article at a time; the article a crash names is given up."""
    crumb = Path(settings.out, PARTS, f".inflight-{task.number:06d}")
    if task.isolate and crumb.exists():
        task.poisoned.add(int(crumb.read_text() or -1))
    crumb.unlink(missing_ok=True)
    task.isolate = True
    return task


def _drain(queue, job: _Job) -> None:
    import queue as queue_module

    while True:
        try:
            message = queue.get_nowait()
        except queue_module.Empty:
            return
        if message[1] not in job.parts:
            job.partial[message[1]] = message[2]


@contextmanager
def _interrupt_deferred():
    """Ctrl-C or SIGTERM (``run`` makes both a KeyboardInterrupt) inside the block is raised when the block ends.
    ``ProcessPoolExecutor.submit`` launches workers, the first ones waiting for the fork server to load the pipeline;
    interrupted there, a worker is forked but not yet the pool's, so nothing ends it. Only the main thread receives
    signals: elsewhere the block runs as it is."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught = []
    previous = {sig: signal.signal(sig, lambda *_: caught.append(True)) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    if caught:
        raise KeyboardInterrupt


def _run_local(files: list[str], settings: Settings, job: _Job, workers: int) -> None:
    import multiprocessing
    from collections import deque

    # Workers fork from a server that loaded the pipeline once (extractor/warm.py): a fresh start
    # that is quick, also after a crash, and shares the models' memory; the parent's threads stay out.
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["extractor.quiet_interrupt", "extractor.warm"])
    queue = context.Queue()
    line = lifeline(context)
    pending = tasks(files, settings, set(job.parts))
    retry: deque[Task] = deque()
    crashes = 0

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker,
                                   initargs=(queue, line, settings.statistical))

    pool = new_pool()
    inflight: dict = {}
    exhausted = False
    try:
        while True:
            with _interrupt_deferred():  # a worker is never left half launched (its traceback would follow the summary)
                while len(inflight) < 2 * workers and (retry or not exhausted):
                    task = retry.popleft() if retry else next(pending, None)
                    if task is None:
                        exhausted = True
                        break
                    inflight[pool.submit(process_task, task, settings)] = task
            if not inflight:
                return
            finished, _ = wait(list(inflight), timeout=0.25, return_when=FIRST_COMPLETED)
            _drain(queue, job)
            broken = False
            for future in finished:
                task = inflight.pop(future)
                try:
                    job.part_done(future.result())
                except BrokenProcessPool:
                    broken = True
                    job.partial.pop(task.number, None)
                    retry.append(_after_crash(task, settings))
            job.show()
            if broken:  # a worker died (killed, out of memory, crashed): new workers, redo its chunks
                crashes += 1
                job.worker_deaths += 1
                job.progress.say("vnx: warning: a worker process died (killed, out of memory or crashed): its unfinished "
                                 "chunks are redone one article at a time; an article that kills a worker again "
                                 "becomes an 'internal' error row")
                if crashes > 10 * workers + 10:
                    raise RuntimeError("worker processes keep dying; stopping (finish later with --resume)")
                for future, task in inflight.items():
                    if future.done() and future.exception() is None:
                        job.part_done(future.result())
                    else:
                        job.partial.pop(task.number, None)
                        retry.append(_after_crash(task, settings))
                inflight.clear()
                pool.shutdown(wait=True, cancel_futures=True)
                pool = new_pool()
    finally:
        # every worker ends now, also one still starting: outlived by the parent, it would print a traceback on finding
        # the job's semaphores gone (ProcessPoolExecutor names its processes only in _processes, gone after shutdown)
        processes = list((pool._processes or {}).values())
        pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.terminate()
        for end in line:
            end.close()


def _warm_dask_worker(statistical: bool) -> None:
    """Load and warm the pipeline once per worker process (``extractor.warm``), and the job's own (``statistical``)."""
    from .pipeline import shared

    importlib.import_module("extractor.warm")
    shared(statistical)


@contextmanager
def dask_client(workers: int, scheduler: str | None):
    """A Dask client of the scheduler at ``scheduler``, or of a LocalCluster of ``workers`` processes; closed after.
    An address that is not one, or a scheduler that does not answer, is ``SchedulerError``."""
    from distributed import Client, LocalCluster

    if scheduler is None:
        nanny = logging.getLogger("distributed.nanny")
        level = nanny.level
        try:
            with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
                    Client(cluster) as client:
                try:
                    yield client
                finally:  # our own cluster's workers are ended on purpose: no "still alive after 4.0 seconds, killing"
                    nanny.setLevel(logging.ERROR)
        finally:
            nanny.setLevel(level)
        return
    try:
        client = Client(scheduler, timeout=SCHEDULER_TIMEOUT)
    except ValueError as error:  # distributed's address parser: no port, unknown scheme
        raise SchedulerError(f"--scheduler {scheduler!r} is not a Dask scheduler address (tcp://HOST:PORT): {error}") from None
    except OSError as error:  # refused, or timed out
        raise SchedulerError(f"cannot connect to the Dask scheduler at {scheduler}: {error}") from None
    client_log = logging.getLogger("distributed.client")  # its tracebacks while it tries to reconnect to a lost scheduler:
    level = client_log.level  # _run_dask says what happened in one line (ClusterLost)
    client_log.setLevel(logging.CRITICAL)
    try:
        with client:
            yield client
    finally:
        client_log.setLevel(level)


def _run_dask(files: list[str], settings: Settings, job: _Job, client) -> None:
    """The same job on a Dask cluster: one task per chunk, workers write the parts (``--out`` must be
    on storage every worker sees: it is sent as an absolute path, as the .txt/.html files are). Twice as many chunks
    as the cluster has threads are in flight, counted again as chunks finish (a cluster may grow or shrink); a
    scheduler that goes away is ``ClusterLost``."""
    from distributed import KilledWorker, as_completed

    settings = replace(settings, out=os.path.abspath(settings.out))
    client.run(_warm_dask_worker, settings.statistical)  # each worker loads and warms the pipeline once
    pending = tasks(files, settings, set(job.parts))
    running, submitted, crashes = as_completed(), {}, 0

    def window() -> int:
        return 2 * max(sum(client.nthreads().values()), 1)

    def submit(task: Task) -> None:
        future = client.submit(process_task, task, settings, pure=False)
        submitted[future.key] = task
        running.add(future)

    def top_up() -> None:
        limit = window()
        while running.count() < limit:
            task = next(pending, None)
            if task is None:
                return
            submit(task)

    try:
        top_up()
        for future in running:
            task = submitted.pop(future.key)
            try:
                job.part_done(future.result())
            except KilledWorker:  # the chunk killed workers Dask's allowed number of times: isolate it
                crashes += 1
                if crashes > 10 * window():
                    raise RuntimeError("Dask workers keep dying; stopping (finish later with --resume)") from None
                submit(_after_crash(task, settings))
                continue
            future.release()
            top_up()
    except Exception as error:
        if client.status != "running":  # the scheduler is gone (the client reconnects, or gave up): futures cancelled
            raise ClusterLost(f"lost the Dask scheduler at {client.scheduler.address} ({type(error).__name__}): the "
                              "parts written are kept; finish the job with --resume once the cluster is back") from None
        raise


def _count_total(files: list[str], progress: Progress) -> None:
    total = 0
    for path in files:
        count = count_items(path)
        if count is None:
            return
        total += count
    progress.set_total(total)


def _summary(settings: Settings, job: _Job, complete: bool, started: float, workers: int, engine: str) -> dict:
    parts = [job.parts[n] for n in sorted(job.parts)]
    codes, converted = Counter(), Counter()
    for part in parts:
        codes.update(part.get("error_codes", {}))
        converted.update(part.get("converted", {}))
    rows = sum(p["rows"] for p in parts)
    elapsed = time.monotonic() - started
    ours = [p for p in parts if p["number"] in job.this_run]
    peak = max((p.get("worker_peak_mb", 0) for p in ours), default=None)
    cpu: dict[int, float] = {}  # each worker's CPU time so far, as reported with its last part
    for part in ours:
        cpu[part.get("worker")] = max(cpu.get(part.get("worker"), 0), part.get("worker_cpu_seconds", 0))
    return {"complete": complete, "articles": rows, "records": rows - sum(codes.values()), "errors": sum(codes.values()),
            "error_codes": dict(codes), "converted": dict(converted), "parts": len(parts),
            "statistical": settings.statistical, "this_run": {"articles": job.new_rows, "seconds": round(elapsed, 3),
                         "articles_per_second": round(job.new_rows / elapsed, 2) if elapsed else None,
                         "workers": workers, "engine": engine, "worker_peak_mb": peak, "worker_deaths": job.worker_deaths,
                         "worker_cpu_seconds": round(sum(cpu.values()), 2)},
            "format": settings.format, "part_list": parts}


def _cores() -> int:
    """Cores this process may run on (its affinity mask, as containers set it), else the machine's count."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def run(inputs: list[str], settings: Settings, *, workers: int | None = None, resume: bool = False,
        engine: str = "local", scheduler: str | None = None, err: IO[str] = sys.stderr,
        progress_interval: float = 10.0, asked: frozenset[str] = frozenset(), retry: frozenset[str] = frozenset()) -> dict:
    """Run (or with ``resume`` finish) a bulk job; returns the summary also written to manifest.json. With ``resume``,
    the chunks that gave an error row of a code in ``retry`` are done again.

    Ctrl-C and SIGTERM stop it cleanly (``complete`` false); parts already written stay valid.
    """
    if scheduler is not None and engine != "dask":
        raise SchedulerError("--scheduler needs --engine dask")
    workers = workers or _cores()
    started = time.monotonic()
    if os.path.exists(settings.out) and not os.path.isdir(settings.out):
        raise BadInput(f"--out {settings.out} is a file, not a directory")
    if resume and not Path(settings.out, JOB).exists():  # a mistyped --out would otherwise redo the whole archive
        raise JobMismatch(f"no job to resume in {settings.out}: check --out, or leave out --resume to start a job there")
    files = _readable_inputs(inputs, settings.out, err)  # refused before anything is written under --out
    with dask_client(workers, scheduler) if engine == "dask" else nullcontext() as client:  # reached before --out is touched
        if scheduler is not None:
            workers = _cluster_threads(client, scheduler, err)
        lock = _lock(Path(settings.out))
        try:
            return _run(files, settings, workers, resume, client, engine, err, progress_interval, started, asked, retry)
        finally:
            lock.close()
            if not Path(settings.out, JOB).exists():  # refused before the job began: leave the directory as it was
                Path(settings.out, LOCK).unlink(missing_ok=True)


def _cluster_threads(client, scheduler: str, err: IO[str]) -> int:
    """How many chunks a Dask cluster runs at once (its workers' threads); a cluster with no worker is waited for,
    with a word, rather than left to look like a job that makes no progress."""
    threads = sum(client.nthreads().values())
    if not threads:
        err.write(f"vnx bulk: the Dask scheduler at {scheduler} has no worker: waiting for one (Ctrl-C to stop)\n")
        err.flush()
        client.wait_for_workers(1)
        threads = sum(client.nthreads().values())
    return threads


def _readable_inputs(inputs: list[str], out: str, err: IO[str]) -> list[str]:
    """The input files, outside ``out`` (never our own parts); files of no known type, and what a directory holds that
    is no regular file (a FIFO, whose reading would block the job, a socket, a device), are named in a warning; none
    at all is ``BadInput``. A dangling symbolic link is kept: it gets an error row."""
    skipped: list[str] = []
    jobs: list[str] = []
    inside = os.path.realpath(out) + os.sep
    found = input_files(inputs, skipped, jobs)
    files = [f for f in found if not os.path.realpath(f).startswith(inside)]
    within = [f for f in found if f not in files]  # the job's own directory: its parts would be read back
    jobs = [j for j in jobs if not (os.path.realpath(j) + os.sep).startswith(inside)]
    skipped = [f for f in skipped if not os.path.realpath(f).startswith(inside)]
    special = [f for f in files if f not in inputs and os.path.exists(f) and not os.path.isfile(f)]
    seen: set[str] = set()  # real paths: a file named twice, or reached again through a directory or link, is read once
    once, again = [], []
    for f in files:
        (again if os.path.realpath(f) in seen else once).append(f)
        seen.add(os.path.realpath(f))
    files = [f for f in once if f not in special]
    for paths, nouns, what in ((skipped, ("file", "files"), f" of no known input type ({', '.join(SUFFIXES)})"),
                               (special, ("special file", "special files"), " (a FIFO, socket or device: reading one could block the job)"),
                               (again, ("input", "inputs"), " reached again (by another name, link or directory): each file is read once"),
                               (jobs, ("output directory", "output directories"),
                                " of another vnx bulk job (its parts are records: `vnx query` reads them)"),
                               (within if files else [], ("input", "inputs"), f" inside --out {out}, the job's own directory")):
        if paths:
            shown = ", ".join(paths[:5]) + (f" and {len(paths) - 5:,} more" if len(paths) > 5 else "")
            err.write(f"vnx: warning: skipped {len(paths):,} {nouns[len(paths) != 1]}{what}: {shown}\n")
    if not files:
        reason = f": all are inside --out {out}, the job's own directory; write the job elsewhere" if within else ""
        raise BadInput(f"no input file to read in {', '.join(inputs)}{reason}")
    return files


def _lock(out: Path) -> IO:
    """Hold ``out/job.lock`` for the run: a second run on the same directory would redo and clobber parts."""
    import fcntl

    out.mkdir(parents=True, exist_ok=True)
    handle = open(out / LOCK, "w")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        raise JobMismatch(f"another vnx bulk is running on {out}") from None
    return handle


def _run(files, settings, workers, resume, client, engine, err, progress_interval, started, asked, retry) -> dict:
    from . import __version__
    from .records import SCHEMA_VERSION

    if not resume and "chunk_size" not in asked and not Path(settings.out, JOB).exists():
        settings.chunk_size = chunk_size_for(files, settings, workers)  # job.json then keeps it for --resume
    files, done = prepare(files, settings, resume, err, asked, retry)
    progress = Progress(err, sum(p["rows"] for p in done.values()), progress_interval)
    if done:
        progress.say(f"vnx bulk: resuming: {_counted(progress.initial, 'article')} in {_counted(len(done), 'part')} "
                     "done already")
    progress.say(f"vnx bulk: starting {_counted(workers, 'worker')} ({engine}); each loads the pipeline before its first "
                 "articles")
    threading.Thread(target=_count_total, args=(files, progress), daemon=True).start()
    job = _Job(settings, done, progress)

    old_term = on_sigterm_raise()
    complete = False
    try:
        if client is not None:
            _run_dask(files, settings, job, client)
        else:
            _run_local(files, settings, job, workers)
        complete = True
    finally:
        if old_term is not None:
            signal.signal(signal.SIGTERM, old_term)
        progress.close()
        job.close()
        summary = _summary(settings, job, complete, started, workers, engine)
        summary["repeated_ids"] = repeated_ids(settings.out, settings.format)
        manifest = {"vnx_version": __version__, "schema_version": SCHEMA_VERSION,
                    "written_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                    "inputs": [{**f, **{key: shown_path(f[key]) for key in ("path", "realpath") if key in f}}
                               for f in json.loads(Path(settings.out, JOB).read_text(encoding="utf-8"))["inputs"]], **summary}
        _atomic_write(Path(settings.out, MANIFEST), lambda h: h.write(json.dumps(manifest, ensure_ascii=False, indent=1).encode()))
        err.write(format_summary(summary, settings.out) + "\n")
        err.flush()
    return summary


def repeated_ids(out: str, fmt: str, shown: int = 3) -> dict:
    """How many ids are on more than one row of a job's parts, and the first ``shown`` of them with their counts: an
    archive appended to twice, or two files with one id, which later joins by id would count twice. DuckDB reads only
    the id column of the parts."""
    import duckdb

    if not any(Path(out, PARTS).glob(f"part-*.{fmt}")):
        return {"ids": 0, "examples": {}}
    pattern = str(Path(out, PARTS, f"part-*.{fmt}")).replace("'", "''")
    source = (f"read_parquet('{pattern}')" if fmt == "parquet"
              else f"read_json('{pattern}', format='newline_delimited', columns={{'id': 'VARCHAR'}})")
    rows = duckdb.connect().execute(f"SELECT id, count(*) AS n FROM {source} WHERE id IS NOT NULL GROUP BY id "
                                    "HAVING n > 1 ORDER BY n DESC, id").fetchall()
    return {"ids": len(rows), "examples": dict(rows[:shown])}


def format_summary(summary: dict, out: str) -> str:
    run = summary["this_run"]
    lines = [f"vnx bulk: {'done' if summary['complete'] else 'INTERRUPTED (finish with --resume)'}: "
             f"{_counted(summary['articles'], 'article')} in {_counted(summary['parts'], 'part')} under {out}",
             f"  this run: {_counted(run['articles'], 'article')} in {run['seconds']:.1f} s "
             f"({run['articles_per_second'] or 0:.1f} articles/s, {run['workers']} worker{'s' * (run['workers'] != 1)}, {run['engine']}"
             + (f", peak {run['worker_peak_mb']:.0f} MB per worker)" if run["worker_peak_mb"] else ")"),
             f"  records: {summary['records']:,}" + (" (rules + statistical entity model)" if summary["statistical"] else "")
             + f"; error rows: {summary['errors']:,}"
             + (" (" + ", ".join(f"{c} {n:,}" for c, n in sorted(summary["error_codes"].items())) + ")" if summary["errors"] else "")]
    if summary["converted"]:
        lines.append("  converted from legacy encodings: " + ", ".join(f"{e} {n:,}" for e, n in sorted(summary["converted"].items())))
    repeated = summary.get("repeated_ids") or {}
    if repeated.get("ids"):
        examples = ", ".join(f"{ident} ×{n}" for ident, n in repeated["examples"].items())
        lines.append(f"  warning: {_counted(repeated['ids'], 'id')} on more than one row ({examples}"
                     f"{', …' if repeated['ids'] > len(repeated['examples']) else ''}); each row's input says where it was read")
    return "\n".join(lines)


# ---------------------------------------------------------------- query


VIEWS = ("articles", "events", "entities")


def connect(out: str):
    """A read-only DuckDB connection with views over a bulk output: ``articles`` (every row; ``error`` set for
    error rows), ``events`` (one row per event; ``province`` is the first province of Việt Nam the article names, by
    its official name in the gazetteer: the province a unit it names lies in, or a province or centrally-run city
    itself; none when it names only places abroad, "Paris", "tỉnh Idlib") and ``entities`` (one row per entity
    mention). SQL run on it reads the job's parts and nothing else: no other file is read (``read_text``), so a query
    cannot reach beyond the job; ``query`` refuses statements that would write (``COPY … TO`` could the parts)."""
    import duckdb

    if not Path(out).is_dir():
        raise FileNotFoundError(f"{out}: no such directory")
    parts = Path(out, PARTS)
    pattern = str(parts).replace("'", "''")  # a quote in the directory name must not end the SQL string
    con = duckdb.connect()
    if any(parts.glob("part-*.parquet")):
        source = f"read_parquet('{pattern}/part-*.parquet')"
    elif any(parts.glob("part-*.jsonl")):
        columns = ", ".join(f"'{name}': '{_duck_type(t)}'" for name, t in zip(arrow_schema().names, arrow_schema().types))
        source = f"read_json('{pattern}/part-*.jsonl', format='newline_delimited', columns={{{columns}}})"
    elif Path(out, JOB).exists():  # a job started that has written no part yet: its views, empty (``unfinished`` warns)
        import pyarrow as pa

        con.register("no_parts_yet", pa.Table.from_batches([], schema=arrow_schema()))
        source = "no_parts_yet"
    else:
        raise FileNotFoundError(f"{out} holds no bulk output (no part files under {parts})")
    try:
        con.execute("SET TimeZone = 'Asia/Ho_Chi_Minh'")  # months and days as in Vietnam
    except Exception:  # DuckDB without ICU: times stay in UTC
        pass
    con.execute(f"CREATE VIEW articles AS SELECT * FROM {source}")
    # an event's sentence, from the record's text (kept by vnx bulk --with-text, or a page's): DuckDB's substring
    # counts code points from 1, as the offsets count them from 0
    con.execute("""CREATE VIEW events AS SELECT a.id, a.source, a.published_at, a.published_at_granularity, e.type, e.time,
                   e.location, a.province, e.trigger.text AS trigger, e.confidence, e.participants, e.documents,
                   substring(a.text, e.sentence.start + 1, e.sentence."end" - e.sentence.start) AS sentence
                   FROM (SELECT id, source, published_at, published_at_granularity, text::VARCHAR AS text, unnest(events) AS e,
                                coalesce(list_filter(locations, lambda l: l.province IS NOT NULL)[1].province,
                                         list_filter(locations, lambda l: l.kind IN ('province', 'city')
                                                                          AND l.official_name IS NOT NULL)[1].official_name) AS province
                         FROM articles WHERE error IS NULL) AS a""")
    con.execute("""CREATE VIEW entities AS SELECT a.id, a.source, a.published_at, a.published_at_granularity, m.label,
                   m.text, m.start, m."end" FROM (SELECT id, source, published_at, published_at_granularity,
                   unnest(entities) AS m FROM articles WHERE error IS NULL) AS a""")
    # DuckDB lets a query reach its temporary directory too (by default ".tmp" under the working directory): give it
    # one of its own, removed with the connection
    spill = tempfile.mkdtemp(prefix="vnx-query-")
    weakref.finalize(con, shutil.rmtree, spill, True)
    con.execute("SET temp_directory = '" + spill.replace("'", "''") + "'")
    con.execute(f"SET allowed_directories = ['{pattern}']")
    con.execute("SET enable_external_access = false")  # from here on, files outside the parts are out of reach
    con.execute("SET lock_configuration = true")  # and the query cannot turn that back on
    return con


def _duck_type(arrow_type) -> str:
    """The DuckDB type name of an Arrow type (for reading JSON Lines parts with a fixed schema)."""
    import pyarrow as pa

    if pa.types.is_list(arrow_type):
        return _duck_type(arrow_type.value_type) + "[]"
    if pa.types.is_struct(arrow_type):
        return "STRUCT(" + ", ".join(f'"{f.name}" {_duck_type(f.type)}' for f in arrow_type) + ")"
    if pa.types.is_timestamp(arrow_type):
        return "TIMESTAMPTZ"
    return {pa.string(): "VARCHAR", pa.int64(): "BIGINT", pa.float64(): "DOUBLE", pa.bool_(): "BOOLEAN"}[arrow_type]


def _keyword(statement: str) -> str:
    """The word a SQL statement opens with, past comments ("INSTALL", which DuckDB's statement type calls LOAD)."""
    words = _SQL_COMMENTS.sub(" ", statement).split()
    return words[0].upper() if words else "empty"


_SQL_COMMENTS = re.compile(r"--[^\n]*|/\*.*?\*/", re.DOTALL)


def unfinished(out: str) -> str | None:
    """What to say of a job whose results are partial, for ``vnx query``: its manifest says it did not complete, or
    it has none (a job killed before writing it, or one running now); None for a finished job."""
    try:
        manifest = json.loads(Path(out, MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return (f"{out} has no {MANIFEST}: the job is running, or was killed before writing it; the results cover only "
                f"the parts written so far (finish it with vnx bulk … --out {out} --resume)")
    except (OSError, ValueError):
        return f"{out}/{MANIFEST} cannot be read: the results may not cover the whole job"
    if manifest.get("complete") is False:
        return (f"{out} is an unfinished job: the results cover the {manifest.get('articles', 0):,} articles read so far "
                f"(finish it with vnx bulk … --out {out} --resume)")
    return None


def query(out: str, sql: str):
    """Run one SQL statement over a bulk output; (column names, rows). Raises ValueError for several statements
    (DuckDB would run them all and return the last one's rows only) and for a statement that is no query: the
    parts are allowed to DuckDB for reading, and it would let ``COPY … TO`` overwrite them."""
    import duckdb

    con = connect(out)
    statements = con.extract_statements(sql)
    if len(statements) > 1:
        raise ValueError("give one SQL statement at a time (this one holds several)")
    if statements[0].type not in (duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN):
        raise ValueError(f"vnx query only reads the job: it runs queries (SELECT, WITH, FROM, DESCRIBE, SHOW, SUMMARIZE, "
                         f"EXPLAIN), and this statement is {_keyword(statements[0].query)}")
    result = con.execute(sql)
    if result.description is None:  # a statement that returns no rows
        return [], []
    return [d[0] for d in result.description], result.fetchall()
