"""The draw of corpus/entities3 (run once, before reading the articles and before vnx was run on them).

Rule, fixed before any article was read: articles of shared/data/news/vietnews-sample.jsonl in no other gold set of
the project (no id named by any file, or inside any file, under corpus/ other than corpus/entities3, nor in
corpus/times/gold.jsonl at commit 594a262), of 900-2,400 characters (annotation budget), whose text holds at least
three whole-word, case-insensitive occurrences of title words of extractor/data/titles.tsv as of commit 6e543cb,
of at least two distinct title words (officials with titles), and at least three whole-word occurrences of the
Vietnamese administrative words below (domestic politics and administration, rich in bodies and places).
8 ids by random.Random(2041).sample over the sorted eligible ids; all 8 are the "dev3" development split.

Run: ``python corpus/entities3/draw.py`` (prints ids and counts only, never article text).
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
FROZEN = "6e543cb"
TIMES_FROZEN = "594a262"
ID = re.compile(r"vietnews-\d{6}")
# words of Vietnam's administration (bodies and units), matched whole-word after NFC and lower-casing
ADMINISTRATIVE = ("ubnd", "hđnd", "tỉnh ủy", "tỉnh uỷ", "thành ủy", "thành uỷ", "huyện ủy", "huyện uỷ", "sở",
                  "tỉnh", "huyện", "xã", "phường", "thị xã", "quận")


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


def _pattern(words) -> re.Pattern:
    words = sorted({_norm(w) for w in words}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")


def draw():
    rows = [line.split("\t")[0] for line in _git(FROZEN, "extractor/data/titles.tsv").splitlines()
            if line.strip() and not line.startswith("#")][1:]  # skip the header
    titles, administrative = _pattern(rows), _pattern(ADMINISTRATIVE)
    taken = taken_ids()
    eligible = []
    for line in open(NEWS, encoding="utf-8"):
        row = json.loads(line)
        if row["id"] in taken or not 900 <= len(row["text"]) <= 2400:
            continue
        text = _norm(row["text"])
        hits = titles.findall(text)
        if len(hits) >= 3 and len(set(hits)) >= 2 and len(administrative.findall(text)) >= 3:
            eligible.append(row["id"])
    drawn = random.Random(2041).sample(sorted(eligible), 8)
    return {"excluded": len(taken), "eligible": len(eligible), "dev3": sorted(drawn)}


if __name__ == "__main__":
    print(json.dumps(draw(), indent=1))
