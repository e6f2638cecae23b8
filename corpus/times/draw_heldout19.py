"""Draw held-out 19 (unread): the pool of held-out 18 (``draw_heldout18.py``: the pool of held-out 17 less its 30
articles and less the 40 sample articles reserved for other components' blind sets, computed at RESERVED_AT 8707487)
less held-out 18's 38 articles (73 left), and less every article another component has annotated or quoted: those
named at NAMED_AT (2a5e1e3, the repository when this draw was made, with the times code frozen there) by any file under
tests/, models/, extractor/, benchmarks/ or corpus/ other than corpus/times/ and other than the three lists that only
record which articles other rounds drew from or read output of (``LISTS``: every one of the 73 is named by one of
them, by the pool rule of held-out 17 and 18, so excluding them would leave nothing). Drawn with
``random.Random(2044)`` after held-out 18 was scored and used for fixes; if the draw holds fewer than 120 expressions,
more are drawn by the same rule from the rest with ``EXTRA_SEED`` after the first are annotated and before any is scored
or run.

    python corpus/times/draw_heldout19.py   # writes annotations/heldout19_ids.json (and heldout19_extra_ids.json
                                            # with EXTRA_SIZE > 0); prints ids and counts only
"""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

from draw_heldout15 import _git, pool
from draw_heldout17 import events_read
from draw_heldout18 import SEARCHED, reserved

HERE = Path(__file__).resolve().parent
SEED, SIZE = 2044, 36
EXTRA_SEED, EXTRA_SIZE = 2045, 0
NAMED_AT = "2a5e1e3"
LISTS = ("corpus/events/draw3_excluded.txt", "corpus/entities4/seen.txt", "corpus/entities5/seen.txt")
ID = re.compile(r"vietnews-\d{6}")


def annotated_elsewhere() -> set[str]:
    """The sample articles named at NAMED_AT (path or content) by a file of SEARCHED other than LISTS: gold sets,
    annotations and tests of other components."""
    hits = _git("grep", "-I", "-o", "-E", r"vietnews-[0-9]{6}", NAMED_AT, "--", *SEARCHED)
    named = {line.rsplit(":", 1)[1] for line in hits.splitlines()
             if line.split(":", 2)[1] not in LISTS}
    paths = [p for p in _git("ls-tree", "-r", "--name-only", NAMED_AT, "--", *SEARCHED[:-1]).splitlines()
             if not p.startswith("corpus/times/")]
    return named | set(ID.findall("\n".join(paths)))


def main() -> None:
    ann = HERE / "annotations"
    drawn_before = {aid for f in ("heldout15_ids.json", "heldout15_extra_ids.json", "heldout16_ids.json",
                                  "heldout17_ids.json", "heldout18_ids.json", "heldout18_extra_ids.json")
                    for aid in json.loads((ann / f).read_text(encoding="utf-8"))}
    read, kept = events_read(), reserved()
    left = sorted(aid for aid in pool() if aid not in drawn_before and aid not in read and aid not in kept)
    elsewhere = annotated_elsewhere()
    rest = [aid for aid in left if aid not in elsewhere]
    drawn = random.Random(SEED).sample(rest, SIZE)
    (ann / "heldout19_ids.json").write_text(json.dumps(drawn) + "\n", encoding="utf-8")
    print(len(left), "articles left by the rule of held-out 18 less its draw;", len(left) - len(rest),
          "annotated or quoted by other components;", len(rest), "in the pool; drawn:", drawn)
    if EXTRA_SIZE:
        rest = [aid for aid in rest if aid not in drawn]
        extra = random.Random(EXTRA_SEED).sample(rest, EXTRA_SIZE)
        (ann / "heldout19_extra_ids.json").write_text(json.dumps(extra) + "\n", encoding="utf-8")
        print(len(rest), "left; drawn as well:", extra)


if __name__ == "__main__":
    main()
