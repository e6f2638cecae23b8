"""Places read in their context: abroad, named after in a road's name, a region after "nước", the map of the article's date."""
import pytest


def _places(record) -> dict:
    return {loc.name: loc for loc in record.locations}


@pytest.mark.parametrize("article_id, name", [
    ("vietnews-009895", "tỉnh Hà Nam"),  # "tại thành phố Trịnh Châu, tỉnh Hà Nam": a city abroad before it
    ("vietnews-014219", "Hà Nam"),  # "6 tỉnh (bao gồm: An Huy, Hắc Long Giang, Hà Nam, …)": a list of China's provinces
])
def test_a_province_abroad_is_not_vietnams_namesake(news, article_id, name):
    import extractor

    place = _places(extractor.extract(news[article_id]["text"]))[name]
    assert place.kind == "state" and place.official_name is None  # the record's kind of a province abroad


def test_a_province_written_in_a_country_abroad_is_not_resolved():
    import extractor

    # hand-made: a province written in its country; Vietnam's own provinces in a list still resolve
    record = extractor.extract("Trận động đất xảy ra ở tỉnh Hà Nam, Trung Quốc. Hàng cứu trợ được gửi từ Hà Nội, "
                               "Thái Bình và Nam Định.")
    places = _places(record)
    assert places["tỉnh Hà Nam"].official_name is None and places["tỉnh Hà Nam"].kind == "state"
    assert places["Thái Bình"].official_name == "Tỉnh Thái Bình"
    assert places["Hà Nội"].official_name == "Thành phố Hà Nội"


def test_a_list_of_vietnams_provinces_resolves(news):
    import extractor

    # "dịch bệnh đã xảy ra tại 17 tỉnh thành (Hưng Yên, Thái Bình, Hải Phòng, Thanh Hoá, Hà Nội, …)"
    places = _places(extractor.extract(news["vietnews-004246"]["text"]))
    assert places["Hải Dương"].official_name == "Tỉnh Hải Dương"
    assert places["Hà Nam"].official_name == "Tỉnh Hà Nam"


@pytest.mark.parametrize("article_id, name", [
    ("vietnews-002504", "xa lộ Hà Nội"),  # "đường nối Nguyễn Văn Hưởng ra xa lộ Hà Nội (Q. 2)"
    ("vietnews-019862", "xa lộ Hà Nội"),  # "ôtô 4 chỗ chạy hướng hầm Thủ Thiêm đi xa lộ Hà Nội"
])
def test_a_road_named_after_a_city_is_a_road(news, article_id, name):
    import extractor

    places = _places(extractor.extract(news[article_id]["text"]))
    assert places[name].kind == "road" and places[name].official_name is None
    assert "Hà Nội" not in places


@pytest.mark.parametrize("article_id, region", [
    ("vietnews-006415", "Đông Âu"),  # "nhắm vào một số nước Đông Âu"
    ("vietnews-008141", "Baltic"),  # "bảo vệ các nước Baltic và Ba Lan"
    ("vietnews-013937", "Trung Đông"),  # "Trung Quốc, Hàn Quốc, Nhật Bản, một số nước Trung Đông"
])
def test_the_countries_of_a_region_name_the_region(news, article_id, region):
    import extractor

    places = _places(extractor.extract(news[article_id]["text"]))
    assert places[region].kind == "region"
    assert f"nước {region}" not in places


def test_a_water_plant_is_no_country(news):
    import extractor

    # "cửa thu nước thô của Nhà máy nước Cầu Đỏ": "nước" is water
    places = _places(extractor.extract(news["vietnews-019621"]["text"]))
    assert "nước Cầu Đỏ" not in places
    assert all(place.kind != "country" for place in places.values())


def test_nuoc_before_a_country_or_a_foreign_name_is_a_country():
    import extractor

    # hand-made
    places = _places(extractor.extract("Quan hệ giữa nước Mỹ, nước Mauritania và hai nước Việt - Trung."))
    assert {places[name].kind for name in ("nước Mỹ", "nước Mauritania", "nước Việt")} == {"country"}


