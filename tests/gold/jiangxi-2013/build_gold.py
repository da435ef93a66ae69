#!/usr/bin/env python3
"""Hand-checked blind gold annotation of the 2013 Jiangxi government work report
(raw/lawtext-sample/provincial/江西省/2013.md): documents, indicators and projects.

Standard library only.  Regenerates documents.csv, indicators.csv and projects.csv in this
folder.  Set GWR_SRC to read the report from another path.

The source is Markdown as published by a public collection: YAML front matter between ---
lines, **bold** headings.  Offsets count code points of the whole decoded file (BOM removed,
nothing else changed), front matter and markup included.  The front matter and the header
(省长 鹿心社) yield no rows.

Every annotation below is written by hand: the exact surface (or written name) plus an
*anchor*, a longer string that occurs exactly once in the text and contains the surface.
Offsets are then found with str.find and checked (text[char_start:char_end] == surface).
The section outline (needed for section_id) is written by hand as well.

This gold is a blind held-out set: it was written from the text and DATASET.md alone, before
gwr was run on the file (see NOTES.md).  It is the reconciliation of two independent blind
annotations (A and B): this script is B's, with the decisions listed under "Reconciliation" in
NOTES.md applied.
"""
import csv
import os
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.environ.get('GWR_SRC') or os.path.normpath(
    os.path.join(HERE, '..', '..', '..', 'raw', 'lawtext-sample', 'provincial', '江西省', '2013.md'))
DOC_ID = 'lawtext-sample/provincial/江西省/2013'
SOURCE_PATH = 'lawtext-sample/provincial/江西省/2013.md'
REPORT_YEAR = 2013

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
    """end (exclusive) of the paragraph (line) that starts at or contains pos"""
    e = text.find('\n', pos)
    return N if e < 0 else e


def rstrip_end(end):
    while end > 0 and text[end - 1] in ' \t\r\n\u3000*':
        end -= 1
    return end


def line_start(pos):
    """pos must start a line, possibly after bold markup"""
    k = pos
    while k > 0 and text[k - 1] == '*':
        k -= 1
    return k == 0 or text[k - 1] == '\n'


# ---------------------------------------------------------------------------
# Front matter / header
# ---------------------------------------------------------------------------
assert text.startswith('---\n')
FM_END = text.find('\n---\n', 4) + 5
front = text[4:FM_END - 5]
FM = {}
for ln in front.split('\n'):
    k, _, v = ln.partition(':')
    FM[k.strip()] = v.strip()

# ---------------------------------------------------------------------------
# Sections (only to give section_id): 一、…三、, the （一）…（九） inside 三、, and the
# 《政府工作报告》注释 block (a level-1 section, DATASET.md).  A section runs to the next heading
# of the same or a higher level.  一是/二是… and ——经济结构进一步优化。 are paragraph heads.
# ---------------------------------------------------------------------------
HEADINGS = [  # (level, line start anchor, marker, heading)
    (1, '一、2012年及本届政府工作回顾', '一、', '2012年及本届政府工作回顾'),
    (1, '二、今后五年的总体要求和目标任务', '二、', '今后五年的总体要求和目标任务'),
    (1, '三、2013年的重点工作', '三、', '2013年的重点工作'),
    (2, '（一）着力扩大投资和消费', '（一）', '着力扩大投资和消费，推动经济持续健康较快发展'),
    (2, '（二）大力培育区域经济增长极', '（二）', '大力培育区域经济增长极，促进区域经济协调发展'),
    (2, '（三）实施创新驱动发展战略', '（三）', '实施创新驱动发展战略，加快产业结构调整'),
    (2, '（四）加强“三农”工作', '（四）', '加强“三农”工作，夯实农业农村发展基础'),
    (2, '（五）着力推进城镇化', '（五）', '着力推进城镇化，不断拓宽经济发展空间'),
    (2, '（六）深入推进改革开放', '（六）', '深入推进改革开放，不断激发发展活力'),
    (2, '（七）积极推进生态文明建设', '（七）', '积极推进生态文明建设，努力建设秀美江西'),
    (2, '（八）加快发展社会事业', '（八）', '加快发展社会事业，维护社会和谐稳定'),
    (2, '（九）扎实推进民生工程', '（九）', '扎实推进民生工程，增进人民群众福祉'),
    (1, '《政府工作报告》注释', '', '《政府工作报告》注释'),
]
sections = []
for k, (lvl, a, mk, hd) in enumerate(HEADINGS):
    st = find_unique(a)
    assert line_start(st), a
    assert text.startswith(mk + hd, st), (mk, hd)
    sections.append(dict(section_id=k + 1, level=lvl, char_start=st, marker=mk, heading=hd))
for k, s_ in enumerate(sections):
    nxt = N
    for t in sections[k + 1:]:
        if t['level'] <= s_['level']:
            nxt = t['char_start']
            break
    s_['char_end'] = rstrip_end(nxt)
BODY_START = sections[0]['char_start']
GLOSSARY_START = sections[-1]['char_start']
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
# Sentences: split after 。！？； (terminator kept) and at line breaks; no ** markup
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
# Periods / status per paragraph ("block")
# ---------------------------------------------------------------------------
Y12 = (2012, 2012, 'actual')    # 一、 the review of 2012 (经济平稳较快发展。… 社会事业全面发展。)
R5 = (2008, 2012, 'actual')     # 一、 这五年 / 五年来 paragraph (本届政府, report_year-5 … -1)
F5 = (2013, 2017, 'target')     # 二、今后五年 (未来五年)
F17 = (2017, 2017, 'target')    # 二、 到2017年 clause
P13 = (2013, 2013, 'target')    # 三、2013年的重点工作 (今年)
GLA = (None, None, 'actual')    # 《政府工作报告》注释: no time reference
GLT = (None, None, 'target')    # 注释 9: the goals of the “六个一”工程, no time reference


