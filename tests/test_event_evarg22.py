"""Arguments of events vnx finds, missed on real articles (session 22, issue #6: event argument recall)."""
from test_event_later_clauses import _event_at  # the real-sentence helper, not a second copy


def test_a_directive_addresses_the_bodies_listed_after_a_place(news):
    # vietnews-002440 (events-heldout9): "Chủ tịch UBND tỉnh Khánh Hoà Lê Đức Vinh yêu cầu huyện Vạn Ninh, Sở tài nguyên -
    # môi trường, Sở Xây dựng, Ban quản lý Khu kinh tế Vân Phong và các cơ quan, tổ chức có liên quan thực hiện ngay …":
    # the place named first opens the list of those asked, it does not end it
    request = _event_at(news["vietnews-002440"]["text"], "yêu cầu huyện Vạn Ninh", "yêu cầu")
    assert [(p.role, p.name) for p in request.participants] == [
        ("speaker", "Lê Đức Vinh"), ("participant", "Sở tài nguyên - môi trường"), ("participant", "Sở Xây dựng"),
        ("participant", "Ban quản lý Khu kinh tế Vân Phong")]
