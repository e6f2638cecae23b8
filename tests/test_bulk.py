"""``vnx bulk``: one row per article whatever the input, resume after kills with nothing lost or doubled,
Parquet + DuckDB, HTML/WARC/legacy encodings, the Dask engine. Real articles come from ../shared."""
import gzip
import io
import json
import os
import pathlib
import signal
import subprocess
import sys
import time
import unicodedata
from collections import Counter

import pytest

from extractor import bulk
from extractor.encodings import TCVN3, VNI, encode_legacy
from extractor.readers import read_items

SHARED = pathlib.Path(__file__).resolve().parents[1].parent / "shared"
SAMPLE = SHARED / "data" / "news" / "vietnews-sample.jsonl"


def _sample(n, skip=0):
    with open(SAMPLE, encoding="utf-8") as handle:
        lines = handle.readlines()[skip:skip + n]
    return [json.loads(line) for line in lines]


def _rows(out):
    rows = []
    for path in sorted(pathlib.Path(out, "parts").glob("part-*.jsonl")):
        rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return rows


def _run_tasks(files, out, **settings):
    """Process a job's chunks in this process (the pipeline loads once for the whole test module)."""
    opts = bulk.Settings(out=str(out), **settings)
    files, done = bulk.prepare(bulk._readable_inputs(files, str(out), io.StringIO()), opts, resume=False)
    for task in bulk.tasks(files, opts, set(done)):
        bulk.process_task(task, opts)
    return _rows(out)


def _check_offsets(row, source):
    for entity in row["entities"]:
        assert source[entity["start"]:entity["end"]] == entity["text"]


def test_every_article_gives_exactly_one_row_records_and_errors(tmp_path):
    articles = _sample(12)
    inp = tmp_path / "in"
    (inp / "texts").mkdir(parents=True)
    lines = [json.dumps(a, ensure_ascii=False) for a in articles[:6]]
    lines.insert(2, '{"id": "broken", "text": "no closing quote}')          # hand-made: bad JSON
    lines.insert(4, json.dumps({"id": "blank", "text": "   "}))              # hand-made: empty
    lines.insert(5, json.dumps({"id": "huge", "text": "x " * 700_000}))      # 1.4 MB line: over the limit
    lines.insert(6, json.dumps({"id": "no-text", "body": "..."}))             # hand-made: not an article
    (inp / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with gzip.open(inp / "b.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.writelines(json.dumps(a, ensure_ascii=False) + "\n" for a in articles[6:9])
    import zstandard

    (inp / "c.jsonl.zst").write_bytes(zstandard.ZstdCompressor().compress(
        "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles[9:11]).encode()))
    (inp / "texts" / "one.txt").write_text(articles[11]["text"], encoding="utf-8")
    page = _sample(1, skip=12)[0]
    with open(inp / "c.jsonl.zst", "ab") as handle:  # a second zstd frame: a page given as "html"
        handle.write(zstandard.ZstdCompressor().compress(
            (json.dumps({"id": "page", "html": _page(page), "url": "https://example.vn/a.html"}, ensure_ascii=False) + "\n").encode()))
    (inp / "texts" / "empty.txt").write_bytes(b"")

    rows = _run_tasks([str(inp)], tmp_path / "out", chunk_size=4, max_chars=100_000)
    assert len(rows) == 12 + 4 + 1 + 1
    assert len({r["input"] for r in rows}) == len(rows)
    [html] = [r for r in rows if r["id"] == "page"]
    assert html["text_origin"] == "html" and html["url"] == "https://example.vn/a.html"
    _check_offsets(html, html["text"])
    rows.remove(html)
    errors = {r["id"]: r["error"]["code"] for r in rows if "error" in r}
    assert errors == {"broken": "bad_json", "blank": "empty", "huge": "too_large", "no-text": "not_an_article",
                      str(inp / "texts" / "empty.txt"): "empty"}
    records = [r for r in rows if "error" not in r]
    assert Counter(r["id"] for r in records) == Counter([a["id"] for a in articles[:11]] + [str(inp / "texts" / "one.txt")])
    by_id = {a["id"]: a for a in articles}
    for row in records:
        source = by_id[row["id"]]["text"] if row["id"] in by_id else articles[11]["text"]
        assert row["text_origin"] == "input" and row["text"] is None
        _check_offsets(row, source)


def test_an_article_that_killed_its_worker_becomes_an_error_row_and_the_rest_are_kept(tmp_path):
    articles = _sample(3, skip=70)
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    settings = bulk.Settings(out=str(tmp_path / "out"))
    files, _ = bulk.prepare([str(tmp_path / "in.jsonl")], settings, resume=False)
    [task] = list(bulk.tasks(files, settings, set()))
    task = bulk._after_crash(task, settings)            # first crash: no culprit known, retry one by one
    assert task.isolate and not task.poisoned
    (tmp_path / "out" / "parts" / ".inflight-000000").write_text("1")   # the breadcrumb a second crash leaves
    task = bulk._after_crash(task, settings)
    assert task.poisoned == {1}
    stats = bulk.process_task(task, settings)
    rows = _rows(tmp_path / "out")
    # tester s12 #6: "bytes" are the articles' as read (their JSON lines), "part_bytes" the part file's
    assert stats["bytes"] == (tmp_path / "in.jsonl").stat().st_size
    assert stats["part_bytes"] == (tmp_path / "out" / "parts" / stats["part"]).stat().st_size != stats["bytes"]
    assert [r["id"] for r in rows] == [a["id"] for a in articles]
    assert rows[1]["error"]["code"] == "internal" and "worker process died" in rows[1]["error"]["message"]
    assert "error" not in rows[0] and "error" not in rows[2]


def test_progress_bar_on_a_terminal_and_plain_lines_elsewhere():
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    tty, log = Terminal(), io.StringIO()
    for err in (tty, log):
        progress = bulk.Progress(err, initial=0, interval=0)
        progress.set_total(10)
        progress.update(5, 1)
        progress.close()
    assert "5/10" in tty.getvalue() and "1 error" in tty.getvalue() and "1 errors" not in tty.getvalue()
    assert log.getvalue().startswith("vnx bulk: 5/10 articles") and "1 error, ETA" in log.getvalue()


def test_a_huge_line_is_refused_without_being_held(tmp_path):
    path = tmp_path / "big.jsonl"
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "big", "text": "a" * 10_000_000}) + "\n")  # a 10 MB article
        handle.write(json.dumps(_sample(1)[0], ensure_ascii=False) + "\n")
    items = list(read_items(str(path), max_bytes=1 << 20))
    assert [i.kind for i in items] == ["error", "json"]
    assert items[0].payload[0] == "too_large" and items[0].meta["id"] == "big"
    assert items[1].key == f"{path}:2"


def test_legacy_encoded_files_are_converted_and_reported(tmp_path):
    articles = _sample(3, skip=20)
    inp = tmp_path / "in"
    inp.mkdir()
    for article, encoding in zip(articles, (TCVN3, VNI, "windows-1258")):
        (inp / f"{encoding}.txt").write_bytes(encode_legacy(article["text"], encoding))
    line = json.dumps({"id": "old-line", "text": articles[0]["text"]}, ensure_ascii=False)
    (inp / "old.jsonl").write_bytes(encode_legacy(line, "windows-1258") + b"\n"       # a whole line in Windows-1258
                                    + b'{"id": "garbage", "text": "' + bytes(range(128, 256)) * 4 + b'"}\n')
    rows = _run_tasks([str(inp)], tmp_path / "out")
    garbage = next(r for r in rows if r["id"] == "garbage")
    assert garbage["error"]["code"] == "encoding"
    rows.remove(garbage)
    old_line = next(r for r in rows if r["id"] == "old-line")
    assert old_line["source_encoding"] == "windows-1258" and old_line["text_origin"] == "converted"
    assert old_line["text"] == unicodedata.normalize("NFC", articles[0]["text"])
    _check_offsets(old_line, old_line["text"])
    rows.remove(old_line)
    assert {pathlib.Path(r["input"]).stem: r["source_encoding"] for r in rows} == {
        TCVN3: TCVN3, VNI: VNI, "windows-1258": "windows-1258"}
    for row in rows:
        assert "error" not in row and row["text_origin"] == "converted"
        _check_offsets(row, row["text"])
        original = next(a["text"] for a, e in zip(articles, (TCVN3, VNI, "windows-1258")) if e == row["source_encoding"])
        original = unicodedata.normalize("NFC", original)
        same = row["text"].lower() == original.lower() if row["source_encoding"] == TCVN3 else row["text"] == original
        assert same or sum(a != b for a, b in zip(row["text"], original)) < 20  # foreign letters the code page lacks


def _page(article):
    """A news page around a real article: hand-made markup (menu, footer), the article's own text."""
    paragraphs = [p for p in article["text"].split("\n") if p.strip()]
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs[1:])
    return (f"<html><head><meta charset='utf-8'><title>{paragraphs[0]}</title>"
            f"<meta property='article:published_time' content='2019-08-21T08:00:00+07:00'></head><body>"
            "<nav><a href='/'>Trang chủ</a> | <a href='/thoi-su'>Thời sự</a> | <a href='/the-gioi'>Thế giới</a></nav>"
            f"<article><h1>{paragraphs[0]}</h1>\n{body}</article>"
            "<footer>Bản quyền thuộc về tòa soạn. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</footer>"
            "</body></html>")


