"""Japanese: events, roles (取締役 vs 執行役員), names before honorifics, dates, non-events."""

from functools import partial

import pytest

from helpers import assert_event, assert_no_event, in_order, mentions_of

PUBLISHED = "2025-03-05"

EVENTS = [
    (
        "株式会社アオバ電機は、佐伯 直人 代表取締役社長が3月31日付で退任すると発表した。",
        "departure",
        "佐伯 直人",
        "株式会社アオバ電機",
        "President and CEO",
        "2025-03-31",
    ),
    (
        "株式会社ミズホシ商事の大森 健太 取締役は昨日辞任した。",
        "departure",
        "大森 健太",
        "株式会社ミズホシ商事",
        "Board Member",
        "2025-03-04",
    ),
    (
        "株式会社コトブキ製薬は、不祥事を受けて村上 浩二 専務を解任した。",
        "departure",
        "村上 浩二",
        "株式会社コトブキ製薬",
        "Senior Managing Director",
        None,
    ),
    (
        "株式会社サクラ工業の森田 誠 会長は6月に引退する。",
        "departure",
        "森田 誠",
        "株式会社サクラ工業",
        "Board Chair",
        "2025-06",
    ),
    (
        "株式会社カエデ精機は、高橋 美咲 常務が4月1日付で代表取締役社長に就任すると発表した。",
        "appointment",
        "高橋 美咲",
        "株式会社カエデ精機",
        "President and CEO",
        "2025-04-01",
    ),
    (
        "株式会社ツバサ証券は、小林 翔 氏を最高財務責任者に起用した。",
        "appointment",
        "小林 翔",
        "株式会社ツバサ証券",
        "Chief Financial Officer",
        None,
    ),
    (
        "吉田 彩 氏は先月、株式会社ヒバリ銀行の社外取締役に選任された。",
        "appointment",
        "吉田 彩",
        "株式会社ヒバリ銀行",
        "Board Member",
        "2025-02",
    ),
    (
        "株式会社ナギサ電機の中村 亮 氏が執行役員に昇格した。",
        "appointment",
        "中村 亮",
        "株式会社ナギサ電機",
        "Executive Officer",
        None,
    ),
    (
        "株式会社ミナミ製作所の山口 純 氏は、社長代行に就いた。",
        "appointment",
        "山口 純",
        "株式会社ミナミ製作所",
        "Interim President",
        None,
    ),
    (
        "株式会社カスミ商事の岡田 恵 取締役は、療養に専念するため休職する。",
        "leave",
        "岡田 恵",
        "株式会社カスミ商事",
        "Board Member",
        None,
    ),
    (
        "株式会社カスミ商事は、岡田 恵 取締役が今月復帰したと発表した。",
        "return",
        "岡田 恵",
        "株式会社カスミ商事",
        "Board Member",
        "2025-03",
    ),
    (
        "石井 悠 氏は2021年に株式会社ソラノ電機を設立した。",
        "founding",
        "石井 悠",
        "株式会社ソラノ電機",
        "Founder",
        "2021",
    ),
    (
        "藤田 海 氏は昨年、株式会社アカツキ工業を共同で設立した。",
        "founding",
        "藤田 海",
        "株式会社アカツキ工業",
        "Co-founder",
        "2024",
    ),
    (
        "株式会社ホクト商事の清水 大輔 常務は今日退任した。",
        "departure",
        "清水 大輔",
        "株式会社ホクト商事",
        "Managing Director",
        "2025-03-05",
    ),
    (
        "株式会社イズミ製薬は、松本 葵 氏が最高技術責任者に就任したと発表した。",
        "appointment",
        "松本 葵",
        "株式会社イズミ製薬",
        "Chief Technology Officer",
        None,
    ),
]

