"""Lexicon loading and the regex alternation built from lexicon words."""
import pathlib
import re

import pytest

from extractor.lexicons import alternation, load_tsv, load_yaml
from extractor.text import normalize


def _flat(words):
    """The plain alternation, one branch per word, longest first: what the trie must match like."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=lambda w: (-len(w), w)))


def test_alternation_shares_beginnings_and_keeps_longest_first():
    # hand-made word list
    pattern = alternation(["tháng", "tháng sau", "tháng trước", "năm nay"])
    assert pattern == r"tháng(?:\s+(?:trước|sau)|)|năm\s+nay"
    assert re.fullmatch(pattern, "tháng  trước") and re.match(pattern, "tháng sau").group() == "tháng sau"
    assert alternation([]) == "" and alternation(["a.b"]) == r"a\.b"


def test_alternation_matches_exactly_like_the_flat_one_on_real_text(news):
    """Every word list of the time lexicon, as the time grammar uses them (whole words, case-insensitive),
    on 150 real articles: the same matches at the same places."""
    texts = [normalize(article["text"]).text for article in list(news.values())[:150]]
    lists = {key: words for key, words in load_yaml("time_words.yaml").items()
             if isinstance(words, list) and all(isinstance(w, str) for w in words) and len(words) > 1}
    assert len(lists) > 20
    found = 0
    for key, words in lists.items():
        trie = re.compile(rf"(?<!\w)(?:{alternation(words)})(?!\w)", re.IGNORECASE)
        flat = re.compile(rf"(?<!\w)(?:{_flat(words)})(?!\w)", re.IGNORECASE)
        for text in texts:
            spans = [m.span() for m in trie.finditer(text)]
            assert spans == [m.span() for m in flat.finditer(text)], key
            found += len(spans)
    assert found > 1000


def test_every_organisation_system_is_described():
    """The systems written in org_heads.tsv and organizations.tsv are the rows of org_systems.tsv."""
    described = {row["system"] for row in load_tsv("org_systems.tsv")}
    used = {row["system"] for name in ("org_heads.tsv", "organizations.tsv") for row in load_tsv(name)}
    assert used <= described and {"business", "media", "foreign"} <= used


def test_every_place_kind_the_data_gives_is_documented():
    """Location.kind's description (the record contract) names every kind a lexicon can give a place."""
    from extractor.records import Location

    documented = set(re.findall(r"[a-z_]+", Location.model_fields["kind"].description))
    given = {row["kind"] for name in ("admin_levels.tsv", "countries.tsv") for row in load_tsv(name)}
    given |= set(load_yaml("place_lists.yaml")["site_words_after"].values())
    assert given <= documented, sorted(given - documented)


def test_a_key_written_twice_in_a_data_file_is_refused_and_none_is():
    """time_words.yaml held "clock_same_day_after" twice, and YAML let the second list win in silence ("hôm ấy" dead):
    the data loader refuses such a file, and every shipped YAML file loads."""
    import yaml

    from extractor import lexicons

    with pytest.raises(ValueError, match="'a' is a key twice in one mapping \\(line 3\\)"):
        yaml.load("a: [x]\nb: 1\na: [y]\n", Loader=lexicons._DataLoader)
    for path in sorted(pathlib.Path(lexicons.__file__).parent.joinpath("data").glob("*.yaml")):
        assert lexicons.load_yaml(path.name) is not None, path.name
