"""Japanese: events, roles (取締役 vs 執行役員), names before honorifics, dates, non-events."""

import pytest

from helpers import assert_event, assert_no_event, mentions_of

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

NOT_EVENTS = [
    "株式会社アオバ電機の佐伯 直人 社長は続投する。",
    "株式会社アオバ電機は、佐伯 直人 社長の辞任を否定した。",
    "株式会社アオバ電機は、初の最高財務責任者を外部から招へいした。",
    "社長が退任する場合、株価が下がることが多い。",
    "株式会社アオバ電機は、新たな事業を始める計画を発表した。",
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
