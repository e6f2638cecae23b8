"""The library entry points: ``extract`` one article, ``extract_many`` a stream of them."""
from __future__ import annotations

import numbers
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime
from typing import Any, Union

from spacy.tokens import Doc

from .entities import named_mentions
from .inputs import DEFAULT_MAX_CHARS, InputError, check_fields, check_text, read_published_at
from .layout import BODY_KINDS, warn
from .pipeline import shared, use_statistical
from .readers import INPUT_FIELDS, Unreadable, from_fields, looks_like_page, with_page
from .records import ArticleRecord, Entity, ErrorInfo, ErrorRecord, in_nfc, with_refs

ArticleInput = Union[str, Mapping[str, Any]]

PAGE_AS_TEXT = ("the text looks like a whole HTML page and was read as plain text, markup included: to read its main text, "
                "give it as a page ({'html': page} to extract_many, a JSON line or Parquet row) or as a file to vnx extract")


def make_doc(text: str, *, id=None, published_at=None, url=None, source=None, max_chars=DEFAULT_MAX_CHARS, nlp=None) -> Doc:
    """A tokenised Doc carrying the caller's metadata, ready for the pipeline components."""
    max_chars = _positive_int(max_chars, "max_chars")
    nlp = nlp or shared()
    meta = check_fields(id, url, source)  # every field checked before any work, as InputError
    check_text(text, name=f"article {meta['id']}" if meta["id"] else "input", max_chars=max_chars)
    meta["published_at"], meta["published_at_granularity"] = read_published_at(published_at)
    if meta["published_at"] is not None:  # a page's own date (readers.PageDate) says where it was read; else the caller gave it
        meta["published_at_origin"] = getattr(published_at, "origin", "caller")
    doc = nlp.make_doc(text)
    doc._.meta = meta
    if looks_like_page(text):  # offsets index the string as given, so it is not read as a page; the record says so
        warn(doc, PAGE_AS_TEXT)
    return doc


def _positive_int(value: object, name: str, also: tuple[int, ...] = ()) -> int:
    """``value`` of a count argument as an int if it is a whole number (numpy's too) of at least 1 (or one of
    ``also``), else a TypeError or ValueError naming the argument: a wrong one would otherwise fail every article, or
    pass unsaid."""
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):  # numpy's integers are counts too
        raise TypeError(f"{name} must be an int, got {type(value).__name__} {value!r}")
    value = int(value)
    if value < 1 and value not in also:
        allowed = f"at least 1, or {' / '.join(map(str, also))}" if also else "at least 1"
        raise ValueError(f"{name} must be {allowed}, got {value}")
    return value


def record_from_doc(doc: Doc) -> ArticleRecord:
    """Assemble the public record from a Doc that went through the vnx pipeline (or some of its components); raises
    ValueError for a Doc no vnx component has processed (``make_doc`` alone), whose record would say nothing."""
    if all(getattr(doc._, name) is None for name in ("regions", "documents", "times", "people", "events")):
        raise ValueError("the Doc has not been through the vnx pipeline: run it first (doc = nlp(make_doc(text)))")
    meta = doc._.meta or {}
    entities = []
    for person in doc._.people or ():
        entities += [Entity(label="PERSON", text=m.text, start=m.start, end=m.end) for m in named_mentions(person)]
        entities += [Entity(label="TITLE", text=m.text, start=m.start, end=m.end) for t in person.titles for m in t.mentions]
    for org in doc._.organizations or ():
        entities += [Entity(label="ORGANIZATION", text=m.text, start=m.start, end=m.end) for m in org.mentions]
    for loc in doc._.locations or ():
        entities += [Entity(label="LOCATION", text=m.text, start=m.start, end=m.end) for m in loc.mentions]
    entities += [Entity(label="TIME", text=t.text, start=t.start, end=t.end) for t in doc._.times or ()]
    for ref in doc._.documents or ():
        entities += [Entity(label="DOCUMENT", text=m.text, start=m.start, end=m.end) for m in ref.mentions]
    # once per (label, span): two people may share one title mention ("Hồ Tuấn và Nguyễn Mạnh Hùng, đều là Phó Tổng
    # giám đốc MobiFone"), and the documents inside a range share the range's span
    entities = sorted({(e.label, e.start, e.end): e for e in entities}.values(), key=lambda e: (e.start, -e.end, e.label))
    published = doc._.published_at
    return with_refs(in_nfc(ArticleRecord(
        id=meta.get("id"),
        url=meta.get("url"),
        source=meta.get("source"),
        title=doc._.title,
        category=doc._.category,
        author=doc._.author,
        published_at=published,
        published_at_granularity=doc._.published_at_granularity if published is not None else None,
        body=[{"start": a, "end": b} for a, b, kind in doc._.regions or () if kind in BODY_KINDS],
        people=doc._.people or [],
        organizations=doc._.organizations or [],
        locations=doc._.locations or [],
        times=doc._.times or [],
        documents=doc._.documents or [],
        events=doc._.events or [],
        entities=entities,
        warnings=doc._.warnings or [],
        text_origin="input",  # the Doc's text is what its offsets index; readers.with_page says otherwise for a page
    )))


