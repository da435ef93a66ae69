#!/usr/bin/env python3
"""Hand-checked blind gold (reconciled from annotators A and B) of lawtext-sample/provincial/青海省/2017.md
(政府工作报告, 代省长 王建军, 2017-01-15, 青海省第十二届人民代表大会第六次会议).

Standard library only.  Regenerates documents.csv, sections.csv, indicators.csv and projects.csv in
this folder.

The source is Markdown: YAML front matter (--- … ---, `source` and `title`), a header (subtitle
——2017年1月15日在青海省第十二届人民代表大会第六次会议上, the bold speaker line **代省长 王建军**,
**各位代表**：, 现在，我代表省人民政府…), three level-1 parts on bold lines (**一、2016年工作回顾**,
**二、2017年工作总体安排**, **三、需要抓好的重点工作任务**) and bold level-2 headings （一）… in parts
一 and 三 (on lines of their own, except 一、（四）, which is run in: **（四）生态环境持续向好**。我们…).
No glossary, no annex.  Offsets count code points of the whole decoded file (BOM removed, nothing else
changed), front matter and markup included.

Every annotation is written by hand: the exact surface (or written name) plus an *anchor*, a string
that occurs exactly once in its paragraph and contains the surface.  Offsets are found with str.find
and asserted (text[char_start:char_end] == surface).

Blind: A and B wrote their annotations independently from the report text, DATASET.md, the README's
conventions, the dict/ word lists and the earlier golds only; the reconciler started from A's script and
applied the decisions in NOTES.md (Reconciliation).  gwr was not built or run, no gwr output and no src/
was read.

Source path: ../../../raw/lawtext-sample/provincial/青海省/2017.md relative to this script (the layout
of tests/gold/<name>/); the environment variable GWR_SRC overrides it.
Options: -v prints every row with its sentence, -s the outline with row counts per section,
-x every digit run of the body outside an indicator span.
"""
import csv
import os
import re
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_PATH = 'lawtext-sample/provincial/青海省/2017.md'
SRC = os.environ.get('GWR_SRC') or os.path.normpath(
    os.path.join(HERE, '..', '..', '..', 'raw', *SOURCE_PATH.split('/')))
DOC_ID = 'lawtext-sample/provincial/青海省/2017'
REPORT_YEAR = 2017

raw = open(SRC, 'rb').read()
text = raw.decode('utf-8')
if text.startswith('\ufeff'):
    text = text[1:]
N = len(text)
assert N == 13751, N
WS = ' \t\r\n\u3000'


def find_unique(s, start=0, end=None):
    end = N if end is None else end
    i = text.find(s, start, end)
    assert i >= 0, 'not found: %r' % s
    j = text.find(s, i + 1, end)
    assert j < 0, 'anchor not unique: %r (at %d and %d)' % (s, i, j)
    return i


def line_end(pos):
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
assert front == {'source': 'http://www.qinghai.gov.cn/xxgk/xxgk/gzbg/201712/t20171225_26878.html',
                 'title': '政府工作报告'}, front

