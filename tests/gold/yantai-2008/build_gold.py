#!/usr/bin/env python3
"""Hand-checked blind gold annotation of lawtext-sample/city/烟台市/2008.md
(2008年烟台市政府工作报告, 市长 张江汀).  Reconciled gold: annotator B's script with the
decisions of NOTES.md "Reconciliation" applied (annotators A and B, blind).

Standard library only.  Regenerates documents.csv, indicators.csv and projects.csv in this folder.

The source is Markdown: YAML front matter (--- … ---, `source` and `title`), a header (speaker line
`烟台市市长张江汀`, 各位代表：, 现在，我代表…), four level-1 parts on plain lines (一、过去五年的政府工作,
二、今后五年的发展任务, 三、2008年政府工作安排, 四、切实加强政府自身建设) and run-in level-2 headings
（一）标题。正文… in parts 三 and 四.  No bold, no # headings, no glossary.  No date line and no
meeting line.  Offsets count code points of the whole decoded file (BOM removed, nothing else
changed), front matter included.

Every annotation is written by hand: the exact surface (or written name) plus an *anchor*, a string
that occurs exactly once in its paragraph and contains the surface.  Offsets are found with
str.find and asserted (text[char_start:char_end] == surface).

Blind: written from the report text, DATASET.md, the README's conventions, dict/indicators.tsv and
dict/indicator_codes.tsv (word lists) and the earlier golds' NOTES only; gwr was not built or run
and no gwr output was read (nor by the reconciler).

Source path: ../../../raw/lawtext-sample/city/烟台市/2008.md relative to this script (the layout of
/work/main/tests/gold/<name>/); the environment variable GWR_SRC overrides it.
Options: -v prints every row with its sentence, -s the outline with row counts per section,
-x every digit run of the body outside an indicator span.
"""
import csv
import os
import re
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_PATH = 'lawtext-sample/city/烟台市/2008.md'
SRC = os.environ.get('GWR_SRC') or os.path.normpath(
    os.path.join(HERE, '..', '..', '..', 'raw', *SOURCE_PATH.split('/')))
DOC_ID = 'lawtext-sample/city/烟台市/2008'  # the contract's doc_id (path under raw/ without extension); the gold's folder name is yantai-2008
REPORT_YEAR = 2008

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
assert front['title'] == '2008年烟台市政府工作报告', front
assert front['source'] == 'https://www.yantai.gov.cn/art/2008/1/31/art_61376_2974300.html'

# ---------------------------------------------------------------------------
# Sections (only to give section_id).
#   Level 1: 一、 二、 三、 四、 (plain lines).  Level 2: run-in （一）标题。正文… of parts 三 and 四;
#   heading = the text up to the first 。 (left out).  Every run-in （N） is one paragraph, so by the
#   README refinement the last one is cut to its paragraph too; the closing 各位代表，回顾过去…
#   paragraph then belongs to 四 (section 14) directly (no rows there either way).
# Not sections: ——经济更加繁荣。 … ——人民更加幸福。 paragraph heads of part 二.
# ---------------------------------------------------------------------------
HEADINGS = [  # (level, marker, heading text)
    (1, '一、', '过去五年的政府工作'),
    (1, '二、', '今后五年的发展任务'),
    (1, '三、', '2008年政府工作安排'),
    (2, '（一）', '推动自主创新，加强节能环保，转变经济发展方式'),
    (2, '（二）', '膨胀产业规模，增强竞争实力，加快建设先进制造业基地'),
    (2, '（三）', '打造优势板块，扩大消费需求，繁荣发展现代服务业'),
    (2, '（四）', '发展农村经济，改善农村环境，全面建设社会主义新农村'),
    (2, '（五）', '完善承载功能，繁荣城市经济，强化中心城市辐射带动能力'),
    (2, '（六）', '拓展发展领域，挖掘发展潜力，培育经济增长新优势'),
    (2, '（七）', '扩大引资规模，调整外贸结构，提高开放型经济水平'),
    (2, '（八）', '深化各项改革，创新体制机制，增强发展的动力和活力'),
    (2, '（九）', '发展社会事业，加强社会建设，巩固稳定和谐的良好局面'),
    (2, '（十）', '坚持以人为本，改善民生质量，认真解决关系群众切身利益的实际问题'),
    (1, '四、', '切实加强政府自身建设'),
    (2, '（一）', '提升思想境界，增强推动科学发展能力'),
    (2, '（二）', '改进公共管理，优化政务服务'),
    (2, '（三）', '加强法制建设，提高依法行政水平'),
    (2, '（四）', '转变工作作风，弘扬实干精神'),
    (2, '（五）', '强化廉政建设，维护政府良好形象'),
]
sections = []
pos = FM_END
for k, (lvl, marker, head) in enumerate(HEADINGS):
    if lvl == 1:
        pat = '\n' + marker + head + '\n'
    else:
        pat = '\n' + marker + head + '。'
    st = text.find(pat, pos)
    assert st >= 0, pat
    st += 1
    pos = st
    sections.append(dict(section_id=k + 1, level=lvl, marker=marker, heading=head,
                         char_start=st))
