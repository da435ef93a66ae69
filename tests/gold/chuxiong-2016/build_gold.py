#!/usr/bin/env python3
"""Hand-checked blind gold annotation of lawtext-sample/city/楚雄彝族自治州/2016.md
(楚雄彝族自治州政府工作报告, 2016-01-12, 代州长 杨斌).

Standard library only.  Regenerates documents.csv, indicators.csv and projects.csv in this folder.

The source is Markdown: YAML front matter (--- … ---, only `title`), a header (date/meeting line,
speaker, 各位代表：), bold level-1 headings (**一、…**) and run-in level-2 headings
(（一）标题。正文… on one line).  The text sets a blank between a number and its unit
(770 亿元); one such blank is part of the span (README of /work/main).  Offsets count code
points of the whole decoded file (BOM removed, nothing else changed), front matter and markup
included.  Markup is never part of a surface, name or sentence.

Every annotation below is written by hand: the exact surface (or written name) plus an
*anchor*, a string that occurs exactly once in its paragraph and contains the surface.
Offsets are then found with str.find and checked (text[char_start:char_end] == surface).
The section outline (needed for section_id) is written by hand as well.

Blind: reconciled from two independent blind annotations (A and B), each written from the text,
DATASET.md, the README's conventions and the earlier golds' NOTES only.  Neither the annotators nor
the reconciliation ran gwr or read its output.  This script is B's, with the decisions listed under
"Reconciliation" in NOTES.md applied.

Source path: ../../../raw/lawtext-sample/city/楚雄彝族自治州/2016.md relative to this script (the
layout of /work/main/tests/gold/<name>/); the environment variable GWR_SRC overrides it.
Options: -v prints every row with its sentence, -s the row counts per section.
"""
import csv
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_PATH = 'lawtext-sample/city/楚雄彝族自治州/2016.md'
SRC = os.environ.get('GWR_SRC') or os.path.normpath(
    os.path.join(HERE, '..', '..', '..', 'raw', *SOURCE_PATH.split('/')))
DOC_ID = 'lawtext-sample/city/楚雄彝族自治州/2016'
REPORT_YEAR = 2016

raw = open(SRC, 'rb').read()
text = raw.decode('utf-8')
if text.startswith('\ufeff'):
    text = text[1:]
N = len(text)


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


def rstrip_end(end):
    while end > 0 and text[end - 1] in ' \t\r\n\u3000':
        end -= 1
    return end


# ---------------------------------------------------------------------------
# Front matter / header
# ---------------------------------------------------------------------------
assert text.startswith('---\n')
FM_END = text.find('\n---\n', 4) + len('\n---\n')
front = dict(line.split(': ', 1) for line in text[4:FM_END - 5].split('\n') if ': ' in line)
assert front['title'] == '楚雄彝族自治州政府工作报告 （2016年1月12日 杨斌）', front
assert 'source' not in front

# ---------------------------------------------------------------------------
# Sections (only to give section_id).
#   Level 1: the bold part headings **一、…** … **四、…**.
#   Level 2: the run-in （一）… headings of parts 二 and 三 (heading = text up to the first 。).
# A section runs to the next heading of the same or a higher level (DATASET.md), with the one
# refinement of the (corrected) README: when the run-in （N） headings of a part are each a single
# paragraph, every sibling but the last, the last one is cut to its own paragraph too (and what
# follows it belongs to the part); otherwise the run-in sections run to the next heading as the
# contract says.  Here part 二's （一）…（五） are single paragraphs, so （五） ends with its paragraph
# and the closing 各位代表！展望未来… paragraph (no rows) belongs to section 2; part 三's （一）…（九）
# are followed by the paragraphs that carry them out (加快推进“五网”基础设施建设。… etc.), so they
# keep the contract's span.  RUNIN_CUT records, per part, whether the cut applies (computed below).
# Part 一 has only ——…paragraph heads and part 四 only lead sentences (加快建设法治政府。): no
# level-2 sections there.
# ---------------------------------------------------------------------------
HEADINGS = [  # (level, marker, heading text as on the line, without ** marks)
    (1, '一、', '克难奋进，“十二五”经济社会发展取得显著成绩'),
    (1, '二、', '奋发有为，全力推进彝州“十三五”跨越式发展'),
    (2, '（一）', '牢固树立和落实创新发展理念，着力打造滇中城市经济圈西部增长极'),
    (2, '（二）', '牢固树立和落实协调发展理念，加快推进全国民族团结进步示范区建设'),
    (2, '（三）', '牢固树立和落实绿色发展理念，加快推进全省生态文明先行示范区建设'),
    (2, '（四）', '牢固树立和落实开放发展理念，着力打造连接长江经济带与孟中印缅经济走廊开放合作的桥梁'),
    (2, '（五）', '牢固树立和落实共享发展理念，着力在跨越发展中增进各族人民福祉'),
    (1, '三、', '真抓实干，努力实现“十三五”良好开局'),
    (2, '（一）', '着力打好 “五网 ”建设攻坚战，确保固定资产投资再上新台阶'),
    (2, '（二）', '着力打好产业转型升级攻坚战，确保产业建设取得新突破'),
    (2, '（三）', '着力打好脱贫攻坚战，确保夺取脱贫摘帽新胜利'),
    (2, '（四）', '着力转变农业发展方式，确保高原特色现代农业建设迈出新步伐'),
    (2, '（五）', '着力加快新型城镇化步伐，确保城乡统筹发展呈现新面貌'),
    (2, '（六）', '着力深化改革扩大开放，确保最大限度释放跨越发展新动力'),
    (2, '（七）', '着力实施惠民工程，确保民生实现新改善'),
    (2, '（八）', '着力加强生态文明建设，确保先行示范区创建取得新进展'),
    (2, '（九）', '着力创新社会治理方式，确保平安楚雄建设取得新成效'),
    (1, '四、', '加强政府自身建设，进一步提升政府统筹力和执行力'),
]
sections = []
for k, (lvl, marker, head) in enumerate(HEADINGS):
    if lvl == 1:
        st = find_unique('\n**' + marker + head + '**\n') + 1
    else:
        st = find_unique('\n' + marker + head + '。') + 1
    sections.append(dict(section_id=k + 1, level=lvl, marker=marker, heading=head,
                         char_start=st))
for k, s_ in enumerate(sections):
    nxt = N
    for t in sections[k + 1:]:
        if t['level'] <= s_['level']:
            nxt = t['char_start']
            break
    s_['char_end'] = rstrip_end(nxt)
    s_['parent'] = None
    for t in reversed(sections[:k]):
        if t['level'] < s_['level']:
            s_['parent'] = t['section_id']
            break
