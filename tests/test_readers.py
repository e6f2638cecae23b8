"""extractor.readers: what an input file gives before the pipeline runs (no pipeline loaded here)."""
from extractor.readers import html_page

# hand-made: a sentence in the style of the seed article, citing an earlier date
_BODY = ("<p>" + "Chiều 12/4, tại Huyện ủy Quảng Điền, đồng chí Nguyễn Xuân Dương chủ trì buổi làm việc. "
         "Từ ngày 1/7/2010 quy định có hiệu lực. " * 3 + "</p>")


def test_an_html_page_has_a_publication_date_only_when_its_metadata_states_one():
    footer = f"<html><head><title>Tin</title></head><body><article>{_BODY}</article><footer>© 2024 Báo X</footer></body></html>"
    assert html_page(footer.encode())[0]["published_at"] is None  # not 2024-01-01 from the footer, nor 2010-07-01
    meta = ('<html><head><title>Tin</title><meta property="article:published_time" content="2024-04-12T17:19:00+07:00">'
            f"</head><body><article>{_BODY}</article></body></html>")
    assert html_page(meta.encode())[0]["published_at"] == "2024-04-12"
