"""Reading web pages (.html, .htm, .xhtml): paragraphs, tables, footnotes, charsets, language, bad input."""

from __future__ import annotations

import codecs
import html
from pathlib import Path

import pytest

import corpora
from aligner.errors import InputError
from aligner.model import UN_LANGUAGES
from aligner.readers import HTML_SUFFIXES, read_document
from aligner.segment import segment


def write(tmp_path: Path, name: str, page: str | bytes, encoding: str = "utf-8") -> Path:
    file = tmp_path / name
    file.write_bytes(page if isinstance(page, bytes) else page.encode(encoding))
    return file


def test_suffixes():
    assert HTML_SUFFIXES == {".html", ".htm", ".xhtml"}


RESOLUTION_PAGE = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Resolution 11/1 - UNODC</title>
<style>p { margin: 0 }</style><script>document.write("<p>not text</p>");</script></head>
<body>
<nav><a href="/">Home</a> &gt; <a href="/cop">Conference</a></nav>
<h1>Resolution 11/1</h1>
<h2>Implementation of the provisions on
    international cooperation</h2>
<p><i>Recalling</i> its resolution 6/1 of 19&nbsp;October 2012,<sup><a href="#fn1" id="fnref1"
   class="footnote-ref">1</a></sup> entitled &ldquo;Ensuring effective implementation&rdquo; &amp; more,</p>
<ol>
  <li>Endorses the recommendations;</li>
  <li>Requests the Secretariat<br>to continue its work.</li>
</ol>
<section class="footnotes"><hr><ol>
  <li id="fn1"><p>United Nations, <i>Treaty Series</i>, vol. 2225, No. 39574.<a href="#fnref1"
     class="footnote-back">↩︎</a></p></li>
