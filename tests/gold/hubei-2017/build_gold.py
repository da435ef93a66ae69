#!/usr/bin/env python3
"""Hand-checked blind gold annotation (reconciled from annotators A and B) of lawtext-sample/provincial/湖北省/2017.md
(湖北省政府工作报告, 2017-01-15, 王晓东).

Standard library only.  Regenerates documents.csv, indicators.csv and projects.csv in this folder.

The source is Markdown: YAML front matter (--- … ---, only `title`), a header (date/meeting line,
speaker, 各位代表：, the opening sentence), one bold level-1 heading (**一、2016年工作回顾**), two
plain level-1 headings (二、2017年工作重点, 三、着力建设人民满意政府) and seven level-2 headings
（一）…（七） standing on their own lines inside 二、.  Offsets count code points of the whole
decoded file (BOM removed, nothing else changed), front matter and markup included.  Markup is
never part of a surface, name or sentence.

Every annotation below is written by hand: the exact surface (or written name) plus an
*anchor*, a string that occurs exactly once in its paragraph and contains the surface.
Offsets are then found with str.find and checked (text[char_start:char_end] == surface).
The section outline (needed for section_id) is written by hand as well.

Blind: written from the text, DATASET.md, the README's conventions, dict/indicators.tsv and the
earlier golds' NOTES only; gwr was not run and no gwr output was read.  Reconciled gold: started
from annotator A's script, with the decisions of NOTES.md "Reconciliation" applied (row 十个
dropped; 城市低保标准; 647个 2017-2018; actions 支持建设 / 支持申报).

Source path: ../../../raw/lawtext-sample/provincial/湖北省/2017.md relative to this script (the
layout of /work/main/tests/gold/<name>/); the environment variable GWR_SRC overrides it.
Options: -v prints every row with its sentence, -s the row counts per section, -x the digit runs
of the body that lie outside every indicator span.
"""
import csv
import os
import re
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_PATH = 'lawtext-sample/provincial/湖北省/2017.md'
SRC = os.environ.get('GWR_SRC') or os.path.normpath(
    os.path.join(HERE, '..', '..', '..', 'raw', *SOURCE_PATH.split('/')))
DOC_ID = 'lawtext-sample/provincial/湖北省/2017'
REPORT_YEAR = 2017

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
assert front['title'] == '湖北省政府工作报告 （2017年1月15日 王晓东）', front
assert 'source' not in front

# ---------------------------------------------------------------------------
# Sections (only to give section_id).
#   Level 1: **一、2016年工作回顾** (bold), 二、2017年工作重点 and 三、着力建设人民满意政府 (plain lines).
#   Level 2: （一）…（七） of part 二, each a heading line of its own followed by its paragraphs.
# A section runs to the next heading of the same or a higher level (DATASET.md).  The level-2
# headings are not run-in, so the README's run-in refinement does not apply.
# 一是…五是 (review, and the 把握以下几点 list of part 二) and the lead sentences
# (精准扩大有效投资。…) are paragraph heads, not sections.
# ---------------------------------------------------------------------------
HEADINGS = [  # (level, marker, heading, bold)
    (1, '一、', '2016年工作回顾', True),
    (1, '二、', '2017年工作重点', False),
    (2, '（一）', '坚定不移保持经济平稳健康发展', False),
    (2, '（二）', '坚定不移培育壮大发展新动能', False),
    (2, '（三）', '坚定不移全面深化改革开放', False),
    (2, '（四）', '坚定不移推进农业农村改革发展', False),
    (2, '（五）', '坚定不移统筹区域协调发展', False),
    (2, '（六）', '坚定不移建设美丽湖北', False),
    (2, '（七）', '坚定不移保障和改善民生', False),
    (1, '三、', '着力建设人民满意政府', False),
]
sections = []
for k, (lvl, marker, head, bold) in enumerate(HEADINGS):
    line = ('**%s%s**' if bold else '%s%s') % (marker, head)
    st = find_unique('\n' + line + '\n') + 1
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


# ---------------------------------------------------------------------------
# Periods / status
# ---------------------------------------------------------------------------
A16 = (2016, 2016, 'actual')    # 一、2016年工作回顾 (过去的一年, 一年来 …)
T17 = (2017, 2017, 'target')    # 二、2017年工作重点 (今年, 主要预期目标, （一）…（七）)
T1718 = (2017, 2018, 'target')  # 647个…乡镇，力争两年左右全面建成 (the sentence's own span)


