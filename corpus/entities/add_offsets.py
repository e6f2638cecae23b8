"""(Re)compute the ``mentions`` offsets of the gold files in this folder from the strings chosen by hand.

Each person, title, organisation and location carries its ``name`` (``text`` for a title) and optional
``forms``: other ways the article writes it. A form may bracket the part that is the mention inside a
context that disambiguates it: ``"ông [Hải]"`` matches "ông Hải" and records only "Hải". Every
whole-word occurrence in the article's ``text`` (read from ../shared, never stored here) becomes a mention,
with these rules (see README.md; ``"match_name": false`` searches the forms only):

- inside one category the longest string wins ("Ban Thường vụ Huyện ủy Quảng Điền" hides its "Huyện ủy Quảng Điền");
- a location inside an organisation mention is part of that name, not a location mention;
- a person name inside an organisation or location mention ("đường Nguyễn Huệ") is not a person mention;
- organisations inside titles stay organisation mentions (the shared seed lists "Ban Dân vận Tỉnh ủy" from a title).

Run: ``python corpus/entities/add_offsets.py [--check]``; ``--check`` only reports, and lists capitalised word
runs that no mention covers, for the annotator to review.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
NEWS = HERE.parents[2] / "shared" / "data" / "news" / "vietnews-sample.jsonl"
_BRACKET = re.compile(r"\[([^\]]+)\]")


def _pattern(form: str) -> tuple[re.Pattern, int]:
    """Regex of a form and the group holding the mention (the bracketed part, else the whole)."""
    m = _BRACKET.search(form)
    if not m:
        return re.compile(r"(?<!\w)(" + re.escape(form) + r")(?!\w)"), 1
    before, inner, after = form[:m.start()], m.group(1), form[m.end():]
    return re.compile(r"(?<!\w)" + re.escape(before) + "(" + re.escape(inner) + ")" + re.escape(after) + r"(?!\w)"), 1


def _find(text: str, forms: list[str]) -> list[tuple[int, int, int]]:
    """(start, end, context length) of every occurrence of every form."""
    hits = []
    for form in forms:
        pattern, group = _pattern(form)
        for m in pattern.finditer(text):
            hits.append((m.start(group), m.end(group), m.end() - m.start()))
    return hits


def _longest_first(items: list[tuple[int, int, int, object]]) -> list[tuple[int, int, object]]:
    """Non-overlapping spans, longer (then more specific context) first."""
    taken: list[tuple[int, int, object]] = []
    for start, end, ctx, owner in sorted(items, key=lambda x: (-(x[1] - x[0]), -x[2], x[0])):
        if all(end <= s or start >= e for s, e, _ in taken):
            taken.append((start, end, owner))
    return sorted(taken, key=lambda x: x[0])


def _inside(span, others) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e, _ in others)


def compute(gold: dict, text: str) -> list[str]:
    """Fill every ``mentions`` list of ``gold``; return problems (strings never found)."""
    problems = []

    def collect(entities, key):
        items = []
        for ent in entities:
            forms = ([ent[key]] if ent.get("match_name", True) else []) + list(ent.get("forms") or ())
            hits = _find(text, forms)
            if not hits:
                problems.append(f"not found: {ent[key]!r}")
            items += [(s, e, c, id(ent)) for s, e, c in hits]
        return _longest_first(items)

    orgs = collect(gold["organizations"], "name")
    locs = [s for s in collect(gold["locations"], "name") if not _inside(s, orgs)]
    people = [s for s in collect(gold["people"], "name") if not _inside(s, orgs) and not _inside(s, locs)]
    titles = collect([t for p in gold["people"] for t in p["titles"]], "text")
    spans = {"organizations": orgs, "locations": locs, "people": people}
    for field, key in (("organizations", "name"), ("locations", "name"), ("people", "name")):
        for ent in gold[field]:
            ent["mentions"] = [{"text": text[s:e], "start": s, "end": e} for s, e, o in spans[field] if o == id(ent)]
            if not ent["mentions"]:
                problems.append(f"no mention left for {field[:-1]} {ent[key]!r}")
    for person in gold["people"]:
        for title in person["titles"]:
            title["mentions"] = [{"text": text[s:e], "start": s, "end": e} for s, e, o in titles if o == id(title)]
    return problems




def uncovered(gold: dict, text: str) -> list[str]:
    """Runs of two or more capitalised words no mention touches (candidates the annotator may have missed)."""
    covered = set()
    for field in ("organizations", "locations", "people"):
        for ent in gold[field]:
            for m in ent["mentions"]:
                covered.update(range(m["start"], m["end"]))
    for person in gold["people"]:
        for title in person["titles"]:
            for m in title["mentions"]:
                covered.update(range(m["start"], m["end"]))
    runs = []
    for m in re.finditer(r"\w+", text):
        if m.group()[0].isupper() and runs and runs[-1][1] == m.start() - 1 and text[runs[-1][1]] == " ":
            runs[-1][1] = m.end()
            runs[-1][2] += 1
        elif m.group()[0].isupper():
            runs.append([m.start(), m.end(), 1])
    return [text[s:e] for s, e, n in runs if n > 1 and not covered & set(range(s, e))]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="report only, do not rewrite the files")
    ap.add_argument("files", nargs="*", type=Path)
    args = ap.parse_args(argv)
    files = args.files or sorted(HERE.glob("*.gold.json"))
    texts = {}
    with NEWS.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            texts[row["id"]] = row["text"]
    bad = 0
    for path in files:
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = texts[gold["id"]]
        problems = compute(gold, text)
        bad += len(problems)
        for p in problems:
            print(f"{path.name}: {p}", file=sys.stderr)
        if args.check:
            for run in uncovered(gold, text):
                print(f"{path.name}: uncovered {run!r}")
        else:
            path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
