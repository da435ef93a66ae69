#!/usr/bin/env python3
"""Hand annotation (blind) of the outline of lawtext-sample/city/焦作市/2014.md.

Standard library only.  Writes sections.csv next to this script (no 名词解释-type block, so no
glossary.csv).  Offsets are code points of the whole decoded file (UTF-8, front matter and
Markdown markup included; a bold heading starts at its marker, after the **).
Judgement calls: NOTES.md.
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN = os.path.join(HERE, '..', '..', '..')  # the repository root
SRC = os.path.join(MAIN, 'raw', 'lawtext-sample', 'city', '焦作市', '2014.md')
ENCODING = 'utf-8'
DOC_ID = 'lawtext-sample/city/焦作市/2014'
# The shared method: tests/gold/outline_gold.py.
sys.path.insert(0, os.path.join(HERE, '..'))
import outline_gold  # noqa: E402

outline_gold.init(SRC, ENCODING, HERE, DOC_ID)
from outline_gold import *  # noqa: E402,F401,F403

assert N == 15326, N
BODY_END = rstrip_end(N)  # the closing 各位代表！美好的前景…新篇章！ ends the file

# 'para': run-in （N） headings that are each one paragraph (一、 and 四、): by the README refinement
# the last is one paragraph too and what follows belongs to the part.  In 三、 the run-in （一）
# is followed by a second paragraph (坚持把开放招商…), so 三、's items run to the next heading.
spec = [
    (1, '一、', '过去五年工作回顾', '一、过去五年工作回顾**', 'next'),
    (2, '（一）', '积极应对金融危机，保持经济平稳较快发展', '（一）积极应对金融危机，保持经济平稳较快发展。', 'para'),
    (2, '（二）', '大力优化产业结构，加快转变经济发展方式', '（二）大力优化产业结构，加快转变经济发展方式。', 'para'),
    (2, '（三）', '全面深化改革开放，发展动力活力持续增强', '（三）全面深化改革开放，发展动力活力持续增强。', 'para'),
    (2, '（四）', '统筹城乡一体发展，新型城镇化建设稳步推进', '（四）统筹城乡一体发展，新型城镇化建设稳步推进。', 'para'),
    (2, '（五）', '着力保障改善民生，社会大局和谐稳定', '（五）着力保障改善民生，社会大局和谐稳定。', 'para'),
    (2, '（六）', '持续转变政府职能，自身建设不断加强', '（六）持续转变政府职能，自身建设不断加强。', 'para'),
    (1, '二、', '今后五年目标任务', '二、今后五年目标任务**', 'next'),
    (1, '三、', '2014年重点工作', '三、2014年重点工作**', 'next'),
    (2, '（一）', '着力深化改革开放', '（一）着力深化改革开放。', 'next'),
    (2, '（二）', '着力推进十大建设', '（二）着力推进十大建设。', 'next'),
    (2, '（三）', '着力加快工业转型', '（三）着力加快工业转型。', 'next'),
    (2, '（四）', '着力强化科技支撑', '（四）着力强化科技支撑。', 'next'),
    (2, '（五）', '着力推进新型城镇化发展', '（五）着力推进新型城镇化发展。', 'next'),
    (2, '（六）', '着力发展现代农业', '（六）着力发展现代农业。', 'next'),
    (2, '（七）', '着力提升服务业发展水平', '（七）着力提升服务业发展水平。', 'next'),
    (2, '（八）', '着力加强生态文明建设', '（八）着力加强生态文明建设。', 'next'),
    (2, '（九）', '着力保障改善民生', '（九）着力保障改善民生。', 'next'),
    (1, '四、', '以改革创新精神打造务实重干的人民政府', '四、以改革创新精神打造务实重干的人民政府**', 'next'),
    (2, '（一）', '坚持改进作风，建设服务型政府', '（一）坚持改进作风，建设服务型政府。', 'para'),
    (2, '（二）', '坚持依法行政，建设法治政府', '（二）坚持依法行政，建设法治政府。', 'para'),
    (2, '（三）', '坚持转变职能，建设创新政府', '（三）坚持转变职能，建设创新政府。', 'para'),
    (2, '（四）', '坚持清廉从政，建设廉洁政府', '（四）坚持清廉从政，建设廉洁政府。', 'para'),
]
rows = build_sections(spec, BODY_END)
assert len(rows) == 23
for r in rows:
    st = r['char_start']
    if r['level'] == 2:  # run-in: heading = text up to the first 。
        assert text[st + len(r['marker']):].split('。')[0] == r['heading']
        assert text[st - 1] == '\n'
# (九) of 三、 is one paragraph anyway: 'next' and 'para' agree
r9 = rows[17]
assert r9['marker'] == '（九）' and r9['char_end'] == rstrip_end(line_end(r9['char_start']))

for r in rows:
    print(r['section_id'], r['parent_id'], r['level'], r['marker'], r['heading'], r['char_start'], r['char_end'],
          repr(text[r['char_start']:r['char_start'] + 12]), '…', repr(text[r['char_end'] - 12:r['char_end']]))
write_csv('sections', SEC_COLS, rows)