def para_span(anchor):
    i = find_unique(anchor)
    assert i == 0 or text[i - 1] == '\n', anchor
    return i, para_end(i)


# ---------------------------------------------------------------------------
# Indicators
# ---------------------------------------------------------------------------
MULT = [('万亿', Decimal(10) ** 12), ('万', Decimal(10) ** 4), ('亿', Decimal(10) ** 8)]
# written unit (after the multiplier) -> (unit_base, factor to unit_base, dimension)
BASE_UNITS = {
    '%': ('%', 1, 'percent'),
    '个百分点': ('百分点', 1, 'percent'),
    '元': ('元', 1, 'currency'), '美元': ('美元', 1, 'currency'),
    '亩': ('亩', 1, 'area'), '平方公里': ('平方公里', 1, 'area'),
    '公里': ('公里', 1, 'length'),
    '吨': ('吨', 1, 'mass'),
    '人': ('人', 1, 'count'), '名': ('人', 1, 'count'), '人次': ('人次', 1, 'count'),
    '户': ('户', 1, 'count'), '家': ('家', 1, 'count'), '个': ('个', 1, 'count'),
    '项': ('项', 1, 'count'), '件': ('件', 1, 'count'), '条': ('条', 1, 'count'),
    '套': ('套', 1, 'count'), '所': ('所', 1, 'count'), '座': ('座', 1, 'count'),
    '市': ('市', 1, 'count'), '区': ('区', 1, 'count'),   # 6市1区 (cities, district)
    # a bare multiplier after a count of people (受灾人口2000多万): the counted noun is people
    '': ('人', 1, 'count'),
}
INDICATOR_CODES = {'gdp', 'gdp_per_capita', 'industrial_output', 'industrial_value_added',
                   'fixed_asset_investment', 'retail_sales', 'disposable_income',
                   'disposable_income_urban', 'disposable_income_rural', 'energy_intensity',
                   'foreign_trade', 'foreign_investment', 'budget_revenue', 'new_urban_jobs',
                   'unemployment_rate', 'cpi', 'rd_intensity', 'good_air_days',
                   'forest_coverage', 'tourism_revenue', 'grain_output', 'deficit_ratio',
                   # extension codes of dict/indicators.tsv
                   'service_value_added', 'high_tech_value_added', 'pm25'}

URB = 'disposable_income_urban'
RUR = 'disposable_income_rural'

