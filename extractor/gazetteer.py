"""Place names: Vietnam's administrative units before and after the July 2025 reorganisation, and countries.

The units come from the maintained ``vietnamadminunits`` package (its JSON datasets: the 63-province
three-level units in force until 30 June 2025, and the 34-province two-level units from 1 July 2025);
countries and regions from ``data/countries.tsv``. Names are keyed by ``text.fold``.
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

from .lexicons import load_json, load_tsv
from .text import fold

REORGANISED_ON = date(2025, 7, 1)  # Nghị quyết 202/2025/QH15: 34 provinces, no district level, from this day


@dataclass(frozen=True)
class Unit:
    name: str  # official, e.g. "Huyện Quảng Điền"
    kind: str  # province, city, district, town, ward, commune, township
    province: str | None  # official name of the province it belongs to




# era -> (dataset file, table of the units below a province, their level's field name)
_ERAS = {
    "legacy": ("parser_legacy.json", "DICT_PROVINCE_DISTRICT", "district"),
    "2025": ("parser_from_2025.json", "DICT_PROVINCE_WARD_SHORT_ACCENTED", "ward"),
}


ERAS = tuple(_ERAS)  # the eras, oldest first

# The datasets are 3.6 MB of JSON, a tenth of a second to parse at every start, of which _tables reads the names:
# data/admin_units.json keeps those fields of each era's dataset with the SHA-256 of the file and of the selection
# (rebuilt by ``write_units_cache()``); a dataset file it was not made from is read in full.
_PROVINCE_FIELDS = ("province", "provinceShort", "provinceKeywords")
UNITS_CACHE = "admin_units.json"


def _source(era: str) -> Path:
    """An era's ``vietnamadminunits`` dataset file, found without importing the package (its import builds the
    package's address parsers, which vnx does not use: half a second of every start)."""
    return Path(find_spec("vietnamadminunits").submodule_search_locations[0]) / "data" / _ERAS[era][0]


def _fingerprint(era: str, source: bytes) -> str:
    """SHA-256 of what the cache of ``era`` is made of: the selection and the dataset file's bytes."""
    return hashlib.sha256(json.dumps([_ERAS[era], _PROVINCE_FIELDS]).encode() + source).hexdigest()


def _selected(data: dict, era: str) -> dict:
    """The fields of an era's dataset that ``_tables`` reads, in the dataset's order."""
    _, children, level = _ERAS[era]
    return {"DICT_PROVINCE": {key: {f: p[f] for f in _PROVINCE_FIELDS} for key, p in data["DICT_PROVINCE"].items()},
            children: {key: {name: {level: u[level], f"{level}Short": u[f"{level}Short"]} for name, u in units.items()}
                       for key, units in data[children].items()}}


def _dataset(era: str) -> dict:
    """An era's dataset: its fields that ``_tables`` reads from ``data/admin_units.json`` when the cache was made from
    this very file, else the whole file."""
    source = _source(era).read_bytes()
    cached = load_json(UNITS_CACHE).get(era, {})
    return cached["tables"] if cached.get("sha256") == _fingerprint(era, source) else json.loads(source)