def para_span(anchor):
    i = find_unique(anchor)
    assert line_start(i), anchor
    return i, para_end(i)


# ---------------------------------------------------------------------------
# Indicators
# ---------------------------------------------------------------------------
# multiplier words, longest first
MULT = [('万亿', Decimal(10) ** 12), ('万', Decimal(10) ** 4), ('亿', Decimal(10) ** 8),
        ('千', Decimal(10) ** 3), ('百', Decimal(100))]
# written unit (after the multiplier) -> (unit_base, factor to unit_base, dimension)
BASE_UNITS = {
    '%': ('%', 1, 'percent'), '％': ('%', 1, 'percent'),
    '‰': ('%', Decimal('0.1'), 'percent'),
    '个百分点': ('百分点', 1, 'percent'),
    '倍': ('倍', 1, 'other'),
    '元': ('元', 1, 'currency'), '美元': ('美元', 1, 'currency'),
    '亩': ('亩', 1, 'area'), '平方公里': ('平方公里', 1, 'area'),
    '公里': ('公里', 1, 'length'),
    '斤': ('斤', 1, 'mass'), '吨': ('吨', 1, 'mass'),
    '千瓦': ('千瓦', 1, 'energy'), '吨标准煤': ('吨标准煤', 1, 'energy'),
    '人': ('人', 1, 'count'), '名': ('人', 1, 'count'), '人次': ('人次', 1, 'count'),
    '户': ('户', 1, 'count'), '家': ('家', 1, 'count'), '个': ('个', 1, 'count'),
    '项': ('项', 1, 'count'), '件': ('件', 1, 'count'), '条': ('条', 1, 'count'),
    '套': ('套', 1, 'count'), '所': ('所', 1, 'count'), '种': ('种', 1, 'count'),
    '类': ('类', 1, 'count'),
    # a bare multiplier (新增城镇人口88.6万, 参保人数达到695万): the counted noun is people
    '': ('人', 1, 'count'),
}
INDICATOR_CODES = {'gdp', 'gdp_per_capita', 'industrial_output', 'industrial_value_added',
                   'fixed_asset_investment', 'retail_sales', 'disposable_income',
                   'disposable_income_urban', 'disposable_income_rural', 'energy_intensity',
                   'foreign_trade', 'foreign_investment', 'budget_revenue', 'new_urban_jobs',
                   'unemployment_rate', 'cpi', 'rd_intensity', 'good_air_days',
                   'forest_coverage', 'tourism_revenue', 'grain_output', 'deficit_ratio',
                   # codes of dict/indicators.tsv beyond the contract's list
                   'budget_expenditure', 'urbanization_rate', 'carbon_intensity', 'pm25',
                   'life_expectancy', 'tax_revenue', 'private_investment'}

