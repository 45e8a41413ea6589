"""Per-language knowledge, one TOML data file per language (``lang/xx.toml``).

The extraction code is shared by every language; what it knows of one language (trigger
phrases, cues, role titles, date words, name patterns) is read from that language's file and
compiled once. Adding a language means adding a file: see ``lang/README.md``.

Folders listed in the ``TENURE_LANG_PATH`` environment variable (separated like ``PATH``)
may hold more files: a file there adds a language, or replaces the tables it defines in the
bundled file of the same name.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

import regex

from tenure.lang.prefilter import Prefiltered, prefiltered

FLAGS = regex.IGNORECASE | regex.VERSION1
# A letter or digit of a script that separates words with spaces (Latin, Greek, Cyrillic,
# Armenian, Hebrew, Arabic, Indic): a word written next to a Chinese or Japanese character
# ("Robotics首席执行官") still ends there. Listed rather than written as "\w but not CJK": the
# standard engine compiles a class of a few thousand characters fast, not one of ninety thousand.
_WORD_CHAR = (
    r"(?-i:[0-9A-Za-z_\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af"
    r"\u0370-\u0373\u0376-\u037d\u0386\u0388-\u03ff\u0400-\u052f\u0531-\u0587\u05d0-\u05ea"
    r"\u0620-\u064a\u0660-\u0669\u0900-\u0dff\u1e00-\u1fff])"
)


@dataclass(frozen=True)
class Trigger:
    """A compiled trigger entry: which event a phrase reports and how to read it."""

    type: str
    manner: str | None
    person: str  # "before" or "after"
    org: str  # "before" or "after"
    planned: bool
    role: str | None = None  # the role the trigger itself implies ("co-founded" → Co-founder)
    needs_object: bool = False  # "returned to ...": only an organisation or a title may follow
    negative: bool = False  # "will not stand for re-election": a negation of its own, not cancelling it


@dataclass(eq=False)
class Language:
    """Everything the extractor knows of one language, compiled for matching."""

    code: str
    name: str
    word_boundaries: bool
    data: dict
    triggers: list[Trigger] = field(default_factory=list)
    trigger_re: re.Pattern | regex.Pattern | None = None
    cues: dict[str, regex.Pattern | None] = field(default_factory=dict)
    roles: list[tuple[str, regex.Pattern]] = field(default_factory=list)
    role_templates: list[str] = field(default_factory=list)  # "SVP of {area}", by group t<i>
    role_template_re: re.Pattern | regex.Pattern | None = None
    free_templates: list[str] = field(default_factory=list)  # same, any words as the area
    free_template_re: re.Pattern | regex.Pattern | None = None
    areas: list[tuple[str, regex.Pattern]] = field(default_factory=list)
    interim_re: regex.Pattern | None = None
    org_suffix_re: regex.Pattern | None = None
    org_before_re: re.Pattern | regex.Pattern | Prefiltered | None = None
    company_re: regex.Pattern | None = None
    pronoun_re: regex.Pattern | None = None
    first_person_re: regex.Pattern | None = None
    role_re: regex.Pattern | None = None  # every role title, one group r<i> per [roles] entry
    role_titles: list[str] = field(default_factory=list)
    stopword_set: frozenset[str] = frozenset()
    compiled: dict = field(default_factory=dict)  # data lists compiled on first use, see listed()

    def section(self, name: str) -> dict:
        """A raw table of the data file (empty when the language has none)."""
        return self.data.get(name) or {}

    def wrap(self, pattern: str) -> str:
        """Anchor a pattern at word boundaries when the language has them."""
        if self.word_boundaries:
            return rf"(?<!{_WORD_CHAR}){pattern}(?!{_WORD_CHAR})"
        return f"(?:{pattern})"

    def any_of(self, patterns: list[str], ignore_case: bool = True) -> re.Pattern | regex.Pattern | None:
        """One compiled alternation of ``patterns``, or None when there are none."""
        if not patterns:
            return None
        return _fast_compile(self.wrap("(?:" + "|".join(f"(?:{p})" for p in patterns) + ")"), ignore_case)

    def listed(self, section: str, key: str, ignore_case: bool = True) -> re.Pattern | regex.Pattern | None:
        """The list ``[section] key`` of the data file as one compiled alternation (cached)."""
        if (section, key, ignore_case) not in self.compiled:
            self.compiled[section, key, ignore_case] = self.any_of(
                self.section(section).get(key, []), ignore_case
            )
        return self.compiled[section, key, ignore_case]

    def stopwords(self) -> frozenset[str]:
        return self.stopword_set

    def is_role_word(self, word: str) -> bool:
        """True when ``word`` alone is a role title ("CEO", "Président")."""
        return self.role_re is not None and self.role_re.fullmatch(word) is not None


def _extra_folders() -> list[Path]:
    return [Path(p) for p in os.environ.get("TENURE_LANG_PATH", "").split(os.pathsep) if p]


@cache
def available() -> list[str]:
    """Codes of the languages that have a data file, sorted."""
    codes = {p.name[:-5] for p in resources.files(__name__).iterdir() if p.name.endswith(".toml")}
    for folder in _extra_folders():
        codes |= {p.stem for p in folder.glob("*.toml")}
    return sorted(codes)


@cache
def data(code: str) -> dict:
    """The tables of language ``code``'s data file(s), parsed but not compiled (cached)."""
    if code not in available():
        raise LookupError(f"no language data for {code!r} (have: {', '.join(available())})")
    bundled = resources.files(__name__).joinpath(f"{code}.toml")
    tables = tomllib.loads(bundled.read_text(encoding="utf-8")) if bundled.is_file() else {"code": code}
    for folder in _extra_folders():
        extra = folder / f"{code}.toml"
        if extra.is_file():
            tables.update(tomllib.loads(extra.read_text(encoding="utf-8")))
    return tables


