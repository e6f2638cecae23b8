"""The draw of events-heldout4, eight fresh held-out articles for corpus/events (issue #6, round 8; run once at the start
of the round, before the articles were read and before vnx was run on them).

Rule: draw.py's (800-2,600 characters, at least three whole-word occurrences of trigger words of the politics / law /
society types of event_triggers.yaml as frozen at 54a976a, as for every earlier held-out draw), over the articles of
shared/data/news/vietnews-sample.jsonl whose id appears in no file under tests/, models/, extractor/, benchmarks/,
corpus/entities*/ or corpus/events/ at commit e534e4f (HEAD when round 8 began: every gold set, the draw lists and
draw3_excluded.txt, and every article a test, a model or a rule names). corpus/times may hold them: it annotates times
only. 8 ids by random.Random(2081).sample over the sorted eligible ids; all eight are held out (split "heldout4",
benchmark split "events-heldout4"), scored once on the code frozen at the end of round 8.

Run: ``python corpus/events/draw5.py`` (prints ids and counts only).
"""
import json
import random
import re

from draw import FROZEN, NEWS, TYPES, _norm
from draw2 import ID, _git

import yaml

CORPUS_AT = "e534e4f"
FOLDERS = ("tests", "models", "extractor", "benchmarks", "corpus/entities*", "corpus/events")


def taken_ids() -> set[str]:
    """Every article id named by a file of FOLDERS (its path or its content) at CORPUS_AT."""
    paths = _git("grep", "-l", "-e", "", CORPUS_AT, "--", *FOLDERS)  # every file, binary ones too
    named = _git("grep", "-I", "-h", "-o", "-E", "vietnews-[0-9]{6}", CORPUS_AT, "--", *FOLDERS)
    return set(ID.findall(paths)) | set(ID.findall(named))


def draw5():
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
    return {"taken": len(taken), "eligible": len(eligible),
            "heldout4": sorted(random.Random(2081).sample(sorted(eligible), 8))}


if __name__ == "__main__":
    print(json.dumps(draw5(), indent=1))
