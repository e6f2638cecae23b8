"""Incidents a read-only tester found dropped or told several times on real sample articles (session 19, issue #6):
fires with nobody named in them, and one crash or fire told in the headline, the lead and later sentences."""
import extractor
from test_event_later_clauses import _event_at, _no_trigger_at  # the real-sentence helpers, not second copies


def _accidents(text):
    return [e for e in extractor.extract(text).events if e.type == "ACCIDENT"]


def test_a_fire_with_nobody_named_is_an_accident(news):
    # vietnews-005088: "Thêm một chiếc xe buýt vừa mới bốc cháy tại Roma ngày 8-5" (the lead; the headline "Xe buýt liên
    # tục bốc cháy bí ẩn giữa Roma" tells it first): one fire, dated
    [fire] = _accidents(news["vietnews-005088"]["text"])
    assert fire.trigger.text == "bốc cháy" and fire.time == "XXXX-05-08"
    assert fire.trigger.start == news["vietnews-005088"]["text"].find("bốc cháy tại Roma")
    # vietnews-015014: "Theo thông tin ban đầu, vụ cháy bùng phát khoảng 16h cùng ngày" (the 23rd, told before)
    fire = _event_at(news["vietnews-015014"]["text"], "bùng phát khoảng 16h", "bùng phát")
    assert fire.type == "ACCIDENT" and fire.time == "XXXX-04-23"
    # vietnews-021579: "Khoảng 13h15 ngày 23/11, …, tàu cao tốc Quang Minh 68 … bất ngờ bốc cháy dữ dội" (its headline
    # "Tàu cao tốc bốc cháy dữ dội ở Quảng Ninh"): one fire
    [fire] = _accidents(news["vietnews-021579"]["text"])
    assert (fire.time, fire.location) == ("XXXX-11-23", "Quảng Ninh")


def test_a_fire_told_as_part_of_another_happening_or_as_a_habit_is_none(news):
    text = news["vietnews-005088"]["text"]
    # "sau khi có tổng cộng 5 chiếc xe buýt bốc cháy": the earlier fires as a time; "có thủ đô … nào mà xe buýt lại bốc cháy
    # thường xuyên như ở Roma": a habit
    assert _no_trigger_at(text, "bốc cháy, nghiệp đoàn", before="5 chiếc xe buýt ")
    assert _no_trigger_at(text, "bốc cháy thường xuyên")
    # vietnews-007562: "Hai tàu chở dầu bị tấn công dẫn tới bốc cháy": the result of an attack
    assert _no_trigger_at(news["vietnews-007562"]["text"], "bốc cháy. Mỹ cáo buộc")
    # … but "trước khi" tells what came next: vietnews-020936 "tài xế vội mở cửa thoát ra ngoài trước khi tàu đâm vào xe"
    assert _event_at(news["vietnews-020936"]["text"], "đâm vào xe", "đâm vào").type == "ACCIDENT"


def test_one_crash_told_in_headline_lead_and_later_sentences_is_one_event(news):
    # vietnews-009531: "Trực thăng cứu hộ chở 9 người rơi ở Nhật Bản" (headline), "Chiếc trực thăng rơi xuống vùng núi …"
    # (lead), "Bộ Quốc phòng Nhật Bản xác nhận trực thăng rơi ở Gunma …": one crash, at the lead; the crashes of "Hồi
    # tháng hai, một chiếc trực thăng đã gặp sự cố và rơi" and "Năm ngoái, một chiếc trực thăng rơi" are others
    text = news["vietnews-009531"]["text"]
    crashes = _accidents(text)
    assert [e.trigger.start for e in crashes] == [text.find("rơi xuống vùng núi"), text.find("rơi chỉ 7 phút"),
                                                  text.find("rơi khi đang tham gia")]
    # (the crash "ở Gunma" is the one "ở Nhật Bản": a place abroad below a country, the more precise kept)
    assert crashes[0].location == "tỉnh Gunma" and crashes[1].time == "XXXX-02"
    # vietnews-022302: "Hai ôtô lao xuống mép sông, một người chết", then "Vào cua gấp, xe giường nằm lao xuống mép sông Cà
    # Mau ở Ninh Bình": one crash, recorded at the lead with its day and place; the bus that hit the coach's owner next
    # ("… tìm cách cứu hộ thì bất ngờ bị xe buýt chạy phía sau tông trúng", session 21) is another
    crash, bus = _accidents(news["vietnews-022302"]["text"])
    assert bus.trigger.text == "tông trúng"
    assert crash.trigger.start == news["vietnews-022302"]["text"].find("lao xuống mép sông Cà Mau")
    assert (crash.time, crash.location) == ("XXXX-03-12", "Ninh Bình")
    # vietnews-004364: "… vụ tai nạn giao thông đặc biệt nghiêm trọng xảy ra trên tuyến QL5, đoạn qua xã Kim Lương", then
    # "khoảng 14h ngày 21-1 … đã xảy ra vụ tai nạn giao thông đường bộ …": one accident with the day and the place
    [crash] = _accidents(news["vietnews-004364"]["text"])
    assert (crash.time, crash.location) == ("XXXX-01-21", "xã Kim Lương")


