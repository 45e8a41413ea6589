"""Korean: events, roles, names before titles, relative dates, and non-events."""

import pytest

from helpers import assert_event, assert_no_event, mentions_of

PUBLISHED = "2025-03-05"

EVENTS = [
    (
        "한빛전자의 김도윤 대표가 지난달 사임했다.",
        "departure",
        "김도윤",
        "한빛전자",
        "Chief Executive Officer",
        "2025-02",
    ),
    (
        "새봄바이오의 이하은 전무가 오늘 퇴사했다.",
        "departure",
        "이하은",
        "새봄바이오",
        "Senior Managing Director",
        "2025-03-05",
    ),
    ("푸른증권은 박지훈 CFO를 해임했다.", "departure", "박지훈", "푸른증권", "Chief Financial Officer", None),
    ("미래건설의 최영수 회장은 6월에 은퇴한다.", "departure", "최영수", "미래건설", "Board Chair", "2025-06"),
    (
        "한결제약은 정서연 부사장을 신임 대표이사로 선임했다.",
        "appointment",
        "정서연",
        "한결제약",
        "Chief Executive Officer",
        None,
    ),
    (
        "강민재 CTO가 3월 4일 누리로보틱스에 합류했다.",
        "appointment",
        "강민재",
        "누리로보틱스",
        "Chief Technology Officer",
        "2025-03-04",
    ),
    (
        "바다은행은 윤지우 이사를 이사회 의장으로 임명했다.",
        "appointment",
        "윤지우",
        "바다은행",
        "Board Chair",
        None,
    ),
    (
        "한울소프트의 조현우 부사장이 대표 직무대행으로 선임됐다.",
        "appointment",
        "조현우",
        "한울소프트",
        "Interim Chief Executive Officer",
        None,
    ),
    ("별빛그룹의 한지민 사장은 육아휴직에 들어갔다.", "leave", "한지민", "별빛그룹", "President", None),
    ("별빛그룹의 한지민 사장이 지난달 복귀했다.", "return", "한지민", "별빛그룹", "President", "2025-02"),
    ("오세훈 씨는 2021년 하늘테크를 창업했다.", "founding", "오세훈", "하늘테크", "Founder", "2021"),
    (
        "임수아 씨는 작년에 누리바이오를 공동 창업했다.",
        "founding",
        "임수아",
        "누리바이오",
        "Co-founder",
        "2024",
    ),
    (
        "가람화학의 서준호 상무가 작년 11월 회사를 떠났다.",
        "departure",
        "서준호",
        "가람화학",
        "Managing Director",
        "2024-11",
    ),
    (
        "다온전자는 신동현 부사장을 최고운영책임자로 승진시켰다.",
        "appointment",
        "신동현",
        "다온전자",
        "Chief Operating Officer",
        None,
    ),
    ("어제 나래증권의 홍예린 사장이 사퇴했다.", "departure", "홍예린", "나래증권", "President", "2025-03-04"),
]

NOT_EVENTS = [
    "한빛전자의 김도윤 대표는 유임됐다.",
    "한빛전자는 김도윤 대표의 사임설을 부인했다.",
    "대표가 물러나면 투자자들이 불안해한다.",
    "한빛전자는 새로운 사업을 시작할 계획이다.",
    "한빛전자는 지난해 실적을 발표했다.",
]


@pytest.mark.parametrize(("text", "type", "person", "org", "role", "date"), EVENTS)
def test_event(text, type, person, org, role, date):
    assert_event(text, "ko", PUBLISHED, type, person, org, role, date)


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_not_an_event(text):
    assert_no_event(text, "ko", PUBLISHED)


def test_the_end_of_this_month():
    text = "한빛로보틱스는 김민준 대표이사가 이달 말 사임한다고 4일 밝혔다."
    found = [(m.type, m.person, m.org, m.date) for m in mentions_of(text, lang="ko", published=PUBLISHED)]
    assert found == [("departure", "김민준", "한빛로보틱스", "2025-03")]
