"""Participants told by a role noun or another name of someone the article named (session 22, issue #6)."""
from test_event_later_clauses import _event_at  # the real-sentence helper, not a second copy


def test_the_culprit_written_alone_is_the_articles_one_suspect(news):
    # vietnews-000467: "Cơ quan công công an nhanh chóng vào cuộc điều tra bắt giữ thủ phạm." — the culprit is the one
    # suspect the article names ("bắt khẩn cấp đối tượng Nguyễn Văn Yên …")
    arrest = _event_at(news["vietnews-000467"]["text"], "bắt giữ thủ phạm", "bắt giữ")
    assert ("suspect", "Nguyễn Văn Yên") in [(p.role, p.name) for p in arrest.participants]


def test_a_pen_name_given_in_brackets_is_the_person_named_before_it(news):
    # vietnews-002932 (events-heldout10): "hai phóng viên báo Khánh Hoà là Tạ Văn Long (bút danh Thành Long) và Phạm Thế
    # Anh (Thế Anh) …", then "Một đối tượng còn hành hung phóng viên Thành Long khiến anh choáng váng."
    beating = _event_at(news["vietnews-002932"]["text"], "hành hung phóng viên Thành Long", "hành hung")
    assert [(p.role, p.name) for p in beating.participants] == [("victim", "Tạ Văn Long")]
