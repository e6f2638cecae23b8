"""People, titles, organisations and places of blind10's errors (corpus/entities10, session 22) and the sample
articles the 800-sample diffs of those fixes changed, each on its article's sentence; hand-made sentences are marked."""
from test_entities_entop20 import _bodies, _nfc, _places  # the helpers of the session-20 tests, not second copies


def _people(record) -> dict:
    return {_nfc(p.name): p for p in record.people}


def test_a_general_is_named_after_the_rank_word(record_of):
    # "Chỉ huy nổi tiếng của quân đội Syria, tướng Suhel Hassan là người đứng đầu chiến dịch …" (vietnews-006446)
    suhel = _people(record_of("vietnews-006446"))["Suhel Hassan"]
    assert [t.text for t in suhel.titles] == ["người đứng đầu"]


def test_a_generals_name_keeps_its_middle_initial(record_of):
    # "… muốn tháo dỡ tượng tướng Robert E. Lee, người lãnh đạo Liên minh miền Nam, …" (vietnews-011228)
    people = _people(record_of("vietnews-011228"))
    assert "Robert E. Lee" in people and "Robert E." not in people


def test_the_rank_word_inside_a_longer_rank_leaves_the_title_linked(record_of):
    # "Tổng giám đốc Tập đoàn Viettel - thiếu tướng Nguyễn Mạnh Hùng cho rằng …" (vietnews-005936): "tướng" ends
    # "thiếu tướng", one rank, between the title and the name
    hung = _people(record_of("vietnews-005936"))["Nguyễn Mạnh Hùng"]
    assert "Tổng giám đốc Tập đoàn Viettel" in [t.text for t in hung.titles]


def test_a_friendly_country_is_the_place(record_of):
    # "… sau 9 năm phục vụ trong quân ngũ và sang nước bạn Lào tình nguyện, …" (vietnews-003603)
    assert _places(record_of("vietnews-003603"))["Lào"].kind == "country"


def test_the_country_of_soldiers_is_the_place(record_of):
    # "Lính Mỹ trong một cuộc tuần tra ở Afghanistan. Mỹ bị nghi đã thẩm vấn tù nhân …" (vietnews-009145)
    assert _places(record_of("vietnews-009145"))["Mỹ"].kind == "country"


def test_an_international_court_keeps_its_scope_and_short_form(record_of):
    # "Công tố viên trưởng Toà Hình sự quốc tế (ICC) nói …", later "ICC sẽ tham gia cuộc điều tra …" (vietnews-009145)
    bodies = _bodies(record_of("vietnews-009145"))
    assert "Toà Hình sự" not in bodies and "ICC" not in bodies
    assert "ICC" in {m.text for m in bodies["Toà Hình sự quốc tế"].mentions}


def test_the_court_of_arbitration_is_a_body(record_of):
    # "… hành động bác bỏ phán quyết của Toà Trọng tài trong vụ kiện Biển Đông." (vietnews-008499)
    assert "Toà Trọng tài" in _bodies(record_of("vietnews-008499"))


def test_a_pen_name_in_brackets_is_a_form_of_the_person(record_of):
    # "hai phóng viên báo Khánh Hoà là Tạ Văn Long (bút danh Thành Long) và Phạm Thế Anh (Thế Anh) …", later "Một đối
    # tượng còn hành hung phóng viên Thành Long …" (vietnews-002932)
    people = _people(record_of("vietnews-002932"))
    assert "Thành Long" not in people
    assert [m.text for m in people["Tạ Văn Long"].mentions].count("Thành Long") == 2


def test_a_place_in_a_statutes_name_is_no_place(record_of):
    # "Mỹ không phê chuẩn Quy chế Rome của ICC, …" (vietnews-009145)
    assert "Rome" not in _places(record_of("vietnews-009145"))


def test_a_place_in_a_conventions_name_is_no_place(record_of):
    # "… ông Kriener đã vi phạm Công ước Vienna về Quan hệ Ngoại giao, …" (vietnews-010219)
    places = _places(record_of("vietnews-010219"))
    assert "Vienna" not in places and "Venezuela" in places


def test_a_missile_systems_model_is_no_body(record_of):
    # "Quan chức Thổ Nhĩ Kỳ xác nhận tổ hợp S -400 đầu tiên sẽ được lắp đặt …" (vietnews-008051)
    assert not [name for name in _bodies(record_of("vietnews-008051")) if name.startswith("tổ hợp")]


def test_the_governments_troops_are_no_mention_of_the_government(record_of):
    # "… lực lượng quân Chính phủ tiến hành một chiến dịch chuyên nghiệp …" (vietnews-006446)
    bodies = _bodies(record_of("vietnews-006446"))
    assert "Chính phủ" not in bodies and "quân đội Chính phủ Syria" in bodies


def test_the_government_is_still_a_body_in_the_prime_ministers_title(record_of):
    # "thực hiện quyết định số 62 của Thủ tướng Chính phủ về chế độ, …" (vietnews-003603)
    assert "Chính phủ" in _bodies(record_of("vietnews-003603"))


def test_dalian_is_a_city(record_of):
    # "Nhà lãnh đạo Kim Jong-un đã đến thăm Trung Quốc ba lần …, hai lần đến Bắc Kinh và một lần đến Đại Liên."
    # (vietnews-006612)
    assert _places(record_of("vietnews-006612"))["Đại Liên"].kind == "city"


def test_a_foreign_place_its_article_opens_before_its_country(record_of):
    # "… ra trước vành móng ngựa của ICC tại The Hague, Hà Lan." (vietnews-009145)
    places = _places(record_of("vietnews-009145"))
    assert "The Hague" in places and "Hà Lan" in places
