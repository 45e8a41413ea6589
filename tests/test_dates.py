"""Dates in text, explicit and relative, in several languages."""

from datetime import date

import pytest

from tenure.extract.dates import find_dates

PUBLISHED = date(2025, 3, 5)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "lang", "values"),
    [
        ("In May 2024, Mara Quist left.", "en", ["2024-05"]),
        ("in May of 2024", "en", ["2024-05"]),
        ("in May 3, 2024", "en", ["2024-05-03"]),
        ("in May, she left", "en", ["2025-05"]),
        ("en mayo de 2024", "es", ["2024-05"]),
        ("à partir de mai 2024", "fr", ["2024-05"]),
        ("im Mai 2024", "de", ["2024-05"]),
        ("in maggio del 2024", "it", ["2024-05"]),
        ("on 1 April 2024", "en", ["2024-04-01"]),
    ],
)
def test_a_month_followed_by_a_year_is_that_month_of_that_year(text, lang, values):
    assert [d.value for d in find_dates(text, lang, PUBLISHED)] == values


def test_offsets_index_the_text_in_a_stretch_of_it():
    text = "Intro. Kim left on March 28, 2024."
    found = find_dates(text, "en", PUBLISHED, 7, len(text))
    assert [(text[d.start : d.end], d.value) for d in found] == [("March 28, 2024", "2024-03-28")]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("on 1 April", "en", "2025-04-01"),
        ("earlier this month", "en", "2025-03"),
        ("mercredi", "fr", "2025-03-05"),
        ("lo scorso novembre", "it", "2024-11"),
        ("am Mittwoch", "de", "2025-03-05"),
        ("Ende des Jahres", "de", "2025"),
        ("el pasado martes", "es", "2025-03-04"),
        ("先月", "ja", "2025-02"),
        ("9月26日", "zh", "2025-09-26"),
        ("지난달", "ko", "2025-02"),
        ("at the end of the month", "en", "2025-03"),
        ("no fim do mês", "pt", "2025-03"),
        ("a finales de mes", "es", "2025-03"),
        ("à la fin du mois", "fr", "2025-03"),
        ("alla fine del mese", "it", "2025-03"),
        ("zum Ende des Monats", "de", "2025-03"),
    ],
)
def test_relative_dates_resolve_against_the_publication_date(text, lang, value):
    assert [d.value for d in find_dates(text, lang, PUBLISHED)] == [value]
