"""The vnx command: records out, and a one-line error (never a traceback) for bad input."""
import json
import subprocess
import sys

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
    (b"   \n\t ", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ("Hội nghị tổng kết công tác năm".encode("utf-16"), "binary"),
    ("Hà Tây và Lào Cai".encode("latin-1"), "not UTF-8"),  # hand-made, a legacy 8-bit encoding
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
    assert records[4]["published_at"] == "2018-08-22T00:00:00+07:00"
    assert "Traceback" not in err and err.count("vnx: error:") == 3


def test_odd_input_never_gives_a_traceback():
    # hand-made: a zero-width space between a letter and its tone mark, in a plain-text article
    code, out, err = vnx("extract", stdin="Sáng 5/6, Tỉnh u\u200b\u0309y Quảng Nam họp.".encode())
    assert code == 0 and "Traceback" not in err
    assert json.loads(out)["title"] == "Sáng 5/6, Tỉnh u\u200b\u0309y Quảng Nam họp."
    lines = [json.dumps({"id": "a", "text": "Sáng 5/6, Huyện ủy họp.", "url": 5}),
             "[" * 100000 + "]" * 100000,
             json.dumps({"id": "b", "text": "Chiều 12/4, Huyện ủy\u2028Quảng Điền họp."}, ensure_ascii=False)]
    code, out, err = vnx("extract", "--format", "jsonl", stdin="\n".join(lines).encode())
    records = [json.loads(line) for line in out.splitlines()]
    assert "Traceback" not in err and len(records) == 3
    assert records[0]["error"]["code"] == "not_an_article" and "url" in records[0]["error"]["message"]
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
