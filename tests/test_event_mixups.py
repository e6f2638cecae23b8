"""Event records mixed up with their neighbours (session 16): two meetings with different other sides kept apart; a
signature not dated by the day the measure takes effect."""
import extractor


def _event_at(text, phrase, trigger):
    """The event whose trigger ``trigger`` starts the first ``phrase`` of ``text``."""
    at = text.find(phrase)
    assert at >= 0
    return next(e for e in extractor.extract(text).events if e.trigger.start == at and e.trigger.text == trigger)


def test_meetings_with_different_other_sides_are_two(news):
    # vietnews-006246: "… bỏ qua cuộc họp với ngoại trưởng các thành viên NATO vào tháng tới …" and, later, "ông
    # Tillerson sẽ tham dự cuộc họp với nhóm G7 ở Italia": the NATO meeting is not in Italia
    text = news["vietnews-006246"]["text"]
    nato = _event_at(text, "cuộc họp với ngoại trưởng các thành viên NATO", "cuộc họp")
    assert nato.location != "Italia"
    g7 = _event_at(text, "cuộc họp với nhóm G7", "cuộc họp")
    assert g7.location == "Italia"


def test_a_signature_is_not_dated_by_the_day_the_measure_takes_effect(news):
    # vietnews-014219: the summary "…, áp dụng từ ngày 20/9 tới đây." then "Thứ trưởng … Hà Công Tuấn vừa ký văn bản tạm
    # dừng nhập khẩu thịt lợn …": the 20th is when the halt applies, not when it was signed
    text = news["vietnews-014219"]["text"]
    signing = _event_at(text, "ký văn bản tạm dừng", "ký")
    assert signing.time != "XXXX-09-20"
