"""Word 97–2003 (.doc) files: the sample saved as .doc by LibreOffice, and streams written here piece by piece."""

from __future__ import annotations

import random
import re
import struct
from pathlib import Path

import pytest

import corpora
from aligner.errors import InputError
from aligner.readers import read_document
from aligner.segment import segment
from aligner.word97 import word97_text

DATA = Path(__file__).parent / "data"
SAMPLE = "untoc-cop-res-11-1"


# --- the sample, as LibreOffice saves it --------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["zh", "en", "ar"])
def test_the_sample_as_doc_segments_as_its_text(lang):
    """Made by tests/data/make_word97_samples.py: one paragraph per unit, real footnotes (UTF-16 text)."""
    doc = read_document(DATA / f"{SAMPLE}.{lang}.doc")
    assert (doc.lang, doc.encoding) == (lang, "doc")
    expected, got = segment(corpora.load(SAMPLE, lang)), segment(doc)
    assert [(u.id, u.text, u.footnote_refs) for u in got.units] == \
        [(u.id, u.text, u.footnote_refs) for u in expected.units]


def test_the_masthead_in_the_first_page_header_comes_first():
    """As for .docx: the header the first page shows comes before the body, a row of one-paragraph cells on one
    line (a cell of two paragraphs gives them one by one); the running header of the other pages is left out."""
    doc = read_document(DATA / "masthead.doc", lang="en")
    assert doc.text.startswith("United Nations\tA/RES/80/7\n\nGeneral Assembly\n\nDistr.: General\n\n"
                               "20 November 2025\n\nResolution adopted by the General Assembly on 18 November 2025")
    assert doc.text.count("A/RES/80/7") == 1
    assert [u.id for u in segment(doc).units][:6] == ["masthead.1", "masthead.2", "masthead.3", "masthead.4", "cover.1",
                                                      "title"]  # (cover.1: "Resolution adopted by …")


