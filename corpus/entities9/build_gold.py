"""Build the ``<id>.gold.json`` files of corpus/entities9 from ``annotations.yaml`` (typed by hand).

Same conventions and code as corpus/entities2 (``build_set`` of its ``build_gold.py``); every article of this set is
in the ``blind9`` split (``draw.py``: 12 officials' news articles no gold set annotated and no tester read).

Run: ``python corpus/entities9/build_gold.py [--check]``; ``--check`` writes nothing and lists the capitalised
word runs no mention covers (for the annotator to review).
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
# the ids draw.py takes, repeated here so building needs no draw
BLIND9 = {
    "vietnews-002165", "vietnews-002440", "vietnews-004744", "vietnews-006697", "vietnews-007814", "vietnews-008141",
    "vietnews-008846", "vietnews-010144", "vietnews-010683", "vietnews-016023", "vietnews-018327", "vietnews-022296",
}


def main(argv=None) -> int:
    spec = importlib.util.spec_from_file_location("build_entities2", REPO / "corpus" / "entities2" / "build_gold.py")
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    return builder.build_set(HERE, BLIND9, "blind9", argv, __doc__.splitlines()[0])


if __name__ == "__main__":
    sys.exit(main())
