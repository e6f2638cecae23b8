"""``vnx show``: one article as people read it — highlighted text, people, documents, events.

``analyse`` runs the pipeline once and returns the Doc with its record, so the view and the
record never disagree. ``render_html`` gives a self-contained page (inline CSS, no fonts,
scripts or URLs from elsewhere); ``render_text`` gives the same tables as plain text.

The text is drawn with spaCy's displaCy "span" style, which stacks overlapping spans (a
TITLE holding an ORGANIZATION holding a LOCATION). It is fed in manual mode with tokens cut
at whitespace and at every entity boundary, because the Doc's own tokens can glue
punctuation to a word ("62-KL/TW.") and displaCy puts a space between any two tokens; the
highlighted ranges are the record's entities, which are character-exact.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from operator import attrgetter
from typing import IO

from jinja2 import Environment
from markupsafe import Markup
from spacy import displacy
from spacy.language import Language
from spacy.tokens import Doc

from .api import make_doc, record_from_doc
from .inputs import DEFAULT_MAX_CHARS
from .pipeline import shared
from .records import ArticleRecord, Entity, Event
from .text import written

LABELS = ("PERSON", "TITLE", "ORGANIZATION", "LOCATION", "TIME", "DOCUMENT")
# Short names in the label boxes keep neighbouring boxes ("HĐND, UBND") from running into each other.
SHORT = {"PERSON": "PER", "TITLE": "TITLE", "ORGANIZATION": "ORG", "LOCATION": "LOC", "TIME": "TIME", "DOCUMENT": "DOC"}
COLORS = {"PER": "#aa9cfc", "TITLE": "#f4a3c8", "ORG": "#7aecec", "LOC": "#feca74", "TIME": "#bfe1d9", "DOC": "#ff9561"}
# displaCy draws a bar under every token of a span and a label box where the span starts;
# these templates give the same layout with class names the page's stylesheet styles.
_SPAN_TEMPLATES = {
    "span": '<span class="vnx-tok" style="height: {total_height}px">{text}{span_slices}{span_starts}</span>',
    "slice": '<span class="vnx-bar" style="background: {bg}; top: {top_offset}px"></span>',
    "start": '<span class="vnx-bar vnx-start" style="background: {bg}; top: {top_offset}px">'
             '<span class="vnx-label">{label}{kb_link}</span></span>',
}
# displaCy writes a space after every token outside a span. A piece of plain text glued to the
# start of a span ("(" in "(UBND)") is therefore given an invisible span with an empty label.
_GLUE = ""
_WHITESPACE = re.compile(r"\s+")


def analyse(text: str, *, id: str | None = None, published_at=None, url: str | None = None,
            source: str | None = None, max_chars: int = DEFAULT_MAX_CHARS,
            nlp: Language | None = None) -> tuple[Doc, ArticleRecord]:
    """Run the vnx pipeline once over an article: the processed Doc and its record."""
    nlp = nlp or shared()
    doc = nlp(make_doc(text, id=id, published_at=published_at, url=url, source=source, max_chars=max_chars, nlp=nlp))
    return doc, record_from_doc(doc)


def published(record: ArticleRecord) -> str:
    """The publication time as far as it was stated: a day alone is shown as its date, never at a 00:00 nobody wrote."""
    timespec = {"day": None, "hour": "minutes", "minute": "minutes"}.get(record.published_at_granularity, "auto")
    return record.published_at.date().isoformat() if timespec is None else record.published_at.isoformat(timespec=timespec)


def blocks(doc: Doc) -> list[tuple[int, int, str]]:
    """The article cut into displayed blocks (start, end, kind): the layout's regions, plus any
    text they leave out (kind "other"), so that every character of the input is shown."""
    text = doc.text
    out, at = [], 0
    for start, end, kind in sorted(doc._.regions or ()):
        if start < at:
            continue
        if text[at:start].strip():
            out.append((at, start, "other"))
        out.append((start, end, kind))
        at = end
    if text[at:].strip():
        out.append((at, len(text), "other"))
    return out


def _manual_block(text: str, start: int, end: int, entities: Iterable[Entity]) -> dict:
    """displaCy's manual input for text[start:end]: tokens cut at whitespace (a highlighted token is
    an inline block, which never wraps) and at entity edges."""
    spans = [(max(e.start, start), min(e.end, end), e.label) for e in entities if e.start < end and e.end > start]
    cuts = {start, end}
    for a, b, _ in spans:
        cuts.update((a, b))
    for gap in _WHITESPACE.finditer(text, start, end):
        cuts.update(gap.span())
    edges = sorted(cuts)
    index = {offset: i for i, offset in enumerate(edges)}
    tokens = [text[a:b] for a, b in zip(edges, edges[1:])]
    items = [{"start_token": index[a], "end_token": index[b], "label": SHORT[label]} for a, b, label in spans]
    covered = {i for item in items for i in range(item["start_token"], item["end_token"])}
    for i in range(len(tokens) - 1):
        if i not in covered and tokens[i].strip() and tokens[i + 1].strip():
            items.append({"start_token": i, "end_token": i + 1, "label": _GLUE})
    return {"text": text[start:end], "tokens": tokens, "spans": items}


# Line height (px) of each kind of block; displaCy's bars sit in the bottom 6 px of a line, under the text.
LINE_HEIGHT = {"title": 44, "body": 34, "dateline": 28, "byline": 28, "category": 28, "boilerplate": 28, "other": 28}


def highlighted(doc: Doc, record: ArticleRecord) -> list[tuple[str, int, Markup]]:
    """(kind, line height, displaCy markup) for each block of the article, every entity highlighted."""
    text = doc.text  # built token by token on each access: read once
    entities = sorted(record.entities, key=attrgetter("start"))
    starts = [e.start for e in entities]
    longest = max((e.end - e.start for e in entities), default=0)
    out = []
    for start, end, kind in blocks(doc):
        line = LINE_HEIGHT.get(kind, LINE_HEIGHT["other"])
        options = {"colors": {**COLORS, _GLUE: "transparent"}, "template": _SPAN_TEMPLATES,
                   "top_offset": line - 6, "span_label_offset": 6, "top_offset_step": 12}
        # only the entities that can overlap the block (a scan of all of them per block is quadratic on long pages)
        nearby = entities[bisect_left(starts, start - longest):bisect_left(starts, end)]
        block = _manual_block(text, start, end, nearby)
        # displaCy escapes the tokens (& < > "); labels and colours are ours.
        out.append((kind, line, Markup(displacy.render(block, style="span", manual=True, options=options, jupyter=False))))
    return out


def _time_key(event: Event) -> tuple:
    """Sort key for the timeline: events dated with a year by their (first) ISO value; then those whose year the text
    does not give ("XXXX-03-12") by what is known; then the undated ones, in text order."""
    value = (event.time or "").split("/")[0]
    if value[:1].isdigit():
        return (0, value, event.sentence.start)
    if any(c.isdigit() for c in value):
        return (1, value, event.sentence.start)
    return (2, "", event.sentence.start)


def timeline(record: ArticleRecord) -> list[Event]:
    return sorted(record.events, key=_time_key)


_PAGE = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ (record.title | written) or record.id or "vnx" }} — vnx</title>
<style>
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
       color: #1f2328; background: #fff; margin: 0; }
main { max-width: 1180px; margin: 0 auto; padding: 20px 28px 40px; }
h1.page { font-size: 15px; font-weight: 600; color: #57606a; margin: 0 0 4px; letter-spacing: .02em; }
.meta { color: #57606a; font-size: 13px; margin-bottom: 10px; }
.meta span + span::before { content: " · "; }
.legend { font-size: 12px; margin: 6px 0 14px; }
.legend b { display: inline-block; padding: 1px 6px; margin: 0 4px 0 8px; border-radius: 3px; font-weight: 600; }
.layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 28px; align-items: start; }
article { font-size: 15px; }
article .block { margin: 0 0 6px; }
/* displaCy's wrapper sets line-height 2.5 inline; the block's fixed height keeps the bars under the text */
article .spans { line-height: var(--line) !important; }
article .kind-title { font-size: 19px; font-weight: 700; }
article .kind-category, article .kind-dateline, article .kind-byline, article .kind-boilerplate,
article .kind-other { font-size: 13px; color: #57606a; }
article .kind-byline { text-align: right; font-style: italic; }
article .kind-boilerplate { opacity: .55; }
/* top-aligned so the text inside sits on the same baseline as the plain text beside it */
.vnx-tok { display: inline-block; position: relative; vertical-align: top; }
.vnx-bar { position: absolute; left: -1px; width: calc(100% + 2px); height: 4px; }
.vnx-start { border-top-left-radius: 3px; border-bottom-left-radius: 3px; }
.vnx-label { position: absolute; top: -3px; z-index: 10; padding: 1px 3px; font-size: 8px; font-weight: 700;
             line-height: 1; border-radius: 3px; background: inherit; color: #000; white-space: nowrap; }
.vnx-label:empty { display: none; }
aside section { margin-bottom: 22px; }
h2 { font-size: 15px; margin: 0 0 8px; border-bottom: 1px solid #d0d7de; padding-bottom: 4px; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { text-align: left; vertical-align: top; padding: 4px 6px; border-bottom: 1px solid #eaeef2; }
th { color: #57606a; font-weight: 600; }
td ul { margin: 0; padding-left: 16px; }
.none { color: #8c959f; font-size: 13px; }
ol.timeline { list-style: none; margin: 0; padding: 0 0 0 14px; border-left: 3px solid #d0d7de; font-size: 13px; }
ol.timeline li { position: relative; margin: 0 0 12px; }
ol.timeline li::before { content: ""; position: absolute; left: -21px; top: 4px; width: 11px; height: 11px;
                         border-radius: 50%; background: #0969da; }
.when { font-weight: 700; }
.type { display: inline-block; font-size: 11px; font-weight: 700; padding: 0 5px; border-radius: 3px;
        background: #ddf4ff; color: #0550ae; }
.trigger { font-style: italic; }
.conf { color: #8c959f; }
.sentence { color: #57606a; margin-top: 2px; }
dl.ev { display: grid; grid-template-columns: auto 1fr; gap: 1px 8px; margin: 3px 0 0; }
dl.ev dt { color: #57606a; }
dl.ev dd { margin: 0; }
</style>
</head>
<body>
<main>
<h1 class="page">{{ (record.title | written) or record.id or "vnx show" }}</h1>
<div class="meta">
{%- if record.id %}<span>id {{ record.id }}</span>{% endif %}
{%- if record.source %}<span>{{ record.source }}</span>{% endif %}
{%- if record.url %}<span>{{ record.url }}</span>{% endif %}
{%- if record.published_at %}<span>published {{ published(record) }}</span>{% endif %}
{%- if record.author %}<span>by {{ record.author }}</span>{% endif %}
<span>{{ record.entities | length }} entity mentions, {{ record.events | length }} events</span>
</div>
<div class="legend">{% for label, short in short.items() %}<b style="background: {{ colors[short] }}">{{ short }}</b>{{ label | lower }} {% endfor %}</div>
<div class="layout">
<article>
{%- for kind, line, markup in blocks %}
<div class="block kind-{{ kind }}" title="{{ kind }}" style="--line: {{ line }}px">{{ markup }}</div>
{%- endfor %}
</article>
<aside>
<section id="people">
<h2>People and titles ({{ record.people | length }})</h2>
{%- if record.people %}
<table><thead><tr><th>Name</th><th>Titles</th><th>Mentions</th></tr></thead><tbody>
{%- for person in record.people %}
<tr><td>{{ person.name }}</td><td>{% if person.titles %}<ul>{% for title in person.titles %}<li>{{ title.text | written }}
{%- if title.organization %} <span class="conf">[{{ title.organization }}]</span>{% endif %}</li>{% endfor %}</ul>{% endif %}</td>
<td>{{ person.mentions | length }}</td></tr>
{%- endfor %}
</tbody></table>
{%- else %}<p class="none">No people found.</p>{% endif %}
</section>
<section id="documents">
<h2>Documents ({{ record.documents | length }})</h2>
{%- if record.documents %}
<table><thead><tr><th>Symbol</th><th>Kind</th><th>Issuer</th><th>Issued on</th><th>Mentions</th></tr></thead><tbody>
{%- for ref in record.documents %}
<tr><td>{{ ref.symbol or (ref.text | written) }}</td><td>{{ ref.kind or "" }}</td><td>{{ ref.issuer or "" }}</td>
<td>{{ ref.issued_on or "" }}</td><td>{{ ref.mentions | length }}</td></tr>
{%- endfor %}
</tbody></table>
{%- else %}<p class="none">No documents cited.</p>{% endif %}
</section>
<section id="timeline">
<h2>Events ({{ events | length }})</h2>
{%- if events %}
<ol class="timeline">
{%- for event in events %}
<li><span class="when">{{ event.time or "no time" }}</span> <span class="type">{{ event.type }}</span>
 <span class="trigger">“{{ event.trigger.text | written }}”</span> <span class="conf">{{ "%.2f" % event.confidence }}</span>
<dl class="ev">
{%- if event.participants %}<dt>who</dt> <dd>{% for p in event.participants %}{{ p.name }} <span class="conf">({{ p.role }})</span>{% if not loop.last %}; {% endif %}{% endfor %}</dd>{% endif %}
{%- if event.location %}<dt>where</dt> <dd>{{ event.location }}</dd>{% endif %}
{%- if event.documents %}<dt>under</dt> <dd>{{ event.documents | join(", ") }}</dd>{% endif %}
</dl>
<div class="sentence">{{ excerpt(event) }}</div></li>
{%- endfor %}
</ol>
{%- else %}<p class="none">No events found.</p>{% endif %}
</section>
<section id="organizations">
<h2>Organisations and places</h2>
{%- if record.organizations or record.locations %}
<table><thead><tr><th>Name</th><th>Kind</th><th>Mentions</th></tr></thead><tbody>
{%- for org in record.organizations %}
<tr><td>{{ org.name }}{% if org.expansion %} <span class="conf">({{ org.expansion }})</span>{% endif %}</td><td>organisation</td><td>{{ org.mentions | length }}</td></tr>
{%- endfor %}
{%- for loc in record.locations %}
<tr><td>{{ loc.name }}{% if loc.official_name and loc.province %} <span class="conf">({{ loc.official_name }}, {{ loc.province }})</span>{% endif %}</td><td>{{ loc.kind or "place" }}</td><td>{{ loc.mentions | length }}</td></tr>
{%- endfor %}
</tbody></table>
{%- else %}<p class="none">None found.</p>{% endif %}
</section>
</aside>
</div>
</main>
</body>
</html>
"""
_ENV = Environment(autoescape=True, trim_blocks=False)
_ENV.filters["written"] = lambda text: written(text or "", compose=False)  # input slices shown as a reader sees them
_EXCERPT = 220


