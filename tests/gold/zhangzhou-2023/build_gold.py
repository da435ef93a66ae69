#!/usr/bin/env python3
"""Hand-checked blind gold annotation of lawtext-sample/city/漳州市/2023.md
(漳州市政府工作报告, 2023-01-03, 市长 王进足).  Reconciled gold: annotator A's script with the
reconciliation decisions of NOTES.md applied (markers R1-R3, P1-P2 in the rows).

Standard library only.  Regenerates documents.csv, indicators.csv and projects.csv in this folder.

The source is Markdown: YAML front matter (--- … ---, only `title`), a header (date/meeting line,
speaker line, 各位代表：, 现在，我代表…), three level-1 parts on plain lines (一、2022年工作回顾,
二、全力做好2023年工作, 三、建设新时代人民满意政府) and level-2 headings （一）…（十） of part 二 on
lines of their own (not run in, no bold).  No bold, no # headings, no glossary.  The text has no
blank between numbers and units and uses the half-width %.  Offsets count code points of the whole
decoded file (BOM removed, nothing else changed), front matter included.

Every annotation below is written by hand: the exact surface (or written name) plus an
*anchor*, a string that occurs exactly once in its paragraph and contains the surface.
Offsets are then found with str.find and checked (text[char_start:char_end] == surface).
The section outline (needed for section_id) is written by hand as well.

Blind: written from the report text, DATASET.md, the README's conventions, dict/indicators.tsv
(and dict/units.tsv, dict/stage_verbs.tsv as word lists) and the earlier golds' NOTES only; gwr
was not built or run and no gwr output was read.

Source path: ../../../raw/lawtext-sample/city/漳州市/2023.md relative to this script (the layout
of /work/main/tests/gold/<name>/); the environment variable GWR_SRC overrides it.
Options: -v prints every row with its sentence, -s the outline with row counts per section,
-x every digit run of the body outside an indicator span.
"""
import csv
import os
import re
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_PATH = 'lawtext-sample/city/漳州市/2023.md'
SRC = os.environ.get('GWR_SRC') or os.path.normpath(
    os.path.join(HERE, '..', '..', '..', 'raw', *SOURCE_PATH.split('/')))
DOC_ID = 'lawtext-sample/city/漳州市/2023'
REPORT_YEAR = 2023

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
assert front['title'] == '漳州市政府工作报告（2023年1月3日 王进足）', front
assert 'source' not in front

# ---------------------------------------------------------------------------
# Sections (only to give section_id).
#   Level 1: 一、 二、 三、 (plain lines).  Level 2: （一）…（十） of part 二 (plain lines, not run in),
#   each running to the next heading of the same or a higher level (contract).  So （十） (section
#   12) also covers the 同时，全力支持国防和军队建设… paragraph; part 一 (section 1) has no （一）.
# Not sections: the lead sentences 强化项目引领。 加速建设工业强市。 … and the 一年来，我们抓…
# paragraph heads.
# ---------------------------------------------------------------------------
HEADINGS = [  # (level, marker, heading text as on the line)
    (1, '一、', '2022年工作回顾'),
    (1, '二、', '全力做好2023年工作'),
    (2, '（一）', '着力扩大内需、激活动能，全力推动投资消费提升'),
    (2, '（二）', '着力突出工业、壮大产业，全力推动实体经济提升'),
    (2, '（三）', '着力打造平台、搭建载体，全力推动重点区域提升'),
    (2, '（四）', '着力挖潜增能、降本增效，全力推动发展质效提升'),
    (2, '（五）', '着力做优中心、做强县域，全力推动城市能级提升'),
    (2, '（六）', '着力全面振兴、全员组织，全力推动乡村品质提升'),
    (2, '（七）', '着力科教兴市、人才强市，全力推动创新驱动提升'),
    (2, '（八）', '着力深化改革、扩大开放，全力推动漳台融合提升'),
    (2, '（九）', '着力绿色发展、系统治理，全力推动生态效益提升'),
    (2, '（十）', '着力保障民生、增进福祉，全力推动美好生活提升'),
    (1, '三、', '建设新时代人民满意政府'),
]
sections = []
for k, (lvl, marker, head) in enumerate(HEADINGS):
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
A22 = (2022, 2022, 'actual')    # part 一: review of 2022 (2022年是…; 一年来)
T23 = (2023, 2023, 'target')    # part 二: 主要预期目标, （一）…（十）
T3Y = (2023, 2025, 'target')    # 启动乡村振兴“十镇百村”试点示范三年行动，重点抓好13个…120个…500个…

