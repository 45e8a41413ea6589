"""Cross-document merging and entity resolution, on hand-made mentions."""

from tenure.resolve.entities import Assertion
from tenure.resolve.merge import Sourced, compatible, merge

from helpers import mention


def sourced(*mentions, known="2025-01-10"):
    return [Sourced(m, known) for m in mentions]


def test_compatible_dates_respect_precision():
    assert compatible("2024-09", "2024-09-25")
    assert compatible(None, "2024-09-25")
    assert not compatible("2024-07", "2024-09-25")
    assert not compatible("2023", "2024-09")
    assert not compatible("2023", "2024")  # adjacent years are two changes


def test_dates_a_few_weeks_apart_are_one_change():
    assert compatible("2024-09-25", "2024-10-20")  # announced, then effective
    assert compatible("2024-08", "2024-09-25")
    assert compatible("2024-05", "2024-06")  # a month one source reads from its paragraph
    assert not compatible("2024-05", "2024-07")
    assert not compatible("2024-09-01", "2024-10-15")


def test_another_month_stays_visible_as_an_alternative():
    events = merge(
        sourced(
            mention("founding", "Oskar Lindqvist", "Fjellbrand", date="2024-06", doc="a"),
            mention("founding", "Oskar Lindqvist", "Fjellbrand", date="2024-06", doc="b"),
            mention("founding", "Oskar Lindqvist", "Fjellbrand", date="2024-05", doc="c"),
        )
    )
    assert len(events) == 1
    assert events[0].date == "2024-06"
    assert [(a.slot, a.value, a.docs) for a in events[0].alternatives] == [("date", "2024-05", ["c"])]


def test_same_event_in_three_languages_is_one_event_citing_all():
    events = merge(
        sourced(
            mention(
                "departure",
                "Alma Verhoeven",
                "Norrvik Robotics",
                "en1",
                "2025-02-12",
                "Chief Executive Officer",
            ),
            mention(
                "departure",
                "Alma Verhoeven",
                "Norrvik Robotics",
                "fr1",
                "2025-02",
                "Chief Executive Officer",
                lang="fr",
            ),
            mention(
                "departure",
                "艾玛·维尔霍文",
                "Norrvik Robotics",
                "zh1",
                "2025-02",
                None,
                lang="zh",
                aliases=("Alma Verhoeven",),
            ),
        )
    )
    assert len(events) == 1
    event = events[0]
    assert (event.person, event.date, event.role) == (
        "Alma Verhoeven",
        "2025-02-12",
        "Chief Executive Officer",
    )
    assert {e.doc for e in event.evidence} == {"en1", "fr1", "zh1"}


def test_conflicting_dates_are_kept_as_alternatives():
    events = merge(
        sourced(
            mention(
                "appointment", "Tobias Kramer", "Halden Biotech", "a", "2025-03-04", "Chief Financial Officer"
            ),
            mention(
                "appointment", "Tobias Kramer", "Halden Biotech", "b", "2025-03-04", "Chief Financial Officer"
            ),
            mention("appointment", "Tobias Kramer", "Halden Biotech", "c", None, "Chief Operating Officer"),
        )
    )
    assert len(events) == 1
    event = events[0]
    assert event.role == "Chief Financial Officer"
    assert [(a.slot, a.value, a.docs) for a in event.alternatives] == [
        ("role", "Chief Operating Officer", ["c"])
    ]


def test_incompatible_dates_are_two_events():
    events = merge(
        sourced(
            mention("departure", "Tobias Kramer", "Halden Biotech", "a", "2019-05"),
            mention("departure", "Tobias Kramer", "Halden Biotech", "b", "2024-11"),
        )
    )
    assert sorted(e.date for e in events) == ["2019-05", "2024-11"]


