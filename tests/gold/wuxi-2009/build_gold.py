#!/usr/bin/env python3
"""Hand-checked blind gold annotation of lawtext-sample/city/无锡市/2009.md (无锡市 2009年政府工作报告).

Standard library only.  Regenerates documents.csv, indicators.csv and projects.csv in this folder.

The source is Markdown: YAML front matter (--- … ---), a header (date/meeting line, speaker),
bold headings (**2008年工作回顾**, **（一）…**).  Offsets count code points of the whole decoded
file (BOM removed, nothing else changed), front matter and markup included.  Markup is never part
of a surface, name or sentence.

Every annotation below is written by hand: the exact surface (or written name) plus an
*anchor*, a longer string that occurs exactly once in the text and contains the surface.
Offsets are then found with str.find and checked (text[char_start:char_end] == surface).
The section outline (needed for section_id) is written by hand as well.

This gold is blind: written from the text, DATASET.md and the earlier golds' NOTES only, without
running gwr (see NOTES.md).  It is the reconciliation of two independent annotations (A and B):
this script started from B's and applies the decisions listed under "Reconciliation" in NOTES.md.

Source path: ../../../raw/lawtext-sample/city/无锡市/2009.md relative to this script (the layout of
/work/main/tests/gold/<name>/); the environment variable GWR_SRC overrides it.
"""
import csv
import hashlib
import os
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_PATH = 'lawtext-sample/city/无锡市/2009.md'
SRC = os.environ.get('GWR_SRC') or os.path.normpath(
    os.path.join(HERE, '..', '..', '..', 'raw', *SOURCE_PATH.split('/')))
DOC_ID = 'lawtext-sample/city/无锡市/2009'
REPORT_YEAR = 2009

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
assert front['title'] == '2009年政府工作报告'
assert front['source'] == 'https://www.wuxi.gov.cn/doc/2009/01/21/2457020.shtml'

# ---------------------------------------------------------------------------
# Sections (only to give section_id).  Bold headings naming a part of the report are level 1;
# （一）… level 2.  A section runs to the next heading of the same or a higher level
# (DATASET.md), so the paragraphs after （六） of the review (2008年是本届政府开局之年…,
# 去年…汶川…, 各位代表，过去一年…, 我们也清醒地看到…) belong to section 7.
# ---------------------------------------------------------------------------
HEADINGS = [  # (level, marker, heading text as on the line, without ** marks)
    (1, '', '2008年工作回顾'),
    (2, '（一）', '加快结构调整，国民经济保持平稳增长'),
    (2, '（二）', '深化改革开放，发展动力进一步增强'),
    (2, '（三）', '统筹城乡发展，城市现代化加速推进'),
    (2, '（四）', '坚持环保优先，生态环境稳定趋好'),
    (2, '（五）', '发展社会事业，城乡文明程度明显提升'),
    (2, '（六）', '实施民生工程，人民生活水平不断提高'),
    (1, '', '2009年政府工作目标与总体要求'),
    (1, '', '2009年政府工作主要任务'),
    (2, '（一）', '更加注重扩大内需，全力以赴保增长促发展'),
    (2, '（二）', '加快创新创业步伐，构建现代产业体系'),
    (2, '（三）', '坚持改革开放基本方针，争创体制机制新优势'),
    (2, '（四）', '加大城乡建设力度，提升城市现代化水平'),
    (2, '（五）', '建立健全制度安排，加快城乡一体化进程'),
    (2, '（六）', '加强社会建设，改善居民生活质量'),
    (2, '（七）', '提高行政效能，建设服务型政府'),
]
sections = []
for k, (lvl, marker, head) in enumerate(HEADINGS):
    line = '\n**' + marker + head + '**\n'
    st = find_unique(line) + 1
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
A08 = (2008, 2008, 'actual')    # 2008年工作回顾 (all of sections 1-7)
B08 = (2006, 2008, 'actual')    # 在2005年基础上累计削减 (change against base year 2005)
T09 = (2009, 2009, 'target')    # 2009年政府工作目标 / 主要任务 (sections 8-16)
B09 = (2006, 2009, 'target')    # 主要污染物排放量在2005年基础上累计削减16% (target)


def para_span(anchor):
    i = find_unique(anchor)
    assert i == 0 or text[i - 1] == '\n', anchor
    return i, para_end(i)


# ---------------------------------------------------------------------------
# Indicators
# ---------------------------------------------------------------------------
MULT = [('万亿', Decimal(10) ** 12), ('万', Decimal(10) ** 4), ('亿', Decimal(10) ** 8),
        ('千', Decimal(10) ** 3), ('百', Decimal(100))]
