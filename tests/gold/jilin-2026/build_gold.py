#!/usr/bin/env python3
"""Hand-checked gold annotation of 2026年吉林省政府工作报告.txt (indicators and projects).

Standard library only.  Regenerates indicators.csv and projects.csv in this folder.

The source is a scraped web page saved as UTF-8 text: page junk (下载/打印/字号 … before the
title, 相关报道： after the closing) is part of the file, and offsets count code points of the
whole decoded file (BOM removed, nothing else changed), junk included.  The junk yields no rows.

Every annotation below is written by hand: the exact surface (or written name) plus an
*anchor*, a longer string that occurs exactly once in the text and contains the surface.
Offsets are then found with str.find and checked (text[char_start:char_end] == surface).
The section outline (needed for section_id) is written by hand as well.

This gold is a blind held-out set: it was written from the text and DATASET.md alone, before
gwr was run on the file (see NOTES.md).
"""
import csv
import os
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.normpath(os.path.join(HERE, '..', '..', '..', 'raw', 'provinces-2026',
                                    '2026年吉林省政府工作报告.txt'))
DOC_ID = 'provinces-2026/2026年吉林省政府工作报告'  # path under raw/ without extension (the contract's doc_id)
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
    """end (exclusive) of the paragraph (line) that starts at or contains pos"""
    e = text.find('\n', pos)
    return N if e < 0 else e


def rstrip_end(end):
    while end > 0 and text[end - 1] in ' \t\r\n\u3000':
        end -= 1
    return end


# ---------------------------------------------------------------------------
# Sections (only to give section_id): 一、…四、 and the （一）… inside 二、 and 三、.
# A section runs to the next heading of the same or a higher level (DATASET.md).
# 一是/二是… are paragraph heads, not sections.
# ---------------------------------------------------------------------------
HEADINGS = [  # (level, line start anchor)
    (1, '一、工作回顾'),
    (1, '二、2026年工作安排'),
    (2, '（一）促进消费投资良性互动'),
    (2, '（二）培育壮大实体经济'),
    (2, '（三）全面提升自主创新能力'),
    (2, '（四）锚定农业农村现代化'),
    (2, '（五）突出经济体制改革牵引作用'),
    (2, '（六）坚持民生为大'),
    (2, '（七）统筹生态环境保护'),
    (2, '（八）更好统筹发展和安全'),
    (1, '三、“十五五”时期主要目标任务'),
    (2, '（一）“十五五”发展目标'),
    (2, '（二）重点任务'),
    (1, '四、全面提升政府治理效能'),
]
sections = []
for k, (lvl, a) in enumerate(HEADINGS):
    st = find_unique(a)
    assert text[st - 1] == '\n', a
    sections.append(dict(section_id=k + 1, level=lvl, char_start=st))
for k, s_ in enumerate(sections):
    nxt = N
    for t in sections[k + 1:]:
        if t['level'] <= s_['level']:
            nxt = t['char_start']
            break
    s_['char_end'] = rstrip_end(nxt)
BODY_START = sections[0]['char_start']
BODY_END = find_unique('\n相关报道：')  # page junk after the closing paragraph


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


# ---------------------------------------------------------------------------
# Periods / status per paragraph ("block")
# ---------------------------------------------------------------------------
R25 = (2025, 2025, 'actual')   # 一、工作回顾: the 2025 paragraphs (2025年是…, 一是…七是)
R5 = (2021, 2025, 'actual')    # “十四五”时期 / 这五年 paragraph of section 一
R3 = (2023, 2025, 'actual')    # 近3年 / 3年增长 (override on single records)
P26 = (2026, 2026, 'target')   # 二、2026年工作安排 (今年 / 主要预期目标)
F30 = (2030, 2030, 'target')   # 三、（一）“十五五”发展目标。到2030年… levels
F5 = (2026, 2030, 'target')    # “十五五” 年均 figures (the span they average over)


def para_span(anchor):
    i = find_unique(anchor)
    assert i == 0 or text[i - 1] == '\n', anchor
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
    '个百分点': ('百分点', 1, 'percent'),
    '元': ('元', 1, 'currency'),
    '亩': ('亩', 1, 'area'), '亩次': ('亩次', 1, 'area'), '平方米': ('平方米', 1, 'area'),
    '公里': ('公里', 1, 'length'), '厘米': ('厘米', 1, 'length'),
    '斤': ('斤', 1, 'mass'), '吨': ('吨', 1, 'mass'),
    '千瓦': ('千瓦', 1, 'energy'), '千瓦时': ('千瓦时', 1, 'energy'),
    '岁': ('岁', 1, 'time'),
    '克/千克': ('克/千克', 1, 'other'),
    '人': ('人', 1, 'count'), '名': ('人', 1, 'count'), '位': ('人', 1, 'count'),
    '户': ('户', 1, 'count'), '家': ('家', 1, 'count'), '个': ('个', 1, 'count'),
    '项': ('项', 1, 'count'), '件': ('件', 1, 'count'), '条': ('条', 1, 'count'),
    '颗': ('颗', 1, 'count'), '枚': ('枚', 1, 'count'), '套': ('套', 1, 'count'),
    '头': ('头', 1, 'count'), '处': ('处', 1, 'count'), '所': ('所', 1, 'count'),
    '支': ('支', 1, 'count'), '部': ('部', 1, 'count'),
    '金': ('枚', 1, 'count'), '银': ('枚', 1, 'count'), '铜': ('枚', 1, 'count'),
}
INDICATOR_CODES = {'gdp', 'gdp_per_capita', 'industrial_output', 'industrial_value_added',
                   'fixed_asset_investment', 'retail_sales', 'disposable_income',
                   'disposable_income_urban', 'disposable_income_rural', 'energy_intensity',
                   'foreign_trade', 'foreign_investment', 'budget_revenue', 'new_urban_jobs',
                   'unemployment_rate', 'cpi', 'rd_intensity', 'good_air_days',
                   'forest_coverage', 'tourism_revenue', 'grain_output', 'deficit_ratio',
                   # published extensions (dict/indicators.tsv), see the lead's ruling in NOTES.md
                   'life_expectancy', 'carbon_intensity', 'urbanization_rate'}