for k, s_ in enumerate(sections):
    if s_['level'] == 2:
        s_['char_end'] = rstrip_end(para_end(s_['char_start']))   # run-in: its own paragraph
        continue
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
# Sentences: split after 。！？； (terminator kept) and at line breaks (half-width ; does not split)
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
F5 = (2003, 2007, 'actual')     # part 一: 过去五年 paragraphs (report_year-5 … report_year-1)
Y07 = (2007, 2007, 'actual')    # a sentence opened by 2007年，…
T5 = (2008, 2012, 'target')     # part 二: 今后五年 / 从现在到2012年的五年
Y12 = (2012, 2012, 'target')    # a sentence opened by 到2012年，…
T08 = (2008, 2008, 'target')    # part 三: 2008年 plan

# ---------------------------------------------------------------------------
# Indicators
# ---------------------------------------------------------------------------
MULT = [('万', Decimal(10) ** 4), ('亿', Decimal(10) ** 8)]
# written unit (after the multiplier) -> (unit_base, factor to unit_base, dimension)
BASE_UNITS = {
    '%': ('%', 1, 'percent'),
    '‰': ('%', Decimal('0.1'), 'percent'),
    '倍': ('倍', 1, 'other'),
    '元': ('元', 1, 'currency'), '美元': ('美元', 1, 'currency'),
    '平方米': ('平方米', 1, 'area'), '平方公里': ('平方公里', 1, 'area'), '亩': ('亩', 1, 'area'),
    '吨': ('吨', 1, 'mass'),
    '人': ('人', 1, 'count'), '人次': ('人次', 1, 'count'),
    '': ('人', 1, 'count'),      # 人口达到200万: bare 万 after a count of people (jiangxi-2013)
    '户': ('户', 1, 'count'), '家': ('家', 1, 'count'), '个': ('个', 1, 'count'),
    '项': ('项', 1, 'count'), '条': ('条', 1, 'count'), '套': ('套', 1, 'count'),
    '所': ('所', 1, 'count'), '件': ('件', 1, 'count'), '处': ('处', 1, 'count'),
    '市': ('市', 1, 'count'), '标箱': ('标箱', 1, 'count'),
}
INDICATOR_CODES = {
    # DATASET.md "Known indicators"
    'gdp', 'gdp_per_capita', 'industrial_output', 'industrial_value_added',
    'fixed_asset_investment', 'retail_sales', 'disposable_income', 'disposable_income_urban',
    'disposable_income_rural', 'energy_intensity', 'foreign_trade', 'foreign_investment',
    'budget_revenue', 'new_urban_jobs', 'unemployment_rate', 'cpi', 'rd_intensity',
    'good_air_days', 'forest_coverage', 'tourism_revenue', 'grain_output', 'deficit_ratio',
    # extension codes of dict/indicators.tsv
    'urbanization_rate', 'service_value_added', 'container_throughput'}

IVA = 'industrial_value_added'
URB = 'disposable_income_urban'
FDI = 'foreign_investment'
UNEMP = 'unemployment_rate'
URBAN_RATE = 'urbanization_rate'
SVA = 'service_value_added'
CONT = 'container_throughput'

