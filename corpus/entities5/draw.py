"""The draw of corpus/entities5 (run once, before reading the articles and before vnx was run on them).

Rule, fixed before any article was read: articles of shared/data/news/vietnews-sample.jsonl whose id is named in no
file (path or content) under tests/, models/, extractor/, benchmarks/ or corpus/ other than corpus/times, read from
git at commit e534e4f (so later commits of other sessions do not change the draw), of 800-3,000 characters
(annotation budget), whose text holds at least three whole-word, case-insensitive occurrences of title words of
extractor/data/titles.tsv at that commit, of at least two distinct title words (people with titles, domestic or world
news alike, as corpus/entities4). 8 ids by random.Random(2063).sample over the sorted eligible ids; all 8 are the
"blind5" split, scored once on frozen code, then development material.

Run: ``python corpus/entities5/draw.py`` (prints ids and counts only, never article text).
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
FROZEN = "e534e4f"
SEARCHED = ("tests", "models", "extractor", "benchmarks", "corpus", ":!corpus/times")
ID = re.compile(r"vietnews-\d{6}")


def _norm(s: str) -> str:
    return unicodedata.normalize("NFC", s).lower()


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True, check=False).stdout


def taken_ids() -> set[str]:
    """Ids named inside, or by the path of, any file of the searched folders at FROZEN."""
    inside = _git("grep", "-ohE", r"vietnews-[0-9]{6}", FROZEN, "--", *SEARCHED)
    paths = _git("ls-tree", "-r", "--name-only", FROZEN, "--", *SEARCHED[:-1])
    paths = "\n".join(p for p in paths.splitlines() if not p.startswith("corpus/times/"))
    return set(ID.findall(inside)) | set(ID.findall(paths))


def _pattern(words) -> re.Pattern:
    words = sorted({_norm(w) for w in words}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")


def draw():
    rows = [line.split("\t")[0] for line in _git("show", f"{FROZEN}:extractor/data/titles.tsv").splitlines()
            if line.strip() and not line.startswith("#")][1:]  # skip the header
    titles = _pattern(rows)
    taken = taken_ids()
    eligible = []
    for line in open(NEWS, encoding="utf-8"):
        row = json.loads(line)
        if row["id"] in taken or not 800 <= len(row["text"]) <= 3000:
            continue
        hits = titles.findall(_norm(row["text"]))
        if len(hits) >= 3 and len(set(hits)) >= 2:
            eligible.append(row["id"])
    drawn = random.Random(2063).sample(sorted(eligible), 8)
    return {"excluded": len(taken), "eligible": len(eligible), "blind5": sorted(drawn)}


if __name__ == "__main__":
    print(json.dumps(draw(), indent=1))