EVENTS += [
    # a day without its month ("4日"): the nearest such day to the publication date
    (
        "株式会社ハヤテ電機は4日、佐野 浩一 取締役が退任したと発表した。",
        "departure",
        "佐野 浩一",
        "株式会社ハヤテ電機",
        "Board Member",
        "2025-03-04",
    ),
    # a foreign company and officer in katakana, with their Latin names in parentheses
    (
        "米AI新興のノーヴァ(Novalux)は3日、最高技術責任者(CTO)のリナ・ハート(Lina Hart)氏が"
        "退社したと発表した。",
        "departure",
        "Lina Hart",
        "Novalux",
        "Chief Technology Officer",
        "2025-03-03",
    ),
    (
        "米ロボット企業のテラン・ロボティクス(Terran Robotics)の取締役会は先週の火曜日、"
        "CEOのジョン・ケラー(John Keller)氏を解任した。",
        "departure",
        "John Keller",
        "Terran Robotics",
        "Chief Executive Officer",
        "2025-02-25",
    ),
    (
        "岩田 玲奈氏は来年1月1日付で株式会社ミナト精機の副社長に就任する。",
        "appointment",
        "岩田 玲奈",
        "株式会社ミナト精機",
        "Vice President",
        "2026-01-01",
    ),
    # "CEOには": the title the appointment gives, not the one the person holds
    (
        "株式会社アマギ商事の暫定CEOには、取締役会長の森 健司氏が就いた。",
        "appointment",
        "森 健司",
        "株式会社アマギ商事",
        "Interim Chief Executive Officer",
        None,
    ),
    (
        "株式会社ヒバリ銀行の大西 誠 頭取は月内に辞任する見通しだ。",
        "departure",
        "大西 誠",
        "株式会社ヒバリ銀行",
        "President",
        "2025-03",
    ),
    (
        "株式会社コハク化成の宮田 咲 最高財務責任者(CFO)は、昨年11月から休職している。",
        "leave",
        "宮田 咲",
        "株式会社コハク化成",
        "Chief Financial Officer",
        "2024-11",
    ),
    # "同日付": the day the sentence named before it
    (
        "株式会社コハク化成は10日、宮田 咲 最高財務責任者(CFO)が同日付で復帰したと発表した。",
        "return",
        "宮田 咲",
        "株式会社コハク化成",
        "Chief Financial Officer",
        "2025-03-10",
    ),
    (
        "株式会社ミナト精機の北村 拓也 社長は4月1日付で退任し、相談役に就く。",
        "appointment",
        "北村 拓也",
        "株式会社ミナト精機",
        "Senior Advisor",
        "2025-04-01",
    ),
]

EVENTS += [
    # "会長に退く": the title left, not the one taken
    (
        "株式会社ミツバ電工の大島 健社長は代表権のない会長に退く。",
        "departure",
        "大島 健",
        "株式会社ミツバ電工",
        "President",
        None,
    ),
    # "取締役会" is the board, not a director's title
    (
        "米AI新興のノースウェイ(Northway)の取締役会は昨年11月、最高経営責任者(CEO)のオリバー・グラント"
        "(Oliver Grant)氏を解任した。",
        "departure",
        "Oliver Grant",
        "Northway",
        "Chief Executive Officer",
        "2024-11",
    ),
    # "YにXを任命": the person before を is the one named; "研究担当上級副社長"
    (
        "ソレル氏は同日、研究担当上級副社長にケン・ハート(Ken Hart)氏を任命したと"
        "株式会社コルベインが明らかにした。",
        "appointment",
        "Ken Hart",
        "株式会社コルベイン",
        "SVP of Research",
        None,
    ),
    (
        "米AI新興のノースウェイ(Northway)は7日、最高科学責任者のエバン・ブルックス(Evan Brooks)氏が"
        "退社したと発表した。",
        "departure",
        "Evan Brooks",
        "Northway",
        "Chief Scientist",
        "2025-03-07",
    ),
]

NOT_EVENTS = [
    "株式会社アオバ電機の佐伯 直人 社長は続投する。",
    "株式会社アオバ電機は、佐伯 直人 社長の辞任を否定した。",
    "株式会社アオバ電機は、初の最高財務責任者を外部から招へいした。",
    "社長が退任する場合、株価が下がることが多い。",
    "株式会社アオバ電機は、新たな事業を始める計画を発表した。",
    # others leaving, not a change of the speaker's
    "株式会社アオバ電機の佐伯 直人 社長は「退職される皆さんの新たな門出を応援しています」と述べた。",
    # "創業者" and "創業の経緯" are nouns, not a founding
    "株式会社アオバ電機の創業者である佐伯 直人氏に、創業の経緯を聞いた。",
    # after a leave, not one
    "株式会社アオバ電機、育休明けの佐伯 直人 取締役が出社",
    # a plant is no organisation founded
    "株式会社アオバ電機の佐伯 直人社長は「来年には欧州に新工場を設立したい」と述べた。",
]