# Each block: (paragraph start anchor, (period_start, period_end, status), [records])
# record: (anchor, surface, subject, indicator, measure, qualifier[, extra])
#   measure: A=amount G=growth_rate AG=avg_growth_rate R=ratio
#   qualifier: E=exact AP=approx AL=at_least AM=at_most
#   extra (optional dict): per=(start, end, status) override; value= (for a Chinese numeral);
#   unit_base=, dim= overrides
IND_BLOCKS = [
    ('2025年是“十四五”收官之年', R25, [
        ('地区生产总值增长5%，', '5%', '地区生产总值', 'gdp', 'G', 'E'),
        ('一般公共预算收入增长13.3%', '13.3%', '一般公共预算收入', 'budget_revenue', 'G', 'E'),
        ('高于全国0.7个百分点', '0.7个百分点', '一产增加值增幅高于全国', None, 'A', 'E'),
        ('高于全国0.2个百分点', '0.2个百分点', '社会消费品零售总额增幅高于全国', None, 'A', 'E'),
    ]),
    ('一是全力以进促稳。', R25, [
        ('分别增长7.5%、', '7.5%', '食品产业增加值', None, 'G', 'E'),
        ('7.5%、11.5%、', '11.5%', '石化产业增加值', None, 'G', 'E'),
        ('11.5%、17.4%、7.3%', '17.4%', '医药产业增加值', None, 'G', 'E'),
        ('17.4%、7.3%。', '7.3%', '信息产业增加值', None, 'G', 'E'),
        ('全社会用电量突破1000亿千瓦时', '1000亿千瓦时', '全社会用电量', None, 'A', 'AL'),
        ('铁路货物发送量增长14.9%', '14.9%', '铁路货物发送量', None, 'G', 'E'),
        ('拉动消费285.6亿元', '285.6亿元', '拉动消费', None, 'A', 'E'),
        ('分别增长20.7%、', '20.7%', '接待游客人次', None, 'G', 'E'),
        ('20.7%、15.3%', '15.3%', '出游总花费', None, 'G', 'E'),
        ('社会消费品零售总额增长3.9%', '3.9%', '社会消费品零售总额', 'retail_sales', 'G', 'E'),
        ('比重提升至55.7%', '55.7%', '产业投资比重', None, 'R', 'E'),
        ('提高4.7个百分点', '4.7个百分点', '产业投资比重提高', None, 'A', 'E'),
        ('民间投资占比34%', '34%', '民间投资占比', None, 'R', 'E'),
        ('提高1.3个百分点', '1.3个百分点', '民间投资占比提高', None, 'A', 'E'),
    ]),
    ('二是推动产业转型升级。', R25, [
        ('新能源汽车产量增长25.6%', '25.6%', '新能源汽车产量', None, 'G', 'E'),
        ('总产能达190万吨', '190万吨', '总产能', None, 'A', 'E'),
        ('产能占全球30%', '30%', '产能占全球', None, 'R', 'E'),
        ('产业投资突破1300亿元', '1300亿元', '产业投资', None, 'A', 'AL'),
        ('装机超过600万千瓦', '600万千瓦', '新增开发装机', None, 'A', 'AL'),
    ]),
    ('三是因地制宜发展新质生产力。', R25, [
        ('等10个聚力攻坚专项', '10个', '聚力攻坚专项', None, 'A', 'E'),
        ('攻关项目459个', '459个', '关键技术攻关项目', None, 'A', 'E'),
        ('重组11家全国重点实验室', '11家', '新建、重组全国重点实验室', None, 'A', 'E'),
        ('分别达到22家、', '22家', '国家级创新平台', None, 'A', 'E'),
        ('22家、182家', '182家', '部级创新平台', None, 'A', 'E'),
        ('组网卫星增至144颗', '144颗', '“吉林一号”组网卫星', None, 'A', 'E'),
        ('上下游千余家企业', '千余家', '带动上下游企业', None, 'A', 'AL', {'value': 1000}),
        ('省内转化科技成果增长24%', '24%', '省内转化科技成果', None, 'G', 'E'),
        ('技术合同成交额增长35.1%', '35.1%', '技术合同成交额', None, 'G', 'E'),
        ('研发经费投入增长14.2%', '14.2%', '规上企业研发经费投入', None, 'G', 'E'),
        ('高技术制造业增加值增长13%', '13%', '高技术制造业增加值', None, 'G', 'E'),
        ('瞪羚企业358户', '358户', '认定雏鹰企业、瞪羚企业', None, 'A', 'E'),
        ('种子独角兽企业1户', '1户', '认定种子独角兽企业', None, 'A', 'E'),
        ('院士2位', '2位', '新晋“两院”院士', None, 'A', 'E'),
    ]),
    ('四是推进乡村全面振兴。', R25, [
        ('总产值达到3172.8亿元', '3172.8亿元', '农林牧渔总产值', None, 'A', 'E'),
        ('3172.8亿元、增长4.6%', '4.6%', '农林牧渔总产值', None, 'G', 'E'),
        ('粮食总产量达到871.6亿斤', '871.6亿斤', '粮食总产量', 'grain_output', 'A', 'E'),
        ('建设高标准农田910万亩', '910万亩', '建设高标准农田', None, 'A', 'E'),
        ('比例达到66.25%', '66.25%', '建成面积占永久基本农田比例', None, 'R', 'E'),
        ('近3年提升21个百分点', '21个百分点', '建成面积占永久基本农田比例提升', None, 'A', 'E',
         {'per': R3}),
        ('超过全国平均水平0.28个百分点', '0.28个百分点', '建成面积占永久基本农田比例超过全国平均水平',
         None, 'A', 'E'),
        ('保护性耕作面积达到4179万亩', '4179万亩', '保护性耕作面积', None, 'A', 'E'),
        ('推广高产优质品种3874万亩', '3874万亩', '推广高产优质品种', None, 'A', 'E'),
        ('3874万亩、增长23.5%', '23.5%', '推广高产优质品种', None, 'G', 'E'),
        ('+密植”1138万亩', '1138万亩', '“水肥一体化+密植”', None, 'A', 'E'),
        ('1138万亩、增长61.2%', '61.2%', '“水肥一体化+密植”', None, 'G', 'E'),
        ('“一喷多促”3831万亩', '3831万亩', '“一喷多促”', None, 'A', 'E'),
        ('3831万亩、增长44%', '44%', '“一喷多促”', None, 'G', 'E'),
        ('加工量突破80万头', '80万头', '肉牛屠宰加工量', None, 'A', 'AL'),
        ('80万头、增长54%', '54%', '肉牛屠宰加工量', None, 'G', 'E'),
        ('生态渔业产值突破350亿元', '350亿元', '生态渔业产值', None, 'A', 'AL'),
        ('人参全产业链产值增长30.5%', '30.5%', '人参全产业链产值', None, 'G', 'E'),
        ('占总销量超40%', '40%', '吉林大米中高端销售占总销量', None, 'R', 'AL'),
        ('农村自来水普及率98.1%', '98.1%', '农村自来水普及率', None, 'R', 'E'),
        ('农民人均收入增加1207元', '1207元', '农民人均收入增加', None, 'A', 'E'),
    ]),
    ('五是全面深化改革开放。', R25, [
        ('资产资源规模增长3.8万亿元', '3.8万亿元', '资产资源规模增长', None, 'A', 'E'),
        ('闲置资产1108.7亿元', '1108.7亿元', '盘活政府低效闲置资产', None, 'A', 'E'),
        ('国有资本收益107.2亿元', '107.2亿元', '国有资本收益', None, 'A', 'E'),
        ('107.2亿元、增长65.9%', '65.9%', '国有资本收益', None, 'G', 'E'),
        ('分别增长6%、', '6%', '省属企业营业收入', None, 'G', 'E'),
        ('6%、60.7%', '60.7%', '省属企业利润', None, 'G', 'E'),
        ('将8个公司运营', '8个', '运营省级政府投资基金的公司', None, 'A', 'E'),
        ('的16支省级政府投资基金', '16支', '省级政府投资基金', None, 'A', 'E'),
        ('科创2支基金', '2支', '产业、科创基金', None, 'A', 'E'),
        ('成果转化项目300余个', '300余个', '对接成果转化项目', None, 'A', 'AL'),
        ('行政部门房产345处', '345处', '盘活省级行政部门房产', None, 'A', 'E'),
        ('货币价值8.83亿元', '8.83亿元', '货币价值', None, 'A', 'E'),
        ('租赁费1.19亿元', '1.19亿元', '减少办公用房租赁费', None, 'A', 'E'),
        ('分别压减11%、', '11%', '省级公用经费', None, 'G', 'E'),
        ('11%、19%', '19%', '省级一般性支出', None, 'G', 'E'),
        ('企业数量增长7%', '7%', '省内有进出口实绩的企业数量', None, 'G', 'E'),
    ]),
    ('六是倾力保障和改善民生。', R25, [
        ('20项民生实事全面完成', '20项', '民生实事', None, 'A', 'E'),
        ('城镇新增就业22.89万人', '22.89万人', '城镇新增就业', 'new_urban_jobs', 'A', 'E'),
        ('转移就业294.21万人', '294.21万人', '农村劳动力转移就业', None, 'A', 'E'),
        ('留省就业突破17万人', '17万人', '高校毕业生留省就业', None, 'A', 'AL'),
        ('最低标准提高20%', '20%', '城乡居民基础养老金最低标准', None, 'G', 'E'),
        ('建成助老餐厅413个', '413个', '建成助老餐厅', None, 'A', 'E'),
        ('2所职业本科大学获批', '2所', '职业本科大学', None, 'A', 'E'),
        ('贡献9金、', '9金', '金牌', None, 'A', 'E'),
        ('9金、5银、', '5银', '银牌', None, 'A', 'E'),
        ('5银、6铜', '6铜', '铜牌', None, 'A', 'E'),
        ('共获得48枚金牌', '48枚', '金牌', None, 'A', 'E'),
        ('改造老旧小区1002个', '1002个', '开工改造老旧小区', None, 'A', 'E'),
        ('供热管网1246公里', '1246公里', '新建改造供热管网', None, 'A', 'E'),
        ('投诉下降58%', '58%', '供热保障投诉', None, 'G', 'E'),
        ('燃气管道984.6公里', '984.6公里', '改造老旧燃气管道', None, 'A', 'E'),
        ('城市围挡2400余处', '2400余处', '治理城市围挡', None, 'A', 'AL'),
        ('释放空间1869.5万平方米', '1869.5万平方米', '拆围透绿释放空间', None, 'A', 'E'),
        ('比例达到92.8%', '92.8%', '地级及以上城市空气质量优良天数比例', 'good_air_days', 'R', 'E'),
        ('绿水长廊1272公里', '1272公里', '新建和改善绿水长廊', None, 'A', 'E'),
        ('幸福河湖35条', '35条', '创建幸福河湖', None, 'A', 'E'),
        ('分别下降15.1%、', '15.1%', '生产安全事故起数', None, 'G', 'E'),
        ('15.1%、17%', '17%', '生产安全事故死亡人数', None, 'G', 'E'),
    ]),
    ('七是加强政府自身建设。', R25, [
        ('全国人大代表建议9件', '9件', '全国人大代表建议', None, 'A', 'E'),
        ('全国政协提案5件', '5件', '全国政协提案', None, 'A', 'E'),
        ('省人大代表建议292件', '292件', '省人大代表建议', None, 'A', 'E'),
        ('省政协提案553件', '553件', '省政协提案', None, 'A', 'E'),
        ('法规草案8部', '8部', '地方性法规草案', None, 'A', 'E'),
        ('制定政府规章1部', '1部', '制定政府规章', None, 'A', 'E'),
        ('政府规章10部', '10部', '修改废止和宣布失效政府规章', None, 'A', 'E'),
        ('规范性文件44件', '44件', '修改废止和宣布失效规范性文件', None, 'A', 'E'),
    ]),
    ('“十四五”时期是吉林高质量发展', R5, [
        ('跨越3个千亿元台阶', '3个', '地区生产总值跨越千亿元台阶', None, 'A', 'E'),
        ('达到1.5万亿元', '1.5万亿元', '地区生产总值', 'gdp', 'A', 'E'),
        ('1.5万亿元、增长19.8%', '19.8%', '地区生产总值', 'gdp', 'G', 'E'),
        ('人均地区生产总值增长25%左右', '25%', '人均地区生产总值', 'gdp_per_capita', 'G', 'AP'),
        ('财政收入达到1350亿元', '1350亿元', '财政收入', None, 'A', 'E'),
        ('3年增长58.6%', '58.6%', '财政收入', None, 'G', 'E', {'per': R3}),
        ('占比达到55%', '55%', '食品、石化、医药、信息等重点产业增加值占比', None, 'R', 'E'),
        ('战略性新兴产业占比达18.9%', '18.9%', '战略性新兴产业占比', None, 'R', 'E'),
        ('增速提高10.6个百分点', '10.6个百分点', '高技术制造业增速提高', None, 'A', 'E'),
        ('产值增长超200%', '200%', '新能源产业产值', None, 'G', 'AL'),
        ('排名提升7位', '7位', '创新能力综合指标排名提升', None, 'A', 'E',
         {'unit_base': '位', 'dim': 'other'}),
        ('止跌提升3.5%', '3.5%', '黑土地耕层厚度', None, 'G', 'E'),
        ('达到20.6厘米', '20.6厘米', '黑土地耕层厚度', None, 'A', 'E'),
        ('有机质增长6.1%', '6.1%', '黑土地有机质', None, 'G', 'E'),
        ('达到27克/千克', '27克/千克', '黑土地有机质', None, 'A', 'E'),
        ('建设高标准农田2556万亩', '2556万亩', '建设高标准农田', None, 'A', 'E'),
        ('保护性耕作1.19亿亩次', '1.19亿亩次', '累计实施保护性耕作', None, 'A', 'E'),
        ('机械化率达到95%', '95%', '农作物耕种收综合机械化率', None, 'R', 'E'),
        ('高于全国平均水平18.3个百分点', '18.3个百分点', '农作物耕种收综合机械化率高于全国平均水平',
         None, 'A', 'E'),
        ('粮食产量增长近15%', '15%', '粮食产量', 'grain_output', 'G', 'AP'),
        ('农产品加工业产值增长46.1%', '46.1%', '农产品加工业产值', None, 'G', 'E'),
        ('由66户整合', '66户', '省属一级企业', None, 'A', 'E'),
        ('整合至12户', '12户', '省属一级企业', None, 'A', 'E'),
        ('经营主体数量增长21%', '21%', '民营经济经营主体数量', None, 'G', 'E'),
        ('外贸进出口总额年均增长5.1%', '5.1%', '外贸进出口总额', 'foreign_trade', 'AG', 'E'),
        ('民生占比超过80%', '80%', '财政支出中民生占比', None, 'R', 'AL'),
        ('城镇新增就业124.27万人', '124.27万人', '城镇新增就业', 'new_urban_jobs', 'A', 'E'),
        ('毛入学率达到96.9%', '96.9%', '高中阶段毛入学率', None, 'R', 'E'),
        ('高于全国平均水平4.9个百分点', '4.9个百分点', '高中阶段毛入学率高于全国平均水平', None, 'A', 'E'),
        ('留省就业超过66万人', '66万人', '高校毕业生留省就业', None, 'A', 'AL'),
        ('人均预期寿命达到79.4岁', '79.4岁', '人均预期寿命', 'life_expectancy', 'A', 'E'),
        ('年均增幅3.94%', '3.94%', '最低工资标准', None, 'AG', 'E'),
        ('优良天数比例上升3个百分点', '3个百分点', '优良天数比例上升', None, 'A', 'E'),
        ('国家考核目标14.6个百分点', '14.6个百分点', '国考断面好于Ⅲ类水体比例优于国家考核目标', None,
         'A', 'E'),
        ('全国首批5个国家公园', '5个', '全国首批国家公园', None, 'A', 'E'),
        ('10万套“保交楼”', '10万套', '“保交楼”“保交房”任务', None, 'A', 'E'),
        ('分别下降48.9%、', '48.9%', '生产安全事故起数', None, 'G', 'E'),
        ('48.9%、54.3%', '54.3%', '生产安全事故死亡人数', None, 'G', 'E'),
    ]),
    ('今年经济社会发展主要预期目标是', P26, [
        ('地区生产总值增长5%左右', '5%', '地区生产总值', 'gdp', 'G', 'AP'),
        ('零售总额增长5%左右', '5%', '社会消费品零售总额', 'retail_sales', 'G', 'AP'),
        ('规上工业增加值增长6%左右', '6%', '规上工业增加值', 'industrial_value_added', 'G', 'AP'),
        ('一般公共预算收入增长3.7%', '3.7%', '一般公共预算收入', 'budget_revenue', 'G', 'E'),
        ('新能源产业产值增长8%以上', '8%', '新能源产业产值', None, 'G', 'AL'),
        ('装备制造业增加值增长10%左右', '10%', '装备制造业增加值', None, 'G', 'AP'),
        ('固定资产投资增长3%', '3%', '固定资产投资', 'fixed_asset_investment', 'G', 'E'),
        ('失业率控制在5.5%左右，全社会研发经费投入增长', '5.5%', '城镇调查失业率', 'unemployment_rate', 'R', 'AP'),
        ('经费投入增长10%以上', '10%', '全社会研发经费投入', None, 'G', 'AL'),
        ('农村低保标准提高6%', '6%', '农村低保标准', None, 'G', 'E'),
        ('CPI涨幅2%左右', '2%', 'CPI', 'cpi', 'G', 'AP'),
        ('排放下降3%左右', '3%', '单位GDP二氧化碳排放', 'carbon_intensity', 'G', 'AP'),
    ]),
    ('深入实施提振消费专项行动。', P26, [
        ('比率降低至13.6%左右', '13.6%', '社会物流总费用与GDP比率', None, 'R', 'AP'),
        ('引进培育100家首店', '100家', '引进培育首店', None, 'A', 'E'),
    ]),
    ('推动投资稳定增长。', P26, [
        ('实施亿元以上项目2000个以上', '2000个', '亿元以上项目', None, 'A', 'AL'),
        ('天楹辽源等5个百亿级', '5个', '百亿级绿色氢基能源一体化项目', None, 'A', 'E'),
        ('亿元以上项目达到1000个以上', '1000个', '亿元以上项目', None, 'A', 'AL'),
    ]),
    ('汽车产业加速向新能源智能网联转型', P26, [
        ('新能源汽车产量增长15%左右', '15%', '新能源汽车产量', None, 'G', 'AP'),
        ('吉林梅花60万吨赖氨酸', '60万吨', '吉林梅花赖氨酸项目', None, 'A', 'E'),
        ('年产60万吨油料', '60万吨', '中粮油脂油料项目年产', None, 'A', 'E'),
        ('吉化120万吨乙烯', '120万吨', '吉化乙烯转型升级项目', None, 'A', 'E'),
        ('产值突破1300亿元', '1300亿元', '产值', None, 'A', 'AL'),
        ('装机突破1000万千瓦', '1000万千瓦', '新增开发装机', None, 'A', 'AL'),
        ('产业投资超过1000亿元', '1000亿元', '产业投资', None, 'A', 'AL'),
        ('产值超过350亿元', '350亿元', '产值', None, 'A', 'AL'),
        ('产值达到780亿元', '780亿元', '产值', None, 'A', 'E'),
        ('产业规模突破100亿元', '100亿元', '产业规模', None, 'A', 'AL'),
    ]),
    ('深化有组织聚力攻坚机制。', P26, [
        ('成果数量增长15%以上', '15%', '转化科技成果数量', None, 'G', 'AL'),
        ('吉光3个省实验室', '3个', '省实验室', None, 'A', 'E'),
    ]),
    ('提升农业综合生产能力和质量效益。', P26, [
        ('粮食产量达到900亿斤以上', '900亿斤', '粮食产量', 'grain_output', 'A', 'AL'),
        ('新建高标准农田1000万亩', '1000万亩', '新建高标准农田', None, 'A', 'E'),
        ('配比达到20%', '20%', '传感器、通讯设备等智慧设施配比', None, 'R', 'E'),
        ('新建5个现代化大农业', '5个', '新建现代化大农业全链条样板县', None, 'A', 'E'),
        ('加工业产值达到5600亿元', '5600亿元', '农产品加工业产值', None, 'A', 'E'),
        ('加工量突破100万头', '100万头', '肉牛屠宰加工量', None, 'A', 'AL'),
        ('梅花鹿全产业链产值达到800亿元', '800亿元', '梅花鹿全产业链产值', None, 'A', 'E'),
        ('渔业经济总产值达到400亿元', '400亿元', '渔业经济总产值', None, 'A', 'E'),
        ('全产业链产值达到100亿元', '100亿元', '吉林鲜食玉米全产业链产值', None, 'A', 'E'),
        ('分别达到1230亿元、', '1230亿元', '人参全产业链产值', None, 'A', 'E'),
        ('1230亿元、120亿元', '120亿元', '食用菌全产业链产值', None, 'A', 'E'),
        ('各类棚室5万个', '5万个', '新建各类棚室', None, 'A', 'E'),
        ('新创建2个国家级', '2个', '新创建国家级乡村振兴示范县', None, 'A', 'E'),
    ]),
    ('提升财政金融改革质效。', P26, [
        ('一般性支出压减22.3%', '22.3%', '省级一般性支出', None, 'G', 'E'),
    ]),
    ('持续优化营商环境。', P26, [
        ('筛选100家优质潜力企业', '100家', '筛选优质潜力企业', None, 'A', 'E'),
    ]),
    ('加强对外开放合作。', P26, [
        ('新增外贸企业200家', '200家', '新增外贸企业', None, 'A', 'E'),
    ]),
    ('扎实办好民生实事。', P26, [
        ('为10万名残疾人', '10万名', '提供基本康复服务的残疾人', None, 'A', 'E'),
        ('建设100个中小学校', '100个', '建设中小学校冰雪运动训练室（场）', None, 'A', 'E'),
        ('为1000家左右', '1000家', '配备医保刷脸支付终端的医保定点社区卫生服务中心、乡镇卫生院', None,
         'A', 'AP'),
        ('建设10个县级', '10个', '建设县级综合养老服务中心', None, 'A', 'E'),
        ('、60个乡镇区域', '60个', '建设乡镇区域养老服务中心', None, 'A', 'E'),
        ('、120个村级', '120个', '建设村级养老服务站点', None, 'A', 'E'),
        ('实施100条客运班线', '100条', '客运班线公交化改造', None, 'A', 'E'),
        ('完成1000个行政村', '1000个', '行政村生活污水治理', None, 'A', 'E'),
    ]),
    ('着力稳就业促增收。', P26, [
        ('城镇新增就业21万人', '21万人', '城镇新增就业', 'new_urban_jobs', 'A', 'E'),
        ('转移就业240万人', '240万人', '农村劳动力转移就业', None, 'A', 'E'),
        ('留省就业17万人', '17万人', '高校毕业生留省就业', None, 'A', 'E'),
    ]),
    ('全面发展社会事业。', P26, [
        ('白山2个城市', '2个', '国家公立医院高质量发展示范项目城市', None, 'A', 'E'),
        ('养老床位2000个', '2000个', '增加普惠性养老床位', None, 'A', 'E'),
    ]),
    ('深化污染防治攻坚。', P26, [
        ('工程建设10万亩', '10万亩', '“三北”工程建设', None, 'A', 'E'),
        ('沙化土地治理9万亩', '9万亩', '沙化土地治理', None, 'A', 'E'),
        ('绿水长廊1000公里', '1000公里', '新建和改善提升绿水长廊', None, 'A', 'E'),
        ('幸福河湖10条', '10条', '建设幸福河湖', None, 'A', 'E'),
        ('支撑保障3个体系', '3个', '碳达峰足迹管控、降碳路径、支撑保障体系', None, 'A', 'E'),
    ]),
    ('着力稳定房地产市场。', P26, [
        ('打造20个以上', '20个', '打造“好房子”示范项目', None, 'A', 'AL'),
    ]),
    ('（一）“十五五”发展目标。', F30, [
        ('年均增长5%以上', '5%', '地区生产总值', 'gdp', 'AG', 'AL', {'per': F5}),
        ('制造业增加值占比25%左右', '25%', '制造业增加值占比', None, 'R', 'AP'),
        ('城镇化率达到69%', '69%', '常住人口城镇化率', 'urbanization_rate', 'R', 'E'),
        ('失业率控制在5.5%左右，全社会研发经费投入年均', '5.5%', '城镇调查失业率', 'unemployment_rate',
         'R', 'AP'),
        ('年均增长9%以上', '9%', '全社会研发经费投入', None, 'AG', 'AL', {'per': F5}),
        ('研发投入占比60%左右', '60%', '规上工业企业研发投入占比', None, 'R', 'AP'),
        ('迈上1000亿斤', '1000亿斤', '粮食综合生产能力', None, 'A', 'AL'),
        ('平均含量28克/千克', '28克/千克', '全省土壤有机质平均含量', None, 'A', 'E'),
    ]),
]

