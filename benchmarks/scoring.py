"""One scorer for every gold file of vnx (the seed and ``corpus/entities/*.gold.json``).

Implements the conventions of the project's shared README:

- names compared after NFC, case-folding, modern tone placement ("uỷ" = "ủy") and whitespace
  folding — ``extractor.text.fold`` is that key;
- organisations and locations also leniently: one name contained in the other, on word boundaries;
- titles as (person, title) pairs, the person exact, the title lenient: one title's words may begin the
  other's ("Phó Trưởng Ban Dân vận" for "Phó Trưởng Ban Dân vận Tỉnh ủy", never "Chủ tịch" for "Phó Chủ tịch");
- times by value (an unknown year ``XXXX`` matches any year);
- documents by symbol with spaces removed and Đ = D, then kind / issuer / issued_on on the matched ones;
- events by (type, time) plus at least one shared participant.

Both sides are dicts in the gold format. ``record_to_gold`` turns a vnx ``ArticleRecord`` into one.
Matching is one-to-one (exact pairs first, then lenient ones) so a name is never counted twice.
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from extractor.text import fold, words_within

TYPES = ("PERSON", "TITLE", "ORGANIZATION", "LOCATION", "TIME", "DOCUMENT", "EVENT")
EVENT_TYPES = ("MEETING", "INSPECTION", "VISIT", "SPEECH", "APPOINTMENT", "AWARD", "SIGNING", "ISSUANCE",
               "CEREMONY", "LEGAL", "ACCIDENT", "DISASTER", "ECONOMIC", "OTHER")
ROLES = ("chair", "speaker", "agent", "subject", "participant", "recipient", "appointee", "victim", "suspect")


@dataclass
class Counts:
    """Matched / predicted / gold counts; add them up over articles for micro averages."""

    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(self.tp + other.tp, self.n_pred + other.n_pred, self.n_gold + other.n_gold)

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else float(self.n_gold == 0)

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else float(self.n_pred == 0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


# ---------------------------------------------------------------- keys and comparisons

def name_key(name: str) -> str:
    """The comparison key of a name (NFC, tone placement, case, whitespace)."""
    return fold(name)


def contains(a: str, b: str) -> bool:
    """True when one folded name is a contiguous word sequence of the other."""
    return words_within(a, b)


def same_name(a: str, b: str) -> bool:
    return name_key(a) == name_key(b)


def symbol_key(symbol: str) -> str:
    """Document symbol compared without spaces, with Đ = D, case-folded."""
    s = re.sub(r"\s+", "", fold(symbol))
    return s.replace("đ", "d")


def same_time(a: str | None, b: str | None) -> bool:
    """Time values equal; an ``X`` digit (unknown year) in either matches any digit."""
    if a is None or b is None:
        return a is None and b is None
    a, b = a.strip().upper(), b.strip().upper()
    if len(a) != len(b):
        return False
    return all(x == y or x == "X" and y.isdigit() or y == "X" and x.isdigit() for x, y in zip(a, b))


def match(gold: list, pred: list, exact: Callable[[Any, Any], bool],
          lenient: Callable[[Any, Any], bool] | None = None) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, pred index): exact pairs first, then lenient ones."""
    pairs, used_g, used_p = [], set(), set()
    for test in (exact, lenient):
        if test is None:
            continue
        for i, g in enumerate(gold):
            if i in used_g:
                continue
            for j, p in enumerate(pred):
                if j not in used_p and test(g, p):
                    pairs.append((i, j))
                    used_g.add(i)
                    used_p.add(j)
                    break
    return pairs


def _counts(gold: list, pred: list, exact, lenient=None) -> Counts:
    return Counts(len(match(gold, pred, exact, lenient)), len(pred), len(gold))


# ---------------------------------------------------------------- reading the gold format

def _text(item: Any, *keys: str) -> str:
    """A gold list item is a plain string or an object with its name under one of ``keys``."""
    if isinstance(item, str):
        return item
    for key in keys:
        if item.get(key):
            return item[key]
    raise ValueError(f"no {keys} in {item!r}")


def _unique(names: Iterable[str]) -> list[str]:
    seen, out = set(), []
    for name in names:
        if name_key(name) not in seen:
            seen.add(name_key(name))
            out.append(name)
    return out


def people(record: Mapping) -> list[str]:
    return _unique(_text(p, "name") for p in record.get("people") or ())


