"""The termbase: a single SQLite file holding glossary entries, searchable by term and by context.

One concept per row in ``concepts``; its terms (one row per language form) in
``terms``; where each term was seen in ``contexts``. Full-text indexes (FTS5)
over term forms (in their search-key form) and context snippets serve
look-up inside terms and concordance; the
``trigram`` tokenizer is used when this SQLite has it (3.34+), so Chinese and
Arabic are found inside words too, otherwise ``unicode61`` plus a ``LIKE``
scan for scripts written without spaces.

Readers and one writer may use the file at the same time: the database runs in
WAL mode, waits for locks (``busy_timeout``) and writes each batch in one
short transaction.
"""

from __future__ import annotations

import os
import sqlite3
import time
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator, Literal, Union

from rapidfuzz import fuzz, process

from aligner.errors import GlossaryError
from aligner.tokens import load_opencc
from glossary.model import Context, Entry, Term

#: Version of the table layout written in ``PRAGMA user_version``.
SCHEMA_VERSION = 1

#: Marker stored in the ``meta`` table so other SQLite files are not mistaken for a termbase.
APPLICATION = "hexalign-termbase"

#: Milliseconds a connection waits for a lock held by another process before giving up.
BUSY_TIMEOUT_MS = 10_000

#: Lowest similarity (0–100, RapidFuzz WRatio) a fuzzy hit must reach.
FUZZY_CUTOFF = 70.0

SearchMode = Literal["exact", "prefix", "contains", "fuzzy", "all"]
SEARCH_MODES: tuple[str, ...] = ("exact", "prefix", "contains", "fuzzy", "all")