# Each block: (paragraph start anchor, (period_start, period_end, status), [records])
# record: (anchor, surface, subject, indicator, measure, qualifier[, extra])
#   measure: A=amount G=growth_rate AG=avg_growth_rate R=ratio
#   qualifier: E=exact AP=approx AL=at_least AM=at_most
#   extra (optional dict): per=(start, end, status) override; value= (a Chinese numeral);
#   unit= (the unit of a range's low end, written only after the high end); range='low'/'high';
#   growth_after= (the change word is written after the figure, checked)
IND_BLOCKS = [
    # ================= section 1: 一、2016年工作回顾 =================
    ('——经济发展总体平稳。', A16, [
        ('地区生产总值3.2万亿元', '3.2万亿元', '地区生产总值', 'gdp', 'A', 'E'),
        ('增长8.1%', '8.1%', '地区生产总值', 'gdp', 'G', 'E'),
        ('工业增加值增长8%', '8%', '规模以上工业增加值', 'industrial_value_added', 'G', 'E'),
        ('增长9.5%', '9.5%', '服务业增加值', 'service_value_added', 'G', 'E'),
        ('增长13.1%', '13.1%', '固定资产投资', 'fixed_asset_investment', 'G', 'E'),
        ('增长11.8%', '11.8%', '社会消费品零售总额', 'retail_sales', 'G', 'E'),
        ('涨幅2.2%', '2.2%', '居民消费价格', 'cpi', 'G', 'E'),
    ]),
    ('——新增长动能加快形成。', A16, [
        ('分别增长11.1%', '11.1%', '装备制造业增加值', None, 'G', 'E'),
        ('13.9%；', '13.9%', '高新技术产业增加值', 'high_tech_value_added', 'G', 'E'),
        ('1.6个百分点', '1.6个百分点', '服务业占生产总值比重提高', None, 'A', 'E'),
        ('增长22.8%', '22.8%', '新登记注册企业', None, 'G', 'E'),
        ('1479家', '1479家', '新增规模以上工业企业', None, 'A', 'E'),
        ('1.39万亿元', '1.39万亿元', '电子商务交易额', None, 'A', 'E'),
        ('增长26.4%', '26.4%', '电子商务交易额', None, 'G', 'E'),
        ('下降4.5%', '4.5%', '单位生产总值能耗', 'energy_intensity', 'G', 'E'),
    ]),
    ('——抗洪救灾夺得重大胜利。', A16, [
        ('172万人次', '172万人次', '转移受灾群众', None, 'A', 'E'),
        ('228万人次', '228万人次', '救助受灾困难群众', None, 'A', 'E'),
        ('7.4万户', '7.4万户', '全部搬入新居的倒损房屋群众', None, 'A', 'E'),
    ]),
    ('——供给侧结构性改革全面推进。', A16, [
        ('338万吨', '338万吨', '压减钢铁产能', None, 'A', 'E'),
        ('1011万吨', '1011万吨', '压减煤炭产能', None, 'A', 'E'),
        ('476万吨', '476万吨', '淘汰钢铁落后产能', None, 'A', 'E'),
        ('减少25.5%', '25.5%', '商品房库存面积', None, 'G', 'E'),
        ('1个百分点', '1个百分点', '规模以上工业企业资产负债率下降', None, 'A', 'E'),
        ('800亿元', '800亿元', '降低企业综合成本', None, 'A', 'E'),
    ]),
    ('——人民生活持续改善。', A16, [
        ('147万人', '147万人', '脱贫人口', None, 'A', 'E'),
        ('1601个', '1601个', '出列的村', None, 'A', 'E'),
        ('26.7万人', '26.7万人', '易地扶贫搬迁人口', None, 'A', 'E'),
        ('90.6万人', '90.6万人', '城镇新增就业', 'new_urban_jobs', 'A', 'E'),
        ('增长8.6%', '8.6%', '城镇居民人均可支配收入', URB, 'G', 'E'),
        ('7.4%。', '7.4%', '农村居民人均可支配收入', RUR, 'G', 'E'),
    ]),
    ('成如容易却艰辛。', A16, [
        ('2000多万', '2000多万', '受灾人口', None, 'A', 'AL'),
    ]),
    ('一是立足稳增长有效应对经济下行。', A16, [
        ('120亿元', '120亿元', '“营改增”政策性减税', None, 'A', 'AL'),
        ('130亿元', '130亿元', '税收优惠', None, 'A', 'AL'),
        ('3698亿元', '3698亿元', '直接融资', None, 'A', 'E'),
        ('增长68.9%', '68.9%', '直接融资', None, 'G', 'E'),
        ('300亿元', '300亿元', '省级财政安排调度资金', None, 'A', 'E'),
    ]),
    ('二是聚焦提质效优化经济结构。', A16, [
        ('1080家', '1080家', '新认定高新技术企业', None, 'A', 'E'),
    ]),
    ('现代农业加快发展', A16, [
        ('1.35万亿元', '1.35万亿元', '农产品加工主营业务收入', None, 'A', 'E'),
        ('5.7亿人次', '5.7亿人次', '全省旅游接待总人数', None, 'A', 'AL'),
        ('4870亿元', '4870亿元', '旅游总收入', 'tourism_revenue', 'A', 'E'),
        ('增长12%', '12%', '全省旅游接待总人数', None, 'G', 'E'),
        ('和13%', '13%', '旅游总收入', 'tourism_revenue', 'G', 'E'),
    ]),
    ('三是围绕增活力深化改革开放。', A16, [
        ('194项', '194项', '省级取消、调整和下放行政审批', None, 'A', 'E'),
        ('100亿美元', '100亿美元', '实际使用外资', 'foreign_investment', 'A', 'AL'),
        ('9000亿元', '9000亿元', '引进省外资金', None, 'A', 'AP'),
        ('13家', '13家', '来鄂投资世界500强企业新增', None, 'A', 'E'),
        ('254家', '254家', '来鄂投资世界500强企业累计', None, 'A', 'E'),
        ('57个', '57个', '国际产能合作项目', None, 'A', 'E'),
    ]),
    ('四是着眼优生态推进绿色发展。', A16, [
        ('26.9%', '26.9%', '六大高耗能行业增加值占比', None, 'R', 'E'),
        ('17个', '17个', '全省重点城市', None, 'A', 'E'),
        ('16.9%', '16.9%', '重点城市PM2.5均值', 'pm25', 'G', 'E'),
        ('743万亩', '743万亩', '累计造林', None, 'A', 'E'),
    ]),
    ('五是紧扣惠民生促进社会和谐稳定。', A16, [
        ('75%', '75%', '财政用于民生的比例', None, 'R', 'AL'),
        ('提高9%', '9%', '城市低保标准', None, 'G', 'E'),
        ('19%', '19%', '农村低保标准', None, 'G', 'E'),
        ('39.6万套', '39.6万套', '棚户区改造', None, 'A', 'E'),
        ('10万户', '10万户', '农村危房改造', None, 'A', 'E'),
        ('1157所', '1157所', '改造义务教育薄弱学校', None, 'A', 'E'),
        ('6547名', '6547名', '招聘农村义务教育教师', None, 'A', 'E'),
        ('4.3万件', '4.3万件', '法律援助案件', None, 'A', 'E'),
    ]),
    ('狠抓政府自身建设', A16, [
        ('704件', '704件', '人大代表建议', None, 'A', 'E'),
        ('745件', '745件', '政协委员提案', None, 'A', 'E'),
    ]),
    # ================= section 2: 二、2017年工作重点 =================
    ('今年发展的主要预期目标是', T17, [
        ('增长8%左右', '8%', '地区生产总值', 'gdp', 'G', 'AP'),
        ('3.5%', '3.5%', '居民消费价格', 'cpi', 'G', 'AP'),
        ('70万人', '70万人', '城镇新增就业', 'new_urban_jobs', 'A', 'E'),
    ]),
    ('一是更加突出质量效益中心。', T17, [
        ('8%左右的经济增长', '8%', '经济增长', 'gdp', 'G', 'AP',
         {'growth_after': '左右的经济增长'}),
    ]),
    # ---- section 3: （一）坚定不移保持经济平稳健康发展
    ('精准扩大有效投资。', T17, [
        ('80平方公里', '80平方公里', '开工建设海绵城市', None, 'A', 'E'),
        ('100公里', '100公里', '开工建设地下综合管廊', None, 'A', 'E'),
        ('14条', '14条', '重要支流治理', None, 'A', 'E'),
        ('1321座', '1321座', '病险水库加固工程', None, 'A', 'E'),
    ]),
    ('全力振兴实体经济。', T17, [
        ('30个', '30个', '预增产值过10亿元重大增长点', None, 'A', 'E'),
    ]),
    # ---- section 4: （二）坚定不移培育壮大发展新动能
    ('更大力度改造提升传统产业。', T17, [
        ('10%', '10%', '技改投资', None, 'G', 'AL'),
        ('6市', '6市', '老工业基地搬迁改造的市', None, 'A', 'E'),
        ('1区', '1区', '老工业基地搬迁改造的区', None, 'A', 'E'),
        ('5个', '5个', '资源枯竭型城市转型', None, 'A', 'E'),
    ]),
    ('更大力度加快发展新经济。', T17, [
        ('16个', '16个', '优势行业细分领域', None, 'A', 'E'),
        ('50家', '50家', '国家和省级智能制造试点示范', None, 'A', 'E'),
        ('1000家', '1000家', '带动实施智能化改造的企业', None, 'A', 'E'),
        ('14个', '14个', '国家级新型工业化示范基地', None, 'A', 'E'),
        ('26个', '26个', '省级新型工业化示范基地', None, 'A', 'E'),
    ]),
    ('加快提升创新动力。', T17, [
        ('6100亿元', '6100亿元', '全省高新技术产业增加值', 'high_tech_value_added', 'A', 'E'),
        ('30家', '30家', '新建工程技术研究中心', None, 'A', 'E'),
        ('80家', '80家', '新建校企共建研发中心', None, 'A', 'E'),
    ]),
    ('加快发展现代服务业。', T17, [
        ('12个', '12个', '建设国家级全域旅游示范区', None, 'A', 'E'),
        ('20个', '20个', '建设省级全域旅游示范区', None, 'A', 'E'),
    ]),
    # ---- section 5: （三）坚定不移全面深化改革开放
    ('加快推进关键性改革。', T17, [
        ('300亿元', '300亿元', '减税', None, 'A', 'E'),
    ]),
    ('扎实推进湖北自贸区建设。', T17, [
        ('三个片区', '三个', '湖北自贸区片区', None, 'A', 'E', {'value': 3}),
    ]),
    # ---- section 6: （四）坚定不移推进农业农村改革发展
    ('深入推进农业供给侧结构性改革。', T17, [
        ('339万亩', '339万亩', '新建高标准农田', None, 'A', 'E'),
        ('332万亩', '332万亩', '补建高标准农田', None, 'A', 'E'),
    ]),
    ('扎实推进精准脱贫。', T17, [
        ('128万人', '128万人', '脱贫人口', None, 'A', 'E'),
        ('1520个', '1520个', '出列的村', None, 'A', 'E'),
        ('9个', '9个', '摘帽的县', None, 'A', 'E'),
        ('40万人', '40万人', '易地扶贫搬迁人口', None, 'A', 'E'),
        ('1万公里', '1万公里', '新建改造农村公路', None, 'A', 'E'),
        ('10万户', '10万户', '改造危房', None, 'A', 'E'),
    ]),
    # ---- section 7: （五）坚定不移统筹区域协调发展
    ('加快构建多极发展新格局。', T17, [
        ('推动3至5个', '3', '经济基础好、带动能力强的地级市', None, 'A', 'AL',
         {'unit': '个', 'range': 'low'}),
        ('3至5个', '5个', '经济基础好、带动能力强的地级市', None, 'A', 'AM', {'range': 'high'}),
        ('支持20至30个', '20', '发展潜力大、承载能力强的县市', None, 'A', 'AL',
         {'unit': '个', 'range': 'low'}),
        ('20至30个', '30个', '发展潜力大、承载能力强的县市', None, 'A', 'AM', {'range': 'high'}),
        ('培育5个', '5个', '培育国家级特色小镇', None, 'A', 'E'),
        ('20个省级', '20个', '培育省级特色小镇', None, 'A', 'E'),
        ('1000个', '1000个', '绿色示范乡村创建', None, 'A', 'E'),
    ]),
    ('增强县域经济活力。', T17, [
        ('100个', '100个', '扶持重点成长型产业集群', None, 'A', 'E'),
    ]),
    # ---- section 8: （六）坚定不移建设美丽湖北
    ('坚决向污染宣战。', T17, [
        ('7.9%', '7.9%', '省控断面劣五类水比例', None, 'R', 'AM'),
        ('647个', '647个', '尚未建设污水处理设施的乡镇', None, 'A', 'E', {'per': T1718}),
        ('80%', '80%', '农村生活垃圾处理率', None, 'R', 'E'),
    ]),
    ('推进绿色低碳循环发展。', T17, [
        ('20家', '20家', '国家级循环经济示范试点', None, 'A', 'E'),
    ]),
    # ---- section 9: （七）坚定不移保障和改善民生
    ('织牢社会保障安全网。', T17, [
        ('41万套', '41万套', '新开工棚户区改造', None, 'A', 'E'),
        ('200万人', '200万人', '农村饮水安全巩固提升工程惠及人口', None, 'A', 'E'),
    ]),
    ('大力发展教育卫生事业。', T17, [
        ('130万人次', '130万人次', '资助学生', None, 'A', 'AL'),
        ('12个', '12个', '建设县级医疗卫生机构', None, 'A', 'E'),
        ('9000个', '9000个', '建设村卫生室', None, 'A', 'E'),
    ]),
]

