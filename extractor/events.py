"""Pipeline component vnx_events (being written)."""
from spacy.language import Language
from spacy.tokens import Doc

if not Doc.has_extension("events"):
    Doc.set_extension("events", default=None)


@Language.factory("vnx_events")
def make_events(nlp, name):
    def component(doc):
        doc._.events = []
        return doc

    return component
