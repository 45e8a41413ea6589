"""Korean: events, roles, names before titles, relative dates, and non-events."""

from functools import partial

import pytest

from helpers import assert_event, assert_no_event, in_order, mentions_of

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
    ("오태윤 씨는 2021년 하늘테크를 창업했다.", "founding", "오태윤", "하늘테크", "Founder", "2021"),
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

EVENTS += [
    # a foreign company and officer in Hangul, with their Latin names in parentheses; the day
    # the news was told ("24일 밝혔다") dates the change when nothing else does
    (
        "미국 AI 스타트업 노바룩스(Novalux)의 리나 하트(Lina Hart) 최고기술책임자(CTO)가 회사를 떠났다고 "
        "회사 측이 4일(현지시간) 밝혔다.",
        "departure",
        "Lina Hart",
        "Novalux",
        "Chief Technology Officer",
        "2025-03-04",
    ),
    # the day of the change, not the day it was told
    (
        "동해제약은 강수빈 사장이 3일 대표이사에 취임했다고 4일 밝혔다.",
        "appointment",
        "강수빈",
        "동해제약",
        "Chief Executive Officer",
        "2025-03-03",
    ),
    (
        "로봇 개발업체 테란 로보틱스(Terran Robotics) 이사회가 지난주 화요일 최고경영자(CEO)인 "
        "존 켈러(John Keller)를 해임했다.",
        "departure",
        "John Keller",
        "Terran Robotics",
        "Chief Executive Officer",
        "2025-02-25",
    ),
    (
        "황보민 씨는 내년 1월 1일 미나토정밀 부사장으로 취임한다.",
        "appointment",
        "황보민",
        "미나토정밀",
        "Vice President",
        "2026-01-01",
    ),
    # "CTO로": the title the appointment gives, not the one the person holds
    (
        "벨라시스템즈는 후임 CTO로 연구 부문 부사장인 마르코 벨리(Marco Belli)를 선임했다.",
        "appointment",
        "Marco Belli",
        "벨라시스템즈",
        "Chief Technology Officer",
        None,
    ),
    (
        "물총새은행의 오태식 행장이 이달 중 사퇴할 것으로 알려졌다.",
        "departure",
        "오태식",
        "물총새은행",
        "President",
        "2025-03",
    ),
    (
        "달빛화학은 작년 11월부터 병가 중이던 송하늘 최고재무책임자(CFO)가 같은 날 복귀했다고 10일 밝혔다.",
        "return",
        "송하늘",
        "달빛화학",
        "Chief Financial Officer",
        "2025-03-10",
    ),
    (
        "가람중공업의 서동민 사장은 다음 달 1일부로 퇴임하고 고문으로 남는다.",
        "departure",
        "서동민",
        "가람중공업",
        "President",
        "2025-04-01",
    ),
]

EVENTS += [
    # a Japanese name in Hangul, of two words
    (
        "업계 관계자에 따르면 히노데제약의 다니구치 게이코 최고경영자(CEO)가 올해 말 퇴임할 것으로 알려졌다.",
        "departure",
        "다니구치 게이코",
        "히노데제약",
        "Chief Executive Officer",
        "2025",
    ),
    (
        "사쿠라바식품은 가와이 소이치 회장이 대표권 없는 명예회장으로 물러난다고 밝혔다.",
        "departure",
        "가와이 소이치",
        "사쿠라바식품",
        "Board Chair",
        None,
    ),
    (
        "코베인AI(Corvane AI)는 켄 하트(Ken Hart)를 연구 담당 수석부사장으로 임명했다.",
        "appointment",
        "Ken Hart",
        "Corvane AI",
        "SVP of Research",
        None,
    ),
    # a name mixing Hangul and Latin, with its English form ("헬리오AI(Helio AI)"); a move
    (
        "에번 브룩스(Evan Brooks)는 경쟁사 헬리오AI(Helio AI)로 자리를 옮긴다.",
        "appointment",
        "Evan Brooks",
        "Helio AI",
        None,
        None,
    ),
    (
        "노스웨이(Northway)의 최고과학책임자인 에번 브룩스(Evan Brooks)가 회사를 떠났다고 "
        "회사 측이 7일 밝혔다.",
        "departure",
        "Evan Brooks",
        "Northway",
        "Chief Scientist",
        "2025-03-07",
    ),
]

