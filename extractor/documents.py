"""Pipeline component ``vnx_documents``: citations of Party and state documents, parsed and merged.

Recognises the three symbol shapes — Party ``số-LOẠI/CƠQUAN`` (62-KL/TW), state normative
``số/năm/LOẠI-CƠQUAN`` (100/2019/NĐ-CP, 59/2020/QH14) and administrative ``số/LOẠI-CƠQUAN``
(1234/QĐ-UBND, 123/UBND-VP) — with or without a kind word and "số", number lists
("số 10, 11, 12-NQ/TW"), named documents with a year or a congress ("Luật Đất đai năm 2024",
"Hiến pháp năm 2013", "Nghị quyết Trung ương 4 khóa XII"), and later bare mentions ("Kết luận 62").
Each citation is read with the "số … ngày … của … về …" formula around it: issued_on, issuer,
subject, signed_by. The code tables (type codes, issuer codes, kind words) are data files.

The grammar is written by hand with regular expressions: no maintained library parses Vietnamese
document symbols, and the symbol rules are short and fixed by the regulations the tables cite.

Assigns ``doc._.documents`` (one ``DocumentReference`` per distinct document, all its mentions
merged) and ``doc.spans["documents"]`` (one span labelled DOCUMENT per mention).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from .lexicons import load_tsv, load_yaml
from .records import DocumentReference, Mention
from .text import NormText, fold, normalize

if not Doc.has_extension("documents"):
    Doc.set_extension("documents", default=None)

_DASH = r"\s*[-–‐]\s*"
_SLASH = r"\s*/\s*"
_CODE = r"(?:[^\W\d_]{1,2} \d{1,3}(?![\d/,.])|[^\W\d_][^\W_]*(?:&[^\W\d_]+)*)"
_CODES = rf"{_CODE}(?:{_DASH}{_CODE})*"
_YEAR = r"(?:19[4-9]\d|20[0-4]\d)"
_SYMBOL = re.compile(
    r"(?<![\w/.,–-])(?:"
    rf"(?P<snum>\d{{1,5}}){_SLASH}(?P<year>{_YEAR}){_SLASH}(?P<scodes>{_CODES})"
    rf"|(?P<pnum>\d{{1,5}}){_DASH}(?P<ptype>{_CODE}){_SLASH}(?P<pcodes>{_CODES})"
    rf"|(?P<anum>\d{{1,6}}){_SLASH}(?P<acodes>{_CODES})"
    r")"
)
_SEGMENT = re.compile(rf"{_DASH}|{_SLASH}")
_TERM = re.compile(r"^(UBTVQH|QH)(\d{1,2})$")
_DATE = re.compile(
    r"(?P<d>\d{1,2})\s*(?:[/.-]|\s+tháng\s+)\s*(?P<m>\d{1,2})(?:\s*(?:[/.-]|\s+năm\s+)\s*(?P<y>\d{4}))?(?![\d/])",
    re.IGNORECASE,
)
_SENT_END = re.compile(r"(?<!\bTP)(?<!\bTp)(?<!\b[A-ZĐ])[.!?…](?=\s|$)|[;\n]")
_ROMAN = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


def code_key(code: str) -> str:
    """Comparison key of a code or symbol: upper case, "Đ" as "D", no spaces."""
    return re.sub(r"\s+", "", code).upper().replace("Đ", "D")


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@dataclass(frozen=True)
class _Tables:
    """The data files, indexed for matching."""

    types: dict  # (key, "party"|"state") -> (code, kind)
    issuers: dict  # key -> row
    kinds: dict  # fold(written) -> (kind, generic)
    kind_gap_stops: frozenset
    kind_re: re.Pattern
    alias_re: re.Pattern
    alias_codes: dict  # fold(alias) -> set of issuer keys
    head_re: re.Pattern
    place_words: frozenset
    subject_stop_re: re.Pattern
    verbs_re: re.Pattern
    not_law: frozenset


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    types: dict = {}
    for row in load_tsv("document_types.tsv"):
        systems = ("party", "state") if row["system"] == "both" else (row["system"],)
        for system in systems:
            types[(code_key(row["code"]), system)] = (row["code"], row["kind"])
    issuers, alias_codes = {}, {}
    for row in load_tsv("document_issuers.tsv"):
        issuers[code_key(row["code"])] = row
        for alias in [row["name"], *filter(None, (row["aliases"] or "").split("|"))]:
            alias_codes.setdefault(fold(alias), set()).add(code_key(row["code"]))
    kinds = {fold(r["written"]): (r["kind"], r["generic"] == "yes") for r in load_tsv("document_kinds.tsv")}
    ctx = load_yaml("document_context.yaml")
    aliases = [normalize(a).text for a in alias_codes]
    return _Tables(
        types=types,
        issuers=issuers,
        kinds=kinds,
        kind_gap_stops=frozenset(fold(w) for w in ctx["kind_gap_stops"]),
        kind_re=re.compile(rf"(?<!\w)(?:{_alternation(normalize(r['written']).text for r in load_tsv('document_kinds.tsv'))})(?!\w)", re.IGNORECASE),
        alias_re=re.compile(rf"(?<!\w)(?:{_alternation(aliases)})(?!\w)", re.IGNORECASE),
        alias_codes=alias_codes,
        head_re=re.compile(rf"(?<!\w)(?:{_alternation(ctx['issuer_heads'])})(?!\w)", re.IGNORECASE),
        place_words=frozenset(fold(w) for w in ctx["place_words"]),
        subject_stop_re=re.compile("|".join(ctx["subject_stops"])),
        verbs_re=re.compile(rf"(?<!\w)(?:{_alternation(ctx['issuing_verbs'])})(?!\w)", re.IGNORECASE),
        not_law=frozenset(fold(w) for w in ctx["not_law"]),
    )


@dataclass
class _Cite:
    """One mention (in matching-text offsets) and what was read around it."""

    start: int
    end: int
    key: str
    full: bool = True
    fields: dict = field(default_factory=dict)


# -- symbols -------------------------------------------------------------------

def _valid_code(seg: str, t: _Tables) -> bool:
    key = code_key(seg)
    if key in t.issuers or (key, "state") in t.types or (key, "party") in t.types or _TERM.match(key):
        return True
    return len(seg) >= 2 and seg == seg.upper() and any(c.isalpha() for c in seg)


def _known(seg: str, t: _Tables) -> bool:
    key = code_key(seg)
    return key in t.issuers or (key, "state") in t.types or bool(_TERM.match(key))


def _trim_codes(text: str, start: int, end: int, t: _Tables) -> tuple[list[str], int]:
    """Split ``text[start:end]`` into code segments, dropping trailing ones that are ordinary words."""
    segs, pos, kept_end = [], start, start
    for m in list(_SEGMENT.finditer(text, start, end)) + [None]:
        seg_end = m.start() if m else end
        seg = text[pos:seg_end]
        if not _valid_code(seg, t):
            break
        segs.append(seg)
        kept_end = seg_end
        if m is None:
            break
        pos = m.end()
    return segs, kept_end


def _issuer_name(codes: list[str], t: _Tables) -> str | None:
    names = []
    for code in codes:
        key = code_key(code)
        term = _TERM.match(key)
        if term:
            base = t.issuers[term.group(1)]["name"]
            names.append(f"{base} khóa {_roman(int(term.group(2)))}")
        elif key in t.issuers:
            names.append(t.issuers[key]["name"])
        else:
            return None
    return ", ".join(names) if names else None


def _canon(code: str, t: _Tables, system: str) -> str:
    key = code_key(code)
    if (key, system) in t.types:
        return t.types[(key, system)][0]
    if key in t.issuers:
        return t.issuers[key]["code"]
    term = _TERM.match(key)
    if term:
        return term.group(1) + term.group(2)
    return re.sub(r"\s+", "", normalize(code).text.upper())


def _parse_symbol(text: str, m: re.Match, t: _Tables) -> dict | None:
    """Fields of a symbol match, or None when it is not a document symbol (trailing words trimmed)."""
    if m.group("snum"):
        segs, end = _trim_codes(text, m.start("scodes"), m.end("scodes"), t)
        if not segs:
            return None
        tkey = code_key(segs[0])
        if (tkey, "state") in t.types and len(segs) > 1:
            type_code, kind, issuer_segs = *t.types[(tkey, "state")], segs[1:]
        else:
            type_code, kind, issuer_segs = None, None, segs
        number, year, system, sep = m.group("snum"), int(m.group("year")), "state", "/"
        symbol = f"{number}/{year}/" + "-".join(_canon(s, t, system) for s in segs)
    elif m.group("pnum"):
        tkey = code_key(m.group("ptype"))
        if (tkey, "party") not in t.types:
            return None
        segs, end = _trim_codes(text, m.start("pcodes"), m.end("pcodes"), t)
        if not segs:
            return None
        type_code, kind = t.types[(tkey, "party")]
        number, year, system, issuer_segs = m.group("pnum"), None, "party", segs
        symbol = f"{number}-{type_code}/" + "-".join(_canon(s, t, system) for s in segs)
    else:
        segs, end = _trim_codes(text, m.start("acodes"), m.end("acodes"), t)
        if not segs:
            return None
        tkey = code_key(segs[0])
        if (tkey, "state") in t.types:
            type_code, kind, issuer_segs = *t.types[(tkey, "state")], segs[1:2]
        elif tkey not in t.issuers and len(segs) > 1 and code_key(segs[1]) in t.issuers:
            type_code, kind, issuer_segs = _canon(segs[0], t, "state"), None, segs[1:2]  # a type code missing from the tables
        else:
            type_code, kind, issuer_segs = None, None, segs[:1]
        number, year, system = m.group("anum"), None, "state"
        symbol = f"{number}/" + "-".join(_canon(s, t, system) for s in segs)
    issuer_codes = [_canon(s, t, system) for s in issuer_segs]
    first = t.issuers.get(code_key(issuer_codes[0])) if issuer_codes else None
    if system == "party" and first and first["system"] == "state":
        system = "state"  # "số 12-TB/UBND": some state bodies number the Party way
    return {
        "end": end, "number": number, "year": year, "system": system, "symbol": symbol,
        "type_code": type_code, "kind": kind, "issuer_code": "-".join(issuer_codes) or None,
        "issuer": _issuer_name(issuer_segs, t) if issuer_segs else None, "segs": segs,
    }


# -- context: kind word before, "ngày … của … về …" after ----------------------------

def _kind_before(text: str, start: int, t: _Tables) -> tuple[int, str | None, bool, list[tuple[int, int]], bool]:
    """Look left of a symbol for "<Kind> [words] [số] [N, N, ]".

    Returns (mention start, kind, generic, list numbers as spans, whether "số" was written).
    """
    window_start = max(0, start - 120)
    window = text[window_start:start]
    list_nums, cut = [], len(window)
    lst = re.search(r"(?:\d{1,6}\s*(?:,|;|\bvà\b)\s*)+$", window)
    if lst:
        list_nums = [(window_start + lst.start() + n.start(), window_start + lst.start() + n.end())
                     for n in re.finditer(r"\d+", lst.group(0))]
        cut = lst.start()
    head = window[:cut]
    so = re.search(r"\bsố\s*$", head, re.IGNORECASE)
    if so:
        head = head[:so.start()]
    best = None
    for km in t.kind_re.finditer(head):
        words = head[km.end():].split()
        if len(words) > 5 or any(not w.isalpha() or not w[0].islower() or fold(w) in t.kind_gap_stops for w in words):
            continue
        if km.group(0) != km.group(0).upper() and len(km.group(0)) <= 2:
            continue  # lower-case "tt", "ct" are words, not kind abbreviations
        best = km
        break
    if best is None:
        if not so:
            list_nums = []
        return (window_start + so.start() if so else start), None, False, list_nums, bool(so)
    kind, generic = t.kinds.get(fold(best.group(0)), (None, False))
    return window_start + best.start(), kind, generic, list_nums, bool(so)


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = 0
    for m in _SENT_END.finditer(text, max(0, start - 400), start):
        left = m.end()
    m = _SENT_END.search(text, end)
    return left, (m.start() if m else len(text))


def _iso(day: int, month: int, year: int | None) -> str | None:
    try:
        if year is None:
            date(2000, month, day)
            return f"XXXX-{month:02d}-{day:02d}"
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _extend_name(text: str, pos: int, limit: int, t: _Tables) -> int:
    """Extend an issuer name at ``pos`` over an optional place word and the capitalised words after it."""
    words = list(re.finditer(r"\S+", text[pos:limit]))
    end, i = pos, 0
    for n in (2, 1):
        if len(words) >= n and fold(" ".join(w.group(0) for w in words[:n]).rstrip(",;:")) in t.place_words:
            i = n
            end = pos + words[n - 1].start() + len(words[n - 1].group(0).rstrip(",;:"))
            break
    took = i > 0
    while i < len(words):
        w = words[i].group(0)
        stripped = w.rstrip(",;:.)")
        if not stripped or not stripped[0].isupper() or code_key(stripped) in ("VE", "NGAY"):
            break
        end, took = pos + words[i].start() + len(stripped), True
        if stripped != w and not w.endswith("."):
            break
        i += 1
    return end if took else pos


def _issuer_at(text: str, pos: int, limit: int, t: _Tables) -> tuple[int, str, set] | None:
    """An issuer name starting exactly at ``pos``: (end, name, compatible issuer keys)."""
    best = None
    for regex in (t.alias_re, t.head_re):
        m = regex.match(text, pos, limit)
        if m and (best is None or m.end() > best[0]):
            best = (m.end(), regex is t.alias_re)
    if best is None:
        return None
    end, is_alias = best
    codes = t.alias_codes.get(fold(text[pos:end]), set()) if is_alias else set()
    if not is_alias or any(t.issuers[c]["place"] == "yes" for c in codes):
        end = max(end, _extend_name(text, end, limit, t))
    return end, text[pos:end].strip(), codes


def _read_after(text: str, end: int, sent_end: int, fields: dict, t: _Tables, published_year: int | None) -> int:
    """Read "ngày …", "năm …", "của …" and "về …" right after a citation; returns where the reading stopped."""
    pos = end
    for _ in range(4):
        rest = text[pos:sent_end]
        m = re.match(r"\s*,?\s*\(?\s*(?:(?:được\s+)?(?:ban hành|ký)\s+)?(?:vào\s+)?ngày\s+", rest, re.IGNORECASE)
        if m:
            d = _DATE.match(rest, m.end())
            if d:
                year = int(d.group("y")) if d.group("y") else (fields.get("year") or published_year)
                value = _iso(int(d.group("d")), int(d.group("m")), year)
                if value and "issued_on" not in fields:
                    fields["issued_on"] = value
                pos += d.end()
                pos += len(re.match(r"\s*\)?", text[pos:sent_end]).group(0)) if text[pos:sent_end].lstrip().startswith(")") else 0
                continue
        m = re.match(r"\s*,?\s*năm\s+((?:19|20)\d\d)(?!\d)", rest, re.IGNORECASE)
        if m and "issued_on" not in fields:
            fields["issued_on"] = m.group(1)
            pos += m.end()
            continue
        m = re.match(r"\s*,?\s*(?:của|do)\s+", rest, re.IGNORECASE)
        if m:
            found = _issuer_at(text, pos + m.end(), sent_end, t)
            if found:
                fields.setdefault("issuer_text", found[1])
                pos = found[0]
                continue
        break
    rest = text[pos:sent_end]
    m = re.match(r"\s*,?\s*(về\s)", rest, re.IGNORECASE)
    if m:
        s = pos + m.start(1)
        stop = sent_end
        for cut in (re.search(r"[:(“\"]", text[s:sent_end]), t.subject_stop_re.search(text, s, sent_end),
                    re.search(r",\s+(?=[^\W\d_])(?:[A-ZĐ]|\w+\s+[A-ZĐ]\w*\s+(?:đã|đề nghị|yêu cầu))", text[s:sent_end])):
            if cut is not None:
                stop = min(stop, cut.start() if cut.re is t.subject_stop_re else s + cut.start())
        subject = text[s:stop].rstrip(" ,")
        if len(subject) > 3:
            fields.setdefault("subject", subject)
            pos = s + len(subject)
    return pos


def _signed_by(text: str, pos: int, sent_end: int) -> str | None:
    m = re.search(r"\bdo\s+((?:[^\s,;]+\s+){0,6}?)((?:[^\W\d_]+\s+){1,3}[^\W\d_]+)\s+(?:ký|ký ban hành)(?!\w)", text[pos:sent_end])
    if not m:
        return None
    name = m.group(2).split()
    while name and not name[0][0].isupper():
        name.pop(0)
    return " ".join(name) if len(name) >= 2 and all(w[0].isupper() for w in name) else None


def _issuer_before(text: str, sent_start: int, start: int, codes: set, t: _Tables) -> str | None:
    """The nearest issuer named earlier in the sentence that fits the symbol's issuer code."""
    found = None
    for m in t.alias_re.finditer(text, sent_start, start):
        if codes & t.alias_codes.get(fold(m.group(0)), set()):
            hit = _issuer_at(text, m.start(), start, t)
            if hit:
                found = hit[1]
    return found


