"""Wrong entity and time records a tester found on the real sample articles in session 18 (issue #5), each on its
article's sentence; hand-made sentences are marked as such."""
import unicodedata

import pytest


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@pytest.fixture(scope="module")
def record_of(news):
    """The record of a sample article, extracted from its text."""
    import extractor

    return lambda article_id: extractor.extract(news[article_id]["text"])


def _organization(record, name: str):
    return next((o for o in record.organizations if _nfc(o.name) == name), None)


def test_a_foreign_party_in_lower_case_is_a_body(record_of):
    # "… đối thủ tiềm năng duy nhất của đảng Dân chủ …", "… của đảng Cộng hoà …" (five times each)
    record = record_of("vietnews-011757")
    assert len(_organization(record, "đảng Dân chủ").mentions) == 5
    assert len(_organization(record, "đảng Cộng hoà").mentions) == 5


def test_a_body_of_a_party_named_after_it_takes_the_party(record_of):
    # "… tại một căn phòng ở uỷ ban Quốc gia đảng Cộng hoà (RNC)."
    body = _organization(record_of("vietnews-017210"), "uỷ ban Quốc gia đảng Cộng hoà")
    assert body is not None and body.abbreviation == "RNC"


def test_a_title_goes_on_into_a_party_the_segmenter_glued_to_it(record_of):
    # "… Trưởng ban liên lạc đối ngoại trung ương đảng Cộng sản Trung Quốc Tống Đào tại Bình Nhưỡng" ("trung ương đảng"
    # one word)
    person = next(p for p in record_of("vietnews-009995").people if _nfc(p.name) == "Tống Đào")
    assert [_nfc(t.text) for t in person.titles] == ["Trưởng ban liên lạc đối ngoại trung ương đảng Cộng sản Trung Quốc"]
    assert _nfc(person.titles[0].organization) == "đảng Cộng sản Trung Quốc"


def test_a_party_described_in_lower_case_up_to_its_short_form(record_of):
    # "… các cựu lãnh đạo của đảng Cứu nguy dân tộc Campuchia (CNRP) đối lập."
    body = _organization(record_of("vietnews-004715"), "đảng Cứu nguy dân tộc Campuchia")
    assert body is not None and body.abbreviation == "CNRP"


def test_two_parties_after_a_plural_are_two_bodies(record_of):
    # "… thượng nghị sĩ từ cả hai đảng Cộng hoà và Dân chủ cùng đưa ra …"
    names = {_nfc(o.name) for o in record_of("vietnews-004944").organizations}
    assert "đảng Cộng hoà" in names and not any("Cộng hoà và" in n for n in names)


def test_a_head_inside_a_capitalised_word_opens_no_body(record_of):
    # "Các thành viên nhóm Dân phòng Cheollima …": "Dân phòng" (a militia) is one word
    assert not any("phòng Cheollima" == _nfc(o.name) for o in record_of("vietnews-009502").organizations)
