"""The draw of events-heldout6, fresh held-out articles for corpus/events (issue #6, round 10; run once at the start of
the round, before the articles were read and before vnx was run on them).

Pool: the articles of shared/data/news/vietnews-sample.jsonl whose id appears in no file (its path or its content) under
tests/, models/, extractor/, benchmarks/ or corpus/ (corpus/times/ excepted: it annotates times only) at CORPUS_AT (HEAD
when round 10 began): 40 articles, reserved by the lead for blind sets. Of those, the ones whose numeric id is odd are
this round's (the even ones are reserved for the entities work and are not opened here).
Rule, chosen before any article was read: draw.py's (800-2,600 characters, at least three whole-word occurrences of
trigger words of the politics / law / society types of event_triggers.yaml as frozen at 54a976a, the rule of every earlier
held-out draw); as in draw6.py, when fewer than 8 are eligible the upper length bound is raised by steps of 200 characters,
up to 3,600 at most (annotation budget). That rule leaves none of the 21 odd articles (earlier draws took every article
it allows; the reserve is what they left), so -- decided on those counts, before any text was read -- the trigger words
of every type of the frozen file count (ACCIDENT, DISASTER, ECONOMIC and OTHER too), with the same lengths: at 2,800
characters 8 are eligible. 8 ids by random.Random(2101).sample over the sorted eligible ids (all of them); all held out
(split "heldout6", benchmark split "events-heldout6"), scored once on the code frozen at the end of round 10.

Run: ``python corpus/events/draw7.py`` (prints ids and counts only).
"""
import json
import random
import re

from draw import FROZEN, NEWS, TYPES, _norm
from draw2 import ID, _git

import yaml

CORPUS_AT = "8707487"
FOLDERS = ("tests", "models", "extractor", "benchmarks", "corpus", ":(exclude)corpus/times")
LONGEST = 3600


def taken_ids() -> set[str]:
    """Every article id named by a file of FOLDERS (its path or its content) at CORPUS_AT."""
    paths = _git("grep", "-l", "-e", "", CORPUS_AT, "--", *FOLDERS)  # every file, binary ones too
    named = _git("grep", "-I", "-h", "-o", "-E", "vietnews-[0-9]{6}", CORPUS_AT, "--", *FOLDERS)
    return set(ID.findall(paths)) | set(ID.findall(named))


def draw7():
    spec = yaml.safe_load(_git("show", f"{FROZEN}:extractor/data/event_triggers.yaml"))
    taken = taken_ids()
    odd = [row for row in map(json.loads, open(NEWS, encoding="utf-8"))
           if row["id"] not in taken and int(row["id"].rsplit("-", 1)[1]) % 2]
    counts = {}
    for name, types in (("politics/law/society", TYPES), ("every type", tuple(spec["types"]))):
        words = sorted({_norm(w) for t in types for w in spec["types"][t]["triggers"]}, key=len, reverse=True)
        pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")
        pool = [(row["id"], len(row["text"])) for row in odd if len(pattern.findall(_norm(row["text"]))) >= 3]
        longest = 2600
        while True:
            eligible = [aid for aid, n in pool if 800 <= n <= longest]
            if len(eligible) >= 8 or longest >= LONGEST:
                break
            longest += 200
        counts[name] = {"longest": longest, "eligible": len(eligible)}
        if len(eligible) >= 8:
            break
    return {"taken": len(taken), "odd": len(odd), "rules": counts,
            "heldout6": sorted(random.Random(2101).sample(sorted(eligible), min(8, len(eligible))))}


if __name__ == "__main__":
    print(json.dumps(draw7(), indent=1))
