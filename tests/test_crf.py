"""vnx's CRF scoring gives exactly underthesea's features (as attribute ids) and exactly its tags."""
import os
import unicodedata

import joblib
import pytest
import underthesea
from underthesea.pipeline.word_tokenize.regex_tokenize import tokenize
from underthesea_core import CRFFeaturizer

from extractor.crf import CRFSuiteModel, TemplateFeaturizer, underthesea_crf


def _syllables(line):
    """underthesea's own syllable tokenisation, untouched: the reference input."""
    return tokenize(line, use_character_normalize=False, use_token_normalize=False)


MODELS = [("word_tokenize", "ws_crf_vlsp2013_20230727"), ("pos_tag", "pos_crf_vlsp2013_20230303")]


def _model_dir(pipeline, model):
    return os.path.join(os.path.dirname(underthesea.__file__), "pipeline", pipeline, "models", model)


def _model_files(pipeline, model):
    base = _model_dir(pipeline, model)
    return joblib.load(os.path.join(base, "features.bin")), joblib.load(os.path.join(base, "dictionary.bin"))


@pytest.fixture(scope="module")
def sample_lines(news):
    texts = [article["text"] for article in list(news.values())[:120]]
    lines = [line for text in texts for line in text.splitlines() if line.strip()]
    return lines + [unicodedata.normalize("NFD", line) for line in lines[:150]]


@pytest.mark.parametrize("pipeline,model", MODELS)
def test_attribute_ids_are_underthesea_features_on_real_text(pipeline, model, sample_lines):
    templates, dictionary = _model_files(pipeline, model)
    crf = CRFSuiteModel.read(os.path.join(_model_dir(pipeline, model), "models.bin"))
    fast = TemplateFeaturizer(templates, dictionary, crf.attribute_ids, crf.unknown)
    reference = CRFFeaturizer(templates, dictionary)
    lines = [syllables for syllables in map(_syllables, sample_lines) if syllables]
    for start in range(0, len(lines), 7):  # several sentences at once, as the tokenizer gives them
        batch = lines[start : start + 7]
        strings = [row for line in batch for row in reference.process([[[s] for s in line]])[0]]
        expected = [[crf.attribute_ids.get(f, crf.unknown) for f in column] for column in zip(*strings)]
        assert fast.attribute_ids(batch).tolist() == expected, batch


def test_model_file_is_read_in_full():
    crf = CRFSuiteModel.read(os.path.join(_model_dir(*MODELS[0]), "models.bin"))
    assert crf.labels == ["B-W", "I-W"]
    assert len(crf.attribute_ids) == crf.unknown == crf.state.shape[0] - 1
    assert not crf.state[crf.unknown].any() and crf.state.any()


def test_a_file_that_is_no_crfsuite_model_is_refused(tmp_path):
    path = tmp_path / "models.bin"
    path.write_bytes(b"PK\x03\x04 not a model")
    with pytest.raises(ValueError, match="not a CRFsuite"):
        CRFSuiteModel.read(str(path))


@pytest.mark.parametrize("pipeline,model", MODELS)
def test_loaded_tagger_uses_the_fast_scoring(pipeline, model):
    assert underthesea_crf(pipeline, model).fast


@pytest.mark.parametrize("pipeline,model", MODELS)
def test_tags_equal_underthesea_tagger(pipeline, model, sample_lines):
    from underthesea.models.fast_crf_sequence_tagger import FastCRFSequenceTagger

    reference = FastCRFSequenceTagger()
    reference.load(_model_dir(pipeline, model))
    tagger = underthesea_crf(pipeline, model)
    for line in sample_lines[:300]:
        syllables = _syllables(line)
        assert tagger.tag(syllables) == reference.predict([[s] for s in syllables]), line


def test_pos_tags_of_multi_syllable_words_equal_underthesea(sample_lines):
    """The POS tagger's tokens are words, which hold spaces ("Phan Văn Vĩnh"): their n-gram features must still be
    found in the model."""
    from underthesea.models.fast_crf_sequence_tagger import FastCRFSequenceTagger

    reference = FastCRFSequenceTagger()
    reference.load(_model_dir(*MODELS[1]))
    tagger = underthesea_crf(*MODELS[1])
    lines = [underthesea.word_tokenize(line) for line in sample_lines[:150]]
    assert sum(" " in word for line in lines for word in line) > 100
    assert tagger.tag_lines(lines) == [reference.predict([[w] for w in line]) for line in lines]


def test_unknown_template_is_refused():
    with pytest.raises(ValueError, match="unknown CRF feature template"):
        TemplateFeaturizer(["T[0].isupper"], set(), {}, 0)
