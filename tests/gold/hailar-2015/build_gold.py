#!/usr/bin/env python3
"""Hand-checked blind gold annotation of hailar/海拉尔区政府工作报告-2015.txt
(政府工作报告, 2015-02-05, 海拉尔区人民政府区长 杜联合).  Reconciled gold: annotator A's script
with the decisions of NOTES.md "Reconciliation" applied (A and B annotated blind and independently;
the reconciliation was also done without running gwr or reading its output).

Standard library only.  Regenerates documents.csv, indicators.csv and projects.csv in this folder.

The source is plain text as the county published it: GBK bytes (decoded as gb18030), CRLF line
ends, full-width spaces (U+3000) indenting most paragraphs.  Offsets count code points of the whole
decoded text (no BOM; CRLF counts as two code points).  The header (title 政 府 工 作 报 告, the
date/meeting line, the speaker line, 各位代表：, 现在，我代表…) yields no rows; every row lies
after `一、2014年工作回顾`.

Every annotation below is written by hand: the exact surface (or written name) plus an *anchor*,
a string that occurs exactly once in its paragraph and contains the surface.  Offsets are then
found with str.find and checked (text[char_start:char_end] == surface).  The section outline
(needed for section_id) is written by hand as well.

Blind: A and B each wrote their annotation from the report text, DATASET.md, the README's
"Decisions where the contract is silent", dict/indicators.tsv (and dict/units.tsv,
dict/stage_verbs.tsv, dict/project_words.tsv as word lists) and the earlier golds' NOTES only;
gwr was not built or run and no gwr output was read, neither for the annotations nor for the
reconciliation.  `# Rn` / `# Pn` comments point to the reconciliation table in NOTES.md.

Source path: ../../../raw/hailar/海拉尔区政府工作报告-2015.txt relative to this script (the layout of
/work/main/tests/gold/<name>/); the environment variable GWR_SRC overrides it.
Options: -v prints every row with its sentence, -s the outline with row counts per section,
-x every digit run of the body outside an indicator span, -c every Chinese numeral before a
counter outside an indicator span.
"""
import csv
import os
import re
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_PATH = 'hailar/海拉尔区政府工作报告-2015.txt'
SRC = os.environ.get('GWR_SRC') or os.path.normpath(
    os.path.join(HERE, '..', '..', '..', 'raw', *SOURCE_PATH.split('/')))
DOC_ID = 'hailar/海拉尔区政府工作报告-2015'
REPORT_YEAR = 2015

raw = open(SRC, 'rb').read()
text = raw.decode('gb18030')
if text.startswith('\ufeff'):
    text = text[1:]
N = len(text)
assert N == 9769, N  # CRLF kept: 61 line ends are \r\n
assert text.count('\r\n') == 61


def find_unique(s, start=0, end=None):
    end = N if end is None else end
    i = text.find(s, start, end)
    assert i >= 0, 'not found: %r' % s
    j = text.find(s, i + 1, end)
    assert j < 0, 'anchor not unique: %r (at %d and %d)' % (s, i, j)
    return i


def para_end(pos):
    """end (exclusive, before \\r\\n) of the line that contains pos"""
    e = text.find('\r\n', pos)
    return N if e < 0 else e


def rstrip_end(end):
    while end > 0 and text[end - 1] in ' \t\r\n\u3000':
        end -= 1
    return end


# ---------------------------------------------------------------------------
# Header (documents row)
# ---------------------------------------------------------------------------
LINES = text.split('\r\n')
assert LINES[0] == '政 府 工 作 报 告'
assert LINES[2] == '--2015年2月5日在海拉尔区第十四届人民代表大会第四次会议上'
assert LINES[4] == '海拉尔区人民政府区长\u3000\u3000杜联合'

# ---------------------------------------------------------------------------
# Sections (only to give section_id).
#   Level 1: 一、2014年工作回顾, 二、2015年工作安排.  Level 2: （一）…（五） of part 一 and
#   （一）…（十） of part 二, each on a line of its own (not run in), so each runs to the next
#   heading of the same or a higher level (contract).  Consequences: （五） of part 一 (section 6)
#   also covers the 各位代表，过去一年的成绩… thanks and the 在看到成绩的同时… paragraphs; the opening
#   paragraphs of part 二 (今年是…, 总体要求, 主要预期目标, 上述预期目标…, 今年要突出抓好十个方面的工作：)
#   belong to section 7 directly; （十） (section 17) runs to the end of the text.
# Not sections: the lead sentences 现代服务业发展迅速。 抓好投资、融资工作。 大力发展现代服务业。 …,
#   践行群众路线，打造服务政府。 … of （十）.
# ---------------------------------------------------------------------------
HEADINGS = [  # (level, marker, heading text as on the line)
    (1, '一、', '2014年工作回顾'),
    (2, '（一）', '县域经济实力稳步提升'),
    (2, '（二）', '产业结构不断优化'),
    (2, '（三）', '城市建设全面加快'),
    (2, '（四）', '民生保障和社会服务水平显著提高'),
    (2, '（五）', '政府自身建设进一步加强'),
    (1, '二、', '2015年工作安排'),
    (2, '（一）', '狠抓投资融资和项目建设，保持经济稳定增长'),
    (2, '（二）', '积极调整经济结构，发展壮大县域经济'),
    (2, '（三）', '统筹推进城乡一体化，加快区域中心城市建设'),
    (2, '（四）', '加强生态文明建设，筑牢生态安全屏障'),
    (2, '（五）', '深化改革开放，激发经济社会发展活力'),
    (2, '（六）', '着力保障和改善民生，稳步提高人民生活质量'),
    (2, '（七）', '大力发展社会事业，不断提升公共服务水平'),
    (2, '（八）', '加强社会管理创新，促进社会和谐稳定'),
    (2, '（九）', '全面抓好迎会工作，推进经济社会协调发展'),
    (2, '（十）', '加强自身建设，全面提升依法行政能力'),
]
sections = []
for k, (lvl, marker, head) in enumerate(HEADINGS):
    st = find_unique('\r\n\u3000\u3000' + marker + head + '\r\n') + 4
    assert text[st:st + len(marker)] == marker
    sections.append(dict(section_id=k + 1, level=lvl, marker=marker, heading=head,
                         char_start=st))
