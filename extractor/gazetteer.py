"""Place names: Vietnam's administrative units before and after the July 2025 reorganisation, and countries.

The units come from the maintained ``vietnamadminunits`` package (its JSON datasets: the 63-province
three-level units in force until 30 June 2025, and the 34-province two-level units from 1 July 2025, their communes
and wards read only when one is to be resolved; its converter data for the provinces, communes and wards merged on 1
July 2025, read only when an article after that day names one); renamed units and districts merged away before 2025
from ``data/admin_renames.tsv`` and ``data/admin_merged.tsv``; countries and regions from ``data/countries.tsv``. Names
are keyed by ``text.fold``. What an article after the reorganisation gets for a unit it did away with: ``resolve``.
"""
from __future__ import annotations

import gc
import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

from .lexicons import load_json, load_tsv
from .text import fold

REORGANISED_ON = date(2025, 7, 1)  # Nghị quyết 202/2025/QH15: 34 provinces, no district level, from this day
LAST_LEGACY_DAY = REORGANISED_ON - timedelta(days=1)


@dataclass(frozen=True)
class Unit:
    name: str  # official, e.g. "Huyện Quảng Điền"
    kind: str  # province, city, district, town, ward, commune, township, special_zone
    province: str | None  # official name of the province it belongs to
    district: str | None = None  # of a commune, ward or township before the reorganisation, e.g. "Quận 1"


# era -> (dataset file, table of the units below a province read at start or None, their level's field name, table of
# the communes and wards read when one is to be resolved: by province and district before 2025, by province after)
_ERAS = {
    "legacy": ("parser_legacy.json", "DICT_PROVINCE_DISTRICT", "district", "DICT_PROVINCE_DISTRICT_WARD_NO_ACCENTED"),
    "2025": ("parser_from_2025.json", None, "ward", "DICT_PROVINCE_WARD_NO_ACCENTED"),
}
WARD_KINDS = frozenset({"ward", "commune", "township", "special_zone"})  # the units of the communes' tables
PARENT_KINDS = frozenset({"province", "city", "district", "town"})  # the units a commune or ward lies in


ERAS = tuple(_ERAS)  # the eras, oldest first

# The datasets are 3.6 MB of JSON, a tenth of a second to parse at every start, of which _tables reads the names:
# data/admin_units.json keeps those fields of each era's dataset with the SHA-256 of the file and of the selection,
# data/admin_wards.json the communes and wards, read only when one is to be resolved (both rebuilt by
# ``write_units_cache()``); a dataset file a cache was not made from is read in full.
_PROVINCE_FIELDS = ("province", "provinceShort", "provinceKeywords")
UNITS_CACHE, WARDS_CACHE = "admin_units.json", "admin_wards.json"


DISTRICT_KINDS = frozenset({"district", "town", "city"})  # the units below a province before 2025


@lru_cache(maxsize=2)
def _levels_of(kinds: frozenset[str]) -> tuple[str, ...]:
    """The level words of units of ``kinds`` as official names write them (of WARD_KINDS: "Thị trấn", "Xã", "Phường",
    "Đặc khu"): the words of ``data/admin_levels.tsv`` of those kinds, abbreviations ("P.") left out. A former level
    of a unit is kept in the dataset's keywords ("xaphonghoa" of Phường Phong Hòa, a xã until 2025; "thixadian" of
    Thành phố Dĩ An)."""
    return tuple(word[0].upper() + word[1:] for row in load_tsv("admin_levels.tsv")
                 if row["kind"] in kinds and (word := row["word"]) == word.lower() and "." not in word)


def _ward_levels() -> tuple[str, ...]:
    """The level words of communes and wards ("Xã", "Phường")."""
    return _levels_of(WARD_KINDS)


def _former_levels(official: str, short: str, keywords: list[str], levels: tuple[str, ...]) -> list[str]:
    """The ``levels`` other than its own that the dataset's ``keywords`` give a unit of that ``short`` name."""
    return [level for level in levels if not official.casefold().startswith(level.casefold() + " ")
            and _keyword(level + short) in keywords]


def _source(era: str) -> Path:
    """An era's ``vietnamadminunits`` dataset file, found without importing the package (its import builds the
    package's address parsers, which vnx does not use: half a second of every start)."""
    return Path(find_spec("vietnamadminunits").submodule_search_locations[0]) / "data" / _ERAS[era][0]


def _fingerprint(era: str, source: bytes, cache: str = UNITS_CACHE) -> str:
    """SHA-256 of what ``cache`` of ``era`` is made of: the selection and the dataset file's bytes."""
    selection = [cache, _ERAS[era], _PROVINCE_FIELDS, _ward_levels(), _levels_of(DISTRICT_KINDS)]
    return hashlib.sha256(json.dumps(selection).encode() + source).hexdigest()


