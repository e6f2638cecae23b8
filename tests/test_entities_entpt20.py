"""People and titles a tester found wrong on real sample articles in session 20 (issue #5, causes 1, 3, 4, 11 and 12),
each on its article; hand-made sentences are marked as such."""
import unicodedata

import extractor


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _titles(record) -> dict[str, list[tuple[str, str | None]]]:
    return {_nfc(p.name): [(_nfc(t.text), t.organization and _nfc(t.organization)) for t in p.titles] for p in record.people}


# -- cause 1: a title word, then the office's place and its holder's name, all capitalised
def test_the_place_of_an_office_before_a_foreign_holder(record_of):
    # "Cựu thủ hiến Catalonia Carles Puigdemont đang sống lưu vong ở Bỉ …", and "Ông Carles Puigdemont", "ở Catalonia"
    record = record_of("vietnews-009490")
    titles = _titles(record)
    assert titles.get("Carles Puigdemont") == [("Cựu thủ hiến Catalonia", "Catalonia")]
    assert not any("Catalonia" in name for name in titles)  # no person "Catalonia Carles Puigdemont", nor "Catalonia"
    assert "Catalonia" in {_nfc(loc.name) for loc in record.locations}  # written "ở Catalonia": a place


def test_the_place_of_an_office_before_a_holder_named_again_hand_made():
    # hand-made: the place written alone elsewhere, the holder by one name
    record = extractor.extract("Tân thủ hiến Catalonia Quim Torra nói. Ông Torra cho biết người dân Catalonia ủng hộ.")
    assert _titles(record) == {"Quim Torra": [("Tân thủ hiến Catalonia", "Catalonia")]}


def test_three_foreign_words_after_a_title_stay_one_name_without_evidence_hand_made():
    # hand-made: nothing in the text sets the first word apart, so the three words stay the holder's name
    record = extractor.extract("Chủ tịch Anders Fogh Rasmussen phát biểu tại hội nghị.")
    assert "Anders Fogh Rasmussen" in _titles(record)


# -- cause 3: a surname inside a foreign medium's or company's name
def test_a_foreign_medium_whose_name_opens_with_a_vietnamese_word(record_of):
    # "Trả lời trang tin Kim Chad Luek của Thái Lan, ông Thongchai Lertwilairattanapong, quan chức Bộ Y tế nước này, …"
    record = record_of("vietnews-012000")
    assert not any("Kim" in _nfc(p.name) for p in record.people)
    assert "Kim Chad Luek" in {_nfc(o.name) for o in record.organizations}


def test_a_surname_inside_a_companys_foreign_name(record_of):
    # "ông Phan Dũng Khánh, Giám đốc Tư vấn Đầu tư công ty chứng khoán Maybank Kim Eng (MBKE), cho rằng …"
    record = record_of("vietnews-018156")
    assert not any("Kim" in _nfc(p.name) for p in record.people)


def test_a_surname_after_a_brand_word_hand_made():
    # hand-made: a news agency, a bank; a person's name after a plain word stays one
    record = extractor.extract("Theo hãng tin Kim Chad Luek, giá tăng. Ngân hàng Maybank Kim Eng cho biết. "
                               "Ông Kim Văn Nam cho biết.")
    assert {_nfc(p.name) for p in record.people} == {"Kim Văn Nam"}


# -- cause 4: a title before a foreign name of a kind of body
def test_a_title_before_a_foreign_travel_company(record_of):
    # "Theo ông Phạm Hồng Đài, Giám đốc APT Travel, từ hai ngày trước các tour đi Hạ Long đã phải chuyển hướng …"
    assert _titles(record_of("vietnews-021547")).get("Phạm Hồng Đài") == [("Giám đốc APT Travel", "APT Travel")]


def test_a_title_before_a_foreign_bodys_name_hand_made():
    # hand-made: a body named by a foreign word for its kind, before and after the holder's name
    record = extractor.extract("Tổng giám đốc Vietnam Airlines Dương Trí Thành cho biết. Ông Lê Văn Hải, Giám đốc APT "
                               "Group, nói.")
    assert _titles(record) == {"Dương Trí Thành": [("Tổng giám đốc Vietnam Airlines", "Vietnam Airlines")],
                               "Lê Văn Hải": [("Giám đốc APT Group", "APT Group")]}


# -- cause 11: descriptive titles of foreign officials
def test_an_official_of_a_ministry(record_of):
    # "… ông Thongchai Lertwilairattanapong, quan chức Bộ Y tế nước này, cho biết …"
    titles = _titles(record_of("vietnews-012000"))
    assert titles.get("Thongchai Lertwilairattanapong") == [("quan chức Bộ Y tế", "Bộ Y tế")]


def test_the_spokesman_of_an_office_holder(record_of):
    # "Ông Harry Roque, người phát ngôn của Tổng thống Philippines, …"
    titles = _titles(record_of("vietnews-010355"))
    assert titles.get("Harry Roque") == [("người phát ngôn của Tổng thống Philippines", "Philippines")]


def test_officials_without_a_name_are_no_title_hand_made():
    # hand-made: "quan chức" alone or for many names no one
    record = extractor.extract("Một quan chức Mỹ cho biết ông Trump sẽ đến. Các quan chức Nga phản đối.")
    assert all(not p.titles for p in record.people)


def test_an_official_described_without_a_body_holds_no_title(record_of):
    # "Hồ Hoài Bang là quan chức mới nhất bị điều tra …"; "Trước Jo Song - gil, quan chức ngoại giao đào tẩu là Thae
    # Yong - ho": a description, no office named (and not Jo's)
    assert all("quan chức" not in text for text, _ in _titles(record_of("vietnews-009156")).get("Hồ Hoài Bang", []))
    assert all("quan chức" not in text for text, _ in _titles(record_of("vietnews-009312")).get("Jo Song - gil", []))


def test_the_country_of_an_official_stays_a_place(record_of):
    # "Christopher Steele, một cựu quan chức tình báo Mỹ ở Anh, …"; "quan chức quốc phòng Canada đã liên lạc …"
    record = record_of("vietnews-010863")
    assert _titles(record).get("Christopher Steele") == [("cựu quan chức tình báo Mỹ", "Mỹ")]
    text = record_of("vietnews-008116")
    canada = next(loc for loc in text.locations if loc.name == "Canada")
    assert sum(m.text == "Canada" for m in canada.mentions) == 12
