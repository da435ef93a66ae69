#!/usr/bin/env python3
"""Hand-checked blind gold annotation of provinces-2026/2026年内蒙古自治区政府工作报告.txt
(2026年内蒙古自治区政府工作报告, 自治区人民政府主席 包钢, 2026-02-04).
Reconciled from annotators A and B (B's script with the decisions of NOTES.md applied; the
Reconciliation table numbers R-I*/R-P* are cited in comments where a record changed).

Standard library only.  Regenerates documents.csv, indicators.csv and projects.csv in this folder.

The source is a scraped web page saved as UTF-8 text: page junk (下载/打印/全屏/收藏/【字号：…】)
before the title, a source/time line, a photo caption, and `相关报道：` after the annex.  Offsets
count code points of the whole decoded file (BOM removed, nothing else changed), junk included.
The junk and the header yield no rows.

Every annotation is written by hand: the exact surface (or written name) plus an *anchor*, a string
that occurs exactly once in its paragraph and contains the surface.  Offsets are found with
str.find inside the paragraph and asserted (text[char_start:char_end] == surface).

Blind: written from the report text, DATASET.md, the README's conventions, the dict/ word lists and
the earlier golds only; gwr was not built or run and no gwr output or src/ was read (by A, B or the
reconciler).

Source path: ../../../raw/provinces-2026/2026年内蒙古自治区政府工作报告.txt relative to this script
(the layout of tests/gold/<name>/); the environment variable GWR_SRC overrides it.
Options: -v prints every row with its sentence, -s the outline with row counts per section,
-x every digit run of the body outside an indicator span.
"""
import csv
import os
import re
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_PATH = 'provinces-2026/2026年内蒙古自治区政府工作报告.txt'
SRC = os.environ.get('GWR_SRC') or os.path.normpath(
    os.path.join(HERE, '..', '..', '..', 'raw', *SOURCE_PATH.split('/')))
DOC_ID = 'provinces-2026/2026年内蒙古自治区政府工作报告'
REPORT_YEAR = 2026

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
# Sections (only to give section_id).
#   Two unnumbered part lines (level 1, marker null): “十四五”时期发展成就和2025年工作回顾 and
#   “十五五”时期主要目标和2026年重点工作; inside the second, the items 一、…四、 (level 1 by the
#   contract) with their （一）… (level 2); the annex 附件 / 2026年自治区民生实事 (level 1, marker 附件).
#   Part 三's （一） is a heading on its own line (立足壮大实体经济…。) followed by three paragraphs;
#   all the other （N） are run-in single paragraphs.  一是/一要… are paragraph heads, not sections.
#   A section runs to the next heading of the same or a higher level.
# ---------------------------------------------------------------------------
HEADINGS = [  # (level, marker, heading text, line-start anchor)
    (1, None, '“十四五”时期发展成就和2025年工作回顾', '“十四五”时期发展成就和2025年工作回顾\n'),
    (1, None, '“十五五”时期主要目标和2026年重点工作', '“十五五”时期主要目标和2026年重点工作\n'),
    (1, '一、', '把铸牢中华民族共同体意识作为民族地区各项工作的主线', '一、把铸牢'),
    (2, '（一）', '加强中华民族共有精神家园建设', '（一）加强中华民族共有精神家园建设。'),
    (2, '（二）', '促进各民族广泛交往交流交融', '（二）促进各民族广泛交往交流交融。'),
    (2, '（三）', '健全贯彻主线要求制度机制', '（三）健全贯彻主线要求制度机制。'),
    (1, '二、', '深化落实习近平总书记和党中央赋予的五大战略定位和使命任务', '二、深化落实'),
    (2, '（一）', '坚持生态优先、绿色发展，筑牢我国北方重要生态安全屏障', '（一）坚持生态优先'),
    (2, '（二）', '更好统筹发展和安全，筑牢祖国北疆安全稳定屏障', '（二）更好统筹发展和安全'),
    (2, '（三）', '大力发展现代能源经济，建设国家重要能源和战略资源基地', '（三）大力发展现代能源经济'),
    (2, '（四）', '加快农牧业转型发展，建设国家重要农畜产品生产基地', '（四）加快农牧业转型发展'),
    (2, '（五）', '以创建中国（内蒙古）自由贸易试验区为牵引，打造我国向北开放重要桥头堡', '（五）以创建中国'),
    (1, '三、', '全力抓好七项重点工作', '三、全力抓好七项重点工作'),
    (2, '（一）', '立足壮大实体经济，建设体现内蒙古特色优势的现代化产业体系', '（一）立足壮大实体经济'),
    (2, '（二）', '大力推进创新驱动，因地制宜加快高水平科技自立自强', '（二）大力推进创新驱动'),
    (2, '（三）', '更加注重内需主导，深度对接全国统一大市场', '（三）更加注重内需主导'),
    (2, '（四）', '持续深化改革攻坚，构建高水平社会主义市场经济体制', '（四）持续深化改革攻坚'),
    (2, '（五）', '优化区域经济布局，提升协调发展水平', '（五）优化区域经济布局'),
    (2, '（六）', '繁荣发展社会主义文化，建设文化强区', '（六）繁荣发展社会主义文化'),
    (2, '（七）', '始终坚持民生为大，不断加大保障和改善民生力度', '（七）始终坚持民生为大'),
    (1, '四、', '把坚持党的全面领导贯穿政府工作各方面全过程', '四、把坚持党的全面领导'),
    (1, '附件', '2026年自治区民生实事', '附件\n2026年自治区民生实事\n'),
]
sections = []
for k, (lvl, marker, head, anchor) in enumerate(HEADINGS):
    st = find_unique('\n' + anchor) + 1
    line = text[st:para_end(st)]
    if marker and marker != '附件':
        assert line.startswith(marker + head), (marker, head)
    sections.append(dict(section_id=k + 1, level=lvl, marker=marker, heading=head, char_start=st))

