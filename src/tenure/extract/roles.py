"""Role titles in a sentence, normalised to English through the language's lexicon."""

from __future__ import annotations

from dataclasses import dataclass

from tenure import lang as languages
from tenure.lang import Language

_ENGLISH = "en"


@dataclass(frozen=True)
class RoleSpan:
    """A role title stated at ``[start, end)``, as its canonical English ``title``."""

    start: int
    end: int
    title: str


def find_roles(text: str, start: int, end: int, lang: Language) -> list[RoleSpan]:
    """Role titles in ``text[start:end]``; a longer title hides the shorter ones inside it.

    English titles ("CEO", "chief financial officer") are recognised in every language.
    """
    found = _find(text, start, end, lang)
    english = languages.load(_ENGLISH)
    gate = english.listed("role_modifiers", "title_words")
    if lang.code != _ENGLISH and (gate is None or gate.search(text, start, end)):
        found += _find(text, start, end, english)
    kept = _longest_first(found)
    return [_with_modifier(text, r, lang) for r in kept]


def _find(text: str, start: int, end: int, lang: Language) -> list[RoleSpan]:
    """Lexicon titles first, so that of two readings of the same words the lexicon's wins."""
    found: list[RoleSpan] = []
    if lang.role_re is not None:
        for m in lang.role_re.finditer(text, start, end):
            found.append(RoleSpan(m.start(), m.end(), lang.role_titles[int(m.lastgroup[1:])]))
    if lang.role_template_re is not None:
        for m in lang.role_template_re.finditer(text, start, end):
            i = int(m.lastgroup[1:])
            title = lang.role_templates[i].replace("{area}", _areas(m.group(f"a{i}"), lang))
            found.append(RoleSpan(m.start(), m.end(), title))
    if lang.free_template_re is not None:
        for m in lang.free_template_re.finditer(text, start, end):
            if any(r.start <= m.start() < r.end for r in found):
                continue
            i = int(m.lastgroup[1:])
            area = _free_area(m.group(f"a{i}"), lang)
            if area:
                stop = m.start(f"a{i}") + len(area)
                title = lang.free_templates[i].replace("{area}", area.title())
                found.append(RoleSpan(m.start(), stop, title))
    return found


def _free_area(words: str, lang: Language) -> str:
    """The words of an area up to the first function word ("platform engineering at Acme")."""
    stop = _function_words(lang)
    kept = []
    for word in words.split(" "):
        if word.casefold() in stop:
            break
        kept.append(word)
    return " ".join(kept)


def _function_words(lang: Language) -> frozenset[str]:
    """``[role_modifiers] area_stopwords`` of the language and of English."""
    words = lang.section("role_modifiers").get("area_stopwords", [])
    english = languages.load(_ENGLISH).section("role_modifiers").get("area_stopwords", [])
    return frozenset(w.casefold() for w in words + english)


def _areas(words: str, lang: Language) -> str:
    """``"research, product, and partnerships"`` → ``"Research, Product, and Partnerships"``."""
    names = []
    for area, pattern in lang.areas:
        for m in pattern.finditer(words):
            names.append((m.start(), m.end(), area))
    names = sorted(_drop_nested(names))
    labels = [n[2] for n in names]
    if len(labels) <= 1:
        return labels[0] if labels else words.strip()
    if len(labels) == 2:
        return f"{labels[0]} and {labels[1]}"
    return ", ".join(labels[:-1]) + ", and " + labels[-1]


def _drop_nested(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    spans = sorted(spans, key=lambda s: (s[0], -(s[1] - s[0])))
    kept: list[tuple[int, int, str]] = []
    for span in spans:
        if kept and span[0] < kept[-1][1]:
            continue
        kept.append(span)
    return kept


def _longest_first(roles: list[RoleSpan]) -> list[RoleSpan]:
    kept = [(r.start, r.end, r.title) for r in roles]
    return [RoleSpan(*s) for s in _drop_nested(kept)]


def _with_modifier(text: str, role: RoleSpan, lang: Language) -> RoleSpan:
    """``interim CEO``, ``CEO ad interim``, ``временно исполняющий обязанности директора`` →
    ``Interim Chief Executive Officer``: the modifier stands right before or after the title."""
    if lang.interim_re is None or role.title.startswith("Interim"):
        return role
    before = max(0, role.start - _MODIFIER_REACH)
    for m in lang.interim_re.finditer(text, before, role.start):
        if role.start - m.end() <= _MODIFIER_GAP:
            return RoleSpan(m.start(), role.end, f"Interim {role.title}")
    m = lang.interim_re.search(text, role.end, min(len(text), role.end + _MODIFIER_REACH))
    if m and m.start() - role.end <= _MODIFIER_GAP:
        return RoleSpan(role.start, m.end(), f"Interim {role.title}")
    return role


_MODIFIER_REACH = 40
_MODIFIER_GAP = 3
