"""Wrong event items session 22 left (session 23, issue #6): each a general cause, tested on the real sentence of the 800
sample articles (../shared news) that showed it."""
from test_event_later_clauses import _event_at  # the real-sentence helpers, not a second copy


def _roles(event):
    return [(p.role, p.name) for p in event.participants]


def test_a_notice_brought_in_by_the_indefinite_is_a_new_one(news):
    # vietnews-007882: "… Sky News dẫn thông báo từ cảnh sát Anh cho biết." then, later, "' Chúng tôi đang làm việc … ',
    # Thủ tướng Anh Theresa May cho biết trong một thông báo.": "một thông báo" is her own notice, not the police's again
    text = news["vietnews-007882"]["text"]
    police = _event_at(text, "thông báo từ cảnh sát Anh", "thông báo")
    assert "Theresa May" not in [n for _, n in _roles(police)]
    may = _event_at(text, "thông báo. \" Suy nghĩ", "thông báo")
    assert may.type == "ISSUANCE" and _roles(may) == [("agent", "Theresa May")]
