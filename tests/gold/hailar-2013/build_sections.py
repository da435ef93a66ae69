#!/usr/bin/env python3
"""Hand annotation (blind) of the outline of hailar/海拉尔区政府工作报告-2013.txt.

Standard library only.  Writes sections.csv next to this script (no 名词解释-type block, so no
glossary.csv).  The file is GBK with CRLF line ends: decoded as gb18030, CRLF kept (counts 2);
offsets are code points of that text.  Headings are indented with two U+3000: a section starts
at its marker, after the indent.  Judgement calls: NOTES.md.
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN = os.path.join(HERE, '..', '..', '..')  # the repository root
SRC = os.path.join(MAIN, 'raw', 'hailar', '海拉尔区政府工作报告-2013.txt')
ENCODING = 'gb18030'
DOC_ID = 'hailar/海拉尔区政府工作报告-2013'
# The shared method: tests/gold/outline_gold.py.
sys.path.insert(0, os.path.join(HERE, '..'))
import outline_gold  # noqa: E402

outline_gold.init(SRC, ENCODING, HERE, DOC_ID)
from outline_gold import *  # noqa: E402,F401,F403

assert N == 8472, N
assert text.count('\r\n') == 45
BODY_END = rstrip_end(N)  # the closing 各位代表！回顾过去…而努力奋斗！ ends the file (no final line break)

# the （N） headings stand on their own line with no 。: the heading is the whole line, indent and
# a trailing space (（三）…改善民生 \r\n) left out
spec = [
    (1, '一、', '过去一年工作回顾', '一、过去一年工作回顾\r\n', 'next'),
    (1, '二、', '2013年工作安排', '二、2013年工作安排\r\n', 'next'),
    (2, '（一）', '加快产业发展，切实做强做优县域经济', '（一）加快产业发展，切实做强做优县域经济\r\n', 'next'),
    (2, '（二）', '坚持城乡统筹发展，加快推进新型城镇化进程', '（二）坚持城乡统筹发展，加快推进新型城镇化进程\r\n', 'next'),
    (2, '（三）', '切实加强社会建设，保障和改善民生', '（三）切实加强社会建设，保障和改善民生 \r\n', 'next'),
    (2, '（四）', '全面加强新形势下的政府自身建设', '（四）全面加强新形势下的政府自身建设\r\n', 'next'),
]
rows = build_sections(spec, BODY_END)
assert len(rows) == 6
for r in rows:
    st = r['char_start']
    assert text[line_start(st):st] == '\u3000\u3000'
    assert text[st:line_end(st)].rstrip(WS) == (r['marker'] + r['heading'])

for r in rows:
    print(r['section_id'], r['parent_id'], r['level'], r['marker'], r['heading'], r['char_start'], r['char_end'],
          repr(text[r['char_start']:r['char_start'] + 12]), '…', repr(text[r['char_end'] - 12:r['char_end']]))
write_csv('sections', SEC_COLS, rows)
