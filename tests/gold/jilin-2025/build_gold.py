#!/usr/bin/env python3
"""Hand-checked gold annotation of 2025年吉林省政府工作报告.docx (indicators and projects).

Standard library only.  Regenerates indicators.csv and projects.csv in this folder.

The text is read from the .docx as DATASET.md ("Input") defines it: the paragraphs (w:p,
in document order, tables included) joined by "\\n", each the concatenation of its w:t
runs, with <w:br/> as "\\n" and <w:tab/> as "\\t".

Every annotation below is written by hand: the exact surface (or written name) plus an
*anchor*, a longer string that occurs exactly once in the text and contains the surface.
Offsets are then found with str.find and checked (text[char_start:char_end] == surface).
The section outline (needed for section_id) is written by hand as well.
"""
import csv
import os
import sys
import zipfile
import xml.etree.ElementTree as ET
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.normpath(os.path.join(HERE, '..', '..', '..', 'raw', 'provinces-2025',
                                    '2025年吉林省政府工作报告.docx'))
DOC_ID = 'provinces-2025/2025年吉林省政府工作报告'  # path under raw/ without extension (the contract's doc_id)
REPORT_YEAR = 2025

# ---------------------------------------------------------------------------
# Text of the .docx
# ---------------------------------------------------------------------------
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read('word/document.xml'))
    paras = []
    for p in root.iter(W + 'p'):
        # this file has no text boxes, so no paragraph sits inside another one
        assert not list(p.iter(W + 'txbxContent'))
        buf = []
        for r in p.iter(W + 'r'):  # runs only: w:tab inside w:pPr/w:tabs is a tab stop
            for el in r:
                if el.tag == W + 't':
                    buf.append(el.text or '')
                elif el.tag == W + 'br':
                    buf.append('\n')
                elif el.tag == W + 'tab':
                    buf.append('\t')
        paras.append(''.join(buf))
    return '\n'.join(paras)


