"""``vnx show``: the HTML page read back with the standard library's HTML parser, and the text summary."""
import html
import io
import json
import re
import subprocess
import sys
from collections import Counter
from html.parser import HTMLParser

import pytest

import extractor

from conftest import SEED_TEXT
from extractor.cli import build_parser
from extractor.view import SHORT, analyse, render_html, render_text


class Page(HTMLParser):
    """What a reader sees: the article's text per block, the highlighted spans rebuilt from
    displaCy's bars (a label box opens a span at its height, bars at that height under the next
    tokens continue it), the rows of each side table, the timeline entries, and every attribute."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, set, str]] = []
        self.attrs: list[tuple[str, str, str]] = []
        self.tags: Counter = Counter()
        self.styles = ""
        self.blocks: list[str] = []
        self.spans: list[tuple[str, str]] = []
        self.open: dict[int, list] = {}
        self.token: dict | None = None
        self.tables: dict[str, list[list[str]]] = {}
        self.timeline: list[str] = []
        self.feed(html)
        self.close()

    def _classes(self) -> set:
        return set().union(*(c for _, c, _ in self.stack)) if self.stack else set()

    def _section(self) -> str | None:
        return next((i for _, _, i in reversed(self.stack) if i), None)

    def _close_spans(self, tops=None) -> None:
        for top in list(self.open) if tops is None else tops:
            label, parts = self.open.pop(top)
            if label:  # the empty label marks plain text glued to a span (no entity)
                self.spans.append((label, " ".join("".join(parts).split())))

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags[tag] += 1
        for name, value in attrs.items():
            self.attrs.append((tag, name, value or ""))
        classes = set((attrs.get("class") or "").split())
        if tag not in ("meta", "br"):
            self.stack.append((tag, classes, attrs.get("id")))
        if "block" in classes:
            self.blocks.append("")
        elif "vnx-tok" in classes:
            self.token = {"text": "", "bars": []}
        elif "vnx-bar" in classes:
            top = int(re.search(r"top: (\d+)px", attrs["style"]).group(1))
            self.token["bars"].append([top, "vnx-start" in classes, ""])
        elif tag == "tr" and self._section():
            self.tables.setdefault(self._section(), []).append([])
        elif tag in ("td", "th") and self._section() in self.tables:
            self.tables[self._section()][-1].append("")
        elif tag == "li" and self._section() == "timeline":
            self.timeline.append("")

    def handle_endtag(self, tag):
        tag_, classes, _ = self.stack.pop()
        assert tag_ == tag, (tag_, tag)
        if "vnx-tok" in classes:
            token, self.token = self.token, None
            tops = {top for top, _, _ in token["bars"]}
            self._close_spans([top for top in self.open if top not in tops])
            for top, is_start, label in token["bars"]:  # displaCy writes every bar, then the label boxes
                if is_start:
                    self._close_spans([top] if top in self.open else [])
                    self.open[top] = [label, []]
            for top in tops:
                self.open[top][1].append(token["text"])
        elif "block" in classes:
            self._close_spans()

    def handle_data(self, data):
        classes = self._classes()
        if self.stack and self.stack[-1][0] == "style":
            self.styles += data
            return
        if "vnx-label" in classes:
            self.token["bars"][-1][2] += data.strip()
            return
        if "block" in classes:
            self.blocks[-1] += data
            if self.token is not None:
                self.token["text"] += data
            elif data.strip():
                self._close_spans()
            else:
                for _, parts in self.open.values():
                    parts.append(" ")
        section = self._section()
        if section in self.tables and self.tables[section] and self.tables[section][-1] and \
                self.stack[-1][0] != "tr" and ({"td", "th"} & {t for t, _, _ in self.stack}):
            self.tables[section][-1][-1] += data
        if section == "timeline" and self.timeline:
            self.timeline[-1] += data


def words(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def seed_page(seed_text):
    doc, record = analyse(seed_text)
    return doc, record, Page(render_html(doc, record))


def test_every_entity_is_highlighted_with_its_label(seed_page):
    _, record, page = seed_page
    expected = Counter((SHORT[e.label], words(e.text)) for e in record.entities)
    assert Counter(page.spans) == expected
    assert {label for label, _ in page.spans} == set(SHORT.values())
    assert ("PER", "Nguyễn Xuân Dương") in page.spans and ("DOC", "Kết luận 62-KL/TW") in page.spans


def test_article_text_is_shown_whole_and_unchanged(seed_page, seed_text):
    _, record, page = seed_page
    # every character of the input, in order, with no space added or lost between words
    assert words(" ".join(page.blocks)) == words(seed_text)
    assert any(words(block) == record.title for block in page.blocks)


def test_the_page_heading_is_the_articles_title(seed_page):
    """Tester s13 #8: the heading said "vnx show" on every page."""
    doc, record, _ = seed_page
    assert f'<h1 class="page">{html.escape(record.title)}</h1>' in render_html(doc, record)


