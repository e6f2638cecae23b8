"""Pipeline component vnx_times (being written)."""
from spacy.language import Language
from spacy.tokens import Doc

if not Doc.has_extension("times"):
    Doc.set_extension("times", default=None)


@Language.factory("vnx_times")
def make_times(nlp, name):
    def component(doc):
        doc._.times = []
        return doc

    return component
