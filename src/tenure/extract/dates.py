"""Dates in text: explicit and relative, resolved against the publication date.

What a language writes (month and weekday names, "last November", "l'anno scorso", "先月")
is in the ``[dates]`` table of its data file; the forms every language shares (ISO dates,
``2024年9月26日``, ``25/09/24``, a bare year) are here. Each match resolves to an ISO value at
the precision the text supports: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from tenure import lang as languages
from tenure.lang.prefilter import Prefiltered, prefiltered


@dataclass(frozen=True)
class DateMention:
    """A date stated in text: ``text[start:end]`` says ``value`` (YYYY, YYYY-MM or YYYY-MM-DD)."""

    start: int
    end: int
    value: str
    relative: bool = False
    # "at": when it happened; "until": the end of a period; "since": the start of a state ("administrateur
    # depuis 2018"), not when a change happened; "same": "at the same time" (a "same" mention's value is
    # the precision the earlier date must have: "", "month" or "day")
    bound: str = "at"


# Forms shared by every language: (pattern, kind). Kinds are resolved by _resolve().
_SHARED = [
    (r"(?P<year>(?:19|20)\d\d)-(?P<month>0?[1-9]|1[0-2])-(?P<day>0?[1-9]|[12]\d|3[01])(?!\d)", "ymd"),
    (
        r"(?P<year>(?:19|20)\d\d)\s*年\s*(?P<month>1[0-2]|0?[1-9])\s*月\s*(?P<day>3[01]|[12]\d|0?[1-9])\s*[日号]",
        "ymd",
    ),
    (r"(?P<year>(?:19|20)\d\d)\s*年\s*(?P<month>1[0-2]|0?[1-9])\s*月", "ym"),
    (r"(?P<month>1[0-2]|0?[1-9])\s*月\s*(?P<day>3[01]|[12]\d|0?[1-9])\s*[日号]", "md"),
    (r"(?P<year>(?:19|20)\d\d)\s*年(?!代)", "y"),
    (r"(?P<year>(?:19|20)\d\d)년\s*(?P<month>1[0-2]|0?[1-9])월\s*(?P<day>3[01]|[12]\d|0?[1-9])일", "ymd"),
    (r"(?P<year>(?:19|20)\d\d)년\s*(?P<month>1[0-2]|0?[1-9])월", "ym"),
    (r"(?P<month>1[0-2]|0?[1-9])월\s*(?P<day>3[01]|[12]\d|0?[1-9])일", "md"),
    (r"(?P<year>(?:19|20)\d\d)년", "y"),
    (r"(?<![\d年년])(?P<month>1[0-2]|0?[1-9])\s*[月월](?!\s*\d)", "m"),
    (r"(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<c>(?:19|20)?\d\d)(?![\d/.])", "numeric"),
    (r"(?<![\d$€£¥.,:/–-])(?P<year>(?:19|20)\d\d)(?![\d%–-]|\s*[–-]\s*\d)", "y"),
]


# A date without a year is no such date when a number follows (maybe after a short word such
# as "de"): "in May 2024" is May 2024,
# not "in May" of the publication year and then 2024; "May 3, 2024" is not May 3 this year.
_NOT_BEFORE = {
    "month": r"(?![,.]?\s*(?:[^\W\d_]{1,3}\s+)?\d)",  # "en mayo de 2024", "in May of 2024"
    "day-month": r"(?![,.]?\s*(?:19|20)\d\d(?!\d))",
}


@dataclass(frozen=True)
class _Compiled:
    words: re.Pattern | Prefiltered | None  # the language's phrases
    numbers: re.Pattern | Prefiltered  # the shared numeric forms
    kinds: list[str]
    groups: list[list[tuple[str, str]]]  # per branch: (group name, part it holds: year, month...)
    months: list[re.Pattern]
    weekdays: list[re.Pattern]
    order: str


def find_dates(
    text: str, lang: str, published: date | None, start: int = 0, end: int | None = None
) -> list[DateMention]:
    """Every date stated in ``text[start:end]`` (written in language ``lang``), in order of
    position, with offsets into ``text``.

    Relative expressions ("last Monday", "先月") need ``published``; without it they are skipped.
    """
    compiled = _compiled(lang)
    end = len(text) if end is None else end
    matches = list(compiled.words.finditer(text, start, end)) if compiled.words is not None else []
    numbers = list(compiled.numbers.finditer(text, start, end))
    if numbers:
        taken = [(m.start(), m.end()) for m in matches]
        matches += [m for m in numbers if not any(s < m.end() and m.start() < e for s, e in taken)]
        matches.sort(key=lambda m: m.start())
    found = []
    for m in matches:
        i = int(m.lastgroup[1:])
        kind = compiled.kinds[i]
        if kind.startswith("same"):  # "same day" ("同日付"): the last date stated to the day
            found.append(DateMention(m.start(), m.end(), kind.partition(" ")[2], True, "same"))
            continue
        bound, _, base = kind.partition(" ") if kind.startswith(("until ", "since ")) else ("at", "", kind)
        value = _resolve(compiled, base, m, i, published)
        if value and value[0]:
            found.append(DateMention(m.start(), m.end(), value[0], value[1], bound))
    return found


def published_date_from_text(text: str, langs: list[str] | None = None) -> str | None:
    """The publication date stated near the top of a document, as YYYY-MM-DD, or None."""
    head = text[:600]
    for code in langs or ["en"]:
        for d in find_dates(head, code, None):
            if len(d.value) == 10:
                return d.value
    return None


# --- compiling ------------------------------------------------------------------------------


@cache
def _compiled(code: str) -> _Compiled:
    table = _table(code)
    months = [re.compile(f"(?:{m})$", re.IGNORECASE) for m in table.get("months", [])]
    weekdays = [re.compile(f"(?:{w})$", re.IGNORECASE) for w in table.get("weekdays", [])]
    fill = {
        "month": "(?P<month_{i}>" + ("|".join(f"(?:{m})" for m in table.get("months", [])) or "(?!)") + ")",
        "weekday": "(?P<weekday_{i}>"
        + ("|".join(f"(?:{w})" for w in table.get("weekdays", [])) or "(?!)")
        + ")",
        "day": r"(?P<day_{i}>3[01]|[12]\d|0?[1-9])(?:er|º|°|\.)?",
        "year": r"(?P<year_{i}>(?:19|20)\d\d)",
    }
    branches, kinds = [], []
    boundaries = languages.data(code).get("word_boundaries", True) if code in languages.available() else True
    for phrase, kind in table.get("patterns", []):
        i = len(kinds)
        body = phrase
        for name, group in fill.items():
            parts = body.split("{" + name + "}")
            # A part named twice ("scorso {month}|{month} scorso") gets a distinct group each time.
            body = parts[0] + "".join(
                group.replace(f"<{name}_", f"<{name}{'x' * k}_").replace("{i}", str(i)) + rest
                for k, rest in enumerate(parts[1:])
            )
        branches.append(f"(?P<p{i}>(?:{body}){_NOT_BEFORE.get(kind, '')})")
        kinds.append(kind)
    words = None
    if branches:
        joined = "|".join(branches)
        words = prefiltered(
            re.compile(rf"(?<!\w)(?:{joined})(?!\w)" if boundaries else joined, re.IGNORECASE)
        )
    shared = []
    for pattern, kind in _SHARED:
        i = len(kinds)
        renamed = re.sub(r"\(\?P<(\w+)>", lambda g, i=i: f"(?P<{g.group(1)}_{i}>", pattern)
        shared.append(f"(?P<p{i}>{renamed})")
        kinds.append(kind)
    numbers = prefiltered(re.compile("|".join(shared), re.IGNORECASE))
    names = (words.groupindex if words is not None else {}) | numbers.groupindex
    groups: list[list[tuple[str, str]]] = [[] for _ in kinds]
    for name in names:
        part, _, branch = name.rpartition("_")
        if part and branch.isdigit():
            groups[int(branch)].append((name, part.rstrip("x")))
    return _Compiled(words, numbers, kinds, groups, months, weekdays, table.get("order", "dmy"))


def _table(code: str) -> dict:
    """The ``[dates]`` table of a language (parsed only: reading a date compiles nothing else)."""
    try:
        return languages.data(code).get("dates") or {}
    except LookupError:
        return {}


# --- resolving ------------------------------------------------------------------------------


def _resolve(c: _Compiled, kind: str, m: re.Match, i: int, anchor: date | None) -> tuple[str, bool] | None:
    """``(value, relative)`` for one match, or None when it cannot be resolved."""
    group = {part: value for name, part in c.groups[i] if (value := m.group(name)) is not None}
    year = int(group["year"]) if "year" in group else None
    month = _month(c, group["month"]) if "month" in group else None
    day = int(group["day"]) if "day" in group else None
    if kind == "numeric":
        return _numeric(c.order, group)
    if kind in ("ymd", "date") and year and month and day:
        return _day(year, month, day), False
    if kind in ("ym", "month-year") and year and month:
        return f"{year:04d}-{month:02d}", False
    if kind == "y" and year:
        return f"{year:04d}", False
    if anchor is None:
        return None
    if kind in ("md", "day-month") and month and day:
        return _day(anchor.year, month, day), True
    if kind in ("month", "m") and month:
        return f"{_nearest_year(anchor, month):04d}-{month:02d}", True
    if kind == "month-this-year" and month:
        return f"{anchor.year:04d}-{month:02d}", True
    if kind == "month-next-year" and month:
        return f"{anchor.year + 1:04d}-{month:02d}", True
    if kind == "month-last-year" and month:
        return f"{anchor.year - 1:04d}-{month:02d}", True
    if kind.startswith("month-in-year ") and month:  # "来年1月": the year N from the anchor's
        year = anchor.year + int(kind.partition(" ")[2])
        return (_day(year, month, day) if day else f"{year:04d}-{month:02d}"), True
    if kind == "last-month" and month:
        return f"{anchor.year - (month >= anchor.month):04d}-{month:02d}", True
    if kind in ("weekday", "next-weekday") and "weekday" in group:
        return _weekday(c, group["weekday"], anchor, kind == "next-weekday"), True
    if kind == "last-week-weekday" and "weekday" in group:  # "先週の火曜日", "지난주 화요일"
        monday = anchor - timedelta(days=anchor.weekday() + 7)
        return _weekday(c, group["weekday"], monday + timedelta(days=6)), True
    if kind.startswith("day-of-month") and day:
        return _day_of_month(anchor, day, kind.partition(" ")[2]), True
    if kind.startswith(("day", "month", "year")):
        return _offset(kind, anchor), True
    return None


def _nearest_year(anchor: date, month: int) -> int:
    """The year whose ``month`` lies nearest the anchor ("in June" in March: this June)."""
    here = anchor.year * 12 + anchor.month
    return min((anchor.year - 1, anchor.year, anchor.year + 1), key=lambda y: (abs(y * 12 + month - here), y))


def _day_of_month(anchor: date, day: int, months: str) -> str | None:
    """A day written without its month ("24日", "24일"): in the month ``months`` away from the
    anchor's ("来月1日": 1), or, with none given, the nearest such day to the anchor (the
    earlier one on a tie)."""
    here = anchor.year * 12 + anchor.month - 1
    offsets = [int(months)] if months else [-1, 0, 1]
    found = [v for n in offsets if (v := _day((here + n) // 12, (here + n) % 12 + 1, day))]
    if not found:
        return None
    return min(found, key=lambda v: (abs((date.fromisoformat(v) - anchor).days), v))


def _month(c: _Compiled, text: str) -> int | None:
    if text.isdigit():
        return int(text)
    for number, pattern in enumerate(c.months, start=1):
        if pattern.match(text):
            return number
    return None


def _weekday(c: _Compiled, text: str, anchor: date, following: bool = False) -> str | None:
    """The most recent such day on or before the anchor; with ``following`` ("next Monday",
    "el próximo lunes"), the first such day after it."""
    for number, pattern in enumerate(c.weekdays):
        if pattern.match(text):
            if following:
                return (anchor + timedelta(days=(number - anchor.weekday() - 1) % 7 + 1)).isoformat()
            return (anchor - timedelta(days=(anchor.weekday() - number) % 7)).isoformat()
    return None


def _offset(kind: str, anchor: date) -> str:
    """``day -1`` → yesterday; ``month -1`` → last month; ``year +1`` → next year."""
    unit, _, amount = kind.partition(" ")
    n = int(amount or 0)
    if unit == "day":
        return (anchor + timedelta(days=n)).isoformat()
    if unit == "month":
        total = anchor.year * 12 + anchor.month - 1 + n
        return f"{total // 12:04d}-{total % 12 + 1:02d}"
    return f"{anchor.year + n:04d}"


def _numeric(order: str, group: dict) -> tuple[str, bool] | None:
    """``25/09/24`` read in the language's order (day-month-year, or month-day-year)."""
    a, b, c = int(group["a"]), int(group["b"]), int(group["c"])
    year = c + 2000 if c < 100 else c
    day, month = (a, b) if order.startswith("d") else (b, a)
    if month > 12 and day <= 12:
        day, month = month, day
    value = _day(year, month, day)
    return (value, False) if value else None


def _day(year: int, month: int, day: int) -> str | None:
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"
