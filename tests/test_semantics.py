"""Sentence vectors (multilingual USE, shipped inside its wheel) and the learnt merge model."""
import json
from importlib import resources

import numpy as np

from timeline.merge import PAIR_FEATURES, default_model
from timeline.semantics import encode


def test_one_happening_told_in_two_languages_and_scripts_lies_closer_than_another_happening():
    zh, en, tw, other = encode([
        "金正恩乘专列抵达俄罗斯远东地区",
        "Kim Jong-un arrived in Russia's Far East by train",
        "金正恩乘專列抵達俄羅斯遠東地區",
        "土耳其南部发生强烈地震，数千人死亡",
    ])
    assert zh @ tw > 0.95                 # Traditional is read as Simplified
    assert zh @ en > zh @ other + 0.2
    assert en @ zh > en @ other + 0.2


def test_vectors_are_unit_length_and_an_empty_text_is_the_zero_vector():
    vectors = encode(["普京与金正恩举行会谈", ""])
    assert np.isclose(np.linalg.norm(vectors[0]), 1.0, atol=1e-3)
    assert not vectors[1].any()


def test_the_shipped_model_weighs_every_pair_feature_the_merge_computes():
    data = json.loads(resources.files("timeline.data").joinpath("merge_model.json").read_text(encoding="utf-8"))
    assert set(data["weights"]) == set(PAIR_FEATURES)
    model = default_model()
    assert 0.0 < model.threshold < 1.0
    assert set(data["loso"]) >= {"seeds", "real_abe_2022", "real_pelosi_2022", "real_quake_2023"}
