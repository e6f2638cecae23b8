"""Happenings vnx missed on real sample articles a read-only tester found (session 20, issue #6): victims named in the
sentences after the one that tells the happening, drownings and head-on collisions, cancellations, treatments, and attacks
done by an armed force."""
import extractor
from extractor.text import fold
from test_event_later_clauses import _event_at, _no_trigger_at  # the real-sentence helpers, not second copies


def _roles(event):
    return {(p.role, p.name) for p in event.participants}


def test_victims_named_by_the_next_sentence_take_part(news):
    # vietnews-015257: "… đơn vị vừa tiếp nhận 4 trường hợp nhập viện cấp cứu nghi do bị ngộ độc. Các bệnh nhân là: Nguyễn
    # Văn Ái, Nguyễn Mạnh và Hồ Văn Hường (…)"
    poisoning = _event_at(news["vietnews-015257"]["text"], "ngộ độc. Các bệnh nhân", "ngộ độc")
    assert poisoning.type == "ACCIDENT"
    assert _roles(poisoning) == {("victim", "Nguyễn Văn Ái"), ("victim", "Nguyễn Mạnh"), ("victim", "Hồ Văn Hường")}
    # vietnews-021763: "Ba học sinh được tìm thấy sau tai nạn đuối nước. Ba em Nguyễn Văn Hưng, Lê Viết Cường, Lê Phước
    # Nhật (…) không may bị sóng cuối trôi." (a count and the names, no link)
    drowning = _event_at(news["vietnews-021763"]["text"], "tai nạn đuối nước", "tai nạn")
    assert drowning.type == "ACCIDENT" and drowning.time == "XXXX-03-26"
    assert _roles(drowning) == {("victim", "Nguyễn Văn Hưng"), ("victim", "Lê Viết Cường"), ("victim", "Lê Phước Nhật")}
    # vietnews-000903: "… điều tra vụ án giết người xảy ra vào ngày 10/7 tại cửa hàng xăng dầu Quỳnh Giang … . Nạn nhân là
    # chị Trần Thị Ph. (…)": the killing, its victim named next
    killing = _event_at(news["vietnews-000903"]["text"], "giết người xảy ra", "giết")
    assert killing.type == "OTHER" and killing.time == "XXXX-07-10"
    assert ("victim", "Trần Thị Ph") in _roles(killing)


def test_a_list_named_next_runs_past_the_initials_that_end_a_segment(news):
    # vietnews-004163: "Hai nạn nhân bị nước cuốn trôi mất tích trong đêm 8-5 … . Sáng 9-5, … đến nhà 2 học sinh bị nước
    # cuốn trôi để hỏi thăm … . Hai học sinh được xác định là N.H. M.Q. (16 tuổi) học lớp 10A6 và Đ. X.K. (16 tuổi) …":
    # the segmenter ends sentences at the initials; both are victims of the drowning the lead tells, on the 8th
    swept = _event_at(news["vietnews-004163"]["text"], "cuốn trôi mất tích", "cuốn trôi")
    assert swept.type == "ACCIDENT" and swept.time == "XXXX-05-08"
    assert _roles(swept) == {("victim", "N.H. M.Q."), ("victim", "Đ. X.K.")}