# Each block: (paragraph start anchor, (period_start, period_end, status), [records])
# record: (anchor, surface, subject, indicator, measure, qualifier[, extra])
#   measure: A=amount G=growth_rate AG=avg_growth_rate R=ratio
#   qualifier: E=exact AP=approx AL=at_least AM=at_most
#   extra (optional dict): per=(start, end, status) override; value= (for a Chinese numeral);
#   one=True (万亿元 written without a digit: value 1); unit= (the unit of a range's low end,
#   written only after the high end); range='low'/'high'
IND_BLOCKS = [
    ('经济平稳较快发展。', Y12, [
        ('全省生产总值12948.5亿元', '12948.5亿元', '全省生产总值', 'gdp', 'A', 'E'),
        ('12948.5亿元，增长11%', '11%', '全省生产总值', 'gdp', 'G', 'E'),
        ('财政总收入2046亿元', '2046亿元', '财政总收入', None, 'A', 'E'),
        ('2046亿元，增长24.4%', '24.4%', '财政总收入', None, 'G', 'E'),
        ('预算收入1371.9亿元', '1371.9亿元', '公共财政预算收入', 'budget_revenue', 'A', 'E'),
        ('1371.9亿元，增长30.2%', '30.2%', '公共财政预算收入', 'budget_revenue', 'G', 'E'),
        ('固定资产投资11388.9亿元', '11388.9亿元', '500万元以上固定资产投资',
         'fixed_asset_investment', 'A', 'E'),
        ('11388.9亿元，增长30.1%', '30.1%', '500万元以上固定资产投资', 'fixed_asset_investment',
         'G', 'E'),
        ('粮食总产量417亿斤', '417亿斤', '粮食总产量', 'grain_output', 'A', 'E'),
        ('工业增加值4885.2亿元', '4885.2亿元', '规模以上工业增加值', 'industrial_value_added',
         'A', 'E'),
        ('4885.2亿元，增长14.7%', '14.7%', '规模以上工业增加值', 'industrial_value_added', 'G',
         'E'),
        ('零售总额4006.2亿元', '4006.2亿元', '社会消费品零售总额', 'retail_sales', 'A', 'E'),
        ('4006.2亿元，增长15.9%', '15.9%', '社会消费品零售总额', 'retail_sales', 'G', 'E'),
        ('总水平上涨2.7%', '2.7%', '居民消费价格总水平', 'cpi', 'G', 'E'),
        ('贷款余额11080亿元', '11080亿元', '金融机构贷款余额', None, 'A', 'E'),
        ('11080亿元，增长19.1%', '19.1%', '金融机构贷款余额', None, 'G', 'E'),
        ('主营业务收入1400亿元', '1400亿元', '文化产业主营业务收入', None, 'A', 'E'),
        ('旅游总收入1403亿元', '1403亿元', '旅游总收入', 'tourism_revenue', 'A', 'E'),
        ('1403亿元，增长26.8%', '26.8%', '旅游总收入', 'tourism_revenue', 'G', 'E'),
    ]),
    ('结构调整成效显著。', Y12, [
        ('销售收入1850亿元', '1850亿元', '省级以上龙头企业销售收入', None, 'A', 'E'),
        ('产业增加值增长15%', '15%', '十大战略性新兴产业增加值', None, 'G', 'E'),
        ('比重提高1个百分点', '1个百分点', '服务业占GDP的比重提高', None, 'A', 'E'),
        ('提高到51.2%', '51.2%', '科技进步贡献率', None, 'R', 'E'),
        ('贡献率达到71%', '71%', '民间资本对投资增长的贡献率', None, 'R', 'E'),
        ('非公有制经济增加值7200亿元', '7200亿元', '非公有制经济增加值', None, 'A', 'E'),
        ('7200亿元，增长11.8%', '11.8%', '非公有制经济增加值', None, 'G', 'E'),
    ]),
    ('区域经济活力增强。', Y12, [
        ('达到56个', '56个', '财政总收入超10亿元的县（市、区）', None, 'A', 'E'),
        ('超20亿元的17个', '17个', '财政总收入超20亿元的县（市、区）', None, 'A', 'E'),
        ('丰城市超40亿元', '40亿元', '丰城市财政总收入', None, 'A', 'AL'),
        ('南昌县超60亿元', '60亿元', '南昌县财政总收入', None, 'A', 'AL'),
    ]),
    ('改革开放深入推进。', Y12, [
        ('非工口七个系统', '七个', '非工口系统', None, 'A', 'E', {'value': 7}),
        ('11户省出资监管企业', '11户', '省出资监管企业', None, 'A', 'E'),
        ('等五项文化体制改革任务', '五项', '文化体制改革任务', None, 'A', 'E', {'value': 5}),
        ('外商直接投资68.2亿美元', '68.2亿美元', '实际利用外商直接投资', 'foreign_investment',
         'A', 'E'),
        ('68.2亿美元，增长12.6%', '12.6%', '实际利用外商直接投资', 'foreign_investment', 'G', 'E'),
        ('项目资金3189.4亿元', '3189.4亿元', '利用省外5000万元以上项目资金', None, 'A', 'E'),
        ('3189.4亿元，增长23.7%', '23.7%', '利用省外5000万元以上项目资金', None, 'G', 'E'),
        ('外贸出口总额251.1亿美元', '251.1亿美元', '外贸出口总额', None, 'A', 'E'),
        ('251.1亿美元，增长14.8%', '14.8%', '外贸出口总额', None, 'G', 'E'),
    ]),
    ('城乡统筹协调发展。', Y12, [
        ('建成区面积120平方公里', '120平方公里', '新增城市建成区面积', None, 'A', 'E'),
        ('城镇人口88.6万', '88.6万', '新增城镇人口', None, 'A', 'E'),
        ('城镇化率达到47.5%', '47.5%', '城镇化率', 'urbanization_rate', 'R', 'E'),
        ('提高1.8个百分点', '1.8个百分点', '城镇化率提高', None, 'A', 'E'),
        ('在9282个村点', '9282个', '开展和谐秀美乡村建设的村点', None, 'A', 'E'),
    ]),
    ('基础设施更加完善。', Y12, [
        ('等7条高速公路', '7条', '高速公路', None, 'A', 'E'),
        ('通车里程达到4260公里', '4260公里', '全省高速公路通车里程', None, 'A', 'E'),
        ('在建铁路里程1207公里', '1207公里', '在建铁路里程', None, 'A', 'E'),
        ('装机容量115万千瓦', '115万千瓦', '新增统调电力装机容量', None, 'A', 'E'),
        ('总量达到1533万千瓦', '1533万千瓦', '统调电力装机容量总量', None, 'A', 'E'),
    ]),
    ('生态建设持续加强。', Y12, [
        ('造林面积298.65万亩', '298.65万亩', '造林绿化“一大四小”工程造林面积', None, 'A', 'E'),
        ('能耗预计下降5%', '5%', '单位GDP能耗', 'energy_intensity', 'G', 'E'),
    ]),
    ('民生工程任务完成。', Y12, [
        ('新增就业53万人', '53万人', '全省城镇新增就业', 'new_urban_jobs', 'A', 'E'),
        ('控制在3.5%以内', '3.5%', '城镇登记失业率', 'unemployment_rate', 'R', 'AM'),
        ('新开工建设30.38万套', '30.38万套', '保障性安居工程新开工建设', None, 'A', 'E'),
        ('竣工30.9万套', '30.9万套', '保障性安居工程竣工', None, 'A', 'E'),
        ('农村危房改造17.5万户', '17.5万户', '农村危房改造', None, 'A', 'E'),
    ]),
    ('社会事业全面发展。', Y12, [
        ('比重达16.8%', '16.8%', '地方财政教育支出占财政支出比重', None, 'R', 'E'),
        ('在17个县市', '17个', '启动学生营养餐试点的县市', None, 'A', 'E'),
        ('高校达12所', '12所', '省部共建高校', None, 'A', 'E'),
        ('参合农民达3293.35万人', '3293.35万人', '新农合参合农民', None, 'A', 'E'),
        ('参合率98.1%', '98.1%', '参合率', None, 'R', 'E'),
        ('控制在7.5‰以内', '7.5‰', '人口自然增长率', None, 'R', 'AM'),
        ('分别增长13.5%', '13.5%', '城镇居民人均可支配收入', 'disposable_income_urban', 'G', 'E'),
        ('13.5%和13.6%', '13.6%', '农民人均纯收入', None, 'G', 'E'),
    ]),
    ('2012年各项任务的完成', R5, [
        ('生产总值超过万亿元', '万亿元', '生产总值', 'gdp', 'A', 'AL', {'one': True}),
        ('万亿元，五年增长1.2倍', '1.2倍', '生产总值增长', None, 'R', 'E'),
        ('年均增长12.8%', '12.8%', '生产总值', 'gdp', 'AG', 'E'),
        ('财政总收入超过2000亿元', '2000亿元', '财政总收入', None, 'A', 'AL'),
        ('五年增长2.1倍', '2.1倍', '财政总收入增长', None, 'R', 'E'),
        ('年均增长25.2%', '25.2%', '财政总收入', None, 'AG', 'E'),
        ('固定资产投资超过万亿元', '万亿元', '固定资产投资', 'fixed_asset_investment', 'A', 'AL',
         {'one': True}),
        ('五年增长2.6倍', '2.6倍', '固定资产投资增长', None, 'R', 'E'),
        ('年均增长32.1%', '32.1%', '固定资产投资', 'fixed_asset_investment', 'AG', 'E'),
        ('直接投资五年增长1.2倍', '1.2倍', '实际利用外商直接投资增长', None, 'R', 'E'),
        ('年均增长17.1%', '17.1%', '实际利用外商直接投资', 'foreign_investment', 'AG', 'E'),
        ('进出口总额五年增长2.5倍', '2.5倍', '进出口总额增长', None, 'R', 'E'),
        ('年均增长28.7%', '28.7%', '进出口总额', 'foreign_trade', 'AG', 'E'),
        ('出口总额五年增长3.6倍', '3.6倍', '出口总额增长', None, 'R', 'E'),
        ('年均增长35.8%', '35.8%', '出口总额', None, 'AG', 'E'),
        ('由60.05%提高', '60.05%', '全省森林覆盖率', 'forest_coverage', 'R', 'E'),
        ('提高到63.1%', '63.1%', '全省森林覆盖率', 'forest_coverage', 'R', 'E'),
        ('由76.1%提高', '76.1%', '地表水监测断面水质达标率', None, 'R', 'E'),
        ('提高到80.7%', '80.7%', '地表水监测断面水质达标率', None, 'R', 'E'),
        ('11个设区城市', '11个', '环境空气质量达到国家Ⅱ级标准的设区城市', None, 'A', 'E'),
        ('五年增加2054公里', '2054公里', '高速公路通车里程增加', None, 'A', 'E'),
        ('增长近1倍', '1倍', '高速公路通车里程增长', None, 'R', 'AP'),
        ('营运里程达到2735公里', '2735公里', '铁路营运里程', None, 'A', 'E'),
        ('五年增加527平方公里', '527平方公里', '城市建成区面积增加', None, 'A', 'E'),
        ('年均提高1.54个百分点', '1.54个百分点', '城镇化率年均提高', None, 'A', 'E'),
        ('在6.4万个村点', '6.4万个', '开展新农村建设的村点', None, 'A', 'E'),
        ('财政性资金1400亿元', '1400亿元', '累计投入财政性资金', None, 'A', 'E'),
        ('白内障等六种重大疾病', '六种', '免费救治的重大疾病', None, 'A', 'E', {'value': 6}),
        ('由11222元', '11222元', '城镇居民人均可支配收入', 'disposable_income_urban', 'A', 'E'),
        ('增加到19860元', '19860元', '城镇居民人均可支配收入', 'disposable_income_urban', 'A',
         'E'),
        ('年均增长12%', '12%', '城镇居民人均可支配收入', 'disposable_income_urban', 'AG', 'E'),
        ('由4098元', '4098元', '农民人均纯收入', None, 'A', 'E'),
        ('增加到7828元', '7828元', '农民人均纯收入', None, 'A', 'E'),
        ('年均增长14%', '14%', '农民人均纯收入', None, 'AG', 'E'),
    ]),
    ('——经济综合实力不断提升。', F5, [
        ('年均增长10%以上', '10%', '生产总值', 'gdp', 'AG', 'AL'),
        ('超过2.5万亿元', '2.5万亿元', '生产总值', 'gdp', 'A', 'AL', {'per': F17}),
        ('达到9000美元', '9000美元', '人均生产总值', 'gdp_per_capita', 'A', 'E', {'per': F17}),
    ]),
    ('——经济结构进一步优化。', F5, [
        ('比重提高到50%以上', '50%', '战略性新兴产业占工业增加值比重', None, 'R', 'AL'),
        ('年均提高1个百分点左右', '1个百分点', '服务业占GDP比重年均提高', None, 'A', 'AP'),
        ('消费对经济增长的贡献率达到50%以上', '50%', '消费对经济增长的贡献率', None, 'R', 'AL'),
        ('提高到60%以上', '60%', '非公有制经济占GDP比重', None, 'R', 'AL'),
        ('达到80%左右', '80%', '民间资本对投资增长的贡献率', None, 'R', 'AP'),
        ('达到55%左右', '55%', '科技进步贡献率', None, 'R', 'AP'),
    ]),
    ('——区域经济发展格局全面形成。', F5, [
        ('赣州两个省域副中心城市', '两个', '省域副中心城市', None, 'A', 'E', {'value': 2}),
    ]),
    ('——生态文明建设迈上新台阶。', F5, [
        ('稳定在64%以上', '64%', '森林覆盖率', 'forest_coverage', 'R', 'AL'),
        ('稳定在82%以上', '82%', '地表水监测断面水质达标率', None, 'R', 'AL'),
    ]),
    ('今年全省经济社会发展的主要预期目标是', P13, [
        ('生产总值增长10%以上', '10%', '生产总值', 'gdp', 'G', 'AL'),
        ('均增长15%以上', '15%', '财政总收入和公共财政预算收入', None, 'G', 'AL'),
        ('增长14.5%', '14.5%', '规模以上工业增加值', 'industrial_value_added', 'G', 'E'),
        ('固定资产投资增长20%以上', '20%', '固定资产投资', 'fixed_asset_investment', 'G', 'AL'),
        ('零售总额增长15%以上', '15%', '社会消费品零售总额', 'retail_sales', 'G', 'AL'),
        ('力争增长10%左右', '10%', '外贸出口总额', None, 'G', 'AP'),
        ('直接投资增长10%以上', '10%', '实际利用外商直接投资', 'foreign_investment', 'G', 'AL'),
        ('均增长12%以上', '12%', '城镇居民人均可支配收入和农民人均纯收入', None, 'G', 'AL'),
        ('涨幅控制在3.5%左右', '3.5%', '居民消费价格总水平', 'cpi', 'G', 'AP'),
        ('控制在8‰以内', '8‰', '人口自然增长率', None, 'R', 'AM'),
        ('控制在4.5%以内', '4.5%', '城镇登记失业率', 'unemployment_rate', 'R', 'AM'),
    ]),
    ('切实抓好重大项目建设。', P13, [
        ('建设项目1328个', '1328个', '大中型建设项目', None, 'A', 'E'),
        ('总投资1.47万亿元', '1.47万亿元', '总投资', None, 'A', 'E'),
        ('完成投资4313亿元', '4313亿元', '当年完成投资', None, 'A', 'E'),
        ('工程项目260个', '260个', '省重点工程项目', None, 'A', 'E'),
        ('年度投资1500亿元以上', '1500亿元', '年度投资', None, 'A', 'AL'),
        ('年度投资1900亿元', '1900亿元', '年度投资', None, 'A', 'E'),
    ]),
    ('加快促进鄱阳湖生态经济区', P13, [
        ('突破5000万吨', '5000万吨', '沿江港口货物吞吐量', None, 'A', 'AL'),
    ]),
    ('切实提高创新驱动发展能力。', P13, [
        ('高新产业基地1-2个', '1', '新增国家级高新产业基地', None, 'A', 'AL',
         {'unit': '个', 'range': 'low'}),
        ('1-2个、', '2个', '新增国家级高新产业基地', None, 'A', 'AM', {'range': 'high'}),
        ('国家级创新平台2个', '2个', '新增国家级创新平台', None, 'A', 'E'),
        ('新建省级高新产业基地10个', '10个', '新建省级高新产业基地', None, 'A', 'E'),
    ]),
    ('培育壮大战略性新兴产业。', P13, [
        ('增长16%以上', '16%', '战略性新兴产业增加值', None, 'G', 'AL'),
    ]),
    ('积极推进工业园区集群集约发展。', P13, [
        ('省级产业基地20个', '20个', '新增省级产业基地', None, 'A', 'E'),
        ('园区4个', '4个', '新增主营业务收入过500亿元园区', None, 'A', 'E'),
        ('园区10个', '10个', '新增主营业务收入过100亿元园区', None, 'A', 'E'),
    ]),
    ('大力发展服务业。', P13, [
        ('新增贷款1600亿元', '1600亿元', '新增贷款', None, 'A', 'E'),
        ('3-5家企业', '3', '首发上市企业', None, 'A', 'AL', {'unit': '家', 'range': 'low'}),
        ('3-5家企业', '5家', '首发上市企业', None, 'A', 'AM', {'range': 'high'}),
        ('超过2.5亿人次', '2.5亿人次', '旅游接待', None, 'A', 'AL'),
        ('超过1700亿元', '1700亿元', '旅游总收入', 'tourism_revenue', 'A', 'AL'),
        ('集聚区10个', '10个', '新增省级服务业集聚区', None, 'A', 'E'),
        ('龙头企业20家', '20家', '新增省级服务业龙头企业', None, 'A', 'E'),
    ]),
    ('扎实推进和谐秀美乡村建设。', P13, [
        ('选择5000个', '5000个', '省建村点', None, 'A', 'E'),
        ('3000个以上', '3000个', '市县自建村点', None, 'A', 'AL'),
    ]),
    ('大力发展县域经济。', P13, [
        ('县县财政总收入过5亿元', '5亿元', '县县财政总收入', None, 'A', 'AL'),
        ('70%的县', '70%', '财政总收入过10亿元的县（市、区）', None, 'R', 'E'),
    ]),
    ('推进城乡一体化发展。', P13, [
        ('提高1.7个百分点', '1.7个百分点', '城镇化率提高', None, 'A', 'E'),
    ]),
    ('加强生态建设和环境保护。', P13, [
        ('植树造林230万亩以上', '230万亩', '植树造林', None, 'A', 'AL'),
        ('新增200个集镇', '200个', '新增开展农村垃圾无害化处理的集镇', None, 'A', 'E'),
        ('8000个村点', '8000个', '新增开展农村垃圾无害化处理的村点', None, 'A', 'E'),
    ]),
    ('扎实推进节能减排。', P13, [
        ('年节能200万吨标准煤', '200万吨标准煤', '年节能能力', None, 'A', 'E'),
        ('推进20个工业园区', '20个', '实行循环化改造的工业园区和产业集聚区', None, 'A', 'E'),
    ]),
    ('坚持优先发展教育。', P13, [
        ('推进2000所', '2000所', '标准化义务教育学校', None, 'A', 'E'),
        ('推进200所', '200所', '达标建设的中等职业学校', None, 'A', 'E'),
    ]),
    ('筹集财政性资金700亿元', P13, [
        ('财政性资金700亿元', '700亿元', '筹集财政性资金', None, 'A', 'E'),
        ('76件实事', '76件', '利民惠民实事', None, 'A', 'E'),
    ]),
    ('促进就业和创业。', P13, [
        ('城镇新增就业45万人', '45万人', '城镇新增就业', 'new_urban_jobs', 'A', 'E'),
        ('农村劳动力50万人', '50万人', '新增转移农村劳动力', None, 'A', 'E'),
        ('员工28万人', '28万人', '免费培训省内工业园区员工', None, 'A', 'E'),
        ('创业培训8万人', '8万人', '创业培训', None, 'A', 'E'),
        ('培养6000名', '6000名', '培养农民大学生', None, 'A', 'E'),
        ('担保贷款50亿元', '50亿元', '新增发放小额担保贷款', None, 'A', 'E'),
    ]),
    ('完善社会保障体系。', P13, [
        ('参保人数达到695万', '695万', '城镇职工基本养老保险参保人数', None, 'A', 'E'),
        ('参保人数达到1700万', '1700万', '城乡居民社会养老保险参保人数', None, 'A', 'E'),
        ('等20种大病', '20种', '纳入保障范围的大病', None, 'A', 'E'),
    ]),
    ('推进保障性安居工程建设。', P13, [
        ('保障性住房32.24万套', '32.24万套', '新开工建设各类保障性住房', None, 'A', 'E'),
        ('竣工22万套', '22万套', '竣工保障性住房', None, 'A', 'E'),
        ('对7万户', '7万户', '农村困难群众危房改造', None, 'A', 'E'),
        ('26万户', '26万户', '赣南等原中央苏区农村危旧土坯房改造', None, 'A', 'E'),
    ]),
    ('加大扶贫攻坚力度。', P13, [
        ('抓好3400个', '3400个', '实施整村推进扶贫的贫困村', None, 'A', 'E'),
        ('脱贫80万人', '80万人', '脱贫', None, 'A', 'E'),
        ('搬迁5万人', '5万人', '扶贫移民搬迁', None, 'A', 'E'),
    ]),
    # 《政府工作报告》注释 (no time reference)
    ('2.五项文化体制改革', GLA, [
        ('合并五项文化体制改革', '五项', '文化体制改革', None, 'A', 'E', {'value': 5}),
    ]),
    ('9. 科技创新“六个一”工程', GLT, [
        ('主攻10个', '10个', '主攻优势高新技术产业', None, 'A', 'E'),
        ('培育100个', '100个', '培育创新型企业', None, 'A', 'E'),
        ('实施100项', '100项', '重大高新技术成果产业化项目', None, 'A', 'E'),
        ('建设10个国家级研发平台', '10个', '建设国家级研发平台', None, 'A', 'E'),
        ('打造10个', '10个', '打造国家级高新技术产业特色基地', None, 'A', 'E'),
        ('组建100个', '100个', '组建优势科技创新团队', None, 'A', 'E'),
    ]),
    ('10.低空空域开放', GLA, [
        ('报告空域三类', '三类', '低空空域管制类别', None, 'A', 'E', {'value': 3}),
    ]),
    ('11.“一群两带三区”', GLA, [
        ('的两条城镇发展带', '两条', '城镇发展带', None, 'A', 'E', {'value': 2}),
    ]),
    ('16.“20种大病”', GLA, [
        ('甲亢20种重大疾病', '20种', '纳入新农合保障范围的重大疾病', None, 'A', 'E'),
    ]),
]

