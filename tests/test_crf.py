"""vnx's CRF scoring gives exactly underthesea's features (as attribute ids) and exactly its tags."""
import json
import os
import unicodedata

import joblib
import numpy
import pytest
import underthesea
from underthesea.pipeline.word_tokenize.regex_tokenize import tokenize
from underthesea_core import CRFFeaturizer

from extractor import crf as crf_module
from extractor.crf import CRFSequenceTagger, CRFSuiteModel, TemplateFeaturizer, underthesea_crf


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
    if crf_module._load_cache(_model_dir(pipeline, model)) is not None:  # the tests below then test the cache's tables
        assert underthesea_crf(pipeline, model).cached
    assert not CRFSequenceTagger(_model_dir(pipeline, model), cache=False).cached


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


def _same_featurizer(cached, fresh):
    assert cached.vocabulary == fresh.vocabulary and list(cached.vocabulary) == list(fresh.vocabulary)
    assert cached.base == fresh.base and cached.dictionary == fresh.dictionary
    assert list(cached.keys) == list(fresh.keys)
    for group, keys in fresh.keys.items():
        assert cached.keys[group].dtype == keys.dtype and numpy.array_equal(cached.keys[group], keys), group
    assert len(cached.columns) == len(fresh.columns)
    for (a, b, field, attribute, table, bos, eos), fresh_column in zip(cached.columns, fresh.columns):
        assert (a, b, field, attribute, bos, eos) == fresh_column[:4] + fresh_column[5:]
        assert table.dtype == fresh_column[4].dtype and numpy.array_equal(table, fresh_column[4])


@pytest.mark.parametrize("pipeline,model", MODELS)
def test_the_shipped_cache_holds_the_tables_built_from_the_model_files(pipeline, model):
    """data/crf_<model>.npz (read with allow_pickle=False) holds what building from underthesea's files gives: the
    featurizer's tables, the templates, the dictionary, the labels and underthesea's tags of the probe. When
    underthesea is upgraded the hash no longer matches and everything is built from the files (rebuild it then)."""
    path = _model_dir(pipeline, model)
    loaded = crf_module._load_cache(path)
    if loaded is None:
        pytest.skip(f"the installed underthesea's {model} differs from the cache's: crf.write_crf_caches()")
    cached_model, cached, expected = loaded
    _, (templates, dictionary, fresh_model, fresh, fresh_expected) = crf_module._build(path)
    assert (templates, dictionary) == _model_files(pipeline, model)
    _same_featurizer(cached, fresh)
    assert expected == fresh_expected
    assert cached_model.labels == fresh_model.labels and cached_model.attribute_ids is None
    assert numpy.array_equal(cached_model.state, fresh_model.state)
    assert numpy.array_equal(cached_model.transition_matrix, fresh_model.transition_matrix)


@pytest.mark.parametrize("pipeline,model", MODELS)
def test_the_cache_is_written_the_same_on_every_run(pipeline, model, tmp_path):
    path = _model_dir(pipeline, model)
    crf_module.write_crf_cache(path, tmp_path / "a.npz")
    crf_module.write_crf_cache(path, tmp_path / "b.npz")
    assert (tmp_path / "a.npz").read_bytes() == (tmp_path / "b.npz").read_bytes()
    with numpy.load(tmp_path / "a.npz", allow_pickle=False) as stored:  # arrays only: nothing in it can run code
        assert all(stored[name].dtype != object for name in stored.files)
    shipped = os.path.join(os.path.dirname(crf_module.__file__), "data", crf_module._cache_name(path))
    if crf_module._load_cache(path) is not None:  # made from these model files: the same arrays
        with numpy.load(shipped, allow_pickle=False) as old, numpy.load(tmp_path / "a.npz", allow_pickle=False) as new:
            assert old.files == new.files
            assert all(old[name].dtype == new[name].dtype and numpy.array_equal(old[name], new[name]) for name in old.files)


def _stale_copy(tmp_path, path, change):
    """The shipped cache of the model in ``path`` with its arrays changed by ``change``, as a file."""
    from importlib import resources

    source = resources.files("extractor").joinpath("data", crf_module._cache_name(path))
    with source.open("rb") as handle, numpy.load(handle, allow_pickle=False) as stored:
        arrays = {name: stored[name] for name in stored.files}
    change(arrays)
    target = tmp_path / "stale.npz"
    numpy.savez(target, **arrays)
    return target


