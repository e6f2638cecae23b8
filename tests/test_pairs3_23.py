"""(person, title) pairs and organisations on the real sample articles, session 23 (issue #5): title bodies and
organisation boundaries vnx cut short, each tested on its article; hand-made sentences are marked."""
from test_pairs20 import _titles  # the helper of the session-20 tests, not a second copy


def test_a_body_ending_with_its_country_before_the_holders_name(record_of):
    # "… nhưng theo Phát ngôn viên Uỷ ban điều tra Nga Svetlana Petrenko cho biết: " Theo dữ liệu cập nhật …"
    # (the body stopped at "Uỷ ban" and the title was dropped)
    assert _titles(record_of("vietnews-007301"))["Svetlana Petrenko"] == ["Phát ngôn viên Uỷ ban điều tra Nga"]


def test_a_title_glued_to_the_plain_word_opening_its_sentence(record_of):
    # "… khả năng xung đột với Nga. Chính Phát ngôn viên bộ Quốc phòng Nga Igor Kanashenkov từng đưa ra lời cảnh báo …"
    # (the word segmentation made one word of "Chính Phát")
    assert _titles(record_of("vietnews-006498"))["Igor Kanashenkov"] == ["Phát ngôn viên bộ Quốc phòng Nga"]


def _organizations(record) -> list[str]:
    return [o.name for o in record.organizations]


def test_a_government_written_in_lower_case_before_its_country_is_a_body(record_of):
    # "… trong bối cảnh Nga hậu thuẫn chính phủ Syria tấn công vào các khu vực …" (corpus/entities10: a body)
    assert "chính phủ Syria" in _organizations(record_of("vietnews-007036"))
    # "Hồi đầu tuần (25/12), chính phủ Nhật Bản đã công khai danh sách những …"
    assert "chính phủ Nhật Bản" in _organizations(record_of("vietnews-006639"))


def test_a_foreign_government_is_not_the_government_written_alone_before_it(record_of):
    # Việt Nam's "Chính phủ", written alone twenty times, then "… một cuộc họp của chính phủ Estonia kéo dài tới 4-5 giờ"
    names = _organizations(record_of("vietnews-020560"))
    assert "Chính phủ" in names and "chính phủ Estonia" in names


def test_a_government_in_lower_case_alone_stays_a_common_noun_hand_made():
    import extractor

    # hand-made: no country after it
    assert not extractor.extract("Người dân mong chính phủ sớm có chính sách hỗ trợ.").organizations
