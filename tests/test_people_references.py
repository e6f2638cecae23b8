"""Short references to people ("ông Agustin", "cô Kim", "Tài") and the full name each stands for: the sex the cues say
(honorifics.tsv gender, people_context.yaml middle_name_genders) and the full name written last before the reference,
on whole articles of the ../shared news sample (quoted by id) unless marked hand-made."""
import extractor


def _people(record) -> dict:
    return {p.name: p for p in record.people}


def test_a_man_addressed_is_not_the_woman_of_that_name(news):
    # vietnews-004895: "Hành khách Eka Agustin thiệt mạng … Bà Merdian, vợ của ông Agustin, cho biết …"
    people = _people(extractor.extract(news["vietnews-004895"]["text"]))
    assert "Agustin" not in people
    assert "Agustin" in {m.text for m in people["Eka Agustin"].mentions}
    assert "Agustin" not in {m.text for m in people["Merdian Agustin"].mentions}


def test_mr_trump_is_not_mrs_melania_trump_and_takes_part_as_him(news):
    # vietnews-011143: "bà Melania Trump" (x4), "người đồng cấp Mỹ Donald Trump", "ông Trump", "Tổng thống Trump"
    record = extractor.extract(news["vietnews-011143"]["text"])
    people = _people(record)
    assert "Trump" not in people
    assert sum(m.text == "Trump" for m in people["Donald Trump"].mentions) == 10
    assert not any(m.text == "Trump" for m in people["Melania Trump"].mentions)
    # the meeting of the headline ("cuộc gặp thứ hai giữa Trump và Putin") is Donald Trump's
    assert "Donald Trump" in {p.name for e in record.events for p in e.participants}


def test_the_sister_addressed_as_co_is_the_one_named_last_before(news):
    # vietnews-008816: "Cô Kim Yo - jong" … "lãnh đạo Triều Tiên Kim Jong-un" … "Cô Kim và ông Moon …"; "Chủ tịch Quốc hội
    # Triều Tiên Kim Yong - nam" is named only after the first "cô Kim"
    record = extractor.extract(news["vietnews-008816"]["text"])
    people = _people(record)
    assert "Kim" not in people
    assert sum(m.text == "Kim" for m in people["Kim Yo - jong"].mentions) == 4
    assert "Kim Yo - jong" in {p.name for e in record.events if e.type == "VISIT" for p in e.participants}


def test_the_reference_goes_to_the_name_written_before_it_not_the_titled_one(news):
    # vietnews-011983: "ngôi sao Kim Kardashian" … "cô Kim siêu vòng ba" … "nhà lãnh đạo Triều Tiên Kim Jong-un" named later
    text = news["vietnews-011983"]["text"]
    people = _people(extractor.extract(text))
    at = text.index("cô Kim siêu vòng ba") + len("cô ")
    assert at in {m.start for m in people["Kim Kardashian"].mentions}
    assert at not in {m.start for m in people["Kim Jong-un"].mentions}


def test_a_given_name_is_the_person_not_an_account_named_later(news):
    # vietnews-010358: "căn hộ … của Ivanka Trump" … "gia đình Ivanka" … "tài khoản Dear Ivanka" written later
    people = _people(extractor.extract(news["vietnews-010358"]["text"]))
    assert sum(m.text == "Ivanka" for m in people["Ivanka Trump"].mentions) == 10


def test_mr_skripal_is_the_father_not_his_daughter_or_niece(news):
    # vietnews-004981: "Cô Yulia Skripal", "Sergei Skripal", "cô Viktoria Skripal"; "cha con ông Skripal" (x3)
    people = _people(extractor.extract(news["vietnews-004981"]["text"]))
    assert "Skripal" not in people
    assert {m.text for m in people["Sergei Skripal"].mentions} >= {"Skripal"}
    assert "Skripal" not in {m.text for m in people["Yulia Skripal"].mentions}


def test_the_candidates_of_another_sex_leave_the_list(news):
    # vietnews-010857: "ông Duterte" twice, with no full name before its first mention; "Bà Sara" is "Sara Duterte"
    people = _people(extractor.extract(news["vietnews-010857"]["text"]))
    assert "Duterte" in people
    assert "Sara Duterte" not in people["Duterte"].could_be
    assert {"Paolo Duterte", "Rodrigo Duterte"} <= set(people["Duterte"].could_be)


