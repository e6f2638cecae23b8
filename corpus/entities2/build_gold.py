"""Build the ``<id>.gold.json`` files of corpus/entities2 from ``annotations.yaml`` (typed by hand).

Mentions are computed, not typed: every whole-word occurrence of a name or form in the article's ``text`` (read
from ../shared, never stored here), by ``compute`` of ``corpus/entities/add_offsets.py`` (same rules as the first
entity set: longest string wins inside a category, locations inside organisation mentions and people inside
organisation or location mentions dropped). The split of each article comes from ``draw.py``.

Run: ``python corpus/entities2/build_gold.py [--check]``; ``--check`` writes nothing and lists the capitalised
word runs no mention covers (for the annotator to review).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
NEWS = REPO.parent / "shared" / "data" / "news" / "vietnews-sample.jsonl"
SOURCE = "ThanhChinhBK/vietnews data/test_tokenized/{}.txt.seg"
# the split drawn by draw.py (random.Random(2032)), repeated here so building needs no draw
NEW_DEV = {"vietnews-004285", "vietnews-004645", "vietnews-008264", "vietnews-008507", "vietnews-009970",
           "vietnews-010342", "vietnews-011371"}
NEW_TEST = {"vietnews-004958", "vietnews-005891", "vietnews-007196", "vietnews-007301", "vietnews-007523",
            "vietnews-008322", "vietnews-010989"}


def _add_offsets():
    spec = importlib.util.spec_from_file_location("add_offsets", REPO / "corpus" / "entities" / "add_offsets.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _entity(item, key: str) -> dict:
    if isinstance(item, str):
        return {key: item}
    out = {key: item[key]}
    if item.get("forms"):
        out["forms"] = list(item["forms"])
    if item.get("match_name") is False:
        out["match_name"] = False
    return out


def gold_of(article_id: str, ann: dict, split: str | None = None) -> dict:
    """The gold record of one annotated article (in this set's split unless ``split`` is given)."""
    people = []
    for p in ann.get("people") or ():
        person = _entity(p, "name")
        person["titles"] = [_entity(t, "text") for t in (p.get("titles") if isinstance(p, dict) else None) or ()]
        people.append(person)
    return {"id": article_id, "source": SOURCE.format(article_id.split("-")[1]),
            "split": split or ("new-dev" if article_id in NEW_DEV else "new-test"),
            "people": people,
            "organizations": [_entity(o, "name") for o in ann.get("organizations") or ()],
            "locations": [_entity(loc, "name") for loc in ann.get("locations") or ()]}


def write_gold(folder: Path, annotations: dict, split: str | None, check: bool) -> int:
    """Compute the mentions of every annotated article against its text in ../shared and write its gold file into
    ``folder`` (with ``check``: write nothing, list the capitalised runs no mention covers); the number of problems."""
    offsets = _add_offsets()
    texts = {}
    with NEWS.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row["id"] in annotations:
                texts[row["id"]] = row["text"]
    bad = 0
    for article_id in sorted(annotations):
        gold = gold_of(article_id, annotations[article_id], split)
        problems = offsets.compute(gold, texts[article_id])
        bad += len(problems)
        for p in problems:
            print(f"{article_id}: {p}", file=sys.stderr)
        if check:
            for run in offsets.uncovered(gold, texts[article_id]):
                print(f"{article_id}: uncovered {run!r}")
        else:
            path = folder / f"{article_id}.gold.json"
            path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return bad


def build_set(folder: Path, ids: set[str], split: str | None, argv=None, description: str | None = None) -> int:
    """The command of every entity set's ``build_gold.py``: check that ``folder``'s annotations.yaml annotates exactly
    ``ids``, then write its gold files (``--check``: write nothing, list the capitalised runs no mention covers)."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--check", action="store_true", help="report only, write nothing")
    args = ap.parse_args(argv)
    annotations = yaml.safe_load((folder / "annotations.yaml").read_text(encoding="utf-8"))
    assert set(annotations) == ids, sorted(set(annotations) ^ ids)
    return 1 if write_gold(folder, annotations, split, args.check) else 0


def main(argv=None) -> int:
    return build_set(HERE, NEW_DEV | NEW_TEST, None, argv, __doc__.splitlines()[0])


if __name__ == "__main__":
    sys.exit(main())