def test_html_pages_and_warc_records_keep_offsets_into_the_extracted_text(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    articles = _sample(3, skip=40)
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "page.html").write_text(_page(articles[0]), encoding="utf-8")
    with open(inp / "crawl.warc.gz", "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for number, article in enumerate(articles[1:]):
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(f"https://example.vn/bai-{number}.html", "response",
                                                          payload=io.BytesIO(_page(article).encode()), http_headers=headers))
    rows = _run_tasks([str(inp)], tmp_path / "out")
    assert len(rows) == 3
    for row, article in zip(sorted(rows, key=lambda r: r["input"]), [articles[1], articles[2], articles[0]]):
        assert "error" not in row and row["text_origin"] == "html"
        first_paragraph = [p for p in article["text"].split("\n") if p.strip()][1]
        assert first_paragraph in row["text"]
        assert "Bản quyền" not in row["text"] and "Trang chủ" not in row["text"]
        assert row["published_at"].startswith("2019-08-21")
        assert row["title"] == [p for p in article["text"].split("\n") if p.strip()][0]
        _check_offsets(row, row["text"])
    assert sorted(r["url"] for r in rows if r["input"].endswith(("#1", "#2"))) == [
        "https://example.vn/bai-0.html", "https://example.vn/bai-1.html"]


def test_a_page_typed_in_a_vni_font_is_extracted_and_converted(tmp_path):
    article = _sample(1, skip=45)[0]
    (tmp_path / "in").mkdir()
    page = _page(article).replace("charset='utf-8'", "charset='windows-1252'")
    (tmp_path / "in" / "old.html").write_bytes(encode_legacy(page, VNI))  # the bytes an old VNI-Times site served
    [row] = _run_tasks([str(tmp_path / "in")], tmp_path / "out")
    assert row["text_origin"] == "html+converted" and row["source_encoding"] == VNI
    assert [p for p in article["text"].split("\n") if p.strip()][1] in row["text"]
    _check_offsets(row, row["text"])


