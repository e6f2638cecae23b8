"""Build the ``<id>.gold.json`` files of corpus/entities3 from ``annotations.yaml`` (typed by hand).

Same conventions and code as corpus/entities2 (``gold_of`` of its ``build_gold.py``; mentions computed by
``compute`` of ``corpus/entities/add_offsets.py``); every article of this set is in the ``dev3`` split (``draw.py``).

Run: ``python corpus/entities3/build_gold.py [--check]``; ``--check`` writes nothing and lists the capitalised
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
# the ids drawn by draw.py (random.Random(2041)), repeated here so building needs no draw
DEV3 = {"vietnews-002720", "vietnews-002745", "vietnews-002783", "vietnews-003944", "vietnews-004373",
        "vietnews-015557", "vietnews-017993", "vietnews-021538"}


def _module(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="report only, write nothing")
    args = ap.parse_args(argv)
    offsets = _module(REPO / "corpus" / "entities" / "add_offsets.py")
    builder = _module(REPO / "corpus" / "entities2" / "build_gold.py")
    annotations = yaml.safe_load((HERE / "annotations.yaml").read_text(encoding="utf-8"))
    assert set(annotations) == DEV3, sorted(set(annotations) ^ DEV3)
    texts = {}
    with NEWS.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row["id"] in annotations:
                texts[row["id"]] = row["text"]
    bad = 0
    for article_id in sorted(annotations):
        gold = builder.gold_of(article_id, annotations[article_id]) | {"split": "dev3"}
        problems = offsets.compute(gold, texts[article_id])
        bad += len(problems)
        for p in problems:
            print(f"{article_id}: {p}", file=sys.stderr)
        if args.check:
            for run in offsets.uncovered(gold, texts[article_id]):
                print(f"{article_id}: uncovered {run!r}")
        else:
            path = HERE / f"{article_id}.gold.json"
            path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