# ---------------------------------------------------------------------------
# Indicators
# ---------------------------------------------------------------------------
MULT = [('千亿', Decimal(10) ** 11), ('万', Decimal(10) ** 4), ('亿', Decimal(10) ** 8)]
# written unit (after the multiplier) -> (unit_base, factor to unit_base, dimension)
BASE_UNITS = {
    '%': ('%', 1, 'percent'),
    '元': ('元', 1, 'currency'),
    '平方米': ('平方米', 1, 'area'), '亩': ('亩', 1, 'area'), '公顷': ('公顷', 1, 'area'),
    '公里': ('公里', 1, 'length'),
    '吨': ('吨', 1, 'mass'),
    '人': ('人', 1, 'count'), '人次': ('人次', 1, 'count'),
    '户': ('户', 1, 'count'), '家': ('家', 1, 'count'), '个': ('个', 1, 'count'),
    '项': ('项', 1, 'count'), '条': ('条', 1, 'count'), '套': ('套', 1, 'count'),
    '所': ('所', 1, 'count'), '支': ('支', 1, 'count'), '件': ('件', 1, 'count'),
    '张': ('张', 1, 'count'), '份': ('份', 1, 'count'), '类': ('类', 1, 'count'),
    '场': ('场', 1, 'count'), '轮': ('轮', 1, 'count'),
}
INDICATOR_CODES = {
    # DATASET.md "Known indicators"
    'gdp', 'gdp_per_capita', 'industrial_output', 'industrial_value_added',
    'fixed_asset_investment', 'retail_sales', 'disposable_income', 'disposable_income_urban',
    'disposable_income_rural', 'energy_intensity', 'foreign_trade', 'foreign_investment',
    'budget_revenue', 'new_urban_jobs', 'unemployment_rate', 'cpi', 'rd_intensity',
    'good_air_days', 'forest_coverage', 'tourism_revenue', 'grain_output', 'deficit_ratio'}

FAI = 'fixed_asset_investment'
URB = 'disposable_income_urban'
RUR = 'disposable_income_rural'
IVA = 'industrial_value_added'
BR = 'budget_revenue'
CPI_S = '居民消费价格指数'  # R1: the bracketed scope note before the figure is left out
SAT = '人大代表建议分解件和政协委员提案交办件满意率'

