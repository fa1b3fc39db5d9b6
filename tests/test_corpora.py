"""The bundled sample corpus and its loader."""

from __future__ import annotations

import pytest

import corpora
from aligner.errors import InputError
from aligner.model import UN_LANGUAGES

NAME = "untoc-cop-res-11-1"


def test_sample_corpus_is_available():
    assert NAME in corpora.available()
    assert corpora.languages(NAME) == list(UN_LANGUAGES)


@pytest.mark.parametrize("lang", UN_LANGUAGES)
def test_load_returns_the_file_content(lang):
    doc = corpora.load(NAME, lang)
    expected = (corpora.ROOT / NAME / f"{lang}.txt").read_bytes().decode("utf-8")
    assert doc.lang == lang
    assert doc.text.strip()
    assert doc.text == expected
    assert doc.name == f"{NAME}/{lang}"
    assert doc.encoding == "utf-8"
    assert doc.meta["corpus"] == NAME


def test_unknown_corpus():
    with pytest.raises(InputError, match=rf"^no bundled corpus named 'nope' \(available: .*{NAME}.*\)$"):
        corpora.load("nope", "en")


@pytest.mark.parametrize("name", ["..", "../corpora", ".hidden", "__pycache__"])
def test_corpus_names_cannot_leave_the_folder(name):
    with pytest.raises(InputError, match=r"^no bundled corpus named"):
        corpora.load(name, "en")


def test_unknown_language():
    with pytest.raises(InputError, match=rf"^corpus '{NAME}' has no 'de' version \(it has: ar, zh, en, fr, ru, es\)$"):
        corpora.load(NAME, "de")
