"""Tests of the sentence aligner: known beads on small texts, coverage, band search, memory."""

from __future__ import annotations

import random
import tracemalloc

import numpy as np
import pytest

import aligner.sentalign as sentalign
from aligner.errors import AlignError
from aligner.lexicon import Lexicon
from aligner.sentalign import SentenceBead, align_sentences

ZH = [
    "会议于2021年10月11日在维也纳开幕。",  # 0 → en 0
    "缔约方会议审议了秘书处关于公约执行情况的报告。",  # 1 → en 1
    "会议欢迎各国政府提供的资料，并呼吁各国加强国际合作，打击跨国有组织犯罪。",  # 2 → en 2, 3
    "许多代表团发了言。",  # 3 ┐
    "他们强调了技术援助的重要性。",  # 4 ┘→ en 4
    "会议通过了关于洗钱和腐败问题的第11/1号决议。",  # 5 → en 5
    "会议于2021年10月15日闭幕。",  # 6 → en 6
    "会议还听取了关于2022年预算执行情况、工作人员配置以及今后会议安排的简短口头介绍，与会者对此未作评论。",  # 7 → nothing
]
EN = [
    "The meeting opened in Vienna on 11 October 2021.",
    "The Conference of the Parties considered the report of the secretariat on the implementation of the Convention.",
    "The Conference welcomed the information provided by Governments.",
    "It called on States to strengthen international cooperation to combat transnational organized crime.",
    "Many delegations spoke and stressed the importance of technical assistance.",
    "The Conference adopted resolution 11/1 on money-laundering and corruption.",
    "The meeting closed on 15 October 2021.",
]
ZH_EN_GOLD = [((0,), (0,)), ((1,), (1,)), ((2,), (2, 3)), ((3, 4), (4,)), ((5,), (5,)), ((6,), (6,)), ((7,), ())]

EN_FR = [
    ("The Conference of the Parties met in Vienna from 11 to 15 October 2021.",
     "La Conférence des Parties s'est réunie à Vienne du 11 au 15 octobre 2021."),
    ("It considered the report of the Secretary-General on technical assistance.",
     "Elle a examiné le rapport du Secrétaire général sur l'assistance technique."),
    ("The delegations welcomed the report. They thanked the secretariat for its work.",
     ["Les délégations ont accueilli le rapport avec satisfaction.", "Elles ont remercié le secrétariat de son travail."]),
    (["Several speakers mentioned corruption.", "Others mentioned money-laundering."],
     "Plusieurs orateurs ont évoqué la corruption, d'autres le blanchiment d'argent."),
    ("The Conference then adopted resolution 11/1 without a vote.",
     "La Conférence a ensuite adopté la résolution 11/1 sans la mettre aux voix."),
    ("The President declared the session closed at 6 p.m. on Friday.",
     "Le Président a prononcé la clôture de la session à 18 heures le vendredi."),
]


def _pairs(beads):
    return [(b.src, b.tgt) for b in beads]


def _assert_cover(beads, n, m):
    src = [i for b in beads for i in b.src]
    tgt = [j for b in beads for j in b.tgt]
    assert src == list(range(n))
    assert tgt == list(range(m))
    assert all(b.src or b.tgt for b in beads)
    assert all(0.0 <= b.score <= 1.0 for b in beads)


def test_zh_en_known_beads():
    beads = align_sentences(ZH, EN, "zh", "en")
    _assert_cover(beads, len(ZH), len(EN))
    assert _pairs(beads) == ZH_EN_GOLD
    assert all(isinstance(b, SentenceBead) for b in beads)
    assert {b.score for b in beads if not (b.src and b.tgt)} == {0.0}


def test_en_zh_direction_uses_inverted_dictionary():
    beads = align_sentences(EN, ZH, "en", "zh")
    assert _pairs(beads) == [(t, s) for s, t in ZH_EN_GOLD]  # same beads, sides swapped: 2-1, 1-2, 0-1