# ---------------------------------------------------------------------------
# Sections (the method of tests/gold/outline_gold.py, inlined: this folder has no outline_gold).
#   A bold heading starts at its marker, after the **; a section runs to the next heading of the
#   same or a higher level (the ** before the next marker belongs to that heading's line), trailing
#   blanks excluded.  Level-2 heading = text up to the first 。 (left out), markup left out.
#   Part 一: （一）（二）（三）（五）（六） stand on lines of their own and are followed by their
#   paragraphs; only （四） is run in.  The README refinement (run-in lists of single paragraphs) needs
#   the headings of the part to be run in, so it does not apply: each （N） runs to the next heading,
#   and （六） takes in the 民生10件实事 / 一年来 / thanks / 不足 paragraphs up to 二、.
#   Part 二 has no numbered items (its bold 今年政府工作的总体要求是： / 主要预期目标是： / 有三个方面
#   需要用心把握： are run-in paragraph leads; 一是…三是 are paragraph heads).
#   Part 三: （一）…（七） on lines of their own; （七） runs to the end of the file (closing paragraph).
# ---------------------------------------------------------------------------
SPEC = [  # (level, marker, heading, anchor beginning with the marker)
    (1, '一、', '2016年工作回顾', '一、2016年工作回顾**'),
    (2, '（一）', '经济结构持续优化', '（一）经济结构持续优化**。'),
    (2, '（二）', '基础设施持续加强', '（二）基础设施持续加强**。'),
    (2, '（三）', '协调发展持续提升', '（三）协调发展持续提升。**'),
    (2, '（四）', '生态环境持续向好', '（四）生态环境持续向好**。我们坚持'),
    (2, '（五）', '改革开放持续深化', '（五）改革开放持续深化**。'),
    (2, '（六）', '民生福祉持续增进', '（六）民生福祉持续增进。**'),
    (1, '二、', '2017年工作总体安排', '二、2017年工作总体安排**'),
    (1, '三、', '需要抓好的重点工作任务', '三、需要抓好的重点工作任务**'),
    (2, '（一）', '进一步推进改革创新，促进体制机制更加充满活力',
     '（一）进一步推进改革创新，促进体制机制更加充满活力。**'),
    (2, '（二）', '进一步扩大项目投资，促进支撑保障更加强劲有力',
     '（二）进一步扩大项目投资，促进支撑保障更加强劲有力。**'),
    (2, '（三）', '进一步强化生态文明，促进绿色发展更加扎实有效',
     '（三）进一步强化生态文明，促进绿色发展更加扎实有效。**'),
    (2, '（四）', '进一步统筹城乡区域，促进全域青海整体功能更加协调',
     '（四）进一步统筹城乡区域，促进全域青海整体功能更加协调。**'),
    (2, '（五）', '进一步保障和改善民生，促进社会更加和谐稳定',
     '（五）进一步保障和改善民生，促进社会更加和谐稳定。**'),
    (2, '（六）', '进一步增强内外联动，促进开放合作更加充满生机活力',
     '（六）进一步增强内外联动，促进开放合作更加充满生机活力**。'),
    (2, '（七）', '进一步加强自身建设，促进政府工作更加公正务实有为',
     '（七）进一步加强自身建设，促进政府工作更加公正务实有为。**'),
]
BODY_END = rstrip_end(N)   # no page junk after the closing paragraph
starts = []
for lvl, marker, head, anchor in SPEC:
    st = find_unique(anchor)
    assert text.startswith(marker + head, st), (marker, head)
    assert text[line_start(st):st] == '**', anchor       # every heading here is bold
    starts.append(st)
assert starts == sorted(starts)
sections = []
for k, (lvl, marker, head, anchor) in enumerate(SPEC):
    st = starts[k]
    nxt = BODY_END
    for k2 in range(k + 1, len(SPEC)):
        if SPEC[k2][0] <= lvl:
            nxt = starts[k2]
            ls = line_start(nxt)
            if text[ls:nxt].strip(WS + '*#>') == '':
                nxt = ls
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


def section_of(pos):
    best = None
    for s_ in sections:
        if s_['char_start'] <= pos < s_['char_end']:
            if best is None or s_['level'] > best['level']:
                best = s_
    assert best is not None, pos
    return best['section_id']


# ---------------------------------------------------------------------------
# Sentences: split after 。！？； (terminator kept) and at line breaks; markup ** removed
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
    ls = line_start(i)
    assert text[ls:i].strip('*') == '', anchor
    return ls, line_end(i)


# ---------------------------------------------------------------------------
# Periods / status
# ---------------------------------------------------------------------------
Y16 = (2016, 2016, 'actual')    # part 一 (2016年工作回顾, 一年来, 过去一年)
T17 = (2017, 2017, 'target')    # parts 二 and 三 (2017年工作总体安排; 今年; 三、 continues 二、)

# ---------------------------------------------------------------------------
# Indicators
# ---------------------------------------------------------------------------
MULT = [('万', Decimal(10) ** 4), ('亿', Decimal(10) ** 8)]
# written unit (after the multiplier) -> (unit_base, factor to unit_base, dimension)
BASE_UNITS = {
    '%': ('%', 1, 'percent'),
    '元': ('元', 1, 'currency'),
    '吨': ('吨', 1, 'mass'),
    '千瓦': ('千瓦', 1, 'energy'),
    '公里': ('公里', 1, 'length'),
    '人': ('人', 1, 'count'), '人次': ('人次', 1, 'count'),
    '群众': ('人', 1, 'count'),       # 39.4万群众: noun after 万 joins span and unit (README)
    '贫困人口': ('人', 1, 'count'),   # 14万贫困人口 (README: 3.3万贫困人口 → 万贫困人口, 人)
    '户': ('户', 1, 'count'), '家': ('家', 1, 'count'), '个': ('个', 1, 'count'),
    '项': ('项', 1, 'count'), '条': ('条', 1, 'count'), '套': ('套', 1, 'count'),
    '件': ('件', 1, 'count'), '所': ('所', 1, 'count'), '例': ('例', 1, 'count'),
    '座': ('座', 1, 'count'),
}
INDICATOR_CODES = {
    'gdp', 'gdp_per_capita', 'industrial_output', 'industrial_value_added',
    'fixed_asset_investment', 'retail_sales', 'disposable_income', 'disposable_income_urban',
    'disposable_income_rural', 'energy_intensity', 'foreign_trade', 'foreign_investment',
    'budget_revenue', 'new_urban_jobs', 'unemployment_rate', 'cpi', 'rd_intensity',
    'good_air_days', 'forest_coverage', 'tourism_revenue', 'grain_output', 'deficit_ratio',
    # extension codes of dict/indicator_codes.tsv (README "Indicator codes")
    'private_investment', 'airport_passenger_throughput', 'urbanization_rate'}
