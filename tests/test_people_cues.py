"""People found by the words around their names (extractor/data/honorifics.tsv, people_context.yaml): professions,
styles and kinship words of entertainment, sport and world news, on sentences of the ../shared news sample (quoted by
article id) unless marked hand-made."""
import pytest

import extractor


def _people(text: str) -> set[str]:
    return {p.name for p in extractor.extract(text).people}


@pytest.mark.parametrize("article, text, name", [
    ("vietnews-002040", "Thêm một bằng chứng nữa là ngay sau phần biểu diễn, tài tử Bradley Cooper liền bước xuống dành những "
                        "cái ôm, hôn tình cảm cho bạn gái trước khi trở lại chỗ ngồi.", "Bradley Cooper"),
    ("vietnews-017538", "Bà Michelle Obama trao đổi với người dẫn chương trình Gayle King của đài CBS - Ảnh: AP.", "Gayle King"),
    ("vietnews-007999", "Trung vệ Duy Mạnh (áo đỏ) trong một pha tranh chấp với cầu thủ Nhật Bản.", "Duy Mạnh"),
    ("vietnews-017155", "Người ta đồn rằng ngôi sao Feodor Shalyapin (ca sĩ nổi tiếng) và Sergei Rachmaninoff đã đến.",
     "Feodor Shalyapin"),
    ("vietnews-017452", "TTO - Theo bạn đọc Ngọc Lý, việc sinh viên tham gia tình nguyện cần hợp lý.", "Ngọc Lý"),
])
def test_a_profession_or_description_before_a_name(article, text, name):
    assert name in _people(text), article


def test_a_kinship_word_before_a_name():
    # vietnews-001862 (corpus/entities7 gold): "cháu gái" (granddaughter) before the grandfather's stage name
    assert "Bảo Quốc" in _people("Trên trang cá nhân, cháu gái Bảo Quốc khéo phủ nhận tin đồn bằng tuyên bố cô và Hoài Lâm "
                                 "mãi mãi bên nhau.")
    # vietnews-009976: "vợ" (wife) before a given name alone
    assert "Barbara" in _people("Ông qua đời tại nhà riêng ở thành phố Houston, bang Texas, 8 tháng sau khi người vợ Barbara "
                                "của ông qua đời.")


def test_a_regnal_number_ends_the_name():
    # vietnews-005891: the royal style "Nữ hoàng", and the name runs on over its regnal number
    assert "Elizabeth II" in _people("Em bé sắp gia nhập gia đình hoàng gia sẽ là cháu cố thứ sáu của Nữ hoàng Elizabeth II.")


def test_a_title_after_a_kinship_word_is_no_name():
    # vietnews-021647: "con trai Phó bí thư Huyện uỷ Lê Ngọc Sang": the father's title, then his name; "Phó" is no person
    people = _people("Sở Nội vụ đang xem xét việc bổ nhiệm ông Lê Ngọc Dũng - con trai Phó bí thư Huyện uỷ Lê Ngọc Sang - làm "
                     "Trưởng Phòng Tài chính.")
    assert people == {"Lê Ngọc Dũng", "Lê Ngọc Sang"}


def test_a_place_after_a_capitalised_preposition_is_no_name():
    # vietnews-005163: "anh trai Ở Mỹ" (a brother in the US, "Ở" capitalised in the source): no person
    assert _people("Cảm hứng từ anh trai Ở Mỹ, có những cha mẹ không cho con mình đi học mà dạy con tại nhà.") == set()


