"""Event arguments (session 15): time, place and object not taken from a later clause with a trigger of its own; a body
of a unit pointed back at ("Công an tỉnh này")."""
import pytest

import extractor


def _event_at(text, phrase, trigger):
    """The event whose trigger ``trigger`` starts the first ``phrase`` of ``text``."""
    at = text.find(phrase)
    assert at >= 0
    return next(e for e in extractor.extract(text).events if e.trigger.start == at and e.trigger.text == trigger)


def _no_trigger_at(text, phrase, before=""):
    """Whether no event's trigger starts right after ``before`` in the first ``before + phrase`` of ``text``; the phrase
    must be in the text (else this would hold of any text)."""
    at = text.find(before + phrase)
    assert at >= 0
    return not any(e.trigger.start == at + len(before) for e in extractor.extract(text).events)


def test_a_relative_clause_on_the_object_keeps_its_time_and_place(news):
    # vietnews-019188: "Tiến sĩ Trần Đức Anh Sơn … tặng phụ bản bộ atlas Von China … do nhà xuất bản Verlag von Dietrich
    # Reimer xuất bản tại Berlin (Đức) năm 1885": Berlin and 1885 are the printing's, not the gift's
    text = news["vietnews-019188"]["text"]
    gift = _event_at(text, "tặng phụ bản", "tặng")
    assert gift.time is None and gift.location is None
    printing = _event_at(text, "xuất bản tại Berlin", "xuất bản")
    assert printing.time == "1885" and printing.location == "Berlin"


def test_a_coordinated_clause_opened_by_an_aspect_word_keeps_its_time_and_place(news):
    # vietnews-016628: "Sau khi tai nạn xảy ra, lái xe Lương Công Hiếu bỏ trốn và đến 10h ngày 3-1 đã ra đầu thú tại Công
    # an TP Hà Giang": the surrender is on the 3rd at the police, the flight is not
    text = news["vietnews-016628"]["text"]
    flight = _event_at(text, "bỏ trốn và", "bỏ trốn")
    assert flight.location is None and flight.time != "XXXX-01-03"
    surrender = _event_at(text, "ra đầu thú tại", "ra đầu thú")
    assert surrender.time == "XXXX-01-03" and surrender.location == "Công an TP Hà Giang"


def test_one_subject_with_two_nouns_is_no_later_clause(news):
    # vietnews-014488: "lễ viếng và truy điệu 2 phi công hy sinh trong vụ máy bay Yak -52 rơi … sẽ được tổ chức vào sáng
    # mai (16/6) tại nhà tang lễ bệnh viện đa khoa tỉnh Khánh Hoà": one ceremony, "và" joins two nouns, its place is kept
    ceremony = _event_at(news["vietnews-014488"]["text"], "lễ viếng và truy điệu", "lễ")
    assert ceremony.location == "tỉnh Khánh Hoà"


def test_a_happening_named_as_subject_has_no_object_past_its_verb(news):
    # vietnews-009490: "Jean - Claude Juncker trong chuyến thăm gần đây tới Tây Ban Nha đã kêu gọi các nước EU phản đối …":
    # the EU is called on, not visited
    text = news["vietnews-009490"]["text"]
    visit = _event_at(text, "chuyến thăm gần đây", "chuyến thăm")
    assert {(p.role, p.name) for p in visit.participants} == {("agent", "Jean - Claude Juncker")}
    call = _event_at(text, "kêu gọi các nước EU", "kêu gọi")
    assert ("participant", "Liên minh châu Âu") in {(p.role, p.name) for p in call.participants}


def test_a_body_of_a_unit_pointed_back_at_takes_the_unit_named_before(news):
    # vietnews-016671: "Công an tỉnh Quảng Nam cho biết Cơ quan cảnh sát điều tra Công an tỉnh này vừa có quyết định khởi
    # tố bị can, bắt tạm giam …": the province is Quảng Nam
    text = news["vietnews-016671"]["text"]
    charge = _event_at(text, "khởi tố bị can, bắt", "khởi tố bị can")
    assert ("agent", "Cơ quan cảnh sát điều tra Công an tỉnh Quảng Nam") in {(p.role, p.name) for p in charge.participants}


