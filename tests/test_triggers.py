"""The bilingual event-type lexicon (timeline/data/triggers.csv): each kind of happening is named
in Chinese (Simplified and Traditional) and English, reports of one happening in two languages
share its family, and distinct happenings of one day do not."""
import csv
from importlib import resources

import pytest

from timeline.merge import GENERIC_FAMILIES, main_trigger, triggers
from timeline.textnorm import normalize_for_matching

# (family, Simplified Chinese, Traditional Chinese or None, English): the clause's main trigger.
KINDS = [
    ("mediate", "卡塔尔在两国之间斡旋，促成停火谈判重启", None, "Qatar offered to mediate between the two sides"),
    ("pledge", "日本承诺向东南亚国家提供五十亿美元", "日本承諾向東南亞國家提供五十億美元", "The donors pledged $5 billion for reconstruction"),
    ("ties", "洪都拉斯与中国正式建交", "洪都拉斯與中國正式建交", "The two countries agreed to establish ties last year"),
    ("sever", "洪都拉斯宣布与台湾断交", "洪都拉斯宣布與台灣斷交", "Honduras said it would cut ties with Taipei"),
    ("withdraw", "美军完成从阿富汗撤军", "美軍完成從阿富汗撤軍", "The last US troops withdrew from Kabul"),
    ("surrender", "数百名守军向政府军投降", "數百名守軍向政府軍投降", "Hundreds of fighters surrendered to government forces"),
    ("concede", "落后的候选人当晚认输", None, "The governor conceded the race late on Tuesday"),
    ("pardon", "总统特赦了三名政治犯", "總統特赦了三名政治犯", "The president pardoned his son"),
    ("condemn", "外交部谴责这次导弹试射", "外交部譴責這次導彈試射", "The ministry condemned the decision"),
    ("reject", "议会否决了该项预算案", "議會否決了該項預算案", "Moscow vetoed the resolution in the Security Council"),
    ("deploy", "五角大楼向中东增兵三千人", "五角大樓向中東增兵三千人", "The Pentagon deployed two aircraft carriers to the region"),
    ("blockade", "海军宣布对港口实施海上封锁", None, "The navy imposed a blockade on the port"),
    ("patrol", "两艘军舰在南海巡航", "兩艘軍艦在南海巡航", "Two destroyers patrolled the strait"),
    ("expel", "波兰驱逐了五名俄罗斯外交官", "波蘭驅逐了五名俄羅斯外交官", "Poland expelled five Russian diplomats"),
    ("emergency", "当局在首都实施宵禁", "當局在首都實施宵禁", "Authorities imposed a curfew in the capital"),
    ("confiscate", "法院下令没收其全部财产", "法院下令沒收其全部財產", "Customs confiscated two tonnes of cocaine"),
    ("crackdown", "军警镇压了街头示威者", "軍警鎮壓了街頭示威者", "Police cracked down on students at the campus"),
    ("execute", "伊朗处决了两名抗议者", "伊朗處決了兩名抗議者", "Iran executed two men convicted over the unrest"),
    ("kidnap", "武装分子在公路上绑架了十名工人", "武裝分子在公路上綁架了十名工人", "Gunmen kidnapped ten workers on the highway"),
    ("assassinate", "前首相昨天遇刺身亡", "前首相昨天遇刺身亡", "The former prime minister was assassinated at a rally"),
    ("fight", "双方在边境地区激烈交火", "雙方在邊境地區激烈交火", "Fierce fighting broke out near the border"),
    ("massacre", "武装团体在村庄制造屠杀", None, "Militiamen massacred villagers in the north"),
    ("candidacy", "前总统宣布参选", "前總統宣布參選", "The former president announced his candidacy"),
    ("appoint", "国王任命他为新首相", "國王任命他為新首相", "The king appointed her foreign minister"),
    ("dismiss", "总统将国防部长撤职", "總統將國防部長撤職", "The coach was sacked after the defeat"),
    ("impeach", "国会弹劾了总统", "國會彈劾了總統", "The House impeached the president"),
    ("effect", "新法今天正式生效", "新法今天正式生效", "The law took effect on Monday"),
    ("trial", "前总理在首都出庭受审", "前總理在首都出庭受審", "His trial opened in Paris"),
    ("hearing", "参议院就此举行听证会", "參議院就此舉行聽證會", "The chief executive testified before Congress"),
    ("crash", "一架客机在山区坠毁", "一架客機在山區墜毀", "A passenger jet crashed in the mountains"),
    ("funeral", "前总统的葬礼在教堂举行", "前總統的葬禮在教堂舉行", "Thousands attended the funeral of the former president"),
    ("mourn", "全国民众悼念遇难者", "全國民眾悼念遇難者", "The nation mourned the victims"),
    ("outbreak", "该地区暴发霍乱疫情", "該地區暴發霍亂疫情", "A cholera outbreak spread through the camps"),
    ("rates", "美联储宣布加息0.25个百分点", "美聯儲宣布加息0.25個百分點", "The central bank announced a rate cut"),
    ("tariff", "美国对中国电动汽车加征关税", "美國對中國電動汽車加征關稅", "Washington raised tariffs on Chinese steel"),
    ("default", "这家房地产开发商申请破产", "這家房地產開發商申請破產", "The developer filed for bankruptcy"),
    ("ipo", "这家公司完成首次公开募股", None, "The chipmaker went public in Hong Kong"),
    ("layoff", "这家科技公司宣布裁员一万人", "這家科技公司宣布裁員一萬人", "The company laid off 10,000 workers"),
    ("test", "朝鲜进行第六次核试验", "朝鮮進行第六次核試驗", "North Korea carried out a nuclear test"),
    ("ceremony", "建国纪念日阅兵在广场举行", "建國紀念日閱兵在廣場舉行", "A military parade marched through the square"),
    ("award", "她在斯德哥尔摩获奖", "她在斯德哥爾摩獲獎", "She was awarded the peace prize"),
    ("rescue", "消防员连夜救援被困矿工", "消防員連夜救援被困礦工", "Firefighters rescued the trapped miners"),
    ("flee", "前总统乘飞机出逃", "前總統乘飛機出逃", "The former president fled the country by plane"),
    ("interview", "总统接受了电视台专访", "總統接受了電視台專訪", "The president gave an interview to the broadcaster"),
    ("shutdown", "联邦政府停摆进入第三周", "聯邦政府停擺進入第三週", "The government shutdown entered its third week"),
]