@pytest.mark.parametrize("article, text, name", [
    # an office in apposition after a comma
    ("vietnews-011143", "Hôm 17/7, Ian Bremmer, Chủ tịch Eurasia Group, là người đầu tiên hé lộ cuộc gặp.", "Ian Bremmer"),
    # a verb of saying after the comma that closes an apposition written before the name
    ("vietnews-006876", "Trước đó, Giám đốc điều hành công ty nhà nước \" Rostec \", Sergey Chemezov, cho biết Thổ Nhĩ Kỳ "
                        "đã sẵn sàng mua các loại vũ khí của Nga.", "Sergey Chemezov"),
    # an apposition after a dash (corpus/entities7 gold)
    ("vietnews-012857", "Thomas Fuller – nhà sử học người Anh, đã từng nói: “Lòng tốt là thứ ngôn ngữ mà người điếc có thể "
                        "nghe thấy”.", "Thomas Fuller"),
    # "một chuyên gia" (one expert) opening the apposition
    ("vietnews-006384", "Malcolm Sperrin, một chuyên gia y tế, cho biết hiện chưa thể khẳng định những di chứng về sau.",
     "Malcolm Sperrin"),
])
def test_a_foreign_name_with_no_cue_in_apposition(article, text, name):
    assert name in _people(text), article


def test_a_foreign_run_after_a_number_or_holding_a_form_of_address_is_no_name():
    # vietnews-011075: "6 Pack Band, nói" — a band after its number, though a verb of saying follows the comma
    assert _people("\" Quan trọng hơn \", ông Patil, người tổ chức các vòng tuyển chọn khắp cả nước để thành lập nên 6 Pack "
                   "Band, nói.") == {"Patil"}
    # vietnews-018407: a sentence that lost its period before "Ông": the person is "Hardy Diec", not "Quốc Ông Hardy Diec"
    assert "Hardy Diec" in _people("Hai thị trường xuất khẩu lớn nhất của Việt Nam là Mỹ và Trung Quốc Ông Hardy Diec, Chủ "
                                   "tịch kiêm giám đốc điều hành FedEx Express khu vực Đông Dương, cho rằng chính sách sẽ "
                                   "thay đổi.")


def test_a_foreign_name_after_a_title_and_its_bodys_abbreviation():
    # vietnews-008813: the title's body with its abbreviation in brackets, then a foreign name no cue announces
    people = _people("\" Quân đội Nga chỉ cần vài ngày để có thể tràn qua lãnh thổ Ukraine \", Sputnik hôm nay dẫn tuyên bố "
                     "của cựu tổng thư ký Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) Anders Fogh Rasmussen. Rasmussen từng là "
                     "thủ tướng Đan Mạch.")
    assert "Anders Fogh Rasmussen" in people


def test_a_foreign_name_with_an_age_in_apposition():
    # vietnews-010224: "Soe" reads as a Vietnamese syllable, so the run is not all foreign; the age after the comma
    # shows the person
    people = _people("Hai phóng viên của hãng thông tấn Anh Reuters là Wa Lone, 32 tuổi và Kyaw Soe Oo, 28 tuổi, bị kết tội "
                     "vi phạm Luật về Bí mật Chính thức.")
    assert {"Wa Lone", "Kyaw Soe Oo"} <= people


def test_a_foreign_name_with_a_kinship_word_in_apposition_after_a_dash():
    # vietnews-002040: "Irina Shayk - bạn gái Bradley Cooper -": the girlfriend, in apposition after a dash
    people = _people("Tuy nhiên, nguồn tin của Irina Shayk - bạn gái Bradley Cooper - khẳng định: \" Cô ấy biết Bradley và "
                     "Gaga là nghệ sĩ. \"")
    assert "Irina Shayk" in people


def test_quy_ba_in_a_pageants_name_is_no_name():
    # vietnews-001483 (corpus/entities7 gold): "Hoa hậu Quý bà Hoà bình Thế giới Phương Lê": "Quý bà" (a lady) is a word
    # of the pageant's name: neither "Quý" after "Hoa hậu" nor "Hoà" after "bà" is a person
    people = _people("Theo đó, Nong Poy sẽ tới TP. HCM để tham dự một sự kiện vào ngày 27/7 tới để thăm Hoa hậu Quý bà Hoà "
                     "bình Thế giới Phương Lê.")
    assert not {"Quý", "Hoà"} & people


