"""Draw held-out 16 (unread): 30 more articles by the rule of held-out 15 (``draw_heldout15.py``, its pool as at its BASE),
less the 30 drawn there, with ``random.Random(2040)``; drawn after held-out 15 was scored, with the times code frozen.

    python corpus/times/draw_heldout16.py   # writes annotations/heldout16_ids.json
"""
from __future__ import annotations

import json
import random
from pathlib import Path

from draw_heldout15 import pool

HERE = Path(__file__).resolve().parent
SEED, SIZE = 2040, 30


def main() -> None:
    ann = HERE / "annotations"
    drawn15 = {aid for f in ("heldout15_ids.json", "heldout15_extra_ids.json") for aid in json.loads((ann / f).read_text(encoding="utf-8"))}
    rest = [aid for aid in pool() if aid not in drawn15]
    drawn = random.Random(SEED).sample(rest, SIZE)
    (ann / "heldout16_ids.json").write_text(json.dumps(drawn) + "\n", encoding="utf-8")
    print(len(rest), "articles in the pool; drawn:", drawn)


if __name__ == "__main__":
    main()
