"""vnx_documents: defects found by the read-only tester's probes (issue #3), each fixed with a test here.

Sentences are hand-made unless a test says it reads a real one (``real`` finds the vietnews citation sentence)."""
import pytest

from extractor import extract
from extractor.documents import find_documents

from test_documents import real  # noqa: F401  (the real-sentence helper, not a second copy)


def _offsets_hold(text, docs):
    for d in docs:
        assert text[d.start:d.end] == d.text
        for m in d.mentions:
            assert text[m.start:m.end] == m.text


@pytest.mark.parametrize("text, symbol, kind", [
    ("Lực lượng chức năng áp dụng Nghị định số 100/2019/\nNĐ-CP khi xử phạt.", "100/2019/NĐ-CP", "Nghị định"),
    ("Lực lượng chức năng áp dụng Nghị định số 100/2019/\r\nNĐ-CP khi xử phạt.", "100/2019/NĐ-CP", "Nghị định"),
    ("Lực lượng chức năng áp dụng Nghị định số 100/2019/ \nNĐ-CP khi xử phạt.", "100/2019/NĐ-CP", "Nghị định"),
    ("Huyện ủy quán triệt Kết luận số 62-\nKL/TW của Bộ Chính trị.", "62-KL/TW", "Kết luận"),
    ("Dự án được triển khai theo Quyết định số 1234/QĐ-\nUBND của UBND tỉnh Nghệ An.", "1234/QĐ-UBND", "Quyết định"),
    ("Lực lượng chức năng áp dụng Nghị định số\n100/2019/NĐ-CP khi xử phạt.", "100/2019/NĐ-CP", "Nghị định"),
    ("Lực lượng chức năng áp dụng Nghị định\n100/2019/NĐ-CP khi xử phạt.", "100/2019/NĐ-CP", "Nghị định"),
])
def test_a_citation_wrapped_at_a_line_break_is_one_mention(text, symbol, kind):
    """Hand-made (the tester's probes): a line break inside a citation, which the layout reads as two regions."""
    result = extract(text)
    docs = [d for d in result.documents if d.symbol == symbol]
    assert len(docs) == 1 and docs[0].kind == kind
    first_word = kind.split()[0]
    assert docs[0].mentions[0].text.startswith(first_word) and "\n" in docs[0].mentions[0].text
    _offsets_hold(text, result.documents)


def test_a_paragraph_break_glues_nothing():
    """Hand-made: a blank line ends a citation, on either side of a separator or between a kind word and a symbol."""
    assert find_documents("Kết quả đạt 12/\n\nQĐ-UBND mới được áp dụng.") == []
    docs = find_documents("Các quy định mới về Nghị định\n\n100/2019/NĐ-CP quy định mức phạt.")
    assert [d.text for d in docs] == ["100/2019/NĐ-CP"]


@pytest.mark.parametrize("text, kinds", [
    ("Các văn bản 62-KL/TW, 100/2019/NĐ-CP và 1234/QĐ-UBND đã được triển khai.", ["Kết luận", "Nghị định", "Quyết định"]),
    ("Các đơn vị thực hiện Thông tư 01/2021/TT-BTC và 100/2019/NĐ-CP.", ["Thông tư", "Nghị định"]),
    ("UBND tỉnh ban hành Kế hoạch 45/KH-UBND, 1234/QĐ-UBND.", ["Kế hoạch", "Quyết định"]),
    ("Áp dụng Thông tư 01/2021/TT-BTC và 02/2021/TTLT-BTC-BNV.", ["Thông tư", "Thông tư liên tịch"]),
    ("Các chi bộ quán triệt Nghị quyết số 10, 11 và 12-NQ/TW.", ["Nghị quyết"] * 3),
    ("UBND tỉnh có Công văn số 12/UBND-VP và 13/UBND-VP.", ["Công văn"] * 2),
])
def test_a_list_item_takes_the_lists_kind_only_when_its_type_code_agrees(text, kinds):
    """Hand-made (the tester's probes): a symbol without its own kind word in a list."""
    assert [d.kind for d in find_documents(text)] == kinds
