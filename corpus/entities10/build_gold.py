"""Build the ``<id>.gold.json`` files of corpus/entities10 from ``annotations.yaml`` (typed by hand).

Same conventions and code as corpus/entities2 (``build_set`` of its ``build_gold.py``); every article of this set is
in the ``blind10`` split (``draw.py``: 12 officials' news articles no gold set annotated and no tester read).

Run: ``python corpus/entities10/build_gold.py [--check]``; ``--check`` writes nothing and lists the capitalised
word runs no mention covers (for the annotator to review).
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
# the ids draw.py takes, repeated here so building needs no draw
BLIND10 = {
    "vietnews-002932", "vietnews-003349", "vietnews-003603", "vietnews-006446", "vietnews-006612", "vietnews-006905",
    "vietnews-007036", "vietnews-008051", "vietnews-008116", "vietnews-008778", "vietnews-009145", "vietnews-015516",
}


def main(argv=None) -> int:
    spec = importlib.util.spec_from_file_location("build_entities2", REPO / "corpus" / "entities2" / "build_gold.py")
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    return builder.build_set(HERE, BLIND10, "blind10", argv, __doc__.splitlines()[0])


if __name__ == "__main__":
    sys.exit(main())
