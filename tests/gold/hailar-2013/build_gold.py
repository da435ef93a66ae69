#!/usr/bin/env python3
"""Hand-checked gold annotation of 海拉尔区政府工作报告-2013.txt (indicators, projects).

Standard library only.  Regenerates indicators.csv and projects.csv in this
folder (the other tables are not annotated for this report).

Every annotation below is written by hand: the exact surface (or written
name) plus an *anchor*, a longer string that occurs exactly once in the
text and contains the surface.  Offsets are then found with str.find and
checked (text[char_start:char_end] == surface).  The file is GBK with CRLF
line ends; offsets are code points of the decoded text (CRLF counts 2).
"""
import csv
import os
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.normpath(os.path.join(HERE, '..', '..', '..', 'raw', 'hailar', '海拉尔区政府工作报告-2013.txt'))
DOC_ID = 'hailar/海拉尔区政府工作报告-2013'  # path under raw/ without extension (the contract's doc_id)

raw = open(SRC, 'rb').read()
text = raw.decode('gb18030')
if text.startswith('\ufeff'):
    text = text[1:]
N = len(text)
assert N == 8472, N  # CRLF kept: 45 lines end in \r\n


def find_unique(s, start=0, end=None):
    end = N if end is None else end
    i = text.find(s, start, end)
    assert i >= 0, 'not found: %r' % s
    j = text.find(s, i + 1, end)
    assert j < 0, 'anchor not unique: %r (at %d and %d)' % (s, i, j)
    return i


def rstrip_end(end):
    while end > 0 and text[end - 1] in ' \t\r\n\u3000':
        end -= 1
    return end


# ---------------------------------------------------------------------------
# Sections (only to give each row its innermost section_id)
#   1 一、过去一年工作回顾           (the review of 2012)
#   2 二、2013年工作安排             (the 2013 plan)
#   3-6 （一）…（四） inside section 2, each running to the next （N）
# ---------------------------------------------------------------------------
L1 = ['一、过去一年工作回顾', '二、2013年工作安排']
L2 = ['（一）加快产业发展', '（二）坚持城乡统筹发展', '（三）切实加强社会建设', '（四）全面加强新形势下']
l1 = [find_unique(a) for a in L1]
l2 = [find_unique(a) for a in L2]
sections = [
    dict(section_id=1, level=1, char_start=l1[0], char_end=rstrip_end(l1[1])),
    dict(section_id=2, level=1, char_start=l1[1], char_end=rstrip_end(N)),
]
for k, st in enumerate(l2):
    en = rstrip_end(l2[k + 1]) if k + 1 < len(l2) else rstrip_end(N)
    sections.append(dict(section_id=3 + k, level=2, char_start=st, char_end=en))


def section_of(pos):
    best = None
    for s_ in sections:
        if s_['char_start'] <= pos < s_['char_end']:
            if best is None or s_['level'] > best['level']:
                best = s_
    assert best is not None, pos
    return best['section_id']


# ---------------------------------------------------------------------------
# Sentences: split at 。！？； (terminator kept) and at line breaks
# ---------------------------------------------------------------------------
TERM = '。！？；'


def sentence_of(a, b):
    st = a
    while st > 0 and text[st - 1] not in TERM + '\n':
        st -= 1
    en = b
    while en < N and text[en] not in TERM + '\n':
        en += 1
    if en < N and text[en] in TERM:
        en += 1
    return text[st:en].strip()


# ---------------------------------------------------------------------------
# Periods / status per paragraph (line)
# ---------------------------------------------------------------------------
R12 = (2012, 2012, 'actual')   # 一、过去一年工作回顾 (2012年，…)
T13 = (2013, 2013, 'target')   # 二、2013年工作安排


def para_span(anchor):
    """the line that contains anchor (anchor is the start of the line's text)"""
    i = find_unique(anchor)
    s = text.rfind('\n', 0, i) + 1
    assert text[s:i].strip('\u3000 ') == '', anchor
    e = text.find('\n', i)
    return s, (N if e < 0 else e)