BODY_END = find_unique('\n相关报道：')   # page junk after the annex
for k, s_ in enumerate(sections):
    nxt = BODY_END
    for t in sections[k + 1:]:
        if t['level'] <= s_['level']:
            nxt = t['char_start']
            break
    s_['char_end'] = rstrip_end(nxt)
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
    return text[st:en].strip()


def para_span(anchor):
    i = find_unique(anchor)
    assert i == 0 or text[i - 1] == '\n', anchor
    return i, para_end(i)


# ---------------------------------------------------------------------------
# Periods / status
# ---------------------------------------------------------------------------
F5 = (2021, 2025, 'actual')     # the “十四五” paragraphs (这五年, “十四五”时期)
Y25 = (2025, 2025, 'actual')    # 刚刚过去的2025年 paragraph
T26 = (2026, 2026, 'target')    # 今年 targets, the plan items 一、…四、 and the annex (2026年…民生实事)

# ---------------------------------------------------------------------------
# Indicators
# ---------------------------------------------------------------------------
MULT = [('万亿', Decimal(10) ** 12), ('万', Decimal(10) ** 4), ('亿', Decimal(10) ** 8)]
# written unit (after the multiplier) -> (unit_base, factor to unit_base, dimension)
BASE_UNITS = {
    '%': ('%', 1, 'percent'),
    '个百分点': ('百分点', 1, 'percent'),
    '元': ('元', 1, 'currency'),
    '亩': ('亩', 1, 'area'), '平方公里': ('平方公里', 1, 'area'),
    '公里': ('公里', 1, 'length'),
    '千瓦': ('千瓦', 1, 'energy'), '度': ('千瓦时', 1, 'energy'),   # dict/units.tsv: 度 = 千瓦时 (jilin-2026 亿度)
    '吨': ('吨', 1, 'mass'), '斤': ('斤', 1, 'mass'),
    'P': ('P', 1, 'other'),          # 智算规模22万P (PFLOPS of computing power)
    '人': ('人', 1, 'count'), '名': ('人', 1, 'count'), '人次': ('人次', 1, 'count'),
    '户': ('户', 1, 'count'), '家': ('家', 1, 'count'), '个': ('个', 1, 'count'),
    '条': ('条', 1, 'count'), '套': ('套', 1, 'count'), '所': ('所', 1, 'count'),
    '台': ('台', 1, 'count'), '张': ('张', 1, 'count'), '座': ('座', 1, 'count'),
    '种': ('种', 1, 'count'), '件': ('件', 1, 'count'), '部': ('部', 1, 'count'),
    '例': ('例', 1, 'count'),
}
INDICATOR_CODES = {
    'gdp', 'gdp_per_capita', 'industrial_output', 'industrial_value_added',
    'fixed_asset_investment', 'retail_sales', 'disposable_income', 'disposable_income_urban',
    'disposable_income_rural', 'energy_intensity', 'foreign_trade', 'foreign_investment',
    'budget_revenue', 'new_urban_jobs', 'unemployment_rate', 'cpi', 'rd_intensity',
    'good_air_days', 'forest_coverage', 'tourism_revenue', 'grain_output', 'deficit_ratio',
    'urbanization_rate'}

GDP = 'gdp'
IVA = 'industrial_value_added'
FAI = 'fixed_asset_investment'
FT = 'foreign_trade'
JOBS = 'new_urban_jobs'
PP = '个百分点'