# -- named documents -----------------------------------------------------------------

_LAW = re.compile(r"(?<!\w)(?<!pháp )(?P<kind>Bộ luật|Luật)\s+(?P<name>(?:[^\W\d_]+\s+){0,6}?[^\W\d_]+)\s+(?:năm\s+)?(?P<year>(?:19|20)\d\d)(?![\d/])", re.IGNORECASE)
_CONSTITUTION = re.compile(r"(?<!\w)Hiến pháp\s+(?:năm\s+)?(?P<year>(?:19|20)\d\d)(?![\d/])", re.IGNORECASE)
_CONGRESS = re.compile(
    r"(?<!\w)Nghị quyết\s+(?:của\s+)?Đại hội\s+(?:Đảng\s+)?(?:đại biểu\s+)?(?:toàn quốc\s+)?(?:lần thứ\s+)?(?P<n>[IVXL]+)(?!\w)(?P<tail>\s+của\s+Đảng)?",
    re.IGNORECASE)
_PLENUM = re.compile(
    r"(?<!\w)Nghị quyết\s+(?:Hội nghị\s+)?(?:lần thứ\s+)?(?:Trung ương|TW)\s+(?:lần thứ\s+)?(?P<n>\d{1,2}|[IVX]+)(?!\w)"
    r"(?:\s*[(,]?\s*khóa\s+(?P<term>[IVXL]+|\d{1,2})(?!\w)(?:\s*\))?)?",
    re.IGNORECASE)


