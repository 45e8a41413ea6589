"""Guess the encoding of text that is not UTF-8.

charset-normalizer proposes encodings, and so does a fixed list of the legacy encodings of the
languages tenure reads (GBK, Big5, Shift-JIS, EUC-JP, EUC-KR, Windows-1252/1250/1251, KOI8-R,
Windows-1253). Every proposal that decodes a sample is scored by how plausible its characters are
(common characters of its language, no stray symbols or control characters, scripts that do not
interleave), because on short texts charset-normalizer alone often picks a wrong code page
(Latin-1 French read as Baltic, a short GBK sentence read as Korean).
"""

from __future__ import annotations

import codecs
import contextlib
import re
import unicodedata
from functools import cache

from charset_normalizer import from_bytes

SAMPLE_BYTES = 16384
REPLACE = "utf-8/replace"  # UTF-8 with the few bad bytes replaced: for UTF-8 text with stray bytes
EXTRA_MARGIN = 3.0  # how much better than the usual encodings a rarer one proposed must score
CANDIDATES = ("gb18030", "big5", "cp932", "euc_jp", "cp949", "cp1252", "cp1250", "cp1251", "koi8_r", "cp1253")
FAMILIES = {
    "gb18030": "zh-hans",
    "gbk": "zh-hans",
    "gb2312": "zh-hans",
    "hz": "zh-hans",
    "big5": "zh-hant",
    "big5hkscs": "zh-hant",
    "cp950": "zh-hant",
    "cp932": "ja",
    "shift_jis": "ja",
    "shift_jis_2004": "ja",
    "shift_jisx0213": "ja",
    "euc_jp": "ja",
    "euc_jis_2004": "ja",
    "euc_jisx0213": "ja",
    "iso2022_jp": "ja",
    "cp949": "ko",
    "euc_kr": "ko",
    "johab": "ko",
    "iso2022_kr": "ko",
}
# Frequent characters of running text in each family: a right decoding hits them often, a wrong
# one by chance. Written from general knowledge of the languages.
FREQUENT = {
    "zh-hans": "的一是不了在人有我他这个们中来上大为和国地到以说时要就出也得里后自会家可下而过天去能对小多然"
    "于心学么之都好看起发当没成只如事把还用第样道想作种开美总从无情己面最但现前些所同日手又行意动方期它头经长"
    "回位分老因很给名法间知世什两次使身者被高已其进此话常与活正公司年月新表示将任裁董首席执官职",
    "zh-hant": "的一是不了在人有我他這個們中來上大為和國地到以說時要就出也得裡後自會家可下而過天去能對小多然"
    "於心學麼之都好看起發當沒成只如事把還用第樣道想作種開美總從無情己面最但現前些所同日手又行意動方期它頭經長"
    "回位分老因很給名法間知世什兩次使身者被高已其進此話常與活正公司年月新表示將任裁董首席執官職",
    "ja": "のにはをたがでてとしれさるいかもなうっくあすらこりまきんよおだけそつせどえやわ"
    "日年月会社長人事本大中一出新者取締役代表就任発同氏",
    "ko": "이의다는에을하고로가지한서기사를으도리어자대정인일시수해적나그있것들했라니보우면과상전내부와만아",
}
WESTERN = set("àâäáãåçèéêëìíîïñòóôöõøùúûüýÿßæœÀÂÄÁÃÅÇÈÉÊËÌÍÎÏÑÒÓÔÖÕØÙÚÛÜÝŸÆŒ")
PUNCTUATION_8BIT = set("–—‘’‚“”„…«»‹›¡¿·•€")
NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")


@cache
def _charset_sets(family: str) -> tuple[frozenset[str], frozenset[str]]:
    """The common and the less common characters of a family's national standard."""

    def block(encoding: str, leads: range, trails: list[range]) -> frozenset[str]:
        chars = set()
        for lead in leads:
            for trail_range in trails:
                for trail in trail_range:
                    with contextlib.suppress(UnicodeDecodeError):
                        chars.add(bytes((lead, trail)).decode(encoding))
        return frozenset(chars)

    euc = [range(0xA1, 0xFF)]
    if family == "zh-hans":
        return block("gb2312", range(0xB0, 0xD8), euc), block("gb2312", range(0xD8, 0xF8), euc)
    if family == "zh-hant":
        trails = [range(0x40, 0x7F), range(0xA1, 0xFF)]
        return block("big5", range(0xA4, 0xC7), trails), block("big5", range(0xC9, 0xFA), trails)
    if family == "ja":
        return block("euc_jp", range(0xB0, 0xD0), euc), block("euc_jp", range(0xD0, 0xF5), euc)
    if family == "ko":  # common: the 2,350 Hangul syllables of KS X 1001; less common: its Hanja
        return block("euc_kr", range(0xB0, 0xC9), euc), block("euc_kr", range(0xCA, 0xFE), euc)
    return frozenset(), frozenset()


