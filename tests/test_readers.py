"""extractor.readers: what an input file gives before the pipeline runs (no pipeline loaded here)."""
import codecs
import html
import io
import json
import pathlib

import pytest

from extractor.readers import Item, Unreadable, html_page, to_article

SAMPLE = pathlib.Path(__file__).resolve().parents[1].parent / "shared" / "data" / "news" / "vietnews-sample.jsonl"

# hand-made: a sentence in the style of the seed article, citing an earlier date
_BODY = ("<p>" + "Chiều 12/4, tại Huyện ủy Quảng Điền, đồng chí Nguyễn Xuân Dương chủ trì buổi làm việc. "
         "Từ ngày 1/7/2010 quy định có hiệu lực. " * 3 + "</p>")


def test_an_html_page_has_a_publication_date_only_when_its_metadata_states_one():
    footer = f"<html><head><title>Tin</title></head><body><article>{_BODY}</article><footer>© 2024 Báo X</footer></body></html>"
    assert html_page(footer.encode())[0]["published_at"] is None  # not 2024-01-01 from the footer, nor 2010-07-01
    meta = ('<html><head><title>Tin</title><meta property="article:published_time" content="2024-04-12T17:19:00+07:00">'
            f"</head><body><article>{_BODY}</article></body></html>")
    assert html_page(meta.encode())[0]["published_at"] == "2024-04-12T17:19:00+0700"  # with its time of day


def test_an_html_page_keeps_its_stated_time_of_day_in_vietnam_time():
    from datetime import datetime

    from extractor.inputs import VIETNAM_TIME, parse_published_at

    with open(SAMPLE, encoding="utf-8") as handle:
        article = json.loads(handle.readline())
    body = "".join(f"<p>{html.escape(p)}</p>" for p in article["text"].split("\n") if p.strip())
    for stated, expected in (("2019-08-20T22:30:00Z", datetime(2019, 8, 21, 5, 30)),  # UTC: the next day in Vietnam
                             ("2019-08-21T09:30:00+07:00", datetime(2019, 8, 21, 9, 30))):
        page = (f'<html><head><title>Tin</title><meta property="article:published_time" content="{stated}"></head>'
                f"<body><article>{body}</article></body></html>")
        published = parse_published_at(html_page(page.encode())[0]["published_at"])
        assert published == expected.replace(tzinfo=VIETNAM_TIME) and published.utcoffset() == VIETNAM_TIME.utcoffset(None)


