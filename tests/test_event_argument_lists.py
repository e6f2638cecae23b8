"""Event arguments of session 16: every name of a list that does the act, or undergoes it, not only the nearest."""
import extractor


def _participants(record, trigger):
    return [{(p.role, p.name) for p in e.participants} for e in record.events if e.trigger.text == trigger]


def test_a_list_of_doers_after_a_passive_marker_are_all_doers(news):
    # vietnews-017584 (events-heldout4): "Huỳnh Anh là hoạt náo viên … . Anh đã có 10 năm gắn bó với công tác Đoàn, …, được
    # Thành đoàn, Trung ương Đoàn khen thưởng": both bodies award him
    record = extractor.extract(news["vietnews-017584"]["text"])
    [award] = _participants(record, "khen thưởng")
    assert {("recipient", "Huỳnh Anh"), ("agent", "Thành đoàn TP. HCM"), ("agent", "Trung ương Đoàn")} <= award


def test_a_comma_list_of_doers_joined_by_a_word_before_or_after_is_one_subject(news):
    # vietnews-017993: "Ngày 23-1, Bộ Xây dựng, UBND TP. HCM cùng các tỉnh, TP trong vùng đã chủ trì Hội nghị công bố …":
    # "cùng các tỉnh" closes the list, both bodies chair it
    record = extractor.extract(news["vietnews-017993"]["text"])
    [meeting] = _participants(record, "Hội nghị")
    assert {("chair", "Bộ Xây dựng"), ("chair", "UBND TP. HCM")} <= meeting
    # vietnews-000527: "Hội Nhà báo Hà Tĩnh phối hợp với Sở T T&T T, Sở VH - TT & DL, UBND thị xã Hồng Lĩnh tổ chức khai
    # mạc …": the "với" of "phối hợp với" governs no list, all four organise it
    record = extractor.extract(news["vietnews-000527"]["text"])
    [opening] = _participants(record, "khai mạc")
    assert {("agent", "Sở T T&T T"), ("agent", "Sở VH - TT & DL"), ("agent", "UBND thị xã Hồng Lĩnh")} <= opening


def test_a_bare_comma_list_after_a_governing_word_is_still_no_subject():
    # hand-made: "Theo Sở Y tế, Sở Tài chính đã kiểm tra …": the report's source does not inspect
    events = extractor.extract("Tin tức\n\nNgày 3/5, theo Sở Y tế tỉnh Long An, Sở Tài chính tỉnh Long An đã kiểm tra "
                               "Công ty Minh Phát.").events
    agents = {p.name for e in events if e.type == "INSPECTION" for p in e.participants if p.role == "agent"}
    assert "Sở Y tế tỉnh Long An" not in agents


def test_the_one_reported_to_is_a_participant_but_not_what_the_report_is_about(news):
    # vietnews-014949: "Nha Trang cũng đã có văn bản số 1156 / UBND - TNMT … báo cáo UBND tỉnh Khánh Hoà về các trường hợp
    # vi phạm xây dựng …": the province's committee is reported to
    record = extractor.extract(news["vietnews-014949"]["text"])
    assert ("participant", "UBND tỉnh Khánh Hoà") in set().union(*_participants(record, "báo cáo"))
    # vietnews-010355: "Philippines triệu đại sứ Mỹ phản đối báo cáo về Tổng thống Duterte": the report is about him
    record = extractor.extract(news["vietnews-010355"]["text"])
    assert not any(p.name == "Rodrigo Duterte" for e in record.events if e.trigger.text == "báo cáo" for p in e.participants)


def test_a_passive_doer_may_be_a_unit_written_in_lower_case_before_its_body(news):
    # vietnews-000135 (events-dev): "khi Quý đang ở nhà nghỉ Thanh Ngân …, thì bị đội Cảnh sát điều tra về tội phạm Công an
    # TP. Pleiku bắt giữ. … Ngay sau đó, Công an TP. Pleiku đã tiến hành bắt giữ Sỹ …": two arrests, Quý's and Sỹ's
    record = extractor.extract(news["vietnews-000135"]["text"])
    arrests = [{(p.role, p.name) for p in e.participants} for e in record.events if e.trigger.text == "bắt giữ"]
    assert any(("suspect", "Đặng Sỹ Quý") in a and ("suspect", "Võ Văn Sỹ") not in a for a in arrests)
    assert any(("suspect", "Võ Văn Sỹ") in a and ("suspect", "Đặng Sỹ Quý") not in a for a in arrests)


def test_a_place_past_a_spot_inside_it_is_where_it_happened(news):
    # vietnews-000135 (events-dev): "Công an TP. Pleiku đã tiến hành bắt giữ Sỹ tại căn nhà trong hẻm đường Phạm Văn Đồng"
    record = extractor.extract(news["vietnews-000135"]["text"])
    assert any(e.location == "đường Phạm Văn Đồng" for e in record.events if e.trigger.text == "bắt giữ"
               and any(p.name == "Võ Văn Sỹ" for p in e.participants))


def test_a_spot_where_someone_lives_gives_no_place():
    # hand-made: "trú tại căn nhà trong hẻm …" says where he lives, not where he was arrested
    events = extractor.extract("Tin tức\n\nNgày 3/5, Công an huyện Long Hồ đã bắt giữ Nguyễn Văn Tuấn (trú tại căn nhà "
                               "trong hẻm đường Phạm Văn Đồng).").events
    assert not any(e.location == "đường Phạm Văn Đồng" for e in events)


def test_an_honorific_opening_a_list_item_keeps_the_list(news):
    # vietnews-005474 (events-dev): "chào đón Nhật hoàng Akihito và hoàng hậu Michiko trên đường thực hiện chuyến thăm chính
    # thức cuối cùng khu mộ hoàng gia": "hoàng hậu" (honorifics.tsv, royal) opens the second name, both visit
    record = extractor.extract(news["vietnews-005474"]["text"])
    [visit] = _participants(record, "chuyến thăm chính thức")
    assert {("agent", "Akihito"), ("agent", "Michiko")} <= visit


def test_the_presence_of_a_list_of_people_names_them_all(news):
    # vietnews-006841: "Trong cuộc họp báo với sự góp mặt của ông Erdogan, Tổng thống Pháp Macron, Thủ tướng Đức Merkel hôm
    # thứ 7 tuần trước, ông Putin tuyên bố …": the three leaders take part
    record = extractor.extract(news["vietnews-006841"]["text"])
    names = {name for _, name in set().union(*_participants(record, "họp báo"))}
    assert {"Macron", "Merkel"} <= names and any("Erdogan" in n for n in names)