# README refinement for run-in （N） headings (all level-2 headings here are run-in).
RUNIN_CUT = {}
for part in [s_ for s_ in sections if s_['level'] == 1]:
    kids = [s_ for s_ in sections if s_['parent'] == part['section_id']]
    if not kids:
        continue
    single = ['\n' not in text[c['char_start']:c['char_end']] for c in kids]
    cut = all(single[:-1])
    RUNIN_CUT[part['marker']] = cut
    if cut:
        for c in kids:
            c['char_end'] = min(c['char_end'], rstrip_end(para_end(c['char_start'])))
assert RUNIN_CUT == {'二、': True, '三、': False}, RUNIN_CUT
BODY_START = sections[0]['char_start']
BODY_END = N
for s_ in sections:  # the outline must cover what it says
    assert s_['char_start'] < s_['char_end']


def section_of(pos):
    best = None
    for s_ in sections:
        if s_['char_start'] <= pos < s_['char_end']:
            if best is None or s_['level'] > best['level']:
                best = s_
    assert best is not None, pos
    return best['section_id']


# ---------------------------------------------------------------------------
# Sentences: split after 。！？； (terminator kept) and at line breaks; ** marks removed
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


# ---------------------------------------------------------------------------
# Periods / status
# ---------------------------------------------------------------------------
A15 = (2015, 2015, 'actual')    # part 一: 2015 年是…收官之年 … 一年来 (the ——…paragraphs of 2015)
A5Y = (2011, 2015, 'actual')    # part 一: ——这是…的五年 / 五年来 (“十二五”)
T5Y = (2016, 2020, 'target')    # part 二: “十三五”时期 (figures without a year of their own)
T17 = (2017, 2017, 'target')    # 到 2017 年
T20 = (2020, 2020, 'target')    # 到 2020 年
T16 = (2016, 2016, 'target')    # part 三: 今年 (2016 plan)


def para_span(anchor):
    i = find_unique(anchor)
    assert i == 0 or text[i - 1] == '\n', anchor
    return i, para_end(i)


# ---------------------------------------------------------------------------
# Indicators
# ---------------------------------------------------------------------------
MULT = [('万', Decimal(10) ** 4), ('亿', Decimal(10) ** 8)]
# written unit (after the multiplier) -> (unit_base, factor to unit_base, dimension)
BASE_UNITS = {
    '%': ('%', 1, 'percent'),
    '个百分点': ('百分点', 1, 'percent'),
    '元': ('元', 1, 'currency'), '美元': ('美元', 1, 'currency'),
    '平方米': ('平方米', 1, 'area'), '平方公里': ('平方公里', 1, 'area'), '亩': ('亩', 1, 'area'),
    '公里': ('公里', 1, 'length'),
    '吨': ('吨', 1, 'mass'), '担': ('担', 1, 'mass'),
    '千瓦': ('千瓦', 1, 'energy'),
    '立方米': ('立方米', 1, 'other'),
    '年': ('年', 1, 'time'),
    '人': ('人', 1, 'count'),
    '农村人口': ('人', 1, 'count'), '贫困人口': ('人', 1, 'count'),  # 74 万农村人口, 25.8 万贫困人口
    '户': ('户', 1, 'count'), '家': ('家', 1, 'count'), '个': ('个', 1, 'count'),
    '项': ('项', 1, 'count'), '件': ('件', 1, 'count'), '条': ('条', 1, 'count'),
    '套': ('套', 1, 'count'), '座': ('座', 1, 'count'),
}
INDICATOR_CODES = {'gdp', 'gdp_per_capita', 'industrial_output', 'industrial_value_added',
                   'fixed_asset_investment', 'retail_sales', 'disposable_income',
                   'disposable_income_urban', 'disposable_income_rural', 'energy_intensity',
                   'foreign_trade', 'foreign_investment', 'budget_revenue', 'new_urban_jobs',
                   'unemployment_rate', 'cpi', 'rd_intensity', 'good_air_days',
                   'forest_coverage', 'tourism_revenue', 'grain_output', 'deficit_ratio',
                   'budget_expenditure', 'urbanization_rate', 'carbon_intensity', 'pm25',
                   'life_expectancy', 'tax_revenue', 'private_investment',
                   'service_value_added', 'primary_value_added', 'secondary_value_added'}

FAI = 'fixed_asset_investment'
URB = 'disposable_income_urban'
RUR = 'disposable_income_rural'

