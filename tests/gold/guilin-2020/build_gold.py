#!/usr/bin/env python3
"""Hand-checked blind gold annotation of lawtext-sample/city/桂林市/2020.md
(桂林市政府工作报告, 2020-01-19, 市长 秦春成).

Standard library only.  Regenerates documents.csv, indicators.csv and projects.csv in this folder.

The source is Markdown: YAML front matter (--- … ---, only `title`), a header (date/meeting line,
speaker line, 各位代表：, 现在，我代表…), two bold level-1 headings (**一、…**, **二、…**) and
level-2 headings （一）… on lines of their own (not run in, no bold).  The text has no blank
between numbers and units and uses the half-width %.  Bracketed footnote markers ([1] … [28])
follow some terms; the notes they refer to are not in the file.  Offsets count code points of
the whole decoded file (BOM removed, nothing else changed), front matter and markup included.
Markup is never part of a surface, name or sentence.

Every annotation below is written by hand: the exact surface (or written name) plus an
*anchor*, a string that occurs exactly once in its paragraph and contains the surface.
Offsets are then found with str.find and checked (text[char_start:char_end] == surface).
The section outline (needed for section_id) is written by hand as well.

Reconciled from two blind annotations (A, B; this script is A's with the decisions of
NOTES.md "Reconciliation" applied).  Blind: written from the report text, DATASET.md, the README's conventions, dict/indicators.tsv
and the earlier golds' NOTES only; gwr was not built or run and no gwr output was read.

Source path: ../../../raw/lawtext-sample/city/桂林市/2020.md relative to this script (the layout
of /work/main/tests/gold/<name>/); the environment variable GWR_SRC overrides it.
Options: -v prints every row with its sentence, -s the outline with row counts per section,
-x every digit run of the body outside an indicator span.
"""
import csv
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_PATH = 'lawtext-sample/city/桂林市/2020.md'
SRC = os.environ.get('GWR_SRC') or os.path.normpath(
    os.path.join(HERE, '..', '..', '..', 'raw', *SOURCE_PATH.split('/')))
DOC_ID = 'lawtext-sample/city/桂林市/2020'
REPORT_YEAR = 2020

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
assert front['title'] == '桂林市政府工作报告（2020年1月19日 秦春成）', front
assert 'source' not in front

# ---------------------------------------------------------------------------
# Sections (only to give section_id).
#   Level 1: the bold part headings **一、…** and **二、…** (the report has no 三、: the closing
#   各位代表！… paragraphs and the four 牢记宗旨，忠诚履职。… paragraphs follow （十） directly and so
#   belong to it by the span rule; they hold no rows).
#   Level 2: （一）… on lines of their own.  They are not run in, so the README's run-in
#   refinement does not apply: each runs to the next heading of the same or a higher level.
#   So （八） of part 一 (section 9) also covers the 过去一年, 一年来, thanks and 不足 paragraphs.
# Not sections: the ——…。 paragraph heads of part 一, the lead sentences (国际旅游胜地建设成效显著。
# 工业振兴迈出坚实步伐。 强化组织领导。 …).
# ---------------------------------------------------------------------------
HEADINGS = [  # (level, marker, heading text as on the line, without ** marks)
    (1, '一、', '2019年工作回顾'),
    (2, '（一）', '聚焦实施国家战略，“两个建成”基础更加扎实'),
    (2, '（二）', '聚焦“六稳”[4]狠抓落实，经济运行保持总体平稳'),
    (2, '（三）', '聚焦三个攻坚突破，发展新动能不断增强'),
    (2, '（四）', '聚焦统筹协调发展，城乡面貌深刻变化'),
    (2, '（五）', '聚焦基础设施建设，发展支撑能力不断提升'),
    (2, '（六）', '聚焦生态文化建设，“一城文化满城绿”风韵更加彰显'),
    (2, '（七）', '聚焦深化改革开放，市场主体活力有效释放'),
    (2, '（八）', '聚焦抓脱贫惠民生，人民群众获得感持续增强'),
    (1, '二、', '2020年工作总体要求和目标任务'),
    (2, '（一）', '坚持新发展理念，统筹实施国家战略，决战决胜“两个建成”'),
    (2, '（二）', '坚持高质量发展，集中优势资源，聚力推动工业振兴'),
    (2, '（三）', '坚持深化农业供给侧结构性改革，突出四大重点，全力推动乡村振兴'),
    (2, '（四）', '坚持旅游带动，促进消费升级，推动服务业转型发展'),
    (2, '（五）', '坚持项目带动，增加有效投资，持续增强发展后劲'),
    (2, '（六）', '坚持建管并重，建设公园城市，打造品位休闲之都'),
    (2, '（七）', '坚持问题导向，攻克深度贫困堡垒，坚决打赢脱贫攻坚战'),
    (2, '（八）', '坚持改革创新，完善治理体系，不断提升治理水平'),
    (2, '（九）', '坚持生态立市，生态文化相融，厚植高质量发展优势'),
    (2, '（十）', '坚持以人民为中心，补齐民生短板，增强人民群众获得感'),
]
sections = []
for k, (lvl, marker, head) in enumerate(HEADINGS):
    if lvl == 1:
        st = find_unique('\n**' + marker + head + '**\n') + 1
    else:
        st = find_unique('\n' + marker + head + '\n') + 1
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


def para_span(anchor):
    i = find_unique(anchor)
    assert i == 0 or text[i - 1] == '\n', anchor
    return i, para_end(i)


# ---------------------------------------------------------------------------
# Periods / status
# ---------------------------------------------------------------------------
A19 = (2019, 2019, 'actual')    # part 一: review of 2019 (2019年，…; 一年来; 过去一年)
A13 = (2016, 2020, 'actual')    # “十三五”规划实施情况良好: counts of the plan's indicators
T20 = (2020, 2020, 'target')    # part 二: 今年, 主要预期目标, （一）…（十）
T13 = (2016, 2020, 'target')    # 确保“十三五”规划圆满收官: the plan's indicator set

# ---------------------------------------------------------------------------
# Indicators
# ---------------------------------------------------------------------------
MULT = [('万', Decimal(10) ** 4), ('亿', Decimal(10) ** 8)]
# written unit (after the multiplier) -> (unit_base, factor to unit_base, dimension)
BASE_UNITS = {
    '%': ('%', 1, 'percent'),
    '个百分点': ('百分点', 1, 'percent'),
    '元': ('元', 1, 'currency'), '美元': ('美元', 1, 'currency'),
    '平方米': ('平方米', 1, 'area'), '亩': ('亩', 1, 'area'),
    '公里': ('公里', 1, 'length'),
    '吨': ('吨', 1, 'mass'),
    '千瓦': ('千瓦', 1, 'energy'), '度': ('千瓦时', 1, 'energy'),
    '微克/立方米': ('微克/立方米', 1, 'other'),
    '天': ('天', 1, 'time'), '个工作日': ('工作日', 1, 'time'),
    '人': ('人', 1, 'count'), '人次': ('人次', 1, 'count'),
    '贫困人口': ('人', 1, 'count'), '农村贫困人口': ('人', 1, 'count'),
    '户': ('户', 1, 'count'), '家': ('家', 1, 'count'), '个': ('个', 1, 'count'),
    '项': ('项', 1, 'count'), '条': ('条', 1, 'count'), '套': ('套', 1, 'count'),
    '座': ('座', 1, 'count'), '所': ('所', 1, 'count'), '支': ('支', 1, 'count'),
    '部': ('部', 1, 'count'), '头': ('头', 1, 'count'), '大类': ('类', 1, 'count'),
    '县': ('县', 1, 'count'),
}
INDICATOR_CODES = {
    # DATASET.md "Known indicators"
    'gdp', 'gdp_per_capita', 'industrial_output', 'industrial_value_added',
    'fixed_asset_investment', 'retail_sales', 'disposable_income', 'disposable_income_urban',
    'disposable_income_rural', 'energy_intensity', 'foreign_trade', 'foreign_investment',
    'budget_revenue', 'new_urban_jobs', 'unemployment_rate', 'cpi', 'rd_intensity',
    'good_air_days', 'forest_coverage', 'tourism_revenue', 'grain_output', 'deficit_ratio',
    # extension codes of dict/indicators.tsv used here
    'urbanization_rate', 'pm25', 'private_investment', 'service_value_added',
    'primary_value_added'}