@pytest.mark.parametrize(("text", "type", "person", "org", "role", "date"), EVENTS)
def test_event(text, type, person, org, role, date):
    assert_event(text, "ja", PUBLISHED, type, person, org, role, date)


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_not_an_event(text):
    assert_no_event(text, "ja", PUBLISHED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ハルデン株式会社は4月1日付で鈴木一郎氏を最高財務責任者(CFO)に任命した。",
            ("appointment", "鈴木一郎", "ハルデン株式会社", "Chief Financial Officer", "2025-04-01"),
        ),
        (
            "田中一郎氏は昨年、AIスタートアップのルメオを設立した。",
            ("founding", "田中一郎", "ルメオ", "Founder", "2024"),
        ),
    ],
)
def test_news_phrasings(text, expected):
    found = mentions_of(text, lang="ja", published=PUBLISHED)
    assert [(m.type, m.person, m.org, m.role, m.date) for m in found] == [expected]


def found(text: str, published: str = PUBLISHED) -> list[tuple]:
    return [
        (m.type, m.person, m.org, m.role, m.date) for m in mentions_of(text, lang="ja", published=published)
    ]


def test_two_dates_are_two_changes():
    text = "北村 拓也氏は1995年に株式会社ミナト精機に入社し、2020年に常務取締役に就任した。"
    assert found(text) == [
        ("appointment", "北村 拓也", "株式会社ミナト精機", None, "1995"),
        ("appointment", "北村 拓也", "株式会社ミナト精機", "Managing Director", "2020"),
    ]


def test_cofounders_named_together_and_a_quoted_company_name():
    text = "石川 遥氏と小田 亮氏は昨年、スタートアップ「ミライトーン」を共同で設立した。"
    assert sorted(found(text)) == [
        ("founding", "小田 亮", "ミライトーン", "Co-founder", "2024"),
        ("founding", "石川 遥", "ミライトーン", "Co-founder", "2024"),
    ]


def test_a_family_name_alone_and_the_same_day():
    text = (
        "株式会社フジノ電工は、吉川 正人 専務取締役が4月1日付で代表取締役社長に昇格する人事を発表した。\n"
        "また、同日付で経理部長の森 美香氏が最高財務責任者に就任する。吉川氏は1990年に入社した。"
    )
    assert found(text) == [
        ("appointment", "吉川 正人", "株式会社フジノ電工", "President and CEO", "2025-04-01"),
        ("appointment", "森 美香", "株式会社フジノ電工", "Chief Financial Officer", "2025-04-01"),
        ("appointment", "吉川 正人", "株式会社フジノ電工", None, "1990"),
    ]


def test_an_unspaced_name_and_its_family_name():
    text = "株式会社ミナト精機は、高木真由美取締役が社長に就任すると発表した。高木氏は6月に就任する。"
    assert {m[1] for m in found(text)} == {"高木真由美"}


def test_a_signed_farewell_note_without_subjects():
    text = (
        "皆さまへ\n\n"
        "私事ですが、本日をもって株式会社ソラミチを退職いたしました。\n"
        "長い間お世話になりました。\n\n"
        "4月からは株式会社ハルニレに入社し、新しい仕事を始めます。\n\n"
        "今後ともよろしくお願いいたします。\n\n"
        "野口 大地"
    )
    assert found(text, "2025-03-31") == [
        ("departure", "野口 大地", "株式会社ソラミチ", None, "2025-03-31"),
        ("appointment", "野口 大地", "株式会社ハルニレ", None, "2025-04"),
    ]


def test_an_interview_answers_are_the_interviewees():
    text = (
        "物流ソフトを手がけるハコブネの関 直樹氏に、創業の経緯を聞いた。\n\n"
        "――なぜ起業したのですか。\n\n"
        "「2019年に元同僚の今井 翼と一緒にハコブネを設立しました」\n\n"
        "――最近、体制を変えましたね。\n\n"
        "「私は今月、CEOを退き、会長になりました。後任のCEOには今井が就任しています」"
    )
    assert found(text, "2025-04-15") == [
        ("founding", "関 直樹", "ハコブネ", "Co-founder", "2019"),
        ("founding", "今井 翼", "ハコブネ", "Co-founder", "2019"),
        ("departure", "関 直樹", "ハコブネ", "Chief Executive Officer", "2025-04"),
        ("appointment", "関 直樹", "ハコブネ", "Board Chair", "2025-04"),
        ("appointment", "今井 翼", "ハコブネ", "Chief Executive Officer", "2025-04"),
    ]