for k, s_ in enumerate(sections):
    nxt = N
    for t in sections[k + 1:]:
        if t['level'] <= s_['level']:
            nxt = t['char_start']
            break
    s_['char_end'] = rstrip_end(nxt)
BODY_START = sections[0]['char_start']
BODY_END = N


def section_of(pos):
    best = None
    for s_ in sections:
        if s_['char_start'] <= pos < s_['char_end']:
            if best is None or s_['level'] > best['level']:
                best = s_
    assert best is not None, pos
    return best['section_id']


# ---------------------------------------------------------------------------
# Sentences: split after 。！？； (full width, terminator kept) and at line breaks, trimmed.
# The half-width ';' (once, after 9.1%) and ',' are not sentence marks (the contract lists
# only 。！？；).
# ---------------------------------------------------------------------------
TERM = '。！？；'


def sentence_bounds(a, b):
    st = a
    while st > 0 and text[st - 1] not in TERM + '\n':
        st -= 1
    en = b
    while en < N and text[en] not in TERM + '\r\n':
        en += 1
    if en < N and text[en] in TERM:
        en += 1
    return st, en


def sentence_of(a, b):
    st, en = sentence_bounds(a, b)
    return text[st:en].strip()


def para_span(anchor):
    i = find_unique(anchor)
    s = text.rfind('\n', 0, i) + 1
    assert text[s:i].strip('\u3000 ') == '', anchor
    return i, para_end(i)


# ---------------------------------------------------------------------------
# Periods / status
# ---------------------------------------------------------------------------
R14 = (2014, 2014, 'actual')   # part 一: review of 2014 (2014年，…; 过去的一年; 全年)
T15 = (2015, 2015, 'target')   # part 二: 2015年工作安排 (今年, 主要预期目标, 年内, 全年, 力争, 确保)

# ---------------------------------------------------------------------------
# Indicators
# ---------------------------------------------------------------------------
MULT = [('万', Decimal(10) ** 4), ('亿', Decimal(10) ** 8)]
# written unit (after the multiplier) -> (unit_base, dimension)
BASE_UNITS = {
    '%': ('%', 'percent'),
    '元': ('元', 'currency'),
    '平方米': ('平方米', 'area'), '亩': ('亩', 'area'),
    '公里': ('公里', 'length'),
    '吨': ('吨', 'mass'),
    '人': ('人', 'count'), '人次': ('人次', 'count'),
    '户': ('户', 'count'), '家': ('家', 'count'), '个': ('个', 'count'),
    '条': ('条', 'count'), '栋': ('栋', 'count'),
}
INDICATOR_CODES = {
    # DATASET.md "Known indicators"
    'gdp', 'gdp_per_capita', 'industrial_output', 'industrial_value_added',
    'fixed_asset_investment', 'retail_sales', 'disposable_income', 'disposable_income_urban',
    'disposable_income_rural', 'energy_intensity', 'foreign_trade', 'foreign_investment',
    'budget_revenue', 'new_urban_jobs', 'unemployment_rate', 'cpi', 'rd_intensity',
    'good_air_days', 'forest_coverage', 'tourism_revenue', 'grain_output', 'deficit_ratio',
    # extension codes of dict/indicators.tsv used here
    'airport_passenger_throughput',
}

