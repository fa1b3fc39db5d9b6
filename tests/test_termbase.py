"""The SQLite termbase: storage without duplicates, look-up in six languages, concordance, concurrency, bad files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from aligner.errors import GlossaryError, HexalignError
from glossary.model import Context, Entry, Term
from glossary.termbase import (
    SCHEMA_VERSION,
    default_db_path,
    open_termbase,
    search_key,
)


def _competent_authorities() -> Entry:
    return Entry(
        concept="competent-authorities",
        terms={
            "zh": (
                Term("主管机关", "zh", 4, contexts=(Context("zh.txt", "op.1", "请各缔约国主管机关加强合作"),)),
                Term("主管当局", "zh", 1, status="admitted"),
            ),
            "en": (
                Term("competent authorities", "en", 5,
                     contexts=(Context("en.txt", "op.1", "Urges the competent authorities of States parties to cooperate"),)),
            ),
            "fr": (Term("autorités compétentes", "fr", 3),),
            "ar": (Term("السلطات المختصة", "ar", 2),),
            "ru": (Term("компетентные органы", "ru", 2),),
            "es": (Term("autoridades competentes", "es", 2),),
        },
        confidence=0.9,
        source="extracted",
        subject="international cooperation",
    )


def _convention() -> Entry:
    full = "United Nations Convention against Transnational Organized Crime"
    return Entry(
        concept="untoc",
        terms={
            "en": (
                Term(full, "en", 2, contexts=(Context("en.txt", "pp.1", f"Recalling the {full} and the Protocols"),)),
                Term("Organized Crime Convention", "en", 1, status="admitted", abbreviation_of=full),
            ),
            "zh": (Term("联合国打击跨国有组织犯罪公约", "zh", 2,
                        contexts=(Context("zh.txt", "pp.1", "回顾《联合国打击跨国有组织犯罪公约》及其议定书"),)),),
        },
        confidence=1.0,
        source="reference",
    )


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "tb.sqlite"
    with open_termbase(path) as termbase:
        termbase.upsert([_competent_authorities(), _convention()])
    return path


def _count(path: Path, table: str) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        connection.close()


def test_entries_come_back_as_stored(db: Path) -> None:
    with open_termbase(db) as termbase:
        assert termbase.entries() == [_competent_authorities(), _convention()]
        assert termbase.get("untoc") == _convention()
        assert termbase.get("nothing-here") is None


def test_storing_the_same_entries_twice_adds_nothing(db: Path) -> None:
    before = (_count(db, "concepts"), _count(db, "terms"), _count(db, "contexts"))
    assert before == (2, 10, 4)  # 2 concepts; 7 + 3 terms; 2 + 2 contexts (counted by hand above)
    with open_termbase(db) as termbase:
        stats = termbase.upsert([_competent_authorities(), _convention()])
    assert (stats.added, stats.updated, stats.unchanged) == (0, 0, 2)
    assert (_count(db, "concepts"), _count(db, "terms"), _count(db, "contexts")) == before


def test_an_entry_stored_again_with_changes_replaces_the_old_one(db: Path) -> None:
    changed = _competent_authorities()
    changed = Entry(changed.concept, {**changed.terms, "zh": changed.terms["zh"][:1]}, 0.95, "reference")
    with open_termbase(db) as termbase:
        stats = termbase.upsert([changed])
        assert (stats.added, stats.updated, stats.unchanged) == (0, 1, 0)
        assert termbase.get("competent-authorities") == changed
        assert termbase.search("主管当局", mode="exact") == []
        assert termbase.entries()[0].concept == "competent-authorities"  # keeps its place


def test_repeated_forms_and_contexts_within_an_entry_are_stored_once(tmp_path: Path) -> None:
    seen = Context("en.txt", "op.1", "the competent authorities")
    entry = Entry("c", {"en": (Term("competent authorities", "en", contexts=(seen, seen)),
                               Term("competent authorities", "en", status="admitted"))})
    with open_termbase(tmp_path / "x.sqlite") as termbase:
        termbase.upsert([entry])
        stored = termbase.get("c")
    assert len(stored.terms["en"]) == 1
    assert stored.terms["en"][0].contexts == (seen,)


def test_numeric_id_is_accepted_by_get(db: Path) -> None:
    with open_termbase(db) as termbase:
        row = termbase.row_id("untoc")
        assert termbase.get(row) == _convention()
        assert termbase.get(str(row)) == _convention()


def test_exact_search_ignores_case(db: Path) -> None:
    with open_termbase(db) as termbase:
        hits = termbase.search("Competent Authorities", mode="exact")
    assert [(h.concept, h.lang, h.text, h.match, h.score) for h in hits] == [
        ("competent-authorities", "en", "competent authorities", "exact", 100.0)
    ]
    assert hits[0].entry == _competent_authorities()


def test_prefix_search(db: Path) -> None:
    with open_termbase(db) as termbase:
        hits = termbase.search("united nations conv", mode="prefix")
    assert [(h.concept, h.text, h.match) for h in hits] == [
        ("untoc", "United Nations Convention against Transnational Organized Crime", "prefix")
    ]


def test_fuzzy_search_finds_a_misspelt_term(db: Path) -> None:
    with open_termbase(db) as termbase:
        assert termbase.search("competant autorities", mode="exact") == []
        hits = termbase.search("competant autorities", mode="fuzzy")
    assert hits and hits[0].text == "competent authorities"
    assert hits[0].match == "fuzzy" and 70 <= hits[0].score < 100


def test_fuzzy_search_finds_a_misspelt_french_term_without_accents(db: Path) -> None:
    with open_termbase(db) as termbase:
        hits = termbase.search("autorites competentes", lang="fr")
    assert [(h.text, h.match) for h in hits] == [("autorités compétentes", "exact")]


def test_traditional_chinese_query_finds_the_simplified_term(db: Path) -> None:
    with open_termbase(db) as termbase:
        hits = termbase.search("主管機關")
        assert [(h.text, h.match) for h in hits][0] == ("主管机关", "exact")
        hits = termbase.search("聯合國打擊跨國有組織犯罪公約", lang="zh")
        assert [(h.concept, h.match) for h in hits][0] == ("untoc", "exact")


def test_chinese_query_inside_a_longer_term_is_found(db: Path) -> None:
    with open_termbase(db) as termbase:
        hits = termbase.search("有组织犯罪", lang="zh", mode="contains")
    assert [h.text for h in hits] == ["联合国打击跨国有组织犯罪公约"]


def test_two_character_chinese_query_inside_a_term_is_found(db: Path) -> None:
    with open_termbase(db) as termbase:
        hits = termbase.search("公約", mode="contains")
    assert [h.text for h in hits] == ["联合国打击跨国有组织犯罪公约"]


def test_without_trigram_support_chinese_and_english_are_still_found(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import glossary.termbase as termbase_module

    monkeypatch.setattr(termbase_module, "_best_tokenizer", lambda: "unicode61")
    with open_termbase(tmp_path / "old-sqlite.sqlite") as termbase:
        termbase.upsert([_competent_authorities(), _convention()])
        assert termbase.tokenizer == "unicode61"
        assert [c.unit for c in termbase.concordance("议定书")] == ["pp.1"]
        assert [c.unit for c in termbase.concordance("competent authorities")] == ["op.1"]
        assert [h.text for h in termbase.search("有组织犯罪", mode="contains")] == ["联合国打击跨国有组织犯罪公约"]


def test_arabic_query_with_vowel_marks_finds_the_bare_term(db: Path) -> None:
    with open_termbase(db) as termbase:
        hits = termbase.search("السُّلُطَات المختصة")
    assert [(h.lang, h.text, h.match) for h in hits][0] == ("ar", "السلطات المختصة", "exact")


def test_russian_search_is_case_insensitive_and_by_prefix(db: Path) -> None:
    with open_termbase(db) as termbase:
        exact = termbase.search("Компетентные Органы", mode="exact")
        prefix = termbase.search("компетентн", lang="ru", mode="prefix")
    assert [h.text for h in exact] == ["компетентные органы"]
    assert [h.text for h in prefix] == ["компетентные органы"]


def test_lang_restricts_the_search(db: Path) -> None:
    with open_termbase(db) as termbase:
        assert termbase.search("competent authorities", lang="fr", mode="exact") == []


def test_all_mode_ranks_exact_before_other_matches(db: Path) -> None:
    with open_termbase(db) as termbase:
        hits = termbase.search("Organized Crime Convention")
    assert hits[0].match == "exact" and hits[0].text == "Organized Crime Convention"
    assert [h.match for h in hits] == sorted((h.match for h in hits), key=["exact", "prefix", "contains", "fuzzy"].index)


def test_empty_query_and_unknown_mode_are_refused(db: Path) -> None:
    with open_termbase(db) as termbase:
        with pytest.raises(GlossaryError):
            termbase.search("   ")
        with pytest.raises(GlossaryError):
            termbase.search("x", mode="regex")  # type: ignore[arg-type]


def test_search_key_folds_what_translators_do_not_distinguish() -> None:
    assert search_key("Autorités  Compétentes") == "autorites competentes"
    assert search_key("機關") == "机关"
    assert search_key("السُّلطات") == "السلطات"
    assert search_key("Ёлка") == "елка"


def test_concordance_finds_contexts_through_the_full_text_index(db: Path) -> None:
    with open_termbase(db) as termbase:
        assert termbase.concordance("authorities of States") == [
            Context("en.txt", "op.1", "Urges the competent authorities of States parties to cooperate")
        ]
        assert termbase.concordance("议定书") == [Context("zh.txt", "pp.1", "回顾《联合国打击跨国有组织犯罪公约》及其议定书")]
        # two characters (shorter than a trigram) and Traditional script
        assert [c.unit for c in termbase.concordance("合作")] == ["op.1"]
        assert [c.unit for c in termbase.concordance("議定書")] == ["pp.1"]
        assert termbase.concordance("Palermo") == []
        assert [c.document for c in termbase.concordance("Protocols", lang="zh")] == []


def test_concordance_forgets_replaced_contexts(db: Path) -> None:
    entry = _convention()
    en = entry.terms["en"]
    renewed = Entry(entry.concept, {**entry.terms, "en": (
        Term(en[0].text, "en", 2, contexts=(Context("en2.txt", "op.3", "Parties to the Convention shall report"),)),
        en[1],
    )}, entry.confidence, entry.source)
    with open_termbase(db) as termbase:
        termbase.upsert([renewed])
        assert termbase.concordance("Recalling the United") == []
        assert [c.document for c in termbase.concordance("shall report")] == ["en2.txt"]


def test_the_full_text_index_is_an_fts5_table(db: Path) -> None:
    connection = sqlite3.connect(db)
    try:
        sql = connection.execute("SELECT sql FROM sqlite_master WHERE name = 'contexts_fts'").fetchone()[0]
        rows = connection.execute("SELECT rowid FROM contexts_fts WHERE contexts_fts MATCH ?", ('"Protocols"',)).fetchall()
    finally:
        connection.close()
    assert "fts5" in sql.lower()
    assert len(rows) == 1


def test_reader_works_while_another_connection_holds_a_write_transaction(db: Path) -> None:
    writer = sqlite3.connect(db, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE concepts SET note = 'being edited'")
        with open_termbase(db, create=False) as reader:
            assert [e.note for e in reader.entries()] == ["", ""]  # sees the last committed state
            assert reader.search("主管机关", mode="exact")
        writer.execute("COMMIT")
    finally:
        writer.close()
    with open_termbase(db, create=False) as reader:
        assert [e.note for e in reader.entries()] == ["being edited", "being edited"]


def test_writer_commits_while_another_connection_is_reading(db: Path) -> None:
    reader = sqlite3.connect(db, isolation_level=None)
    try:
        reader.execute("BEGIN")
        assert reader.execute("SELECT count(*) FROM concepts").fetchone()[0] == 2
        with open_termbase(db) as writer:
            stats = writer.upsert([Entry("new", {"en": (Term("States parties", "en"),)})])
        assert stats.added == 1
        assert reader.execute("SELECT count(*) FROM concepts").fetchone()[0] == 2  # snapshot of its transaction
        reader.execute("COMMIT")
        assert reader.execute("SELECT count(*) FROM concepts").fetchone()[0] == 3
    finally:
        reader.close()


def test_database_uses_wal_and_records_its_schema_version(db: Path) -> None:
    connection = sqlite3.connect(db)
    try:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        connection.close()


def test_default_path_honours_hexalign_db(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HEXALIGN_DB", str(tmp_path / "mine.sqlite"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_db_path() == tmp_path / "mine.sqlite"


def test_default_path_honours_xdg_data_home_and_creates_the_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("HEXALIGN_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_db_path() == tmp_path / "xdg" / "hexalign" / "termbase.sqlite"
    with open_termbase() as termbase:
        assert termbase.path == tmp_path / "xdg" / "hexalign" / "termbase.sqlite"
    assert (tmp_path / "xdg" / "hexalign" / "termbase.sqlite").is_file()


def test_default_path_falls_back_to_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("HEXALIGN_DB", raising=False)
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert default_db_path() == tmp_path / ".local" / "share" / "hexalign" / "termbase.sqlite"


@pytest.mark.parametrize(
    "make, words",
    [
        (lambda p: p.write_bytes(b"this is not a database at all" * 100), "not a hexalign termbase"),
        (lambda p: sqlite3.connect(p).execute("CREATE TABLE invoices (id INTEGER)").connection.commit(), "not a hexalign termbase"),
        (lambda p: p.mkdir(), "is a folder"),
    ],
    ids=["not-sqlite", "other-sqlite", "folder"],
)
def test_bad_termbase_files_give_one_line_errors(tmp_path: Path, make, words: str) -> None:
    path = tmp_path / "bad.sqlite"
    make(path)
    before = path.read_bytes() if path.is_file() else None
    with pytest.raises(HexalignError) as error:
        open_termbase(path)
    assert words in str(error.value) and "\n" not in str(error.value)
    if before is not None:
        assert path.read_bytes() == before  # never modified


def test_termbase_from_a_newer_hexalign_is_refused(db: Path) -> None:
    connection = sqlite3.connect(db)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.commit()
    connection.close()
    with pytest.raises(GlossaryError, match="newer"):
        open_termbase(db)


def test_missing_termbase_is_not_created_for_reading(tmp_path: Path) -> None:
    with pytest.raises(GlossaryError, match="no termbase"):
        open_termbase(tmp_path / "absent.sqlite", create=False)
    assert not (tmp_path / "absent.sqlite").exists()


def test_entry_without_concept_id_is_refused(tmp_path: Path) -> None:
    with open_termbase(tmp_path / "x.sqlite") as termbase:
        with pytest.raises(GlossaryError):
            termbase.upsert([Entry(" ", {"en": (Term("x", "en"),)})])
        assert termbase.entries() == []


def test_processes_creating_the_same_termbase_at_once_both_succeed(tmp_path: Path) -> None:
    """Several rounds, each on a new file: SQLite refuses some steps of a creation at once, without waiting, while
    another process is in the middle of the same one."""
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    with context.Pool(8) as pool:
        for round_ in range(4):
            path = tmp_path / f"race{round_}.sqlite"
            results = pool.map(_create_and_add, [(str(path), n) for n in range(12)])
            assert results == ["ok"] * 12
            with open_termbase(path, create=False) as termbase:
                assert sorted(e.concept for e in termbase.entries()) == sorted(f"c{n}" for n in range(12))


def _create_and_add(job: tuple[str, int]) -> str:
    path, number = job
    with open_termbase(path) as termbase:
        termbase.upsert([Entry(f"c{number}", {"en": (Term(f"term {number}", "en"),)})])
    return "ok"