# Each block: (paragraph start anchor, (period_start, period_end, status), [records])
# record: (anchor, surface, subject, indicator, measure, qualifier[, extra])
#   measure: A=amount G=growth_rate AG=avg_growth_rate R=ratio
#   qualifier: E=exact AP=approx AL=at_least AM=at_most
#   extra (optional dict): per=(start, end, status) override; frac=(num, den) for a fraction
IND_BLOCKS = [
    # ================= section 1: 一、… “十二五” (2015 paragraphs) =================
    ('2015 年是 “十二五 ”的收官之年', A15, [
        ('生产总值 770 亿元', '770 亿元', '生产总值', 'gdp', 'A', 'E'),
        ('770 亿元，增长 10%', '10%', '生产总值', 'gdp', 'G', 'E'),
        ('固定资产投资 780 亿元', '780 亿元', '规模以上固定资产投资', FAI, 'A', 'E'),
        ('增长 30% 左右', '30%', '规模以上固定资产投资', FAI, 'G', 'AP'),
        ('预算收入 68.2 亿元', '68.2 亿元', '一般公共预算收入', 'budget_revenue', 'A', 'E'),
        ('68.2 亿元，增长 7%', '7%', '一般公共预算收入', 'budget_revenue', 'G', 'E'),
        ('分别达 26739 元', '26739 元', '城镇常住居民人均可支配收入', URB, 'A', 'E'),
        ('和 8365 元', '8365 元', '农村常住居民人均可支配收入', RUR, 'A', 'E'),
        ('分别增长 9%', '9%', '城镇常住居民人均可支配收入', URB, 'G', 'E'),
        ('和 10.5%', '10.5%', '农村常住居民人均可支配收入', RUR, 'G', 'E'),
    ]),
    ('——锁定目标稳增长。', A15, [
        ('出台 28 条', '28 条', '出台稳增长政策措施', None, 'A', 'E'),
        ('筹集 5 亿元', '5 亿元', '整合筹集资金', None, 'A', 'E'),
        ('补助资金 132.3 亿元', '132.3 亿元', '争取到上级转移支付补助资金', None, 'A', 'E'),
        ('建设基金 17.6 亿元', '17.6 亿元', '争取到国家专项建设基金', None, 'A', 'E'),
        ('贷款额度 64.5 亿元', '64.5 亿元', '争取到易地扶贫搬迁贷款额度', None, 'A', 'E'),
        ('新增贷款 41.5 亿元', '41.5 亿元', '企业新增贷款', None, 'A', 'E'),
        ('税费负担 12.4 亿元', '12.4 亿元', '减轻企业税费负担', None, 'A', 'E'),
        ('到位资金 615 亿元', '615 亿元', '引进州外到位资金', None, 'A', 'E'),
        ('615 亿元，增长 30%', '30%', '引进州外到位资金', None, 'G', 'E'),
        ('零售总额增长 11.5%', '11.5%', '社会消费品零售总额', 'retail_sales', 'G', 'E'),
        ('突破 4 亿美元', '4 亿美元', '外贸进出口总额', 'foreign_trade', 'A', 'AL'),
    ]),
    ('——紧盯项目增投资。', A15, [
        ('开工了 76 个', '76 个', '集中开工重点项目', None, 'A', 'E'),
        ('总投资 197 亿元', '197 亿元', '重点项目总投资', None, 'A', 'E'),
        ('超过 100 亿元', '100 亿元', '新增社会融资', None, 'A', 'AL'),
        ('银行信贷 85 亿元', '85 亿元', '新增银行信贷', None, 'A', 'E'),
        ('建设用地 1.1 万亩', '1.1 万亩', '报批建设用地', None, 'A', 'E'),
        ('8055 亩', '8055 亩', '盘活存量建设用地', None, 'A', 'E'),
        ('林地 2.5 万亩', '2.5 万亩', '报批林地', None, 'A', 'E'),
    ]),
    ('——抓好 “三农 ”促增收。', A15, [
        ('支出达 39.6 亿元', '39.6 亿元', '农林水事务支出', None, 'A', 'E'),
        ('增长 16%', '16%', '农林水事务支出', None, 'G', 'E'),
        ('124.9 万吨', '124.9 万吨', '粮食总产量', 'grain_output', 'A', 'E'),
        ('181.9 万担', '181.9 万担', '烟叶收购任务', None, 'A', 'E'),
        ('提高 2.1 元', '2.1 元', '烟叶收购均价提高', None, 'A', 'E'),
        ('4270 元', '4270 元', '烟农户均增收', None, 'A', 'E'),
        ('企业 8 户', '8 户', '新增省级农业龙头企业', None, 'A', 'E'),
        ('州级 47 户', '47 户', '新增州级农业龙头企业', None, 'A', 'E'),
        ('资金 21.6 亿元', '21.6 亿元', '精准脱贫投入资金', None, 'A', 'E'),
        ('5 万人', '5 万人', '减少贫困人口', None, 'A', 'E'),
        ('增加 795 元', '795 元', '农村常住居民人均可支配收入增加', None, 'A', 'E'),
    ]),
    ('——聚焦工业强支撑。', A15, [
        ('安排 1.3 亿元', '1.3 亿元', '州财政安排资金', None, 'A', 'E'),
        ('争取 1.2 亿元', '1.2 亿元', '向上争取资金', None, 'A', 'E'),
        ('筹集 3 亿元', '3 亿元', '筹集资金', None, 'A', 'E'),
        ('100 个重点工业项目', '100 个', '重点工业项目', None, 'A', 'E'),
        ('增长 19.6%', '19.6%', '规模以上工业固定资产投资', None, 'G', 'E'),
        ('工业增加值增长 10%', '10%', '工业增加值', None, 'G', 'E'),
    ]),
    ('——统筹城乡促协调。', A15, [
        ('州级 30 个', '30 个', '州级重点示范乡镇', None, 'A', 'E'),
        ('95 公里', '95 公里', '新建城市配套污水管网', None, 'A', 'E'),
        ('17.5 亿元', '17.5 亿元', '城镇基础设施投资', None, 'A', 'E'),
        ('7117 套', '7117 套', '新开工保障房', None, 'A', 'E'),
        ('3 万户', '3 万户', '农村危改和抗震安居工程', None, 'A', 'E'),
    ]),
    ('——改善民生促和谐。', A15, [
        (' 56 个科技项目', '56 个', '获得国家和省级立项支持的科技项目', None, 'A', 'E'),
        ('8.5 亿元', '8.5 亿元', '带动新增投资', None, 'A', 'E'),
        ('2.9 万人', '2.9 万人', '城镇新增就业', 'new_urban_jobs', 'A', 'E'),
        ('3.3%', '3.3%', '城镇登记失业率', 'unemployment_rate', 'R', 'E'),
        (' 10 件民生实事', '10 件', '民生实事', None, 'A', 'E'),
    ]),
    # ================= section 1: the five years of “十二五” (2011-2015) =================
    ('——这是综合实力不断增强的五年。', A5Y, [
        ('年均增长 11.4%', '11.4%', '全州生产总值', 'gdp', 'AG', 'E'),
        ('17.3%', '17.3%', '一般公共预算收入', 'budget_revenue', 'AG', 'E'),
        ('14.8%', '14.8%', '一般公共预算支出', 'budget_expenditure', 'AG', 'E'),
        ('30.2%', '30.2%', '投资', None, 'AG', 'E'),
        ('15.1%', '15.1%', '消费', None, 'AG', 'E'),
        ('30.4%', '30.4%', '进出口总额', 'foreign_trade', 'AG', 'E'),
        ('11.3%', '11.3%', '城镇居民收入', None, 'AG', 'E'),
        ('16.5%', '16.5%', '农村居民收入', None, 'AG', 'E'),
        ('城镇化率达 40%', '40%', '城镇化率', 'urbanization_rate', 'R', 'E'),
        ('7.8 个百分点', '7.8 个百分点', '城镇化率提高', None, 'A', 'E'),
    ]),
    ('——这是产业建设成效明显的五年。', A5Y, [
        ('比重达 47%', '47%', '六大重点产业增加值占生产总值的比重', None, 'R', 'E'),
        ('突破 200 亿元', '200 亿元', '规模以上工业增加值', 'industrial_value_added', 'A', 'AL'),
        ('增长 87%', '87%', '规模以上工业增加值', 'industrial_value_added', 'G', 'E'),
        ('产值突破 100 亿元', '100 亿元', '楚雄烟厂产值', None, 'A', 'AL'),
        ('达 99 户', '99 户', '产值超亿元的骨干企业', None, 'A', 'E'),
        ('以上 8 户', '8 户', '产值10亿元以上的骨干企业', None, 'A', 'E'),
        ('以上 14 户', '14 户', '产值5亿元以上的骨干企业', None, 'A', 'E'),
        ('386.1 平方公里', '386.1 平方公里', '工业园区规划面积', None, 'A', 'E'),
        ('120 万平方米', '120 万平方米', '建成标准化厂房', None, 'A', 'E'),
        ('534 户', '534 户', '入园企业', None, 'A', 'E'),
    ]),
    ('——这是发展 基础不断夯实的五年。', A5Y, [
        ('2537 亿元', '2537 亿元', '累计规模以上固定资产投资', FAI, 'A', 'E'),
        ('1.9 万公里', '1.9 万公里', '全州公路总里程', None, 'A', 'E'),
        ('339.4 公里', '339.4 公里', '高速公路', None, 'A', 'E'),
        ('硬化率达 100%', '100%', '通乡公路硬化率', None, 'R', 'E'),
        ('分别为 100%', '100%', '建制村公路通达率', None, 'R', 'E'),
        ('72.3%', '72.3%', '建制村公路硬化率', None, 'R', 'E'),
        ('8 件', '8 件', '建成大中型水库', None, 'A', 'E'),
        ('933 座', '933 座', '除险加固中小型水库', None, 'A', 'E'),
        ('30 件', '30 件', '开工建设中小型水源工程', None, 'A', 'E'),
        ('2 亿立方米', '2 亿立方米', '新增库容', None, 'A', 'E'),
        ('74 万农村人口', '74 万农村人口', '解决饮水安全问题的农村人口', None, 'A', 'E'),
        ('167 平方公里', '167 平方公里', '城镇建成区面积', None, 'A', 'E'),
        ('20 平方公里', '20 平方公里', '城镇建成区面积增加', None, 'A', 'E'),
        ('138 万千瓦', '138 万千瓦', '水电、新能源装机', None, 'A', 'E'),
        ('80%', '80%', '光纤宽带网络覆盖的行政村', None, 'R', 'E'),
    ]),
    ('——这是 改革开放不断深化的五年。', A5Y, [
        ('224 项', '224 项', '取消和下放行政审批事项', None, 'A', 'E'),
        ('40 家', '40 家', '向社会公布权力清单和责任清单的州级单位', None, 'A', 'E'),
        ('11.2 万户', '11.2 万户', '纳入工商登记的市场主体', None, 'A', 'E'),
        ('3.9 万户', '3.9 万户', '新增市场主体', None, 'A', 'E'),
        ('1808 亿元', '1808 亿元', '累计引进州外到位资金', None, 'A', 'E'),
        ('40.8%', '40.8%', '引进州外到位资金', None, 'AG', 'E'),
    ]),
    ('——这是生态文明建设迈出坚实步伐的五年。', A5Y, [
        ('17 个', '17 个', '自然保护区', None, 'A', 'E'),
        ('284 万亩', '284 万亩', '自然保护区面积', None, 'A', 'E'),
        ('266 万亩', '266 万亩', '人工造林', None, 'A', 'E'),
        ('202 万亩', '202 万亩', '低效林改造', None, 'A', 'E'),
        ('65 万亩', '65 万亩', '退耕还林', None, 'A', 'E'),
        ('63.5%', '63.5%', '森林覆盖率', 'forest_coverage', 'R', 'E'),
        ('1 个百分点', '1 个百分点', '森林覆盖率提高', None, 'A', 'E'),
        ('2320 平方公里', '2320 平方公里', '水土流失综合治理面积', None, 'A', 'E'),
        ('12.7 平方米', '12.7 平方米', '城市人均公园绿地面积', None, 'A', 'E'),
        ('29.5%', '29.5%', '绿地率', None, 'R', 'E'),
        ('20.8%', '20.8%', '单位生产总值能耗', 'energy_intensity', 'G', 'E'),
        ('83.2%', '83.2%', '城市生活污水集中处理率', None, 'R', 'E'),
        ('处理率达 100%', '100%', '垃圾无害化处理率', None, 'R', 'E'),
    ]),
    ('——这是 人民群众得到更多实惠的五年。', A5Y, [
        ('70%', '70%', '民生支出占财政总支出的比重', None, 'R', 'AL'),
        ('10 件', '10 件', '民生实事', None, 'A', 'E'),
        ('13.9 万人', '13.9 万人', '城镇累计新增就业', 'new_urban_jobs', 'A', 'E'),
        ('7.5 万套', '7.5 万套', '累计建设各类保障性住房', None, 'A', 'E'),
        ('13.8 万户', '13.8 万户', '农村危房改造和抗震安居工程', None, 'A', 'E'),
        ('93%', '93%', '义务教育巩固率', None, 'R', 'E'),
        ('80%', '80%', '高中阶段毛入学率', None, 'R', 'E'),
        ('53.2%', '53.2%', '科技进步对国民经济的贡献率', None, 'R', 'E'),
        ('97.7%', '97.7%', '广播电视覆盖率', None, 'R', 'E'),
        ('49.7 万人', '49.7 万人', '贫困人口', None, 'A', 'E'),
        ('25.8 万人', '25.8 万人', '贫困人口', None, 'A', 'E'),
    ]),
    ('各位代表！五年来，', A5Y, [
        ('议案 10 件', '10 件', '人大代表议案', None, 'A', 'E'),
        ('971 件', '971 件', '人大代表建议', None, 'A', 'E'),
        ('1685 件', '1685 件', '政协提案', None, 'A', 'E'),
        ('100%', '100%', '办结率', None, 'R', 'E'),
    ]),
    # ================= section 2: 二、“十三五” (2016-2020, target) =================
    ('全州 “十三五 ”时期经济社会发展主要预期目标建议为', T5Y, [
        ('年均增长 10% 以上', '10%', '地区生产总值', 'gdp', 'AG', 'AL'),
        ('12% 以上', '12%', '地区生产总值', 'gdp', 'AG', 'AL'),
        ('突破 1000 亿元', '1000 亿元', '地区生产总值总量', 'gdp', 'A', 'AL', {'per': T17}),
        ('突破 1500 亿元', '1500 亿元', '地区生产总值总量', 'gdp', 'A', 'AL', {'per': T20}),
        ('25.8 万贫困人口', '25.8 万贫困人口', '全部脱贫的现行标准下贫困人口', None, 'A', 'E'),
        ('7 个贫困县', '7 个', '全部摘帽的贫困县', None, 'A', 'E'),
        ('25 个贫困乡镇', '25 个', '全部出列的贫困乡镇', None, 'A', 'E'),
        ('220 个', '220 个', '全部出列的贫困行政村', None, 'A', 'E'),
        ('3309 个', '3309 个', '全部出列的贫困自然村', None, 'A', 'E'),
    ]),
    # ---- section 3: （一）创新发展
    ('（一）牢固树立和落实创新发展理念', T5Y, [
        ('2 万公里', '2 万公里', '公路总里程', None, 'A', 'E'),
        ('600 公里', '600 公里', '高速公路里程', None, 'A', 'AL'),
        ('5 座', '5 座', '建设通用机场', None, 'A', 'E'),
        ('300 万千瓦', '300 万千瓦', '新能源总装机', None, 'A', 'E', {'per': T20}),
        ('85%', '85%', '城市（县城）燃气普及率', None, 'R', 'E', {'per': T20}),
        ('2 亿立方米', '2 亿立方米', '新增蓄水总库容和供水能力', None, 'A', 'AL'),
        ('87%', '87%', '城市生活污水处理率', None, 'R', 'E'),
        ('95%', '95%', '行政村以上光纤覆盖率', None, 'R', 'E', {'per': T20}),
        ('70%', '70%', '十大产业增加值占地区生产总值的比重', None, 'R', 'AL', {'per': T20}),
    ]),
    # ---- section 4: （二）协调发展
    ('（二）牢固树立和落实协调发展理念', T5Y, [
        ('50%', '50%', '全州常住人口城镇化率', 'urbanization_rate', 'R', 'E', {'per': T20}),
        ('40%', '40%', '户籍人口城镇化率', None, 'R', 'E', {'per': T20}),
        ('建 3 个', '3 个', '创建省级民族团结进步示范县市', None, 'A', 'E'),
        ('7 个州级', '7 个', '创建州级民族团结进步示范县市', None, 'A', 'E'),
        ('10 个省级', '10 个', '创建省级民族团结进步示范乡镇', None, 'A', 'E'),
        ('40 个州级', '40 个', '创建州级民族团结进步示范乡镇', None, 'A', 'E'),
        ('100 个省级', '100 个', '创建省级民族团结进步示范村', None, 'A', 'E'),
        ('200 个州级', '200 个', '创建州级民族团结进步示范村', None, 'A', 'E'),
    ]),
    # ---- section 5: （三）绿色发展
    ('（三）牢固树立和落实绿色发展理念', T20, [
        ('64.5%', '64.5%', '森林覆盖率', 'forest_coverage', 'R', 'E'),
        ('432 万亩', '432 万亩', '耕地保有量', None, 'A', 'E'),
    ]),
    # ---- section 6: （四）开放发展
    ('（四）牢固树立和落实开放发展理念', T20, [
        ('1200 亿元', '1200 亿元', '引进州外到位资金', None, 'A', 'AL'),
        ('7 亿美元', '7 亿美元', '外贸进出口总额', 'foreign_trade', 'A', 'AL'),
    ]),
    # ---- section 7: （五）共享发展 (one sentence opened by 到 2020 年)
    ('（五）牢固树立和落实共享发展理念', T20, [
        ('13.5 年', '13.5 年', '新增劳动力受教育年限', None, 'A', 'E'),
        ('90%', '90%', '高中阶段教育毛入学率', None, 'R', 'E'),
        ('75%', '75%', '学前教育三年毛入园率', None, 'R', 'E'),
        ('4.5%', '4.5%', '城镇登记失业率', 'unemployment_rate', 'R', 'AM'),
        ('1 万元', '1 万元', '贫困地区农村常住居民人均可支配收入', None, 'A', 'AL'),
    ]),
    # ================= section 8: 三、2016 (target) =================
    ('今年经济社会发展主要预期目标建议为', T16, [
        ('增长 10% 左右', '10%', '生产总值', 'gdp', 'G', 'AP'),
        ('25%', '25%', '规模以上固定资产投资', FAI, 'G', 'E'),
        ('收入增长 7%', '7%', '一般公共预算收入', 'budget_revenue', 'G', 'E'),
        ('零售总额增长 11%', '11%', '社会消费品零售总额', 'retail_sales', 'G', 'E'),
        ('12%', '12%', '外贸进出口总额', 'foreign_trade', 'G', 'E'),
        ('分别增长 10%', '10%', '城镇常住居民人均可支配收入', URB, 'G', 'E'),
        ('和 11%', '11%', '农村常住居民人均可支配收入', RUR, 'G', 'E'),
        ('4.5%', '4.5%', '城镇登记失业率', 'unemployment_rate', 'R', 'AM'),
        ('3.5%', '3.5%', '居民消费价格', 'cpi', 'G', 'AM'),
    ]),
    # ---- section 9: （一）“五网”
    ('（一）着力打好 “五网 ”建设攻坚战', T16, [
        ('1000 亿元', '1000 亿元', '规模以上固定资产投资', FAI, 'A', 'AL'),
    ]),
    ('加快推进 “五网 ”基础设施建设。', T16, [
        ('226 个', '226 个', '“五网”建设项目', None, 'A', 'E'),
        ('240 亿元', '240 亿元', '“五网”建设项目投资', None, 'A', 'AL'),
        ('130 个', '130 个', '实施路面硬化工程的行政村', None, 'A', 'E'),
        ('1500 公里', '1500 公里', '行政村路面硬化工程', None, 'A', 'E'),
        ('交通投资 60 亿元', '60 亿元', '公路交通投资', None, 'A', 'AL'),
        ('50 亿元', '50 亿元', '铁路投资', None, 'A', 'AL'),
        ('建设投资 60 亿元', '60 亿元', '能源网建设投资', None, 'A', 'AL'),
        ('25 件', '25 件', '重点水源工程', None, 'A', 'E'),
        ('6 件', '6 件', '新开工小（一）型重点水源工程', None, 'A', 'E'),
        ('投资 40 亿元', '40 亿元', '水利建设投资', None, 'A', 'AL'),
        ('设施投资 10 亿元', '10 亿元', '互联网基础设施投资', None, 'A', 'AL'),
    ]),
    ('加快推进 “四个一批 ”工作。', T16, [
        ('370 亿元', '370 亿元', '州级“四个一百”项目投资', None, 'A', 'AL'),
        ('1 亿元', '1 亿元', '州级财政安排前期工作经费', None, 'A', 'AL'),
    ]),
    # ---- section 10: （二）产业转型升级
    ('（二）着力打好产业转型升级攻坚战', T16, [
        ('11.4%', '11.4%', '工业增加值', None, 'G', 'E'),
        ('60%', '60%', '重点产业增加值占全州生产总值的比重', None, 'R', 'AL'),
        ('40 户', '40 户', '新增规模以上工业企业', None, 'A', 'AL'),
    ]),
    ('推进园区产业转型升级。', T16, [
        ('禄丰 2 个', '2 个', '千亿元园区', None, 'A', 'E'),
        ('南华 3 个', '3 个', '百亿元园区', None, 'A', 'E'),
        ('增长 25%', '25%', '园区基础设施投资', None, 'G', 'E'),
        ('40 户', '40 户', '新增入园企业', None, 'A', 'E'),
        ('13%', '13%', '园区主营业务收入', None, 'G', 'E'),
    ]),
    ('推进重点产业建设。', T16, [
        ('172.5 万担', '172.5 万担', '烟叶收购任务', None, 'A', 'E'),
        ('8%', '8%', '冶金产业增加值', None, 'G', 'E'),
        ('20 万亩', '20 万亩', '发展中药材种植', None, 'A', 'AL'),
        ('30%', '30%', '生物医药产业增加值', None, 'G', 'E'),
        ('11%', '11%', '文化旅游产业增加值', None, 'G', 'E'),
        ('20%', '20%', '新能源新材料产业增加值', None, 'G', 'E'),
    ]),
    ('加快发展现代服务业。', T16, [
        ('10%', '10%', '第三产业增加值', 'service_value_added', 'G', 'AL'),
    ]),
    ('完善产业扶持措施。', T16, [
        ('企业 10 户', '10 户', '新增国家高新技术企业', None, 'A', 'E'),
    ]),
    # ---- section 11: （三）脱贫攻坚
    ('（三）着力打好脱贫攻坚战', T16, [
        ('7 万人', '7 万人', '脱贫人口', None, 'A', 'E'),
        ('1 个贫困县', '1 个', '“减贫摘帽”的贫困县', None, 'A', 'E'),
        ('5 个贫困乡镇', '5 个', '“减贫摘帽”的贫困乡镇', None, 'A', 'E'),
        ('50 个', '50 个', '出列的贫困行政村', None, 'A', 'E'),
        ('7500 元', '7500 元', '贫困地区农村常住居民人均可支配收入', None, 'A', 'AL'),
    ]),
    ('落实精准扶贫方略。', T16, [
        ('3.8 万人', '3.8 万人', '发展生产脱贫', None, 'A', 'E'),
        ('2 万人', '2 万人', '易地扶贫搬迁脱贫', None, 'A', 'E'),
        ('3500 人', '3500 人', '生态补偿脱贫', None, 'A', 'E'),
        ('3100 人', '3100 人', '发展教育脱贫', None, 'A', 'E'),
        ('5400 人', '5400 人', '社会保障兜底脱贫', None, 'A', 'E'),
    ]),
    ('构建脱贫攻坚大格局。', T16, [
        ('1 亿元', '1 亿元', '州级财政资金投入扶贫', None, 'A', 'AL'),
        ('5% 以上', '5%', '一般公用经费', None, 'G', 'AL'),
        ('12 项', '12 项', '扶贫行动', None, 'A', 'E'),
        ('5 个平台', '5 个', '搭建平台', None, 'A', 'E'),
    ]),
    # ---- section 12: （四）农业
    ('（四）着力转变农业发展方式', T16, [
        ('6%', '6%', '高原特色现代农业增加值', None, 'G', 'AL'),
    ]),
    ('推进高原特色现代农业基地建设。', T16, [
        ('120 万吨', '120 万吨', '粮食产量', 'grain_output', 'A', 'AL'),
    ]),
    # ---- section 13: （五）城镇化
    ('（五）着力加快新型城镇化步伐', T16, [
        ('1.5 个百分点', '1.5 个百分点', '城镇化率提高', None, 'A', 'AL'),
    ]),
    ('统筹城乡建设。', T16, [
        ('1.5 万 户', '1.5 万 户', '棚户区改造', None, 'A', 'E'),
        ('30 个', '30 个', '州级重点示范乡镇', None, 'A', 'E'),
        ('3.4 万户', '3.4 万户', '农村危房改造和抗震安居工程', None, 'A', 'E'),
    ]),
    # ---- section 14: （六）改革开放
    ('统筹推进各类改革。', T16, [
        ('1 个百分点', '1 个百分点', '民营经济增加值占生产总值的比重提高', None, 'A', 'AP'),
    ]),
    ('改革创新破解难题。', T16, [
        ('100 亿元', '100 亿元', '新增社会融资', None, 'A', 'AL'),
        ('10%', '10%', '向上争取财政转移支付资金', None, 'G', 'E'),
    ]),
    ('提升开放合作水平。', T16, [
        ('4.5 亿美元', '4.5 亿美元', '外贸进出口总额', 'foreign_trade', 'A', 'E'),
        ('120 亿元', '120 亿元', '州外到位资金新增', None, 'A', 'E'),
        ('150 亿元', '150 亿元', '州外到位资金新增', None, 'A', 'E'),
        ('60%', '60%', '产业招商到位资金占比', None, 'R', 'AL'),
        ('1/3', '1/3', '园区招商项目到位资金比重', None, 'R', 'E', {'frac': (1, 3)}),
    ]),
    # ---- section 15: （七）惠民工程
    ('（七）着力实施惠民工程', T16, [
        ('8 项', '8 项', '惠民工程', None, 'A', 'E'),
        ('10 件', '10 件', '民生实事', None, 'A', 'E'),
    ]),
    ('实施公共服务提升工程。', T16, [
        ('83%', '83%', '高中阶段教育毛入学率', None, 'R', 'E'),
        ('65%', '65%', '学前三年教育毛入园率', None, 'R', 'E'),
        ('2.9 万人', '2.9 万人', '城镇新增就业', 'new_urban_jobs', 'A', 'E'),
        ('完成 1 个', '1 个', '省级民族团结示范县', None, 'A', 'E'),
        ('4 个', '4 个', '省级民族团结示范乡镇', None, 'A', 'E'),
        ('12 个', '12 个', '省级民族团结示范村', None, 'A', 'E'),
        ('10 个', '10 个', '少数民族特色村寨', None, 'A', 'E'),
        ('和 1 个', '1 个', '民族团结示范社区', None, 'A', 'E'),
    ]),
    # ---- section 16: （八）生态文明
    ('突出生态建设和环境保护。', T16, [
        ('10 万亩', '10 万亩', '新一轮退耕还林', None, 'A', 'E'),
        ('45 万亩', '45 万亩', '营造林', None, 'A', 'E'),
        ('3 万亩', '3 万亩', '陡坡地生态治理', None, 'A', 'E'),
    ]),
    ('推进绿色低碳发展。', T16, [
        ('60%', '60%', '工业固废综合利用率', None, 'R', 'AL'),
    ]),
]