NOT_EVENTS = [
    "한빛전자의 김도윤 대표는 유임됐다.",
    "한빛전자는 김도윤 대표의 사임설을 부인했다.",
    "대표가 물러나면 투자자들이 불안해한다.",
    "한빛전자는 새로운 사업을 시작할 계획이다.",
    "한빛전자는 지난해 실적을 발표했다.",
    # others leaving; a rumour denied; a new company with no name
    '한빛전자의 김도윤 대표는 "회사를 떠나는 동료들의 새 출발을 응원한다"고 말했다.',
    "한빛전자는 김도윤 대표의 퇴진설을 부인했다.",
    "한빛전자의 김도윤 대표는 새로운 AI 회사를 설립할 계획이다.",
    '한빛전자 김도윤 대표 "사임할 계획 없다"',
    # after a leave, not one
    "한빛전자 김도윤 CFO, 육아휴직 마치고 출근",
    # a plant is no organisation founded
    '한빛전자 김도윤 사장은 "내년에는 유럽에 새 공장을 설립하고 싶다"고 말했다.',
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


def found(text: str, published: str = PUBLISHED) -> list[tuple]:
    return [
        (m.type, m.person, m.org, m.role, m.date) for m in mentions_of(text, lang="ko", published=published)
    ]


def test_a_family_name_alone_before_a_title():
    text = "한빛솔루션은 정태수 대표이사가 이달 말 퇴임한다고 밝혔다. 정 대표는 고문을 맡는다."
    assert found(text) == [
        ("departure", "정태수", "한빛솔루션", "Chief Executive Officer", "2025-03"),
        ("appointment", "정태수", "한빛솔루션", "Senior Advisor", "2025-03"),
    ]


def test_two_clauses_two_titles():
    text = "한빛솔루션의 윤태민 대표는 이번 달 최고경영자(CEO)에서 물러나 이사회 의장을 맡았다."
    assert found(text) == [
        ("departure", "윤태민", "한빛솔루션", "Chief Executive Officer", "2025-03"),
        ("appointment", "윤태민", "한빛솔루션", "Board Chair", "2025-03"),
    ]


def test_cofounders_named_together():
    text = "게임업계 출신 서지안 씨와 나윤서 씨가 AI 스타트업 루미너스를 공동 창업했다."
    assert sorted(found(text)) == [
        ("founding", "나윤서", "루미너스", "Co-founder", None),
        ("founding", "서지안", "루미너스", "Co-founder", None),
    ]


def test_a_signed_farewell_note_without_subjects():
    text = (
        "동료 여러분께\n\n"
        "저는 오늘을 마지막으로 솔라리스데이터를 떠납니다.\n"
        "그동안 정말 감사했습니다.\n\n"
        "4월부터는 노스윈드에 합류해 새로운 일을 시작합니다.\n\n"
        "앞으로도 잘 부탁드립니다.\n\n"
        "최민재 드림"
    )
    assert found(text, "2025-03-31") == [
        ("departure", "최민재", "솔라리스데이터", None, "2025-03-31"),
        ("appointment", "최민재", "노스윈드", None, "2025-04"),
    ]


def test_an_interview_answers_are_the_interviewees():
    text = (
        "물류 스타트업 하코브를 이끄는 강도현 의장을 만나 창업 배경을 들었다.\n\n"
        "-왜 창업했나.\n\n"
        '"2019년 대학 동기 이준서와 함께 하코브를 공동 창업했습니다."\n\n'
        "-최근 체제를 바꿨는데.\n\n"
        '"저는 이번 달 CEO에서 물러나 이사회 의장을 맡았습니다. 후임 CEO에는 이준서가 취임했습니다."'
    )
    assert found(text, "2025-04-15") == [
        ("founding", "강도현", "하코브", "Co-founder", "2019"),
        ("founding", "이준서", "하코브", "Co-founder", "2019"),
        ("departure", "강도현", "하코브", "Chief Executive Officer", "2025-04"),
        ("appointment", "강도현", "하코브", "Board Chair", "2025-04"),
        ("appointment", "이준서", "하코브", "Chief Executive Officer", "2025-04"),
    ]


def test_a_known_organisation_is_no_part_of_a_name():
    text = "소라노항공은 작년 9월부터 육아휴직 중이던 야마시타 레나 최고재무책임자(CFO)가 복귀했다고 밝혔다."
    assert {m[1] for m in found(text)} == {"야마시타 레나"}


def test_the_successor_takes_the_title_left():
    text = (
        "모모야마물산은 우치다 슈이치 최고재무책임자(CFO)가 7월 31일부로 퇴임하고, 후임으로 "
        "무라이 사야카 경리부장이 8월 1일부로 취임한다고 15일 밝혔다."
    )
    assert found(text, "2025-07-15") == [
        ("departure", "우치다 슈이치", "모모야마물산", "Chief Financial Officer", "2025-07-31"),
        ("appointment", "무라이 사야카", "모모야마물산", "Chief Financial Officer", "2025-08-01"),
    ]


def test_a_note_signed_under_a_date():
    text = "저는 오늘 7년 동안 다닌 히카리통신을 퇴사했습니다.\n\n감사합니다.\n\n2025년 6월 30일 정민수"
    assert found(text, "2025-06-30") == [("departure", "정민수", "히카리통신", None, "2025-06-30")]


def test_an_advisor_commissioned():
    text = "하나미즈키전기는 지난해 6월 사장에서 물러난 오노 마코토 전 사장을 고문으로 위촉했다고 밝혔다."
    assert [m[:4] for m in found(text, "2025-02-03")] == [
        ("departure", "오노 마코토", "하나미즈키전기", "President"),
        ("appointment", "오노 마코토", "하나미즈키전기", "Senior Advisor"),
    ]


def test_an_adverb_opening_the_sentence_is_no_part_of_the_name():
    text = "누리텔레콤은 10일 밝혔다. 앞서 강민재 대표이사가 지난 3일 건강상의 이유로 사임했다."
    assert found(text, "2025-04-10") == [
        ("departure", "강민재", "누리텔레콤", "Chief Executive Officer", "2025-04-03")
    ]


def test_a_year_since_which_someone_has_led_dates_no_change():
    text = (
        "다온케미칼은 지난 2일 오태윤 대표가 사임했다고 밝혔다. 오 대표는 2018년부터 회사를 이끌어 왔다. "
        '회사 측은 "오 대표의 사임 의사를 받아들였다"고 설명했다.'
    )
    assert set(found(text, "2025-06-05")) == {
        ("departure", "오태윤", "다온케미칼", "Chief Executive Officer", "2025-06-02")
    }


def test_a_division_before_a_title_is_no_name():
    text = (
        "한빛소재는 품질총괄 전무였던 남궁현을 신임 대표로 선임했다고 밝혔다. "
        "서현주 생산총괄 부사장이 함께 승진했다."
    )
    assert "생산총괄" not in {m[1] for m in found(text)}


_in_order = partial(in_order, lang="ko", published=PUBLISHED)


def test_a_contrast_word_keeps_a_continuation_in_its_own_clause():
    for text in (
        "한빛전자의 김도윤 대표가 사임하지만 이사회 의장직은 유임한다.",
        "한빛전자의 김도윤 대표가 사임했지만 이사회 의장은 계속 맡는다.",
    ):
        assert _in_order(text) == [("departure", "김도윤", "한빛전자", "Chief Executive Officer", None)]


def test_a_former_employer_or_title_is_not_the_hire_s():
    assert _in_order("푸른증권은 전 한빛전자 CFO 김도윤 씨를 CFO로 영입했다.") == [
        ("appointment", "김도윤", "푸른증권", "Chief Financial Officer", None)
    ]
    assert _in_order("전 한빛전자 대표 김도윤 씨가 푸른증권에 합류했다.") == [
        ("appointment", "김도윤", "푸른증권", None, None)
    ]
    assert _in_order("한빛전자의 김도윤 전 대표가 푸른증권에 합류했다.") == [
        ("appointment", "김도윤", "푸른증권", None, None)
    ]
    # "3년 전" is no former title, "전무" no "전"
    assert _in_order("김도윤 씨는 3년 전 푸른증권에 합류했다.") == [
        ("appointment", "김도윤", "푸른증권", None, None)
    ]
    assert _in_order("새봄바이오의 이하은 전무가 푸른증권에 합류했다.") == [
        ("appointment", "이하은", "푸른증권", "Senior Managing Director", None)
    ]
    # a former title does not hide a departure from that company
    assert _in_order("전 한빛전자 대표 김도윤 씨가 사임했다.") == [
        ("departure", "김도윤", "한빛전자", "Chief Executive Officer", None)
    ]
