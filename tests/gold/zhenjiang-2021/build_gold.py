#!/usr/bin/env python3
"""Hand-checked blind gold annotation of raw/lawtext-sample/city/镇江市/2021.md.

Reconciled gold: merged from two independent blind annotations (A and B); this script is A's,
with the reconciliation decisions of NOTES.md ("Reconciliation") applied.

Standard library only.  Regenerates indicators.csv, projects.csv and documents.csv in this
folder.  Run `python3 build_gold.py` (add `-v` to print every row with its sentence).

The source is a Markdown file: YAML front matter (title only), then the plain-text report.
Offsets count code points of the whole decoded file (BOM removed, nothing else changed),
front matter included.  The front matter and the header (date line, speaker) yield no rows.

Every annotation is written by hand: the exact surface (or written name) plus an *anchor*, a
longer string that occurs exactly once in the text and contains the surface.  Offsets are
found with str.find and checked (text[char_start:char_end] == surface).  The section outline
(needed for section_id) is written by hand as well.

Blind: written from the text, DATASET.md and the earlier golds' NOTES only; gwr was not run
and no gwr output was read, neither by the annotators nor in the reconciliation.
"""
import csv
import os
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
PATH_IN_RAW = 'lawtext-sample/city/镇江市/2021.md'
SRC = os.environ.get('GWR_SRC') or os.path.normpath(
    os.path.join(HERE, '..', '..', '..', 'raw', *PATH_IN_RAW.split('/')))
DOC_ID = 'lawtext-sample/city/镇江市/2021'
SOURCE_PATH = 'lawtext-sample/city/镇江市/2021.md'
REPORT_YEAR = 2021

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
# Front matter
# ---------------------------------------------------------------------------
assert text.startswith('---\n')
FM_END = text.find('\n---\n', 3) + len('\n---\n')
assert FM_END > 5
front = dict(l.split(':', 1) for l in text[4:FM_END - 5].split('\n') if ':' in l)
front = {k.strip(): v.strip() for k, v in front.items()}

