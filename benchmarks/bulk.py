"""Throughput of ``vnx bulk``: articles/s and characters/s with 1 worker and with every core, next to
``extract`` in a loop and underthesea's ``ner`` over the same texts; peak memory per worker; scaling.

The archive is built from the real articles in ../shared/data/news/vietnews-sample.jsonl, in order, cut at the
first sentence end after ``--size`` (5,000 UTF-8 bytes by default: the targets are stated for 5 KB articles, about
3,900 Vietnamese characters; ``--unit chars`` counts characters instead, 5,000 characters being about 6.6 KB),
repeating the sample as often as needed. Nothing is written to the repository.

    python -m benchmarks.bulk [--articles 400] [--size 5000] [--unit bytes|chars] [--loop 60] [--ner 30]
"""
from __future__ import annotations

import argparse
import json
import os
import pathlib
import re
import subprocess
import sys
import tempfile
import time

SHARED = pathlib.Path(__file__).resolve().parents[1].parent / "shared"
SAMPLE = SHARED / "data" / "news" / "vietnews-sample.jsonl"


def build_archive(path: pathlib.Path, articles: int, size: int, measure=len) -> list[dict]:
    """``articles`` archive articles of about ``size`` each (``measure``: characters, or UTF-8 bytes): the sample's
    texts in order (repeated as often as needed), each archive article ending at the first sentence end past
    ``size`` and the next one going on from there; text within a sample article is kept exactly, two sample
    articles are joined by a line break."""
    sample = [json.loads(line)["text"] for line in SAMPLE.read_text(encoding="utf-8").splitlines()]
    ends = [[m.end() for m in re.finditer(r"[.!?…](?=\s+\S)|\n", text)] + [len(text)] for text in sample]
    out, article, cut = [], 0, 0  # where the next archive article starts: sample article, character
    for number in range(articles):
        pieces: list[str] = []
        total = 0
        while total < size:
            text, stops = sample[article % len(sample)], ends[article % len(sample)]
            end = cut
            while end < len(text) and total + measure(text[cut:end]) < size:
                end = next(e for e in stops if e > end)
            piece = text[cut:end].strip()
            if piece:
                pieces.append(piece)
                total += measure(piece) + 1
            article, cut = (article + 1, 0) if end >= len(text) else (article, end)
        out.append({"id": f"bench-{number:06d}", "text": "\n".join(pieces), "source": "vietnews-sample (cut at sentence ends)"})
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in out), encoding="utf-8")
    return out


def run_bulk(archive: pathlib.Path, out: pathlib.Path, workers: int, chunk: int) -> dict:
    command = [sys.executable, "-m", "extractor", "bulk", str(archive), "--out", str(out), "--workers", str(workers),
               "--chunk-size", str(chunk), "--progress-interval", "30"]
    started = time.perf_counter()
    subprocess.run(command, check=True, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    manifest = json.loads((out / "manifest.json").read_text())
    return {"seconds": wall, "cpu": manifest["this_run"]["worker_cpu_seconds"], "articles": manifest["articles"],
            "errors": manifest["errors"], "peak_mb": manifest["this_run"]["worker_peak_mb"],
            "steady": steady_rate(manifest["part_list"], workers)}


def steady_rate(parts: list[dict], workers: int) -> float | None:
    """Articles per second once every worker has finished its first part: start-up (loading and warming the
    pipeline) left out, as it would be over an archive of millions of articles."""
    parts = sorted(parts, key=lambda part: part["finished_at"])
    if len(parts) <= workers:
        return None
    started = parts[workers - 1]["finished_at"]
    later = parts[workers:]
    return sum(part["rows"] for part in later) / (later[-1]["finished_at"] - started)


def run_loop(texts: list[str]) -> float:
    from extractor.api import extract_one

    extract_one({"text": texts[0]})  # load the pipeline outside the timing
    started, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        extract_one({"text": text})
    return time.perf_counter() - started, time.process_time() - cpu


def run_ner(texts: list[str]) -> float:
    """underthesea's ``ner`` sentence by sentence with offsets recovered, as benchmarks/entities.py runs it (given a
    whole article at once it is several times slower still)."""
    from benchmarks.entities import underthesea_entities

    underthesea_entities(texts[0][:200])
    started, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        underthesea_entities(text)
    return time.perf_counter() - started, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=400, help="articles in the archive")
    parser.add_argument("--size", type=int, default=5000, help="size of each article (at least)")
    parser.add_argument("--unit", choices=("bytes", "chars"), default="bytes",
                        help="what --size counts: UTF-8 bytes (5 KB articles by default) or characters")
    parser.add_argument("--loop", type=int, default=60, help="articles for the extract loop")
    parser.add_argument("--ner", type=int, default=30, help="articles for underthesea ner")
    args = parser.parse_args()
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        measure = len if args.unit == "chars" else (lambda text: len(text.encode("utf-8")))
        articles = build_archive(tmp / "archive.jsonl", args.articles, args.size, measure)
        chars = sum(len(a["text"]) for a in articles)
        per_article = chars / len(articles)
        chunk = max(10, args.articles // (cores * 8))
        one = run_bulk(tmp / "archive.jsonl", tmp / "one", 1, chunk)
        every = run_bulk(tmp / "archive.jsonl", tmp / "all", cores, chunk)
    texts = [a["text"] for a in articles]
    # spread over the archive, so that the loops read the same mix of articles as the bulk runs
    loop, loop_cpu = run_loop(texts[::max(1, len(texts) // args.loop)][:args.loop])
    ner, ner_cpu = run_ner(texts[::max(1, len(texts) // args.ner)][:args.ner])

    rows = [("vnx bulk, 1 worker", one["articles"], one["seconds"], one["cpu"], one["peak_mb"], one["steady"]),
            (f"vnx bulk, {cores} workers", every["articles"], every["seconds"], every["cpu"], every["peak_mb"], every["steady"]),
            ("extract() in a loop (1 process)", args.loop, loop, loop_cpu, None, None),
            ("underthesea ner() (1 process)", args.ner, ner, ner_cpu, None, None)]
    kilobytes = sum(len(a["text"].encode("utf-8")) for a in articles) / len(articles) / 1000
    print(f"{args.articles} articles of {per_article:,.0f} characters ({kilobytes:.1f} KB of UTF-8) on average, {cores} cores "
          f"(bulk seconds include starting the workers and loading the pipeline; 'after start-up' counts from the moment "
          f"every worker has finished its first part)\n")
    print("| run | articles | seconds | articles/s | characters/s | articles/s per core | after start-up: articles/s "
          "per core | CPU s per article | cores busy (workers) | peak MB per worker |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, n, seconds, cpu, peak, steady in rows:
        used = cores if f"{cores} workers" in name and cores > 1 else 1
        print(f"| {name} | {n} | {seconds:.1f} | {n / seconds:.2f} | {n * per_article / seconds:,.0f} | "
              f"{n / seconds / used:.2f} | {'' if steady is None else f'{steady / used:.2f}'} | {cpu / n:.3f} | "
              f"{cpu / seconds:.2f} | {'' if peak is None else f'{peak:.0f}'} |")
    scaling = (every["articles"] / every["seconds"]) / (one["articles"] / one["seconds"])
    print(f"\nscaling 1 -> {cores} workers: {scaling:.2f}x ({scaling / cores:.2f} x cores); "
          f"error rows: {one['errors']} and {every['errors']}; load average at the end: "
          + " ".join(f"{x:.2f}" for x in os.getloadavg()) + " (other processes on the machine share its cores)")


if __name__ == "__main__":
    main()
