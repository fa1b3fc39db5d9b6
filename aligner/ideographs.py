"""Chinese characters written as radicals: what text taken from a PDF holds where the font draws a character with
the same glyph as a radical.

CJK fonts such as Noto Sans/Serif CJK (Source Han) draw 行 and the Kangxi radical ⾏ (U+2F8F), 一 and ⼀, 见 and
the simplified radical ⻅ with one glyph each. A PDF maps each glyph back to one code point, and a producer that
picks the radical's gives "执⾏", "附件⼀", "⽉" for 执行, 附件一, 月: the page looks right, but search, translation
memories, term lists and the segmenter's patterns ("附件一", "年 月 日") do not match it. Compatibility ideographs
(U+F900–U+FAFF) arise the same way.

:func:`with_ideographs` writes the characters meant; :func:`misplaced_radicals` finds the places, for a report.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from aligner.tokens import TRADITIONAL_FORMS

__all__ = ["with_ideographs", "misplaced_radicals"]

#: A Kangxi radical, a CJK supplementary radical or a CJK compatibility ideograph.
_RADICAL_OR_COMPATIBILITY = re.compile("[\u2e80-\u2eff\u2f00-\u2fdf\uf900-\ufaff]")

#: The CJK supplementary radicals that share their glyph with a unified ideograph in the Simplified, else the
#: Traditional, Japanese or Korean faces of Noto Sans/Serif CJK (read from the fonts' character maps), and that
#: ideograph. Unicode gives no decomposition for them (but for ⺟ and ⻳).
_SUPPLEMENT = dict(zip(
    "⺂⺃⺅⺇⺉⺋⺍⺎⺏⺐⺒⺓⺔⺕⺖⺘⺙⺛⺞⺟⺠⺡⺣⺤⺦⺨⺩⺫⺭⺮⺯⺰⺱⺲⺳⺹⺺⺽⺾⺿⻁⻂⻃⻄⻅⻆⻇⻈⻉⻊⻋⻌⻍⻎⻐⻑⻒⻓⻔⻕⻖⻘⻙⻚⻛⻜⻝⻞⻟⻠⻡⻢⻣"
    "⻤⻥⻦⻧⻨⻩⻪⻫⻬⻭⻮⻯⻰⻱⻲⻳",
    "乛乚亻𠘨刂㔾𭕄兀尣尢巳幺彑彐忄扌攵旡歺母民氵灬爫丬犭𤣩罒礻𥫗糹纟罓罒㓁耂肀𦥑艹艹虎衤覀西见角𧢲讠贝𧾷车辶辶辶钅長镸长门𨸏阝青韦页风飞食𩙿飠饣𩠐马骨"
    "鬼鱼鸟卤麦黄黾斉齐歯齿竜龙龜亀龟",
))
#: The Kangxi radical DOOR: Unicode decomposes it to the Traditional 戶, which the Simplified faces draw as 户.
_DOOR = "\u2f3e"


@lru_cache(maxsize=2)
def _table(traditional: bool) -> dict[int, str]:
    """Code point of each radical or compatibility ideograph → the character meant, in Simplified or Traditional
    text."""
    table = {ord(radical): meant for radical, meant in _SUPPLEMENT.items()}
    for code in (*range(0x2F00, 0x2FE0), *range(0xF900, 0xFB00)):
        meant = unicodedata.normalize("NFKC", chr(code))
        if meant != chr(code) and len(meant) == 1:
            table[code] = meant
    table[ord(_DOOR)] = "戶" if traditional else "户"
    return table


def _traditional(text: str) -> bool:
    """Whether ``text`` writes the common characters that differ (国/國, 会/會 …) in Traditional forms more often."""
    return sum(text.count(t) for t in TRADITIONAL_FORMS.values()) > sum(text.count(s) for s in TRADITIONAL_FORMS)


def with_ideographs(text: str) -> str:
    """``text`` with each radical or compatibility ideograph that stands for a unified ideograph written as that
    ideograph (one character for one: offsets do not move); ``text`` itself where there is none."""
    if _RADICAL_OR_COMPATIBILITY.search(text) is None:
        return text
    return text.translate(_table(_traditional(text)))


def misplaced_radicals(text: str) -> list[tuple[int, str]]:
    """Where ``text`` holds a radical or compatibility ideograph standing for a unified ideograph: (offset, the
    character meant, in the script the text writes: ⼾ is 户 or 戶)."""
    found = []
    table = None
    for match in _RADICAL_OR_COMPATIBILITY.finditer(text):
        table = table or _table(_traditional(text))
        meant = table.get(ord(match.group()))
        if meant is not None:
            found.append((match.start(), meant))
    return found