def test_a_truncated_or_corrupt_archive_ends_with_one_error_item_and_others_still_read(tmp_path):
    import gzip

    from extractor.bulk import Settings, tasks
    from extractor.readers import count_items, input_files, read_items

    with open(SAMPLE, encoding="utf-8") as handle:
        lines = "".join(next(handle) for _ in range(5))
    packed = gzip.compress(lines.encode())
    truncated = tmp_path / "a.jsonl.gz"
    truncated.write_bytes(packed[:len(packed) // 2])  # a download cut short
    (tmp_path / "b.jsonl.gz").write_bytes(b"not gzip at all\n")     # hand-made: wrong bytes under a .gz name
    (tmp_path / "c.parquet").write_bytes(b"PAR1 broken")
    (tmp_path / "d.jsonl").write_text(lines, encoding="utf-8")
    items = list(read_items(str(truncated), 1 << 20))
    read = len(items) - 1
    assert 0 < read < 5 and [i.kind for i in items] == ["json"] * read + ["error"]
    assert items[-1].key == f"{truncated}:unreadable" and items[-1].payload[0] == "unreadable"
    assert f"after {read} article" in items[-1].payload[1] and "Compressed file ended" in items[-1].payload[1]
    assert count_items(str(truncated)) == len(items) and count_items(str(tmp_path / "c.parquet")) == 1
    job = [i for t in tasks(input_files([str(tmp_path)]), Settings(out=str(tmp_path / "out")), set()) for i in t.items]
    assert [i.kind for i in job] == ["json"] * read + ["error", "error", "error"] + ["json"] * 5
    assert all("from its start" in i.payload[1] for i in job[read + 1:read + 3])


def test_a_zstd_archive_cut_after_some_articles_ends_with_an_error_item(tmp_path):
    """A zstd stream flushed after each line and cut after the third: three articles, then the unread rest named
    (python-zstandard's stream reader ends a cut frame silently); whole files of one or two frames read in full."""
    import zstandard

    from extractor.readers import read_items

    with open(SAMPLE, "rb") as handle:
        lines = [next(handle) for _ in range(5)]
    writer = zstandard.ZstdCompressor().compressobj()
    flushed = b"".join(writer.compress(line) + writer.flush(zstandard.COMPRESSOBJ_FLUSH_BLOCK) for line in lines[:3])
    (tmp_path / "cut.jsonl.zst").write_bytes(flushed)
    items = list(read_items(str(tmp_path / "cut.jsonl.zst"), 1 << 20))
    assert [i.kind for i in items] == ["json"] * 3 + ["error"]
    assert "after 3 articles" in items[-1].payload[1] and "truncated" in items[-1].payload[1]
    frames = zstandard.ZstdCompressor().compress(b"".join(lines[:2])) + zstandard.ZstdCompressor().compress(b"".join(lines[2:]))
    (tmp_path / "two.jsonl.zst").write_bytes(frames)
    assert [i.payload for i in read_items(str(tmp_path / "two.jsonl.zst"), 1 << 20)] == lines


def test_a_text_file_keeps_its_byte_order_mark_so_offsets_count_from_the_file(tmp_path):
    from extractor.readers import read_items, to_article

    seed = (pathlib.Path(__file__).resolve().parents[1] / "corpus" / "seed" / "quang-dien-2024-04-12.txt").read_bytes()
    path = tmp_path / "seed.txt"
    path.write_bytes(b"\xef\xbb\xbf" + seed)
    (item,) = read_items(str(path), 1 << 24)
    fields, extras = to_article(item)
    assert fields["text"] == path.read_bytes().decode("utf-8") and fields["text"][0] == "\ufeff"
    assert extras["text_origin"] == "input"


def test_an_html_page_is_dated_by_its_date_meta_tags_never_by_a_dated_line_of_its_header_or_footer():
    # A real article (vietnews-000008) in a portal page made by hand, as a tester did (h3 finding 2): a dated header
    # line and a footer "Cập nhật: 05/01/2020 08:00" gave 2020-01-05T00:00:00, a day from the footer at a midnight the
    # page never stated.
    with open(SAMPLE, encoding="utf-8") as handle:
        article = json.loads(handle.readline())
    body = "".join(f"<p>{html.escape(p)}</p>" for p in article["text"].split("\n") if p.strip())

    def page(head="", header=""):
        return (f"<html><head><title>Tin</title>{head}</head><body><header>{header}</header><article>{body}</article>"
                "<footer><p>Cập nhật: 05/01/2020 08:00. Giấy phép số 123/GP-BTTTT ngày 01/03/2020.</p></footer></body></html>")

    assert html_page(page())[0]["published_at"] is None
    assert html_page(page(header='<div class="date">Thứ Ba, 22/08/2023 09:15 (GMT+7)</div>'))[0]["published_at"] is None
    assert html_page(page('<meta itemprop="copyrightYear" content="2023">'))[0]["published_at"] is None  # not 2023-01-01
    stated = '<meta property="article:published_time" content="2023-08-22T09:15:00+07:00">'
    assert html_page(page(stated))[0]["published_at"] == "2023-08-22T09:15:00+0700"
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2023-08-22T09:15:00+07:00"}</script>'
    assert html_page(page(ld))[0]["published_at"] == "2023-08-22T09:15:00+0700"


def test_a_text_or_html_of_the_wrong_type_is_named_and_a_page_error_says_where(tmp_path):
    # hand-made inputs: a JSON line whose text is a number; a page with no main text
    with pytest.raises(Unreadable, match=r'^a.jsonl:1: article field "text" must be a string, got int$'):
        to_article(Item("a.jsonl:1", "json", b'{"id": "x", "text": 123}', 24))
    page = tmp_path / "j.html"
    page.write_text("<html><body><script>x</script></body></html>", encoding="utf-8")
    with pytest.raises(Unreadable, match=f"^{page}: no main text found"):
        to_article(Item(str(page), "file", str(page), 10))


def test_a_page_stating_only_a_day_gives_the_day_not_a_midnight(news):
    """h9 §7: vietnews-000008 in a page made by hand whose meta tag, JSON-LD or URL gives a day alone gave
    2024-04-12T00:00:00; the day is given alone (read as a "day"), a stated time keeps its minute or second."""
    import datetime

    from extractor.inputs import VIETNAM_TIME, read_published_at

    body = "".join(f"<p>{html.escape(p)}</p>" for p in news["vietnews-000008"]["text"].split("\n") if p.strip())

    def stated(head, url=None):
        page = f"<html><head><title>Tin</title>{head}</head><body><article>{body}</article></body></html>"
        return html_page(page.encode(), url)[0]["published_at"]

    assert stated('<meta property="article:published_time" content="2024-04-12">') == "2024-04-12"
    assert stated('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-04-12"}</script>') \
        == "2024-04-12"
    assert stated("", "https://baomoi.example/2023/08/22/bai-viet.html") == "2023-08-22"
    assert read_published_at(stated('<meta property="article:published_time" content="2024-04-12">'))[1] == "day"
    minute = stated('<meta property="article:published_time" content="2024-04-12T17:19">')
    assert read_published_at(minute) == (datetime.datetime(2024, 4, 12, 17, 19, tzinfo=VIETNAM_TIME), "minute")
    midnight = stated('<meta property="article:published_time" content="2024-04-12T00:00:00+07:00">')
    assert read_published_at(midnight)[1] == "second"  # a stated midnight is a time
    # h7 §4: another field's midnight or a "+00:00" offset is no midnight of the day published
    for modified in ("2024-04-12T10:15:30+00:00", "2024-04-13T00:00:00+07:00"):
        day = stated('<meta property="article:published_time" content="2024-04-12">'
                     f'<meta property="article:modified_time" content="{modified}">')
        assert read_published_at(day)[1] == "day", modified


def test_a_page_whose_main_text_is_a_menu_is_no_article_and_a_real_one_is(news):
    """h3 §14: hand-made pages of a menu only gave a record of 'Trang chủ' with no entities; they are not_an_article.
    vietnews-000129 in a page made by hand is read."""
    for junk in ("<html><body><nav>Trang chủ</nav></body></html>",
                 "<html><body><div>Trang chủ | Thời sự | Thế giới | Liên hệ</div></body></html>"):
        with pytest.raises(Unreadable) as caught:
            html_page(junk.encode())
        assert caught.value.code == "not_an_article" and "no article in the HTML page" in caught.value.message
    article = news["vietnews-000129"]
    body = "".join(f"<p>{html.escape(p)}</p>" for p in article["text"].split("\n") if p.strip())
    assert html_page(f"<html><body><article>{body}</article></body></html>".encode())[0]["text"].strip()


def test_utf16_without_a_byte_order_mark_is_named_as_such_and_other_binary_data_is_not(news):
    """h3 §14: vietnews-000129 saved as UTF-16 without a BOM was only "binary data (NUL bytes)"; the message now says
    what it reads as. Zip-like bytes (hand-made) keep the plain message."""
    from extractor.readers import text_article

    text = news["vietnews-000129"]["text"]
    for encoding, order in (("utf-16-le", "UTF-16-LE"), ("utf-16-be", "UTF-16-BE")):
        with pytest.raises(Unreadable, match=f"^a.txt is binary data \\(NUL bytes\\), not text; it reads as {order} without a "
                                             "byte-order mark"):
            text_article(text.encode(encoding), "a.txt", {})
    with pytest.raises(Unreadable, match=r"^z.txt is binary data \(NUL bytes\), not text$"):
        text_article(b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)) * 4, "z.txt", {})