# Each block: (paragraph start anchor, (period_start, period_end, status), [records])
# record: (anchor, surface, subject, indicator, measure, qualifier[, extra])
#   measure: A=amount G=growth_rate AG=avg_growth_rate R=ratio
#   qualifier: E=exact AP=approx AL=at_least AM=at_most
#   extra (optional dict): per=(start, end, status) override; noq=True skips the qualifier check
IND_BLOCKS = [
    # ========== section 1: “十四五”时期发展成就和2025年工作回顾 ==========
    ('“十四五”时期内蒙古发展历程极不平凡', F5, [
        ('44个', '44个', '制定配套支持文件的国家部委', None, 'A', 'E'),
    ]),
    ('——这五年综合经济实力大幅提升', F5, [
        ('2.67万亿元', '2.67万亿元', '经济总量', GDP, 'A', 'E'),
        ('近1000亿元', '1000亿元', '一般公共预算收入增加', None, 'A', 'AP'),
        ('3000亿元以上', '3000亿元', '一般公共预算收入', 'budget_revenue', 'A', 'AL'),
        ('12.8%', '12.8%', '固定资产投资', FAI, 'AG', 'E'),
        ('3.8万亿元', '3.8万亿元', '累计重大项目投资', None, 'A', 'E'),
        ('年均增长7%', '7%', '规上工业增加值', IVA, 'AG', 'E'),
        ('80多种', '80多种', '产能全国第一的产品', None, 'A', 'AL'),
        ('2206亿元', '2206亿元', '进出口总值', FT, 'A', 'E'),
        ('300万户', '300万户', '经营主体', None, 'A', 'AL'),
        ('4358户', '4358户', '规上工业企业', None, 'A', 'E'),
        ('12家', '12家', '新增上市公司', None, 'A', 'E'),
    ]),
    ('——这五年服务国家大局能力不断增强', F5, [
        ('12亿吨以上', '12亿吨', '年均煤炭产量', None, 'A', 'AL'),
        ('29个', '29个', '累计保供煤炭的省份', None, 'A', 'E'),
        ('35亿吨', '35亿吨', '累计保供煤炭', None, 'A', 'AL'),
        ('3.1亿千瓦', '3.1亿千瓦', '电力总装机规模', None, 'A', 'E'),
        ('1.7亿千瓦', '1.7亿千瓦', '新能源装机', None, 'A', 'E'),
        ('22万P', '22万P', '智算规模', None, 'A', 'E'),
        ('6281万亩', '6281万亩', '累计建成高标准农田', None, 'A', 'E'),
        ('840亿斤', '840亿斤', '粮食最高年产', None, 'A', 'E'),
    ]),
    ('——这五年高质量发展稳步推进', F5, [
        ('1714家', '1714家', '累计培育创新型企业', None, 'A', 'E'),
        ('814家', '814家', '累计培育专精特新企业', None, 'A', 'E'),
        ('45家', '45家', '累计培育“小巨人”企业', None, 'A', 'E'),
        ('2人', '2人', '当选中国工程院院士的人', None, 'A', 'E'),
        ('47人', '47人', '入选科技领域国家重点人才计划的人', None, 'A', 'E'),
        ('7个盟市', '7个', '接通高铁的盟市', None, 'A', 'E'),
        ('483条', '483条', '开通航线', None, 'A', 'E'),
        ('116个', '116个', '通航城市', None, 'A', 'E'),
        ('7万公里', '7万公里', '220千伏及以上输电线路总长', None, 'A', 'AL'),
        ('9.5万座', '9.5万座', '5G基站', None, 'A', 'E'),
    ]),
    ('——这五年生态安全屏障进一步夯实', F5, [
        ('1.23亿亩', '1.23亿亩', '累计生态建设', None, 'A', 'E'),
        ('6688万亩', '6688万亩', '累计防沙治沙', None, 'A', 'E'),
        ('22%', '22%', '森林覆盖率', 'forest_coverage', 'R', 'E'),
        ('45%以上', '45%', '草原综合植被盖度', None, 'R', 'AL'),
        ('10%以下', '10%', '天然草原草畜平衡指数', None, 'R', 'AM'),
        ('2100万千瓦', '2100万千瓦', '火电机组超低排放改造', None, 'A', 'E'),
        ('2812万吨', '2812万吨', '钢铁产能超低排放改造', None, 'A', 'E'),
        ('395台', '395台', '燃煤锅炉超低排放改造', None, 'A', 'E'),
        ('90%以上', '90%', '优良天数比例', 'good_air_days', 'R', 'AL'),
        ('437个', '437个', '建成绿色矿山', None, 'A', 'E'),
        ('117平方公里', '117平方公里', '历史遗留矿山生态修复', None, 'A', 'E'),
        ('下降18%', '18%', '单位GDP能耗', 'energy_intensity', 'G', 'E'),
        ('510个', '510个', '建成自治区级以上绿色工厂', None, 'A', 'E'),
        ('32个', '32个', '建成自治区级以上绿色园区', None, 'A', 'E'),   # R-I1: verb and tier carried over the list
        ('46种', '46种', '能耗达到国家先进值的重点行业产品', None, 'A', 'E'),
    ]),
    ('——这五年民生福祉不断增进', F5, [
        ('106万人', '106万人', '城镇新增就业累计', JOBS, 'A', 'E'),
        ('71.5%', '71.5%', '常住人口城镇化率', 'urbanization_rate', 'R', 'E'),
        ('4万元', '4万元', '居民人均可支配收入', 'disposable_income', 'A', 'AL'),
        ('4个国家区域', '4个', '落户国家区域医疗中心', None, 'A', 'E'),
        ('39个', '39个', '布局自治区专科区域医疗中心', None, 'A', 'E'),
        ('2个国家级', '2个', '国家级公立医院改革与高质量发展示范项目', None, 'A', 'E'),
        ('237亿元', '237亿元', '医保集中带量采购为群众减负', None, 'A', 'E'),
        ('9341个', '9341个', '全区养老机构和设施', None, 'A', 'E'),
        ('10.5万张', '10.5万张', '全区养老机构和设施床位', None, 'A', 'E'),
        ('4.6个', '4.6个', '每千人拥有3岁以下婴幼儿托位数', None, 'A', 'E'),
        ('815元', '815元', '城镇低保标准', None, 'A', 'E'),
        ('615元', '615元', '农村低保标准', None, 'A', 'E'),
        ('1亿吨', '1亿吨', '累计提供“暖心煤”', None, 'A', 'E'),
        ('78万户', '78万户', '“煤改电”', None, 'A', 'E'),
        ('4万户', '4万户', '用上稳定可靠的电的农牧民', None, 'A', 'E'),
        ('7323个', '7323个', '改造城镇老旧小区', None, 'A', 'E'),
        ('5.2万套', '5.2万套', '改造棚户区', None, 'A', 'E'),
        ('3.1万套', '3.1万套', '改造危旧房', None, 'A', 'E'),
        ('1.68万公里', '1.68万公里', '改造老旧管道', None, 'A', 'E'),
        ('3.2万个', '3.2万个', '增设电动汽车充电桩', None, 'A', 'E'),
        ('43所', '43所', '与北京市学校结对办学的高校、职业院校', None, 'A', 'E'),
        ('538所', '538所', '与北京市学校结对办学的中小学', None, 'A', 'E'),
        ('300多个', '300多个', '与援助医院同质发展的医疗专科', None, 'A', 'AL'),
        ('500家', '500家', '落地京企', None, 'A', 'AL'),
    ]),
    ('——这五年民族团结局面持续巩固', F5, [
        ('65个', '65个', '创建全国民族团结进步示范典型', None, 'A', 'E'),
        ('7个城市', '7个', '获评全国文明城市的城市', None, 'A', 'E'),
        ('6座', '6座', '晋级国家一级博物馆的博物馆', None, 'A', 'E'),
        ('10部', '10部', '荣获文华奖、荷花奖的文艺作品', None, 'A', 'E'),
    ]),
    ('刚刚过去的2025年', Y25, [
        ('4.7%', '4.7%', '地区生产总值', GDP, 'G', 'E'),
        ('0.3个百分点', '0.3' + PP, '地区生产总值增长低于全国', None, 'A', 'E'),
        ('6.7%', '6.7%', '规上工业增加值', IVA, 'G', 'E'),
        ('0.8个百分点', '0.8' + PP, '规上工业增加值增长高于全国', None, 'A', 'E'),
        ('增长4%', '4%', '固定资产投资', FAI, 'G', 'E'),
        ('7.8个百分点', '7.8' + PP, '固定资产投资增长高于全国', None, 'A', 'E'),
        ('4.3%', '4.3%', '社会消费品零售总额', 'retail_sales', 'G', 'E'),
        ('0.6个百分点', '0.6' + PP, '社会消费品零售总额增长高于全国', None, 'A', 'E'),
        ('6.4%', '6.4%', '进出口总值', FT, 'G', 'E'),
        ('2.6个百分点', '2.6' + PP, '进出口总值增长高于全国', None, 'A', 'E'),
        ('41个', '41个', '建成工业互联网平台', None, 'A', 'E'),
        ('1900万千瓦', '1900万千瓦', '储能装机', None, 'A', 'E'),
        ('1万吨', '1万吨', '绿氢产量', None, 'A', 'AL'),
        ('48%', '48%', '技术合同成交额', None, 'G', 'E'),
        ('17.5%', '17.5%', '高技术制造业增加值', None, 'G', 'E'),
        ('2000户', '2000户', '全区规模以上服务业企业', None, 'A', 'AL'),
        ('3亿人次', '3亿人次', '接待游客', None, 'A', 'E'),
        ('4500亿元', '4500亿元', '游客总花费', None, 'A', 'AL'),
        ('29件', '29件', '地方性法规案', None, 'A', 'E'),
        ('8件', '8件', '制定修改废止政府规章', None, 'A', 'E'),
        ('456个', '456个', '“全区通办”事项', None, 'A', 'E'),
        ('30个', '30个', '推出“高效办成一件事”重点事项', None, 'A', 'E'),
        ('5.9%', '5.9%', '自治区国资委监管企业营收', None, 'G', 'E'),
        ('5.5%', '5.5%', '自治区国资委监管企业利润', None, 'G', 'E'),
        ('6000亿元', '6000亿元', '引进国内到位资金', None, 'A', 'E'),
        ('1.9万个', '1.9万个', '处置毁林毁草问题', None, 'A', 'E'),
        ('12个盟市', '12个', '空气质量全部达标的盟市', None, 'A', 'E'),
        ('98.3%', '98.3%', '第三轮中央生态环境保护督察交办的群众举报问题办结率', None, 'R', 'E'),
        ('5个国家生态', '5个', '新增国家生态文明示范区', None, 'A', 'E'),
        ('3个“绿水', '3个', '新增“绿水青山就是金山银山”实践创新基地', None, 'A', 'E'),
        ('160万亩', '160万亩', '化解“一地多证”', None, 'A', 'E'),
        ('136万名', '136万名', '救助各类受灾群众', None, 'A', 'E'),
    ]),
    # ========== section 2: “十五五”时期主要目标和2026年重点工作 (2026, target) ==========
    ('今年经济社会发展的主要预期目标是', T26, [
        ('5%左右', '5%', '地区生产总值', GDP, 'G', 'AP'),
        ('5.7%左右', '5.7%', '城镇调查失业率', 'unemployment_rate', 'R', 'AP'),
        ('18万人以上', '18万人', '城镇新增就业', JOBS, 'A', 'AL'),
        ('2%左右', '2%', '居民消费价格涨幅', 'cpi', 'G', 'AP'),
        ('840亿斤', '840亿斤', '粮食产量', 'grain_output', 'A', 'AL'),
    ]),
    # ---- 二（一） ----
    ('（一）坚持生态优先', T26, [
        ('4000万亩', '4000万亩', '生态建设任务', None, 'A', 'E'),
        ('1500万亩', '1500万亩', '防沙治沙', None, 'A', 'E'),
        ('180公里', '180公里', '贺兰山至阴山段沿黄岸线流沙系统治理', None, 'A', 'E'),
        ('1128万亩', '1128万亩', '水土流失综合治理', None, 'A', 'E'),
        ('等6个', '6个', '国家历史遗留废弃矿山生态修复示范工程', None, 'A', 'E'),
        ('50座', '50座', '新建绿色矿山', None, 'A', 'E'),
    ]),
    # ---- 二（三） ----
    ('（三）大力发展现代能源经济', T26, [
        ('12.5亿吨以上', '12.5亿吨', '煤炭产量', None, 'A', 'AL'),
        ('6个', '6个', '“十四五”批复的沙戈荒大基地', None, 'A', 'E'),   # R-I5: 6个 counts the bases
        ('再纳规3个', '3个', '纳规沙戈荒大基地', None, 'A', 'E'),   # R-I6: the adverb 再 goes
        ('3000万千瓦', '3000万千瓦', '新增新能源装机', None, 'A', 'E'),
        ('3000亿度', '3000亿度', '新能源发电量', None, 'A', 'AL'),
        ('20个', '20个', '建成500千伏输变电工程', None, 'A', 'E'),
        ('700万千瓦', '700万千瓦', '布局建设新型储能项目', None, 'A', 'E'),
    ]),
    # ---- 二（四） ----
    ('（四）加快农牧业转型发展', T26, [
        ('600万亩以上', '600万亩', '新建和改造提升高标准农田', None, 'A', 'AL'),
        ('1000万亩以上', '1000万亩', '黑土地保护性耕作', None, 'A', 'AL'),
        ('50万亩', '50万亩', '改造提升盐碱耕地', None, 'A', 'E'),
        # 分别稳定在310万吨和750万吨左右: the 左右 is shared by the joined figures
        ('310万吨', '310万吨', '肉产量', None, 'A', 'AP', {'noq': True}),
        ('750万吨', '750万吨', '奶产量', None, 'A', 'AP'),
        ('200家以上', '200家', '建设现代农（牧）事综合服务中心', None, 'A', 'AL'),
        ('1个国家级', '1个', '新增国家级优势特色产业集群', None, 'A', 'E'),
        ('20家以上', '20家', '新入规加工企业', None, 'A', 'AL'),
        ('30家以上', '30家', '新认证“蒙”字标企业', None, 'A', 'AL'),
        ('100亿元', '100亿元', '内蒙古牛羊肉交易中心交易额', None, 'A', 'E'),
    ]),
    # ---- 二（五） ----
    ('（五）以创建中国', T26, [
        ('3个综保区', '3个', '综保区', None, 'A', 'E'),
        ('300万吨以上', '300万吨', '主要进口产品落地加工量新增', None, 'A', 'AL'),
    ]),
    # ---- 三（一） ----
    ('一要加快传统产业提质升级', T26, [
        ('50家', '50家', '培育先进级智能工厂', None, 'A', 'E'),
        ('90家', '90家', '新建绿色工厂', None, 'A', 'E'),
    ]),
    ('三要促进服务业优质高效发展', T26, [
        ('7个', '7个', '国家物流枢纽', None, 'A', 'E'),
        ('4个', '4个', '国家骨干冷链物流基地', None, 'A', 'E'),
    ]),
    # ---- 三（二） ----
    ('（二）大力推进创新驱动', T26, [
        ('25%', '25%', '技术合同交易额', None, 'G', 'E'),
        ('24个', '24个', '首批拔尖创新人才培养改革试点项目', None, 'A', 'E'),
    ]),
    # ---- 三（三） ----
    ('（三）更加注重内需主导', T26, [
        ('3600个左右', '3600个', '重大项目', None, 'A', 'AP'),
        ('1万亿元以上', '1万亿元', '重大项目投资', None, 'A', 'AL'),
        ('1500公里', '1500公里', '新开工高速公路和国省干线', None, 'A', 'E'),
        ('5000公里', '5000公里', '新改建农村公路', None, 'A', 'E'),
        ('13条', '13条', '河流治理', None, 'A', 'E'),
        ('300条', '300条', '中型以上侵蚀沟治理', None, 'A', 'E'),
    ]),
    # ---- 三（四） ----
    ('（四）持续深化改革攻坚', T26, [
        ('20个', '20个', '推出“高效办成一件事”重点事项', None, 'A', 'E'),
    ]),
    # ---- 三（七） ----
    ('（七）始终坚持民生为大', T26, [
        ('95%以上', '95%', '基本养老、医疗保险参保率', None, 'R', 'AL'),
        ('40万人次', '40万人次', '职业技能培训', None, 'A', 'E'),
        ('500个', '500个', '新建“家门口”就业服务站', None, 'A', 'E'),
        ('4000人', '4000人', '新增退役军人就业', None, 'A', 'E'),
        ('6500人', '6500人', '新增残疾人就业', None, 'A', 'E'),
        ('5000个', '5000个', '增加普通高中招生计划', None, 'A', 'E'),
        ('20个', '20个', '完善提升县乡村三级养老服务网络', None, 'A', 'E'),
        ('93%以上', '93%', '普惠性幼儿园覆盖率', None, 'R', 'AL'),
        ('90%以上', '90%', '12345热线群众诉求满意率', None, 'R', 'AL'),
    ]),
    # ========== annex: 2026年自治区民生实事 (2026, target) ==========
    ('1.通过“以工代赈”', T26, [
        ('20亿元以上', '20亿元', '发放“三北”工程、高标准农田建设劳务报酬', None, 'A', 'AL'),
    ]),
    ('2.实现城镇新增就业', T26, [
        ('18万人以上', '18万人', '城镇新增就业', JOBS, 'A', 'AL'),
        ('50万个以上', '50万个', '发布就业岗位', None, 'A', 'AL'),
        ('4.5万个', '4.5万个', '释放政策性岗位', None, 'A', 'E'),
        ('40万人次', '40万人次', '职业技能培训', None, 'A', 'E'),
    ]),
    ('3.将学生意外伤害', T26, [
        ('5元', '5元', '学生意外伤害责任保险保费', None, 'A', 'E'),
        ('10元', '10元', '学生意外伤害责任保险保费', None, 'A', 'E'),
        ('5000个', '5000个', '增加普通高中招生计划', None, 'A', 'E'),
    ]),
    ('4.为全区低收入', T26, [
        ('2000例', '2000例', '白内障患者免费手术', None, 'A', 'E'),   # R-I8: 为-phrase's beneficiary class and 实施 go (yantai R12)
        ('1万元', '1万元', '“两癌”患病妇女每人救助', None, 'A', 'E'),
    ]),
    ('5.完善提升', T26, [
        ('20个', '20个', '完善提升县乡村三级养老服务网络', None, 'A', 'E'),
        ('7000张', '7000张', '建成家庭养老床位', None, 'A', 'E'),
    ]),
    ('7.实施公路安全', T26, [
        ('1500公里', '1500公里', '公路安全生命防护工程', None, 'A', 'E'),
    ]),
    ('8.实现城乡法律援助', T26, [
        ('93%以上', '93%', '申诉求决类初次信访事项一次性化解率', None, 'R', 'AL'),
    ]),
    ('10.发放城镇住房', T26, [
        ('1.6万户', '1.6万户', '发放城镇住房保障家庭租赁补贴', None, 'A', 'E'),
        ('500部以上', '500部', '加装、更新住宅电梯', None, 'A', 'AL'),
    ]),
]
MEASURE_CODE = {'A': 'amount', 'G': 'growth_rate', 'AG': 'avg_growth_rate', 'R': 'ratio'}
QUAL_CODE = {'E': 'exact', 'AP': 'approx', 'AL': 'at_least', 'AM': 'at_most'}