text = docx_text(SRC)
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
# Sections (only to give section_id): 一、二、三、 and （一）…（八） inside 二、.
# A section runs to the next heading of the same or a higher level (DATASET.md).
# 一是/二是… and ——发展韧性持续增强。 are paragraph heads, not sections.
# ---------------------------------------------------------------------------
HEADINGS = [  # (level, line start anchor)
    (1, '一、2024年工作回顾'),
    (1, '二、2025年工作安排'),
    (2, '（一）聚焦全方位扩大国内需求'),
    (2, '（二）聚焦科技创新和产业创新融合发展'),
    (2, '（三）聚焦扛稳国家粮食安全重任'),
    (2, '（四）聚焦增强发展内生动力'),
    (2, '（五）聚焦稳外贸、稳外资'),
    (2, '（六）聚焦更好统筹发展和安全'),
    (2, '（七）聚焦巩固拓展生态优势'),
    (2, '（八）聚焦保障和改善民生'),
    (1, '三、锲而不舍加强政府自身建设'),
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
# Periods / status per paragraph ("block")
# ---------------------------------------------------------------------------
R24 = (2024, 2024, 'actual')   # 一、2024年工作回顾 (incl. 一年来 paragraph)
P25 = (2025, 2025, 'target')   # 二、2025年工作安排 (今年 / 2025年…预期目标)


def para_span(anchor):
    i = find_unique(anchor)
    assert i == 0 or text[i - 1] == '\n', anchor
    return i, para_end(i)


# ---------------------------------------------------------------------------
# Indicators
# ---------------------------------------------------------------------------
MULT = {'万': Decimal(10) ** 4, '亿': Decimal(10) ** 8, '千': Decimal(10) ** 3, '百': Decimal(100)}
# written unit (after the multiplier) -> (unit_base, factor to unit_base, dimension)
BASE_UNITS = {
    '％': ('%', 1, 'percent'), '%': ('%', 1, 'percent'),
    '元': ('元', 1, 'currency'),
    '亩': ('亩', 1, 'area'),
    '公里': ('公里', 1, 'length'),
    '斤': ('斤', 1, 'mass'), '吨': ('吨', 1, 'mass'),
    '千瓦': ('千瓦', 1, 'energy'), '兆瓦': ('千瓦', 1000, 'energy'),
    '倍': ('倍', 1, 'other'),
    '人': ('人', 1, 'count'), '名': ('人', 1, 'count'), '人次': ('人次', 1, 'count'),
    '户': ('户', 1, 'count'), '家': ('家', 1, 'count'), '个': ('个', 1, 'count'),
    '项': ('项', 1, 'count'), '件': ('件', 1, 'count'), '条': ('条', 1, 'count'),
    '颗': ('颗', 1, 'count'), '枚': ('枚', 1, 'count'), '套': ('套', 1, 'count'),
    '头': ('头', 1, 'count'), '处': ('处', 1, 'count'),
}
INDICATOR_CODES = {'gdp', 'gdp_per_capita', 'industrial_output', 'industrial_value_added',
                   'fixed_asset_investment', 'retail_sales', 'disposable_income',
                   'disposable_income_urban', 'disposable_income_rural', 'energy_intensity',
                   'foreign_trade', 'foreign_investment', 'budget_revenue', 'new_urban_jobs',
                   'unemployment_rate', 'cpi', 'rd_intensity', 'good_air_days',
                   'forest_coverage', 'tourism_revenue', 'grain_output', 'deficit_ratio'}

# Each block: (paragraph start anchor, (period_start, period_end, status), [records])
# record: (anchor, surface, subject, indicator, measure, qualifier[, dimension override])
#   measure: A=amount G=growth_rate AG=avg_growth_rate R=ratio
#   qualifier: E=exact AP=approx AL=at_least AM=at_most
IND_BLOCKS = [
    ('——发展韧性持续增强。', R24, [
        ('产业投资增长10.1％', '10.1％', '产业投资', None, 'G', 'E'),
        ('占规上工业12.3％', '12.3％', '高技术制造业增加值占规上工业', None, 'R', 'E'),
        ('占规上工业16.9％', '16.9％', '战略性新兴产业产值占规上工业', None, 'R', 'E'),
        ('新增风光装机超过600万千瓦', '600万千瓦', '新增风光装机', None, 'A', 'AL'),
        ('正常消纳能力的10倍', '10倍', '新增风光装机', None, 'R', 'E'),
        ('新能源产业投资突破1100亿元', '1100亿元', '新能源产业投资', None, 'A', 'AL'),
        ('配套新能源80％实现自发自用', '80％', '氢基绿能产业园配套新能源自发自用', None, 'R', 'E'),
        ('一般公共预算收入增长10.8％', '10.8％', '一般公共预算收入', 'budget_revenue', 'G', 'E'),
    ]),
    ('——改革创新蓄势赋能。', R24, [
        ('一级企业数量压减80％', '80％', '省属国企一级企业数量', None, 'G', 'E'),
        ('国有资本收益64.6亿元', '64.6亿元', '国有资本收益', None, 'A', 'E'),
        ('64.6亿元，增长358％', '358％', '国有资本收益', None, 'G', 'E'),
        ('转化科技成果3609项', '3609项', '转化科技成果', None, 'A', 'E'),
        ('技术合同成交额达到241亿元', '241亿元', '技术合同成交额', None, 'A', 'E'),
        ('“吉林一号”117颗卫星', '117颗', '“吉林一号”卫星', None, 'A', 'E'),
    ]),
    ('——粮食生产再创新高。', R24, [
        ('播种面积达到8780.7万亩', '8780.7万亩', '播种面积', None, 'A', 'E'),
        ('总产量达到853.2亿斤', '853.2亿斤', '总产量', 'grain_output', 'A', 'E'),
    ]),
    ('——生态质量不断改善。', R24, [
        ('空气质量优良天数92.9％', '92.9％', '空气质量优良天数', 'good_air_days', 'R', 'E'),
        ('优良水体达到89％', '89％', '国考断面优良水体', None, 'R', 'E'),
        ('104条城市黑臭水体', '104条', '城市黑臭水体', None, 'A', 'E'),
    ]),
    ('——安全生产稳定向好。', R24, [
        ('改造老旧燃气管道2249公里', '2249公里', '改造老旧燃气管道', None, 'A', 'E'),
        ('“阀、管”改造99.94万户', '99.94万户', '瓶装液化气居民“阀、管”改造', None, 'A', 'E'),
        ('分别下降40.5％', '40.5％', '生产安全事故起数', None, 'G', 'E'),
        ('40.5％、32.7％', '32.7％', '生产安全事故死亡人数', None, 'G', 'E'),
    ]),
    ('一是全力拼经济稳增长。', R24, [
        ('新能源汽车产量增长27％', '27％', '新能源汽车产量', None, 'G', 'E'),
        ('分别增长22.9％和17.4％', '22.9％', '红旗汽车产量', None, 'G', 'E'),
        ('22.9％和17.4％', '17.4％', '红旗汽车销量', None, 'G', 'E'),
        ('吉化120万吨乙烯项目', '120万吨', '吉化乙烯项目', None, 'A', 'E'),
        ('年产15万吨原丝项目', '15万吨', '吉林化纤原丝项目年产', None, 'A', 'E'),
        ('争取各类中央资金1000亿元以上', '1000亿元', '争取各类中央资金', None, 'A', 'AL'),
        ('亿元以上重大项目1827个', '1827个', '亿元以上重大项目', None, 'A', 'E'),
        ('社会消费品零售总额增长3％左右', '3％', '社会消费品零售总额', 'retail_sales', 'G', 'AP'),
        ('直接拉动消费190亿元', '190亿元', '直接拉动消费', None, 'A', 'E'),
        ('规上服务业营业收入增长8.8％', '8.8％', '规上服务业营业收入', None, 'G', 'E'),
        ('进出口外贸企业132家', '132家', '新增有实绩进出口外贸企业', None, 'A', 'E'),
        ('上线平台企业超过2000家', '2000家', '新增上线平台企业', None, 'A', 'AL'),
        ('出游总花费均增长20％以上。长白山', '20％', '接待国内游客人次、出游总花费', None, 'G', 'AL'),
    ]),
    ('二是全力培育新质生产力。', R24, [
        ('吉光3个省实验室挂牌运行', '3个', '省实验室', None, 'A', 'E'),
        ('认定高新技术企业超过4100家', '4100家', '认定高新技术企业', None, 'A', 'AL'),
        ('国家首批20个', '20个', '国家首批“车路云一体化”试点城市', None, 'A', 'E'),
    ]),
    ('三是全力发展现代化大农业。', R24, [
        ('改造提升高标准农田806万亩', '806万亩', '新建和改造提升高标准农田', None, 'A', 'E'),
        ('推广面积达到3800万亩', '3800万亩', '保护性耕作推广面积', None, 'A', 'E'),
        ('新达产项目314个', '314个', '农产品加工业新达产项目', None, 'A', 'E'),
        ('新增产值365亿元', '365亿元', '新增产值', None, 'A', 'E'),
        ('综合产值突破800亿元', '800亿元', '人参产业综合产值', None, 'A', 'AL'),
        ('总产值达到3100亿元', '3100亿元', '农林牧渔总产值', None, 'A', 'E'),
        ('新建宜居农房18393户', '18393户', '新建宜居农房', None, 'A', 'E'),
    ]),
    ('四是全力深化改革扩大开放。', R24, [
        ('11.7万个政务服务事项', '11.7万个', '政务服务事项', None, 'A', 'E'),
        ('新登记经营主体60.7万户', '60.7万户', '新登记经营主体', None, 'A', 'E'),
        ('形成固定资产550亿元', '550亿元', '招商引资产业类项目形成固定资产', None, 'A', 'E'),
    ]),
    ('五是全力保障和改善民生。', R24, [
        ('新增财力80％以上', '80％', '新增财力用于民生领域', None, 'R', 'AL'),
        ('全面完成25项民生实事', '25项', '民生实事', None, 'A', 'E'),
        ('城镇新增就业23.35万人', '23.35万人', '城镇新增就业', 'new_urban_jobs', 'A', 'E'),
        ('转移就业295.56万人', '295.56万人', '农村劳动力转移就业', None, 'A', 'E'),
        ('高校毕业生留吉突破15万人', '15万人', '高校毕业生留吉', None, 'A', 'AL'),
        ('每人每年670元', '670元', '城乡居民基本医疗保险补助标准', None, 'A', 'E'),
        ('幼儿园学位11870个', '11870个', '提供优质公办幼儿园学位', None, 'A', 'E'),
        ('困难家庭考生2570名', '2570名', '资助困难家庭考生', None, 'A', 'E'),
        ('医疗机构达307家', '307家', '“一次就诊只挂一次号”医疗机构', None, 'A', 'E'),
        ('新增助老餐厅餐点1327个', '1327个', '新增助老餐厅餐点', None, 'A', 'E'),
        ('1.5万套“保交楼”', '1.5万套', '“保交楼”任务', None, 'A', 'E'),
        ('解决9.5万户', '9.5万户', '解决“无籍房”办证问题', None, 'A', 'E'),
        ('获得62枚金牌', '62枚', '金牌', None, 'A', 'E'),
        ('安置危房群众866户', '866户', '安置危房群众', None, 'A', 'E'),
        ('加固重建危房1312户', '1312户', '加固重建危房', None, 'A', 'E'),
    ]),
    ('一年来，我们持续加强政府自身建设。', R24, [
        ('全国政协提案3件', '3件', '全国政协提案', None, 'A', 'E'),
        ('省人大代表建议214件', '214件', '省人大代表建议', None, 'A', 'E'),
        ('省政协提案538件', '538件', '省政协提案', None, 'A', 'E'),
    ]),
    ('2025年经济社会发展主要预期目标是', P25, [
        ('地区生产总值增长5.5％左右', '5.5％', '地区生产总值', 'gdp', 'G', 'AP'),
        ('粮食产量880亿斤以上', '880亿斤', '粮食产量', 'grain_output', 'A', 'AL'),
        ('固定资产投资增长5％左右', '5％', '固定资产投资', 'fixed_asset_investment', 'G', 'AP'),
        ('社会消费品零售总额增长6％左右', '6％', '社会消费品零售总额', 'retail_sales', 'G', 'AP'),
        ('一般公共预算收入增长3％左右', '3％', '一般公共预算收入', 'budget_revenue', 'G', 'AP'),
        ('失业率控制在5.5％左右', '5.5％', '城镇调查失业率', 'unemployment_rate', 'R', 'AP'),
        ('涨幅在2％左右', '2％', '居民消费价格指数', 'cpi', 'G', 'AP'),
        ('能耗下降2％左右', '2％', '单位GDP能耗', 'energy_intensity', 'G', 'AP'),
    ]),
    ('大力提振消费。', P25, [
        ('引进培育100个首店', '100个', '引进培育首店', None, 'A', 'E'),
        ('打造5个夜间消费集聚区', '5个', '打造夜间消费集聚区', None, 'A', 'E'),
        ('20个夜间消费新场景', '20个', '打造夜间消费新场景', None, 'A', 'E'),
    ]),
    ('提高投资效益。', P25, [
        ('实施重大项目2500个以上', '2500个', '重大项目', None, 'A', 'AL'),
        ('其中亿元以上项目1500个以上', '1500个', '亿元以上项目', None, 'A', 'AL'),
        ('产业投资占比超过50％', '50％', '产业投资占比', None, 'R', 'AL'),
        ('亿元以上项目达到1000个', '1000个', '亿元以上项目', None, 'A', 'E'),
    ]),
    ('加强科技创新资源统筹。', P25, [
        ('吉光3个省实验室和', '3个', '省实验室', None, 'A', 'E'),
        ('企业数量增长10％以上', '10％', '国家高新技术企业数量', None, 'G', 'AL'),
        ('经费投入增长10％左右', '10％', 'R＆D经费投入', None, 'G', 'AP'),
        ('成果数量增长15％以上', '15％', '转化科技成果数量', None, 'G', 'AL'),
    ]),
    ('做大做强先进制造业。', P25, [
        ('时速250公里', '250公里', '氢能驱动城际市域列车时速', None, 'A', 'E', 'other'),
    ]),
    ('大力推动新能源产业跨越式发展。', P25, [
        ('产业投资超过1300亿元', '1300亿元', '产业投资', None, 'A', 'AL'),
        ('新能源装机600万千瓦以上', '600万千瓦', '新能源装机', None, 'A', 'AL'),
        ('新增500兆瓦以上', '500兆瓦', '“以大换小”新增', None, 'A', 'AL'),
        ('等5个以上装备制造项目', '5个', '开工建设装备制造项目', None, 'A', 'AL'),
    ]),
    ('持续打造旅游万亿级产业。', P25, [
        ('边境游突破500万人次', '500万人次', '边境游', None, 'A', 'AL'),
        ('新建1处大型滑雪度假中心', '1处', '新建大型滑雪度假中心', None, 'A', 'E'),
        ('增速均达到20％以上', '20％', '新雪季接待游客人次、出游总花费', None, 'G', 'AL'),
    ]),
    ('全方位夯实粮食安全根基。', P25, [
        ('建设高标准农田1000万亩', '1000万亩', '建设高标准农田', None, 'A', 'E'),
        ('面积新增200万亩', '200万亩', '保护性耕作面积新增', None, 'A', 'E'),
        ('面积新增100万亩', '100万亩', '“水肥一体化”推广面积新增', None, 'A', 'E'),
        ('加快6个省级育种创新平台建设', '6个', '省级育种创新平台', None, 'A', 'E'),
        ('机械化率达到94.7％', '94.7％', '农作物耕种收综合机械化率', None, 'R', 'E'),
        ('小农户规模达到160万户', '160万户', '带动小农户规模', None, 'A', 'E'),
    ]),
    ('发展壮大农产品精深加工集群。', P25, [
        ('肉牛屠宰量达到80万头', '80万头', '肉牛屠宰量', None, 'A', 'E'),
    ]),
    ('持续巩固拓展脱贫攻坚成果。', P25, [
        ('工资性收入提高20％以上', '20％', '工资性收入', None, 'G', 'AL'),
        ('“美丽乡村示范县”5个', '5个', '打造“美丽乡村示范县”', None, 'A', 'E'),
        ('“百村示范”村200个', '200个', '打造“百村示范”村', None, 'A', 'E'),
        ('清洁覆盖率保持100％', '100％', '行政村清洁覆盖率', None, 'R', 'E'),
        ('新改建农村公路2700公里', '2700公里', '新改建农村公路', None, 'A', 'E'),
        ('“畅返不畅”工程5200公里', '5200公里', '“畅返不畅”工程', None, 'A', 'E'),
    ]),
    ('统筹推进城乡融合发展。', P25, [
        ('提升4项行动', '4项', '行动', None, 'A', 'E'),
        ('开展好5个国家新型城镇化试点', '5个', '国家新型城镇化试点', None, 'A', 'E'),
    ]),
    ('强化有组织扩大开放。', P25, [
        ('新引进项目1000个', '1000个', '新引进项目', None, 'A', 'E'),
        ('合同引资额3000亿元', '3000亿元', '合同引资额', None, 'A', 'E'),
    ]),
    ('发展壮大对外贸易。', P25, [
        ('新增外贸企业200家以上', '200家', '新增外贸企业', None, 'A', 'AL'),
    ]),
    ('推动房地产业健康发展。', P25, [
        ('推动10个以上“好房子”', '10个', '“好房子”示范项目', None, 'A', 'AL'),
    ]),
    ('持续打好污染防治攻坚战。', P25, [
        ('空气优良天数保持在93％左右', '93％', '空气优良天数', 'good_air_days', 'R', 'AP'),
        ('优良水体保持在85％以上', '85％', '优良水体', None, 'R', 'AL'),
        ('安全利用率保持在95％以上', '95％', '受污染耕地安全利用率', None, 'R', 'AL'),
    ]),
    ('扎实推进生态保护修复。', P25, [
        ('工程建设面积70万亩', '70万亩', '“三北”工程建设面积', None, 'A', 'E'),
        ('修复国土50万亩', '50万亩', '“山水工程”“历史矿山”示范工程修复国土', None, 'A', 'E'),
    ]),
    ('办好20件民生实事。', P25, [
        ('办好20件民生实事', '20件', '民生实事', None, 'A', 'E'),
        ('为7000户困难老年人家庭', '7000户', '困难老年人家庭适老化改造', None, 'A', 'E'),
        ('建设24个群众滑冰场', '24个', '建设群众滑冰场', None, 'A', 'E'),
        ('26个户外健身中心', '26个', '建设户外健身中心', None, 'A', 'E'),
        ('公交化线路120条', '120条', '改造客运班线公交化线路', None, 'A', 'E'),
    ]),
    ('发展社会事业。', P25, [
        ('城镇新增就业21万人', '21万人', '城镇新增就业', 'new_urban_jobs', 'A', 'E'),
        ('转移就业270万人', '270万人', '农村劳动力转移就业', None, 'A', 'E'),
        ('高校毕业生留吉超过15万人', '15万人', '高校毕业生留吉', None, 'A', 'AL'),
        ('助餐点1000个', '1000个', '新建改建合作助老餐厅和助餐点', None, 'A', 'E'),
    ]),
]

MEASURE_CODE = {'A': 'amount', 'G': 'growth_rate', 'AG': 'avg_growth_rate', 'R': 'ratio'}
QUAL_CODE = {'E': 'exact', 'AP': 'approx', 'AL': 'at_least', 'AM': 'at_most'}

# Words right around the span that carry a qualifier (checked against the hand label)
QUAL_WORDS_AFTER = {'以上': 'at_least', '左右': 'approx', '以内': 'at_most', '以下': 'at_most'}
QUAL_WORDS_BEFORE = {'突破': 'at_least', '超过': 'at_least', '逾': 'at_least', '不低于': 'at_least',
                     '约': 'approx', '近': 'approx', '不超过': 'at_most', '低于': 'at_most'}
GROWTH_WORDS = ('增长', '增速', '涨幅', '提高', '下降', '压减')
DECREASE_WORDS = ('下降', '减少', '降低', '精简', '压减', '缩减')


def parse_surface(surface):
    """-> (value Decimal, unit, mult word or '', written base unit, has_yu)"""
    i = 0
    while i < len(surface) and (surface[i].isdigit() or surface[i] == '.'):
        i += 1
    num = surface[:i]
    rest = surface[i:]
    has_yu = rest.startswith('余') or rest.startswith('多')
    if has_yu:
        rest = rest[1:]
    unit = rest
    mult = ''
    if unit and unit[0] in MULT and unit[1:] in BASE_UNITS:
        mult = unit[0]
    wbase = unit[len(mult):]
    assert wbase in BASE_UNITS, (surface, wbase)
    return Decimal(num), unit, mult, wbase, has_yu


def fmt_float(d):
    if d is None:
        return ''
    return repr(float(d))


indicators = []
for anchor_para, per, recs in IND_BLOCKS:
    ps, pe = para_span(anchor_para)
    for rec in recs:
        anchor, surface, subject, ind, mcode, qcode = rec[:6]
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
        value, unit, mult, wbase, has_yu = parse_surface(surface)
        unit_base, factor, dim = BASE_UNITS[wbase]
        if len(rec) > 6:
            dim = rec[6]
        vb = value * (MULT[mult] if mult else 1) * factor
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
        assert auto == qual, ('qualifier mismatch', surface, anchor, auto, qual)
        # growth words: negative value_base for decreases
        if measure in ('growth_rate', 'avg_growth_rate'):
            before = text[max(0, st - 8):st]
            assert any(w in before for w in GROWTH_WORDS), (surface, before)
            if any(w in before for w in DECREASE_WORDS):
                vb = -vb
        if measure in ('growth_rate', 'avg_growth_rate'):
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
    ('——发展韧性持续增强。', R24, [
        ('氢基绿能产业园', '氢基绿能产业园', None, None, None),
    ]),
    ('一是全力拼经济稳增长。', R24, [
        ('吉化120万吨乙烯项目', '吉化120万吨乙烯项目', None, '主体完工', 'ongoing'),
        ('吉林化纤年产15万吨原丝项目', '吉林化纤年产15万吨原丝项目', None, '投产', 'completed'),
        ('奥迪PPE、', '奥迪PPE', '奥迪PPE项目', '竣工投产', 'completed'),
        ('比亚迪弗迪项目', '比亚迪弗迪项目', None, '竣工投产', 'completed'),
        ('长春轨道交通6号线', '长春轨道交通6号线', None, '投入运行', 'completed'),
        ('长太高速', '长太高速', None, '投入运行', 'completed'),
        ('。长春轨道交通6号线、长太高速等投入运行，沈白高铁', '沈白高铁', None, '顺利推进', 'ongoing'),
        ('大水网工程', '大水网工程', None, '顺利推进', 'ongoing'),
        ('、G331及', 'G331', None, '顺利推进', 'ongoing'),
    ]),
    ('二是全力培育新质生产力。', R24, [
        ('严寒地区全钒液流共享储能电站', '严寒地区全钒液流共享储能电站', None, '投入运行', 'completed'),
    ]),
    ('三是全力发展现代化大农业。', R24, [
        ('深入实施“十百千万”工程，新建', '“十百千万”工程', None, '深入实施', 'ongoing'),
    ]),
    ('提高投资效益。', P25, [
        ('珲春至防川高速项目', '珲春至防川高速项目', None, '开工', 'started'),
        ('长春都市圈西环线', '长春都市圈西环线', None, '加快建设', 'ongoing'),
        ('、白山至临江、', '白山至临江', '白山至临江高速', '加快建设', 'ongoing'),
        ('松江河至长白高速', '松江河至长白高速', None, '加快建设', 'ongoing'),
        ('G331公路', 'G331公路', None, '加快建设', 'ongoing'),
        ('沈白高铁建成通车', '沈白高铁', None, '建成通车', 'completed'),
        ('长春龙嘉国际机场三期扩建工程', '长春龙嘉国际机场三期扩建工程', None, '加快前期工作', 'planned'),
        ('延吉机场迁建项目', '延吉机场迁建项目', None, '加快前期工作', 'planned'),
        ('和龙通用机场', '和龙通用机场', None, '年底竣工', 'completed'),
    ]),
    ('加强科技创新资源统筹。', P25, [
        ('“百亿工程”', '“百亿工程”', None, '实施', 'ongoing'),
        ('“办学条件改善工程”', '“办学条件改善工程”', None, '实施', 'ongoing'),
    ]),
    ('做大做强先进制造业。', P25, [
        ('加快制品产业园建设', '制品产业园', None, '加快建设', 'ongoing'),
        ('氢冶金新材料项目', '氢冶金新材料项目', None, '启动建设', 'started'),
        ('高端图像传感器生产线项目', '高端图像传感器生产线项目', None, '建成投产', 'completed'),
        ('加快传感器产业园建设', '传感器产业园', None, '加快建设', 'ongoing'),
        ('OLED材料项目', 'OLED材料项目', None, '布局', 'planned'),
    ]),
    ('大力推动新能源产业跨越式发展。', P25, [
        ('东方电气氢燃料电池', '东方电气氢燃料电池', None, '开工建设', 'started'),
        ('吉电股份大安一期', '吉电股份大安一期', None, '如期竣工投产', 'completed'),
        ('上海电气绿色甲醇', '上海电气绿色甲醇', None, '如期竣工投产', 'completed'),
    ]),
    ('持续打造旅游万亿级产业。', P25, [
        ('G331吉林段', 'G331吉林段', None, '全线贯通', 'completed'),
        ('建设冰雪装备产业园', '冰雪装备产业园', None, '建设', 'ongoing'),
    ]),
    ('持续巩固拓展脱贫攻坚成果。', P25, [
        ('深入实施“十百千万”工程，打造', '“十百千万”工程', None, '深入实施', 'ongoing'),
        ('“畅返不畅”工程', '“畅返不畅”工程', None, '实施', 'ongoing'),
    ]),
    ('扎实推进生态保护修复。', P25, [
        ('林草湿生态连通', '林草湿生态连通', None, '实施好', 'ongoing'),
        ('万里绿水长廊', '万里绿水长廊', None, '实施好', 'ongoing'),
        ('长白山森林植被恢复', '长白山森林植被恢复', None, '实施好', 'ongoing'),
        ('东北虎豹国家公园', '东北虎豹国家公园', None, '建设好', 'ongoing'),
        ('“三北”工程', '“三北”工程', None, None, None),
        ('“山水工程”', '“山水工程”', None, None, None),
        ('“历史矿山”示范工程', '“历史矿山”示范工程', None, None, None),
        ('抓好生态补水、', '生态补水', None, '抓好', 'ongoing'),
        ('、灌区退水治理等重点工程', '灌区退水治理', None, '抓好', 'ongoing'),
        ('查干湖生态治理专项工程', '查干湖生态治理专项工程', None, '扎实推进', 'ongoing'),
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

# A project span may contain a quantity only where the name states a capacity
# (吉化120万吨乙烯项目, 吉林化纤年产15万吨原丝项目; see NOTES.md).
CAPACITY_NAMES = {'吉化120万吨乙烯项目', '吉林化纤年产15万吨原丝项目'}
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

# The text length gwr reported for this file (documents.n_chars), checked only after the
# annotation was complete; the extraction above was written from DATASET.md alone.
N_CHARS_GWR = 10421
if N_CHARS_GWR is not None:
    assert N == N_CHARS_GWR, (N, N_CHARS_GWR)

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
