"""Sentence splitting with offsets, per language conventions."""

from tenure.extract.sentences import split_sentences


def _sentences(text: str, **options) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, **options)]


def test_sentences_end_at_stops_line_breaks_and_cjk_stops():
    text = "Kim left Acme. She joined Borealis!\nNext line here。第二句。"
    assert _sentences(text) == ["Kim left Acme.", "She joined Borealis!", "Next line here。", "第二句。"]


def test_abbreviations_and_initials_do_not_end_a_sentence():
    text = "Dana J. Whitfield joined Corvane Inc. as CFO. She starts today."
    abbreviations = frozenset({"Inc."})
    assert _sentences(text, abbreviations=abbreviations) == [
        "Dana J. Whitfield joined Corvane Inc. as CFO.",
        "She starts today.",
    ]


def test_a_day_number_ends_a_sentence_unless_the_language_writes_ordinal_dots():
    english = "The change takes effect on March 28. The board approved it."
    assert _sentences(english) == ["The change takes effect on March 28.", "The board approved it."]
    german = "Sie tritt am 28. März zurück. Der Aufsichtsrat stimmte zu."
    assert _sentences(german, ordinal_dot=True) == [
        "Sie tritt am 28. März zurück.",
        "Der Aufsichtsrat stimmte zu.",
    ]