@cache
def everywhere(section: str, key: str) -> frozenset[str]:
    """The ``[section] key`` entries of every language's data: what a text in any language
    may borrow from another ("Halden AG" in English, "McAllister" in French)."""
    return frozenset(f for code in available() for f in (data(code).get(section) or {}).get(key, []))


@cache
def load(code: str) -> Language:
    """Load and compile the data file of language ``code`` (cached)."""
    tables = data(code)
    lang = Language(
        code=tables.get("code", code),
        name=tables.get("name", code),
        word_boundaries=bool(tables.get("word_boundaries", True)),
        data=tables,
    )
    _compile(lang)
    return lang


def _compile(lang: Language) -> None:
    alternatives = []
    for number, entry in enumerate(lang.data.get("trigger", [])):
        lang.triggers.append(
            Trigger(
                type=entry["type"],
                manner=entry.get("manner"),
                person=entry.get("person", "before"),
                org=entry.get("org", "after"),
                planned=entry.get("modality") == "planned",
                role=entry.get("role"),
                needs_object=bool(entry.get("needs_object", False)),
                negative=bool(entry.get("negative", False)),
            )
        )
        body = "|".join(f"(?:{p})" for p in entry.get("patterns", []))
        alternatives.append(f"(?P<t{number}>{body})")
    if alternatives:
        # One word-boundary check around the whole alternation lets the engine skip fast.
        lang.trigger_re = _fast_compile(lang.wrap("(?:" + "|".join(alternatives) + ")"), scan=True)

    cues = lang.section("cues")
    for name in (
        "negation",
        "negation_after",
        "continuation",
        "generic",
        "not_event",
        "planned",
        "reported",
        "successor_of",
    ):
        lang.cues[name] = lang.any_of(cues.get(name, []))

    people = lang.section("people")
    lang.pronoun_re = lang.any_of(people.get("pronouns", []))
    lang.first_person_re = lang.any_of(people.get("first_person", []), ignore_case=False)

    orgs = lang.section("orgs")
    lang.org_suffix_re = lang.any_of(orgs.get("suffixes", []), ignore_case=False)
    before = orgs.get("before", [])
    if before:  # searched in every sentence: behind a prefilter
        lang.org_before_re = _fast_compile(
            lang.wrap("(?:" + "|".join(f"(?:{p})" for p in before) + ")"), scan=True
        )
    lang.company_re = lang.any_of(orgs.get("company", []))

    lang.roles = [(title, lang.any_of(patterns)) for title, patterns in lang.section("roles").items()]
    lang.role_titles = [title for title, _ in lang.roles]
    groups = ["|".join(f"(?:{p})" for p in patterns) for patterns in lang.section("roles").values()]
    alternation = "|".join(f"(?P<r{i}>{body})" for i, body in enumerate(groups) if body)
    lang.role_re = _fast_compile(lang.wrap(f"(?:{alternation})"), scan=True) if alternation else None
    lang.stopword_set = frozenset(people.get("stopwords", []))
    lang.areas = [(area, lang.any_of(patterns)) for area, patterns in lang.section("areas").items()]
    lang.interim_re = lang.any_of(lang.section("role_modifiers").get("interim", []))
    area_words = "|".join(f"(?:{p})" for patterns in lang.section("areas").values() for p in patterns)
    if area_words:
        one = f"(?:{area_words})"
        joiner = r"(?:\s*,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+|\s*[、,，与和及]\s*)"
        branches = []
        for template in lang.data.get("role_template", []):
            for pattern in template.get("patterns", []):
                i = len(lang.role_templates)
                area_list = f"(?P<a{i}>{one}(?:{joiner}{one}){{0,4}})"
                branches.append(f"(?P<t{i}>{pattern.replace('{area}', area_list)})")
                lang.role_templates.append(template["role"])
        if branches:
            lang.role_template_re = _fast_compile(lang.wrap("(?:" + "|".join(branches) + ")"), scan=True)
    _compile_free_templates(lang)


def _compile_free_templates(lang: Language) -> None:
    """Templates whose area is any one to three words ("vice president of platform
    engineering"), for languages written with spaces; the lexicon's areas come first."""
    if not lang.word_boundaries:
        return
    free = r"(?P<a{i}>[^\W\d_][\w-]*(?: [^\W\d_][\w-]*){0,2})"
    branches = []
    for template in lang.data.get("role_template", []):
        for pattern in template.get("patterns", []):
            if pattern.startswith("{area}"):
                continue  # "{area} head" with any word before it would be anything
            i = len(lang.free_templates)
            branches.append(f"(?P<t{i}>{pattern.replace('{area}', free.replace('{i}', str(i)))})")
            lang.free_templates.append(template["role"])
    if branches:
        lang.free_template_re = _fast_compile(lang.wrap("(?:" + "|".join(branches) + ")"), scan=True)


def _fast_compile(
    pattern: str, ignore_case: bool = True, scan: bool = False
) -> re.Pattern | regex.Pattern | Prefiltered:
    """The pattern for the standard library's engine, or for ``regex`` when only it
    understands it (``\\p{Lu}``). With ``scan``, a long alternation searched for in every
    sentence, RE2 finds where it may match (see :mod:`tenure.lang.prefilter`); on short
    patterns and short windows that costs more than it saves."""
    try:
        compiled = re.compile(pattern, re.IGNORECASE if ignore_case else 0)
    except re.error:
        compiled = regex.compile(pattern, FLAGS if ignore_case else regex.VERSION1)
    return prefiltered(compiled, ignore_case) if scan else compiled
