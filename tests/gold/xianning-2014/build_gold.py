#!/usr/bin/env python3
"""Hand-checked blind gold of lawtext-sample/city/咸宁市/2014.md
(咸宁市政府工作报告, 市长 丁小强, 2014-02-10).  Reconciled from annotators A and B
(started from B's script; every change is marked R-In / R-Pn and listed in NOTES.md).

Standard library only.  Regenerates documents.csv, sections.csv, indicators.csv and projects.csv
in this folder.

The source is Markdown: YAML front matter (--- … ---, `title` only, no `source`), a header (subtitle
——2014年2月10日在咸宁市第四届人民代表大会第四次会议上, speaker line `市长 丁小强`, 各位代表：,
现在，我代表…), two level-1 parts on bold lines (**一、2013年工作回顾**, **二、2014年工作安排**),
five level-2 headings （一）…（五） on lines of their own in part 二 (no run-in text, no 。), and a
bold **名词解释** block of 28 numbered entries (1、…28、) closing with `（市长 丁小强）`.  Offsets count
code points of the whole decoded file (no BOM; nothing changed), front matter included.

Every annotation is written by hand: the exact surface (or written name) plus an *anchor*, a string
that occurs exactly once in its paragraph and contains the surface.  Offsets are found with str.find
inside the paragraph and asserted (text[char_start:char_end] == surface).

Blind: written from the report text, DATASET.md, the README's conventions, the dict/ word lists and
the earlier golds only; gwr was not built or run and no gwr output was read.

Source path: ../../../raw/lawtext-sample/city/咸宁市/2014.md relative to this script (the layout of
tests/gold/<name>/); the environment variable GWR_SRC overrides it.
Options: -v prints every row with its sentence, -s the outline with row counts per section,
-x every digit run of the body outside an indicator span.
"""
import csv
import os
import re
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_PATH = 'lawtext-sample/city/咸宁市/2014.md'
SRC = os.environ.get('GWR_SRC') or os.path.normpath(
    os.path.join(HERE, '..', '..', '..', 'raw', *SOURCE_PATH.split('/')))
DOC_ID = 'lawtext-sample/city/咸宁市/2014'
REPORT_YEAR = 2014

raw = open(SRC, 'rb').read()
text = raw.decode('utf-8')
if text.startswith('\ufeff'):
    text = text[1:]
N = len(text)
assert N == 14314, N
WS = ' \t\r\n\u3000'


def find_unique(s, start=0, end=None):
    end = N if end is None else end
    i = text.find(s, start, end)
    assert i >= 0, 'not found: %r' % s
    j = text.find(s, i + 1, end)
    assert j < 0, 'anchor not unique: %r (at %d and %d)' % (s, i, j)
    return i


def para_end(pos):
    e = text.find('\n', pos)
    return N if e < 0 else e


def line_start(pos):
    return text.rfind('\n', 0, pos) + 1


def rstrip_end(end):
    while end > 0 and text[end - 1] in WS:
        end -= 1
    return end


# ---------------------------------------------------------------------------
# Front matter / header
# ---------------------------------------------------------------------------
assert text.startswith('---\n')
FM_END = text.find('\n---\n', 4) + len('\n---\n')
front = dict(line.split(': ', 1) for line in text[4:FM_END - 5].split('\n') if ': ' in line)
assert front == {'title': '咸宁市政府工作报告 （2014年2月10日 丁小强）'}, front

# ---------------------------------------------------------------------------
# Sections (the outline; also written to sections.csv).
#   Level 1: **一、2013年工作回顾**, **二、2014年工作安排** (bold lines: the ** belong to no heading; a
#   section starts at its marker, after the **), and the **名词解释** block (marker null, heading
#   名词解释, a level-1 section; its 28 entries are not sections).
#   Level 2: （一）…（五） of part 二, each alone on its line (no 。, so the heading is the whole line).
#   They are not run-in, so each runs to the next heading of the same or a higher level (contract):
#   （五） takes in the 政府自身建设 paragraph (做好今年的各项工作…) and the closing 各位代表！… up to
#   **名词解释**.
#   Not sections: part 一's paragraph leads (综合实力再攀新高。…), part 二's paragraph leads
#   (加快推进工业崛起。…) and the inline （1）…（10） items of the 十件实事 paragraph (run together in
#   one paragraph, none starts a line).
# ---------------------------------------------------------------------------
SPEC = [  # (level, marker, heading, anchor (unique, starts with marker or heading))
    (1, '一、', '2013年工作回顾', '一、2013年工作回顾**'),
    (1, '二、', '2014年工作安排', '二、2014年工作安排**'),
    (2, '（一）', '坚持转方式、优结构，推动经济提速提质', '（一）坚持转方式、优结构，推动经济提速提质\n'),
    (2, '（二）', '坚持创新驱动，全面深化改革开放', '（二）坚持创新驱动，全面深化改革开放\n'),
    (2, '（三）', '坚持“四化”同步，统筹推进城乡协调发展', '（三）坚持“四化”同步，统筹推进城乡协调发展\n'),
    (2, '（四）', '坚持绿色引领，建设生态文明示范区', '（四）坚持绿色引领，建设生态文明示范区\n'),
    (2, '（五）', '坚持底线思维，让人民过上更好生活', '（五）坚持底线思维，让人民过上更好生活\n'),
    (1, None, '名词解释', '名词解释**'),
]
BODY_END = rstrip_end(N)   # the file ends with the glossary's last entry (…（市长 丁小强）)
sections = []
starts = []
for lvl, marker, head, anchor in SPEC:
    st = find_unique(anchor)
    assert text.startswith((marker or '') + head, st)
    ls = line_start(st)
    assert text[ls:st].strip('*') == '', text[ls:st]            # a heading begins its line
    starts.append(st)
assert starts == sorted(starts)
for k, (lvl, marker, head, anchor) in enumerate(SPEC):
    st = starts[k]
    nxt = BODY_END
    for k2 in range(k + 1, len(SPEC)):
        if SPEC[k2][0] <= lvl:
            nxt = starts[k2]
            ls = line_start(nxt)
            if text[ls:nxt].strip(WS + '*#>') == '':
                nxt = ls                                        # the ** of the next bold heading
            break
    en = rstrip_end(nxt)
    parent = None
    for k2 in range(k - 1, -1, -1):
        if SPEC[k2][0] < lvl:
            parent = k2 + 1
            break
    sections.append(dict(section_id=k + 1, parent_id=parent, level=lvl, marker=marker,
                         heading=head, char_start=st, char_end=en))
for s_ in sections:
    if s_['parent_id']:
        p = sections[s_['parent_id'] - 1]
        assert p['char_start'] < s_['char_start'] and s_['char_end'] <= p['char_end']
BODY_START = sections[0]['char_start']
GLOSSARY_START = sections[-1]['char_start']


