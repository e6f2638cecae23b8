"""Event arguments and duplicates a read-only tester found wrong on real sample articles (session 18, issue #6): one who
reports, judges or speaks of a happening named as a noun takes no part in it; a happening named again (after "trong", by
its bare noun, on the same day and place, an incident by its noun) is the one named before; the address after a spot is
where it happened; a place past ", bị …" is not the trigger's; a sequel right after an incident was found takes its day;
the one a named happening fell on does not do what follows it."""
import extractor
from test_event_later_clauses import _event_at  # the real-sentence helper, not a second copy


def _participants_at(text, phrase):
    """The (role, name) pairs of the events whose trigger starts the first ``phrase`` of ``text``."""
    at = text.find(phrase)
    assert at >= 0
    return {(p.role, p.name) for e in extractor.extract(text).events if e.trigger.start == at for p in e.participants}


def test_one_who_reports_on_a_meeting_named_as_a_noun_takes_no_part_in_it(news):
    # vietnews-011282: "Thứ trưởng Sơn cho biết hội nghị đã giúp truyền tải thông điệp …"; "… dẫn lại lời ông Klaus
    # Schwab, nhà sáng lập … (WEF) cho hay Hội nghị WEF năm nay là sự kiện thành công nhất …": the vice minister and
    # Schwab speak about the conference
    text = news["vietnews-011282"]["text"]
    assert ("participant", "Bùi Thanh Sơn") not in _participants_at(text, "hội nghị đã giúp truyền tải")
    assert ("participant", "Klaus Schwab") not in _participants_at(text, "Hội nghị WEF năm nay là")


def test_one_who_speaks_of_or_reveals_a_meeting_takes_no_part_in_it(news):
    # vietnews-011143: "CNN dẫn lời Michael Anton, phát ngôn viên … hôm 18/7 nói về cuộc gặp chưa từng được công bố";
    # "Hôm 17/7, Ian Bremmer, Chủ tịch Eurasia Group, là người đầu tiên hé lộ cuộc gặp."; the title "Nhà Trắng hé lộ
    # cuộc gặp thứ hai giữa Trump và Putin ở G20": Trump and Putin met, the others tell of it
    text = news["vietnews-011143"]["text"]
    assert ("participant", "Michael Anton") not in _participants_at(text, "cuộc gặp chưa từng được công bố")
    assert ("participant", "Eurasia Group") not in _participants_at(text, "cuộc gặp.")
    title = _participants_at(text, "cuộc gặp thứ hai giữa Trump")
    assert ("participant", "Nhà Trắng") not in title and ("participant", "Vladimir Putin") in title


def test_a_press_conference_named_again_after_in_is_the_one_named_before(news):
    # vietnews-011282: "Ông Sơn nói trong họp báo kết thúc hội nghị WEF ASEAN 2018." and, later, "Thứ trưởng Ngoại giao
    # Bùi Thanh Sơn, trái, và Chủ tịch điều hành WEF Borge Brende, giữa, trong họp báo chiều nay.": one press conference
    text = news["vietnews-011282"]["text"]
    assert text.count("trong họp báo") == 2
    conferences = [e for e in extractor.extract(text).events if e.type == "MEETING" and e.trigger.text == "họp báo"]
    assert len(conferences) == 1


def test_a_blast_named_again_with_nobody_and_no_day_is_the_one_told_before(news):
    # vietnews-007882: "Cảnh sát giao thông Anh xác nhận vụ nổ xảy ra trong … lúc 22h30 ngày 22/5 …" and later "Một số
    # kênh truyền thông đưa tin có hai vụ nổ xảy ra.": the same blast, no second accident
    text = news["vietnews-007882"]["text"]
    assert "có hai vụ nổ xảy ra" in text
    blasts = [e for e in extractor.extract(text).events if e.type == "ACCIDENT" and e.trigger.text == "nổ"]
    assert len(blasts) == 1 and blasts[0].time == "XXXX-05-22"


def test_the_address_after_a_spot_is_where_it_happened(news):
    # vietnews-021497: "Chiều 26/3, đám cháy bùng phát ở phòng sơn xe gara Auto Bình Dương (thị xã Thuận An, Bình
    # Dương)."; 014964: "…, tại công ty chuyên sản xuất đồ gỗ, có địa chỉ tại đường ĐT746, phường Uyên Hưng, …"
    fire = _event_at(news["vietnews-021497"]["text"], "đám cháy bùng phát ở phòng sơn", "đám cháy bùng phát")
    assert fire.location == "thị xã Thuận An"
    fire = _event_at(news["vietnews-014964"]["text"], "cháy lớn khi công nhân ra ngoài", "cháy")
    assert fire.location == "phường Uyên Hưng"


