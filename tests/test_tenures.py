"""Tenures and talent flows derived from events."""

from tenure.ledger.tenures import derive_flows, derive_tenures, holds_on, route_counts
from tenure.model import Event, Evidence


def event(type, person, org, date, role=None, doc="d"):
    return Event(
        id=f"{type}-{person}-{org}-{date}",
        type=type,
        person=person,
        org=org,
        role=role,
        date=date,
        manner=None,
        modality="asserted",
        evidence=[Evidence(doc, 0, 1, "en", "x")],
    )


def test_departure_implies_the_role_was_held_before():
    [tenure] = derive_tenures(
        [event("departure", "Lia Moss", "Acorn", "2024-09", "Chief Technology Officer")]
    )
    assert (tenure.start, tenure.end, tenure.start_known, tenure.state) == (None, "2024-09", False, "ended")
    assert holds_on(tenure, "2024-09-01") == "likely"
    assert holds_on(tenure, "2023-01-01") == "likely"
    assert holds_on(tenure, "2024-10-01") is None


def test_appointment_then_departure_closes_the_tenure():
    tenures = derive_tenures(
        [
            event("appointment", "Lia Moss", "Acorn", "2020-02-10", "Chief Financial Officer"),
            event("departure", "Lia Moss", "Acorn", "2023-06", "Chief Financial Officer"),
        ]
    )
    assert [(t.start, t.end, t.state) for t in tenures] == [("2020-02-10", "2023-06", "ended")]
    assert holds_on(tenures[0], "2021-01-01") == "certain"
    assert holds_on(tenures[0], "2019-01-01") is None


def test_leave_and_return():
    tenures = derive_tenures(
        [
            event("appointment", "Lia Moss", "Acorn", "2020", "President"),
            event("leave", "Lia Moss", "Acorn", "2024-08", "President"),
        ]
    )
    assert tenures[0].state == "on_leave"
    back = derive_tenures(
        [
            event("appointment", "Lia Moss", "Acorn", "2020", "President"),
            event("leave", "Lia Moss", "Acorn", "2024-08", "President"),
            event("return", "Lia Moss", "Acorn", "2025-01", "President"),
        ]
    )
    assert [t.state for t in back] == ["active"]


def test_founding_opens_a_founder_tenure():
    [tenure] = derive_tenures([event("founding", "Lia Moss", "Birch Labs", "2021")])
    assert (tenure.role, tenure.start, tenure.state) == ("Founder", "2021", "active")


def test_flows_pair_a_departure_with_the_next_arrival():
    flows = derive_flows(
        [
            event("departure", "Lia Moss", "Acorn", "2024-05"),
            event("appointment", "Lia Moss", "Birch Labs", "2024-05"),
            event("founding", "Lia Moss", "Cedar AI", "2026-01"),
            event("appointment", "Lia Moss", "Old Co", "2010"),
        ]
    )
    assert [(f.from_org, f.to_org, f.via) for f in flows] == [("Acorn", "Birch Labs", "appointment")]


def test_interim_holder_is_succeeded_by_the_next_appointment():
    tenures = derive_tenures(
        [
            event("appointment", "Lia Moss", "Acorn", "2024-03", "Interim Chief Executive Officer"),
            event("appointment", "Ravi Noor", "Acorn", "2024-03", "Chief Executive Officer"),
        ]
    )
    interim = next(t for t in tenures if t.person == "Lia Moss")
    assert (interim.state, interim.end, interim.end_known) == ("ended", "2024-03", False)
    assert holds_on(interim, "2024-06-01") is None


def test_same_day_departure_comes_before_the_return():
    tenures = derive_tenures(
        [
            event("return", "Lia Moss", "Acorn", "2023-11", "Chief Executive Officer"),
            event("departure", "Lia Moss", "Acorn", "2023-11", "Chief Executive Officer"),
        ]
    )
    assert sorted(t.state for t in tenures) == ["active", "ended"]


def test_routes_count_moves():
    flows = derive_flows(
        [
            event("departure", "Lia Moss", "Acorn", "2024-05"),
            event("appointment", "Lia Moss", "Birch Labs", "2024-06"),
            event("departure", "Ravi Noor", "Acorn", "2024-09"),
            event("appointment", "Ravi Noor", "Birch Labs", "2024-09"),
        ]
    )
    [route] = route_counts(flows)
    assert (route["from_org"], route["to_org"], route["moves"]) == ("Acorn", "Birch Labs", 2)
    assert (route["first"], route["last"], route["people"]) == (
        "2024-05",
        "2024-09",
        ["Lia Moss", "Ravi Noor"],
    )