def title_prefix(a: str, b: str) -> bool:
    """True when one title's words begin the other's: "Thủ tướng" / "Thủ tướng Chính phủ".

    The position word comes first and the organisation after it, so a prefix names the same
    position less fully, while "Chủ tịch" inside "Phó Chủ tịch" is another position.
    """
    wa, wb = re.findall(r"\w+", name_key(a)), re.findall(r"\w+", name_key(b))  # words without their punctuation ("hội,")
    n = min(len(wa), len(wb))
    return n > 0 and wa[:n] == wb[:n]


def title_pairs(record: Mapping) -> list[tuple[str, str]]:
    """(person, title) pairs; a person's title that only begins a longer title of theirs is that one."""
    pairs = []
    for person in record.get("people") or ():
        if isinstance(person, str):
            continue
        titles = _unique(_text(t, "text", "name") for t in person.get("titles") or ())
        for title in titles:
            longer = [t for t in titles if len(name_key(t)) > len(name_key(title)) and title_prefix(title, t)]
            if not longer:
                pairs.append((person["name"], title))
    return pairs


def names(record: Mapping, field: str) -> list[str]:
    return _unique(_text(x, "name", "text") for x in record.get(field) or ())


def time_values(record: Mapping) -> list[str]:
    return [t["value"] for t in record.get("times") or () if t.get("value")]


def documents(record: Mapping) -> list[Mapping]:
    return [d for d in record.get("documents") or () if d.get("symbol")]


def events(record: Mapping) -> list[Mapping]:
    return list(record.get("events") or ())


# ---------------------------------------------------------------- scoring

def _org_match(a: str, b: str) -> bool:
    return contains(a, b)


def _participant_match(a: str, b: str) -> bool:
    return same_name(a, b) or contains(a, b)


def _shares_participant(g: Mapping, p: Mapping) -> bool:
    return any(_participant_match(x["name"], y["name"])
               for x in g.get("participants") or () for y in p.get("participants") or ())


def event_match(g: Mapping, p: Mapping) -> bool:
    """Same type, same time value, at least one shared participant."""
    return g["type"] == p["type"] and same_time(g.get("date"), p.get("date")) and _shares_participant(g, p)


# How each entity type's items are read from a record and compared: (items, exact test, lenient test or None).
ENTITY_COMPARISONS = {
    "PERSON": (people, same_name, None),
    "TITLE": (title_pairs, lambda g, p: same_name(g[0], p[0]) and same_name(g[1], p[1]),
              lambda g, p: same_name(g[0], p[0]) and title_prefix(g[1], p[1])),
    "ORGANIZATION": (lambda record: names(record, "organizations"), same_name, _org_match),
    "LOCATION": (lambda record: names(record, "locations"), same_name, _org_match),
}


def score(gold: Mapping, pred: Mapping) -> dict[str, Counts]:
    """Counts per type (see ``TYPES``) for one article."""
    out = {kind: _counts(items(gold), items(pred), exact, lenient)
           for kind, (items, exact, lenient) in ENTITY_COMPARISONS.items()}
    out |= {
        "TIME": _counts(time_values(gold), time_values(pred), same_time),
        "DOCUMENT": _counts(documents(gold), documents(pred),
                            lambda g, p: symbol_key(g["symbol"]) == symbol_key(p["symbol"])),
        "EVENT": _counts(events(gold), events(pred), event_match),
    }
    return {t: c for t, c in out.items() if t in TYPES}


def document_attributes(gold: Mapping, pred: Mapping) -> dict[str, tuple[int, int]]:
    """For symbol-matched documents: (correct, compared) per attribute kind / issuer / issued_on."""
    g_docs, p_docs = documents(gold), documents(pred)
    pairs = match(g_docs, p_docs, lambda g, p: symbol_key(g["symbol"]) == symbol_key(p["symbol"]))
    out = {}
    for attr in ("kind", "issuer", "issued_on"):
        compared = [(g_docs[i], p_docs[j]) for i, j in pairs if g_docs[i].get(attr)]
        correct = sum(1 for g, p in compared if p.get(attr) and same_name(str(g[attr]), str(p[attr])))
        out[attr] = (correct, len(compared))
    return out


def arguments(record: Mapping) -> list[tuple[str, str, str]]:
    """(event type, role, name) of every participant of every event."""
    return [(e["type"], a["role"], a["name"]) for e in events(record) for a in e.get("participants") or ()]


def argument_counts(gold: Mapping, pred: Mapping) -> dict[str, Counts]:
    """Argument matching per role, ACE style: (event type, role, participant name) triples."""
    g_args, p_args = arguments(gold), arguments(pred)
    out = {}
    for role in sorted({a[1] for a in g_args} | {a[1] for a in p_args}):
        g = [a for a in g_args if a[1] == role]
        p = [a for a in p_args if a[1] == role]
        out[role] = _counts(g, p, lambda x, y: x[0] == y[0] and _participant_match(x[2], y[2]))
    return out