def test_the_ones_named_two_sentences_later_after_a_qualified_noun_take_part(news):
    # vietnews-015056: "… có thêm 1 nạn nhân trong vụ xe khách tông 5 người ở khu vực chợ … tử vong. Nâng số nạn nhân tử
    # vong lên 4 người. Ba nạn nhân tử vong tại chỗ gồm: Phạm Thị H. (…), Phạm Văn Th. (…), …"
    crash = _event_at(news["vietnews-015056"]["text"], "tông 5 người", "tông")
    assert crash.type == "ACCIDENT" and ("victim", "Phạm Thị H.") in _roles(crash)
    # vietnews-016528: "… cùng vợ kế ngược đãi, đánh đập con trai gây thương tích … . Ngày 7-11, TAND TP Hà Nội đưa bị cáo
    # Trần Hoài Nam … ra xét xử phúc thẩm … . Bị hại trong vụ án là cháu T.N. K. (10 tuổi) …"
    beating = _event_at(news["vietnews-016528"]["text"], "đánh đập con trai", "đánh đập")
    assert {("suspect", "Trần Hoài Nam"), ("victim", "T.N. K.")} <= _roles(beating)
    # vietnews-000951: "… đang tạm giữ 9 đối tượng trong đường dây cưỡng đoạt … . Đối tượng cầm đầu là Nguyễn Thanh Tấn, …,
    # cùng các đồng phạm khác gồm: Nguyễn Thị Ca (SN 1975), …"
    held = _event_at(news["vietnews-000951"]["text"], "tạm giữ 9 đối tượng", "tạm giữ")
    assert {("suspect", "Nguyễn Thanh Tấn"), ("suspect", "Nguyễn Thị Ca")} <= _roles(held)


def test_an_incident_told_in_a_report_takes_the_incident_day_of_the_lead(news):
    # vietnews-015085: "… bất ngờ sạt xuống trong đêm 14/3 …" (the lead), then "Sáng 15/3, lãnh đạo xã Yến Dương … cho biết
    # trên địa bàn vừa xảy ra vụ sạt lở khiến 2 chị em … tử vong."
    landslide = _event_at(news["vietnews-015085"]["text"], "sạt lở khiến 2 chị em", "sạt lở")
    assert landslide.type == "DISASTER" and landslide.time == "XXXX-03-14"


def test_suspects_named_next_fall_to_the_act_not_to_its_aim(news):
    # vietnews-016986: "… bắt khẩn cấp hai nghi can để điều tra về hành vi cố ý gây thương tích … . Hai nghi can gồm
    # Nguyễn Thành Đạt (21 tuổi) và Tạ Danh Tiềm (22 tuổi) …": the arrest's suspects; the investigation is its aim
    # (the arrest the lead told, "Cơ quan công an Đồng Nai vừa bắt giữ hai nghi can", is this one: one event since
    # session 21, recorded at the lead)
    text = news["vietnews-016986"]["text"]
    arrest = _event_at(text, "bắt giữ hai nghi can", "bắt giữ")
    assert {("suspect", "Nguyễn Thành Đạt"), ("suspect", "Tạ Danh Tiềm")} <= _roles(arrest)
    assert _no_trigger_at(text, "điều tra về hành vi cố ý")
    # vietnews-000135: the title "Khởi tố hai đối tượng buôn bán ma tuý …" is retold by its lead ("Hai đối tượng Sỹ và Quý
    # …"): no event of its own, the prosecution stays in the body
    assert _no_trigger_at(news["vietnews-000135"]["text"], "Khởi tố hai đối tượng")


def test_a_cancellation_by_a_named_doer_is_a_happening(news):
    # vietnews-005350: "Hồi tháng 5 năm ngoái ông Trump đã huỷ bỏ một dự thảo khung bản thoả thuận …"
    cancelled = _event_at(news["vietnews-005350"]["text"], "huỷ bỏ một dự thảo", "huỷ bỏ")
    assert cancelled.type == "OTHER" and ("agent", "Trump") in _roles(cancelled)
    # vietnews-011067: "Tổng thống Mỹ hôm 17/1 huỷ bỏ vào phút chót kế hoạch tới Bỉ và Afghanistan …"
    cancelled = _event_at(news["vietnews-011067"]["text"], "huỷ bỏ vào phút chót", "huỷ bỏ")
    assert cancelled.time == "2019-01-17" and ("agent", "Donald Trump") in _roles(cancelled)