def test_en_fr_without_dictionary():
    en, fr, gold = [], [], []
    for e, f in EN_FR:
        e = [e] if isinstance(e, str) else e
        f = [f] if isinstance(f, str) else f
        if len(e) == 1 and len(f) == 1 and "delegations" in e[0]:
            e = ["The delegations welcomed the report.", "They thanked the secretariat for its work."]
            f = ["Les délégations ont accueilli le rapport avec satisfaction et ont remercié le secrétariat de son travail."]
        gold.append((tuple(range(len(en), len(en) + len(e))), tuple(range(len(fr), len(fr) + len(f)))))
        en += e
        fr += f
    beads = align_sentences(en, fr, "en", "fr")
    _assert_cover(beads, len(en), len(fr))
    assert _pairs(beads) == gold


def test_glossary_pairs_are_used():
    lex = Lexicon.empty("en", "fr").with_pairs([("money-laundering", "blanchiment d'argent")])
    assert lex.translations("launder") == {"blanchiment", "argent"}
    beads = align_sentences(["money-laundering"], ["blanchiment d'argent"], "en", "fr", lexicon=lex)
    assert _pairs(beads) == [((0,), (0,))]


def test_empty_sides():
    assert _pairs(align_sentences([], ["a", "b"], "en", "fr")) == [((), (0,)), ((), (1,))]
    assert _pairs(align_sentences(["a"], [], "en", "fr")) == [((0,), ())]
    with pytest.raises(AlignError):
        align_sentences(["a"], ["b"], "en", "fr", max_bead=0)


def test_a_long_sentence_translated_as_five_is_one_bead():
    """Literary and UN translators alike break a long Chinese sentence into several English ones: up to six
    sentences on one side make a bead (MAC-Dev's gold has 1-5 and 1-6 beads)."""
    zh = ["会议在维也纳举行。", "缔约国讨论了国际合作、司法协助、引渡、被判刑人员的移交和联合调查机构。", "秘书处提交了报告。",
          "会议通过了决议。"]
    en = ["The meeting was held in Vienna.", "States parties discussed international cooperation.",
          "They discussed mutual legal assistance.", "They discussed extradition.",
          "They discussed the transfer of sentenced persons.", "They discussed joint investigative bodies.",
          "The secretariat submitted a report.", "The meeting adopted a resolution."]
    assert _pairs(align_sentences(zh, en, "zh", "en")) == [((0,), (0,)), ((1,), (1, 2, 3, 4, 5)), ((2,), (6,)),
                                                           ((3,), (7,))]
    assert ((1,), (1, 2, 3, 4, 5)) not in _pairs(align_sentences(zh, en, "zh", "en", max_bead=4))


def _random_text(rng, n, words):
    return [" ".join(rng.choice(words) for _ in range(rng.randint(1, 25))) for _ in range(n)]


@pytest.mark.parametrize("seed", range(8))
def test_beads_cover_each_sentence_once_in_order(seed):
    rng = random.Random(seed)
    words = ["alpha", "beta", "gamma", "delta", "12", "2021", "un", "onu"]
    n, m = rng.randint(1, 60), rng.randint(1, 60)
    max_bead = rng.randint(1, 6)
    beads = align_sentences(_random_text(rng, n, words), _random_text(rng, m, words), "en", "fr", max_bead=max_bead)
    _assert_cover(beads, n, m)
    assert all(len(b.src) <= max_bead and len(b.tgt) <= max_bead for b in beads)


def test_very_unequal_lengths_in_a_band(monkeypatch):
    monkeypatch.setattr(sentalign, "FULL_GRID_CELLS", 100)  # force the banded search
    rng = random.Random(3)
    words = ["state", "party", "report", "crime", "2021"]
    beads = align_sentences(_random_text(rng, 200, words), _random_text(rng, 20, words), "en", "fr")
    _assert_cover(beads, 200, 20)
    beads = align_sentences(_random_text(rng, 20, words), _random_text(rng, 200, words), "en", "fr")
    _assert_cover(beads, 20, 200)


def test_banded_search_finds_the_diagonal(monkeypatch):
    monkeypatch.setattr(sentalign, "FULL_GRID_CELLS", 100)
    monkeypatch.setattr(sentalign, "COARSE_BLOCKS", 50)
    rng = random.Random(5)
    vocab = [f"w{k}" for k in range(400)]
    src = [" ".join(rng.sample(vocab, rng.randint(3, 12))) for _ in range(600)]
    tgt = list(src)
    del tgt[300]  # one deletion in the middle
    beads = align_sentences(src, tgt, "en", "fr")
    _assert_cover(beads, 600, 599)
    assert ((300,), ()) in _pairs(beads)
    assert sum(1 for b in beads if len(b.src) == 1 and len(b.tgt) == 1) >= 590