MEASURE_CODE = {'A': 'amount', 'G': 'growth_rate', 'AG': 'avg_growth_rate', 'R': 'ratio'}
QUAL_CODE = {'E': 'exact', 'AP': 'approx', 'AL': 'at_least', 'AM': 'at_most'}

GDP = 'gdp'
FAI = 'fixed_asset_investment'
BUD = 'budget_revenue'
JOBS = 'new_urban_jobs'
AIR = 'good_air_days'
TOUR = 'tourism_revenue'

# Each block: (paragraph anchor, (period_start, period_end, status), [records])
# record: (anchor, surface, subject, indicator, measure, qualifier[, extra])
#   measure: A=amount G=growth_rate AG=avg_growth_rate R=ratio
#   qualifier: E=exact AP=approx AL=at_least AM=at_most
#   extra (optional dict): per=(start, end, status) override; val/unit for a Chinese numeral;
#   noq=True skips the qualifier cross-check
IND_BLOCKS = [
    # ================= section 1: 一、2016年工作回顾 (2016, actual) =================
    ('2016年对青海来讲具有里程碑意义', Y16, [
        ('地区生产总值2572.49亿元', '2572.49亿元', '地区生产总值', GDP, 'A', 'E'),
        ('比上年增长8%', '8%', '地区生产总值', GDP, 'G', 'E'),
        ('同口径增长8.3%', '8.3%', '地方公共财政收入', BUD, 'G', 'E'),
        ('投资增长10.9%', '10.9%', '全社会固定资产投资', FAI, 'G', 'E'),
        ('总额增长11%', '11%', '社会消费品零售总额', 'retail_sales', 'G', 'E'),
        ('收入增长9.4%', '9.4%', '全体居民人均可支配收入', 'disposable_income', 'G', 'E'),
    ]),
    # ---- section 2: （一）经济结构持续优化 ----
    ('我们坚持调整存量、优化增量', Y16, [
        ('化解59万吨', '59万吨', '化解钢铁、煤炭过剩产能', None, 'A', 'E'),
        ('下降25.6%', '25.6%', '商品住房库存面积', None, 'G', 'E'),
        ('近60亿元', '60亿元', '累计降低企业各类成本', None, 'A', 'AP'),
        ('14.8%', '14.8%', '新材料', None, 'G', 'E'),
        ('35.1%', '35.1%', '装备制造业', None, 'G', 'E'),
        ('突破300亿元', '300亿元', '旅游总收入', TOUR, 'A', 'AL'),
        ('一产投资增长7.4%', '7.4%', '一产投资', None, 'G', 'E'),
        ('三产投资增长31.5%', '31.5%', '三产投资', None, 'G', 'E'),
        ('比重达到58.6%', '58.6%', '三产投资比重', None, 'R', 'E'),
        ('民间投资增长9.4%', '9.4%', '民间投资', 'private_investment', 'G', 'E'),
    ]),
    # ---- section 3: （二）基础设施持续加强 ----
    ('我们坚持立足当前、着眼长远', Y16, [
        # a completion predicate keeps the bare noun (README: 三条主干道路建成通车)
        ('9个重点公路项目', '9个', '重点公路项目', None, 'A', 'E'),
        ('接近700万千瓦', '700万千瓦', '光伏装机', None, 'A', 'AP'),
    ]),
    # ---- section 4: （三）协调发展持续提升 ----
    ('我们坚持城乡一体、区域协同', Y16, [
        ('16个美丽城镇', '16个', '美丽城镇', None, 'A', 'E'),
        ('300个高原美丽乡村建设年度任务', '300个', '高原美丽乡村', None, 'A', 'E'),
        ('7000公里', '7000公里', '新建改建农村公路', None, 'A', 'E'),
        ('39.4万群众', '39.4万群众', '饮水标准显著提高的群众', None, 'A', 'E'),
        ('151个', '151个', '村基层综合性文化服务中心建设', None, 'A', 'E'),
    ]),
    # ---- section 5: （四）生态环境持续向好 (run in) ----
    ('（四）生态环境持续向好**。我们坚持', Y16, [
        ('达到75.5%', '75.5%', '主要城市空气质量优良天数比例', AIR, 'R', 'E'),
        ('比例达83.3%', '83.3%', '湟水河出省断面Ⅳ类水质比例', None, 'R', 'E'),
        # 预计: a preliminary result of 2016, not a goal (README)
        ('下降6%左右', '6%', '全省单位生产总值能耗', 'energy_intensity', 'G', 'AP'),
    ]),
    # ---- section 6: （五）改革开放持续深化 ----
    ('我们坚持夯基垒台、立柱架梁', Y16, [
        ('审批409项', '409项', '削减和下放行政审批', None, 'A', 'E'),
        ('超过7.3万户', '7.3万户', '新增市场主体', None, 'A', 'AL'),
        ('达到101.1%', '101.1%', '省属国有资产保值增值率', None, 'R', 'E'),
        ('10个政府引导基金', '10个', '设立政府引导基金', None, 'A', 'E'),
        ('突破600亿元', '600亿元', '直接融资', None, 'A', 'AL'),
        ('达到6条', '6条', '国际航线', None, 'A', 'E'),
        ('突破500万人次', '500万人次', '航空旅客吞吐量', 'airport_passenger_throughput', 'A', 'AL'),
        ('755亿元', '755亿元', '招商引资到位资金', None, 'A', 'E'),
        ('增长10.8%', '10.8%', '招商引资到位资金', None, 'G', 'E'),
    ]),
    # ---- section 7: （六）民生福祉持续增进 ----
    ('我们坚持把保障和改善民生作为', Y16, [
        ('支出的75.5%', '75.5%', '民生支出占财政总支出', None, 'R', 'E'),
        # exit predicate names the things counted (README round 15; 实现 kept as in 实现“无违”创建的街镇)
        ('6个县', '6个', '“脱贫摘帽”的县', None, 'A', 'E'),  # R-I3: 实现 only reports
        ('400个村', '400个', '“脱贫摘帽”的村', None, 'A', 'E'),
        ('11万人', '11万人', '脱贫人口', None, 'A', 'E'),  # R-I4: README 147万人脱贫 → 脱贫人口
        ('6.35万人', '6.35万人', '新增城镇就业', JOBS, 'A', 'E'),
        ('119万人次', '119万人次', '农牧区劳动力转移就业', None, 'A', 'E'),
        ('控制在3.1%', '3.1%', '城镇登记失业率', 'unemployment_rate', 'R', 'E'),
        ('就业率达89%', '89%', '高校毕业生总体就业率', None, 'R', 'E'),
        ('创业园34家', '34家', '建成各类创业孵化基地、创业园', None, 'A', 'E'),
        ('达到98.2%', '98.2%', '广播电视综合人口覆盖率', None, 'R', 'E'),
        ('8.06万套', '8.06万套', '城镇棚户区住房改造', None, 'A', 'E'),
        ('6.5万户', '6.5万户', '农牧民危旧房改造', None, 'A', 'E'),
        ('控制在1.8%', '1.8%', '居民消费价格', 'cpi', 'G', 'E'),
    ]),
    ('各位代表，在省十二届人大五次会议上', Y16, [
        ('民生10件实事', '10件', '民生实事', None, 'A', 'E'),
        ('等13项', '13项', '民生指标调标任务', None, 'A', 'E'),
    ]),
    ('一年来，我们坚定自觉地', Y16, [
        ('草案6件', '6件', '向省人大常委会提交地方性法规草案', None, 'A', 'E'),
        ('规章4件', '4件', '制定政府规章', None, 'A', 'E'),
        ('457件', '457件', '省人大代表建议', None, 'A', 'E'),
        ('316件', '316件', '省政协委员提案', None, 'A', 'E'),
    ]),
    # ================= section 8: 二、2017年工作总体安排 (2017, target) =================
    ('**按照上述总体要求，经济社会发展的主要预期目标是**', T17, [
        ('增长7.5%左右', '7.5%', '生产总值', GDP, 'G', 'AP'),
        ('投资增长10%', '10%', '全社会固定资产投资', FAI, 'G', 'E'),
        ('总额增长10%以上', '10%', '社会消费品零售总额', 'retail_sales', 'G', 'AL'),
        ('同口径增长8%', '8%', '地方公共财政收入', BUD, 'G', 'E'),
        ('增长5%', '5%', '进出口总值', 'foreign_trade', 'G', 'E'),
        ('增长20%以上', '20%', '旅游总收入', TOUR, 'G', 'AL'),
        ('收入增长9%', '9%', '城乡居民人均可支配收入', 'disposable_income', 'G', 'E'),
        ('就业6万人', '6万人', '新增城镇就业', JOBS, 'A', 'E'),
        ('105万人次', '105万人次', '农牧区劳动力转移就业', None, 'A', 'E'),
        ('3%以内', '3%', '物价', 'cpi', 'G', 'AM'),
        ('达到84%', '84%', '全省空气质量优良天数比例', AIR, 'R', 'E'),
        ('达到76%', '76%', '主要城市空气质量优良天数比例', AIR, 'R', 'E'),
        ('83.3%以上', '83.3%', '湟水河出省断面Ⅳ类水质比例', None, 'R', 'AL'),
    ]),
    # ================= section 10: 三、（一）改革创新 (2017, target) =================
    ('深化供给侧结构性改革。严格执行', T17, [
        ('132万吨', '132万吨', '压减煤炭产能', None, 'A', 'E'),
        ('50亿元以上', '50亿元', '降低企业成本', None, 'A', 'AL'),
    ]),
    # ================= section 11: （二）扩大项目投资 =================
    ('统筹实施一批重大基础设施建设工程', T17, [
        ('推进两个', '两个', '“千万千瓦级”可再生能源基地', None, 'A', 'E',  # R-I5
         {'val': 2, 'unit': '个'}),
        ('光伏装机100万千瓦', '100万千瓦', '新安排太阳能光伏装机', None, 'A', 'E'),
        ('风电装机100万千瓦以上', '100万千瓦', '新安排风电装机', None, 'A', 'AL'),
        ('4个光热发电项目', '4个', '国家确定的光热发电项目', None, 'A', 'E'),  # R-I5
    ]),
    # ================= section 12: （三）生态文明 =================
    ('加强生态文明制度建设。', T17, [
        ('30项', '30项', '三江源国家公园体制试点重大任务', None, 'A', 'E'),  # R-I6: owner of the clause before
        ('10亿元', '10亿元', '三江源国家公园体制试点基础设施项目', None, 'A', 'E'),
        ('500个村庄', '500个', '实施农村环境综合整治的村庄', None, 'A', 'E'),
    ]),
    # ================= section 13: （四）城乡区域 =================
    ('加快推进以人为核心的新型城镇化', T17, [
        # a count summing up the list 门源、民和、互助 (hubei-2017: 武汉、襄阳、宜昌三个片区)
        ('等三个民族自治县', '三个', '民族自治县', None, 'A', 'E', {'val': 3, 'unit': '个'}),
        ('16个美丽城镇', '16个', '建设美丽城镇', None, 'A', 'E'),
        ('300个高原美丽乡村', '300个', '建设高原美丽乡村', None, 'A', 'E'),
    ]),
    # ================= section 14: （五）民生 =================
    ('推进脱贫攻坚，破解民生', T17, [
        ('11个贫困县', '11个', '摘帽的贫困县', None, 'A', 'E'),
        ('500个贫困村', '500个', '退出的贫困村', None, 'A', 'E'),
        ('14万贫困人口', '14万贫困人口', '脱贫的贫困人口', None, 'A', 'E'),
    ]),
    ('顺应群众新期待', T17, [
        ('民生10件实事', '10件', '民生实事', None, 'A', 'E'),
        ('8万人次', '8万人次', '城乡劳动力技能培训', None, 'A', 'E'),
        ('85%以上', '85%', '高校毕业生就业率', None, 'R', 'AL'),
        ('5000人左右', '5000人', '机关事业单位招考', None, 'A', 'AP'),
        ('提高50元，新建', '50元', '公用经费补助标准提高', None, 'A', 'E'),
        ('75所', '75所', '新建及改扩建公办幼儿园', None, 'A', 'E'),
        ('提高15元', '15元', '城乡居民基础养老金月人均标准提高', None, 'A', 'E'),
        ('提高50元、', '50元', '城市低保月人均标准提高', None, 'A', 'E'),
        ('350元', '350元', '农村低保年人均标准提高', None, 'A', 'E'),
        ('200所', '200所', '配齐配强卫生室的学校', None, 'A', 'E'),
        ('2000例', '2000例', '免费治疗结核病', None, 'A', 'E'),
        ('100万人', '100万人', '筛查包虫病重点人群', None, 'A', 'E'),
        ('6000公里', '6000公里', '改扩建农村公路', None, 'A', 'E'),
        ('200座', '200座', '建成便民桥涵', None, 'A', 'E'),
        ('提高20元', '20元', '高龄补贴月人均标准提高', None, 'A', 'E'),
        ('30个', '30个', '新建社区老年人日间照料中心', None, 'A', 'E'),
        ('10个医养', '10个', '新建医养融合服务机构', None, 'A', 'E'),
        ('700个', '700个', '基层综合性文化服务中心建设项目', None, 'A', 'E'),
        ('5.6万户', '5.6万户', '棚户区改造', None, 'A', 'E'),
        ('和6万户', '6万户', '农牧区危旧房改造项目', None, 'A', 'E'),
    ]),
    # ================= section 15: （六）开放合作 =================
    ('促进外贸稳定增长。', T17, [
        ('等三个出口基地', '三个', '打造出口基地', None, 'A', 'E', {'val': 3, 'unit': '个'}),
    ]),
]