def test_people_table_has_each_person_with_titles(seed_page, seed_gold):
    _, _, page = seed_page
    rows = {words(row[0]): words(row[1]) for row in page.tables["people"][1:]}
    for person in seed_gold["people"]:
        assert person["name"] in rows
        for title in person["titles"]:
            assert title in rows[person["name"]]


def test_document_list(seed_page, seed_gold):
    _, _, page = seed_page
    header, *rows = page.tables["documents"]
    assert [words(c) for c in header] == ["Symbol", "Kind", "Issuer", "Issued on", "Mentions"]
    (gold,) = seed_gold["documents"]
    assert [gold["symbol"], gold["kind"], gold["issuer"], gold["issued_on"], str(gold["mentions"])] in \
        [[words(c) for c in row] for row in rows]


def test_timeline_holds_the_meeting_in_time_order(seed_page):
    _, record, page = seed_page
    assert len(page.timeline) == len(record.events)
    meeting = next(words(entry) for entry in page.timeline if "MEETING" in entry)
    assert meeting.startswith("2024-04-12 MEETING “buổi làm việc”")
    assert "Nguyễn Xuân Dương" in meeting and "Huyện ủy Quảng Điền" in meeting and "62-KL/TW" in meeting
    dated = [entry.split()[0] for entry in page.timeline if entry.strip()[:1].isdigit()]
    assert dated == sorted(dated)
    assert page.timeline[0].split()[0] == "2021-01/2023-12"  # the supervised period comes before the meeting


def test_page_is_self_contained(seed_page):
    _, _, page = seed_page
    assert not {"script", "link", "img", "iframe", "object", "embed"} & set(page.tags)
    for tag, name, value in page.attrs:
        assert "http" not in value and "//" not in value, (tag, name, value)
        assert name not in ("src", "href", "srcset", "action"), (tag, name, value)
    assert "url(" not in page.styles and "@import" not in page.styles and "@font-face" not in page.styles


def test_article_text_is_escaped():
    # hand-made: markup, an ampersand and quotes in a Vietnamese sentence must come out as text
    text = ('Chiều 12/4, <script>alert("x")</script> đồng chí Nguyễn Văn An đã làm việc với Ban Dân vận Tỉnh ủy '
            'về việc <b>thực hiện</b> các chương trình & kế hoạch của "Mặt trận" trên địa bàn [bold]tỉnh[/bold].')
    doc, record = analyse(text)
    html = render_html(doc, record)
    page = Page(html)
    assert "script" not in page.tags and page.tags["b"] == len(SHORT)  # the legend's <b> only
    assert words(" ".join(page.blocks)) == words(text)
    assert "&lt;script&gt;" in html and "&amp; kế hoạch" in html
    out = io.StringIO()
    render_text(record.model_copy(update={"title": "[bold]Hà Nội[/bold] <b>"}), out, width=100)
    assert out.getvalue().startswith("[bold]Hà Nội[/bold] <b>\n")  # rich markup is not interpreted