def test_a_stage_name_is_a_form_of_the_real_name():
    # vietnews-001483 (corpus/entities7 gold names her "Treechada Marnyaporn"): "X tên thật là Y": one person, named by
    # the real name; "Thái Lan" before the stage name is the country, no word of a name
    text = ("Sao chuyển giới đẹp nhất Thái Lan Nong Poy sắp sang Việt Nam\n\nNong Poy tên thật là Treechada Marnyaporn, sinh "
            "năm 1985. Từ nhỏ, Treechada đã khao khát trở thành một cô gái. Năm 17 tuổi, Nong Poy quyết định thực hiện phẫu "
            "thuật chuyển giới.")
    record = extractor.extract(text)
    assert [p.name for p in record.people] == ["Treechada Marnyaporn"]
    person = record.people[0]
    assert {text[m.start:m.end] for m in person.mentions} == {"Nong Poy", "Treechada Marnyaporn", "Treechada"}
    assert "Thái Lan" in {loc.name for loc in record.locations}


def test_an_alias_after_hay_con_goi_la_is_a_form_of_the_person_named_before():
    # vietnews-005452: "Tang Keng Chee, hay còn gọi là Casey Tang, 53 tuổi": the alias (found by its age) shows the name
    # before it to be the person's
    people = _people("Ba cá nhân này gồm Tang Keng Chee, hay còn gọi là Casey Tang, 53 tuổi; Geh Choh Heng, 47 tuổi.")
    assert people == {"Tang Keng Chee", "Geh Choh Heng"}
    # vietnews-015177: the same words naming an event give no person
    assert _people("Đại lễ Vesak Liên hợp quốc (hay còn gọi là Đại lễ Tam hợp) được tổ chức nhiều lần.") == set()


def test_a_name_listed_among_people_is_a_person():
    # vietnews-001435 (corpus/entities7 gold): "Thành" is no surname of surnames.tsv, but every other member of the list
    # is a person
    people = _people("Trên màn ảnh Hong Kong, giới truyền thông vẫn gọi Lý Triệu Cơ, Hoàng Quang Lượng, Thành Khuê An và Hà "
                     "Gia Câu là \" Tứ đại ác nhân \" vì họ chuyên vào vai phản diện.")
    assert "Thành Khuê An" in people
    # vietnews-019360: a list of streets that holds other things ("Pasteur") gives no person for its unknown member
    people = _people("Tại các tuyến đường tại trung tâm như: Bùi Thị Xuân, Tôn Thất Tùng, Hai Bà Trưng, Pasteur, Nguyễn Thị "
                     "Minh Khai, Cống Quỳnh, Nguyễn Trãi... mật độ taxi hoạt động dày đặc.")
    assert "Cống Quỳnh" not in people


def test_a_stage_name_that_opens_a_sentence_before_a_verb_of_saying():
    # vietnews-001285 (corpus/entities8 gold; two sentences of the article, joined): a two-word name with no surname,
    # written twice, says something at one occurrence
    text = ("Với giọng hát đầy nội lực và giàu cảm xúc, Thiên Khôi tiếp tục đốn tim người hâm mộ bằng những ca từ ngọt ngào "
            "trong bài hát mới. Thiên Khôi chia sẻ: \" Ca khúc này em sáng tác để dành tặng cho những ai luôn yêu thương và "
            "ủng hộ em trong suốt thời gian qua. \"")
    assert "Thiên Khôi" in _people(text)
    # vietnews-001770 (two sentences, joined): not a second name given in brackets after the person's ("Lê Thảo Linh (Lin
    # Jay)")
    text = ("MC Ngọc Trang và Lê Thảo Linh (Lin Jay) từng được xem là một cặp đôi đồng tính đẹp của cộng đồng LGBT. Có thể, "
            "tôi nghĩ, Lin Jay nói với tôi như vậy khi chia tay để tôi đỡ phải suy nghĩ nhiều.")
    assert "Lin Jay" not in _people(text)


