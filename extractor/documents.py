"""Pipeline component vnx_documents (being written)."""
from spacy.language import Language
from spacy.tokens import Doc

if not Doc.has_extension("documents"):
    Doc.set_extension("documents", default=None)


@Language.factory("vnx_documents")
def make_documents(nlp, name):
    def component(doc):
        doc._.documents = []
        return doc

    return component