# Each block: (paragraph start anchor, (period_start, period_end, status), [records])
# record: (anchor, surface, subject, indicator, measure, qualifier[, extra])
#   measure: A=amount G=growth_rate AG=avg_growth_rate R=ratio
#   qualifier: E=exact AP=approx AL=at_least AM=at_most
#   extra (optional dict): per=(start, end, status) override; val=value and unit=written unit for
#   a Chinese numeral or a bare low end of a range (两个 → 2, 个; 2-3家: 2 → 2, 家);
#   range=True skips the qualifier cross-check (range ends)
IND_BLOCKS = [
    # ================= section 1: 一、2022年工作回顾 =================
    ('2022年是党的二十大胜利召开之年', A22, [
        ('地区生产总值5706.58亿元', '5706.58亿元', '全市地区生产总值', 'gdp', 'A', 'E'),
        ('5706.58亿元、增长6.9%', '6.9%', '全市地区生产总值', 'gdp', 'G', 'E'),
        ('341.03亿元', '341.03亿元', '一般公共预算总收入', None, 'A', 'E'),
        ('增长8.3%', '8.3%', '一般公共预算总收入', None, 'G', 'E'),
        ('250.6亿元', '250.6亿元', '地方一般公共预算收入', BR, 'A', 'E'),
        ('增长16.7%', '16.7%', '地方一般公共预算收入', BR, 'G', 'E'),
        ('增长10.2%', '10.2%', '规模工业增加值', IVA, 'G', 'E'),
        ('增长10.1%', '10.1%', '固定资产投资', FAI, 'G', 'E'),
        ('增长5.5%', '5.5%', '社会消费品零售总额', 'retail_sales', 'G', 'E'),
        ('增长17.8%', '17.8%', '出口总额', None, 'G', 'E'),
        ('增长7.1%', '7.1%', '城镇居民人均可支配收入', URB, 'G', 'E'),
        ('9.4%', '9.4%', '农村居民人均可支配收入', RUR, 'G', 'E'),
        ('上涨1.6%', '1.6%', CPI_S, 'cpi', 'G', 'E'),
    ]),
    ('一年来，我们抓竞赛、稳增长', A22, [
        ('加快培育9个千亿级', '9个', '培育千亿级产业集群', None, 'A', 'E'),
        ('5个超五百亿', '5个', '培育超五百亿产业集群', None, 'A', 'E'),
        ('1497家', '1497家', '新增新上“四上”企业', None, 'A', 'E'),
        ('多698家', '698家', '新增新上“四上”企业比2021年多', None, 'A', 'E'),
        ('突破700家', '700家', '国家高新技术企业总数', None, 'A', 'AL'),
        ('349个项目', '349个', '开工建设的项目', None, 'A', 'E'),
        ('总投资2401.5亿元', '2401.5亿元', '开工建设的项目总投资', None, 'A', 'E'),
        ('274个项目', '274个', '竣工投用的项目', None, 'A', 'E'),
        ('完成投资945.3亿元', '945.3亿元', '竣工投用的项目投资', None, 'A', 'E'),
        ('1363个项目', '1363个', '新签约的项目', None, 'A', 'E'),
        ('总投资3132亿元', '3132亿元', '新签约的项目总投资', None, 'A', 'E'),
        ('近3万亩', '3万亩', '获批建设用地', None, 'A', 'AP'),
        ('592家', '592家', '改造低效企业', None, 'A', 'E'),
        ('4.8万亩', '4.8万亩', '改造低效工业用地', None, 'A', 'E'),
        ('13831.7亩', '13831.7亩', '处置批而未供土地', None, 'A', 'E'),
        ('7618亩', '7618亩', '清理闲置土地', None, 'A', 'E'),
        ('73.3亿元', '73.3亿元', '争取上级资金', None, 'A', 'E'),
        ('158.6亿元', '158.6亿元', '争取地方政府专项债券额度', None, 'A', 'E'),
        ('57个项目', '57个', '争取国家发改委基础设施投资基金的项目', None, 'A', 'E'),
        ('147.4亿元', '147.4亿元', '争取国家发改委基础设施投资基金', None, 'A', 'E'),
        ('15个重点片区', '15个', '中心城区重点片区', None, 'A', 'E'),
        ('收储土地7000亩', '7000亩', '高新区“三大片区”收储土地', None, 'A', 'E'),
        ('122.3亿元', '122.3亿元', '绿色发展及产业配套设施项目获国开行授信贷款', None, 'A', 'E'),
        ('35个项目', '35个', '接续落地的项目', None, 'A', 'E'),
        ('132.98亿元', '132.98亿元', '减、免、退、缓税收', None, 'A', 'E'),
        ('增长17.4%', '17.4%', '新注册市场主体', None, 'G', 'E'),
        ('超74万户', '74万户', '市场主体总量', None, 'A', 'AL'),
    ]),
    ('一年来，我们抓防控、战疫情', A22, [
        ('64支', '64支', '组建流调队伍', None, 'A', 'E'),
        ('27.2万份', '27.2万份', '日核酸检测能力', None, 'A', 'E'),
        ('1268.1万人次', '1268.1万人次', '累计接种疫苗', None, 'A', 'E'),
        ('27类', '27类', '重点人群', None, 'A', 'E'),
        ('18条', '18条', '阻断歼灭疫情传播链', None, 'A', 'E'),
        ('172家', '172家', '发热门诊（诊室）', None, 'A', 'E'),
        ('19家方舱医院', '19家', '方舱医院', None, 'A', 'E'),
        ('8000张', '8000张', '方舱医院床位', None, 'A', 'E'),
    ]),
    ('一年来，我们抓整治、防风险', A22, [
        # R2: 两轮中央环保督察 is no row (it identifies which inspections, no count is reported)
        ('0.71%', '0.71%', '全市不良贷款率', None, 'R', 'E'),
        ('19个房地产风险项目', '19个', '房地产风险项目处置', None, 'A', 'E'),
        ('92.8万亩', '92.8万亩', '粮食播种面积', None, 'A', 'E'),
        ('产量超42万吨', '42万吨', '粮食产量', 'grain_output', 'A', 'AL'),
        # R3: 两项工作满意率 is no row (anaphoric 'both'; the sentence measures a satisfaction rate)
    ]),
    ('一年来，我们抓改革、扩开放', A22, [
        ('290项', '290项', '营商环境提升改革创新举措', None, 'A', 'E'),
        ('6万项', '6万项', '进驻省网上办事大厅事项数', None, 'A', 'E'),
        ('5家国企', '5家', '获得AA^+以上信用评级的国企', None, 'A', 'E'),
        ('两个新经济产业园', '两个', '设立新经济产业园', None, 'A', 'E', {'val': 2, 'unit': '个'}),
        ('100场', '100场', '对台交流活动', None, 'A', 'E'),
        ('90个', '90个', '新批办台资企业项目', None, 'A', 'E'),
    ]),
    ('一年来，我们抓实事、惠民生', A22, [
        ('30个为民办实事项目', '30个', '为民办实事项目', None, 'A', 'E'),
        ('79.3%', '79.3%', '财政民生支出', None, 'R', 'E'),
        ('45178人', '45178人', '城镇新增就业', 'new_urban_jobs', 'A', 'E'),
        ('9.4亿元', '9.4亿元', '发放救助补助资金', None, 'A', 'E'),
        ('4700个', '4700个', '新增幼儿园学位', None, 'A', 'E'),
        ('1.1万个', '1.1万个', '新增中小学学位', None, 'A', 'E'),
        ('62.5%', '62.5%', '公办幼儿园在园幼儿占比', None, 'R', 'E'),
        ('19家省级', '19家', '新建省级普惠性托育园', None, 'A', 'E'),
        ('1370个', '1370个', '新增普惠性托位', None, 'A', 'E'),
        ('41个', '41个', '重点医疗卫生项目建设', None, 'A', 'E'),
        ('500张', '500张', '新增医疗床位', None, 'A', 'E'),
        ('1021人', '1021人', '新增卫技人员', None, 'A', 'E'),
        ('10个区域性', '10个', '建设区域性养老服务中心', None, 'A', 'E'),
        ('35个长者食堂', '35个', '建设长者食堂', None, 'A', 'E'),
        ('2100户', '2100户', '特殊困难老年人家庭适老化改造', None, 'A', 'E'),
        ('22个公益性', '22个', '建设公益性“生命公园”', None, 'A', 'E'),
        ('203场', '203场', '全民健身赛事活动', None, 'A', 'E'),
        ('227个', '227个', '改造老旧小区', None, 'A', 'E'),
        ('5356个', '5356个', '新增城市公共停车泊位', None, 'A', 'E'),
        ('94公顷', '94公顷', '新增公园绿地', None, 'A', 'E'),
        ('83个', '83个', '新增口袋公园', None, 'A', 'E'),
        ('8018套', '8018套', '新开工保障性安居工程', None, 'A', 'E'),
        ('10472套', '10472套', '新建成保障性安居工程', None, 'A', 'E'),
        ('7800套', '7800套', '中心城区不动产权登记历史遗留问题得到解决的住房', None, 'A', 'E'),
        ('819个', '819个', '乡村振兴试点示范项目', None, 'A', 'E'),
        ('36条', '36条', '打造乡村振兴“串点连线成片”线路', None, 'A', 'E'),
        ('11个', '11个', '发展乡村特色产业', None, 'A', 'E'),
        ('129个', '129个', '推广优新品种', None, 'A', 'E'),
        ('1个国家级', '1个', '培育国家级“一村一品”示范村（镇）', None, 'A', 'E'),
        ('28个', '28个', '培育省级示范村', None, 'A', 'E'),
        ('2个全国', '2个', '打造全国乡村特色产业十亿元镇', None, 'A', 'E'),
        ('115家', '115家', '新增市级以上农业龙头企业', None, 'A', 'E'),
        ('219公里', '219公里', '新建乡镇污水管网', None, 'A', 'E'),
        ('646.7公里', '646.7公里', '新建改造农村公路', None, 'A', 'E'),
    ]),
    ('一年来，我们抓作风、促落实', A22, [
        ('下降20%', '20%', '市本级“三公”经费支出', None, 'G', 'E'),
        ('272件', '272件', '人大代表建议分解件', None, 'A', 'E'),
        ('656件', '656件', '政协委员提案交办件', None, 'A', 'E'),
        ('100%', '100%', SAT, None, 'R', 'E'),
    ]),
    # ================= section 2: 二、全力做好2023年工作 =================
    ('主要预期目标是：', T23, [
        ('增长6.5%', '6.5%', '地区生产总值', 'gdp', 'G', 'E'),
        ('增长7.5%，地方', '7.5%', '一般公共预算总收入', None, 'G', 'E'),
        ('增长6%', '6%', '地方一般公共预算收入', BR, 'G', 'E'),
        ('增长8.6%', '8.6%', '规模工业增加值', IVA, 'G', 'E'),
        ('增长7.5%，社会', '7.5%', '固定资产投资', FAI, 'G', 'E'),
        ('增长10%', '10%', '社会消费品零售总额', 'retail_sales', 'G', 'E'),
        ('增长8%，城镇', '8%', '出口总额', None, 'G', 'E'),
        ('增长7%', '7%', '城镇居民人均可支配收入', URB, 'G', 'E'),
        ('7%、8%', '8%', '农村居民人均可支配收入', RUR, 'G', 'E'),
        ('3%左右', '3%', CPI_S, 'cpi', 'G', 'AP'),
    ]),
    # ---- section 3: （一）扩大内需
    ('强化项目引领。', T23, [
        ('178个', '178个', '省级重点项目建设', None, 'A', 'E'),
        ('876个', '876个', '市级重点项目建设', None, 'A', 'E'),
        ('22个', '22个', '超百亿重特大项目', None, 'A', 'E'),
        ('200个以上', '200个', '新开工重点项目', None, 'A', 'AL'),
        ('2100亿元', '2100亿元', '重点项目投资', None, 'A', 'AL'),
        ('3100亿元', '3100亿元', '新策划储备项目总投资', None, 'A', 'AL'),
        ('1100个', '1100个', '新增固定资产投资入库项目', None, 'A', 'AL'),
        ('2200亿元', '2200亿元', '新增固定资产投资入库项目总投资', None, 'A', 'AL'),
        ('13支', '13支', '国企产业基金', None, 'A', 'E'),
    ]),
    ('强化招商引资。', T23, [
        ('250个', '250个', '新签约二、三产项目', None, 'A', 'E'),
        ('1000亿元', '1000亿元', '新签约二、三产项目总投资', None, 'A', 'AL'),
    ]),
    ('强化消费拉动。', T23, [
        ('3个以上', '3个', '培育直播电商基地', None, 'A', 'AL'),
        ('620万平方米', '620万平方米', '销售商品房', None, 'A', 'AL'),
    ]),
    # ---- section 4: （二）实体经济
    ('加速建设工业强市。', T23, [
        ('1000亿元以上', '1000亿元', '工业投资', None, 'A', 'AL'),
        ('200家以上', '200家', '新增新上规模工业企业', None, 'A', 'AL'),
        ('8个制造业', '8个', '铸链强链的制造业', None, 'A', 'E'),
        ('10家以上企业新认定第五批', '10家', '新认定第五批国家专精特新“小巨人”企业', None, 'A', 'AL'),
        ('40家以上', '40家', '新认定专精特新中小企业', None, 'A', 'AL'),
        ('200个以上省', '200个', '省、市重点技改项目', None, 'A', 'AL'),
        ('10家以上企业通过', '10家', '通过省、市企业技术中心认定的企业', None, 'A', 'AL'),
        ('突破20家', '20家', '全市国家级绿色制造单位', None, 'A', 'AL'),
        ('突破50家', '50家', '全市省级绿色制造单位', None, 'A', 'AL'),
        ('400万平方米', '400万平方米', '新建厂房', None, 'A', 'E'),
    ]),
    ('加速发展现代服务业。', T23, [
        ('增长15%', '15%', '普惠小微贷款余额', None, 'G', 'E'),
        ('2-3家', '2', '每个县区引进培育竞争力强的平台企业', None, 'A', 'AL',
         {'val': 2, 'unit': '家', 'range': True}),
        ('2-3家', '3家', '每个县区引进培育竞争力强的平台企业', None, 'A', 'AM', {'range': True}),
    ]),
    ('加速做大“四大经济”。', T23, [
        ('90个', '90个', '重点项目建设', None, 'A', 'E'),
        ('超2800亿元', '2800亿元', '数字经济规模', None, 'A', 'AL'),
        ('增长15%', '15%', '数字经济规模', None, 'G', 'E'),
        ('增长8.8%', '8.8%', '海洋经济生产总值', None, 'G', 'E'),
        ('25个', '25个', '“文旅+”项目建设', None, 'A', 'E'),
    ]),
    # ---- section 5: （三）重点区域
    ('高标准建设古雷石化基地。', T23, [
        ('工业产值超1千亿元', '1千亿元', '古雷石化基地工业产值', None, 'A', 'AL'),
        ('总投资超1千亿元、新签约', '1千亿元', '古雷石化基地在建产业项目总投资', None, 'A', 'AL'),
        ('在谈项目总投资超1千亿元', '1千亿元', '古雷石化基地新签约和在谈项目总投资', None, 'A', 'AL'),
    ]),
    ('高质量打造重点产业片区。', T23, [
        ('超50个', '50个', '漳州高新区新签约项目', None, 'A', 'AL'),
        ('超300亿元', '300亿元', '漳州高新区新签约项目总投资', None, 'A', 'AL'),
    ]),
    # ---- section 6: （四）发展质效
    ('用数据提质效。', T23, [
        ('700家以上', '700家', '新增新上“四上”企业', None, 'A', 'AL'),
    ]),
    ('控强度提质效。', T23, [
        ('1万亩', '1万亩', '处置低效用地', None, 'A', 'AL'),
    ]),
    ('抓产出提质效。', T23, [
        ('超千亿元', '千亿元', '建筑业产值', None, 'A', 'AL', {'val': 1, 'unit': '千亿元'}),
        ('8.5%', '8.5%', '建筑业税收行业占比', None, 'R', 'AL'),
    ]),
    # ---- section 7: （五）城市能级
    ('做优中心城区。', T23, [
        ('15个', '15个', '重点片区规划建设', None, 'A', 'E'),
        ('262个', '262个', '改造老旧小区', None, 'A', 'E'),
        ('31.9万户', '31.9万户', '改造居民户内燃气设施', None, 'A', 'E'),
        ('60公里', '60公里', '新改建污水、雨水、供水管道', None, 'A', 'AL'),
    ]),
    # ---- section 8: （六）乡村品质
    ('突出“十镇百村”示范引领。', T23, [
        ('13个', '13个', '重点乡镇建设', None, 'A', 'E', {'per': T3Y}),
        ('120个', '120个', '重点村建设', None, 'A', 'E', {'per': T3Y}),
        ('500个以上', '500个', '重点项目', None, 'A', 'AL', {'per': T3Y}),
        ('300个以上', '300个', '“串点连线成片”线路项目', None, 'A', 'AL'),
    ]),
    ('加快特色现代农业升级。', T23, [
        ('建立12个', '12个', '建立百亩以上规模示范片', None, 'A', 'E'),
        ('12项', '12项', '推广稳粮增收关键技术模式', None, 'A', 'E'),
        ('92.83万亩', '92.83万亩', '粮食播种面积', None, 'A', 'E'),
        ('超42万吨', '42万吨', '粮食总产量', 'grain_output', 'A', 'AL'),
        ('60个以上', '60个', '建设农业产业项目', None, 'A', 'AL'),
    ]),
    # ---- section 9: （七）创新驱动
    ('强化科技创新引擎。', T23, [
        ('增长18%', '18%', '全市R&D经费', None, 'G', 'AL'),
        ('超360家', '360家', '申报国家高新技术企业数', None, 'A', 'AL'),
        ('超10%', '10%', '规模工业高技术产业增加值占规模工业增加值比重', None, 'R', 'AL'),
    ]),
    ('办好公平优质教育。', T23, [
        ('百所', '百所', '培育“老百姓家门口优质初中学校”', None, 'A', 'E',
         {'val': 100, 'unit': '所'}),
        ('40个', '40个', '重点教育项目建设', None, 'A', 'E'),
        ('4000个', '4000个', '新增义务教育学位', None, 'A', 'E'),
        ('2100个', '2100个', '新增公办幼儿园学位', None, 'A', 'E'),
    ]),
    # ---- section 10: （八）漳台融合
    ('深化重点领域改革。', T23, [
        ('1家', '1家', '培育中国500强后备企业', None, 'A', 'E'),
    ]),
    # ---- section 11: （九）生态效益
    ('强化污染防治攻坚。', T23, [
        ('100%', '100%', '县级以上饮用水源地、农村“千吨万人”水源Ⅰ～Ⅲ类水质比例', None, 'R', 'E'),
        ('95%', '95%', '重点建设用地安全利用率', None, 'R', 'AL'),
    ]),
    # ---- section 12: （十）美好生活
    ('多渠道促增收。', T23, [
        ('4万人', '4万人', '城镇新增就业', 'new_urban_jobs', 'A', 'AL'),
    ]),
    ('多维度优保障。', T23, [
        ('45项', '45项', '为民办实事项目', None, 'A', 'E'),
        ('2000个', '2000个', '主城区新增0-3岁普惠性托位', None, 'A', 'E'),
        ('32个', '32个', '医疗卫生重点项目', None, 'A', 'E'),
        ('1000张', '1000张', '新增养老床位', None, 'A', 'AL'),
        ('60%以上', '60%', '养老机构护理型床位占比', None, 'R', 'AL'),
        ('10个以上', '10个', '新增城市餐厅', None, 'A', 'AL'),
        ('200个公益性', '200个', '新开工公益性“生命公园”', None, 'A', 'E'),
        ('150场', '150场', '全民健身赛事活动', None, 'A', 'AL'),
        ('6578套', '6578套', '建设棚改安置房', None, 'A', 'E'),
        ('1400套', '1400套', '建设保障性租赁住房', None, 'A', 'AL'),
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
        assert text[st - 1] != '-' or extra.get('range'), surface
        measure = MEASURE_CODE[mcode]
        qual = QUAL_CODE[qcode]
        approx_mark = ''
        if 'val' in extra:
            value = Decimal(extra['val'])
            unit = extra['unit']
            mult, wbase = split_unit(unit)
            assert surface.endswith(unit) or surface.isdigit(), (surface, unit)
        else:
            assert not surface[-1].isdigit(), surface
            value, unit, mult, wbase, approx_mark = parse_surface(surface)
        unit_base, factor, dim = BASE_UNITS[wbase]
        mult_f = dict(MULT)[mult] if mult else 1
        vb = value * mult_f * factor
        # qualifier: checked against the words next to the span (and 余/多 inside it)
        if not extra.get('range'):
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
    # ================= section 1 (2022 review) =================
    ('一年来，我们抓竞赛、稳增长', A22, [
        ('中沙古雷乙烯项目正式开工建设', '中沙古雷乙烯项目', None, '正式开工建设', 'started'),
        ('云霄抽水蓄能等349个', '云霄抽水蓄能', None, '开工建设', 'started'),
        ('闽粤电力联网工程', '闽粤电力联网工程', None, '竣工投用', 'completed'),
        ('古雷炼化一体化二期等1363个', '古雷炼化一体化二期', None, '新签约', 'planned'),
        ('漳州核电3#和4#机组获国家核准', '漳州核电3#和4#机组', None, '获国家核准', 'planned'),
        ('闽南海上风电基地规划', '闽南海上风电基地', None, '规划获国家能源局批复', 'planned'),
        ('漳州核电1#和2#机组', '漳州核电1#和2#机组', None, '加快建设', 'ongoing'),
        ('联盛林浆纸一体化', '联盛林浆纸一体化', None, '加快建设', 'ongoing'),
        ('片仔癀健康美妆园', '片仔癀健康美妆园', None, '接续落地', None),
        ('万洋智造产业园', '万洋智造产业园', None, '接续落地', None),
        ('泓光光刻胶', '泓光光刻胶', None, '接续落地', None),
        ('建筑业总部等35个', '建筑业总部', None, '接续落地', None),
    ]),
    ('一年来，我们抓改革、扩开放', A22, [
        ('设立芗城、', '芗城', '芗城新经济产业园', '设立', None),
        ('、龙文两个新经济产业园', '龙文', '龙文新经济产业园', '设立', None),
        ('古雷炼化一体化项目投入商业运营', '古雷炼化一体化项目', None, '投入商业运营', 'completed'),
    ]),
    ('一年来，我们抓实事、惠民生', A22, [
        ('漳州一中古雷分校', '漳州一中古雷分校', None, '开工建设', 'started'),
        ('漳州三中龙文校区', '漳州三中龙文校区', None, '开工建设', 'started'),
        ('市医院总部院区正式开诊', '市医院总部院区', None, '正式开诊', 'completed'),
        ('片仔癀名医馆', '片仔癀名医馆', None, '开馆运营', 'completed'),
        ('新开工保障性安居工程', '保障性安居工程', None, None, None),
    ]),
    # ================= part 二 (2023 plan) =================
    ('强化消费拉动。', T23, [
        ('消费提质增量工程', '消费提质增量工程', None, '实施', 'ongoing'),
    ]),
    ('加速建设工业强市。', T23, [
        ('“上云用数赋智”工程', '“上云用数赋智”工程', None, '推进', 'ongoing'),
    ]),
    ('加速做大“四大经济”。', T23, [
        ('语堂数字经济产业园', '语堂数字经济产业园', None, '提速建设', 'ongoing'),
        ('大数据中心等90个', '大数据中心', None, '提速建设', 'ongoing'),
        ('招商局·芯云谷', '招商局·芯云谷', None, '提高产业集聚度', None),
        ('漳州物联网产业园', '漳州物联网产业园', None, '提高产业集聚度', None),
        ('甲骨文（漳州）双创基地', '甲骨文（漳州）双创基地', None, '提高产业集聚度', None),
        ('闽南海上风电基地', '闽南海上风电基地', None, '获得核准', 'planned'),
        ('华安抽水蓄能电站', '华安抽水蓄能电站', None, '获得核准', 'planned'),
        ('漳州核电3#和4#机组', '漳州核电3#和4#机组', None, '开工', 'started'),
        ('漳州LNG接收站', '漳州LNG接收站', None, '投产', 'completed'),
        ('国道G228线滨海风景道', '国道G228线滨海风景道', None, None, None),
    ]),
    ('高标准建设古雷石化基地。', T23, [
        ('高标准建设古雷石化基地。', '古雷石化基地', None, '高标准建设', 'ongoing'),
        ('加快古雷石化基地建设', '古雷石化基地', None, '加快建设', 'ongoing'),
        ('古雷炼化一体化二期项目', '古雷炼化一体化二期项目', None, '正式开工', 'started'),
        ('中沙古雷乙烯项目', '中沙古雷乙烯项目', None, '加快建设', 'ongoing'),
        ('盛桐碳四', '盛桐碳四', None, '投产', 'completed'),
        ('中沙工程改性材料', '中沙工程改性材料', None, '签约', 'planned'),
    ]),
    ('高质量打造重点产业片区。', T23, [
        ('片仔癀大健康智造园', '片仔癀大健康智造园', None, '抓好攻坚', 'ongoing'),
        ('龙轴高端机械零部件制造基地', '龙轴高端机械零部件制造基地', None, '抓好攻坚', 'ongoing'),
        ('荔海科创总部', '荔海科创总部', None, '抓好攻坚', 'ongoing'),
        ('滨江总部集群', '滨江总部集群', None, '抓好攻坚', 'ongoing'),
        ('九龙江医院', '九龙江医院', None, '抓好攻坚', 'ongoing'),
        ('南湖温泉酒店', '南湖温泉酒店', None, '抓好攻坚', 'ongoing'),
        ('华昌综合体', '华昌综合体', None, '开工建设', 'started'),
        ('灿坤工业园区', '灿坤工业园区', None, '改造提升', None),
        # P1: “双鱼岛” (招商和开发建设) is an area development, left out like the 片区
    ]),
    ('高起点谋划开辟特色园区。', T23, [
        ('国家战略与应急物资储备保障基地', '国家战略与应急物资储备保障基地', None, '重点推进建设',
         'ongoing'),
        ('诏安港区万吨级深水码头', '诏安港区万吨级深水码头', None, '重点推进建设', 'ongoing'),
        ('龙海“零碳”产业园', '龙海“零碳”产业园', None, '谋划推进', 'planned'),
        ('扶持做大芗城、', '芗城', '芗城新经济产业园', '扶持做大', None),
        ('龙文新经济产业园', '龙文新经济产业园', None, '扶持做大', None),
    ]),
    ('做优中心城区。', T23, [
        ('漳汕高铁', '漳汕高铁', None, '开工建设', 'started'),
        ('中心城区互联互通工程', '中心城区互联互通工程', None, '实施', 'ongoing'),
        ('“山水连城”步道和风雨廊项目', '“山水连城”步道和风雨廊项目', None, '启动建设', 'started'),
        ('漳州智慧城管平台二期项目', '漳州智慧城管平台二期项目', None, '启动', 'started'),
    ]),
    ('加快特色现代农业升级。', T23, [
        ('漳州粮食产业园', '漳州粮食产业园', None, '加快推进建设', 'ongoing'),
        ('特色现代农业“1122”工程', '特色现代农业“1122”工程', None, '深入实施', 'ongoing'),
    ]),
    ('办好公平优质教育。', T23, [
        # P2: a named 工程 programme implemented by name (README programme rule)
        ('县（区）一中振兴工程', '县（区）一中振兴工程', None, '大力实施', 'ongoing'),
        ('漳州职业技术学院古雷校区', '漳州职业技术学院古雷校区', None, '加快建设', 'ongoing'),
        ('城市职业学院高新校区', '城市职业学院高新校区', None, '加快建设', 'ongoing'),
    ]),
    ('加快建设人才强市。', T23, [
        ('新农人“双百双万”素质提升工程', '新农人“双百双万”素质提升工程', None, '持续拓展', None),
        ('漳州人才酒店公寓', '漳州人才酒店公寓', None, '加快建设', 'ongoing'),
    ]),
    ('提高对外开放水平。', T23, [
        ('国际快件监管中心', '国际快件监管中心', None, '早日投用', 'completed'),
    ]),
    ('强化污染防治攻坚。', T23, [
        ('蓝天工程', '蓝天工程', None, '深入实施', 'ongoing'),
        ('碧水工程', '碧水工程', None, '深入实施', 'ongoing'),
        ('碧海工程', '碧海工程', None, '深入实施', 'ongoing'),
        ('净土工程', '净土工程', None, '深入实施', 'ongoing'),
    ]),
    ('提高生态系统质量。', T23, [
        ('江河湖库连通工程', '江河湖库连通工程', None, '实施', 'ongoing'),
        ('九龙江南引工程', '九龙江南引工程', None, '加快建设', 'ongoing'),
        ('漳浦朝阳水库', '漳浦朝阳水库', None, '加快建设', 'ongoing'),
        ('平和官峰水库', '平和官峰水库', None, '加快建设', 'ongoing'),
    ]),
    ('多维度优保障。', T23, [
        ('市中医院新院区', '市中医院新院区', None, '开工', 'started'),
        ('市第二中医院新院区', '市第二中医院新院区', None, '开工', 'started'),
        ('第四医院扩建项目', '第四医院扩建项目', None, '开工', 'started'),
        ('市医院总部院区', '市医院总部院区', None, '全面开诊', 'completed'),
        ('开漳圣王文化园', '开漳圣王文化园', None, '规划建设', 'planned'),
        ('市图书馆新馆', '市图书馆新馆', None, '开馆', 'completed'),
        ('中国女排精神展示馆', '中国女排精神展示馆', None, '开馆', 'completed'),
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

# A project span may contain a quantity only where the name states one: none here (万吨级 in
# 诏安港区万吨级深水码头 is a designation without a digit; 3#/4# are unit numbers).
for p in projects:
    for r in indicators:
        assert not (p['char_start'] <= r['char_start'] < p['char_end']), (p['name'], r['surface'])

# ---------------------------------------------------------------------------
# Documents
# ---------------------------------------------------------------------------
HEADER = text[FM_END:BODY_START]
assert '——2023年1月3日在漳州市第十七届人民代表大会第二次会议上' in HEADER
assert '\n漳州市人民政府市长 王进足\n' in HEADER
documents = [dict(
    doc_id=DOC_ID, source_path=SOURCE_PATH, title='漳州市政府工作报告', source_url=None,
    region='漳州市', admin_level='prefecture', report_year=REPORT_YEAR,
    delivered_on='2023-01-03', meeting='漳州市第十七届人民代表大会第二次会议',
    speaker='王进足', speaker_title='市长')]

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