def _excerpt(text: str, event: Event) -> str:
    """The event's sentence as written (``text.written``), line breaks as spaces, cut at about ``_EXCERPT`` characters."""
    sentence = " ".join(written(text[event.sentence.start:event.sentence.end], compose=False).split())
    return sentence if len(sentence) <= _EXCERPT else sentence[:_EXCERPT].rsplit(" ", 1)[0] + " …"


def render_html(doc: Doc, record: ArticleRecord) -> str:
    """The whole page: highlighted article, people and titles, documents, event timeline."""
    text = doc.text
    return _ENV.from_string(_PAGE).render(
        record=record, blocks=highlighted(doc, record), events=timeline(record), colors=COLORS, short=SHORT,
        excerpt=lambda event: _excerpt(text, event), published=published)


def render_text(record: ArticleRecord, out: IO[str], width: int | None = None) -> None:
    """The same tables as plain text (rich tables; colour only on a terminal)."""
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out, width=width, highlight=False, emoji=False, markup=False)
    console.print(written(record.title or "", compose=False) or "(no title)", style="bold")
    facts = [f"id {record.id}" if record.id else "", record.source or "", record.url or "",
             f"published {published(record)}" if record.published_at else "",
             f"by {record.author}" if record.author else ""]
    counts = ", ".join(f"{label} {sum(e.label == label for e in record.entities)}" for label in LABELS)
    console.print(" · ".join(f for f in facts if f) or "no metadata")
    console.print(f"entity mentions: {counts}")

    people = Table(title="People and titles", title_justify="left", expand=True)
    for column in ("Name", "Titles", "Mentions"):
        people.add_column(column)
    for person in record.people:
        people.add_row(person.name, "\n".join(written(t.text, compose=False) for t in person.titles), str(len(person.mentions)))
    console.print(people if record.people else "People and titles: none found")

    documents = Table(title="Documents", title_justify="left", expand=True)
    for column in ("Symbol", "Kind", "Issuer", "Issued on", "Mentions"):
        documents.add_column(column)
    for ref in record.documents:
        documents.add_row(ref.symbol or written(ref.text, compose=False), ref.kind or "", ref.issuer or "", ref.issued_on or "", str(len(ref.mentions)))
    console.print(documents if record.documents else "Documents: no documents cited")

    # Events as an indented list: a six-column table is unreadable at 80 columns.
    console.print("Events (timeline)", style="italic")
    for event in timeline(record):
        console.print(f"  {event.time or 'no time'}  {event.type}  “{written(event.trigger.text, compose=False)}”  ({event.confidence:.2f})")
        for p in event.participants:
            console.print(f"      {p.role}: {p.name}")
        if event.location:
            console.print(f"      where: {event.location}")
        if event.documents:
            console.print(f"      under: {', '.join(event.documents)}")
    if not record.events:
        console.print("  none found")

    places = Table(title="Organisations and places", title_justify="left", expand=True)
    for column in ("Name", "Kind", "Mentions"):
        places.add_column(column)
    for org in record.organizations:
        expansion = f" ({org.expansion})" if org.expansion else ""
        places.add_row(written(org.name, compose=False) + expansion, "organisation", str(len(org.mentions)))
    for loc in record.locations:
        resolved = f" ({loc.official_name}, {loc.province})" if loc.official_name and loc.province else ""
        places.add_row(written(loc.name, compose=False) + resolved, loc.kind or "place", str(len(loc.mentions)))
    console.print(places if record.organizations or record.locations else "Organisations and places: none found")