def test_a_commune_with_its_district_in_brackets_stays_the_place(news):
    # vietnews-016671: "… chở đến khu rừng keo tại xã Phú Thọ (huyện Quế Sơn). Tại đây, … Quý đã dùng cây gỗ đánh đập
    # cháu …": the commune, not the bracketed district, though a bracket after a spot gives the place
    beating = _event_at(news["vietnews-016671"]["text"], "đánh đập cháu gãy xương", "đánh đập")
    assert beating.location == "xã Phú Thọ"


def test_an_arrest_right_after_the_attack_was_found_takes_its_day(news):
    # vietnews-000109: "Trước đó, sáng ngày 7/9, Hoàng Văn Líu … dùng dao chém cháu Hoàng Văn V. … . Ngay sau khi phát
    # hiện vụ việc, người dân … phối hợp với công an xã bắt giữ Líu khi đối tượng bỏ trốn."
    arrest = _event_at(news["vietnews-000109"]["text"], "bắt giữ Líu", "bắt giữ")
    assert arrest.time == "XXXX-09-07"


def test_the_one_a_named_happening_fell_on_does_not_do_what_follows(news):
    # vietnews-003368: "Vụ việc hành hung L. và bạn cùng lớp được một người quay video và sau đó đăng lên mạng xã hội.":
    # the beaten girl posts nothing; the one who posted it is not named
    text = news["vietnews-003368"]["text"]
    assert ("agent", "L.T. L.") not in _participants_at(text, "đăng lên mạng xã hội")


def test_a_place_after_a_comma_and_bi_is_not_the_prizes(news):
    # vietnews-010224: "Bà Aung San Suu Kyi, …, từng đoạt giải Nobel Hoà bình năm 1991 vì vận động cho dân chủ, bị chỉ
    # trích vì không lên tiếng phản đối hoạt động của quân đội ở bang Rakhine.": Rakhine is where the army acts
    prize = _event_at(news["vietnews-010224"]["text"], "đoạt giải Nobel Hoà bình năm 1991", "đoạt giải")
    assert prize.time == "1991" and prize.location is None


def test_a_session_named_again_by_its_bare_noun_is_the_one_named_before(news):
    # vietnews-014823: "Tại Phiên họp thứ 36, Uỷ ban Thường vụ Quốc hội sẽ tổ chức phiên chất vấn …" then "Chủ tịch Quốc
    # hội Nguyễn Thị Kim Ngân khai mạc phiên họp và …": one session
    text = news["vietnews-014823"]["text"]
    assert "khai mạc phiên họp và" in text
    sessions = [e for e in extractor.extract(text).events if e.type == "MEETING" and e.trigger.text.lower() == "phiên họp"]
    assert len(sessions) == 1


def test_those_a_dialogue_named_again_is_the_setting_of_take_part_in_it(news):
    # vietnews-014603: "Trong buổi đối thoại với người dân, lãnh đạo UBND TP. Đà Nẵng …" then "Trong buổi đối thoại, nói
    # về nguyên nhân gây bức xúc tại bãi rác Khánh Sơn, ông Tô Văn Hùng, Giám đốc sở TN & MT … cho biết": one dialogue,
    # in which Hùng spoke; the dump is what he spoke of, not where it was held
    dialogue = _event_at(news["vietnews-014603"]["text"], "đối thoại với người dân", "đối thoại")
    assert ("participant", "Tô Văn Hùng") in {(p.role, p.name) for p in dialogue.participants}
    assert dialogue.location is None
    text = news["vietnews-014603"]["text"]
    assert sum(e.type == "MEETING" and e.trigger.text == "đối thoại" for e in extractor.extract(text).events) == 1


def test_a_press_conference_of_the_same_day_and_place_is_one(news):
    # vietnews-005452: "… ông Amar Singh - Giám đốc Cục Điều tra tội phạm Thương mại …, giải thích trong cuộc họp báo ngày
    # hôm nay 27-6 tại thủ đô Kuala Lumpur." and the caption "… công bố hình ảnh các món đồ thu giữ từ gia đình cựu thủ
    # tướng Najib Razak trong cuộc họp báo ngày 27-6 tại thủ đô Kuala Lumpur": one press conference, Najib not at it
    text = news["vietnews-005452"]["text"]
    conferences = [e for e in extractor.extract(text).events if e.type == "MEETING" and e.trigger.text == "họp báo"]
    assert len(conferences) == 1
    assert "Najib Razak" not in {p.name for p in conferences[0].participants}
