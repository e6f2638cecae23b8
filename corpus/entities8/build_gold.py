"""Build the ``<id>.gold.json`` files of corpus/entities8 from ``annotations.yaml`` (typed by hand).

Same conventions and code as corpus/entities2 (``gold_of`` of its ``build_gold.py``; mentions computed by
``compute`` of ``corpus/entities/add_offsets.py``); every article of this set is in the ``dev8`` split (``draw.py``:
18 articles of corpus/events' varied news, for development).

Run: ``python corpus/entities8/build_gold.py [--check]``; ``--check`` writes nothing and lists the capitalised
word runs no mention covers (for the annotator to review).
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
# the ids draw.py draws (random.Random(7008)), repeated here so building needs no draw
DEV8 = {
    "vietnews-000605", "vietnews-001229", "vietnews-001285", "vietnews-001625", "vietnews-002130", "vietnews-002749",
    "vietnews-002960", "vietnews-003587", "vietnews-004254", "vietnews-004611", "vietnews-009140", "vietnews-011273",
    "vietnews-011384", "vietnews-013837", "vietnews-015816", "vietnews-017718", "vietnews-018529", "vietnews-020095",
}


def main(argv=None) -> int:
    spec = importlib.util.spec_from_file_location("build_entities2", REPO / "corpus" / "entities2" / "build_gold.py")
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    return builder.build_set(HERE, DEV8, "dev8", argv, __doc__.splitlines()[0])


if __name__ == "__main__":
    sys.exit(main())
