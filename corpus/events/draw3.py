"""The draw of events-heldout2, eight fresh held-out articles for corpus/events (issue #6, round 6; run once, before the
articles were read and before vnx was run on them).

Rule: draw.py's (800-2,600 characters, at least three whole-word occurrences of trigger words of the politics / law /
society types of event_triggers.yaml as frozen at 54a976a), over the articles of shared/data/news/vietnews-sample.jsonl
whose id appears in no file under corpus/ at commit a701db8 (the last events commit before the draw), and that are not
in draw3_excluded.txt: the 229 articles whose text or vnx output this round's session read or ran while looking for
mechanisms (sample articles in no gold set: keyword searches for crime and police verbs, before/after comparisons of
vnx's events, timing runs). 8 ids by random.Random(2053).sample over the sorted eligible ids; all eight are held out
(split "heldout2", benchmark split "events-heldout2"), scored once on the code frozen before annotation.

Run: ``python corpus/events/draw3.py`` (prints ids and counts only).
"""
import json
import random
import re
from pathlib import Path

from draw import FROZEN, NEWS, TYPES, _norm
from draw2 import ID, _git

import yaml

CORPUS_AT = "a701db8"
HERE = Path(__file__).resolve().parent


def taken_ids() -> set[str]:
    """Every article id named by a file under corpus/ (its path or its content) at CORPUS_AT."""
    taken = set()
    for path in _git("ls-tree", "-r", "--name-only", CORPUS_AT, "corpus").split("\n"):
        if path:
            taken |= set(ID.findall(path)) | set(ID.findall(_git("show", f"{CORPUS_AT}:{path}")))
    return taken


def draw3():
    spec = yaml.safe_load(_git("show", f"{FROZEN}:extractor/data/event_triggers.yaml"))
    words = sorted({_norm(w) for t in TYPES for w in spec["types"][t]["triggers"]}, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")
    taken = taken_ids()
    excluded = set((HERE / "draw3_excluded.txt").read_text(encoding="utf-8").split())
    eligible = []
    for line in open(NEWS, encoding="utf-8"):
        row = json.loads(line)
        if row["id"] in taken or row["id"] in excluded or not 800 <= len(row["text"]) <= 2600:
            continue
        if len(pattern.findall(_norm(row["text"]))) >= 3:
            eligible.append(row["id"])
    return {"taken": len(taken), "excluded": len(excluded), "eligible": len(eligible),
            "heldout2": sorted(random.Random(2053).sample(sorted(eligible), 8))}


if __name__ == "__main__":
    print(json.dumps(draw3(), indent=1))