def test_a_page_date_says_whether_the_metadata_or_the_url_gave_it_and_a_stated_time_comes_before_a_url_day(news):
    """h7 §6: htmldate reads a URL's /2024/04/12/ first, so a meta tag's 09:00 on that page was lost; the layout needs
    to know the date came from the URL (not from a caller) to weigh it against the dateline. A page made by hand
    around vietnews-000008."""
    import pickle

    from extractor.readers import PageDate

    body = "".join(f"<p>{html.escape(p)}</p>" for p in news["vietnews-000008"]["text"].split("\n") if p.strip())
    url = "https://tin.example.vn/2024/04/12/bai-viet.html"

    def stated(head, url=None):
        found = html_page(f"<html><head><title>Tin</title>{head}</head><body><article>{body}</article></body></html>", url)
        return found[0]["published_at"]

    meta = '<meta property="article:published_time" content="2024-04-12T09:00:00+07:00">'
    for head, given, expected in ((meta, url, ("2024-04-12T09:00:00+0700", "metadata")), ("", url, ("2024-04-12", "url")),
                                  (f'<link rel="canonical" href="{url}">', None, ("2024-04-12", "url"))):
        found = stated(head, given)
        assert (found, found.origin) == expected and isinstance(found, PageDate)
        copied = pickle.loads(pickle.dumps(found))  # as vnx bulk hands it to its workers
        assert (copied, copied.origin) == expected