@pytest.mark.parametrize("pipeline,model", MODELS)
def test_a_cache_that_does_not_match_the_model_files_is_not_used(pipeline, model, tmp_path, sample_lines, monkeypatch):
    """A cache of other model files (another hash), or one whose tables were edited but whose hash was kept so that
    the probe disagrees, falls back to building from the files: the tags stay underthesea's."""
    path = _model_dir(pipeline, model)
    if crf_module._load_cache(path) is None:
        pytest.skip("the shipped cache is stale already")
    other = _stale_copy(tmp_path, path, lambda arrays: arrays.update(sha256=numpy.frombuffer(b"0" * 64, numpy.uint8)))
    assert crf_module._load_cache(path, source=other) is None
    assert crf_module._load_cache(path, source=tmp_path / "missing.npz") is None
    (tmp_path / "junk.npz").write_bytes(b"\x93NUMPY not a cache")
    assert crf_module._load_cache(path, source=tmp_path / "junk.npz") is None

    def shuffle(arrays):  # the right hash over wrong tables: only the probe can tell
        arrays["tables"] = arrays["tables"][::-1].copy()

    edited = _stale_copy(tmp_path, path, shuffle)
    model_, featurizer, expected = crf_module._load_cache(path, source=edited)
    assert crf_module._fast_tagger(model_, featurizer)(crf_module._PROBE_LINES) != expected
    lines = [_syllables(line) for line in sample_lines[:60]]
    original = crf_module._load_cache
    for source in (other, edited):
        monkeypatch.setattr(crf_module, "_load_cache", lambda model_path, source=source: original(model_path, source=source))
        tagger = CRFSequenceTagger(path)
        assert tagger.fast and not tagger.cached  # rebuilt from the files, and checked against underthesea's tagger again
        assert tagger.tag_lines(lines) == underthesea_crf(pipeline, model).tag_lines(lines)
        assert tagger.tag_lines(lines) == CRFSequenceTagger(path, cache=False).tag_lines(lines)


# The statistical entity model (extractor/data/models/vnx-entities-crf): a CRF that underthesea_core trained on rows
# of fields, scored by crf.FieldCRFTagger.


@pytest.fixture(scope="module")
def entity_rows(news):
    """The statistical component's rows (one per token of each line) of 40 real sample articles, ``(id, rows)``."""
    from extractor import pipeline

    nlp = pipeline.load(exclude=("vnx_events",), statistical=False)
    nlp.add_pipe("vnx_statistical_entities", after="vnx_entities")
    featurizer = nlp.get_pipe("vnx_statistical_entities").featurizer
    out = []
    for article_id, article in list(news.items())[200:240]:
        doc = nlp(article["text"])
        out.append((article_id, featurizer.rows(doc, featurizer.sequences(doc))))
    return out


@pytest.fixture(scope="module")
def entity_model():
    from extractor.statistical_entities import DEFAULT_MODEL, model_path

    path = model_path(DEFAULT_MODEL)
    templates = json.loads(path.joinpath("features.json").read_text(encoding="utf-8"))["templates"]
    return str(path.joinpath("model.crf")), templates


def _fields(rows):
    """Rows of fields per sentence as ``FieldCRFTagger`` takes them: one list per field, and the lengths."""
    return [list(field) for field in zip(*(row for sentence in rows for row in sentence))], [len(s) for s in rows]


def test_field_attribute_ids_are_underthesea_features_on_real_text(entity_model, entity_rows):
    model_file, templates = entity_model
    crf = CRFSuiteModel.read(model_file)
    fast = TemplateFeaturizer(templates, set(), crf.attribute_ids, crf.unknown)
    reference = CRFFeaturizer(templates, set())
    assert any("][" in template for template in templates)  # templates of fields other than the first
    for article_id, rows in entity_rows:
        strings = [token for sentence in reference.process(rows) for token in sentence]
        expected = [[crf.attribute_ids.get(f, crf.unknown) for f in column] for column in zip(*strings)]
        assert fast.field_attribute_ids(*_fields(rows)).tolist() == expected, article_id


def test_field_tagger_gives_underthesea_core_tags_and_marginals_on_real_text(entity_model, entity_rows):
    from underthesea_core import CRFFeaturizer, CRFTagger

    model_file, templates = entity_model
    tagger = crf_module.FieldCRFTagger(model_file, templates, entity_rows[0][1])
    assert tagger.fast
    reference, featurizer = CRFTagger(), CRFFeaturizer(templates, set())
    reference.load(model_file)
    entities = 0
    for article_id, rows in entity_rows:
        for sentence, (tags, marginals) in zip(rows, tagger.tag_lines(*_fields(rows))):
            features = featurizer.process([sentence])[0]
            assert tags == reference.tag(features), article_id
            assert numpy.allclose(marginals, reference.marginals(features), rtol=0, atol=1e-8), article_id
            entities += sum(tag.startswith("B-") for tag in tags)
    assert entities > 100