def test_the_one_questioned_takes_part_in_a_question_session(news):
    # vietnews-002817: "Vấn đề được chọn cho phiên chất vấn bộ trưởng Trần Hồng Hà là …": the minister is questioned
    session = _event_at(news["vietnews-002817"]["text"], "chất vấn bộ trưởng Trần Hồng Hà", "chất vấn")
    assert ("participant", "Trần Hồng Hà") in {(p.role, p.name) for p in session.participants}


def test_nobody_named_past_the_place_visited_is_visited(news):
    # vietnews-011782: "khi Tổng thống Trunmp đến thăm Việt Nam và Thủ tướng Nguyễn Xuân Phúc thăm Mỹ": the Prime
    # Minister makes a visit of his own, he is not the one Trump visits
    text = news["vietnews-011782"]["text"]
    visit = _event_at(text, "thăm Việt Nam và Thủ tướng", "thăm")
    assert visit.location == "Việt Nam" and not any(p.role == "recipient" for p in visit.participants)
    # vietnews-001816: "HH Đỗ Mỹ Linh đã đến chúc mừng NTK Linh Bùi lên chức bà chủ tại TP. HCM": no place right after the
    # trigger, the one congratulated stays its recipient
    visit = _event_at(news["vietnews-001816"]["text"], "chúc mừng NTK Linh Bùi", "chúc mừng")
    assert ("recipient", "Linh Bùi") in {(p.role, p.name) for p in visit.participants}


def test_the_owner_of_a_named_visit_is_its_visitor(news):
    # vietnews-006246: "Ngoại trưởng Rex Tillerson dự định sẽ bỏ qua cuộc họp với NATO vào tháng tới để ở lại Mỹ tiếp đón
    # chuyến thăm của ông Tập Cận Bình": Xi visits, Tillerson receives him (the trigger its noun's "thăm" since "ở lại
    # Mỹ" is a place: ac571fd)
    visit = _event_at(news["vietnews-006246"]["text"], "thăm của ông Tập Cận Bình", "thăm")
    assert {(p.role, p.name) for p in visit.participants} == {("agent", "Tập Cận Bình")}
    # vietnews-007887: "chuyến thăm Bắc Kinh của Tổng thống Mỹ Donald Trump hồi đầu năm": past the place, the owner
    visit = _event_at(news["vietnews-007887"]["text"], "chuyến thăm Bắc Kinh của", "chuyến thăm")
    assert {(p.role, p.name) for p in visit.participants} == {("agent", "Donald Trump")} and visit.location == "Bắc Kinh"


def test_trên_introduces_a_place_right_after_the_act(news):
    # vietnews-002374 (events-heldout2): "Bộ đội biên phòng … tuần tra trên sông Đồng Nai …": where the patrol was
    patrol = _event_at(news["vietnews-002374"]["text"], "tuần tra trên sông", "tuần tra")
    assert patrol.location == "sông Đồng Nai"
    # vietnews-021708: "Tổng cục Đường bộ đề nghị Hà Nội cắt cỏ trên quốc lộ 18": where the grass is, not where it asks
    request = _event_at(news["vietnews-021708"]["text"], "đề nghị Hà Nội cắt cỏ", "đề nghị")
    assert request.location is None


def test_an_official_visit_to_a_country_has_its_place_and_no_recipient_past_it(news):
    # vietnews-012329: "… mời Chủ tịch Trung Quốc Tập Cận Bình sang thăm chính thức Việt Nam và dự Hội nghị Cấp cao APEC
    # 2017": Xi visits Vietnam; APEC is not visited
    visit = _event_at(news["vietnews-012329"]["text"], "thăm chính thức Việt Nam", "thăm")
    assert visit.location == "Việt Nam" and not any(p.role == "recipient" for p in visit.participants)


@pytest.mark.parametrize(("article", "phrase", "trigger"), [
    ("vietnews-006815", "cho biết hôm thứ Sáu rằng", "cho biết"),  # “… máy bay … của Iran ở trong vùng Vịnh Persian …”
    ("vietnews-011384", "Walmart thông báo", "thông báo"),  # "“… cửa hàng của chúng tôi ở Amarillo, Texas …”, Walmart thông báo"
])
def test_a_place_named_in_the_words_quoted_is_not_where_they_were_said(news, article, phrase, trigger):
    text = news[article]["text"]
    at = text.find(phrase) + (len(phrase) - len(trigger) if phrase.endswith(trigger) else 0)
    event = next(e for e in extractor.extract(text).events if e.trigger.start == at and e.trigger.text == trigger)
    assert event.location is None
