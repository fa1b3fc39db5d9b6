"""Tests of the bilingual lexicon and of the tokens it is keyed on."""

from __future__ import annotations

import json

import pytest

from aligner import lexicon as lexicon_module
from aligner.errors import InputError
from aligner.lexicon import Lexicon, gloss_keys
from aligner.tokens import content_tokens, stem_en


def test_english_stems_meet():
    assert stem_en("created") == stem_en("create") == stem_en("creating")
    assert stem_en("waters") == "water"
    assert stem_en("stopped") == stem_en("stop")
    assert stem_en("countries") == stem_en("country")


def test_irregular_english_forms_meet_their_base():
    """A dictionary gives the base form ("to hang up"); literary and report texts use the past ("She hung up")."""
    for form, base in (("hung", "hang"), ("struck", "strike"), ("stole", "steal"), ("withdrew", "withdraw"),
                       ("undertaken", "undertake"), ("children", "child"), ("went", "go")):
        assert stem_en(form) == stem_en(base), form
    assert "hang" in {stem_en(w) for w in "She hung up".lower().split()}
    lex = Lexicon.cedict().oriented("zh", "en")
    assert stem_en("hung") in lex.translations("挂断")


def test_content_tokens_drop_function_words_and_keep_numbers():
    assert content_tokens("The Parties adopted 3 resolutions in 2021.", "en") == {"party", "adopt", "3", "resolution", "2021"}
    zh = content_tokens("缔约方会议于２０２１年通过了决议。", "zh")
    assert "2021" in zh and "了" not in zh and "决议" in zh


def test_gloss_filter():
    assert gloss_keys("friendship") == {"friendship"}
    assert gloss_keys("to study (sth)") == {"study"}
    assert gloss_keys("variant of 友誼|友谊") == frozenset()
    assert gloss_keys("CL:個|个[ge4]") == frozenset()
    assert gloss_keys("surname Wang") == frozenset()
    assert gloss_keys("a kind of long description with many different words") == frozenset()


def test_cedict_is_filtered_and_cached(tmp_path, monkeypatch):
    monkeypatch.setenv("HEXALIGN_CACHE", str(tmp_path))
    lexicon_module._cedict.cache_clear()
    lexicon_module._cedict_tables.cache_clear()
    try:
        lex = Lexicon.cedict()
        cached = list(tmp_path.glob("cedict-zh-en-*.json"))
        assert len(cached) == 1
        assert "friendship" in json.loads(cached[0].read_text(encoding="utf-8"))["glosses"]["友谊"]
    finally:
        lexicon_module._cedict.cache_clear()
        lexicon_module._cedict_tables.cache_clear()
    assert (lex.src_lang, lex.tgt_lang) == ("zh", "en")
    assert "friendship" in lex.translations("友谊")
    assert "research" in lex.translations("研究")
    assert not lex.translations("的")  # function word left out
    assert all(len(v) <= 40 for v in lex.entries.values())


def test_with_pairs_inverted_and_oriented():
    lex = Lexicon.empty("zh", "en").with_pairs([("有组织犯罪", "organized crime")])
    assert stem_en("crime") in lex.translations("犯罪")
    back = lex.oriented("en", "zh")
    assert "犯罪" in back.translations(stem_en("crime"))
    assert lex.oriented("zh", "en") is lex
    with pytest.raises(InputError):
        lex.oriented("fr", "en")
    assert len(Lexicon.empty("en", "fr")) == 0
