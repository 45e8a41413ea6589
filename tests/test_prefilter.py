"""The RE2 prefilter finds exactly the matches of the pattern it stands in front of."""

from __future__ import annotations

import re

import pytest

from tenure import lang as languages
from tenure.lang.prefilter import Prefiltered, prefiltered, relax

TEXTS = [
    "Dana Whitfield resigned from Corvane Labs on Monday; she left for Ostrava Freight.",
    "Ché Müller a quitté Brévent SA. Élodie Faure rejoint Brévent en tant que directrice.",
    "Sven Åkerlund ist zurückgetreten. 夏欣雅将于9月26日辞去首席执行官职务,并加入澄岚科技。",
    "resigned resignedly unresigned ... resign. LEFT left-wing cleft",
    "",
]


def _same(pattern: re.Pattern, text: str, pos: int = 0, end: int | None = None) -> None:
    fast = prefiltered(pattern)
    assert isinstance(fast, Prefiltered)
    end = len(text) if end is None else end
    expected = [(m.span(), m.lastgroup) for m in pattern.finditer(text, pos, end)]
    assert [(m.span(), m.lastgroup) for m in fast.finditer(text, pos, end)] == expected
    assert fast.might_match(text, pos, end) or not expected


@pytest.mark.parametrize("text", TEXTS)
def test_matches_equal_the_patterns_own(text: str) -> None:
    pattern = re.compile(
        r"(?<!\w)(?:(?P<a>resign(?:ed)?)|(?P<b>left|quitt[ée])|(?P<c>辞去|加入))(?!\w)", re.I
    )
    _same(pattern, text)
    _same(pattern, text, 3, max(3, len(text) - 4))


def test_lookarounds_and_counted_repeats_are_relaxed_not_lost() -> None:
    pattern = re.compile(r"(?<![A-Z])\d{1,2}(?=月)|(?:wird|wurde)(?= \w{2,}chef\b)", re.I)
    for text in ["am 9月 und 12月", "Sie wird Finanzchef.", "Sie wurde Chefin.", "X9月"]:
        _same(pattern, text)


def test_a_long_document_is_scanned_by_stretches() -> None:
    pattern = re.compile(r"(?<!\w)(?:left|辞去|quitté)(?!\w)", re.I)
    text = " ".join(TEXTS * 60)  # long enough to be encoded once, with non-ASCII text
    stretches = [(i, min(len(text), i + 97)) for i in range(0, len(text), 97)]
    for start, end in stretches:
        _same(pattern, text, start, end)
    for start, end in reversed(stretches[:20]):  # asked for out of order too
        _same(pattern, text, start, end)


def test_relax_drops_what_re2_lacks() -> None:
    assert relax(r"(?<!\w)ab(?=c)\b") == "ab"
    assert relax(r"x{2,3}y{0,2}\u4e00") == r"x+y*\x{4e00}"
    assert relax(r"[\w.-]+\d") == r"\S+\p{Nd}"
    assert relax(r"[^。；]{2,80}?x[\w\s]") == r"(?s:.)+x(?s:.)"


def test_patterns_it_cannot_relax_stay_as_they_are() -> None:
    backreference = re.compile(r"(a)\1")
    assert prefiltered(backreference) is backreference
    empty = re.compile(r"a?")
    assert prefiltered(empty) is empty  # would be tried at every position


@pytest.mark.parametrize("code", languages.available())
def test_every_language_scans_its_triggers_with_re2(code: str) -> None:
    lang = languages.load(code)
    assert isinstance(lang.trigger_re, Prefiltered)