@pytest.mark.parametrize("line, ident", [
    (b'{"id": ["l"], "text": 1}', None),  # hand-made lines: a list, a float, a boolean id give none
    (b'{"id": 1.5, "text": 1}', None),
    (b'{"id": true, "text": 1}', None),
    (b'{"id": 123, "text": 1}', "123"),
    (b'{"id": "vietnews-000008", "text": 1}', "vietnews-000008"),
])
def test_an_unreadable_line_s_error_names_only_an_id_the_article_could_have(line, ident):
    from extractor.readers import known_id

    assert known_id(Item("a.jsonl:1", "json", line, len(line))) == ident


def test_a_whole_page_saved_as_txt_is_read_as_a_page_as_vnx_extract_reads_it(tmp_path):
    from extractor.readers import read_items

    page = f"<!DOCTYPE html><html><head><title>Tin</title></head><body><article>{_BODY}</article></body></html>"
    (tmp_path / "page.txt").write_text(page, encoding="utf-8")
    (item,) = read_items(str(tmp_path / "page.txt"), 1 << 20)
    fields, extras = to_article(item)
    assert extras["text_origin"] == "html" and "<p>" not in fields["text"] and "Quảng Điền" in fields["text"]


@pytest.mark.parametrize("codec", ["utf-16", "utf-32"])
def test_json_lines_in_utf16_or_utf32_with_a_byte_order_mark_give_one_item_per_article(tmp_path, codec):
    from extractor.readers import read_items

    with open(SAMPLE, encoding="utf-8") as handle:
        lines = [next(handle) for _ in range(3)]
    (tmp_path / "wide.jsonl").write_bytes("".join(lines).encode(codec))  # the codec writes its byte-order mark
    items = list(read_items(str(tmp_path / "wide.jsonl"), 1 << 24))
    assert [to_article(i)[0]["id"] for i in items] == [json.loads(line)["id"] for line in lines]
    assert to_article(items[0])[0]["text"] == json.loads(lines[0])["text"]


def _crawl(gzipped: bool, statuses: tuple[str, ...]) -> bytes:
    """A WARC crawl of the first sample articles as pages, one response per status (hand-made pages, real text)."""
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(SAMPLE, encoding="utf-8") as handle:
        articles = [json.loads(next(handle)) for _ in statuses]
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzipped)
    for article, status in zip(articles, statuses):
        page = f"<html><body><article>{''.join(f'<p>{html.escape(p)}</p>' for p in article['text'].splitlines())}</article></body></html>"
        headers = StatusAndHeaders(status, [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://example.vn/{article['id']}", "response",
                                                      payload=io.BytesIO(page.encode()), http_headers=headers))
    return out.getvalue()