def _kind(char: str) -> str:
    """A coarse class of a non-ASCII character, for scoring."""
    code = ord(char)
    if 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF:
        return "han"
    if 0x3041 <= code <= 0x309F or 0x30A1 <= code <= 0x30FA:
        return "kana"
    if 0xFF61 <= code <= 0xFF9F:
        return "halfwidth kana"
    if 0xAC00 <= code <= 0xD7A3:
        return "hangul"
    if 0x3000 <= code <= 0x303F or 0xFF01 <= code <= 0xFF60 or 0x30FB <= code <= 0x30FC:
        return "cjk punctuation"
    category = unicodedata.category(char)
    if char == "\ufffd" or category in ("Cc", "Cf", "Co", "Cs", "Cn"):
        return "bad"
    if category.startswith("L"):
        if 0x00C0 <= code <= 0x024F or 0x1E00 <= code <= 0x1EFF:
            return "latin"
        return "letter"
    if category == "Sc" or category == "Zs":
        return "neutral"
    if category.startswith("P"):
        return "punctuation"
    return "symbol"


def _script(char: str) -> str:
    """The script of a letter, from its Unicode name ("CYRILLIC SMALL LETTER A" → "CYRILLIC")."""
    return unicodedata.name(char, "?").split(" ", 1)[0]


def plausibility(text: str, encoding: str) -> float:
    """How much ``text`` looks like real text decoded right; higher is better."""
    family = FAMILIES.get(encoding)
    common, rare = _charset_sets(family) if family else (frozenset(), frozenset())
    frequent = FREQUENT.get(family or "", "")
    eight_bit = family is None
    score = 0.0
    han = kana = 0
    for run in NON_ASCII_RUN.finditer(text):
        chars = run.group()
        start, end = run.span()
        glued = (start > 0 and text[start - 1].isalpha()) or (end < len(text) and text[end].isalpha())
        previous_kind = previous_script = ""
        previous_lower = False
        for char in chars:
            kind = _kind(char)
            if kind == "bad":
                score -= 10
            elif kind in ("han", "kana", "hangul"):
                han += kind == "han"
                kana += kind == "kana"
                if family is None:
                    score += 1 if kind != "han" or char in _charset_sets("zh-hans")[0] else -1
                elif char in common or (kind == "kana" and family == "ja"):
                    score += 2
                elif char in rare or (kind == "kana" and family == "zh-hans"):
                    score += 0.5 if kind == "kana" else 1
                else:
                    score -= 2
                if char in frequent:
                    score += 2
                if {kind, previous_kind} == {"han", "hangul"}:
                    score -= 3
            elif kind == "halfwidth kana":
                score -= 3
            elif kind == "cjk punctuation":
                score += 1 if family else -1
            elif kind == "latin":
                if len(chars) <= 2 and glued:
                    score += 1 if char in WESTERN else 0.5
                else:
                    score -= 1
            elif kind == "letter":
                script = _script(char)
                cased_wrong = char.isupper() and previous_lower and previous_script == script
                if len(chars) >= 2 and (not previous_script or previous_script == script) and not cased_wrong:
                    score += 1
                else:
                    score -= 1
                previous_script, previous_lower = script, char.islower()
            elif kind == "punctuation" or char == "€":
                score += 1 if eight_bit and char in PUNCTUATION_8BIT else 0
            elif kind == "symbol":
                score -= 2
            previous_kind = kind
    if family == "ja" and kana == 0 and han >= 4:
        score -= han  # Japanese prose always has kana; kanji alone is Chinese read as Japanese
    return score


def _decode_sample(sample: bytes, encoding: str, complete: bool) -> str | None:
    """``sample`` decoded strictly, allowing a character cut at the end of a partial sample."""
    if encoding == REPLACE:
        return sample.decode("utf-8", "replace")
    try:
        return sample.decode(encoding)
    except UnicodeDecodeError as error:
        if complete or error.start < len(sample) - 4:
            return None
        try:
            return sample[: error.start].decode(encoding)
        except UnicodeDecodeError:
            return None
    except LookupError:
        return None


def _normalised(name: str) -> str:
    try:
        return codecs.lookup(name).name.replace("-", "_")
    except LookupError:
        return name


def ranked_encodings(data: bytes) -> list[tuple[float, str]]:
    """Encodings that decode a sample of ``data``, best first, with their scores."""
    sample = data[:SAMPLE_BYTES]
    complete = len(sample) == len(data)
    names = list(CANDIDATES)
    for match in list(from_bytes(sample))[:3]:
        name = _normalised(match.encoding)
        if name not in names and not name.startswith("utf"):
            names.append(name)
    names.append(REPLACE)
    scored = []
    for order, name in enumerate(names):
        text = _decode_sample(sample, name, complete)
        if text is not None:
            score = plausibility(text, name)
            if name not in CANDIDATES and name != REPLACE:  # rarer code pages must win clearly
                score -= EXTRA_MARGIN + 0.1 * abs(score)
            scored.append((score, -order, name))
    scored.sort(reverse=True)
    return [(score, name) for score, _, name in scored]


def guess_decode(data: bytes) -> tuple[str, str]:
    """``data`` decoded with the most plausible encoding, and that encoding's name.

    Text that is UTF-8 but for a few stray bytes stays UTF-8, the stray bytes replaced.
    """
    lenient = data.decode("utf-8", "replace")
    invalid = lenient.count("\ufffd")
    valid = len(lenient) - len(lenient.encode("ascii", "ignore")) - invalid  # multi-byte characters
    if valid >= 2 and valid >= 4 * invalid:
        return lenient, REPLACE
    for _, name in ranked_encodings(data):
        if name == REPLACE:
            return data.decode("utf-8", "replace"), name
        try:
            return data.decode(name), name
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", "replace"), REPLACE