# Each block: (paragraph start anchor, (period_start, period_end, status), [records])
# record: (anchor, surface, subject, indicator, measure, qualifier[, extra dict])
#   measure: A=amount G=growth_rate AG=avg_growth_rate R=ratio
#   qualifier: E=exact AP=approx AL=at_least AM=at_most (checked against the words next to the span)
IND_BLOCKS = [
    # ================= part 一: review of 2014 =================
    # ---- section 2 （一）县域经济实力稳步提升
    ('2014年，全区地区生产总值完成', R14, [
        ('生产总值完成274.4亿元', '274.4亿元', '全区地区生产总值', 'gdp', 'A', 'E'),
        ('同比增长9.1%', '9.1%', '全区地区生产总值', 'gdp', 'G', 'E'),
        ('总收入完成24.9亿元', '24.9亿元', '地方财政总收入', None, 'A', 'E'),
        ('同比增长0.4%', '0.4%', '地方财政总收入', None, 'G', 'E'),
        ('预算收入完成13.7亿元', '13.7亿元', '公共财政预算收入', 'budget_revenue', 'A', 'E'),
        ('同比增长22.9%', '22.9%', '公共财政预算收入', 'budget_revenue', 'G', 'E'),
        ('投资完成121.1亿元', '121.1亿元', '区本级固定资产投资', 'fixed_asset_investment', 'A', 'E'),
        ('同比增长33.5%', '33.5%', '区本级固定资产投资', 'fixed_asset_investment', 'G', 'E'),
        ('达到28541元', '28541元', '城镇居民人均可支配收入', 'disposable_income_urban', 'A', 'E'),
        ('同比增长10.4%', '10.4%', '城镇居民人均可支配收入', 'disposable_income_urban', 'G', 'E'),
        ('达到21618元', '21618元', '农民人均纯收入', None, 'A', 'E'),
        ('同比增长13.6%', '13.6%', '农民人均纯收入', None, 'G', 'E'),
    ]),
    # ---- section 3 （二）产业结构不断优化
    ('现代服务业发展迅速。', R14, [
        ('入驻企业达到8家', '8家', '中俄蒙国际物流园区入驻企业', None, 'A', 'E'),
        ('等8家4S店', '8家', '中俄蒙国际汽车园4S店', None, 'A', 'E'),  # R1
        ('投资5亿元的', '5亿元', '万家惠农贸市场项目投资', None, 'A', 'E'),
        ('投资6亿元的', '6亿元', '伊仕丹购物广场投资', None, 'A', 'E'),
        ('商业面积10万平方米', '10万平方米', '新增商业面积', None, 'A', 'E'),
        ('零售总额完成123.4亿元', '123.4亿元', '社会消费品零售总额', 'retail_sales', 'A', 'E'),
        ('同比增长11.6%', '11.6%', '社会消费品零售总额', 'retail_sales', 'G', 'E'),
        ('航线53条', '53条', '累计开通国内、国际及地区航线', None, 'A', 'E'),
        ('突破150万人次', '150万人次', '旅客年吞吐量', 'airport_passenger_throughput', 'A', 'AL'),
        ('突破3.5万人次', '3.5万人次', '出入境人数', None, 'A', 'AL'),
        ('达到525.6万人次', '525.6万人次', '旅游接待人数', None, 'A', 'E'),
        ('完成56.4亿元', '56.4亿元', '旅游收入', 'tourism_revenue', 'A', 'E'),
        ('完成166.7亿元', '166.7亿元', '规模以上工业总产值', 'industrial_output', 'A', 'E'),
        ('同比增长16.2%', '16.2%', '规模以上工业总产值', 'industrial_output', 'G', 'E'),
        ('增速达到12%', '12%', '规模以上工业增加值', 'industrial_value_added', 'G', 'E'),
        ('主城区21家', '21家', '主城区企业迁建前期工作', None, 'A', 'E'),
        ('大唐700万吨', '700万吨', '大唐露天矿', None, 'A', 'E'),
        ('亘富200万吨', '200万吨', '亘富褐煤提质项目', None, 'A', 'E'),
        ('蔬菜大棚700亩', '700亩', '奋斗镇、建设办建成蔬菜大棚', None, 'A', 'E'),  # R2
        ('仓储库3.2万平方米', '3.2万平方米', '奋斗镇、建设办建成仓储库', None, 'A', 'E'),  # R2
        ('达到9.7万吨', '9.7万吨', '蔬菜产量', None, 'A', 'E'),
        ('牧场4.2万平方米', '4.2万平方米', '哈克镇生态奶源基地新建现代化牧场', None, 'A', 'E'),  # R3
        ('达到19万吨', '19万吨', '鲜奶产量', None, 'A', 'E'),
    ]),
    # ---- section 4 （三）城市建设全面加快
    ('东山组团框架初步形成', R14, [
        ('组团内9条', '9条', '东山组团主次干道', None, 'A', 'E'),
        ('投资4300万元', '4300万元', '中央桥至哈萨尔桥段工程投资', None, 'A', 'E'),
        ('投资3000万元', '3000万元', '两河圣山供水工程投资', None, 'A', 'E'),
        ('投资4.8亿元', '4.8亿元', '拆炉并网工程投资', None, 'A', 'E'),
        ('锅炉61个', '61个', '关停单烧供热锅炉', None, 'A', 'E'),
        ('供热面积175万平方米', '175万平方米', '并入集中供热面积', None, 'A', 'E'),
        ('投资4360万元', '4360万元', '城区雨水管网改造投资', None, 'A', 'E'),
        ('投资2.6亿元', '2.6亿元', '中心城区供水、供热、燃气管网铺设及电缆线路改造工程投资', None, 'A',
         'E'),  # R4
        ('中心城区26公里', '26公里', '中心城区供水管网铺设', None, 'A', 'E'),
        ('、117公里', '117公里', '中心城区供热管网铺设', None, 'A', 'E'),
        ('、20公里', '20公里', '中心城区燃气管网铺设', None, 'A', 'E'),
        ('及144公里', '144公里', '电缆线路改造', None, 'A', 'E'),
        ('贝尔大街3条', '3条', '主干道路改造', None, 'A', 'E'),  # R5
        ('等10条', '10条', '城区道路', None, 'A', 'E'),
    ]),
    # ---- section 5 （四）民生保障和社会服务水平显著提高
    ('全年投入14.5亿元', R14, [
        ('全年投入14.5亿元', '14.5亿元', '民生保障和社会事业项目投入', None, 'A', 'E'),
        ('实施了40个', '40个', '民生保障和社会事业项目', None, 'A', 'E'),
        ('支出的80.6%', '80.6%', '民生投入占公共财政预算支出', None, 'R', 'E'),
        ('贷款2150万元', '2150万元', '发放就业小额担保贷款', None, 'A', 'E'),
        ('新增就业5487人', '5487人', '城镇新增就业', 'new_urban_jobs', 'A', 'E'),
        ('再就业1687人', '1687人', '再就业', None, 'A', 'E'),
        ('失业率为3.79%', '3.79%', '城镇登记失业率', 'unemployment_rate', 'R', 'E'),
        ('达到8000人', '8000人', '农村常住人口养老保险参保人数', None, 'A', 'E'),
        ('人均月增200元', '200元', '环卫工人和社区干部生活补贴人均月增', None, 'A', 'E'),
        ('投资9600万元', '9600万元', '向阳幼儿园等项目投资', None, 'A', 'E'),
        ('等6个项目', '6个', '项目', None, 'A', 'E'),  # R6
        ('达到99.2%', '99.2%', '新农合参合率', None, 'R', 'E'),
        ('完成了5个', '5个', '完成村巷硬化的行政村', None, 'A', 'E'),
        ('17.2公里', '17.2公里', '村巷硬化', None, 'A', 'E'),
        ('广播电视2200户', '2200户', '新增村村通、户户通广播电视', None, 'A', 'E'),
        ('解决了3948人', '3948人', '解决安全饮水问题的人口', None, 'A', 'E'),
        ('新建的7个', '7个', '新建的便民连锁超市', None, 'A', 'E'),  # R7
        ('任务2619户', '2619户', '棚户区改造任务', None, 'A', 'E'),
        ('补贴665万元', '665万元', '发放租赁补贴', None, 'A', 'E'),
        ('改造16万平方米', '16万平方米', '老旧小区既有建筑节能改造', None, 'A', 'E'),
        ('改造76万平方米', '76万平方米', '“一户一阀”改造', None, 'A', 'E'),
        ('完成16条', '16条', '背街巷道综合改造', None, 'A', 'E'),
        ('网点26个', '26个', '建成平价蔬菜超市和销售网点', None, 'A', 'E'),
        ('补贴130万元', '130万元', '为困难家庭发放蔬菜价格补贴', None, 'A', 'E'),
        ('补贴193万元', '193万元', '发放农村冬季用煤补贴', None, 'A', 'E'),
        ('补助167万元', '167万元', '发放低保家庭大学生补助', None, 'A', 'E'),
    ]),
    # ---- section 6 （五）政府自身建设进一步加强
    ('深入开展党的群众路线教育实践活动', R14, [
        ('减少15.2%', '15.2%', '政府会议数量', None, 'G', 'E'),
        ('和20.3%', '20.3%', '政府发文数量', None, 'G', 'E'),
        ('压缩48.2%', '48.2%', '“三公经费”支出', None, 'G', 'E'),
        ('事项63个', '63个', '精简行政审批事项', None, 'A', 'E'),
    ]),
    # ================= part 二: 2015 plan =================
    # ---- section 7 二、2015年工作安排 (opening paragraphs)
    ('经济社会发展主要预期目标是', T15, [
        ('地区生产总值增长8%', '8%', '地区生产总值', 'gdp', 'G', 'E'),
        ('达到296亿元', '296亿元', '地区生产总值', 'gdp', 'A', 'E'),
        ('预算收入增长7%', '7%', '公共财政预算收入', 'budget_revenue', 'G', 'E'),
        ('达到14.6亿元', '14.6亿元', '公共财政预算收入', 'budget_revenue', 'A', 'E'),
        ('投资增长12%', '12%', '区本级固定资产投资', 'fixed_asset_investment', 'G', 'E'),
        ('零售总额增长11.5%', '11.5%', '社会消费品零售总额', 'retail_sales', 'G', 'E'),
        ('可支配收入增长10%', '10%', '城镇居民人均可支配收入', 'disposable_income_urban', 'G', 'E'),
        ('纯收入增长11%', '11%', '农民人均纯收入', None, 'G', 'E'),
    ]),
    # ---- section 8 （一）狠抓投资融资和项目建设
    ('抓好重点项目建设。', T15, [
        ('重点项目105个', '105个', '重点项目', None, 'A', 'E'),
        ('工业类3个', '3个', '工业类重点项目', None, 'A', 'E'),
        ('城市建设类28个', '28个', '城市建设类重点项目', None, 'A', 'E'),
        ('农业类21个', '21个', '农业类重点项目', None, 'A', 'E'),
        ('商贸流通类7个', '7个', '商贸流通类重点项目', None, 'A', 'E'),
        ('民生社会事业类46个', '46个', '民生社会事业类重点项目', None, 'A', 'E'),
        ('总投资339.9亿元', '339.9亿元', '重点项目总投资', None, 'A', 'E'),
        ('完成投资75.5亿元', '75.5亿元', '重点项目年度计划完成投资', None, 'A', 'E'),
    ]),
    # ---- section 9 （二）积极调整经济结构
    ('大力发展现代服务业。', T15, [
        ('突破600万人次', '600万人次', '旅游接待人数', None, 'A', 'AL'),
        ('突破60亿元', '60亿元', '旅游收入', 'tourism_revenue', 'A', 'AL'),
    ]),
    ('加快推进工业经济转型升级。', T15, [
        ('主城区21家', '21家', '主城区老工业企业', None, 'A', 'E'),
        ('等8家', '8家', '启动企业迁建工作', None, 'A', 'E'),
        ('大唐700万吨', '700万吨', '大唐露天矿', None, 'A', 'E'),
        ('亘富200万吨', '200万吨', '亘富褐煤提质', None, 'A', 'E'),
    ]),
    ('全面加快现代农牧业发展。', T15, [
        ('全年投资1.6亿元', '1.6亿元', '“菜篮子”工程建设投资', None, 'A', 'E'),  # R8
        ('大棚300个', '300个', '新建大棚', None, 'A', 'E'),
        ('温室20个', '20个', '新建温室', None, 'A', 'E'),
        ('达到10万吨', '10万吨', '蔬菜产量', None, 'A', 'E'),
        ('新建的2个', '2个', '新建的地产蔬菜批发市场', None, 'A', 'E'),  # R7
        ('2万平方米', '2万平方米', '仓储库', None, 'A', 'E'),
        ('等7个', '7个', '现代牧场建设任务', None, 'A', 'E'),  # R9
    ]),
    # ---- section 10 （三）统筹推进城乡一体化
    ('新城区建设要全面加快。', T15, [
        ('等15条', '15条', '道路工程', None, 'A', 'E'),
        ('绿化130万平方米', '130万平方米', '绿化', None, 'A', 'E'),
        ('投资3.4亿元', '3.4亿元', '内蒙古冰上运动训练中心投资', None, 'A', 'E'),
        ('红星美凯龙5.7万平方米', '5.7万平方米', '红星美凯龙主力店', None, 'A', 'E'),
        ('，23万平方米', '23万平方米', '建材城', None, 'A', 'E'),
    ]),
    ('旧城区面貌要明显改善。', T15, [
        ('投资10.6亿元', '10.6亿元', '伊敏河景观改造、626小河沿岸环境整治投资', None, 'A', 'E'),
        ('景观改造26万平方米', '26万平方米', '景观改造', None, 'A', 'E'),
        ('沿河5.3公里', '5.3公里', '沿河道路建设任务', None, 'A', 'E'),  # R9
        ('等7条', '7条', '主干道路', None, 'A', 'E'),  # R10
        ('22.8公里', '22.8公里', '道路扩建和绿化', None, 'A', 'E'),
        ('沿街163栋', '163栋', '沿街楼体亮化', None, 'A', 'E'),
        ('投资5500万元', '5500万元', '污泥处置工程投资', None, 'A', 'E'),
    ]),
    ('城乡一体化发展要打造新亮点。', T15, [
        ('安置农民400户', '400户', '安置农民', None, 'A', 'E'),
    ]),
    ('棚户区改造要实现新突破。', T15, [
        ('现有的450万平方米', '450万平方米', '老城区现有棚户区', None, 'A', 'E'),
    ]),
    # ---- section 11 （四）加强生态文明建设
    ('全面贯彻落实新《环境保护法》', T15, [
        ('完成5000亩', '5000亩', '沙区治理', None, 'A', 'E'),
    ]),
    # ---- section 13 （六）着力保障和改善民生
    ('全力做好创业就业工作。', T15, [
        ('新增就业5700人', '5700人', '新增就业', 'new_urban_jobs', 'A', 'AL'),
        ('控制在4%', '4%', '城镇登记失业率', 'unemployment_rate', 'R', 'AM'),
    ]),
    ('扎实推进民生工程。', T15, [
        ('年内投资1.6亿元', '1.6亿元', '拆炉并网改造投资', None, 'A', 'E'),
        ('二期170万平方米', '170万平方米', '二期供热改造任务', None, 'A', 'E'),  # R9
        ('投资1亿元', '1亿元', '黑羊站水厂改扩建工程投资', None, 'A', 'E'),
        ('投资1260万元', '1260万元', '饮水安全工程投资', None, 'A', 'E'),
        ('完成5个村', '5个', '完成饮水安全工程的村', None, 'A', 'E'),
        ('等77个', '77个', '老旧小区排污管网', None, 'A', 'E'),
        ('建华等7个', '7个', '小区节能改造', None, 'A', 'E'),
        ('完成29条', '29条', '背街巷道改造', None, 'A', 'E'),
    ]),
    # ---- section 14 （七）大力发展社会事业
    ('深入实施科技强区战略', T15, [
        ('投资3.1亿元', '3.1亿元', '桃李中学、三中分校、第五中学扩建工程投资', None, 'A', 'E'),
    ]),
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
    mult = ''
    for mw, _ in MULT:
        if unit.startswith(mw) and unit[len(mw):] in BASE_UNITS:
            mult = mw
            break
    wbase = unit[len(mult):]
    assert wbase in BASE_UNITS, (unit, wbase)
    return mult, wbase


def parse_surface(surface):
    """-> (value Decimal, unit as written, multiplier word or '', written base unit, 余/多 or '')"""
    m = re.match(r'^([0-9]+(?:\.[0-9]+)?)(余|多)?(.+)$', surface)
    assert m, surface
    num, approx, unit = m.group(1), m.group(2) or '', m.group(3)
    mult, wbase = split_unit(unit)
    return Decimal(num), unit, mult, wbase, approx


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
        assert not text[en].isdigit() or text[en:en + 2] == '4S', surface  # 8家4S店
        measure = MEASURE_CODE[mcode]
        qual = QUAL_CODE[qcode]
        value, unit, mult, wbase, approx_mark = parse_surface(surface)
        unit_base, dim = BASE_UNITS[wbase]
        mult_f = dict(MULT)[mult] if mult else 1
        vb = value * mult_f
        # qualifier: checked against the words next to the span (and 余/多 inside it)
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
        if measure == 'ratio':
            assert unit_base in ('%', '倍'), surface
        if unit_base == '%':
            assert measure != 'amount', surface
        if ind is not None:
            assert ind in INDICATOR_CODES, ind
        assert subject and ' ' not in subject and '\u3000' not in subject
        indicators.append(dict(
            char_start=st, char_end=en, surface=surface,
            section_id=section_of(st), sentence=sentence_of(st, en),
            subject=subject, indicator=ind, measure=measure,
            value=value, unit=unit, value_base=vb, unit_base=unit_base,
            dimension=dim, qualifier=qual,
            period_start=per[0], period_end=per[1], status=per[2]))

indicators.sort(key=lambda r: r['char_start'])
starts = [r['char_start'] for r in indicators]
assert len(set(starts)) == len(starts), 'duplicate mention'
for k in range(1, len(indicators)):
    assert indicators[k - 1]['char_end'] <= indicators[k]['char_start'], 'overlap'
for k, r in enumerate(indicators, 1):
    r['mention_id'] = k

# ---------------------------------------------------------------------------
# Projects
# ---------------------------------------------------------------------------
# record: (anchor, written span text, name (None = same as written), action, stage)
PRJ_BLOCKS = [
    # ================= part 一: review of 2014 =================
    ('现代服务业发展迅速。', R14, [
        ('中俄蒙国际物流园区中网科技云计算', '中俄蒙国际物流园区', None, None, None),
        ('中网科技云计算、', '中网科技云计算', None, '开工建设', 'started'),
        ('蒙拓牧机二期', '蒙拓牧机二期', None, '开工建设', 'started'),
        ('中俄蒙国际汽车园', '中俄蒙国际汽车园', None, None, None),
        ('万家惠农贸市场项目', '万家惠农贸市场项目', None, '主体完工', 'ongoing'),
        ('伊仕丹购物广场', '伊仕丹购物广场', None, '正式营业', 'completed'),
        ('中俄蒙文化创意产业园正式运营', '中俄蒙文化创意产业园', None, '正式运营', 'completed'),
        ('彼得国际酒店', '彼得国际酒店', None, '投入使用', 'completed'),
        ('国际皮草城', '国际皮草城', None, '投入使用', 'completed'),
        ('两河圣山旅游景区接收', '两河圣山旅游景区', None, '接收工作全面完成', None),
        ('西航悦海酒店', '西航悦海酒店', None, '开工建设', 'started'),
        ('大唐700万吨露天矿', '大唐700万吨露天矿', None, '完成项目核准', 'planned'),
        ('华润雪花啤酒迁建', '华润雪花啤酒迁建', None, '主体完工', 'ongoing'),
        ('亘富200万吨褐煤提质项目', '亘富200万吨褐煤提质项目', None, '主体完工', 'ongoing'),
        ('“菜篮子”工程建设成效显著', '“菜篮子”工程', None, '建设成效显著', 'ongoing'),
        ('哈克镇生态奶源基地', '哈克镇生态奶源基地', None, '建设进展顺利', 'ongoing'),
    ]),
    ('东山组团框架初步形成', R14, [
        ('森工集团棚户区改造项目一期', '森工集团棚户区改造项目一期', None, '达到入住条件',
         'completed'),
        ('二期工程开工建设', '二期工程', '森工集团棚户区改造项目二期工程', '开工建设', 'started'),
        ('东海写字楼土建工程', '东海写字楼', None, '土建工程全面完工', 'ongoing'),
        ('远山红郡住宅小区一期', '远山红郡住宅小区一期', None, '建设顺利推进', 'ongoing'),
        ('红星美凯龙主力店', '红星美凯龙主力店', None, '主体工程完工', 'ongoing'),
        # P1: 家居建材、小商品市场 (kinds, no proper part) are no rows
        ('伊敏河沿河景观改造', '伊敏河沿河景观改造', None, '全面展开', 'ongoing'),
        ('中央桥至哈萨尔桥段工程', '中央桥至哈萨尔桥段工程', None, '整体完工', 'completed'),
        ('两河圣山供水工程', '两河圣山供水工程', None, '投入使用', 'completed'),
        ('拆炉并网工程', '拆炉并网工程', None, '实施', 'ongoing'),
        ('胜利三路', '胜利三路', None, '完成改造', 'completed'),
        ('学府路和', '学府路', None, '完成改造', 'completed'),
        ('贝尔大街3条', '贝尔大街', None, '完成改造', 'completed'),
        ('城市西出口路', '城市西出口路', None, '建成通车', 'completed'),
        ('根河路', '根河路', None, '建成通车', 'completed'),
    ]),
    ('全年投入14.5亿元', R14, [
        ('向阳幼儿园等6个', '向阳幼儿园', None, '全部完工', 'completed'),
        ('桃李幼儿园开工建设', '桃李幼儿园', None, '开工建设', 'started'),
        ('学府路中学教学楼', '学府路中学教学楼', None, '投入使用', 'completed'),
        ('农村敬老院和综合老年养护院项目', '农村敬老院和综合老年养护院项目', None, '主体完工',
         'ongoing'),
        ('区医院120急救中心项目', '区医院120急救中心项目', None, '开工建设', 'started'),
        ('“十个全覆盖”工程扎实推进', '“十个全覆盖”工程', None, '扎实推进', 'ongoing'),
    ]),
    ('深入开展党的群众路线教育实践活动', R14, [
        ('平安城市创建工程', '平安城市创建工程', None, '深入推进', 'ongoing'),
    ]),
    # ================= part 二: 2015 plan =================
    ('大力发展现代服务业。', T15, [
        ('加快中俄蒙国际物流园区建设', '中俄蒙国际物流园区', None, '加快建设', 'ongoing'),
        ('中网科技云计算数据中心', '中网科技云计算数据中心', None, '建成并投入使用', 'completed'),
        ('工业品采购中心', '工业品采购中心', None, '开工建设', 'started'),
        ('五金机电建材城', '五金机电建材城', None, '开工建设', 'started'),
        ('二手车交易市场', '二手车交易市场', None, '开工建设', 'started'),
        ('六二六建材市场搬迁', '六二六建材市场', None, '做好搬迁的承接工作', 'ongoing'),  # P2
        ('维多利商城', '维多利商城', None, '启动建设', 'started'),
        ('大润发超市', '大润发超市', None, '启动建设', 'started'),
        ('发达广场项目', '发达广场项目', None, '启动建设', 'started'),
        ('时代广场城市综合体', '时代广场城市综合体', None, '开工', 'started'),
        ('万家惠农贸市场投入运营', '万家惠农贸市场', None, '投入运营', 'completed'),
        ('加快两河圣山旅游景区建设', '两河圣山旅游景区', None, '加快建设', 'ongoing'),
        ('中华天竺苑', '中华天竺苑', None, '重点抓好实施', 'ongoing'),
        ('西航大元文化城项目', '西航大元文化城项目', None, '重点抓好实施', 'ongoing'),
        ('中俄蒙文化创意产业园建设', '中俄蒙文化创意产业园', None, '加快推进建设', 'ongoing'),
        # P1: 保税仓库, 旅游集散中心 (kinds) are no rows
        ('世界反法西斯战争海拉尔纪念园二期工程', '世界反法西斯战争海拉尔纪念园二期工程', None,
         '实施', 'ongoing'),
        ('副都统衙门改造', '副都统衙门改造', None, '完成', 'completed'),  # P4
        ('中成酒店', '中成酒店', None, '投入运营', 'completed'),
        ('百府悦酒店', '百府悦酒店', None, '投入运营', 'completed'),
        ('锦江国际酒店', '锦江国际酒店', None, '开工建设', 'started'),
    ]),
    ('加快推进工业经济转型升级。', T15, [
        ('大唐700万吨露天矿', '大唐700万吨露天矿', None, '加快推进前期工作', 'planned'),  # P8
        ('亘富200万吨褐煤提质一期', '亘富200万吨褐煤提质一期', None, '投产', 'completed'),
        ('二期开工', '二期', '亘富200万吨褐煤提质二期', '开工', 'started'),
        ('华润雪花啤酒迁建项目', '华润雪花啤酒迁建项目', None, '投产', 'completed'),
        ('支持非公产业园', '非公产业园', None, '支持引进创业型和技术型产业', None),  # P6
    ]),
    ('全面加快现代农牧业发展。', T15, [
        ('重点实施“菜篮子”工程建设', '“菜篮子”工程', None, '重点实施建设', 'ongoing'),
        ('建设办农业示范基地', '建设办农业示范基地', None, '完成', 'completed'),
        ('奋斗镇蔬菜基地三期工程', '奋斗镇蔬菜基地三期工程', None, '完成', 'completed'),
        ('加快哈克镇生态奶源基地建设', '哈克镇生态奶源基地', None, '加快建设', 'ongoing'),
        ('孙家屯、', '孙家屯', '孙家屯现代牧场', '全面完成建设任务', 'completed'),
        ('团结村等', '团结村', '团结村现代牧场', '全面完成建设任务', 'completed'),
    ]),
    ('新城区建设要全面加快。', T15, [
        ('望城路等15条', '望城路', None, '完成', 'completed'),
        ('东海写字楼', '东海写字楼', None, '投入使用', 'completed'),
        ('国税局综合楼', '国税局综合楼', None, '投入使用', 'completed'),
        ('远山红郡住宅小区年内完工', '远山红郡住宅小区', None, '完工', 'completed'),
        ('森工集团棚户区改造二期工程', '森工集团棚户区改造二期工程', None, '完成', 'completed'),
        # P1: 社区卫生服务中心, 妇幼保健所 (…等公共服务设施: kinds) and 23万平方米的建材城 are no rows
        ('内蒙古冰上运动训练中心', '内蒙古冰上运动训练中心', None, '开工建设', 'started'),
        ('通用航空产业园', '通用航空产业园', None, '推进落地', None),
        ('红星美凯龙5.7万平方米主力店', '红星美凯龙5.7万平方米主力店', None, '正式运营',
         'completed'),
    ]),
    ('旧城区面貌要明显改善。', T15, [
        ('伊敏河景观改造', '伊敏河景观改造', None, '加快推进', 'ongoing'),
        ('城市西出口生态景观建设', '城市西出口生态景观', None, '做好建设', 'ongoing'),
        ('东出口沿线绿化', '东出口沿线绿化', None, '做好', 'ongoing'),
        ('新北出口综合改造', '新北出口综合改造', None, '启动', 'started'),
        ('加格达奇路', '加格达奇路', None, '集中进行综合改造', None),
        ('尼尔基路', '尼尔基路', None, '集中进行综合改造', None),
        ('巴彦托海路', '巴彦托海路', None, '集中进行综合改造', None),
        ('胜利大街', '胜利大街', None, '集中进行综合改造', None),
        ('哈萨尔大街', '哈萨尔大街', None, '集中进行综合改造', None),
        ('海拉尔大街', '海拉尔大街', None, '集中进行综合改造', None),
        ('贝尔大街等7条', '贝尔大街', None, '集中进行综合改造', None),
        ('污泥处置工程', '污泥处置工程', None, '完工', 'completed'),
        ('火车站规划三路', '火车站规划三路', None, '实施', 'ongoing'),
        ('滨河路等', '滨河路', None, '实施', 'ongoing'),
        ('东西外环道路', '东西外环道路', None, '开工建设', 'started'),
    ]),
    ('城乡一体化发展要打造新亮点。', T15, [
        ('农村牧区“十个全覆盖”工程', '农村牧区“十个全覆盖”工程', None, '深入实施', 'ongoing'),
        ('加快推进生态奶源基地建设', '生态奶源基地', None, '加快推进建设', 'ongoing'),  # P9
        ('友联、', '友联', '友联整村搬迁工程', '实施', 'ongoing'),
        ('友好整村搬迁工程', '友好整村搬迁工程', None, '实施', 'ongoing'),
        # P5: 成为实施“十个全覆盖”工程、…的典型示范项目 is what the new town becomes: no row
    ]),
    ('棚户区改造要实现新突破。', T15, [
        ('重点实施棚户区改造工程', '棚户区改造工程', None, '重点实施', 'ongoing'),
    ]),
    ('全面贯彻落实新《环境保护法》', T15, [
        ('海拉尔河堤防工程', '海拉尔河堤防工程', None, '加快实施', 'ongoing'),
        # P7: 主城区、东山组团和两河圣山旅游景区绿化等工作 (not called 工程): no rows
    ]),
    ('全面提高社会保障水平。', T15, [
        ('扶贫攻坚工程', '扶贫攻坚工程', None, '深入推进', 'ongoing'),
    ]),
    ('扎实推进民生工程。', T15, [
        ('继续推进拆炉并网改造', '拆炉并网改造', None, '继续推进', 'ongoing'),  # P3
        ('黑羊站水厂改扩建工程', '黑羊站水厂改扩建工程', None, '启动实施', 'started'),
        ('哈克镇客运站', '哈克镇客运站', None, '投入使用', 'completed'),
    ]),
    ('深入实施科技强区战略', T15, [
        ('桃李中学、', '桃李中学', '桃李中学扩建工程', '实施', 'ongoing'),
        ('三中分校、', '三中分校', '三中分校扩建工程', '实施', 'ongoing'),
        ('第五中学扩建工程', '第五中学扩建工程', None, '实施', 'ongoing'),
        ('确保桃李幼儿园完工', '桃李幼儿园', None, '完工', 'completed'),
        ('南开路中学', '南开路中学', None, '投入使用', 'completed'),
        ('向阳幼儿园投入使用', '向阳幼儿园', None, '投入使用', 'completed'),
        ('建新养护院', '建新养护院', None, '投入使用', 'completed'),
        ('农村敬老院和综合老年养护院', '农村敬老院和综合老年养护院', None, '投入使用', 'completed'),
        ('正阳社区文体活动中心', '正阳社区文体活动中心', None, '完成建设', 'completed'),
        ('呼伦贝尔大剧院', '呼伦贝尔大剧院', None, '做好管理和运营', None),
    ]),
]
STAGES = {'planned', 'started', 'ongoing', 'completed', None}

projects = []
for anchor_para, per, recs in PRJ_BLOCKS:
    ps, pe = para_span(anchor_para)
    for anchor, written, name, action, stage in recs:
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
                             action=action, stage=stage, status=per[2],
                             period_start=per[0], period_end=per[1]))