# written unit (after the multiplier) -> (unit_base, factor to unit_base, dimension)
BASE_UNITS = {
    '%': ('%', 1, 'percent'), '％': ('%', 1, 'percent'),
    '个百分点': ('百分点', 1, 'percent'),
    '元': ('元', 1, 'currency'), '美元': ('美元', 1, 'currency'),
    '平方米': ('平方米', 1, 'area'), '公顷': ('公顷', 1, 'area'),
    '公里': ('公里', 1, 'length'),
    '吨': ('吨', 1, 'mass'),
    '千伏安': ('千伏安', 1, 'energy'),
    '立方米': ('立方米', 1, 'other'),
    '天': ('天', 1, 'time'),
    '人': ('人', 1, 'count'), '名': ('人', 1, 'count'), '位': ('人', 1, 'count'),
    '人次': ('人次', 1, 'count'),
    '户': ('户', 1, 'count'), '家': ('家', 1, 'count'), '个': ('个', 1, 'count'),
    '项': ('项', 1, 'count'), '件': ('件', 1, 'count'), '条': ('条', 1, 'count'),
    '枚': ('枚', 1, 'count'), '套': ('套', 1, 'count'), '所': ('所', 1, 'count'),
    '座': ('座', 1, 'count'), '张': ('张', 1, 'count'), '册': ('册', 1, 'count'),
    '标箱': ('标箱', 1, 'count'),
}
INDICATOR_CODES = {'gdp', 'gdp_per_capita', 'industrial_output', 'industrial_value_added',
                   'fixed_asset_investment', 'retail_sales', 'disposable_income',
                   'disposable_income_urban', 'disposable_income_rural', 'energy_intensity',
                   'foreign_trade', 'foreign_investment', 'budget_revenue', 'new_urban_jobs',
                   'unemployment_rate', 'cpi', 'rd_intensity', 'good_air_days',
                   'forest_coverage', 'tourism_revenue', 'grain_output', 'deficit_ratio',
                   'budget_expenditure', 'urbanization_rate', 'carbon_intensity', 'pm25',
                   'life_expectancy', 'tax_revenue', 'private_investment'}

