"""Clock times a tester found without their day on real sample articles in session 20 (issue #5, cause 9): one opening
the sentence after one that names the day, one before "cùng ngày" after a day told as earlier; hand-made sentences are
marked."""
from extractor.times import find_times


def _values(text: str) -> dict[tuple[str, int], tuple[str, str | None]]:
    return {(t.text, t.start): (t.value, t.part_of_day) for t in find_times(text, None)}


def test_a_day_told_as_earlier_is_not_the_one_cung_ngay_points_back_to(news):
    # "Ngày 14/4, … sáng cùng ngày, … trước đó vào ngày 11/04, anh bị bạn đồng nghiệp lấy trộm xe máy … Đến hơn 12h trưa
    # cùng ngày, …": the 14th
    text = news["vietnews-000916"]["text"]
    values = _values(text)
    assert values[("12h trưa", text.index("12h trưa"))][0] == "XXXX-04-14T12"


def test_a_clock_time_opening_the_sentence_after_the_day(news):
    # "Như đã đưa tin, sau trận mưa lớn vào chiều 8-5, nước … đổ về … Khoảng 19h20, 3 người đi trên 2 xe máy …"
    text = news["vietnews-004163"]["text"]
    values = _values(text)
    assert values[("19h20", text.index("19h20"))] == ("XXXX-05-08T19:20", None)
    # "Ngay trong đêm, lực lượng chức năng đã vớt được 2 xe máy. Đến 7h40, …": the sentence before names no day, and
    # the day named last ("tối 8-5") is the evening before; the clock time keeps its unknown day
    assert values[("7h40", text.index("7h40"))] == ("XXXX-XX-XXT07:40", None)


def test_a_clock_time_after_the_day_only_at_its_sentence_opening_and_within_the_day_hand_made():
    # hand-made: the same day where the narrative goes on; not across a paragraph, not inside the sentence, not at an
    # hour before the part of the day began (the next morning), nor before "hôm sau"
    assert _values("Chiều 8-5, mưa lớn. Khoảng 19h20, 3 người bị ngã.")[("19h20", 27)][0] == "XXXX-05-08T19:20"
    assert _values("Chiều 8-5, mưa lớn.\nKhoảng 19h20, 3 người bị ngã.")[("19h20", 27)][0] == "XXXX-XX-XXT19:20"
    assert _values("Chiều 8-5, mưa lớn. Theo người dân, khoảng 19h20 có 3 người bị ngã.")[("19h20", 43)][0] \
        == "XXXX-XX-XXT19:20"
    assert _values("Tối 8-5, mưa lớn. Đến 7h40, tìm thấy thi thể.")[("7h40", 22)][0] == "XXXX-XX-XXT07:40"
    assert _values("Ngày 8-5, mưa lớn. Lúc 9h sáng hôm sau, 3 người bị ngã.")[("9h sáng", 23)][0] == "XXXX-XX-XXT09"
