#!/usr/bin/env python3
"""Hand annotation (blind) of the outline and glossary of lawtext-sample/provincial/江西省/2013.md.

Standard library only.  Writes sections.csv and glossary.csv next to this script.  Offsets are
code points of the whole decoded file (UTF-8, front matter and Markdown markup included).
Judgement calls: NOTES.md.
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN = os.path.join(HERE, '..', '..', '..')  # the repository root
SRC = os.path.join(MAIN, 'raw', 'lawtext-sample', 'provincial', '江西省', '2013.md')
ENCODING = 'utf-8'
DOC_ID = 'lawtext-sample/provincial/江西省/2013'
# The shared method: tests/gold/outline_gold.py.
sys.path.insert(0, os.path.join(HERE, '..'))
import outline_gold  # noqa: E402

outline_gold.init(SRC, ENCODING, HERE, DOC_ID)
from outline_gold import *  # noqa: E402,F401,F403

assert N == 15320, N
BODY_END = rstrip_end(N)  # the annex's last entry ends the file

SPEC = [
    # level, marker, heading, anchor (begins with the marker), rule
    (1, '一、', '2012年及本届政府工作回顾', '一、2012年及本届政府工作回顾**', 'next'),
    (1, '二、', '今后五年的总体要求和目标任务', '二、今后五年的总体要求和目标任务**', 'next'),
    (1, '三、', '2013年的重点工作', '三、2013年的重点工作\n', 'next'),
    (2, '（一）', '着力扩大投资和消费，推动经济持续健康较快发展', '（一）着力扩大投资和消费，推动经济持续健康较快发展。\n', 'next'),
    (2, '（二）', '大力培育区域经济增长极，促进区域经济协调发展', '（二）大力培育区域经济增长极，促进区域经济协调发展。\n', 'next'),
    (2, '（三）', '实施创新驱动发展战略，加快产业结构调整', '（三）实施创新驱动发展战略，加快产业结构调整。\n', 'next'),
    (2, '（四）', '加强“三农”工作，夯实农业农村发展基础', '（四）加强“三农”工作，夯实农业农村发展基础。\n', 'next'),
    (2, '（五）', '着力推进城镇化，不断拓宽经济发展空间', '（五）着力推进城镇化，不断拓宽经济发展空间。\n', 'next'),
    (2, '（六）', '深入推进改革开放，不断激发发展活力', '（六）深入推进改革开放，不断激发发展活力。\n', 'next'),
    (2, '（七）', '积极推进生态文明建设，努力建设秀美江西', '（七）积极推进生态文明建设，努力建设秀美江西。\n', 'next'),
    (2, '（八）', '加快发展社会事业，维护社会和谐稳定', '（八）加快发展社会事业，维护社会和谐稳定。\n', 'next'),
    (2, '（九）', '扎实推进民生工程，增进人民群众福祉', '（九）扎实推进民生工程，增进人民群众福祉。\n', 'next'),
    # the annex: marker 附件 (no number), its title on the next line (bold); the glossary is the
    # annex's whole content, so the annex is the one level-1 section (nothing inside it is a section)
    (1, '附件', '《政府工作报告》注释', '\n附件\n', 'next', '**《政府工作报告》注释**'),
]
# an anchor may carry context before the marker ('\n'); a heading anchor may carry markup (**)
fixed = []
for item in SPEC:
    item = list(item)
    if item[3].startswith('\n'):
        item[3] = item[3][1:]  # '附件\n' is unique too
    if len(item) > 5:
        item[5] = item[5].strip('*')
    fixed.append(tuple(item))
rows = build_sections(fixed, BODY_END)
assert [r['level'] for r in rows].count(1) == 4 and len(rows) == 13

# glossary: the annex's numbered entries 1.…17. (the number, its dot and a space are in no span)
import re
annex = rows[-1]['char_start']
entry_starts = []
for m in re.finditer(r'(?m)^(\d+)\.\s*', text[annex:BODY_END]):
    entry_starts.append(annex + m.end())
nums = [int(re.match(r'\d+', text[line_start(s):s]).group()) for s in entry_starts]
assert nums == list(range(1, 18)), nums
gl = build_glossary(entry_starts, BODY_END, annex)
assert len(gl) == 17

for r in rows:
    print(r['section_id'], r['parent_id'], r['level'], r['marker'], r['heading'], r['char_start'], r['char_end'],
          repr(text[r['char_start']:r['char_start'] + 12]), '…', repr(text[r['char_end'] - 12:r['char_end']]))
for g in gl:
    print(g['char_start'], g['char_end'], g['term'], g['first_use'],
          repr(text[g['first_use']:g['first_use'] + 12]) if g['first_use'] is not None else '')
write_csv('sections', SEC_COLS, rows)
write_csv('glossary', GLO_COLS, gl)