def test_parquet_input_and_an_article_over_its_time_limit(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    articles = _sample(4, skip=60)
    inp = tmp_path / "in"
    inp.mkdir()
    pq.write_table(pa.Table.from_pylist([{"id": a["id"], "text": a["text"], "source": a["source"]} for a in articles]),
                   inp / "x.parquet")
    rows = _run_tasks([str(inp)], tmp_path / "out", timeout=1e-4)
    assert [r["id"] for r in rows] == [a["id"] for a in articles]
    assert {r["error"]["code"] for r in rows} == {"timeout"}


def _children(pid):
    with open(f"/proc/{pid}/task/{pid}/children") as handle:
        return [int(p) for p in handle.read().split()]


def _workers(pid):
    """The worker processes of a bulk run: children of its fork server."""
    for child in _children(pid):
        with open(f"/proc/{child}/cmdline", "rb") as handle:
            if b"forkserver" in handle.read():
                return _children(child)
    return []


def _wait_for_parts(out, n, deadline=60):
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        if len(list(pathlib.Path(out, "parts").glob("part-*"))) >= n:
            return
        time.sleep(0.05)
    raise AssertionError(f"no {n} parts after {deadline} s")


def _gone(pid):
    try:
        with open(f"/proc/{pid}/status") as handle:
            return "\nState:\tZ" in handle.read()
    except FileNotFoundError:
        return True


def test_ctrl_c_while_the_workers_start_prints_one_summary_and_no_traceback(tmp_path, terminal_ctrl_c):
    """A terminal's Ctrl-C reaches the whole process group. Sent while the fork server loads the pipeline (the parent
    waiting in the pool's first submit), it left a worker forked but not the pool's, whose traceback followed the
    summary; one in the workers' first instructions printed a KeyboardInterrupt traceback each (tester s14 #7)."""
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in _sample(20)), encoding="utf-8")
    run = subprocess.Popen([sys.executable, "-m", "extractor", "bulk", str(source), "--out", str(tmp_path / "out"),
                            "--workers", "2", "--chunk-size", "2"], stderr=subprocess.PIPE, text=True, start_new_session=True,
                           preexec_fn=terminal_ctrl_c)
    try:
        end = time.monotonic() + 60
        while not any(b"forkserver" in pathlib.Path(f"/proc/{child}/cmdline").read_bytes() for child in _children(run.pid)) \
                and time.monotonic() < end:
            time.sleep(0.05)
        time.sleep(0.5)  # the fork server is loading the pipeline
        os.killpg(run.pid, signal.SIGINT)
        assert run.wait(timeout=60) == 130
        time.sleep(1)  # a worker that outlived the parent would write now
        said = run.stderr.read()
        assert "INTERRUPTED" in said and "Traceback" not in said and "Error" not in said, said
    finally:
        if run.poll() is None:
            os.killpg(run.pid, signal.SIGKILL)


def test_killed_worker_sigterm_and_sigkill_then_resume_lose_nothing_and_double_nothing(tmp_path):
    articles = _sample(200, skip=100)  # enough that no run finishes before it is killed, on a fast idle machine too
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "extractor", "bulk", str(source), "--out", str(out), "--workers", "2",
               "--chunk-size", "2", "--progress-interval", "0.5"]
    runs = []
    try:
        runs.append(subprocess.Popen(command, stderr=subprocess.PIPE, text=True, start_new_session=True))
        _wait_for_parts(out, 2)
        os.kill(_workers(runs[0].pid)[0], signal.SIGKILL)   # one worker dies: the run goes on
        _wait_for_parts(out, len(list((out / "parts").glob("part-*"))) + 2)
        workers = _workers(runs[0].pid)
        runs[0].send_signal(signal.SIGTERM)                # a clean stop, 128 + SIGTERM as a shell says
        assert runs[0].wait(timeout=30) == 143
        said = runs[0].stderr.read()
        assert "INTERRUPTED" in said and said.count("vnx: warning: a worker process died") == 1
        manifest = json.loads((out / "manifest.json").read_text())
        assert not manifest["complete"] and manifest["this_run"]["worker_deaths"] == 1
        end = time.monotonic() + 15  # the workers end with the run (a loaded machine may take a moment)
        while not all(_gone(pid) for pid in workers) and time.monotonic() < end:
            time.sleep(0.1)
        assert all(_gone(pid) for pid in workers)
        done = len(list((out / "parts").glob("part-*")))
        runs.append(subprocess.Popen(command + ["--resume"], stderr=subprocess.DEVNULL, start_new_session=True))
        _wait_for_parts(out, done + 2)
        left = _children(runs[1].pid) + _workers(runs[1].pid)
        os.kill(runs[1].pid, signal.SIGKILL)                # the run dies at once: its fork server and workers follow
        runs[1].wait(timeout=30)
        end = time.monotonic() + 15
        while not all(_gone(pid) for pid in left) and time.monotonic() < end:
            time.sleep(0.1)
        assert len(left) >= 4 and all(_gone(pid) for pid in left)
    finally:
        for run in runs:
            if run.poll() is None:
                os.killpg(run.pid, signal.SIGKILL)
    assert len(_rows(out)) < len(articles)
    resumed = subprocess.run(command + ["--resume"], capture_output=True, text=True, timeout=120)
    assert resumed.returncode == 0, resumed.stderr
    assert "vnx bulk: done" in resumed.stderr
    rows = _rows(out)
    assert Counter(r["id"] for r in rows) == Counter(a["id"] for a in articles)  # each exactly once
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["complete"] and manifest["articles"] == len(articles)
    assert not [p for p in (out / "parts").iterdir() if p.name.startswith(".")]
    assert bulk.query(str(out), "SELECT count(*), count(DISTINCT input) FROM articles")[1] == [(len(articles), len(articles))]  # JSONL parts