# ---------------------------------------------------------------------------
# Sections.  The report's three parts are plain (un-numbered, un-bolded) title lines; they
# name parts of the report, so they are level-1 sections.  Part 1 and part 3 have
# （一）…（六） (level 2, heading = text up to the first 。); part 2 has 1．…5． (level 3,
# directly under the level-1 part).  A section runs to the next heading of the same or a
# higher level (DATASET.md), trailing line breaks excluded.  一是/二是…, the lead sentences
# (优化生产力布局。…) and the ——“十四五”时期发展主要目标。 heads are paragraph heads.
# ---------------------------------------------------------------------------
HEADINGS = [  # (level, marker, anchor at line start)
    (1, '', '打赢收官战，全面建成小康社会胜利在望'),
    (2, '（一）', '（一）决胜大疫大汛考验'),
    (2, '（二）', '（二）高举产业强市大旗'),
    (2, '（三）', '（三）补齐短板弱项'),
    (2, '（四）', '（四）统筹城乡区域发展'),
    (2, '（五）', '（五）深化改革开放'),
    (2, '（六）', '（六）增进民生福祉'),
    (1, '', '开启新征程，“十四五”宏伟目标催人奋进'),
    (3, '1．', '1．紧扣“双循环”'),
    (3, '2．', '2．紧扣“高质量”'),
    (3, '3．', '3．紧扣“高品质”'),
    (3, '4．', '4．紧扣“高效能”'),
    (3, '5．', '5．紧扣“一体化”'),
    (1, '', '奋战起步年，新征程新开局蹄疾步稳'),
    (2, '（一）', '（一）培育壮大新兴动能'),
    (2, '（二）', '（二）整体推进改革开放'),
    (2, '（三）', '（三）保护修复生态环境'),
    (2, '（四）', '（四）全面推进乡村振兴'),
    (2, '（五）', '（五）保障改善民生'),
    (2, '（六）', '（六）加强自身建设'),
]
sections = []
for k, (lvl, marker, a) in enumerate(HEADINGS):
    st = find_unique(a)
    assert text[st - 1] == '\n', a
    if lvl == 1:
        heading = text[st:para_end(st)].strip()
    else:
        body = text[st + len(marker):para_end(st)]
        heading = body.split('。', 1)[0]
    sections.append(dict(section_id=k + 1, level=lvl, marker=marker, heading=heading,
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
# Sentences: split after 。！？； (terminator kept) and at line breaks; ** removed
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
Y20 = (2020, 2020, 'actual')    # part 1, （一）…（六）: review of 2020
R3 = (2018, 2020, 'actual')     # 老旧小区改造三年行动顺利完成，共改造… (the three-year action)
F13 = (2016, 2020, 'actual')    # 过去五年 / “十三五”期间 paragraph
F14 = (2021, 2025, 'target')    # part 2: “十四五”时期发展主要目标 / 重点任务
P21 = (2021, 2021, 'target')    # part 3: 今年 (2021) plan


def para_span(anchor):
    i = find_unique(anchor)
    assert i == 0 or text[i - 1] == '\n', anchor
    return i, para_end(i)


# ---------------------------------------------------------------------------
# Indicators
# ---------------------------------------------------------------------------
MULT = [('万亿', Decimal(10) ** 12), ('万', Decimal(10) ** 4), ('亿', Decimal(10) ** 8),
        ('千', Decimal(10) ** 3), ('百', Decimal(100))]
BASE_UNITS = {
    '%': ('%', 1, 'percent'), '％': ('%', 1, 'percent'),
    '个百分点': ('百分点', 1, 'percent'),
    '元': ('元', 1, 'currency'), '美元': ('美元', 1, 'currency'),
    '平方米': ('平方米', 1, 'area'),
    '个月': ('月', 1, 'time'),
    '人': ('人', 1, 'count'), '名': ('人', 1, 'count'), '人次': ('人次', 1, 'count'),
    '户': ('户', 1, 'count'), '家': ('家', 1, 'count'), '个': ('个', 1, 'count'),
    '项': ('项', 1, 'count'), '批': ('批', 1, 'count'), '大类': ('类', 1, 'count'),
    '位': ('位', 1, 'other'),   # only used for rank places (排名跃升17位)
}
INDICATOR_CODES = {'gdp', 'gdp_per_capita', 'industrial_output', 'industrial_value_added',
                   'fixed_asset_investment', 'retail_sales', 'disposable_income',
                   'disposable_income_urban', 'disposable_income_rural', 'energy_intensity',
                   'foreign_trade', 'foreign_investment', 'budget_revenue', 'new_urban_jobs',
                   'unemployment_rate', 'cpi', 'rd_intensity', 'good_air_days',
                   'forest_coverage', 'tourism_revenue', 'grain_output', 'deficit_ratio',
                   # extension codes of dict/indicators.tsv
                   'budget_expenditure', 'urbanization_rate', 'carbon_intensity', 'pm25',
                   'life_expectancy', 'tax_revenue', 'private_investment'}
CN_NUM = {'半': '0.5', '一': '1', '十': '10', '百': '100', '千': '1000'}

# Each block: (paragraph start anchor, (period_start, period_end, status), [records])
# record: (anchor, surface, subject, indicator, measure, qualifier[, extra])
#   measure: A=amount G=growth_rate AG=avg_growth_rate R=ratio
#   qualifier: E=exact AP=approx AL=at_least AM=at_most
#   extra: per=(start, end, status) override
IND_BLOCKS = [
    ('（一）决胜大疫大汛考验', Y20, [
        ('用不到半个月时间', '半个月', '确诊病例“零新增”用时', None, 'A', 'AM'),
        ('随后一个月内', '一个月', '确诊病例治愈清零用时', None, 'A', 'AM'),
        ('实现12名确诊病例', '12名', '治愈清零的确诊病例', None, 'A', 'E'),
        ('派出4批共77名', '4批', '派出驰援湖北医务人员', None, 'A', 'E'),
        ('4批共77名医务人员', '77名', '派出驰援湖北医务人员', None, 'A', 'E'),
        ('高质量考核68项', '68项', '省对市高质量考核绩效评价指标', None, 'A', 'E'),
        ('预计52项进入', '52项', '进入全省前十的绩效评价指标', None, 'A', 'E'),
        ('其中17项进入', '17项', '进入全省前六的绩效评价指标', None, 'A', 'E'),
        ('地区生产总值4220亿元', '4220亿元', '地区生产总值', 'gdp', 'A', 'E'),
        ('4220亿元、增长3.5%', '3.5%', '地区生产总值', 'gdp', 'G', 'E'),
        ('一般公共预算收入311.7亿元', '311.7亿元', '一般公共预算收入', 'budget_revenue', 'A', 'E'),
        ('311.7亿元、增长1.6%', '1.6%', '一般公共预算收入', 'budget_revenue', 'G', 'E'),
        ('固定资产投资1023.8亿元', '1023.8亿元', '固定资产投资', 'fixed_asset_investment', 'A', 'E'),
        ('1023.8亿元、增长3%', '3%', '固定资产投资', 'fixed_asset_investment', 'G', 'E'),
        ('分别达54572元', '54572元', '城镇居民人均可支配收入', 'disposable_income_urban', 'A', 'E'),
        ('54572元、28402元', '28402元', '农村居民人均可支配收入', 'disposable_income_rural', 'A', 'E'),
        ('28402元，增长3.5%', '3.5%', '城镇居民人均可支配收入', 'disposable_income_urban', 'G', 'E'),
        ('增长3.5%、6%', '6%', '农村居民人均可支配收入', 'disposable_income_rural', 'G', 'E'),
        ('控制在1.8%以内', '1.8%', '城镇登记失业率', 'unemployment_rate', 'R', 'AM'),
        ('组织10万人次巡堤', '10万人次', '组织巡堤', None, 'A', 'E'),
        ('5000余人抢险', '5000余人', '组织抢险', None, 'A', 'AL'),
        ('安置6099名受灾群众', '6099名', '紧急转移安置受灾群众', None, 'A', 'E'),
    ]),
    ('（二）高举产业强市大旗', Y20, [
        ('分别增长27.3%', '27.3%', '新签约亿元以上产业项目数量', None, 'G', 'E'),
        ('27.3%、64.5%', '64.5%', '新签约亿元以上产业项目总投资额', None, 'G', 'E'),
        ('30亿元以上项目9个', '9个', '30亿元以上项目', None, 'A', 'E'),
        ('当年开工率达40.6%', '40.6%', '新招引项目当年开工率', None, 'R', 'E'),
        ('新认定高新技术企业433家', '433家', '新认定高新技术企业', None, 'A', 'E'),
        ('工程技术研究中心23家', '23家', '新增省级企业工程技术研究中心', None, 'A', 'E'),
        ('企业联合创新中心11家', '11家', '新增企业联合创新中心', None, 'A', 'E'),
        ('年度纳税额突破10亿元', '10亿元', '镇江奇美化工有限公司年度纳税额', None, 'A', 'AL'),
        ('产业产值增长8.5%', '8.5%', '战略性新兴产业产值', None, 'G', 'E'),
        ('产值比重达46%', '46%', '高新技术产业产值占规上工业产值比重', None, 'R', 'E'),
        ('科技进步贡献率提升至65%', '65%', '科技进步贡献率', None, 'R', 'E'),
    ]),
    ('（三）补齐短板弱项', Y20, [
        ('首次达到100%', '100%', '国、省考断面水质优Ⅲ比例', None, 'R', 'E'),
    ]),
    ('（四）统筹城乡区域发展', Y20, [
        ('共改造162万平方米', '162万平方米', '改造老旧小区', None, 'A', 'E', {'per': R3}),
        ('惠及居民5.44万户', '5.44万户', '惠及居民', None, 'A', 'E', {'per': R3}),
        ('总投资超百亿元', '百亿元', '“万企联万村”联建项目总投资', None, 'A', 'AL'),
    ]),
    ('（五）深化改革开放', Y20, [
        ('市级权力事项391项', '391项', '新取消、下放市级权力事项', None, 'A', 'E'),
        ('百项高频政务服务事项', '百项', '实现“一件事一次办”的高频政务服务事项', None, 'A', 'E'),
        ('降低企业成本107.7亿元', '107.7亿元', '降低企业成本', None, 'A', 'E'),
        ('帮助近千家企业', '千家', '帮助修复信用的企业', None, 'A', 'AP'),
        ('同比增长12.8%', '12.8%', '新登记市场主体数量', None, 'G', 'E'),
        ('排名跃升17位', '17位', '国家级服务外包示范市排名跃升', None, 'A', 'E'),
        ('对外投资额增长104.5%', '104.5%', '对外投资额', None, 'G', 'E'),
        ('高于全省平均24.7个百分点', '24.7个百分点', '制造业利用外资占比高于全省平均', None, 'A', 'E'),
    ]),
    ('（六）增进民生福祉', Y20, [
        ('74.7%的公共财政支出', '74.7%', '公共财政支出用于民生领域', None, 'R', 'E'),
        ('民生支出增长7.3%', '7.3%', '民生支出', None, 'G', 'E'),
        ('十项民生实事', '十项', '民生实事', None, 'A', 'E'),
        ('城镇新增就业5.8万人', '5.8万人', '城镇新增就业', 'new_urban_jobs', 'A', 'E'),
        ('平均降价60%以上', '60%', '医保目录新增药品价格', None, 'G', 'AL'),
        ('公众安全感超过98%', '98%', '公众安全感', None, 'R', 'AL'),
    ]),
    ('各位代表！2020年是全面建成小康社会', F13, [
        ('地区生产总值年均增长5.7%', '5.7%', '地区生产总值', 'gdp', 'AG', 'E'),
        ('工业应税销售年均增长7.3%', '7.3%', '工业应税销售', None, 'AG', 'E'),
        ('人均地区生产总值超过13万元', '13万元', '人均地区生产总值', 'gdp_per_capita', 'A', 'AL'),
        ('70%以上的公共财政支出', '70%', '公共财政支出用于民生领域', None, 'R', 'AL'),
        ('单位GDP能耗下降19.5%', '19.5%', '单位GDP能耗', 'energy_intensity', 'G', 'E'),
    ]),
    ('——“十四五”时期发展主要目标。', F14, [
        ('共设置5大类', '5大类', '设置指标大类', None, 'A', 'E'),
        ('5大类32项指标', '32项', '设置指标', None, 'A', 'E'),
        ('年均增长6%左右', '6%', '地区生产总值', 'gdp', 'AG', 'AP'),
        ('年均增长7%左右', '7%', '研发经费投入', None, 'AG', 'AP'),
        ('比重达到48%', '48%', '高新技术产业产值占规上工业产值比重', None, 'R', 'E'),
        ('城镇化率达到75%', '75%', '常住人口城镇化率', 'urbanization_rate', 'R', 'E'),
    ]),
    ('2．紧扣“高质量”', F14, [
        ('形成4个千亿级产业集群', '4个', '千亿级产业集群', None, 'A', 'E'),
    ]),
    ('今年经济社会发展的主要预期目标是', P21, [
        ('地区生产总值增长6.5%', '6.5%', '地区生产总值', 'gdp', 'G', 'E'),
        ('一般公共预算收入增长3%', '3%', '一般公共预算收入', 'budget_revenue', 'G', 'E'),
        ('固定资产投资增长8%', '8%', '固定资产投资', 'fixed_asset_investment', 'G', 'E'),
        ('制造业投资增长10%', '10%', '制造业投资', None, 'G', 'E'),
        ('比重达到2.35%', '2.35%', '研发经费支出占GDP比重', 'rd_intensity', 'R', 'E'),
        ('企业数占比达到48%', '48%', '规上工业企业中有研发活动企业数占比', None, 'R', 'E'),
        ('规上工业增加值增长6.5%', '6.5%', '规上工业增加值', 'industrial_value_added', 'G', 'E'),
        ('社会消费品零售总额增长7%', '7%', '社会消费品零售总额', 'retail_sales', 'G', 'E'),
        ('实际利用外资达到8亿美元', '8亿美元', '实际利用外资', 'foreign_investment', 'A', 'E'),
        ('城镇新增就业5万人', '5万人', '城镇新增就业', 'new_urban_jobs', 'A', 'E'),
        ('失业率控制在3%以内', '3%', '城镇登记失业率', 'unemployment_rate', 'R', 'AM'),
        ('涨幅控制在3.5%以内', '3.5%', '居民消费价格', 'cpi', 'G', 'AM'),
    ]),
    ('优化生产力布局。', P21, [
        ('新签约亿元以上项目248个', '248个', '新签约亿元以上项目', None, 'A', 'E'),
        ('总投资达到1200亿元', '1200亿元', '新签约亿元以上项目总投资', None, 'A', 'E'),
        ('当年投资额增长40%以上', '40%', '市重点产业项目当年投资额', None, 'G', 'AL'),
        ('当年签约项目开工率超过35%', '35%', '当年签约项目开工率', None, 'R', 'AL'),
    ]),
    ('推进产业转型升级。', P21, [
        ('“专精特新”企业6家', '6家', '新增省级以上“专精特新”企业', None, 'A', 'E'),
        ('新增挂牌上市企业20家', '20家', '新增挂牌上市企业', None, 'A', 'E'),
        ('软件和信息服务业收入增长8%', '8%', '软件和信息服务业收入', None, 'G', 'E'),
        ('旅游总收入超过1000亿元', '1000亿元', '旅游总收入', 'tourism_revenue', 'A', 'AL'),
    ]),
    ('强化科技战略支撑。', P21, [
        ('科技项目200项以上', '200项', '入围省级以上科技项目', None, 'A', 'AL'),
        ('认定高新技术企业350家', '350家', '认定高新技术企业', None, 'A', 'E'),
    ]),
    ('更实举措推进作风效能建设。', P21, [
        ('审批时限压缩50%', '50%', '审批时限', None, 'G', 'E'),
        ('即办件率达到30%', '30%', '即办件率', None, 'R', 'E'),
    ]),
]

MEASURE_CODE = {'A': 'amount', 'G': 'growth_rate', 'AG': 'avg_growth_rate', 'R': 'ratio'}
QUAL_CODE = {'E': 'exact', 'AP': 'approx', 'AL': 'at_least', 'AM': 'at_most'}

QUAL_WORDS_AFTER = {'以上': 'at_least', '左右': 'approx', '以内': 'at_most', '以下': 'at_most',
                    '内': 'at_most'}
QUAL_WORDS_BEFORE = {'突破': 'at_least', '超过': 'at_least', '超': 'at_least', '逾': 'at_least',
                     '迈上': 'at_least', '不低于': 'at_least', '约': 'approx', '近': 'approx',
                     '不超过': 'at_most', '低于': 'at_most', '不到': 'at_most'}
GAP_COMPARISON = ('高于全省平均',)
GROWTH_WORDS = ('增长', '增速', '增幅', '涨幅', '提高', '提升')
DECREASE_WORDS = ('下降', '减少', '降低', '精简', '压减', '缩减', '降价', '压缩')


def parse_surface(surface):
    """-> (value Decimal, unit, mult word or '', written base unit, has_yu)"""
    i = 0
    while i < len(surface) and (surface[i].isdigit() or surface[i] == '.'):
        i += 1
    num = surface[:i]
    rest = surface[i:]
    if num == '':
        # a Chinese numeral (百项, 十项, 千家, 半个月, 一个月, 百亿元): the numeral is the value,
        # not a multiplier
        assert rest[0] in CN_NUM, surface
        num = CN_NUM[rest[0]]
        rest = rest[1:]
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
        a = find_unique(anchor)
        off = anchor.find(surface)
        assert off >= 0, (anchor, surface)
        assert anchor.find(surface, off + 1) < 0, ('surface twice in anchor', anchor)
        st = a + off
        en = st + len(surface)
        assert text[st:en] == surface
        assert ps <= st < en <= pe, ('mention outside its paragraph', surface, anchor_para)
        assert BODY_START <= st and en <= BODY_END
        assert not text[st - 1].isdigit() and text[st - 1] != '.', surface
        value, unit, mult, wbase, has_yu = parse_surface(surface)
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
        if any(text[:st].endswith(w) for w in GAP_COMPARISON):
            auto = 'exact'
        if has_yu:
            auto = 'at_least'
        assert auto == qual, ('qualifier mismatch', surface, anchor, auto, qual)
        if measure in ('growth_rate', 'avg_growth_rate'):
            s0, _ = sentence_bounds(st, en)
            before = text[s0:st]
            best = None
            for w in GROWTH_WORDS + DECREASE_WORDS:
                j = before.rfind(w)
                if j >= 0 and (best is None or j + len(w) > best[0]):
                    best = (j + len(w), w)
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
    ('（二）高举产业强市大旗', Y20, [
        ('润州的阿里和润数字产业园', '阿里和润数字产业园', None, '落地', None),
        ('京口的微软数字经济创新中心', '微软数字经济创新中心', None, '落地', None),
        ('国药医疗器械产业（丹阳）基地', '国药医疗器械产业（丹阳）基地', None, '开工建设', 'started'),
        ('蜂巢易创产业园正式投产', '蜂巢易创产业园', None, '正式投产', 'completed'),
    ]),
    ('（四）统筹城乡区域发展', Y20, [
        ('连淮扬镇铁路镇江段', '连淮扬镇铁路镇江段', None, '建成通车', 'completed'),
        ('、五峰山大桥建成通车', '五峰山大桥', None, '建成通车', 'completed'),
        ('大港南站投入运营', '大港南站', None, '投入运营', 'completed'),
        ('丹徒站综合枢纽建成', '丹徒站综合枢纽', None, '建成', 'completed'),
        ('谷阳路及跨铁路桥', '谷阳路及跨铁路桥', None, '通车在即', 'ongoing'),
        ('双井路、', '双井路', None, '扩容贯通', 'completed'),
        ('、宗泽路等', '宗泽路', None, '扩容贯通', 'completed'),
    ]),
    ('推动区域一体发展。', P21, [
        ('312国道宁镇段快速化改造', '312国道宁镇段快速化改造', None, '开工建设', 'started'),
        ('346国道城区段城市化改造项目', '346国道城区段城市化改造项目', None, '开工建设', 'started'),
        ('推进南沿江高铁、', '南沿江高铁', None, '推进建设', 'ongoing'),
        ('宁句城际轨道交通等工程', '宁句城际轨道交通', None, '推进建设', 'ongoing'),
        ('江宜高速镇江段建成通车', '江宜高速镇江段', None, '建成通车', 'completed'),
        ('扬镇宁马城际铁路项目', '扬镇宁马城际铁路项目', None, '加快准备', 'planned'),
    ]),
    ('推动生产方式绿色转型。', P21, [
        ('实施绿色制造节能工程', '绿色制造节能工程', None, '实施', 'ongoing'),
    ]),
    ('慎终如始防控疫情。', P21, [
        ('市传染病医院应急病房楼和示范发热门诊', '市传染病医院应急病房楼和示范发热门诊', None,
         '建设', 'ongoing'),
    ]),
]
STAGES = {'planned', 'started', 'ongoing', 'completed', None}

projects = []
for anchor_para, per, recs in PRJ_BLOCKS:
    ps, pe = para_span(anchor_para)
    for anchor, written, name, action, stage in recs:
        a = find_unique(anchor)
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
for p in projects:  # no quantity row lies inside a project name in this report
    for r in indicators:
        assert not (p['char_start'] <= r['char_start'] < p['char_end']), (p['name'], r['surface'])

# ---------------------------------------------------------------------------
# Document row
# ---------------------------------------------------------------------------
title_fm = front['title']
assert title_fm == '镇江市政府工作报告（2021年1月19日 徐曙海）'
documents = [dict(
    doc_id=DOC_ID, source_path=SOURCE_PATH,
    title=title_fm.split('（', 1)[0],          # date and speaker in brackets are not the title
    source_url=front.get('source') or None,    # the front matter has no source
    region='镇江市', admin_level='prefecture', report_year=REPORT_YEAR,
    delivered_on='2021-01-19', meeting='镇江市第八届人民代表大会第六次会议',
    speaker='徐曙海', speaker_title='市长')]
assert '——2021年1月19日在镇江市第八届人民代表大会第六次会议上' in text
assert '镇江市人民政府市长 徐曙海' in text

# ---------------------------------------------------------------------------
# Write CSVs
# ---------------------------------------------------------------------------
COLS = {
    'indicators': ['doc_id', 'mention_id', 'char_start', 'char_end', 'surface', 'section_id',
                   'sentence', 'subject', 'indicator', 'measure', 'value', 'unit', 'value_base',
                   'unit_base', 'dimension', 'qualifier', 'period_start', 'period_end', 'status'],
    'projects': ['doc_id', 'project_id', 'name', 'char_start', 'char_end', 'section_id',
                 'sentence', 'action', 'stage', 'status', 'period_start', 'period_end'],
    'documents': ['doc_id', 'source_path', 'title', 'source_url', 'region', 'admin_level',
                  'report_year', 'delivered_on', 'meeting', 'speaker', 'speaker_title'],
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


for nm, rows in [('indicators', indicators), ('projects', projects), ('documents', documents)]:
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
for r in back['projects']:
    assert text[int(r['char_start']):int(r['char_end'])] == r['name'], r
assert [int(r['mention_id']) for r in back['indicators']] == list(range(1, len(indicators) + 1))
assert [int(r['project_id']) for r in back['projects']] == list(range(1, len(projects) + 1))
assert [int(r['char_start']) for r in back['indicators']] == sorted(
    int(r['char_start']) for r in back['indicators'])
assert [int(r['char_start']) for r in back['projects']] == sorted(
    int(r['char_start']) for r in back['projects'])
assert len(back['documents']) == 1

if __name__ == '__main__':
    print({'n_chars': N, **{nm: len(v) for nm, v in back.items()}})
    if '-v' in sys.argv:
        for s_ in sections:
            print('S%d L%d %s%s [%d,%d)' % (s_['section_id'], s_['level'], s_['marker'],
                                            s_['heading'], s_['char_start'], s_['char_end']))
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
