"""The draw of corpus/entities6 (run once, before reading the articles and before vnx was run on them).

Rule, fixed before any article was read: the reserved pool is the articles of shared/data/news/vietnews-sample.jsonl
whose id is named in no file (path or content) under tests/, models/, extractor/, benchmarks/ or corpus/ other than
corpus/times, read from git at commit 8707487 (so later commits of other sessions do not change the draw); of that
pool only the ids whose number is even (the odd ones are kept for the events layer and never opened here). Eligible,
as corpus/entities5: at least three whole-word, case-insensitive occurrences of title words of
extractor/data/titles.tsv at that commit, of at least two distinct title words, and 800-MAX_CHARS characters. The
rule was first run with corpus/entities5's bound of 3,000 characters: no even id was eligible (19 even ids; the
script printed counts only). The bound was then raised to 6,000, knowing only each id's length and title-word counts,
never a text. 8 ids by random.Random(2064).sample over the sorted eligible ids, or all of them when fewer are
eligible (5 are); they are the "blind6" split, scored once on frozen code, then development material.

Run: ``python corpus/entities6/draw.py`` (prints ids and counts only, never article text).
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
FROZEN = "8707487"
SEARCHED = ("tests", "models", "extractor", "benchmarks", "corpus", ":!corpus/times")
ID = re.compile(r"vietnews-(\d{6})")
SIZE = 8
MAX_CHARS = 6000  # was 3,000 (corpus/entities5): no even id of the pool was eligible


def _norm(s: str) -> str:
    return unicodedata.normalize("NFC", s).lower()


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True, check=True).stdout


def taken_ids() -> set[str]:
    """Ids named inside, or by the path of, any file of the searched folders at FROZEN."""
    inside = _git("grep", "-ohE", r"vietnews-[0-9]{6}", FROZEN, "--", *SEARCHED)
    paths = _git("ls-tree", "-r", "--name-only", FROZEN, "--", *SEARCHED[:-1])
    paths = "\n".join(p for p in paths.splitlines() if not p.startswith("corpus/times/"))
    return {f"vietnews-{n}" for n in ID.findall(inside) + ID.findall(paths)}


def _pattern(words) -> re.Pattern:
    words = sorted({_norm(w) for w in words}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")


def draw():
    rows = [line.split("\t")[0] for line in _git("show", f"{FROZEN}:extractor/data/titles.tsv").splitlines()
            if line.strip() and not line.startswith("#")][1:]  # skip the header
    titles = _pattern(rows)
    taken = taken_ids()
    reserved, eligible = [], []
    for line in open(NEWS, encoding="utf-8"):
        row = json.loads(line)
        if row["id"] in taken:
            continue
        reserved.append(row["id"])
        if int(row["id"].split("-")[1]) % 2 or not 800 <= len(row["text"]) <= MAX_CHARS:
            continue
        hits = titles.findall(_norm(row["text"]))
        if len(hits) >= 3 and len(set(hits)) >= 2:
            eligible.append(row["id"])
    even = [i for i in reserved if not int(i.split("-")[1]) % 2]
    drawn = random.Random(2064).sample(sorted(eligible), min(SIZE, len(eligible)))
    return {"excluded": len(taken), "reserved": len(reserved), "reserved_even": len(even),
            "eligible": len(eligible), "blind6": sorted(drawn)}


if __name__ == "__main__":
    print(json.dumps(draw(), indent=1))