def section_of(pos):
    best = None
    for s_ in sections:
        if s_['char_start'] <= pos < s_['char_end']:
            if best is None or s_['level'] > best['level']:
                best = s_
    assert best is not None, pos
    return best['section_id']


# ---------------------------------------------------------------------------
# Sentences: split after 。！？； (terminator kept) and at line breaks
# ---------------------------------------------------------------------------
TERM = '。！？；'


def sentence_bounds(a, b):
    st = a
    while st > 0 and text[st - 1] not in TERM + '\n':
        st -= 1
    en = b
    while en < N and text[en] not in TERM + '\n':
        en += 1
    if en < N and text[en] in TERM:
        en += 1
    return st, en


def sentence_of(a, b):
    st, en = sentence_bounds(a, b)
    return text[st:en].replace('**', '').strip()


def para_span(anchor):
    i = find_unique(anchor)
    assert i == 0 or text[i - 1] == '\n', anchor
    return i, para_end(i)


# ---------------------------------------------------------------------------
# Periods / status
# ---------------------------------------------------------------------------
Y13 = (2013, 2013, 'actual')    # part 一: 2013年工作回顾 (过去的一年)
T14 = (2014, 2014, 'target')    # part 二: 2014年工作安排 (今年)

# ---------------------------------------------------------------------------
# Indicators
# ---------------------------------------------------------------------------
MULT = {'万': Decimal(10) ** 4, '亿': Decimal(10) ** 8}
# written unit (after the multiplier) -> (unit_base, dimension)
BASE_UNITS = {
    '%': ('%', 'percent'), '‰': ('‰', 'percent'),   # ‰ rows set their base by hand (R-I7: → %)
    '元': ('元', 'currency'), '美元': ('美元', 'currency'),
    '平方米': ('平方米', 'area'), '亩': ('亩', 'area'),
    '公里': ('公里', 'length'),
    '人': ('人', 'count'), '人次': ('人次', 'count'),
    '农村人口': ('人', 'count'),   # 6万农村人口: the noun after 万 joins span and unit (README)
    '户': ('户', 'count'), '家': ('家', 'count'), '个': ('个', 'count'),
    '项': ('项', 'count'), '套': ('套', 'count'), '件': ('件', 'count'),
    '所': ('所', 'count'), '处': ('处', 'count'),
}
INDICATOR_CODES = {
    'gdp', 'industrial_value_added', 'fixed_asset_investment', 'retail_sales',
    'disposable_income_urban', 'foreign_investment', 'budget_revenue', 'new_urban_jobs',
    'unemployment_rate', 'cpi', 'tourism_revenue', 'high_tech_value_added'}

GDP = 'gdp'
IVA = 'industrial_value_added'
FAI = 'fixed_asset_investment'
RET = 'retail_sales'
BUD = 'budget_revenue'
URB = 'disposable_income_urban'
FI = 'foreign_investment'
TOUR = 'tourism_revenue'
HT = 'high_tech_value_added'
JOBS = 'new_urban_jobs'
UNEMP = 'unemployment_rate'