# ---------------------------------------------------------------------------
# Indicators
# ---------------------------------------------------------------------------
MULT = {'万': Decimal(10) ** 4, '亿': Decimal(10) ** 8}
BASE_UNITS = {  # unit_base -> dimension
    '%': 'percent', '元': 'currency', '平方米': 'area', '亩': 'area', '公里': 'length',
    '吨': 'mass', '千瓦': 'energy', '人': 'count', '人次': 'count', '户': 'count',
    '家': 'count', '个': 'count', '所': 'count', '条': 'count', '件': 'count', '栋': 'count',
    '台': 'count', '套': 'count', '张': 'count', '头只': 'count',
}
# counters written differently from their canonical unit_base
CANON = {'名': '人'}
CN_DIGITS = {'一': 1, '两': 2, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
INDICATOR_CODES = {'gdp', 'gdp_per_capita', 'industrial_output', 'industrial_value_added',
                   'fixed_asset_investment', 'retail_sales', 'disposable_income',
                   'disposable_income_urban', 'disposable_income_rural', 'energy_intensity',
                   'foreign_trade', 'foreign_investment', 'budget_revenue', 'new_urban_jobs',
                   'unemployment_rate', 'cpi', 'rd_intensity', 'good_air_days',
                   'forest_coverage', 'tourism_revenue', 'grain_output', 'deficit_ratio'}

# Each block: (paragraph start anchor, (period_start, period_end, status), [records])
# record: (anchor, surface, subject, indicator, measure, qualifier[, 'force'])
#   measure: A=amount G=growth_rate AG=avg_growth_rate R=ratio
#   qualifier: E=exact AP=approx AL=at_least AM=at_most
#   'force': the qualifier differs from the words right next to the span (checked by hand)
IND_BLOCKS = [
    ('经济实力明显增强。', R12, [
        ('生产总值完成235.2亿元', '235.2亿元', '地区生产总值', 'gdp', 'A', 'E'),
        ('同比增长18.5%', '18.5%', '地区生产总值', 'gdp', 'G', 'E'),
        ('总收入完成20.67亿元', '20.67亿元', '地方财政总收入', None, 'A', 'E'),
        ('同比增长28.8%', '28.8%', '地方财政总收入', None, 'G', 'E'),
        ('零售总额完成97.9亿元', '97.9亿元', '社会消费品零售总额', 'retail_sales', 'A', 'E'),
        ('同比增长16.2%', '16.2%', '社会消费品零售总额', 'retail_sales', 'G', 'E'),
        ('营业面积12万平方米', '12万平方米', '新增商业营业面积', None, 'A', 'E'),
        ('金融机构达到36家', '36家', '驻海金融机构', None, 'A', 'E'),
        ('星级酒店达到16家', '16家', '星级酒店', None, 'A', 'E'),
        ('接待床位达到2.5万张', '2.5万张', '接待床位', None, 'A', 'E'),
        ('游客突破370万人次', '370万人次', '接待国内外游客', None, 'A', 'AL'),
        ('旅游收入达到38亿元', '38亿元', '旅游收入', 'tourism_revenue', 'A', 'E'),
        ('吞吐量突破100万人次', '100万人次', '海拉尔机场年旅客吞吐量', None, 'A', 'AL'),
        ('航线达到34条', '34条', '国内、国际航线', None, 'A', 'E'),
        ('工业企业达54家', '54家', '规模以上工业企业', None, 'A', 'E'),
        ('总产值完成137.8亿元', '137.8亿元', '规模以上工业总产值', 'industrial_output', 'A', 'E'),
        ('重点工业项目34个', '34个', '重点工业项目', None, 'A', 'E'),
        ('大唐700万吨露天煤矿', '700万吨', '大唐露天煤矿', None, 'A', 'E'),
        ('、400万吨褐煤提质、', '400万吨', '褐煤提质', None, 'A', 'E'),
        ('、5万千瓦风电、东电', '5万千瓦', '风电', None, 'A', 'E'),
        ('2×35万千瓦热电联产、华润', '35万千瓦', '东电热电联产', None, 'A', 'E'),
        ('播种面积44.1万亩', '44.1万亩', '农作物播种面积', None, 'A', 'E'),
        ('牲畜存栏14万头只', '14万头只', '牧业年度牲畜存栏', None, 'A', 'E'),
        ('发展到22家', '22家', '产业化龙头企业', None, 'A', 'E'),
        ('销售收入54亿元', '54亿元', '销售收入', None, 'A', 'E'),
        ('各类补贴1012.4万元', '1012.4万元', '发放各类补贴', None, 'A', 'E'),
        ('农村道路32公里', '32公里', '新建农村道路', None, 'A', 'E'),
    ]),
    ('城市宜居水平显著提升。', R12, [
        ('三条主干道路建成通车', '三条', '主干道路', None, 'A', 'E'),
        ('完成128栋', '128栋', '沿街楼房亮化和立面改造', None, 'A', 'E'),
        ('开工面积达到400万平方米', '400万平方米', '房地产开发项目和平房区改造开工面积', None, 'A', 'E'),
        ('东升路两个市民广场、', '两个', '市民广场', None, 'A', 'E'),
        ('晨鸣公司3.5万吨', '3.5万吨', '关停晨鸣公司造纸生产线', None, 'A', 'E'),
    ]),
    ('社会建设得到全面加强。', R12, [
        ('可支配收入达到23267元', '23267元', '城镇居民人均可支配收入', 'disposable_income_urban', 'A', 'E'),
        ('同比增长14.9%', '14.9%', '城镇居民人均可支配收入', 'disposable_income_urban', 'G', 'E'),
        ('纯收入达到16720元', '16720元', '农民人均纯收入', None, 'A', 'E'),
        ('同比增长16.8%', '16.8%', '农民人均纯收入', None, 'G', 'E'),
        ('分别提高221元', '221元', '企业退休人员基本养老金月人均提高', None, 'A', 'E'),
        ('221元、90元', '90元', '城镇低保标准月人均提高', None, 'A', 'E'),
        ('90元、350元', '350元', '社区干部生活补贴月人均提高', None, 'A', 'E'),
        ('350元和300元', '300元', '环卫工人工资月人均提高', None, 'A', 'E'),
        ('参保人数10467人', '10467人', '新增参保人数', None, 'A', 'E'),
        ('为9373人次', '9373人次', '就业困难人员', None, 'A', 'E'),
        ('社保补贴2368万元', '2368万元', '发放社保补贴', None, 'A', 'E'),
        ('担保贷款1850万元', '1850万元', '发放小额担保贷款', None, 'A', 'E'),
        ('新增就业6128人', '6128人', '城镇新增就业', 'new_urban_jobs', 'A', 'E'),
        ('再就业2291人', '2291人', '再就业', None, 'A', 'E'),
        ('失业率为3.84%', '3.84%', '城镇登记失业率', 'unemployment_rate', 'R', 'E'),
        ('投资3500万元', '3500万元', '二三级供水管网改造投资', None, 'A', 'E'),
        ('、3800万元的', '3800万元', '背街巷道改造投资', None, 'A', 'E'),
        ('、729万元的', '729万元', '旧有小区供热改造投资', None, 'A', 'E'),
        ('、740万元的', '740万元', '公交新型客车更换投资', None, 'A', 'E'),
        ('投资1.27亿元', '1.27亿元', '公路客运总站投资', None, 'A', 'E'),
        ('投资12.4亿元', '12.4亿元', '保障性住房投资', None, 'A', 'E'),
        ('、1.3亿元的', '1.3亿元', '供水主管网改造投资', None, 'A', 'E'),
        ('投资836万元', '836万元', '建新养老院投资', None, 'A', 'E'),
        ('、550万元呼伦', '550万元', '呼伦社区文体馆项目投资', None, 'A', 'E'),
        ('投资4.5亿元', '4.5亿元', '投资', None, 'A', 'E'),
        ('等14个项目', '14个', '项目', None, 'A', 'E'),
        ('新招聘教师176名', '176名', '新招聘教师', None, 'A', 'E'),
        ('筹措2700多万元', '2700多万元', '筹措资金', None, 'A', 'AL'),
        ('建议84件', '84件', '人大代表建议', None, 'A', 'E'),
        ('提案65件', '65件', '政协委员提案', None, 'A', 'E'),
        ('办复率100%', '100%', '办复率', None, 'R', 'E'),
    ]),
    ('经济社会发展主要预期目标是', T13, [
        ('生产总值增长20%', '20%', '地区生产总值', 'gdp', 'G', 'E'),
        ('达到282亿元', '282亿元', '地区生产总值', 'gdp', 'A', 'E'),
        ('总收入增长20%', '20%', '地方财政总收入', None, 'G', 'E'),
        ('达到24.8亿元', '24.8亿元', '地方财政总收入', None, 'A', 'E'),
        ('投资增长23%', '23%', '区本级固定资产投资', 'fixed_asset_investment', 'G', 'E'),
        ('达到100亿元', '100亿元', '区本级固定资产投资', 'fixed_asset_investment', 'A', 'E'),
        ('零售总额增长22%', '22%', '社会消费品零售总额', 'retail_sales', 'G', 'E'),
        ('达到120亿元', '120亿元', '社会消费品零售总额', 'retail_sales', 'A', 'E'),
        ('可支配收入增长18%', '18%', '城乡居民可支配收入', 'disposable_income', 'G', 'E'),
    ]),
    ('做强三产。', T13, [
        ('全年计划投资3亿元', '3亿元', '计划投资', None, 'A', 'E'),
        ('起步区2.6公里', '2.6公里', '起步区路网', None, 'A', 'E'),
        ('企业达到7家', '7家', '入园企业', None, 'A', 'E'),
        ('实现产值2亿元', '2亿元', '产值', None, 'A', 'E'),
        ('接待人数达到446万人次', '446万人次', '旅游接待人数', None, 'A', 'E'),
        ('旅游收入达到46亿元', '46亿元', '旅游收入', 'tourism_revenue', 'A', 'E'),
    ]),
    ('做优二产。', T13, [
        ('大唐700万吨露天矿', '700万吨', '大唐露天矿', None, 'A', 'E'),
        ('400万吨褐煤提质建成', '400万吨', '褐煤提质', None, 'A', 'E'),
        ('哈克5万千瓦', '5万千瓦', '大唐哈克风电', None, 'A', 'E'),
        ('麦多利10万吨', '10万吨', '麦多利大麦芽二期', None, 'A', 'E'),
        ('2×35万千瓦热电联产等', '35万千瓦', '东电热电联产', None, 'A', 'E'),
    ]),
    ('做精一产。', T13, [
        ('引导资金6000万元', '6000万元', '政府投入引导资金', None, 'A', 'E'),
        ('实施12个', '12个', '菜篮子项目', None, 'A', 'E'),
        ('蔬菜大棚2000亩', '2000亩', '新建蔬菜大棚', None, 'A', 'E'),
        ('温室500亩', '500亩', '新建温室', None, 'A', 'E'),
        ('种植1.4万亩', '1.4万亩', '新建露地蔬菜种植', None, 'A', 'E'),
        ('产量达到8万吨', '8万吨', '地产蔬菜产量', None, 'A', 'E'),
        ('奋斗镇1.6万吨', '1.6万吨', '奋斗镇蔬菜仓储', None, 'A', 'E'),
        ('能力达到7万吨', '7万吨', '仓储能力', None, 'A', 'E'),
        ('奋斗镇1万亩', '1万亩', '奋斗镇节水灌溉', None, 'A', 'E'),
        ('哈克镇7000平方米', '7000平方米', '哈克镇标准化奶牛养殖', None, 'A', 'E'),
        ('办事处1万亩', '1万亩', '建设办事处设施农业', None, 'A', 'E'),
    ]),
    ('做大非公经济。', T13, [
        ('比重达到70%以上', '70%', '非公经济增加值占地区生产总值的比重', None, 'R', 'AL'),
        ('非公企业达到20家', '20家', '销售收入超亿元的非公企业', None, 'A', 'E'),
    ]),
    ('全面加快东山组团建设。', T13, [
        ('年内计划投资64.8亿元', '64.8亿元', '计划投资', None, 'A', 'E'),
        ('重点项目32个', '32个', '重点项目', None, 'A', 'E'),
        ('新建5条', '5条', '新建主干道路', None, 'A', 'E'),
        ('、2台', '2台', '新建热水锅炉', None, 'A', 'E'),
        ('、12公里', '12公里', '新建热力主管网', None, 'A', 'E'),
        ('、10公里', '10公里', '新建供水管网', None, 'A', 'E'),
        ('、13公里', '13公里', '新建双线燃气管道', None, 'A', 'E'),
        ('、20公里', '20公里', '新建给排水管网', None, 'A', 'E'),
        ('建设10万平方米', '10万平方米', '开工建设职工住宅小区', None, 'A', 'E'),
        ('、5万平方米', '5万平方米', '开工建设公安小区', None, 'A', 'E'),
        ('和2万平方米', '2万平方米', '开工建设回迁房', None, 'A', 'E'),
        ('大兴安岭100万平方米', '100万平方米', '大兴安岭棚户区改造工程', None, 'A', 'E'),
        ('和8万平方米', '8万平方米', '广场', None, 'A', 'E'),
        ('红星美凯龙6万平方米', '6万平方米', '红星美凯龙主力店', None, 'A', 'E'),
    ]),
    ('推进旧城区提质升级。', T13, [
        ('年内计划投资3.9亿元', '3.9亿元', '计划投资', None, 'A', 'E'),
        ('实施19个', '19个', '城市重点基础设施项目', None, 'A', 'E'),
        ('完成50万平方米', '50万平方米', '老旧小区既有建筑节能改造', None, 'A', 'E'),
        ('东升路两个市民广场。', '两个', '建成市民广场', None, 'A', 'E'),
    ]),
    ('加强生态建设和保护。', T13, [
        ('完成80吨', '80吨', '污泥焚烧处置', None, 'A', 'E'),
    ]),
    ('提高民生保障水平。', T13, [
        ('保持在90%', '90%', '城乡居民养老保险参保率', None, 'R', 'AL', 'force'),
        ('98%以上', '98%', '城乡居民基本医疗保险参保率', None, 'R', 'AL'),
        ('就业5400人', '5400人', '新增城镇就业', 'new_urban_jobs', 'A', 'E'),
        ('再就业2100人', '2100人', '下岗失业人员和困难人员再就业', None, 'A', 'E'),
        ('等8个社区', '8个', '解决办公用房问题的社区', None, 'A', 'E'),
        ('建设2个', '2个', '启动办事处文体活动中心项目', None, 'A', 'E'),
        ('背街巷道10条', '10条', '改造背街巷道', None, 'A', 'E'),
        ('完成3800户', '3800户', '棚户区改造', None, 'A', 'E'),
        ('3800户、58万平方米', '58万平方米', '棚户区改造', None, 'A', 'E'),
        ('完成200套', '200套', '结转公租房建设', None, 'A', 'E'),
        ('年内完成20个', '20个', '平价蔬菜超市', None, 'A', 'E'),
    ]),
    ('加快社会事业发展。', T13, [
        ('等8所', '8所', '风雨馆', None, 'A', 'E'),
    ]),
]

MEASURE_CODE = {'A': 'amount', 'G': 'growth_rate', 'AG': 'avg_growth_rate', 'R': 'ratio'}
QUAL_CODE = {'E': 'exact', 'AP': 'approx', 'AL': 'at_least', 'AM': 'at_most'}

# Words right around the span that carry a qualifier (checked against the hand label)
QUAL_WORDS_AFTER = {'以上': 'at_least', '左右': 'approx', '以内': 'at_most', '以下': 'at_most'}
QUAL_WORDS_BEFORE = {'突破': 'at_least', '超过': 'at_least', '逾': 'at_least', '不低于': 'at_least',
                     '约': 'approx', '近': 'approx', '不超过': 'at_most', '低于': 'at_most'}


def parse_surface(surface):
    """-> (value Decimal, unit, mult word or '', unit_base, has_yu)"""
    i = 0
    while i < len(surface) and (surface[i].isdigit() or surface[i] == '.'):
        i += 1
    if i:
        num = Decimal(surface[:i])
    else:  # a single Chinese digit (三条, 两个)
        num = Decimal(CN_DIGITS[surface[0]])
        i = 1
    rest = surface[i:]
    has_yu = rest.startswith('余') or rest.startswith('多')
    if has_yu:
        rest = rest[1:]
    unit = rest
    mult = ''
    if unit and unit[0] in MULT and (unit[1:] in BASE_UNITS or unit[1:] in CANON):
        mult = unit[0]
    written = unit[len(mult):]
    unit_base = CANON.get(written, written)
    assert unit_base in BASE_UNITS, (surface, unit_base)
    return num, unit, mult, written, unit_base, has_yu


def fmt_float(d):
    if d is None:
        return ''
    return repr(float(d))


indicators = []
for anchor_para, per, recs in IND_BLOCKS:
    ps, pe = para_span(anchor_para)
    for rec in recs:
        anchor, surface, subject, ind, mcode, qcode = rec[:6]
        force = len(rec) > 6 and rec[6] == 'force'
        a = find_unique(anchor)
        off = anchor.find(surface)
        assert off >= 0, (anchor, surface)
        assert anchor.find(surface, off + 1) < 0, ('surface twice in anchor', anchor)
        st = a + off
        en = st + len(surface)
        assert text[st:en] == surface
        assert ps <= st < en <= pe, ('mention outside its paragraph', surface, anchor_para)
        # surface must be a complete number+unit (no digit directly before)
        assert not text[st - 1].isdigit() and text[st - 1] != '.', surface
        value, unit, mult, written, unit_base, has_yu = parse_surface(surface)
        assert unit == mult + written
        vb = value * (MULT[mult] if mult else 1)
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
        assert force or auto == qual, ('qualifier mismatch', surface, anchor, auto, qual)
        if measure in ('growth_rate', 'avg_growth_rate'):
            before = text[max(0, st - 4):st]
            assert '增长' in before, (surface, before)
            if any(w in before for w in ('下降', '减少', '降低')):
                vb = -vb
        if measure in ('growth_rate', 'avg_growth_rate', 'ratio'):
            assert unit == '%'
        if unit == '%':
            assert measure != 'amount', surface
        if ind is not None:
            assert ind in INDICATOR_CODES, ind
        assert subject
        indicators.append(dict(
            char_start=st, char_end=en, surface=surface,
            section_id=section_of(st), sentence=sentence_of(st, en),
            subject=subject, indicator=ind, measure=measure,
            value=value, unit=unit, value_base=vb, unit_base=unit_base,
            dimension=BASE_UNITS[unit_base], qualifier=qual,
            period_start=per[0], period_end=per[1], status=per[2]))

indicators.sort(key=lambda r: r['char_start'])
for k in range(1, len(indicators)):
    assert indicators[k - 1]['char_end'] <= indicators[k]['char_start'], indicators[k]['surface']
for k, r in enumerate(indicators, 1):
    r['mention_id'] = k

# every Arabic number in the body is either a row or listed here as not a quantity
NOT_ROWS = {
    '2013年2月28日': 'date', '2012年': 'date', '2013年工作安排': 'date (heading)',
    '2×35万千瓦': 'the 2 is a number of units without a counter; 35万千瓦 is the row (x2)',
    '4S店': 'name', '626小河': 'name',
}
covered = set()
for r in indicators:
    covered.update(range(r['char_start'], r['char_end']))
for w in NOT_ROWS:
    i = text.find(w)
    while i >= 0:
        covered.update(range(i, i + len(w)))
        i = text.find(w, i + 1)
for i, ch in enumerate(text):
    if ch.isdigit() and i not in covered:
        raise AssertionError('digit not accounted for at %d: %r' % (i, text[i - 10:i + 10]))

# ---------------------------------------------------------------------------
# Projects
# ---------------------------------------------------------------------------
# record: (anchor, written name, full name or None, action, stage)
PRJ_BLOCKS = [
    ('经济实力明显增强。', R12, [
        ('发达广场、世纪', '发达广场', None, '正式投入使用', 'completed'),
        ('世纪天伦酒店', '世纪天伦酒店', None, '正式投入使用', 'completed'),
        ('尚品国际建材城', '尚品国际建材城', None, '正式投入使用', 'completed'),
        ('华汇地下商业街', '华汇地下商业街', None, '全面竣工', 'completed'),
        ('众和地壹街', '众和地壹街', None, '全面竣工', 'completed'),
        ('华融购物广场', '华融购物广场', None, '全面竣工', 'completed'),
        ('中俄蒙物流园', '中俄蒙物流园', None, '进展顺利', 'ongoing'),
        ('、汽车园、', '汽车园', None, '进展顺利', 'ongoing'),
        ('、文化创意产业园等项目', '文化创意产业园', None, '进展顺利', 'ongoing'),
        ('喜来登酒店项目', '喜来登酒店项目', None, '顺利签约', 'planned'),
        ('包商银行培训中心、呼伦贝尔大饭店等酒店主体完工', '包商银行培训中心', None, '主体完工', 'ongoing'),
        ('呼伦贝尔大饭店等酒店主体完工', '呼伦贝尔大饭店', None, '主体完工', 'ongoing'),
        ('古纳河酒业二期', '古纳河酒业二期', None, '全面完工', 'completed'),
        ('麦福劳公司综合技改', '麦福劳公司综合技改', None, '全面完工', 'completed'),
        ('蒙西商品砼', '蒙西商品砼', None, '全面完工', 'completed'),
        ('海拉尔热电厂铁路专用线项目', '海拉尔热电厂铁路专用线项目', None, '进展顺利', 'ongoing'),
        ('大唐700万吨露天煤矿', '大唐700万吨露天煤矿', None, '前期工作扎实推进', 'planned'),
        ('400万吨褐煤提质、', '400万吨褐煤提质', None, '前期工作扎实推进', 'planned'),
        ('、5万千瓦风电、', '5万千瓦风电', None, '前期工作扎实推进', 'planned'),
        ('东电2×35万千瓦热电联产、', '东电2×35万千瓦热电联产', None, '前期工作扎实推进', 'planned'),
        ('华润雪花啤酒迁址新建', '华润雪花啤酒迁址新建', None, '前期工作扎实推进', 'planned'),
        ('农林桥', '农林桥', None, '竣工通车', 'completed'),
        ('呼达罕桥', '呼达罕桥', None, '竣工通车', 'completed'),
    ]),
    ('城市宜居水平显著提升。', R12, [
        ('红星美凯龙城市商贸综合体', '红星美凯龙城市商贸综合体', None, '进展顺利', 'ongoing'),
        ('大兴安岭百万平方米棚改', '大兴安岭百万平方米棚改', None, '进展顺利', 'ongoing'),
        ('东海写字楼、机场', '东海写字楼', None, '进展顺利', 'ongoing'),
        ('机场快速路等项目进展顺利', '机场快速路', None, '进展顺利', 'ongoing'),
        ('双拥广场', '双拥广场', None, '全面竣工', 'completed'),
        ('哈萨尔和东升路两个市民广场、', '哈萨尔', '哈萨尔市民广场', '进展顺利', 'ongoing'),
        ('和东升路两个市民广场、', '东升路', '东升路市民广场', '进展顺利', 'ongoing'),
        ('伊敏河沿河公园', '伊敏河沿河公园', None, '进展顺利', 'ongoing'),
        ('污水处理厂二期及中水回用', '污水处理厂二期及中水回用', None, '顺利完工', 'completed'),
    ]),
    ('社会建设得到全面加强。', R12, [
        ('二三级供水管网改造', '二三级供水管网改造', None, '全面完成', 'completed'),
        ('的背街巷道改造', '背街巷道改造', None, '全面完成', 'completed'),
        ('旧有小区供热改造', '旧有小区供热改造', None, '全面完成', 'completed'),
        ('公交新型客车更换', '公交新型客车更换', None, '全面完成', 'completed'),
        ('公路客运总站', '公路客运总站', None, '基本完工', 'ongoing'),
        ('的供水主管网改造', '供水主管网改造', None, '进展顺利', 'ongoing'),
        ('建新养老院', '建新养老院', None, '基本完工', 'ongoing'),
        ('呼伦社区文体馆项目', '呼伦社区文体馆项目', None, '基本完工', 'ongoing'),
        ('呼伦小学新建', '呼伦小学新建', None, '实施', 'ongoing'),
        ('、南开路中学等14个', '南开路中学', None, '实施', 'ongoing'),
        ('区人民医院远程医疗项目', '区人民医院远程医疗项目', None, '投入使用', 'completed'),
    ]),
    ('做强三产。', T13, [
        ('全力建设中俄蒙国际物流园区', '中俄蒙国际物流园区', None, '全力建设', 'ongoing'),
        ('起步区2.6公里路网', '起步区2.6公里路网', None, '完成', 'completed'),
        ('蒙东机械装备交易中心', '蒙东机械装备交易中心', None, '启动', 'started'),
        ('恒达二手车交易市场', '恒达二手车交易市场', None, '启动', 'started'),
        ('海拉尔畜产品交易市场搬迁', '海拉尔畜产品交易市场搬迁', None, '启动', 'started'),
        ('能源矿产品物流园区', '能源矿产品物流园区', None, '规划好', 'planned'),
        ('煤炭交易平台', '煤炭交易平台', None, '投入运营', 'completed'),
        ('空港物流园', '空港物流园', None, '加快前期工作', 'planned'),
        ('海关监管仓库', '海关监管仓库', None, '完成建设', 'completed'),
        ('中俄蒙国际汽车产业园', '中俄蒙国际汽车产业园', None, '加快建设', 'ongoing'),
        ('汽配城及专业4S店项目', '汽配城及专业4S店项目', None, '全部投入运营', 'completed'),
        ('华融二期', '华融二期', None, '投入运营', 'completed'),
        ('天润商厦', '天润商厦', None, '投入运营', 'completed'),
        ('时代广场', '时代广场', None, '改扩建开工建设', 'started'),
        ('伊士丹购物广场', '伊士丹购物广场', None, '改扩建开工建设', 'started'),
        ('维多利等', '维多利', None, '推进项目前期', 'planned'),
        ('中俄蒙文化创意产业园', '中俄蒙文化创意产业园', None, '加快建设', 'ongoing'),
        ('世界反法西斯战争海拉尔纪念园二期工程', '世界反法西斯战争海拉尔纪念园二期工程', None, '推动', 'ongoing'),
        ('城北海拉尔河湿地项目', '城北海拉尔河湿地项目', None, '配合做好', 'ongoing'),
        ('实施呼伦贝尔古城', '呼伦贝尔古城', None, '实施提档升级', 'ongoing'),
        ('、哈克文化遗址公园提档', '哈克文化遗址公园', None, '实施提档升级', 'ongoing'),
        ('哈克文化遗址公园二期项目', '哈克文化遗址公园二期项目', None, '做好项目前期', 'planned'),
        ('呼伦贝尔大剧院', '呼伦贝尔大剧院', None, '探索市场化运营和管理', None),
        ('抓好喜来登', '喜来登', None, '抓好开工', 'started'),
        ('锦江国际', '锦江国际', None, '抓好开工', 'started'),
        ('确保包商银行培训中心', '包商银行培训中心', None, '投入运营', 'completed'),
        ('、呼伦贝尔大饭店、碧海云天', '呼伦贝尔大饭店', None, '投入运营', 'completed'),
        ('碧海云天', '碧海云天', None, '投入运营', 'completed'),
        ('加快世纪天伦', '世纪天伦', None, '加快星级创评', None),
        ('嘉世豪', '嘉世豪', None, '加快星级创评', None),
        ('加快航空港建设', '航空港', None, '加快建设', 'ongoing'),
    ]),
    ('做优二产。', T13, [
        ('大唐700万吨露天矿', '大唐700万吨露天矿', None, '完成核准', 'planned'),
        ('400万吨褐煤提质建成投产', '400万吨褐煤提质', None, '建成投产', 'completed'),
        ('华润雪花迁建', '华润雪花迁建', None, '开工建设', 'started'),
        ('冷饮厂迁建', '冷饮厂迁建', None, '开工建设', 'started'),
        ('玉佳禾面粉和方便面加工', '玉佳禾面粉和方便面加工', None, '开工建设', 'started'),
        ('热电厂铁路专用线、', '热电厂铁路专用线', None, '正式投入使用', 'completed'),
        ('麦福劳二期扩建', '麦福劳二期扩建', None, '正式投入使用', 'completed'),
        ('赤阳春建材生产线', '赤阳春建材生产线', None, '正式投入使用', 'completed'),
        ('大唐哈克5万千瓦风电', '大唐哈克5万千瓦风电', None, '加快推进前期工作', 'planned'),
        ('麦多利10万吨大麦芽二期', '麦多利10万吨大麦芽二期', None, '加快推进前期工作', 'planned'),
        ('东电2×35万千瓦热电联产等', '东电2×35万千瓦热电联产', None, '加快推进前期工作', 'planned'),
    ]),
    ('做精一产。', T13, [
        ('重点做好奋斗镇', '奋斗镇', '奋斗镇蔬菜基地', '做好建设', 'ongoing'),
        ('奋斗镇和建设办蔬菜基地', '建设办', '建设办蔬菜基地', '做好建设', 'ongoing'),
        ('奋斗镇1.6万吨蔬菜仓储', '奋斗镇1.6万吨蔬菜仓储', None, '实施', 'ongoing'),
        ('龙腾果蔬粮油农贸批发市场改造工程', '龙腾果蔬粮油农贸批发市场改造工程', None, '开工建设', 'started'),
        ('万家惠农贸市场', '万家惠农贸市场', None, '加快建设', 'ongoing'),
        ('、奋斗镇地产蔬菜等', '奋斗镇地产蔬菜', None, '加快建设', 'ongoing'),
        ('奋斗镇1万亩节水灌溉', '奋斗镇1万亩节水灌溉', None, '实施', 'ongoing'),
        ('哈克镇7000平方米标准化奶牛养殖', '哈克镇7000平方米标准化奶牛养殖', None, '实施', 'ongoing'),
        ('建设办事处1万亩设施农业', '建设办事处1万亩设施农业', None, '实施', 'ongoing'),
    ]),
    ('做大非公经济。', T13, [
        ('支持非公产业园建设', '非公产业园', None, '支持建设', 'ongoing'),
    ]),
    ('全面加快东山组团建设。', T13, [
        ('完成自来水泵站', '自来水泵站', None, '完成建设', 'completed'),
        ('、污水泵站', '污水泵站', None, '完成建设', 'completed'),
        ('、雨水泵站', '雨水泵站', None, '完成建设', 'completed'),
        ('和燃气站建设', '燃气站', None, '完成建设', 'completed'),
        ('10万平方米职工住宅小区', '10万平方米职工住宅小区', None, '开工建设', 'started'),
        ('5万平方米公安小区', '5万平方米公安小区', None, '开工建设', 'started'),
        ('2万平方米回迁房', '2万平方米回迁房', None, '开工建设', 'started'),
        ('大兴安岭100万平方米棚户区改造工程', '大兴安岭100万平方米棚户区改造工程', None, '加快建设', 'ongoing'),
        ('完成东海写字楼', '东海写字楼', None, '完成主体建设', 'ongoing'),
        ('国税局综合业务用房', '国税局综合业务用房', None, '完成主体建设', 'ongoing'),
        ('8万平方米广场', '8万平方米广场', None, '完成', 'completed'),
        ('冬季体育运动场馆', '冬季体育运动场馆', None, '开工建设', 'started'),
        ('东山医院', '东山医院', None, '高水平规划', 'planned'),
        ('红星美凯龙大型商贸综合体项目', '红星美凯龙大型商贸综合体项目', None, '抓好', 'ongoing'),
        ('红星美凯龙6万平方米主力店', '红星美凯龙6万平方米主力店', None, '年内完工', 'completed'),
    ]),
    ('推进旧城区提质升级。', T13, [
        ('中心城区供水主管网改扩建', '中心城区供水主管网改扩建', None, '继续实施', 'ongoing'),
        ('中心城区雨水管网', '中心城区雨水管网', None, '启动建设', 'started'),
        ('黑羊站水厂二期', '黑羊站水厂二期', None, '推进前期工作', 'planned'),
        ('东山组团第二水源地', '东山组团第二水源地', None, '推进前期工作', 'planned'),
        ('市区变电站', '市区变电站', None, '加快建设', 'ongoing'),
        ('工人新村', '工人新村', None, '完成基础设施工程', 'completed'),
        ('幸福村等', '幸福村', None, '完成基础设施工程', 'completed'),
        ('改造三角地', '三角地', '三角地人行步道板改造', '改造', None),
        ('、西大街等街道', '西大街', '西大街人行步道板改造', '改造', None),
        ('做好中央街', '中央街', '中央街亮化', '做好亮化', 'ongoing'),
        ('、满洲里路等', '满洲里路', '满洲里路亮化', '做好亮化', 'ongoing'),
        ('建成哈萨尔和', '哈萨尔', '哈萨尔市民广场', '建成', 'completed'),
        ('和东升路两个市民广场。', '东升路', '东升路市民广场', '建成', 'completed'),
        ('哈萨尔桥以北伊敏河两岸景观改造', '哈萨尔桥以北伊敏河两岸景观改造', None, '完成', 'completed'),
    ]),
    ('加快城市路网和环城道路建设。', T13, [
        ('完成西出口路建设', '西出口路', None, '完成建设', 'completed'),
        ('东外环路', '东外环路', None, '按期开工', 'started'),
        ('西外环路', '西外环路', None, '推进前期工作', 'planned'),
        ('配合完成机场快速路', '机场快速路', None, '配合完成', 'completed'),
        ('牙海高速', '牙海高速', None, '配合完成', 'completed'),
        ('海拉尔客运总站', '海拉尔客运总站', None, '投入使用', 'completed'),
        ('呼伦贝尔中心城汽车公司调度中心', '呼伦贝尔中心城汽车公司调度中心', None, '投入使用', 'completed'),
    ]),
    ('加强生态建设和保护。', T13, [
        ('实施新北出口', '新北出口', '新北出口绿化', '实施', 'ongoing'),
        ('东山组团绿化', '东山组团绿化', None, '实施', 'ongoing'),
        ('启动西山生态景观区规划', '西山生态景观区', None, '启动规划', 'planned'),
        ('景观区一期绿化工程', '景观区一期绿化工程', '西山生态景观区一期绿化工程', '完成', 'completed'),
        ('西山自然博物馆项目', '西山自然博物馆项目', None, '配合做好建设', 'ongoing'),
        ('626小河改造', '626小河改造', None, '实施', 'ongoing'),
        ('80吨污泥焚烧处置', '80吨污泥焚烧处置', None, '完成', 'completed'),
        ('金丰再生资源分拣中心项目', '金丰再生资源分拣中心项目', None, '完成', 'completed'),
    ]),
    ('提高民生保障水平。', T13, [
        ('启动正阳和', '正阳', '正阳办事处文体活动中心项目', '启动', 'started'),
        ('和建设2个', '建设', '建设办事处文体活动中心项目', '启动', 'started'),
        ('改造建华路', '建华路', None, '改造', None),
        ('根河路', '根河路', None, '改造', None),
        ('建新老年养护院', '建新老年养护院', None, '投入使用', 'completed'),
        ('火化场搬迁新建', '火化场搬迁新建', None, '启动前期工作', 'planned'),
        ('殡仪馆迁址新建', '殡仪馆迁址新建', None, '启动前期工作', 'planned'),
    ]),
    ('加快社会事业发展。', T13, [
        ('学府路中学', '学府路中学', None, '投入使用', 'completed'),
        ('、呼伦小学、', '呼伦小学', None, '投入使用', 'completed'),
        ('第二幼儿园', '第二幼儿园', None, '投入使用', 'completed'),
        ('第三中学分校', '第三中学分校', None, '推进', 'ongoing'),
        ('、南开路中学等项目', '南开路中学', None, '推进', 'ongoing'),
        ('沿山路小学', '沿山路小学', '沿山路小学风雨馆', '完成建设', 'completed'),
        ('健康社区卫生服务中心', '健康社区卫生服务中心', None, '投入使用', 'completed'),
        ('正阳社区卫生服务中心', '正阳社区卫生服务中心', None, '启动建设', 'started'),
        ('成德公故居修缮工程', '成德公故居修缮工程', None, '启动', 'started'),
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

# A project name may contain a quantity (a capacity or size written into it:
# 大唐700万吨露天煤矿); then the quantity lies wholly inside the name.  No other overlap.
for p in projects:
    for r in indicators:
        if r['char_start'] < p['char_end'] and p['char_start'] < r['char_end']:
            assert p['char_start'] <= r['char_start'] and r['char_end'] <= p['char_end'], (p['name'], r['surface'])

# ---------------------------------------------------------------------------
# Write CSVs
# ---------------------------------------------------------------------------
COLS = {
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


for nm, rows in [('indicators', indicators), ('projects', projects)]:
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
    written = text[int(r['char_start']):int(r['char_end'])]
    assert written == r['name'] or written in r['name'], (written, r['name'])
assert [int(r['mention_id']) for r in back['indicators']] == list(range(1, len(indicators) + 1))
assert [int(r['project_id']) for r in back['projects']] == list(range(1, len(projects) + 1))
assert [int(r['char_start']) for r in back['indicators']] == sorted(int(r['char_start']) for r in back['indicators'])
assert [int(r['char_start']) for r in back['projects']] == sorted(int(r['char_start']) for r in back['projects'])

if __name__ == '__main__':
    print({nm: len(v) for nm, v in back.items()})
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
                              r['status'], 'S' + r['section_id']]))
