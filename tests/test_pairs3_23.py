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