# Each block: (paragraph start anchor, (period_start, period_end, status), [records])
# record: (anchor, surface, subject, indicator, measure, qualifier[, extra])
#   measure: A=amount G=growth_rate AG=avg_growth_rate R=ratio
#   qualifier: E=exact AP=approx AL=at_least AM=at_most
#   extra (optional dict): per=(start, end, status) override; val/unit for a Chinese numeral or a
#   range's low end (unit taken from the high end); vb/ub/dim to set value_base, unit_base and
#   dimension by hand; noq=True skips the qualifier cross-check
IND_BLOCKS = [
    # ================= section 1: 一、2013年工作回顾 (2013, actual) =================
    ('综合实力再攀新高。', Y13, [
        ('872.11亿元', '872.11亿元', '全市生产总值', GDP, 'A', 'E'),
        ('增长10.6%', '10.6%', '全市生产总值', GDP, 'G', 'E'),
        # 增加额连续4年超过100亿元: the streak (连续4年) is no row and no part of the subject
        ('超过100亿元', '100亿元', '全市生产总值增加额', None, 'A', 'AL'),
        ('971.84亿元', '971.84亿元', '全社会固定资产投资', FAI, 'A', 'E'),
        ('增长28.5%', '28.5%', '全社会固定资产投资', FAI, 'G', 'E'),
        ('320.64亿元', '320.64亿元', '社会消费品零售总额', RET, 'A', 'E'),
        ('增长13.8%', '13.8%', '社会消费品零售总额', RET, 'G', 'E'),
        ('58.71亿元', '58.71亿元', '公共财政预算收入', BUD, 'A', 'E'),
        ('增长28.1%', '28.1%', '公共财政预算收入', BUD, 'G', 'E'),
        ('1201个', '1201个', '新引进项目和续建项目', None, 'A', 'E'),
        ('580.1亿元', '580.1亿元', '新引进项目和续建项目到位资金', None, 'A', 'E'),
        ('增长85.9%', '85.9%', '新引进项目和续建项目到位资金', None, 'G', 'E'),
    ]),
    ('产业转型步伐加快。', Y13, [
        # 三次产业结构调整为18.7：48.7：32.6: shares with no unit, not X∶1 (jiangxi, guilin, yantai)
        ('430.17亿元', '430.17亿元', '全市规模以上工业增加值', IVA, 'A', 'E'),
        ('增长13.6%', '13.6%', '全市规模以上工业增加值', IVA, 'G', 'E'),
        ('106家', '106家', '净增规模以上工业企业', None, 'A', 'E'),
        ('780家', '780家', '规模以上工业企业总数', None, 'A', 'E'),
        ('高新技术企业41家', '41家', '高新技术企业', None, 'A', 'E'),
        ('其中新增19家；', '19家', '新增高新技术企业', None, 'A', 'E'),
        ('46.61亿元', '46.61亿元', '高新技术产业增加值', HT, 'A', 'E'),
        ('增长16.8%', '16.8%', '高新技术产业增加值', HT, 'G', 'E'),
        ('350万亩', '350万亩', '建成农业产业化板块基地', None, 'A', 'E'),
        ('44家', '44家', '省级重点龙头企业', None, 'A', 'E'),
        ('其中新增19家。', '19家', '新增省级重点龙头企业', None, 'A', 'E'),
        # 竹、茶、油茶三个百亿元产业工程: a count of programmes; 百亿元 names their class (no row)
        ('三个百亿元', '三个', '启动实施百亿元产业工程', None, 'A', 'E', {'val': 3, 'unit': '个'}),
        ('42万亩', '42万亩', '全市油茶面积', None, 'A', 'E'),
        ('2650万人次', '2650万人次', '接待游客', None, 'A', 'E'),
        ('130亿元', '130亿元', '旅游总收入', TOUR, 'A', 'E'),
        ('增长26%', '26%', '接待游客', None, 'G', 'E'),
        # the text sets a blank inside the number: 20 .8% (read 20.8, surface as written)
        ('20 .8%', '20 .8%', '旅游总收入', TOUR, 'G', 'E', {'val': '20.8', 'unit': '%'}),
        ('170.45万平方米', '170.45万平方米', '商品房竣工面积', None, 'A', 'E'),
        ('271.31万平方米', '271.31万平方米', '商品房销售面积', None, 'A', 'E'),
    ]),
    ('创新驱动成效明显。', Y13, [
        # 以全省第1名的成绩: a rank
        ('16家', '16家', '全市登陆武汉股权托管交易中心挂牌的企业', None, 'A', 'E'),
        ('29.5万亩', '29.5万亩', '争取部、省国土整治项目', None, 'A', 'E'),
        ('2.47亿美元', '2.47亿美元', '实际利用外资', FI, 'A', 'E'),
        ('增长16.7%', '16.7%', '实际利用外资', FI, 'G', 'E'),
        ('2.91亿美元', '2.91亿美元', '出口', None, 'A', 'E'),
        ('增长25.3%', '25.3%', '出口', None, 'G', 'E'),
        ('15.34万户', '15.34万户', '全市各类市场主体', None, 'A', 'E'),
        ('增长21.37%', '21.37%', '全市各类市场主体', None, 'G', 'E'),
        ('2.14万户', '2.14万户', '新登记市场主体', None, 'A', 'E'),
        ('增长16.02%', '16.02%', '新登记市场主体', None, 'G', 'E'),
    ]),
    ('城市品质持续提升。', Y13, [
        # 全国绿化模范城市、国家园林城市两项“国字号”荣誉: a count of the honours won
        ('两项', '两项', '摘取“国字号”荣誉', None, 'A', 'E', {'val': 2, 'unit': '项'}),
    ]),
    ('城乡统筹扎实推进。', Y13, [
        ('313公里', '313公里', '高速公路通车里程', None, 'A', 'E'),
        ('50.19亿元', '50.19亿元', '全市交通投资', None, 'A', 'E'),
        ('新增10个', '10个', '新增省级新农村建设示范村', None, 'A', 'E'),
        ('12个村庄', '12个', '被命名为全省“宜居村庄”的村庄', None, 'A', 'E'),
        # R-I3: the scope word 全市 goes before a verb (dict/subject_words.tsv scope; zhangzhou 全市累计接种疫苗 → 累计接种疫苗)
        ('61023人', '61023人', '累计减贫', None, 'A', 'E'),
        ('30.5万亩', '30.5万亩', '造林', None, 'A', 'E'),
    ]),
    ('民生事业全面进步。', Y13, [
        ('18581元', '18581元', '城镇居民人均可支配收入', URB, 'A', 'E'),
        ('增长9.9%', '9.9%', '城镇居民人均可支配收入', URB, 'G', 'E'),
        ('8480元', '8480元', '农村居民人均纯收入', None, 'A', 'E'),
        ('增长13%', '13%', '农村居民人均纯收入', None, 'G', 'E'),
        ('6处', '6处', '新增国家重点文物保护单位', None, 'A', 'E'),
        ('达标率100%', '100%', '村卫生室标准化建设达标率', None, 'R', 'E'),
        # R-I4: 全市 before the verb 新增 goes (as R-I3)
        ('4.73万人', '4.73万人', '新增城镇就业', JOBS, 'A', 'E'),
        ('2.88%', '2.88%', '城镇登记失业率', UNEMP, 'R', 'E'),
        # 五项社会保险: the fixed set of five insurances, a name (no row)
        ('163万人次', '163万人次', '五项社会保险参保', None, 'A', 'E'),
        ('104万人', '104万人', '新型城乡居民养老保险参保', None, 'A', 'E'),
        ('参保率98%', '98%', '新型城乡居民养老保险参保率', None, 'R', 'E'),
        ('208.32万人', '208.32万人', '新农合参合', None, 'A', 'E'),
        ('99.77%', '99.77%', '新农合参合率', None, 'R', 'E'),
        ('76.1%', '76.1%', '新农合住院费用补偿比', None, 'R', 'E'),
        ('12.67万户', '12.67万户', '城乡低保惠及', None, 'A', 'E'),
        ('20.51万人', '20.51万人', '城乡低保惠及', None, 'A', 'E'),
        ('6526套', '6526套', '新开工建设保障性住房', None, 'A', 'E'),
        ('1365户', '1365户', '发放廉租住房补贴', None, 'A', 'E'),
        ('7039户', '7039户', '农村危房改造', None, 'A', 'E'),
        ('竣工率100%', '100%', '农村危房改造竣工率', None, 'R', 'E'),
        ('10件实事', '10件', '市政府年初承诺的实事', None, 'A', 'E'),
    ]),
    ('过去的一年，我们自觉', Y13, [
        ('70件', '70件', '人大代表建议', None, 'A', 'E'),
        ('140件', '140件', '政协委员提案', None, 'A', 'E'),
        ('办结率100%', '100%', '办结率', None, 'R', 'E'),
        # 中央八项规定、省委六条意见和市委七项要求: titles of rules (README round 12), no rows
        ('177项', '177项', '下放和取消审批权限', None, 'A', 'E'),
    ]),
    # ================= section 2: 二、2014年工作安排 (2014, target) =================
    ('全市经济社会发展主要预期目标是', T14, [
        ('990亿元', '990亿元', '生产总值', GDP, 'A', 'E'),
        ('1000亿元', '1000亿元', '生产总值', GDP, 'A', 'AL'),
        ('480亿元', '480亿元', '规模以上工业增加值', IVA, 'A', 'E'),
        ('1100亿元', '1100亿元', '固定资产投资', FAI, 'A', 'E'),
        ('365亿元', '365亿元', '社会消费品零售总额', RET, 'A', 'E'),
        ('68亿元', '68亿元', '公共财政预算收入', BUD, 'A', 'E'),
        ('20800元', '20800元', '城镇居民人均可支配收入', URB, 'A', 'E'),
        ('9500元', '9500元', '农村居民人均纯收入', None, 'A', 'E'),
        # R-I6: 涨幅 is the measure (growth_rate), not the subject (guilin-2020, hubei-2017, qinghai-2017)
        ('4%左右', '4%', '居民消费价格', 'cpi', 'G', 'AP'),
        ('4.6%', '4.6%', '城镇登记失业率', UNEMP, 'R', 'AM'),
        # R-I7: ‰ normalised to % (jiangxi-2013: 7.5‰ → 0.75 %)
        ('6.5‰', '6.5‰', '人口自然增长率', None, 'R', 'AM',
         {'ub': '%', 'dim': 'percent', 'vb': '0.65'}),
    ]),
    # ---- （一）坚持转方式、优结构 (section 3) ----
    ('加快推进工业崛起。', T14, [
        ('100家以上', '100家', '新增规模以上工业企业', None, 'A', 'AL'),
        # range 1—2个: the low end at_least (unit from the high end), the high end at_most
        ('新增1—2个中国驰名商标', '1', '新增中国驰名商标', None, 'A', 'AL',
         {'val': 1, 'unit': '个', 'noq': True}),
        ('1—2个中国驰名商标', '2个', '新增中国驰名商标', None, 'A', 'AM', {'noq': True}),
    ]),
    ('加快发展现代农业。', T14, [
        # 县市区建十万亩、乡镇建万亩、村建千亩农业产业化基地: the size each level is to build
        ('建十万亩', '十万亩', '县市区建农业产业化基地', None, 'A', 'E', {'val': 10, 'unit': '万亩'}),
        ('乡镇建万亩', '万亩', '乡镇建农业产业化基地', None, 'A', 'E', {'val': 1, 'unit': '万亩'}),
        ('村建千亩', '千亩', '村建农业产业化基地', None, 'A', 'E', {'val': 1000, 'unit': '亩'}),
        # 打造百亿元竹、茶、油茶产业 / 百公里茶叶走廊: sizes to reach (guilin-2020 百亿元米粉产业)
        ('打造百亿元', '百亿元', '竹、茶、油茶产业', None, 'A', 'E', {'val': 100, 'unit': '亿元'}),
        ('百公里', '百公里', '茶叶走廊', None, 'A', 'E', {'val': 100, 'unit': '公里'}),
        ('认证30个', '30个', '新增“三品”认证', None, 'A', 'E'),
        ('国家地理标志认证1—2个', '1', '新增国家地理标志认证', None, 'A', 'AL',
         {'val': 1, 'unit': '个', 'noq': True}),
        ('认证1—2个', '2个', '新增国家地理标志认证', None, 'A', 'AM', {'noq': True}),
    ]),
    ('加快发展现代服务业。', T14, [
        # 力争5A景区创建: a grade
        ('3200万人次', '3200万人次', '接待游客', None, 'A', 'AL'),
    ]),
    # ---- （二）坚持创新驱动 (section 4) ----
    ('大力推进科技创新。', T14, [
        ('20家以上', '20家', '新增认定高新技术企业', None, 'A', 'AL'),
        ('7%以上', '7%', '高新技术产业增加值占GDP比重', None, 'R', 'AL'),
    ]),
    # ---- （三）坚持“四化”同步 (section 5) ----
    ('实施市域一体工程。', T14, [
        # a development zone inside the city: its figures are a part's, no code (README)
        ('100亿元以上', '100亿元', '咸宁经济开发区固定资产投资', None, 'A', 'AL'),
        ('30亿元以上', '30亿元', '咸宁经济开发区规模以上工业增加值', None, 'A', 'AL'),
        ('10亿元以上', '10亿元', '咸宁经济开发区税收', None, 'A', 'AL'),
        # R-I8: several predicates (签约、开工、投产) and the verb 有 before the figure keep the bare noun (README)
        ('150个以上', '150个', '项目', None, 'A', 'AL'),
        ('60个村', '60个', '完成整村推进任务的村', None, 'A', 'E'),
        ('6万人', '6万人', '片区减贫', None, 'A', 'E'),
    ]),
    # ---- （四）坚持绿色引领 (section 6) ----
    ('加大生态建设和环境保护力度。', T14, [
        ('30万亩', '30万亩', '造林任务', None, 'A', 'E'),
    ]),
    # ---- （五）坚持底线思维 (section 7) ----
    ('扎实办好惠民实事。', T14, [
        # “十件实事”: a quoted count naming the year's list (no row); （1）…（10）: list marks
        ('新增城镇就业4万人', '4万人', '新增城镇就业', JOBS, 'A', 'E'),
        ('0.4万人', '0.4万人', '扶助创业', None, 'A', 'E'),
        ('1.2万人', '1.2万人', '带动就业', None, 'A', 'E'),
        # 持卡人数100万: a multiplier with no written unit; what it counts is people
        ('持卡人数100万', '100万', '社会保障卡持卡人数', None, 'A', 'E',
         {'val': 100, 'unit': '万', 'vb': 1000000, 'ub': '人', 'dim': 'count'}),
        ('10000套', '10000套', '建成保障性住房', None, 'A', 'E'),
        ('7600套', '7600套', '新增公共租赁住房', None, 'A', 'E'),
        ('15700套', '15700套', '棚户区改造', None, 'A', 'E'),
        ('1450户', '1450户', '新增发放廉租住房租赁补贴', None, 'A', 'E'),
        ('6万农村人口', '6万农村人口', '解决饮水安全问题的农村人口', None, 'A', 'E'),
        ('10000亩', '10000亩', '建设保障性蔬菜基地', None, 'A', 'E'),
        ('10家平价商店', '10家', '建设平价商店', None, 'A', 'E'),
        ('50家蔬菜直销店', '50家', '建立蔬菜直销店', None, 'A', 'E'),
        ('6个放心粮油', '6个', '建设放心粮油配送中心', None, 'A', 'E'),
        ('50家放心粮油', '50家', '建设放心粮油连锁店', None, 'A', 'E'),
        ('1所', '1所', '启动新建优质公办幼儿园', None, 'A', 'E'),
        # 市城区120急救体系: a name
        ('4个警务', '4个', '建设警务综合服务站', None, 'A', 'E'),
        ('1500个', '1500个', '新建视频探头', None, 'A', 'E'),
    ]),
    # ================= section 8: 名词解释 — no rows (see NOTES.md: 5分制/4分 a grade scale,
    # 1:10 a scheme's leverage rule written 1:N, 一人 “one of the couple”, dates, ordinals) ====
]
MEASURE_CODE = {'A': 'amount', 'G': 'growth_rate', 'AG': 'avg_growth_rate', 'R': 'ratio'}
QUAL_CODE = {'E': 'exact', 'AP': 'approx', 'AL': 'at_least', 'AM': 'at_most'}