def test_parquet_output_query_progress_lines_and_refusals(tmp_path):
    articles = _sample(16, skip=300)
    source = tmp_path / "in.jsonl"
    # the first five dated by a day alone, the next five to the minute (by hand), the rest not dated by the caller
    stated = ["2017-05-20"] * 5 + ["2017-05-20T09:30"] * 5 + [None] * 6
    source.write_text("".join(json.dumps({**a, "published_at": p}, ensure_ascii=False) + "\n" for a, p in zip(articles, stated)),
                      encoding="utf-8")
    out = tmp_path / "out"
    err = io.StringIO()  # not a terminal: plain progress lines
    summary = bulk.run([str(source)], bulk.Settings(out=str(out), format="parquet", chunk_size=5), workers=2,
                       err=err, progress_interval=0)
    assert summary["complete"] and summary["articles"] == 16 and summary["parts"] == 4
    assert summary["repeated_ids"] == {"ids": 0, "examples": {}} and "more than one row" not in err.getvalue()
    assert "vnx bulk: 16/16 articles" in err.getvalue() and "vnx bulk: done" in err.getvalue()
    assert err.getvalue().startswith("vnx bulk: starting 2 workers (local); each loads the pipeline")  # tester s20 #13
    columns, rows = bulk.query(str(out), "SELECT count(*), count(DISTINCT id), count(error) FROM articles")
    assert rows == [(16, 16, summary["errors"])]
    _, counts = bulk.query(str(out), "SELECT label, count(*) FROM entities GROUP BY label")
    _, entities = bulk.query(str(out), "SELECT count(*) FROM articles, unnest(entities)")
    assert sum(n for _, n in counts) == entities[0][0]
    _, events = bulk.query(str(out), "SELECT count(*), count(DISTINCT id) FROM events")
    _, expected = bulk.query(str(out), "SELECT sum(len(events)), count(*) FILTER (len(events) > 0) FROM articles")
    assert events == expected
    _, granularities = bulk.query(str(out), "SELECT published_at_granularity, count(*) FROM articles WHERE id IN "
                                            f"({', '.join(repr(a['id']) for a in articles[:10])}) GROUP BY 1 ORDER BY 1")
    assert granularities == [("day", 5), ("minute", 5)]
    _, undated = bulk.query(str(out), "SELECT count(*) FROM articles WHERE published_at IS NULL AND published_at_granularity IS NOT NULL")
    assert undated == [(0,)]
    for view in ("events", "entities"):
        _, joined = bulk.query(str(out), f"SELECT count(*) FROM {view} v JOIN articles a USING (id) "
                                         "WHERE v.published_at_granularity IS DISTINCT FROM a.published_at_granularity")
        assert joined == [(0,)]
    with pytest.raises(bulk.JobMismatch):
        bulk.run([str(source)], bulk.Settings(out=str(out)), workers=1, err=io.StringIO())
    import fcntl

    with open(out / "job.lock") as held:  # as if another run were going on in the same directory
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        with pytest.raises(bulk.JobMismatch, match="another vnx bulk is running"):
            bulk.run([str(source)], bulk.Settings(out=str(out)), workers=1, resume=True, err=io.StringIO())
    job = json.loads((out / bulk.JOB).read_text(encoding="utf-8"))
    (out / bulk.JOB).write_text(json.dumps({**job, "schema_version": "1.0"}), encoding="utf-8")  # started by an older vnx
    with pytest.raises(bulk.JobMismatch, match="record schema 1.0"):
        bulk.run([str(source)], bulk.Settings(out=str(out)), workers=1, resume=True, err=io.StringIO())
    source.write_text(source.read_text(encoding="utf-8") + json.dumps(articles[0], ensure_ascii=False) + "\n")
    with pytest.raises(bulk.JobMismatch):
        bulk.run([str(source)], bulk.Settings(out=str(out)), workers=1, resume=True, err=io.StringIO())


def test_dask_engine_on_a_local_cluster(tmp_path, news):
    """With --statistical, which the Dask workers get: vietnews-002769's river (test_api) is in its record."""
    pytest.importorskip("distributed")
    from distributed import LocalCluster

    import extractor

    articles = _sample(9, skip=500) + [news["vietnews-002769"]]
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        summary = bulk.run([str(source)], bulk.Settings(out=str(tmp_path / "out"), chunk_size=3, statistical=True),
                           engine="dask", scheduler=cluster.scheduler_address, err=io.StringIO())
    assert summary["complete"] and summary["parts"] == 4 and summary["statistical"]
    rows = _rows(tmp_path / "out")
    assert [r["id"] for r in rows] == [a["id"] for a in articles]
    [single] = extractor.extract_many(articles[-1:], statistical=True)  # the JSON line read as vnx bulk reads it
    assert rows[-1] == dict(single.model_dump(mode="json"), input=f"{source}:10")
    assert "sông Dương Đông" in {loc["name"] for loc in rows[-1]["locations"]}


def test_the_fork_server_warms_what_components_load_on_first_use():
    """extractor.warm (preloaded by the bulk fork server, run on each Dask worker) leaves the lazily loaded models and
    grammars in memory, so forked workers start ready and share them; checked in a fresh interpreter."""
    probe = ("import extractor.warm\n"
             "from extractor.crf import underthesea_crf\n"
             "from extractor import times, gazetteer, documents\n"
             "print(underthesea_crf.cache_info().currsize, times._grammar.cache_info().currsize,"
             " gazetteer.bare_place_names.cache_info().currsize, documents._tables.cache_info().currsize)")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["2", "1", "1", "1"]  # word segmentation and POS CRFs, time grammar, places, tables


def test_inputs_of_no_known_type_are_named_and_nothing_to_read_is_refused_before_out_is_touched(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.csv").write_text("id,text\n")  # hand-made: files vnx does not read
    (tmp_path / "in" / "b.json").write_text("{}")
    (tmp_path / "empty").mkdir()
    for inputs, named in (([str(tmp_path / "in")], "skipped 2 files of no known input type"),
                          ([str(tmp_path / "empty")], None), ([str(tmp_path / "missing.jsonl")], None)):
        err = io.StringIO()
        with pytest.raises(bulk.BadInput):
            bulk.run(inputs, bulk.Settings(out=str(tmp_path / "out")), err=err)
        assert not (tmp_path / "out").exists()  # no job.lock left behind
        if named:
            assert named in err.getvalue() and "a.csv" in err.getvalue() and "b.json" in err.getvalue()
    source = tmp_path / "one.jsonl"
    source.write_text(json.dumps(_sample(1)[0], ensure_ascii=False) + "\n", encoding="utf-8")
    bulk.prepare([str(source)], bulk.Settings(out=str(tmp_path / "job")), resume=False)
    asked, err = bulk.Settings(out=str(tmp_path / "job"), format="parquet", chunk_size=7), io.StringIO()
    bulk.prepare([str(source)], asked, resume=True, err=err, asked=frozenset({"format", "chunk_size"}))
    assert (asked.format, asked.chunk_size) == ("jsonl", 200)  # the job's own settings
    assert "--format parquet ignored" in err.getvalue() and "--chunk-size 7 ignored" in err.getvalue()


def test_a_bad_dask_scheduler_is_a_usage_error_before_anything_is_written(tmp_path):
    source = tmp_path / "a.jsonl"
    source.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in _sample(2)), encoding="utf-8")
    out = tmp_path / "rs"
    command = [sys.executable, "-m", "extractor", "bulk", str(source), "--out", str(out)]
    for extra, message in ((["--engine", "dask", "--scheduler", "tcp://127.0.0.1:1"],  # nothing listens on port 1
                            "cannot connect to the Dask scheduler at tcp://127.0.0.1:1"),
                           (["--engine", "dask", "--scheduler", "notaurl"], "--scheduler 'notaurl' is not a Dask scheduler address"),
                           (["--scheduler", "tcp://127.0.0.1:8786"], "--scheduler needs --engine dask")):
        run = subprocess.run(command + extra, capture_output=True, text=True, timeout=120)
        assert run.returncode == 2 and run.stderr.startswith(f"vnx: error: {message}") and run.stderr.count("\n") == 1
        assert not out.exists()  # a rerun needs no --resume


