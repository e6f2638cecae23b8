"""extractor/gazetteer.py: level words split off place names, official units resolved by the article's date."""
from datetime import date

import pytest

from extractor import gazetteer


@pytest.mark.parametrize("name,expected", [
    ("huyện Quảng Điền", ("district", "Quảng Điền")),
    ("Thành phố Hồ Chí Minh", ("city", "Hồ Chí Minh")),
    ("TP. HCM", ("city", "HCM")),  # an abbreviated level with its dot
    ("thị xã Hương Trà", ("town", "Hương Trà")),  # two words, not the one-word "thị"
    ("Huế", (None, "Huế")),  # no level word
    ("huyện", (None, "huyện")),  # a level word with no name after it
])
def test_split_level(name, expected):
    assert gazetteer.split_level(name) == expected


def test_a_unit_is_named_as_it_was_on_the_article_s_day():
    """The seed's district, in 2024: a district of Thừa Thiên Huế (renamed Thành phố Huế on 1 January 2025)."""
    unit = gazetteer.resolve("Quảng Điền", "district", date(2024, 4, 12))
    assert unit is not None and unit.kind == "district" and unit.province == "Tỉnh Thừa Thiên Huế"
    assert gazetteer.split_level(unit.name) == ("district", "Quảng Điền")


def test_within_tells_the_province_of_a_unit():
    assert gazetteer.within("Gia Lâm", "Hà Nội") and gazetteer.within("Kim Sơn", "Ninh Bình")
    assert gazetteer.within("Cam Ranh", "Khánh Hoà")  # tone placement does not matter
    assert not gazetteer.within("Gia Lâm", "Vĩnh Phúc") and not gazetteer.within("Hà Nội", "Hà Nội")