def test_medium_input_never_builds_the_full_grid(monkeypatch):
    n = 3000
    widths = []
    search = sentalign._search

    def spy(s, t, ev, model, shapes, band, **kw):
        widths.append(band.width)
        return search(s, t, ev, model, shapes, band, **kw)

    monkeypatch.setattr(sentalign, "_search", spy)
    rng = random.Random(11)
    vocab = [f"w{k}" for k in range(2000)]
    src = [" ".join(rng.sample(vocab, rng.randint(3, 15))) for _ in range(n)]
    tgt = [s.upper() for s in src]
    tracemalloc.start()
    beads = align_sentences(src, tgt, "en", "fr")
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    _assert_cover(beads, n, n)
    assert max(widths[1:]) < n // 10  # fine passes run in a band, not over all target sentences
    assert peak < n * n * 8  # less than one float64 N×M matrix (72 MB) in all


def test_long_input_keeps_the_band_narrow(monkeypatch):
    """Blocks are aligned through blocks of blocks, so the band does not widen with the length."""
    monkeypatch.setattr(sentalign, "FULL_GRID_CELLS", 100)
    monkeypatch.setattr(sentalign, "COARSE_BLOCKS", 10)
    monkeypatch.setattr(sentalign, "MAX_BLOCK_SENTENCES", 4)
    first_widths = {}
    search = sentalign._search

    def spy(s, t, ev, model, shapes, band, **kw):
        first_widths.setdefault(len(s.lengths), band.width)
        return search(s, t, ev, model, shapes, band, **kw)

    monkeypatch.setattr(sentalign, "_search", spy)
    rng = random.Random(8)
    vocab = [f"w{k}" for k in range(400)]
    src = [" ".join(rng.sample(vocab, rng.randint(3, 12))) for _ in range(600)]
    tgt = list(src)
    del tgt[450]
    beads = align_sentences(src, tgt, "en", "fr")
    _assert_cover(beads, 600, 599)
    assert ((450,), ()) in _pairs(beads)
    assert len(first_widths) >= 3  # sentences, blocks, blocks of blocks
    assert first_widths[600] == 2 * sentalign.MIN_HALF_BAND + 1


@pytest.mark.parametrize("seed", range(20))
def test_band_spanning_is_valid_and_keeps_every_asked_cell(seed):
    rng = np.random.default_rng(seed)
    n, m = int(rng.integers(1, 40)), int(rng.integers(1, 40))
    lo = rng.integers(-5, m + 5, n + 1)
    hi = lo + rng.integers(-3, 10, n + 1)
    band = sentalign._Band.spanning(lo, hi, m)
    assert band.lo[0] == 0 and band.hi[-1] == m + 1
    assert np.all(np.diff(band.lo) >= 0) and np.all(np.diff(band.hi) >= 0)
    assert np.all(band.lo < band.hi) and np.all(band.lo[1:] < band.hi[:-1])  # consecutive rows overlap
    asked_lo, asked_hi = np.clip(lo, 0, m), np.clip(hi, 0, m + 1)
    has_cells = asked_lo < asked_hi
    assert np.all(band.lo[has_cells] <= asked_lo[has_cells]) and np.all(band.hi[has_cells] >= asked_hi[has_cells])


def test_widening_is_local_to_the_touched_rows():
    n = m = 2000
    band = sentalign._Band.from_centre(np.arange(n + 1, dtype=np.float64), m, 24)
    wider = band.widened_near(np.array([1000]), m)
    widths, new_widths = band.hi - band.lo, wider.hi - wider.lo
    reach = sentalign.WIDEN_REACH
    assert np.all(new_widths[1000 - reach:1000 + reach + 1] >= 2 * widths[1000 - reach:1000 + reach + 1] - 1)
    far = np.r_[100:1000 - 2 * reach, 1000 + 2 * reach:1900]
    assert np.array_equal(new_widths[far], widths[far])
    assert wider.cells < 1.2 * band.cells