# Each block: (paragraph start anchor, (period_start, period_end, status), [records])
# record: (anchor, surface, subject, indicator, measure, qualifier[, extra])
#   measure: A=amount G=growth_rate AG=avg_growth_rate R=ratio
#   qualifier: E=exact AP=approx AL=at_least AM=at_most
#   extra (optional dict): per=(start, end, status) override; value= (for a Chinese numeral);
#   unit_base=, dim= overrides
IND_BLOCKS = [
    # ---------------- section 1: 2008年工作回顾 (opening paragraph)
    ('刚刚过去的2008年，是极不平凡的一年。', A08, [
        ('地区生产总值4400亿元以上', '4400亿元', '地区生产总值', 'gdp', 'A', 'AL'),
        ('同比增长13%左右', '13%', '地区生产总值', 'gdp', 'G', 'AP'),
        ('财政总收入909.2亿元', '909.2亿元', '财政总收入', None, 'A', 'E'),
        ('909.2亿元，增长28.6%', '28.6%', '财政总收入', None, 'G', 'E'),
        ('一般预算收入365.4亿元', '365.4亿元', '一般预算收入', 'budget_revenue', 'A', 'E'),
        ('同口径增长21.6%', '21.6%', '一般预算收入', 'budget_revenue', 'G', 'E'),
        ('分别增长13%和', '13%', '城市居民人均可支配收入', 'disposable_income_urban', 'G', 'E'),
        ('13%和11.5%', '11.5%', '农民人均纯收入', None, 'G', 'E'),
        ('分别为5483.9亿元', '5483.9亿元', '全市金融机构各项本外币存款余额', None, 'A', 'E'),
        ('5483.9亿元和3842.9亿元', '3842.9亿元', '全市金融机构各项本外币贷款余额', None, 'A', 'E'),
        ('城镇登记失业率3.12%', '3.12%', '城镇登记失业率', 'unemployment_rate', 'R', 'E'),
        ('居民消费价格涨幅5.1%', '5.1%', '居民消费价格涨幅', 'cpi', 'G', 'E'),
        ('能耗下降4.5%，主要污染物化学需氧量', '4.5%', '万元地区生产总值能耗', 'energy_intensity',
         'G', 'E'),
        ('均累计削减12%以上', '12%', '主要污染物化学需氧量和二氧化硫排放总量', None, 'G', 'AL',
         {'per': B08}),
    ]),
    # ---------------- section 2: （一）加快结构调整
    ('增长动力更趋合理。', A08, [
        ('固定资产投资完成1877亿元', '1877亿元', '全社会固定资产投资', 'fixed_asset_investment',
         'A', 'E'),
        ('1877亿元，增长12.1%', '12.1%', '全社会固定资产投资', 'fixed_asset_investment', 'G', 'E'),
        ('新增外资大型商场10家', '10家', '新增外资大型商场', None, 'A', 'E'),
        ('商场化改造12家', '12家', '农贸市场商场化改造', None, 'A', 'E'),
        ('零售总额1391.5亿元', '1391.5亿元', '社会消费品零售总额', 'retail_sales', 'A', 'E'),
        ('1391.5亿元，增长22.6%', '22.6%', '社会消费品零售总额', 'retail_sales', 'G', 'E'),
        ('商品市场成交额2420亿元', '2420亿元', '商品市场成交额', None, 'A', 'E'),
        ('进出口总额560.4亿美元', '560.4亿美元', '进出口总额', 'foreign_trade', 'A', 'E'),
        ('560.4亿美元，增长9.5%', '9.5%', '进出口总额', 'foreign_trade', 'G', 'E'),
        ('出口总额357.9亿美元', '357.9亿美元', '出口总额', None, 'A', 'E'),
        ('357.9亿美元，增长22%', '22%', '出口总额', None, 'G', 'E'),
        ('出口份额提高到47%', '47%', '高新技术产品出口份额', None, 'R', 'E'),
        ('认定高新技术企业246家', '246家', '认定高新技术企业', None, 'A', 'E'),
        ('比重提高到41.5%', '41.5%', '高新技术产业增加值占规模以上工业增加值比重', None, 'R', 'E'),
        ('占地区生产总值的41%', '41%', '服务业增加值占地区生产总值', None, 'R', 'E'),
        ('现代农业园区118个', '118个', '建成规模以上现代农业园区', None, 'A', 'E'),
        ('专利授权量超过5000件', '5000件', '专利授权量', None, 'A', 'AL'),
        ('新增中国驰名商标19件', '19件', '新增中国驰名商标', None, 'A', 'E'),
        ('比重达2.1%', '2.1%', '全社会研发费用占地区生产总值比重', 'rd_intensity', 'R', 'E'),
    ]),
    # ---------------- section 3: （二）深化改革开放
    ('利用外资水平稳步提升。', A08, [
        ('到位注册外资31.6亿美元', '31.6亿美元', '到位注册外资', 'foreign_investment', 'A', 'E'),
        ('31.6亿美元，增长14%', '14%', '到位注册外资', 'foreign_investment', 'G', 'E'),
        ('分别提高到50%和', '50%', '高新技术产业利用外资占比', None, 'R', 'E'),
        ('50%和22%', '22%', '服务业利用外资占比', None, 'R', 'E'),
        ('引进独立研发中心13家', '13家', '引进独立研发中心', None, 'A', 'E'),
        ('从业人员总数超过165万人', '165万人', '民营经济从业人员总数', None, 'A', 'AL'),
        ('比重提高到60.7%', '60.7%', '民营经济增加值占地区生产总值比重', None, 'R', 'E'),
        ('股份合作社380家', '380家', '组建村级集体经济股份合作社', None, 'A', 'E'),
        ('土地股份合作社303家', '303家', '组建土地股份合作社', None, 'A', 'E'),
        ('专业合作经济组织361家', '361家', '组建专业合作经济组织', None, 'A', 'E'),
        ('民生银行等4家', '4家', '落户无锡的境内外银行', None, 'A', 'E'),
        ('政府性基金101项', '101项', '取消和停止征收行政事业性收费和政府性基金', None, 'A', 'E'),
        ('减轻社会负担5亿元', '5亿元', '减轻社会负担', None, 'A', 'AP'),
        ('三十年18个典型地区', '18个', '全国改革开放三十年典型地区', None, 'A', 'E'),
    ]),
    # ---------------- section 4: （三）统筹城乡发展
    ('城乡空间布局更为优化。', A08, [
        ('全长29.3公里', '29.3公里', '快速内环全长', None, 'A', 'E'),
        ('新增城市道路73公里', '73公里', '市区新增城市道路', None, 'A', 'E'),
        ('等85公里国省干线', '85公里', '完成高标准改造的国省干线', None, 'A', 'E'),
        ('货物吞吐量1.5亿吨', '1.5亿吨', '港口货物吞吐量', None, 'A', 'E'),
        ('集装箱运量52万标箱', '52万标箱', '集装箱运量', None, 'A', 'E'),
        ('旅客超过164万人次', '164万人次', '进出港旅客', None, 'A', 'AL'),
        ('货邮吞吐量近4万吨', '4万吨', '货邮吞吐量', None, 'A', 'AP'),
        ('变电容量519万千伏安', '519万千伏安', '建成35千伏及以上变电容量', None, 'A', 'E'),
        ('总投资30亿元', '30亿元', '市区长江引水工程总投资', None, 'A', 'E'),
        ('农村五件实事', '五件', '农村实事', None, 'A', 'E', {'value': 5}),
        ('新建农村道路131公里', '131公里', '新建农村道路', None, 'A', 'E'),
        ('修缮农村危桥265座', '265座', '修缮农村危桥', None, 'A', 'E'),
        ('“为农服务社”171个', '171个', '建成村级“为农服务社”', None, 'A', 'E'),
        ('农村社区服务中心54家', '54家', '农村社区服务中心', None, 'A', 'E'),
        ('健身点620个', '620个', '建成村（居）委健身点', None, 'A', 'E'),
        ('6个乡镇文化站', '6个', '实现达标建设的乡镇文化站', None, 'A', 'E'),
        ('村庄环境整治365个', '365个', '村庄环境整治', None, 'A', 'E'),
        ('15个镇成为', '15个', '成为现代化新农村示范镇的镇', None, 'A', 'E'),
    ]),
    # ---------------- section 5: （四）坚持环保优先
    ('太湖水污染防治强力推进。', A08, [
        ('23条入湖河道', '23条', '入湖河道', None, 'A', 'E'),
        ('170个排污口', '170个', '入湖河道排污口', None, 'A', 'E'),
        ('市区4568家单位', '4568家', '市区全面截污的单位', None, 'A', 'E'),
        ('污水管网1362.4公里', '1362.4公里', '市区新增污水管网', None, 'A', 'E'),
        ('54家污水处理厂', '54家', '列入省目标考核的污水处理厂', None, 'A', 'E'),
        ('处理率达到85%以上', '85%', '市区城镇生活污水处理率', None, 'R', 'AL'),
        ('清淤111万立方米', '111万立方米', '贡湖水源地清淤', None, 'A', 'E'),
        ('清淤993万立方米', '993万立方米', '县乡河道疏浚清淤', None, 'A', 'E'),
        ('清淤1310万立方米', '1310万立方米', '村庄河塘疏浚清淤', None, 'A', 'E'),
        ('打捞蓝藻50万吨', '50万吨', '打捞蓝藻', None, 'A', 'E'),
        ('企业1421家', '1421家', '累计关停“五小”、“三高两低”企业', None, 'A', 'E'),
        ('关停并转沿湖企业53家', '53家', '关停并转沿湖企业', None, 'A', 'E'),
        ('共有80家违法企业', '80家', '作出公开道歉和承诺的违法企业', None, 'A', 'E'),
        ('植树造林6900公顷', '6900公顷', '全市植树造林', None, 'A', 'E'),
        ('森林覆盖率提高到22.3%', '22.3%', '森林覆盖率', 'forest_coverage', 'R', 'E'),
        ('新增城市绿地712万平方米', '712万平方米', '市区新增城市绿地', None, 'A', 'E'),
        ('绿化覆盖率达43%', '43%', '建成区绿化覆盖率', None, 'R', 'E'),
        ('全长38公里', '38公里', '蠡湖环湖绿带全长', None, 'A', 'E'),
        ('土地复垦整理5546公顷', '5546公顷', '土地复垦整理', None, 'A', 'E'),
        ('新增耕地1264公顷', '1264公顷', '新增耕地', None, 'A', 'E'),
        ('复绿40万平方米', '40万平方米', '矿山坡面复绿', None, 'A', 'E'),
        ('以上天数达343天', '343天', '城市环境空气质量良好以上天数', 'good_air_days', 'A', 'E'),
    ]),
    # ---------------- section 6: （五）发展社会事业
    ('各类教育统筹发展。', A08, [
        ('共投入9737万元', '9737万元', '各级财政投入', None, 'A', 'E'),
        ('教科书1476万余册', '1476万余册', '免费发放教科书', None, 'A', 'AL'),
        ('惠及学生48万多人', '48万多人', '惠及学生', None, 'A', 'AL'),
        ('助学金9055万元', '9055万元', '市级发放助学金', None, 'A', 'E'),
        ('职业学校学生近6万人', '6万人', '惠及职业学校学生', None, 'A', 'AP'),
        ('全市26所', '26所', '“公有民办”学校', None, 'A', 'E'),
        ('105所村办幼儿园', '105所', '完成达标改造的村办幼儿园', None, 'A', 'E'),
        ('投入资金5155万元', '5155万元', '各级财政投入资金', None, 'A', 'E'),
        ('6所院校入驻', '6所', '入驻院校', None, 'A', 'E'),
        ('专项资金1亿元', '1亿元', '市级财政安排专项资金', None, 'A', 'E'),
        ('城区23个社区', '23个', '完成规范化建设的城区社区卫生服务中心', None, 'A', 'E'),
        ('社区就诊费用2684.4万元', '2684.4万元', '减免社区就诊费用', None, 'A', 'E'),
        ('资助6.8万名', '6.8万名', '资助免费参加新型农村合作医疗的农村困难人员', None, 'A', 'E'),
        ('参保率提高到99.8%', '99.8%', '农村居民参保率', None, 'R', 'E'),
        ('人均筹资256元', '256元', '人均筹资', None, 'A', 'E'),
        ('国家卫生镇9个', '9个', '新增国家卫生镇', None, 'A', 'E'),
        ('省卫生镇3个', '3个', '新增省卫生镇', None, 'A', 'E'),
        ('获金牌2枚', '2枚', '金牌', None, 'A', 'E'),
        ('新增国际友城6个', '6个', '新增国际友城', None, 'A', 'E'),
        ('奖励金2.7亿元', '2.7亿元', '发放一次性奖励金', None, 'A', 'E'),
    ]),
    # ---------------- section 7: （六）实施民生工程 and the closing review paragraphs
    ('居民收入稳步增长。', A08, [
        ('再就业资金5000万元', '5000万元', '安排促进就业和再就业资金', None, 'A', 'E'),
        ('城镇新增就业11.8万人', '11.8万人', '城镇新增就业', 'new_urban_jobs', 'A', 'E'),
        ('人均月增资124元', '124元', '市区企业退休人员养老金人均月增资', None, 'A', 'E'),
        ('人均增加30元', '30元', '城镇老年居民养老补贴人均增加', None, 'A', 'E'),
        ('分别达23605元', '23605元', '城市居民人均可支配收入', 'disposable_income_urban', 'A', 'E'),
        ('23605元、11180元', '11180元', '农民人均纯收入', None, 'A', 'E'),
        ('分别增加41.4万人', '41.4万人', '企业养老保险参保人数增加', None, 'A', 'E'),
        ('41.4万人、21.9万人', '21.9万人', '基本医疗保险参保人数增加', None, 'A', 'E'),
        ('21.9万人、19.2万人', '19.2万人', '失业保险参保人数增加', None, 'A', 'E'),
        ('月人均350元', '350元', '城市低保标准', None, 'A', 'E'),
        ('月人均220元', '220元', '农村低保标准低限', None, 'A', 'E'),
        ('低保金1.5亿元', '1.5亿元', '发放低保金', None, 'A', 'E'),
        ('向1.5万多户', '1.5万多户', '发放慈善物资的城镇低保户和社会困难户', None, 'A', 'AL'),
        ('对6547名', '6547名', '实施生活救助的无业重残人员', None, 'A', 'E'),
        ('为12575位', '12575位', '发放“尊老金”的90周岁以上高龄老人', None, 'A', 'E'),
        ('检测合格率97.3%', '97.3%', '全市食品药品检测合格率', None, 'R', 'E'),
        ('市区2708户', '2708户', '市区享受廉租住房保障的家庭', None, 'A', 'E'),
        ('竣工交付5700套', '5700套', '经济适用房竣工交付', None, 'A', 'E'),
        ('特修61.2万平方米', '61.2万平方米', '老新村整治及老住宅特修', None, 'A', 'E'),
        ('危旧房改造63万平方米', '63万平方米', '危旧房改造', None, 'A', 'E'),
        ('34条线路', '34条', '降低票价的公交线路', None, 'A', 'E'),
        ('162条公交线路', '162条', '市区公交线路', None, 'A', 'E'),
        ('达到2.2亿元', '2.2亿元', '市级财政投入', None, 'A', 'E'),
        ('突破百万人次', '百万人次', '公交高峰日运量', None, 'A', 'AL', {'value': 100}),
        ('提高2个百分点', '2个百分点', '城市公共交通分担率提高', None, 'A', 'E'),
    ]),
    ('去年，我国汶川等地', A08, [
        ('募集捐款3.7亿元', '3.7亿元', '全市募集捐款', None, 'A', 'E'),
        ('接收175名', '175名', '接收来锡治疗的伤员', None, 'A', 'E'),
        ('帮助1930名', '1930名', '帮助来锡就读的学生', None, 'A', 'E'),
        ('活动板房1400多套', '1400多套', '为灾区建成活动板房', None, 'A', 'AL'),
    ]),
    ('各位代表，过去一年，在迈向现代化的道路上', A08, [
        ('突破1万美元', '1万美元', '常住人口人均地区生产总值', 'gdp_per_capita', 'A', 'AL'),
    ]),
    # ---------------- section 8: 2009年政府工作目标与总体要求
    ('综合考虑各方面因素', T09, [
        ('地区生产总值增长11%', '11%', '地区生产总值', 'gdp', 'G', 'E'),
        ('同口径增长11%', '11%', '地方财政一般预算收入', 'budget_revenue', 'G', 'E'),
        ('零售总额增长16%', '16%', '社会消费品零售总额', 'retail_sales', 'G', 'E'),
        ('固定资产投资增长20%', '20%', '全社会固定资产投资', 'fixed_asset_investment', 'G', 'E'),
        ('能耗降低4.5%', '4.5%', '万元地区生产总值能耗', 'energy_intensity', 'G', 'E'),
        ('累计削减16%', '16%', '主要污染物排放量', None, 'G', 'E', {'per': B09}),
        ('可支配收入增长10%', '10%', '城市居民人均可支配收入', 'disposable_income_urban', 'G', 'E'),
        ('纯收入增长10%', '10%', '农民人均纯收入', None, 'G', 'E'),
        ('控制在3.8%以内', '3.8%', '城镇登记失业率', 'unemployment_rate', 'R', 'AM'),
    ]),
    # ---------------- section 10: （一）更加注重扩大内需
    ('坚持把扩大内需作为促进经济增长的着力点', T09, [
        ('农家店150家以上', '150家', '新建放心连锁农家店', None, 'A', 'AL'),
        ('行政事业性收费140项', '140项', '取消和停止征收行政事业性收费', None, 'A', 'E'),
    ]),
    # ---------------- section 11: （二）加快创新创业步伐
    ('统筹推进产业结构的调整和升级', T09, [
        ('比重达到2.3%左右', '2.3%', '全社会研发费用占地区生产总值比重', 'rd_intensity', 'R', 'AP'),
        ('比重提高到43%以上', '43%', '高新技术产业增加值占规模以上工业增加值比重', None, 'R', 'AL'),
    ]),
    # ---------------- section 12: （三）坚持改革开放基本方针
    ('坚持社会主义市场经济的改革方向', T09, [
        ('所确定的33项改革任务', '33项', '《深化改革创新体制行动纲要》所确定的改革任务', None, 'A', 'E'),
        ('重大项目30个', '30个', '新增注册外资3000万美元以上重大项目', None, 'A', 'E'),
        ('超亿美元项目3个以上', '3个', '超亿美元项目', None, 'A', 'AL'),
        ('服务外包企业20家', '20家', '新增“123”计划服务外包企业', None, 'A', 'E'),
    ]),
    # ---------------- section 13: （四）加大城乡建设力度
    ('加快建设区域性中心城市', T09, [
        ('城市道路100公里以上', '100公里', '市区新增城市道路', None, 'A', 'AL'),
        ('国际航线3条左右', '3条', '开拓国际航线', None, 'A', 'AP'),
        ('全市造林4600公顷以上', '4600公顷', '全市造林', None, 'A', 'AL'),
        ('公共绿地600万平方米以上', '600万平方米', '市区新增公共绿地', None, 'A', 'AL'),
    ]),
    # ---------------- section 14: （五）建立健全制度安排
    ('统筹城乡发展，完善制度安排和政策体系', T09, [
        ('城镇新增就业8万人', '8万人', '城镇新增就业', 'new_urban_jobs', 'A', 'E'),
        ('养老保险扩面10万人', '10万人', '企业养老保险扩面', None, 'A', 'E'),
        ('各扩面4万人', '4万人', '基本医疗、失业、工伤等社会保险扩面', None, 'A', 'E'),
        ('综合覆盖率达到92%以上', '92%', '农村养老保障综合覆盖率', None, 'R', 'AL'),
        ('建设率达70%', '70%', '农村社区服务中心建设率', None, 'R', 'E'),
        ('配建率达100%', '100%', '公共体育设施配建率', None, 'R', 'E'),
        ('新增1000张以上', '1000张', '养老福利床位新增', None, 'A', 'AL'),
    ]),
    # ---------------- section 15: （六）加强社会建设
    ('坚持以人为本，加快社会事业发展', T09, [
        ('办好26项', '26项', '为民办实事项目', None, 'A', 'E'),
        ('为2800户以上', '2800户', '提供廉租住房保障的家庭', None, 'A', 'AL'),
        ('老新村整治80万平方米', '80万平方米', '规模化老新村整治', None, 'A', 'E'),
    ]),
]