projects.sort(key=lambda r: r['char_start'])
for k in range(1, len(projects)):
    assert projects[k - 1]['char_end'] <= projects[k]['char_start'], (projects[k - 1], projects[k])
for k, r in enumerate(projects, 1):
    r['project_id'] = k

# A project span may contain a quantity only where the name states one (capacities and sizes
# written into names: 大唐700万吨露天矿, 亘富200万吨褐煤提质…, 红星美凯龙5.7万平方米主力店); the
# quantity then lies wholly inside the name.  No other overlap.
for p in projects:
    for r in indicators:
        if r['char_start'] < p['char_end'] and p['char_start'] < r['char_end']:
            assert p['char_start'] <= r['char_start'] and r['char_end'] <= p['char_end'], \
                (p['name'], r['surface'])

# ---------------------------------------------------------------------------
# Documents
# ---------------------------------------------------------------------------
documents = [dict(
    doc_id=DOC_ID, source_path=SOURCE_PATH, title='政府工作报告', source_url=None,
    region='海拉尔区', admin_level='county', report_year=REPORT_YEAR,
    delivered_on='2015-02-05', meeting='海拉尔区第十四届人民代表大会第四次会议',
    speaker='杜联合', speaker_title='区长')]

# ---------------------------------------------------------------------------
# Write CSVs
# ---------------------------------------------------------------------------
COLS = {
    'documents': ['doc_id', 'source_path', 'title', 'source_url', 'region', 'admin_level',
                  'report_year', 'delivered_on', 'meeting', 'speaker', 'speaker_title'],
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


for nm, rows in [('documents', documents), ('indicators', indicators), ('projects', projects)]:
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
    assert r['surface'] in r['sentence'] and '\r' not in r['sentence'] and '\n' not in r['sentence']
for r in back['projects']:
    written = text[int(r['char_start']):int(r['char_end'])]
    assert written == r['name'] or written in r['name'], r
    assert written in r['sentence'] and '\r' not in r['sentence']
assert [int(r['mention_id']) for r in back['indicators']] == list(range(1, len(indicators) + 1))
assert [int(r['project_id']) for r in back['projects']] == list(range(1, len(projects) + 1))


# ---------------------------------------------------------------------------
# Sweeps: every digit run and every Chinese numeral before a counter in the body is either inside
# a row's span or listed as an exclusion in NOTES.md.  -x / -c print the leftovers.
# ---------------------------------------------------------------------------
def covered(pos):
    for r in indicators:
        if r['char_start'] <= pos < r['char_end']:
            return True
    return False


def uncovered(pattern):
    out = []
    for m in re.finditer(pattern, text[BODY_START:]):
        p = BODY_START + m.start()
        if not covered(p):
            out.append((p, m.group(), text[max(0, p - 12):p + 14].replace('\r\n', '⏎')))
    return out


DIGITS = r'[0-9]+(?:\.[0-9]+)?'
NOT_ROWS = {  # digit runs of the body that are no quantity (NOTES.md, Exclusions); asserted below
    '2014年工作回顾': 'date (heading)', '8337”发展思路': 'name (x2)', '2014年，全区': 'date',
    '4S店': 'name', '120急救中心': 'name', '2015年工作安排': 'date (heading)',
    '626小河': 'name', '2015年的各项': 'date',
}
LEFT = [(p, d, ctx) for p, d, ctx in uncovered(DIGITS)
        if not any(text.startswith(w, p) for w in NOT_ROWS)]
assert not LEFT, LEFT
CN_NUMS = r'[一二两三四五六七八九十百千万]+(?:个|家|条|项|户|人|名|所|座|件|栋|大|类|批|次|期|届|年|方面|项目)'

if __name__ == '__main__':
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
        for p, d, ctx in uncovered(DIGITS):
            print(p, d, ctx)
    if '-c' in sys.argv:
        for p, d, ctx in uncovered(CN_NUMS):
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