MEASURE_CODE = {'A': 'amount', 'G': 'growth_rate', 'AG': 'avg_growth_rate', 'R': 'ratio'}
QUAL_CODE = {'E': 'exact', 'AP': 'approx', 'AL': 'at_least', 'AM': 'at_most'}

# Words right around the span that carry a qualifier (checked against the hand label)
QUAL_WORDS_AFTER = {'以上': 'at_least', '左右': 'approx', '以内': 'at_most', '以下': 'at_most'}
QUAL_WORDS_BEFORE = {'突破': 'at_least', '超过': 'at_least', '超': 'at_least', '逾': 'at_least',
                     '过': 'at_least', '迈上': 'at_least', '不低于': 'at_least', '约': 'approx',
                     '近': 'approx', '不超过': 'at_most', '低于': 'at_most'}
GROWTH_WORDS = ('增长', '增速', '增幅', '涨幅', '上涨', '提高', '提升')
DECREASE_WORDS = ('下降', '减少', '降低', '精简', '压减', '缩减')
CN_DIGITS = {'一': 1, '两': 2, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8,
             '九': 9, '十': 10}


def parse_surface(surface, extra):
    """-> (value Decimal, unit, mult word or '', written base unit, has_yu)"""
    i = 0
    while i < len(surface) and (surface[i].isdigit() or surface[i] == '.'):
        i += 1
    num = surface[:i]
    rest = surface[i:]
    if extra.get('one'):
        assert num == '' and rest.startswith('万亿'), surface
        num = '1'
    elif 'value' in extra:
        assert num == '', surface
        assert CN_DIGITS[rest[0]] == extra['value'], surface
        rest = rest[1:]
        num = str(extra['value'])
    if 'unit' in extra:  # the low end of a range: its unit is written after the high end
        assert rest == '', surface
        rest = extra['unit']
    has_yu = rest.startswith('余') or rest.startswith('多')
    if has_yu:
        rest = rest[1:]
    unit = rest
    mult = ''
    for m, _ in MULT:
        if unit.startswith(m) and unit[len(m):] in BASE_UNITS:
            mult = m
            break
    wbase = unit[len(mult):]
    assert wbase in BASE_UNITS, (surface, wbase)
    if wbase == '':
        assert mult == '万', surface
    return Decimal(num), unit, mult, wbase, has_yu


