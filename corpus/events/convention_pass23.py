"""Convention pass (session 23) over the development event gold: a letter and the request it carries are two events.

The owner's convention (issue #6, session 23): when the text names both a document a body or an official sends (công văn,
văn bản, thông báo, báo cáo, tờ trình, …) and a request verb for what it asks (đề nghị, yêu cầu, kiến nghị, đề xuất, chỉ
đạo, …), the article holds two events: the document's ISSUANCE (its doer the sending body or person, as agent; the
addressee as participant; its symbol, if any, in documents; its date) and the request's SPEECH (the same doer as speaker,
the addressee as participant). The blind annotators of events-heldout9 and events-heldout10 read the shape so; the older
sets mostly annotated the request alone. This pass adds the missing half where a development gold file annotates only
one of the two. Read from the gold files and the article texts only (no vnx output); each addition below is quoted with
its sentence, and copies the doer, the addressee and the date the gold event of the other half gives, as the sentence
gives them for both.

The development gold read (corpus/entities dev, corpus/events dev, dev2, heldout2 to heldout7, heldout9, heldout10; never
corpus/entities test nor corpus/events heldout) holds six such sentences; five annotate both halves already or neither:
- events-dev2 vietnews-004254 "Bộ Y tế đã có công văn gửi Sở Y tế tỉnh Thừa Thiên - Huế yêu cầu xác minh …": the SPEECH
  "yêu cầu" is annotated, and the letter's ISSUANCE too, told in the next sentence by its signing ("Công văn này do ông
  Nguyễn Xuân Trường … thừa lệnh bộ trưởng ký"): one happening, nothing added;
- events-heldout9 vietnews-002440 "chủ tịch UBND tỉnh Khánh Hoà đã ký công văn khẩn chỉ đạo các sở ngành …": the
  ISSUANCE "ký" and the directive's SPEECH, told again in the next sentence ("Lê Đức Vinh yêu cầu …"), are annotated;
- events-heldout10 vietnews-002932 "Hội đã có công văn gửi Thường trực Hội Nhà báo Việt Nam đề nghị …": both annotated;
- events-heldout9 vietnews-002165 ("có báo cáo", then "UBND TP yêu cầu …") and 022296 ("có văn bản nghiêm cấm", then
  "Sở Giáo dục cũng yêu cầu …"): both annotated, the requests in later sentences;
- corpus/entities dev vietnews-013819 "Đà Nẵng cũng đã có văn bản chỉ đạo tạm thời dừng các hoạt động bất động sản …":
  neither annotated (no body named as the doer: the city, a place), left as it is.

The corpus/events gold files are written by build_gold.py from the annotators' YAML, which is kept as they typed it:
build_gold.py applies ``amend`` after reading the YAML, so a rebuild (and ``build_gold.py --check``) keeps the additions.

Run: python corpus/events/convention_pass23.py   (rewrites the gold files it changes; prints their event counts)
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

# article id -> [(the gold event of the other half, as (type, trigger); the event to add after it, located by `at`, a
# stretch of the article that occurs once and holds the trigger, as in annotations*.yaml)]
ADDITIONS = {
    # events-heldout4: "Đó là kiến nghị của Bộ Tư pháp nêu ra trong báo cáo gửi Thủ tướng Chính phủ về một số vướng mắc
    # trong việc đăng ký doanh nghiệp kinh doanh ngành nghề hoạt động tư vấn pháp luật, dịch vụ pháp lý." … "Từ đó, Bộ Tư
    # pháp kiến nghị Thủ tướng Chính phủ chỉ đạo Bộ KH & ĐT thực hiện nghiêm Luật luật sư, …" (the SPEECH "kiến nghị",
    # speaker Bộ Tư pháp, no date, is annotated; the report that carries it is not): the report's ISSUANCE, Bộ Tư pháp
    # its agent (the Prime Minister, named by title alone, is no participant, as in the SPEECH), no date
    "vietnews-016652": [(("SPEECH", "kiến nghị"),
                         {"type": "ISSUANCE", "at": "nêu ra trong báo cáo gửi Thủ tướng", "trigger": "báo cáo",
                          "date": None, "location": None,
                          "participants": [{"role": "agent", "name": "Bộ Tư pháp"}], "documents": []})],
}


def amend(aid: str, events: list[dict], locate) -> list[dict]:
    """The events of a gold file with this pass's additions for ``aid``, each right after the event of its other half;
    ``locate(at, trigger)`` gives the trigger as written and its offsets. An event already there is not added again."""
    for (type_, trigger), spec in ADDITIONS.get(aid, ()):
        text, start, end = locate(spec["at"], spec["trigger"])
        event = {"type": spec["type"], "trigger": text, "start": start, "end": end, "date": spec["date"],
                 "location": spec["location"], "participants": spec["participants"], "documents": spec["documents"]}
        if event in events:
            continue
        anchor = next(i for i, e in enumerate(events) if e["type"] == type_ and e["trigger"] == trigger)
        events.insert(anchor + 1, event)
    return events


def main() -> None:
    from build_gold import build  # (build_gold imports this module: amend is applied there)

    golds = build()
    for aid in ADDITIONS:
        path = HERE / f"{aid}.gold.json"
        assert golds[aid]["split"] != "heldout", aid  # development files only
        fresh = json.loads(path.read_text(encoding="utf-8"))  # re-read: write back every other key as it is now
        fresh["events"] = golds[aid]["events"]
        path.write_text(json.dumps(fresh, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(aid, len(fresh["events"]), "events")


if __name__ == "__main__":
    main()
