"""The draw of events-heldout5, eight fresh held-out articles for corpus/events (issue #6, round 9; run once at the start
of the round, before the articles were read and before vnx was run on them).

Pool: the articles of corpus/times/gold.jsonl (annotated for times only) whose id appears in no file under tests/,
models/, extractor/, benchmarks/, corpus/entities*/ or corpus/events/ at CORPUS_AT (HEAD when round 9 began: every
entity and event gold set, their seen lists -- corpus/entities4/seen.txt, corpus/entities5/seen.txt -- and
corpus/events/draw3_excluded.txt, and every article a test, a model or a rule names). All 35 such articles are among
the 178 sample articles round 8 compared vnx's old and new event output on by eye (those named by no file of the
folders at e534e4f, draw5.py), so that round's "a later draw should leave them out" cannot be kept: the exposure is
recorded in README.md (round 9). Rule: draw.py's (800-2,600 characters, at least three
whole-word occurrences of trigger words of the politics / law / society types of event_triggers.yaml as frozen at
54a976a, as for every earlier held-out draw, draw5.py's pattern). The pool is small and the rule leaves 7 articles, so
the upper length bound is raised by steps of 200 characters until 8 are eligible (2,800: one more, 003262, 2,743
characters, 10 trigger words). 8 ids by random.Random(2091).sample over the sorted eligible ids; all eight are held out (split "heldout5", benchmark split "events-heldout5"), scored once on the code
frozen at the end of round 9.

Run: ``python corpus/events/draw6.py`` (prints ids and counts only).
"""
import json
import random
import re

from draw import FROZEN, NEWS, TYPES, _norm
from draw2 import ID, _git

import yaml

CORPUS_AT = "ee11592"
FOLDERS = ("tests", "models", "extractor", "benchmarks", "corpus/entities*", "corpus/events")


def taken_ids() -> set[str]:
    """Every article id named by a file of FOLDERS (its path or its content) at CORPUS_AT."""
    paths = _git("grep", "-l", "-e", "", CORPUS_AT, "--", *FOLDERS)
    named = _git("grep", "-I", "-h", "-o", "-E", "vietnews-[0-9]{6}", CORPUS_AT, "--", *FOLDERS)
    return set(ID.findall(paths)) | set(ID.findall(named))


def draw6():
    spec = yaml.safe_load(_git("show", f"{FROZEN}:extractor/data/event_triggers.yaml"))
    words = sorted({_norm(w) for t in TYPES for w in spec["types"][t]["triggers"]}, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")
    times = {json.loads(line)["id"] for line in _git("show", f"{CORPUS_AT}:corpus/times/gold.jsonl").splitlines()}
    taken = taken_ids()
    pool = []
    for line in open(NEWS, encoding="utf-8"):
        row = json.loads(line)
        if row["id"] in times and row["id"] not in taken and len(pattern.findall(_norm(row["text"]))) >= 3:
            pool.append((row["id"], len(row["text"])))
    longest, eligible = 2600, []
    while len(eligible) < 8:
        eligible = [aid for aid, n in pool if 800 <= n <= longest]
        longest += 200
    return {"times": len(times), "taken": len(taken), "longest": longest - 200, "eligible": len(eligible),
            "heldout5": sorted(random.Random(2091).sample(sorted(eligible), 8))}


if __name__ == "__main__":
    print(json.dumps(draw6(), indent=1))
