"""The draw of events-heldout3, eight fresh held-out articles for corpus/events (issue #6, round 7; run once, before the
articles were read and before vnx was run on them).

Rule: draw.py's (800-2,600 characters, at least three whole-word occurrences of trigger words of the politics / law /
society types of event_triggers.yaml as frozen at 54a976a), over the articles of shared/data/news/vietnews-sample.jsonl
whose id appears in no file under corpus/ at commit da39d9d (HEAD when round 7 began: every gold set, draw lists and
draw3_excluded.txt, the 229 articles round 6 read or ran vnx on). 8 ids by random.Random(2061).sample over the sorted
eligible ids; all eight are held out (split "heldout3", benchmark split "events-heldout3"), scored once on the code
frozen at the end of round 7.

Run: ``python corpus/events/draw4.py`` (prints ids and counts only).
"""
import json
import random
import re

from draw import FROZEN, NEWS, TYPES, _norm
from draw2 import ID, _git

import yaml

CORPUS_AT = "da39d9d"


def taken_ids() -> set[str]:
    """Every article id named by a file under corpus/ (its path or its content) at CORPUS_AT."""
    taken = set()
    for path in _git("ls-tree", "-r", "--name-only", CORPUS_AT, "corpus").split("\n"):
        if path:
            taken |= set(ID.findall(path)) | set(ID.findall(_git("show", f"{CORPUS_AT}:{path}")))
    return taken


def draw4():
    spec = yaml.safe_load(_git("show", f"{FROZEN}:extractor/data/event_triggers.yaml"))
    words = sorted({_norm(w) for t in TYPES for w in spec["types"][t]["triggers"]}, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")
    taken = taken_ids()
    excluded = set(_git("show", f"{CORPUS_AT}:corpus/events/draw3_excluded.txt").split())
    eligible = []
    for line in open(NEWS, encoding="utf-8"):
        row = json.loads(line)
        if row["id"] in taken or row["id"] in excluded or not 800 <= len(row["text"]) <= 2600:
            continue
        if len(pattern.findall(_norm(row["text"]))) >= 3:
            eligible.append(row["id"])
    return {"taken": len(taken), "excluded": len(excluded), "eligible": len(eligible),
            "heldout3": sorted(random.Random(2061).sample(sorted(eligible), 8))}


if __name__ == "__main__":
    print(json.dumps(draw4(), indent=1))