# Each block: (paragraph start anchor, (period_start, period_end, status), [records])
# record: (anchor, surface, subject, indicator, measure, qualifier[, extra])
#   measure: A=amount G=growth_rate AG=avg_growth_rate R=ratio
#   qualifier: E=exact AP=approx AL=at_least AM=at_most
#   extra (optional dict): per=(start, end, status) override; val/unit for a Chinese numeral or a
#   bare number sharing the next figure's unit; noq=True skips the qualifier cross-check (a
#   qualifier written once for two figures)
IND_BLOCKS = [
    # ================= section 1: 一、过去五年的政府工作 (2003–2007, actual) =================
    ('过去五年，是经济平稳快速增长', F5, [
        ('生产总值2878.97亿元', '2878.97亿元', '生产总值', 'gdp', 'A', 'E', {'per': Y07}),
        ('2.2倍', '2.2倍', '生产总值', None, 'R', 'E'),   # 是2002年的2.2倍: base-year change
        ('17.3%', '17.3%', '生产总值', 'gdp', 'AG', 'E'),
        ('6057美元', '6057美元', '人均生产总值', 'gdp_per_capita', 'A', 'E'),
        ('首批14个', '14个', '全国首批沿海开放城市', None, 'A', 'E'),
        ('290.4亿元', '290.4亿元', '境内税收收入', None, 'A', 'E'),
        ('增长23%', '23%', '境内税收收入', None, 'AG', 'E'),
        ('140.82亿元', '140.82亿元', '地方财政收入', None, 'A', 'E'),
        ('增长30%', '30%', '地方财政收入', None, 'AG', 'E'),
        ('6524.2亿元', '6524.2亿元', '固定资产投资累计', 'fixed_asset_investment', 'A', 'E'),
        ('626个', '626个', '建成和在建总投资亿元以上的项目', None, 'A', 'E'),
        ('蓬莱四市', '四市', '在全国经济综合实力百强县中位次提升的市', None, 'A', 'E',
         {'val': 4, 'unit': '市'}),
        ('提高了4倍', '4倍', '土地投资强度提高', None, 'R', 'E'),
    ]),
    ('过去五年，是结构调整取得重大成效', F5, [
        ('1563.58亿元', '1563.58亿元', '全市规模以上工业增加值', IVA, 'A', 'E', {'per': Y07}),
        ('32.8%', '32.8%', '全市规模以上工业增加值', IVA, 'AG', 'E'),
        ('达到5家', '5家', '主营业务收入过百亿元的企业', None, 'A', 'E'),
        ('37个', '37个', '新增中国名牌产品和驰名商标', None, 'A', 'E'),
        ('由16.5%', '16.5%', '高新技术产业产值占规模以上工业的比重', None, 'R', 'E'),
        ('34.68%', '34.68%', '高新技术产业产值占规模以上工业的比重', None, 'R', 'E'),
        ('884.15亿元', '884.15亿元', '服务业增加值', SVA, 'A', 'E'),
        ('15.4%', '15.4%', '服务业增加值', SVA, 'AG', 'E'),
        ('829.7亿元', '829.7亿元', '社会消费品零售额', 'retail_sales', 'A', 'E'),
        ('年均增长16.5%', '16.5%', '社会消费品零售额', 'retail_sales', 'AG', 'E'),
        ('41%', '41%', '城市经济占全市经济的比重', None, 'R', 'E'),
        ('14.9%', '14.9%', '海洋经济占全市经济的比重', None, 'R', 'E'),
        ('1.3亿吨', '1.3亿吨', '全市港口货物吞吐量', None, 'A', 'E'),
        ('125万标箱', '125万标箱', '集装箱吞吐量', CONT, 'A', 'E'),
        ('13993件', '13993件', '累计申请国家专利', None, 'A', 'E'),
        ('826项', '826项', '科技成果', None, 'A', 'E'),
        ('3项专利', '3项', '被评为金奖的专利', None, 'A', 'E'),
        ('新增1个', '1个', '新增国家级工程技术研究中心', None, 'A', 'E'),
        ('5个国家级', '5个', '新增国家级企业技术中心', None, 'A', 'E'),
    ]),
    ('过去五年，是体制改革迈出新步伐', F5, [
        ('新增上市公司8家', '8家', '新增上市公司', None, 'A', 'E'),
        ('16家', '16家', '上市公司总数', None, 'A', 'E'),
        ('68亿元', '68亿元', '累计融资', None, 'A', 'E'),
        ('54.3%', '54.3%', '民营经济增加值占全市的比重', None, 'R', 'E'),
        ('和48%', '48%', '民营经济上缴税金占全市的比重', None, 'R', 'E'),
        ('78%', '78%', '民营经济增加值占全市的比重', None, 'R', 'E'),
        ('67%', '67%', '民营经济上缴税金占全市的比重', None, 'R', 'E'),
        ('93亿美元', '93亿美元', '累计实际外商直接投资', FDI, 'A', 'E'),
        ('1280亿元', '1280亿元', '实际利用内资', None, 'A', 'E'),
        ('15家', '15家', '来我市投资发展的世界500强企业', None, 'A', 'E'),
        ('239.44亿美元', '239.44亿美元', '外贸进出口总额', 'foreign_trade', 'A', 'E', {'per': Y07}),
        ('140.92亿美元', '140.92亿美元', '出口', None, 'A', 'E', {'per': Y07}),
        ('5.3倍', '5.3倍', '外贸进出口总额和出口', None, 'R', 'E'),
        ('60%', '60%', '经济外向度', None, 'R', 'E', {'per': Y07}),
        ('55%', '55%', '机电产品出口比重', None, 'R', 'E'),
        ('和23%', '23%', '高新技术产品出口比重', None, 'R', 'E'),
        ('52%', '52%', '欧美高价位市场出口份额', None, 'R', 'E'),
        ('首批11个', '11个', '全国首批国家级对外经贸合作区', None, 'A', 'E'),
        ('全国54个', '54个', '全国国家级园区', None, 'A', 'E'),
        ('3个省级开发区', '3个', '新建省级开发区', None, 'A', 'E'),
        ('7个国别', '7个', '新建国别工业园区', None, 'A', 'E'),
        ('5个国外城市', '5个', '国外城市', None, 'A', 'E'),
    ]),
    ('过去五年，是大城市框架基本形成', F5, [
        ('4条隧道', '4条', '打通隧道', None, 'A', 'E'),
        ('80多条', '80多条', '建设改造城市道路', None, 'A', 'AL'),
        ('137平方公里', '137平方公里', '建成区面积', None, 'A', 'E'),
        ('176平方公里', '176平方公里', '建成区面积', None, 'A', 'E'),
        ('54个社区', '54个', '综合整治社区', None, 'A', 'E'),
        ('13万多户', '13万多户', '用上天然气的市区居民', None, 'A', 'AL'),
        ('由48%', '48%', '全市城市化水平', URBAN_RATE, 'R', 'E'),
        ('54.6%', '54.6%', '全市城市化水平', URBAN_RATE, 'R', 'E'),
    ]),
    ('过去五年，是支农惠农力度不断加大', F5, [
        ('48家', '48家', '新增销售收入过亿元的农业产业化龙头企业', None, 'A', 'E'),
        ('24.5亿美元', '24.5亿美元', '全市农产品出口', None, 'A', 'E', {'per': Y07}),
        ('21.8%', '21.8%', '全市农产品出口', None, 'AG', 'E'),
        ('93.4%', '93.4%', '新型农村合作医疗参合率', None, 'R', 'E'),
        ('18万人', '18万人', '转移农村富余劳动力', None, 'A', 'E'),
        ('1000个村', '1000个', '完成“四清四化”整治任务的村', None, 'A', 'E'),
        ('97%', '97%', '农村公路硬化通村率', None, 'R', 'E'),
        ('96.1%', '96.1%', '农村自来水普及率', None, 'R', 'E'),
        ('91%', '91%', '农村有线电视入户率', None, 'R', 'E'),
    ]),
    ('过去五年，是各项事业繁荣发展', F5, [
        ('新增8所', '8所', '新增高校', None, 'A', 'E'),
        ('16772元', '16772元', '城市居民人均可支配收入', URB, 'A', 'E'),
        ('6979元', '6979元', '农民人均纯收入', None, 'A', 'E'),
        ('13.4%', '13.4%', '城市居民人均可支配收入', URB, 'AG', 'E'),
        ('12.7%', '12.7%', '农民人均纯收入', None, 'AG', 'E'),
        ('3.5%', '3.5%', '居民消费价格总指数', 'cpi', 'G', 'AM'),
        ('61.7万人', '61.7万人', '新增城镇就业再就业', None, 'A', 'E'),
        ('在3.4%', '3.4%', '城镇登记失业率', UNEMP, 'R', 'AM'),
        ('167亿元', '167亿元', '支付社会保险待遇', None, 'A', 'E'),
        ('80%', '80%', '五保对象集中供养率', None, 'R', 'AL'),
        ('3700套', '3700套', '市中心区累计供应经济适用房', None, 'A', 'E'),
        ('1075户', '1075户', '享受到廉租房待遇的住房困难家庭', None, 'A', 'E'),
        ('4.2亿元', '4.2亿元', '爱心捐助活动累计捐款', None, 'A', 'E'),
        ('70多万人次', '70多万人次', '救助困难群众', None, 'A', 'AL'),
        ('37%', '37%', '全市森林覆盖率', 'forest_coverage', 'R', 'E'),
    ]),
    # ================= section 2: 二、今后五年的发展任务 (2008–2012, target) =================
    ('——经济更加繁荣。', T5, [
        ('全国首批14个', '14个', '全国首批沿海开放城市', None, 'A', 'E'),
        ('5800亿元', '5800亿元', '全市生产总值', 'gdp', 'A', 'E', {'per': Y12}),
        ('600亿元', '600亿元', '全市境内税收收入', None, 'A', 'E', {'per': Y12}),
        ('增长16%', '16%', '全市境内税收收入', None, 'AG', 'E'),
        ('320亿元', '320亿元', '地方财政收入', None, 'A', 'E', {'per': Y12}),
        ('增长18%', '18%', '地方财政收入', None, 'AG', 'E'),
        ('40%以上', '40%', '高新技术产业产值占规模以上工业的比重', None, 'R', 'AL',
         {'per': Y12}),
    ]),
    ('——发展更具活力。', T5, [
        ('80%以上', '80%', '民营经济增加值占全市生产总值的比重', None, 'R', 'AL', {'per': Y12}),
        ('500亿美元', '500亿美元', '全市外贸进出口总额', 'foreign_trade', 'A', 'E', {'per': Y12}),
        ('增长10%', '10%', '实际外商直接投资', FDI, 'AG', 'E'),
        ('65%', '65%', '经济外向度', None, 'R', 'E', {'per': Y12}),
        ('60%', '60%', '科技进步对经济增长的贡献率', None, 'R', 'E', {'per': Y12}),
    ]),
    ('——城乡更加秀美。', T5, [
        ('210平方公里', '210平方公里', '中心城市建成区面积', None, 'A', 'E', {'per': Y12}),
        ('200万', '200万', '中心城市人口', None, 'A', 'E', {'per': Y12}),
        ('60%', '60%', '全市城市化水平', URBAN_RATE, 'R', 'E', {'per': Y12}),
        ('40%', '40%', '森林覆盖率', 'forest_coverage', 'R', 'E', {'per': Y12}),
    ]),
    ('——人民更加幸福。', T5, [
        ('9%和', '9%', '城市居民人均可支配收入', URB, 'AG', 'AL', {'noq': True}),
        ('8%以上', '8%', '农民人均纯收入', None, 'AG', 'AL'),
        ('3.3%', '3.3%', '城镇登记失业率', UNEMP, 'R', 'AM'),
        ('30和', '30', '城市人均住宅建筑面积', None, 'A', 'AL',
         {'val': 30, 'unit': '平方米', 'noq': True}),
        ('35平方米', '35平方米', '农村人均住宅建筑面积', None, 'A', 'AL'),
    ]),
    # ================= section 3: 三、2008年政府工作安排 (2008, target) =================
    ('2008年是全面贯彻落实党的十七大精神的第一年', T08, [
        ('增长14%', '14%', '生产总值', 'gdp', 'G', 'E'),
        ('增长20%', '20%', '地方财政收入', None, 'G', 'E'),
        ('工业增加值增长18%', '18%', '规模以上工业增加值', IVA, 'G', 'E'),
        ('资产投资增长18%', '18%', '固定资产投资', 'fixed_asset_investment', 'G', 'E'),
        ('零售额增长16%', '16%', '社会消费品零售额', 'retail_sales', 'G', 'E'),
        ('投资增长12%', '12%', '实际外商直接投资', FDI, 'G', 'E'),
        ('均增长17%', '17%', '外贸进出口总额和外贸出口', None, 'G', 'E'),
        ('增长10%', '10%', '城市居民人均可支配收入', URB, 'G', 'E'),
        ('增长9%', '9%', '农民人均纯收入', None, 'G', 'E'),
        ('3.1%', '3.1%', '城镇登记失业率', UNEMP, 'R', 'AM'),
        ('4%以内', '4%', '物价', 'cpi', 'G', 'AM'),
        ('2.4‰', '2.4‰', '人口自然增长率', None, 'R', 'AM'),
        ('4.5%', '4.5%', '万元生产总值能耗', 'energy_intensity', 'G', 'E'),
        ('减少4%', '4%', '二氧化硫排放', None, 'G', 'E'),
        ('和6%', '6%', '化学需氧量排放', None, 'G', 'E'),
    ]),
    ('（一）推动自主创新', T08, [
        ('创建1个', '1个', '创建国家级企业技术中心', None, 'A', 'E'),
        ('110户', '110户', '重点用能企业', None, 'A', 'E'),
        ('10个循环', '10个', '培育循环经济产业链条', None, 'A', 'E'),
        ('110个总投资', '110个', '重点项目', None, 'A', 'E'),
        ('2987亿元', '2987亿元', '重点项目总投资', None, 'A', 'E'),
    ]),
    ('（二）膨胀产业规模', T08, [
        ('15家', '15家', '主营业务收入过50亿元的企业', None, 'A', 'E'),
        ('7家', '7家', '主营业务收入过百亿元的企业', None, 'A', 'E'),
        ('3个中国', '3个', '创中国名牌产品和中国驰名商标', None, 'A', 'E'),
    ]),
    ('（三）打造优势板块', T08, [
        ('6个临港', '6个', '启动建设临港物流园区', None, 'A', 'E'),
        ('1050亿元', '1050亿元', '服务业增加值', SVA, 'A', 'E'),
        ('增长17%', '17%', '服务业增加值', SVA, 'G', 'E'),
    ]),
    ('（四）发展农村经济', T08, [
        ('有机食品30个', '30个', '新认证无公害农产品、绿色食品和有机食品', None, 'A', 'E'),
        ('50万亩', '50万亩', '新发展农业标准化基地', None, 'A', 'E'),
        ('1000个', '1000个', '新发展畜牧标准化养殖场', None, 'A', 'E'),
        ('8家', '8家', '新增销售收入过亿元的龙头企业', None, 'A', 'E'),
        ('2万人', '2万人', '新增农村劳动力转移就业', None, 'A', 'AL'),
        ('98%', '98%', '农村公路硬化通村率', None, 'R', 'E'),
    ]),
    ('（六）拓展发展领域', T08, [
        ('1.4亿吨', '1.4亿吨', '全市港口货物吞吐量', None, 'A', 'E'),
        ('140万标箱', '140万标箱', '集装箱吞吐量', CONT, 'A', 'E'),
        ('产值增长16%', '16%', '海洋产业产值', None, 'G', 'E'),
        ('20%以上', '20%', '临港工业产值', None, 'G', 'AL'),
        ('2万家', '2万家', '新发展个体工商户和私营小企业', None, 'A', 'AL'),
        ('300家', '300家', '新增规模以上民营企业', None, 'A', 'AL'),
        ('40家', '40家', '主营业务收入过10亿元的企业', None, 'A', 'AL'),
        ('增加值增长16%', '16%', '民营经济增加值', None, 'G', 'E'),
    ]),
    ('（七）扩大引资规模', T08, [
        ('60%', '60%', '机电产品出口比重', None, 'R', 'E'),
        ('25%', '25%', '高新技术产品出口比重', None, 'R', 'E'),
        ('10家', '10家', '进入国家和省级出口名牌行列的企业', None, 'A', 'E'),
        ('2家', '2家', '成为国家和省级科技兴贸出口创新基地的企业', None, 'A', 'E'),
    ]),
    ('（九）发展社会事业', T08, [
        ('500户', '500户', '农村贫困残疾人危房改造', None, 'A', 'E'),
        ('100处', '100处', '巩固建设残疾人就业扶贫基地', None, 'A', 'E'),
        ('100个', '100个', '巩固建设农村“老年之家”示范点', None, 'A', 'E'),
    ]),
    ('（十）坚持以人为本', T08, [
        ('13万人', '13万人', '新增城镇就业再就业', None, 'A', 'AL'),
        ('75%', '75%', '大中专毕业生总体就业率', None, 'R', 'AL'),
        ('60%', '60%', '城镇非从业居民参保率', None, 'R', 'AL'),
        ('500元', '500元', '农村低保对象年人均补差', None, 'A', 'AL'),
        ('3000套', '3000套', '市中心区新建保障性住房', None, 'A', 'AL'),
        ('24万平方米', '24万平方米', '市中心区新建保障性住房', None, 'A', 'AL', {'noq': True}),
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
            assert surface.endswith(unit[-1:]) or surface.isdigit(), (surface, unit)
        else:
            assert not surface[-1].isdigit() or surface.endswith('万'), surface
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
    # ================= section 1 (2003–2007 review) =================
    ('过去五年，是结构调整取得重大成效', F5, [
        ('中科院烟台海岸带可持续发展研究所开工建设', '中科院烟台海岸带可持续发展研究所', None,
         '开工建设', 'started'),
    ]),
    ('过去五年，是体制改革迈出新步伐', F5, [
        ('新建了栖霞台湾农民创业园', '栖霞台湾农民创业园', None, '新建', None),
    ]),
    ('过去五年，是大城市框架基本形成', F5, [
        # 4条隧道 sums up the four written items: each is that tunnel (README), span on the item
        ('打通了塔山、', '塔山', '塔山隧道', '打通', None),
        ('、魁星楼、', '魁星楼', '魁星楼隧道', '打通', None),
        ('、黄金顶、', '黄金顶', '黄金顶隧道', '打通', None),
        ('、通世南路4条', '通世南路', '通世南路隧道', '打通', None),
        ('了滨海路、', '滨海路', None, '建设改造', None),
        ('、连城路等', '连城路', None, '建设改造', None),
        ('大南山生态景区开发', '大南山生态景区', None, '启动开发', 'started'),
        ('综合整治了南大街', '南大街', None, '综合整治', None),
        ('烟大铁路轮渡', '烟大铁路轮渡', None, '投入使用', 'completed'),
        # 威乌高速和威青高速烟台段: the segment is shared by both motorways (reconciliation P6)
        ('、威乌高速和', '威乌高速', '威乌高速烟台段', '投入使用', 'completed'),
        ('威青高速烟台段', '威青高速烟台段', None, '投入使用', 'completed'),
        ('蓝烟铁路复线', '蓝烟铁路复线', None, '投入使用', 'completed'),
        ('大莱龙铁路', '大莱龙铁路', None, '投入使用', 'completed'),
        ('，引黄调水、', '引黄调水', None, '进展顺利', 'ongoing'),
        ('、烟台港西港区、', '烟台港西港区', None, '进展顺利', 'ongoing'),
        ('、龙烟铁路、', '龙烟铁路', None, '进展顺利', 'ongoing'),
        ('、火车站改造、', '火车站改造', None, '进展顺利', 'ongoing'),
        ('、机场改扩建等', '机场改扩建', None, '进展顺利', 'ongoing'),
        ('海阳核电已经', '海阳核电', None, '进入主体工程建设阶段', 'ongoing'),
    ]),
    ('过去五年，是支农惠农力度不断加大', F5, [
        ('农村劳动力转移培训阳光工程', '农村劳动力转移培训阳光工程', None, '大力实施', 'ongoing'),
        # a named physical works programme ending in 工程 (reconciliation P3)
        ('完成了农村电网建设改造工程', '农村电网建设改造工程', None, '完成', 'completed'),
    ]),
    # ================= part 三 (2008 plan) =================
    ('（一）推动自主创新', T08, [
        ('抓好中科院烟台海岸带可持续发展研究所', '中科院烟台海岸带可持续发展研究所', None,
         '抓好建设', 'ongoing'),
        ('“三校科技园”', '“三校科技园”', None, '抓好建设', 'ongoing'),
    ]),
    ('（二）膨胀产业规模', T08, [
        ('建设海阳核电的机遇', '海阳核电', None, '建设', 'ongoing'),
        ('“3·50工程”', '“3·50工程”', None, '继续实施', 'ongoing'),
    ]),
    ('（三）打造优势板块', T08, [
        ('抓好世界广场', '世界广场', None, '抓好建设', 'ongoing'),
        ('佳世客购物中心', '佳世客购物中心', None, '抓好建设', 'ongoing'),
        ('阳光100城市广场', '阳光100城市广场', None, '抓好建设', 'ongoing'),
        ('推进大南山生态景区', '大南山生态景区', None, '推进建设', 'ongoing'),
        ('雨岱山渔人码头', '雨岱山渔人码头', None, '推进建设', 'ongoing'),
        ('旅游大世界', '旅游大世界', None, '推进建设', 'ongoing'),
        ('烟台金融中心', '烟台金融中心', None, '规划建设', 'planned'),
        ('烟台软件园', '烟台软件园', None, '抓好建设', 'ongoing'),
        ('“万村千乡市场工程”', '“万村千乡市场工程”', None, '推进', 'ongoing'),
    ]),
    ('（四）发展农村经济', T08, [
        ('新型农民培训工程', '新型农民培训工程', None, '实施', 'ongoing'),
    ]),
    ('（五）完善承载功能', T08, [
        ('完成火车站改造', '火车站改造', None, '完成建设任务', 'completed'),
        ('、机场改扩建、', '机场改扩建', None, '完成建设任务', 'completed'),
        ('烟台至莱州沿海大通道主体工程', '烟台至莱州沿海大通道主体工程', None, '完成建设任务',
         'completed'),
        ('滨海东路延伸', '滨海东路延伸', None, '完成建设任务', 'completed'),
        ('双河东西路', '双河东西路', None, '完成建设任务', 'completed'),
        ('德龙烟铁路“两隧一桥”', '德龙烟铁路“两隧一桥”', None, '完成建设任务', 'completed'),
        # two works of 引黄调水; the second borrows its owner's name (contract: 海康威视三期;
        # reconciliation P7)
        ('引黄调水控制性建筑', '引黄调水控制性建筑', None, '完成建设任务', 'completed'),
        ('和输水明渠等', '输水明渠', '引黄调水输水明渠', '完成建设任务', 'completed'),
        ('幸福区片综合整治', '幸福区片综合整治', None, '实施', 'ongoing'),
        ('北马路拓宽改造', '北马路拓宽改造', None, '实施', 'ongoing'),
        ('朝阳街和', '朝阳街', None, '实施保护性改造', 'ongoing'),
        ('和所城里等', '所城里', None, '实施保护性改造', 'ongoing'),
    ]),
    ('（六）拓展发展领域', T08, [
        ('烟台港西港区一期工程', '烟台港西港区一期工程', None, '重点推进建设', 'ongoing'),
        ('芝罘湾港区集装箱码头', '芝罘湾港区集装箱码头', None, '重点推进建设', 'ongoing'),
        ('龙口港区通用泊位工程', '龙口港区通用泊位工程', None, '重点推进建设', 'ongoing'),
    ]),
    ('（七）扩大引资规模', T08, [
        ('栖霞台湾农民创业园', '栖霞台湾农民创业园', None, '推进建设', 'ongoing'),
        ('国际产业转移配套社区一期工程', '国际产业转移配套社区一期工程', None, '建设', 'ongoing'),
    ]),
    ('（九）发展社会事业', T08, [
        ('抓好烟台职业学院', '烟台职业学院', None, '抓好建设', 'ongoing'),
        ('汽车工程职业学院', '汽车工程职业学院', None, '抓好建设', 'ongoing'),
        # a named 工程 programme implemented by name (chuxiong-2016 practice; reconciliation P4)
        ('引才、育才、聚才工程', '引才、育才、聚才工程', None, '实施', 'ongoing'),
        ('市文化中心', '市文化中心', None, '搞好建设', 'ongoing'),
        ('、广电中心建设', '广电中心', None, '搞好建设', 'ongoing'),
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

# No project span holds an indicator row (the digits in 阳光100城市广场 and “3·50工程” are names).
for p in projects:
    for r in indicators:
        assert not (p['char_start'] <= r['char_start'] < p['char_end']), (p['name'], r['surface'])

# ---------------------------------------------------------------------------
# Documents
# ---------------------------------------------------------------------------
HEADER = text[FM_END:BODY_START]
assert '\n烟台市市长张江汀\n' in HEADER
assert '年' not in HEADER.replace('2008年烟台市', '')   # no date line, no meeting line
documents = [dict(
    doc_id=DOC_ID, source_path=SOURCE_PATH, title='2008年烟台市政府工作报告',
    source_url=front['source'], region='烟台市', admin_level='prefecture',
    report_year=REPORT_YEAR, delivered_on=None, meeting=None,
    speaker='张江汀', speaker_title='市长')]

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
    '2007', '2002',            # 2007年，… / 是2002年的2.2倍: dates
    '2007',                    # 2007年，全市规模以上工业增加值…
    '500', '2007', '2002',     # 世界500强 (name); 2007年 / 2002年 (dates)
    '14', '6',                 # 由第14位上升到第6位: ranks
    '2007',                    # 2007年，全市农产品出口…
    '9',                       # 人口连续9年实现“零增长”: streak
    '2012', '2012', '2007',    # 从现在到2012年的五年 / 到2012年 / 在2007年的基础上
    '4', '58', '38',           # 三次产业比例调整到4:58:38: no unit, not X∶1 (jiangxi-2013)
    '2012', '2012',            # 到2012年 (×2)
    '2008', '2008', '2008',    # 三、2008年政府工作安排 / 2008年是… / 2008年，…
    '3', '50',                 # “3·50工程”: a name
    '50',                      # 主营业务收入过50亿元的企业: threshold naming the class
    '100',                     # 阳光100城市广场: a name
    '1', '3',                  # “1+3”旅游主体板块: a name
    '3', '1',                  # “3+1”联手共建活动: a name
    '10',                      # 主营业务收入过10亿元的企业: threshold naming the class
    '500',                     # 世界500强: a name
]
assert [d for _, d, _ in uncovered_digits()] == EXPECTED_UNCOVERED, uncovered_digits()

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
            print(' | '.join([r['project_id'], r['name'], r['action'] or '-', r['stage'] or '-',
                              r['status'], '%s-%s' % (r['period_start'], r['period_end']),
                              'S' + r['section_id']]))
            print('      ' + r['sentence'])
