"""(person, title) pairs on the real sample articles, session 22 (issue #5: recall of pairs): title heads and title
patterns vnx missed in sample articles of no gold set, each tested on its article; hand-made sentences are marked."""
from test_pairs20 import _titles  # the helper of the session-20 tests, not a second copy


def test_a_head_of_state_is_a_title(record_of):
    # "Bảo Đại lúc đó giữ vị trí quốc trưởng chính quyền Việt Nam thuộc khối Liên hiệp Pháp"
    assert "quốc trưởng" in _titles(record_of("vietnews-010803"))["Bảo Đại"]


def test_a_chief_strategist_is_a_title(record_of):
    # "… như việc chánh văn phòng Reince Priebus hay chiến lược gia trưởng Steve Bannon từ chức."
    titles = _titles(record_of("vietnews-010602"))
    assert titles["Steve Bannon"] == ["chiến lược gia trưởng"]
    assert titles["Reince Priebus"] == ["chánh văn phòng"]


def test_the_leader_of_a_group_is_a_title(record_of):
    # "… đã ra sân bay chào đón thủ lĩnh đối lập Juan Guaido trở về."
    assert "thủ lĩnh đối lập" in _titles(record_of("vietnews-010219"))["Juan Guaido"]
    # "Thủ lĩnh ban nhạc rock Dragons, Dan Reynolds chia sẻ: …"
    assert _titles(record_of("vietnews-001622"))["Dan Reynolds"][0].startswith("Thủ lĩnh")


def test_irans_supreme_leader_is_a_title_with_its_country(record_of):
    # "Đại giáo chủ Iran Ali Khamenei đứng gần một hệ thống tên lửa …"
    assert _titles(record_of("vietnews-004909"))["Ali Khamenei"] == ["Đại giáo chủ Iran"]


def test_a_leader_of_a_body_is_a_title(record_of):
    # "Bà Aung San Suu Kyi, lãnh đạo chính phủ Myanmar, từng đoạt giải Nobel Hoà bình năm 1991 …"
    assert _titles(record_of("vietnews-010224"))["Aung San Suu Kyi"] == ["lãnh đạo chính phủ Myanmar"]
    # "… ông Raúl Castro sẽ tiếp tục " đồng hành với người kế nhiệm " trong vai trò lãnh đạo Đảng Cộng sản Cuba."
    assert "lãnh đạo Đảng Cộng sản Cuba" in _titles(record_of("vietnews-005571"))["Raúl Castro"]


def test_a_leader_alone_before_a_name_stays_no_title_hand_made():
    import extractor

    # hand-made: "lãnh đạo" with no body or country after it describes, names no office
    record = extractor.extract("Lãnh đạo Kim Jong-un hôm qua chào đón đoàn khách.")
    assert all(not p.titles for p in record.people)


def test_one_word_deputy_heads_abbots_and_coordinators_are_titles(record_of):
    # "ông Lê Viết Khuyến – nguyên Vụ phó vụ Giáo dục đại học (bộ Giáo dục và Đào tạo) cho rằng …"
    assert _titles(record_of("vietnews-015267"))["Lê Viết Khuyến"][0].startswith("nguyên Vụ phó")
    # "Sư Thích Diệu Tĩnh, trụ trì chùa Thiên Tâm cho biết, …"
    assert _titles(record_of("vietnews-020218"))["Thích Diệu Tĩnh"] == ["trụ trì"]
    # "bà Bụi Thị Thu Hiền, điều phối viên chính của IUCN (Liên minh Bảo tồn Thiên nhiên Quốc tế), cho rằng …"
    assert _titles(record_of("vietnews-002769"))["Bụi Thị Thu Hiền"][0].startswith("điều phối viên")


def test_a_commander_before_a_groups_name_makes_no_person(record_of):
    # "Cuối tuần trước, chỉ huy Abu Sayyaf lên tiếng nhận trách nhiệm …": "chỉ huy" is no title head
    assert "Abu Sayyaf" not in _titles(record_of("vietnews-021397"))


def test_a_member_or_representative_of_a_body_not_read_whole_keeps_the_relation(record_of):
    # "bà Đậu Thị Ngọc, đại diện công ty CP sự kiện truyền thông Thăng Long (đơn vị tổ chức liveshow …) nói …"
    assert _titles(record_of("vietnews-015498"))["Đậu Thị Ngọc"][0].startswith("đại diện")
    # "… Phan Thị Hoa Mai, thành viên hội đồng thành viên của MobiFone."
    assert _titles(record_of("vietnews-000593"))["Phan Thị Hoa Mai"][0].startswith("thành viên")


def test_a_member_of_nothing_said_stays_no_title(record_of):
    # "Cô Kim Yo - jong là thành viên đầu tiên trong gia tộc họ Kim …" (people_context.yaml bodiless_relations)
    titles = _titles(record_of("vietnews-008816"))["Kim Yo - jong"]
    assert titles and not any(t.startswith("thành viên") for t in titles)