def _named(text: str, t: _Tables) -> list[_Cite]:
    out = []
    for m in _LAW.finditer(text):
        name = m.group("name")
        if fold(name.split()[0]) in t.not_law or fold(" ".join(name.split()[:2])) in t.not_law:
            continue
        kind = "Bộ luật" if fold(m.group("kind")) == "bộ luật" else "Luật"
        key = f"named:{fold(kind)} {fold(name)} {m.group('year')}"
        out.append(_Cite(m.start(), m.end(), key, fields={
            "kind": kind, "year": int(m.group("year")), "system": "state", "issuer": "Quốc hội", "name": f"{kind} {name}"}))
    for m in _CONSTITUTION.finditer(text):
        out.append(_Cite(m.start(), m.end(), f"named:hiến pháp {m.group('year')}", fields={
            "kind": "Hiến pháp", "year": int(m.group("year")), "system": "state", "issuer": "Quốc hội"}))
    for m in _CONGRESS.finditer(text):
        n = m.group("n").upper()
        out.append(_Cite(m.start(), m.end(), f"named:nq đại hội {n}", fields={
            "kind": "Nghị quyết", "system": "party", "issuer": f"Đại hội đại biểu toàn quốc lần thứ {n} của Đảng"}))
    for m in _PLENUM.finditer(text):
        n = m.group("n")
        term = m.group("term")
        term = (_roman(int(term)) if term and term.isdigit() else term.upper()) if term else None
        issuer = "Ban Chấp hành Trung ương Đảng" + (f" khóa {term}" if term else "")
        out.append(_Cite(m.start(), m.end(), f"named:nq tw {n.upper()} {term or ''}".strip(), fields={
            "kind": "Nghị quyết", "system": "party", "issuer": issuer}))
    return out