FAI = 'fixed_asset_investment'
URB = 'disposable_income_urban'
RUR = 'disposable_income_rural'
IVA = 'industrial_value_added'
IO = 'industrial_output'

# Each block: (paragraph start anchor, (period_start, period_end, status), [records])
# record: (anchor, surface, subject, indicator, measure, qualifier[, extra])
#   measure: A=amount G=growth_rate AG=avg_growth_rate R=ratio
#   qualifier: E=exact AP=approx AL=at_least AM=at_most
#   extra (optional dict): per=(start, end, status) override; val=Decimal value and unit=written
#   unit for a Chinese numeral (两个 → 2, 个)
IND_BLOCKS = [
    # ================= section 1: 一、2019年工作回顾 (opening paragraphs) =================
    ('2019年，是新中国成立70周年', A19, [
        ('地区生产总值增长6.5%', '6.5%', '地区生产总值', 'gdp', 'G', 'E'),
        ('0.5个百分点', '0.5个百分点', '地区生产总值增长高于全区', None, 'A', 'E'),
        ('增长11.6%', '11.6%', '组织财政收入', None, 'G', 'E'),
        ('固定资产投资增长10%', '10%', '固定资产投资', FAI, 'G', 'E'),
        ('零售总额增长10%', '10%', '社会消费品零售总额', 'retail_sales', 'G', 'E'),
        ('7.3%', '7.3%', '城镇居民人均可支配收入', URB, 'G', 'E'),
        ('9.8%', '9.8%', '农村居民人均可支配收入', RUR, 'G', 'E'),
        ('3.4%', '3.4%', '居民消费价格', 'cpi', 'G', 'E'),
        ('51.1%', '51.1%', '常住人口城镇化率', 'urbanization_rate', 'R', 'E'),
        ('1.19%', '1.19%', '万元地区生产总值能耗', 'energy_intensity', 'G', 'E'),
    ]),
    ('——工业强龙头卓有成效。', A19, [
        ('培育库9家', '9家', '入选自治区工业龙头企业培育库的企业', None, 'A', 'E'),
        ('工业项目23个', '23个', '列入自治区“双百双新”工业项目', None, 'A', 'E'),
    ]),
    ('——脱贫攻坚取得决定性进展。', A19, [
        ('7.5万贫困人口', '7.5万贫困人口', '脱贫的贫困人口', None, 'A', 'E'),
        ('86个', '86个', '出列的贫困村', None, 'A', 'E'),
        ('0.35%', '0.35%', '全市贫困发生率', None, 'R', 'AP'),
    ]),
    # ---- section 2: （一）聚焦实施国家战略
    ('国际旅游胜地建设成效显著。', A19, [
        ('12项', '12项', '胜地建设主要指标', None, 'A', 'E'),
        ('7项', '7项', '提前完成的胜地建设主要指标', None, 'A', 'E'),
    ]),
    ('“十三五”规划实施情况良好。', A13, [
        ('14项', '14项', '“十三五”规划约束性指标', None, 'A', 'E'),
        ('13项', '13项', '达到预期的“十三五”规划约束性指标', None, 'A', 'E'),
        ('19项', '19项', '“十三五”规划预期性指标', None, 'A', 'E'),
        ('10项', '10项', '提前完成或达到预期的“十三五”规划预期性指标', None, 'A', 'E'),
    ]),
    ('全面建成小康社会基础不断夯实。', A19, [
        ('6大类', '6大类', '全面建成小康社会指标大类', None, 'A', 'E'),
        ('53项', '53项', '全面建成小康社会指标', None, 'A', 'E'),
        ('34项', '34项', '提前完成的全面建成小康社会指标', None, 'A', 'E'),
        ('97%', '97%', '全面建成小康社会总体实现进程', None, 'R', 'E'),
    ]),
    # ---- section 3: （二）聚焦“六稳”
    ('工业振兴迈出坚实步伐。', A19, [
        ('6.4%', '6.4%', '规模工业增加值', IVA, 'G', 'E'),
        ('50%', '50%', '工业项目占全市重中之重项目', None, 'R', 'AL'),
        ('9%', '9%', '工业固定资产投资', None, 'G', 'E'),
        ('89.5万平方米', '89.5万平方米', '竣工标准厂房', None, 'A', 'E'),
        ('290亿元', '290亿元', '智能三轴手持稳定器产业化等项目总投资', None, 'A', 'E'),
        ('产业项目20个', '20个', '经开区竣工投产产业项目', None, 'A', 'E'),
        ('项目35个', '35个', '经开区引进项目', None, 'A', 'E'),
        ('71家', '71家', '华为信息生态合作区注册数字企业', None, 'A', 'E'),
        ('项目15个', '15个', '高铁园引进项目', None, 'A', 'E'),
        ('79.6亿元', '79.6亿元', '高铁园引进项目总投资', None, 'A', 'E'),
        ('30余个', '30余个', '荔浦引进重点工业项目', None, 'A', 'AL'),
        ('60多亿元', '60多亿元', '荔浦引进重点工业项目总投资', None, 'A', 'AL'),
        ('70余家', '70余家', '平乐引进工业企业', None, 'A', 'AL'),
        ('38亿元', '38亿元', '平乐引进工业企业总投资', None, 'A', 'E'),
        ('企业30余家', '30余家', '全州米粉产业园入驻企业', None, 'A', 'AL'),
        ('63家', '63家', '新增上规入统工业企业', None, 'A', 'E'),
        ('76个', '76个', '自治区“千企技改”项目', None, 'A', 'E'),
        ('平台7家', '7家', '新增国家级创新平台', None, 'A', 'E'),
        ('绿色工厂3家', '3家', '新增绿色工厂', None, 'A', 'E'),
        ('67项', '67项', '转化重大科技成果', None, 'A', 'E'),
        ('培育单位13家', '13家', '认定广西“瞪羚企业”培育单位', None, 'A', 'E'),
        ('308家', '308家', '高新技术企业保有量', None, 'A', 'E'),
        ('28家', '28家', '跻身全区百强的高新技术企业', None, 'A', 'E'),
        ('3家企业上榜', '3家', '上榜全区创新活力10强的企业', None, 'A', 'E'),
        ('两项', '两项', '思奇通信、中化桂林公司分别参与完成的关键技术', None, 'A', 'E',
         {'val': 2, 'unit': '项'}),
        ('50家', '50家', '实现复产或降幅收窄的企业', None, 'A', 'E'),
    ]),
    ('乡村振兴加快推进。', A19, [
        ('6个', '6个', '打造提升超100亿元产业集群', None, 'A', 'E'),
        ('3个20亿元', '3个', '打造提升20亿元产业集群', None, 'A', 'E'),
        ('6%', '6%', '农林牧渔业总产值', None, 'G', 'E'),
        ('200亿元', '200亿元', '水果产值', None, 'A', 'AL'),
        ('62.3%', '62.3%', '农业耕种收综合机械化水平', None, 'R', 'E'),
        ('集聚区8个', '8个', '建成农产品加工集聚区', None, 'A', 'E'),
        ('示范点13个', '13个', '新增广西休闲农业与乡村旅游示范点', None, 'A', 'E'),
        ('17个', '17个', '田园综合体', None, 'A', 'E'),
        ('38个', '38个', '新增“三品一标”产品', None, 'A', 'E'),
        ('示范区11个', '11个', '新增自治区级现代特色农业示范区', None, 'A', 'E'),
        ('47家', '47家', '新增市级以上农业产业化龙头企业', None, 'A', 'E'),
    ]),
    ('三产优质高效发展。', A19, [
        ('57%', '57%', '第三产业对经济增长贡献率', None, 'R', 'E'),
        ('1.38亿人次', '1.38亿人次', '接待游客', None, 'A', 'E'),
        ('1874亿元', '1874亿元', '旅游总消费', None, 'A', 'E'),
        ('26.7%', '26.7%', '接待游客', None, 'G', 'E'),
        ('34.7%', '34.7%', '旅游总消费', None, 'G', 'E'),
        ('两个', '两个', '新增广西特色旅游名县', None, 'A', 'E', {'val': 2, 'unit': '个'}),
        ('景区9家', '9家', '新增4A级景区', None, 'A', 'E'),
        ('130万人次', '130万人次', '红军长征湘江战役纪念设施接待游客', None, 'A', 'AL'),
        ('144座', '144座', '新建旅游厕所', None, 'A', 'E'),
        ('76.4%', '76.4%', '电信业务总量', None, 'G', 'E'),
        ('增长7%', '7%', '金融机构人民币存款余额', None, 'G', 'E'),
        ('14%', '14%', '金融机构人民币贷款余额', None, 'G', 'E'),
        ('25%', '25%', '证券交易额', None, 'G', 'E'),
    ]),
    ('财政金融助力实体经济。', A19, [
        ('245.6亿元', '245.6亿元', '累计争取上级转移支付资金', None, 'A', 'E'),
        ('10.2%', '10.2%', '累计争取上级转移支付资金', None, 'G', 'E'),
        ('42亿元', '42亿元', '新增地方政府债券', None, 'A', 'E'),
        ('31.2亿元', '31.2亿元', '增加制造业贷款', None, 'A', 'E'),
        ('48.6亿元', '48.6亿元', '累计发行企业债', None, 'A', 'E'),
        ('16家', '16家', '列入自治区上市（挂牌）后备企业资源库的企业', None, 'A', 'E'),
    ]),
    # ---- section 4: （三）聚焦三个攻坚突破
    ('重大项目建设持续发力。', A19, [
        ('788个', '788个', '市级层面重大项目', None, 'A', 'E'),
        ('增长20%', '20%', '市级层面重大项目完成投资', None, 'G', 'E'),
        ('270个', '270个', '开竣工重大项目', None, 'A', 'E'),
        ('1254.7亿元', '1254.7亿元', '开竣工重大项目总投资', None, 'A', 'E'),
        ('101个', '101个', '竣工重大项目', None, 'A', 'E'),
        ('373.2亿元', '373.2亿元', '竣工重大项目总投资', None, 'A', 'E'),
        ('2.1万亩', '2.1万亩', '土地收储', None, 'A', 'E'),
        ('0.94万亩', '0.94万亩', '土地出让', None, 'A', 'E'),
        ('3.49万亩', '3.49万亩', '盘活存量土地', None, 'A', 'E'),
        ('2730亩', '2730亩', '清理闲置土地', None, 'A', 'E'),
        ('70.7%', '70.7%', '供地率', None, 'R', 'E'),
    ]),
    ('产业大招商成效明显。', A19, [
        ('14个', '14个', '招商引资重点方向', None, 'A', 'E'),
        ('136个', '136个', '新签实施亿元以上项目', None, 'A', 'E'),
        ('832.7亿元', '832.7亿元', '区外境内到位资金', None, 'A', 'E'),
        ('6241万美元', '6241万美元', '实际利用外资', 'foreign_investment', 'A', 'E'),
    ]),
    ('营商环境进一步优化。', A19, [
        ('0.5个工作日', '0.5个工作日', '企业开办办结时限', None, 'A', 'E'),
        ('1个工作日', '1个工作日', '不动产登记办结时限', None, 'A', 'E'),
        ('98.7%', '98.7%', '政务服务事项网上可办率', None, 'R', 'E'),
        ('事项50项', '50项', '市本级调整取消行政许可等事项', None, 'A', 'E'),
        ('950项', '950项', '认领国家监管事项', None, 'A', 'E'),
        ('28个', '28个', '首批实现快落地、快建设的项目', None, 'A', 'E'),
    ]),
    # ---- section 5: （四）聚焦统筹协调发展
    ('品位休闲之都魅力彰显。', A19, [
        ('95%', '95%', '市政设施完好率', None, 'R', 'E'),
        ('80%', '80%', '机械化清扫率', None, 'R', 'E'),
        ('35个', '35个', '新增垃圾分类试点小区', None, 'A', 'E'),
        ('59.6万吨', '59.6万吨', '山口生活垃圾焚烧发电项目年处理垃圾', None, 'A', 'E'),
        ('2.3亿度', '2.3亿度', '山口生活垃圾焚烧发电项目发电', None, 'A', 'E'),
        ('151.6万平方米', '151.6万平方米', '拆除违法建设', None, 'A', 'E'),
    ]),
    ('县域经济发展亮点凸显。', A19, [
        ('7个', '7个', '新型城镇化示范县建设', None, 'A', 'E'),
    ]),
    ('示范乡镇建设稳步推进。', A19, [
        ('16个', '16个', '第四批新型城镇化示范乡镇建设', None, 'A', 'E'),
        ('14个', '14个', '启动第五批新型城镇化示范乡镇建设', None, 'A', 'E'),
        ('等5个', '5个', '特色小镇', None, 'A', 'E'),
        ('等4个', '4个', '新增广西特色小镇', None, 'A', 'E'),
    ]),
    ('幸福乡村建设成果丰硕。', A19, [
        ('3243个', '3243个', '村庄“三清三拆”工作', None, 'A', 'E'),
        ('53个', '53个', '入选第五批中国传统村落名录的村落', None, 'A', 'E'),
        ('200个', '200个', '全面开建的乡村振兴示范村', None, 'A', 'E'),
    ]),
    # ---- section 6: （五）聚焦基础设施建设
    ('公路水路交通基础设施完成投资', A19, [
        ('92.5亿元', '92.5亿元', '公路水路交通基础设施完成投资', None, 'A', 'E'),
        ('4个', '4个', '国省道改建项目', None, 'A', 'E'),
        ('82.8%', '82.8%', '乡镇通公交率', None, 'R', 'E'),
        ('通畅率100%', '100%', '建制村通畅率', None, 'R', 'E'),
        ('98%', '98%', '建制村通客车率', None, 'R', 'E'),
        ('48.9%', '48.9%', '建制村通公交率', None, 'R', 'E'),
        ('投资10亿元', '10亿元', '水利基础设施完成投资', None, 'A', 'AL'),
        ('10个', '10个', '病险水库除险加固', None, 'A', 'E'),
        ('25.7亿元', '25.7亿元', '电网建设改造完成投资', None, 'A', 'E'),
        ('项目13个', '13个', '风电项目', None, 'A', 'E'),
        ('66.9万千瓦', '66.9万千瓦', '新增装机容量', None, 'A', 'E'),
        ('820个', '820个', '建成5G基站', None, 'A', 'E'),
    ]),
    # ---- section 7: （六）聚焦生态文化建设
    ('生态环境保护成效明显。', A19, [
        ('323天', '323天', '市区空气质量优良天数', 'good_air_days', 'A', 'E'),
        ('100%', '100%', '主要河流和城市集中式生活饮用水水源地水质达标率', None, 'R', 'E'),
        ('15.6万亩', '15.6万亩', '植树造林', None, 'A', 'E'),
        ('71.58%', '71.58%', '森林覆盖率', 'forest_coverage', 'R', 'E'),
    ]),
    ('文化软实力加快提升。', A19, [
        ('58个', '58个', '新建村级公共服务中心', None, 'A', 'E'),
    ]),
    # ---- section 8: （七）聚焦深化改革开放
    ('重点领域改革持续推进。', A19, [
        ('95个', '95个', '整合减少市县多领域执法机构', None, 'A', 'E'),
        ('41个', '41个', '制定市县乡三级权责清单规范化通用目录的部门', None, 'A', 'E'),
        ('39项', '39项', '基本完成的重点改革', None, 'A', 'E'),
        ('33亿元', '33亿元', '新增减税降费', None, 'A', 'AL'),
        ('0.11元', '0.11元', '工业用电电价每度降低', None, 'A', 'E'),
    ]),
    ('民营经济健康发展。', A19, [
        ('22.1万户', '22.1万户', '民营企业', None, 'A', 'E'),
        ('10%', '10%', '民间投资', 'private_investment', 'G', 'E'),
        ('8家', '8家', '入选广西民营企业100强的企业', None, 'A', 'E'),
        ('4家', '4家', '上榜“2019广西最具潜力民营企业”的企业', None, 'A', 'E'),
        ('3.4亿元', '3.4亿元', '清欠民企账款', None, 'A', 'E'),
    ]),
    # ---- section 9: （八）聚焦抓脱贫惠民生 (runs to 二、: also 过去一年 … 不足)
    ('民生领域支出占一般公共预算支出比重', A19, [
        ('77.3%', '77.3%', '民生领域支出占一般公共预算支出比重', None, 'R', 'E'),
        ('63个', '63个', '自治区、市两级层面为民办实事项目', None, 'A', 'E'),
    ]),
    ('全力推进脱贫攻坚。', A19, [
        ('18.9亿元', '18.9亿元', '筹集财政扶贫专项资金', None, 'A', 'E'),
        ('93.7%', '93.7%', '县级“5+2”特色产业覆盖率', None, 'R', 'E'),
        ('91%', '91%', '村级“3+1”特色产业覆盖率', None, 'R', 'E'),
        ('4万元', '4万元', '贫困村集体经济收入', None, 'A', 'AL'),
        ('391家', '391家', '认定就业扶贫车间', None, 'A', 'E'),
        ('2.8万人次', '2.8万人次', '新增贫困劳动力转移就业', None, 'A', 'E'),
        ('11.9万农村贫困人口', '11.9万农村贫困人口', '解决饮水安全问题的农村贫困人口', None,
         'A', 'E'),
        ('4741户', '4741户', '贫困户危房改造', None, 'A', 'E'),
        ('项目44个', '44个', '肇庆—桂林扶贫协作项目', None, 'A', 'E'),
        ('6740万元', '6740万元', '到位帮扶资金', None, 'A', 'E'),
    ]),
    ('社会事业蓬勃发展。', A19, [
        ('89.8%', '89.8%', '学前教育三年毛入园率', None, 'R', 'E'),
        ('97.9%', '97.9%', '九年义务教育巩固率', None, 'R', 'E'),
        ('92.3%', '92.3%', '高中阶段教育毛入学率', None, 'R', 'E'),
        ('93.6%', '93.6%', '纳入义务教育学区制管理学校比例', None, 'R', 'E'),
        ('156所', '156所', '新建改扩建中小学（幼儿园）', None, 'A', 'E'),
        ('1.8万个', '1.8万个', '新增学位', None, 'A', 'E'),
        ('75.7%', '75.7%', '普惠幼儿园覆盖率', None, 'R', 'E'),
        ('40所', '40所', '全市职业学校', None, 'A', 'E'),
        ('24所', '24所', '调整优化后的全市职业学校', None, 'A', 'E'),
        ('2家', '2家', '入选广西首批中医药健康旅游示范基地的单位', None, 'A', 'E'),
    ]),
    ('社会保障持续加强。', A19, [
        ('4.4万人', '4.4万人', '城镇新增就业', 'new_urban_jobs', 'A', 'E'),
        ('7.7万人次', '7.7万人次', '农村劳动力转移就业新增', None, 'A', 'E'),
        ('2.66%', '2.66%', '城镇登记失业率', 'unemployment_rate', 'R', 'E'),
        ('956.9万人次', '956.9万人次', '“五险”累计参保人数', None, 'A', 'E'),
        ('142.3亿元', '142.3亿元', '发放养老金', None, 'A', 'E'),
        ('7976套', '7976套', '新开工棚户区改造', None, 'A', 'E'),
        ('9723套', '9723套', '建成保障性住房', None, 'A', 'E'),
    ]),
    ('社会保持安全稳定。', A19, [
        ('25%', '25%', '刑事警情', None, 'G', 'E'),
    ]),
    ('过去一年，我们扎实开展', A19, [
        ('51.6%', '51.6%', '会议', None, 'G', 'E'),
        ('49%', '49%', '发文', None, 'G', 'E'),
    ]),
    # ================= section 10: 二、2020年工作总体要求和目标任务 =================
    ('今年经济社会发展主要预期目标是', T20, [
        ('增长6.5%', '6.5%', '地区生产总值', 'gdp', 'G', 'E'),
        ('增长7%，', '7%', '组织财政收入', None, 'G', 'E'),
        ('增长7%以上', '7%', '规模工业增加值', IVA, 'G', 'AL'),
        ('增长10%', '10%', '固定资产投资', FAI, 'G', 'E'),
        ('增长8%', '8%', '社会消费品零售总额', 'retail_sales', 'G', 'E'),
        ('7.5%', '7.5%', '城镇居民人均可支配收入', URB, 'G', 'E'),
        ('、10%', '10%', '农村居民人均可支配收入', RUR, 'G', 'E'),
        ('4.2%', '4.2%', '居民消费价格', 'cpi', 'G', 'AP'),
        ('1.1个百分点', '1.1个百分点', '常住人口城镇化率提高', None, 'A', 'E'),
    ]),
    # ---- section 11: （一）统筹实施国家战略
    ('加快国际旅游胜地提质升级。', T20, [
        ('5个', '5个', '弱项指标', None, 'A', 'E'),
    ]),
    ('加快推进创新示范区建设。', T20, [
        ('10项', '10项', '可持续发展科技重大专项', None, 'A', 'E'),
        ('5亿元', '5亿元', '争取自治区专项资金', None, 'A', 'AL'),
        ('17项', '17项', '重点工程', None, 'A', 'E'),
    ]),
    ('加快补齐小康社会短板。', T20, [
        ('6大类', '6大类', '全面建成小康社会指标大类', None, 'A', 'E'),
        ('53项', '53项', '全面建成小康社会指标', None, 'A', 'E'),
    ]),
    ('确保“十三五”规划圆满收官。', T13, [
        ('4大类', '4大类', '“十三五”规划指标大类', None, 'A', 'E'),
        ('33项', '33项', '“十三五”规划指标', None, 'A', 'E'),
    ]),
    # ---- section 12: （二）聚力推动工业振兴
    ('倾注更多精力', T20, [
        ('增长10%以上', '10%', '规模工业总产值', IO, 'G', 'AL'),
        ('产值50亿元、', '50亿元', '深科技新增产值', None, 'A', 'E'),
        ('40亿元', '40亿元', '量子通讯项目新增产值', None, 'A', 'E'),
        ('20亿元', '20亿元', '平钢、中国中药、英路维特等项目新增产值', None, 'A', 'AL'),
        ('30亿元', '30亿元', '骨干企业新增产值', None, 'A', 'AL'),
        ('80家', '80家', '新上规入统企业', None, 'A', 'E'),
        ('50亿元以上', '50亿元', '新上规入统企业新增产值', None, 'A', 'AL'),
    ]),
    ('优化工业布局。', T20, [
        ('75%', '75%', '园区工业总产值占全市比重', None, 'R', 'AL'),
        ('12%', '12%', '三大工业园区规模工业总产值', None, 'G', 'AL'),
        ('产业，着力抓好光隆光电等重点项目建设，力争规模工业总产值增长10%', '10%',
         '高新区规模工业总产值', None, 'G', 'AL'),
        ('100家', '100家', '华为信息生态合作区注册数字企业', None, 'A', 'AL'),
        ('20%', '20%', '经开区规模工业总产值', None, 'G', 'AL'),
        ('花江智慧谷等项目，力争规模工业总产值增长10%', '10%', '高铁园规模工业总产值', None,
         'G', 'AL'),
        ('15%', '15%', '荔浦、全州、兴安、平乐规模工业总产值', None, 'G', 'AL'),
        ('环保产业，力争规模工业总产值增长10%', '10%', '灌阳、恭城、资源、阳朔、龙胜规模工业总产值', None,
         'G', 'AL'),
        ('80万平方米', '80万平方米', '建成标准厂房', None, 'A', 'E'),
        ('9000亩', '9000亩', '土地收储', None, 'A', 'E'),
        ('10亿元', '10亿元', '基础设施投资', None, 'A', 'E'),
    ]),
    ('强化龙头带动。', T20, [
        ('5000万部', '5000万部', '手机产能', None, 'A', 'E'),
        ('1000亿元', '1000亿元', '信息产业集群', None, 'A', 'E'),
        ('200亿元生态食品', '200亿元', '生态食品产业集群', None, 'A', 'E'),
        ('200亿元电力装备', '200亿元', '电力装备产业集群', None, 'A', 'E'),
        ('100亿元生物医药', '100亿元', '生物医药产业集群', None, 'A', 'E'),
        ('100亿元生态橡胶轮胎', '100亿元', '生态橡胶轮胎产业集群', None, 'A', 'E'),
        ('100亿元新能源商用车', '100亿元', '新能源商用车及轨道交通装备产业集群', None, 'A', 'E'),
        ('100亿元桂酒', '100亿元', '桂酒产业集群', None, 'A', 'E'),
        ('100亿元新型钢材', '100亿元', '新型钢材产业集群', None, 'A', 'E'),
    ]),
    ('强化创新驱动。', T20, [
        ('5家', '5家', '新增自治区级创新平台', None, 'A', 'E'),
        ('40项', '40项', '突破关键技术', None, 'A', 'AL'),
        ('70项', '70项', '转化重大科技成果', None, 'A', 'AL'),
        ('350家', '350家', '高新技术企业保有量', None, 'A', 'AL'),
    ]),
    ('强化招商引资。', T20, [
        ('项目30个', '30个', '引进5000万元以上工业项目', None, 'A', 'E'),
        ('15个', '15个', '亿元以上项目', None, 'A', 'E'),
        ('10%', '10%', '引进区外境内到位资金', None, 'G', 'E'),
    ]),
    ('强化资金投入。', T20, [
        ('130个', '130个', '以“双百双十双新”为重点的工业项目', None, 'A', 'E'),
        ('90亿元', '90亿元', '以“双百双十双新”为重点的工业项目投资', None, 'A', 'E'),
        ('30%', '30%', '工业新增市级财力用于工业发展', None, 'R', 'E'),
        ('15%', '15%', '金融机构对制造业贷款余额', None, 'G', 'AL'),
        ('100亿元', '100亿元', '金融机构对制造业年度授信', None, 'A', 'AL'),
        ('1亿元', '1亿元', '财政投入', None, 'A', 'E'),
        ('3支', '3支', '新设立市场化产业投资基金', None, 'A', 'AL'),
    ]),
    ('强化要素保障。', T20, [
        ('30%', '30%', '新增工业建设用地占比', None, 'R', 'AL'),
        ('100人', '100人', '引进高层次人才', None, 'A', 'AL'),
    ]),
    # ---- section 13: （三）全力推动乡村振兴
    ('发挥县城龙头带动', T20, [
        ('5.5%', '5.5%', '第一产业增加值', 'primary_value_added', 'G', 'E'),
    ]),
    ('推进农业高质量发展。', T20, [
        ('485万亩', '485万亩', '粮食播种面积', None, 'A', 'E'),
        ('167万吨', '167万吨', '粮食总产量', 'grain_output', 'A', 'E'),
        ('150亿元', '150亿元', '柑桔产业集群产值', None, 'A', 'E'),
        ('900万亩', '900万亩', '新增林下经济', None, 'A', 'E'),
        ('350万头', '350万头', '生猪生产任务', None, 'A', 'E'),
        ('产品10个', '10个', '新增“三品一标”产品', None, 'A', 'AL'),
        ('等17个农产品', '17个', '建设农产品加工集聚区', None, 'A', 'E'),
        ('70%', '70%', '主要农产品加工转化率', None, 'R', 'AL'),
        ('第一批17个', '17个', '第一批田园综合体初步验收', None, 'A', 'E'),
        ('700个', '700个', '新认定各级各类现代特色农业示范区（园、点）', None, 'A', 'AL'),
        ('1个', '1个', '创建中国特色农产品优势区', None, 'A', 'E'),
        ('2个', '2个', '创建广西特色农产品优势区', None, 'A', 'AL'),
        ('示范点5个', '5个', '创建广西休闲农业与乡村旅游示范点', None, 'A', 'E'),
        ('10家', '10家', '创建广西星级乡村旅游区（农家乐）', None, 'A', 'AL'),
    ]),
    ('大力发展县域经济。', T20, [
        ('2个主导产业', '2个', '每个县（市、区）培育主导产业', None, 'A', 'E'),
        ('2家行业', '2家', '每个县（市、区）培育行业龙头企业', None, 'A', 'E'),
        ('2个以上', '2个', '每个县（市、区）建设特色产业园区', None, 'A', 'AL'),
        ('2家带动力', '2家', '每个县（市、区）培育壮大带动力强的国有企业', None, 'A', 'E'),
        ('4600亩', '4600亩', '新增耕地', None, 'A', 'E'),
    ]),
    ('持续推进示范乡镇建设。', T20, [
        ('60个', '60个', '已建成的新型城镇化示范乡镇', None, 'A', 'E'),
        ('9个', '9个', '特色小镇建设', None, 'A', 'E'),
    ]),
    ('加快推进幸福乡村建设。', T20, [
        ('通客车率达100%', '100%', '建制村通客车率', None, 'R', 'E'),
        ('分别达100%', '100%', '乡镇通公交率', None, 'R', 'E'),
        ('60%', '60%', '建制村通公交率', None, 'R', 'E'),
        ('200公里', '200公里', '新增村际联网路', None, 'A', 'AL'),
        ('6418个', '6418个', '建设基本整治型村庄', None, 'A', 'E'),
        ('536个', '536个', '建设设施完善型村庄', None, 'A', 'E'),
        ('55个', '55个', '建设精品示范型村庄', None, 'A', 'E'),
        ('200个', '200个', '建成乡村振兴示范村', None, 'A', 'AL'),
    ]),
    # ---- section 14: （四）推动服务业转型发展
    ('贯彻落实自治区文化旅游发展大会精神', T20, [
        ('7%', '7%', '第三产业增加值', 'service_value_added', 'G', 'E'),
        ('1.5亿人次', '1.5亿人次', '接待游客', None, 'A', 'AL'),
        ('2000亿元', '2000亿元', '旅游总消费', None, 'A', 'AL'),
    ]),
    ('实施旅游国际化战略。', T20, [
        ('2条', '2条', '开通境外客源地航线', None, 'A', 'E'),
    ]),
    ('实施旅游高端化战略。', T20, [
        ('58个', '58个', '自治区重点支持的文旅项目', None, 'A', 'E'),
        ('4家', '4家', '建成旅游集散中心', None, 'A', 'E'),
        ('12家', '12家', '建成星级汽车旅游营地', None, 'A', 'E'),
        ('100座', '100座', '建成旅游厕所', None, 'A', 'AL'),
    ]),
    ('实施旅游全域化战略。', T20, [
        ('2个', '2个', '创建国家、自治区全域旅游示范区', None, 'A', 'E'),
        ('6县', '6县', '桂北县', None, 'A', 'E'),
        ('8条', '8条', '串联精品线路', None, 'A', 'E'),
    ]),
    ('加快服务业转型升级。', T20, [
        ('百亿元', '百亿元', '米粉产业', None, 'A', 'E', {'val': 100, 'unit': '亿元'}),
    ]),
    # ---- section 15: （五）持续增强发展后劲
    ('加快推进重大项目建设。', T20, [
        ('800个', '800个', '市级统筹推进重大项目', None, 'A', 'AL'),
        ('12%', '12%', '市级统筹推进重大项目投资', None, 'G', 'E'),
        ('140个', '140个', '基础设施重大项目', None, 'A', 'AL'),
        ('200亿元', '200亿元', '基础设施重大项目投资', None, 'A', 'AL'),
        ('2000个', '2000个', '建成5G基站', None, 'A', 'E'),
        ('“双百双十双新”项目1个', '1个', '各县（市、区）储备新增“双百双十双新”项目', None, 'A',
         'AL'),
        ('重大项目1个', '1个', '各县（市、区）储备新增自治区层面重大项目', None, 'A', 'AL'),
        ('PPP项目1个', '1个', '各县（市、区）储备新增PPP项目', None, 'A', 'AL'),
    ]),
    # ---- section 16: （六）建设公园城市
    ('统筹提升城市功能。', T20, [
        ('5条', '5条', '开工建设道路', None, 'A', 'E'),
    ]),
    ('提升城市管理水平。', T20, [
        ('436个', '436个', '改造老旧小区', None, 'A', 'E'),
    ]),
    ('推进建筑业健康发展。', T20, [
        ('1家', '1家', '新增建筑工程施工总承包特级、一级资质企业', None, 'A', 'E'),
    ]),
    # ---- section 17: （七）坚决打赢脱贫攻坚战
    ('坚持尽锐出战', T20, [
        ('1.4万贫困人口', '1.4万贫困人口', '脱贫的剩余贫困人口', None, 'A', 'E'),
        ('51个', '51个', '出列的贫困村', None, 'A', 'E'),
    ]),
    ('集中兵力打好深度贫困歼灭战。', T20, [
        ('4个', '4个', '剩余深度贫困乡', None, 'A', 'E'),
        ('16个', '16个', '剩余深度贫困村', None, 'A', 'E'),
        ('674户', '674户', '剩余极度贫困户', None, 'A', 'E'),
    ]),
    ('全面解决“两不愁三保障”突出问题。', T20, [
        ('5178户', '5178户', '危房改造', None, 'A', 'E'),
        ('5万元', '5万元', '贫困村集体经济收入', None, 'A', 'AL'),
    ]),
    # ---- section 19: （九）坚持生态立市
    ('持续改善生态环境。', T20, [
        ('88.5%', '88.5%', '市区空气质量优良率', 'good_air_days', 'R', 'AL'),
        ('39微克/立方米', '39微克/立方米', '细颗粒物（PM2.5）浓度', 'pm25', 'A', 'AM'),
        ('100%', '100%', '主要河流和城市集中式生活饮用水水源地水质达标率', None, 'R', 'E'),
        ('82%', '82%', '受污染耕地安全利用率', None, 'R', 'AL'),
        ('60%', '60%', '达到自治区级绿色矿山建设标准的大中型矿山', None, 'R', 'E'),
        ('71.59%', '71.59%', '森林覆盖率', 'forest_coverage', 'R', 'E'),
    ]),
    # ---- section 20: （十）补齐民生短板
    ('推进社会保障稳步发展。', T20, [
        ('4.5%', '4.5%', '城镇登记失业率', 'unemployment_rate', 'R', 'AM'),
        ('5898套', '5898套', '棚户区改造开工', None, 'A', 'E'),
        ('3108套', '3108套', '新建公租房', None, 'A', 'E'),
    ]),
    ('推进教育事业优先发展。', T20, [
        ('48所', '48所', '新开工建设学校', None, 'A', 'E'),
        ('300所', '300所', '改扩建学校', None, 'A', 'E'),
        ('1.1万个', '1.1万个', '新增学位', None, 'A', 'E'),
    ]),
    ('推进为民办实事工程。', T20, [
        ('96亿元', '96亿元', '为民办实事工程筹措资金', None, 'A', 'E'),
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


def parse_surface(surface):
    """-> (value Decimal, unit as written without 余/多, multiplier word or '', written base unit,
    approximate marker 余/多 or '')"""
    m = re.match(r'^([0-9]+(?:\.[0-9]+)?)(余|多)?(.+)$', surface)
    assert m, surface
    num, approx, unit = m.group(1), m.group(2) or '', m.group(3)
    mult = ''
    for mw, _ in MULT:
        if unit.startswith(mw) and unit[len(mw):] in BASE_UNITS:
            mult = mw
            break
    wbase = unit[len(mult):]
    assert wbase in BASE_UNITS, (surface, wbase)
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
        assert not surface[-1].isdigit(), surface
        measure = MEASURE_CODE[mcode]
        qual = QUAL_CODE[qcode]
        approx_mark = ''
        if 'val' in extra:
            value = Decimal(extra['val'])
            unit = extra['unit']
            mult = ''
            for mw, _ in MULT:
                if unit.startswith(mw) and unit[len(mw):] in BASE_UNITS:
                    mult = mw
            wbase = unit[len(mult):]
            assert surface.endswith(unit), (surface, unit)
        else:
            value, unit, mult, wbase, approx_mark = parse_surface(surface)
        unit_base, factor, dim = BASE_UNITS[wbase]
        mult_f = dict(MULT)[mult] if mult else 1
        vb = value * mult_f * factor
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
        assert subject and ' ' not in subject and '[' not in subject
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
    # ================= section 1 (2019 review) =================
    ('——工业强龙头卓有成效。', A19, [
        ('深科技一期', '深科技一期', None, '投产', 'completed'),
        ('二期开工建设', '二期', '深科技二期', '开工建设', 'started'),
        ('比亚迪新能源商用车产业基地', '比亚迪新能源商用车产业基地', None, '竣工投产',
         'completed'),
        ('福达阿尔芬大型曲轴', '福达阿尔芬大型曲轴', None, '竣工投产', 'completed'),
        ('平钢', '平钢', None, '加快推进', 'ongoing'),
        ('中国中药（桂林）产业园', '中国中药（桂林）产业园', None, '加快推进', 'ongoing'),
    ]),
    ('创新示范区建设取得新进展。', A19, [
        ('亚洲开发银行技术援助合作', '亚洲开发银行技术援助合作', None, '启动实施', 'started'),
    ]),
    ('工业振兴迈出坚实步伐。', A19, [
        ('智能三轴手持稳定器产业化', '智能三轴手持稳定器产业化', None, '加快建设', 'ongoing'),
        ('华安鑫创', '华安鑫创', None, '成功引进', None),
        ('北京优尼康通', '北京优尼康通', None, '引进', None),
        ('光达云创谷', '光达云创谷', None, '引进', None),
        ('英路维特', '英路维特', None, '引进', None),
        ('全州米粉产业园', '全州米粉产业园', None, None, None),
        ('灌阳双百双新科技产业园', '灌阳双百双新科技产业园', None, '加快建设', 'ongoing'),
        ('中电新型合金', '中电新型合金', None, '建成投产', 'completed'),
        ('光隆光电', '光隆光电', None, '加快推进', 'ongoing'),
        ('长海发展', '长海发展', None, '加快推进', 'ongoing'),
        ('君泰福', '君泰福', None, '加快推进', 'ongoing'),
        ('莱茵生物', '莱茵生物', None, '加快推进', 'ongoing'),
        ('华为云计算数据中心', '华为云计算数据中心', None, '建成使用', 'completed'),
    ]),
    ('乡村振兴加快推进。', A19, [
        ('永福福寿田园', '永福福寿田园', None, '加快建设', 'ongoing'),
    ]),
    ('三产优质高效发展。', A19, [
        ('地中海俱乐部二期', '地中海俱乐部二期', None, '落地实施', 'ongoing'),
        ('融创文化旅游城', '融创文化旅游城', None, '加快建设', 'ongoing'),
        ('益田·雁山民国风情小镇', '益田·雁山民国风情小镇', None, '加快建设', 'ongoing'),
        ('三千漓', '三千漓', None, '建成运营', 'completed'),
        ('大碧头', '大碧头', None, '建成运营', 'completed'),
        ('红军长征湘江战役纪念设施', '红军长征湘江战役纪念设施', None,
         '列入长征国家文化公园及全国“重走长征路”精品线路', None),
        ('翠竹孝慈轩养老服务中心', '翠竹孝慈轩养老服务中心', None, '建成营业', 'completed'),
        ('桂林仙源健康产业园', '桂林仙源健康产业园', None, '开工建设', 'started'),
        ('高新创意产业园', '高新创意产业园', None, '获评优秀自治区现代服务业集聚示范区', None),
        ('万象城', '万象城', None, '建成开业', 'completed'),
        ('吾悦广场', '吾悦广场', None, '建成开业', 'completed'),
        ('桂林啤酒堡', '桂林啤酒堡', None, '加快推进', 'ongoing'),
        ('瓦窑小镇二期', '瓦窑小镇二期', None, '加快推进', 'ongoing'),
    ]),
    ('品位休闲之都魅力彰显。', A19, [
        ('八一桥改扩建工程', '八一桥改扩建工程', None, '建成通车', 'completed'),
        ('万福东路', '万福东路', None, '基本建成', 'ongoing'),
        ('东西巷与正阳步行街地下通道', '东西巷与正阳步行街地下通道', None, '建成启用',
         'completed'),
        ('尊神庙美食文化城', '尊神庙美食文化城', None, '建成开业', 'completed'),
        ('市公安局新业务技术用房', '市公安局新业务技术用房', None, '入驻使用', 'completed'),
        ('金融大厦', '金融大厦', None, '入驻使用', 'completed'),
        ('广电中心', '广电中心', None, '入驻使用', 'completed'),
        ('西城大道南延长线', '西城大道南延长线', None, '加快推进', 'ongoing'),
        ('新国际会展中心', '新国际会展中心', None, '加快推进', 'ongoing'),
        ('临桂万达广场', '临桂万达广场', None, '加快推进', 'ongoing'),
        ('北区水系及景观绿化工程', '北区水系及景观绿化工程', None, '加快推进', 'ongoing'),
        ('国惠幼儿园', '国惠幼儿园', None, '建成招生', 'completed'),
        ('宝贤小学', '宝贤小学', None, '建成招生', 'completed'),
        ('宏谋大酒店', '宏谋大酒店', None, '建成开业', 'completed'),
        ('翻山底市场', '翻山底市场', None, '加快建设', 'ongoing'),
        ('山口生活垃圾焚烧发电项目', '山口生活垃圾焚烧发电项目', None, None, None),
    ]),
    ('公路水路交通基础设施完成投资', A19, [
        ('阳朔至鹿寨', '阳朔至鹿寨', '阳朔至鹿寨高速公路', '建成通车', 'completed'),
        ('贺州至巴马（钟山至昭平段）高速公路', '贺州至巴马（钟山至昭平段）高速公路', None,
         '建成通车', 'completed'),
        ('桂林至柳州高速四改八扩建项目', '桂林至柳州高速四改八扩建项目', None, '开工建设',
         'started'),
        ('荔浦至玉林', '荔浦至玉林', '荔浦至玉林高速公路', '加快推进', 'ongoing'),
        ('灌阳经恭城至平乐', '灌阳经恭城至平乐', '灌阳经恭城至平乐高速公路', '加快推进',
         'ongoing'),
        ('桂林至柳城高速公路', '桂林至柳城高速公路', None, '加快推进', 'ongoing'),
        ('桂林西站改造', '桂林西站改造', None, '完成', 'completed'),
        ('第二水源工程', '第二水源工程', None, '开工', 'started'),
        ('资源源口潭水库扩容', '资源源口潭水库扩容', None, '加快推进', 'ongoing'),
        ('长塘水库工程', '长塘水库工程', None, '可研报告完成审查', 'planned'),
        ('施工准备工程', '施工准备工程', '长塘水库施工准备工程', '开工', 'started'),
    ]),
    ('漓江生态保护和修复提升工程加速推进。', A19, [
        ('漓江生态保护和修复提升工程', '漓江生态保护和修复提升工程', None, '加速推进',
         'ongoing'),
        ('漓江活动壅水科学试验项目二期', '漓江活动壅水科学试验项目二期', None, '主体完工',
         'ongoing'),
        ('兴坪、', '兴坪', '兴坪旅游码头', '完成改造提升', 'completed'),
        ('草坪、', '草坪', '草坪旅游码头', '完成改造提升', 'completed'),
        ('杨堤', '杨堤', '杨堤旅游码头', '完成改造提升', 'completed'),
    ]),
    ('生态环境保护成效明显。', A19, [
        ('荔江国家湿地公园', '荔江国家湿地公园', None, '试点建设通过国家验收', 'completed'),
    ]),
    ('文化软实力加快提升。', A19, [
        ('甑皮岩遗址环境整治二期', '甑皮岩遗址环境整治二期', None, '完成', 'completed'),
        ('灵渠展示中心', '灵渠展示中心', None, '建成开放', 'completed'),
        ('靖江王陵遗址数字化博物馆', '靖江王陵遗址数字化博物馆', None, '顺利推进', 'ongoing'),
        ('非遗展示馆二期', '非遗展示馆二期', None, '顺利推进', 'ongoing'),
        ('省立艺术馆维修改造', '省立艺术馆维修改造', None, '顺利推进', 'ongoing'),
        ('桂林文化旅游中心', '桂林文化旅游中心', None, '加快建设', 'ongoing'),
    ]),
    ('社会事业蓬勃发展。', A19, [
        ('芳香东路', '芳香东路', None, '建成通车', 'completed'),
        ('中医院城北院区', '中医院城北院区', None, '加快建设', 'ongoing'),
    ]),
    ('社会保持安全稳定。', A19, [
        ('市社会治理与应急指挥中心', '市社会治理与应急指挥中心', None, '建成使用', 'completed'),
    ]),
    # ================= part 二 (2020 plan) =================
    ('加快国际旅游胜地提质升级。', T20, [
        ('桂林国际养生谷', '桂林国际养生谷', None, '抓好', 'ongoing'),
    ]),
    ('加快推进创新示范区建设。', T20, [
        ('“喀斯特石漠化治理与修复”', '“喀斯特石漠化治理与修复”', '“喀斯特石漠化治理与修复”工程', '加快建设', 'ongoing'),
        ('亚洲开发银行漓江生态综合治理', '亚洲开发银行漓江生态综合治理', None, '推进', 'ongoing'),
    ]),
    ('主动融入自治区重大战略。', T20, [
        ('桂江及洛清江千吨级航道改造工程', '桂江及洛清江千吨级航道改造工程', None, '尽快落地',
         None),
        ('桂林西物流中心', '桂林西物流中心', None, '加快建设', 'ongoing'),
        ('苏桥无水港', '苏桥无水港', None, '加快建设', 'ongoing'),
        ('做大华为云计算数据中心', '华为云计算数据中心', None, '做大', None),
        ('加快桂林至柳州四改八扩建高速公路项目', '桂林至柳州四改八扩建高速公路项目', None,
         '加快建设', 'ongoing'),
        ('全州至桂林四改八扩建高速公路项目', '全州至桂林四改八扩建高速公路项目', None, '开工',
         'started'),
        ('衡柳铁路（桂林段）提速改造项目', '衡柳铁路（桂林段）提速改造项目', None, '开工',
         'started'),
        ('怀化经桂林至湛江高速铁路项目', '怀化经桂林至湛江高速铁路项目', None,
         '列入国家、自治区“十四五”规划', 'planned'),
        ('加快中医院城北院区', '中医院城北院区', None, '加快建设', 'ongoing'),
        ('桂林医学院附属医院整体搬迁', '桂林医学院附属医院整体搬迁', None, '加快建设',
         'ongoing'),
        ('医学院二附院升级改造', '医学院二附院升级改造', None, '加快建设', 'ongoing'),
        ('旅游综合医院', '旅游综合医院', None, '竣工', 'completed'),
        ('加快新国际会展中心', '新国际会展中心', None, '加快建设', 'ongoing'),
        ('桂林歌剧院', '桂林歌剧院', None, '建成', 'completed'),
    ]),
    ('优化工业布局。', T20, [
        ('光隆光电', '光隆光电', None, '着力抓好建设', 'ongoing'),
        ('华为科技城', '华为科技城', None, '打造', None),
        ('比亚迪城', '比亚迪城', None, '打造', None),
        ('百年基业科教城', '百年基业科教城', None, '打造', None),
        ('花江智慧谷', '花江智慧谷', None, '加快推进', 'ongoing'),
        ('美亚迪', '美亚迪', None, '重点推进建设', 'ongoing'),
        ('晨天恒源', '晨天恒源', None, '重点推进建设', 'ongoing'),
        ('汽车配件产业园', '汽车配件产业园', None, '重点推进建设', 'ongoing'),
        ('生命科学园', '生命科学园', None, '重点推进建设', 'ongoing'),
    ]),
    ('倾注更多精力', T20, [
        ('量子通讯项目', '量子通讯项目', None, None, None),
        ('平钢', '平钢', None, '竣工投产', 'completed'),
        ('中国中药、', '中国中药', None, '竣工投产', 'completed'),
        ('英路维特等项目', '英路维特', None, '竣工投产', 'completed'),
    ]),
    ('强化龙头带动。', T20, [
        ('深科技二期', '深科技二期', None, '加快建成', 'completed'),
        ('开工三期', '三期', '深科技三期', '开工', 'started'),
    ]),
    ('强化创新驱动。', T20, [
        ('“三百二千”[15]科技创新工程', '“三百二千”[15]科技创新工程', '“三百二千”科技创新工程',
         '全面完成任务', 'completed'),
        ('思奇通信多域资源认知与虚拟化关键技术产业化一期',
         '思奇通信多域资源认知与虚拟化关键技术产业化一期', None, '推进建设', 'ongoing'),
    ]),
    ('推进农业高质量发展。', T20, [
        ('灌阳“双胞胎”', '灌阳“双胞胎”', None, '加快建设', 'ongoing'),
        ('平乐六和生猪产业一体化', '平乐六和生猪产业一体化', None, '加快建设', 'ongoing'),
        ('海吉星农产品物流园', '海吉星农产品物流园', None, '推进建设', 'ongoing'),
        ('桂林东站冷链物流园', '桂林东站冷链物流园', None, '推进建设', 'ongoing'),
        ('叠彩花卉示范园', '叠彩花卉示范园', None, '加快建设', 'ongoing'),
        ('阳朔百里新村农旅观光示范带', '阳朔百里新村农旅观光示范带', None, '加快建设',
         'ongoing'),
    ]),
    ('加快推进幸福乡村建设。', T20, [
        ('“四建一通”工程', '“四建一通”工程', None, '加快建设', 'ongoing'),
    ]),
    ('贯彻落实自治区文化旅游发展大会精神', T20, [
        ('红军长征湘江战役纪念设施', '红军长征湘江战役纪念设施', None, '发挥带动作用', None),
        ('三千漓', '三千漓', None, '发挥带动作用', None),
        ('大碧头', '大碧头', None, '发挥带动作用', None),
        ('融创文化旅游城', '融创文化旅游城', None, '如期开业', 'completed'),
        ('临桂万达广场', '临桂万达广场', None, '如期开业', 'completed'),
    ]),
    ('实施旅游品牌化战略。', T20, [
        ('融创文化旅游城', '融创文化旅游城', None, None, None),
        ('红军长征湘江战役纪念设施', '红军长征湘江战役纪念设施', None, None, None),
    ]),
    ('实施旅游高端化战略。', T20, [
        ('地中海俱乐部二期', '地中海俱乐部二期', None, '加快推进', 'ongoing'),
        ('全州天湖国际高山生态旅游度假区', '全州天湖国际高山生态旅游度假区', None, '加快推进',
         'ongoing'),
        ('推进兴安、', '兴安', '兴安通用航空机场', '推进建设', 'ongoing'),
        ('资源、阳朔', '资源', '资源通用航空机场', '推进建设', 'ongoing'),
        ('阳朔等通用航空机场', '阳朔', '阳朔通用航空机场', '推进建设', 'ongoing'),
    ]),
    ('实施旅游全域化战略。', T20, [
        ('桂阳文化旅游大道', '桂阳文化旅游大道', None, None, None),
    ]),
    ('加快服务业转型升级。', T20, [
        ('东西巷、', '东西巷', None, '打造', None),
        ('益田·西街', '益田·西街', None, '打造', None),
        ('桂林啤酒堡', '桂林啤酒堡', None, '加快建设', 'ongoing'),
        ('桂林米粉中央配送厨房', '桂林米粉中央配送厨房', None, '加快建设', 'ongoing'),
    ]),
    ('加快推进重大项目建设。', T20, [
        ('荔浦至玉林高速公路', '荔浦至玉林高速公路', None, '建成', 'completed'),
        ('桂林至柳城、', '桂林至柳城', '桂林至柳城高速公路项目', '继续推进', 'ongoing'),
        ('灌阳经恭城至平乐', '灌阳经恭城至平乐', '灌阳经恭城至平乐高速公路项目', '继续推进',
         'ongoing'),
        ('城步（湘桂界）至龙胜', '城步（湘桂界）至龙胜', '城步（湘桂界）至龙胜高速公路项目',
         '开工', 'started'),
        ('贺州至巴马（蒙山至象州段）', '贺州至巴马（蒙山至象州段）',
         '贺州至巴马（蒙山至象州段）高速公路项目', '开工', 'started'),
        ('轨道交通1号线', '轨道交通1号线', None, '获批建设', 'planned'),
        ('万福路改造工程', '万福路改造工程', None, '实施', 'ongoing'),
        ('桂林经郴州至赣州红军长征高铁项目', '桂林经郴州至赣州红军长征高铁项目', None,
         '列入国家中长期铁路建设规划', 'planned'),
        ('第二水源工程', '第二水源工程', None, '加快建设', 'ongoing'),
        ('长塘水库工程', '长塘水库工程', None, '开工', 'started'),
    ]),
    ('统筹做好“十四五”规划编制。', T20, [
        ('漓江生态保护和修复提升工程', '漓江生态保护和修复提升工程', None,
         '列入国家、自治区“十四五”规划', 'planned'),
        ('全国红色党性教育基地', '全国红色党性教育基地', None, '列入国家、自治区“十四五”规划',
         'planned'),
    ]),
    ('统筹提升城市功能。', T20, [
        ('华润二期', '华润二期', None, '重点推进建设', 'ongoing'),
        ('琴潭公园', '琴潭公园', None, '重点推进建设', 'ongoing'),
        ('兴桂园', '兴桂园', None, '加快建设', 'ongoing'),
        ('万宁路', '万宁路', None, '开工建设', 'started'),
        ('临桂污水处理厂扩建工程', '临桂污水处理厂扩建工程', None, '推进', 'ongoing'),
        ('益田·雁山民国风情小镇', '益田·雁山民国风情小镇', None, '重点推进', 'ongoing'),
        ('悦桂情歌田园', '悦桂情歌田园', None, '重点推进', 'ongoing'),
        ('高铁综合客运枢纽', '高铁综合客运枢纽', None, '重点推进', 'ongoing'),
    ]),
    ('加快推进漓江流域生态环境保护与修复。', T20, [
        ('桂林喀斯特世界自然遗产地生态景观修复项目三期',
         '桂林喀斯特世界自然遗产地生态景观修复项目三期', None, '加快建设', 'ongoing'),
        ('漓江风景名胜区核心景区沿江可视范围景观林工程',
         '漓江风景名胜区核心景区沿江可视范围景观林工程', None, '加快建设', 'ongoing'),
        ('活动壅水科学试验项目', '活动壅水科学试验项目', None, '充分发挥调水补水作用', None),
        ('漓江国家公园', '漓江国家公园', None, '推进建设', 'ongoing'),
    ]),
    ('持续改善生态环境。', T20, [
        ('山口生活垃圾焚烧发电厂', '山口生活垃圾焚烧发电厂', None, '提升处理能力', None),
        ('阳朔生态环保科技园', '阳朔生态环保科技园', None, '推进建设', 'ongoing'),
        ('桂北地区垃圾焚烧发电', '桂北地区垃圾焚烧发电', None, '推进建设', 'ongoing'),
        ('灌江国家湿地公园', '灌江国家湿地公园', None, '加快试点建设', 'ongoing'),
    ]),
    ('全面加强文化建设。', T20, [
        ('长征国家文化公园（广西段）', '长征国家文化公园（广西段）', None, '做好规划建设', 'planned'),
        ('榕湖北路—古南门历史文化街区', '榕湖北路—古南门历史文化街区', None, '加快建设',
         'ongoing'),
        ('靖江王陵国家考古遗址公园', '靖江王陵国家考古遗址公园', None, '加快建设', 'ongoing'),
        ('桂林渔鼓传承基地', '桂林渔鼓传承基地', None, '加快建设', 'ongoing'),
        ('非遗展示馆', '非遗展示馆', None, '加快建设', 'ongoing'),
        ('高新创意产业园', '高新创意产业园', None, '创建国家级文化产业示范园区', None),
    ]),
]
STAGES = {'planned', 'started', 'ongoing', 'completed', None}
FOOTNOTE = re.compile(r'\[[0-9]+\]')

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
        assert not FOOTNOTE.search(name), name
        projects.append(dict(name=name, char_start=st, char_end=en,
                             section_id=section_of(st), sentence=sentence_of(st, en),
                             action=action, stage=stage, status=per[2],
                             period_start=per[0], period_end=per[1]))
projects.sort(key=lambda r: r['char_start'])
for k in range(1, len(projects)):
    assert projects[k - 1]['char_end'] <= projects[k]['char_start'], (projects[k - 1], projects[k])
for k, r in enumerate(projects, 1):
    r['project_id'] = k

# ---------------------------------------------------------------------------
# Documents
# ---------------------------------------------------------------------------
HEADER = text[FM_END:BODY_START]
assert '——2020年1月19日在桂林市第五届人民代表大会第五次会议上' in HEADER
assert '\n市长 秦春成\n' in HEADER
documents = [dict(
    doc_id=DOC_ID, source_path=SOURCE_PATH, title='桂林市政府工作报告', source_url=None,
    region='桂林市', admin_level='prefecture', report_year=REPORT_YEAR,
    delivered_on='2020-01-19', meeting='桂林市第五届人民代表大会第五次会议',
    speaker='秦春成', speaker_title='市长')]

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
    plain = FOOTNOTE.sub('', written)
    assert plain == r['name'] or plain in r['name'], r
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