def test_field_tagger_falls_back_to_underthesea_core_when_the_probe_disagrees(entity_model, entity_rows, monkeypatch):
    model_file, templates = entity_model
    rows = entity_rows[1][1]
    expected = crf_module.FieldCRFTagger(model_file, templates, rows).tag_lines(*_fields(rows))
    monkeypatch.setattr(CRFSuiteModel, "state_scores", lambda self, ids: numpy.zeros((ids.shape[1], len(self.labels))))
    tagger = crf_module.FieldCRFTagger(model_file, templates, rows)
    assert not tagger.fast
    found = tagger.tag_lines(*_fields(rows))
    assert [tags for tags, _ in found] == [tags for tags, _ in expected]
    assert all(numpy.allclose(a, b, rtol=0, atol=1e-8) for (_, a), (_, b) in zip(found, expected))


def test_marginals_of_one_token_and_of_many_sentences_at_once(entity_model, entity_rows, monkeypatch):
    """Each sentence's tags and marginals are its own, whether it is scored alone, with others or in batches of a few
    hundred tokens; the marginals sum to 1."""
    model_file, templates = entity_model
    tagger = crf_module.FieldCRFTagger(model_file, templates, entity_rows[0][1])
    rows = [sentence for _, article in entity_rows[:5] for sentence in article] + [entity_rows[0][1][0][:1]]
    together = tagger.tag_lines(*_fields(rows))
    monkeypatch.setattr(crf_module, "_BATCH_SYLLABLES", 300)
    batched = tagger.tag_lines(*_fields(rows))
    assert len(together) == len(batched) == len(rows) and max(map(len, rows)) > 300
    for sentence, (tags, marginals), (batched_tags, batched_marginals) in zip(rows, together, batched):
        alone_tags, alone = tagger.tag_lines(*_fields([sentence]))[0]
        assert tags == alone_tags == batched_tags
        assert numpy.allclose(marginals, alone, rtol=0, atol=1e-12)
        assert numpy.allclose(batched_marginals, alone, rtol=0, atol=1e-12)
        assert numpy.allclose(marginals.sum(axis=1), 1)


def test_best_paths_are_viterbi_one_sentence_at_a_time_on_real_text(entity_model, entity_rows):
    """``best_paths`` (all lines of an article together, in chunks) gives ``viterbi``'s labels for every line of 40 real
    sample articles, and decides them itself: ``viterbi`` is called back for no line there."""
    model_file, templates = entity_model
    model = CRFSuiteModel.read(model_file)
    featurizer = TemplateFeaturizer(templates, set(), model.attribute_ids, model.unknown)
    called_back, longest, entities = [], 0, 0
    for article_id, rows in entity_rows:
        fields, lengths = _fields(rows)
        scores = model.state_scores(featurizer.field_attribute_ids(fields, lengths))
        bounds = numpy.cumsum([0, *lengths])
        expected = [model.viterbi(scores[a:b]) for a, b in zip(bounds, bounds[1:])]
        model.viterbi = lambda line_scores: called_back.append(len(line_scores)) or CRFSuiteModel.viterbi(model, line_scores)
        assert model.best_paths(scores, lengths) == expected, article_id
        del model.viterbi
        longest = max(longest, *lengths)
        entities += sum(tag.startswith("B-") for tags in expected for tag in tags)
    assert called_back == []
    assert longest > 300 and entities > 100  # lines of many chunks, and names in them


def test_best_paths_leave_a_tie_or_a_near_tie_to_viterbi():
    """Hand-made scores for the entity model's seven labels with no transition weights: where two labels tie (or
    differ by less than rounding can reach) on the path, the line is decoded by ``viterbi`` (ties to the first label,
    as CRFsuite); a clear line is not."""
    labels = ["O", "B-PER", "B-ORG", "I-ORG", "I-PER", "B-LOC", "I-LOC"]
    model = CRFSuiteModel(labels, None, numpy.zeros((1, 7)), numpy.zeros((7, 7)))
    clear = numpy.tile(numpy.arange(7.0), (5, 1))  # the last label wins everywhere, by 1
    tie = clear.copy()
    tie[2, 3] = 6.0  # position 2: labels 3 and 6 tie
    near = clear.copy()
    near[3, 4] = 6.0 - 1e-13  # position 3: label 6 wins by less than rounding can reach
    scores = numpy.vstack([clear, tie, near])
    called_back = []
    model.viterbi = lambda line_scores: called_back.append(len(line_scores)) or CRFSuiteModel.viterbi(model, line_scores)
    found = model.best_paths(scores, [5, 5, 5])
    del model.viterbi
    assert found == [model.viterbi(line) for line in (clear, tie, near)]
    assert found[1][2] == "I-ORG"  # the tie goes to the first label
    assert called_back == [5, 5]  # the tie and the near tie, not the clear line