QUAL_WORDS_AFTER = {'以上': 'at_least', '左右': 'approx', '以内': 'at_most', '以下': 'at_most'}
QUAL_WORDS_BEFORE = {'突破': 'at_least', '超过': 'at_least', '超': 'at_least', '逾': 'at_least',
                     '迈上': 'at_least', '不低于': 'at_least', '不少于': 'at_least',
                     '约': 'approx', '近': 'approx', '不超过': 'at_most'}
GROWTH_WORDS = ('增长', '增速', '增幅', '涨幅', '上涨', '提高', '提升')
DECREASE_WORDS = ('下降', '减少', '降低', '精简', '压减', '缩减', '削减', '压缩')


def parse_surface(surface):
    """-> (value Decimal, unit as written without 余/多, multiplier word or '', written base unit,
    approximate marker 余/多 or '')"""
    m = re.match(r'^([0-9]+(?:\.[0-9]+)?)(余|多)?(万亿|万|亿)?(余|多)?(.*)$', surface)
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
        assert not (surface[-1].isdigit() and en < N and text[en].isdigit()), surface
        measure = MEASURE_CODE[mcode]
        qual = QUAL_CODE[qcode]
        value, unit, mult, wbase, approx_mark = parse_surface(surface)
        unit_base, factor, dim = BASE_UNITS[wbase]
        mult_f = dict(MULT)[mult] if mult else 1
        vb = value * mult_f * factor
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
# record: (anchor, written span text, name (None = same as written), action, stage[, per])
PRJ_BLOCKS = [
    # ========== section 1: the “十四五” paragraphs (2021–2025, actual) ==========
    ('——这五年高质量发展稳步推进', F5, [
        ('集大原高铁', '集大原高铁', None, '开通运行', 'completed'),
        ('包银高铁开通运行', '包银高铁', None, '开通运行', 'completed'),
        ('赤大白铁路', '赤大白铁路', None, '开行旅客列车', 'completed'),
        ('东中西高速公路大通道', '东中西高速公路大通道', None, '全线贯通', 'completed'),
        ('沿边331国道', '沿边331国道', None, '全线贯通', 'completed'),
        ('4F级盛乐国际机场', '盛乐国际机场', None, '通过行业验收', 'completed'),
        # the head 电网主网架 is shared by both (和): each name completed with it
        ('蒙东“七横一纵”', '蒙东“七横一纵”', '蒙东“七横一纵”电网主网架', '建成', 'completed'),
        ('蒙西“四横六纵”电网主网架', '蒙西“四横六纵”电网主网架', None, '建成', 'completed'),
        ('引绰济辽工程', '引绰济辽工程', None, '实现全线通水', 'completed'),
    ]),
    ('——这五年生态安全屏障进一步夯实', F5, [
        ('“三北”工程', '“三北”工程', None, '全力打好', None),
    ]),
    # R-P2: 偏远农牧户电网延伸和新能源通电升级改造工程 (——这五年民生福祉…) is no row: a 工程 named
    # only by category words, a long description (README programmes rule: 4 to 6 characters).
    # ========== plan (2026, target) ==========
    ('（一）坚持生态优先', T26, [
        ('“三北”工程', '“三北”工程', None, '打好', None),
        ('贺兰山至阴山段沿黄岸线180公里流沙系统治理', '贺兰山至阴山段沿黄岸线180公里流沙系统治理',
         None, '重点推进', 'ongoing'),
        # items naming only a place take the shared head (README 习水县、桐梓县等垃圾焚烧发电项目)
        ('包头、', '包头', '包头国家历史遗留废弃矿山生态修复示范工程', '实施', 'ongoing'),
        ('阿拉善等6个', '阿拉善', '阿拉善国家历史遗留废弃矿山生态修复示范工程', '实施', 'ongoing'),
    ]),
    ('（三）大力发展现代能源经济', T26, [
        ('阿拉善至蒙中地区特高压柔性直流输电线路', '阿拉善至蒙中地区特高压柔性直流输电线路', None,
         '启动论证', 'planned'),
    ]),
    ('（四）加快农牧业转型发展', T26, [
        ('“种芯”工程', '“种芯”工程', None, '实施', 'ongoing'),
        ('蒙东作物种质资源库', '蒙东作物种质资源库', None, '建设', 'ongoing'),
    ]),
    ('（五）以创建中国', T26, [
        # 等重点口岸提升工程: a graded kind completes the bare place items without its grade
        ('实施满洲里、', '满洲里', '满洲里口岸提升工程', '实施', 'ongoing'),
        ('、二连浩特、甘其毛都、策克', '二连浩特', '二连浩特口岸提升工程', '实施', 'ongoing'),
        ('、甘其毛都、策克', '甘其毛都', '甘其毛都口岸提升工程', '实施', 'ongoing'),
        ('、策克、', '策克', '策克口岸提升工程', '实施', 'ongoing'),
        ('、满都拉等', '满都拉', '满都拉口岸提升工程', '实施', 'ongoing'),
        ('满洲里产业协作园区', '满洲里产业协作园区', None, '加快建设', 'ongoing'),
        ('甘其毛都跨境铁路', '甘其毛都跨境铁路', None, '协调推进建设', 'ongoing'),   # R-P6: the predicate after 等…设施 stays
        ('二连浩特公路口岸货运第二通道', '二连浩特公路口岸货运第二通道', None, '协调推进建设', 'ongoing'),
    ]),
    ('二要培育壮大新兴产业和未来产业', T26, [
        ('包头氢能装备制造产业园', '包头氢能装备制造产业园', None, '建设', 'ongoing'),
    ]),
    ('三要促进服务业优质高效发展', T26, [
        ('盛乐空港国际物流园', '盛乐空港国际物流园', None, '推进建设', 'ongoing'),
    ]),
    ('（三）更加注重内需主导', T26, [
        ('包银高铁银川至巴彦浩特支线', '包银高铁银川至巴彦浩特支线', None, '建成', 'completed'),
        ('太子城至锡林浩特铁路', '太子城至锡林浩特铁路', None, '建成', 'completed'),
        ('集通铁路动车改造工程', '集通铁路动车改造工程', None, '完成', 'completed'),
        ('临河至哈密铁路', '临河至哈密铁路', None, '加快建设', 'ongoing'),
        ('乌兰浩特至阿尔山铁路', '乌兰浩特至阿尔山铁路', None, '加快建设', 'ongoing'),
        ('富裕至加格达奇铁路', '富裕至加格达奇铁路', None, '加快建设', 'ongoing'),
        ('包鄂榆高铁', '包鄂榆高铁', None, '开工建设', 'started'),
        ('呼包高铁', '呼包高铁', '呼包高铁开行动车改造工程', '推进前期工作', 'planned'),   # R-P5: the shared work is written onto both lines
        ('滨洲铁路（齐海满段）开行动车改造工程', '滨洲铁路（齐海满段）开行动车改造工程', None,
         '推进前期工作', 'planned'),
        ('做好盛乐国际机场', '盛乐国际机场', None, '做好转场投运工作', 'completed'),
        # 建成引绰济辽及二期工程: 引绰济辽 takes 工程; the phase borrows its owner (海康威视三期)
        ('建成引绰济辽', '引绰济辽', '引绰济辽工程', '建成', 'completed'),
        ('及二期工程', '二期工程', '引绰济辽二期工程', '建成', 'completed'),
        ('河套灌区现代化改造', '河套灌区现代化改造', None, '开工建设', 'started'),
        ('乌布林水库', '乌布林水库', None, '开工建设', 'started'),
        ('黄河内蒙古段河道治理工程', '黄河内蒙古段河道治理工程', None, '实施', 'ongoing'),
        ('大黑河', '大黑河', None, '开展治理', None),
        ('美岱沟', '美岱沟', None, '开展治理', None),
    ]),
    ('（六）繁荣发展社会主义文化', T26, [
        ('哈民考古遗址公园', '哈民考古遗址公园', None, '推动建设', 'ongoing'),
        ('大窑遗址公园', '大窑遗址公园', None, '推动提档升级', 'ongoing'),   # R-P7: 推动 kept as for 哈民 (推动建设), and decides the stage
        # 长城、黄河国家文化公园: the bare place item takes the shared head
        ('推进长城、', '长城', '长城国家文化公园', '推进建设', 'ongoing'),
        ('黄河国家文化公园', '黄河国家文化公园', None, '推进建设', 'ongoing'),
    ]),
    ('（七）始终坚持民生为大', T26, [
        ('城乡居民增收工程', '城乡居民增收工程', None, '实施', 'ongoing'),
        ('稳岗扩容提质工程', '稳岗扩容提质工程', None, '实施', 'ongoing'),
        ('道路交通畅行工程', '道路交通畅行工程', None, '实施', 'ongoing'),
    ]),
    ('7.实施公路安全', T26, [
        ('公路安全生命防护工程', '公路安全生命防护工程', None, '实施', 'ongoing'),
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



# ---------------------------------------------------------------------------
# Documents
# ---------------------------------------------------------------------------
HEADER = text[:BODY_START]
assert '\n2026年内蒙古自治区政府工作报告\n' in HEADER
assert '\n——2026年2月4日在内蒙古自治区第十四届人民代表大会第五次会议上\n' in HEADER
assert '\n来源：内蒙古日报\n' in HEADER        # a newspaper, no address: source_url null
assert '\n自治区人民政府主席 包钢\n' in HEADER
documents = [dict(
    doc_id=DOC_ID, source_path=SOURCE_PATH,
    title='2026年内蒙古自治区政府工作报告',   # the first title line as written (README: keeps its year)
    source_url=None,
    region='内蒙古自治区', admin_level='province',
    report_year=REPORT_YEAR, delivered_on='2026-02-04',
    meeting='内蒙古自治区第十四届人民代表大会第五次会议',
    speaker='包钢', speaker_title='主席')]

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
    for m in re.finditer(r'[0-9]+(?:\.[0-9]+)?', text[BODY_START:BODY_END]):
        p = BODY_START + m.start()
        if not covered(p):
            out.append((p, m.group(), text[max(0, p - 12):p + 14].replace('\n', '⏎')))
    return out



# The uncovered digit runs, each an exclusion listed in NOTES.md
EXPECTED_UNCOVERED = [
    '2025',                    # part heading “十四五”时期发展成就和2025年工作回顾
    '2023', '6',               # 2023年6月: date
    '8',                       # 人均GDP进入全国前8位: rank
    '9',                       # 打破9年无企业上市局面: time span
    '21',                      # 连续21年居全国首位: streak
    '5',                       # 居全国第5位: rank
    '20',                      # 升至全国第20位: rank
    '331',                     # 沿边331国道: a name
    '4',                       # 4F级: a grade
    '220',                     # 220千伏及以上输电线路: threshold naming the class
    '5',                       # 5G基站: a name
    '6',                       # 连续6年保持Ⅱ类: streak
    '9',                       # 居全国第9位: rank
    '3',                       # 3岁以下婴幼儿: threshold naming the class
    '5',                       # 5年过渡期任务: time span in a name
    '5',                       # 5A级景区: a grade
    '2025',                    # 刚刚过去的2025年: date
    '4',                       # 第4个千亿级农牧产业: ordinal
    '2026',                    # part heading …2026年重点工作
    '2035',                    # 到2035年: date
    '1571', '1571',            # “1571”工作部署: a name
    '2026',                    # 2026年政府工作
    '1571',                    # “1571”工作部署
    '2026',                    # 2026年全国生态日: date
    '500',                     # 500千伏输变电工程: a grade (voltage class)
    '5', '18',                 # “5·18国际博物馆日”: date / name
    '5',                       # 国家5A级景区: a grade
    '12345',                   # 12345热线: a name
    '2026',                    # annex title 2026年自治区民生实事
    '1', '2', '3', '4', '5', '6', '7', '8',   # annex item numbers 1.–8.
    '7', '24',                 # “7×24小时”全年无休: a service's name
    '9', '10',                 # annex item numbers 9., 10.
]
if EXPECTED_UNCOVERED is not None:
    assert [d for _, d, _ in uncovered_digits()] == EXPECTED_UNCOVERED, uncovered_digits()

if __name__ == '__main__':
    print({'n_chars': N, **{nm: len(v) for nm, v in back.items()}})
    if '-s' in sys.argv:
        from collections import Counter
        ci = Counter(int(r['section_id']) for r in back['indicators'])
        cp = Counter(int(r['section_id']) for r in back['projects'])
        for s_ in sections:
            print(s_['section_id'], s_['level'], (s_['marker'] or '') + s_['heading'],
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