def test_words_guide_the_band_where_lengths_mislead(monkeypatch):
    """Over a long stretch the target sentences carry padding that is not words: the length
    ratio drifts far off, and only the blocks' words keep the band on the true path."""
    monkeypatch.setattr(sentalign, "FULL_GRID_CELLS", 10_000)
    monkeypatch.setattr(sentalign, "COARSE_BLOCKS", 40)
    monkeypatch.setattr(sentalign, "MAX_WIDENINGS", 0)
    rng = random.Random(4)
    vocab = [f"w{k}" for k in range(6000)]
    src = [" ".join(rng.sample(vocab, rng.randint(3, 12))) for _ in range(1500)]
    tgt = [s.upper() + (" ." * 60 if 300 <= k < 1000 else "") for k, s in enumerate(src)]
    beads = align_sentences(src, tgt, "en", "fr")
    _assert_cover(beads, 1500, 1500)
    assert sum(1 for b in beads if b.src == b.tgt and len(b.src) == 1) >= 1480


def test_lengths_alone_guide_the_band_when_no_word_pairs(monkeypatch):
    """Two scripts and no dictionary: nothing pairs the words, the blocks are aligned by length."""
    monkeypatch.setattr(sentalign, "FULL_GRID_CELLS", 10_000)
    monkeypatch.setattr(sentalign, "COARSE_BLOCKS", 40)
    rng = random.Random(9)
    latin, cyrillic = "abcdefghij", "абвгдежзий"
    src, tgt = [], []
    for _ in range(800):
        lengths = [rng.randint(2, 9) for _ in range(rng.randint(1, 30))]
        src.append(" ".join("".join(rng.choice(latin) for _ in range(k)) for k in lengths))
        tgt.append(" ".join("".join(rng.choice(cyrillic) for _ in range(k + 1)) for k in lengths))
    beads = align_sentences(src, tgt, "en", "ru")
    _assert_cover(beads, 800, 800)
    assert sum(1 for b in beads if b.src == b.tgt and len(b.src) == 1) >= 760


# --------------------------------------------------------------------------- sentences with no counterpart

# Eleven Chinese sentences and their English translation; zh 3 and 4 are rendered as one English sentence.
REPORT_ZH = [
    "缔约方会议第十一届会议于2022年10月17日至21日在维也纳举行。",
    "会议选举了主席团成员。",
    "秘书处介绍了关于技术援助活动的报告。",
    "许多代表团欢迎该报告。",
    "它们感谢秘书处的工作。",
    "一些发言者强调了打击洗钱的重要性。",
    "其他发言者提到了腐败问题。",
    "会议审议了公约执行情况审议机制。",
    "会议通过了五项决议和两项决定。",
    "会议决定第十二届会议将于2024年举行。",
    "主席宣布会议闭幕。",
]
REPORT_EN = [
    "The eleventh session of the Conference of the Parties was held in Vienna from 17 to 21 October 2022.",
    "The Conference elected the members of its Bureau.",
    "The secretariat introduced the report on technical assistance activities.",
    "Many delegations welcomed the report and thanked the secretariat for its work.",
    "Several speakers stressed the importance of combating money-laundering.",
    "Other speakers referred to the problem of corruption.",
    "The Conference considered the mechanism for the review of implementation of the Convention.",
    "The Conference adopted five resolutions and two decisions.",
    "The Conference decided that its twelfth session would be held in 2024.",
    "The President declared the session closed.",
]
REPORT_GOLD = [((0,), (0,)), ((1,), (1,)), ((2,), (2,)), ((3, 4), (3,))] + [((i,), (i - 1,)) for i in range(5, 11)]
# A sentence about something else, in either language (not a translation of anything in the report).
UNRELATED_EN = "Lunch was served on the terrace, where a jazz band played old songs every afternoon."
UNRELATED_ZH = "午餐在露台上供应，每天下午都有一支爵士乐队演奏老歌。"


def _with_null(gold, side, index):
    """``gold`` with a sentence added at ``index`` of ``side`` (its own empty bead), later ones renumbered."""
    def shift(ids):
        return tuple(k + (k >= index) for k in ids)

    out = [(shift(s), t) if side == "src" else (s, shift(t)) for s, t in gold]
    at = next(n for n, (s, t) in enumerate(gold) if (s if side == "src" else t)[0] >= index)
    out.insert(at, ((index,), ()) if side == "src" else ((), (index,)))
    return out


