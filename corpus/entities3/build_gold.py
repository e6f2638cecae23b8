"""Build the ``<id>.gold.json`` files of corpus/entities3 from ``annotations.yaml`` (typed by hand).

Same conventions and code as corpus/entities2 (``gold_of`` of its ``build_gold.py``; mentions computed by
``compute`` of ``corpus/entities/add_offsets.py``); every article of this set is in the ``dev3`` split (``draw.py``).

Run: ``python corpus/entities3/build_gold.py [--check]``; ``--check`` writes nothing and lists the capitalised
word runs no mention covers (for the annotator to review).
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
# the ids drawn by draw.py (random.Random(2041)), repeated here so building needs no draw
DEV3 = {"vietnews-002720", "vietnews-002745", "vietnews-002783", "vietnews-003944", "vietnews-004373",
        "vietnews-015557", "vietnews-017993", "vietnews-021538"}


def main(argv=None) -> int:
    spec = importlib.util.spec_from_file_location("build_entities2", REPO / "corpus" / "entities2" / "build_gold.py")
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    return builder.build_set(HERE, DEV3, "dev3", argv, __doc__.splitlines()[0])


if __name__ == "__main__":
    sys.exit(main())