MEASURE_CODE = {'A': 'amount', 'G': 'growth_rate', 'AG': 'avg_growth_rate', 'R': 'ratio'}
QUAL_CODE = {'E': 'exact', 'AP': 'approx', 'AL': 'at_least', 'AM': 'at_most'}

# Words right around the span that carry a qualifier (checked against the hand label)
QUAL_WORDS_AFTER = {'以上': 'at_least', '左右': 'approx', '以内': 'at_most', '以下': 'at_most'}
QUAL_WORDS_BEFORE = {'突破': 'at_least', '超过': 'at_least', '超': 'at_least', '逾': 'at_least',
                     '迈上': 'at_least', '不低于': 'at_least', '不少于': 'at_least',
                     '约': 'approx', '近': 'approx', '不超过': 'at_most', '低于': 'at_most'}
GROWTH_WORDS = ('增长', '增速', '增幅', '涨幅', '上涨', '提高', '提升')
DECREASE_WORDS = ('下降', '减少', '降低', '精简', '压减', '缩减', '削减', '压缩')
CN_DIGITS = {'一': 1, '两': 2, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8,
             '九': 9, '十': 10}


def parse_surface(surface, extra):
    """-> (value Decimal, unit as written, multiplier word or '', written base unit, has_yu)"""
    i = 0
    while i < len(surface) and (surface[i].isdigit() or surface[i] == '.'):
        i += 1
    num = surface[:i]
    rest = surface[i:]
    if 'value' in extra:
        assert num == '', surface
        assert CN_DIGITS[rest[0]] == extra['value'], surface
        rest = rest[1:]
        num = str(extra['value'])
    assert num, surface
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
        # a complete number (no digit or decimal point directly before or after it)
        assert not text[st - 1].isdigit() and text[st - 1] != '.', surface
        if surface[-1].isdigit():  # a bare number (range low end) must end there
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
            if extra.get('growth_after'):  # 8%左右的经济增长: the change word follows the figure
                assert text.startswith(extra['growth_after'], en), surface
                best = (0, '增长')
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
    # ================= section 1 (2016 actual) =================
    ('一是立足稳增长有效应对经济下行。', A16, [
        ('天河机场三期', '天河机场三期', None, '建成', 'completed'),
        ('武当山机场', '武当山机场', None, '建成', 'completed'),
        ('汉孝城际铁路', '汉孝城际铁路', None, '建成', 'completed'),
    ]),
    ('二是聚焦提质效优化经济结构。', A16, [
        ('“万企万亿技改工程”', '“万企万亿技改工程”', None, '滚动实施', 'ongoing'),
    ]),
    ('三是围绕增活力深化改革开放。', A16, [
        ('襄阳、宜昌', '襄阳', '襄阳保税物流中心', '封关运营', 'completed'),
        ('宜昌三峡保税物流中心', '宜昌三峡保税物流中心', None, '封关运营', 'completed'),
        ('仙桃保税物流中心', '仙桃保税物流中心', None, '获批建设', 'planned'),
    ]),
    ('四是着眼优生态推进绿色发展。', A16, [
        ('“蓝天、碧水、净土”工程', '“蓝天、碧水、净土”工程', None, '扎实推进', 'ongoing'),
    ]),
    # ================= section 3: （一） (2017 target) =================
    ('精准扩大有效投资。', T17, [
        ('国家存储器基地', '国家存储器基地', None, '重点抓好建设', 'ongoing'),
        ('国家航天产业基地', '国家航天产业基地', None, '重点抓好建设', 'ongoing'),
        ('天马第6代低温多晶硅生产线', '天马第6代低温多晶硅生产线', None, '重点抓好建设',
         'ongoing'),
        ('通用汽车二期及发动机', '通用汽车二期及发动机', None, '重点抓好建设', 'ongoing'),
        ('汉十高铁', '汉十高铁', None, '重点推进建设', 'ongoing'),
        ('郑万高铁', '郑万高铁', None, '重点推进建设', 'ongoing'),
        ('蒙华铁路湖北段', '蒙华铁路湖北段', None, '重点推进建设', 'ongoing'),
        ('武杭高铁黄州至黄梅段', '武杭高铁黄州至黄梅段', None, '重点推进建设', 'ongoing'),
        ('合安九高铁湖北段', '合安九高铁湖北段', None, '重点推进建设', 'ongoing'),
        ('保神高速', '保神高速', None, '重点推进建设', 'ongoing'),
        ('枣潜高速', '枣潜高速', None, '重点推进建设', 'ongoing'),
        ('鄂咸高速', '鄂咸高速', None, '重点推进建设', 'ongoing'),
        ('鄂北水资源配置工程', '鄂北水资源配置工程', None, '重点推进建设', 'ongoing'),
        ('呼南高铁湖北段', '呼南高铁湖北段', None, '开工建设', 'started'),
        ('武西高铁十堰段', '武西高铁十堰段', None, '开工建设', 'started'),
        ('五大湖泊堤防加固', '五大湖泊堤防加固', None, '全面启动建设', 'started'),
    ]),
    # ================= section 4: （二） =================
    ('更大力度改造提升传统产业。', T17, [
        ('“万企万亿技改工程”', '“万企万亿技改工程”', None, '继续实施', 'ongoing'),
        ('华星光电T4厂', '华星光电T4厂', None, '重点抓好建设', 'ongoing'),
        ('湖北中烟', '湖北中烟', None, '重点抓好建设', 'ongoing'),
        ('武石化乙烯扩能', '武石化乙烯扩能', None, '重点抓好建设', 'ongoing'),
        ('“三品”工程', '“三品”工程', None, '扎实推进', 'ongoing'),
        ('“工业精品工程”', '“工业精品工程”', None, '滚动实施', 'ongoing'),
    ]),
    ('更大力度加快发展新经济。', T17, [
        ('全省互联网基础设施提升工程', '全省互联网基础设施提升工程', None, '实施', 'ongoing'),
        ('国家网络安全人才与创新基地', '国家网络安全人才与创新基地', None, '支持建设', 'ongoing'),
    ]),
    ('加快发展现代服务业。', T17, [
        ('“三千亿元产业培育工程”', '“三千亿元产业培育工程”', None, '抓好落地', None),
    ]),
    # ================= section 5: （三） =================
    ('大力推进更深层次更高水平双向开放。', T17, [
        ('武汉多式联运海关监管中心', '武汉多式联运海关监管中心', None, '加快建设', 'ongoing'),
        ('潜江保税物流中心', '潜江保税物流中心', None, '支持申报', 'planned'),
    ]),
    # ================= section 7: （五） =================
    ('加快长江经济带发展战略湖北实施。', T17, [
        ('“645”工程', '“645”工程', None, '推进建设', 'ongoing'),
    ]),
    ('加快构建多极发展新格局。', T17, [
        ('“城乡一体化”示范工程', '“城乡一体化”示范工程', None, '支持建设', 'ongoing'),
    ]),
    ('增强县域经济活力。', T17, [
        ('县域金融工程', '县域金融工程', None, '大力推进建设', 'ongoing'),
    ]),
    # ================= section 8: （六） =================
    ('推进绿色低碳循环发展。', T17, [
        ('武汉城市圈“双十二工程”', '武汉城市圈“双十二工程”', None, '扎实推进', 'ongoing'),
        ('黄冈长江循环经济示范园', '黄冈长江循环经济示范园', None, '加快建设', 'ongoing'),
    ]),
    # ================= section 9: （七） =================
    ('织牢社会保障安全网。', T17, [
        ('农村饮水安全巩固提升工程', '农村饮水安全巩固提升工程', None, '全面实施', 'ongoing'),
    ]),
    ('大力发展教育卫生事业。', T17, [
        ('一流大学和一流学科建设工程', '一流大学和一流学科建设工程', None, '实施', 'ongoing'),
        ('全民健康保障工程', '全民健康保障工程', None, '推进', 'ongoing'),
    ]),
    ('加强公共文化建设。', T17, [
        ('省科技馆新馆', '省科技馆新馆', None, '推进建设', 'ongoing'),
        ('省档案馆新馆', '省档案馆新馆', None, '推进建设', 'ongoing'),
        ('省博物馆扩建工程', '省博物馆扩建工程', None, '推进建设', 'ongoing'),
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
assert '——2017年1月15日在湖北省第十二届人民代表大会第五次会议上' in HEADER
assert '\n王晓东\n' in HEADER
documents = [dict(
    doc_id=DOC_ID, source_path=SOURCE_PATH, title='湖北省政府工作报告', source_url=None,
    region='湖北省', admin_level='province', report_year=REPORT_YEAR,
    delivered_on='2017-01-15', meeting='湖北省第十二届人民代表大会第五次会议',
    speaker='王晓东', speaker_title=None)]

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
# Sweep: every digit run in the body is either inside a row's span or an exclusion listed in
# NOTES.md.  Run with -x to print the leftovers.
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