MEASURE_CODE = {'A': 'amount', 'G': 'growth_rate', 'AG': 'avg_growth_rate', 'R': 'ratio'}
QUAL_CODE = {'E': 'exact', 'AP': 'approx', 'AL': 'at_least', 'AM': 'at_most'}

# Words right around the span that carry a qualifier (checked against the hand label)
QUAL_WORDS_AFTER = {'以上': 'at_least', '左右': 'approx', '以内': 'at_most', '以下': 'at_most'}
QUAL_WORDS_BEFORE = {'突破': 'at_least', '超过': 'at_least', '超': 'at_least', '逾': 'at_least',
                     '迈上': 'at_least', '不低于': 'at_least', '约': 'approx', '近': 'approx',
                     '不超过': 'at_most', '低于': 'at_most'}
# 超过/高于/优于 before a 个百分点 gap state the size of the gap, not a bound
GAP_COMPARISON = ('超过全国平均水平',)
GROWTH_WORDS = ('增长', '增速', '增幅', '涨幅', '提高', '提升')
DECREASE_WORDS = ('下降', '减少', '降低', '精简', '压减', '缩减')


def parse_surface(surface, value_override=None):
    """-> (value Decimal, unit, mult word or '', written base unit, has_yu)"""
    i = 0
    while i < len(surface) and (surface[i].isdigit() or surface[i] == '.'):
        i += 1
    num = surface[:i]
    rest = surface[i:]
    if value_override is not None:
        assert num == '', surface
        assert rest[0] in '一二三四五六七八九十百千', surface
        rest = rest[1:]  # the Chinese numeral itself (千 = 1000, not a multiplier)
        num = str(value_override)
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
        # surface must be a complete number+unit (no digit directly before)
        assert not text[st - 1].isdigit() and text[st - 1] != '.', surface
        value, unit, mult, wbase, has_yu = parse_surface(surface, extra.get('value'))
        unit_base, factor, dim = BASE_UNITS[wbase]
        unit_base = extra.get('unit_base', unit_base)
        dim = extra.get('dim', dim)
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
        if any(text[:st].endswith(w) for w in GAP_COMPARISON):
            auto = 'exact'
        if has_yu:
            auto = 'at_least'
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
    ('一是全力以进促稳。', R25, [
        ('沈白高铁、G331通车', '沈白高铁', None, '通车', 'completed'),
        ('、G331通车', 'G331', None, '通车', 'completed'),
    ]),
    ('二是推动产业转型升级。', R25, [
        ('吉化乙烯项目投产', '吉化乙烯项目', None, '投产', 'completed'),
        ('世界最大的赖氨酸生产基地', '赖氨酸生产基地', None, '建成', 'completed'),
        ('国电投大安、', '国电投大安', None, '建成投产', 'completed'),
        ('、上海电气洮南、', '上海电气洮南', None, '建成投产', 'completed'),
        ('、中能建松原等', '中能建松原', None, '建成投产', 'completed'),
        ('松原石化园区、', '松原石化园区', None, '入选首批国家级零碳园区建设名单', None),
    ]),
    ('四是推进乡村全面振兴。', R25, [
        ('“千亿斤粮食”产能建设工程', '“千亿斤粮食”产能建设工程', None, '深入实施', 'ongoing'),
    ]),
    ('五是全面深化改革开放。', R25, [
        ('建成国际道路运输集结中心', '国际道路运输集结中心', None, '率先建成', 'completed'),
    ]),
    ('六是倾力保障和改善民生。', R25, [
        ('长春新民大街等', '长春新民大街', None, '焕新亮相', 'completed'),
    ]),
    ('“十四五”时期是吉林高质量发展', R5, [
        ('东北虎豹国家公园成为', '东北虎豹国家公园', None, '成为全国首批5个国家公园之一', None),
    ]),
    ('推动投资稳定增长。', P26, [
        ('启动长四辽通、', '长四辽通', None, '启动', 'started'),
        ('、敦牡和', '敦牡', None, '启动', 'started'),
        ('四梅集扩能', '四梅集扩能', None, '启动', 'started'),
        ('长春都市圈西环、', '长春都市圈西环', None, '建好', 'ongoing'),
        ('、白山至临江、', '白山至临江', None, '建好', 'ongoing'),
        ('、松江河至长白等', '松江河至长白', None, '建好', 'ongoing'),
        ('G334文旅大通道改造升级项目', 'G334文旅大通道改造升级项目', None, '开工', 'started'),
        ('延吉机场迁建', '延吉机场迁建', None, '抓好进度', 'ongoing'),
        ('长春龙嘉机场三期扩建', '长春龙嘉机场三期扩建', None, '抓好进度', 'ongoing'),
        ('松花江等主要江河砂基砂堤治理', '松花江等主要江河砂基砂堤治理', None, '建设', 'ongoing'),
        ('东部两江三期工程', '东部两江三期工程', None, '建设', 'ongoing'),
        ('嫩江干流应急治理工程', '嫩江干流应急治理工程', None, '全面建成', 'completed'),
        ('中核汇能通榆、', '中核汇能通榆', None, '推进建设', 'ongoing'),
        ('、华电榆树、', '华电榆树', None, '推进建设', 'ongoing'),
        ('、天楹辽源等', '天楹辽源', None, '推进建设', 'ongoing'),
        ('“吉电入京”特高压输电通道', '“吉电入京”特高压输电通道', None, '推动开工建设', 'started'),
    ]),
    ('汽车产业加速向新能源智能网联转型', P26, [
        ('一汽—大众CSP平台新车型项目', '一汽—大众CSP平台新车型项目', None, '实施', 'ongoing'),
        ('吉林梅花60万吨赖氨酸', '吉林梅花60万吨赖氨酸', None, '推动释放产能', None),
        ('中粮油脂年产60万吨油料', '中粮油脂年产60万吨油料', None, '抓好建设', 'ongoing'),
        ('吉化120万吨乙烯转型升级项目', '吉化120万吨乙烯转型升级项目', None, '释放新装置产能', None),
        ('碳纤维制品产业园', '碳纤维制品产业园', None, '加快提质升级', None),
        ('长春百克生物制药研发生产基地', '长春百克生物制药研发生产基地', None, '加快建设', 'ongoing'),
        ('光电信息先进制造业集群建设工程', '光电信息先进制造业集群建设工程', None, '实施', 'ongoing'),
    ]),
    ('深化有组织聚力攻坚机制。', P26, [
        ('有研发活动的规上工业企业倍增工程', '有研发活动的规上工业企业倍增工程', None, '启动', 'started'),
        ('“吉林工匠”培育工程', '“吉林工匠”培育工程', None, '推进', 'ongoing'),
    ]),
    ('提升农业综合生产能力和质量效益。', P26, [
        ('现代化大农业示范基地建设工程', '现代化大农业示范基地建设工程', None, '深入实施', 'ongoing'),
    ]),
    ('全面发展社会事业。', P26, [
        ('历史文化遗产保护利用工程', '历史文化遗产保护利用工程', None, '深入实施', 'ongoing'),
    ]),
    ('深化污染防治攻坚。', P26, [
        ('长春市饮用水安全保供工程', '长春市饮用水安全保供工程', None, '实施', 'ongoing'),
        ('推进“三北”工程建设', '“三北”工程', None, '推进', 'ongoing'),
        ('启动向海、', '向海', '向海保护区生态保护修复', '启动', 'started'),
        ('、莫莫格、', '莫莫格', '莫莫格保护区生态保护修复', '启动', 'started'),
        ('哈泥保护区生态保护修复', '哈泥保护区生态保护修复', None, '启动', 'started'),
        ('长春循环经济产业园', '长春循环经济产业园', None, '推动建设', 'ongoing'),
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

# A project span may contain a quantity only where the name states a capacity
# (吉林梅花60万吨赖氨酸, 中粮油脂年产60万吨油料, 吉化120万吨乙烯转型升级项目; see NOTES.md).
CAPACITY_NAMES = {'吉林梅花60万吨赖氨酸', '中粮油脂年产60万吨油料', '吉化120万吨乙烯转型升级项目'}
for p in projects:
    for r in indicators:
        if p['char_start'] <= r['char_start'] < p['char_end']:
            assert p['name'] in CAPACITY_NAMES, (p['name'], r['surface'])

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
    assert written == r['name'] or r['name'].startswith(written) or written in r['name'], r
assert [int(r['mention_id']) for r in back['indicators']] == list(range(1, len(indicators) + 1))
assert [int(r['project_id']) for r in back['projects']] == list(range(1, len(projects) + 1))
assert [int(r['char_start']) for r in back['indicators']] == sorted(int(r['char_start']) for r in back['indicators'])
assert [int(r['char_start']) for r in back['projects']] == sorted(int(r['char_start']) for r in back['projects'])

if __name__ == '__main__':
    print({'n_chars': N, **{nm: len(v) for nm, v in back.items()}})
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