def _keyword(text: str) -> str:
    """``text`` as the dataset's keywords write it: no accents, no spaces, lower case ("Thị trấn" -> "thitran")."""
    bare = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    return "".join(c for c in bare if c.isalnum() and not unicodedata.combining(c))


def _ward_row(unit: dict) -> list[str]:
    """[official name, its level word, former level words...] of a commune or ward of the dataset ("Phường Phong Hòa",
    "Phường", "Xã"): the level word as the name writes it (a dozen names are not of their wardType: "Phường 5" of a
    "Xã", "Thị Trấn Óc Eo"); a former level is one the keywords give its name ("xaphonghoa"; the short names of the
    dataset are no help: "Mỹ Thọ (Thị trấn)", "Phường 5")."""
    official, written = unit["ward"], unit["wardType"]
    word = next((w for w in (written, *_ward_levels()) if official.casefold().startswith(w.casefold() + " ")), written)
    return [official, official[: len(word)],
            *_former_levels(official, official[len(word):].strip(), unit["wardKeywords"], _ward_levels())]


def _selected(data: dict, era: str, cache: str = UNITS_CACHE) -> dict:
    """The fields of an era's dataset that ``_tables`` (``cache`` UNITS_CACHE) or ``_wards`` (WARDS_CACHE) reads, in
    the dataset's order."""
    _, children, level, wards = _ERAS[era]
    if cache == WARDS_CACHE:  # by province, and district before 2025 ("" after)
        return {key: {district: [_ward_row(u) for u in units.values() if isinstance(u["ward"], str)]
                      for district, units in (by_district.items() if children else [("", by_district)])}
                for key, by_district in data[wards].items()}
    selected = {"DICT_PROVINCE": {key: {f: p[f] for f in _PROVINCE_FIELDS} for key, p in data["DICT_PROVINCE"].items()}}
    if children:
        levels = _levels_of(DISTRICT_KINDS)
        selected[children] = {
            key: {name: {level: u[level], f"{level}Short": (short := _short_name(u, level)),
                         "former": _former_levels(u[level], short, u[f"{level}Keywords"], levels)}
                  for name, u in units.items()} for key, units in data[children].items()}
    return selected


def _short_name(unit: dict, level: str) -> str:
    """The short name of a district-level unit of the dataset without the level it writes in brackets after the name
    that two units of one province share ("Cao Lãnh (Thành phố)", "Cao Lãnh (Huyện)" -> "Cao Lãnh"): the level word an
    article writes before the name tells the two apart."""
    return unit[f"{level}Short"].removesuffix(f" ({unit[f'{level}Type']})")


def _dataset(era: str, cache: str = UNITS_CACHE) -> dict:
    """An era's dataset: its fields that ``_tables`` (or ``_wards``) reads, from ``cache`` when the cache was made from
    this very file, else from the whole file."""
    source = _source(era).read_bytes()
    cached = load_json(cache).get(era, {})
    if cached.get("sha256") == _fingerprint(era, source, cache):
        return cached["tables"]
    data = json.loads(source)
    return _selected(data, era, cache)