MEASURE_CODE = {'A': 'amount', 'G': 'growth_rate', 'AG': 'avg_growth_rate', 'R': 'ratio'}
QUAL_CODE = {'E': 'exact', 'AP': 'approx', 'AL': 'at_least', 'AM': 'at_most'}

QUAL_WORDS_AFTER = {'以上': 'at_least', '左右': 'approx', '以内': 'at_most', '以下': 'at_most'}
QUAL_WORDS_BEFORE = {'突破': 'at_least', '超过': 'at_least', '超': 'at_least', '逾': 'at_least',
                     '迈上': 'at_least', '不低于': 'at_least', '约': 'approx', '近': 'approx',
                     '不超过': 'at_most', '低于': 'at_most'}
GROWTH_WORDS = ('增长', '增速', '增幅', '涨幅', '提高', '提升')
DECREASE_WORDS = ('下降', '减少', '降低', '精简', '压减', '缩减', '削减')


def parse_surface(surface, value_override=None):
    """-> (value Decimal, unit (余/多 removed), mult word or '', written base unit, has_yu)"""
    i = 0
    while i < len(surface) and (surface[i].isdigit() or surface[i] == '.'):
        i += 1
    num = surface[:i]
    rest = surface[i:]
    if value_override is not None:
        assert num == '', surface
        assert rest[0] in '一二三四五六七八九十百千', surface
        rest = rest[1:]  # the Chinese numeral itself
        num = str(value_override)
    has_yu = False
    for m in ['', '万', '亿']:
        for y in '余多':
            if rest.startswith(m + y):
                rest = m + rest[len(m) + 1:]
                has_yu = True
                break
        if has_yu:
            break
    unit = rest
    mult = ''
    for m, _ in MULT:
        if unit.startswith(m) and unit[len(m):] in BASE_UNITS:
            mult = m
            break
    wbase = unit[len(mult):]
    assert wbase in BASE_UNITS, (surface, wbase)
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
        assert not text[st - 1].isdigit() and text[st - 1] != '.', surface
        assert not surface[-1].isdigit(), surface
        value, unit, mult, wbase, has_yu = parse_surface(surface, extra.get('value'))
        unit_base, factor, dim = BASE_UNITS[wbase]
        unit_base = extra.get('unit_base', unit_base)
        dim = extra.get('dim', dim)
        mult_f = dict(MULT)[mult] if mult else 1
        vb = value * mult_f * factor
        measure = MEASURE_CODE[mcode]
        qual = QUAL_CODE[qcode]
        auto = 'exact'
        for w, q in QUAL_WORDS_AFTER.items():
            if text.startswith(w, en):
                auto = q
        for w, q in QUAL_WORDS_BEFORE.items():
            if text[:st].endswith(w):
                auto = q
        if has_yu:
            auto = 'at_least'
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
# Projects
# ---------------------------------------------------------------------------
# record: (anchor, written span text, name (None = same as written), action, stage)
PRJ_BLOCKS = [
    ('增长动力更趋合理。', A08, [
        ('锡山现代农业示范区基本建成', '锡山现代农业示范区', None, '基本建成', 'ongoing'),
    ]),
    ('城乡空间布局更为优化。', A08, [
        ('太湖国际科技园、', '太湖国际科技园', None, '初显雏形', 'ongoing'),
        ('、科教产业园等', '科教产业园', None, '初显雏形', 'ongoing'),
        ('的快速内环全线贯通', '快速内环', None, '全线贯通', 'completed'),
        ('凤翔北路、', '凤翔北路', None, '新改建竣工通车', 'completed'),
        ('、惠钱路、', '惠钱路', None, '新改建竣工通车', 'completed'),
        ('、中南路等', '中南路', None, '新改建竣工通车', 'completed'),
        ('城市快速轨道交通近期建设规划获批', '城市快速轨道交通', None, '近期建设规划获批',
         'planned'),
        ('京沪高速铁路和沪宁城际铁路无锡段', '京沪高速铁路', None, '全面开工建设', 'started'),
        ('沪宁城际铁路无锡段全面开工', '沪宁城际铁路无锡段', None, '全面开工建设', 'started'),
        ('229省道江阴段', '229省道江阴段', None, '完成高标准改造', 'completed'),
        ('沪宁高速公路无锡机场互通', '沪宁高速公路无锡机场互通', None, '相继建成', 'completed'),
        ('锡苏高速公路无锡段', '锡苏高速公路无锡段', None, '相继建成', 'completed'),
        ('苏南运河航道升级改造工程', '苏南运河航道升级改造工程', None, '全面开工', 'started'),
        ('江阴港被列为', '江阴港', None, '被列为大陆首批两岸直航港口之一', None),
        ('无锡机场被批准为', '无锡机场', None, '被批准为国家一类口岸并正式对外开放', None),
        ('市区长江引水工程', '市区长江引水工程', None, '竣工投用', 'completed'),
    ]),
    ('太湖水污染防治强力推进。', A08, [
        ('蠡湖环湖绿带', '蠡湖环湖绿带', None, '全面建成', 'completed'),
    ]),
    ('各类教育统筹发展。', A08, [
        ('藕塘职教园区启动区', '藕塘职教园区启动区', None, '基本建成', 'ongoing'),
        ('北大软件与微电子学院无锡产学研合作教育基地', '北大软件与微电子学院无锡产学研合作教育基地',
         None, '投用', 'completed'),
        ('市残疾人康复中心', '市残疾人康复中心', None, '正式投用', 'completed'),
        ('惠山古街核心区一期', '惠山古街核心区一期', None, '完成修复', 'completed'),
        ('清名桥街区一期主体工程', '清名桥街区一期主体工程', None, '基本竣工', 'ongoing'),
        ('无锡博物院', '无锡博物院', None, '建成开放', 'completed'),
        ('鸿山遗址博物馆', '鸿山遗址博物馆', None, '建成开放', 'completed'),
        ('灵山胜境三期', '灵山胜境三期', None, '建成开放', 'completed'),
        ('何振梁与奥林匹克陈列馆', '何振梁与奥林匹克陈列馆', None, '建成开放', 'completed'),
    ]),
    ('坚持把扩大内需作为促进经济增长的着力点', T09, [
        ('粮食科技物流中心', '粮食科技物流中心', None, '抓好建设', 'ongoing'),
        ('远景能源', '远景能源', None, '积极推进', 'ongoing'),
        ('开普动力', '开普动力', None, '积极推进', 'ongoing'),
        ('西格玛生化', '西格玛生化', None, '积极推进', 'ongoing'),
        ('火车站北广场综合交通枢纽', '火车站北广场综合交通枢纽', None, '全面开工建设', 'started'),
        ('西水东中央生活区', '西水东中央生活区', None, '全面开工建设', 'started'),
        ('崇安寺二期', '崇安寺二期', None, '全面开工建设', 'started'),
        ('太湖新城污水处理厂二期', '太湖新城污水处理厂二期', None, '加快建设', 'ongoing'),
        ('锡东垃圾焚烧发电厂', '锡东垃圾焚烧发电厂', None, '加快建设', 'ongoing'),
        ('500千伏江阴变', '500千伏江阴变', None, '加快建设', 'ongoing'),
    ]),
    ('统筹推进产业结构的调整和升级', T09, [
        ('工业设计园', '工业设计园', None, '加快推进建设', 'ongoing'),
    ]),
    ('加快建设区域性中心城市', T09, [
        ('完善蠡湖景区功能', '蠡湖景区', None, '完善功能', None),
        ('京沪高速铁路无锡站', '京沪高速铁路无锡站', None, '推进建设', 'ongoing'),
        ('沪宁城际铁路无锡站', '沪宁城际铁路无锡站', None, '推进建设', 'ongoing'),
        ('、惠山站、', '惠山站', None, '推进建设', 'ongoing'),
        ('、新区站建设', '新区站', None, '推进建设', 'ongoing'),
        ('城市快速轨道交通1号线', '城市快速轨道交通1号线', None, '开工建设', 'started'),
        ('无锡机场跑道改造', '无锡机场跑道改造', None, '完成', 'completed'),
        ('和货运仓库建设', '货运仓库', '无锡机场货运仓库', '完成建设', 'completed'),
        ('启动宜兴西氿', '宜兴西氿', '宜兴西氿应急备用水源', '启动建设', 'started'),
        ('江阴第二水源', '江阴第二水源', None, '启动建设', 'started'),
        ('主要入湖河道及城区河道综合整治', '主要入湖河道及城区河道综合整治', None, '全面实施',
         'ongoing'),
        ('、引排通道建设', '引排通道', None, '全面实施建设', 'ongoing'),
        ('“太湖治理十大工程”', '“太湖治理十大工程”', None, '全面实施', 'ongoing'),
        ('完成贡湖湾', '贡湖湾', '贡湖湾湿地', '完成建设', 'completed'),
        ('尚贤河一期', '尚贤河一期', None, '完成建设', 'completed'),
        ('长广溪二期', '长广溪二期', None, '完成建设', 'completed'),
        ('市区环太湖生态景观林带', '市区环太湖生态景观林带', None, '建成', 'completed'),
        ('“万顷良田”建设工程', '“万顷良田”建设工程', None, '大力推进', 'ongoing'),
    ]),
    ('统筹城乡发展，完善制度安排和政策体系', T09, [
        ('“十大强农惠农工程”', '“十大强农惠农工程”', None, '重点实施', 'ongoing'),
    ]),
    ('坚持以人为本，加快社会事业发展', T09, [
        ('无锡大剧院', '无锡大剧院', None, '加快建设', 'ongoing'),
        ('报业大厦', '报业大厦', None, '加快建设', 'ongoing'),
        ('盲人图书馆', '盲人图书馆', None, '建成', 'completed'),
        ('青山高中', '青山高中', None, '建成', 'completed'),
        ('辅仁高中', '辅仁高中', None, '建成', 'completed'),
        ('公益职校新校区', '公益职校新校区', None, '建成', 'completed'),
        ('聋哑学校改造搬迁', '聋哑学校改造搬迁', None, '完成', 'completed'),
        ('市中医院', '市中医院', None, '加快新改扩建', 'ongoing'),
        ('、二院、', '二院', None, '加快新改扩建', 'ongoing'),
        ('、三院、', '三院', None, '加快新改扩建', 'ongoing'),
        ('妇幼保健院', '妇幼保健院', None, '加快新改扩建', 'ongoing'),
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

# No indicator lies inside a project name (500千伏 in 500千伏江阴变 is a voltage class, no row).
for p in projects:
    for r in indicators:
        assert not (p['char_start'] <= r['char_start'] < p['char_end']), (p['name'], r['surface'])

# ---------------------------------------------------------------------------
# Documents
# ---------------------------------------------------------------------------
HEADER = text[FM_END:BODY_START]
assert '——2009年1月16日 在无锡市第十四届人民代表大会第二次会议上' in HEADER
assert '市长 毛小平' in HEADER
documents = [dict(
    doc_id=DOC_ID, source_path=SOURCE_PATH, title=front['title'], source_url=front['source'],
    region='无锡市', admin_level='prefecture', report_year=REPORT_YEAR,
    delivered_on='2009-01-16', meeting='无锡市第十四届人民代表大会第二次会议',
    speaker='毛小平', speaker_title='市长')]

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
