"""Organisations and places of blind11's errors (corpus/entities11, session 23) and the sample articles the 800-sample
diffs of those fixes changed, each on its article's sentence; hand-made sentences are marked."""
from test_entities_entop20 import _bodies, _places  # the helpers of the session-20 tests, not second copies


def test_a_high_speed_railway_is_a_place_of_its_own(record_of):
    # "… nâng cấp, hiện đại hóa tuyến đường sắt Bắc Nam … nghiên cứu phương án khả thi đường sắt cao tốc Bắc Nam để trình
    # Quốc hội …" (vietnews-021067, stored decomposed)
    places = _places(record_of("vietnews-021067"))
    assert places["đường sắt cao tốc Bắc Nam"].kind == "railway"
    assert places["tuyến đường sắt Bắc Nam"].kind == "railway"


def test_the_planned_high_speed_railway_of_another_article(record_of):
    # "… cần khẩn trương xây dựng đường sắt cao tốc Bắc Nam để đáp ứng yêu cầu vận chuyển …" (vietnews-020122)
    assert _places(record_of("vietnews-020122"))["đường sắt cao tốc Bắc Nam"].kind == "railway"


def test_an_irrigation_canal_is_a_place(record_of):
    # "… hố nước sâu này thuộc kênh thuỷ lợi Ngàn Trươi vừa xây xong …" (vietnews-003377)
    assert "kênh thuỷ lợi Ngàn Trươi" in _places(record_of("vietnews-003377"))


def test_lines_named_by_their_ends_are_one_place_each(record_of):
    # "… xây dựng mới các tuyến Lào Cai - Hà Nội, Hà Nội - Hải Phòng, Hà Nội - Đồng Đăng, Biên Hòa - Vũng Tàu, Sài Gòn -
    # Cần Thơ, cảng Hải Phòng - Lạch Huyện, …" and "… các tuyến đường sắt Hà Nội - Vinh, Vinh - Đồng Hới, Đà Nẵng - Nha
    # Trang, Nha Trang - TP HCM, Hà Nội - Lào Cai, Kép - Hạ Long - Cái Lân..." (vietnews-021067)
    places = _places(record_of("vietnews-021067"))
    for line in ("Lào Cai - Hà Nội", "Hà Nội - Hải Phòng", "Biên Hòa - Vũng Tàu", "Sài Gòn - Cần Thơ",
                 "cảng Hải Phòng - Lạch Huyện", "Hà Nội - Lào Cai", "Nha Trang - TP HCM", "Kép - Hạ Long - Cái Lân"):
        assert line in places
    assert places["Vinh - Đồng Hới"].kind == "railway"
    # the towns at the ends are no mentions of their own, and the axis is not the railway of the same ends
    assert "Hà Nội" not in places and "Vinh" not in places and "cảng Hải Phòng" not in places
    assert "Bắc - Nam" in places  # "… trên toàn trục Bắc - Nam; …"


def test_a_bus_route_named_by_its_ends(record_of):
    # "… tổ chức vận tải hành khách trên tuyến Hà Nội - Hải Phòng theo hướng …" (vietnews-022378)
    places = _places(record_of("vietnews-022378"))
    assert "Hà Nội - Hải Phòng" in places and "Hà Nội" in places


def test_a_section_keeps_its_stops(record_of):
    # hand-made: "đoạn" (a section) is no line word; its stops stay places of their own
    import extractor

    places = _places(extractor.extract("Dự án tuyến số 2A đoạn Cát Linh - Hà Đông chậm tiến độ."))
    assert "Hà Đông" in places and "Cát Linh - Hà Đông" not in places


def test_a_polling_firm_is_a_body(record_of):
    # "Theo kết quả khảo sát do Gallup thực hiện, 58% trong hơn 1.000 người Mỹ …" (vietnews-008610)
    assert "Gallup" in _bodies(record_of("vietnews-008610"))


def test_a_known_paper_inside_an_exercises_name_is_no_body(record_of):
    # "… hoãn vô thời hạn cuộc tập trận quân sự thường niên mang tên Ulchi Freedom Guardian …" (vietnews-007316)
    assert "Guardian" not in _bodies(record_of("vietnews-007316"))


def test_a_signature_after_a_foreign_word_stays_a_body(record_of):
    # "Công nghệ mới chống phim lậu trên Internet TTO - Các nhà nghiên cứu …" (vietnews-018628)
    tto = _bodies(record_of("vietnews-018628"))["TTO"]
    assert len(tto.mentions) == 4


def test_the_white_house_visited_is_a_place(record_of):
    # "… không công bố danh sách khách mời thăm Nhà Trắng …", "… ở Nhà Trắng này …" (vietnews-012764)
    record = record_of("vietnews-012764")
    assert _places(record)["Nhà Trắng"].kind == "building"
    assert "Nhà Trắng" not in _bodies(record)


def test_the_white_house_acting_stays_a_body(record_of):
    # "… khi Steve Bannon tiêm nhiễm vào Nhà Trắng tư tưởng bài Do Thái …" (vietnews-010358): not a word of place
    record = record_of("vietnews-010358")
    assert "Nhà Trắng" in _bodies(record) and "Nhà Trắng" not in _places(record)


def test_a_bodys_name_runs_to_its_short_form(record_of):
    # "… Nhóm Công dân vì Trách nhiệm và Đạo đức ở Washington (CREW) cùng Viện Nghiên cứu …", later "… giám đốc điều
    # hành CREW cho biết" (vietnews-012764)
    record = record_of("vietnews-012764")
    crew = _bodies(record)["Nhóm Công dân vì Trách nhiệm và Đạo đức ở Washington"]
    assert crew.abbreviation == "CREW" and "CREW" not in _bodies(record)
    assert "Washington" not in _places(record)


def test_the_sea_of_japan_is_no_mention_of_the_country(record_of):
    # "… phóng tên lửa đạn đạo từ một vị trí gần Sunan, Bình Nhưỡng, về phía biển Nhật Bản.", later "… Ngoại trưởng Nhật
    # Taro Kono …" (vietnews-008610)
    places = _places(record_of("vietnews-008610"))
    assert "biển Nhật Bản" in places and places["Nhật"].kind == "country"


def test_a_building_named_after_toa_nha(record_of):
    # "… đã tụ tập dưới chân toà nhà Puck ở Manhattan tối ngày 28/11 …" (vietnews-010358)
    assert _places(record_of("vietnews-010358"))["toà nhà Puck"].kind == "building"


def test_a_bodys_building_names_the_body():
    # hand-made: the building of a body is named by the body, which stays a body
    import extractor

    record = extractor.extract("Cuộc họp diễn ra tại toà nhà UBND TP Hà Nội chiều nay.")
    assert "UBND TP Hà Nội" in _bodies(record) and not any("UBND" in name for name in _places(record))