# -- the whole text ------------------------------------------------------------------

def _published_year(published_at) -> int | None:
    if isinstance(published_at, (datetime, date)):
        return published_at.year
    if isinstance(published_at, str) and re.match(r"\d{4}", published_at):
        return int(published_at[:4])
    return None


def _symbol_cites(text: str, t: _Tables, published_year: int | None) -> list[_Cite]:
    cites: list[_Cite] = []
    prev_end, prev_kind = -10, None
    for m in _SYMBOL.finditer(text):
        info = _parse_symbol(text, m, t)
        if info is None:
            continue
        start, end = m.start(), info["end"]
        mstart, written, generic, list_nums, has_so = _kind_before(text, start, t)
        is_admin = bool(m.group("anum"))
        if is_admin and written is None and not has_so:
            known = [s for s in info["segs"] if _known(s, t)]
            if len(info["segs"]) < 2 or not known:
                continue  # "12/ABC": not a symbol without a kind word or "số" to vouch for it
        if written is None and re.fullmatch(r"\s*(?:,|;|và|hoặc)\s*(?:số\s*)?", text[prev_end:start], re.IGNORECASE):
            written = prev_kind
        kind = info["kind"] if (generic or written is None) else written
        if kind is None and info["type_code"] is None and is_admin and (generic or code_key(info["segs"][0]) in t.issuers):
            kind = "Công văn"  # an administrative symbol without a type code is a công văn (Nghị định 30/2020, Phụ lục I)
        fields = {k: info[k] for k in ("number", "year", "system", "symbol", "type_code", "issuer_code", "issuer")}
        fields["kind"] = kind
        sent_start, sent_end = _sentence_bounds(text, start, end)
        stop = _read_after(text, end, sent_end, fields, t, published_year)
        signer = _signed_by(text, stop, sent_end)
        if signer:
            fields["signed_by"] = signer
        if "issuer_text" not in fields:
            codes = {code_key(c) for c in info["issuer_code"].split("-")} | ({"QH"} if _TERM.match(code_key(info["issuer_code"])) else set())
            before = _issuer_before(text, sent_start, mstart, codes, t)
            if before:
                fields["issuer_text"] = before
        if "issued_on" not in fields:
            before = re.search(r"(?:^|,\s*|\s)ngày\s+(?P<date>\d{1,2}\s*(?:[/.-]|\s+tháng\s+)\s*\d{1,2}(?:\s*(?:[/.-]|\s+năm\s+)\s*\d{4})?)\s*,?\s*(?P<gap>[^,;]{0,80}?)$",
                               text[sent_start:mstart], re.IGNORECASE)
            if before and t.verbs_re.search(before.group("gap")):
                d = _DATE.match(before.group("date"))
                value = d and _iso(int(d.group("d")), int(d.group("m")), int(d.group("y")) if d.group("y") else (fields.get("year") or published_year))
                if value:
                    fields["issued_on"] = value
        key = "sym:" + code_key(info["symbol"])
        for a, b in list_nums:
            num = text[a:b]
            sym = info["symbol"].replace(info["number"], num, 1)
            extra = {**fields, "number": num, "symbol": sym}
            extra.pop("issued_on", None)
            extra.pop("subject", None)
            cites.append(_Cite(a, b, "sym:" + code_key(sym), fields=extra))
        cites.append(_Cite(mstart if not list_nums else start, end, key, fields=fields))
        prev_end, prev_kind = end, kind
    return cites


