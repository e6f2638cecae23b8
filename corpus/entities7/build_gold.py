"""Build the ``<id>.gold.json`` files of corpus/entities7 from ``annotations.yaml`` (typed by hand).

Same conventions and code as corpus/entities2 (``gold_of`` of its ``build_gold.py``; mentions computed by
``compute`` of ``corpus/entities/add_offsets.py``); every article of this set is in the ``blind7`` split (``draw.py``:
the 27 reserved articles no entity or event set had read).

Run: ``python corpus/entities7/build_gold.py [--check]``; ``--check`` writes nothing and lists the capitalised
word runs no mention covers (for the annotator to review).
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
# the ids draw.py takes (every article of its pool), repeated here so building needs no draw
BLIND7 = {
    "vietnews-000574", "vietnews-001383", "vietnews-001435", "vietnews-001483", "vietnews-001770", "vietnews-001862",
    "vietnews-002254", "vietnews-003393", "vietnews-003483", "vietnews-004010", "vietnews-006008", "vietnews-007151",
    "vietnews-008133", "vietnews-008493", "vietnews-008676", "vietnews-009922", "vietnews-012197", "vietnews-012857",
    "vietnews-013109", "vietnews-016956", "vietnews-017452", "vietnews-017584", "vietnews-018708", "vietnews-018718",
    "vietnews-019983", "vietnews-020019", "vietnews-021708",
}


def main(argv=None) -> int:
    spec = importlib.util.spec_from_file_location("build_entities2", REPO / "corpus" / "entities2" / "build_gold.py")
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    return builder.build_set(HERE, BLIND7, "blind7", argv, __doc__.splitlines()[0])


if __name__ == "__main__":
    sys.exit(main())