def write_units_cache(folder: Path = Path(__file__).with_name("data")) -> None:
    """Write the caches of the installed datasets' names, ``data/admin_units.json`` and ``data/admin_wards.json``
    (after ``vietnamadminunits`` changed: ``python -c "from extractor import gazetteer; gazetteer.write_units_cache()"``)."""
    for cache in (UNITS_CACHE, WARDS_CACHE):
        eras: dict = {"about": "vnx cache of the names in vietnamadminunits' datasets; written by "
                               "extractor.gazetteer.write_units_cache, used only while each era's sha256 matches"}
        for era in _ERAS:
            source = _source(era).read_bytes()
            eras[era] = {"sha256": _fingerprint(era, source, cache), "tables": _selected(json.loads(source), era, cache)}
        (folder / cache).write_text(json.dumps(eras, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")


@lru_cache(maxsize=1)
def _levels() -> tuple[tuple[tuple[str, ...], str], ...]:
    """(folded words, kind) of each level word of ``data/admin_levels.tsv``, a final dot dropped ("TP." as "tp"),
    longest first."""
    levels = {tuple(fold(row["word"]).rstrip(".").split()): row["kind"] for row in load_tsv("admin_levels.tsv")}
    return tuple(sorted(((words, kind) for words, kind in levels.items() if words), key=lambda level: -len(level[0])))


@lru_cache(maxsize=1)
def glued_level() -> re.Pattern:
    """An abbreviated level word glued by its dot to the name after it ("TP.HCM", "Q.Bình Thạnh"; the dotted words of
    ``data/admin_levels.tsv``, any case): the tokenizer cuts it in two words, ``split_level`` reads it as two."""
    dotted = [row["word"] for row in load_tsv("admin_levels.tsv") if row["word"].endswith(".")]
    return re.compile(rf"^(?:{'|'.join(map(re.escape, dotted))})(?=[^\W\d_])", re.IGNORECASE)


@lru_cache(maxsize=4096)  # an article's places are looked up again and again (``_named``, ``resolve``)
def split_level(name: str) -> tuple[str | None, str]:
    """(kind, the rest as written) of a place name that opens with a level word and goes on: "huyện Quảng Điền" ->
    ("district", "Quảng Điền"), "TP. HCM" and "TP.HCM" -> ("city", "HCM"); (None, name) when it opens with none."""
    glued = glued_level().match(name)
    spaced = f"{name[: glued.end()]} {name[glued.end():]}" if glued else name
    written = spaced.split()
    words = tuple(word.rstrip(".") for word in fold(spaced).split())
    for level, kind in _levels():
        if len(words) > len(level) and words[: len(level)] == level:
            return kind, " ".join(written[len(level) :])
    return None, name


def _kind_of(official: str) -> str:
    return split_level(official)[0] or "province"


@lru_cache(maxsize=None)
def _written(level: str) -> str:
    """A level word as official names write it, its first letter alone a capital: ten names of the legacy dataset write
    "Thành Phố Đồng Hới", "Thị Xã Buôn Hồ", "Thị Trấn Óc Eo"."""
    return level[:1] + level[1:].lower()


@lru_cache(maxsize=None)
def _official(name: str) -> tuple[str, str]:
    """(official name with its level word as ``_written``, kind) of a district-level unit of the dataset (kept: ``_tables``
    and ``_wards`` both ask)."""
    kind, rest = split_level(name)
    return (f"{_written(name[: len(name) - len(rest)].rstrip())} {rest}" if kind else name), kind or "province"


@lru_cache(maxsize=None)
def _level_kind(level: str) -> str:
    """The kind of a level word as an official name writes it ("Phường", "Thị trấn")."""
    return _kind_of(f"{level} _")


def _add(table: dict[str, list[Unit]], short: str, unit: Unit, aliases: dict[str, list[Unit]]) -> None:
    """``unit`` under its short name in ``table``; a numbered unit, whose short name is its full name ("Quận 1",
    "Phường 5"), under its number in ``aliases`` too ("quận 1" is written with "quận" apart)."""
    for into, name in ((table, short), (aliases, split_level(short)[1])) if short == unit.name else ((table, short),):
        named = into.setdefault(name_key(name), [])
        if unit not in named:  # a renamed unit's old short name may be its own ("Phong Điền", huyện then thị xã)
            named.append(unit)


@lru_cache(maxsize=2)
def _tables(era: str) -> tuple[dict[str, tuple[Unit, ...]], ...]:
    """(short name (folded) -> units of that name, initials or number -> the unit so called, short name -> the units so
    called by a former level) of era 'legacy' (provinces and districts) or '2025' (provinces).

    The initials are the keywords of the dataset that are the first letters of a province's name ("hcm" for Hồ Chí
    Minh, "hn" for Hà Nội): "TP. HCM" is the city, though "HCM" is no name of its own; a number names a numbered
    district ("1" of "quận 1"). A former level is the dataset's ("thixadian": "thị xã Dĩ An", a thị xã before it was
    made a city, is Thành phố Dĩ An under the name the article gives it) or ``data/admin_former_levels.tsv``'s; it is
    looked for only with a level word."""
    table: dict[str, list[Unit]] = {}
    aliases: dict[str, list[Unit]] = {}
    formers: dict[str, list[Unit]] = {}
    _, children, level, _ = _ERAS[era]
    data = _dataset(era)
    for key, p in data["DICT_PROVINCE"].items():
        province = Unit(p["province"], _kind_of(p["province"]), None)
        _add(table, p["provinceShort"], province, aliases)
        first = "".join(unicodedata.normalize("NFD", w)[0] for w in fold(p["provinceShort"]).replace("đ", "d").split())
        if first in p["provinceKeywords"]:
            aliases[first] = [province]
        for unit in data[children].get(key, {}).values() if children else ():
            _add(table, unit[f"{level}Short"], Unit(*_official(unit[level]), p["province"]), aliases)
            for former in unit["former"]:
                formers.setdefault(name_key(unit[f"{level}Short"]), []).append(
                    Unit(f"{former} {unit[f'{level}Short']}", _level_kind(former), p["province"]))
    for row in load_tsv("admin_renames.tsv"):  # the old name finds the unit; resolve() gives the name on the day
        for unit in {u for named in table.values() for u in named if u.name == row["new_name"]}:
            _add(table, row["old_short_name"], unit, aliases)
    for row in load_tsv("admin_former_levels.tsv") if children else ():  # those the keywords do not give
        short = split_level(row["name"])[1]
        formers.setdefault(name_key(short), []).append(
            Unit(f"{row['former_level']} {short}", _level_kind(row["former_level"]), row["province"]))
    return tuple({k: tuple(v) for k, v in t.items()} for t in (table, aliases, formers))


@lru_cache(maxsize=2)
def _wards(era: str) -> dict[str, tuple[Unit, ...]]:
    """Short name (folded) or number -> the communes, wards and townships so called in ``era``, each also under its
    former level ("Xã Phong Hòa" of Phường Phong Hòa): read the first time one is to be resolved."""
    _, children, level, _ = _ERAS[era]
    data = _dataset(era)
    provinces = {key: p["province"] for key, p in data["DICT_PROVINCE"].items()}
    districts = {(key, d): _official(u[level])[0]
                 for key, units in (data[children] if children else {}).items() for d, u in units.items()}
    table: dict[str, list[Unit]] = {}
    collecting = gc.isenabled()
    gc.disable()  # ten thousand units at once beside a loaded pipeline: its collections took 0.06 s -> 0.2 s
    try:
        for key, by_district in _dataset(era, WARDS_CACHE).items():
            for district, rows in by_district.items():
                for official, word, *former in rows:
                    name = official[len(word):].strip()  # "Bến Nghé", "5"
                    for level_word in (word, *former):
                        unit = Unit(f"{_written(level_word)} {name}", _level_kind(level_word), provinces[key],
                                    districts.get((key, district)))
                        table.setdefault(name_key(name), []).append(unit)
        return {k: tuple(dict.fromkeys(v)) for k, v in table.items()}  # a unit listed twice is one
    finally:
        if collecting:
            gc.enable()


@lru_cache(maxsize=1)
def commune_names() -> frozenset[str]:
    """The short names (folded) of the communes, wards and townships of both maps ("đồng tiến", "bến nghé"), for a reader
    that must tell a commune's name from the words around it; read the first time it is asked for."""
    return frozenset(name for era in ERAS for name in _wards(era) if not name.isdigit())


def _converter() -> dict:
    """The package's converter data of 1 July 2025: new province -> the legacy provinces merged into it, new commune or
    ward -> the legacy ones it took whole ("province_district_ward" keys, ``_keyword`` of their official names), legacy
    commune or ward divided among several -> those."""
    return json.loads((_source("2025").parent / "converter_2025.json").read_bytes())


@lru_cache(maxsize=1)
def _successors() -> dict[str, str]:
    """Official name of each province of the legacy map -> the province of 2025 it lies in ("Tỉnh Hà Giang" -> "Tỉnh
    Tuyên Quang"), from the converter data (read the first time a legacy unit is to be named on the map of 2025)."""
    merged = _converter()["DICT_PROVINCE"]
    legacy, new = (_dataset(era)["DICT_PROVINCE"] for era in ERAS)
    return {legacy[old]["province"]: new[key]["province"] for key, olds in merged.items() for old in olds}


def _bare_key(official: str) -> str:
    """``_keyword`` of a commune's or ward's name without its level word ("Xã Phong Hòa", "Phường Phong Hòa" ->
    "phonghoa"): a unit looked up by a former level is the dataset's unit of its current level."""
    kind, name = split_level(official)
    return _keyword(name if kind in WARD_KINDS else official)


@lru_cache(maxsize=1)
def _absorbed() -> dict[tuple[str, str, str], Unit | None]:
    """(province, district, ``_bare_key`` of the name) of each legacy commune, ward and township, as ``_keyword`` writes
    them -> the commune, ward or special zone of 2025 that took all of it, None when it was divided among several (or
    two of its names went two ways); name "" of a district that became one unit of 2025 whole, a unit made of it alone
    (the island districts made special zones: Huyện Lý Sơn, Huyện Vân Đồn; Quận Ngũ Hành Sơn, one ward). From the
    converter data; read the first time a legacy unit is asked for on a day after the reorganisation."""
    data = _converter()
    provinces = {key: p["province"] for key, p in _dataset("2025")["DICT_PROVINCE"].items()}
    new = {(key, _keyword(official)): Unit(official, _level_kind(word), provinces[key])
           for key, by_district in _dataset("2025", WARDS_CACHE).items() for official, word, *_ in by_district[""]}
    absorbed: dict[tuple[str, str, str], Unit | None] = {}
    pairs = [(old, new.get((key, ward))) for key, wards in data["DICT_PROVINCE_WARD_NO_DIVIDED"].items()
             for ward, olds in wards.items() for old in olds]
    pairs += [(old, None) for divided in data["DICT_PROVINCE_WARD_DIVIDED"].values() for old in divided]
    levels = sorted((_keyword(level) for level in _ward_levels()), key=len, reverse=True)
    went: dict[tuple[str, str], set] = {}  # district -> the units of 2025 its communes went to (None: divided)
    came: dict[Unit, set] = {}  # unit of 2025 -> the districts it took communes from
    for old, unit in pairs:
        province, district, ward = old.split("_")
        ward = next((ward[len(level):] for level in levels if ward.startswith(level)), ward)
        key = (province, district, ward)
        absorbed[key] = unit if absorbed.get(key, unit) == unit else None
        went.setdefault((province, district), set()).add(unit)
        came.setdefault(unit, set()).add((province, district))
    for (province, district), units_of in went.items():  # a district that became one unit, and that unit only
        if len(units_of) == 1 and None not in units_of and len(came[next(iter(units_of))]) == 1:
            absorbed[(province, district, "")] = next(iter(units_of))
    return absorbed


def units(era: str) -> dict[str, tuple[Unit, ...]]:
    """Short name (folded) -> units of that name, for era 'legacy' (to June 2025: provinces and districts) or '2025'
    (provinces)."""
    return _tables(era)[0]


def _called(name: str, era: str, kind: str | None = None) -> tuple[Unit, ...]:
    """The units of ``era`` called ``name`` (without its level word), or by their initials or number: the communes and
    wards when ``kind`` is theirs."""
    key = name_key(name)
    if kind in WARD_KINDS:
        return _wards(era).get(key, ())
    called = units(era).get(key) or _tables(era)[1].get(key, ())
    return called + _tables(era)[2].get(key, ()) if kind is not None else called


def within(name: str, province: str) -> bool:
    """A unit called ``name`` (either map) lies in the province or province-level city called ``province``: "Gia Lâm"
    in "Hà Nội", "Kim Sơn" in "Ninh Bình"."""
    return any(unit.province in _named((province,), era)[0] for era in _ERAS for unit in units(era).get(name_key(name), ()))


def lies_in(unit: Unit, places: Iterable[str], day: date | None) -> bool:
    """``unit`` (as ``resolve`` gives it on ``day``) lies in a district or province of those called ``places`` as written
    ("TP. Bạc Liêu", "huyện Tiên Lãng"): a commune ``resolve`` finds beside its district's name may be a namesake
    elsewhere when the one of that district is no more."""
    provinces, districts = _named(tuple(places), era_of(day))
    return unit.province in provinces or unit.district in districts


def provinces_of(places: Iterable[str], day: date | None) -> frozenset[str]:
    """The provinces and province-level cities that the units called ``places`` as written are, or lie in ("huyện Tiên
    Lãng": Thành phố Hải Phòng; "thị xã Chí Linh", now a city: Tỉnh Hải Dương), in the map of ``day``."""
    called = [unit for place in places for unit in _called(split_level(place)[1], era_of(day))]
    return frozenset(unit.province or unit.name for unit in called)


def named_in_vietnam(name: str, kind: str | None = None) -> bool:
    """A unit of either map, or a former one (renamed: ``data/admin_renames.tsv``; merged away:
    ``data/admin_merged.tsv``), is called ``name`` as ``resolve`` reads it, loosely spelt too: a commune, ward or
    township when ``kind`` is theirs, else a province or district ("Hà Nam" is; "Trịnh Châu", "An Huy" are not)."""
    key, wards = name_key(name), kind in WARD_KINDS
    return any(_called(name, era, kind) or _loose(era, wards).get(_loose_key(name)) for era in ERAS) \
        or not wards and any(name_key(row["old_short_name"]) == key
                             for table in ("admin_renames.tsv", "admin_merged.tsv") for row in load_tsv(table))


def commune_within(name: str, place: str, eras: tuple[str, ...] = ERAS) -> set[str]:
    """The levels (commune, ward, township) in the maps ``eras`` of the units called ``name`` that lie in the district
    or province called ``place`` as written, empty when none does: {"commune"} for "Y Tý" in "Bát Xát" or "Lào Cai"."""
    kinds: set[str] = set()
    for era in eras:
        provinces, districts = _named((place,), era)
        kinds |= {u.kind for u in _wards(era).get(name_key(name), ()) if u.district in districts or u.province in provinces}
    return kinds


def era_of(day: date | None) -> str:
    """Which administrative map an article dated ``day`` refers to: undated, the legacy one (the units of 30 June 2025,
    the older and richer map; a district merged before that day is the unit that took it: ``_merged_away``)."""
    return "2025" if day is not None and day >= REORGANISED_ON else "legacy"


def eras_until(day: date | None) -> tuple[str, ...]:
    """The maps whose units an article dated ``day`` may name: the former one always, the 2025 one from its day on
    (undated: the former only)."""
    return ERAS[:ERAS.index(era_of(day)) + 1]


def _renamed(official: str | None, day: date | None) -> dict | None:
    """The row of ``data/admin_renames.tsv`` that gives ``official`` another name on ``day``."""
    for row in load_tsv("admin_renames.tsv"):
        if official == row["new_name"] and day is not None and day < date.fromisoformat(row["in_force_from"]):
            return row
    return None


def _name_on(official: str | None, day: date | None) -> str | None:
    """``official`` as it was called on ``day``."""
    row = _renamed(official, day)
    return row["old_name"] if row else official


_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"})


@lru_cache(maxsize=8192)  # the entity scan asks for the same names' keys again and again
def name_key(name: str) -> str:
    """A place name as looked up: folded, any apostrophe as "'" ("Ea H’Leo"), a dash between its parts as a space
    ("Thừa Thiên - Huế")."""
    key = fold(name).translate(_APOSTROPHES)
    return re.sub(r"\s*[-–]\s*", " ", key) if "-" in key or "–" in key else key


def _loose_key(name: str) -> str:
    """``name`` with what the press spells freely in ethnic-minority names and tone marks folded away: marks, "đ",
    spaces, apostrophes, a syllable's last "c" as "k" ("Đăk Lăk", "Đắc Lắc" -> "daklak"; "Cư Jut" -> "cujut";
    "Kontum"; "Đắk Rlấp")."""
    return _keyword(re.sub(r"c\b", "k", name_key(name)))


@lru_cache(maxsize=4)
def _loose(era: str, wards: bool) -> dict[str, tuple[Unit, ...]]:
    """``_loose_key`` -> the units of ``era`` so keyed: the communes, wards and townships when ``wards``, else the
    provinces and districts."""
    table: dict[str, list[Unit]] = {}
    for key, called in (_wards(era) if wards else units(era)).items():
        table.setdefault(_loose_key(key), []).extend(called)
    return {k: tuple(dict.fromkeys(v)) for k, v in table.items()}


def unaccented_province(name: str) -> bool:
    """``name`` is written without any mark ("Ninh Binh") and, its marks aside, is the name of a province of either map
    ("Ninh Bình")."""
    return name.isascii() and any(u.kind in ("province", "city") and u.district is None
                                  for era in ERAS for u in _loose(era, False).get(_loose_key(name), ()))


def _spelled_otherwise(name: str, era: str, kind: str | None, provinces: Iterable[str]) -> tuple[Unit, ...]:
    """The units of ``era`` whose names differ from ``name`` only as ``_loose_key`` folds ("huyện Cư Jut": Huyện Cư
    Jút; "huyện Krông Pắk": Huyện Krông Pắc; "huyện Đan Phương": Huyện Đan Phượng), asked for when no unit of either
    map has the name as written (a commune merged away in 2025 is the one that took it, not a namesake); a commune,
    ward or township (thousands of names) only in a district the article names ("xã Phước Kiến, huyện Nhà Bè": Xã
    Phước Kiển; "xã Xuân Thạnh" beside "huyện Thống Nhất" is not Xã Xuân Thành of Huyện Xuân Lộc), so of the legacy
    map: a province of 2025 holds too many for a loose name to tell one."""
    if kind not in WARD_KINDS:
        return _loose(era, False).get(_loose_key(name), ())
    districts = _named(tuple(provinces), era)[1] if provinces else frozenset()
    return tuple(u for u in _loose(era, True).get(_loose_key(name), ()) if u.district and u.district in districts)


@lru_cache(maxsize=256)
def _named(names: tuple[str, ...], era: str) -> tuple[frozenset[str], frozenset[str]]:
    """(provinces and province-level cities, districts): the official names, in ``era``'s map, of the units called
    ``names`` as written ("tỉnh Thừa Thiên Huế", "Thừa Thiên - Huế", "TP. HCM", "quận 1"): an article's, asked for
    each of its ambiguous places."""
    called = [unit for name in names for unit in _called(split_level(name)[1], era)]
    if era != ERAS[0]:  # a province merged on 1 July 2025, written by its old name: the province it lies in
        called += [Unit(_successors()[unit.name], "province", None) for name in names
                   if not _called(split_level(name)[1], era) for unit in _called(split_level(name)[1], ERAS[0])
                   if unit.province is None]
    return (frozenset(u.name for u in called if u.province is None),
            frozenset(u.name for u in called if u.province is not None))


def resolve(name: str, kind: str | None, day: date | None, provinces: Iterable[str] = (), bare: bool = False) -> Unit | None:
    """The unit called ``name`` of ``kind`` on ``day``, when exactly one matches; among units of one name, those inside
    one of the ``provinces`` (or districts) the article names ("huyện Phong Điền" in an article on "tỉnh Thừa Thiên
    Huế" is not the district of Cần Thơ; "phường 5" beside "quận 3" is Quận 3's). A commune, ward or township is
    looked for among those of the article's map, and only in the provinces it names when it names any. A name written
    with no level word (``bare``, its ``kind`` guessed from the name) of units only outside the provinces the article
    names is none of them when a commune, ward or township of one of those provinces is so called ("Ngọc Hồi" in an
    article on Hà Nội is its xã, not Kon Tum's huyện; "Nha Trang" in a list of provinces is still the city).

    On a day after the reorganisation of 1 July 2025, a unit of the legacy map that is no more is (none when the
    legacy map does not tell it either):
    - a province merged into another: the province it lies in ("tỉnh Hà Giang": Tỉnh Tuyên Quang);
    - a district, district-level town or city (that level was abolished): itself, under its last official name, in the
      province it lies in on the day ("huyện Quảng Điền": Huyện Quảng Điền of Thành phố Huế; "huyện Hà Quảng": Huyện Hà
      Quảng of Tỉnh Cao Bằng), no district; one that became a unit of 2025 whole and alone is that unit ("huyện Lý
      Sơn": Đặc khu Lý Sơn);
    - a commune, ward or township merged away: the one of 2025 that took all of it ("phường Bến Nghé": Phường Sài
      Gòn), none when it was divided among several (the package's converter data)."""
    era = era_of(day)
    candidates = _called(name, era, kind)
    if not candidates and not any(_called(name, other, kind) for other in ERAS if other != era):
        candidates = _spelled_otherwise(name, era, kind, provinces)
    wards = kind in WARD_KINDS  # of thousands of names: one in a province the article does not name is not taken
    named, districts = _named(tuple(provinces), era) if provinces and (len(candidates) > 1 or wards or bare) \
        else (frozenset(),) * 2
    if any(u.province in named for u in candidates) or wards and named:
        candidates = tuple(u for u in candidates if u.province is None or u.province in named)  # not another's unit
    elif bare and named and any(u.province in named for u in _wards(era).get(name_key(name), ())):
        candidates = tuple(u for u in candidates if u.province is None)
    if any(u.district in districts for u in candidates):
        candidates = tuple(u for u in candidates if u.district in districts)
    if kind is not None:
        # a province-level city and a province are one level: "tỉnh Thừa Thiên Huế" is now "Thành phố Huế"
        # (not after the reorganisation for a city written where a province of that name is left: "TP. Thanh Hoá" in
        # 2025 is the former city, not Tỉnh Thanh Hóa)
        same = [u for u in candidates  # of its kind on the day
                if (was := _kind_of(_name_on(u.name, day))) == kind or {kind, was} <= {"city", "province"} and u.province is None
                and not (kind == "city" and was == "province" and era != ERAS[0])]
        exact = [u for u in same if _kind_of(_name_on(u.name, day)) == kind]  # "TP. Cà Mau": the city, not Tỉnh Cà Mau
        # of communes and wards listed under one level ("các xã, phường … Vĩnh Ngọc, Vĩnh Hải" beside "TP. Nha Trang"),
        # each written bare: the one so called in a district the article names, of another level (not with its own
        # level word: "xã Mỹ Đức" cut from "xã Mỹ Đức Tây" is not Phường Mỹ Đức of "thành phố Hà Tiên")
        listed = [u for u in candidates if wards and bare and u.district in districts]
        candidates = tuple(exact or same or (listed if len(listed) == 1 else ()))
    if not candidates and era != ERAS[0]:
        return _former(name, kind, provinces, bare)
    if not candidates and kind in DISTRICT_KINDS:
        return _merged_away(name, kind, day, provinces)
    if len(candidates) != 1:
        return None
    unit = candidates[0]
    if (row := _renamed(unit.name, day)) and name_key(name) != name_key(row["old_short_name"]) \
            and name_key(row["old_short_name"]).endswith(" " + name_key(split_level(unit.name)[1])):
        # a province renamed after its city (Thừa Thiên Huế -> Thành phố Huế): before that day the name of the city
        # ("Huế", "TP. Huế") is the city inside the province
        return Unit(unit.name, unit.kind, row["old_name"])
    official, province = _name_on(unit.name, day), _name_on(unit.province, day)
    district = _district_on(unit.district, day, unit.name)
    if district is not None and provinces:
        district = _district_as_named(district, province, day, provinces)
    return Unit(official, _kind_of(official), province, district)


def _district_as_named(district: str, province: str | None, day: date | None, provinces: Iterable[str]) -> str:
    """A commune's or ward's district as the article's own mention of it resolves, when that differs: a district
    written by a former level ("phường Tân Phước Khánh (thị xã Tân Uyên, Bình Dương)") is Thị xã Tân Uyên for both
    places of the record, not Thị xã for one and the dataset's later Thành phố Tân Uyên for the other."""
    short = name_key(split_level(district)[1])
    for place in provinces:
        kind, name = split_level(place)
        if kind in DISTRICT_KINDS and name_key(name) == short and kind != _kind_of(district):
            unit = resolve(name, kind, day, provinces)
            if unit is not None and unit.province == province:
                return unit.name
    return district


def _district_on(district: str | None, day: date | None, ward: str) -> str | None:
    """The district of commune or ward ``ward`` (its official name) as named on ``day``; before the district was formed
    by a merger, the one of those merged that held the ward (``data/admin_merged.tsv``: Phường Thảo Điền of Thành phố
    Thủ Đức lay in Quận 2 in 2018), none when the data does not tell."""
    merged = [row for row in load_tsv("admin_merged.tsv") if row["new_name"] == district] if district and day else []
    if merged and day < date.fromisoformat(merged[0]["in_force_from"]):
        key = name_key(split_level(ward)[1])
        return next((row["old_name"] for row in merged if key in {name_key(w) for w in row["wards"].split(", ")}), None)
    return _name_on(district, day)


def _merged_away(name: str, kind: str, day: date | None, provinces: Iterable[str]) -> Unit | None:
    """A district merged into another before 1 July 2025 (``data/admin_merged.tsv``: "quận 9"), in a province the
    article names if it names any: itself before that day, after it (or undated) the unit it went into."""
    named = _named(tuple(provinces), ERAS[0])[0]
    for row in load_tsv("admin_merged.tsv"):
        if name_key(row["old_short_name"]) == name_key(name) and _kind_of(row["old_name"]) == kind \
                and (not named or row["province"] in named):
            if day is not None and day < date.fromisoformat(row["in_force_from"]):
                return Unit(row["old_name"], kind, row["province"])
            return next((u for u in units(ERAS[0]).get(name_key(split_level(row["new_name"])[1]), ())
                         if u.name == row["new_name"]), None)
    return None


def _former(name: str, kind: str | None, provinces: Iterable[str], bare: bool) -> Unit | None:
    """A unit of the legacy map that the map of 2025 has no more, as ``resolve`` names it after 1 July 2025."""
    before = resolve(name, kind, LAST_LEGACY_DAY, provinces, bare)
    if before is None:
        return None
    if before.province is None:  # a province or province-level city
        merged = _successors().get(before.name)
        return Unit(merged, _kind_of(merged), None) if merged and merged != before.name else None
    if before.district is None:  # a district, district-level town or city, by its last name, not a former level's
        # ("thị xã Dĩ An": Thành phố Dĩ An)
        last = next((u for u in units(ERAS[0]).get(name_key(split_level(before.name)[1]), ())
                     if u.province == before.province), before)
        island = _absorbed().get((_keyword(before.province), _keyword(last.name), ""))
        return island or Unit(last.name, last.kind, _successors()[before.province])
    province, district = _keyword(before.province), _keyword(before.district)
    return _absorbed().get((province, district, _bare_key(before.name)))


@lru_cache(maxsize=1)
def bare_place_names() -> dict[str, str]:
    """Names recognised without a level word: provinces of both eras and countries -> kind."""
    names = {}
    for era in ERAS:
        for units_of_name in units(era).values():
            for unit in units_of_name:
                if unit.province is None:
                    names[split_level(unit.name)[1]] = unit.kind
    for row in load_tsv("admin_renames.tsv"):
        if any(u.province is None for u in units("legacy").get(name_key(row["old_short_name"]), ())):
            names[row["old_short_name"]] = _kind_of(row["old_name"])
    for row in load_tsv("countries.tsv"):
        names[row["name"]] = row["kind"]
    return names