def test_the_middle_name_thi_says_a_woman(news):
    # vietnews-014439: "Thạc sĩ Võ Thị Huyền, Bí thư Chi bộ - Hiệu trưởng nhà trường cho biết: …", "…”, cô Huyền chia sẻ
    # thêm." and after it "Thạc sĩ Võ Thị Thu Huyền, Bí thư Chi bộ - Hiệu trưởng"
    people = _people(extractor.extract(news["vietnews-014439"]["text"]))
    assert "Huyền" not in people
    assert "Huyền" in {m.text for m in people["Võ Thị Huyền"].mentions}


def test_a_woman_addressed_is_not_a_man_of_that_given_name():
    # hand-made: "bà Hoa" is "Nguyễn Thị Hoa", not "Trần Văn Hoa", named after her and last before the reference
    people = _people(extractor.extract("Bà Nguyễn Thị Hoa và ông Trần Văn Hoa dự họp. Bà Hoa phát biểu."))
    assert "Hoa" not in people
    assert "Hoa" in {m.text for m in people["Nguyễn Thị Hoa"].mentions}
    assert "Hoa" not in {m.text for m in people["Trần Văn Hoa"].mentions}


def test_a_reference_with_no_cue_of_sex_still_lists_both():
    # hand-made: neither full name is written before "Hiếu", and no cue tells them apart
    people = _people(extractor.extract("Hiếu bị bắt. Công an bắt giữ Võ Minh Hiếu và Lê Thanh Hiếu."))
    assert set(people["Hiếu"].could_be) == {"Võ Minh Hiếu", "Lê Thanh Hiếu"}


def _mentioned_at(text: str, phrase: str, word: str, person: str) -> bool:
    """The word of ``phrase`` (written once in the article) is a mention of ``person``."""
    at = text.index(phrase) + phrase.index(word)
    people = _people(extractor.extract(text))
    return (at, at + len(word)) in {(m.start, m.end) for m in people[person].mentions}


def test_a_name_alone_after_a_word_opening_the_sentence_is_a_reference(news):
    # vietnews-012197: "Theo Schilling, dù chỉ mới …" after "John Schilling" (a function word before the name)
    assert _mentioned_at(news["vietnews-012197"]["text"], "Theo Schilling, dù", "Schilling", "John Schilling")
    # vietnews-000409: "Còn Khoa là chồng …"; vietnews-014525: "Hiện Thảo đã bị …" (people_context.yaml bare_name_openers)
    assert _mentioned_at(news["vietnews-000409"]["text"], "Còn Khoa là", "Khoa", "Nguyễn Đăng Khoa")
    assert _mentioned_at(news["vietnews-014525"]["text"], "Hiện Thảo đã", "Thảo", "Trần Ngọc Thảo")


def test_a_given_name_of_two_words_is_not_cut_after_a_function_word(news):
    # vietnews-001372: "Mai Quốc Việt – Như Thuỳ chính thức …": "Như" (also the function word "như") opens the name
    text = news["vietnews-001372"]["text"]
    at = text.index("Như Thuỳ chính thức") + len("Như ")
    assert at not in {m.start for p in extractor.extract(text).people for m in p.mentions}


def test_a_nickname_given_after_the_full_name_is_a_mention_of_the_person(news):
    # vietnews-000574: "Lê Mạnh Thắng (còn gọi là Thắng đen, 32 tuổi …), Vũ Ngọc Linh (tức Linh tô, 32 tuổi)"
    people = _people(extractor.extract(news["vietnews-000574"]["text"]))
    assert "Thắng đen" in {m.text for m in people["Lê Mạnh Thắng"].mentions}
    assert "Linh tô" in {m.text for m in people["Vũ Ngọc Linh"].mentions}
    # vietnews-000836: "bị cáo Đinh Ngọc Hệ (còn gọi là Út “trọc”)", and the headline "Út “trọc” đổ vấy …" writes it again
    mentions = _people(extractor.extract(news["vietnews-000836"]["text"]))["Đinh Ngọc Hệ"].mentions
    assert (0, len("Út “trọc”")) in {(m.start, m.end) for m in mentions}
    # vietnews-016315: "ông Phan Văn Anh Vũ (tức Vũ “nhôm”)", then "Vũ " nhôm "" (straight quotes) alone: the whole nickname,
    # not its given name "Vũ"
    text = news["vietnews-016315"]["text"]
    spans = {(m.start, m.end) for m in _people(extractor.extract(text))["Phan Văn Anh Vũ"].mentions}
    written = [(at, at + len(form)) for form in ("Vũ “nhôm”", 'Vũ " nhôm "') for at in range(len(text))
               if text.startswith(form, at)]
    assert len(written) == 6 and set(written) <= spans