@pytest.mark.parametrize("article, text, names", [
    ("vietnews-008116", "Trung Quốc đã bắt ba công dân Canada, gồm cựu nhân viên ngoại giao Michael Kovrig, doanh nhân Michael "
                        "Spavor với cáo buộc đe doạ an ninh quốc gia.", {"Michael Kovrig", "Michael Spavor"}),
    ("vietnews-007140", "Tổng thống Trump sẽ khó thể hiện được sự đồng cảm sâu sắc thông qua lời nói giống như các cựu Tổng "
                        "thống Bill Clinton hay George W. Bush trong sự kiện 11/9.", {"Bill Clinton", "George W. Bush"}),
    ("vietnews-001901", "Hoa hậu Hoàn vũ 2018 Catriona Gray không chỉ khiến người hâm mộ trên toàn thế giới ngỡ ngàng.",
     {"Catriona Gray"}),
    ("vietnews-006667", "Giáo sư về luật Di trú Stephen Yale - Loehr của đại học Cornell dự đoán, nhiều người dân nghĩ rằng họ "
                        "đã đáp ứng đầy đủ điều kiện.", {"Stephen Yale - Loehr"}),
    ("vietnews-010717", "Theo Peter Taksoe - Jensen, đại sứ Đan Mạch tại Mỹ, quân đội Đan Mạch tới đây họ để lại một chai rượu.",
     {"Peter Taksoe - Jensen"}),
])
def test_a_foreign_name_opening_with_a_common_given_name(article, text, names):
    # foreign_given_names.tsv: no cue, no verb of saying; the given name says it is a person's name
    assert names <= _people(text), article


@pytest.mark.parametrize("article, text, name", [
    ("vietnews-007887", "Tổng thống Mỹ Donald Trump công bố chiến lược an ninh quốc gia tại toà nhà Ronald Reagan, Washington, "
                        "ngày 18/12.", "Ronald Reagan"),  # a building named after him
    ("vietnews-015697", "Cal Poly ở San Luis Obispo (xếp thứ 5 về đào tạo kiến trúc ở Mỹ) để đào tạo các chương trình tiên tiến.",
     "Luis Obispo"),  # inside a longer capitalised run: a city
    ("vietnews-018823", "Hai địa danh khác được đề xuất nhiều tiếp theo là tổ hợp kinh doanh, nghỉ dưỡng Marina Bay Sands toạ lạc "
                        "bên bờ vịnh Marina và đảo Sentosa.", "Marina Bay Sands"),  # a site's word inside the run
    ("vietnews-008266", "Một quan chức Bộ Ngoại giao Mỹ hôm 19/8 tuyên bố, đề cập đến siêu tàu dầu Grace 1, hiện đã đổi tên thành "
                        "Adrian Darya 1 của Iran.", "Adrian Darya"),  # a vessel's name and number
])
def test_a_given_name_opening_a_place_building_or_vessel_name_is_no_person(article, text, name):
    assert not any(name in person for person in _people(text)), article


@pytest.mark.parametrize("article, text, name", [
    ("vietnews-010086", "Đặc biệt là khi có những biến cố gần đây ảnh hưởng đến nền kinh tế Trung Quốc và Nga, Chen Yurong, giám "
                        "đốc nghiên cứu Âu - Trung Á của Viện Nghiên cứu Quốc tế do Bộ Ngoại Trung Quốc vận hành, nói.", "Chen Yurong"),
    ("vietnews-011854", "Zhang Liangui cũng cho rằng có khả năng Mỹ sẽ từ bỏ quan điểm cứng rắn của họ để tiến tới phi hạt nhân "
                        "hoá hoàn toàn bán đảo Triều Tiên.", "Zhang Liangui"),
    ("vietnews-011652", "Những biện pháp cải cách ông theo đuổi vẫn được áp dụng, Hong Min, nhà nghiên cứu tại Viện Thống nhất "
                        "Quốc gia Hàn Quốc, trụ sở ở Seoul, nhận định.", "Hong Min"),
    ("vietnews-017145", "Người sẽ thay thế Tổng thống bị phế truất Park Geun Hye được cho là sẽ có quan điểm hoà giải hơn với "
                        "Triều Tiên.", "Park Geun Hye"),
    ("vietnews-006973", "Trong khi đó Lee Il - Woo, chuyên gia phân tích cấp cao của Mạng lưới Quốc phòng Hàn Quốc, nói với AFP.",
     "Lee Il - Woo"),
])
def test_a_chinese_or_korean_name_in_its_own_romanisation(article, text, name):
    # east_asian_names.yaml: a family name first, then a given name of romanised syllables
    assert name in _people(text), article