def test_damaged_doc_files_give_one_line_errors(tmp_path):
    """Bytes of the file changed at random: the text, or an input error, never another exception."""
    data = (DATA / f"{SAMPLE}.en.doc").read_bytes()
    rng = random.Random(3)
    errors = 0
    for n in range(60):
        damaged = bytearray(data)
        for _ in range(rng.choice([1, 10, 200])):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        file = tmp_path / f"damaged{n}.doc"
        file.write_bytes(bytes(damaged[: rng.choice([len(damaged), len(damaged) // 2, 4096])]))
        try:
            read_document(file, lang="en")
        except InputError as err:
            errors += 1
            assert "\n" not in str(err) and str(file) in str(err)
    assert errors  # some of them are beyond reading


@pytest.mark.parametrize("data, message", [
    (b"\xd0\xcf\x11\xe0", "is not a valid .doc file: it is not a Word 97–2003 (OLE) file"),
    (b"<html><body>Saved as a web page</body></html>", "is not a valid .doc file: it is not a Word 97–2003 (OLE) file"),
])
def test_not_a_word_97_file(tmp_path, data, message):
    file = tmp_path / "report.doc"
    file.write_bytes(data)
    with pytest.raises(InputError, match=re.escape(message)):
        read_document(file)


def test_word_files_read_as_what_their_bytes_are(tmp_path):
    """A .docx package named .doc, a Word 97–2003 file named .docx and an RTF file named .doc, as files are often
    renamed (and as Word saves RTF under any name)."""
    import docx

    document = docx.Document()
    document.add_paragraph("Resolution 11/1")
    document.save(tmp_path / "renamed.doc")
    assert read_document(tmp_path / "renamed.doc", lang="en").text == "Resolution 11/1\n"
    (tmp_path / "renamed.docx").write_bytes((DATA / f"{SAMPLE}.en.doc").read_bytes())
    doc = read_document(tmp_path / "renamed.docx")
    assert doc.encoding == "doc" and doc.text.startswith("Resolution 11/1\n\n")
    (tmp_path / "rich.doc").write_bytes(b"{\\rtf1\\ansi Resolution 11/1\\par}")
    doc = read_document(tmp_path / "rich.doc", lang="en")
    assert (doc.encoding, doc.text) == ("rtf", "Resolution 11/1\n")


# --- streams written piece by piece ----------------------------------------------------------------------------

_TEXT_AT = 0x800  # where the text's bytes start in the WordDocument stream written here


def streams(pieces: list[tuple[str, bool]], *, body: int, footnotes: int = 0, endnotes: int = 0,
            footnote_refs: tuple[list[int], list[int], list[bool]] | None = None,
            endnote_refs: tuple[list[int], list[int], list[bool]] | None = None,
            n_fib: int = 0x00C1, flags: int = 0x0200) -> tuple[bytes, bytes]:
    """A WordDocument and a table stream holding ``pieces`` of text (8-bit where the flag says so), ``body``
    characters of body text, then ``footnotes`` and ``endnotes`` characters of notes; the notes' references
    (positions in the body, where each note's text starts in its part, whether numbered automatically)."""
    word = bytearray(_TEXT_AT)
    struct.pack_into("<HH", word, 0, 0xA5EC, n_fib)
    struct.pack_into("<H", word, 0x0A, flags)
    struct.pack_into("<8i", word, 0x4C, body, footnotes, 0, 0, 0, endnotes, 0, 0)
    table = bytearray()
    positions, descriptors, cp = [0], b"", 0
    for text, compressed in pieces:
        offset = len(word)
        word += text.encode("cp1252") if compressed else text.encode("utf-16-le")
        fc = offset * 2 | 0x40000000 if compressed else offset
        descriptors += struct.pack("<HIH", 0, fc, 0)
        cp += len(text)
        positions.append(cp)
    plc = struct.pack(f"<{len(positions)}I", *positions) + descriptors
    table += b"\x01" + struct.pack("<H", 2) + b"\x00\x00"  # a Prc, skipped
    clx = b"\x02" + struct.pack("<I", len(plc)) + plc
    struct.pack_into("<II", word, 0x1A2, len(table), len(clx))
    table += clx
    for refs, at in ((footnote_refs, 0xAA), (endnote_refs, 0x20A)):
        if refs is None:
            continue
        references, starts, automatic = refs
        plc_ref = struct.pack(f"<{len(references) + 1}I", *references, body) + b"".join(
            struct.pack("<h", 1 if auto else 0) for auto in automatic)
        struct.pack_into("<II", word, at, len(table), len(plc_ref))
        table += plc_ref
        plc_text = struct.pack(f"<{len(starts)}I", *starts)
        struct.pack_into("<II", word, at + 8, len(table), len(plc_text))
        table += plc_text
    return bytes(word), bytes(table)


def read(word: bytes, table: bytes) -> str:
    return word97_text(word, table, Path("made.doc"))


def test_8_bit_and_utf16_pieces_one_after_the_other():
    body = "Résolution 11/1\r“Crime” – 5 €\r"
    pieces = [(body[:12], True), (body[12:18], False), (body[18:], True), ("第一段。\r", False)]
    word, table = streams(pieces, body=len(body) + 5)
    assert read(word, table) == "Résolution 11/1\n\n“Crime” – 5 €\n\n第一段。\n"


def test_field_codes_dropped_and_results_kept():
    body = ("See \x13 HYPERLINK \"https://undocs.org\" \x14the report\x15 of \x13 PAGE \x15the Secretariat"
            " \x13 IF \x13 DATE \x14x\x15 \x14nested\x15.\r")
    word, table = streams([(body, True)], body=len(body))
    assert read(word, table) == "See the report of the Secretariat nested.\n"


def test_special_characters():
    body = "first line\x0bsecond line non\x1ebreaking soft\x1fhyphen\x01\x08\rcell one\x07cell two\x07\x07page\x0cnext\r"
    word, table = streams([(body, False)], body=len(body))
    assert read(word, table) == (
        "first line\nsecond line non\u2011breaking soft\u00adhyphen\n\ncell one\n\ncell two\n\npage\n\nnext\n")


def test_footnotes_and_endnotes_numbered_in_one_series_a_custom_mark_kept():
    body = "Title*\rRecalling the Convention,\x02 and the Protocols\x02\rDecides.\x02\r"
    footnotes = "* Reissued for technical reasons.\r\x02 Treaty Series, vol. 2225.\r\x02 Ibid., vol. 2237.\r\r"
    endnotes = "\x02 An endnote.\r\r"
    refs = [body.index("*"), body.index("\x02"), body.index("\x02", body.index("\x02") + 1)]
    starts = [0, footnotes.index("\x02"), footnotes.rindex("\x02"), len(footnotes) - 1, len(footnotes)]
    word, table = streams(
        [(body + footnotes + endnotes, False)], body=len(body), footnotes=len(footnotes), endnotes=len(endnotes),
        footnote_refs=(refs, starts, [False, True, True]),
        endnote_refs=([body.rindex("\x02")], [0, len(endnotes) - 1, len(endnotes)], [True]),
    )
    assert read(word, table) == (
        "Title*\n\nRecalling the Convention,¹ and the Protocols²\n\nDecides.³\n\n"
        "* Reissued for technical reasons.\n\n¹ Treaty Series, vol. 2225.\n\n² Ibid., vol. 2237.\n\n³ An endnote.\n")


@pytest.mark.parametrize("change, message", [
    (dict(n_fib=0x0065), "is a Word 6 or Word 95 document"),
    (dict(flags=0x0300), "is password-protected"),
])
def test_older_and_encrypted_documents(change, message):
    word, table = streams([("Text.\r", True)], body=6, **change)
    with pytest.raises(InputError, match=message):
        read(word, table)


def test_a_damaged_piece_table():
    word, table = streams([("Text.\r", True)], body=6)
    with pytest.raises(InputError, match=r"made\.doc is not a valid \.doc file: its piece table is damaged"):
        read(word, table[:8])
    with pytest.raises(InputError, match="no Word 97–2003 header"):
        read(b"\x00" * 0x400, table)


# --- Word's own paragraph numbers, in streams written here --------------------------------------------------------

def sprm_list(ilfo: int, level: int | None = None) -> bytes:
    """Paragraph properties: in list ``ilfo`` (1-based; 0: none), at ``level``."""
    return struct.pack("<Hh", 0x460B, ilfo) + (struct.pack("<HB", 0x260A, level) if level is not None else b"")


def lvl(nfc: int, text: str, *, start: int = 1, follow: int = 1, legal: bool = False, restart: int | None = None) -> bytes:
    """An LVL: number format code, number text with "%1" … for the levels' numbers."""
    places, chars = [], []
    for i, piece in enumerate(re.split(r"(%[1-9])", text)):
        if re.fullmatch(r"%[1-9]", piece):
            chars.append(chr(int(piece[1]) - 1))
            places.append(len(chars))
        else:
            chars.extend(piece)
    flags = (0x04 if legal else 0) | (0x08 if restart is not None else 0)
    lvlf = struct.pack("<iBB9sBiiBBBB", start, nfc, flags, bytes(places).ljust(9, b"\0"), follow, 0, 0, 0, 0,
                       restart or 0, 0)
    number_text = "".join(chars)
    return lvlf + struct.pack("<H", len(number_text)) + number_text.encode("utf-16-le")


def stylesheet(styles: dict[int, tuple[int, int, bytes, bytes]]) -> bytes:
    """An STSH: style index → (kind: 1 paragraph, 2 character; the style it is based on, 0x0FFF: none; paragraph
    and character property changes)."""
    stds = []
    for istd in range(max(styles) + 1):
        if istd not in styles:
            stds.append(struct.pack("<H", 0))
            continue
        kind, based_on, papx, chpx = styles[istd]
        name = f"S{istd}"
        upxs = [struct.pack("<H", istd) + papx, chpx] if kind == 1 else [chpx]
        std = struct.pack("<HHHHH", 0, kind | based_on << 4, len(upxs), 0, 0) + struct.pack("<H", len(name)) \
            + name.encode("utf-16-le") + b"\0\0" + b"".join(struct.pack("<H", len(u)) + u + b"\0" * (len(u) % 2)
                                                          for u in upxs)
        stds.append(struct.pack("<H", len(std)) + std)
    stshi = struct.pack("<HH", max(styles) + 1, 10) + bytes(14)
    return struct.pack("<H", len(stshi)) + stshi + b"".join(stds)


def numbered_streams(paragraphs: list[tuple[str, int, bytes]], lists: list[tuple[int, list[bytes]]],
                     overrides: list[tuple[int, list[tuple[int, int]]]],
                     styles: dict[int, tuple[int, bytes]] | None = None, *, compressed: bool = True):
    """Streams of one piece holding ``paragraphs`` (text ending in "\\r", style index, property changes), with
    list definitions (lsid, its levels: one, or nine), the lists paragraphs name (lsid, [(level, start)]) and
    paragraph styles (index → (based on, property changes))."""
    text = "".join(p[0] for p in paragraphs)
    word, table = streams([(text, compressed)], body=len(text))
    word, table = bytearray(word), bytearray(table)
    width = 1 if compressed else 2
    # one page of paragraph properties, 512-aligned after the text
    page_at = (len(word) // 512 + 1) * 512
    word += bytes(page_at - len(word))
    page = bytearray(512)
    bounds, at = [_TEXT_AT], _TEXT_AT
    for paragraph, _, _ in paragraphs:
        at += len(paragraph) * width
        bounds.append(at)
    crun = len(paragraphs)
    struct.pack_into(f"<{crun + 1}I", page, 0, *bounds)
    free = 511
    for i, (_, istd, grpprl) in enumerate(paragraphs):
        data = struct.pack("<H", istd) + grpprl
        papx = bytes([(len(data) + 1) // 2]) + data if len(data) % 2 else bytes([0, len(data) // 2]) + data
        free = (free - len(papx)) // 2 * 2
        page[free:free + len(papx)] = papx
        page[4 * (crun + 1) + 13 * i] = free // 2
    page[511] = crun
    word += page
    struct.pack_into("<II", word, 0x102, len(table), 12)
    table += struct.pack("<III", bounds[0], bounds[-1], page_at // 512)
    # the list definitions, their levels after them
    lstfs = b"".join(struct.pack("<ii18sBB", lsid, 0, b"", 1 if len(levels) == 1 else 0, 0) for lsid, levels in lists)
    struct.pack_into("<II", word, 0x2E2, len(table), 2 + len(lstfs))
    table += struct.pack("<H", len(lists)) + lstfs + b"".join(b"".join(levels) for _, levels in lists)
    lfos = b"".join(struct.pack("<iiiBBBB", lsid, 0, 0, len(starts), 0, 0, 0) for lsid, starts in overrides)
    data = b"".join(struct.pack("<i", 0) + b"".join(struct.pack("<iI", start, level | 0x10) for level, start in starts)
                    for _, starts in overrides)
    plf_lfo = struct.pack("<I", len(overrides)) + lfos + data
    struct.pack_into("<II", word, 0x2EA, len(table), len(plf_lfo))
    table += plf_lfo
    if styles:
        stsh = stylesheet({istd: (1, based_on, grpprl, b"") for istd, (based_on, grpprl) in styles.items()})
        struct.pack_into("<II", word, 0xA2, len(table), len(stsh))
        table += stsh
    return bytes(word), bytes(table)


OUTLINE_97 = [lvl(0, "%1.")] + [lvl(4, "(%2)")] + [lvl(2, "(%3)")] + [lvl(0, f"%{n}.") for n in range(4, 10)]


@pytest.mark.parametrize("compressed", [True, False])
def test_list_numbers_of_a_doc_with_levels(compressed):
    paragraphs = [("The Conference,\r", 0, b""), ("Decides\r", 0, sprm_list(1, 0)), ("first\r", 0, sprm_list(1, 1)),
                  ("second\r", 0, sprm_list(1, 1)), ("inner\r", 0, sprm_list(1, 2)), ("Requests\r", 0, sprm_list(1, 0)),
                  ("again\r", 0, sprm_list(1, 1)), ("\r", 0, sprm_list(1, 0)), ("Also\r", 0, sprm_list(1, 0))]
    word, table = numbered_streams(paragraphs, [(7, OUTLINE_97)], [(7, [])], compressed=compressed)
    assert read(word, table) == ("The Conference,\n\n1. Decides\n\n(a) first\n\n(b) second\n\n(i) inner\n\n"
                                 "2. Requests\n\n(a) again\n\n4. Also\n")  # the empty numbered paragraph counts


def test_doc_lists_restarted_by_an_override_and_their_formats():
    letters = [lvl(0x3A, "%1)"), lvl(0x30, "(%1)", follow=0), lvl(0x25, "%1、", follow=2)]
    paragraphs = [("один\r", 0, sprm_list(1, 0)), ("два\r", 0, sprm_list(1, 0)), ("снова\r", 0, sprm_list(2, 0)),
                  ("ألف\r", 0, sprm_list(3, 0)), ("باء\r", 0, sprm_list(3, 0)), ("甲\r", 0, sprm_list(4, 0)),
                  ("乙\r", 0, sprm_list(5, 0))]
    word, table = numbered_streams(
        paragraphs, [(1, [letters[0]]), (2, [letters[1]]), (3, [letters[2]])],
        [(1, []), (1, [(0, 1)]), (2, [(0, 3)]), (3, [(0, 10)]), (3, [])], compressed=False)
    assert read(word, table) == "а) один\n\nб) два\n\nа) снова\n\n(ج)\tألف\n\n(د)\tباء\n\n十、甲\n\n十一、乙\n"


def test_doc_list_numbers_from_paragraph_styles():
    """A heading style numbered at level 0, a style based on it; a paragraph's own "no list" wins over its style's."""
    styles = {0: (0x0FFF, b""), 1: (0x0FFF, sprm_list(1, 0)), 2: (1, b""), 3: (0x0FFF, sprm_list(1, 1))}
    paragraphs = [("Introduction\r", 1, b""), ("a point\r", 3, b""), ("Findings\r", 2, b""),
                  ("not numbered\r", 1, sprm_list(0)), ("Conclusions\r", 1, b"")]
    word, table = numbered_streams(paragraphs, [(9, OUTLINE_97)], [(9, [])], styles)
    assert read(word, table) == "1. Introduction\n\n(a) a point\n\n2. Findings\n\nnot numbered\n\n3. Conclusions\n"


def test_a_doc_whose_list_tables_are_damaged():
    word, table = numbered_streams([("Decides\r", 0, sprm_list(1, 0))], [(7, OUTLINE_97)], [(7, [])])
    offset = struct.unpack_from("<I", word, 0x2E2)[0]
    damaged = bytearray(table)
    struct.pack_into("<H", damaged, offset, 500)  # more list definitions than the table holds
    with pytest.raises(InputError, match=r"made\.doc is not a valid \.doc file: its list numbering is damaged"):
        read(word, bytes(damaged))


def with_character_runs(word: bytes, table: bytes, runs: list[tuple[int, int, bytes]]) -> tuple[bytes, bytes]:
    """Streams of one 8-bit piece given character property runs: (first character, end, property changes)."""
    word, table = bytearray(word), bytearray(table)
    page_at = (len(word) // 512 + 1) * 512
    word += bytes(page_at - len(word))
    page = bytearray(512)
    crun = len(runs)
    struct.pack_into(f"<{crun + 1}I", page, 0, *[_TEXT_AT + start for start, _, _ in runs], _TEXT_AT + runs[-1][1])
    free = 511
    for i, (_, _, grpprl) in enumerate(runs):
        if grpprl:
            chpx = bytes([len(grpprl)]) + grpprl
            free = (free - len(chpx)) // 2 * 2
            page[free:free + len(chpx)] = chpx
            page[4 * (crun + 1) + i] = free // 2
    page[511] = crun
    word += page
    struct.pack_into("<II", word, 0xFA, len(table), 12)
    table += struct.pack("<III", _TEXT_AT, _TEXT_AT + runs[-1][1], page_at // 512)
    return bytes(word), bytes(table)


def test_hidden_text_and_tracked_deletions_are_left_out():
    """As Word shows the text with its changes accepted: hidden text and deletions gone (a deleted paragraph mark
    joins two paragraphs); formatting switched off (operand 0) hides nothing."""
    text = "Recalling its resolution 10/4 [note] of 16 October,\rthe General Assembly, in 2020.\r"
    hidden, deleted, shown = text.index(" [note]"), text.index(",\rthe General Assembly"), text.index(" in 2020")
    runs = [(0, hidden, b""), (hidden, hidden + 7, struct.pack("<HB", 0x083C, 1)),
            (hidden + 7, deleted + 1, b""), (deleted + 1, deleted + 23, struct.pack("<HB", 0x0800, 1)),
            (deleted + 23, shown, b""), (shown, len(text), struct.pack("<HB", 0x083C, 0))]
    word, table = with_character_runs(*streams([(text, True)], body=len(text)), runs)
    assert read(word, table) == "Recalling its resolution 10/4 of 16 October, in 2020.\n"


def test_text_hidden_by_a_style_is_left_out():
    """Hidden by a character style (through the style it is based on), or by the paragraph's style; a run's own
    formatting (operand 0) and a character style that shows its text win over the paragraph's style."""
    hidden, shown = struct.pack("<HB", 0x083C, 1), struct.pack("<HB", 0x083C, 0)
    styles = {0: (1, 0x0FFF, b"", b""), 1: (2, 0x0FFF, b"", hidden), 2: (2, 1, b"", b""), 3: (1, 0, b"", hidden),
              4: (2, 0x0FFF, b"", shown)}
    first = "Recalling its resolution 10/4 [check the date] of 16 October 2020,\r"
    second, third = "Delete before issuing.\r", "Hidden, shown by its own formatting, shown by its style.\r"
    word, table = numbered_streams([(first, 0, b""), (second, 3, b""), (third, 3, b"")], [], [])
    word, table = bytearray(word), bytearray(table)
    sheet = stylesheet(styles)
    struct.pack_into("<II", word, 0xA2, len(table), len(sheet))
    table += sheet
    note, own, by_style = first.index(" [check"), len(first) + len(second) + third.index("shown by its own"), \
        len(first) + len(second) + third.index("shown by its style")
    style = lambda istd: struct.pack("<HH", 0x4A30, istd)  # noqa: E731
    end_note = note + len(" [check the date]")
    runs = [(0, note, b""), (note, end_note, style(2)), (end_note, own, b""), (own, by_style, shown),
            (by_style, len(first) + len(second) + len(third), style(4))]
    word, table = with_character_runs(bytes(word), bytes(table), runs)
    assert read(word, table) == \
        "Recalling its resolution 10/4 of 16 October 2020,\n\nshown by its own formatting, shown by its style.\n"
