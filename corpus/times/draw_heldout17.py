"""Draw held-out 17 (unread): 30 more articles by the rule of held-out 15 (``draw_heldout15.py``, its pool as at its BASE
e534e4f), less the 60 drawn for held-out 15 and 16, and less every sample article the events round (issue #6, round 8)
read by eye: the sample articles whose id appears in no file under tests/, models/, extractor/, benchmarks/,
corpus/entities*/ or corpus/events/ at e534e4f (``corpus/events/draw5.py``'s ``taken_ids``, repeated here): 178
articles, the 170 that round compared old and new event output on plus the 8 of events-heldout4 drawn from them. That
round read event output, not time output, but the event output carries time values and its readers saw the texts, so
they are left out here (the pool left is not the same as those: 37 of the 178 are in it). Drawn with
``random.Random(2041)``, after held-out 16 was scored, with the times code frozen.

    python corpus/times/draw_heldout17.py   # writes annotations/heldout17_ids.json
"""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

from draw_heldout15 import BASE, NEWS, _git, pool

HERE = Path(__file__).resolve().parent
SEED, SIZE = 2041, 30
EVENTS_FOLDERS = ("tests", "models", "extractor", "benchmarks", "corpus/entities*", "corpus/events")
ID = re.compile(r"vietnews-\d{6}")


def events_read() -> set[str]:
    """The sample articles named by no file of EVENTS_FOLDERS (path or content) at BASE: those the events round read."""
    paths = _git("grep", "-l", "-e", "", BASE, "--", *EVENTS_FOLDERS)
    named = _git("grep", "-I", "-h", "-o", "-E", "vietnews-[0-9]{6}", BASE, "--", *EVENTS_FOLDERS)
    taken = set(ID.findall(paths)) | set(ID.findall(named))
    ids = [json.loads(line)["id"] for line in NEWS.read_text(encoding="utf-8").splitlines()]
    return {aid for aid in ids if aid not in taken}


def main() -> None:
    ann = HERE / "annotations"
    drawn_before = {aid for f in ("heldout15_ids.json", "heldout15_extra_ids.json", "heldout16_ids.json")
                    for aid in json.loads((ann / f).read_text(encoding="utf-8"))}
    base = [aid for aid in pool() if aid not in drawn_before]
    read = events_read()
    rest = sorted(aid for aid in base if aid not in read)
    drawn = random.Random(SEED).sample(sorted(rest), SIZE)
    (ann / "heldout17_ids.json").write_text(json.dumps(drawn) + "\n", encoding="utf-8")
    print(len(base), "articles by the rule of held-out 15 less held-out 15/16;", len(read), "read by the events round,",
          len(base) - len(rest), "of them in it;", len(rest), "in the pool; drawn:", drawn)


if __name__ == "__main__":
    main()