def extract(text: str, *, id: str | int | None = None, published_at: str | int | float | datetime | date | None = None,
            url: str | None = None, source: str | None = None, title: str | None = None, author: str | None = None,
            max_chars: int = DEFAULT_MAX_CHARS, statistical: bool | None = None) -> ArticleRecord:
    """Extract the record of one article.

    ``published_at`` (ISO 8601, RFC 2822, a Unix time, a Vietnamese page's "14/05/2019 08:30", a datetime or a date:
    ``inputs.parse_published_at``) anchors relative dates; without it the
    article's own dateline is used. A ``title`` or ``author`` given wins over the one the layout reads from the text,
    as an archive's does. A date alone ("2024-04-12", a ``date``) is a publication day: the record's
    ``published_at_granularity`` is "day", and its 00:00 no time of day. The text is read as ``vnx extract`` reads it (``read_article``).
    ``statistical=True`` also runs the statistical entity model after the rules (``vnx extract --statistical``):
    more places found, about 1.25x the CPU time (default ``pipeline.STATISTICAL_BY_DEFAULT``, off).
    Raises ``InputError`` for input that is not an article, and for ``text`` that is no str (a mapping goes to
    ``extract_many``; bytes must be decoded by the caller, or read by ``vnx extract``, which decodes legacy encodings).
    """
    if not isinstance(text, str):
        raise InputError("not_an_article", _not_a_str(text))
    max_chars = _positive_int(max_chars, "max_chars")
    fields, extras = read_article({"id": id, "text": text, "published_at": published_at, "url": url, "source": source,
                                   "title": title, "author": author})
    return _extract_read(fields, extras, max_chars, statistical)


def _not_a_str(text: object) -> str:
    """Why ``extract`` refuses ``text``, and what to pass instead."""
    kind = type(text).__name__
    if isinstance(text, Mapping):
        return (f"extract takes the article text as a str, got {kind}: pass mappings {{'id', 'text' | 'html', …}} to "
                "extract_many, or the fields as keywords: extract(item['text'], id=item['id'])")
    if isinstance(text, (bytes, bytearray)):
        return f"extract takes the article text as a str, got {kind}: decode it first (vnx extract reads files' bytes, legacy encodings too)"
    return f"extract takes the article text as a str, got {kind}"


def read_article(item: ArticleInput) -> tuple[dict[str, Any], dict[str, Any]]:
    """(article fields, extra record fields) of a text or a mapping ``{"id", "text" | "html", "published_at"?, "url"?,
    "source"?}``, read as ``vnx extract`` and ``vnx bulk`` read a JSON line (``readers.from_fields``): fields checked,
    an HTML page's main text, legacy-encoded text converted; raises ``InputError``."""
    if isinstance(item, str):
        item = {"text": item}
    if not isinstance(item, Mapping):
        raise InputError("not_an_article", f'an article is a string or a mapping with "text" or "html", got {type(item).__name__}')
    ident = item.get("id")
    name = f"article {ident}" if isinstance(ident, (str, int)) and not isinstance(ident, bool) else "input"
    try:
        return from_fields({k: item.get(k) for k in INPUT_FIELDS}, name)
    except Unreadable as err:
        raise InputError(err.code, err.message, err.id) from None


def _extract_read(fields: dict[str, Any], extras: dict[str, Any], max_chars: int, statistical: bool | None) -> ArticleRecord:
    """The record of an article ``read_article`` read, with what its offsets point into."""
    nlp = shared(statistical)
    doc = make_doc(fields["text"], id=fields.get("id"), published_at=fields.get("published_at"), url=fields.get("url"),
                   source=fields.get("source"), max_chars=max_chars, nlp=nlp)
    return with_page(record_from_doc(nlp(doc)), fields, extras)