</ol></section>
</body></html>
"""


def test_resolution_page(tmp_path):
    doc = read_document(write(tmp_path, "res.html", RESOLUTION_PAGE))
    assert doc.text == (
        "Resolution 11/1\n\n"
        "Implementation of the provisions on international cooperation\n\n"
        "Recalling its resolution 6/1 of 19\u00a0October 2012,¹ entitled “Ensuring effective implementation” & more,\n\n"
        "1. Endorses the recommendations;\n\n"
        "2. Requests the Secretariat\nto continue its work.\n\n"
        "¹ United Nations, Treaty Series, vol. 2225, No. 39574.\n"
    )
    assert (doc.lang, doc.encoding, doc.name) == ("en", "utf-8", "res")
    units = segment(doc).units
    assert [u.kind for u in units if u.kind == "footnote"] == ["footnote"]
    assert any(u.footnote_refs == ("fn.1",) for u in units)


WORD_PAGE = """<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta http-equiv=Content-Type content="text/html; charset=windows-1251"><title>Резолюция</title></head>
<body lang=EN-US><div class=WordSection1>
<p class=MsoNormal><span lang=RU>Резолюция 11/1<o:p></o:p></span></p>
<p class=MsoNormal><![if !supportLists]><span lang=RU><span style='mso-list:Ignore'>1.<span>&nbsp; </span></span></span><![endif]><span
lang=RU>просит Секретариат продолжить работу</span><a style='mso-footnote-id:ftn1' href="#_ftn1" name="_ftnref1"
title=""><span class=MsoFootnoteReference><span style='mso-special-character:footnote'><![if !supportFootnotes]><span
class=MsoFootnoteReference>[1]</span><![endif]></span></span></a><span lang=RU>;</span></p>
</div>
<div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all><hr align=left size=1 width="33%"><![endif]>
<div style='mso-element:footnote' id=ftn1>
<p class=MsoFootnoteText><a style='mso-footnote-id:ftn1' href="#_ftnref1" name="_ftn1" title=""><span
class=MsoFootnoteReference><span style='mso-special-character:footnote'><![if !supportFootnotes]><span
class=MsoFootnoteReference>[1]</span><![endif]></span></span></a> Организация Объединенных Наций, <i>Сборник
договоров</i>, т. 2225.</p>
</div></div></body></html>
"""


def test_word_saved_page_with_footnotes_in_windows_1251(tmp_path):
    doc = read_document(write(tmp_path, "res.htm", WORD_PAGE, "cp1251"))
    assert doc.text == (
        "Резолюция 11/1\n\n"
        "1.\u00a0 просит Секретариат продолжить работу¹;\n\n"
        "¹ Организация Объединенных Наций, Сборник договоров, т. 2225.\n"
    )
    assert (doc.lang, doc.encoding) == ("ru", "cp1251")
    units = segment(doc).units
    assert [u.text for u in units if u.kind == "footnote"] == ["Организация Объединенных Наций, Сборник договоров, т. 2225."]


@pytest.mark.parametrize("page, encoding, expected", [
    ('<html><head><meta charset="gb2312"></head><body><p>大会，回顾其决议。</p></body></html>', "gbk", "gb18030"),
    ('<?xml version="1.0" encoding="iso-8859-1"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body>'
     "<p>Prie le Secrétariat de poursuivre ses travaux.</p></body></html>", "cp1252", "cp1252"),
    ("<html><body><p>يطلب إلى الأمانة أن تواصل عملها وأن تقدم تقريرا إلى مؤتمر الأطراف.</p></body></html>", "cp1256",
     "cp1256"),
    # The page says Latin-1 but is UTF-8, as pages often are: valid UTF-8 wins.
    ('<html><head><meta charset="iso-8859-1"></head><body><p>Prie le Secrétariat de poursuivre ses travaux.</p>'
     "</body></html>", "utf-8", "utf-8"),
    # The page says UTF-8 but is Windows-1251: detection reads it.
    ('<html><head><meta charset="utf-8"></head><body><p>просит Секретариат продолжить работу.</p></body></html>',
     "cp1251", "cp1251"),
], ids=["meta-gb2312", "xml-declaration", "no-charset", "wrong-latin1", "wrong-utf8"])
def test_charset(tmp_path, page, encoding, expected):
    doc = read_document(write(tmp_path, "page.html", page, encoding))
    assert doc.encoding == expected
    paragraph = html.unescape(page.split("<p>")[1].split("</p>")[0])
    assert doc.text == paragraph + "\n"


def test_utf16_page_with_byte_order_mark(tmp_path):
    page = '<html lang="zh"><head><meta charset="utf-16"></head><body><p>第 11/1 号决议</p></body></html>'
    doc = read_document(write(tmp_path, "page.htm", codecs.BOM_UTF16_LE + page.encode("utf-16-le")))
    assert (doc.text, doc.encoding, doc.lang) == ("第 11/1 号决议\n", "utf-16-le", "zh")


@pytest.mark.parametrize("lang_attribute, text, lang", [
    ('lang="fr"', "Note verbale", "fr"),  # detection alone calls this English
    ('lang="es-419"', "Informe final", "es"),
    ('xml:lang="fr"', "Session extraordinaire", "fr"),
    ('lang="zh-Hans"', "大会", "zh"),
    ('lang="en"', "Генеральная Ассамблея", "ru"),  # a template's lang, contradicted by the script
    ('lang="de"', "Rapport du Secrétaire général", "fr"),  # not a UN language: detection decides
    ("", "Informe del Secretario General sobre la labor de la Organización", "es"),
])
def test_language_from_html_lang(tmp_path, lang_attribute, text, lang):
    doc = read_document(write(tmp_path, "page.html", f"<html {lang_attribute}><body><p>{text}</p></body></html>"))
    assert doc.lang == lang


def test_lang_argument_overrides_html_lang(tmp_path):
    file = write(tmp_path, "page.html", '<html lang="fr"><body><p>Note verbale</p></body></html>')
    assert read_document(file, lang="en").lang == "en"


def test_blocks_inline_elements_and_white_space(tmp_path):
    page = """<html><body>
    <div>Loose text in a division
      <div>a nested block</div>
      and text after it.</div>
    <p>Spaces   and
       line ends collapse; <b>bold</b><i> and italic</i> stay in line; &eacute;&#8212;&#x2014;&nbsp;&amp;&lt;x&gt;</p>
    <pre>  kept   as
  written</pre>
    <p hidden>hidden paragraph</p><p style="display: none">not shown</p>
    <noscript>enable scripts</noscript><template><p>template</p></template>
    <p>first<br/>second<br><br>third</p>
    <blockquote>Quoted block</blockquote><ul><li>bullet one</li><li>bullet <em>two</em></li></ul>
    </body></html>"""
    doc = read_document(write(tmp_path, "page.html", page))
    assert doc.text == (
        "Loose text in a division\n\na nested block\n\nand text after it.\n\n"
        "Spaces and line ends collapse; bold and italic stay in line; é——\u00a0&<x>\n\n"
        "  kept   as\n  written\n\n"
        "first\nsecond\n\nthird\n\n"
        "Quoted block\n\n• bullet one\n\n• bullet two\n"
    )


def test_ordered_lists_are_numbered_as_displayed(tmp_path):
    page = """<html><body>
    <ol start="4"><li>fourth</li><li value="9">ninth</li><li>tenth
      <ol type="a"><li>item a</li><li>item b</li></ol></li></ol>
    <ol type="I"><li>one</li><li>two</li></ol><ol type="i" start="3"><li>three</li></ol>
    </body></html>"""
    doc = read_document(write(tmp_path, "page.html", page))
    assert doc.text == "4. fourth\n\n9. ninth\n\n10. tenth\n\n(a) item a\n\n(b) item b\n\nI. one\n\nII. two\n\n(iii) three\n"


def test_tables_rows_on_one_line_with_tabs(tmp_path):
    page = """<html><body><table>
    <caption>Table 1</caption>
    <thead><tr><th>State</th><th>Date</th></tr></thead>
    <tbody>
      <tr><td>1.</td><td>Decides to remain seized of the matter.</td></tr>
      <tr><td></td><td>only the second cell</td></tr>
      <tr><td><p>first paragraph</p><p>second paragraph</p></td><td>other cell</td></tr>
      <tr><td>outer<table><tr><td>inner a</td><td>inner b</td></tr></table></td></tr>
    </tbody></table><p>After the table.</p></body></html>"""
    doc = read_document(write(tmp_path, "table.html", page))
    assert doc.text == (
        "Table 1\n\nState\tDate\n\n1.\tDecides to remain seized of the matter.\n\nonly the second cell\n\n"
        "first paragraph\n\nsecond paragraph\n\nother cell\n\nouter\n\ninner a\tinner b\n\nAfter the table.\n"
    )


def test_layout_table_numbers_become_operative_paragraphs(tmp_path):
    page = """<html><body><p>The General Assembly,</p><table>
    <tr><td>1.</td><td>Decides to establish a working group;</td></tr>
    <tr><td>2.</td><td>Requests the Secretary-General to report.</td></tr></table></body></html>"""
    units = segment(read_document(write(tmp_path, "ga.html", page))).units
    assert [(u.id, u.text) for u in units if u.kind == "operative"] == [
        ("op.1", "Decides to establish a working group;"),
        ("op.2", "Requests the Secretary-General to report."),
    ]


def test_what_is_and_is_not_a_footnote_marker(tmp_path):
    page = """<html><body>
    <p>See paragraph <a href="#para2">2</a> above, 10<sup>6</sup> dollars, the 1<sup>er</sup> janvier,
    a note<a href="#_ftn12" name="_ftnref12">[12]</a> and another<sup>(3)</sup>; <a href="#top">3</a>.</p>
    <p id="para2">Second paragraph.</p>
    </body></html>"""
    doc = read_document(write(tmp_path, "marks.html", page))
    assert doc.text == (
        "See paragraph 2 above, 10⁶ dollars, the 1er janvier, a note¹² and another³; 3.\n\nSecond paragraph.\n"
    )


def test_footnote_paragraph_already_carrying_its_marker_is_not_marked_twice(tmp_path):
    page = """<html><body><p>Text<sup><a href="#n1">1</a></sup>.</p>
    <p id="n1"><sup>1</sup> The note.</p></body></html>"""
    doc = read_document(write(tmp_path, "notes.html", page))
    assert doc.text == "Text¹.\n\n¹ The note.\n"


@pytest.mark.parametrize("lang", UN_LANGUAGES)
def test_sample_as_web_page_reads_and_segments_like_the_text(tmp_path, lang):
    original = corpora.load("untoc-cop-res-11-1", lang)
    paragraphs = [p.strip() for p in original.text.split("\n\n") if p.strip()]
    body = "\n".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in paragraphs)
    page = f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"></head><body>{body}</body></html>'
    doc = read_document(write(tmp_path, f"{lang}.html", page))
    assert doc.text == "\n\n".join(paragraphs) + "\n"
    assert doc.lang == lang
    units = segment(doc).units
    assert [u.id for u in units] == [u.id for u in segment(original).units]


# --- bad input -------------------------------------------------------------------------------

@pytest.mark.parametrize("data, message", [
    (b"", r"is empty: it has no text$"),
    (b"   \n", r"is empty: it has no text$"),
    (b"<html><head><title>Only a title</title></head><body> </body></html>", r"is empty: it has no text$"),
    (b"Just a line of text, not a web page.\n", r"is not an HTML file: it has no HTML tags$"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", r"is not a text file: it contains NUL bytes"),
], ids=["zero-bytes", "blank", "no-body-text", "plain-text", "binary"])
def test_bad_pages(tmp_path, data, message):
    with pytest.raises(InputError, match=rf"^.*page\.html {message}"):
        read_document(write(tmp_path, "page.html", data))


def test_page_is_not_modified(tmp_path):
    data = WORD_PAGE.encode("cp1251")
    file = write(tmp_path, "page.htm", data)
    read_document(file)
    assert file.read_bytes() == data


def test_list_number_added_even_before_a_number(tmp_path):
    page = "<html><body><ol><li>1.5 million people were reached.</li><li>Second.</li></ol></body></html>"
    doc = read_document(write(tmp_path, "list.html", page))
    assert doc.text == "1. 1.5 million people were reached.\n\n2. Second.\n"


#: An older General Assembly resolution as the Organization's web pages give it: the symbol and date, the session
#: and agenda item in one paragraph with a line break, the footnotes numbered "<u>1</u>/" after a rule.
OLD_RESOLUTION_PAGE = """<html><head><title>A/RES/52/85</title></head><body>
<p align="right">A/RES/52/85<br>12 December 1997</p>
<p>Fifty-second session<br>Agenda item 103</p>
<h3 align="center">RESOLUTION ADOPTED BY THE GENERAL ASSEMBLY</h3>
<p align="center">[on the report of the Third Committee (A/52/635)]</p>
<p><b>52/85. Follow-up to the Naples Political Declaration and Global Action Plan against Organized Transnational Crime</b></p>
<p><i>The General Assembly</i>,</p>
<p><i>Recalling</i> its resolution 49/159 of 23 December 1994, in which it approved the Naples Political Declaration and Global Action Plan against Organized Transnational Crime, <u>1</u>/ adopted by the World Ministerial Conference on Organized Transnational Crime, held at Naples, Italy, from 21 to 23 November 1994,</p>
<p>1. <i>Takes note</i> of the report of the Secretary-General <u>2</u>/ and the report on the question of the elaboration of an international convention against organized transnational crime; <u>3</u>/</p>
<p>2. <i>Also takes note</i> of the forty recommendations; <u>4</u>/</p>
<p align="right">70th plenary meeting<br>12 December 1997</p>
<hr>
<p><u>1</u>/ A/49/748, annex, chap. I, sect. A.</p>
<p><u>2</u>/ E/CN.15/1997/7 and Add.1.</p>
<p><u>3</u>/ E/CN.15/1997/7/Add.2.</p>
<p><u>4</u>/ E/CN.15/1997/7/Add.1.</p>
</body></html>"""


def test_an_older_resolution_page_with_its_cover_and_footnotes_numbered_with_a_slash(tmp_path):
    seg = segment(read_document(write(tmp_path, "a52r85.htm", OLD_RESOLUTION_PAGE)))
    assert [u.id for u in seg.units] == ["cover.1", "cover.2", "cover.3", "cover.4", "cover.5", "cover.6", "title",
                                         "body", "pp.1", "op.1", "op.2", "adoption", "fn.1", "fn.2", "fn.3", "fn.4"]
    assert seg.get("cover.4").text == "Agenda item 103" and seg.get("title").text.startswith("52/85. Follow-up")
    assert seg.get("cover.6").text == "[on the report of the Third Committee (A/52/635)]"
    assert seg.get("op.1").footnote_refs == ("fn.2", "fn.3") and "2/" not in seg.get("op.1").text
    assert seg.get("adoption").text == "70th plenary meeting 12 December 1997"
    assert seg.get("fn.1").text == "A/49/748, annex, chap. I, sect. A."
