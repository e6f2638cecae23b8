"""Convention pass (round 9) over the events of corpus/entities (dev and test): distinct acts with their own trigger
words are distinct events, even in one sentence and with the same type (the corpus/events convention, the lead's
decision in round 9); "one happening written twice is one event" applies to the same act named again, not to a series
of acts. Read from the gold files and the article texts only (no vnx output). Each addition below copies the doer, the
ones it falls on, the date and the place of the gold event it was merged into, as the sentence gives them for both.

Only the "events" list of each file is rewritten (another session owns the entity fields): the file is read right before
it is written, and an event already there is not added again.

Run: python corpus/events/convention_pass9.py
"""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "entities"


def _legal(trigger, date, agent, suspects):
    return {"type": "LEGAL", "trigger": trigger, "date": date, "location": None,
            "participants": ([{"role": "agent", "name": agent}] if agent else [])
            + [{"role": "suspect", "name": s} for s in suspects], "documents": []}


HUE = ["Phan Văn Hùng", "Đỗ Thuỳ Châu", "Nguyễn Văn Phúc", "Nguyễn Văn Phú", "Võ Thị Minh Nguyệt"]
# article id -> [(index of the gold event the act was merged into, the event of the act)]; each is inserted after it
ADDITIONS = {
    # "Vụ án được TAND Tiền Giang xét xử sơ thẩm lần 1 vào năm 2015 và tuyên phạt Tuyết 12 năm tù giam"
    "vietnews-000008": [(4, _legal("tuyên phạt", "2015", "TAND Tiền Giang", ["Trần Thị Tuyết"]))],
    # "… đã ra quyết định khởi tố, bắt tạm giam 3 tháng với 5 đối tượng …";
    # "… cũng đã ra quyết định khởi tố bị can và bắt tạm giam 3 tháng đối với ông Nguyễn Thanh Liêm …"
    "vietnews-000757": [(1, _legal("bắt tạm giam", None, "Cơ quan Cảnh sát điều tra Công an TP. Huế", HUE)),
                        (2, _legal("bắt tạm giam", None, "Cơ quan Cảnh sát điều tra Công an TP. Huế",
                                   ["Nguyễn Thanh Liêm", "Nguyễn Thanh Thuỷ"]))],
    # "Trước đó ngày 13-11, Cơ quan CSĐT Công an Bình Thuận đã tống đạt các quyết định khởi tố vụ án, khởi tố bị can
    # Phạm Thanh Liêm"
    "vietnews-002506": [(1, _legal("khởi tố vụ án", "2018-11-13", "Cơ quan CSĐT Công an Bình Thuận", []))],
    # "… đã tống đạt quyết định khởi tố bị can, lệnh bắt tạm giam với Võ Văn Trụ"; "… đã khởi tố, bắt tạm giam hai bị
    # can … là Trương Hữu Lộc … và Nguyen William Anh"
    "vietnews-016851": [(0, _legal("bắt tạm giam", None, "Cơ quan cảnh sát điều tra Công an Bình Tân", ["Võ Văn Trụ"])),
                        (2, _legal("bắt tạm giam", None, None, ["Trương Hữu Lộc", "Nguyen William Anh"]))],
}


def main() -> None:
    for aid, adds in ADDITIONS.items():
        path = GOLD / f"{aid}.gold.json"
        gold = json.loads(path.read_text(encoding="utf-8"))
        events = gold["events"]
        anchors = [events[i] for i, _ in adds]
        for anchor, (_, event) in zip(anchors, adds):
            if event not in events:
                events.insert(events.index(anchor) + 1, event)
        fresh = json.loads(path.read_text(encoding="utf-8"))  # re-read: write back every other key as it is now
        fresh["events"] = events
        path.write_text(json.dumps(fresh, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(aid, len(events), "events")


if __name__ == "__main__":
    main()
