"""The fast CRF feature extractor gives exactly underthesea's features, hence its tags."""
import os
import unicodedata

import joblib
import pytest
import underthesea
from underthesea_core import CRFFeaturizer

from extractor.crf import TemplateFeaturizer, underthesea_crf


def _syllables(line):
    """underthesea's own syllable tokenisation, untouched: the reference input."""
    return tokenize(line, use_character_normalize=False, use_token_normalize=False)
from underthesea.pipeline.word_tokenize.regex_tokenize import tokenize


MODELS = [("word_tokenize", "ws_crf_vlsp2013_20230727"), ("pos_tag", "pos_crf_vlsp2013_20230303")]


def _model_files(pipeline, model):
    base = os.path.join(os.path.dirname(underthesea.__file__), "pipeline", pipeline, "models", model)
    return joblib.load(os.path.join(base, "features.bin")), joblib.load(os.path.join(base, "dictionary.bin"))


@pytest.fixture(scope="module")
def sample_lines(news):
    texts = [article["text"] for article in list(news.values())[:120]]
    lines = [line for text in texts for line in text.splitlines() if line.strip()]
    return lines + [unicodedata.normalize("NFD", line) for line in lines[:150]]


@pytest.mark.parametrize("pipeline,model", MODELS)
def test_features_equal_underthesea_on_real_text(pipeline, model, sample_lines):
    templates, dictionary = _model_files(pipeline, model)
    fast, reference = TemplateFeaturizer(templates, dictionary), CRFFeaturizer(templates, dictionary)
    for line in sample_lines:
        syllables = _syllables(line)
        expected = reference.process([[[s] for s in syllables]])[0]
        assert [list(row) for row in fast.features(syllables)] == expected, line


@pytest.mark.parametrize("pipeline,model", MODELS)
def test_loaded_tagger_uses_the_fast_features(pipeline, model):
    assert underthesea_crf(pipeline, model).fast_features


@pytest.mark.parametrize("pipeline,model", MODELS)
def test_tags_equal_underthesea_tagger(pipeline, model, sample_lines):
    from underthesea.models.fast_crf_sequence_tagger import FastCRFSequenceTagger

    reference = FastCRFSequenceTagger()
    reference.load(os.path.join(os.path.dirname(underthesea.__file__), "pipeline", pipeline, "models", model))
    tagger = underthesea_crf(pipeline, model)
    for line in sample_lines[:300]:
        syllables = _syllables(line)
        assert tagger.tag(syllables) == reference.predict([[s] for s in syllables]), line


def test_unknown_template_is_refused():
    with pytest.raises(ValueError, match="unknown CRF feature template"):
        TemplateFeaturizer(["T[0].isupper"], set())