def test_a_headline_space_is_no_name():
    text = (
        "ノースウェイ、共同創業者のエバン・ブルックス氏が退社　競合に移籍\n\nブルックス氏はHelio AIに移る。"
    )
    assert {m[1] for m in found(text)} == {"エバン・ブルックス"}


def test_the_successor_takes_the_title_left():
    text = (
        "株式会社モモヤマ物産は15日、最高財務責任者(CFO)の内田 修一氏が7月31日付で退任し、"
        "後任に経理部長の村井 沙也加氏が8月1日付で就任する人事を発表した。"
    )
    assert found(text, "2025-07-15") == [
        ("departure", "内田 修一", "株式会社モモヤマ物産", "Chief Financial Officer", "2025-07-31"),
        ("appointment", "村井 沙也加", "株式会社モモヤマ物産", "Chief Financial Officer", "2025-08-01"),
    ]


def test_a_note_signed_under_a_date():
    text = (
        "私は本日、株式会社ヒカリ通信を退職しました。\n\n"
        "来月からは、友人と共同で設立したスタートアップ「ネクストリーフ」の経営に専念します。\n\n"
        "2025年6月30日　松井 健太"
    )
    assert [m[:4] for m in found(text, "2025-06-30")] == [
        ("departure", "松井 健太", "株式会社ヒカリ通信", None),
        ("founding", "松井 健太", "ネクストリーフ", "Co-founder"),
    ]


def test_an_unnamed_new_company():
    assert [m[0] for m in found("株式会社ミナト精機の北村 拓也氏が退社　新会社設立へ")] == ["departure"]


def test_an_unnamed_predecessor_is_not_the_one_named_with_the_title():
    text = (
        "株式会社トキワ製作所は、大野 博 社長が4月1日付で代表取締役会長に就く人事を発表した。"
        "会長職は2019年に前会長が退任して以来空席となっていた。"
    )
    found = mentions_of(text, lang="ja", published="2025-02-10")
    assert [(m.type, m.person, m.org, m.role, m.date) for m in found] == [
        ("appointment", "大野 博", "株式会社トキワ製作所", "Board Chair", "2025-04-01")
    ]


_in_order = partial(in_order, lang="ja", published=PUBLISHED)


def test_a_contrast_word_keeps_a_continuation_in_its_own_clause():
    for text in (
        "株式会社ホクト精機の山岸 浩二 社長は3月末で退任するが、会長に留任する。",
        "株式会社ホクト精機の山岸 浩二 社長は3月末で退任するものの、会長として留任する。",
    ):
        assert _in_order(text) == [("departure", "山岸 浩二", "株式会社ホクト精機", "President", "2025-03")]
    # the subject particle before a comma opens no clause
    assert _in_order("株式会社ホクト精機の山岸 浩二 社長が、3月末で退任する。") == [
        ("departure", "山岸 浩二", "株式会社ホクト精機", "President", "2025-03")
    ]


def test_a_former_employer_or_title_is_not_the_hire_s():
    assert _in_order("株式会社アオバ電機は、前ホクト精機CFOの山岸 浩二 氏をCFOに迎えた。") == [
        ("appointment", "山岸 浩二", "株式会社アオバ電機", "Chief Financial Officer", None)
    ]
    text = "株式会社アオバ電機は、元株式会社ホクト精機社長の山岸 浩二 氏が4月1日付でCEOに就任すると発表した。"
    assert _in_order(text) == [
        ("appointment", "山岸 浩二", "株式会社アオバ電機", "Chief Executive Officer", "2025-04-01")
    ]
    # a former title does not hide a departure from that company
    assert _in_order("元ホクト精機社長の山岸 浩二 氏が辞任した。") == [
        ("departure", "山岸 浩二", "ホクト精機", None, None)
    ]