def test_a_romanised_name_in_brackets_after_the_sino_vietnamese_one_is_no_second_person():
    # vietnews-018558: "Wu Xiaohui" is how the Chinese write "Ngô Tiểu Huy", named just before it
    people = _people("Bắc Kinh đã tạm tướt đoạt quyền điều hành Anbang trong khoảng một năm và cáo buộc cựu chủ tịch Ngô Tiểu Huy "
                     "(Wu Xiaohui) tội gian lận và tham nhũng.")
    assert "Ngô Tiểu Huy" in people and "Wu Xiaohui" not in people


@pytest.mark.parametrize("article, text, name", [
    ("vietnews-009326", "Tần Thuỷ Hoàng là người cố chấp, mọi sự việc đều đích thân xử lý.", "Tần Thuỷ Hoàng"),
    ("vietnews-002058", "Trong làng giải trí không ai là không biết Lý Băng Băng và Nhậm Tuyền là cặp bạn thân có tiếng nhiều "
                        "năm nay.", "Nhậm Tuyền"),
])
def test_a_chinese_family_name_in_its_sino_vietnamese_reading(article, text, name):
    # surnames.tsv, from the Hundred Family Surnames: "Tần", "Nhậm" are no Vietnamese family names
    assert name in _people(text), article


def test_a_chinese_city_named_like_a_person_is_a_place():
    # vietnews-007694: "Thẩm Dương" (Shenyang) opens with the family name "Thẩm"; countries.tsv lists the city
    record = extractor.extract("Tại Thẩm Dương năm 2015 đám đông cũng huýt sáo và thúc giục một người đàn ông nhảy xuống.")
    assert not record.people and [loc.name for loc in record.locations] == ["Thẩm Dương"]


@pytest.mark.parametrize("article, text, name, not_name", [
    ("vietnews-009603", "Cố vấn an ninh quốc gia H.R. McMaster và cố vấn kinh tế hàng đầu cho ông Trump Gary Cohn đã làm rõ rằng "
                        "không có chương trình nghị sự cụ thể nào.", "Gary Cohn", "Trump Gary Cohn"),
    ("vietnews-008816", "Cô Kim và ông Moon được Chủ tịch Uỷ ban Olympic Thomas Bach giới thiệu trước khi bắt tay nhau.",
     "Thomas Bach", "Olympic Thomas Bach"),
])
def test_the_word_before_a_given_name_closes_the_phrase_before_the_name(article, text, name, not_name):
    # foreign_given_names.tsv stands_second=no: "Gary", "Thomas" open a name, so the word before them is no part of it
    people = _people(text)
    assert name in people and not_name not in people, article


def test_a_surname_after_a_form_of_address_is_that_persons_name_elsewhere():
    # vietnews-006841: "của ông Putin Dmitry Peskov" is Putin's spokesman; "Putin" after "ông" names Putin, so the
    # "Tổng thống Putin" of the headline is that person too
    record = extractor.extract("Tổng thống Putin tự quyết định vận mệnh Syria?\n\nNgười phát ngôn của ông Putin Dmitry Peskov "
                               "cũng nói với phóng viên rằng Điện Kremlin cũng đồng tình.")
    titles = {p.name: [t.text for t in p.titles] for p in record.people}
    assert "Dmitry Peskov" in titles and titles.get("Putin") == ["Tổng thống"]