def test_text_glued_to_an_entity_keeps_its_spacing(news):
    # "(Bộ Quốc phòng)": displaCy would write "( Bộ Quốc phòng)" without the glue span
    article = news["vietnews-014423"]
    doc, record = analyse(article["text"], id=article["id"])
    page = Page(render_html(doc, record))
    assert words(" ".join(page.blocks)) == words(article["text"])
    assert "(Bộ Quốc phòng)" in words(" ".join(page.blocks))
    assert Counter(page.spans) == Counter((SHORT[e.label], words(e.text)) for e in record.entities)


def test_text_summary(seed_page):
    _, record, _ = seed_page
    out = io.StringIO()
    render_text(record, out, width=100)
    summary = out.getvalue()
    assert words(summary).startswith(record.title)
    for needle in ("Nguyễn Xuân Dương", "Trưởng Đoàn giám sát 133 của Ban Dân vận Tỉnh ủy", "62-KL/TW", "2009-12-08",
                   "2024-04-12  MEETING  “buổi làm việc”", "chair: Nguyễn Xuân Dương"):
        assert needle in summary, needle


def test_text_summary_says_when_an_article_cites_no_document(news):
    """vietnews-004364 (a road accident) cites no document: a sentence, not an empty table."""
    _, record = analyse(news["vietnews-004364"]["text"])
    out = io.StringIO()
    render_text(record, out, width=100)
    assert not record.documents and "Documents: no documents cited" in out.getvalue()
    assert "Symbol" not in out.getvalue()


@pytest.mark.parametrize("space", ["\u00a0 ", "&nbsp;", "\t"])
def test_text_summary_shows_odd_spaces_as_a_reader_sees_them(seed_page, seed_text, space):
    """The seed with every space written oddly: the summary's title, titles and triggers read as in the plain text."""
    _, record, _ = seed_page
    plain = io.StringIO()
    render_text(record, plain, width=100)
    odd = io.StringIO()
    render_text(analyse(seed_text.replace(" ", space))[1], odd, width=100)
    assert "\u00a0" not in odd.getvalue() and "&nbsp;" not in odd.getvalue()
    for line in ("Đổi mới phương thức lãnh đạo của cấp ủy đảng", "Trưởng Đoàn giám sát 133 của Ban Dân vận Tỉnh ủy",
                 "MEETING  “buổi làm việc”", "Organisations and places", "│ Ban Thường vụ Huyện ủy Quảng Điền ",
                 "huyện Quảng Điền (Huyện Quảng Điền, Tỉnh Thừa"):  # the last table: tester s20 #3
        assert line in plain.getvalue() and line in odd.getvalue(), line


def show(*args, stdin: bytes = b""):
    parsed = build_parser().parse_args(["show", *args])
    out, err = io.StringIO(), io.StringIO()
    code = parsed.func(parsed, io.BytesIO(stdin), out, err)
    return code, out.getvalue(), err.getvalue()


def test_cli_html_file_and_summary(tmp_path):
    target = tmp_path / "seed.html"
    code, out, err = show(str(SEED_TEXT), "--html", str(target))
    assert (code, out, err) == (0, f"{target}\n", "")
    assert ("PER", "Trương Duy Hải") in Page(target.read_text(encoding="utf-8")).spans
    code, out, _ = show("-", stdin=SEED_TEXT.read_bytes())
    assert code == 0 and "People and titles" in out and "Nguyễn Xuân Dương" in out


def test_cli_picks_a_json_lines_article_by_id(tmp_path, news):
    lines = tmp_path / "two.jsonl"
    lines.write_text("\n".join(json.dumps(news[i], ensure_ascii=False) for i in ("vietnews-000129", "vietnews-014423")),
                     encoding="utf-8")
    code, out, err = show(str(lines), "--id", "vietnews-014423")
    assert code == 0 and "id vietnews-014423" in out and err == ""
    code, out, err = show(str(lines), "--id", "vietnews-014423", "--published-at", "2017-05-01")  # tester s15 #14
    assert code == 0 and err == (f"vnx: warning: {lines}: --published-at, --url and --source apply to plain-text and "
                                 "HTML articles; in JSON Lines each line gives its own\n")
    assert show(str(lines), "--id", "nope")[1:] == ("", f"vnx: error: {lines} has no article with id 'nope'\n")
    code, out, err = show(str(lines))
    assert code == 1 and err == f"vnx: error: {lines} holds 2 articles; pick one with --id\n"


