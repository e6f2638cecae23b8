"""The vnx command: records out, and a one-line error (never a traceback) for bad input."""
import io
import json
import os
import pathlib
import subprocess
import sys
from collections import Counter

import pytest

from conftest import SEED_TEXT


def vnx(*args, stdin: bytes = b""):
    run = subprocess.run([sys.executable, "-m", "extractor", *args], input=stdin, capture_output=True, timeout=300)
    return run.returncode, run.stdout.decode("utf-8"), run.stderr.decode("utf-8")


def test_extract_seed_file():
    code, out, err = vnx("extract", str(SEED_TEXT))
    assert code == 0, err
    record = json.loads(out)
    assert record["title"].startswith("Đổi mới phương thức lãnh đạo")
    assert {p["name"] for p in record["people"]} == {"Nguyễn Xuân Dương", "Trương Duy Hải"}


def test_pretty_and_stdin(seed_text):
    code, out, _ = vnx("extract", "--pretty", "-", stdin=seed_text.encode())
    assert code == 0 and out.startswith("{\n  ")


def test_version_help_and_schema():
    assert vnx("--version")[1].startswith("vnx ")
    assert "extract" in vnx("--help")[1]
    code, out, _ = vnx("schema")
    schema = json.loads(out)
    assert code == 0 and {"people", "documents", "events", "entities", "warnings"} <= set(schema["properties"])