def test_report_without_additions_keeps_its_two_to_one_bead():
    beads = align_sentences(REPORT_ZH, REPORT_EN, "zh", "en")
    assert _pairs(beads) == REPORT_GOLD
    assert all(b.src and b.tgt for b in beads)


def test_added_target_sentence_gets_a_zero_to_one_bead():
    en = REPORT_EN[:7] + [UNRELATED_EN] + REPORT_EN[7:]
    beads = align_sentences(REPORT_ZH, en, "zh", "en")
    _assert_cover(beads, len(REPORT_ZH), len(en))
    assert _pairs(beads) == _with_null(REPORT_GOLD, "tgt", 7)  # ((), (7,)) after zh 7, 1-1 elsewhere, 2-1 kept


def test_added_source_sentence_gets_a_one_to_zero_bead():
    zh = REPORT_ZH[:8] + [UNRELATED_ZH] + REPORT_ZH[8:]
    beads = align_sentences(zh, REPORT_EN, "zh", "en")
    _assert_cover(beads, len(zh), len(REPORT_EN))
    assert _pairs(beads) == _with_null(REPORT_GOLD, "src", 8)


def test_added_sentence_found_in_the_other_direction():
    en = REPORT_EN[:7] + [UNRELATED_EN] + REPORT_EN[7:]
    beads = align_sentences(en, REPORT_ZH, "en", "zh")
    assert _pairs(beads) == [(t, s) for s, t in _with_null(REPORT_GOLD, "tgt", 7)]


def test_untranslated_sentence_is_left_alone_not_merged():
    """The English version leaves out zh 5 (money-laundering): zh 5 stands alone, zh 6 keeps its translation."""
    en = REPORT_EN[:4] + REPORT_EN[5:]
    beads = align_sentences(REPORT_ZH, en, "zh", "en")
    _assert_cover(beads, len(REPORT_ZH), len(en))
    expected = REPORT_GOLD[:4] + [((5,), ())] + [((i,), (i - 2,)) for i in range(6, 11)]
    assert _pairs(beads) == expected


def test_null_cost_follows_the_support_near_the_sentence():
    support = np.array([0.5, 0.5, 0.5, 0.0, 0.0, np.nan])
    keys = [6, 6, 6, 12, 1, 0]
    tokens = [frozenset(f"k{n}" for n in range(k)) for k in keys]
    cost = sentalign._null_scale(support, tokens)
    full, bare = sentalign.NULL_COST, sentalign.NULL_COST_UNSUPPORTED
    assert cost[0] == cost[1] == cost[2] == full  # as well supported as the median sentence
    assert cost[5] == full  # no keys: nothing tells it is untranslated
    assert bare < cost[3] < cost[4] < full  # unexplained: a long sentence is surer than a one-word one
    prior = sentalign.SUPPORT_PRIOR_KEYS
    assert cost[3] == pytest.approx(bare + (full - bare) * (prior * 0.5 / (12 + prior)) / 0.5)


def test_null_cost_is_flat_without_any_word_evidence():
    tokens = [frozenset({"a"}), frozenset({"b", "c"}), frozenset()]
    cost = sentalign._null_scale(np.array([0.0, 0.0, np.nan]), tokens)
    assert np.all(cost == sentalign.NULL_COST)


@pytest.mark.parametrize(("src", "tgt"), [("en", "es"), ("es", "fr"), ("fr", "ru"), ("es", "ru"), ("ar", "ru")])
def test_parallel_recommendations_stay_one_to_one(src: str, tgt: str) -> None:
    """The sample's versions have one sentence for each sentence, many of them alike ("States parties are
    encouraged to …"): two neighbours are not taken together as a 2-2 bead when each translates the other."""
    import corpora
    from aligner.segment import segment

    sides = [[s for u in segment(corpora.load("untoc-cop-res-11-1", lang)).units for s in u.sentences]
             for lang in (src, tgt)]
    assert len(sides[0]) == len(sides[1]) > 60
    beads = align_sentences(sides[0], sides[1], src, tgt)
    assert [(b.src, b.tgt) for b in beads] == [((i,), (i,)) for i in range(len(sides[0]))]



