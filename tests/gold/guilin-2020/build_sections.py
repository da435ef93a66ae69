#!/usr/bin/env python3
"""Hand annotation (blind) of the outline of lawtext-sample/city/桂林市/2020.md.

Standard library only.  Writes sections.csv next to this script (the report has no 名词解释-type
block: its [1]…[28] note marks have no notes in the file, so there is no glossary.csv).
Offsets are code points of the whole decoded file (UTF-8, front matter and markup included).
Judgement calls: NOTES.md.
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN = os.path.join(HERE, '..', '..', '..')  # the repository root
SRC = os.path.join(MAIN, 'raw', 'lawtext-sample', 'city', '桂林市', '2020.md')
ENCODING = 'utf-8'
DOC_ID = 'lawtext-sample/city/桂林市/2020'
# The shared method: tests/gold/outline_gold.py.
sys.path.insert(0, os.path.join(HERE, '..'))
import outline_gold  # noqa: E402

outline_gold.init(SRC, ENCODING, HERE, DOC_ID)
from outline_gold import *  # noqa: E402,F401,F403

assert N == 22923, N
BODY_END = rstrip_end(N)  # the closing 各位代表，志不求易者成…努力奋斗！ ends the file

# the （N） headings stand on their own line with no 。: the heading is the whole line
L2_REVIEW = [
    '聚焦实施国家战略，“两个建成”基础更加扎实',
    '聚焦“六稳”[4]狠抓落实，经济运行保持总体平稳',
    '聚焦三个攻坚突破，发展新动能不断增强',
    '聚焦统筹协调发展，城乡面貌深刻变化',
    '聚焦基础设施建设，发展支撑能力不断提升',
    '聚焦生态文化建设，“一城文化满城绿”风韵更加彰显',
    '聚焦深化改革开放，市场主体活力有效释放',
    '聚焦抓脱贫惠民生，人民群众获得感持续增强',
]
L2_PLAN = [
    '坚持新发展理念，统筹实施国家战略，决战决胜“两个建成”',
    '坚持高质量发展，集中优势资源，聚力推动工业振兴',
    '坚持深化农业供给侧结构性改革，突出四大重点，全力推动乡村振兴',
    '坚持旅游带动，促进消费升级，推动服务业转型发展',
    '坚持项目带动，增加有效投资，持续增强发展后劲',
    '坚持建管并重，建设公园城市，打造品位休闲之都',
    '坚持问题导向，攻克深度贫困堡垒，坚决打赢脱贫攻坚战',
    '坚持改革创新，完善治理体系，不断提升治理水平',
    '坚持生态立市，生态文化相融，厚植高质量发展优势',
    '坚持以人民为中心，补齐民生短板，增强人民群众获得感',
]
CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']
spec = [(1, '一、', '2019年工作回顾', '一、2019年工作回顾**', 'next')]
for k, h in enumerate(L2_REVIEW):
    mk = '（%s）' % CN[k]
    spec.append((2, mk, h, mk + h + '\n', 'next'))
spec.append((1, '二、', '2020年工作总体要求和目标任务', '二、2020年工作总体要求和目标任务**', 'next'))
for k, h in enumerate(L2_PLAN):
    mk = '（%s）' % CN[k]
    spec.append((2, mk, h, mk + h + '\n', 'next'))
rows = build_sections(spec, BODY_END)
assert len(rows) == 20
# each （N） line is the whole heading line
for r in rows:
    if r['level'] == 2:
        assert text[r['char_start']:line_end(r['char_start'])] == r['marker'] + r['heading']

for r in rows:
    print(r['section_id'], r['parent_id'], r['level'], r['marker'], r['heading'], r['char_start'], r['char_end'],
          repr(text[r['char_start']:r['char_start'] + 12]), '…', repr(text[r['char_end'] - 12:r['char_end']]))
write_csv('sections', SEC_COLS, rows)