def test_query_csv_writes_structs_as_json_and_the_summary_counts_one_worker(tmp_path):
    import csv

    inp = tmp_path / "a.jsonl"
    inp.write_text(json.dumps(_sample(1)[0], ensure_ascii=False) + "\n" + json.dumps({"id": "e", "text": ""}) + "\n",
                   encoding="utf-8")  # a real article, and a hand-made empty one
    _run_tasks([str(inp)], tmp_path / "out")
    run = subprocess.run([sys.executable, "-m", "extractor", "query", str(tmp_path / "out"),
                          "SELECT id, error FROM articles ORDER BY id", "--format", "csv"],
                         capture_output=True, text=True, check=True)
    rows = list(csv.DictReader(io.StringIO(run.stdout)))
    assert [r["id"] for r in rows] == ["e", _sample(1)[0]["id"]] and rows[1]["error"] == ""
    error = json.loads(rows[0]["error"])  # JSON, not a Python dict's repr
    assert error["code"] == "empty" and "article e is empty" in error["message"]
    summary = {"complete": True, "articles": 2, "parts": 1, "records": 1, "errors": 1, "error_codes": {"empty": 1},
               "converted": {}, "statistical": False, "this_run": {"articles": 2, "seconds": 1.0, "articles_per_second": 2.0, "workers": 1,
                                             "engine": "local", "worker_peak_mb": None}}
    assert "1 worker, local" in bulk.format_summary(summary, "out")


def test_query_reads_the_job_and_nothing_else(tmp_path, capsys):
    """One statement over the job's views; files outside it can be neither read nor written; the mistakes a user
    makes get one line naming them (h9 §9)."""
    from extractor.cli import main

    inp = tmp_path / "a.jsonl"
    inp.write_text(json.dumps(_sample(1)[0], ensure_ascii=False) + "\n", encoding="utf-8")  # a real article
    out, secret = tmp_path / "out", tmp_path / "secret.txt"
    secret.write_text("not the job's", encoding="utf-8")
    _run_tasks([str(inp)], out)
    part = next((out / "parts").glob("part-*"))
    kept = part.read_bytes()
    capsys.readouterr()
    assert main(["query", str(out), "SELECT count(*) AS n FROM events", "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "n"
    for sql, status, message in (
            (f"SELECT * FROM read_text('{secret}')", 1, "reads the job's parts and no other file"),
            (f"COPY (SELECT id FROM articles) TO '{tmp_path / 'x.csv'}'", 2, "this statement is COPY"),
            (f"COPY (SELECT 'evil' AS id) TO '{part}' (FORMAT json)", 2, "vnx query only reads the job"),  # tester s15
            ("CREATE TABLE t AS SELECT 1", 2, "this statement is CREATE"),
            ("SELECT * FROM read_csv('.tmp/x.csv')", 1, "reads the job's parts and no other file"),
            ("SET enable_external_access = true", 2, "this statement is SET"),
            ("-- a comment\ninstall httpfs", 2, "this statement is INSTALL"),  # (DuckDB's type for it is LOAD; tester s17)
            ("SELECT 1; SELECT 2", 2, "give one SQL statement at a time"),
            ("SELECT * FROM nosuch", 1, "does not exist! (the views are articles, events, entities)\n"),
            ("SELECT * FROM eventz", 1, 'Did you mean "events"?')):
        assert main(["query", str(out), sql]) == status, sql
        err = capsys.readouterr().err
        assert err.startswith("vnx: error: ") and message in err and "pg_" not in err, (sql, err)
    assert not (tmp_path / "x.csv").exists() and part.read_bytes() == kept
    assert main(["query", str(out), "EXPLAIN SELECT count(*) FROM articles"]) == 0
    capsys.readouterr()
    assert main(["query", str(tmp_path / "nonexistent"), "SELECT 1"]) == 2
    assert capsys.readouterr().err == f"vnx: error: {tmp_path / 'nonexistent'}: no such directory\n"


def test_query_warns_that_an_unfinished_job_gives_partial_results(tmp_path, capsys):
    """Tester s20 #2: a job interrupted (its manifest says complete: false) or killed before writing its manifest
    was queried without a word; the rows still come, with a warning on stderr. Tester s20 #4: an archive holding one
    article twice gave no word either; the summary and the manifest count the repeated ids."""
    from extractor.cli import main

    inp = tmp_path / "a.jsonl"
    inp.write_text(2 * (json.dumps(_sample(1)[0], ensure_ascii=False) + "\n"), encoding="utf-8")  # a real article, twice
    out = tmp_path / "out"
    err = io.StringIO()
    summary = bulk.run([str(inp)], bulk.Settings(out=str(out)), workers=1, err=err)
    ident = _sample(1)[0]["id"]
    assert summary["repeated_ids"] == {"ids": 1, "examples": {ident: 2}}
    assert f"  warning: 1 id on more than one row ({ident} ×2); each row's input says where it was read" in err.getvalue()
    assert json.loads((out / "manifest.json").read_text(encoding="utf-8"))["repeated_ids"]["ids"] == 1
    capsys.readouterr()
    assert main(["query", str(out), "SELECT count(*) AS n FROM articles"]) == 0
    assert capsys.readouterr().err == ""
    manifest = out / "manifest.json"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace('"complete": true', '"complete": false'),
                        encoding="utf-8")
    assert main(["query", str(out), "SELECT count(*) AS n FROM articles"]) == 0
    assert capsys.readouterr().err == (f"vnx: warning: {out} is an unfinished job: the results cover the 2 articles "
                                       f"read so far (finish it with vnx bulk … --out {out} --resume)\n")
    manifest.unlink()
    assert main(["query", str(out), "SELECT count(*) AS n FROM articles"]) == 0
    assert "has no manifest.json: the job is running, or was killed" in capsys.readouterr().err
    for part in (out / "parts").iterdir():  # tester s21 #11: a job that has written no part yet is queried too (empty)
        part.unlink()
    assert main(["query", str(out), "SELECT count(*) AS n FROM events", "--format", "csv"]) == 0
    said = capsys.readouterr()
    assert said.out.splitlines() == ["n", "0"] and "has no manifest.json: the job is running" in said.err


def test_a_text_file_is_opened_by_its_absolute_path_and_named_as_given(tmp_path, monkeypatch, seed_text):
    """Tester s21 #1: a Dask worker started in another directory looked for "txtdir/a.txt" in its own and gave an
    error row; the item carries the absolute path to open, the id and input stay the path as given."""
    (tmp_path / "txtdir").mkdir()
    (tmp_path / "txtdir" / "a.txt").write_text(seed_text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    [item] = read_items("txtdir/a.txt", 10**7)
    assert (item.key, item.payload) == ("txtdir/a.txt", str(tmp_path / "txtdir" / "a.txt"))


def test_statistical_reaches_the_workers_and_gives_the_records_of_single_runs(tmp_path, news, capsys):
    """``vnx bulk --statistical`` with two forkserver workers: the records of ``extract(..., statistical=True)``,
    the choice kept in job.json and the manifest, and a --resume asking otherwise warned about (the job keeps its own)."""
    import extractor
    from extractor.cli import main

    ids = ["vietnews-002769", "vietnews-000887", "vietnews-000163", "vietnews-000129", "vietnews-000914"]
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps({"id": i, "text": news[i]["text"]}, ensure_ascii=False) + "\n" for i in ids),
                      encoding="utf-8")
    out = tmp_path / "out"
    assert main(["bulk", str(source), "--out", str(out), "--workers", "2", "--chunk-size", "2", "--statistical"]) == 0
    assert "records: 5 (rules + statistical entity model)" in capsys.readouterr().err
    single = [extractor.extract(news[i]["text"], id=i, statistical=True).model_dump(mode="json") for i in ids]
    assert [dict(row, input=None) for row in _rows(out)] == single
    assert ("sông Dương Đông", "river") in {(loc["name"], loc["kind"]) for loc in single[0]["locations"]}
    assert json.loads((out / bulk.JOB).read_text())["statistical"] is True
    assert json.loads((out / bulk.MANIFEST).read_text())["statistical"] is True
    rules = tmp_path / "rules"
    bulk.prepare([str(source)], bulk.Settings(out=str(rules)), resume=False)  # a job started without the model
    err, settings = io.StringIO(), bulk.Settings(out=str(rules), statistical=True)
    bulk.prepare([str(source)], settings, resume=True, err=err, asked=frozenset({"statistical"}))
    assert settings.statistical is False
    assert err.getvalue() == (f"vnx: warning: --statistical ignored: {rules} was started without the statistical "
                              "entity model, which --resume keeps\n")


