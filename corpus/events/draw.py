"""The draw of corpus/events (run once, before annotation, on the code frozen at 54a976a).

Rule: articles of shared/data/news/vietnews-sample.jsonl that are in no other gold set of the project at the freeze (not
in corpus/entities, not in corpus/times, both read at 54a976a), of 800-2,600 characters (annotation budget), whose text holds at least three
whole-word occurrences of trigger words of the politics / law / society event types in
extractor/data/event_triggers.yaml as frozen (MEETING, INSPECTION, VISIT, APPOINTMENT, AWARD, SIGNING, ISSUANCE,
CEREMONY, LEGAL); vnx is not run. 20 ids by random.Random(2029).sample over the sorted eligible ids, then the 8 kept
as held-out by random.Random(2030).sample over the sorted 20 (the other 12 are dev)."""
import json
import random
import re
import unicodedata
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
NEWS = REPO.parent / "shared" / "data" / "news" / "vietnews-sample.jsonl"
TYPES = ("MEETING", "INSPECTION", "VISIT", "APPOINTMENT", "AWARD", "SIGNING", "ISSUANCE", "CEREMONY", "LEGAL")
# the trigger file as frozen at 54a976a (read from git so later edits do not change the draw)
FROZEN = "54a976a63a2efa76a1c8e0efb85e6533eb267db1"


def _norm(s: str) -> str:
    return unicodedata.normalize("NFC", s).lower()


def draw():
    import subprocess

    spec = yaml.safe_load(subprocess.run(["git", "show", f"{FROZEN}:extractor/data/event_triggers.yaml"], cwd=REPO,
                                         capture_output=True, text=True, check=True).stdout)
    words = sorted({_norm(w) for t in TYPES for w in spec["types"][t]["triggers"]}, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")
    # the other gold sets as they stood at the freeze (they grow later: the draw must not change with them)
    listing = subprocess.run(["git", "ls-tree", "--name-only", f"{FROZEN}:corpus/entities"], cwd=REPO,
                             capture_output=True, text=True, check=True).stdout.split()
    taken = {name.split(".")[0] for name in listing if name.endswith(".gold.json")}
    times = subprocess.run(["git", "show", f"{FROZEN}:corpus/times/gold.jsonl"], cwd=REPO,
                           capture_output=True, text=True, check=True).stdout
    taken |= {json.loads(line)["id"] for line in times.splitlines() if line.strip()}
    eligible = []
    for line in open(NEWS, encoding="utf-8"):
        row = json.loads(line)
        if row["id"] in taken or not 800 <= len(row["text"]) <= 2600:
            continue
        if len(pattern.findall(_norm(row["text"]))) >= 3:
            eligible.append(row["id"])
    drawn = random.Random(2029).sample(sorted(eligible), 20)
    heldout = random.Random(2030).sample(sorted(drawn), 8)
    return {"eligible": len(eligible), "dev": sorted(set(drawn) - set(heldout)), "heldout": sorted(heldout)}


if __name__ == "__main__":
    print(json.dumps(draw(), indent=1))