QUAL_WORDS_AFTER = {'以上': 'at_least', '左右': 'approx', '以内': 'at_most', '以下': 'at_most'}
QUAL_WORDS_BEFORE = {'突破': 'at_least', '超过': 'at_least', '超': 'at_least', '逾': 'at_least',
                     '迈上': 'at_least', '不低于': 'at_least', '不少于': 'at_least',
                     '约': 'approx', '近': 'approx', '不超过': 'at_most', '低于': 'at_most'}
GROWTH_WORDS = ('增长', '增速', '增幅', '涨幅', '上涨', '提高', '提升')
DECREASE_WORDS = ('下降', '减少', '降低', '精简', '压减', '缩减', '削减', '压缩')


def split_unit(unit):
    for mw in MULT:
        if unit.startswith(mw) and unit[len(mw):] in BASE_UNITS:
            return mw, unit[len(mw):]
    assert unit in BASE_UNITS, unit
    return '', unit


def parse_surface(surface):
    """-> (value Decimal, unit as written, approximate marker 余/多 or '')"""
    m = re.match(r'^([0-9]+(?:\.[0-9]+)?)(余|多)?((?:万|亿)?)(余|多)?(.*)$', surface)
    assert m, surface
    approx = (m.group(2) or '') + (m.group(4) or '')
    unit = m.group(3) + m.group(5)
    return Decimal(m.group(1)), unit, approx


