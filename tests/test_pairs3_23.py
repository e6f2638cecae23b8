"""(person, title) pairs and organisations on the real sample articles, session 23 (issue #5): title bodies and
organisation boundaries vnx cut short, each tested on its article; hand-made sentences are marked."""
from test_pairs20 import _titles  # the helper of the session-20 tests, not a second copy


def _organizations(record) -> list[str]:
    return [o.name for o in record.organizations]


def test_a_title_glued_to_the_plain_word_opening_its_sentence(record_of):
    # "… khả năng xung đột với Nga. Chính Phát ngôn viên bộ Quốc phòng Nga Igor Kanashenkov từng đưa ra lời cảnh báo …"
    # (the word segmentation made one word of "Chính Phát")
    assert _titles(record_of("vietnews-006498"))["Igor Kanashenkov"] == ["Phát ngôn viên bộ Quốc phòng Nga"]


def test_a_leader_before_his_name_is_the_country_leader_written_bare_elsewhere(record_of):
    # "… Nhà lãnh đạo Kim Jong-un đã đến thăm Trung Quốc ba lần trong năm nay …" and "… ông Tập đều có cuộc thảo luận
    # trực tiếp với lãnh đạo Triều Tiên …" (corpus/entities10: "[Nhà lãnh đạo] Kim Jong-un" is a form of his title)
    assert _titles(record_of("vietnews-006612"))["Kim Jong-un"] == ["lãnh đạo Triều Tiên"]
    # "Ông Kim Jong - nam, anh trai cùng cha khác mẹ của lãnh đạo Triều Tiên, …" and "… lãnh đạo Kim Jong-un, cho …"
    assert _titles(record_of("vietnews-008644"))["Kim Jong-un"] == ["lãnh đạo Triều Tiên"]


def test_a_leader_before_his_name_takes_no_country_a_head_of_state_may_hold(record_of):
    # "Nhà lãnh đạo Mỹ đang phải đối phó với …" is Trump ("Tổng thống Trump", no country written with it), not the
    # "nhà lãnh đạo Kim Jong-un" of the same article
    assert _titles(record_of("vietnews-007140"))["Kim Jong-un"] == []


def test_a_countrys_armed_forces_are_a_body(record_of):
    # "" Lực lượng vũ trang Iran đã được chuẩn bị hơn bao giờ …" (corpus/entities9: a body; the segmenter made one word of
    # "Lực lượng vũ trang", so the head "Lực lượng" opened nothing)
    assert "Lực lượng vũ trang Iran" in _organizations(record_of("vietnews-007814"))
    # "… lực lượng vũ trang Syria dưới sự hậu thuẫn của Nga đã giành được quyền kiểm soát …"
    assert "lực lượng vũ trang Syria" in _organizations(record_of("vietnews-006841"))


def test_armed_forces_without_a_name_stay_a_common_noun_hand_made():
    import extractor

    # hand-made: the honour "Anh hùng Lực lượng vũ trang nhân dân" names no body
    assert not extractor.extract("Ông được phong tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân.").organizations


def test_an_ambiguous_head_opening_a_sentence_takes_its_field_and_country_before_a_verb_of_reporting(record_of):
    # "Cơ quan quản lý di trú Malaysia thông báo đã liệt tên của vợ chồng cựu thủ tướng Malaysia Najib Razak …"
    # (the body was read only from its later short form "Cơ quan di trú Malaysia")
    assert "Cơ quan quản lý di trú Malaysia" in _organizations(record_of("vietnews-004790"))


def test_a_government_written_in_lower_case_before_its_country_is_a_body(record_of):
    # "… trong bối cảnh Nga hậu thuẫn chính phủ Syria tấn công vào các khu vực …" (corpus/entities10: a body)
    assert "chính phủ Syria" in _organizations(record_of("vietnews-007036"))
    # "Hồi đầu tuần (25/12), chính phủ Nhật Bản đã công khai danh sách những …"
    assert "chính phủ Nhật Bản" in _organizations(record_of("vietnews-006639"))


def test_a_foreign_government_is_not_the_government_written_alone_before_it(record_of):
    # Việt Nam's "Chính phủ", written alone twenty times, then "… một cuộc họp của chính phủ Estonia kéo dài tới 4-5 giờ"
    names = _organizations(record_of("vietnews-020560"))
    assert "Chính phủ" in names and "chính phủ Estonia" in names


def test_a_government_in_lower_case_alone_stays_a_common_noun_hand_made():
    import extractor

    # hand-made: no country after it
    assert not extractor.extract("Người dân mong chính phủ sớm có chính sách hỗ trợ.").organizations


def test_a_government_in_lower_case_after_a_word_for_troops_is_the_army(record_of):
    # "… phiến quân Taliban, quân đội chính phủ Afghanistan, CIA và lính Mỹ dường như đều phạm tội ác chiến tranh."
    # (corpus/entities10: the army "quân đội chính phủ Afghanistan", not the government)
    names = _organizations(record_of("vietnews-009145"))
    assert "quân đội chính phủ Afghanistan" in names and "chính phủ Afghanistan" not in names
    # "Tuy nhiên, quân đội chính phủ Syria xác nhận chiếc Orlan -10 gặp nạn …"
    assert "quân đội chính phủ Syria" in _organizations(record_of("vietnews-012642"))