def test_a_file_that_cannot_be_read_is_an_error_row_and_every_message_starts_with_its_input(tmp_path):
    """A dangling symbolic link or a file whose read fails (EIO) in an input directory is one error row (not a job
    that stops, nor an ``internal`` row); a FIFO found there is skipped with a warning (reading it would block); every
    error message starts with the row's input, a blank JSON line gives no row."""
    article, dated = _sample(2)
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "good.txt").write_text(article["text"], encoding="utf-8")
    (inp / "broken.txt").symlink_to(tmp_path / "gone.txt")
    (inp / "eio.txt").symlink_to("/proc/self/mem")  # opens, then every read at offset 0 fails with EIO
    os.mkfifo(inp / "fifo.jsonl")
    lines = [json.dumps({"id": "emptytext", "text": ""}), "",
             json.dumps({"id": dated["id"], "text": dated["text"], "published_at": "yesterday"}, ensure_ascii=False)]
    (inp / "m.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    err = io.StringIO()
    files = bulk._readable_inputs([str(inp)], str(tmp_path / "out"), err)
    assert str(inp / "fifo.jsonl") not in files and "skipped 1 special file (a FIFO" in err.getvalue()
    rows = {r["input"]: r for r in _run_tasks([str(inp)], tmp_path / "out")}
    assert sorted(rows) == sorted([str(inp / "broken.txt"), str(inp / "eio.txt"), str(inp / "good.txt"),
                                   f"{inp}/m.jsonl:1", f"{inp}/m.jsonl:3"])  # the blank line 2: no row
    assert rows[str(inp / "good.txt")]["id"] == str(inp / "good.txt") and "error" not in rows[str(inp / "good.txt")]
    broken, eio = rows[str(inp / "broken.txt")], rows[str(inp / "eio.txt")]
    assert broken["id"] == str(inp / "broken.txt") and broken["error"] == {
        "code": "unreadable", "message": f"{inp}/broken.txt: cannot read: no such file (dangling symbolic link to {tmp_path}/gone.txt)"}
    assert eio["error"] == {"code": "unreadable", "message": f"{inp}/eio.txt: cannot read: Input/output error"}
    assert rows[f"{inp}/m.jsonl:1"]["error"]["message"] == f"{inp}/m.jsonl:1: article emptytext is empty"
    assert rows[f"{inp}/m.jsonl:3"]["error"]["message"].startswith(f"{inp}/m.jsonl:3: published_at 'yesterday' is no date vnx reads")
    bulk.prepare(files, bulk.Settings(out=str(tmp_path / "out")), resume=True)  # the dangling link resumes unchanged


def test_a_file_reached_twice_is_read_once_with_a_warning(tmp_path):
    """Named twice, and again through a directory and a link to it: its articles were extracted three times
    (tester s11-h4 #13)."""
    source = tmp_path / "in" / "one.jsonl"
    source.parent.mkdir()
    source.write_text(json.dumps(_sample(1)[0], ensure_ascii=False) + "\n", encoding="utf-8")
    (tmp_path / "in" / "again.jsonl").symlink_to(source)
    err = io.StringIO()
    files = bulk._readable_inputs([str(source), str(source), str(tmp_path / "in")], str(tmp_path / "out"), err)
    assert files == [str(source)]
    assert "skipped 3 inputs reached again" in err.getvalue() and "again.jsonl" in err.getvalue()


def test_an_earlier_job_s_output_inside_the_input_tree_is_not_read_again(tmp_path):
    """`vnx bulk dd --out dd/run2` after `--out dd/run1`: run1's parts were read as articles (tester s11-h4 #16)."""
    (tmp_path / "dd").mkdir()
    (tmp_path / "dd" / "a.jsonl").write_text(json.dumps(_sample(1)[0], ensure_ascii=False) + "\n", encoding="utf-8")
    (tmp_path / "dd" / "run1" / "parts").mkdir(parents=True)
    (tmp_path / "dd" / "run1" / "job.json").write_text("{}")
    (tmp_path / "dd" / "run1" / "parts" / "part-000000.jsonl").write_text("{}\n")
    err = io.StringIO()
    files = bulk._readable_inputs([str(tmp_path / "dd")], str(tmp_path / "dd" / "run2"), err)
    assert files == [str(tmp_path / "dd" / "a.jsonl")]
    assert "skipped 1 output directory of another vnx bulk job" in err.getvalue() and "run1" in err.getvalue()


def test_inputs_inside_out_are_named_and_an_empty_out_is_a_usage_error(tmp_path, monkeypatch, capsys):
    """Tester s15 #13: `vnx bulk a.jsonl --out .` said "no input file to read in a.jsonl" of a file that is there,
    inputs inside --out were dropped unsaid, and `--out ""` (an unset $OUT) wrote the job into the working directory."""
    from extractor.cli import main

    (tmp_path / "a.jsonl").write_text(json.dumps(_sample(1)[0], ensure_ascii=False) + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(bulk.BadInput, match=r"^no input file to read in a\.jsonl: all are inside --out \., the job's own"):
        bulk._readable_inputs(["a.jsonl"], ".", io.StringIO())
    (tmp_path / "run").mkdir()
    (tmp_path / "run" / "b.jsonl").write_text((tmp_path / "a.jsonl").read_text(encoding="utf-8"), encoding="utf-8")
    err = io.StringIO()
    assert bulk._readable_inputs(["."], "run", err) == ["./a.jsonl"]
    assert err.getvalue() == "vnx: warning: skipped 1 input inside --out run, the job's own directory: ./run/b.jsonl\n"
    with pytest.raises(SystemExit) as stop:
        main(["bulk", "a.jsonl", "--out", ""])
    assert stop.value.code == 2 and "argument --out: is empty" in capsys.readouterr().err


def test_refused_jobs_say_why_and_leave_out_as_it_was(tmp_path):
    """Tester s11-h4 #17: --out a file; a non-empty directory that is no job keeps no job.lock; --resume names the
    input that changed."""
    source = tmp_path / "one.jsonl"
    source.write_text(json.dumps(_sample(1)[0], ensure_ascii=False) + "\n", encoding="utf-8")
    (tmp_path / "afile").write_text("x")
    with pytest.raises(bulk.BadInput, match="is a file, not a directory"):
        bulk.run([str(source)], bulk.Settings(out=str(tmp_path / "afile")), err=io.StringIO())
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("x")
    with pytest.raises(bulk.JobMismatch):
        bulk.run([str(source)], bulk.Settings(out=str(tmp_path / "mine")), err=io.StringIO())
    assert sorted(p.name for p in (tmp_path / "mine").iterdir()) == ["notes.txt"]
    bulk.prepare([str(source)], bulk.Settings(out=str(tmp_path / "job")), resume=False)
    with open(source, "a", encoding="utf-8") as handle:
        handle.write("\n")
    with pytest.raises(bulk.JobMismatch, match=r"one.jsonl: [\d,]+ bytes then, [\d,]+ now"):
        bulk.prepare([str(source)], bulk.Settings(out=str(tmp_path / "job")), resume=True)


def test_resume_of_a_directory_holding_no_job_is_refused_and_creates_nothing(tmp_path):
    """Tester s12 #2: `--resume` with an --out that holds no job (mistyped, or never started) exits 2 with one line,
    instead of silently starting the whole archive afresh; nothing is created."""
    source = tmp_path / "one.jsonl"
    source.write_text(json.dumps(_sample(1)[0], ensure_ascii=False) + "\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "extractor", "bulk", str(source), "--out", str(tmp_path / "fresh"),
                          "--resume"], capture_output=True, text=True, timeout=120)
    assert run.returncode == 2
    assert run.stderr == f"vnx: error: no job to resume in {tmp_path / 'fresh'}: check --out, or leave out --resume to start a job there\n"
    assert not (tmp_path / "fresh").exists()
    (tmp_path / "empty").mkdir()
    with pytest.raises(bulk.JobMismatch, match="no job to resume in"):
        bulk.run([str(source)], bulk.Settings(out=str(tmp_path / "empty")), resume=True, err=io.StringIO())
    assert not list((tmp_path / "empty").iterdir())


def test_resume_takes_the_same_files_named_by_another_path_and_keeps_their_recorded_names(tmp_path, monkeypatch):
    """Tester s15 #5: "vnx bulk ./in.jsonl --resume", or a resume from another directory, was refused as "the inputs
    changed (./in.jsonl is new)". The same files, unchanged, resume; rows still to come name an input as the earlier
    parts do wherever its recorded path reaches it, and a changed file is still refused."""
    (tmp_path / "work").mkdir()
    source = tmp_path / "work" / "in.jsonl"
    source.write_text(json.dumps(_sample(1)[0], ensure_ascii=False) + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path / "work")
    bulk.prepare(["in.jsonl"], bulk.Settings(out="job"), resume=False)
    assert bulk.prepare(["./in.jsonl"], bulk.Settings(out="job"), resume=True)[0] == ["in.jsonl"]
    assert bulk.prepare([str(source)], bulk.Settings(out="job"), resume=True)[0] == ["in.jsonl"]
    monkeypatch.chdir(tmp_path)
    err = io.StringIO()
    assert bulk.prepare(["work/in.jsonl"], bulk.Settings(out="work/job"), resume=True, err=err)[0] == ["work/in.jsonl"]
    assert err.getvalue() == ("vnx: warning: work/in.jsonl is the job's in.jsonl, which that path does not reach from "
                              "here: the rows still to come name it work/in.jsonl\n")
    (tmp_path / "in.jsonl").write_text(source.read_text(encoding="utf-8"), encoding="utf-8")  # a copy: another file
    with pytest.raises(bulk.JobMismatch, match="the inputs changed"):
        bulk.prepare(["in.jsonl"], bulk.Settings(out="work/job"), resume=True)


def test_a_job_of_an_older_vnx_that_cut_txt_or_warc_inputs_otherwise_is_not_resumed(tmp_path):
    """Version 2 of job.json reads a .txt file of JSON Lines line by line and gives every WARC response a row: resuming
    a version-1 job over such inputs would cut them into other chunks, losing or doubling articles; a job over JSON
    Lines alone resumes."""
    article = _sample(1)[0]
    (tmp_path / "a.txt").write_text(article["text"], encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps(article, ensure_ascii=False) + "\n", encoding="utf-8")
    for inputs, refused in (([tmp_path / "a.txt", tmp_path / "b.jsonl"], True), ([tmp_path / "b.jsonl"], False)):
        out = tmp_path / f"job{len(inputs)}"
        bulk.prepare([str(p) for p in inputs], bulk.Settings(out=str(out)), resume=False)
        job = json.loads((out / bulk.JOB).read_text(encoding="utf-8"))
        assert job["version"] == bulk.JOB_VERSION == 2
        (out / bulk.JOB).write_text(json.dumps({**job, "version": 1}), encoding="utf-8")
        if refused:
            with pytest.raises(bulk.JobMismatch, match=r"started by an older vnx, which cut .*a\.txt into articles otherwise"):
                bulk.prepare([str(p) for p in inputs], bulk.Settings(out=str(out)), resume=True)
        else:
            bulk.prepare([str(p) for p in inputs], bulk.Settings(out=str(out)), resume=True)


def test_resume_with_retry_redoes_the_chunks_that_gave_those_error_rows(tmp_path):
    """An article blamed for a killed worker ('internal') or a loaded machine ('timeout') is done again on
    `--resume --retry internal,timeout` (tester s11-h4 #7); other chunks are kept."""
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in _sample(3)), encoding="utf-8")
    settings = bulk.Settings(out=str(tmp_path / "job"), chunk_size=1)
    bulk.prepare([str(source)], settings, resume=False)
    parts = tmp_path / "job" / "parts"
    for number, row in enumerate(({"id": "a", "title": "x"}, {"id": "b", "error": {"code": "timeout", "message": "m"}},
                                  {"id": "c", "error": {"code": "bad_json", "message": "m"}})):
        (parts / f"part-{number:06d}.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    _, done = bulk.prepare([str(source)], bulk.Settings(out=str(tmp_path / "job")), resume=True, retry=frozenset({"timeout"}))
    assert sorted(done) == [0, 2] and not (parts / "part-000001.jsonl").exists()
    run = subprocess.run([sys.executable, "-m", "extractor", "bulk", str(source), "--out", str(tmp_path / "job"),
                          "--retry", "timeout"], capture_output=True, text=True, timeout=120)
    assert run.returncode == 2 and "give it with --resume" in run.stderr


def test_a_full_disk_leaves_no_half_written_file_and_exits_1(tmp_path, monkeypatch, capsys):
    """Tester s13 #4: a write that fails (a full disk) removes its temporary file, and ``vnx bulk`` ends with status 1
    and what to do (it ended with 2, the status of bad arguments, and left .tmp files)."""
    import errno

    from extractor.cli import main

    def full(handle):
        handle.write(b"{}")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(OSError):
        bulk._atomic_write(tmp_path / "manifest.json", full)
    assert list(tmp_path.iterdir()) == []

    def run(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(bulk, "run", run)
    source = tmp_path / "a.jsonl"
    source.write_text(json.dumps(_sample(1)[0], ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["bulk", str(source), "--out", str(tmp_path / "job")]) == 1
    assert "No space left on device; the parts written are kept: make room, then finish the job with --resume" \
        in capsys.readouterr().err


def test_plain_progress_lines_go_on_while_no_part_is_finished():
    """Tester s19 #5: on Dask nothing reached stderr until the only chunk was done."""
    log = io.StringIO()
    progress = bulk.Progress(log, initial=0, interval=0.05)
    time.sleep(0.4)
    progress.close()
    beats = log.getvalue().splitlines()
    assert len(beats) >= 2 and all(line.startswith("vnx bulk: 0 articles") for line in beats)
    time.sleep(0.2)
    assert log.getvalue().splitlines() == beats  # closed: silent


def test_a_small_job_is_cut_into_one_chunk_per_worker(tmp_path):
    """Tester s19 #3: 200 articles on 2 workers were one part done by one worker."""
    path = tmp_path / "a.jsonl"
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in _sample(9)), encoding="utf-8")
    settings = bulk.Settings(out=str(tmp_path / "out"))
    assert bulk.chunk_size_for([str(path)], settings, workers=2) == 5
    assert bulk.chunk_size_for([str(path)], settings, workers=4) == 3
    assert bulk.chunk_size_for([str(path)], bulk.Settings(out="x", chunk_size=4), workers=2) == 4  # 9 ≥ 4 × 2: as asked


def test_with_text_every_record_holds_its_text_and_the_events_view_its_sentences(tmp_path):
    """Tester s19 #8: a bulk record whose text came in as is carried none, so no query could show an event's sentence."""
    articles = _sample(3)
    path = tmp_path / "a.jsonl"
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    rows = _run_tasks([str(path)], tmp_path / "out", with_text=True)
    assert [r["text"] for r in rows] == [a["text"] for a in articles] and {r["text_origin"] for r in rows} == {"input"}
    sentences = [row["text"][e["sentence"]["start"]:e["sentence"]["end"]] for row in rows for e in row["events"]]
    _, queried = bulk.query(str(tmp_path / "out"), "SELECT sentence FROM events")
    assert sentences and [s for (s,) in queried] == sentences  # DuckDB's code points from 1 are Python's from 0
    assert all(r["text"] is None for r in _run_tasks([str(path)], tmp_path / "plain"))  # by default, as given: none
    _, none = bulk.query(str(tmp_path / "plain"), "SELECT count(sentence), count(*) FROM events")
    assert none == [(0, len(sentences))]