def test_cli_says_when_an_id_is_on_several_lines(tmp_path, news):
    """Tester s19: an archive that holds one article twice (a re-scrape appended) shows the first, and says so; lines
    that cannot hold the id are skipped unread, also one that is no JSON."""
    first, other = (json.dumps(news[i], ensure_ascii=False) for i in ("vietnews-000129", "vietnews-014423"))
    lines = tmp_path / "again.jsonl"
    lines.write_text("\n".join([first, other, "{not json", first.replace("Theo", "Theo bản sửa:")]), encoding="utf-8")
    code, out, err = show(str(lines), "--id", "vietnews-000129")
    assert code == 0 and "id vietnews-000129" in out
    assert err == (f"vnx: warning: {lines}: id 'vietnews-000129' is on 2 lines (1, 4); showing the one on line 1\n")
    code, out, err = show(str(lines), "--id", "vietnews-014423")
    assert (code, err) == (0, "") and "id vietnews-014423" in out
    escaped = tmp_path / "escaped.jsonl"  # the id written with a JSON escape is still found
    escaped.write_text(other.replace('"vietnews-014423"', '"\\u0076ietnews-014423"'), encoding="utf-8")
    assert "vietnews-014423" not in escaped.read_text() and show(str(escaped), "--id", "vietnews-014423")[0] == 0


@pytest.mark.parametrize("data, message", [
    (b"", "stdin is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (("The quick brown fox jumps over the lazy dog. " * 20).encode(), "does not look like Vietnamese"),
])
def test_cli_bad_input_is_one_line(data, message):
    code, out, err = show("-", stdin=data)
    assert code == 1 and out == "" and message in err and err.count("\n") == 1


def test_cli_process_exit_status_without_traceback(tmp_path):
    run = subprocess.run([sys.executable, "-m", "extractor", "show", "no/such/file.txt", "--html", str(tmp_path / "x.html")],
                         capture_output=True, timeout=120)
    assert run.returncode == 1 and run.stdout == b""
    assert run.stderr.decode() == "vnx: error: cannot read no/such/file.txt: No such file or directory\n"
    assert not (tmp_path / "x.html").exists()


def test_timeline_puts_days_without_a_year_before_undated_events(news):
    """vietnews-016786 (sample article): a fire on XXXX-03-12, the scene examined on XXXX-03-13, and an investigation
    with no time written before them in the text; the timeline runs fire, examination, then the undated event."""
    from extractor.view import timeline

    article = news["vietnews-016786"]
    record = extractor.extract(article["text"], id=article["id"])
    times = [event.time for event in timeline(record)]
    assert None in times and times[-1] is None
    known = [t for t in times if t]
    assert known == sorted(known) and known[0].startswith("XXXX-03-12")


def test_show_gives_a_day_alone_as_its_date_and_a_time_as_far_as_it_was_stated(seed_text, tmp_path):
    """`vnx show --published-at 2024-04-12` of the seed: the publication day is shown without a 00:00 nobody wrote, in
    the summary and the page; the seed's own dateline (12/04/2024 17:19) is shown to its minute."""
    code, out, _ = show("--published-at", "2024-04-12", str(SEED_TEXT))
    assert code == 0 and "published 2024-04-12 " in " ".join(out.split()) and "00:00" not in out
    target = tmp_path / "seed.html"
    code, _, _ = show("--published-at", "2024-04-12", str(SEED_TEXT), "--html", str(target))
    assert code == 0 and "published 2024-04-12<" in target.read_text(encoding="utf-8")
    code, out, _ = show(str(SEED_TEXT))
    assert code == 0 and "published 2024-04-12T17:19+07:00 " in " ".join(out.split())
