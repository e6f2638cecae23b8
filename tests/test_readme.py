"""README.md stays true: the record it shows of the seed article holds offsets into the seed as given."""
import re

from conftest import REPO

_SPAN = re.compile(r'"text": "([^"]+)", "start": (\d+), "end": (\d+)')


def test_readme_example_offsets_slice_the_seed(seed_text, seed_record):
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    spans = [(m[1], int(m[2]), int(m[3])) for m in _SPAN.finditer(readme)]
    assert len(spans) >= 5
    for text, start, end in spans:
        assert seed_text[start:end] == text
    produced = {(e.text, e.start, e.end) for e in seed_record.entities}
    produced |= {(m.text, m.start, m.end) for p in seed_record.people for m in [*p.mentions, *p.titles]}
    produced |= {(e.trigger.text, e.trigger.start, e.trigger.end) for e in seed_record.events}
    assert set(spans) <= produced