def test_another_name_in_brackets_is_a_form_of_the_person_wherever_written(news):
    # vietnews-001770: "MC Ngọc Trang và Lê Thảo Linh (Lin Jay) từng …", then "chia tay Lin Jay", "Lin Jay nói với tôi"
    text = news["vietnews-001770"]["text"]
    people = _people(extractor.extract(text))
    assert "Lin Jay" not in people
    assert sum(m.text == "Lin Jay" for m in people["Lê Thảo Linh"].mentions) == text.count("Lin Jay") == 8
    # vietnews-001988: "bạn trai John Tuấn Nguyễn (Tuấn John)"; "doanh nhân Tuấn John" is no second person
    people = _people(extractor.extract(news["vietnews-001988"]["text"]))
    assert "Tuấn John" not in people
    assert "Tuấn John" in {m.text for m in people["John Tuấn Nguyễn"].mentions}


def test_a_place_or_body_in_brackets_is_no_other_name(news):
    # vietnews-016044: "Trịnh Xuân Hoa (Trung Quốc)"; vietnews-017452: "Huỳnh Ái Thy (ĐH Sài Gòn)"
    for article, name, bracketed in (("vietnews-016044", "Trịnh Xuân Hoa", "Trung Quốc"),
                                     ("vietnews-017452", "Huỳnh Ái Thy", "ĐH Sài Gòn")):
        text = news[article]["text"]
        assert f"{name} ({bracketed})" in text
        assert bracketed not in {m.text for m in _people(extractor.extract(text))[name].mentions}


def test_a_name_only_ever_written_in_quotes_is_a_figure_not_a_person(news):
    # vietnews-012857: "Xử 15 tháng tù cho “Lục Vân Tiên” …", "… là những “Lục Vân Tiên” giữa đời thường"
    text = news["vietnews-012857"]["text"]
    assert text.count("“Lục Vân Tiên”") == 3
    assert "Lục Vân Tiên" not in _people(extractor.extract(text))
    # vietnews-004774: "Shen Wei" is written in quotes once (" Shen Wei " (Thẩm Nguy)) and without them elsewhere
    assert "Shen Wei" in _people(extractor.extract(news["vietnews-004774"]["text"]))


def test_a_given_name_that_is_a_form_of_address_is_a_reference_only_after_a_cue(news):
    # vietnews-000574: "Nguyễn Tuấn Anh" is named; "… chém nát chân anh H. Anh H. phải cắt bỏ 1 chân": "Anh" addresses H.
    text = news["vietnews-000574"]["text"]
    at = text.index("Anh H. phải")
    assert at not in {m.start for p in extractor.extract(text).people for m in p.mentions}
    # vietnews-016639: "đối tượng Anh khai nhận …" (a cue before it) refers to Trần Đình Anh
    text = news["vietnews-016639"]["text"]
    at = text.index("đối tượng Anh khai") + len("đối tượng ")
    assert at in {m.start for m in _people(extractor.extract(text))["Trần Đình Anh"].mentions}


def test_a_korean_family_name_alone_refers_to_the_person_named_in_full(news):
    # vietnews-011652: "Choe Ryong - hae" and "Hong Min" named in full, then "Choe là một …", "…, Hong nhận xét."
    text = news["vietnews-011652"]["text"]
    people = _people(extractor.extract(text))
    for name, phrase in (("Choe Ryong - hae", "Choe là một"), ("Hong Min", "Hong nhận xét")):
        assert text.index(phrase) in {m.start for m in people[name].mentions}


def test_a_brand_or_an_index_is_no_person(news):
    # vietnews-012595: "Chủ tịch Cathay Pacific từ chức": the airline (language.yaml foreign_body_words), whose chairman
    # John Slosar resigns; vietnews-018156: "Vn Index vượt mốc …", "chỉ số Upcom Index tăng …"
    people = _people(extractor.extract(news["vietnews-012595"]["text"]))
    assert "Cathay Pacific" not in people and "John Slosar" in people
    assert not {"Vn Index", "Upcom Index"} & set(_people(extractor.extract(news["vietnews-018156"]["text"])))