def test_a_double_barrelled_family_name_after_a_title():
    # vietnews-010294: the title, the country, then a name whose family name has two parts joined by a spaced dash
    assert "Kolinda Grabar - Kitarovic" in _people(
        "Putin đã cùng Tổng thống Pháp Emmanuel Macron, nữ Tổng thống Croatia Kolinda Grabar - Kitarovic theo dõi trận chung kết.")


def test_a_korean_name_in_western_order_with_a_hyphenated_given_name():
    # vietnews-002720 (corpus/entities3 gold): "Chang - Hee" is the given name, "Lee" the family name (east_asian_names.yaml)
    record = extractor.extract("Theo TS Chang - Hee Lee - giám đốc ILO Việt Nam, Việt Nam cần có những chính sách thị trường lao "
                               "động chủ động.")
    assert {p.name: [t.text for t in p.titles] for p in record.people} == {"Chang - Hee Lee": ["giám đốc ILO Việt Nam"]}


def test_a_british_style_before_a_name_is_no_word_of_it():
    # vietnews-006973: "Sir" (honorifics.tsv) is read as the royal styles are
    assert "Malcolm Rifkind" in _people("Sir Malcolm Rifkind có \" niềm tin mạnh mẽ \" rằng chính quyền của Tổng thống Donald "
                                        "Trump đã đứng sau vụ phóng không thành công mới nhất của Triều Tiên.")


def test_styles_of_the_peerage_and_a_prince_consort_before_a_name():
    # hand-made sentences (the ../shared sample writes none of these styles before a name): honorifics.tsv royal styles
    assert {"Meghan", "Edward", "Philip"} <= _people("Nữ công tước Meghan và Bá tước Edward đón chào Hoàng thân Philip.")


def test_a_name_written_after_a_form_of_address_elsewhere_is_a_titles_holder_not_its_body():
    # vietnews-004715: "Hun Sen" reads as Vietnamese syllables with no Vietnamese family name, so after "Thủ tướng" it was
    # taken for the office's body; "ông Hun Sen" later in the article says it is a person
    record = extractor.extract("Thủ tướng Hun Sen tiếp tục có động thái lấy lòng cử tri. Báo Phnom Penh Post của Campuchia cho biết "
                               "ông Hun Sen dường như đang đề cập tới các thành viên đảng đối lập.")
    assert {p.name: [t.text for t in p.titles] for p in record.people} == {"Hun Sen": ["Thủ tướng"]}
    assert "Hun Sen" not in {o.name for o in record.organizations}


def test_a_name_written_with_and_without_its_dash_is_one_person(news):
    # vietnews-011146 writes "Kolinda Grabar - Kitarovic", "Kolinda Grabar Kitarovic", "Kolinda Grabar" and "Grabar": one
    # president of Croatia
    people = [p.name for p in extractor.extract(news["vietnews-011146"]["text"]).people]
    assert [name for name in people if "Grabar" in name] == ["Kolinda Grabar - Kitarovic"]


@pytest.mark.parametrize("text", [  # hand-made sentences (verification tester, session 14)
    "Nhà máy ở Thẩm Quyến bị đóng cửa.", "Dịch tả lợn bùng phát ở Liêu Ninh.",  # places a new surname opens
    "Du khách đổ về chợ tình Khâu Vai dịp này.",
    "Cửa hàng Tommy Hilfiger mở tại TP HCM.", "Cô mặc váy Christian Dior dự tiệc.",  # shops, goods, streets, ships
    "Đường Nathan Road ở Hong Kong rất đông.", "Tàu chở dầu Adrian Darya bị bắt giữ.",
])
def test_a_place_brand_street_or_ship_named_like_a_person_is_none(text):
    assert _people(text) == set()


@pytest.mark.parametrize("article, name", [("vietnews-008253", "John Lethbridge"), ("vietnews-008266", "Adrian Darya")])
def test_a_name_the_article_gives_a_ship_is_no_person_anywhere(news, article, name):
    """"tàu John Lethbridge" elsewhere in the article makes "John Lethbridge, một tàu chuyên dụng …" no person."""
    assert name not in _people(news[article]["text"])