def fmt_float(d):
    if d is None:
        return ''
    return repr(float(d))


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
        # surface must be a complete number+unit (no digit directly before or after a bare number)
        assert not text[st - 1].isdigit() and text[st - 1] != '.', surface
        assert not text[en].isdigit() and text[en] != '.', surface
        value, unit, mult, wbase, has_yu = parse_surface(surface, extra)
        unit_base, factor, dim = BASE_UNITS[wbase]
        mult_f = dict(MULT)[mult] if mult else 1
        vb = value * mult_f * factor
        measure = MEASURE_CODE[mcode]
        qual = QUAL_CODE[qcode]
        # qualifier cross-check against the words around the span
        auto = 'exact'
        for w, q in QUAL_WORDS_AFTER.items():
            if text.startswith(w, en):
                auto = q
        for w, q in QUAL_WORDS_BEFORE.items():
            if text[:st].endswith(w):
                auto = q
        if has_yu:
            auto = 'at_least'
        rng = extra.get('range')
        if rng == 'low':
            assert text[en] in '-－—~～至到', surface
            auto = 'at_least'
        elif rng == 'high':
            assert text[st - 1] in '-－—~～至到', surface
            auto = 'at_most'
        assert auto == qual, ('qualifier mismatch', surface, anchor, auto, qual)
        # growth words: the nearest change word before the span (same sentence) gives the sign
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
        if unit_base in ('%', '倍'):
            assert measure != 'amount', surface
        if ind is not None:
            assert ind in INDICATOR_CODES, ind
        assert subject
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
# Projects (the 注释 block is left out: definitions, not reports of undertakings)
# ---------------------------------------------------------------------------
# record: (anchor, written span text, name (None = same as written), action, stage)
PRJ_BLOCKS = [
    ('基础设施更加完善。', Y12, [
        ('赣州至崇义等', '赣州至崇义', None, '建成通车', 'completed'),
        ('峡江水利枢纽', '峡江水利枢纽', None, '实现大江截流', 'ongoing'),
        ('山口岩水利枢纽', '山口岩水利枢纽', None, '下闸蓄水', 'ongoing'),
    ]),
    ('城乡统筹协调发展。', Y12, [
        ('农村清洁工程', '农村清洁工程', None, '扎实推进', 'ongoing'),
    ]),
    ('生态建设持续加强。', Y12, [
        ('造林绿化“一大四小”工程完成', '造林绿化“一大四小”工程', None, None, None),
    ]),
    ('民生工程任务完成。', Y12, [
        # the verbs belong to the quantities (新开工建设30.38万套，竣工30.9万套): no action
        ('保障性安居工程新开工', '保障性安居工程', None, None, None),
    ]),
    ('社会事业全面发展。', Y12, [
        ('文化惠民工程', '文化惠民工程', None, '深入实施', 'ongoing'),
    ]),
    ('2012年各项任务的完成', R5, [
        ('造林绿化“一大四小”、', '造林绿化“一大四小”', None, '建设成效显著', 'ongoing'),
        ('“五河一湖”生态环境综合治理', '“五河一湖”生态环境综合治理', None, '建设成效显著',
         'ongoing'),
        ('、城镇污水处理、', '城镇污水处理', None, '建设成效显著', 'ongoing'),
        ('农村垃圾无害化处理等', '农村垃圾无害化处理', None, '建设成效显著', 'ongoing'),
        ('保障性安居工程建设取得重大进展', '保障性安居工程', None, '建设取得重大进展', 'ongoing'),
    ]),
    ('努力扩大消费需求。', P13, [
        ('“万村千乡市场工程”', '“万村千乡市场工程”', None, '深入推进', 'ongoing'),
    ]),
    ('大力推进赣南等原中央苏区振兴发展。', P13, [
        ('赣州高新技术产业园区', '赣州高新技术产业园区', None, '扎实推进建设', 'ongoing'),
    ]),
    ('切实提高创新驱动发展能力。', P13, [
        ('科技创新“六个一”工程', '科技创新“六个一”工程', None, '深入实施', 'ongoing'),
    ]),
    ('培育壮大战略性新兴产业。', P13, [
        ('南昌航空城', '南昌航空城', None, '加快建设', 'ongoing'),
        ('景德镇直升机产业示范基地', '景德镇直升机产业示范基地', None, '加快建设', 'ongoing'),
        ('为重点的生物医药产业园', '生物医药产业园', None, '加快建设', 'ongoing'),
    ]),
    ('积极推进工业园区集群集约发展。', P13, [
        ('重点园区扩区升级工程', '重点园区扩区升级工程', None, '实施', 'ongoing'),
    ]),
    ('培育开放型经济发展新优势。', P13, [
        ('推动央企入赣', '央企入赣', '央企入赣工程', '推动', 'ongoing'),
        ('、高校入赣、', '高校入赣', '高校入赣工程', '推动', 'ongoing'),
        ('科研院所入赣工程', '科研院所入赣工程', None, '推动', 'ongoing'),
        ('南昌航空口岸', '南昌航空口岸', None, '加快建设', 'ongoing'),
        ('九江水运口岸', '九江水运口岸', None, '加快建设', 'ongoing'),
        ('吉安陆地口岸', '吉安陆地口岸', None, '加快建设', 'ongoing'),
        ('赣州航空口岸', '赣州航空口岸', None, '争取设立', 'planned'),
    ]),
    ('加强生态建设和环境保护。', P13, [
        ('“森林城乡、绿色通道”工程', '“森林城乡、绿色通道”工程', None, '大力推进建设', 'ongoing'),
        ('实施鄱阳湖湿地', '鄱阳湖湿地', '鄱阳湖湿地生态修复与保护', '实施', 'ongoing'),
        ('东江源头生态修复与保护', '东江源头生态修复与保护', None, '实施', 'ongoing'),
    ]),
    ('扎实推进节能减排。', P13, [
        ('开展六大节能工程', '六大节能工程', None, '开展', 'ongoing'),
        ('实施节能技改', '节能技改', None, '实施', 'ongoing'),
        ('节能技术产业化示范等', '节能技术产业化示范', None, '实施', 'ongoing'),
        ('赣州稀有金属和铜产业循环经济基地', '赣州稀有金属和铜产业循环经济基地', None,
         '加快建设', 'ongoing'),
        ('鹰潭铜产业循环经济基地', '鹰潭铜产业循环经济基地', None, '加快建设', 'ongoing'),
    ]),
    ('坚持优先发展教育。', P13, [
        ('景德镇大遗址保护', '景德镇大遗址保护', None, '推进', 'ongoing'),
    ]),
    ('提高人民健康水平。', P13, [
        ('计划生育特别家庭再生育辅助工程', '计划生育特别家庭再生育辅助工程', None, '实施',
         'ongoing'),
    ]),
    ('推进保障性安居工程建设。', P13, [
        ('推进保障性安居工程建设。', '保障性安居工程', None, '推进建设', 'ongoing'),
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
        assert BODY_START <= st and en <= GLOSSARY_START
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

# No project span contains a quantity in this report.
for p in projects:
    for r in indicators:
        assert not (p['char_start'] <= r['char_start'] < p['char_end']), (p['name'], r['surface'])

# ---------------------------------------------------------------------------
# documents (one row)
# ---------------------------------------------------------------------------
HEADER = text[FM_END:BODY_START]
assert '省长 鹿心社' in HEADER
documents = [dict(
    doc_id=DOC_ID, source_path=SOURCE_PATH,
    title=FM['title'],                 # 政府工作报告 (the file has no title line of its own)
    source_url=FM['source'],
    region='江西省', admin_level='province', report_year=REPORT_YEAR,
    delivered_on=None,                 # not stated in the file
    meeting=None,                      # not named in the file
    speaker='鹿心社', speaker_title='省长')]

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
    assert '**' not in r['sentence']
for r in back['projects']:
    written = text[int(r['char_start']):int(r['char_end'])]
    assert written == r['name'] or written in r['name'], r
assert [int(r['mention_id']) for r in back['indicators']] == list(range(1, len(indicators) + 1))
assert [int(r['project_id']) for r in back['projects']] == list(range(1, len(projects) + 1))
assert [int(r['char_start']) for r in back['indicators']] == sorted(int(r['char_start']) for r in back['indicators'])
assert [int(r['char_start']) for r in back['projects']] == sorted(int(r['char_start']) for r in back['projects'])

if __name__ == '__main__':
    print({'n_chars': N, **{nm: len(v) for nm, v in back.items()}})
    if '-s' in sys.argv:
        from collections import Counter
        ci = Counter(int(r['section_id']) for r in back['indicators'])
        cp = Counter(int(r['section_id']) for r in back['projects'])
        for s_ in sections:
            print(s_['section_id'], s_['level'], s_['marker'] + s_['heading'],
                  'ind=%d prj=%d' % (ci[s_['section_id']], cp[s_['section_id']]))
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