def test_the_lead_names_who_took_part_in_the_headline_incident(news):
    # vietnews-020571: "Cây bạch đàn bị cưa đổ, đè trúng 3 học sinh" (headline), then "Do bất cẩn trong lúc cưa cây, ông
    # Trí để cây bạch đàn … đè trúng …" (lead): one accident, with the man who felled the tree
    text = news["vietnews-020571"]["text"]
    [accident] = _accidents(text)
    assert accident.trigger.start > text.find("Do bất cẩn")
    assert "Nguyễn Minh Trí" in {p.name for p in accident.participants}


def test_one_more_incident_of_its_kind_stays_its_own(news):
    # vietnews-014964: after the fire at a petrol station, "Cùng thời điểm trên, tại công ty chuyên sản xuất đồ gỗ, … phường
    # Uyên Hưng, … cũng xảy ra cháy lớn": another fire, with its own place
    text = news["vietnews-014964"]["text"]
    other = _event_at(text, "cháy lớn khi công nhân", "cháy")
    assert other.type == "ACCIDENT" and other.location == "phường Uyên Hưng"
    assert _event_at(text, "bùng phát bên trong kho xăng", "bùng phát").location is None


def test_a_headline_that_opens_with_a_fire_or_a_blast_reports_it(news):
    # vietnews-019929: "Cháy kho chứa cồn, khu dân cư hoảng loạn", then "Chiều 27/5, nhiều người hoảng hốt di tản khi lửa
    # kèm tiếng nổ …": the fire, dated by the lead
    [fire] = _accidents(news["vietnews-019929"]["text"])
    assert (fire.trigger.start, fire.trigger.text, fire.time) == (0, "Cháy", "XXXX-05-27")
    # vietnews-019772: "Xưởng vải ở Vĩnh Phúc cháy, lính cứu hoả Hà Nội được huy động" (the word ends the title's first part)
    [fire] = _accidents(news["vietnews-019772"]["text"])
    assert (fire.trigger.text, fire.time, fire.location) == ("cháy", "XXXX-03-24", "Vĩnh Phúc")
    # … not a risk: vietnews-002814 "Nhiều xe khách ở TP. HCM thay đổi thiết kế dễ dẫn tới cháy nổ"
    assert _accidents(news["vietnews-002814"]["text"]) == []


def test_a_headline_incident_is_recorded_at_its_first_telling_in_the_body(news):
    # vietnews-021497: "Cháy gara ở Bình Dương, 5 ôtô bị thiêu rụi", then "Chiều 26/3, đám cháy bùng phát ở phòng sơn xe
    # gara Auto Bình Dương (thị xã Thuận An, Bình Dương)": one fire, with the body's day and place
    text = news["vietnews-021497"]["text"]
    [fire] = _accidents(text)
    assert fire.trigger.start == text.find("đám cháy bùng phát")
    assert (fire.time, fire.location) == ("XXXX-03-26", "thị xã Thuận An")