def fmt_float(d):
    if d is None:
        return ''
    return repr(float(d))


def text_before(st):
    return text[max(0, st - 4):st]


indicators = []
for anchor_para, per0, recs in IND_BLOCKS:
    ps, pe = para_span(anchor_para)
    for rec in recs:
        anchor, surface, subject, ind, mcode, qcode = rec[:6]
        extra = rec[6] if len(rec) > 6 else {}
        per = extra.get('per', per0)
        a = find_unique(anchor, ps, pe)
        off = anchor.find(surface)
        assert off >= 0, (anchor, surface)
        assert anchor.find(surface, off + 1) < 0, ('surface twice in anchor', anchor)
        st = a + off
        en = st + len(surface)
        assert text[st:en] == surface
        assert ps <= st < en <= pe, ('mention outside its paragraph', surface, anchor_para)
        assert BODY_START <= st and en <= GLOSSARY_START
        assert not text[st - 1].isdigit() and text[st - 1] not in './', surface
        assert not text[en].isdigit(), surface
        measure = MEASURE_CODE[mcode]
        qual = QUAL_CODE[qcode]
        approx_mark = ''
        if 'val' in extra:
            value = Decimal(str(extra['val']))
            unit = extra['unit']
        else:
            value, unit, approx_mark = parse_surface(surface)
        if 'ub' in extra:
            unit_base, dim, vb = extra['ub'], extra['dim'], Decimal(extra['vb'])
        else:
            mult, wbase = split_unit(unit)
            unit_base, dim = BASE_UNITS[wbase]
            vb = value * (MULT[mult] if mult else 1)
        # qualifier: checked against the words next to the span (and 余/多 inside it)
        if not extra.get('noq'):
            auto = 'at_least' if approx_mark else 'exact'
            for w, q in QUAL_WORDS_AFTER.items():
                if text[en:en + len(w)] == w:
                    auto = q
            for w, q in sorted(QUAL_WORDS_BEFORE.items(), key=lambda x: -len(x[0])):
                if text_before(st).endswith(w):
                    auto = q
                    break
            assert auto == qual, ('qualifier mismatch', surface, anchor, auto, qual)
        else:  # range ends: 1—2个
            if qual == 'at_least':
                assert text[en] == '—', surface
            else:
                assert text[st - 1] == '—', surface
        if measure in ('growth_rate', 'avg_growth_rate'):
            s0, _ = sentence_bounds(st, en)
            before = text[s0:st]
            best = None
            for w in GROWTH_WORDS + DECREASE_WORDS:
                j = before.rfind(w)
                if j >= 0 and (best is None or j > best[0]):
                    best = (j, w)
            assert best is not None, (surface, before)
            if best[1] in DECREASE_WORDS:
                vb = -vb
            assert unit_base == '%'
            if measure == 'avg_growth_rate':
                assert '年均' in before, surface
        if measure == 'ratio':
            assert unit_base in ('%', '‰', '倍'), surface
        if unit_base in ('%', '‰', '倍'):
            assert measure != 'amount', surface
        if ind is not None:
            assert ind in INDICATOR_CODES, ind
        assert subject and ' ' not in subject
        indicators.append(dict(
            char_start=st, char_end=en, surface=surface,
            section_id=section_of(st), sentence=sentence_of(st, en),
            subject=subject, indicator=ind, measure=measure,
            value=value, unit=unit, value_base=vb, unit_base=unit_base,
            dimension=dim, qualifier=qual,
            period_start=per[0], period_end=per[1], status=per[2]))

indicators.sort(key=lambda r: r['char_start'])
starts_i = [r['char_start'] for r in indicators]
assert len(set(starts_i)) == len(starts_i), 'duplicate mention'
for k in range(1, len(indicators)):
    assert indicators[k - 1]['char_end'] <= indicators[k]['char_start'], 'overlap'
for k, r in enumerate(indicators, 1):
    r['mention_id'] = k