@pytest.mark.parametrize("data, message", [
    (b"", "empty"),
    (b"   \n\t ", "stdin holds only white space (6 bytes)"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ("Le café était très bon, merci beaucoup à vous".encode("latin-1"), "neither UTF-8 nor Vietnamese"),  # hand-made
    (("The quick brown fox jumps over the lazy dog. " * 20).encode(), "does not look like Vietnamese"),
    (b"Breaking: the minister met the delegation in Hanoi on Friday afternoon.", "does not look like Vietnamese"),  # hand-made
])
def test_bad_input_is_one_line_and_nonzero(data, message):
    code, out, err = vnx("extract", stdin=data)
    assert code == 1 and out == ""
    assert message in err and "Traceback" not in err and err.count("\n") == 1


def test_missing_file():
    code, _, err = vnx("extract", "no/such/file.txt")
    assert code == 1 and "cannot read no/such/file.txt" in err and "Traceback" not in err


def test_jsonl_bad_lines_give_error_records_and_the_rest_carry_on(news):
    good = [news["vietnews-000129"], news["vietnews-000163"]]
    lines = [json.dumps({"id": good[0]["id"], "text": good[0]["text"]}), "{not json", json.dumps({"id": "x1", "title": "no text"}),
             json.dumps({"id": "x2", "text": ""}), json.dumps({"id": good[1]["id"], "text": good[1]["text"], "published_at": "2018-08-22"})]
    code, out, err = vnx("extract", "--format", "jsonl", stdin="\n".join(lines).encode())
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 1 and len(records) == 5
    assert [r.get("id") for r in records] == ["vietnews-000129", None, "x1", "x2", "vietnews-000163"]
    assert [r["error"]["code"] for r in records if "error" in r] == ["bad_json", "not_an_article", "empty"]
    # each error record says where, as stderr does: the empty article is line 4 of stdin
    assert [r["error"]["message"].split(" ")[0].rstrip(":") for r in records[1:4]] == ["stdin:2", "stdin:3", "stdin:4"]
    assert records[4]["published_at"] == "2018-08-22T00:00:00+07:00" and records[4]["published_at_granularity"] == "day"
    assert "Traceback" not in err and err.count("vnx: error:") == 3


def test_odd_input_never_gives_a_traceback():
    # hand-made: a zero-width space between a letter and its tone mark, in a plain-text article
    code, out, err = vnx("extract", stdin="Sáng 5/6, Tỉnh u\u200b\u0309y Quảng Nam họp.".encode())
    assert code == 0 and "Traceback" not in err
    assert json.loads(out)["title"] == "Sáng 5/6, Tỉnh u\u0309y Quảng Nam họp."  # the title as written: zero-width characters dropped
    lines = [json.dumps({"id": "a", "text": "Sáng 5/6, Huyện ủy họp.", "url": 5}),
             "[" * 100000 + "]" * 100000,
             json.dumps({"id": "b", "text": "Chiều 12/4, Huyện ủy\u2028Quảng Điền họp."}, ensure_ascii=False)]
    code, out, err = vnx("extract", "--format", "jsonl", stdin="\n".join(lines).encode())
    records = [json.loads(line) for line in out.splitlines()]
    assert "Traceback" not in err and len(records) == 3
    assert records[0]["error"]["code"] == "bad_field" and "url" in records[0]["error"]["message"]
    assert records[1]["error"]["code"] == "bad_json"
    assert records[2]["id"] == "b" and "error" not in records[2]  # U+2028 inside a JSON string ends no line


def test_an_html_page_is_read_for_its_main_text(tmp_path):
    # hand-made page around a sentence of the seed article
    page = tmp_path / "page.html"
    page.write_text("<html><head><title>Làm việc với Ban Thường vụ</title><script>var x = 1;</script></head><body>"
                    "<nav>Trang chủ | Tin tức</nav><article><h1>Làm việc với Ban Thường vụ Huyện ủy Quảng Điền</h1>"
                    "<p>Chiều 12/4, tại Huyện ủy Quảng Điền, đồng chí Nguyễn Xuân Dương - Phó Trưởng Ban Dân vận Tỉnh ủy "
                    "chủ trì buổi làm việc với Ban Thường vụ Huyện ủy Quảng Điền về kết quả giám sát việc thực hiện "
                    "Kết luận 62-KL/TW của Bộ Chính trị; cùng tham dự có các thành viên Đoàn giám sát.</p></article>"
                    "</body></html>", encoding="utf-8")
    code, out, err = vnx("extract", str(page))
    record = json.loads(out)
    assert code == 0 and record["text_origin"] == "html"
    assert "var x" not in record["text"] and "Trang chủ" not in record["text"]
    assert [p["name"] for p in record["people"]] == ["Nguyễn Xuân Dương"]
    person = record["people"][0]["mentions"][0]
    assert record["text"][person["start"] : person["end"]] == "Nguyễn Xuân Dương"  # offsets into the extracted text


# hand-made: a saved page (byte-order mark, the browser's comment before the doctype) around a sentence of the seed
_SAVED_PAGE = ("\ufeff<!-- saved from url=(0030)https://quangdien.thuathienhue.gov.vn/ -->\n<!DOCTYPE html>"
               "<html><head><title>Làm việc với Ban Thường vụ</title></head><body><nav>Trang chủ | Tin tức</nav><article>"
               "<h1>Làm việc với Ban Thường vụ Huyện ủy Quảng Điền</h1><p>Chiều 12/4, tại Huyện ủy Quảng Điền, đồng chí "
               "Nguyễn Xuân Dương - Phó Trưởng Ban Dân vận Tỉnh ủy chủ trì buổi làm việc với Ban Thường vụ Huyện ủy Quảng "
               "Điền về kết quả giám sát việc thực hiện Kết luận 62-KL/TW của Bộ Chính trị.</p></article><footer>© 2024"
               "</footer></body></html>")


def test_show_and_extract_read_an_html_page_alike_even_without_its_name_saying_so(tmp_path):
    page = tmp_path / "saved_page"
    page.write_text(_SAVED_PAGE, encoding="utf-8")
    code, out, err = vnx("extract", str(page))
    record = json.loads(out)
    assert code == 0 and record["text_origin"] == "html" and record["published_at"] is None  # no date guessed from "© 2024"
    assert [p["name"] for p in record["people"]] == ["Nguyễn Xuân Dương"]
    for args in ((str(page),), ("--format", "html", str(page))):
        code, out, err = vnx("show", *args)
        assert code == 0 and "Traceback" not in err, err
        assert out.startswith("Làm việc với Ban Thường vụ Huyện ủy Quảng Điền") and "<" not in out.split("\n")[0]
        assert "PERSON 1," in out and "Nguyễn Xuân Dương" in out and "62-KL/TW" in out


def test_a_closed_stdout_ends_quietly(seed_text):
    for args in (("extract", str(SEED_TEXT), str(SEED_TEXT), str(SEED_TEXT)), ("show", str(SEED_TEXT))):
        run = subprocess.Popen([sys.executable, "-m", "extractor", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        run.stdout.close()  # as `| head` does once it has what it wants
        assert run.wait(timeout=300) == 141 and run.stderr.read() == b""


def test_json_lines_are_streamed_and_a_bad_byte_refuses_only_its_line(news):
    import select

    run = subprocess.Popen([sys.executable, "-m", "extractor", "extract", "--format", "jsonl"],
                           stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        first = news["vietnews-000129"]
        run.stdin.write(json.dumps({"id": first["id"], "text": first["text"]}).encode() + b"\n")
        run.stdin.flush()
        assert select.select([run.stdout], [], [], 240)[0], "no record before the end of the input"
        assert json.loads(run.stdout.readline())["id"] == "vietnews-000129"
        run.stdin.write(b'{"id": "bad", "text": "H\\u00e0 N\xff\xfei"}\n')  # hand-made: two bytes that are no UTF-8
        run.stdin.write(json.dumps({"id": "x", "text": news["vietnews-000163"]["text"]}).encode() + b"\n")
        run.stdin.close()
        rest = [json.loads(line) for line in run.stdout.read().splitlines()]
        assert run.wait(timeout=300) == 1
    finally:
        if run.poll() is None:
            run.kill()
    assert [r["id"] for r in rest] == ["bad", "x"] and rest[0]["error"]["code"] == "encoding" and "error" not in rest[1]


def test_a_text_over_the_size_limit_is_refused_before_it_is_decoded(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 20_000_000)
    code, out, err = vnx("extract", str(big))
    assert code == 1 and out == "" and "larger than 8,000,000 bytes" in err and err.count("\n") == 1


def test_show_refuses_a_field_of_the_wrong_type_as_bad_input(tmp_path):
    line = tmp_path / "one.jsonl"
    line.write_text(json.dumps({"id": "a", "text": "Chiều 12/4, Huyện ủy Quảng Điền họp.", "url": 5}) + "\n")  # hand-made
    code, out, err = vnx("show", str(line))
    assert code == 1 and out == "" and 'field "url" must be a string' in err and "internal" not in err
    assert err.count("\n") == 1


def test_offsets_hold_against_the_input_as_given_with_a_bom_and_mojibake_is_converted(tmp_path, seed_text):
    from extractor.encodings import TCVN3, encode_legacy

    bom = tmp_path / "bom.txt"
    bom.write_bytes(b"\xef\xbb\xbf" + seed_text.encode("utf-8"))
    moji = tmp_path / "moji.txt"  # the seed in TCVN3, read as Windows-1252 and saved as UTF-8
    moji.write_text(encode_legacy(seed_text, TCVN3).decode("cp1252", errors="replace"), encoding="utf-8")
    code, out, err = vnx("extract", str(bom), str(moji))
    first, second = (json.loads(line) for line in out.splitlines())
    assert code == 0, err
    text = bom.read_text(encoding="utf-8")
    assert first["entities"] and all(text[e["start"]:e["end"]] == e["text"] for e in first["entities"])
    assert first["title"].startswith("Đổi mới phương thức lãnh đạo")
    assert second["text_origin"] == "converted" and second["source_encoding"] == "tcvn3"
    assert {p["name"] for p in second["people"]} >= {"Nguyễn Xuân Dương"}


def test_extract_with_workers_stops_cleanly_on_ctrl_c_and_its_workers_end_with_it(tmp_path, terminal_ctrl_c):
    import os
    import signal
    import time

    source = tmp_path / "many.jsonl"
    with open(pathlib.Path(__file__).resolve().parents[1].parent / "shared/data/news/vietnews-sample.jsonl", "rb") as handle:
        source.write_bytes(b"".join(handle.readline() for _ in range(300)))
    for stop in ("ctrl-c", "kill -9"):
        run = subprocess.Popen([sys.executable, "-m", "extractor", "extract", "--workers", "2", str(source)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
                               preexec_fn=terminal_ctrl_c)
        try:
            assert run.stdout.readline()  # the workers are up and working
            with open(f"/proc/{run.pid}/task/{run.pid}/children") as handle:
                workers = [int(p) for p in handle.read().split()]
            if stop == "ctrl-c":
                os.killpg(run.pid, signal.SIGINT)  # a terminal's Ctrl-C reaches the whole group
                # read what vnx still writes while waiting: a reader that stops reading holds a writer at a full pipe
                # (vnx flushing its last records at exit), as any Unix program would be held
                _, said = run.communicate(timeout=120)
                assert run.returncode == 130 and said == b"vnx: interrupted\n"
            else:
                os.kill(run.pid, signal.SIGKILL)
                run.wait(timeout=30)
            end = time.monotonic() + 15
            while any(os.path.exists(f"/proc/{pid}") for pid in workers) and time.monotonic() < end:
                time.sleep(0.1)
            assert len(workers) == 2 and not any(os.path.exists(f"/proc/{pid}") for pid in workers)
        finally:
            if run.poll() is None:
                os.killpg(run.pid, signal.SIGKILL)


def test_an_xhtml_page_with_an_xml_declaration_is_read_as_html(tmp_path):
    page = tmp_path / "saved_page"
    page.write_text('<?xml version="1.0" encoding="utf-8"?>\n' + _SAVED_PAGE.lstrip("\ufeff"), encoding="utf-8")
    code, out, err = vnx("extract", str(page))
    record = json.loads(out)
    assert code == 0 and record["text_origin"] == "html"
    assert [p["name"] for p in record["people"]] == ["Nguyễn Xuân Dương"]


def test_show_names_the_file_of_an_article_it_cannot_process(tmp_path):
    # Hand-made English text: read fine, refused as not Vietnamese; the message says which file.
    text = tmp_path / "english.txt"
    text.write_text("The committee met on Friday to discuss the new budget and the plans for next year. " * 3,
                    encoding="utf-8")
    code, out, err = vnx("show", str(text))
    assert code == 1 and err.startswith(f"vnx: error: {text}: ") and "Vietnamese" in err


def test_an_archive_is_refused_with_where_to_read_it_and_the_other_files_carry_on(tmp_path):
    import gzip

    archive = tmp_path / "a.jsonl.gz"
    archive.write_bytes(gzip.compress(b'{"id": "x", "text": "hand-made"}\n'))
    code, out, err = vnx("extract", str(archive), str(SEED_TEXT))
    assert code == 1 and f"vnx: error: {archive} is an archive" in err and f"vnx bulk {archive} --out DIR" in err
    assert json.loads(out)["people"]  # the seed after it was still read
    code, out, err = vnx("show", str(archive))
    assert code == 1 and "vnx bulk" in err and "Traceback" not in err


def test_a_named_text_file_starting_with_a_brace_is_one_article_not_json_lines(tmp_path, seed_text):
    # the seed article with a hand-made photo credit "{Ảnh: TTXVN}" as its first line: a named file is JSON Lines by its
    # content only when its lines are JSON objects with "text" or "html" (next test)
    path = tmp_path / "b.txt"
    path.write_text("{Ảnh: TTXVN}\n" + seed_text, encoding="utf-8")
    code, out, err = vnx("extract", str(path))
    assert code == 0 and err == ""
    [record] = [json.loads(line) for line in out.splitlines()]
    assert record["title"].startswith("Đổi mới phương thức lãnh đạo") and "error" not in record


def test_a_txt_file_of_json_lines_is_read_line_by_line_with_a_warning_naming_format_text(news, tmp_path):
    """Tester s12 #1: `head -3 sample.jsonl > s3.txt; vnx extract s3.txt` gave rc 0 and one record of raw JSON (title
    '{"id": "vietnews-000008", …'); with a BOM too. Now one record per line, as vnx bulk reads it, and a warning;
    --format text still reads the file as one article."""
    lines = "".join(json.dumps({"id": i, "text": news[i]["text"]}, ensure_ascii=False) + "\n"
                    for i in ("vietnews-000008", "vietnews-000129"))
    path = tmp_path / "s3.txt"
    path.write_bytes(b"\xef\xbb\xbf" + lines.encode())
    code, out, err = vnx("extract", str(path))
    assert code == 0
    assert err == (f'vnx: warning: {path} was read as JSON Lines by its content (its first lines are JSON objects with '
                   '"text" or "html"), one article per line; --format text reads it as one article\n')
    records = [json.loads(line) for line in out.splitlines()]
    assert [(r["id"], r["input"]) for r in records] == [("vietnews-000008", f"{path}:1"), ("vietnews-000129", f"{path}:2")]
    assert all(r["warnings"][0].startswith(f"{path} was read as JSON Lines") for r in records)
    code, out, err = vnx("extract", "--format", "text", str(path))
    # (one article whose first line, a whole JSON line of several sentences, is no title)
    record = json.loads(out)
    assert code == 0 and err == "" and record["title"] is None and record["body"][0]["start"] == 1  # after the BOM


def test_a_lone_surrogate_escape_in_a_json_line_is_an_encoding_error_record(news):
    text = news["vietnews-000129"]["text"]
    line = json.dumps({"id": "s", "text": text[:40]})[:-2] + '\\ud83d' + json.dumps(text[40:])[1:-1] + '"}'
    page = json.dumps({"id": "h", "html": "<html><body><p>" + text[:40] + "\ud83d" + text[40:] + "</p></body></html>"})
    code, out, err = vnx("extract", stdin=(line + "\n" + page + "\n").encode())
    records = [json.loads(r) for r in out.splitlines()]
    assert code == 1 and "Traceback" not in err and "internal" not in err
    assert [(r["id"], r["error"]["code"]) for r in records] == [("s", "encoding"), ("h", "encoding")]  # the page is not cut there
    assert "lone UTF-16 surrogate (\\ud83d" in records[0]["error"]["message"]


def test_a_json_line_whose_page_has_no_main_text_keeps_its_id_and_line(news):
    article = news["vietnews-000129"]
    page = "<html><body><article>" + "".join(f"<p>{p}</p>" for p in article["text"].split("\n") if p.strip()) + "</article></body></html>"
    lines = [json.dumps({"id": "h1", "html": page}),
             json.dumps({"id": "h2", "html": "<html><body></body></html>"})]  # hand-made: a page with no text
    code, out, err = vnx("extract", stdin="\n".join(lines).encode())
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 1 and [r["id"] for r in records] == ["h1", "h2"] and "error" not in records[0]
    assert records[1]["error"] == {"code": "empty", "message": "stdin:2: no main text found in the HTML page"}
    assert err == "vnx: error: stdin:2: no main text found in the HTML page\n"  # no "discarding data: None" from trafilatura


@pytest.mark.parametrize("value, reason", [("9999-12-31", "a year from today"), ("0001-01-01", "before 1900"),
                                           ("hôm qua", "is no date vnx reads"), ("2024", "names a year or a month, not a day")])
def test_a_bad_published_at_is_a_usage_error_with_its_reason(value, reason):
    code, out, err = vnx("extract", "--published-at", value, str(SEED_TEXT))
    assert code == 2 and out == "" and f"argument --published-at: date {value!r} " in err and reason in err
    assert "Traceback" not in err and "internal" not in err


def test_an_empty_published_at_is_a_usage_error_not_an_article_without_a_date():
    """`--published-at "$DATE"` with DATE unset was read as no date, silently (tester s14 #8)."""
    code, out, err = vnx("extract", "--published-at", "", str(SEED_TEXT))
    assert (code, out) == (2, "") and "argument --published-at: is empty" in err


def test_each_record_of_several_inputs_says_which_input_it_came_from(tmp_path, news):
    article = news["vietnews-000129"]
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(article["text"], encoding="utf-8")
    b.write_text(news["vietnews-000163"]["text"], encoding="utf-8")
    code, out, err = vnx("extract", str(a), str(b))
    assert code == 0, err
    assert [json.loads(line)["input"] for line in out.splitlines()] == [str(a), str(b)]
    code, out, _ = vnx("extract", stdin=(json.dumps({"id": "x", "text": article["text"]}) + "\n{bad\n").encode())
    assert [json.loads(line)["input"] for line in out.splitlines()] == ["stdin:1", "stdin:2"]


@pytest.mark.parametrize("data, message", [(b"Hello\n", "does not look like Vietnamese text (1 word"),  # hand-made
                                           (b"!!! ??? ...\n", "holds no letter")])  # hand-made
def test_a_short_text_with_nothing_vietnamese_is_refused(data, message):
    code, out, err = vnx("extract", stdin=data)
    assert code == 1 and out == "" and message in err and err.count("\n") == 1


def test_a_utf16_or_utf32_file_is_decoded_as_vnx_bulk_decodes_it(tmp_path, seed_text):
    from extractor.readers import Item, to_article

    for codec in ("utf-16", "utf-32"):  # as Notepad's "Unicode" saves the seed: a byte-order mark, then the text
        path = tmp_path / f"seed-{codec}.txt"
        path.write_bytes(seed_text.encode(codec))
        code, out, err = vnx("extract", str(path))
        record = json.loads(out)
        assert code == 0 and record["source_encoding"] == f"{codec}-le" and record["text"] == "\ufeff" + seed_text
        assert all(record["text"][e["start"]:e["end"]] == e["text"] for e in record["entities"])
        fields, extras = to_article(Item(str(path), "file", str(path), 0))  # vnx bulk reads it the same way
        assert fields["text"] == record["text"] and extras["source_encoding"] == record["source_encoding"]
    nul = tmp_path / "nul.txt"
    nul.write_bytes(b"Chi\x00\x00u 12/4" * 10)  # hand-made
    assert "binary data (NUL bytes)" in vnx("extract", str(nul))[2]
    from extractor.readers import Unreadable
    with pytest.raises(Unreadable) as caught:
        to_article(Item(str(nul), "file", str(nul), 0))
    assert caught.value.code == "binary"  # one code for one failure (vnx bulk said "encoding")


def test_workers_on_a_text_and_a_repeated_id_are_warned_about(news, tmp_path):
    article = news["vietnews-000129"]
    code, _, err = vnx("extract", "--workers", "2", str(SEED_TEXT))
    assert code == 0 and "--workers applies to JSON Lines input" in err
    line = json.dumps({"id": article["id"], "text": article["text"]})
    code, out, err = vnx("extract", stdin=(line + "\n" + line + "\n").encode())
    assert code == 0 and len(out.splitlines()) == 2
    assert err == f"vnx: warning: stdin:2: id '{article['id']}' was already used by stdin:1\n"
    # the same file given twice is read twice, and said so (tester s13 #5: it was not)
    code, out, err = vnx("extract", str(SEED_TEXT), str(SEED_TEXT))
    assert code == 0 and len(out.splitlines()) == 2
    assert err == f"vnx: warning: {SEED_TEXT}: id '{SEED_TEXT}' was already used by {SEED_TEXT} (the same input read again)\n"


def test_a_json_document_is_refused_with_how_to_make_json_lines_of_it(news, tmp_path):
    """An array of articles or one pretty-printed article (a scraper's usual output) was read as one Vietnamese plain
    text, a record of its JSON syntax (tester s11-h4 #9)."""
    articles = [{"id": i, "text": news[i]["text"]} for i in ("vietnews-000129", "vietnews-000008")]
    (tmp_path / "many.json").write_text(json.dumps(articles, ensure_ascii=False, indent=1), encoding="utf-8")
    code, out, err = vnx("extract", str(tmp_path / "many.json"))
    assert (code, out) == (1, "") and "many.json is a JSON document" in err and "jq -c '.[]'" in err
    code, out, err = vnx("extract", stdin=json.dumps(articles[0], indent=1).encode())
    assert (code, out) == (1, "") and err.startswith("vnx: error: stdin is a JSON document") and len(err.splitlines()) == 1
    code, out, _ = vnx("extract", stdin=("[Video] " + news["vietnews-000129"]["text"]).encode())  # a text after all
    assert code == 0 and json.loads(out)["title"].startswith("[Video]")
    (tmp_path / "plain.json").write_text(news["vietnews-000129"]["text"], encoding="utf-8")  # tester s13 #6
    code, out, err = vnx("extract", str(tmp_path / "plain.json"))
    assert (code, out) == (1, "") and "plain.json is named .json but holds no JSON" in err and "--format text" in err
    (tmp_path / "blank.json").write_text(" \n", encoding="utf-8")  # an empty .json is empty, not a JSON document
    code, out, err = vnx("extract", str(tmp_path / "blank.json"))
    assert (code, out, err) == (1, "", f"vnx: error: {tmp_path / 'blank.json'} holds only white space (2 bytes)\n")


def test_more_workers_than_cores_are_capped_with_a_warning(news, tmp_path, monkeypatch, capsys):
    """"--workers 1000" on a small machine forked hundreds of pipelines (tester s11-h4 #6): one per core, said once."""
    from extractor import bulk
    from extractor.cli import main

    monkeypatch.setattr(bulk, "_cores", lambda: 1)  # one core: the capped run stays in this process
    lines = tmp_path / "two.jsonl"
    lines.write_text("".join(json.dumps({"id": i, "text": news[i]["text"]}) + "\n"
                             for i in ("vietnews-000129", "vietnews-000008")), encoding="utf-8")
    assert main(["extract", "--workers", "1000", str(lines)]) == 0
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 2
    assert err == "vnx: warning: --workers 1000 is more than the 1 core this process may use: using 1\n"


def test_statistical_gives_the_library_records_in_extract_and_show_and_its_help_says_the_trade_off(news, tmp_path,
                                                                                                   seed_text, capsys):
    import extractor
    from extractor.cli import build_parser, main

    article = news["vietnews-002769"]  # "cửa sông Dương Đông": a river to the statistical model, a person to the rules
    lines = tmp_path / "a.jsonl"
    lines.write_text(json.dumps({"id": article["id"], "text": article["text"]}, ensure_ascii=False) + "\n", encoding="utf-8")
    code, out, err = vnx("extract", "--statistical", str(SEED_TEXT), str(lines))
    assert code == 0, err
    seed, river = map(json.loads, out.splitlines())
    assert seed == dict(extractor.extract(seed_text, statistical=True).model_dump(mode="json"), input=str(SEED_TEXT),
                        id=str(SEED_TEXT))
    assert river == dict(extractor.extract(article["text"], id=article["id"], statistical=True).model_dump(mode="json"),
                        input=f"{lines}:1")
    assert ("sông Dương Đông", "river") in {(loc["name"], loc["kind"]) for loc in river["locations"]}
    assert main(["show", "--statistical", str(lines)]) == 0  # in this process: the pipelines are loaded already
    out = capsys.readouterr().out
    counts = Counter(e["label"] for e in river["entities"])  # one LOCATION more, one PERSON less than the rules'
    assert counts != Counter(e.label for e in extractor.extract(article["text"]).entities)
    assert f"PERSON {counts['PERSON']}, " in out and f"LOCATION {counts['LOCATION']}, " in out
    parser = build_parser()
    for command in ("extract", "show", "bulk"):
        with pytest.raises(SystemExit):
            parser.parse_args([command, "--help"])
        help_text = " ".join(capsys.readouterr().out.split())
        assert "--statistical also run the statistical entity model" in help_text and "1.25x the CPU time" in help_text


def _sh(script: str, *args: str):
    """vnx run by a shell, for what only a shell sets up (a closed descriptor, /dev/full); ``$VNX`` is the command."""
    run = subprocess.run(["sh", "-c", script, "sh", *args], capture_output=True, timeout=300,
                         env={**os.environ, "VNX": f"{sys.executable} -m extractor"})
    return run.returncode, run.stderr.decode("utf-8")


def test_closed_stdio_a_full_disk_and_a_failing_read_are_one_line_and_status_1(tmp_path):
    """Never a traceback nor "internal error … please report it": what went wrong, and status 1 as for bad input."""
    assert _sh("$VNX schema >&-") == (1, "vnx: error: cannot write output: stdout is closed\n")
    assert _sh("$VNX schema > /dev/full") == (1, "vnx: error: cannot write output: No space left on device\n")
    code, err = _sh("$VNX extract <&-")
    assert code == 1 and err.startswith("vnx: error: stdin is closed") and err.count("\n") == 1
    eio = tmp_path / "eio.txt"
    eio.symlink_to("/proc/self/mem")  # opens, then every read at offset 0 fails with EIO
    code, out, err = vnx("extract", str(eio))
    assert (code, out, err) == (1, "", f"vnx: error: cannot read {eio}: Input/output error\n")
    code, out, err = vnx("extract", "--format", "jsonl", str(eio))  # read line by line: an error record, as in vnx bulk
    record = json.loads(out)
    assert code == 1 and record["input"] == f"{eio}:unreadable"
    assert record["error"] == {"code": "unreadable", "message": f"cannot read {eio}: Input/output error"}


def test_a_record_that_cannot_be_written_is_an_output_error(seed_text, tmp_path, monkeypatch, capsys):
    from extractor.cli import main

    article = tmp_path / "a.txt"
    article.write_text(seed_text, encoding="utf-8")
    with open("/dev/full", "w") as full:
        monkeypatch.setattr(sys, "stdout", full)
        assert main(["extract", str(article)]) == 1
    assert capsys.readouterr().err == "vnx: error: cannot write output: No space left on device\n"


def test_a_files_id_is_its_path_as_in_vnx_bulk_and_blank_lines_are_said_to_give_no_record(news, tmp_path, capsys,
                                                                                         monkeypatch):
    """vnx extract gives a plain-text or HTML file the id vnx bulk gives it, its path (--id overrides; stdin has none),
    so that the records of both are the same; --help says that a blank JSON line gives no record or row."""
    from extractor import bulk
    from extractor.cli import build_parser, main

    article = news["vietnews-000163"]
    (tmp_path / "in").mkdir()
    text, page = tmp_path / "in" / "a.txt", tmp_path / "in" / "b.html"
    text.write_text(article["text"], encoding="utf-8")
    paragraphs = "".join(f"<p>{p}</p>" for p in article["text"].split("\n") if p.strip())
    page.write_text(f"<html><head><meta charset='utf-8'></head><body><article>{paragraphs}</article></body></html>", encoding="utf-8")
    code, out, err = vnx("extract", str(text), str(page))
    assert code == 0, err
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in records] == [str(text), str(page)]
    settings = bulk.Settings(out=str(tmp_path / "out"))
    files, _ = bulk.prepare(bulk._readable_inputs([str(tmp_path / "in")], settings.out, io.StringIO()), settings, resume=False)
    for task in bulk.tasks(files, settings, set()):
        bulk.process_task(task, settings)
    rows = [json.loads(line) for part in sorted((tmp_path / "out" / "parts").glob("part-*.jsonl"))
            for line in part.read_text(encoding="utf-8").splitlines()]
    assert rows == records
    assert main(["extract", "--id", "a1", str(text)]) == 0  # in this process: the pipeline is loaded already
    assert json.loads(capsys.readouterr().out)["id"] == "a1"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(article["text"].encode())))
    assert main(["extract"]) == 0 and json.loads(capsys.readouterr().out)["id"] is None
    parser = build_parser()
    for command in ("extract", "bulk"):
        with pytest.raises(SystemExit):
            parser.parse_args([command, "--help"])
        assert "a blank line" in " ".join(capsys.readouterr().out.split())


def test_published_at_given_on_the_command_line_says_how_much_was_given():
    """--published-at of the seed: a date alone is a day, a time with its minutes a minute; the seed's own dateline is
    a minute too."""
    for given, stamp, granularity in (("2024-04-12", "2024-04-12T00:00:00+07:00", "day"),
                                      ("2024-04-12T17:19", "2024-04-12T17:19:00+07:00", "minute"),
                                      (None, "2024-04-12T17:19:00+07:00", "minute")):
        code, out, _ = vnx("extract", *(("--published-at", given) if given else ()), str(SEED_TEXT))
        record = json.loads(out)
        assert code == 0 and (record["published_at"], record["published_at_granularity"]) == (stamp, granularity)


def test_small_refusals_say_what_to_do(news, tmp_path):
    """Tester s11-h4 #17: --id with two files, an archive piped in; a plain text named .html is read as plain text,
    with a warning (tester s19: it was refused)."""
    import gzip

    text = news["vietnews-000129"]["text"]
    (tmp_path / "plain.html").write_text(text, encoding="utf-8")
    code, out, err = vnx("extract", "--id", "X", str(tmp_path / "plain.html"), str(tmp_path / "plain.html"))
    assert (code, out) == (2, "") and "--id names one article" in err
    code, out, err = vnx("extract", str(tmp_path / "plain.html"))
    record = json.loads(out)
    assert (code, err, record["text_origin"], record["text"]) == (0, "", "input", None)
    assert record["warnings"] == ["the page has no HTML tag in it: read as plain text"]
    assert all(text[m["start"]:m["end"]] == m["text"] for m in record["entities"]) and record["people"]
    line = json.dumps({"id": "a", "text": text}, ensure_ascii=False) + "\n"
    code, out, err = vnx("extract", stdin=gzip.compress(line.encode()))
    assert (code, out) == (1, "") and "stdin is gzip data, an archive of many articles" in err


def test_a_file_name_that_is_not_utf8_is_shown_escaped(tmp_path):
    """Tester s13 #1: a file name whose bytes are not UTF-8 (an old archive's) is the article's id and input with
    the bytes as backslash escapes, in ``vnx extract`` and ``vnx bulk`` (both stopped on an internal error)."""
    folder = tmp_path / "in"
    folder.mkdir()
    bad = os.path.join(os.fsencode(folder), b"bad\xffname.txt")
    with open(bad, "wb") as handle:
        handle.write(SEED_TEXT.read_bytes())
    (folder / "good.txt").write_bytes(SEED_TEXT.read_bytes())
    shown = f"{folder}/bad\\xffname.txt"
    code, out, err = vnx("extract", os.fsdecode(bad))
    assert code == 0, err
    assert json.loads(out)["id"] == shown and json.loads(out)["input"] == shown
    code, out, err = vnx("bulk", str(folder), "--out", str(tmp_path / "job"), "--workers", "1")
    assert code == 0, err
    rows = [json.loads(line) for part in sorted((tmp_path / "job" / "parts").glob("part-*.jsonl"))
            for line in part.read_text(encoding="utf-8").splitlines()]
    assert sorted(row["id"] for row in rows) == [shown, f"{folder}/good.txt"]
    assert not any("error" in row for row in rows)
    manifest = json.loads((tmp_path / "job" / "manifest.json").read_text(encoding="utf-8"))
    assert shown in {f["path"] for f in manifest["inputs"]}


def test_the_command_parses_its_arguments_before_loading_spacy():
    """`import extractor` loads nothing heavy until a public name is asked for: `vnx --help` answers at once, and a
    Ctrl-C while spaCy loads is vnx's "interrupted" (inside ``main``), not an import's traceback (tester s14 #7)."""
    probe = "import sys, extractor.cli; print('spacy' in sys.modules, 'extractor.api' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True).stdout.split() == ["False", "False"]
    probe = "import extractor; extractor.extract; from extractor import InputError, load; import sys; print('spacy' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True).stdout.split() == ["True"]
    # the submodules are attributes as before (the README's switch), help() lists the public names (tester s14b #2)
    probe = ("import extractor; print(extractor.pipeline.STATISTICAL_BY_DEFAULT, 'extract_many' in dir(extractor), "
             "hasattr(extractor, 'no_such_name'))")
    assert subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True).stdout.split() == ["False", "True", "False"]


def test_a_ctrl_c_while_the_command_line_loads_ends_vnx_as_one_during_a_run(monkeypatch, capsys):
    """A Ctrl-C in vnx's first tenth of a second, while ``extractor.cli`` imports, printed a traceback (tester s14)."""
    import builtins

    from extractor.__main__ import run

    real_import = builtins.__import__

    def interrupted_import(name, *args, **kwargs):
        if name == "cli" and args[-1] == 1:  # ``from .cli import main``
            raise KeyboardInterrupt
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", interrupted_import)
    assert run() == 130
    assert capsys.readouterr().err == "vnx: interrupted\n"


def test_max_chars_sets_the_longest_article_extract_and_show_accept(tmp_path, news, capsys):
    """Tester s20 #5: vnx bulk had --max-chars, vnx extract and vnx show had none; a refusal names the option."""
    from extractor.cli import main

    text = news["vietnews-000129"]["text"]
    article = tmp_path / "a.txt"
    article.write_text(text, encoding="utf-8")
    lines = tmp_path / "a.jsonl"
    lines.write_text(json.dumps({"id": "a", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["extract", "--max-chars", str(len(text)), str(article)]) == 0
    assert json.loads(capsys.readouterr().out)["people"]
    for command in (["extract", str(article)], ["show", str(article)], ["extract", str(lines)]):
        assert main([*command, "--max-chars", str(len(text) - 1)]) == 1
        err = capsys.readouterr().err
        assert f"has {len(text):,} characters, more than the limit of {len(text) - 1:,} (--max-chars)\n" in err, err
    assert main(["extract", "--max-chars", "10", str(article)]) == 1  # refused before reading more than 8 bytes a char
    assert capsys.readouterr().err == (f"vnx: error: {article} is larger than 80 bytes: more than the limit of 10 "
                                       "characters (--max-chars)\n")


def test_help_and_version_that_cannot_be_written_say_so():
    """Tester s21 #13: `vnx --help > /dev/full` exited 0 in silence (argparse swallows the write error)."""
    for script in ("$VNX --help > /dev/full", "$VNX --version > /dev/full", "$VNX extract --help > /dev/full"):
        assert _sh(script) == (1, "vnx: error: cannot write output: No space left on device\n"), script
    code, out, _ = vnx("--help")
    assert code == 0 and "exit status: 0 every article gave a record" in out and "70 an internal error" in out


def test_the_schema_of_what_vnx_writes_requires_every_field(seed_text):
    """Tester s21 #7: `vnx schema` required nothing, so `{}` passed for a record; `--row` is a line of output."""
    jsonschema = pytest.importorskip("jsonschema")
    code, out, _ = vnx("schema")
    schema = json.loads(out)
    assert code == 0 and schema["$schema"].endswith("2020-12/schema") and {"id", "people", "events"} <= set(schema["required"])
    code, record, _ = vnx("extract", str(SEED_TEXT))
    jsonschema.validate(json.loads(record), schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({}, schema)
    _, out, _ = vnx("schema", "--row")
    row = json.loads(out)
    jsonschema.validate(json.loads(record), row)
    _, error_row, _ = vnx("extract", "--format", "jsonl", stdin=b'{"id": "x", "text": ""}\n')
    jsonschema.validate(json.loads(error_row), row)


def test_show_never_writes_its_page_over_the_article(tmp_path, seed_text):
    """Tester s21 #5: `vnx show page.html --html page.html` replaced the article with the report."""
    article = tmp_path / "bài.txt"
    article.write_text(seed_text, encoding="utf-8")
    code, out, err = vnx("show", str(article), "--html", str(tmp_path / "." / "bài.txt"))
    assert (code, out) == (2, "") and "is the input file" in err and article.read_text(encoding="utf-8") == seed_text


def test_sigterm_ends_extract_with_a_word_and_status_143(tmp_path):
    """Tester s21 #6: SIGTERM killed `vnx extract` with no word; now it stops as Ctrl-C does, with 143 (128 + 15)."""
    import signal

    with open(pathlib.Path(__file__).resolve().parents[1].parent / "shared/data/news/vietnews-sample.jsonl", "rb") as handle:
        line = handle.readline()
    run = subprocess.Popen([sys.executable, "-m", "extractor", "extract"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE)
    try:
        run.stdin.write(line)
        run.stdin.flush()
        assert json.loads(run.stdout.readline())["id"]  # one record out; vnx waits for the next line
        run.send_signal(signal.SIGTERM)
        _, said = run.communicate(timeout=60)
        assert run.returncode == 143 and said == b"vnx: terminated\n"
    finally:
        run.kill()


def test_an_internal_error_has_a_status_of_its_own(monkeypatch, capsys, seed_text, tmp_path):
    """Tester s21 #6: vnx's own fault exited 1, as bad input does; it is 70 (sysexits' EX_SOFTWARE)."""
    from extractor import cli

    def broken(args, stdin, out, err):
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(cli, "cmd_schema", broken)
    assert cli.main(["schema"]) == 70
    assert capsys.readouterr().err == "vnx: error: internal error (ZeroDivisionError: a bug); please report it\n"


def test_reading_stdin_from_a_terminal_says_how_to_end_it(monkeypatch):
    """Tester s21 #14: `vnx extract` typed alone waited without a word."""
    from extractor.cli import _open

    class Terminal(io.BytesIO):
        def isatty(self):
            return True

    said = io.StringIO()
    _open("-", io.BufferedReader(Terminal("Tin\n\nMột bài.".encode())), "auto", said)  # hand-made text
    assert said.getvalue() == "vnx: reading an article from the terminal: end it with Ctrl-D (or give FILE arguments)\n"
