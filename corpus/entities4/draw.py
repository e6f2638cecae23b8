"""The draw of corpus/entities4 (run once, before reading the articles and before vnx was run on them).

Rule, fixed before any article was read: articles of shared/data/news/vietnews-sample.jsonl in no other gold set of
the project (no id named by any file, or inside any file, under corpus/ other than corpus/entities4, nor in
corpus/times/gold.jsonl at commit 594a262), whose vnx output was not read during this round's development (the ids
of ``seen.txt``: every article whose records changed while the rules were being changed, and the ones reviewed by
hand), of 900-2,400 characters (annotation budget), whose text holds at least three whole-word, case-insensitive
occurrences of title words of extractor/data/titles.tsv as of commit 314f33e, of at least two distinct title words
(people with titles, domestic or world news alike). 6 ids by random.Random(2051).sample over the sorted eligible
ids; all 6 are the "blind4" split, scored once on frozen code, then development material.

Run: ``python corpus/entities4/draw.py`` (prints ids and counts only, never article text).
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
FROZEN = "314f33e"
TIMES_FROZEN = "594a262"
ID = re.compile(r"vietnews-\d{6}")


def _norm(s: str) -> str:
    return unicodedata.normalize("NFC", s).lower()


def _git(commit: str, path: str) -> str:
    return subprocess.run(["git", "show", f"{commit}:{path}"], cwd=REPO, capture_output=True, text=True,
                          check=True).stdout


def taken_ids() -> set[str]:
    taken = set(ID.findall(_git(TIMES_FROZEN, "corpus/times/gold.jsonl")))
    for path in (REPO / "corpus").rglob("*"):
        if path.is_file() and HERE not in path.parents:
            taken |= set(ID.findall(path.name))
            taken |= set(ID.findall(path.read_text(encoding="utf-8", errors="replace")))
    return taken


def seen_ids() -> set[str]:
    return set(ID.findall((HERE / "seen.txt").read_text(encoding="utf-8")))


def _pattern(words) -> re.Pattern:
    words = sorted({_norm(w) for w in words}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")


def draw():
    rows = [line.split("\t")[0] for line in _git(FROZEN, "extractor/data/titles.tsv").splitlines()
            if line.strip() and not line.startswith("#")][1:]  # skip the header
    titles = _pattern(rows)
    taken, seen = taken_ids(), seen_ids()
    eligible = []
    for line in open(NEWS, encoding="utf-8"):
        row = json.loads(line)
        if row["id"] in taken or row["id"] in seen or not 900 <= len(row["text"]) <= 2400:
            continue
        hits = titles.findall(_norm(row["text"]))
        if len(hits) >= 3 and len(set(hits)) >= 2:
            eligible.append(row["id"])
    drawn = random.Random(2051).sample(sorted(eligible), 6)
    return {"excluded": len(taken), "seen": len(seen - taken), "eligible": len(eligible), "blind4": sorted(drawn)}


if __name__ == "__main__":
    print(json.dumps(draw(), indent=1))