# ---------------------------------------------------------------------------
# Projects
# ---------------------------------------------------------------------------
# record: (anchor, written span text, name (None = same as written), action, stage[, per])
PRJ_BLOCKS = [
    # ================= section 1: 一、2013年工作回顾 (2013, actual) =================
    ('综合实力再攀新高。', Y13, [
        # A、B等项目: the items are projects as written (README); 落户 decides no stage (cf. 落地)
        ('中国恒天', '中国恒天', None, '成功落户', None),
        ('华中绿色印刷包装', '华中绿色印刷包装', None, '成功落户', None),
        ('百翔电池', '百翔电池', None, '成功落户', None),
        ('津晶城科技园', '津晶城科技园', None, '成功落户', None),
        ('台湾DTE消防液', '台湾DTE消防液', None, '成功落户', None),
        ('大润发物流', '大润发物流', None, '成功落户', None),
        ('雨润物流', '雨润物流', None, '成功落户', None),
        ('南玻华中产业园', '南玻华中产业园', None, '建成投产', 'completed'),
        # 3号、4号机组: one name per unit (README: phase numerals listed make one name per phase)
        ('华润（赤壁）电厂3号', '华润（赤壁）电厂3号', '华润（赤壁）电厂3号机组', '并网发电', 'completed'),
        ('4号机组', '4号机组', '华润（赤壁）电厂4号机组', '并网发电', 'completed'),
    ]),
    ('产业转型步伐加快。', Y13, [
        ('咸安竹产业园', '咸安竹产业园', None, '建设加快推进', 'ongoing'),
        ('赤壁砖茶产业园', '赤壁砖茶产业园', None, '建设加快推进', 'ongoing'),
        ('通山厚生祥红茶文化园', '通山厚生祥红茶文化园', None, '建设加快推进', 'ongoing'),
        ('黄袍山国家油茶产业示范园', '黄袍山国家油茶产业示范园', None, '建设加快推进', 'ongoing'),
        ('咸安商贸物流园', '咸安商贸物流园', None, '加快推进', 'ongoing'),
        ('嘉鱼潘家湾物流聚集园', '嘉鱼潘家湾物流聚集园', None, '加快推进', 'ongoing'),
        ('赤壁沃尔玛购物广场', '赤壁沃尔玛购物广场', None, '加快推进', 'ongoing'),
        ('通城泽中物流园', '通城泽中物流园', None, '加快推进', 'ongoing'),
        ('崇阳百盟一马商贸物流产业园', '崇阳百盟一马商贸物流产业园', None, '加快推进', 'ongoing'),
        ('通山石材物流园', '通山石材物流园', None, '加快推进', 'ongoing'),
    ]),
    ('城市品质持续提升。', Y13, [
        ('武咸城际铁路', '武咸城际铁路', None, '建成开通', 'completed'),
        ('中心城区外环高速', '中心城区外环高速', None, '初具雏形', 'ongoing'),
        ('淦河下游综合治理二期', '淦河下游综合治理二期', None, '建成使用', 'completed'),
        ('南外环人工湖二期', '南外环人工湖二期', None, '建成使用', 'completed'),
        ('十六潭公园三期', '十六潭公园三期', None, '建成使用', 'completed'),
        ('十六潭路改造', '十六潭路改造', None, '建成使用', 'completed'),
        ('城际铁路垂直绿化', '城际铁路垂直绿化', None, '建成使用', 'completed'),
        ('一号桥泵站迁改', '一号桥泵站迁改', None, '建成使用', 'completed'),
        # 即将向市民开放: about to be finished → ongoing (README: 即将开业, 即将投入使用)
        ('咸宁旅游集散中心', '咸宁旅游集散中心', None, '即将向市民开放', 'ongoing'),
        ('潜山古寺即将', '潜山古寺', None, '即将向市民开放', 'ongoing'),
        # the work 改造升级 is shared by both roads, so it goes to the action
        ('香城大道和', '香城大道', None, '改造升级加快推进', 'ongoing'),
        ('泉都大道改造升级', '泉都大道', None, '改造升级加快推进', 'ongoing'),
        ('百盟温泉欢乐世界', '百盟温泉欢乐世界', None, '加快推进', 'ongoing'),
        ('香泉映月旅游度假区', '香泉映月旅游度假区', None, '加快推进', 'ongoing'),
        ('中商购物广场', '中商购物广场', None, '加快推进', 'ongoing'),
        ('天成商业综合体', '天成商业综合体', None, '加快推进', 'ongoing'),
        ('城铁南站宏大国贸广场', '城铁南站宏大国贸广场', None, '加快推进', 'ongoing'),
        ('以及传媒大厦', '传媒大厦', None, '加快推进', 'ongoing'),
        ('妇儿活动中心', '妇儿活动中心', None, '加快推进', 'ongoing'),
        ('科技馆、咸宁文化城', '科技馆', None, '加快推进', 'ongoing'),
        ('咸宁文化城', '咸宁文化城', None, '加快推进', 'ongoing'),
    ]),
    ('城乡统筹扎实推进。', Y13, [
        ('咸通高速', '咸通高速', None, '竣工通车', 'completed'),
        ('咸黄高速', '咸黄高速', None, '竣工通车', 'completed'),
        ('武深高速嘉通段', '武深高速嘉通段', None, '加快推进', 'ongoing'),
        ('武汉城市圈环线高速咸宁西段', '武汉城市圈环线高速咸宁西段', None, '加快推进', 'ongoing'),
        ('幕阜山生态旅游公路', '幕阜山生态旅游公路', None, '加快推进', 'ongoing'),
        ('武咸快速通道', '武咸快速通道', None, '加快推进', 'ongoing'),
        ('咸潘一级公路', '咸潘一级公路', None, '加快推进', 'ongoing'),
        ('赤壁凯迪生物质发电项目', '赤壁凯迪生物质发电项目', None, '试运行', 'ongoing'),
    ]),
    ('民生事业全面进步。', Y13, [
        ('咸宁实验外国语学校', '咸宁实验外国语学校', None, '动工兴建', 'started'),
        # 改造升级 = 升级改造 (dict/stage_verbs.tsv: none)
        ('实验小学', '实验小学', None, '改造升级', None),
        ('温泉中学', '温泉中学', None, '改造升级', None),
        ('老年人活动中心跨年建设', '老年人活动中心', None, '跨年建设', 'ongoing'),
    ]),
    # ================= section 2…7: 二、2014年工作安排 (2014, target) =================
    ('加快推进工业崛起。', T14, [
        ('“大产业、大企业、大园区”工程', '“大产业、大企业、大园区”工程', None, '实施', 'ongoing'),
        ('德力林浆纸一体化', '德力林浆纸一体化', None, '加快推进建设', 'ongoing'),
        ('嘉麟杰纺织', '嘉麟杰纺织', None, '加快推进建设', 'ongoing'),
        ('华琪生物', '华琪生物', None, '加快推进建设', 'ongoing'),
        ('纳米轮胎', '纳米轮胎', None, '加快推进建设', 'ongoing'),
        ('广东工业园', '广东工业园', None, '加快推进建设', 'ongoing'),
        ('小榄工业园', '小榄工业园', None, '加快推进建设', 'ongoing'),
        ('咸安桑德环保产业园', '咸安桑德环保产业园', None, '加快推进建设', 'ongoing'),
        ('嘉鱼汉麻产业园', '嘉鱼汉麻产业园', None, '加快推进建设', 'ongoing'),
        ('华润（赤壁）电厂循环经济产业园', '华润（赤壁）电厂循环经济产业园', None, '加快推进建设',
         'ongoing'),
        ('崇阳生物医药产业园', '崇阳生物医药产业园', None, '加快推进建设', 'ongoing'),
        ('通山大盘垅工业园', '通山大盘垅工业园', None, '加快推进建设', 'ongoing'),
        # 确保 steers and goes
        ('绿孚生物', '绿孚生物', None, '建成投产', 'completed'),
        ('宇顺电子', '宇顺电子', None, '建成投产', 'completed'),
        ('三三重工', '三三重工', None, '建成投产', 'completed'),
        ('金海达薄瓷板', '金海达薄瓷板', None, '建成投产', 'completed'),
        ('新忆通机车', '新忆通机车', None, '建成投产', 'completed'),
        ('兴民钢圈', '兴民钢圈', None, '建成投产', 'completed'),
        ('玉立樊牌', '玉立樊牌', None, '建成投产', 'completed'),
        # 进一步 goes (README)
        ('咸宁核电', '咸宁核电', None, '做好前期工作', 'planned'),
        ('震纶纺织城', '震纶纺织城', None, '做好前期工作', 'planned'),
    ]),
    ('加快发展现代服务业。', T14, [
        ('商贸企业成长工程', '商贸企业成长工程', None, '继续推进', 'ongoing'),
        ('文化产业发展工程', '文化产业发展工程', None, '实施', 'ongoing'),
    ]),
    ('扩大投资和消费需求。', T14, [
        ('岳咸九铁路', '岳咸九铁路', None, '继续做好前期工作', 'planned'),
        ('咸宜吉铁路', '咸宜吉铁路', None, '继续做好前期工作', 'planned'),
        ('洪崇高速公路', '洪崇高速公路', None, '继续做好前期工作', 'planned'),
        ('加快推进武深高速', '武深高速', None, '加快推进建设', 'ongoing'),
        ('武汉城市圈环线高速、通界', '武汉城市圈环线高速', None, '加快推进建设', 'ongoing'),
        ('通界高速', '通界高速', None, '加快推进建设', 'ongoing'),
        ('武咸快速通道、幕阜山', '武咸快速通道', None, '加快推进建设', 'ongoing'),
        ('幕阜山生态旅游公路', '幕阜山生态旅游公路', None, '加快推进建设', 'ongoing'),
        ('确保咸潘一级公路', '咸潘一级公路', None, '建成通车', 'completed'),
        ('咸宁（嘉鱼）长江公路大桥', '咸宁（嘉鱼）长江公路大桥', None, '开工建设', 'started'),
        ('赤壁长江公路大桥', '赤壁长江公路大桥', None, '开工建设', 'started'),
        ('“万村千乡”市场工程', '“万村千乡”市场工程', None, '深入实施', 'ongoing'),
        ('“新网工程”', '“新网工程”', None, '深入实施', 'ongoing'),
    ]),
    ('着力激发创新活力。', T14, [
        ('市域金融工程', '市域金融工程', None, '稳步实施', 'ongoing'),
    ]),
    ('扎实推动开放合作。', T14, [
        ('武汉新港咸宁港区', '武汉新港咸宁港区', None, '加快推进建设', 'ongoing'),
    ]),
    ('实施城市提质工程。', T14, [
        ('城市提质工程', '城市提质工程', None, '实施', 'ongoing'),
        ('重点抓好香城大道', '香城大道', None, '重点抓好改造升级', 'ongoing'),
        ('泉都大道改造升级和', '泉都大道', None, '重点抓好改造升级', 'ongoing'),
        ('东外环', '东外环', None, '重点抓好建设', 'ongoing'),
        ('咸宁大道延伸', '咸宁大道延伸', None, '重点抓好建设', 'ongoing'),
        ('马柏路综合整治', '马柏路综合整治', None, '重点抓好', 'ongoing'),
        ('淦河大桥', '淦河大桥', None, '重点抓好修建', 'ongoing'),
        ('龙潭大桥', '龙潭大桥', None, '重点抓好修建', 'ongoing'),
        ('南站路', '南站路', None, '重点抓好建设', 'ongoing'),
        ('西外环', '西外环', None, '重点抓好建设', 'ongoing'),
        ('107国道咸安绕城段', '107国道咸安绕城段', None, '重点抓好建设', 'ongoing'),
        ('站中大道', '站中大道', None, '重点抓好建设', 'ongoing'),
        ('鱼水路', '鱼水路', None, '抓好综合整治', 'ongoing'),
        ('站前广场', '站前广场', None, '抓好综合整治', 'ongoing'),
        # 重修 (rebuild) decides no stage, as 新建 and 改建 do not
        ('永安阁', '永安阁', None, '重修', None),
        ('三元书院', '三元书院', None, '重修', None),
        ('茶博馆', '茶博馆', None, '启动建设', 'started'),
        ('潜山古寺及', '潜山古寺', None, '基本完成', 'ongoing'),
        # borrowed owner (contract: 海康威视三期; jiaozuo 南水北调配套工程)
        ('配套工程', '配套工程', '潜山古寺配套工程', '基本完成', 'ongoing'),
    ]),
    ('实施城乡共建工程。', T14, [
        ('城乡共建工程', '城乡共建工程', None, '实施', 'ongoing'),
    ]),
    ('实施市域一体工程。', T14, [
        ('市域一体工程', '市域一体工程', None, '实施', 'ongoing'),
    ]),
    ('加快发展民生事业。', T14, [
        ('市传媒大厦', '市传媒大厦', None, '加快推进建设', 'ongoing'),
        ('市档案馆图书馆', '市档案馆图书馆', None, '加快推进建设', 'ongoing'),
        ('市妇儿活动中心', '市妇儿活动中心', None, '加快推进建设', 'ongoing'),
        ('市科技馆', '市科技馆', None, '加快推进建设', 'ongoing'),
        ('市老年人活动中心', '市老年人活动中心', None, '加快推进建设', 'ongoing'),
        # 开展 decides no stage (dict/stage_verbs.tsv)
        # R-P2: 深入开展文化惠民工程 is no row: 开展 is no programme_verb (README programmes rule,
        # dict/project_words.tsv); the programme is only carried on, not implemented by name
    ]),
    ('提高社会保障水平。', T14, [
        # 加强“米袋子”、“菜篮子”工程建设: 工程 shared by both quoted names
        ('“米袋子”', '“米袋子”', '“米袋子”工程', '加强建设', 'ongoing'),
        ('“菜篮子”工程建设', '“菜篮子”工程', None, '加强建设', 'ongoing'),
    ]),
    ('扎实办好惠民实事。', T14, [
        ('实施“菜篮子”工程', '“菜篮子”工程', None, '实施', 'ongoing'),
        ('市精神病门诊综合大楼', '市精神病门诊综合大楼', None, '完成', 'completed'),
        ('旧楼改造', '旧楼改造', '市精神病门诊旧楼改造', '完成', 'completed'),
    ]),
]
STAGES = {'planned', 'started', 'ongoing', 'completed', None}

