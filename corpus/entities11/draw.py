"""The draw of corpus/entities11 (blind11 / events-heldout11), run once before any drawn article was read and before
vnx was run on them (session 23, issues #5 and #6).

Rule, fixed before any article was read: corpus/entities10's rule (corpus/entities9's ``draw_officials_news``:
sample articles no entity or event gold set annotates at FROZEN, 900-2,600 characters, at least three whole-word
occurrences of title words of extractor/data/titles.tsv, two distinct), excluding what entities10 excluded (the
session-19/20 testers' read lists, the ids session 21 named), blind10 itself (its gold is under corpus/entities10 at
FROZEN), and every id that session 22's commit messages or its additions to tests/ name. 12 ids by
``random.Random(2323).sample`` over the sorted eligible ids, in three batches of about equal length.

Exposure: every sample article's records are diffed and partly read by helpers each session, and unannotated sample
articles may be silver training text of the statistical model; none of these was annotated or read by a tester.

Run: ``python corpus/entities11/draw.py`` (prints ids, lengths and batches, never article text).
"""
import importlib.util
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
FROZEN = "40b4b6b"
SESSION22 = ("c5ff0ce", FROZEN)  # the commits of session 22


def _draw_module(folder: str):
    """corpus/<folder>/draw.py, loaded as a module (the draws are scripts, not a package)."""
    spec = importlib.util.spec_from_file_location(f"draw_{folder}", HERE.parent / folder / "draw.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def draw() -> dict:
    blind9, blind10 = _draw_module("entities9"), _draw_module("entities10")
    taken = blind9.annotated_ids(FROZEN, blind9.GOLD_FOLDERS + ("corpus/entities9", "corpus/entities10")) \
        | {f"vietnews-{n}" for n in blind9.TESTER_READ} | blind10.session_ids(blind9._git) \
        | blind10.session_ids(blind9._git, SESSION22)
    return blind9.draw_officials_news(FROZEN, taken, 2323)


if __name__ == "__main__":
    print(json.dumps(draw(), indent=1))