def _bare_mentions(text: str, cites: list[_Cite], t: _Tables) -> list[_Cite]:
    """Later "Kết luận 62" / "Luật Đất đai" mentions of a document already cited in full."""
    by_kind_number: dict = {}
    named: dict = {}
    for c in cites:
        if c.key.startswith("sym:") and c.fields.get("kind"):
            by_kind_number.setdefault((fold(c.fields["kind"]), c.fields["number"]), set()).add(c.key)
        if c.fields.get("name"):
            named.setdefault(fold(c.fields["name"]), set()).add(c.key)
    taken = [(c.start, c.end) for c in cites]
    out = []
    for km in t.kind_re.finditer(text):
        kind = t.kinds.get(fold(km.group(0)), (None, True))
        if kind[1] or kind[0] is None:
            continue
        m = re.compile(r"\s+(?:số\s+)?(\d{1,6})(?![\d/]|\s*[-–/]\s*\w|[.,]\d)").match(text, km.end())
        if not m:
            continue
        keys = by_kind_number.get((fold(kind[0]), m.group(1)), set())
        if len(keys) == 1 and not any(a < m.end() and km.start() < b for a, b in taken):
            out.append(_Cite(km.start(), m.end(), next(iter(keys)), full=False))
    for name, keys in named.items():
        if len(keys) != 1:
            continue
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE):
            if not any(a < m.end() and m.start() < b for a, b in taken):
                out.append(_Cite(m.start(), m.end(), next(iter(keys)), full=False))
    return out