projects = []
for anchor_para, per, recs in PRJ_BLOCKS:
    ps, pe = para_span(anchor_para)
    for rec in recs:
        anchor, written, name, action, stage = rec[:5]
        per_r = rec[5] if len(rec) > 5 else per
        a = find_unique(anchor, ps, pe)
        off = anchor.find(written)
        assert off >= 0 and anchor.find(written, off + 1) < 0, (anchor, written)
        st = a + off
        en = st + len(written)
        assert text[st:en] == written
        assert ps <= st < en <= pe, ('project outside its paragraph', written)
        assert BODY_START <= st and en <= GLOSSARY_START
        assert stage in STAGES
        name = name or written
        projects.append(dict(name=name, char_start=st, char_end=en,
                             section_id=section_of(st), sentence=sentence_of(st, en),
                             action=action, stage=stage, status=per_r[2],
                             period_start=per_r[0], period_end=per_r[1]))
projects.sort(key=lambda r: r['char_start'])
for k in range(1, len(projects)):
    assert projects[k - 1]['char_end'] <= projects[k]['char_start'], (projects[k - 1], projects[k])
for k, r in enumerate(projects, 1):
    r['project_id'] = k

# No project span holds an indicator row.
for p in projects:
    for r in indicators:
        assert not (p['char_start'] <= r['char_start'] < p['char_end']), (p['name'], r['surface'])


# ---------------------------------------------------------------------------
# Documents
# ---------------------------------------------------------------------------
HEADER = text[FM_END:BODY_START]
assert '\n——2014年2月10日在咸宁市第四届人民代表大会第四次会议上\n' in HEADER
assert '\n市长 丁小强\n' in HEADER
documents = [dict(
    doc_id=DOC_ID, source_path=SOURCE_PATH,
    title='咸宁市政府工作报告',           # the front-matter title without （2014年2月10日 丁小强）
    source_url=None,                      # the front matter has no `source`
    region='咸宁市', admin_level='prefecture',
    report_year=REPORT_YEAR, delivered_on='2014-02-10',
    meeting='咸宁市第四届人民代表大会第四次会议',
    speaker='丁小强', speaker_title='市长')]

