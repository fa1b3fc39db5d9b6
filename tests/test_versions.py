"""Recognising the language versions of one document by name or structure."""

from __future__ import annotations

import pytest

from aligner.model import Document, Segmentation, Unit
from glossary.versions import document_stem, group_versions


def _seg(path: str, lang: str, ids: tuple[str, ...] = ()) -> Segmentation:
    units = tuple(Unit(uid, "para", "x", "x", ("x",)) for uid in ids)
    return Segmentation(Document(text="", lang=lang, name=path.rsplit("/", 1)[-1], path=path), units)


@pytest.mark.parametrize("path, lang, stem", [
    ("res-11-1.zh.txt", "zh", "res-11-1"),
    ("drafts/A_RES_75_1_EN.docx", "en", "a-res-75-1"),
    ("corpora/untoc/zh.txt", "zh", "untoc"),
    ("fr/res-11-1.txt", "fr", "res-11-1"),
    ("C:\\work\\untoc\\ru.txt", "ru", "untoc"),
    ("notes.txt", "en", ""),  # no language code: left to the structure
    ("zh.txt", "zh", ""),  # named after its language only, in no folder
])
def test_the_stem_is_the_name_without_its_language_code(path, lang, stem):
    assert document_stem(_seg(path, lang)) == stem


def test_versions_join_by_name_and_a_second_version_in_one_language_starts_a_new_group():
    a_zh, a_en, a_zh2 = _seg("a.zh.txt", "zh"), _seg("a.en.txt", "en"), _seg("copy/a.zh.txt", "zh")
    b_en = _seg("b.en.txt", "en")
    groups = group_versions([a_zh, b_en, a_zh2, a_en])
    assert [[s.document.path for s in g] for g in groups] == [["a.zh.txt", "a.en.txt"], ["b.en.txt"], ["copy/a.zh.txt"]]


def test_names_without_language_codes_fall_back_to_shared_structure():
    ids = ("pp.1", "pp.2", "op.1", "op.2", "op.3")
    zh, en = _seg("one.txt", "zh", ids), _seg("two.txt", "en", ids)
    unrelated = _seg("three.txt", "fr", ("p.1", "p.2"))
    assert [[s.lang for s in g] for g in group_versions([zh, en, unrelated])] == [["zh", "en"], ["fr"]]
