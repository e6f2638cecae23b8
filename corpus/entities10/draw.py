"""The draw of corpus/entities10 (blind10 / events-heldout10), run once before any drawn article was read and before
vnx was run on them (session 22, issues #5 and #6).

Rule, fixed before any article was read: articles of shared/data/news/vietnews-sample.jsonl that no entity or event
gold set annotates (no ``*.gold.json`` or annotation file under corpus/entities*/, corpus/events/ or corpus/seed/ names
them at FROZEN), that the read-only testers of sessions 19 and 20 did not read (TESTER_READ: they read vnx's output on
them and helpers fixed what they found), that no commit message or test added in session 21 names (SESSION21: its
testers' read lists were not kept; what they found and helpers fixed is named there), of 900-2,600 characters
(annotation budget), whose text holds at least three whole-word, case-insensitive occurrences of title words of
extractor/data/titles.tsv, of at least two distinct words (the rule of corpus/entities2: officials' news, where
(person, title) pairs live). 12 ids by
``random.Random(2222).sample`` over the sorted eligible ids, split into three annotation batches of about equal length
(greedy, longest first).

Exposure: every sample article's records are diffed and partly read by helpers each session, and unannotated sample
articles may be silver training text of the statistical model; none of these was annotated or read by a tester.

The rule and its helpers are corpus/entities9/draw.py's (``draw_officials_news``), read from there.

Run: ``python corpus/entities10/draw.py`` (prints ids, lengths and batches, never article text).
"""
import importlib.util
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
FROZEN = "c5ff0ce"
SESSION21 = ("1ec65ae", FROZEN)  # the commits of session 21


def _blind9_draw():
    """corpus/entities9/draw.py, whose rule, exclusions and helpers this draw extends."""
    spec = importlib.util.spec_from_file_location("draw_entities9", HERE.parent / "entities9" / "draw.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def session_ids(git, commits: tuple[str, str] = SESSION21) -> set[str]:
    """Ids that a session's commit messages or its additions to tests/ name (six digits of a sample id); the session
    is the range ``commits`` (its first commit's parent, its last commit)."""
    text = git("log", "--format=%B", "..".join(commits))
    text += "".join(line for line in git("diff", *commits, "--", "tests").splitlines(keepends=True)
                    if line.startswith("+"))
    return {f"vietnews-{n}" for n in re.findall(r"(?<!\d)0[0-2]\d{4}(?!\d)", text)}


def draw() -> dict:
    blind9 = _blind9_draw()
    taken = blind9.annotated_ids(FROZEN, blind9.GOLD_FOLDERS + ("corpus/entities9",)) \
        | {f"vietnews-{n}" for n in blind9.TESTER_READ} | session_ids(blind9._git)
    return blind9.draw_officials_news(FROZEN, taken, 2222)


if __name__ == "__main__":
    print(json.dumps(draw(), indent=1))
