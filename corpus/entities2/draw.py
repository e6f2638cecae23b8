"""The draw of corpus/entities2 (run once, before reading the articles and before vnx was run on them).

Rule, fixed before any article was read: articles of shared/data/news/vietnews-sample.jsonl that are in no other
gold set of the project (no id of corpus/entities, corpus/times -- gold.jsonl at HEAD and in the working tree,
and its annotations/ --, corpus/events, corpus/documents), of 900-2,400 characters (annotation budget), whose text
holds at least three whole-word, case-insensitive occurrences of title words of extractor/data/titles.tsv as of
commit 594a262, of at least two distinct title words. 14 ids by random.Random(2031).sample over the sorted eligible
ids, then the 7 "new-dev" ids by random.Random(2032).sample over the sorted 14 (the other 7 are "new-test").

Run: ``python corpus/entities2/draw.py`` (prints ids and counts only, never article text).
"""
import json
import random
import re
import subprocess
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
NEWS = REPO.parent / "shared" / "data" / "news" / "vietnews-sample.jsonl"
FROZEN = "594a262"
ID = re.compile(r"vietnews-\d{6}")


def _norm(s: str) -> str:
    return unicodedata.normalize("NFC", s).lower()


def _git(path: str) -> str:
    return subprocess.run(["git", "show", f"{FROZEN}:{path}"], cwd=REPO, capture_output=True, text=True,
                          check=True).stdout


def taken_ids() -> set[str]:
    taken = set(ID.findall(_git("corpus/times/gold.jsonl")))
    for folder in ("entities", "times", "events", "documents"):
        for path in (REPO / "corpus" / folder).rglob("*"):
            if path.is_file():
                taken |= set(ID.findall(path.name))
                taken |= set(ID.findall(path.read_text(encoding="utf-8", errors="replace")))
    return taken


def draw():
    rows = [line.split("\t")[0] for line in _git("extractor/data/titles.tsv").splitlines()
            if line.strip() and not line.startswith("#")][1:]  # skip the header
    words = sorted({_norm(w) for w in rows}, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")
    taken = taken_ids()
    eligible = []
    for line in open(NEWS, encoding="utf-8"):
        row = json.loads(line)
        if row["id"] in taken or not 900 <= len(row["text"]) <= 2400:
            continue
        hits = pattern.findall(_norm(row["text"]))
        if len(hits) >= 3 and len(set(hits)) >= 2:
            eligible.append(row["id"])
    drawn = random.Random(2031).sample(sorted(eligible), 14)
    new_dev = random.Random(2032).sample(sorted(drawn), 7)
    return {"excluded": len(taken), "eligible": len(eligible), "new-dev": sorted(new_dev),
            "new-test": sorted(set(drawn) - set(new_dev))}


if __name__ == "__main__":
    print(json.dumps(draw(), indent=1))