_MATCH_RANK = {"exact": 0, "prefix": 1, "contains": 2, "fuzzy": 3}

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE concepts (
    id INTEGER PRIMARY KEY,
    concept TEXT NOT NULL UNIQUE,
    subject TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    confidence REAL NOT NULL DEFAULT 0
);
CREATE TABLE terms (
    id INTEGER PRIMARY KEY,
    concept_id INTEGER NOT NULL REFERENCES concepts(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    lang TEXT NOT NULL,
    text TEXT NOT NULL,
    key TEXT NOT NULL,
    status TEXT NOT NULL,
    pos TEXT NOT NULL,
    frequency INTEGER NOT NULL DEFAULT 0,
    abbreviation_of TEXT NOT NULL DEFAULT '',
    UNIQUE (concept_id, lang, text)
);
CREATE INDEX terms_key ON terms(key);
CREATE INDEX terms_lang_key ON terms(lang, key);
CREATE TABLE contexts (
    id INTEGER PRIMARY KEY,
    term_id INTEGER NOT NULL REFERENCES terms(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    document TEXT NOT NULL,
    unit TEXT NOT NULL,
    snippet TEXT NOT NULL,
    UNIQUE (term_id, document, unit)
);
CREATE VIRTUAL TABLE terms_fts USING fts5(key, content='terms', content_rowid='id', tokenize='{tokenizer}');
CREATE VIRTUAL TABLE contexts_fts USING fts5(snippet, content='contexts', content_rowid='id', tokenize='{tokenizer}');
CREATE TRIGGER terms_ai AFTER INSERT ON terms BEGIN
    INSERT INTO terms_fts(rowid, key) VALUES (new.id, new.key);
END;
CREATE TRIGGER terms_ad AFTER DELETE ON terms BEGIN
    INSERT INTO terms_fts(terms_fts, rowid, key) VALUES ('delete', old.id, old.key);
END;
CREATE TRIGGER terms_au AFTER UPDATE OF key ON terms BEGIN
    INSERT INTO terms_fts(terms_fts, rowid, key) VALUES ('delete', old.id, old.key);
    INSERT INTO terms_fts(rowid, key) VALUES (new.id, new.key);
END;
CREATE TRIGGER contexts_ai AFTER INSERT ON contexts BEGIN
    INSERT INTO contexts_fts(rowid, snippet) VALUES (new.id, new.snippet);
END;
CREATE TRIGGER contexts_ad AFTER DELETE ON contexts BEGIN
    INSERT INTO contexts_fts(contexts_fts, rowid, snippet) VALUES ('delete', old.id, old.snippet);
END;
CREATE TRIGGER contexts_au AFTER UPDATE OF snippet ON contexts BEGIN
    INSERT INTO contexts_fts(contexts_fts, rowid, snippet) VALUES ('delete', old.id, old.snippet);
    INSERT INTO contexts_fts(rowid, snippet) VALUES (new.id, new.snippet);
END;
"""


@dataclass(frozen=True)
class UpsertStats:
    """What storing a batch of entries did: concepts new, changed, and already identical."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0

    @property
    def total(self) -> int:
        return self.added + self.updated + self.unchanged


@dataclass(frozen=True)
class SearchHit:
    """A term that answers a search: the form found, how it matched, and its whole entry.

    ``match`` is ``exact``, ``prefix``, ``contains`` or ``fuzzy``; ``score``
    is 100 for an exact match, otherwise the RapidFuzz similarity (0–100)
    between the query and the form, both normalised (case, accents, Arabic
    vowel marks and Traditional Chinese folded away).
    """

    concept: str
    lang: str
    text: str
    status: str
    match: str
    score: float
    entry: Entry


def default_db_path() -> Path:
    """Where the termbase lives when no ``--db`` is given.

    ``$HEXALIGN_DB`` if set, else ``$XDG_DATA_HOME/hexalign/termbase.sqlite``,
    else ``~/.local/share/hexalign/termbase.sqlite``.
    """
    explicit = os.environ.get("HEXALIGN_DB", "").strip()
    if explicit:
        return Path(explicit).expanduser()
    data_home = os.environ.get("XDG_DATA_HOME", "").strip()
    base = Path(data_home).expanduser() if data_home else Path.home() / ".local" / "share"
    return base / "hexalign" / "termbase.sqlite"


def search_key(text: str) -> str:
    """The form terms are compared by: Simplified Chinese, no accents or Arabic vowel marks, case-folded, single spaces."""
    simplified = load_opencc("t2s").convert(text)
    decomposed = unicodedata.normalize("NFKD", simplified)
    bare = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn" and ch != "\u0640")  # 0640: tatweel
    return " ".join(unicodedata.normalize("NFC", bare).casefold().split())


@lru_cache(maxsize=1)
def _best_tokenizer() -> str:
    """``trigram`` when this SQLite supports it, else ``unicode61``; error if FTS5 is missing."""
    probe = sqlite3.connect(":memory:")
    try:
        try:
            probe.execute("CREATE VIRTUAL TABLE probe USING fts5(x, tokenize='trigram')")
            return "trigram"
        except sqlite3.OperationalError:
            pass
        try:
            probe.execute("CREATE VIRTUAL TABLE probe USING fts5(x, tokenize='unicode61')")
            return "unicode61"
        except sqlite3.OperationalError as exc:
            raise GlossaryError(f"this Python's SQLite {sqlite3.sqlite_version} has no FTS5 full-text search") from exc
    finally:
        probe.close()


def _is_cjk(text: str) -> bool:
    return any(
        "\u3040" <= ch <= "\u30ff" or "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or "\uac00" <= ch <= "\ud7af"
        for ch in text
    )


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _fts_phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


class Termbase:
    """An open termbase file; use :func:`open_termbase` to get one, and close it (or use ``with``)."""

    def __init__(self, connection: sqlite3.Connection, path: Path, tokenizer: str) -> None:
        self._db = connection
        self.path = path
        self.tokenizer = tokenizer

    # -- life cycle -------------------------------------------------------

    def close(self) -> None:
        """Close the connection; the object cannot be used afterwards."""
        self._db.close()

    def __enter__(self) -> "Termbase":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- writing ----------------------------------------------------------

    def upsert(self, entries: Iterable[Entry]) -> UpsertStats:
        """Store ``entries``, replacing any stored entry with the same concept id, in one transaction.

        An entry replaces the stored one as a whole (terms, statuses,
        contexts), so storing the same entries twice changes nothing and an
        edited glossary imported again wins over the old version. Repeated
        terms (same language and form) and repeated contexts (same document
        and unit) within one entry are stored once.
        """
        added = updated = unchanged = 0
        batch = [_deduplicated(entry) for entry in entries]
        for entry in batch:
            if not entry.concept.strip():
                raise GlossaryError("a glossary entry has an empty concept id")
        try:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                for entry in batch:
                    row = self._db.execute("SELECT id FROM concepts WHERE concept = ?", (entry.concept,)).fetchone()
                    if row is None:
                        self._insert(entry)
                        added += 1
                    elif self._load(row[0]) == entry:
                        unchanged += 1
                    else:
                        self._db.execute("DELETE FROM concepts WHERE id = ?", (row[0],))
                        self._insert(entry, row_id=row[0])
                        updated += 1
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")
        except sqlite3.Error as exc:
            raise GlossaryError(f"cannot write termbase {self.path}: {exc}") from exc
        return UpsertStats(added=added, updated=updated, unchanged=unchanged)

    def _insert(self, entry: Entry, row_id: int | None = None) -> None:
        cursor = self._db.execute(
            "INSERT INTO concepts (id, concept, subject, note, source, confidence) VALUES (?, ?, ?, ?, ?, ?)",
            (row_id, entry.concept, entry.subject, entry.note, entry.source, float(entry.confidence)),
        )
        concept_id = cursor.lastrowid
        position = 0
        for lang, terms in entry.terms.items():
            for term in terms:
                term_cursor = self._db.execute(
                    "INSERT INTO terms (concept_id, position, lang, text, key, status, pos, frequency, abbreviation_of)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (concept_id, position, lang, term.text, search_key(term.text), term.status, term.pos,
                     int(term.frequency), term.abbreviation_of),
                )
                position += 1
                self._db.executemany(
                    "INSERT INTO contexts (term_id, position, document, unit, snippet) VALUES (?, ?, ?, ?, ?)",
                    [(term_cursor.lastrowid, i, c.document, c.unit, c.snippet) for i, c in enumerate(term.contexts)],
                )

    # -- reading ----------------------------------------------------------

    def __len__(self) -> int:
        """Number of stored entries."""
        return self._query("SELECT count(*) FROM concepts")[0][0]

    def entries(self) -> list[Entry]:
        """Every stored entry, in the order they were first added."""
        return [self._load(row[0]) for row in self._query("SELECT id FROM concepts ORDER BY id")]

    def get(self, concept: Union[str, int]) -> Entry | None:
        """The entry with concept id ``concept``; a number (or all-digit string) not used as a concept id is taken as the row number shown by search."""
        rows = self._query("SELECT id FROM concepts WHERE concept = ?", (str(concept),))
        if not rows and str(concept).strip().isdigit():
            rows = self._query("SELECT id FROM concepts WHERE id = ?", (int(str(concept).strip()),))
        return self._load(rows[0][0]) if rows else None

    def row_id(self, concept: str) -> int | None:
        """The stored row number of ``concept`` (a short handle for the CLI), or None."""
        rows = self._query("SELECT id FROM concepts WHERE concept = ?", (concept,))
        return rows[0][0] if rows else None

    def _load(self, concept_id: int) -> Entry:
        concept = self._db.execute(
            "SELECT concept, subject, note, source, confidence FROM concepts WHERE id = ?", (concept_id,)
        ).fetchone()
        term_rows = self._db.execute(
            "SELECT id, lang, text, status, pos, frequency, abbreviation_of FROM terms"
            " WHERE concept_id = ? ORDER BY position",
            (concept_id,),
        ).fetchall()
        contexts: dict[int, list[Context]] = {}
        for term_id, document, unit, snippet in self._db.execute(
            "SELECT c.term_id, c.document, c.unit, c.snippet FROM contexts c JOIN terms t ON t.id = c.term_id"
            " WHERE t.concept_id = ? ORDER BY c.term_id, c.position",
            (concept_id,),
        ):
            contexts.setdefault(term_id, []).append(Context(document=document, unit=unit, snippet=snippet))
        terms: dict[str, list[Term]] = {}
        for term_id, lang, text, status, pos, frequency, abbreviation_of in term_rows:
            terms.setdefault(lang, []).append(
                Term(text=text, lang=lang, frequency=frequency, status=status, pos=pos,
                     abbreviation_of=abbreviation_of, contexts=tuple(contexts.get(term_id, ())))
            )
        return Entry(
            concept=concept[0],
            terms={lang: tuple(forms) for lang, forms in terms.items()},
            confidence=concept[4],
            source=concept[3],
            note=concept[2],
            subject=concept[1],
        )

    def _query(self, sql: str, params: tuple = ()) -> list[tuple]:
        try:
            return self._db.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise GlossaryError(f"cannot read termbase {self.path}: {exc}") from exc

    # -- look-up ----------------------------------------------------------

    def search(self, query: str, *, lang: str | None = None, mode: SearchMode = "all", limit: int = 20) -> list[SearchHit]:
        """Terms matching ``query``, best first: exact, then prefix, then contained, then fuzzy.

        Matching ignores case, accents, Arabic vowel marks and tatweel, and
        Traditional/Simplified Chinese differences; ``lang`` restricts the
        search to one language; ``mode`` picks one kind of match (``all``:
        every kind). Each term appears at most once.
        """
        if mode not in SEARCH_MODES:
            raise GlossaryError(f"unknown search mode {mode!r} (choose from {', '.join(SEARCH_MODES)})")
        key = search_key(query)
        if not key:
            raise GlossaryError("empty search: give a term to look for")
        lang_sql, lang_params = (" AND lang = ?", (lang,)) if lang else ("", ())
        found: dict[int, tuple[str, float]] = {}

        def add(term_id: int, match: str, score: float) -> None:
            old = found.get(term_id)
            if old is None or (_MATCH_RANK[match], -score) < (_MATCH_RANK[old[0]], -old[1]):
                found[term_id] = (match, score)

        if mode in ("exact", "all"):
            for (term_id,) in self._query(f"SELECT id FROM terms WHERE key = ?{lang_sql}", (key, *lang_params)):
                add(term_id, "exact", 100.0)
        if mode in ("prefix", "all"):
            rows = self._query(
                f"SELECT id, key FROM terms WHERE key >= ? AND key < ?{lang_sql}", (key, key + "\U0010ffff", *lang_params)
            )
            for term_id, term_key in rows:
                if term_key != key:
                    add(term_id, "prefix", round(fuzz.WRatio(key, term_key), 1))
        if mode in ("contains", "all"):
            if self.tokenizer == "trigram" and len(key) >= 3:
                rows = self._query(
                    "SELECT t.id, t.key FROM terms_fts f JOIN terms t ON t.id = f.rowid"
                    f" WHERE terms_fts MATCH ?{lang_sql.replace('lang', 't.lang')}", (_fts_phrase(key), *lang_params)
                )
            else:
                rows = self._query(
                    f"SELECT id, key FROM terms WHERE key LIKE ? ESCAPE '\\'{lang_sql}", (_like_pattern(key), *lang_params)
                )
            for term_id, term_key in rows:
                if not term_key.startswith(key):
                    add(term_id, "contains", round(fuzz.WRatio(key, term_key), 1))
        if mode in ("fuzzy", "all"):
            choices = dict(self._query(f"SELECT id, key FROM terms WHERE 1 = 1{lang_sql}", lang_params))
            for _choice, score, term_id in process.extract(
                key, choices, scorer=fuzz.WRatio, score_cutoff=FUZZY_CUTOFF, limit=max(limit, 1) * 3
            ):
                if choices[term_id] != key:
                    add(term_id, "fuzzy", round(score, 1))
        ranked = sorted(found.items(), key=lambda item: (_MATCH_RANK[item[1][0]], -item[1][1], item[0]))[:limit]
        hits: list[SearchHit] = []
        entries: dict[int, Entry] = {}
        for term_id, (match, score) in ranked:
            concept_id, term_lang, text, status = self._query(
                "SELECT concept_id, lang, text, status FROM terms WHERE id = ?", (term_id,)
            )[0]
            if concept_id not in entries:
                entries[concept_id] = self._load(concept_id)
            entry = entries[concept_id]
            hits.append(SearchHit(entry.concept, term_lang, text, status, match, score, entry))
        return hits

    def concordance(self, query: str, *, lang: str | None = None, limit: int = 50) -> list[Context]:
        """Stored contexts whose snippet contains ``query`` (full-text index; Traditional Chinese also finds Simplified)."""
        text = " ".join(query.split())
        if not text:
            raise GlossaryError("empty concordance query: give a word or phrase")
        variants = list(dict.fromkeys([text, load_opencc("t2s").convert(text)]))
        lang_sql, lang_params = (" AND t.lang = ?", (lang,)) if lang else ("", ())
        found: dict[tuple[str, str, str], None] = {}
        for variant in variants:
            for row in self._context_rows(variant, lang_sql, lang_params, limit):
                found.setdefault(row, None)
        return [Context(document=d, unit=u, snippet=s) for d, u, s in list(found)[:limit]]

    def _context_rows(self, text: str, lang_sql: str, lang_params: tuple, limit: int) -> Iterator[tuple[str, str, str]]:
        base = "SELECT c.document, c.unit, c.snippet FROM contexts c JOIN terms t ON t.id = c.term_id"
        use_index = (self.tokenizer == "trigram" and len(text) >= 3) or (self.tokenizer != "trigram" and not _is_cjk(text))
        if use_index:
            sql = (
                f"{base} JOIN contexts_fts f ON f.rowid = c.id WHERE contexts_fts MATCH ?{lang_sql}"
                " ORDER BY f.rank, c.id LIMIT ?"
            )
            rows = self._query(sql, (_fts_phrase(text), *lang_params, limit))
        else:
            sql = f"{base} WHERE c.snippet LIKE ? ESCAPE '\\'{lang_sql} ORDER BY c.id LIMIT ?"
            rows = self._query(sql, (_like_pattern(text), *lang_params, limit))
        yield from (tuple(row) for row in rows)


def _deduplicated(entry: Entry) -> Entry:
    """``entry`` as the termbase will hold it: no empty languages, each form once, each (document, unit) once per form."""
    terms: dict[str, tuple[Term, ...]] = {}
    for lang, forms in entry.terms.items():
        kept: dict[str, Term] = {}
        for term in forms:
            if term.text in kept:
                continue
            seen: dict[tuple[str, str], Context] = {}
            for context in term.contexts:
                seen.setdefault((context.document, context.unit), context)
            kept[term.text] = Term(
                text=term.text, lang=lang, frequency=int(term.frequency), status=term.status, pos=term.pos,
                abbreviation_of=term.abbreviation_of, contexts=tuple(seen.values()),
            )
        if kept:
            terms[lang] = tuple(kept.values())
    return Entry(
        concept=entry.concept, terms=terms, confidence=float(entry.confidence), source=entry.source,
        note=entry.note, subject=entry.subject,
    )


def open_termbase(path: Union[str, Path, None] = None, *, create: bool = True) -> Termbase:
    """Open (and with ``create``, make if missing) the termbase at ``path`` or at :func:`default_db_path`.

    Raises :class:`GlossaryError` when the file is not SQLite, is another
    program's database, was written by a newer hexalign, or (``create`` off)
    does not exist.
    """
    target = Path(path).expanduser() if path is not None else default_db_path()
    if target.is_dir():
        raise GlossaryError(f"termbase path {target} is a folder, not a file")
    exists = target.is_file() and target.stat().st_size > 0
    if not exists and not create:
        raise GlossaryError(f"no termbase at {target} (build or import a glossary first)")
    if not exists:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise GlossaryError(f"cannot create folder {target.parent} for the termbase: {exc.strerror}") from exc
    try:
        connection = sqlite3.connect(str(target), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    except sqlite3.Error as exc:
        raise GlossaryError(f"cannot open termbase {target}: {exc}") from exc
    try:
        tokenizer = _prepare(connection, target)
    except sqlite3.OperationalError as exc:
        connection.close()
        raise GlossaryError(f"cannot open termbase {target}: {exc}") from exc
    except sqlite3.DatabaseError as exc:
        connection.close()
        raise GlossaryError(f"{target} is not a hexalign termbase ({exc})") from exc
    except BaseException:
        connection.close()
        raise
    return Termbase(connection, target, tokenizer)


def _prepare(connection: sqlite3.Connection, target: Path) -> str:
    """Check (or create) the schema; return the full-text tokenizer in use."""
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA synchronous = NORMAL")  # safe with WAL: a crash loses at most the last commit
    version, tables = _schema_state(connection)
    if version == 0 and not tables:
        tokenizer = _best_tokenizer()
        _write_ahead_logging(connection)
        connection.execute("BEGIN IMMEDIATE")
        version, tables = _schema_state(connection)
        if version or tables:  # another process created it while we waited for the lock
            connection.execute("ROLLBACK")
            return _checked(connection, target, version, tables)
        try:
            for statement in _split_script(_SCHEMA.format(tokenizer=tokenizer)):
                connection.execute(statement)
            connection.executemany(
                "INSERT INTO meta (key, value) VALUES (?, ?)",
                [("application", APPLICATION), ("tokenizer", tokenizer), ("sqlite", sqlite3.sqlite_version)],
            )
            connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")
        return tokenizer
    return _checked(connection, target, version, tables)


def _write_ahead_logging(connection: sqlite3.Connection) -> None:
    """Put the termbase in WAL mode. SQLite answers "database is locked" at once, without waiting, while another
    process is creating the same file: the switch is tried again until ``BUSY_TIMEOUT_MS`` has passed."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            connection.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _schema_state(connection: sqlite3.Connection) -> tuple[int, set[str]]:
    """The schema version and the tables, read in one snapshot: another process may be creating them."""
    snapshot = not connection.in_transaction
    if snapshot:
        connection.execute("BEGIN")
    try:
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        if snapshot:
            connection.execute("COMMIT")
    return version, tables


def _checked(connection: sqlite3.Connection, target: Path, version: int, tables: set[str]) -> str:
    """Refuse files that are not a termbase this hexalign can read; return the tokenizer of one that is."""
    if version > SCHEMA_VERSION:
        raise GlossaryError(
            f"termbase {target} has schema version {version}, newer than this hexalign reads ({SCHEMA_VERSION}); upgrade hexalign"
        )
    meta = dict(connection.execute("SELECT key, value FROM meta").fetchall()) if "meta" in tables else {}
    if version != SCHEMA_VERSION or meta.get("application") != APPLICATION:
        raise GlossaryError(f"{target} is an SQLite database but not a hexalign termbase")
    _write_ahead_logging(connection)
    tokenizer = meta.get("tokenizer", "unicode61")
    if tokenizer == "trigram" and _best_tokenizer() != "trigram":
        raise GlossaryError(
            f"termbase {target} needs SQLite 3.34 or later (trigram index); this Python has SQLite {sqlite3.sqlite_version}"
        )
    return tokenizer


def _split_script(script: str) -> list[str]:
    """The statements of ``script`` (triggers kept whole), for running inside one explicit transaction."""
    statements: list[str] = []
    current = ""
    for line in script.strip().splitlines():
        current += line + "\n"
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    return statements