def test_two_people_with_one_surname_stay_apart():
    events = merge(
        sourced(
            mention("founding", "Rosa Linde", "Quarry Labs", "a", "2021"),
            mention("founding", "Emil Linde", "Quarry Labs", "a", "2021"),
            mention("founding", "Linde", "Quarry Labs", "b", "2021"),
        )
    )
    people = {e.person for e in events}
    assert {"Rosa Linde", "Emil Linde"} <= people
    assert "Linde" in people  # ambiguous: not merged into either sibling


def test_first_name_merges_only_when_one_person_has_it_at_that_org():
    events = merge(
        sourced(
            mention("departure", "Mark Ulloa", "Cinder Corp", "a", "2025-01"),
            mention("departure", "Mark", "Cinder Corp", "b", "2025-01"),
            mention("departure", "Mark", "Elsewhere Ltd", "c", "2025-01"),
        )
    )
    by_org = {e.org: e.person for e in events}
    assert by_org == {"Cinder Corp": "Mark Ulloa", "Elsewhere Ltd": "Mark"}


def test_user_merge_and_split():
    base = [
        mention("departure", "J. Okoro", "Velt Group", "a", "2025-01"),
        mention("departure", "Jide Okoro", "Velt Group", "b", "2025-01"),
    ]
    assert len(merge(sourced(*base))) == 2
    merged = merge(sourced(*base), [Assertion("merge", "person", "J. Okoro", "Jide Okoro")])
    assert len(merged) == 1 and merged[0].person == "Jide Okoro"
    split = merge(
        sourced(
            mention("departure", "Sam Reyes", "Velt Group", "a", "2025-01"),
            mention("departure", "Reyes", "Velt Group", "b", "2025-01"),
        ),
        [Assertion("split", "person", "Sam Reyes", "Reyes")],
    )
    assert len(split) == 2


def test_org_lookalikes_merge():
    events = merge(
        sourced(
            mention("leave", "Ines Barros", "CobaltAI", "a", "2025-06"),
            mention("leave", "Ines Barros", "Cobaltai", "b", "2025-06"),
            mention("leave", "Ines Barros", "CobaltAl", "c", "2025-06"),
        )
    )
    assert len(events) == 1 and events[0].org == "CobaltAI"


def test_known_since_is_earliest_source():
    events = merge(
        [
            Sourced(mention("return", "Ines Barros", "Velt Group", "a"), "2025-02-01"),
            Sourced(mention("return", "Ines Barros", "Velt Group", "b"), "2025-01-15"),
        ]
    )
    assert events[0].known_since == "2025-01-15"


def test_organisation_keys_drop_legal_forms_only_as_whole_words():
    from tenure.resolve.keys import org_key

    assert org_key("Halden AG") == org_key("Halden") == org_key("Halden, Inc.")
    assert org_key("株式会社ハルデン") == org_key("ハルデン")
    assert org_key("AGI Systems") != org_key("I Systems")
    assert org_key("SAS Institute") != org_key("Institute")  # a Latin legal form only ends a name
    assert org_key("Groupe Sorelle") == org_key("Sorelle")  # a designator opens one
    assert org_key("ООО Ромашка") == org_key("Ромашка")
    assert org_key("Vantal") == org_key("VantaI")  # look-alike letters


def test_a_stated_month_wins_over_one_taken_from_the_paragraph():
    inherited = mention("founding", "Oskar Lindqvist", "Fjellbrand", date="2024-05", doc="a")
    inherited.date_source = "context"
    stated = mention("founding", "Oskar Lindqvist", "Fjellbrand", date="2024-06", doc="b")
    for order in ([inherited, stated], [stated, inherited]):
        events = merge(sourced(*order))
        assert [(e.date, [a.value for a in e.alternatives]) for e in events] == [("2024-06", ["2024-05"])]


def test_a_day_still_refines_its_month():
    day = mention("departure", "Oskar Lindqvist", "Fjellbrand", date="2024-06-12", doc="a")
    months = [mention("departure", "Oskar Lindqvist", "Fjellbrand", date="2024-06", doc=d) for d in "bc"]
    assert [e.date for e in merge(sourced(day, *months))] == ["2024-06-12"]