_ORDER = ("kind", "number", "year", "symbol", "type_code", "issuer_code", "issuer", "system", "issued_on", "subject", "signed_by")


def find_documents(text: str, published_at=None, keep: Callable[[int, int], bool] | None = None) -> list[DocumentReference]:
    """Every document cited in ``text``, one record per document with all its mentions.

    ``published_at`` (datetime or ISO string) supplies the year of "ngày 27/3"; ``keep(start, end)``
    filters mentions by input offsets (the component keeps only title and body).
    """
    norm: NormText = normalize(text)
    t = _tables()
    ntext = norm.text
    cites = _symbol_cites(ntext, t, _published_year(published_at))
    symbol_spans = [(c.start, c.end) for c in cites]
    cites += [c for c in _named(ntext, t) if not any(a < c.end and c.start < b for a, b in symbol_spans)]
    cites += _bare_mentions(ntext, cites, t)
    cites.sort(key=lambda c: c.start)
    groups: dict[str, list[tuple[_Cite, int, int]]] = {}
    for c in cites:
        s, e = norm.to_source(c.start, c.end)
        if keep is None or keep(s, e):
            groups.setdefault(c.key, []).append((c, s, e))
    out = []
    for items in groups.values():
        fulls = [it for it in items if it[0].full]
        if not fulls:
            continue
        values: dict = {}
        for c, _s, _e in fulls:
            for k, v in c.fields.items():
                if v is not None and k not in values:
                    values[k] = v
        if "issuer_text" in values:
            values["issuer"] = values["issuer_text"]
        _c, s, e = fulls[0]
        out.append(DocumentReference(
            text=text[s:e], start=s, end=e, **{k: values.get(k) for k in _ORDER},
            mentions=[Mention(text=text[a:b], start=a, end=b) for _c2, a, b in items],
        ))
    out.sort(key=lambda d: d.start)
    return out


@Language.factory("vnx_documents", assigns=["doc._.documents", "doc.spans"])
def make_documents(nlp: Language, name: str):
    """Fill ``doc._.documents`` and ``doc.spans["documents"]`` from the title and body."""

    def component(doc: Doc) -> Doc:
        refs = find_documents(doc.text, doc._.published_at, keep=doc._.in_body)
        doc._.documents = refs
        spans = []
        for ref in refs:
            for m in ref.mentions:
                span = doc.char_span(m.start, m.end, label="DOCUMENT", alignment_mode="expand")
                if span is not None:
                    spans.append(span)
        doc.spans["documents"] = sorted(spans, key=lambda sp: (sp.start_char, sp.end_char))
        return doc

    return component