def test_a_company_ending_in_cau_is_not_completed_with_a_bridge(news):
    import extractor

    # "nguyên Chủ tịch HĐQT công ty cổ phần Nghe nhìn Toàn cầu (AVG)", "đường Dương Đình Nghệ (Cầu Giấy, Hà Nội)"
    record = extractor.extract(news["vietnews-000593"]["text"])
    title = next(t for p in record.people if p.name == "Phạm Nhật Vũ" for t in p.titles)
    assert title.organization == "công ty cổ phần Nghe nhìn Toàn cầu" and title.organization_in_full is None
    assert {loc.kind for loc in record.locations if "Cầu Giấy" in loc.name} == {"district"}


def test_a_province_left_implicit_is_the_one_of_the_articles_districts():
    import extractor

    # hand-made: the district named lies in Quảng Nam; Bình Định is where workers come from
    record = extractor.extract("Sáng 5/3, ông Lê Trí Thanh, Chủ tịch UBND tỉnh, đã kiểm tra công trình tại huyện Núi "
                               "Thành. Nhiều lao động từ tỉnh Bình Định đến làm việc tại đây.")
    title = record.people[0].titles[0]
    assert title.organization_in_full == "UBND tỉnh Quảng Nam"


def test_a_body_left_implicit_is_completed_as_the_article_writes_it(news):
    import extractor

    # "Phòng Giáo dục - đào tạo huyện Tuy Đức …", later "ông Nguyễn Xuân Đan - trưởng phòng Giáo dục - đào tạo huyện",
    # where the article also names thị xã Gia Nghĩa
    record = extractor.extract(news["vietnews-002544"]["text"])
    title = next(t for p in record.people if p.name == "Nguyễn Xuân Đan" for t in p.titles)
    assert title.organization_in_full == "phòng Giáo dục - đào tạo huyện Tuy Đức"


@pytest.mark.parametrize("published_at, district, quan_2", [
    ("2018-11-07T08:00:00+07:00", "Quận 2", "Quận 2"),  # before Thành phố Thủ Đức was formed (1 January 2021)
    (None, "Thành phố Thủ Đức", "Thành phố Thủ Đức"),  # undated: the map of 30 June 2025
])
def test_a_ward_of_a_merged_district_on_the_articles_map(published_at, district, quan_2):
    import extractor

    # hand-made
    places = _places(extractor.extract("Tin\n\nVụ cháy xảy ra tại phường Thảo Điền, quận 2, TP HCM.", published_at=published_at))
    assert places["phường Thảo Điền"].district == district
    assert places["quận 2"].official_name == quan_2


def test_a_ward_of_quan_thu_duc_in_a_real_article(news):
    import extractor

    # "phường Hiệp Bình Phước" (vietnews-002130), read as of 2018
    record = extractor.extract(news["vietnews-002130"]["text"], published_at="2018-11-07T08:00:00+07:00")
    assert _places(record)["phường Hiệp Bình Phước"].district == "Quận Thủ Đức"


@pytest.mark.parametrize("article_id, name, cut", [
    ("vietnews-008143", "đường Promenade du Paillon", "đường Promenade"),  # a particle inside a foreign name
    ("vietnews-008778", "sân bay quốc tế Jean - Lesage", "sân bay quốc tế Jean"),  # a spaced hyphen inside one
])
def test_foreign_place_names_are_not_cut(news, article_id, name, cut):
    import extractor

    places = _places(extractor.extract(news[article_id]["text"]))
    assert name in places and cut not in places


def test_a_number_that_counts_names_no_port_and_two_fields_name_one_zone(news):
    import extractor

    # "dự án Đầu tư xây dựng bến cảng 5 vạn tấn": a port for ships of 50,000 tonnes; "khu công nghiệp Nông - Lâm nghiệp"
    places = _places(extractor.extract(news["vietnews-013937"]["text"]))
    assert "cảng 5" not in places
    assert places["khu công nghiệp Nông - Lâm nghiệp"].kind == "industrial_zone"


def test_a_general_confederation_keeps_its_head(news):
    import extractor

    # "Tham gia có đại diện của Bộ Tài chính, …, Tổng Liên đoàn lao động VN, Uỷ ban TW Mặt trận Tổ quốc Việt Nam"
    names = {org.name for org in extractor.extract(news["vietnews-018573"]["text"]).organizations}
    assert "Tổng Liên đoàn lao động VN" in names and "Liên đoàn lao động VN" not in names
