"""The draw of events-dev2, ten more development articles for corpus/events (run once, before the articles were read
and before vnx was run on them).

Rule: draw.py's (800-2,600 characters, at least three whole-word occurrences of trigger words of the politics / law /
society types of event_triggers.yaml as frozen at 54a976a), over the articles of shared/data/news/vietnews-sample.jsonl
whose id appears in no file under corpus/ at commit d46abf2 (corpus/entities, entities2, events, times, documents,
seed). 10 ids by random.Random(2041).sample over the sorted eligible ids; all ten are development ("events-dev2").

Run: ``python corpus/events/draw2.py`` (prints ids and counts only).
"""
import json
import random
import re
import subprocess

from draw import FROZEN, NEWS, REPO, TYPES, _norm

import yaml

CORPUS_AT = "d46abf2"
ID = re.compile(r"vietnews-\d{6}")


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True, check=True).stdout


def taken_ids() -> set[str]:
    """Every article id named by a file under corpus/ (its path or its content) at CORPUS_AT."""
    taken = set()
    for path in _git("ls-tree", "-r", "--name-only", CORPUS_AT, "corpus").split("\n"):
        if path:
            taken |= set(ID.findall(path)) | set(ID.findall(_git("show", f"{CORPUS_AT}:{path}")))
    return taken


def draw2():
    spec = yaml.safe_load(_git("show", f"{FROZEN}:extractor/data/event_triggers.yaml"))
    words = sorted({_norm(w) for t in TYPES for w in spec["types"][t]["triggers"]}, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")
    taken = taken_ids()
    eligible = []
    for line in open(NEWS, encoding="utf-8"):
        row = json.loads(line)
        if row["id"] in taken or not 800 <= len(row["text"]) <= 2600:
            continue
        if len(pattern.findall(_norm(row["text"]))) >= 3:
            eligible.append(row["id"])
    return {"taken": len(taken), "eligible": len(eligible), "dev2": sorted(random.Random(2041).sample(sorted(eligible), 10))}


if __name__ == "__main__":
    print(json.dumps(draw2(), indent=1))