# ---------------------------------------------------------------------------
# Write CSVs
# ---------------------------------------------------------------------------
COLS = {
    'documents': ['doc_id', 'source_path', 'title', 'source_url', 'region', 'admin_level',
                  'report_year', 'delivered_on', 'meeting', 'speaker', 'speaker_title'],
    'sections': ['doc_id', 'section_id', 'parent_id', 'level', 'marker', 'heading',
                 'char_start', 'char_end'],
    'indicators': ['doc_id', 'mention_id', 'char_start', 'char_end', 'surface', 'section_id',
                   'sentence', 'subject', 'indicator', 'measure', 'value', 'unit', 'value_base',
                   'unit_base', 'dimension', 'qualifier', 'period_start', 'period_end', 'status'],
    'projects': ['doc_id', 'project_id', 'name', 'char_start', 'char_end', 'section_id',
                 'sentence', 'action', 'stage', 'status', 'period_start', 'period_end'],
}
FLOAT_COLS = {'value', 'value_base'}


def cell(col, v):
    if v is None:
        return ''
    if col in FLOAT_COLS:
        return fmt_float(v)
    return str(v)


def write(name, rows):
    path = os.path.join(HERE, name + '.csv')
    with open(path, 'w', encoding='utf-8-sig', newline='') as f:
        w = csv.writer(f, lineterminator='\r\n')
        w.writerow(COLS[name])
        for r in rows:
            r = dict(r)
            r['doc_id'] = DOC_ID
            w.writerow([cell(c, r.get(c)) for c in COLS[name]])
    return path


for nm, rows in [('documents', documents), ('sections', sections), ('indicators', indicators),
                 ('projects', projects)]:
    write(nm, rows)


# ---------------------------------------------------------------------------
# Self-check: read back and verify spans
# ---------------------------------------------------------------------------
def read(name):
    with open(os.path.join(HERE, name + '.csv'), encoding='utf-8-sig', newline='') as f:
        return list(csv.DictReader(f))


back = {nm: read(nm) for nm in COLS}
for r in back['indicators']:
    assert text[int(r['char_start']):int(r['char_end'])] == r['surface']
    assert '**' not in r['sentence'] and r['surface'] in r['sentence']
for r in back['projects']:
    written = text[int(r['char_start']):int(r['char_end'])]
    assert written == r['name'] or written in r['name'], r
    assert '**' not in r['sentence'] and written in r['sentence']
for r in back['sections']:
    st = int(r['char_start'])
    assert text.startswith(r['marker'] + r['heading'], st)
assert [int(r['mention_id']) for r in back['indicators']] == list(range(1, len(indicators) + 1))
assert [int(r['project_id']) for r in back['projects']] == list(range(1, len(projects) + 1))


# ---------------------------------------------------------------------------
# Sweep: every digit run in the body (glossary included) is either inside a row's span or listed
# as an exclusion in NOTES.md.  Run with -x to print the leftovers.
# ---------------------------------------------------------------------------
def covered(pos):
    for r in indicators:
        if r['char_start'] <= pos < r['char_end']:
            return True
    return False


def uncovered_digits():
    out = []
    for m in re.finditer(r'[0-9]+(?:\.[0-9]+)?', text[BODY_START:]):
        p = BODY_START + m.start()
        if not covered(p):
            out.append((p, m.group(), text[max(0, p - 12):p + 14].replace('\n', '⏎')))
    return out


# The uncovered digit runs, each an exclusion listed in NOTES.md
EXPECTED_UNCOVERED = [
    '2013',                    # 一、2013年工作回顾 (heading)
    '2013',                    # 2013年，在省委…: date
    '4',                       # 增加额连续4年超过100亿元: streak
    '3', '4',                  # 华润（赤壁）电厂3号、4号机组: names
    '18.7', '48.7', '32.6',    # 三次产业结构调整为18.7：48.7：32.6: shares with no unit
    '1',                       # 以全省第1名的成绩: rank
    '2014', '2014',            # 二、2014年工作安排 / 2014年是…: dates
    '5',                       # 力争5A景区创建: grade
    '4',                       # 4G网络: name
    '500', '500',              # 世界500强、国内500强: names (rank lists)
    '107',                     # 107国道: name
    '1', '2', '3', '4', '5', '6', '7', '8',   # （1）…（8）: list marks of the 十件实事
    '120',                     # 市城区120急救体系: name
    '9', '10',                 # （9）, （10）: list marks
    # ---- 名词解释 ----
    '1', '2013', '5', '4',     # entry 1; 2013年 (date); 5分制, 4分 (a grade on a 5-point scale)
    '2', '3', '4', '5',        # entry numbers
    '1', '10',                 # 工行按基金1:10放大: a scheme's leverage rule, written 1:N
    '6', '7', '8', '9', '10', '11', '12', '13', '14', '15', '16',
    '17', '4',                 # 17、4G: entry number, name
    '18', '19', '20',
    '2005',                    # 商务部2005年: date
    '21', '22', '23', '24', '25', '26', '27', '28',
    '20', '60', '1963',        # 20世纪60年代初, 1963年: dates
]
if EXPECTED_UNCOVERED is not None:
    got = [d for _, d, _ in uncovered_digits()]
    assert got == EXPECTED_UNCOVERED, uncovered_digits()

if __name__ == '__main__':
    print({'n_chars': N, **{nm: len(v) for nm, v in back.items()}})
    if '-s' in sys.argv:
        from collections import Counter
        ci = Counter(int(r['section_id']) for r in back['indicators'])
        cp = Counter(int(r['section_id']) for r in back['projects'])
        for s_ in sections:
            print(s_['section_id'], s_['parent_id'], s_['level'], (s_['marker'] or '') + s_['heading'],
                  s_['char_start'], s_['char_end'],
                  'ind=%d prj=%d' % (ci[s_['section_id']], cp[s_['section_id']]))
    if '-x' in sys.argv:
        for p, d, ctx in uncovered_digits():
            print(p, d, ctx)
    if '-v' in sys.argv:
        for r in back['indicators']:
            per = '%s-%s' % (r['period_start'], r['period_end'])
            print(' | '.join([r['mention_id'], r['surface'], r['subject'], r['indicator'] or '-',
                              r['measure'], r['value'], r['unit'], r['value_base'],
                              r['unit_base'], r['dimension'], r['qualifier'], per, r['status'],
                              'S' + r['section_id']]))
            print('      ' + r['sentence'])
        for r in back['projects']:
            print(' | '.join([r['project_id'], r['name'], r['action'] or '-', r['stage'] or '-',
                              r['status'], '%s-%s' % (r['period_start'], r['period_end']),
                              'S' + r['section_id']]))
            print('      ' + r['sentence'])