def test_chinese_in_traditional_characters_aligns_as_its_simplified_form():
    """The dictionary and the word segmenter know Simplified characters: a Chinese version in Traditional ones
    gets the beads and scores of its Simplified form."""
    import corpora
    from aligner.model import Document
    from aligner.segment import segment
    from aligner.tokens import load_opencc

    def sentences(text: str, lang: str) -> list[str]:
        return [s for u in segment(Document(text, lang)).units for s in u.sentences]

    zh = corpora.load("untoc-cop-res-11-1", "zh").text
    en = sentences(corpora.load("untoc-cop-res-11-1", "en").text, "en")
    simplified = align_sentences(sentences(zh, "zh"), en, "zh", "en")
    traditional = align_sentences(sentences(load_opencc("s2t").convert(zh), "zh"), en, "zh", "en")
    assert [(b.src, b.tgt, round(b.score, 6)) for b in traditional] == [(b.src, b.tgt, round(b.score, 6)) for b in simplified]


@pytest.mark.parametrize(("text", "keys"), [
    ("Where did she go?", {"<question>"}),
    ("¿Adónde fue?", {"<question>"}),
    ("إلى أين ذهبت؟", {"<question>"}),
    ("“快走！”他说。", {"<exclamation>", "<quotation>", "<opens-quotation>"}),
    ("他说：“我再说一遍，你好好记住了。", {"<quotation>"}),
    ("« Partez », dit-il.", {"<quotation>", "<opens-quotation>"}),
    ("‘Go,’ he said.", {"<quotation>", "<opens-quotation>"}),
    ("'I can't remember.'", {"<opens-quotation>", "<closes-quotation>"}),  # straight quotes count at the edges
    ("And this time, don't forget.'", {"<closes-quotation>"}),
    ("Don’t forget the States’ obligations.", set()),  # apostrophes, not quotes
    ("He didn't say 'maybe'.", set()),  # the straight single quote is an apostrophe as often
    ("The meeting closed.", set()),
])
def test_sentence_marks(text: str, keys: set[str]) -> None:
    assert sentalign.sentence_marks(text) == keys


@pytest.mark.parametrize(("questions", "gold"), [
    ((0, 0), [((0,), (0,)), ((1,), (1, 2))]),
    ((0, 1), [((0,), (0, 1)), ((1,), (2,))]),
])
def test_a_question_is_aligned_with_the_question(questions: tuple[int, int], gold: list) -> None:
    """Lengths and words leave it open which of two sentences the middle one joins; the question mark tells."""
    src = ["Kalu meru toba sani", "Ferot dalim osu prane"]
    tgt = ["Wexa pilo tuna", "Zumbi rotak eli", "Yoskel vimar nu"]
    src = [s + ("?" if k == questions[0] else ".") for k, s in enumerate(src)]
    tgt = [t + ("?" if k == questions[1] else ".") for k, t in enumerate(tgt)]
    assert _pairs(align_sentences(src, tgt, "en", "fr")) == gold


@pytest.mark.parametrize(("src", "tgt", "gold"), [
    (["“Kalu meru «toba» sani ferot.”", "Dalim osu «prane» wexa pilo."],
     ["« Tuna «zumbi» rotak.", "Eli «yoskel» vimar. »", "Nu «kelo» barat."],
     [((0,), (0, 1)), ((1,), (2,))]),
    (["Kalu meru «toba» sani ferot.", "“Dalim osu «prane» wexa pilo.”"],
     ["Tuna «zumbi» rotak.", "« Eli «yoskel» vimar.", "Nu «kelo» barat. »"],
     [((0,), (0,)), ((1,), (1, 2))]),
])
def test_a_quotation_is_aligned_with_the_sentences_it_spans(src: list[str], tgt: list[str], gold: list) -> None:
    """A line of dialogue one version splits in two: the sentences that open and close the quotation go together
    (every sentence quotes a word, so quotation marks alone tell nothing)."""
    assert _pairs(align_sentences(src, tgt, "en", "fr")) == gold


