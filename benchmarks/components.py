"""Where the time goes: characters per second of the tokenizer and of each pipeline component, side by side
in one run, over real articles of ../shared/data/news/vietnews-sample.jsonl.

    python -m benchmarks.components [--articles 200] [--repeat 3] [--clock cpu] [--join CHARS] [--statistical] [--calls]

Each stage is timed on the same documents (best of ``--repeat`` passes, so a busy machine shows less); the
share column says which stage to make faster first. ``--clock cpu`` counts this process's CPU time instead of
the wall clock: on a machine others share, what they run then slows the numbers less. ``--join 990000`` times one
long article instead: the articles joined by blank lines and repeated to that many characters (a stage whose time grows
faster than the text shows there). ``--statistical`` times the pipeline with the statistical entity model merged in
(``load(statistical=True)``), ``--no-statistical`` without it; by default, ``load()``'s own choice. ``--calls`` also
counts the Python function calls of each stage in one more pass (cProfile): a count that does not move with the
machine's load, to compare two versions of the code where timings differ by more than the change (it does not see work
done inside C, such as a regular expression's search or numpy's).
"""
from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import time

from benchmarks.scoring import NEWS


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--clock", choices=("wall", "cpu"), default="wall")
    ap.add_argument("--join", type=int, metavar="CHARS", help="time one article of the joined articles cut to CHARS characters")
    ap.add_argument("--statistical", action=argparse.BooleanOptionalAction, default=None,
                    help="with (or without) the statistical entity model; default: the pipeline's default")
    ap.add_argument("--calls", action="store_true", help="also count each stage's Python function calls (one more pass)")
    args = ap.parse_args(argv)
    clock = time.process_time if args.clock == "cpu" else time.perf_counter

    import extractor

    with NEWS.open(encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for _, line in zip(range(args.articles), handle)]
    if args.join:
        joined = "\n\n".join(texts) + "\n\n"
        texts = [(joined * (args.join // len(joined) + 1))[: args.join]]
    chars = sum(map(len, texts))
    nlp = extractor.load(statistical=args.statistical)
    for text in texts[:5]:  # load models and caches outside the timing
        nlp(text)

    best: dict[str, float] = {}
    for _ in range(args.repeat):
        started = clock()
        docs = [nlp.make_doc(text) for text in texts]
        best["tokenizer"] = min(best.get("tokenizer", float("inf")), clock() - started)
        for name, component in nlp.pipeline:
            started = clock()
            for doc in docs:
                component(doc)
            best[name] = min(best.get(name, float("inf")), clock() - started)

    calls = _calls(nlp, texts) if args.calls else {}
    total = sum(best.values())
    print(f"{len(texts)} articles, {chars:,} characters; best of {args.repeat} passes, {args.clock} clock\n")
    print("| stage | seconds | characters/s | share |" + (" function calls |" if calls else ""))
    print("|---|--:|--:|--:|" + ("--:|" if calls else ""))
    for name, seconds in best.items():
        print(f"| {name} | {seconds:.2f} | {chars / seconds:,.0f} | {seconds / total:.0%} |"
              + (f" {calls[name]:,} |" if calls else ""))
    print(f"| **whole pipeline** | {total:.2f} | {chars / total:,.0f} | 100% |" + (f" {sum(calls.values()):,} |" if calls else ""))


def _calls(nlp, texts: list[str]) -> dict[str, int]:
    """The Python function calls of each stage over ``texts``, counted by cProfile in one pass."""
    def counted(run) -> tuple[int, object]:
        profile = cProfile.Profile()
        result = profile.runcall(run)
        return pstats.Stats(profile).total_calls, result

    counts: dict[str, int] = {}
    counts["tokenizer"], docs = counted(lambda: [nlp.make_doc(text) for text in texts])
    for name, component in nlp.pipeline:
        counts[name], _ = counted(lambda: [component(doc) for doc in docs])
    return counts


if __name__ == "__main__":
    main()
