"""Places a tester found missed or cut on the real sample articles in session 19 (issue #5, causes 1, 2, 6, 7, 8
and 14), each on its article's sentence; hand-made sentences are marked as such."""
import unicodedata


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _places(record) -> dict:
    return {_nfc(p.name): p for p in record.locations}


def test_a_capitalised_bay_word_opens_the_bay(record_of):
    # "… triển khai Nhóm công tác về vùng biển ngoài cửa Vịnh Bắc Bộ." ("cửa Vịnh" one word)
    places = _places(record_of("vietnews-021938"))
    assert places["Vịnh Bắc Bộ"].kind == "bay" and "Bắc Bộ" not in places


def test_a_capitalised_bay_word_before_a_foreign_name(record_of):
    # "… máy bay không người lái của Iran ở trong vùng Vịnh Persian và eo biển Hormuz …"
    assert _places(record_of("vietnews-006815"))["Vịnh Persian"].kind == "bay"


def test_a_bay_named_after_a_country_is_no_country():
    import extractor

    # hand-made
    places = _places(extractor.extract("Tàu cá bị bắt giữ ở Vịnh Thái Lan."))
    assert places["Vịnh Thái Lan"].kind == "bay" and "Thái Lan" not in places


def test_a_unit_named_with_a_feature_word_stays_the_unit():
    import extractor

    # hand-made: "Núi Thành" is a district of Quảng Nam, "Sông Cầu" a town of Phú Yên
    places = _places(extractor.extract("Đoàn công tác đến Núi Thành và Sông Cầu."))
    assert places["Núi Thành"].kind == "district" and places["Sông Cầu"].kind == "town"


def test_a_village_keeps_its_number(record_of):
    # "… (28 tuổi, ngụ ấp Tân Bình 2, xã Lộc Thành, huyện Lộc Ninh) …"
    places = _places(record_of("vietnews-016869"))
    assert "ấp Tân Bình 2" in places and "ấp Tân Bình" not in places


def test_a_numbered_village_before_a_verb_and_named_again_without_its_level(record_of):
    # "Kè chống sạt lở thôn Thạnh Đức 1 bị sóng đánh vỡ nát." … "… về kè chống sạt lở Thạnh Đức 1."
    places = _places(record_of("vietnews-019139"))
    assert "thôn Thạnh Đức" not in places
    assert [_nfc(m.text) for m in places["thôn Thạnh Đức 1"].mentions].count("Thạnh Đức 1") == 2


def test_villages_listed_after_a_counted_level_word(record_of):
    # "Cá vẩu chết tập trung ở 3 thôn Hiền An 1, Hiền An 2 và Hiền Hoà …"
    places = _places(record_of("vietnews-021492"))
    assert places["Hiền An 2"].kind == "village" and "thôn Hiền An 1" in places


def test_the_last_street_of_a_list_before_its_district_in_brackets(record_of):
    # "Trên đường Phạm Ngọc Thạch, Lê Duẩn, Nguyễn Văn Bình (quận 1, quận 3, TP. HCM), …"; "… đường sách Nguyễn Văn
    # Bình (quận 1) …"
    record = record_of("vietnews-017341")
    assert not any(_nfc(p.name) == "Nguyễn Văn Bình" for p in record.people)
    street = _places(record)["đường sách Nguyễn Văn Bình"]
    assert street.kind == "street" and len(street.mentions) == 2


def test_an_exonym_written_as_one_word(record_of):
    # "Ngay sau đó, London cáo buộc Matxcơva có liên quan, …"
    assert _places(record_of("vietnews-004981"))["Matxcơva"].kind == "city"


def test_a_chinese_province_in_brackets_after_a_body(record_of):
    # "Ông Zhang - giám đốc Trung tâm Giám định pháp y Zhengtai (Phúc Kiến), kể lại …"
    assert _places(record_of("vietnews-005213"))["Phúc Kiến"].kind == "state"


def test_a_state_written_without_its_level_word(record_of):
    # "… chiếc trực thăng đều đóng tại căn cứ Fort Carson ở Colorado …"
    assert _places(record_of("vietnews-008862"))["Colorado"].kind == "state"