@pytest.mark.parametrize("suffix", [".warc", ".warc.gz"])
def test_a_cut_or_false_warc_ends_with_an_error_item_and_an_error_page_is_no_article(tmp_path, suffix):
    from extractor.readers import read_items

    crawl = _crawl(suffix.endswith(".gz"), ("200 OK", "404 Not Found", "200 OK", "200 OK"))
    (tmp_path / f"whole{suffix}").write_bytes(crawl)
    items = list(read_items(str(tmp_path / f"whole{suffix}"), 1 << 20))
    assert [i.kind for i in items] == ["html", "error", "html", "html"] and "an HTTP 404 response" in items[1].payload[1]
    (tmp_path / f"cut{suffix}").write_bytes(crawl[: len(crawl) * 7 // 8])  # inside the last record
    items = list(read_items(str(tmp_path / f"cut{suffix}"), 1 << 20))
    assert [i.kind for i in items] == ["html", "error", "html", "error"] and items[-1].payload[0] == "unreadable"
    assert "after 3 articles" in items[-1].payload[1]
    (tmp_path / f"text{suffix}").write_bytes("Chiều 12/4, đồng chí Nguyễn Xuân Dương làm việc.\n".encode() * 3)  # hand-made
    (item,) = read_items(str(tmp_path / f"text{suffix}"), 1 << 20)
    assert item.payload[0] == "unreadable" and ("not a WARC file" in item.payload[1] or "no whole WARC record" in item.payload[1])


@pytest.mark.parametrize("item, warning", [
    ({"url": "https://x.vn/2019/05/05/a.html"},
     "the page's date metadata says it was published on 2018-01-10T08:30:00+0700, its URL says 2019-05-05; kept the metadata's"),
    ({"published_at": "2019-05-05T10:00+07:00"},
     "the caller says it was published on 2019-05-05T10:00+07:00, the page's date metadata says 2018-01-10T08:30:00+0700; "
     "kept the caller's"),
    ({"published_at": "2018-01-10"}, None),  # the same day: nothing to say
])
def test_sources_of_the_publication_time_naming_different_days_are_warned_about(item, warning):
    """Caller, date metadata and URL disagreeing said nothing unless the dateline was one of them (tester s11-h4 #10)."""
    import extractor

    with open(SAMPLE, encoding="utf-8") as handle:
        article = json.loads(handle.readline())
    body = "".join(f"<p>{html.escape(p)}</p>" for p in article["text"].split("\n") if p.strip())
    page = ('<html><head><title>Tin</title><meta property="article:published_time" content="2018-01-10T08:30:00+07:00">'
            f"</head><body><article>{body}</article></body></html>")
    (record,) = extractor.extract_many([{"html": page, **item}])
    assert record.warnings == ([warning] if warning else [])


def test_plain_text_given_as_a_page_is_read_as_plain_text_with_a_warning(tmp_path):
    """Tester s19: a sample article's plain text in an archive's "html" field, or in a file named .html (vnx bulk), was
    refused; it is read as the plain text it is, offsets into it as given, and the record says so."""
    from extractor.readers import TAGLESS_PAGE, from_fields

    with open(SAMPLE, encoding="utf-8") as handle:
        article = json.loads(handle.readline())
    fields, extras = from_fields({"id": "a", "html": article["text"]}, "a.jsonl:1")
    assert (fields["text"], extras) == (article["text"], {"text_origin": "input", "warnings": [TAGLESS_PAGE]})
    page = tmp_path / "saved.html"
    page.write_bytes(article["text"].encode("utf-8"))
    fields, extras = to_article(Item(str(page), "file", str(page), 10))
    assert (fields["id"], fields["text"], extras["warnings"]) == (str(page), article["text"], [TAGLESS_PAGE])


def test_an_article_giving_both_text_and_html_is_read_from_its_text_with_a_warning():
    from extractor.readers import from_fields

    with open(SAMPLE, encoding="utf-8") as handle:
        article = json.loads(handle.readline())
    fields, extras = from_fields({"id": "a", "text": article["text"], "html": "<p>x</p>"}, "a.jsonl:1")
    assert fields["text"] == article["text"]
    assert extras["warnings"] == ['the article gives both "text" and "html": "text" was read']


@pytest.mark.parametrize("field", ["text", "html"])
def test_a_mis_decoded_article_with_lost_bytes_is_repaired_and_says_how_many_characters_were_lost(field):
    """UTF-8 read as Windows-1252 with errors replaced, given as a JSON "text" or "html" string: the "html" one is
    repaired before parsing, whose folding of the no-break space in "Ã\xa0" (a mis-read "à") made "bào" "b� o"."""
    from extractor.readers import from_fields

    with open(SAMPLE, encoding="utf-8") as handle:
        text = json.loads(handle.readline())["text"]
    mojibake = text.encode("utf-8").decode("cp1252", errors="replace")
    value = mojibake if field == "text" else "<html><body><p>" + mojibake.replace("\n\n", "</p><p>") + "</p></body></html>"
    fields, extras = from_fields({"id": "a", field: value}, "a.jsonl:1")
    assert "luật sư bào chữa" in fields["text"] and extras["source_encoding"] == "utf-8 mis-decoded as windows-1252"
    lost = fields["text"].count("\ufffd")
    assert 0 < lost <= mojibake.count("\ufffd")
    assert extras["warnings"] == [f"the text was UTF-8 mis-decoded as Windows-1252 with its undefined bytes replaced: "
                                  f"{lost} characters lost there stay U+FFFD"]


def test_json_lines_in_utf16_end_lines_at_line_feeds_only_and_survive_a_bad_code_unit(tmp_path):
    """A U+2028 or U+0085 inside a JSON string split a UTF-16 line; one lone surrogate lost the whole file (tester
    s11-h7)."""
    from extractor.readers import read_items

    with open(SAMPLE, encoding="utf-8") as handle:
        articles = [json.loads(next(handle)) for _ in range(3)]
    articles[1]["text"] += "\u2028 …\u0085"  # hand-made ending
    data = bytearray("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles).encode("utf-16-le"))
    middle = len(data) // 2 & ~1
    data[middle:middle + 2] = b"\x00\xd8"  # a lone high surrogate: no character
    (tmp_path / "wide.jsonl").write_bytes(codecs.BOM_UTF16_LE + bytes(data))
    items = list(read_items(str(tmp_path / "wide.jsonl"), 1 << 24))
    assert len(items) == 3 and [to_article(i)[0]["id"] for i in items] == [a["id"] for a in articles]


def test_a_warc_cut_inside_a_record_header_ends_with_an_error_item(tmp_path):
    from extractor.readers import read_items

    crawl = _crawl(False, ("200 OK", "200 OK", "200 OK"))
    third = crawl.index(b"WARC/1", crawl.index(b"WARC/1", crawl.index(b"WARC/1") + 1) + 1)
    (tmp_path / "cut.warc").write_bytes(crawl[: third + 40])  # inside the third record's header
    items = list(read_items(str(tmp_path / "cut.warc"), 1 << 20))
    assert [i.kind for i in items] == ["html", "html", "error"] and "cut short or malformed" in items[-1].payload[1]


def test_the_progress_total_of_a_jsonl_file_counts_the_lines_that_give_a_row(tmp_path):
    """Tester s12 #6: a blank line gives no row, so it is not in the progress total ("0/365" ended "done: 364"); lines
    across the reader's 1 MB blocks, white-space-only lines, a last line without "\n" and a line over the size limit
    (one error row) each count as read_items gives them."""
    from extractor.readers import count_items, read_items

    with open(SAMPLE, encoding="utf-8") as handle:
        lines = [next(handle) for _ in range(3)]
    long_line = json.dumps({"id": "long", "text": "x " * 400_000}) + "\n"  # hand-made: 800 KB, across a block end
    text = ("\n" + lines[0] + " \t\r\n" + long_line + "\n\n" + long_line + lines[1] + "\r\n" + "  " + long_line
            + "\n" * 3 + lines[2].rstrip("\n"))
    for name, data in (("a.jsonl", text), ("b.jsonl", text + "\n   "), ("c.jsonl", "\n \n")):
        path = tmp_path / name
        path.write_text(data, encoding="utf-8")
        for limit in (1 << 20, 1 << 19):  # with a limit under the long lines: each an error item, counted too
            assert count_items(str(path)) == len(list(read_items(str(path), limit)))
    assert count_items(str(tmp_path / "a.jsonl")) == 6


def test_a_txt_file_of_json_lines_is_read_as_json_lines_and_says_so(tmp_path):
    """Tester s12 #1: `head -3 sample.jsonl > s3.txt` was one article of raw JSON (its title '{"id": …'); its lines are
    JSON objects with "text", read one article per line as in a .jsonl file, with a BOM too, each record warned. A
    .txt article that starts with "{" or holds a JSON line among prose stays one article."""
    from extractor.readers import count_items, jsonl_by_content, looks_like_jsonl, read_items

    with open(SAMPLE, encoding="utf-8") as handle:
        lines = [next(handle) for _ in range(3)]
    ids = [json.loads(line)["id"] for line in lines]
    for name, data in (("s3.txt", "".join(lines).encode()), ("bom.txt", codecs.BOM_UTF8 + "".join(lines).encode()),
                       ("wide.txt", "".join(lines).encode("utf-16")), ("last.txt", "".join(lines).rstrip("\n").encode())):
        path = tmp_path / name
        path.write_bytes(data)
        items = list(read_items(str(path), 1 << 24))
        assert [i.key for i in items] == [f"{path}:{n}" for n in (1, 2, 3)]
        assert count_items(str(path)) == 3 or name == "wide.txt"  # UTF-16's lines are counted on its bytes: an estimate
        fields, extras = to_article(items[0])
        assert fields["id"] == ids[0] and fields["text"] == json.loads(lines[0])["text"]
        assert extras["warnings"] == [f'{path} was read as JSON Lines by its content (its first lines are JSON objects '
                                      'with "text" or "html"), one article per line']
    article = json.loads(lines[0])["text"]
    # hand-made: prose around a JSON line, an article opening with a brace, JSON objects without "text" or "html"
    for data in ('{Ảnh minh họa}\n' + article, article.split("\n")[0] + "\n" + lines[1], '{"id": 1, "body": "x"}\n',
                 "[" + lines[0] + "]", lines[0] + "Chiều 12/4, đoàn công tác đến thăm.\n", "\n \n"):
        path = tmp_path / "one.txt"
        path.write_text(data, encoding="utf-8")
        assert not jsonl_by_content(str(path)) and [i.kind for i in read_items(str(path), 1 << 24)] == ["file"]
    assert looks_like_jsonl(lines[0].encode() + lines[1].encode()[:100], whole=False)  # a cut last line is not read
    assert not looks_like_jsonl(lines[0].encode()[:100], whole=False)


def test_every_warc_response_is_one_numbered_item_and_one_that_is_no_page_says_so(tmp_path):
    """Tester s12 #4: a 200 response that is no HTML page (a PDF, an image, no Content-Type and no page) gave no row
    and no warning, and "#N" counted HTML responses only; now N counts the response and resource records and each
    gives one item: a page (a page without a Content-Type by its start), or a not_an_article error."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from extractor.readers import read_items

    page = f"<!DOCTYPE html><html><head><title>Tin</title></head><body><article>{_BODY}</article></body></html>".encode()
    path = tmp_path / "crawl.warc.gz"
    with open(path, "wb") as handle:  # hand-made crawl
        writer = WARCWriter(handle, gzip=True)
        writer.write_record(writer.create_warcinfo_record("crawl.warc.gz", {"software": "test"}))
        for number, (status, ctype, payload) in enumerate([
                ("200 OK", "text/html; charset=utf-8", page), ("200 OK", "application/pdf", b"%PDF-1.4 ..."),
                ("200 OK", None, page), ("200 OK", None, b"\x89PNG\r\n"), ("404 Not Found", "text/html", page),
                ("200 OK", "image/jpeg", b"\xff\xd8\xff")]):
            url = f"https://example.vn/{number}"
            writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
            headers = [("Content-Type", ctype)] if ctype else []
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(payload),
                http_headers=StatusAndHeaders(status, headers, protocol="HTTP/1.1")))
    items = list(read_items(str(path), 1 << 20))
    assert [i.key for i in items] == [f"{path}#{n}" for n in range(1, 7)]
    assert [i.kind for i in items] == ["html", "error", "html", "error", "error", "error"]
    assert [i.payload[1].split(": ", 1)[1] for i in items if i.kind == "error"] == [
        "a response of type application/pdf, not an HTML page", "a response without a Content-Type, not an HTML page",
        "an HTTP 404 response, not an article", "a response of type image/jpeg, not an HTML page"]
    assert items[2].meta["url"] == "https://example.vn/2" and to_article(items[2])[0]["text"].startswith("Tin")


def test_an_html_fragment_is_read_as_a_page_body_and_a_dropped_repeat_is_said():
    """Tester s12 #5: {"html": "<p>…</p>"} (one paragraph, no <html><body>) was an 'empty' error while the same inside
    <body> was read; now the fragment is read in a body. trafilatura keeps one copy of a paragraph repeated in a row
    (whatever its options: deduplicate is off already), and the record says so."""
    from extractor.readers import from_fields

    paragraph = _BODY[3:-4]  # hand-made
    fields, extras = from_fields({"id": "f", "html": f"<p>{paragraph}</p>"}, "k")
    assert fields["text"] == extras["text"] == paragraph.strip() and extras["text_origin"] == "html"
    assert "warnings" not in extras
    with pytest.raises(Unreadable, match="no main text found"):
        from_fields({"id": "g", "html": "<p> </p>"}, "k")
    page = f"<html><body><article><p>{paragraph}</p><p>{paragraph}</p><p>Cuộc họp kết thúc lúc 17 giờ cùng ngày, các đại biểu thống nhất.</p></article></body></html>"
    fields, extras = html_page(page)
    assert fields["text"].count(paragraph.strip()) == 1
    assert extras["warnings"] == [f"the page gives a paragraph 2 times in a row ({paragraph.strip()[:60]!r}…), its main "
                                  "text once (trafilatura drops a repeat)"]
    fields, extras = html_page(page.replace(f"<p>{paragraph}</p><p>", f"<p>{paragraph}</p><p>Ảnh minh họa.</p><p>", 1))
    assert fields["text"].count(paragraph.strip()) == 2 and not extras.get("warnings")


def test_an_archive_s_stated_title_and_author_win_over_the_layout_s_reading(news):
    """Tester s19 #2: a JSON line's "title" was dropped, and the record's title was its lead sentence."""
    from extractor.api import extract_one

    article = news["vietnews-000008"]
    body = article["text"].split("\n\n", 1)[1]  # the article's text without its title line, as many archives hold it
    record = extract_one({"id": "a", "text": body, "title": f" {article['title']} ", "author": "Minh Anh"})
    assert record.title == article["title"] and record.author == "Minh Anh"
    assert extract_one({"id": "a", "text": body}).title != article["title"]  # the layout alone reads another line
    refused = extract_one({"id": "a", "text": body, "title": ["x"]})
    assert refused.error.code == "bad_field" and '"title" must be a string, got list' in refused.error.message


def test_a_json_line_without_text_names_its_fields_and_the_one_to_rename(news):
    text = news["vietnews-000008"]["text"]
    line = json.dumps({"id": "a", "title": "t", "content": text}).encode()
    with pytest.raises(Unreadable, match='has no "text" or "html" field, only "id", "title", "content": if "content" '
                                         'holds the article') as refused:
        to_article(Item("a.jsonl:1", "json", line, len(line)))
    assert refused.value.code == "not_an_article" and refused.value.id == "a"