def event_attributes(gold: Mapping, pred: Mapping) -> dict[str, tuple[int, int]]:
    """Time and location accuracy on events paired by type and a shared participant (time ignored); a pair
    whose triggers also agree is made first, so that of two arrests of one suspect each gold event is
    compared with the vnx event of its own trigger."""
    g_ev, p_ev = events(gold), events(pred)

    def paired(g: Mapping, p: Mapping) -> bool:
        return g["type"] == p["type"] and _shares_participant(g, p)

    def same_trigger(g: Mapping, p: Mapping) -> bool:
        return bool(g.get("trigger") and p.get("trigger")) and _participant_match(g["trigger"], p["trigger"])

    pairs = match(g_ev, p_ev, lambda g, p: paired(g, p) and same_trigger(g, p), paired)
    time_ok = sum(1 for i, j in pairs if same_time(g_ev[i].get("date"), p_ev[j].get("date")))
    with_loc = [(g_ev[i], p_ev[j]) for i, j in pairs if g_ev[i].get("location")]
    loc_ok = sum(1 for g, p in with_loc if p.get("location") and _participant_match(g["location"], p["location"]))
    return {"time": (time_ok, len(pairs)), "location": (loc_ok, len(with_loc)), "paired": (len(pairs), len(g_ev))}


def total(per_article: Iterable[Mapping[str, Counts]]) -> dict[str, Counts]:
    """Micro-average: add the counts of many articles type by type."""
    out: dict[str, Counts] = {}
    for counts in per_article:
        for key, c in counts.items():
            out[key] = out.get(key, Counts()) + c
    return out


# ---------------------------------------------------------------- spans

def gold_spans(gold: Mapping) -> set[tuple[str, int, int]]:
    """(label, start, end) of every mention offset the gold file carries (PERSON, TITLE, ORGANIZATION, LOCATION)."""
    spans = set()
    for person in gold.get("people") or ():
        if isinstance(person, str):
            continue
        spans |= {("PERSON", m["start"], m["end"]) for m in person.get("mentions") or ()}
        for title in person.get("titles") or ():
            if isinstance(title, Mapping):
                spans |= {("TITLE", m["start"], m["end"]) for m in title.get("mentions") or ()}
    for field, label in (("organizations", "ORGANIZATION"), ("locations", "LOCATION")):
        for item in gold.get(field) or ():
            if isinstance(item, Mapping):
                spans |= {(label, m["start"], m["end"]) for m in item.get("mentions") or ()}
    return spans


def span_counts(gold: set[tuple[str, int, int]], pred: set[tuple[str, int, int]]) -> dict[str, Counts]:
    """Exact-offset mention matching per label."""
    labels = sorted({s[0] for s in gold} | {s[0] for s in pred})
    return {lab: Counts(len({s for s in gold if s[0] == lab} & {s for s in pred if s[0] == lab}),
                        sum(1 for s in pred if s[0] == lab), sum(1 for s in gold if s[0] == lab))
            for lab in labels}


# ---------------------------------------------------------------- vnx records

def record_to_gold(record: Any) -> dict:
    """A vnx ``ArticleRecord`` (pydantic model or its dict) in the gold format."""
    rec = record.model_dump() if hasattr(record, "model_dump") else dict(record)
    return {
        "id": rec.get("id"),
        "people": [{"name": p["name"], "titles": [t["text"] for t in p.get("titles") or ()]}
                   for p in rec.get("people") or ()],
        "organizations": [o["name"] for o in rec.get("organizations") or ()],
        "locations": [loc["name"] for loc in rec.get("locations") or ()],
        "times": [{"text": t["text"], "value": t.get("value")} for t in rec.get("times") or ()],
        "documents": [{k: d.get(k) for k in ("text", "kind", "number", "symbol", "issuer_code", "issuer", "issued_on")}
                      for d in rec.get("documents") or ()],
        "events": [{"type": e["type"], "trigger": e["trigger"]["text"], "date": e.get("time"),
                    "location": e.get("location"), "participants": e.get("participants") or [],
                    "documents": e.get("documents") or []}
                   for e in rec.get("events") or ()],
    }


def record_spans(record: Any) -> set[tuple[str, int, int]]:
    """(label, start, end) of the record's PERSON/TITLE/ORGANIZATION/LOCATION entities."""
    rec = record.model_dump() if hasattr(record, "model_dump") else dict(record)
    return {(e["label"], e["start"], e["end"]) for e in rec.get("entities") or ()
            if e["label"] in ("PERSON", "TITLE", "ORGANIZATION", "LOCATION")}