MEASURE_CODE = {'A': 'amount', 'G': 'growth_rate', 'AG': 'avg_growth_rate', 'R': 'ratio'}
QUAL_CODE = {'E': 'exact', 'AP': 'approx', 'AL': 'at_least', 'AM': 'at_most'}

QUAL_WORDS_AFTER = {'以上': 'at_least', '左右': 'approx', '以内': 'at_most', '以下': 'at_most'}
QUAL_WORDS_BEFORE = {'突破': 'at_least', '超过': 'at_least', '超': 'at_least', '逾': 'at_least',
                     '迈上': 'at_least', '不低于': 'at_least', '不少于': 'at_least',
                     '约': 'approx', '近': 'approx', '不超过': 'at_most', '低于': 'at_most'}
GROWTH_WORDS = ('增长', '增速', '增幅', '涨幅', '提高', '提升')
DECREASE_WORDS = ('下降', '减少', '降低', '精简', '压减', '缩减', '削减', '压缩')


def parse_surface(surface):
    """-> (value Decimal, unit as written without blanks, multiplier word or '', written base unit)"""
    s = surface
    assert '  ' not in s, surface
    i = 0
    while i < len(s) and (s[i].isdigit() or s[i] == '.'):
        i += 1
    num = s[:i]
    assert num, surface
    unit = s[i:].replace(' ', '')
    mult = ''
    for m, _ in MULT:
        if unit.startswith(m) and unit[len(m):] in BASE_UNITS:
            mult = m
            break
    wbase = unit[len(mult):]
    assert wbase in BASE_UNITS, (surface, wbase)
    return Decimal(num), unit, mult, wbase