QUAL_WORDS_AFTER = {'以上': 'at_least', '左右': 'approx', '以内': 'at_most', '以下': 'at_most'}
QUAL_WORDS_BEFORE = {'突破': 'at_least', '超过': 'at_least', '超': 'at_least', '逾': 'at_least',
                     '迈上': 'at_least', '不低于': 'at_least', '不少于': 'at_least',
                     '约': 'approx', '近': 'approx', '不超过': 'at_most', '低于': 'at_most'}
GROWTH_WORDS = ('增长', '增速', '增幅', '涨幅', '上涨', '提高', '提升')
DECREASE_WORDS = ('下降', '减少', '降低', '精简', '压减', '缩减', '削减', '压缩')


def split_unit(unit):
    mult = ''
    for mw, _ in MULT:
        if unit.startswith(mw) and unit[len(mw):] in BASE_UNITS:
            mult = mw
            break
    wbase = unit[len(mult):]
    assert wbase in BASE_UNITS, (unit, wbase)
    return mult, wbase


def parse_surface(surface):
    """-> (value Decimal, unit as written without 余/多, multiplier word or '', written base unit,
    approximate marker 余/多 or '')"""
    m = re.match(r'^([0-9]+(?:\.[0-9]+)?)(余|多)?(万|亿)?(余|多)?(.*)$', surface)
    assert m, surface
    num = m.group(1)
    approx = (m.group(2) or '') + (m.group(4) or '')
    mult = m.group(3) or ''
    wbase = m.group(5)
    assert wbase in BASE_UNITS, (surface, wbase)
    return Decimal(num), mult + wbase, mult, wbase, approx


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
        assert BODY_START <= st and en <= BODY_END
        assert not text[st - 1].isdigit() and text[st - 1] not in './', surface
        assert not text[en].isdigit() if en < N else True, surface
        measure = MEASURE_CODE[mcode]
        qual = QUAL_CODE[qcode]
        approx_mark = ''
        if 'val' in extra:
            value = Decimal(extra['val'])
            unit = extra['unit']
            mult, wbase = split_unit(unit)
            assert surface.endswith(unit[-1:]), (surface, unit)
        else:
            assert not surface[-1].isdigit(), surface
            value, unit, mult, wbase, approx_mark = parse_surface(surface)
        unit_base, factor, dim = BASE_UNITS[wbase]
        mult_f = dict(MULT)[mult] if mult else 1
        vb = value * mult_f * factor
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
            assert unit_base in ('%', '倍'), surface
        if unit_base in ('%', '倍'):
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
    # ================= section 1: 2016 (actual) =================
    ('我们坚持立足当前、着眼长远', Y16, [
        ('格敦铁路饮马峡至马海段', '格敦铁路饮马峡至马海段', None, '开通运营', 'completed'),
        ('“畅通西宁”工程进展顺利', '“畅通西宁”工程', None, '进展顺利', 'ongoing'),
        # an airport opened to air traffic: completed (通航 alone is not in the dict's list)
        ('果洛机场通航', '果洛机场', None, '通航', 'completed'),
        # master plan approved: planning work (规划)
        ('曹家堡机场总体规划获批', '曹家堡机场', None, '总体规划获批', 'planned'),
        ('引大济湟调水总干渠', '引大济湟调水总干渠', None, '开闸通水', 'completed'),
        # canals of 引大济湟 borrowing its name (contract: 海康威视三期); the plan writes 引大济湟西干渠
        ('西干渠和北干二期', '西干渠', '引大济湟西干渠', '开工建设', 'started'),
        ('和北干二期', '北干二期', '引大济湟北干二期', '开工建设', 'started'),
        ('蓄集峡水利枢纽、黄河干流防洪', '蓄集峡水利枢纽', None, '全面推进', 'ongoing'),
        ('、黄河干流防洪、', '黄河干流防洪', None, '全面推进', 'ongoing'),
        ('拉西瓦灌溉等', '拉西瓦灌溉', None, '全面推进', 'ongoing'),
        ('果洛三县联网工程', '果洛三县联网工程', None, '圆满完成', 'completed'),
    ]),
    ('我们坚持城乡一体、区域协同', Y16, [
        ('农村饮水安全巩固提升工程全面启动', '农村饮水安全巩固提升工程', None, '全面启动', 'started'),
        ('平安与振兴工程', '平安与振兴工程', None, '持续推进', 'ongoing'),
    ]),
    ('（四）生态环境持续向好**。我们坚持', Y16, [
        ('三江源二期、祁连山', '三江源二期', None, '加快实施', 'ongoing'),
        # a bare place before 等 + a kind graded by 重点: completed without the grade (README)
        ('、祁连山、', '祁连山', '祁连山生态工程', '加快实施', 'ongoing'),
        ('退耕还林', '退耕还林', None, '加快实施', 'ongoing'),
        ('天然林保护', '天然林保护', None, '加快实施', 'ongoing'),
        ('木里矿区生态环境整治完成', '木里矿区生态环境整治', None, '完成阶段性任务', 'ongoing'),
    ]),
    ('我们坚持夯基垒台、立柱架梁', Y16, [
        ('青海大学综合实力提升工程', '青海大学综合实力提升工程', None, '全面启动', 'started'),
        ('曹家堡保税物流中心', '曹家堡保税物流中心', None, '正式封关运营', 'completed'),
    ]),
    ('我们坚持把保障和改善民生作为', Y16, [
        ('青海师范大学新校区', '青海师范大学新校区', None, '建成投用', 'completed'),
        ('三江源民族中学', '三江源民族中学', None, '建成投用', 'completed'),
        ('安多藏语译制中心', '安多藏语译制中心', None, '建成投用', 'completed'),
    ]),
    # ================= section 10: （一）改革创新 (2017, target) =================
    ('深入实施创新驱动发展战略。', T17, [
        ('“双倍增”工程', '“双倍增”工程', None, '扎实推进', 'ongoing'),
        ('“1020”生态农牧业重大科技支撑工程', '“1020”生态农牧业重大科技支撑工程', None,
         '组织实施', 'ongoing'),
    ]),
    # ================= section 11: （二）扩大项目投资 =================
    ('统筹实施一批重大基础设施建设工程', T17, [
        ('花石峡至久治高速公路', '花石峡至久治高速公路', None, '全面建成', 'completed'),
        ('力促格敦铁路', '格敦铁路', None, '竣工', 'completed'),
        ('祁连机场', '祁连机场', None, '竣工', 'completed'),
        ('格尔木机场改扩建工程', '格尔木机场改扩建工程', None, '竣工', 'completed'),
        ('格库铁路', '格库铁路', None, '加快建设', 'ongoing'),
        # 抓紧 (press ahead) read like 加快: ongoing
        ('西宁机场三期扩建', '西宁机场三期扩建', None, '抓紧', 'ongoing'),
        ('西成铁路', '西成铁路', None, '开工建设', 'started'),
        ('曹家堡铁路物流基地', '曹家堡铁路物流基地', None, '开工建设', 'started'),
        ('格尔木铁路交通枢纽', '格尔木铁路交通枢纽', None, '开工建设', 'started'),
        ('环西宁市交通路网体系升级改造', '环西宁市交通路网体系升级改造', None, '启动', 'started'),
        ('西宁城市轨道交通1号线', '西宁城市轨道交通1号线', None, '加大前期工作力度', 'planned'),
        ('“畅通西宁”工程', '“畅通西宁”工程', None, '继续实施', 'ongoing'),
        ('积石峡灌区', '积石峡灌区', None, '尽早建成', 'completed'),
        ('黄河干流防洪等工程', '黄河干流防洪', None, '尽早建成', 'completed'),
        ('引大济湟西干渠', '引大济湟西干渠', None, '全面推开建设', 'ongoing'),
        ('北干二期等工程', '北干二期', '引大济湟北干二期', '全面推开建设', 'ongoing'),
        ('那棱格勒河水利枢纽工程', '那棱格勒河水利枢纽工程', None, '开工建设', 'started'),
        ('加快推进蓄集峡水利枢纽', '蓄集峡水利枢纽', None, '加快推进建设', 'ongoing'),
        ('拉西瓦灌溉工程', '拉西瓦灌溉工程', None, '加快推进建设', 'ongoing'),
        ('农村饮水安全巩固提升工程', '农村饮水安全巩固提升工程', None, '持续实施', 'ongoing'),
    ]),
    # ================= section 12: （三）生态文明 =================
    ('加强生态文明制度建设。', T17, [
        ('抓好三江源二期', '三江源二期', None, '抓好实施', 'ongoing'),
        ('祁连山保护建设', '祁连山保护建设', None, '抓好实施', 'ongoing'),
        ('南北山绿化', '南北山绿化', None, '抓好实施', 'ongoing'),
        ('环湖地区生态保护与治理二期工程', '环湖地区生态保护与治理二期工程', None, '启动', 'started'),
        ('“三滩”引水综合治理', '“三滩”引水综合治理', None, '抓好前期', 'planned'),
        ('湟水河全流域综合治理', '湟水河全流域综合治理', None, '谋划实施', 'planned'),
        # the works of 2016 to be consolidated: named, no stage
        ('木里矿区生态环境综合整治', '木里矿区生态环境综合整治', None, '巩固成果', None),
    ]),
    # ================= section 14: （五）民生 =================
    ('推进脱贫攻坚，破解民生', T17, [
        ('义务教育全面改薄工程', '义务教育全面改薄工程', None, '继续实施', 'ongoing'),
        ('实施文化惠民工程', '文化惠民工程', None, '实施', 'ongoing'),
        ('实施文明细胞工程', '文明细胞工程', None, '实施', 'ongoing'),
    ]),
    # ================= section 15: （六）开放合作 =================
    ('深化“一带一路”务实合作。', T17, [
        ('青藏国际陆港项目', '青藏国际陆港项目', None, '实施', 'ongoing'),
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
        assert BODY_START <= st and en <= BODY_END
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

# No project span holds an indicator row (三县, 二期, 1020, 1号线 are names).
for p in projects:
    for r in indicators:
        assert not (p['char_start'] <= r['char_start'] < p['char_end']), (p['name'], r['surface'])


# ---------------------------------------------------------------------------
# Documents
# ---------------------------------------------------------------------------
HEADER = text[FM_END:BODY_START]
assert '\n——2017年1月15日在青海省第十二届人民代表大会第六次会议上\n' in HEADER
assert '\n**代省长 王建军**\n' in HEADER
documents = [dict(
    doc_id=DOC_ID, source_path=SOURCE_PATH,
    title='政府工作报告',                 # the front matter's title; the file has no title line
    source_url=front['source'],
    region='青海省', admin_level='province',
    report_year=REPORT_YEAR, delivered_on='2017-01-15',
    meeting='青海省第十二届人民代表大会第六次会议',
    speaker='王建军', speaker_title='代省长')]

# ---------------------------------------------------------------------------
# Write CSVs
# ---------------------------------------------------------------------------
COLS = {
    'documents': ['doc_id', 'source_path', 'title', 'source_url', 'region', 'admin_level',
                  'report_year', 'delivered_on', 'meeting', 'speaker', 'speaker_title'],
    'sections': ['doc_id', 'section_id', 'parent_id', 'level', 'marker', 'heading', 'char_start',
                 'char_end'],
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
    assert text[st:].startswith(r['marker'] + r['heading'])
assert [int(r['mention_id']) for r in back['indicators']] == list(range(1, len(indicators) + 1))
assert [int(r['project_id']) for r in back['projects']] == list(range(1, len(projects) + 1))


# ---------------------------------------------------------------------------
# Sweep: every digit run in the body is either inside a row's span or listed as an exclusion
# in NOTES.md.  Run with -x to print the leftovers.
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
    '2016',                    # **一、2016年工作回顾**: heading year
    '2016',                    # 2016年对青海来讲具有里程碑意义: date
    '3', '10', '8', '22', '24',   # 3月10日 / 8月22日至24日: dates
    '40',                      # 支持海西转型发展40条举措: a package of measures named by its count
    '1', '8', '10',            # “1+8+10”政策体系: a name
    '123',                     # 驻村帮扶“123”工作机制: a name
    '15',                      # 15年免费教育: time span in a name
    '2030',                    # “健康青海2030”行动计划: a name
    '2017',                    # **二、2017年工作总体安排**: heading year
    '1020',                    # “1020”生态农牧业重大科技支撑工程: a name (project row)
    '1',                       # 西宁城市轨道交通1号线: a name (project row)
    '2025',                    # 《中国制造2025青海行动方案》: a name
    '1', '8', '10',            # “1+8+10”组合拳: a name
    '15',                      # 15年免费教育政策: time span in a name
    '21',                      # 省委省政府21条措施: a document named by its count
]

if __name__ == '__main__':
    if EXPECTED_UNCOVERED is not None:
        assert [d for _, d, _ in uncovered_digits()] == EXPECTED_UNCOVERED, uncovered_digits()
    print({'n_chars': N, **{nm: len(v) for nm, v in back.items()}})
    if '-s' in sys.argv:
        from collections import Counter
        ci = Counter(int(r['section_id']) for r in back['indicators'])
        cp = Counter(int(r['section_id']) for r in back['projects'])
        for s_ in sections:
            print(s_['section_id'], s_['level'], s_['marker'] + s_['heading'],
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
                              r['section_id']]))
            print('      ', r['sentence'])
        for r in back['projects']:
            print(' | '.join([r['project_id'], r['name'], r['action'] or '-', r['stage'] or '-',
                              r['status'], r['period_start'] + '-' + r['period_end'],
                              r['section_id']]))
            print('      ', r['sentence'])