def format_table(rows: list[tuple[str, Mapping[str, Counts]]], keys: Iterable[str]) -> str:
    """A plain-text table: one line per key, P/R/F1 (and counts) per system."""
    keys = list(keys)
    head = f"{'type':<22}" + "".join(f"| {name:<31}" for name, _ in rows)
    sub = f"{'':<22}" + "".join(f"| {'P':>5} {'R':>5} {'F1':>5} {'tp/pred/gold':>13} " for _ in rows)
    lines = [head, sub, "-" * len(sub)]
    for key in keys:
        line = f"{key:<22}"
        for _, counts in rows:
            c = counts.get(key, Counts())
            line += f"| {c.precision:5.2f} {c.recall:5.2f} {c.f1:5.2f} {f'{c.tp}/{c.n_pred}/{c.n_gold}':>13} "
        lines.append(line)
    return "\n".join(lines)


# ---------------------------------------------------------------- the gold sets

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
ENTITY_GOLD = REPO / "corpus" / "entities"
ENTITY_GOLD2 = REPO / "corpus" / "entities2"
ENTITY_GOLD3 = REPO / "corpus" / "entities3"
ENTITY_GOLD4 = REPO / "corpus" / "entities4"
ENTITY_GOLD5 = REPO / "corpus" / "entities5"
ENTITY_GOLD6 = REPO / "corpus" / "entities6"
ENTITY_GOLD7 = REPO / "corpus" / "entities7"
ENTITY_GOLD8 = REPO / "corpus" / "entities8"
ENTITY_GOLD9 = REPO / "corpus" / "entities9"
ENTITY_GOLD10 = REPO / "corpus" / "entities10"
ENTITY_GOLD11 = REPO / "corpus" / "entities11"
# later sets that are one split each: split -> folder
WHOLE_SET_SPLITS = {"dev3": ENTITY_GOLD3, "blind4": ENTITY_GOLD4, "blind5": ENTITY_GOLD5, "blind6": ENTITY_GOLD6,
                     "blind7": ENTITY_GOLD7, "dev8": ENTITY_GOLD8, "blind9": ENTITY_GOLD9,
                     "blind10": ENTITY_GOLD10, "blind11": ENTITY_GOLD11}
NEWS = SHARED / "data" / "news" / "vietnews-sample.jsonl"
ENTITY_SPLITS = ("dev", "test", "all", "new-dev", "new-test", "new", *WHOLE_SET_SPLITS)


def load_gold(split: str = "all") -> list[dict]:
    """The entity/event gold files for a split: dev, test or all of ``corpus/entities``; new-dev, new-test or
    new (both) of the second, independent entity set ``corpus/entities2``; dev3, the third set ``corpus/entities3``;
    blind4, the fourth, ``corpus/entities4``; blind5, the fifth, ``corpus/entities5``; blind6, the sixth,
    ``corpus/entities6``; blind7, the seventh, ``corpus/entities7``; dev8, the eighth,
    ``corpus/entities8``; blind9, the ninth, ``corpus/entities9``; blind10, the tenth, ``corpus/entities10``; blind11, the
    eleventh, ``corpus/entities11``."""
    if split not in ENTITY_SPLITS:
        raise ValueError(f"split is one of {ENTITY_SPLITS}, not {split!r}")
    if split in WHOLE_SET_SPLITS:
        return [json.loads(f.read_text(encoding="utf-8")) for f in sorted(WHOLE_SET_SPLITS[split].glob("*.gold.json"))]
    if split.startswith("new"):
        golds = [json.loads(f.read_text(encoding="utf-8")) for f in sorted(ENTITY_GOLD2.glob("*.gold.json"))]
        return [g for g in golds if split == "new" or g["split"] == split]
    files = sorted(ENTITY_GOLD.glob("*.gold.json"))
    golds = [json.loads(f.read_text(encoding="utf-8")) for f in files]
    return [g for g in golds if split == "all" or g["split"] == split]


def load_texts(ids: Iterable[str]) -> dict[str, str]:
    """Article texts by id, read from the shared news sample (never copied into the repo)."""
    wanted, out = set(ids), {}
    with NEWS.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row["id"] in wanted:
                out[row["id"]] = row["text"]
    missing = wanted - set(out)
    if missing:
        raise KeyError(f"articles not in {NEWS}: {sorted(missing)}")
    return out
