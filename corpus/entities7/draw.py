"""The draw of blind7 / events-heldout7: the last unread articles of the shared news sample, annotated for entities
(corpus/entities7) and events (corpus/events, annotations8.yaml) and scored once, blind (issues #5 and #6, session 7).

Pool: the 40 articles reserved for blind sets (models/reserved_ids.txt) less every one some entity or event set already
names (a file under corpus/entities*/ or corpus/events/, its path or its content, at CORPUS_AT). Rule, fixed before any
of them was read: no sampling, every article of the pool is taken, whatever its length or words -- it is the last
unread material, and the earlier draws' rules (length, title or trigger words) are what left these behind, so this set
is also the least like the ones the rules were tuned on. The ids are split into six annotation batches of about equal
length (greedy, longest first), one per annotator.

Run: ``python corpus/entities7/draw.py`` (prints ids, lengths and batches; reads no text beyond its length).
"""
import json
import re
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
NEWS = REPO.parent / "shared" / "data" / "news" / "vietnews-sample.jsonl"
CORPUS_AT = "81e2f7a"
BATCHES = 6


def taken_ids() -> set[str]:
    """Every article id named by an entity or event set at CORPUS_AT (its file names or contents)."""
    out = subprocess.run(["git", "grep", "-h", "-o", "-E", "vietnews-[0-9]{6}", CORPUS_AT, "--",
                          "corpus/entities*", "corpus/events"], cwd=REPO, capture_output=True, text=True, check=True)
    names = subprocess.run(["git", "ls-tree", "-r", "--name-only", CORPUS_AT, "--", "corpus"], cwd=REPO,
                           capture_output=True, text=True, check=True)
    return set(re.findall(r"vietnews-\d{6}", out.stdout + names.stdout))


def draw_blind7() -> dict:
    reserved = re.findall(r"vietnews-\d{6}", (REPO / "models" / "reserved_ids.txt").read_text(encoding="utf-8"))
    pool = sorted(set(reserved) - taken_ids())
    length = {row["id"]: len(row["text"]) for row in map(json.loads, NEWS.open(encoding="utf-8")) if row["id"] in pool}
    batches = [[] for _ in range(BATCHES)]
    for aid in sorted(pool, key=lambda a: (-length[a], a)):
        min(batches, key=lambda b: sum(length[a] for a in b)).append(aid)
    return {"reserved": len(set(reserved)), "pool": len(pool), "characters": sum(length.values()),
            "ids": {aid: length[aid] for aid in pool},
            "batches": [sorted(b) for b in batches]}


if __name__ == "__main__":
    print(json.dumps(draw_blind7(), indent=1))