def extract_one(item: ArticleInput, max_chars: int = DEFAULT_MAX_CHARS,
                statistical: bool | None = None) -> ArticleRecord | ErrorRecord:
    """``extract`` for one input, returning an ``ErrorRecord`` instead of raising."""
    ident = None
    try:
        fields, extras = read_article(item)
        ident = fields.get("id")
        return _extract_read(fields, extras, max_chars, statistical)
    except InputError as err:
        return ErrorRecord(id=ident or err.article_id, error=ErrorInfo(code=err.code, message=err.message))
    except Exception as err:  # a bug in vnx must not stop a run over many articles
        return ErrorRecord(id=ident, error=ErrorInfo(code="internal", message=f"{type(err).__name__}: {err}"))


def extract_many(items: Iterable[ArticleInput], n_process: int = 1, chunksize: int = 8,
                 max_chars: int = DEFAULT_MAX_CHARS, statistical: bool | None = None) -> Iterator[ArticleRecord | ErrorRecord]:
    """Extract records from many articles, in input order, one result per input.

    Each item is a text or a mapping with ``text`` (or ``html``, a page) and optional ``id``,
    ``published_at``, ``url``, ``source``, ``title``, ``author``, read as ``extract`` reads it. A bad item yields an ``ErrorRecord`` and the rest carry on.
    An error record's ``input`` names the item ("items[3]"). ``n_process`` > 1 (or 0 / -1 for every core) spreads the work over worker processes,
    each loading the pipeline once; never more than the cores this process may use (more gain no speed, and each
    holds a pipeline). ``statistical`` as in ``extract``. If ``items`` itself raises, the records of the
    items read before are yielded first, then its exception.
    """
    if isinstance(items, (str, bytes, bytearray, Mapping)):  # one article: iterating it would give its characters or keys
        raise TypeError(f"extract_many takes an iterable of articles, got one {type(items).__name__}: "
                        "use extract(text) for one article, or put it in a list")
    statistical = use_statistical(statistical)  # a wrong value is refused here, not once per article in the workers
    n_process = _positive_int(n_process, "n_process", also=(0, -1))
    chunksize, max_chars = _positive_int(chunksize, "chunksize"), _positive_int(max_chars, "max_chars")
    return _placed(_extract_many(items, n_process, chunksize, max_chars, statistical))


def _placed(results: Iterator[ArticleRecord | ErrorRecord]) -> Iterator[ArticleRecord | ErrorRecord]:
    """The results, each error record saying which item it is ("items[3]") where nothing else says where it came from:
    an item without an id gave one with no id to find it by."""
    for number, result in enumerate(results):
        if isinstance(result, ErrorRecord) and result.input is None:
            result = result.model_copy(update={"input": f"items[{number}]"})
        yield result


def _sent_result(item: ArticleInput, future, max_chars: int, statistical: bool) -> ArticleRecord | ErrorRecord:
    """The record a worker made of ``item``; one that could not be sent to a worker (a value that does not pickle: an
    open file as its url, a function as its date) is read here, as with one process, which refuses it as an article.
    ``extract_one`` itself never raises: a dead worker (``BrokenProcessPool``) still raises."""
    from concurrent.futures.process import BrokenProcessPool

    try:
        return future.result()
    except BrokenProcessPool:
        raise
    except Exception:
        return extract_one(item, max_chars, statistical)


def _extract_many(items: Iterable[ArticleInput], n_process: int, chunksize: int, max_chars: int,
                  statistical: bool) -> Iterator[ArticleRecord | ErrorRecord]:
    if n_process in (0, -1) or n_process > 1:
        from .bulk import _cores

        n_process = _cores() if n_process < 1 else min(n_process, _cores())
    if n_process <= 1:  # one process (vnx extract): no multiprocessing or .bulk to import
        for item in items:
            yield extract_one(item, max_chars, statistical)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from .bulk import _init_worker, lifeline

    # Bounded window of submitted articles: memory stays flat however long the stream is.
    window = n_process * 4 * chunksize
    # Workers leave Ctrl-C to this process, load the pipeline once, and end with this process.
    line = lifeline(multiprocessing.get_context())
    pool = ProcessPoolExecutor(max_workers=n_process, initializer=_init_worker, initargs=(None, line, statistical))
    try:
        pending: deque = deque()
        reading, failure = iter(items), None
        while True:
            try:
                item = next(reading)
            except StopIteration:
                break
            except Exception as error:  # the caller's input failed: what it gave before is still yielded, as with one process
                failure = error
                break
            pending.append((item, pool.submit(extract_one, item, max_chars, statistical)))
            if len(pending) >= window:
                yield _sent_result(*pending.popleft(), max_chars, statistical)
        while pending:
            yield _sent_result(*pending.popleft(), max_chars, statistical)
        if failure is not None:
            raise failure
    finally:  # also when the caller stops early (a closed pipe, Ctrl-C): the queued articles are dropped
        pool.shutdown(wait=True, cancel_futures=True)
        for end in line:
            end.close()