def write_units_cache(path: Path = Path(__file__).with_name("data") / UNITS_CACHE) -> None:
    """Write the cache of the installed datasets' names, ``data/admin_units.json`` (after ``vietnamadminunits``
    changed: ``python -c "from extractor import gazetteer; gazetteer.write_units_cache()"``)."""
    eras: dict = {"about": "vnx cache of the names in vietnamadminunits' datasets; written by "
                           "extractor.gazetteer.write_units_cache, used only while each era's sha256 matches"}
    for era in _ERAS:
        source = _source(era).read_bytes()
        eras[era] = {"sha256": _fingerprint(era, source), "tables": _selected(json.loads(source), era)}
    path.write_text(json.dumps(eras, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")


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


@lru_cache(maxsize=2)
def _tables(era: str) -> tuple[dict[str, tuple[Unit, ...]], dict[str, tuple[Unit, ...]]]:
    """(short name (folded) -> units of that name, initials -> the province so called) of era 'legacy' or '2025'.

    The initials are the keywords of the dataset that are the first letters of a province's name ("hcm" for Hồ Chí
    Minh, "hn" for Hà Nội): "TP. HCM" is the city, though "HCM" is no name of its own."""
    table: dict[str, list[Unit]] = {}
    initials: dict[str, tuple[Unit, ...]] = {}

    def add(short: str, unit: Unit) -> None:
        named = table.setdefault(name_key(short), [])
        if unit not in named:  # a renamed unit's old short name may be its own ("Phong Điền", huyện then thị xã)
            named.append(unit)

    _, children, level = _ERAS[era]
    data = _dataset(era)
    for key, p in data["DICT_PROVINCE"].items():
        province = Unit(p["province"], _kind_of(p["province"]), None)
        add(p["provinceShort"], province)
        first = "".join(unicodedata.normalize("NFD", w)[0] for w in fold(p["provinceShort"]).replace("đ", "d").split())
        if first in p["provinceKeywords"]:
            initials[first] = (province,)
        for unit in data[children].get(key, {}).values():
            add(unit[f"{level}Short"], Unit(unit[level], _kind_of(unit[level]), p["province"]))
    for row in load_tsv("admin_renames.tsv"):  # the old name finds the unit; resolve() gives the name on the day
        for unit in {u for named in table.values() for u in named if u.name == row["new_name"]}:
            add(row["old_short_name"], unit)
    return {k: tuple(v) for k, v in table.items()}, initials


def units(era: str) -> dict[str, tuple[Unit, ...]]:
    """Short name (folded) -> units of that name, for era 'legacy' (to June 2025) or '2025'."""
    return _tables(era)[0]


def _called(name: str, era: str) -> tuple[Unit, ...]:
    """The units of ``era`` called ``name`` (without its level word), or by its initials."""
    key = name_key(name)
    return units(era).get(key) or _tables(era)[1].get(key, ())


def within(name: str, province: str) -> bool:
    """A unit called ``name`` (either map) lies in the province or province-level city called ``province``: "Gia Lâm"
    in "Hà Nội", "Kim Sơn" in "Ninh Bình"."""
    return any(unit.province in _provinces((province,), era) for era in _ERAS for unit in units(era).get(name_key(name), ()))


def era_of(day: date | None) -> str:
    """Which administrative map an article dated ``day`` refers to (undated: the older, richer one)."""
    return "2025" if day is not None and day >= REORGANISED_ON else "legacy"


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


def name_key(name: str) -> str:
    """A place name as looked up: folded, a dash between its parts as a space ("Thừa Thiên - Huế")."""
    return re.sub(r"\s*[-–]\s*", " ", fold(name))


@lru_cache(maxsize=256)
def _provinces(names: tuple[str, ...], era: str) -> frozenset[str]:
    """The official names, in ``era``'s map, of the provinces and province-level cities called ``names`` as written
    ("tỉnh Thừa Thiên Huế", "Thừa Thiên - Huế", "TP. HCM"): an article's, asked for each of its ambiguous places."""
    return frozenset(unit.name for name in names for unit in _called(split_level(name)[1], era) if unit.province is None)


def resolve(name: str, kind: str | None, day: date | None, provinces: Iterable[str] = ()) -> Unit | None:
    """The unit called ``name`` of ``kind`` on ``day``, when exactly one matches; among units of one name, those inside
    one of the ``provinces`` the article names ("huyện Phong Điền" in an article on "tỉnh Thừa Thiên Huế" is not the
    district of Cần Thơ)."""
    era = era_of(day)
    candidates = _called(name, era)
    named = _provinces(tuple(provinces), era) if provinces and len(candidates) > 1 else frozenset()
    if any(u.province in named for u in candidates):
        candidates = tuple(u for u in candidates if u.province is None or u.province in named)  # not another's unit
    if kind is not None:
        # a province-level city and a province are one level: "tỉnh Thừa Thiên Huế" is now "Thành phố Huế"
        same = [u for u in candidates  # of its kind on the day
                if (was := _kind_of(_name_on(u.name, day))) == kind or {kind, was} <= {"city", "province"} and u.province is None]
        candidates = tuple(same)
    if len(candidates) != 1:
        return None
    unit = candidates[0]
    if (row := _renamed(unit.name, day)) and name_key(name) != name_key(row["old_short_name"]) \
            and name_key(row["old_short_name"]).endswith(" " + name_key(split_level(unit.name)[1])):
        # a province renamed after its city (Thừa Thiên Huế -> Thành phố Huế): before that day the name of the city
        # ("Huế", "TP. Huế") is the city inside the province
        return Unit(unit.name, unit.kind, row["old_name"])
    official = _name_on(unit.name, day)
    return Unit(official, _kind_of(official), _name_on(unit.province, day))


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