@pytest.mark.parametrize("family, simplified, traditional, english", KINDS, ids=[k[0] for k in KINDS])
def test_each_kind_is_named_in_both_languages(family, simplified, traditional, english):
    assert main_trigger(simplified) == family
    if traditional:
        assert main_trigger(traditional) == family
    assert main_trigger(english) == family


@pytest.mark.parametrize("chinese, english", [
    ("瓦格纳雇佣兵首领率部发动叛乱", "The mercenary chief led a mutiny against the army"),
    ("两国外长在日内瓦会谈", "The foreign ministers held talks in Geneva"),
    ("总理宣誓就职", "The prime minister was sworn in"),
    ("该国发生7.1级强震", "A magnitude 7.1 quake hit the country"),
    ("国王逝世，享年九十六岁", "The king passed away at 96"),
    ("反对派领袖被警方拘捕", "The opposition leader was detained by police"),
    ("法院判处他五年徒刑", "The court sentenced him to five years"),
])
def test_two_languages_report_one_kind(chinese, english):
    assert main_trigger(chinese) == main_trigger(english) is not None


@pytest.mark.parametrize("first, second", [
    ("选民周日投票选举总统", "新总统宣誓就职"),                       # an election is not its inauguration
    ("North Korea launched a ballistic missile", "Israeli jets carried out an airstrike"),
    ("两国领导人在北京会晤", "两国领导人通电话"),                       # a meeting is not a phone call
    ("前总统去世", "前总统的葬礼举行"),                                 # a death is not its funeral
    ("The minister resigned on Friday", "The minister was appointed on Friday"),
    ("工人罢工", "外交部谴责这次袭击"),                                 # a strike is not a condemnation
    ("A train derailed in the north", "A magnitude 6 quake struck the north"),
    ("议会通过法案", "新法正式生效"),
])
def test_distinct_happenings_have_distinct_kinds(first, second):
    a, b = main_trigger(first), main_trigger(second)
    assert a and b and a != b


def test_ambiguous_words_do_not_make_false_kinds():
    # A suicide bombing is an attack, not a death; a joint statement is a signed document.
    assert main_trigger("这次自杀式袭击造成十人死亡") == "attack"
    assert "state" not in triggers("They signed a joint statement on trade")
    # A title is not a happening, and winning a prize is no election.
    assert main_trigger("The Nobel Peace Prize laureate visited the camp") == "visit"
    assert main_trigger("She won the prize") is None


def table_rows():
    with resources.files("timeline.data").joinpath("triggers.csv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_the_table_is_well_formed():
    rows = table_rows()
    assert all(r["family"].strip() and r["word"].strip() == r["word"] and r["word"] for r in rows)
    families = {}
    for r in rows:
        word = r["word"].lower()
        assert families.setdefault(word, r["family"]) == r["family"], f"{word} has two families"
    assert len(families) == len(rows), "duplicate rows"
    # Text is matched after Traditional -> Simplified conversion: a Traditional word would never match.
    assert [r["word"] for r in rows if normalize_for_matching(r["word"]) != r["word"]] == []
    # One character is too ambiguous a word, except 访 and 去 before a place (去平壤): a visit.
    one_char = {r["word"] for r in rows if not r["word"].isascii() and len(r["word"]) == 1}
    assert one_char <= {"访", "去"}
    # Every family is named in both languages.
    by_family = {}
    for r in rows:
        by_family.setdefault(r["family"], set()).add(r["word"].isascii())
    assert all(langs == {True, False} for langs in by_family.values()), \
        [f for f, langs in by_family.items() if langs != {True, False}]
    assert GENERIC_FAMILIES <= set(by_family)


def test_a_fire_a_condolence_message_and_a_cancellation_are_kinds_of_their_own():
    from timeline.merge import main_trigger
    assert main_trigger("石川县轮岛市当晚发生大规模火灾") == "fire"
    assert main_trigger("A huge blaze tore through the old market") == "fire"
    assert main_trigger("能登半岛发生7.6级强震") == "disaster"
    # A condolence message about the quake is the message, not the quake.
    assert main_trigger("习近平向岸田文雄致慰问电，对地震造成的重大人员伤亡表示哀悼") == "mourn"
    assert main_trigger("The agency canceled the Emperor's New Year greeting") == "cancel"
    assert main_trigger("取消禁令") == "lift"


def test_a_trigger_modifying_a_noun_gives_way_to_the_clause_s_own_happening():
    from timeline.merge import main_trigger
    assert main_trigger("石川县政府公布的死亡人数首次超过200人") == "death"
    assert main_trigger("北京发布的12点立场文件") == "publish"      # nothing else happens here
    assert main_trigger("C跑道将于周一恢复使用") == main_trigger("Haneda reopened the damaged runway") == "reopen"