def test_decisions_called_off_or_rescinded_by_a_signed_document_are_no_cancellation(news):
    # vietnews-019942: "Hàng loạt quyết định về chức vụ của ông Lê Phước Hoài Bảo … bị thu hồi, huỷ bỏ." (he is no doer);
    # "Chủ tịch UBND tỉnh Quảng Nam Đinh Văn Thu vừa ký văn bản thu hồi, huỷ bỏ các quyết định …" (the signing is the act)
    text = news["vietnews-019942"]["text"]
    assert _no_trigger_at(text, "huỷ bỏ.", before="bị thu hồi, ")
    assert _no_trigger_at(text, "huỷ bỏ các quyết định", before="văn bản thu hồi, ")


def test_an_armed_force_is_the_doer_of_an_attack_but_no_other_body(news):
    # vietnews-006970: "Khi không quân Syria tấn công mục tiêu quân sự quan trọng này, các thùng đựng chlorine đã phát nổ."
    attack = _event_at(news["vietnews-006970"]["text"], "tấn công mục tiêu quân sự", "tấn công")
    assert attack.type == "OTHER" and ("suspect", "không quân Syria") in _roles(attack)
    # vietnews-007646 (title): "Cảnh sát Pháp nói ' vô tình ' tấn công nam thanh niên da màu bằng dùi cui"
    attack = _event_at(news["vietnews-007646"]["text"], "tấn công nam thanh niên", "tấn công")
    assert ("suspect", "Cảnh sát Pháp") in _roles(attack)
    # vietnews-004611: "Lầu Năm Góc … gọi là “chiến dịch” tấn công gần đây của Iran" (it reports); 009823: "… từ đó tấn
    # công vào tây Mosul" after "Giành lại đại học Mosul" (a place read as a body, and an aim)
    assert _no_trigger_at(news["vietnews-004611"]["text"], "tấn công gần đây của Iran")
    assert _no_trigger_at(news["vietnews-009823"]["text"], "tấn công vào tây Mosul")


def test_a_hospital_treating_patients_successfully_is_a_happening(news):
    # vietnews-020790: "Bệnh viện Bạch Mai (Hà Nội) vừa điều trị thành công cho hai bệnh nhân trên 60 tuổi và 80 tuổi …"
    treated = _event_at(news["vietnews-020790"]["text"], "điều trị thành công", "điều trị thành công")
    assert treated.type == "OTHER" and _roles(treated) == {("agent", "Bệnh viện Bạch Mai")}


def test_a_head_on_collision_of_vehicles_is_an_accident(news):
    # vietnews-021604: "Hai xe máy đấu đầu, 3 người tử vong" (title), "… hai xe máy chở 4 nam thanh niên … rồi đấu đầu tại
    # thị xã Sơn Tây, Hà Nội, khiến 3 người tử vong.": one crash, on the 11th
    crashes = [e for e in extractor.extract(news["vietnews-021604"]["text"]).events if e.type == "ACCIDENT"]
    assert [(fold(e.trigger.text), e.time) for e in crashes] == [(fold("đấu đầu"), "XXXX-10-11")]  # (written decomposed)


def test_the_one_whose_kin_the_list_names_is_not_in_it():
    # hand-made, after vietnews-002978: "Các nạn nhân tử vong được xác định là Mai (28 tuổi) và Bách (4 tuổi), là vợ và
    # con của bệnh nhân Đặng Ngọc Vạn."
    text = ("Sáng 16-9, Bệnh viện Hoàn Mỹ Đà Nẵng tiếp nhận 3 bệnh nhân nghi bị ngộ độc thực phẩm. Các nạn nhân tử vong được "
            "xác định là Nguyễn Thị Mai (28 tuổi) và Trần Văn Bách (4 tuổi), là vợ và con của bệnh nhân Đặng Ngọc Vạn.")
    [poisoning] = [e for e in extractor.extract(text).events if e.type == "ACCIDENT"]
    assert _roles(poisoning) == {("victim", "Nguyễn Thị Mai"), ("victim", "Trần Văn Bách")}
