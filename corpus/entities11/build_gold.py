"""Build the ``<id>.gold.json`` files of corpus/entities11 from ``annotations.yaml`` (typed by hand).

Same conventions and code as corpus/entities2 (``build_set`` of its ``build_gold.py``); every article of this set is
in the ``blind11`` split (``draw.py``: 12 officials' news articles no gold set annotated and no tester read).

Run: ``python corpus/entities11/build_gold.py [--check]``; ``--check`` writes nothing and lists the capitalised
word runs no mention covers (for the annotator to review).
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
# the ids draw.py takes, repeated here so building needs no draw
BLIND11 = {
    "vietnews-000639", "vietnews-003377", "vietnews-007316", "vietnews-008610", "vietnews-009156", "vietnews-010358",
    "vietnews-012764", "vietnews-014216", "vietnews-014433", "vietnews-016628", "vietnews-018057", "vietnews-021067",
}


def main(argv=None) -> int:
    spec = importlib.util.spec_from_file_location("build_entities2", REPO / "corpus" / "entities2" / "build_gold.py")
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    return builder.build_set(HERE, BLIND11, "blind11", argv, __doc__.splitlines()[0])


if __name__ == "__main__":
    sys.exit(main())