@pytest.mark.parametrize(("text", "depth"), [
    ("他说：“我再说一遍，你好好记住了。", 1),  # the line of dialogue runs on to the next sentence
    ("你好好记住了。”", -1),
    ("“快走！”他说。", 0),
    ("「快走！」他說。", 0),
    ("'Going to town?' he asked, 'or staying here?", 1),
    ("Tell me now.'", -1),
    ("Though—'", -1),
    ("« Partez, dit-il. Tout de suite.", 1),
    ("Tout de suite. »", -1),
    ("‘Go,’ he said.", 0),
    ("“Go,” he said, “and", 1),
    ("what they call 'the long table' in the hall", 0),  # words in quotes
    ("the farmers' fields and the workers' homes", 0),  # possessives, not closing quotes
    ("Don’t forget; it's late.", 0),  # apostrophes
    ("The meeting closed.", 0),
])
def test_quotation_depth(text: str, depth: int) -> None:
    assert sentalign.quotation_depth(text) == depth


def _dialogue(seed: int) -> tuple[list[str], list[str], list]:
    """A made-up story in two versions whose words tell nothing (no dictionary): exchanges where one version closes
    a line of dialogue in a short sentence of its own ("Now?'"), which lengths alone could join to the next bead
    as well as to its own; and gold beads."""
    rng = random.Random(seed)

    def han(n: int) -> str:
        return "".join(rng.choice("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥") for _ in range(n))

    def latin(n: int) -> str:
        return " ".join(rng.choice(["kalu", "meru", "toba", "sani", "ferot", "dalim", "osu", "prane", "wexa"]) for _ in range(n))

    zh: list[str] = []
    en: list[str] = []
    gold: list = []
    for _ in range(12):
        zh.append(han(20) + "。")
        en.append(latin(12).capitalize() + ".")
        gold.append(((len(zh) - 1,), (len(en) - 1,)))
        zh.append("王五道：“" + han(16) + "？”")
        en += ["'" + latin(6).capitalize() + ",' said Wang, '" + latin(5) + "?", latin(2).capitalize() + "?'"]
        gold.append(((len(zh) - 1,), (len(en) - 2, len(en) - 1)))
        zh.append("李四说道：“" + han(8) + "？")
        en.append("'" + latin(6).capitalize() + ",' said Li.")
        gold.append(((len(zh) - 1,), (len(en) - 1,)))
        zh.append(han(10) + "。”")
        en.append("'" + latin(7).capitalize() + ".'")
        gold.append(((len(zh) - 1,), (len(en) - 1,)))
    return zh, en, gold


def test_a_line_of_dialogue_ends_in_the_bead_where_its_translation_ends(monkeypatch) -> None:
    """Where both versions quote speech over several sentences, a bead whose two sides leave different numbers of
    quotations open costs more: more gold beads are found than without that cost."""
    zh, en, gold = _dialogue(3)

    def found() -> int:
        beads = set(_pairs(align_sentences(zh, en, "zh", "en", lexicon=Lexicon.empty("zh", "en"))))
        return sum(bead in beads for bead in gold)

    with_cost = found()
    monkeypatch.setattr(sentalign, "QUOTATION_COST", 0.0)
    assert with_cost >= found() + 3


def test_quotations_within_sentences_change_no_bead(monkeypatch) -> None:
    """A resolution quotes titles within its sentences: the quotation cost is not used, and the beads are those
    found without it."""
    import corpora
    from aligner.segment import segment

    zh, en = ([s for u in segment(corpora.load("untoc-cop-res-11-1", lang)).units for s in u.sentences] for lang in ("zh", "en"))
    beads = _pairs(align_sentences(zh, en, "zh", "en"))
    monkeypatch.setattr(sentalign, "QUOTATION_COST", 100.0)
    assert _pairs(align_sentences(zh, en, "zh", "en")) == beads


def test_arabic_quotations_opened_with_a_right_mark() -> None:
    """UN Arabic opens a quotation with ” and closes it with “: the line of dialogue opens and closes as in the
    other versions; an Arabic text that opens with “ is read as written."""
    reversed_marks = sentalign._side(["قال: ”اذهب الآن.", "لا تتأخر.“", "ثم ذهب."], "ar")
    assert reversed_marks.quotes.tolist() == [1, -1, 0]
    assert sentalign._side(["قال: “اذهب الآن.", "لا تتأخر.”"], "ar").quotes.tolist() == [1, -1]