def fmt_float(d):
    if d is None:
        return ''
    return repr(float(d))


def word_after(en):
    j = en
    while j < N and text[j] == ' ':
        j += 1
    return text[j:j + 3]


def text_before(st):
    j = st
    while j > 0 and text[j - 1] == ' ':
        j -= 1
    return text[max(0, j - 4):j]


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
        assert surface[0] != ' ' and surface[-1] != ' ', surface
        measure = MEASURE_CODE[mcode]
        qual = QUAL_CODE[qcode]
        if 'frac' in extra:
            n_, d_ = extra['frac']
            assert surface == '%d/%d' % (n_, d_)
            q = Decimal(n_) / Decimal(d_)
            value = q.quantize(Decimal('0.000001'), rounding=ROUND_HALF_UP)
            vb = (q * 100).quantize(Decimal('0.0001'), rounding=ROUND_HALF_UP)
            unit, unit_base, dim = '分之', '%', 'percent'
        else:
            assert not surface[-1].isdigit(), surface
            value, unit, mult, wbase = parse_surface(surface)
            unit_base, factor, dim = BASE_UNITS[wbase]
            mult_f = dict(MULT)[mult] if mult else 1
            vb = value * mult_f * factor
        # qualifier: checked against the words next to the span
        auto = 'exact'
        for w, q in QUAL_WORDS_AFTER.items():
            if word_after(en).startswith(w):
                auto = q
        for w, q in QUAL_WORDS_BEFORE.items():
            if text_before(st).endswith(w):
                auto = q
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
        assert subject and ' ' not in subject
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
    ('——聚焦工业强支撑。', A15, [
        ('云南石化产业园项目', '云南石化产业园项目', None, '启动建设', 'started'),
    ]),
    ('——这是产业建设成效明显的五年。', A5Y, [
        ('楚雄烟厂技改搬迁', '楚雄烟厂技改搬迁', None, '全面完成', 'completed'),
    ]),
    ('——这是发展 基础不断夯实的五年。', A5Y, [
        ('昆广铁路复线', '昆广铁路复线', None, '建成通车', 'completed'),
        ('楚广高速', '楚广高速', None, '建成通车', 'completed'),
        ('元双二级公路', '元双二级公路', None, '建成通车', 'completed'),
        ('楚南一级', '楚南一级', None, '开工建设', 'started'),
        ('、武易高速、', '武易高速', None, '开工建设', 'started'),
        ('双新公路', '双新公路', None, '开工建设', 'started'),
        ('建成青山嘴等', '青山嘴', '青山嘴水库', '建成', 'completed'),
        ('观音岩水电站移民搬迁安置', '观音岩水电站移民搬迁安置', None, '全面完成', 'completed'),
    ]),
    ('（一）牢固树立和落实创新发展理念', T5Y, [
        ('全力推进永广、', '永广', '永广铁路扩能改造工程', '全力推进', 'ongoing'),
        ('广大铁路扩能改造工程', '广大铁路扩能改造工程', None, '全力推进', 'ongoing'),
        ('楚雄机场项目', '楚雄机场项目', None, '积极推进前期工作', 'planned'),
        ('金沙江黄金水道', '金沙江黄金水道', None, '加快建设', 'ongoing'),
        ('滇中引水楚雄州受水区工程', '滇中引水楚雄州受水区工程', None, None, None),
        ('“宽带楚雄 ”', '“宽带楚雄 ”', None, '实施', 'ongoing'),
    ]),
    ('（五）牢固树立和落实共享发展理念', T5Y, [
        ('“五个一批 ”脱贫工程', '“五个一批 ”脱贫工程', None, '实施好', 'ongoing'),
    ]),
    ('加快推进 “五网 ”基础设施建设。', T16, [
        ('楚南一级、', '楚南一级', None, '加快实施', 'ongoing'),
        ('武易高速楚雄段', '武易高速楚雄段', None, '加快实施', 'ongoing'),
        ('楚永高速楚姚段', '楚永高速楚姚段', None, '开工建设', 'started'),
        ('楚双高速', '楚双高速', None, '积极配合省加快前期工作', 'planned'),
        ('昆楚大高速扩容楚雄境内段项目', '昆楚大高速扩容楚雄境内段项目', None,
         '积极配合省加快前期工作', 'planned'),
        ('加快广大、', '广大', '广大铁路扩能改造', '加快', 'ongoing'),
        ('永广铁路扩能改造', '永广铁路扩能改造', None, '加快', 'ongoing'),
        ('昆楚城际铁路', '昆楚城际铁路', None, '推进前期工作', 'planned'),
        ('滇中环线铁路', '滇中环线铁路', None, '推进前期工作', 'planned'),
        ('永仁、元谋', '永仁', '永仁通用机场', '开工建设', 'started'),
        ('元谋通用机场', '元谋通用机场', None, '开工建设', 'started'),
        ('乌东德、', '乌东德', '乌东德水电站', '积极支持建设', 'ongoing'),
        ('嘎洒江水电站', '嘎洒江水电站', None, '积极支持建设', 'ongoing'),
        ('中缅天然气管道楚雄区域支线', '中缅天然气管道楚雄区域支线', None, '加快建设', 'ongoing'),
        ('楚雄至攀枝花天然气管道', '楚雄至攀枝花天然气管道', None, '加快建设', 'ongoing'),
        ('武定仁和', '武定仁和', '武定仁和水源工程', '加快建设', 'ongoing'),
        ('永仁直苴', '永仁直苴', '永仁直苴水源工程', '加快建设', 'ongoing'),
        ('牟定小石门', '牟定小石门', '牟定小石门水库项目', '抓好前期工作', 'planned'),
        ('大姚桂花', '大姚桂花', '大姚桂花水库项目', '抓好前期工作', 'planned'),
        ('南华小箐河中型水库', '南华小箐河中型水库', None, '新开工', 'started'),
        ('武定土瓜地', '武定土瓜地', '武定土瓜地水源工程', '新开工', 'started'),
        ('滇中引水工程', '滇中引水工程', None, '积极支持配合做好', 'ongoing'),
        ('“五小水利 ”工程', '“五小水利 ”工程', None, '加快推进', 'ongoing'),
    ]),
    ('推进园区产业转型升级。', T16, [
        ('石化园区', '石化园区', None, '推进建设取得实质性进展', 'ongoing'),
    ]),
    ('推进重点产业建设。', T16, [
        ('“2260”优质烟叶工程', '“2260”优质烟叶工程', None, '实施', 'ongoing'),
        ('云铜技改搬迁项目', '云铜技改搬迁项目', None, '尽快落地', None),
        ('元谋人、', '元谋人', None, '加快推进建设', 'ongoing'),
        ('恐龙谷', '恐龙谷', None, '加快推进建设', 'ongoing'),
    ]),
    ('加快发展现代服务业。', T16, [
        ('广通粮食产业园区', '广通粮食产业园区', None, '积极推进建设', 'ongoing'),
    ]),
    ('完善产业扶持措施。', T16, [
        ('中小企业成长工程', '中小企业成长工程', None, '深入实施', 'ongoing'),
        ('“两个 10 万元 ”微型企业培育工程', '“两个 10 万元 ”微型企业培育工程', None, '深入实施',
         'ongoing'),
    ]),
    ('落实精准扶贫方略。', T16, [
        ('“五个一批 ”工程', '“五个一批 ”工程', None, '实施', 'ongoing'),
    ]),
    ('推进高原特色现代农业基地建设。', T16, [
        ('名特优农产品基地培育工程', '名特优农产品基地培育工程', None, '实施', 'ongoing'),
        ('楚雄国家农业科技园区', '楚雄国家农业科技园区', None, '抓好建设', 'ongoing'),
        ('中国—以色列高原特色现代农业示范园', '中国—以色列高原特色现代农业示范园', None, '抓好建设',
         'ongoing'),
    ]),
    ('实施公共服务提升工程。', T16, [
        ('公共服务提升工程', '公共服务提升工程', None, '实施', 'ongoing'),
        ('教育提质惠民工程', '教育提质惠民工程', None, '实施', 'ongoing'),
        ('创业促进就业工程', '创业促进就业工程', None, '实施', 'ongoing'),
        ('城乡居民增收工程', '城乡居民增收工程', None, '实施', 'ongoing'),
        ('社保扩面提标工程', '社保扩面提标工程', None, '实施', 'ongoing'),
        ('健康楚雄工程', '健康楚雄工程', None, '实施', 'ongoing'),
        ('人口均衡发展工程', '人口均衡发展工程', None, '实施', 'ongoing'),
        ('民族团结进步示范工程', '民族团结进步示范工程', None, '实施', 'ongoing'),
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

# No indicator lies inside a project name.
for p in projects:
    for r in indicators:
        assert not (p['char_start'] <= r['char_start'] < p['char_end']), (p['name'], r['surface'])

# ---------------------------------------------------------------------------
# Documents
# ---------------------------------------------------------------------------
HEADER = text[FM_END:BODY_START]
assert '——2016年1月12日在楚雄彝族自治州第十一届人民代表大会第六次会议上' in HEADER
assert '代州长 杨斌' in HEADER
documents = [dict(
    doc_id=DOC_ID, source_path=SOURCE_PATH, title='楚雄彝族自治州政府工作报告', source_url=None,
    region='楚雄彝族自治州', admin_level='prefecture', report_year=REPORT_YEAR,
    delivered_on='2016-01-12', meeting='楚雄彝族自治州第十一届人民代表大会第六次会议',
    speaker='杨斌', speaker_title='代州长')]

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
    assert '**' not in r['sentence'] and r['surface'] in r['sentence']
for r in back['projects']:
    written = text[int(r['char_start']):int(r['char_end'])]
    assert written == r['name'] or written in r['name'], r
    assert '**' not in r['sentence'] and written in r['sentence']
assert [int(r['mention_id']) for r in back['indicators']] == list(range(1, len(indicators) + 1))
assert [int(r['project_id']) for r in back['projects']] == list(range(1, len(projects) + 1))


# ---------------------------------------------------------------------------
# Sweep: every digit run in the body is either inside a row's span or listed as an exclusion
# (context string containing it, unique in the body).  Run with -x to print the leftovers.
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
            print(' | '.join([r['project_id'], r['name'], r['action'], r['stage'] or '-',
                              r['status'], '%s-%s' % (r['period_start'], r['period_end']),
                              'S' + r['section_id']]))
            print('      ' + r['sentence'])
