"""(person, title) pairs in world and business news, session 22 (issue #5, helper pairs2): title patterns vnx missed in
sample articles of no gold set, each tested on its article; hand-made sentences are marked."""
from test_pairs20 import _titles  # the helper of the session-20 tests, not a second copy


def test_words_describing_an_office_stand_between_its_head_and_the_body_it_serves(record_of):
    # "Giám đốc công nghiệp hàng không của Rostec Anatoly Serdyukov khẳng định trực thăng này …" (vietnews-008207)
    titles = _titles(record_of("vietnews-008207"))
    assert titles["Anatoly Serdyukov"] == ["Giám đốc công nghiệp hàng không của Rostec"]
    # "… bà Bụi Thị Thu Hiền, điều phối viên chính của IUCN (Liên minh Bảo tồn Thiên nhiên Quốc tế), cho rằng …"
    # (vietnews-002769)
    assert "điều phối viên chính của IUCN" in _titles(record_of("vietnews-002769"))["Bụi Thị Thu Hiền"]


def test_an_office_someone_will_hold_next_is_no_ones_title(record_of):
    # "… vì bất cứ ai lên làm tổng thống kế tiếp của Mỹ cũng có thể làm khác đi." (vietnews-011648)
    titles = _titles(record_of("vietnews-011648"))
    assert not any("kế tiếp" in t for ts in titles.values() for t in ts)


def test_a_foreign_body_of_one_word_before_a_longer_name_is_not_read(record_of):
    # "Hôm 16/8, giám đốc điều hành của Cathay Pacific Rupert Hogg từ chức." (vietnews-012595): the body's name runs on,
    # "Pacific" is no given name
    assert "Pacific Rupert Hogg" not in _titles(record_of("vietnews-012595"))
